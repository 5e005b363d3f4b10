// A fast replacement-only simulator: page numbers in, page faults out, for one frame count
// and one policy. No MMU, no page tables: every frame holds a trace page. It is separate from
// the kernel's replacement policies (kernel/reclaim.h), which work on real frames, for speed:
// page numbers are remapped once to dense ids 0..distinct-1 (DenseTrace) and every policy
// keeps plain arrays indexed by those ids.
//  - lru:   a doubly linked recency list in two u32 arrays; the tail is evicted.
//  - fifo:  a ring of the resident pages in load order; hits change nothing.
//  - clock: second chance: a circular list of frames, a referenced bit per page (set on each
//           reference and on load); the hand clears set bits until it finds a clear one.
//  - opt:   Belady's MIN: evicts the resident page whose next use is farthest away (next
//           uses precomputed backwards; a max-heap with lazy deletion, rebuilt from the
//           frames when it grows past twice their number).
#pragma once

#include "hw/types.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pagelab::trace {

enum class Policy : u8 { Lru, Fifo, Clock, Opt };
std::optional<Policy> parsePolicy(std::string_view name);
std::string_view toString(Policy p);
inline constexpr Policy kAllPolicies[] = { Policy::Lru, Policy::Fifo, Policy::Clock, Policy::Opt };

// A trace whose pages are renumbered 0..distinct-1 in order of first reference.
struct DenseTrace {
    std::vector<u32> ids;
    std::vector<u8> writes;  // 1 where the reference is a write
    std::vector<u64> pageOf; // dense id -> page number
    u64 size() const { return ids.size(); }
    u64 distinct() const { return pageOf.size(); }
};
// Throws std::length_error past 2^32 - 1 distinct pages or references.
DenseTrace densify(const std::vector<u64>& refs);

// next[i] = index of the next reference to ids[i]'s page, or size() when there is none.
std::vector<u32> nextUses(const DenseTrace& t);

struct ReplacementResult {
    u64 faults = 0;
    u64 evictions = 0;
    u64 dirtyEvictions = 0; // evicted pages written since they were loaded (write-backs)
};

// Runs `t` through `frames` frames (frames >= 1). `next` is nextUses(t) for opt (computed
// when null).
ReplacementResult simulate(
    const DenseTrace& t, Policy policy, u64 frames, const std::vector<u32>* next = nullptr);

} // namespace pagelab::trace
