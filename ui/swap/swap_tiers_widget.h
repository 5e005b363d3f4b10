// Paints the swap tiers: one lane per area, highest priority on top, slots as cells (or as a
// density strip when an area has more slots than fit), the slot of the focused event flashing
// with an arrow from or to memory, and per lane what its swap-ins have cost.
#pragma once

#include "swap/swap_tiers_model.h"

#include <QPair>
#include <QStringList>
#include <QWidget>

#include <optional>

namespace pagelab::ui {

class Theme;

class SwapTiersWidget : public QWidget {
    Q_OBJECT

public:
    SwapTiersWidget(Theme& theme, QWidget* parent = nullptr);

    void setModel(const SwapTiersModel* model) { model_ = model; }
    void setFlash(std::optional<SwapFlash> flash);
    void setHighlights(const QStringList& ids);
    // Recomputes the layout after the model or the theme changed.
    void relayout();

    // The cell of a slot and the rectangle of a lane (empty when not shown).
    QRect slotRect(const QString& area, u64 slot) const;
    QRect laneRect(const QString& area) const;
    QRect flashRect() const;
    // Words for the element under `pos` (the tooltip), empty when none.
    QString describeAt(const QPoint& pos) const;
    // The actions of the context menu at `pos`: (label, command).
    QVector<QPair<QString, QString>> commandsAt(const QPoint& pos) const;
    QString selectedText() const { return selected_; }

    QSize sizeHint() const override;

Q_SIGNALS:
    void commandRequested(const QString& command);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    struct LaneGeometry {
        QRect lane;   // the whole lane
        QRect header; // name and numbers
        QRect slots;  // the cell grid
        QRect memory; // the "memory" box the flash arrow starts or ends at
        int cols = 1;
        int rows = 1;
        int cell = 10;
        u64 perCell = 1; // slots per cell (1: one cell per slot; more: density)
    };
    int laneIndexAt(const QPoint& pos) const;
    std::optional<u64> slotAt(int lane, const QPoint& pos) const;
    QString describeSlot(const SwapLane& lane, u64 slot) const;
    QString describeLane(const SwapLane& lane) const;
    QRect cellRect(const LaneGeometry& g, u64 cellIndex) const;
    void paintLane(QPainter& p, const SwapLane& lane, const LaneGeometry& g);
    void paintEmpty(QPainter& p);

    Theme& theme_;
    const SwapTiersModel* model_ = nullptr;
    std::optional<SwapFlash> flash_;
    QStringList highlights_;
    QVector<LaneGeometry> geometry_;
    int contentHeight_ = 0;
    QString selected_; // details of the slot clicked last
};

} // namespace pagelab::ui
