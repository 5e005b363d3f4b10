// Page replacement policies: which resident page goes when a frame is needed. The kernel's
// reclaim (kernel_reclaim.cpp) keeps every evictable user page in one policy object; locked
// (mlocked) pages are removed from it, as Linux moves them to the unevictable list.
// Pages are named by frame number. The policy never touches page tables: it asks the kernel
// through `Referenced` whether a page was used since it last asked (the PTE accessed bits).
#pragma once

#include "hw/types.h"

#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pagelab::kernel {

enum class PolicyKind : u8 { Lru, Fifo, Clock, Opt, Linux };
std::string_view toString(PolicyKind k);
// "lru", "fifo", "clock", "opt", "linux"; nullopt-like: returns false for an unknown name.
bool policyFromName(std::string_view name, PolicyKind& out);

class ReplacementPolicy {
public:
    // Tests and clears the referenced state of a page (for clock and linux: the accessed bits
    // of every PTE mapping it, cleared as ptep_test_and_clear_young does).
    using Referenced = std::function<bool(Pfn)>;

    virtual ~ReplacementPolicy() = default;
    virtual std::unique_ptr<ReplacementPolicy> clone() const = 0; // its lists and marks, all of them
    virtual PolicyKind kind() const = 0;
    // A page became resident (after a fault) and evictable.
    virtual void insert(Pfn page) = 0;
    // The page was accessed (every access for exact LRU/OPT bookkeeping in trace runs; the
    // kernel calls it on faults and when it observes accessed bits).
    virtual void touch(Pfn page) = 0;
    // The page left (freed, unmapped, locked): forget it. Unknown pages are ignored.
    virtual void remove(Pfn page) = 0;
    // Chooses a victim and removes it from the policy; 0 pages → returns false.
    virtual bool pickVictim(const Referenced& referenced, Pfn& victim) = 0;
    virtual std::size_t size() const = 0;
    // A host cache hint for a page about to be touched (replay loops); no effect on order.
    virtual void prefetch(Pfn) const { }
    // Up to out.size() pages that are likely the next victims, next first (empty when the
    // policy cannot tell cheaply). A host cache hint only: nothing is decided.
    virtual std::size_t likelyVictims(std::span<Pfn>) const { return 0; }
    // The pages in the policy's order, first = next victim candidate (for `show lru` and views).
    virtual std::vector<Pfn> order() const = 0;
    // Linux policy only: which pages are on the active list (empty for the others).
    virtual std::vector<Pfn> activeList() const { return {}; }
};

// `future` is needed by OPT only: for each page, called with the page, returns the distance
// to its next use (larger = later; ~0 for never). The kernel cannot know the future: OPT is
// for trace runs only (spec: policy=opt is valid for trace/workload runs).
using NextUse = std::function<u64(Pfn)>;
std::unique_ptr<ReplacementPolicy> makePolicy(PolicyKind kind, NextUse future = {});

} // namespace pagelab::kernel
