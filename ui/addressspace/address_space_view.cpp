#include "addressspace/address_space_view.h"

#include "kernel/vma.h"
#include "theme/marks.h"
#include "theme/theme.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QPainter>
#include <QToolTip>
#include <QVariantAnimation>

#include <algorithm>
#include <array>
#include <cmath>

namespace pagelab::ui {

namespace {

QString hex(u64 v)
{
    return QStringLiteral("0x%1").arg(v, 0, 16);
}

// Axis text for the start of a stretch: short forms keep the ticks readable.
QString bytesText(u64 bytes)
{
    static const char* units[] = { "B", "KiB", "MiB", "GiB", "TiB", "PiB" };
    double v = double(bytes);
    int u = 0;
    while (v >= 1024 && u < 5) {
        v /= 1024;
        ++u;
    }
    return QStringLiteral("%1 %2").arg(v, 0, 'f', v < 10 && u > 0 ? 1 : 0).arg(QLatin1String(units[u]));
}

constexpr double kMaxPixelsPerPage = 64;

} // namespace

AddressSpaceView::AddressSpaceView(const AddressSpaceModel& model, Theme& theme, QWidget* parent)
    : QWidget(parent)
    , model_(model)
    , theme_(theme)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    pulse_ = new QVariantAnimation(this);
    pulse_->setStartValue(0.0);
    pulse_->setEndValue(1.0);
    pulse_->setDuration(350);
    connect(pulse_, &QVariantAnimation::valueChanged, this, [this](const QVariant& v) {
        pulseValue_ = v.toDouble();
        update();
    });
    fit();
}

void AddressSpaceView::modelChanged()
{
    if (fitted_)
        fit();
    else
        clampWindow();
    updateGeometry();
    update();
}

void AddressSpaceView::setFlash(std::optional<PageRef> page)
{
    if (page == flash_)
        return;
    flash_ = page;
    // A new focused page restarts the pulse: events faster than it simply cut it short.
    pulse_->stop();
    pulseValue_ = 1;
    if (flash_)
        pulse_->start();
    update();
}

void AddressSpaceView::setHighlights(
    const QSet<u32>& processes, const QSet<QPair<u32, VAddr>>& vmas, const QSet<QPair<u32, VAddr>>& pages)
{
    hlProcesses_ = processes;
    hlVmas_ = vmas;
    hlPages_ = pages;
    update();
}

AddressSpaceView::Metrics AddressSpaceView::metrics() const
{
    const QFontMetrics fm(theme_.uiFont());
    const QFontMetrics mono(theme_.monoFont());
    Metrics m;
    int w = mono.horizontalAdvance(QStringLiteral("CR3 0x00000000"));
    for (const ProcessLane& l : model_.lanes())
        w = std::max(w, fm.horizontalAdvance(tr("%1 (pid %2)").arg(l.name).arg(l.pid)));
    m.labelWidth = w + fm.height();
    m.plotWidth = std::max(10, width() - m.labelWidth - fm.height() / 2);
    // As many rows of axis labels as this width needs to show every one.
    m.axisHeight = axisLabels(m).rows * QFontMetrics(axisFont()).height() + 6;
    m.laneHeight = fm.height() * 3;
    m.laneGap = fm.height() / 2;
    return m;
}

QSize AddressSpaceView::sizeHint() const
{
    const Metrics m = metrics();
    const int lanes = std::max<int>(1, int(model_.lanes().size()));
    return { m.labelWidth + 600, m.axisHeight + lanes * (m.laneHeight + m.laneGap) + m.laneGap };
}

QSize AddressSpaceView::minimumSizeHint() const
{
    const Metrics m = metrics();
    const int lanes = std::max<int>(1, int(model_.lanes().size()));
    return { m.labelWidth + 200, m.axisHeight + lanes * (m.laneHeight + m.laneGap) + m.laneGap };
}

QRect AddressSpaceView::plotRect() const
{
    const Metrics m = metrics();
    return QRect(m.labelWidth, m.axisHeight, m.plotWidth, std::max(10, height() - m.axisHeight));
}

