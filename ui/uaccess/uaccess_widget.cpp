#include "uaccess/uaccess_widget.h"

#include "hw/page_walker.h"
#include "theme/marks.h"
#include "theme/theme.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <vector>

namespace pagelab::ui {

namespace {

constexpr int kRowsBeforeElision = 3; // of a long page: the first rows, "…", the last rows
constexpr int kRowsAfterElision = 2;

QString hex(u64 v)
{
    return QStringLiteral("0x") + QString::number(v, 16);
}

// The height `text` takes wrapped to `width` (boxes grow with the type: presentation mode).
int wrappedHeight(const QFontMetrics& fm, int width, const QString& text)
{
    return fm
        .boundingRect(
            QRect(0, 0, std::max(1, width), 1 << 20), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text)
        .height();
}

} // namespace

UaccessWidget::UaccessWidget(Theme& theme, QWidget* parent)
    : QWidget(parent)
    , theme_(theme)
{
}

void UaccessWidget::setView(const UaccessView& view)
{
    view_ = view;
    relayout();
}

void UaccessWidget::setHighlights(const QStringList& ids)
{
    highlights_ = ids;
    update();
}

bool UaccessWidget::highlighted(const char* id) const
{
    return highlights_.contains(QLatin1String(id));
}

QSize UaccessWidget::sizeHint() const
{
    return { 760, std::max(contentHeight_, 240) };
}

void UaccessWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void UaccessWidget::relayout()
{
    rows_.clear();
    kernelRect_ = userRect_ = faultRect_ = fixupRect_ = returnRect_ = movingRect_ = accessOkRect_ = {};
    const QFontMetrics mono(theme_.monoFont());
    const QFontMetrics ui(theme_.uiFont());
    const int m = ui.height() / 2;
    cellWidth_ = mono.horizontalAdvance(QStringLiteral("00")) + m / 2 + 4;
    rowHeight_ = mono.height() + 4;
    addrWidth_ = mono.horizontalAdvance(QStringLiteral("0x7ffffffff000")) + m;
    const int gap = ui.height() * 3;
    const int offsetWidth = mono.horizontalAdvance(QStringLiteral("+0x1000")) + m;
    bytesPerRow_ = 16;
    while (
        bytesPerRow_ > 4 && 2 * m + offsetWidth + gap + addrWidth_ + 2 * bytesPerRow_ * cellWidth_ > width())
        bytesPerRow_ /= 2;
    // Narrower than 4 bytes a row: the scroll area scrolls rather than the columns overlap.
    setMinimumWidth(2 * m + offsetWidth + gap + addrWidth_ + 2 * 4 * cellWidth_);
    if (!view_.valid) {
        contentHeight_ = ui.height() * 10;
        setMinimumHeight(contentHeight_);
        update();
        return;
    }
    int y = m + QFontMetrics(theme_.headingFont()).height() + ui.height() + m; // title, subtitle
    accessOkRect_ = QRect(m, y - ui.height() - m / 2, width() - 2 * m, ui.height());
    const int kernelLeft = m + offsetWidth;
    const int userLeft = kernelLeft + bytesPerRow_ * cellWidth_ + gap + addrWidth_;
    // Column headings, wrapped in their columns when the type is large.
    kernelHeadingWidth_ = userLeft - addrWidth_ - 2 * m;
    userHeadingWidth_ = std::max(m, width() - m - (userLeft - addrWidth_));
    headingHeight_ = std::max({ ui.height(), wrappedHeight(ui, kernelHeadingWidth_, kernelHeading()),
        wrappedHeight(ui, userHeadingWidth_, userHeading()) });
    y += headingHeight_;
    const int top = y;
    const u64 bpr = u64(bytesPerRow_);
    for (int pi = 0; pi < view_.pages.size(); ++pi) {
        const UaccessPage& page = view_.pages[pi];
        rows_.push_back({ Row::Kind::PageHeader, pi, page.first, page.count, y });
        y += rowHeight_;
        // Byte rows aligned to the user address, so columns line up with address bits.
        QVector<QPair<u64, u64>> pieces;
        for (u64 off = page.first; off < page.first + page.count;) {
            const u64 addr = view_.user + off;
            const u64 len = std::min(page.first + page.count - off, bpr - addr % bpr);
            pieces.push_back({ off, len });
            off += len;
        }
        for (int i = 0; i < pieces.size(); ++i) {
            const bool elide = pieces.size() > kRowsBeforeElision + kRowsAfterElision + 1;
            if (elide && i == kRowsBeforeElision) {
                const u64 from = pieces[i].first;
                const u64 to = pieces[pieces.size() - kRowsAfterElision].first;
                rows_.push_back({ Row::Kind::Elided, pi, from, to - from, y });
                y += rowHeight_;
                i = int(pieces.size()) - kRowsAfterElision - 1;
                continue;
            }
            rows_.push_back({ Row::Kind::Bytes, pi, pieces[i].first, pieces[i].second, y });
            y += rowHeight_;
        }
    }
    kernelRect_ = QRect(kernelLeft - 2, top, int(bpr) * cellWidth_ + 4, std::max(rowHeight_, y - top));
    userRect_ = QRect(
        userLeft - addrWidth_, top, addrWidth_ + int(bpr) * cellWidth_ + 2, std::max(rowHeight_, y - top));
    // The piece the focused event moved.
    if (view_.lastMovedCount > 0)
        for (const Row& r : rows_)
            if (r.kind == Row::Kind::Bytes && r.first < view_.lastMovedFirst + view_.lastMovedCount
                && view_.lastMovedFirst < r.first + r.count)
                movingRect_
                    |= QRect(kernelLeft, r.y, userLeft + int(bpr) * cellWidth_ - kernelLeft, rowHeight_);
    y += m;
    const int boxWidth = width() - 2 * m;
    const int pad = ui.height() / 3;
    const auto boxHeight = [&](const QString& text) {
        return std::max(ui.height() * 2, wrappedHeight(ui, boxWidth - 2 * pad, text)) + 2 * pad;
    };
    if (view_.fault || !view_.oops.isEmpty()) {
        faultRect_ = QRect(m, y, boxWidth, boxHeight(faultText()));
        y = faultRect_.bottom() + m;
    }
    if (view_.fixupRet) {
        fixupRect_ = QRect(m, y, boxWidth, boxHeight(fixupText()));
        y = fixupRect_.bottom() + m;
    }
    sentenceHeight_ = std::max(ui.height() * 2, wrappedHeight(ui, boxWidth - 2 * pad, returnText()));
    returnRect_
        = QRect(m, y, boxWidth, QFontMetrics(theme_.titleFont()).height() + sentenceHeight_ + 2 * pad);
    y = returnRect_.bottom() + m;
    contentHeight_ = y;
    setMinimumHeight(contentHeight_);
    updateGeometry();
    update();
}

QString UaccessWidget::pageStateText(const UaccessPage& page) const
{
    switch (page.state) {
    case UaccessPage::State::Resident: return tr("resident");
    case UaccessPage::State::NotPresent: return tr("not present (a touch faults)");
    case UaccessPage::State::Swapped: return tr("swapped out (a touch reads it back)");
    case UaccessPage::State::NoVma: return tr("no VMA: nothing can be mapped here");
    case UaccessPage::State::FaultedIn: return tr("faulted in now (%1)").arg(page.how);
    case UaccessPage::State::NotReached: return tr("not reached: the routine stopped before it");
    }
    return {};
}

QColor UaccessWidget::pageStateColor(const UaccessPage& page) const
{
    switch (page.state) {
    case UaccessPage::State::Resident:
    case UaccessPage::State::FaultedIn: return theme_.color(ColorRole::PageResident);
    case UaccessPage::State::NotPresent: return theme_.color(ColorRole::PageUntouched);
    case UaccessPage::State::Swapped: return theme_.color(ColorRole::PageSwapped);
    case UaccessPage::State::NoVma: return theme_.color(ColorRole::PageUnmapped);
    case UaccessPage::State::NotReached: return theme_.color(ColorRole::Surface);
    }
    return theme_.color(ColorRole::Surface);
}

void UaccessWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), theme_.color(ColorRole::Surface));
    if (!view_.valid) {
        paintEmpty(p);
        return;
    }
    const QFontMetrics ui(theme_.uiFont());
    const int m = ui.height() / 2;
    p.setPen(theme_.color(ColorRole::Text));
    p.setFont(theme_.headingFont());
    const int headingHeight = QFontMetrics(theme_.headingFont()).height();
    p.drawText(QRect(m, m, width() - 2 * m, headingHeight), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(theme_.headingFont()).elidedText(view_.command, Qt::ElideRight, width() - 2 * m));
    p.setFont(theme_.uiFont());
    QString sub = view_.readsOnly ? tr("%1 reads user memory of %2").arg(view_.routine, view_.process)
        : view_.toUser            ? tr("%1: kernel → user memory of %2").arg(view_.routine, view_.process)
                                  : tr("%1: user memory of %2 → kernel").arg(view_.routine, view_.process);
    if (view_.accessOk)
        sub += QStringLiteral("   ·   ")
            + (*view_.accessOk ? tr("access_ok(%1, %2) passes").arg(hex(view_.user)).arg(view_.length)
                               : tr("access_ok(%1, %2) REFUSES: past TASK_SIZE_MAX")
                                     .arg(hex(view_.user))
                                     .arg(view_.length));
    p.setPen(view_.accessOk && !*view_.accessOk ? theme_.color(ColorRole::Error)
                                                : theme_.color(ColorRole::MutedText));
    p.drawText(accessOkRect_, Qt::AlignLeft | Qt::AlignVCenter,
        ui.elidedText(sub, Qt::ElideRight, accessOkRect_.width()));
    paintRows(p);
    paintBoxes(p);
}

