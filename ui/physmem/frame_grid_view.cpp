#include "physmem/frame_grid_view.h"

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

int floorPow2(int v)
{
    int p = 1;
    while (p <= v / 2)
        p *= 2;
    return p;
}

u64 ceilPow2(u64 v)
{
    u64 p = 1;
    while (p < v)
        p *= 2;
    return p;
}

// Text on a cell: dark on light fills, light on dark ones.
QColor textOn(const QColor& fill, const Theme& theme)
{
    return qGray(fill.rgb()) < 128 ? theme.color(ColorRole::Surface) : theme.color(ColorRole::Text);
}

} // namespace

FrameGridView::FrameGridView(const FrameMapModel& model, Theme& theme, QWidget* parent)
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
}

int FrameGridView::minCell() const
{
    return QFontMetrics(theme_.uiFont()).height() * 3 / 2;
}

QFont FrameGridView::numberFont() const
{
    QFont f = theme_.monoFont();
    f.setPointSizeF(f.pointSizeF() * 0.8);
    return f;
}

int FrameGridView::rowLabelWidth() const
{
    const QFontMetrics fm(numberFont());
    const u64 last = model_.frameCount() > 0 ? model_.frameCount() - 1 : 0;
    return fm.horizontalAdvance(QString::number(last)) + fm.height() / 2;
}

int FrameGridView::gridColumnsFor(int cell) const
{
    const int fit = std::max(1, (width() - rowLabelWidth()) / std::max(1, cell));
    const u64 all = ceilPow2(std::max<u64>(1, model_.frameCount()));
    return int(std::min<u64>(u64(floorPow2(fit)), std::max<u64>(1, all)));
}

u64 FrameGridView::capacity() const
{
    const int c = minCell();
    const int fit = std::max(1, (width() - rowLabelWidth()) / c);
    return u64(floorPow2(fit)) * u64(std::max(1, height() / c));
}

FrameGridView::Grid FrameGridView::grid() const
{
    Grid g;
    const u64 n = model_.frameCount();
    if (n == 0 || densityMode())
        return g;
    if (zoomed_) {
        g.cell = minCell();
    } else {
        // The largest cell (up to a few lines of text high) whose rows of a power-of-two
        // count of columns hold every frame.
        int cell = minCell() * 3;
        while (cell > minCell()
            && u64(std::ceil(double(n) / gridColumnsFor(cell))) * u64(cell) > u64(std::max(0, height())))
            --cell;
        g.cell = cell;
    }
    g.columns = gridColumnsFor(g.cell);
    g.rows = std::max(1, height() / g.cell);
    g.left = rowLabelWidth();
    return g;
}

bool FrameGridView::numbersInCells() const
{
    const Grid g = grid();
    if (g.cell == 0)
        return false;
    const QFontMetrics fm(numberFont());
    const int stripe = std::max(3, g.cell / 5);
    const u64 last = model_.frameCount() - 1;
    return g.cell >= fm.horizontalAdvance(QString::number(last)) + 4
        && g.cell >= 2 * stripe + 2 * fm.height();
}

void FrameGridView::modelChanged()
{
    if (first_ >= model_.frameCount())
        first_ = 0;
    rebuildDensity();
    update();
}

void FrameGridView::setFlash(const QSet<Pfn>& frames)
{
    if (frames == flash_)
        return;
    flash_ = frames;
    pulse_->stop(); // a faster event cuts the pulse short
    pulseValue_ = 1;
    if (!flash_.isEmpty())
        pulse_->start();
    update();
}

void FrameGridView::setHighlights(const QSet<Pfn>& frames, bool pageTables, bool free)
{
    hlFrames_ = frames;
    hlTables_ = pageTables;
    hlFree_ = free;
    update();
}

QColor FrameGridView::classColor(FrameClass c) const
{
    switch (c) {
    case FrameClass::Free: return theme_.color(ColorRole::FrameFree);
    case FrameClass::PageTable: return theme_.color(ColorRole::PageTable);
    case FrameClass::Anon: return theme_.color(ColorRole::PageResident);
    case FrameClass::FileClean: return theme_.color(ColorRole::PageFileClean);
    case FrameClass::FileDirty: return theme_.color(ColorRole::PageFileDirty);
    case FrameClass::Shm:
    case FrameClass::Shared: return theme_.color(ColorRole::PageShared);
    case FrameClass::Kernel: return theme_.color(ColorRole::KernelSide);
    case FrameClass::Count: break;
    }
    return theme_.color(ColorRole::FrameFree);
}