QRect AddressSpaceView::laneRect(int lane) const
{
    const Metrics m = metrics();
    const QRect plot = plotRect();
    return QRect(
        plot.left(), plot.top() + m.laneGap + lane * (m.laneHeight + m.laneGap), plot.width(), m.laneHeight);
}

double AddressSpaceView::xOf(double u) const
{
    const QRect plot = plotRect();
    return xOf(u, plot.left(), plot.width());
}

double AddressSpaceView::xOf(double u, int left, int plotWidth) const
{
    return left + (u - u0_) / (u1_ - u0_) * plotWidth;
}

double AddressSpaceView::unitAtX(double x) const
{
    const QRect plot = plotRect();
    return u0_ + (x - plot.left()) / plot.width() * (u1_ - u0_);
}

double AddressSpaceView::pixelsPerPage(const VmaBand& vma) const
{
    const double w = xOf(model_.unitOf(vma.end)) - xOf(model_.unitOf(vma.start));
    return w / double(std::max<u64>(1, vma.pageCount()));
}

void AddressSpaceView::fit()
{
    u0_ = 0;
    u1_ = std::max(1.0, model_.totalLength());
    fitted_ = true;
    update();
}

void AddressSpaceView::zoomTo(VAddr start, VAddr end)
{
    const double a = model_.unitOf(start), b = model_.unitOf(end);
    const double pad = (b - a) * 0.05;
    u0_ = a - pad;
    u1_ = b + pad;
    fitted_ = false;
    clampWindow();
    update();
}

void AddressSpaceView::zoomIn()
{
    zoomAround((u0_ + u1_) / 2, 0.5);
}

void AddressSpaceView::zoomOut()
{
    zoomAround((u0_ + u1_) / 2, 2.0);
}

void AddressSpaceView::zoomAround(double u, double factor)
{
    u0_ = u - (u - u0_) * factor;
    u1_ = u + (u1_ - u) * factor;
    fitted_ = false;
    clampWindow();
    update();
}

// Keeps the window inside the axis and no narrower than single pages of kMaxPixelsPerPage
// in the stretch at its centre (deeper zoom would show nothing new).
void AddressSpaceView::clampWindow()
{
    const double total = std::max(1.0, model_.totalLength());
    double w = u1_ - u0_;
    double minWidth = 1e-9;
    if (const AxisSegment* s = model_.segmentAt((u0_ + u1_) / 2)) {
        const double pages = double((s->end - s->start) >> kPageShift);
        minWidth = plotRect().width() * s->length / (pages * kMaxPixelsPerPage);
    }
    w = std::clamp(w, std::min(minWidth, total), total);
    const double c = std::clamp((u0_ + u1_) / 2, w / 2, total - w / 2);
    u0_ = c - w / 2;
    u1_ = c + w / 2;
    if (w >= total) {
        u0_ = 0;
        u1_ = total;
        fitted_ = true;
    }
}

QColor AddressSpaceView::stateColor(PageState s) const
{
    switch (s) {
    case PageState::Unmapped: return theme_.color(ColorRole::PageUnmapped);
    case PageState::Untouched: return theme_.color(ColorRole::PageUntouched);
    case PageState::Resident: return theme_.color(ColorRole::PageResident);
    case PageState::Swapped: return theme_.color(ColorRole::PageSwapped);
    case PageState::FileClean: return theme_.color(ColorRole::PageFileClean);
    case PageState::FileDirty: return theme_.color(ColorRole::PageFileDirty);
    case PageState::Shared: return theme_.color(ColorRole::PageShared);
    case PageState::Device: return theme_.color(ColorRole::PageDevice);
    case PageState::ProtNone: return theme_.color(ColorRole::MutedText);
    }
    return theme_.color(ColorRole::PageUntouched);
}

