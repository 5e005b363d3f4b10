// What the translation view draws, gathered from the journal: the last access up to the
// player's cursor (its TLB lookup, the walk's entry reads, A/D updates, and the physical
// address or the fault), or the last `pte` look-up (WalkInspected and its entry reads: no TLB,
// no A/D), whichever came later. Plain data, rebuilt on stateChanged/cursorMoved.
#pragma once

#include "journal/event.h"

#include <QString>

#include <optional>
#include <vector>

namespace pagelab {
class Journal;
struct CpuState;
} // namespace pagelab

namespace pagelab::ui {

// "pml5" "pml4" "pdpt" "pd" "pt" for levels 5..1, "offset" for 0: the words of the
// highlight ids walk.field.<level> and walk.entry.<level>.
QString levelWord(int level);
// "PML4", "PDPT", ... as headings.
QString levelTitle(int level);

struct WalkEntryStep {
    u8 level = 0;
    u16 index = 0;
    PAddr entryAddr = 0;
    u64 entry = 0;
    bool reserved = false;    // the engine says a reserved bit is set (hasReservedBits)
    bool leaf = false;        // maps a page (isLeaf)
    bool accessedSet = false; // this walk set A
    bool dirtySet = false;    // this walk set D
    std::size_t event = 0;    // journal index of the WalkRead
};

struct WalkPicture {
    bool valid = false; // an access (or a look-up) was found
    // Set when the picture is a `pte` look-up rather than an access.
    std::optional<ev::WalkInspected> inspected;
    VAddr va = 0;
    PagingMode mode = PagingMode::Level4;
    std::optional<AccessOp> op;
    std::optional<Privilege> priv;
    std::optional<ev::TlbLookup> tlb;
    std::size_t tlbEvent = 0;
    std::optional<ev::WalkStart> start;
    std::size_t startEvent = 0;
    std::vector<WalkEntryStep> entries;
    std::optional<ev::PageFault> fault;
    std::optional<ev::Translated> translated;
    std::size_t resultEvent = 0;
    // Level of the leaf (1 = 4 KiB page; 2 = 2/4 MiB; 3 = 1 GiB), 0 while unknown.
    int leafLevel = 0;
    // Which element the focused event touched: "walk.tlb", "walk.cr3", "walk.entry.pd",
    // "walk.result", or "" when the focused event is not part of this access.
    QString focusedId;
    bool finished() const
    {
        return fault.has_value() || translated.has_value()
            || (inspected && entries.size() >= inspected->levels);
    }
    // For a finished look-up whose last entry maps a page: the physical address of `va`.
    std::optional<PAddr> inspectedAddress() const;
};

// The last access or look-up among journal events [0, end). `focused` is the journal index of the
// player's focused event (or -1). `cpu` decodes reserved and leaf bits of entries.
WalkPicture buildWalkPicture(const Journal& journal, std::size_t end, long long focused, const CpuState& cpu);

} // namespace pagelab::ui