void UaccessWidget::paintRows(QPainter& p)
{
    const QFontMetrics ui(theme_.uiFont());
    const QFontMetrics mono(theme_.monoFont());
    const int m = ui.height() / 2;
    const int kernelLeft = kernelRect_.left() + 2;
    const int userLeft = userRect_.left() + addrWidth_;
    const u64 bpr = u64(bytesPerRow_);
    // Column headings.
    p.setFont(theme_.uiFont());
    p.setPen(theme_.color(ColorRole::Text));
    const int headY = kernelRect_.top() - headingHeight_;
    p.drawText(QRect(m, headY, kernelHeadingWidth_, headingHeight_),
        Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, kernelHeading());
    p.drawText(QRect(userRect_.left(), headY, userHeadingWidth_, headingHeight_),
        Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, userHeading());
    if (highlighted("uaccess.kernel"))
        paintOutline(p, kernelRect_.adjusted(-3, -3, 3, 3), theme_);
    if (highlighted("uaccess.user"))
        paintOutline(p, userRect_.adjusted(-3, -3, 3, 3), theme_);
    p.setFont(theme_.monoFont());
    const bool faultPending = view_.fault.has_value();
    std::vector<QRect> focused; // the bytes the focused event moves: one ring per row and side
    for (const Row& r : rows_) {
        const UaccessPage& page = view_.pages[r.page];
        if (r.kind == Row::Kind::PageHeader) {
            // To the right edge: the page's state in words is longer than a row of bytes.
            const QRect band(userRect_.left(), r.y + 1,
                std::max(userRect_.width(), width() - m - userRect_.left()), rowHeight_ - 2);
            p.fillRect(band, pageStateColor(page));
            const bool faultHere
                = faultPending && view_.fault->cr2 >= page.base && view_.fault->cr2 < page.base + kPageSize;
            if (faultHere) {
                p.setPen(QPen(theme_.color(ColorRole::Fault), 2));
                p.setBrush(Qt::NoBrush);
                p.drawRect(band);
            }
            p.setPen(theme_.color(ColorRole::Text));
            p.setFont(theme_.uiFont());
            const QString text = tr("page %1: %2").arg(hex(page.base), pageStateText(page));
            p.drawText(band.adjusted(4, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter,
                ui.elidedText(text, Qt::ElideRight, band.width() - 8));
            p.setFont(theme_.monoFont());
            continue;
        }
        if (r.kind == Row::Kind::Elided) {
            p.setPen(theme_.color(ColorRole::MutedText));
            p.drawText(QRect(kernelLeft, r.y, userRect_.right() - kernelLeft, rowHeight_), Qt::AlignCenter,
                tr("… %1 bytes …").arg(r.count));
            continue;
        }
        const u64 firstAddr = view_.user + r.first;
        p.setPen(theme_.color(ColorRole::MutedText));
        p.drawText(QRect(m, r.y, kernelLeft - m - 2, rowHeight_), Qt::AlignRight | Qt::AlignVCenter,
            QStringLiteral("+") + hex(r.first));
        p.drawText(QRect(userRect_.left(), r.y, addrWidth_ - 4, rowHeight_),
            Qt::AlignRight | Qt::AlignVCenter, hex(firstAddr));
        QRect movedHere[2];
        for (u64 i = 0; i < r.count; ++i) {
            const u64 off = r.first + i;
            const int col = int((firstAddr + i) % bpr);
            const bool moving
                = off >= view_.lastMovedFirst && off < view_.lastMovedFirst + view_.lastMovedCount;
            const bool done = view_.done[int(off)];
            for (int side = 0; side < 2; ++side) {
                const int left = side == 0 ? kernelLeft : userLeft;
                const QRect cell(left + col * cellWidth_, r.y + 1, cellWidth_ - 2, rowHeight_ - 2);
                const int byte = side == 0 ? view_.kernelBytes[int(off)] : view_.userBytes[int(off)];
                QColor bg
                    = side == 0 ? theme_.color(ColorRole::KernelSide) : theme_.color(ColorRole::UserSide);
                if (side == 1 && !done)
                    bg = theme_.color(ColorRole::Window);
                if (side == 0 && byte < 0)
                    bg = theme_.color(ColorRole::Window);
                p.fillRect(cell, bg);
                p.setPen(theme_.color(ColorRole::Grid));
                p.drawRect(cell);
                if (moving)
                    movedHere[side] |= cell;
                if (side == 1 && faultPending && view_.fault->cr2 == firstAddr + i) {
                    p.setPen(QPen(theme_.color(ColorRole::Fault), 2));
                    p.drawRect(cell.adjusted(1, 1, -1, -1));
                }
                p.setPen(byte < 0 ? theme_.color(ColorRole::MutedText) : theme_.color(ColorRole::Text));
                p.drawText(cell, Qt::AlignCenter,
                    byte < 0 ? QStringLiteral("··")
                             : QStringLiteral("%1").arg(byte, 2, 16, QLatin1Char('0')));
            }
        }
        for (const QRect& moved : movedHere)
            if (!moved.isEmpty())
                focused.push_back(moved);
    }
    for (const QRect& moved : focused)
        paintFocusRing(p, moved, theme_);
    // The arrow of the piece moving now, between the two buffers.
    if (!movingRect_.isEmpty()) {
        const int x0 = kernelLeft + int(bpr) * cellWidth_ + 4;
        const int x1 = userRect_.left() - 4;
        const int yMid = movingRect_.center().y();
        const QPointF from(view_.toUser ? x0 : x1, yMid);
        const QPointF to(view_.toUser ? x1 : x0, yMid);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(QPen(theme_.color(ColorRole::Accent), 3));
        p.drawLine(from, to);
        const double dir = to.x() > from.x() ? -1 : 1;
        QPolygonF head;
        head << to << QPointF(to.x() + dir * 10, yMid - 6) << QPointF(to.x() + dir * 10, yMid + 6);
        p.setBrush(theme_.color(ColorRole::Accent));
        p.drawPolygon(head);
        p.setFont(theme_.uiFont());
        p.setPen(theme_.color(ColorRole::Text));
        p.drawText(QRectF(std::min(from.x(), to.x()), yMid - ui.height() - 4, std::abs(to.x() - from.x()),
                       ui.height()),
            Qt::AlignCenter | Qt::TextDontClip, tr("%1 bytes").arg(view_.lastMovedCount));
        p.setRenderHint(QPainter::Antialiasing, false);
    }
}

void UaccessWidget::paintBoxes(QPainter& p)
{
    const QFontMetrics ui(theme_.uiFont());
    const int pad = ui.height() / 3;
    p.setFont(theme_.uiFont());
    const auto box = [&](const QRect& r, ColorRole border, bool hl, const QString& text) {
        p.setPen(QPen(theme_.color(border), 2));
        p.setBrush(theme_.color(ColorRole::Window));
        p.drawRoundedRect(r, 4, 4);
        if (hl)
            paintOutline(p, r.adjusted(-2, -2, 2, 2), theme_);
        p.setPen(theme_.color(ColorRole::Text));
        p.drawText(r.adjusted(pad, pad, -pad, -pad), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    };
    if (!faultRect_.isEmpty())
        box(faultRect_, ColorRole::Fault, highlighted("uaccess.fault"), faultText());
    if (!fixupRect_.isEmpty())
        box(fixupRect_, ColorRole::Accent, highlighted("uaccess.fixup"), fixupText());
    // The return value, large.
    p.setPen(QPen(theme_.color(ColorRole::Grid), 1));
    p.setBrush(theme_.color(ColorRole::Window));
    p.drawRoundedRect(returnRect_, 4, 4);
    if (highlighted("uaccess.return"))
        paintOutline(p, returnRect_.adjusted(-2, -2, 2, 2), theme_);
    const QFontMetrics big(theme_.titleFont());
    const QRect number(
        returnRect_.left() + pad, returnRect_.top() + pad, returnRect_.width() - 2 * pad, big.height());
    p.setFont(theme_.titleFont());
    const bool bad = view_.retKnown
        && (view_.ret < 0 || (view_.fixupRet.has_value()) || (view_.accessOk && !*view_.accessOk));
    p.setPen(theme_.color(!view_.finished ? ColorRole::MutedText
            : bad                         ? ColorRole::Fault
                                          : ColorRole::Success));
    p.drawText(number, Qt::AlignLeft | Qt::AlignVCenter,
        view_.finished ? tr("returns %1").arg(view_.ret) : tr("running…"));
    p.setFont(theme_.uiFont());
    p.setPen(theme_.color(ColorRole::Text));
    p.drawText(QRect(number.left(), number.bottom(), number.width(), sentenceHeight_),
        Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, returnText());
}

QString UaccessWidget::kernelHeading() const
{
    return tr("Kernel buffer (%1 bytes)").arg(view_.length);
}

QString UaccessWidget::userHeading() const
{
    return tr("User buffer at %1").arg(hex(view_.user));
}

QString UaccessWidget::faultText() const
{
    QString text;
    if (view_.fault) {
        const UaccessFault& f = *view_.fault;
        const QString kind = (f.errorCode & pf::P) ? tr("protection violation") : tr("not present");
        const QString op = (f.errorCode & pf::W) ? tr("write") : tr("read");
        text
            = tr("#PF at %1, error code %2 (%3, supervisor %4).").arg(hex(f.cr2), hex(f.errorCode), kind, op);
        if (!f.handled)
            text += QLatin1Char(' ') + tr("The fault handler runs…");
        else if (f.resolved)
            text += QLatin1Char(' ') + tr("The fault handler fixes it: %1, and the copy goes on.").arg(f.how);
        else
            text += QLatin1Char(' ') + tr("The fault handler cannot fix it (%1).").arg(f.how);
    }
    if (!view_.oops.isEmpty())
        text += QLatin1Char('\n') + view_.oops;
    return text;
}

QString UaccessWidget::fixupText() const
{
    if (!view_.fixupRet)
        return {};
    return tr("Exception table: the faulting instruction in %1 has a fixup entry, so instead of an oops the "
              "routine stops at %2 and returns %3.")
        .arg(view_.routine, hex(view_.fixupAddr))
        .arg(*view_.fixupRet);
}

QString UaccessWidget::returnText() const
{
    return view_.finished ? returnSentence(view_) : tr("Step on to see what the routine returns.");
}

void UaccessWidget::paintEmpty(QPainter& p)
{
    const QFontMetrics fm(theme_.uiFont());
    const int m = fm.height();
    QRect r = rect().adjusted(m, m, -m, -m);
    p.setPen(theme_.color(ColorRole::Text));
    p.setFont(theme_.headingFont());
    p.drawText(r, Qt::AlignLeft | Qt::AlignTop, tr("Kernel and user memory"));
    r.setTop(r.top() + QFontMetrics(theme_.headingFont()).height() + m / 2);
    p.setFont(theme_.uiFont());
    const QString text
        = tr("The kernel never trusts a user pointer: it moves bytes with copy_to_user, "
             "copy_from_user, get_user, put_user ... which check the range (access_ok), take page "
             "faults like user code, and turn a fault that cannot be fixed into a short count or "
             "-EFAULT through the exception table. Run one in the console, for example:");
    const QRect used = p.boundingRect(r, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    p.drawText(r, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    r.setTop(used.bottom() + m / 2);
    p.setFont(theme_.monoFont());
    p.setPen(theme_.color(ColorRole::Input));
    p.drawText(r, Qt::AlignLeft | Qt::AlignTop,
        QStringLiteral("mmap a len=4K at=0x10000000 prot=rw\ncopy_to_user a 0x10000ffc \"0123456789\""));
}

QString UaccessWidget::describeAt(const QPoint& pos) const
{
    if (!view_.valid)
        return {};
    if (faultRect_.contains(pos))
        return tr("The first page fault the routine took on a user address, and what the fault handler did.");
    if (fixupRect_.contains(pos))
        return tr("The exception table (__ex_table) lists the instructions that may fault on user memory; "
                  "the fixup makes the routine return instead of oopsing.");
    if (returnRect_.contains(pos))
        return tr("What the routine returns to its caller.");
    for (const Row& r : rows_)
        if (pos.y() >= r.y && pos.y() < r.y + rowHeight_) {
            const UaccessPage& page = view_.pages[r.page];
            if (r.kind == Row::Kind::PageHeader)
                return tr("User page %1: %2").arg(hex(page.base), pageStateText(page));
            if (kernelRect_.contains(pos))
                return tr("The kernel's buffer: bytes %1 to %2").arg(r.first).arg(r.first + r.count - 1);
            if (userRect_.contains(pos))
                return tr("User memory %1 to %2 of %3")
                    .arg(hex(view_.user + r.first), hex(view_.user + r.first + r.count - 1), view_.process);
        }
    return {};
}

bool UaccessWidget::event(QEvent* event)
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

} // namespace pagelab::ui