AddressSpaceView::Hit AddressSpaceView::hitAt(QPoint pos) const
{
    Hit hit;
    const auto& lanes = model_.lanes();
    for (int i = 0; i < int(lanes.size()); ++i) {
        const QRect r = laneRect(i);
        if (pos.y() < r.top() || pos.y() > r.bottom())
            continue;
        hit.lane = &lanes[i];
        if (pos.x() < r.left())
            return hit;
        const AxisSegment* seg = model_.segmentAt(unitAtX(pos.x() + 0.5));
        if (!seg)
            return hit;
        const VAddr va = model_.addressAt(*seg, unitAtX(pos.x() + 0.5)) & ~kPageMask;
        hit.vma = hit.lane->vmaAt(va);
        if (hit.vma) {
            hit.va = va;
            hit.page = hit.vma->page((va - hit.vma->start) >> kPageShift);
        }
        return hit;
    }
    return hit;
}

QRect AddressSpaceView::pageRect(u32 pid, VAddr va) const
{
    const auto& lanes = model_.lanes();
    for (int i = 0; i < int(lanes.size()); ++i) {
        if (lanes[i].pid != pid)
            continue;
        const VAddr base = va & ~kPageMask;
        const double x0 = xOf(model_.unitOf(base)), x1 = xOf(model_.unitOf(base + kPageSize));
        const QRect lane = laneRect(i);
        const int w = std::max(6, int(std::ceil(x1 - x0)));
        const QRect r(int(std::floor((x0 + x1) / 2)) - w / 2, lane.top(), w, lane.height());
        return r.intersects(plotRect()) ? r : QRect();
    }
    return {};
}

QRect AddressSpaceView::processRect(u32 pid) const
{
    const auto& lanes = model_.lanes();
    for (int i = 0; i < int(lanes.size()); ++i)
        if (lanes[i].pid == pid) {
            const QRect box = laneRect(i);
            return QRect(0, box.top(), box.right() + 1, box.height());
        }
    return {};
}

QRect AddressSpaceView::vmaRect(u32 pid, VAddr start, VAddr end) const
{
    const auto& lanes = model_.lanes();
    for (int i = 0; i < int(lanes.size()); ++i) {
        if (lanes[i].pid != pid)
            continue;
        const QRect plot = plotRect();
        const double x0 = std::max<double>(xOf(model_.unitOf(start)), plot.left());
        const double x1 = std::min<double>(xOf(model_.unitOf(end)), plot.right());
        if (x1 < x0)
            return {};
        const QRect lane = laneRect(i);
        const int w = std::max(6, int(std::ceil(x1 - x0)));
        return QRect(int(std::floor((x0 + x1) / 2)) - w / 2, lane.top(), w, lane.height());
    }
    return {};
}

void AddressSpaceView::paintEvent(QPaintEvent*)
{
    // The axis takes as many rows as its labels need at this width and zoom: the dock's
    // scroll area learns the new height.
    if (const int axis = metrics().axisHeight; axis != axisHeight_) {
        axisHeight_ = axis;
        updateGeometry();
    }
    QPainter p(this);
    p.fillRect(rect(), theme_.color(ColorRole::Surface));
    paintAxis(p);
    for (int i = 0; i < int(model_.lanes().size()); ++i)
        paintLane(p, i);
    if (model_.lanes().empty()) {
        p.setPen(theme_.color(ColorRole::MutedText));
        p.setFont(theme_.uiFont());
        p.drawText(plotRect(), Qt::AlignCenter | Qt::TextWordWrap,
            tr("No process yet: `process NAME layout=classic` creates one."));
    }
    if (flash_) {
        // A ring around the page's cell in its band: the page keeps its state's colour.
        const QRect r = pageRect(flash_->pid, flash_->va);
        if (!r.isEmpty())
            paintFocusRing(p, r.adjusted(0, r.height() / 3, 0, 0), theme_, pulseValue_);
    }
}

// The axis labels (axis_labels.h): each stretch's first address in view, more addresses
// inside a stretch when zoomed into it, and each squeezed gap's real size over its break.
QFont AddressSpaceView::axisFont() const
{
    QFont f = theme_.monoFont(); // a little smaller: the axis needs fewer rows for every label
    f.setPointSizeF(f.pointSizeF() * 0.85);
    return f;
}

