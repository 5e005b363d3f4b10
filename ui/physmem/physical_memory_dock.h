// The Physical memory view: every frame coloured by what holds it (free, a user page with its
// owner's hue, a page table with its level, the page cache, shm, the kernel) with a mark for
// mlocked pages. Shared frames list every mapper in the tooltip; device memory outside RAM is
// no frame and not drawn. Past a few thousand frames it becomes a density map with a zoom.
// Frames the focused event touches flash; a right click on a user frame offers commands
// through its mappers.
//
// Highlight ids (lessons):
//   frames.frame.<pfn>    one frame (decimal, or hex with 0x)
//   frames.pagetables     every page-table frame
//   frames.free           every free frame
#pragma once

#include "common/view_dock.h"
#include "physmem/frame_map_model.h"

class QLabel;
class QToolButton;

namespace pagelab::ui {

class FrameGridView;

class PhysicalMemoryDock : public ViewDock {
    Q_OBJECT

public:
    PhysicalMemoryDock(Player& player, Theme& theme, QWidget* parent = nullptr);

    void setHighlights(const QStringList& ids) override;
    QRect focusRect() const override;
    bool revealElement(const QString& id) override;

    const FrameMapModel& model() const { return model_; }
    FrameGridView* view() const { return view_; }

protected:
    Element element(const QString& id) const override;

private:
    // The frame an id names: frames.frame.N, or the first page-table / free frame.
    std::optional<Pfn> frameOf(const QString& id) const;
    void rebuild();
    void followCursor();
    void applyHighlights();
    void applyTheme();
    void updateSummary();

    FrameMapModel model_;
    FrameGridView* view_ = nullptr;
    QLabel* summary_ = nullptr;
    QLabel* details_ = nullptr;
    QToolButton* overview_ = nullptr;
};

} // namespace pagelab::ui