QColor FrameGridView::ownerColor(u32 pid) const
{
    static constexpr ColorRole series[] = { ColorRole::Series1, ColorRole::Series2, ColorRole::Series3,
        ColorRole::Series4, ColorRole::Series5, ColorRole::Series6 };
    return theme_.color(series[(pid + 5) % 6]);
}

void FrameGridView::rebuildDensity()
{
    const u64 n = model_.frameCount();
    if (n == 0 || n <= capacity() || width() <= 0 || height() <= 0) {
        density_ = QImage();
        return;
    }
    // k x k screen pixels per image pixel when there are fewer frames than pixels.
    const double pixels = double(width()) * height();
    const int k = std::max(1, int(std::sqrt(pixels / double(n))));
    const int cols = std::max(1, width() / k);
    const int maxRows = std::max(1, height() / k);
    group_ = std::max<u64>(1, (n + u64(cols) * maxRows - 1) / (u64(cols) * maxRows));
    const u64 pixelsUsed = (n + group_ - 1) / group_;
    const int rows = int((pixelsUsed + cols - 1) / cols);
    density_ = QImage(cols, rows, QImage::Format_RGB32);
    density_.fill(theme_.color(ColorRole::Surface));
    std::array<QRgb, std::size_t(FrameClass::Count)> rgb {};
    for (std::size_t c = 0; c < rgb.size(); ++c)
        rgb[c] = classColor(FrameClass(c)).rgb();
    // Straight over the model's codes and the image's rows: setPixel() checks and detaches
    // on every call, which cost more than the counting on a 16M-frame machine.
    const u8* codes = model_.codes();
    for (int row = 0; row < rows; ++row) {
        auto* line = reinterpret_cast<QRgb*>(density_.scanLine(row));
        for (int col = 0; col < cols; ++col) {
            const u64 px = u64(row) * u64(cols) + u64(col);
            if (px >= pixelsUsed)
                break;
            const u8* from = codes + px * group_;
            const u8* to = codes + std::min(n, (px + 1) * group_);
            // A group of one class (long runs of free frames, one process's pages) is common:
            // check that first, it vectorizes; count only the mixed groups.
            const u8 first = *from & FrameMapModel::kClassMask;
            if (std::all_of(from, to, [&](u8 c) { return (c & FrameMapModel::kClassMask) == first; })) {
                line[col] = rgb[first];
                continue;
            }
            std::array<u32, std::size_t(FrameClass::Count)> count {};
            for (const u8* c = from; c != to; ++c)
                ++count[*c & FrameMapModel::kClassMask];
            const auto best = std::max_element(count.begin(), count.end()) - count.begin();
            line[col] = rgb[std::size_t(best)];
        }
    }
    scale_ = k; // drawn k times larger
}

std::optional<Pfn> FrameGridView::frameAt(QPoint pos) const
{
    if (densityMode()) {
        if (density_.isNull())
            return std::nullopt;
        const int k = scale_;
        const int col = pos.x() / k, row = pos.y() / k;
        if (col < 0 || row < 0 || col >= density_.width() || row >= density_.height())
            return std::nullopt;
        const Pfn pfn = (u64(row) * density_.width() + col) * group_;
        return pfn < model_.frameCount() ? std::optional<Pfn>(pfn) : std::nullopt;
    }
    const Grid g = grid();
    const int x = pos.x() - g.left;
    if (g.cell == 0 || x < 0 || pos.y() < 0 || x >= g.columns * g.cell)
        return std::nullopt;
    const Pfn pfn = firstShown() + u64(pos.y() / g.cell) * g.columns + u64(x / g.cell);
    return pfn < model_.frameCount() ? std::optional<Pfn>(pfn) : std::nullopt;
}

