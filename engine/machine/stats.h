// Counters shown by `show stats` (the stable JSON keys are in the spec).
#pragma once

#include "hw/types.h"

namespace pagelab {

struct Stats {
    u64 accesses = 0; // translations the MMU made: a faulting access retried after its fault counts twice
    u64 tlbHits = 0;
    u64 tlbMisses = 0;
    u64 stlbHits = 0; // L1 misses served by the second-level TLB (counted in tlbHits too)
    u64 walks = 0;
    u64 pageFaults = 0;
    u64 minorFaults = 0;
    u64 majorFaults = 0;
    u64 swapOuts = 0;
    u64 swapIns = 0;
    u64 evictions = 0;
    u64 writebacks = 0;
    // Memory accesses as the program issued them (read, write, fetch, touch, a trace's
    // references, a user-mode `access`): one each, however often the MMU retried it after a
    // page fault. Rates per access (faults per access) divide by this. Not in `show stats`
    // (its keys are stable); `expect stats.user_accesses` reads it.
    u64 userAccesses = 0;
};

// The counters part-way through a long command (trace, workload): after `done` of its `total`
// references (CommandOutcome::samples).
struct StatsSample {
    u64 done = 0;
    u64 total = 0;
    Stats stats;
};

} // namespace pagelab
