#include "hw/tlb.h"

#include "journal/journal.h"

#include <bit>
#include <stdexcept>
#include <utility>

namespace pagelab {

namespace {

// log2 of each page size, indexed by PageSize.
constexpr u32 kShift[4] = { 12, 21, 22, 30 };

constexpr u32 shiftOf(PageSize s)
{
    return kShift[static_cast<u8>(s)];
}
constexpr u64 baseOf(VAddr va, u32 shift)
{
    return va & ~((u64 { 1 } << shift) - 1);
}

constexpr bool isPowerOfTwo(u32 v)
{
    return v != 0 && (v & (v - 1)) == 0;
}

// One level's geometry, as a sentence when it is wrong. `opt` is the script option name,
// `noun` what the level is called ("TLB", "second-level TLB").
std::string checkLevel(const char* opt, const char* noun, u32 entries, u32 ways)
{
    const std::string n = std::to_string(entries), w = std::to_string(ways);
    const std::string head = std::string(opt) + "=" + n + ":" + w + ": ";
    if (entries == 0)
        return head + "a " + noun + " needs at least one entry";
    if (entries > TlbConfig::kMaxEntries)
        return head + "PageLab simulates at most " + std::to_string(TlbConfig::kMaxEntries) + " entries in a "
            + noun + ", not " + n;
    if (ways == 0)
        return head + "a " + noun + " needs at least one way in each set";
    if (ways > entries)
        return head + "a set cannot have " + w + " ways when the whole " + noun + " has only " + n
            + " entries";
    if (entries % ways != 0)
        return head + n + " entries cannot be split into sets of " + w
            + " ways: the number of entries must be a multiple of the number of ways";
    // The set is picked by the low bits of the page number (SDM 4.10.2 leaves the
    // organisation to the implementation; real TLBs index this way), so sets = 2^k.
    if (!isPowerOfTwo(entries / ways))
        return head + n + " entries in sets of " + w + " ways make " + std::to_string(entries / ways)
            + " sets, but the number of sets must be a power of two (1, 2, 4, 8, ...)"
              " because the set is chosen by the low bits of the page number";
    return {};
}

} // namespace

std::string TlbConfig::validate() const
{
    if (std::string err = checkLevel("tlb", "TLB", entries, ways); !err.empty())
        return err;
    if (stlbEntries != 0)
        return checkLevel("stlb", "second-level TLB", stlbEntries, stlbWays);
    return {};
}

Tlb::Tlb(TlbConfig config)
    : config_(config)
{
    if (std::string err = config_.validate(); !err.empty())
        throw std::invalid_argument(err);
    l1_.resize(config_.entries);
    l1Info_.ways = config_.ways;
    l1Info_.setMask = config_.entries / config_.ways - 1;
    if (config_.stlbEntries) {
        stlb_.resize(config_.stlbEntries);
        stlbInfo_.ways = config_.stlbWays;
        stlbInfo_.setMask = config_.stlbEntries / config_.stlbWays - 1;
    }
}

u32 Tlb::sets(TlbLevel level) const
{
    const Level& lv = level == TlbLevel::L1 ? l1Info_ : stlbInfo_;
    return lv.ways ? lv.setMask + 1 : 0;
}

// A TLB is indexed by the page number of the page an entry maps (for a large page, of the
// large page), so a lookup probes one set per page size the level holds (SDM 4.10.2.3: the
// processor may cache large pages in separate structures; here they share the sets).
// An entry matches when it maps the page containing `va` and is global or tagged with the
// current PCID (SDM 4.10.1, 4.10.2.4).
[[gnu::always_inline]] inline TlbEntry* Tlb::find(
    std::vector<TlbEntry>& slots, const Level& lv, VAddr va, u16 pcid)
{
    // Hot path: most lookups find a 4K entry, and most TLBs hold nothing else.
    for (u32 sizes = lv.sizes; sizes; sizes &= sizes - 1) {
        const u32 s = static_cast<u32>(std::countr_zero(sizes));
        const u32 shift = kShift[s];
        const VAddr page = baseOf(va, shift);
        TlbEntry* e = slots.data() + static_cast<std::size_t>((va >> shift) & lv.setMask) * lv.ways;
        for (TlbEntry* end = e + lv.ways; e != end; ++e) {
            if (e->pageVa == page && e->valid && static_cast<u32>(e->size) == s
                && (e->global || e->pcid == pcid))
                return e;
        }
    }
    return nullptr;
}

std::optional<TlbHit> Tlb::lookup(VAddr va, u16 pcid, Journal* journal)
{
    if (TlbEntry* e = find(l1_, l1Info_, va, pcid)) [[likely]] {
        e->lastUse = ++clock_; // LRU: a hit makes the entry the most recently used of its set
        record(journal, ev::TlbLookup { va, pcid, true, TlbLevel::L1, e->size, e->pfn });
        return TlbHit { *e, TlbLevel::L1 };
    }
    return lookupMiss(va, pcid, journal);
}

// An L1 miss: try the STLB, whose hit refills L1 (as on real parts, SDM 4.10.2).
std::optional<TlbHit> Tlb::lookupMiss(VAddr va, u16 pcid, Journal* journal)
{
    if (!stlb_.empty()) {
        if (TlbEntry* e = find(stlb_, stlbInfo_, va, pcid)) {
            e->lastUse = ++clock_;
            const TlbEntry copy = *e;
            record(journal, ev::TlbLookup { va, pcid, true, TlbLevel::Stlb, copy.size, copy.pfn });
            insert(l1_, l1Info_, TlbLevel::L1, copy, journal);
            return TlbHit { copy, TlbLevel::Stlb };
        }
    }
    record(journal,
        ev::TlbLookup {
            va, pcid, false, stlb_.empty() ? TlbLevel::L1 : TlbLevel::Stlb, PageSize::Size4K, 0 });
    return std::nullopt;
}

// Places `entry` in its set: over an entry for the same translation if there is one (a
// re-walk to set D fills again), else in an invalid way, else over the least recently used.
void Tlb::insert(
    std::vector<TlbEntry>& slots, Level& lv, TlbLevel level, const TlbEntry& entry, Journal* journal)
{
    const u32 shift = shiftOf(entry.size);
    const VAddr page = baseOf(entry.pageVa, shift);
    const u32 set = static_cast<u32>((page >> shift) & lv.setMask);
    TlbEntry* base = slots.data() + static_cast<std::size_t>(set) * lv.ways;

    // An entry is the same translation when it would answer the same lookups: same page and
    // size, and same PCID or either one global.
    auto same = [&](const TlbEntry& e) {
        return e.valid && e.pageVa == page && e.size == entry.size
            && (e.pcid == entry.pcid || e.global || entry.global);
    };

    // One pass: the first entry for the same translation (further ones are dropped), the
    // first invalid way, and the least recently used valid way.
    const u32 none = lv.ways;
    u32 dup = none, invalid = none, lru = 0;
    u64 oldest = ~u64 { 0 };
    for (u32 w = 0; w < lv.ways; ++w) {
        TlbEntry& e = base[w];
        if (!e.valid) {
            if (invalid == none)
                invalid = w;
        } else if (same(e)) {
            if (dup == none) {
                dup = w;
            } else { // a further duplicate (several PCIDs, now covered by a global entry)
                lv.remove(e.size);
                e = TlbEntry {};
                if (invalid == none)
                    invalid = w;
            }
        } else if (e.lastUse < oldest) {
            oldest = e.lastUse;
            lru = w;
        }
    }
    const bool duplicate = dup != none;
    const u32 way = duplicate ? dup : invalid != none ? invalid : lru;

    TlbEntry& slot = base[way];
    const bool evicted = slot.valid && !duplicate;
    const VAddr evictedVa = evicted ? slot.pageVa : 0;
    if (slot.valid)
        lv.remove(slot.size);
    slot = entry;
    slot.valid = true;
    slot.pageVa = page;
    slot.lastUse = ++clock_;
    lv.add(entry.size);
    record(journal,
        ev::TlbFill {
            page, entry.pcid, level, set, way, entry.size, entry.pfn, entry.global, evicted, evictedVa });
}

void Tlb::fill(const TlbEntry& entry, Journal* journal)
{
    insert(l1_, l1Info_, TlbLevel::L1, entry, journal);
    // Real STLBs hold only 4K and 2M translations; ours keeps every size, for simplicity.
    if (!stlb_.empty())
        insert(stlb_, stlbInfo_, TlbLevel::Stlb, entry, journal);
}

void Tlb::remove(std::vector<TlbEntry>& slots, Level& lv, TlbLevel level, std::size_t index, Journal* journal)
{
    const TlbEntry e = std::exchange(slots[index], TlbEntry {});
    lv.remove(e.size);
    if (journal) // after the removal: the views strike out exactly these entries
        record(journal,
            ev::TlbEntryRemoved { level, static_cast<u32>(index / lv.ways), static_cast<u32>(index % lv.ways),
                e.pageVa, e.pcid, e.size, e.pfn, e.global });
}

u32 Tlb::removeIf(std::vector<TlbEntry>& slots, Level& lv, TlbLevel level, bool (*pred)(const TlbEntry&, u16),
    u16 pcid, Journal* journal)
{
    u32 removed = 0;
    for (std::size_t i = 0; i < slots.size(); ++i) {
        if (slots[i].valid && pred(slots[i], pcid)) {
            remove(slots, lv, level, i, journal);
            ++removed;
        }
    }
    return removed;
}

u32 Tlb::invlpgLevel(
    std::vector<TlbEntry>& slots, Level& lv, TlbLevel level, VAddr va, u16 pcid, Journal* journal)
{
    u32 removed = 0;
    for (u32 s = 0; s < 4; ++s) {
        if (!(lv.sizes & (1u << s)))
            continue;
        const u32 shift = kShift[s];
        const VAddr page = baseOf(va, shift);
        const std::size_t first = static_cast<std::size_t>((va >> shift) & lv.setMask) * lv.ways;
        for (std::size_t i = first; i != first + lv.ways; ++i) {
            const TlbEntry& e = slots[i];
            if (e.valid && e.pageVa == page && static_cast<u32>(e.size) == s
                && (e.global || e.pcid == pcid)) {
                remove(slots, lv, level, i, journal);
                ++removed;
            }
        }
    }
    return removed;
}

// INVLPG removes the entries for the page of `va` of the current PCID, and global entries
// whatever their PCID, at every level (SDM 4.10.4.1).
u32 Tlb::invlpg(VAddr va, u16 pcid, Journal* journal)
{
    u32 removed = invlpgLevel(l1_, l1Info_, TlbLevel::L1, va, pcid, journal);
    if (!stlb_.empty())
        removed += invlpgLevel(stlb_, stlbInfo_, TlbLevel::Stlb, va, pcid, journal);
    record(journal, ev::TlbInvalidate { va, pcid, removed });
    return removed;
}

// MOV to CR3 (SDM 4.10.4.1): with CR4.PCIDE=0 every non-global entry goes; with PCIDE=1 those
// of the new PCID. Global entries stay either way.
u32 Tlb::flushNonGlobal(u16 pcid, bool allPcids, Journal* journal)
{
    auto pred = allPcids ? +[](const TlbEntry& e, u16) { return !e.global; }
                         : +[](const TlbEntry& e, u16 p) { return !e.global && e.pcid == p; };
    u32 removed = removeIf(l1_, l1Info_, TlbLevel::L1, pred, pcid, journal);
    if (!stlb_.empty())
        removed += removeIf(stlb_, stlbInfo_, TlbLevel::Stlb, pred, pcid, journal);
    record(journal, ev::TlbFlush { TlbFlushKind::Cr3Load, pcid, removed });
    return removed;
}

// Toggling CR4.PGE flushes everything, global entries included (SDM 4.10.4.1).
u32 Tlb::flushAll(Journal* journal)
{
    auto pred = +[](const TlbEntry&, u16) { return true; };
    u32 removed = removeIf(l1_, l1Info_, TlbLevel::L1, pred, 0, journal);
    if (!stlb_.empty())
        removed += removeIf(stlb_, stlbInfo_, TlbLevel::Stlb, pred, 0, journal);
    record(journal, ev::TlbFlush { TlbFlushKind::All, 0, removed });
    return removed;
}

} // namespace pagelab
