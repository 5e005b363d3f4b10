#include "swap/swap_tiers_model.h"

#include "hw/page_walker.h"
#include "hw/paging_entry.h"
#include "journal/journal.h"
#include "kernel/kernel.h"
#include "machine/machine.h"
#include "machine/session.h"

#include <QCoreApplication>

#include <functional>

namespace pagelab::ui {

namespace {

quint64 slotKey(u32 type, u64 slot)
{
    return (quint64(type) << 48) | quint64(slot);
}

// Sign-extends a linear address built from table indexes (4- and 5-level paging).
u64 canonical(PagingMode mode, u64 va)
{
    const int bits = geometry(mode).linearBits;
    if (bits >= 64 || mode == PagingMode::Bits32 || mode == PagingMode::Pae)
        return va;
    const u64 sign = u64 { 1 } << (bits - 1);
    return (va & sign) ? (va | ~((sign << 1) - 1)) : va;
}

} // namespace

void SwapTiersModel::rebuild(const Session& state, const Journal& journal, std::size_t visibleEvents)
{
    lanes_.clear();
    holders_.clear();
    cache_.clear();
    const auto& kern = state.kernel();
    int group = -1;
    int lastPrio = 0;
    for (const kernel::SwapArea* a : kern.swapSpace().areas()) {
        SwapLane lane;
        lane.name = QString::fromStdString(a->name);
        lane.type = a->type;
        lane.prio = a->prio;
        lane.size = a->size;
        lane.used = a->used;
        lane.latencyNs = a->latencyNs;
        lane.outs = a->outs;
        lane.ins = a->ins;
        lane.writeOk = a->writeOk;
        lane.count = QVector<u32>(a->count.begin(), a->count.end());
        lane.cached.resize(qsizetype(a->cached.size()));
        for (std::size_t i = 0; i < a->cached.size(); ++i) {
            lane.cached[qsizetype(i)] = a->cached[i] != 0;
            if (a->cached[i])
                if (auto pfn = kern.swapCacheLookup({ a->type, i }))
                    cache_.insert(slotKey(a->type, i), *pfn);
        }
        if (group < 0 || a->prio != lastPrio)
            ++group;
        lastPrio = a->prio;
        lane.group = group;
        lanes_.push_back(std::move(lane));
    }
    for (SwapLane& l : lanes_)
        for (const SwapLane& o : lanes_)
            if (&l != &o && l.group == o.group)
                l.groupShared = true;
    bool anyUsed = false;
    for (const SwapLane& l : lanes_)
        anyUsed = anyUsed || l.used > 0;
    if (anyUsed)
        findHolders(state);
    updateSwapInTime(journal, visibleEvents);
}

void SwapTiersModel::updateSwapInTime(const Journal& journal, std::size_t visibleEvents)
{
    countSwapIns(journal, visibleEvents);
    for (SwapLane& l : lanes_) {
        const auto t = swapInTotals_.value(l.name);
        l.swapInTimeNs = t.first;
        l.swapIns = t.second;
    }
}

// The swap entry lives in the PTE (do_swap_page reads it there): walk every process's
// present page tables and collect the leaf entries the kernel marks as swap entries. Only
// tables that exist are visited, so the cost follows the page tables, not the address space.
void SwapTiersModel::findHolders(const Session& state)
{
    const Machine& m = state.machine();
    const PhysicalMemory& mem = m.memory();
    for (const auto& p : m.processes()) {
        const CpuState cpu = m.cpuFor(*p);
        const PagingGeometry& g = geometry(cpu.mode);
        const QString name = QString::fromStdString(p->name);
        std::function<void(PAddr, int, u64)> visit = [&](PAddr table, int level, u64 base) {
            const u64 entries = u64 { 1 } << g.indexBits(level);
            for (u64 i = 0; i < entries; ++i) {
                const PAddr at = table + i * u64(g.entryBytes);
                if (at + u64(g.entryBytes) > mem.frameCount() * kPageSize)
                    return;
                const u64 e = mem.read(at, unsigned(g.entryBytes));
                if (e == 0)
                    continue;
                const u64 va = base | (i << g.shift(level));
                if (level == 1) {
                    if (kernel::Kernel::isSwapPte(e)) {
                        const kernel::SwapSlot s = kernel::Kernel::swapPteSlot(e);
                        holders_[slotKey(s.type, s.offset)].push_back({ name, canonical(cpu.mode, va) });
                    }
                    continue;
                }
                if ((e & pte::P) && !isLeaf(cpu, level, e))
                    visit(entryAddress(cpu.mode, e), level - 1, va);
            }
        };
        visit(cpu.tableBase(), g.levels, 0);
    }
}

void SwapTiersModel::countSwapIns(const Journal& journal, std::size_t visibleEvents)
{
    const auto& events = journal.events();
    visibleEvents = std::min(visibleEvents, events.size());
    if (&journal != countedJournal_ || counted_ > events.size()) {
        swapInTotals_.clear();
        counted_ = 0;
        countedJournal_ = &journal;
    }
    // Stepping back takes the events left behind off the totals: recounting from the start
    // cost a pass over the whole journal (millions of events) on every Back.
    for (; counted_ > visibleEvents; --counted_)
        if (const auto* in = std::get_if<ev::SwapIn>(&events[counted_ - 1].data)) {
            auto& t = swapInTotals_[QString::fromStdString(in->area)];
            t.first -= in->latencyNs;
            t.second -= 1;
        }
    for (; counted_ < visibleEvents; ++counted_)
        if (const auto* in = std::get_if<ev::SwapIn>(&events[counted_].data)) {
            auto& t = swapInTotals_[QString::fromStdString(in->area)];
            t.first += in->latencyNs;
            t.second += 1;
        }
}

std::optional<SwapFlash> SwapTiersModel::flashFor(const Event* event)
{
    if (!event)
        return std::nullopt;
    return std::visit(
        [](const auto& e) -> std::optional<SwapFlash> {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, ev::SwapOut>)
                return SwapFlash { QString::fromStdString(e.area), e.slot, true, e.pfn,
                    e.written ? QCoreApplication::translate("SwapTiersModel", "swap-out")
                              : QCoreApplication::translate("SwapTiersModel", "swap-out (clean)") };
            else if constexpr (std::is_same_v<T, ev::SwapIn>)
                return SwapFlash { QString::fromStdString(e.area), e.slot, false, e.pfn,
                    QCoreApplication::translate("SwapTiersModel", "swap-in") };
            else if constexpr (std::is_same_v<T, ev::SwapCacheAdd>)
                return SwapFlash { QString::fromStdString(e.area), e.slot, true, e.pfn,
                    QCoreApplication::translate("SwapTiersModel", "swap cache") };
            else if constexpr (std::is_same_v<T, ev::SwapCacheHit>)
                return SwapFlash { QString::fromStdString(e.area), e.slot, false, e.pfn,
                    QCoreApplication::translate("SwapTiersModel", "swap cache hit") };
            else if constexpr (std::is_same_v<T, ev::SwapCacheDelete>)
                return SwapFlash { QString::fromStdString(e.area), e.slot, false, e.pfn,
                    QCoreApplication::translate("SwapTiersModel", "leaves the swap cache") };
            else
                return std::nullopt;
        },
        event->data);
}

const SwapLane* SwapTiersModel::lane(const QString& name) const
{
    for (const SwapLane& l : lanes_)
        if (l.name == name)
            return &l;
    return nullptr;
}

QVector<SwapHolder> SwapTiersModel::holders(u32 type, u64 slot) const
{
    return holders_.value(slotKey(type, slot));
}

std::optional<Pfn> SwapTiersModel::cacheFrame(u32 type, u64 slot) const
{
    auto it = cache_.find(slotKey(type, slot));
    if (it == cache_.end())
        return std::nullopt;
    return *it;
}

} // namespace pagelab::ui