AxisLabels AddressSpaceView::axisLabels(const Metrics& m) const
{
    const QFontMetrics fm(axisFont());
    const double left = m.labelWidth, right = m.labelWidth + m.plotWidth;
    const auto x = [&](double u) { return xOf(u, m.labelWidth, m.plotWidth); };
    const auto at = [&](const AxisSegment& s, double px) {
        const double u = u0_ + (px - left) / m.plotWidth * (u1_ - u0_);
        return hex(model_.addressAt(s, u) & ~kPageMask);
    };
    std::vector<AxisLabel> wanted;
    const auto& segs = model_.segments();
    const double step = fm.horizontalAdvance(QStringLiteral("0x7ffffffff000")) + 2 * fm.height();
    for (std::size_t i = 0; i < segs.size(); ++i) {
        const AxisSegment& s = segs[i];
        const double x0 = x(s.u0), x1 = x(s.u0 + s.length);
        if (x1 >= left && x0 <= right) {
            const double first = std::max(x0, left);
            wanted.push_back({ first, first, 0, at(s, first), false, true });
            for (double px = first + step; px < std::min(x1, right) - step / 2; px += step)
                wanted.push_back({ px, px, 0, at(s, px), false, false });
        }
        if (i + 1 < segs.size()) {
            const double gx = x(s.u0 + s.length + AddressSpaceModel::kGap / 2);
            if (gx > left && gx < right) {
                const QString gap = tr("+%1").arg(bytesText(segs[i + 1].start - s.end));
                wanted.push_back({ gx, gx - fm.horizontalAdvance(gap) / 2.0, 0, gap, true, true });
            }
        }
    }
    return placeAxisLabels(wanted, fm, width() - 2);
}

void AddressSpaceView::paintAxis(QPainter& p)
{
    const Metrics m = metrics();
    const QRect plot = plotRect();
    const QFontMetrics fm(axisFont());
    const QColor muted = theme_.color(ColorRole::MutedText);
    for (const AxisLabel& l : axisLabels(m).labels) {
        const double base = plot.top() - 4 - fm.descent() - l.row * fm.height();
        p.setPen(muted);
        if (l.gap)
            paintBreak(p, l.tick, plot.top() - 5, plot.top());
        else
            p.drawLine(QPointF(l.tick, plot.top() - 4), QPointF(l.tick, plot.top()));
        // A gap's size reads as a distance, not a place: italic.
        QFont f = axisFont();
        f.setItalic(l.gap);
        p.setFont(f);
        p.setPen(l.gap ? muted : theme_.color(ColorRole::Text));
        p.drawText(QPointF(l.x, base), l.text);
    }
}

// The broken-axis mark: two parallel slanted strokes with the background between them.
void AddressSpaceView::paintBreak(QPainter& p, double x, int top, int bottom)
{
    const double h = bottom - top;
    const double lean = std::min(4.0, h / 3);
    const double gap = 4;
    QPolygonF cut;
    cut << QPointF(x - gap / 2 - lean, bottom) << QPointF(x - gap / 2 + lean, top)
        << QPointF(x + gap / 2 + lean, top) << QPointF(x + gap / 2 - lean, bottom);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(Qt::NoPen);
    p.setBrush(theme_.color(ColorRole::Surface));
    p.drawPolygon(cut);
    p.setPen(QPen(theme_.color(ColorRole::MutedText), 1.5));
    p.drawLine(cut[0], cut[1]);
    p.drawLine(cut[3], cut[2]);
    p.restore();
}

