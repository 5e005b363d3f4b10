// Full-model replay (`pagelab-cli replay --mode full`, and the `trace`/`workload` commands):
// every reference is a Kernel::userAccess by one process, through the TLB, the page walk,
// the #PF handler (demand-zero anonymous pages) and, when frames run out, the kernel's
// reclaim and swap. Layout: the trace's distinct pages, in order of first reference, get
// consecutive 4 KiB slots of one private anonymous mapping (so page p's slot is
// base + denseId(p) * 4096): the trace's own addresses are not kept, only its pages.
// `frames` is the machine's RAM: page tables take frames from it too, so the data gets a
// few frames fewer than in replacement-only mode. The journal is disabled while running.
#pragma once

#include "hw/tlb.h"
#include "kernel/kernel.h"
#include "trace/replacement.h"

#include <functional>
#include <optional>
#include <string>

namespace pagelab::trace {

struct ReplayOptions {
    u64 frames = 64;
    std::string policy = "lru"; // the machine's policy= (the kernel's reclaim)
    TlbConfig tlb {};
    std::function<void(u64)> progress; // called with references done, every 1M or so
};

// Called with the references done so far every kProgressEvery references (and once at 0);
// returning false stops the run: it fails with "cancelled after N of M references".
using KeepGoing = std::function<bool(u64 done)>;
constexpr u64 kProgressEvery = u64 { 1 } << 16;

// Called with the references done every `every` references (0: never), not at 0 nor at the
// end: the counters along a run (a chart's points).
struct Sampling {
    u64 every = 0;
    std::function<void(u64 done)> take;
};

// A reference the kernel could not complete (what ReplayResult::error says in English, for
// the console to say in the UI's language).
struct ReplayFailure {
    u64 reference = 0; // 1-based
    u64 page = 0;      // the trace's page number
    std::string process;
    kernel::Signal signal = kernel::Signal::None;
    std::optional<kernel::Kernel::OomKillReport> oom; // when the OOM killer chose the process
    std::string what;                                 // the unresolved fault, without a signal
};

// The failure as a message key (command_messages.h): "reference N (page P) failed: ...".
Message describe(const ReplayFailure& f);

struct ReplayResult {
    bool ok = true;
    std::string error; // why the run stopped early (in English; render(describe(*failure)) for a reference)
    std::optional<ReplayFailure> failure;
    bool cancelled = false; // stopped because KeepGoing said so
    u64 references = 0;     // done
    u64 faults = 0, minorFaults = 0, majorFaults = 0;
    u64 tlbHits = 0, tlbMisses = 0;
    u64 evictions = 0, swapOuts = 0, swapIns = 0, writebacks = 0;
    VAddr base = 0; // the mapping's start
};

// Maps t.distinct() pages into p (anonymous, private, read-write) and runs every reference
// (1-byte reads and writes at the slot's start). Stops at the first reference the kernel
// cannot serve (a signal, or no memory left), or when `keepGoing` returns false, saying so in
// `error`.
ReplayResult runThroughKernel(kernel::Kernel& k, Process& p, const DenseTrace& t,
    const KeepGoing& keepGoing = {}, const Sampling& sampling = {});

// A new Machine (4-level paging, `frames`, `tlb`, `policy`) and Kernel with one process
// and, when the kernel can swap, a swap area large enough for the whole trace.
ReplayResult replayFull(const DenseTrace& t, const ReplayOptions& options);

} // namespace pagelab::trace
