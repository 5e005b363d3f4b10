// The swap tiers view: one lane per swap area, in the order Linux takes slots from them
// (highest priority first; equal priorities in turn, joined by a bracket), each with its
// numbers, its slots coloured used/free (tooltip: the PTEs and swap-cache frame holding a
// slot), the slot of the focused event flashing with an arrow from or to memory, and the
// time its swap-ins have cost. Right click on an area: swapoff.
//
// Highlight ids: swap.area.<name>   swap.slot.<area>.<n>   (n decimal or 0x-hex)
#pragma once

#include "common/view_dock.h"
#include "swap/swap_tiers_model.h"

class QScrollArea;

namespace pagelab::ui {

class SwapTiersWidget;

class SwapTiersDock : public ViewDock {
    Q_OBJECT

public:
    SwapTiersDock(Player& player, Theme& theme, QWidget* parent = nullptr);

    void setHighlights(const QStringList& ids) override;
    QWidget* exportWidget() const override;
    QRect focusRect() const override;

    const SwapTiersModel& model() const { return model_; }
    SwapTiersWidget* view() const { return view_; }

protected:
    Element element(const QString& id) const override;

private:
    void rebuild();
    void updateFlash();

    SwapTiersModel model_;
    SwapTiersWidget* view_ = nullptr;
    QScrollArea* scroll_ = nullptr;
};

} // namespace pagelab::ui
