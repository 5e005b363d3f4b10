#include "swap/swap_tiers_widget.h"

#include "theme/marks.h"
#include "theme/theme.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace pagelab::ui {

namespace {

constexpr int kMaxRows = 6; // more slots than fit in this many rows: a density strip

QString formatNs(u64 ns)
{
    if (ns >= 1'000'000'000)
        return QStringLiteral("%1 s").arg(double(ns) / 1e9, 0, 'f', 2);
    if (ns >= 1'000'000)
        return QStringLiteral("%1 ms").arg(double(ns) / 1e6, 0, 'f', 2);
    if (ns >= 1'000)
        return QStringLiteral("%1 µs").arg(double(ns) / 1e3, 0, 'f', 1);
    return QStringLiteral("%1 ns").arg(ns);
}

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
        float(a.greenF() + (b.greenF() - a.greenF()) * t), float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

SwapTiersWidget::SwapTiersWidget(Theme& theme, QWidget* parent)
    : QWidget(parent)
    , theme_(theme)
{
    setMouseTracking(false);
    setAutoFillBackground(true);
    setContextMenuPolicy(Qt::DefaultContextMenu);
}

void SwapTiersWidget::setFlash(std::optional<SwapFlash> flash)
{
    flash_ = std::move(flash);
    update();
}

void SwapTiersWidget::setHighlights(const QStringList& ids)
{
    highlights_ = ids;
    update();
}

QSize SwapTiersWidget::sizeHint() const
{
    return { 520, std::max(contentHeight_, 200) };
}

void SwapTiersWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void SwapTiersWidget::relayout()
{
    geometry_.clear();
    const QFontMetrics fm(theme_.uiFont());
    const int margin = fm.height() / 2;
    const int memoryWidth = fm.horizontalAdvance(QStringLiteral("frame 0000000")) + margin;
    const int bracket = margin; // room for the round-robin bracket
    const int left = margin + bracket + memoryWidth + margin;
    const int gridWidth = std::max(1, width() - left - margin);
    // One slot size for every lane (they compare): a line of type, or larger, up to two, when
    // the largest area fits on one row (a lesson's few slots are legible from the back of a room).
    const int base = std::max(theme_.presentation() ? 22 : 14, fm.height());
    u64 largest = 1;
    if (model_)
        for (const SwapLane& lane : model_->lanes())
            largest = std::max<u64>(largest, lane.size);
    const int cell
        = int(std::clamp<u64>(u64(gridWidth) / largest, u64(base), u64(std::max(base, 2 * fm.height()))));
    int y = margin;
    if (model_)
        for (const SwapLane& lane : model_->lanes()) {
            LaneGeometry g;
            g.cell = cell;
            g.cols = std::max(1, std::max(cell, gridWidth) / cell);
            const u64 cellsNeeded = std::max<u64>(1, lane.size);
            const u64 rowsNeeded = (cellsNeeded + u64(g.cols) - 1) / u64(g.cols);
            if (rowsNeeded <= u64(kMaxRows)) {
                g.rows = int(rowsNeeded);
                g.perCell = 1;
            } else {
                g.rows = kMaxRows;
                const u64 cells = u64(g.cols) * u64(kMaxRows);
                g.perCell = (lane.size + cells - 1) / cells;
            }
            g.header
                = QRect(margin + bracket, y, width() - 2 * margin - bracket, fm.height() * 2 + margin / 2);
            g.slots = QRect(left, g.header.bottom() + margin / 2, g.cols * cell, g.rows * cell);
            g.memory = QRect(margin + bracket, g.slots.top(), memoryWidth - margin, fm.height() * 2);
            // Room under the memory box for the word saying what moves.
            const int bottom = std::max(g.slots.bottom(), g.slots.top() + fm.height() * 3);
            g.lane = QRect(margin + bracket, y, width() - 2 * margin - bracket, bottom - y + margin);
            y = g.lane.bottom() + margin;
            geometry_.push_back(g);
        }
    contentHeight_ = geometry_.isEmpty() ? fm.height() * 8 : y + fm.height() * 2 + margin;
    setMinimumHeight(contentHeight_);
    updateGeometry();
    update();
}

QRect SwapTiersWidget::cellRect(const LaneGeometry& g, u64 cellIndex) const
{
    const int row = int(cellIndex / u64(g.cols));
    const int col = int(cellIndex % u64(g.cols));
    return QRect(g.slots.left() + col * g.cell, g.slots.top() + row * g.cell, g.cell, g.cell);
}

QRect SwapTiersWidget::laneRect(const QString& area) const
{
    if (!model_)
        return {};
    for (int i = 0; i < model_->lanes().size() && i < geometry_.size(); ++i)
        if (model_->lanes()[i].name == area)
            return geometry_[i].lane;
    return {};
}

QRect SwapTiersWidget::slotRect(const QString& area, u64 slot) const
{
    if (!model_)
        return {};
    for (int i = 0; i < model_->lanes().size() && i < geometry_.size(); ++i) {
        const SwapLane& l = model_->lanes()[i];
        if (l.name == area && slot < l.size)
            return cellRect(geometry_[i], slot / geometry_[i].perCell);
    }
    return {};
}

QRect SwapTiersWidget::flashRect() const
{
    return flash_ ? slotRect(flash_->area, flash_->slot) : QRect();
}

int SwapTiersWidget::laneIndexAt(const QPoint& pos) const
{
    for (int i = 0; i < geometry_.size(); ++i)
        if (geometry_[i].lane.contains(pos))
            return i;
    return -1;
}

std::optional<u64> SwapTiersWidget::slotAt(int lane, const QPoint& pos) const
{
    const LaneGeometry& g = geometry_[lane];
    if (!g.slots.contains(pos))
        return std::nullopt;
    const u64 cellIndex
        = u64((pos.y() - g.slots.top()) / g.cell) * u64(g.cols) + u64((pos.x() - g.slots.left()) / g.cell);
    const u64 slot = cellIndex * g.perCell;
    if (slot >= model_->lanes()[lane].size)
        return std::nullopt;
    return slot;
}

QString SwapTiersWidget::describeLane(const SwapLane& lane) const
{
    QString text = tr("Swap area %1: priority %2, %3 slots, %4 used, %5 free. Each swap-in costs %6; "
                      "%7 swap-ins so far cost %8.")
                       .arg(lane.name)
                       .arg(lane.prio)
                       .arg(lane.size)
                       .arg(lane.used)
                       .arg(lane.size - std::min(lane.used, lane.size))
                       .arg(formatNs(lane.latencyNs))
                       .arg(lane.swapIns)
                       .arg(formatNs(lane.swapInTimeNs));
    if (lane.groupShared)
        text += QLatin1Char(' ') + tr("Areas of equal priority take pages in turn (round-robin).");
    if (!lane.writeOk)
        text += QLatin1Char(' ') + tr("swapoff is emptying it: no new pages go here.");
    return text;
}

QString SwapTiersWidget::describeSlot(const SwapLane& lane, u64 slot) const
{
    const LaneGeometry* g = nullptr;
    for (int i = 0; i < model_->lanes().size(); ++i)
        if (&model_->lanes()[i] == &lane && i < geometry_.size())
            g = &geometry_[i];
    if (g && g->perCell > 1) {
        const u64 last = std::min(lane.size, slot + g->perCell) - 1;
        u64 used = 0;
        for (u64 s = slot; s <= last; ++s)
            used += (lane.count[qsizetype(s)] > 0 || lane.cached[qsizetype(s)]) ? 1 : 0;
        return tr("Slots %1-%2 of %3: %4 of %5 used")
            .arg(slot)
            .arg(last)
            .arg(lane.name)
            .arg(used)
            .arg(last - slot + 1);
    }
    const u32 refs = lane.count[qsizetype(slot)];
    const bool cached = lane.cached[qsizetype(slot)];
    if (refs == 0 && !cached)
        return tr("Slot %1 of %2: free").arg(slot).arg(lane.name);
    QStringList parts;
    const QVector<SwapHolder> holders = model_->holders(lane.type, slot);
    QStringList who;
    for (const SwapHolder& h : holders)
        who << tr("%1 page 0x%2").arg(h.process).arg(h.va, 0, 16);
    parts << tr("Slot %1 of %2: used, %n PTE(s) hold its swap entry", nullptr, int(refs))
                 .arg(slot)
                 .arg(lane.name);
    if (!who.isEmpty())
        parts << tr("held by %1").arg(who.join(QStringLiteral(", ")));
    if (cached) {
        if (auto pfn = model_->cacheFrame(lane.type, slot))
            parts << tr("in the swap cache: frame %1 holds a copy").arg(*pfn);
        else
            parts << tr("in the swap cache");
    }
    return parts.join(QStringLiteral("; "));
}

QString SwapTiersWidget::describeAt(const QPoint& pos) const
{
    if (!model_)
        return {};
    const int i = laneIndexAt(pos);
    if (i < 0 || i >= model_->lanes().size())
        return {};
    const SwapLane& lane = model_->lanes()[i];
    if (auto slot = slotAt(i, pos))
        return describeSlot(lane, *slot);
    if (geometry_[i].memory.contains(pos) && flash_ && flash_->area == lane.name)
        return tr("Frame %1 in memory: %2").arg(flash_->pfn).arg(flash_->what);
    return describeLane(lane);
}

QVector<QPair<QString, QString>> SwapTiersWidget::commandsAt(const QPoint& pos) const
{
    QVector<QPair<QString, QString>> out;
    const int i = laneIndexAt(pos);
    if (!model_ || i < 0 || i >= model_->lanes().size())
        return out;
    const QString name = model_->lanes()[i].name;
    out.push_back(
        { tr("Turn swap area %1 off (swapoff)").arg(name), QStringLiteral("swapoff %1").arg(name) });
    return out;
}

bool SwapTiersWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = describeAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void SwapTiersWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        selected_ = describeAt(event->pos());
        update();
    }
    QWidget::mousePressEvent(event);
}

void SwapTiersWidget::contextMenuEvent(QContextMenuEvent* event)
{
    const auto commands = commandsAt(event->pos());
    if (commands.isEmpty())
        return;
    QMenu menu(this);
    for (const auto& [label, command] : commands) {
        const QString cmd = command;
        connect(
            menu.addAction(label), &QAction::triggered, this, [this, cmd] { Q_EMIT commandRequested(cmd); });
    }
    menu.exec(event->globalPos());
}

void SwapTiersWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), theme_.color(ColorRole::Surface));
    p.setRenderHint(QPainter::Antialiasing, true);
    if (!model_ || model_->lanes().isEmpty() || geometry_.size() != model_->lanes().size()) {
        paintEmpty(p);
        return;
    }
    // Round-robin groups: a bracket joins lanes of equal priority.
    const QFontMetrics fm(theme_.uiFont());
    for (int i = 0; i < geometry_.size(); ++i) {
        const SwapLane& l = model_->lanes()[i];
        if (!l.groupShared || (i > 0 && model_->lanes()[i - 1].group == l.group))
            continue;
        int j = i;
        while (j + 1 < geometry_.size() && model_->lanes()[j + 1].group == l.group)
            ++j;
        const int x = geometry_[i].lane.left() - fm.height() / 3;
        p.setPen(QPen(theme_.color(ColorRole::Accent), 3));
        p.drawLine(x, geometry_[i].lane.top(), x, geometry_[j].lane.bottom());
    }
    for (int i = 0; i < geometry_.size(); ++i)
        paintLane(p, model_->lanes()[i], geometry_[i]);
    if (!selected_.isEmpty()) {
        p.setFont(theme_.uiFont());
        p.setPen(theme_.color(ColorRole::Text));
        const int top = geometry_.last().lane.bottom() + fm.height() / 2;
        p.drawText(QRect(geometry_.last().lane.left(), top, width() - 2 * geometry_.last().lane.left(),
                       fm.height() * 2),
            Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, selected_);
    }
}

