#include "tlb/tlb_model.h"

#include "machine/machine.h"
#include "player/player.h"
#include "theme/theme.h"

#include <QFont>
#include <QStringList>

#include <algorithm>
#include <span>

namespace pagelab::ui {

namespace {

QString hex(u64 v)
{
    return QStringLiteral("0x") + QString::number(v, 16);
}

QString sizeText(PageSize s)
{
    return QString::fromLatin1(toString(s).data(), qsizetype(toString(s).size()));
}

QString levelText(TlbLevel l)
{
    return l == TlbLevel::L1 ? TlbModel::tr("L1") : TlbModel::tr("STLB");
}

} // namespace

TlbModel::TlbModel(Player& player, const Theme& theme, QObject* parent)
    : QAbstractTableModel(parent)
    , player_(player)
    , theme_(theme)
{
    rebuild();
}

int TlbModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int TlbModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void TlbModel::rebuild()
{
    beginResetModel();
    rows_.clear();
    const Tlb& tlb = player_.state().machine().tlb();
    l1Sets_ = tlb.sets(TlbLevel::L1);
    l1Ways_ = tlb.config().ways;
    stlbWays_ = tlb.config().stlbWays;
    auto add = [this](const std::vector<TlbEntry>& slots, TlbLevel level, u32 ways) {
        if (ways == 0)
            return;
        rows_.reserve(rows_.size() + slots.size());
        for (std::size_t base = 0; base + ways <= slots.size(); base += ways) {
            // LRU rank within the set: how many valid ways were used more recently.
            for (u32 w = 0; w < ways; ++w) {
                const TlbEntry& e = slots[base + w];
                int rank = 0;
                for (u32 o = 0; o < ways; ++o) {
                    const TlbEntry& other = slots[base + o];
                    if (o != w && other.valid && other.lastUse > e.lastUse)
                        ++rank;
                }
                rows_.push_back(Row { level, u32(base / ways), w, e, rank });
            }
        }
    };
    add(tlb.l1(), TlbLevel::L1, l1Ways_);
    const std::size_t l1Rows = rows_.size();
    add(tlb.stlb(), TlbLevel::Stlb, stlbWays_);
    stlbRows_ = int(rows_.size() - l1Rows);
    endResetModel();
    updateOverlay();
}

void TlbModel::updateOverlay()
{
    const std::vector<int> before = markedRows();
    overlayMark_ = Mark::None;
    overlayWay_ = -1;
    overlayStlbSet_ = -1;
    eventText_.clear();
    removed_.clear();
    const Tlb& tlb = player_.state().machine().tlb();
    if (const Event* e = player_.focusedEvent()) {
        if (const auto* l = std::get_if<ev::TlbLookup>(&e->data)) {
            overlayMark_ = l->hit ? Mark::LookupHit : Mark::LookupMiss;
            // A miss reports size 4K and the last level probed: L1 was probed first, then the
            // STLB (when there is one), each at the set for 4 KiB pages.
            overlayLevel_ = l->hit ? l->level : TlbLevel::L1;
            overlaySet_ = tlb.setOf(overlayLevel_, l->va, l->size);
            if (!l->hit && l->level == TlbLevel::Stlb)
                overlayStlbSet_ = int(tlb.setOf(TlbLevel::Stlb, l->va, l->size));
            const QString where = l->hit ? tr("%1 set %2").arg(levelText(l->level)).arg(overlaySet_)
                : overlayStlbSet_ >= 0 ? tr("L1 set %1 and STLB set %2").arg(overlaySet_).arg(overlayStlbSet_)
                                       : tr("L1 set %1").arg(overlaySet_);
            eventText_ = l->hit
                ? tr("Lookup %1 (PCID %2): hit in %3").arg(hex(l->va)).arg(l->pcid).arg(where)
                : tr("Lookup %1 (PCID %2): miss in %3").arg(hex(l->va)).arg(l->pcid).arg(where);
        } else if (const auto* f = std::get_if<ev::TlbFill>(&e->data)) {
            overlayMark_ = Mark::Filled;
            overlayLevel_ = f->level;
            overlaySet_ = f->set;
            overlayWay_ = int(f->way);
            eventText_ = f->evicted ? tr("Fill %1 set %2 way %3 with page %4, evicting page %5")
                                          .arg(levelText(f->level))
                                          .arg(f->set)
                                          .arg(f->way)
                                          .arg(hex(f->va))
                                          .arg(hex(f->evictedVa))
                                    : tr("Fill %1 set %2 way %3 with page %4")
                                          .arg(levelText(f->level))
                                          .arg(f->set)
                                          .arg(f->way)
                                          .arg(hex(f->va));
        } else if (const auto* rm = std::get_if<ev::TlbEntryRemoved>(&e->data)) {
            markRemoved();
            eventText_ = rm->global ? tr("Remove %1 set %2 way %3: global page %4 (frame %5)")
                                          .arg(levelText(rm->level))
                                          .arg(rm->set)
                                          .arg(rm->way)
                                          .arg(hex(rm->va))
                                          .arg(hex(rm->pfn))
                                    : tr("Remove %1 set %2 way %3: page %4 (frame %5, PCID %6)")
                                          .arg(levelText(rm->level))
                                          .arg(rm->set)
                                          .arg(rm->way)
                                          .arg(hex(rm->va))
                                          .arg(hex(rm->pfn))
                                          .arg(rm->pcid);
        } else if (const auto* i = std::get_if<ev::TlbInvalidate>(&e->data)) {
            const QString which = markRemoved();
            eventText_ = tr("INVLPG %1 (PCID %2): %n entry(s) removed", nullptr, int(i->removed))
                             .arg(hex(i->va))
                             .arg(i->pcid);
            if (!which.isEmpty())
                eventText_ += QStringLiteral(": ") + which;
        } else if (const auto* fl = std::get_if<ev::TlbFlush>(&e->data)) {
            const QString which = markRemoved();
            eventText_ = fl->kind == TlbFlushKind::All
                ? tr("Flush: every entry, global ones too: %n removed", nullptr, int(fl->removed))
                : fl->kind == TlbFlushKind::Cr3NoFlush
                ? tr("CR3 load without flush (PCID %1)").arg(fl->pcid)
                : tr("CR3 load: non-global entries flushed: %n removed", nullptr, int(fl->removed));
            if (!which.isEmpty())
                eventText_ += QStringLiteral(": ") + which;
        }
    }
    std::vector<int> changed = markedRows();
    changed.insert(changed.end(), before.begin(), before.end());
    if (changed.empty())
        return;
    const auto [lo, hi] = std::minmax_element(changed.begin(), changed.end());
    Q_EMIT dataChanged(index(*lo, 0), index(*hi, ColumnCount - 1));
}

QString TlbModel::markRemoved()
{
    const std::span<const Event> events = player_.commandEvents();
    const std::size_t focused = player_.shownEvents(); // one past the focused event
    if (focused == 0 || focused > events.size())
        return {};
    // The focused TlbEntryRemoved alone, or the run of them right before the summary.
    std::size_t first = focused - 1;
    if (!std::holds_alternative<ev::TlbEntryRemoved>(events[first].data))
        while (first > 0 && std::holds_alternative<ev::TlbEntryRemoved>(events[first - 1].data))
            --first;
    QStringList names;
    for (std::size_t i = first; i < focused; ++i) {
        const auto* rm = std::get_if<ev::TlbEntryRemoved>(&events[i].data);
        if (!rm)
            continue;
        const int r = rowOf(rm->level, rm->set, rm->way);
        if (r < 0)
            continue;
        TlbEntry gone;
        gone.valid = true;
        gone.pageVa = rm->va;
        gone.pfn = rm->pfn;
        gone.size = rm->size;
        gone.pcid = rm->pcid;
        gone.global = rm->global;
        removed_.emplace_back(r, gone);
        names << tr("%1 set %2 way %3 (%4)")
                     .arg(levelText(rm->level))
                     .arg(rm->set)
                     .arg(rm->way)
                     .arg(hex(rm->va));
    }
    if (!removed_.empty())
        overlayMark_ = Mark::Removed;
    return names.join(QStringLiteral(", "));
}

TlbEntry TlbModel::shownEntry(int r) const
{
    const TlbEntry& e = rows_[std::size_t(r)].entry;
    for (const auto& [row, gone] : removed_) {
        // The slot still holds it (stepping: the state is before the command): show it whole.
        if (row == r && !(e.valid && e.pageVa == gone.pageVa && e.pcid == gone.pcid && e.size == gone.size))
            return gone;
    }
    return e;
}

bool TlbModel::isGhost(int r) const
{
    const TlbEntry shown = shownEntry(r);
    const TlbEntry& e = rows_[std::size_t(r)].entry;
    return shown.valid
        && !(e.valid && e.pageVa == shown.pageVa && e.pcid == shown.pcid && e.size == shown.size);
}

int TlbModel::rowOf(TlbLevel level, u32 set, u32 way) const
{
    const u32 ways = level == TlbLevel::L1 ? l1Ways_ : stlbWays_;
    if (ways == 0 || way >= ways)
        return -1;
    const std::size_t base = level == TlbLevel::L1 ? 0 : rows_.size() - std::size_t(stlbRows_);
    const std::size_t r = base + std::size_t(set) * ways + way;
    const std::size_t end = level == TlbLevel::L1 ? rows_.size() - std::size_t(stlbRows_) : rows_.size();
    return r < end ? int(r) : -1;
}

std::vector<int> TlbModel::markedRows() const
{
    std::vector<int> out;
    if (overlayMark_ == Mark::None)
        return out;
    if (overlayMark_ == Mark::Removed) {
        for (const auto& [row, gone] : removed_)
            out.push_back(row);
        return out;
    }
    if (overlayWay_ >= 0) {
        if (const int r = rowOf(overlayLevel_, overlaySet_, u32(overlayWay_)); r >= 0)
            out.push_back(r);
        return out;
    }
    const u32 ways = overlayLevel_ == TlbLevel::L1 ? l1Ways_ : stlbWays_;
    for (u32 w = 0; w < ways; ++w)
        if (const int r = rowOf(overlayLevel_, overlaySet_, w); r >= 0)
            out.push_back(r);
    if (overlayStlbSet_ >= 0)
        for (u32 w = 0; w < stlbWays_; ++w)
            if (const int r = rowOf(TlbLevel::Stlb, u32(overlayStlbSet_), w); r >= 0)
                out.push_back(r);
    return out;
}

TlbModel::Mark TlbModel::mark(int r) const
{
    if (overlayMark_ == Mark::None || r < 0 || r >= int(rows_.size()))
        return Mark::None;
    const Row& row = rows_[std::size_t(r)];
    if (overlayMark_ == Mark::Removed)
        return std::any_of(removed_.begin(), removed_.end(), [r](const auto& x) { return x.first == r; })
            ? Mark::Removed
            : Mark::None;
    if (overlayStlbSet_ >= 0 && row.level == TlbLevel::Stlb && row.set == u32(overlayStlbSet_))
        return overlayMark_;
    if (row.level != overlayLevel_ || row.set != overlaySet_)
        return Mark::None;
    if (overlayWay_ >= 0 && row.way != u32(overlayWay_))
        return Mark::None;
    return overlayMark_;
}

void TlbModel::setHighlights(const QStringList& ids)
{
    hlSets_.clear();
    hlEntries_.clear();
    hlStlb_ = false;
    for (const QString& id : ids) {
        const QStringList parts = id.split(QLatin1Char('.'));
        if (parts.size() < 2 || parts[0] != QLatin1String("tlb"))
            continue;
        bool ok1 = false, ok2 = false;
        if (parts[1] == QLatin1String("stlb") && parts.size() == 2) {
            hlStlb_ = true;
        } else if (parts[1] == QLatin1String("set") && parts.size() == 3) {
            const u32 set = parts[2].toUInt(&ok1);
            if (ok1)
                hlSets_.push_back(set);
        } else if (parts[1] == QLatin1String("entry") && parts.size() == 4) {
            const u32 set = parts[2].toUInt(&ok1), way = parts[3].toUInt(&ok2);
            if (ok1 && ok2)
                hlEntries_.emplace_back(set, way);
        }
    }
    if (!rows_.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(rows_.size()) - 1, ColumnCount - 1));
}

