#include "translation/walk_view.h"

#include "hw/page_walker.h"
#include "hw/paging_entry.h"
#include "theme/marks.h"
#include "theme/theme.h"

#include <QHelpEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

namespace pagelab::ui {

namespace {

QString hex(u64 v)
{
    return QStringLiteral("0x") + QString::number(v, 16);
}

QString opText(AccessOp op)
{
    switch (op) {
    case AccessOp::Read: return WalkView::tr("read");
    case AccessOp::Write: return WalkView::tr("write");
    case AccessOp::Fetch: return WalkView::tr("fetch");
    }
    return {};
}

QString modeText(PagingMode m)
{
    switch (m) {
    case PagingMode::Bits32: return WalkView::tr("32-bit paging");
    case PagingMode::Pae: return WalkView::tr("PAE paging");
    case PagingMode::Level4: return WalkView::tr("4-level paging");
    case PagingMode::Level5: return WalkView::tr("5-level paging");
    }
    return {};
}

struct Field {
    int level; // 0 = offset
    int high;
    int low;
};

// The index fields of `va` from the top level down, then the offset; a leaf above level 1
// (large page) folds the lower indexes into the offset.
std::vector<Field> fieldsOf(PagingMode mode, int leafLevel)
{
    const PagingGeometry& g = geometry(mode);
    std::vector<Field> out;
    const int leaf = std::max(leafLevel, 1);
    for (int l = g.levels; l >= leaf; --l)
        out.push_back({ l, g.shift(l) + g.indexBits(l) - 1, g.shift(l) });
    out.push_back({ 0, g.shift(leaf) - 1, 0 });
    return out;
}

QString bitsOf(u64 value, int count)
{
    return QString::number(value, 2).rightJustified(count, QLatin1Char('0'));
}

struct Bit {
    QString name;
    u64 mask;
    QString tip;
};

} // namespace

WalkView::WalkView(const Theme& theme, QWidget* parent)
    : QWidget(parent)
    , theme_(theme)
{
    setObjectName(QStringLiteral("walkView"));
    setAutoFillBackground(false);
}

void WalkView::setPicture(const WalkPicture& picture)
{
    pic_ = picture;
    height_ = layoutAndPaint(nullptr);
    updateGeometry();
    update();
}

void WalkView::setProbeAddress(std::optional<VAddr> va, PagingMode mode)
{
    probe_ = va;
    probeMode_ = mode;
    height_ = layoutAndPaint(nullptr);
    updateGeometry();
    update();
}

void WalkView::setHighlights(const QStringList& ids)
{
    highlights_ = ids;
    update();
}

QSize WalkView::sizeHint() const
{
    return { 640, height_ };
}

QSize WalkView::minimumSizeHint() const
{
    return { 320, height_ };
}

void WalkView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), theme_.color(ColorRole::Surface));
    const int h = layoutAndPaint(&p);
    if (h != height_) {
        height_ = h;
        updateGeometry();
    }
}

bool WalkView::event(QEvent* e)
{
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        const QString tip = tooltipAt(help->pos());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(e);
}

QString WalkView::tooltipAt(const QPoint& pos) const
{
    for (auto it = rects_.begin(); it != rects_.end(); ++it)
        if (it.value().contains(pos) && tips_.contains(it.key()))
            return tips_.value(it.key());
    return {};
}