void SwapTiersWidget::paintLane(QPainter& p, const SwapLane& lane, const LaneGeometry& g)
{
    const bool highlighted = highlights_.contains(QStringLiteral("swap.area.") + lane.name);
    p.setPen(QPen(theme_.color(ColorRole::Grid), 1));
    p.setBrush(theme_.color(ColorRole::Window));
    p.drawRoundedRect(g.lane, 4, 4);
    if (highlighted)
        paintOutline(p, g.lane.adjusted(1, 1, -1, -1), theme_);

    // Header: name and priority, then the numbers and what swap-ins cost here.
    const QFontMetrics fm(theme_.uiFont());
    const int pad = fm.height() / 3;
    QFont bold = theme_.uiFont();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(theme_.color(ColorRole::Text));
    QString title = tr("%1   priority %2").arg(lane.name).arg(lane.prio);
    if (lane.groupShared)
        title += QStringLiteral("   ") + tr("(round-robin with equal priority)");
    if (!lane.writeOk)
        title += QStringLiteral("   ") + tr("(being turned off)");
    const QRect line1(
        g.header.left() + pad, g.header.top() + pad / 2, g.header.width() - 2 * pad, fm.height());
    p.drawText(line1, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(title, Qt::ElideRight, line1.width()));
    p.setFont(theme_.uiFont());
    const QString stats
        = tr("%1 slots · %2 used · %3 free · %4 per swap-in · time in swap-in: %5 (%6 pages in, %7 out)")
              .arg(lane.size)
              .arg(lane.used)
              .arg(lane.size - std::min(lane.used, lane.size))
              .arg(formatNs(lane.latencyNs))
              .arg(formatNs(lane.swapInTimeNs))
              .arg(lane.ins)
              .arg(lane.outs);
    const QRect line2 = line1.translated(0, fm.height());
    p.setPen(theme_.color(ColorRole::MutedText));
    p.drawText(line2, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(stats, Qt::ElideRight, line2.width()));

    // Slots: used (a PTE holds it), cached (the swap cache too), free; a density strip mixes.
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setBrush(Qt::NoBrush);
    const QColor usedColor = theme_.color(ColorRole::PageSwapped);
    const QColor freeColor = theme_.color(ColorRole::FrameFree);
    const QColor cachedColor = theme_.color(ColorRole::PageResident);
    const u64 cells = (lane.size + g.perCell - 1) / g.perCell;
    for (u64 c = 0; c < cells; ++c) {
        const QRect r = cellRect(g, c);
        QColor fill;
        bool cachedMark = false;
        if (g.perCell == 1) {
            const bool used = lane.count[qsizetype(c)] > 0;
            cachedMark = lane.cached[qsizetype(c)];
            fill = used || cachedMark ? usedColor : freeColor;
        } else {
            const u64 first = c * g.perCell;
            const u64 last = std::min(lane.size, first + g.perCell);
            u64 used = 0;
            for (u64 s = first; s < last; ++s)
                used += (lane.count[qsizetype(s)] > 0 || lane.cached[qsizetype(s)]) ? 1 : 0;
            fill = mix(freeColor, usedColor, double(used) / double(last - first));
        }
        p.setPen(theme_.color(ColorRole::Grid));
        p.setBrush(fill);
        p.drawRect(r.adjusted(0, 0, -1, -1));
        if (cachedMark)
            p.fillRect(QRect(r.left() + 2, r.bottom() - 4, r.width() - 5, 3), cachedColor);
    }
    p.setBrush(Qt::NoBrush);
    for (const QString& id : highlights_) {
        const QString prefix = QStringLiteral("swap.slot.%1.").arg(lane.name);
        if (!id.startsWith(prefix))
            continue;
        bool ok = false;
        const u64 slot = id.mid(prefix.size()).toULongLong(&ok, 0);
        if (ok && slot < lane.size)
            paintOutline(p, cellRect(g, slot / g.perCell).adjusted(0, 0, -1, -1), theme_);
    }
    p.setRenderHint(QPainter::Antialiasing, true);

    // The focused event: the slot flashes, an arrow runs between memory and the slot.
    if (!flash_ || flash_->area != lane.name || flash_->slot >= lane.size)
        return;
    const QRect cell = cellRect(g, flash_->slot / g.perCell);
    paintFocusRing(p, cell.adjusted(0, 0, -1, -1), theme_);
    p.setBrush(theme_.color(ColorRole::PageResident));
    p.setPen(theme_.color(ColorRole::Grid));
    const QRect mem(g.memory.left(), g.memory.top(), g.memory.width(), fm.height() * 2);
    p.drawRoundedRect(mem, 3, 3);
    p.setPen(theme_.color(ColorRole::Text));
    p.drawText(mem, Qt::AlignCenter, tr("memory\nframe %1").arg(flash_->pfn));
    const QPointF a(mem.right() + 2, mem.center().y());
    const QPointF b(cell.left() - 3, cell.center().y());
    const QPointF from = flash_->toSwap ? a : b;
    const QPointF to = flash_->toSwap ? b : a;
    p.setPen(QPen(theme_.color(ColorRole::Accent), 2));
    QPainterPath path(from);
    path.cubicTo(QPointF((from.x() + to.x()) / 2, from.y()), QPointF((from.x() + to.x()) / 2, to.y()), to);
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    const double dir = to.x() > from.x() ? -1 : 1;
    QPolygonF head;
    head << to << QPointF(to.x() + dir * 8, to.y() - 5) << QPointF(to.x() + dir * 8, to.y() + 5);
    p.setBrush(theme_.color(ColorRole::Accent));
    p.drawPolygon(head);
    p.setPen(theme_.color(ColorRole::Text));
    p.drawText(QPointF(mem.left(), mem.bottom() + fm.ascent() + 2), flash_->what);
}

void SwapTiersWidget::paintEmpty(QPainter& p)
{
    const QFontMetrics fm(theme_.uiFont());
    const int m = fm.height();
    QRect r = rect().adjusted(m, m, -m, -m);
    p.setPen(theme_.color(ColorRole::Text));
    p.setFont(theme_.headingFont());
    p.drawText(r, Qt::AlignLeft | Qt::AlignTop, tr("No swap area"));
    r.setTop(r.top() + QFontMetrics(theme_.headingFont()).height() + m / 2);
    p.setFont(theme_.uiFont());
    const QString text
        = tr("When memory runs out, the kernel writes anonymous pages to swap areas, the highest "
             "priority first (equal priorities in turn), and reads them back on the next access "
             "(a major fault). Turn one on in the console:");
    QRect used = p.boundingRect(r, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    p.drawText(r, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    r.setTop(used.bottom() + m / 2);
    p.setFont(theme_.monoFont());
    p.setPen(theme_.color(ColorRole::Input));
    p.drawText(r, Qt::AlignLeft | Qt::AlignTop,
        QStringLiteral("swapon fast size=64K prio=10 latency=20us\nswapon disk size=1M latency=5ms"));
}

} // namespace pagelab::ui