bool TlbModel::highlighted(int r) const
{
    const Row& row = rows_[std::size_t(r)];
    if (row.level == TlbLevel::Stlb)
        return hlStlb_;
    if (std::find(hlSets_.begin(), hlSets_.end(), row.set) != hlSets_.end())
        return true;
    return std::find(hlEntries_.begin(), hlEntries_.end(), std::pair { row.set, row.way })
        != hlEntries_.end();
}

QColor TlbModel::markColor(Mark m) const
{
    switch (m) {
    case Mark::LookupHit: return theme_.color(ColorRole::Hit);
    case Mark::LookupMiss: return theme_.color(ColorRole::Miss);
    case Mark::Filled: break; // no tint: the table's focus ring says it (tlb_table_view.h)
    case Mark::Removed: return theme_.color(ColorRole::Fault);
    case Mark::None: break;
    }
    return {};
}

QVariant TlbModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = rows_[std::size_t(index.row())];
    const TlbEntry e = shownEntry(index.row());
    switch (role) {
    case Qt::FontRole:
        if (mark(index.row()) == Mark::Removed) { // struck out: INVLPG or a flush removes it
            QFont f = theme_.monoFont();
            f.setStrikeOut(true);
            return f;
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case LevelColumn: return levelText(row.level);
        case SetColumn: return row.set;
        case WayColumn: return row.way;
        case PageColumn: return e.valid ? hex(e.pageVa) : tr("(empty)");
        case FrameColumn: return e.valid ? QVariant(hex(e.pfn)) : QVariant();
        case PcidColumn:
            return e.valid ? (e.global ? tr("%1 (G)").arg(e.pcid) : QString::number(e.pcid)) : QVariant();
        case SizeColumn: return e.valid ? QVariant(sizeText(e.size)) : QVariant();
        case FlagsColumn: {
            if (!e.valid)
                return {};
            if (isGhost(index.row())) // the event names the page, not its rights
                return e.global ? QStringLiteral("G") : QVariant();
            QStringList f;
            if (e.global)
                f << QStringLiteral("G");
            f << (e.rights.writable ? QStringLiteral("RW") : QStringLiteral("RO"));
            f << (e.rights.user ? QStringLiteral("U") : QStringLiteral("S"));
            if (!e.rights.executable)
                f << QStringLiteral("NX");
            if (e.dirty)
                f << QStringLiteral("D");
            return f.join(QLatin1Char(' '));
        }
        case LruColumn: return e.valid && !isGhost(index.row()) ? QVariant(row.lruRank) : QVariant();
        }
        return {};
    case Qt::ToolTipRole: {
        const TlbEntry& t = row.entry; // the slot as it is, not a removed entry shown struck out
        if (!t.valid)
            return tr("%1 set %2 way %3: empty").arg(levelText(row.level)).arg(row.set).arg(row.way);
        return tr("%1 set %2 way %3: page %4 (%5) maps frame %6 for PCID %7%8; %9, %10%11%12. "
                  "LRU rank %13 in its set (0 = most recently used).")
            .arg(levelText(row.level))
            .arg(row.set)
            .arg(row.way)
            .arg(hex(t.pageVa))
            .arg(sizeText(t.size))
            .arg(hex(t.pfn))
            .arg(t.pcid)
            .arg(t.global ? tr(", global") : QString())
            .arg(t.rights.writable ? tr("writable") : tr("read-only"))
            .arg(t.rights.user ? tr("user") : tr("supervisor only"))
            .arg(t.rights.executable ? QString() : tr(", no execute"))
            .arg(t.dirty ? tr(", dirty") : QString())
            .arg(row.lruRank);
    }
    case Qt::BackgroundRole: {
        // A highlighted row gets an outline from the table (tlb_table_view.h), not a tint.
        if (QColor c = markColor(mark(index.row())); c.isValid()) {
            c.setAlpha(110);
            return c;
        }
        return {};
    }
    case Qt::ForegroundRole:
        if (!e.valid)
            return theme_.color(ColorRole::MutedText);
        if (index.column() == PcidColumn) {
            static constexpr ColorRole series[] = { ColorRole::Series1, ColorRole::Series2,
                ColorRole::Series3, ColorRole::Series4, ColorRole::Series5, ColorRole::Series6 };
            return theme_.color(series[e.pcid % 6]);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == FlagsColumn || index.column() == LevelColumn
            ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
            : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case PcidRole: return e.valid ? QVariant(int(e.pcid)) : QVariant();
    case MarkRole: return int(mark(index.row()));
    case ValidRole: return row.entry.valid;
    case HighlightedRole: return highlighted(index.row());
    }
    return {};
}

QVariant TlbModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    switch (section) {
    case LevelColumn: return tr("Level");
    case SetColumn: return tr("Set");
    case WayColumn: return tr("Way");
    case PageColumn: return tr("Virtual page");
    case FrameColumn: return tr("Frame");
    case PcidColumn: return tr("PCID");
    case SizeColumn: return tr("Size");
    case FlagsColumn: return tr("Flags");
    case LruColumn: return tr("LRU");
    }
    return {};
}

} // namespace pagelab::ui