QRect FrameGridView::frameRect(Pfn pfn) const
{
    if (pfn >= model_.frameCount())
        return {};
    if (densityMode()) {
        if (density_.isNull())
            return {};
        const int k = scale_;
        const u64 px = pfn / group_;
        const QRect r(int(px % density_.width()) * k, int(px / density_.width()) * k, k, k);
        return r.adjusted(-3, -3, 3, 3); // big enough to see
    }
    const Grid g = grid();
    if (g.cell == 0 || pfn < firstShown())
        return {};
    const u64 i = pfn - firstShown();
    if (i >= u64(g.columns) * g.rows)
        return {};
    return QRect(g.left + int(i % g.columns) * g.cell, int(i / g.columns) * g.cell, g.cell, g.cell);
}

QRect FrameGridView::flashRect() const
{
    QRect r;
    for (Pfn pfn : flash_)
        r |= frameRect(pfn);
    return r;
}

QSize FrameGridView::sizeHint() const
{
    // The rows every frame needs at a cell of one and a half the smallest and this width (a
    // small machine asks for little height: a stage gives the rest to the view beside it), up
    // to 12 of the smallest.
    const int cell = minCell() * 3 / 2;
    const u64 n = std::max<u64>(1, model_.frameCount());
    const u64 columns = u64(gridColumnsFor(cell));
    const u64 rows = (n + columns - 1) / columns;
    return { minCell() * 32, std::min(int(std::clamp<u64>(rows, 2, 12)) * cell, minCell() * 12) };
}

QSize FrameGridView::minimumSizeHint() const
{
    return { minCell() * 8, minCell() * 4 };
}

void FrameGridView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), theme_.color(ColorRole::Surface));
    if (densityMode())
        paintDensity(p);
    else
        paintCells(p);
    for (Pfn pfn : flash_) {
        const QRect r = frameRect(pfn);
        if (!r.isEmpty())
            paintFocusRing(p, r, theme_, pulseValue_);
    }
}

