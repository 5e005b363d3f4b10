// The translation view: the last access up to the player's cursor, as the MMU did it. The
// virtual address split into its index fields for the paging mode (a large page folds the
// lower fields into the offset), the TLB lookup, CR3, every paging-structure entry the walk
// read decoded bit by bit (A/D set by the walk, reserved bits), and the physical address or
// the fault with its error code decoded. Steps come from the journal's events: the focused
// one is filled with the Flash colour, later ones are not drawn until the player reaches
// them. A typed address shows its fields; Look up runs `pte NAME ADDR` in the console, a
// walk with no side effect (no TLB, no A/D), which the view then draws labelled as such.
//
// Highlight ids (lessons): walk.cr3, walk.tlb, walk.field.<level>, walk.entry.<level> with
// <level> one of pml5 pml4 pdpt pd pt offset (walk.field.offset is the page offset).
#pragma once

#include "common/view_dock.h"
#include "hw/types.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;

namespace pagelab::ui {

class WalkView;

class TranslationDock : public ViewDock {
    Q_OBJECT

public:
    TranslationDock(Player& player, Theme& theme, QWidget* parent = nullptr);

    void setHighlights(const QStringList& ids) override;
    QWidget* exportWidget() const override;
    QRect focusRect() const override;

    WalkView* walkView() const { return view_; }
    QLineEdit* addressField() const { return address_; }
    QPushButton* lookUpButton() const { return lookUpButton_; }
    // The commands the context menu offers for the address shown (empty without a process).
    QStringList commands() const;

protected:
    Element element(const QString& id) const override;

private:
    void rebuild();
    void probeChanged();
    void applyTheme();
    void showContextMenu(const QPoint& pos);
    QString currentProcess() const;
    VAddr shownAddress() const;

    WalkView* view_ = nullptr;
    QScrollArea* scroll_ = nullptr;
    QLabel* addressLabel_ = nullptr;
    QLineEdit* address_ = nullptr;
    QPushButton* accessButton_ = nullptr;
    QPushButton* lookUpButton_ = nullptr;
};

} // namespace pagelab::ui
