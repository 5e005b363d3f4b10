// The translation lookaside buffer: a set-associative cache of translations with LRU in each
// set, an optional second-level STLB, large-page entries, global entries and PCIDs.
// Like real hardware it is not coherent with the page tables: an entry stays usable until
// INVLPG or a flush removes it (SDM vol. 3, 4.10).
#pragma once

#include "hw/page_walker.h"

#include <optional>
#include <string>
#include <vector>

namespace pagelab {

class Journal;

struct TlbConfig {
    u32 entries = 16;
    u32 ways = 4;
    u32 stlbEntries = 0; // 0 = no second level
    u32 stlbWays = 0;

    static constexpr u32 kMaxEntries = 1u << 16;
    // Empty when valid, else a sentence saying what is wrong (e.g. "tlb=0:0: a TLB needs
    // at least one entry").
    std::string validate() const;
};

struct TlbEntry {
    bool valid = false;
    VAddr pageVa = 0; // linear address of the page base (aligned to its size)
    Pfn pfn = 0;      // first frame of the page
    PageSize size = PageSize::Size4K;
    u16 pcid = 0;
    bool global = false;
    Rights rights;
    bool dirty = false; // D as seen at fill; a write through a clean entry re-walks
    u64 lastUse = 0;    // LRU stamp within its set
};

struct TlbHit {
    TlbEntry entry;
    TlbLevel level;
};

class Tlb {
public:
    explicit Tlb(TlbConfig config); // throws std::invalid_argument when config is invalid

    const TlbConfig& config() const { return config_; }

    // Looks up `va` for `pcid` (global entries match any PCID). On an L1 miss and an STLB hit
    // the entry is copied into L1. Emits TlbLookup (and TlbFill for the L1 refill).
    std::optional<TlbHit> lookup(VAddr va, u16 pcid, Journal* journal);
    // Inserts a translation after a successful walk (into L1, and into the STLB if any),
    // replacing the least recently used way of the set. Emits TlbFill per level filled.
    void fill(const TlbEntry& entry, Journal* journal);
    // INVLPG: removes entries for the page containing `va` tagged with `pcid`, and global
    // entries for it whatever their PCID (SDM 4.10.4.1). Returns how many were removed.
    // INVLPG and the flushes emit one TlbEntryRemoved per entry, then their summary event.
    u32 invlpg(VAddr va, u16 pcid, Journal* journal);
    // MOV to CR3: removes the non-global entries of `pcid`; when `allPcids` (CR4.PCIDE=0),
    // removes every non-global entry.
    u32 flushNonGlobal(u16 pcid, bool allPcids, Journal* journal);
    // Removes everything, global entries too (CR4.PGE toggled, or `flush_tlb`).
    u32 flushAll(Journal* journal);

    // For views and `show tlb`: every slot, set-major then way (L1 first, then the STLB).
    const std::vector<TlbEntry>& l1() const { return l1_; }
    const std::vector<TlbEntry>& stlb() const { return stlb_; }
    u32 sets(TlbLevel level) const;
    // The set that holds (or would hold) the page of `size` containing `va`: the set a
    // lookup probes for that size (views flash it).
    u32 setOf(TlbLevel level, VAddr va, PageSize size) const
    {
        const Level& lv = level == TlbLevel::L1 ? l1Info_ : stlbInfo_;
        return static_cast<u32>((va / pageSizeBytes(size)) & lv.setMask);
    }

private:
    // Geometry and bookkeeping of one level. `count` holds the valid entries of each page size
    // (indexed by PageSize), so a lookup skips the sizes the level holds none of.
    struct Level {
        u32 ways = 0;
        u32 setMask = 0; // sets - 1 (sets is a power of two)
        u32 count[4] = {};
        u32 sizes = 0; // bit s set when count[s] != 0

        void add(PageSize s)
        {
            ++count[static_cast<u8>(s)];
            sizes |= 1u << static_cast<u8>(s);
        }
        void remove(PageSize s)
        {
            if (--count[static_cast<u8>(s)] == 0)
                sizes &= ~(1u << static_cast<u8>(s));
        }
    };

    std::optional<TlbHit> lookupMiss(VAddr va, u16 pcid, Journal* journal);
    static TlbEntry* find(std::vector<TlbEntry>& slots, const Level& lv, VAddr va, u16 pcid);
    void insert(
        std::vector<TlbEntry>& slots, Level& lv, TlbLevel level, const TlbEntry& entry, Journal* journal);
    static u32 removeIf(std::vector<TlbEntry>& slots, Level& lv, TlbLevel level,
        bool (*pred)(const TlbEntry&, u16), u16 pcid, Journal* journal);
    static u32 invlpgLevel(
        std::vector<TlbEntry>& slots, Level& lv, TlbLevel level, VAddr va, u16 pcid, Journal* journal);
    // Empties slot `index` of a level, reporting the entry it held (TlbEntryRemoved).
    static void remove(
        std::vector<TlbEntry>& slots, Level& lv, TlbLevel level, std::size_t index, Journal* journal);

    TlbConfig config_;
    std::vector<TlbEntry> l1_;
    std::vector<TlbEntry> stlb_;
    Level l1Info_;
    Level stlbInfo_;
    u64 clock_ = 0;
};

} // namespace pagelab