void FrameGridView::paintCells(QPainter& p)
{
    const Grid g = grid();
    if (g.cell == 0)
        return;
    const u64 n = model_.frameCount();
    const u64 last = std::min(n, firstShown() + u64(g.columns) * g.rows);
    const QFontMetrics fm(theme_.uiFont());
    QFont small = theme_.uiFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    const QFont numbers = numberFont();
    const QFontMetrics fmNumbers(numbers);
    const bool numbered = numbersInCells();
    const int stripe = std::max(3, g.cell / 5);
    const QColor grid = theme_.color(ColorRole::Grid);
    // Each row's first frame, left of the row: with a power-of-two count of columns they read
    // 0, 16, 32 ... and a frame's number is its row's plus its column.
    p.setFont(numbers);
    p.setPen(theme_.color(ColorRole::MutedText));
    for (int row = 0; row < g.rows; ++row) {
        const u64 first = firstShown() + u64(row) * u64(g.columns);
        if (first >= last)
            break;
        p.drawText(QRect(0, row * g.cell, g.left - fmNumbers.height() / 4, g.cell),
            Qt::AlignRight | Qt::AlignVCenter, QString::number(first));
    }
    QVector<QRect> outlined;
    for (Pfn pfn = firstShown(); pfn < last; ++pfn) {
        const QRect r = frameRect(pfn);
        const FrameClass c = model_.frameClass(pfn);
        const QColor fill = classColor(c);
        p.fillRect(r, fill);
        const u32 owner = c == FrameClass::Free ? 0 : model_.owner(pfn);
        if (owner && c != FrameClass::PageTable)
            p.fillRect(QRect(r.left(), r.top(), r.width(), stripe), ownerColor(owner)); // whose page
        if (model_.locked(pfn))
            p.fillRect(QRect(r.left(), r.bottom() - stripe + 1, r.width(), stripe),
                theme_.color(ColorRole::PageLocked));
        if (c == FrameClass::PageTable && g.cell >= fm.height()) {
            p.setFont(small);
            p.setPen(textOn(fill, theme_));
            p.drawText(numbered ? r.adjusted(0, stripe + fmNumbers.height(), 0, 0) : r, Qt::AlignCenter,
                QStringLiteral("L%1").arg(model_.tableLevel(pfn)));
        }
        if (numbered) {
            p.setFont(numbers);
            p.setPen(textOn(fill, theme_));
            p.drawText(QRect(r.left() + 2, r.top() + stripe, r.width() - 4, fmNumbers.height()),
                Qt::AlignLeft | Qt::AlignTop, QString::number(pfn));
        }
        p.setPen(QPen(grid, 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(r.adjusted(0, 0, -1, -1));
        if (hlFrames_.contains(pfn) || (hlTables_ && c == FrameClass::PageTable)
            || (hlFree_ && c == FrameClass::Free))
            outlined.push_back(r);
    }
    // Over every cell: a ring reaches into its neighbours' edges.
    for (const QRect& r : outlined)
        paintOutline(p, r.adjusted(1, 1, -1, -1), theme_);
}

void FrameGridView::paintDensity(QPainter& p)
{
    if (density_.isNull())
        return;
    p.drawImage(QRect(0, 0, density_.width() * scale_, density_.height() * scale_), density_);
    for (Pfn pfn : hlFrames_) {
        const QRect r = frameRect(pfn);
        if (!r.isEmpty())
            paintOutline(p, r, theme_);
    }
}

void FrameGridView::resizeEvent(QResizeEvent*)
{
    rebuildDensity();
}

void FrameGridView::zoomInto(Pfn pfn)
{
    const u64 columns = u64(gridColumnsFor(minCell()));
    const u64 shown = capacity();
    const u64 n = model_.frameCount();
    if (n <= shown) {
        overview();
        return;
    }
    // Start at a row boundary so frame numbers line up in columns.
    u64 start = pfn > shown / 2 ? pfn - shown / 2 : 0;
    start = std::min(start, n - std::min(n, shown) + columns - 1);
    first_ = start / columns * columns;
    zoomed_ = true;
    update();
    Q_EMIT zoomChanged();
}

void FrameGridView::overview()
{
    zoomed_ = false;
    first_ = 0;
    rebuildDensity();
    update();
    Q_EMIT zoomChanged();
}

bool FrameGridView::event(QEvent* e)
{
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        const auto pfn = frameAt(help->pos());
        if (!pfn) {
            QToolTip::hideText();
            return true;
        }
        QString text = model_.describe(*pfn);
        if (densityMode())
            text = tr("Frames %1 to %2 (click to zoom in)")
                       .arg(*pfn)
                       .arg(std::min(model_.frameCount(), *pfn + group_) - 1)
                + QLatin1Char('\n') + text;
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(e);
}

void FrameGridView::mousePressEvent(QMouseEvent* e)
{
    if (e->button() != Qt::LeftButton)
        return;
    const auto pfn = frameAt(e->pos());
    if (!pfn)
        return;
    if (densityMode())
        zoomInto(*pfn);
    else
        Q_EMIT selected(model_.describe(*pfn));
}

void FrameGridView::wheelEvent(QWheelEvent* e)
{
    if (!zoomed_)
        return;
    const Grid g = grid();
    const i64 rows = -e->angleDelta().y() / 40;
    const i64 next = i64(first_) + rows * g.columns;
    const i64 maxFirst = std::max<i64>(0, i64(model_.frameCount()) - g.columns);
    first_ = u64(std::clamp<i64>(next, 0, maxFirst));
    update();
    e->accept();
}

void FrameGridView::fillFrameMenu(QMenu& menu, Pfn pfn)
{
    for (const auto& [label, command] : model_.commands(pfn)) {
        QAction* a = menu.addAction(label + QStringLiteral("\t") + command);
        a->setData(command);
        connect(
            a, &QAction::triggered, this, [this, command = command] { Q_EMIT commandRequested(command); });
    }
}

void FrameGridView::contextMenuEvent(QContextMenuEvent* e)
{
    const auto pfn = frameAt(e->pos());
    if (!pfn || densityMode())
        return;
    QMenu menu(this);
    fillFrameMenu(menu, *pfn);
    if (!menu.isEmpty())
        menu.exec(e->globalPos());
}

} // namespace pagelab::ui
