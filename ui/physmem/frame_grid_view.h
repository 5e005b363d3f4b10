// The painting of the physical memory view. Up to a few thousand frames: a grid of readable
// cells (state colour, the owner's hue as a stripe, the page-table level, a lock mark). Its
// column count is a power of two (never what the dock's width happens to allow), so frame
// numbers line up: each row starts with its first frame's number, and a cell large enough
// shows its own. More frames: a density map (a QImage, one pixel per group of frames,
// coloured by the group's most common class); a click there zooms into a grid of the frames
// around it. The focused event's frames get a focus ring, a lesson's a highlight ring
// (theme/marks.h): a frame keeps its colour.
#pragma once

#include "physmem/frame_map_model.h"

#include <QImage>
#include <QSet>
#include <QWidget>

#include <optional>

class QMenu;
class QVariantAnimation;

namespace pagelab::ui {

class Theme;

class FrameGridView : public QWidget {
    Q_OBJECT

public:
    FrameGridView(const FrameMapModel& model, Theme& theme, QWidget* parent = nullptr);

    void modelChanged();
    void setFlash(const QSet<Pfn>& frames);
    void setHighlights(const QSet<Pfn>& frames, bool pageTables, bool free);

    // Density map (true) or readable cells.
    bool densityMode() const { return !zoomed_ && model_.frameCount() > capacity(); }
    bool zoomed() const { return zoomed_; }
    u64 firstShown() const { return zoomed_ ? first_ : 0; }
    u64 framesPerPixel() const { return group_; }
    u64 capacity() const;                          // readable cells that fit
    int columns() const { return grid().columns; } // of the cells (a power of two), 0 in density mode
    int rowLabelWidth() const;                     // the row numbers' column left of the cells
    bool numbersInCells() const;                   // every cell shows its frame number
    // The frame under pos (a cell, or the first frame of a density pixel's group).
    std::optional<Pfn> frameAt(QPoint pos) const;
    QRect frameRect(Pfn pfn) const; // empty when not shown
    QRect flashRect() const;
    void fillFrameMenu(QMenu& menu, Pfn pfn);
    const QImage& densityImage() const { return density_; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void zoomInto(Pfn pfn); // the cells around pfn
    void overview();

Q_SIGNALS:
    void commandRequested(const QString& command);
    void selected(const QString& details);
    void zoomChanged();

protected:
    void paintEvent(QPaintEvent*) override;
    void resizeEvent(QResizeEvent*) override;
    bool event(QEvent* e) override;
    void mousePressEvent(QMouseEvent* e) override;
    void wheelEvent(QWheelEvent* e) override;
    void contextMenuEvent(QContextMenuEvent* e) override;

private:
    struct Grid {
        int cell = 0, columns = 0, rows = 0;
        int left = 0; // where the cells start: the row numbers are left of it
    };
    Grid grid() const;
    int minCell() const;
    int gridColumnsFor(int cell) const; // the power of two that fits the width with cells of `cell`
    QFont numberFont() const;
    QColor classColor(FrameClass c) const;
    QColor ownerColor(u32 pid) const;
    void rebuildDensity();
    void paintCells(QPainter& p);
    void paintDensity(QPainter& p);

    const FrameMapModel& model_;
    Theme& theme_;
    bool zoomed_ = false;
    u64 first_ = 0;
    u64 group_ = 1;
    int scale_ = 1; // screen pixels per density-map pixel, each way
    QImage density_;
    QSet<Pfn> flash_, hlFrames_;
    bool hlTables_ = false, hlFree_ = false;
    QVariantAnimation* pulse_ = nullptr;
    double pulseValue_ = 1;
};

} // namespace pagelab::ui
