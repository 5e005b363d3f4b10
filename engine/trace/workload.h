// Synthetic reference strings (spec: `workload NAME kind=seq|random|loop|zipf pages=N count=N
// [theta=F] [write=F] [seed=N]`). Deterministic: the same parameters give the same string on
// every platform (our own xoshiro256** generator, no <random> distributions).
//  - seq:    a program streaming through an array of `pages` pages once: reference i touches
//            page i * pages / count (many references per page, each page once in a row).
//  - loop:   0, 1, ..., pages-1, 0, 1, ... (the cyclic pattern that defeats LRU).
//  - random: uniform over 0..pages-1.
//  - zipf:   page k (0-based) with probability proportional to 1 / (k+1)^theta (theta
//            default 0.99; page 0 is the hottest). theta < 1 uses Gray et al.'s method
//            ("Quickly generating billion-record synthetic databases", 1994: O(1) per
//            reference after an O(pages) zeta sum), theta >= 1 a CDF and binary search.
// write=F: each reference is a write with probability F (default 0).
// References are packed as in trace_reader.h (page << 1 | write).
#pragma once

#include "hw/types.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pagelab::trace {

enum class WorkloadKind : u8 { Seq, Random, Loop, Zipf };
std::optional<WorkloadKind> parseWorkloadKind(std::string_view name);
std::string_view toString(WorkloadKind k);

struct WorkloadSpec {
    WorkloadKind kind = WorkloadKind::Seq;
    u64 pages = 1;
    u64 count = 0;
    double theta = 0.99;
    double write = 0.0;
    u64 seed = 0;

    // Empty when valid, else a sentence naming the bad setting.
    std::string validate() const;
};

// Throws std::invalid_argument when spec.validate() is not empty.
std::vector<u64> generateWorkload(const WorkloadSpec& spec);

// xoshiro256** seeded through splitmix64.
class Rng {
public:
    explicit Rng(u64 seed);
    u64 next();
    double uniform(); // [0, 1)
    u64 below(u64 n); // [0, n), n > 0
private:
    u64 s_[4];
};

} // namespace pagelab::trace
