// Miss-ratio curves (`pagelab-cli mrc`): faults as a function of the number of frames.
//  - LRU, exactly, for every size 1..max in one pass: Mattson et al.'s stack algorithm (1970).
//    LRU is a stack algorithm: with C frames a reference hits iff its stack distance (the
//    number of distinct pages referenced since the previous reference to the same page,
//    itself included) is <= C. The distance is counted with a Fenwick tree over access
//    times holding a 1 at each page's latest reference time: O(log N) per reference,
//    O(N log N) in all. faults(C) = cold misses + #{references with distance > C}.
//  - Other policies (fifo, clock, opt) are not stack algorithms (FIFO shows Belady's
//    anomaly), so each point is one run of the replacement simulator. When max <= 64 every
//    size is run; otherwise the sizes are the powers of two <= max plus a linear grid of 32
//    steps (max*k/32) and max itself (sampleSizes). The runs share threads.
#pragma once

#include "trace/replacement.h"

#include <functional>
#include <utility>
#include <vector>

namespace pagelab::trace {

struct StackDistances {
    u64 references = 0;
    u64 cold = 0; // first references (infinite distance)
    u64 maxFrames = 0;
    std::vector<u64> histogram; // histogram[d] = references with distance d, 1 <= d <= maxFrames
    u64 beyond = 0;             // re-references with distance > maxFrames

    // LRU faults with `frames` frames, 1 <= frames <= maxFrames.
    u64 faults(u64 frames) const;
    // (frames, faults) for frames 1..maxFrames.
    std::vector<std::pair<u64, u64>> curve() const;
};

// `progress(done)` is called every few million references when set.
StackDistances lruStackDistances(
    const DenseTrace& t, u64 maxFrames, const std::function<void(u64)>& progress = {});

// The frame counts at which non-stack policies are simulated (ascending, 1..max).
std::vector<u64> sampleSizes(u64 maxFrames);

// (frames, faults) at each size, one simulation per size, on up to `threads` threads
// (0: the hardware's count). `progress(done sizes)` is called from the caller's thread.
std::vector<std::pair<u64, u64>> policyCurve(const DenseTrace& t, Policy policy,
    const std::vector<u64>& sizes, unsigned threads = 0, const std::function<void(u64)>& progress = {});

} // namespace pagelab::trace