int WalkView::layoutAndPaint(QPainter* p)
{
    rects_.clear();
    tips_.clear();
    const QFont ui = theme_.uiFont();
    const QFont mono = theme_.monoFont();
    const QFont heading = theme_.headingFont();
    const QFontMetrics fmUi(ui), fmMono(mono), fmHead(heading);
    const int pad = fmUi.height() / 3;
    const int line = fmMono.height();
    const int margin = pad * 2;
    const QColor text = theme_.color(ColorRole::Text);
    const QColor muted = theme_.color(ColorRole::MutedText);
    int y = margin;

    // The focused element and a lesson's highlights get rings inside their rectangle (the
    // next row or field starts right after it): the bit cells inside keep their colours.
    const int reach = focusRingReach(theme_);
    auto fillFocus = [&](const QString& id, const QRect& r) {
        rects_.insert(id, r);
        if (!p)
            return;
        if (pic_.focusedId == id
            || (id.startsWith(QLatin1String("walk.field.")) && !pic_.focusedId.isEmpty()
                && pic_.focusedId.mid(11) == id.mid(11)))
            paintFocusRing(*p, r.adjusted(reach, reach, -reach, -reach), theme_);
    };
    auto frame = [&](const QString& id, const QRect& r) {
        if (!p || !highlights_.contains(id))
            return;
        paintOutline(*p, r.adjusted(reach, reach, -reach, -reach), theme_);
    };
    auto drawText = [&](const QRect& r, const QFont& f, const QColor& c, const QString& s, int flags) {
        if (!p)
            return;
        p->setFont(f);
        p->setPen(c);
        p->drawText(r, flags, s);
    };

    // A typed address that is the one shown (e.g. just looked up) is not a separate probe.
    const bool probing = probe_.has_value() && !(pic_.valid && *probe_ == pic_.va);
    if (!pic_.valid && !probing) {
        const QRect r(margin, y, std::max(width() - 2 * margin, 200), line * 3);
        drawText(r, ui, muted,
            tr("No access yet. Run `access NAME ADDR` (or type an address above) to see its translation."),
            Qt::AlignLeft | Qt::TextWordWrap);
        return y + r.height() + margin;
    }

    // Heading: what is translated.
    const VAddr va = probing ? *probe_ : pic_.va;
    const PagingMode mode = probing ? probeMode_ : pic_.mode;
    QString title = probing ? tr("Address %1 (typed; no access made)").arg(hex(va))
        : pic_.inspected    ? tr("Look-up of %1 in %2 (pte: no access made)")
                               .arg(hex(va), QString::fromStdString(pic_.inspected->name))
                         : tr("%1 %2").arg(pic_.op ? opText(*pic_.op) : tr("access")).arg(hex(va));
    if (!probing && pic_.priv)
        title += *pic_.priv == Privilege::User ? tr(" (user mode)") : tr(" (supervisor mode)");
    title += QStringLiteral(" · ") + modeText(mode);
    // Wrapped to the view's width: a look-up's heading is long for a narrow dock.
    // The visible width: in its scroll area the view may be wider than what shows.
    const int visibleW = parentWidget() ? std::min(width(), parentWidget()->width()) : width();
    const int titleW = std::max(visibleW - 2 * margin, 200);
    const int titleH
        = fmHead.boundingRect(QRect(0, 0, titleW, 100 * fmHead.height()), Qt::TextWordWrap, title).height();
    drawText(QRect(margin, y, titleW, titleH), heading, text, title, Qt::AlignLeft | Qt::TextWordWrap);
    y += titleH + pad;

    // The virtual address split into its fields.
    const std::vector<Field> fields = fieldsOf(mode, probing ? 1 : pic_.leafLevel);
    int x = margin;
    const int fieldH = line * 3 + pad * 2;
    for (const Field& f : fields) {
        const int bits = f.high - f.low + 1;
        const u64 value = (va >> f.low) & ((u64 { 1 } << bits) - 1);
        const QString name = levelTitle(f.level);
        const QString range = QStringLiteral("%1:%2").arg(f.high).arg(f.low);
        const QString bin = bitsOf(value, bits);
        const QString val = f.level == 0 ? hex(value) : QString::number(value);
        const int w = std::max({ fmMono.horizontalAdvance(bin),
                          fmUi.horizontalAdvance(name + QStringLiteral("  ") + range),
                          fmMono.horizontalAdvance(val) })
            + 2 * pad;
        const QRect r(x, y, w, fieldH);
        const QString id = QStringLiteral("walk.field.") + levelWord(f.level);
        fillFocus(id, r);
        const bool reached = probing || f.level == 0 || (pic_.tlb && pic_.tlb->hit)
            || std::any_of(pic_.entries.begin(), pic_.entries.end(),
                [&](const WalkEntryStep& e) { return e.level == f.level; });
        const QColor c = reached ? text : muted;
        if (p) {
            p->setPen(theme_.color(ColorRole::Grid));
            p->setBrush(Qt::NoBrush);
            p->drawRect(r.adjusted(0, 0, -1, -1));
        }
        drawText(QRect(x + pad, y + pad, w - 2 * pad, line), ui, c, name + QStringLiteral("  ") + range,
            Qt::AlignLeft | Qt::AlignVCenter);
        drawText(QRect(x + pad, y + pad + line, w - 2 * pad, line), mono, c, bin,
            Qt::AlignLeft | Qt::AlignVCenter);
        drawText(QRect(x + pad, y + pad + 2 * line, w - 2 * pad, line), mono, c, val,
            Qt::AlignLeft | Qt::AlignVCenter);
        tips_.insert(id,
            f.level == 0
                ? tr("Bits %1 of the address: the offset inside the page (%2)").arg(range, hex(value))
                : tr("Bits %1 of the address: the index into the %2 table (entry %3)")
                      .arg(range, levelTitle(f.level))
                      .arg(value));
        frame(id, r);
        x += w + pad;
    }
    y += fieldH + pad * 2;
    int right = x;

    if (probing && !pic_.valid)
        return y + margin;
    if (probing) {
        drawText(QRect(margin, y, 4000, line), ui, muted,
            (pic_.inspected ? tr("Last look-up: %1") : tr("Last access: %1")).arg(hex(pic_.va)),
            Qt::AlignLeft | Qt::AlignVCenter);
        y += line + pad;
    }

    const int labelW = fmUi.horizontalAdvance(QStringLiteral("PDPT[511]")) + 3 * pad;
    auto row = [&](const QString& id, const QString& label, int lines) {
        const QRect r(margin, y, std::max(right, width() - margin) - margin, lines * line + 2 * pad);
        fillFocus(id, r);
        if (p) {
            p->setPen(theme_.color(ColorRole::Grid));
            p->drawLine(r.bottomLeft(), r.bottomRight());
        }
        drawText(
            QRect(r.x() + pad, r.y() + pad, labelW, line), ui, text, label, Qt::AlignLeft | Qt::AlignVCenter);
        y += r.height() + pad;
        return r;
    };
    auto cells
        = [&](int x0, int y0, const std::vector<std::pair<QString, int>>& items, const QString& baseTip) {
              // items: text, state (0 clear, 1 set, 2 reserved set, 3 set by this walk just now)
              int cx = x0;
              for (const auto& [s, state] : items) {
                  const int w = fmMono.horizontalAdvance(s) + pad * 2;
                  const QRect c(cx, y0, w, line);
                  if (p) {
                      if (state != 0) {
                          QColor fill = theme_.color(state == 2 ? ColorRole::Fault : ColorRole::Hit);
                          fill.setAlpha(state == 2 ? 160 : 70);
                          p->fillRect(c, fill);
                      }
                      p->setBrush(Qt::NoBrush);
                      if (state == 3) { // the bit the walk wrote: an outline that keeps the fill
                          p->setPen(QPen(theme_.color(ColorRole::Flash), 3));
                          p->drawRect(c.adjusted(1, 1, -2, -2));
                      } else {
                          p->setPen(theme_.color(ColorRole::Grid));
                          p->drawRect(c.adjusted(0, 0, -1, -1));
                      }
                      p->setFont(mono);
                      p->setPen(state != 0 ? text : muted);
                      p->drawText(c, Qt::AlignCenter, s);
                  }
                  cx += w;
              }
              Q_UNUSED(baseTip);
              right = std::max(right, cx + margin);
              return cx;
          };

    // The TLB lookup.
    if (pic_.tlb) {
        const ev::TlbLookup& l = *pic_.tlb;
        const QString lvl = l.level == TlbLevel::L1 ? tr("L1 TLB") : tr("second-level TLB");
        const QString s = l.hit
            ? tr("hit in the %1 (PCID %2): page frame %3, %4 page: no walk")
                  .arg(lvl)
                  .arg(l.pcid)
                  .arg(hex(l.pfn))
                  .arg(QString::fromLatin1(toString(l.size).data(), qsizetype(toString(l.size).size())))
            : l.level == TlbLevel::Stlb
            ? tr("miss in both TLB levels (PCID %1): the MMU walks the page tables").arg(l.pcid)
            : tr("miss (PCID %1): the MMU walks the page tables").arg(l.pcid);
        const QRect r = row(QStringLiteral("walk.tlb"), tr("TLB"), 1);
        drawText(QRect(r.x() + labelW + pad, r.y() + pad, 4000, line), ui,
            l.hit ? theme_.color(ColorRole::Hit) : text, s, Qt::AlignLeft | Qt::AlignVCenter);
        tips_.insert(
            QStringLiteral("walk.tlb"), tr("The TLB is looked up first; a hit ends the translation"));
        frame(QStringLiteral("walk.tlb"), r);
    }

    // A look-up goes around the MMU: say so where an access shows its TLB lookup.
    if (pic_.inspected) {
        const QString said
            = tr("not consulted: `pte` reads the tables itself, so no Accessed or Dirty bit is set");
        const int textW = std::max(visibleW - 2 * margin - labelW - 2 * pad, 120);
        const int lines = std::clamp(
            (fmUi.boundingRect(QRect(0, 0, textW, 10 * line), Qt::TextWordWrap, said).height() + line - 1)
                / std::max(line, 1),
            1, 4);
        const QRect r = row(QStringLiteral("walk.tlb"), tr("TLB"), lines);
        drawText(QRect(r.x() + labelW + pad, r.y() + pad, textW, lines * line), ui, muted, said,
            Qt::AlignLeft | Qt::TextWordWrap);
        tips_.insert(QStringLiteral("walk.tlb"),
            tr("An inspection with `pte NAME ADDR`: the same entries an access would read, with no side "
               "effect"));
        frame(QStringLiteral("walk.tlb"), r);
    }

    // CR3.
    if (pic_.start) {
        const QRect r = row(QStringLiteral("walk.cr3"), tr("CR3"), 1);
        const QString s = pic_.start->mode == PagingMode::Pae
            ? tr("PDPT at %1 (its four entries are loaded in registers)").arg(hex(pic_.start->tableBase))
            : tr("top table (%1) at %2")
                  .arg(levelTitle(pagelab::geometry(pic_.start->mode).levels), hex(pic_.start->tableBase));
        drawText(QRect(r.x() + labelW + pad, r.y() + pad, 4000, line), mono, text, s,
            Qt::AlignLeft | Qt::AlignVCenter);
        tips_.insert(
            QStringLiteral("walk.cr3"), tr("CR3 holds the physical address of the top paging table"));
        frame(QStringLiteral("walk.cr3"), r);
    }

    // One row per entry read.
    const bool nxBit = mode != PagingMode::Bits32;
    for (const WalkEntryStep& e : pic_.entries) {
        const QString id = QStringLiteral("walk.entry.") + levelWord(e.level);
        const int digits = mode == PagingMode::Bits32 ? 8 : 16;
        // The entry as the walk left it up to the cursor: the value read, with the A and D bits
        // this walk has set so far (the chips show those as changed).
        const u64 changed = (e.accessedSet ? pte::A : 0) | (e.dirtySet ? pte::D : 0);
        const u64 now = e.entry | changed;
        const QString head = tr("entry at %1 = %2")
                                 .arg(hex(e.entryAddr),
                                     QStringLiteral("0x")
                                         + QString::number(now, 16).rightJustified(digits, QLatin1Char('0')));
        QString notes;
        if (e.accessedSet)
            notes += tr("  · A set");
        if (e.dirtySet)
            notes += tr("  · D set");
        const bool present = e.entry & pte::P;
        if (!present)
            notes += tr("  · not present");
        else if (e.leaf)
            notes += e.level == 1 ? tr("  · maps a 4 KiB page") : tr("  · maps a large page (PS=1)");
        // Where the row is narrower than the entry and its notes, the notes go under the chips
        // (a narrow dock cut "· D set" off).
        const int textW = visibleW - 2 * margin - labelW - 2 * pad;
        const bool notesBelow = !notes.isEmpty() && fmMono.horizontalAdvance(head + notes) > textW;
        const QRect r
            = row(id, QStringLiteral("%1[%2]").arg(levelTitle(e.level)).arg(e.index), notesBelow ? 3 : 2);
        drawText(QRect(r.x() + labelW + pad, r.y() + pad, 4000, line), mono, text,
            notesBelow ? head : head + notes, Qt::AlignLeft | Qt::AlignVCenter);
        if (notesBelow)
            drawText(QRect(r.x() + labelW + pad, r.y() + pad + 2 * line, 4000, line), mono, text,
                notes.trimmed(), Qt::AlignLeft | Qt::AlignVCenter);
        std::vector<std::pair<QString, int>> items;
        auto bit = [&](const QString& n, u64 m) {
            items.emplace_back(n, (changed & m) ? 3 : (now & m) ? 1 : 0);
        };
        if (nxBit)
            bit(QStringLiteral("NX"), pte::NX);
        if (present) {
            const PAddr addr = e.leaf && e.level > 1
                ? largePageBase(mode, e.entry, pagelab::geometry(mode).leafSize(e.level))
                : entryAddress(mode, e.entry);
            items.emplace_back((e.leaf ? tr("page %1") : tr("table %1")).arg(hex(addr)), 1);
        }
        bit(QStringLiteral("G"), pte::G);
        bit(e.level == 1 ? QStringLiteral("PAT") : QStringLiteral("PS"), pte::PS);
        bit(QStringLiteral("D"), pte::D);
        bit(QStringLiteral("A"), pte::A);
        bit(QStringLiteral("PCD"), pte::PCD);
        bit(QStringLiteral("PWT"), pte::PWT);
        bit(QStringLiteral("U/S"), pte::US);
        bit(QStringLiteral("R/W"), pte::RW);
        bit(QStringLiteral("P"), pte::P);
        if (e.reserved)
            items.emplace_back(tr("reserved bits set"), 2);
        cells(r.x() + labelW + pad, r.y() + pad + line, items, {});
        tips_.insert(id,
            tr("The %1 entry the walk read (index %2). Filled cells are bits that are set.")
                .arg(levelTitle(e.level))
                .arg(e.index));
        frame(id, r);
    }

    // The result.
    if (pic_.translated) {
        const QRect r = row(QStringLiteral("walk.result"), tr("Result"), 1);
        const QString s = tr("physical address %1 (%2 page%3)")
                              .arg(hex(pic_.translated->pa))
                              .arg(QString::fromLatin1(toString(pic_.translated->size).data(),
                                  qsizetype(toString(pic_.translated->size).size())))
                              .arg(pic_.translated->fromTlb ? tr(", from the TLB") : QString());
        drawText(QRect(r.x() + labelW + pad, r.y() + pad, 4000, line), mono, theme_.color(ColorRole::Hit), s,
            Qt::AlignLeft | Qt::AlignVCenter);
        tips_.insert(QStringLiteral("walk.result"), tr("The physical address the access uses"));
    } else if (pic_.fault) {
        const ev::PageFault& f = *pic_.fault;
        const QString reason
            = QString::fromLatin1(toString(f.reason).data(), qsizetype(toString(f.reason).size()));
        if (f.kind == FaultKind::GeneralProtection) {
            const QRect r = row(QStringLiteral("walk.result"), tr("Fault"), 1);
            drawText(QRect(r.x() + labelW + pad, r.y() + pad, 4000, line), mono,
                theme_.color(ColorRole::Fault), tr("#GP (general protection): %1").arg(reason),
                Qt::AlignLeft | Qt::AlignVCenter);
        } else {
            const QRect r = row(QStringLiteral("walk.result"), tr("Fault"), 2);
            drawText(QRect(r.x() + labelW + pad, r.y() + pad, 4000, line), mono,
                theme_.color(ColorRole::Fault),
                tr("#PF at CR2=%1, error code %2 (%3)").arg(hex(f.cr2), hex(f.errorCode), reason),
                Qt::AlignLeft | Qt::AlignVCenter);
            const u32 c = f.errorCode;
            cells(r.x() + labelW + pad, r.y() + pad + line,
                { { (c & pf::P) ? tr("P=1 protection") : tr("P=0 not present"), (c & pf::P) ? 1 : 0 },
                    { (c & pf::W) ? tr("W=1 write") : tr("W=0 read"), (c & pf::W) ? 1 : 0 },
                    { (c & pf::U) ? tr("U=1 user") : tr("U=0 supervisor"), (c & pf::U) ? 1 : 0 },
                    { tr("RSVD=%1").arg((c & pf::RSVD) ? 1 : 0), (c & pf::RSVD) ? 2 : 0 },
                    { tr("I/D=%1").arg((c & pf::ID) ? 1 : 0), (c & pf::ID) ? 1 : 0 } },
                {});
        }
        tips_.insert(QStringLiteral("walk.result"),
            tr("The fault the MMU raised, with its error code decoded bit by bit"));
    } else if (pic_.inspected && pic_.finished()) {
        const auto pa = pic_.inspectedAddress();
        const WalkEntryStep* last = pic_.entries.empty() ? nullptr : &pic_.entries.back();
        const QString s = pa
            ? tr("maps physical address %1 (no access made, so no rights checked)").arg(hex(*pa))
            : !last ? tr("no entry read: the address is not canonical")
            : last->reserved
            ? tr("a reserved bit is set in the %1 entry: an access would fault").arg(levelTitle(last->level))
            : tr("the %1 entry is not present: an access would fault").arg(levelTitle(last->level));
        // Wrapped at the row's width, as the TLB row is: a narrow dock cut the sentence off.
        const int textW = std::max(visibleW - 2 * margin - labelW - 2 * pad, 120);
        const int lines = std::clamp(
            (fmMono.boundingRect(QRect(0, 0, textW, 10 * line), Qt::TextWordWrap, s).height() + line - 1)
                / std::max(line, 1),
            1, 4);
        const QRect r = row(QStringLiteral("walk.result"), tr("Result"), lines);
        drawText(QRect(r.x() + labelW + pad, r.y() + pad, textW, lines * line), mono,
            theme_.color(pa ? ColorRole::Hit : ColorRole::Fault), s, Qt::AlignLeft | Qt::TextWordWrap);
        tips_.insert(
            QStringLiteral("walk.result"), tr("Where the walk ends, read without accessing the page"));
    } else if (!pic_.finished()) {
        // A TLB hit makes no walk (unless it must set D): the access, not a walk, goes on.
        const bool noWalk = pic_.tlb && pic_.tlb->hit && !pic_.start;
        drawText(QRect(margin, y, 4000, line), ui, muted,
            noWalk ? tr("… (the access goes on: step forward)") : tr("… (the walk goes on: step forward)"),
            Qt::AlignLeft | Qt::AlignVCenter);
        y += line + pad;
    }
    if (rects_.contains(QStringLiteral("walk.result")))
        frame(QStringLiteral("walk.result"), rects_.value(QStringLiteral("walk.result")));
    if (!p)
        setMinimumWidth(std::min(right, 1400));
    return y + margin;
}

} // namespace pagelab::ui