void AddressSpaceView::paintLane(QPainter& p, int index)
{
    const ProcessLane& lane = model_.lanes()[index];
    const QRect box = laneRect(index);
    const Metrics m = metrics();
    // The label: name, pid and CR3.
    const QRect label(0, box.top(), m.labelWidth, box.height());
    p.setPen(theme_.color(ColorRole::Text));
    p.setFont(theme_.uiFont());
    const QFontMetrics fm(theme_.uiFont());
    const int pad = fm.height() / 3;
    p.drawText(label.adjusted(pad, 0, -pad, -box.height() / 2), Qt::AlignLeft | Qt::AlignBottom,
        tr("%1 (pid %2)").arg(lane.name).arg(lane.pid));
    if (lane.killed) {
        p.setPen(theme_.color(ColorRole::Fault));
        p.drawText(label.adjusted(pad, box.height() / 2, -pad, 0), Qt::AlignLeft | Qt::AlignTop,
            lane.gone ? tr("killed (OOM), gone") : tr("killed (OOM)"));
    } else {
        p.setFont(theme_.monoFont());
        p.setPen(theme_.color(ColorRole::MutedText));
        p.drawText(label.adjusted(pad, box.height() / 2, -pad, 0), Qt::AlignLeft | Qt::AlignTop,
            tr("CR3 %1").arg(hex(lane.cr3)));
    }
    // The empty address space under the bands.
    p.fillRect(box, theme_.color(ColorRole::PageUnmapped));
    if (lane.killed) {
        // No VMA is left: say why across the lane.
        p.setFont(theme_.uiFont());
        p.setPen(theme_.color(ColorRole::Fault));
        const QString why = lane.gone
            ? tr("Killed by the OOM killer; the process is gone.")
            : tr("Killed by the OOM killer: its memory is freed, the process goes next.");
        p.drawText(box.adjusted(pad, 0, -pad, 0), Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(why, Qt::ElideRight, box.width() - 2 * pad));
    }
    p.save();
    p.setClipRect(box.adjusted(0, -2, 0, 2));
    for (const VmaBand& v : lane.vmas)
        paintBand(p, lane, v, box);
    p.restore();
    // The squeezed gaps break every lane too: distant VMAs do not look adjacent.
    const auto& segs = model_.segments();
    const QRect plot = plotRect();
    for (std::size_t i = 0; i + 1 < segs.size(); ++i) {
        const double gx = xOf(segs[i].u0 + segs[i].length + AddressSpaceModel::kGap / 2);
        if (gx > plot.left() && gx < plot.right())
            paintBreak(p, gx, box.top(), box.bottom());
    }
    if (hlProcesses_.contains(lane.pid))
        paintOutline(p, QRect(2, box.top() - 1, box.right(), box.height() + 2), theme_);
}

