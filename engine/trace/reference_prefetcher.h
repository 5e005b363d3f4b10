// Host-side prefetching for a trace replay through the full model. A replay knows its next
// references, and almost every one of them walks the page tables and touches per-frame
// records scattered over the host's memory: one reference at a time, each waits for DRAM.
// This asks the host for those cache lines a few references early, in two steps: far ahead
// the line holding the page's last paging-structure entry (the upper levels are hot), then,
// once that line has arrived, the records of the frame the entry maps, or of the swap slot
// it names. Nothing simulated changes: no A/D bit, no event, no statistic.
#pragma once

#include "hw/page_walker.h"
#include "kernel/kernel.h"

#include <array>

namespace pagelab::trace {

class ReferencePrefetcher {
public:
    // The replay maps trace page ids[i] at base + ids[i] * 4096.
    ReferencePrefetcher(kernel::Kernel& k, VAddr base, const u32* ids, std::size_t count)
        : k_(k)
        , base_(base)
        , ids_(ids)
        , count_(count)
    {
    }

    // Call before reference i.
    void before(std::size_t i)
    {
        if (i + kEntryAhead < count_)
            fetchEntry(i + kEntryAhead);
        if (i + kFrameAhead < count_)
            fetchFrame(i + kFrameAhead);
    }

private:
    // Distances in references: far enough for DRAM latency, near enough that a fault in
    // between rarely changes what was fetched (a stale hint only costs a wasted line).
    static constexpr std::size_t kEntryAhead = 16;
    static constexpr std::size_t kFrameAhead = 8;

    void fetchEntry(std::size_t j)
    {
        Machine& m = k_.machine();
        const auto at = leafEntryAddress(m.cpu(), m.memory(), base_ + u64 { ids_[j] } * kPageSize);
        entries_[j % kEntryAhead] = at ? *at : kNone;
        if (at)
            m.memory().prefetchContents(*at);
    }

    void fetchFrame(std::size_t j)
    {
        const PAddr at = entries_[j % kEntryAhead];
        if (at == kNone)
            return;
        const Machine& m = k_.machine();
        k_.prefetchPage(m.memory().read(at, m.cpu().mode == PagingMode::Bits32 ? 4 : 8));
    }

    static constexpr PAddr kNone = ~PAddr { 0 };
    kernel::Kernel& k_;
    VAddr base_;
    const u32* ids_;
    std::size_t count_;
    std::array<PAddr, kEntryAhead> entries_ {};
};

} // namespace pagelab::trace
