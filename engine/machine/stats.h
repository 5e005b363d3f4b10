// Counters shown by `show stats` (the stable JSON keys are in the spec).
#pragma once

#include "hw/types.h"

namespace pagelab {

struct Stats {
    u64 accesses = 0;
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
};

} // namespace pagelab