void AddressSpaceView::paintBand(QPainter& p, const ProcessLane& lane, const VmaBand& v, const QRect& box)
{
    const QRect plot = plotRect();
    const double x0 = xOf(model_.unitOf(v.start)), x1 = xOf(model_.unitOf(v.end));
    if (x1 < plot.left() || x0 > plot.right())
        return;
    const int bandTop = box.top() + box.height() / 3;
    const QRectF band(x0, bandTop, std::max(1.0, x1 - x0), box.bottom() - bandTop);
    const u64 pages = v.pageCount();
    const double ppp = (x1 - x0) / double(pages);
    const QColor untouched = stateColor(PageState::Untouched);
    const QColor locked = theme_.color(ColorRole::PageLocked);
    const double lockH = std::max(3.0, band.height() / 5);
    if (ppp >= 3) {
        // One cell per page in view.
        const u64 first = u64(std::max(0.0, (plot.left() - x0) / ppp));
        const u64 last = std::min<u64>(pages, u64(std::max(0.0, (plot.right() - x0) / ppp)) + 1);
        p.fillRect(QRectF(x0 + first * ppp, band.top(), (last - first) * ppp, band.height()), untouched);
        auto [a, b] = v.pagesIn(first, last);
        for (const PageRecord* r = a; r != b; ++r) {
            const QRectF cell(x0 + r->index * ppp, band.top(), ppp, band.height());
            p.fillRect(cell, stateColor(r->state));
            if (r->locked)
                p.fillRect(QRectF(cell.left(), cell.bottom() - lockH, cell.width(), lockH), locked);
        }
        if (ppp >= 6) {
            p.setPen(theme_.color(ColorRole::Grid));
            for (u64 i = first; i <= last; ++i)
                p.drawLine(QPointF(x0 + i * ppp, band.top()), QPointF(x0 + i * ppp, band.bottom()));
        }
    } else {
        // Several pages per pixel: the most common state of the pages under each pixel.
        const int from = std::max(plot.left(), int(std::floor(x0)));
        const int to = std::min(plot.right(), int(std::ceil(x1)));
        for (int x = from; x < to; ++x) {
            const u64 pa = u64(std::clamp((x - x0) / ppp, 0.0, double(pages)));
            const u64 pb = std::max(pa + 1, u64(std::clamp((x + 1 - x0) / ppp, 0.0, double(pages))));
            auto [a, b] = v.pagesIn(pa, pb);
            std::array<u64, 9> count {};
            count[int(PageState::Untouched)] = (pb - pa) - u64(b - a);
            bool anyLocked = false;
            const std::ptrdiff_t n = b - a, stride = std::max<std::ptrdiff_t>(1, n / 32);
            for (std::ptrdiff_t k = 0; k < n; k += stride) {
                count[int(a[k].state)] += stride;
                anyLocked |= a[k].locked;
            }
            const int best = int(std::max_element(count.begin(), count.end()) - count.begin());
            p.fillRect(QRectF(x, band.top(), 1, band.height()), stateColor(PageState(best)));
            if (anyLocked)
                p.fillRect(QRectF(x, band.bottom() - lockH, 1, lockH), locked);
        }
    }
    // Outline and label (label and /proc maps permissions above the band).
    p.setPen(QPen(theme_.color(ColorRole::Text), 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(band);
    if (hlVmas_.contains({ lane.pid, v.start }))
        paintOutline(p, band.adjusted(1, 1, -1, -1), theme_);
    p.setFont(theme_.uiFont());
    p.setPen(theme_.color(ColorRole::Text));
    const QFontMetrics fm(theme_.uiFont());
    const QString perms
        = QString::fromStdString(kernel::vmFlagsText(v.flags)).section(QLatin1Char(' '), 0, 0);
    QString text = QStringLiteral("%1 %2").arg(v.label.isEmpty() ? tr("anon") : v.label, perms);
    const double left = std::max(x0, double(plot.left())) + 2;
    const double room = std::min(x1, double(plot.right())) - left;
    if (fm.horizontalAdvance(text) > room)
        text = fm.elidedText(v.label.isEmpty() ? perms : v.label, Qt::ElideRight, int(room));
    p.drawText(QRectF(left, box.top(), std::max(0.0, room), bandTop - box.top()),
        Qt::AlignLeft | Qt::AlignVCenter, text);
    for (const auto& [pid, va] : hlPages_) {
        if (pid != lane.pid || va < v.start || va >= v.end)
            continue;
        paintOutline(p, pageRect(pid, va).adjusted(0, box.height() / 3, 0, 0), theme_);
    }
}

QString AddressSpaceView::describe(const Hit& hit) const
{
    if (!hit.lane)
        return {};
    if (hit.lane->killed)
        return tr("%1 (pid %2) was killed by the OOM killer: out of memory (%3), and it had the highest "
                  "badness, %4 pages of memory, swap and page tables.%5")
            .arg(hit.lane->name)
            .arg(hit.lane->pid)
            .arg(hit.lane->oomReason)
            .arg(hit.lane->oomPoints)
            .arg(hit.lane->gone ? QStringLiteral(" ") + tr("The process is gone.") : QString());
    QString s = tr("%1 (pid %2), CR3 %3").arg(hit.lane->name).arg(hit.lane->pid).arg(hex(hit.lane->cr3));
    if (!hit.vma)
        return s + QLatin1Char('\n') + tr("No VMA here: an access is a segmentation fault.");
    s += QLatin1Char('\n') + hit.vma->mapsLine;
    s += QLatin1Char('\n') + tr("%n page(s)", nullptr, int(std::min<u64>(hit.vma->pageCount(), 1u << 30)));
    s += QLatin1Char('\n') + tr("Page %1: ").arg(hex(hit.va));
    if (!hit.page)
        return s + tr("not yet touched (no PTE): the first access faults it in.");
    const PageRecord& r = *hit.page;
    s += pageStateName(r.state);
    if (r.state == PageState::Swapped)
        s += tr(" to area %1").arg(r.swapArea);
    else if (r.state != PageState::Untouched)
        s += tr(", frame %1").arg(r.pfn);
    if (r.locked)
        s += tr(", locked (mlock)");
    s += QLatin1Char('\n') + tr("PTE %1").arg(hex(r.entry));
    return s;
}

bool AddressSpaceView::event(QEvent* e)
{
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        const QString text = describe(hitAt(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(e);
}

void AddressSpaceView::wheelEvent(QWheelEvent* e)
{
    const double steps = e->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    zoomAround(unitAtX(e->position().x()), std::pow(0.8, steps));
    e->accept();
}

void AddressSpaceView::mousePressEvent(QMouseEvent* e)
{
    if (e->button() != Qt::LeftButton)
        return;
    dragFrom_ = e->pos();
    dragU0_ = u0_;
    dragged_ = false;
}

void AddressSpaceView::mouseMoveEvent(QMouseEvent* e)
{
    if (!dragFrom_ || fitted_)
        return;
    const double dx = e->pos().x() - dragFrom_->x();
    if (std::abs(dx) > 3)
        dragged_ = true;
    const double w = u1_ - u0_;
    u0_ = dragU0_ - dx / plotRect().width() * w;
    u1_ = u0_ + w;
    clampWindow();
    update();
}

void AddressSpaceView::mouseReleaseEvent(QMouseEvent* e)
{
    if (e->button() == Qt::LeftButton && dragFrom_ && !dragged_) {
        const Hit hit = hitAt(e->pos());
        Q_EMIT selected(describe(hit));
        if (hit.lane)
            Q_EMIT picked(hit.lane->pid, hit.vma ? std::optional<VAddr>(hit.va) : std::nullopt);
    }
    dragFrom_.reset();
}

AddressSpaceView::Hit AddressSpaceView::hitFor(u32 pid, std::optional<VAddr> va) const
{
    Hit hit;
    for (const ProcessLane& l : model_.lanes())
        if (l.pid == pid)
            hit.lane = &l;
    if (!hit.lane || !va)
        return hit;
    hit.vma = hit.lane->vmaAt(*va);
    if (hit.vma) {
        hit.va = *va & ~kPageMask;
        hit.page = hit.vma->page((hit.va - hit.vma->start) >> kPageShift);
    }
    return hit;
}

void AddressSpaceView::mouseDoubleClickEvent(QMouseEvent* e)
{
    const Hit hit = hitAt(e->pos());
    if (hit.vma)
        zoomTo(hit.vma->start, hit.vma->end);
}

void AddressSpaceView::fillPageMenu(QMenu& menu, const Hit& hit)
{
    if (!hit.lane || !hit.vma)
        return;
    const QString name = hit.lane->name, at = hex(hit.va);
    auto add = [&](const QString& label, const QString& command) {
        QAction* a = menu.addAction(label + QStringLiteral("\t") + command);
        a->setData(command);
        connect(a, &QAction::triggered, this, [this, command] { Q_EMIT commandRequested(command); });
    };
    add(tr("Read"), QStringLiteral("read %1 %2").arg(name, at));
    add(tr("Write"), QStringLiteral("write %1 %2 0").arg(name, at));
    add(tr("Touch"), QStringLiteral("touch %1 %2").arg(name, at));
    add(tr("Touch for writing"), QStringLiteral("touch %1 %2 write").arg(name, at));
    menu.addSeparator();
    if (hit.page && hit.page->locked)
        add(tr("munlock the page"), QStringLiteral("munlock %1 %2 4096").arg(name, at));
    else
        add(tr("mlock the page"), QStringLiteral("mlock %1 %2 4096").arg(name, at));
    add(tr("munmap the page"), QStringLiteral("munmap %1 %2 4096").arg(name, at));
    add(tr("invlpg"), QStringLiteral("invlpg %1 %2").arg(name, at));
    menu.addSeparator();
    QAction* zoom = menu.addAction(tr("Zoom to this VMA"));
    const VAddr s = hit.vma->start, e = hit.vma->end;
    connect(zoom, &QAction::triggered, this, [this, s, e] { zoomTo(s, e); });
}

void AddressSpaceView::contextMenuEvent(QContextMenuEvent* e)
{
    const Hit hit = hitAt(e->pos());
    if (!hit.vma)
        return;
    QMenu menu(this);
    fillPageMenu(menu, hit);
    menu.exec(e->globalPos());
}

} // namespace pagelab::ui
