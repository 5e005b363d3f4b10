// The painting of the address space view: one lane per process, its VMAs as bands on the
// compressed axis of AddressSpaceModel, pages coloured by state. The wheel (or the dock's
// buttons) zooms around the pointer down to single pages; dragging pans; a double click fits
// a VMA. Everything drawn comes from the model, rebuilt by the dock when the state changes.
#pragma once

#include "addressspace/address_space_model.h"
#include "addressspace/axis_labels.h"

#include <QSet>
#include <QWidget>

#include <optional>

class QMenu;
class QVariantAnimation;

namespace pagelab::ui {

class Theme;

class AddressSpaceView : public QWidget {
    Q_OBJECT

public:
    struct Hit {
        const ProcessLane* lane = nullptr;
        const VmaBand* vma = nullptr;
        VAddr va = 0; // page base, inside vma
        const PageRecord* page = nullptr;
    };
    struct PageRef {
        u32 pid = 0;
        VAddr va = 0;
        bool operator==(const PageRef&) const = default;
    };

    AddressSpaceView(const AddressSpaceModel& model, Theme& theme, QWidget* parent = nullptr);

    // The model changed: keep the zoom where it still makes sense.
    void modelChanged();
    void setFlash(std::optional<PageRef> page);
    void setHighlights(const QSet<u32>& processes, const QSet<QPair<u32, VAddr>>& vmas,
        const QSet<QPair<u32, VAddr>>& pages);

    Hit hitAt(QPoint pos) const;
    // What a click on pid's lane at va (nullopt: off the axis) picks now; empty lane: pid is gone.
    Hit hitFor(u32 pid, std::optional<VAddr> va) const;
    QString describe(const Hit& hit) const; // in words, as a click shows it
    // Where the page is drawn; empty when it is out of view.
    QRect pageRect(u32 pid, VAddr va) const;
    // Where a process's lane (label and bands) and one of its VMAs are drawn; empty when out of
    // view (a VMA outside the zoomed window, or clipped to its part inside it).
    QRect processRect(u32 pid) const;
    QRect vmaRect(u32 pid, VAddr start, VAddr end) const;
    QRect flashRect() const { return flash_ ? pageRect(flash_->pid, flash_->va) : QRect(); }
    // The commands a context menu on this page offers (read, write, touch, mlock ...).
    void fillPageMenu(QMenu& menu, const Hit& hit);

    double windowStart() const { return u0_; }
    double windowEnd() const { return u1_; }
    // Pixels one page of this VMA takes at the current zoom.
    double pixelsPerPage(const VmaBand& vma) const;

    QSize sizeHint() const override;
    // Every lane at its readable height: the dock's scroll area scrolls below that.
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fit();
    void zoomTo(VAddr start, VAddr end);

Q_SIGNALS:
    void commandRequested(const QString& command);
    void selected(const QString& details); // what a click picked, in words
    // The same pick as a place (va nullopt: the lane's label or a killed lane), for the dock to
    // describe again when the state changes.
    void picked(u32 pid, std::optional<VAddr> va);

protected:
    void paintEvent(QPaintEvent*) override;
    bool event(QEvent* e) override;
    void wheelEvent(QWheelEvent* e) override;
    void mousePressEvent(QMouseEvent* e) override;
    void mouseMoveEvent(QMouseEvent* e) override;
    void mouseReleaseEvent(QMouseEvent* e) override;
    void mouseDoubleClickEvent(QMouseEvent* e) override;
    void contextMenuEvent(QContextMenuEvent* e) override;

private:
    struct Metrics {
        int labelWidth = 0;
        int plotWidth = 0;
        int axisHeight = 0;
        int laneHeight = 0;
        int laneGap = 0;
    };
    Metrics metrics() const;
    QRect plotRect() const;
    QRect laneRect(int lane) const;
    double xOf(double u) const;
    double xOf(double u, int left, int plotWidth) const;
    AxisLabels axisLabels(const Metrics& m) const;
    QFont axisFont() const;
    double unitAtX(double x) const;
    void zoomAround(double u, double factor);
    void clampWindow();
    QColor stateColor(PageState s) const;
    void paintAxis(QPainter& p);
    void paintBreak(QPainter& p, double x, int top, int bottom);
    void paintLane(QPainter& p, int index);
    void paintBand(QPainter& p, const ProcessLane& lane, const VmaBand& v, const QRect& laneBox);

    const AddressSpaceModel& model_;
    Theme& theme_;
    double u0_ = 0, u1_ = 1;
    bool fitted_ = true;
    std::optional<PageRef> flash_;
    QSet<u32> hlProcesses_;
    QSet<QPair<u32, VAddr>> hlVmas_, hlPages_;
    std::optional<QPoint> dragFrom_;
    double dragU0_ = 0;
    bool dragged_ = false;
    int axisHeight_ = 0; // as last painted
    QVariantAnimation* pulse_ = nullptr;
    double pulseValue_ = 1;
};

} // namespace pagelab::ui
