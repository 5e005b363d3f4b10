#include "trace/replay.h"

#include "journal/journal.h"
#include "machine/command_messages.h"
#include "trace/reference_prefetcher.h"

#include <stdexcept>

namespace pagelab::trace {

Message describe(const ReplayFailure& f)
{
    const std::string ref = std::to_string(f.reference), page = std::to_string(f.page);
    if (f.oom)
        return msg(txt::kReplayRefOomKilled, { ref, page, f.process, kernel::Kernel::describe(*f.oom) });
    if (f.signal != kernel::Signal::None)
        return msg(txt::kReplayRefSignal, { ref, page, std::string(kernel::toString(f.signal)) });
    return msg(txt::kReplayRefNoMemory, { ref, page, f.what });
}

namespace {
constexpr u64 kPageBytes = 4096;
// The CLI's --progress line is redrawn this often (every kProgressEvery would only flicker).
constexpr u64 kCliProgressEvery = u64 { 1 } << 20;

std::string cancelledText(u64 done, u64 total)
{
    return "cancelled after " + std::to_string(done) + " of " + std::to_string(total) + " references";
}
} // namespace

ReplayResult runThroughKernel(
    kernel::Kernel& k, Process& p, const DenseTrace& t, const KeepGoing& keepGoing, const Sampling& sampling)
{
    ReplayResult r;
    Machine& m = k.machine();
    if (t.size() == 0)
        return r;
    if (keepGoing && !keepGoing(0)) {
        r.ok = false;
        r.cancelled = true;
        r.error = cancelledText(0, t.size());
        return r;
    }
    kernel::Kernel::MmapArgs a;
    a.len = t.distinct() * kPageBytes;
    a.prot = kernel::vm::READ | kernel::vm::WRITE;
    const kernel::SysResult mapped = k.mmap(p, a);
    if (!mapped.ok()) {
        r.ok = false;
        r.error = "mmap of " + std::to_string(t.distinct()) + " pages failed (errno "
            + std::to_string(mapped.error) + ")";
        return r;
    }
    r.base = mapped.addr;
    if (m.current() != &p)
        m.switchTo(p);
    const Stats before = m.stats();
    const u32* ids = t.ids.data();
    const u8* writes = t.writes.data();
    const std::size_t n = t.ids.size();
    ReferencePrefetcher ahead(k, r.base, ids, n);
    u64 value = 0;
    u64 untilSample = sampling.take ? sampling.every : 0; // a count down: no division per reference
    for (std::size_t i = 0; i < n; ++i) {
        ahead.before(i);
        const VAddr va = r.base + u64 { ids[i] } * kPageBytes;
        value = 0;
        const kernel::UserAccess u
            = k.userAccess(p, va, writes[i] ? AccessOp::Write : AccessOp::Read, 1, value);
        if (!u.ok) {
            r.ok = false;
            const kernel::Kernel::OomKillReport* oom
                = u.signal == kernel::Signal::Kill ? k.oomKillOf(p.pid) : nullptr;
            r.failure = ReplayFailure { i + 1, t.pageOf[ids[i]], p.name, u.signal,
                oom ? std::optional(*oom) : std::nullopt, std::string(u.fault.what) };
            r.error = render(describe(*r.failure));
            break;
        }
        ++r.references;
        if (untilSample != 0 && --untilSample == 0) {
            if (i + 1 < n)
                sampling.take(i + 1);
            untilSample = sampling.every;
        }
        if (keepGoing && (i + 1) % kProgressEvery == 0 && !keepGoing(i + 1)) {
            r.ok = false;
            r.cancelled = true;
            r.error = cancelledText(i + 1, n);
            break;
        }
    }
    const Stats& after = m.stats();
    r.faults = after.pageFaults - before.pageFaults;
    r.minorFaults = after.minorFaults - before.minorFaults;
    r.majorFaults = after.majorFaults - before.majorFaults;
    r.tlbHits = after.tlbHits - before.tlbHits;
    r.tlbMisses = after.tlbMisses - before.tlbMisses;
    r.evictions = after.evictions - before.evictions;
    r.swapOuts = after.swapOuts - before.swapOuts;
    r.swapIns = after.swapIns - before.swapIns;
    r.writebacks = after.writebacks - before.writebacks;
    return r;
}

ReplayResult replayFull(const DenseTrace& t, const ReplayOptions& options)
{
    MachineConfig config;
    config.frames = options.frames;
    config.tlb = options.tlb;
    config.policy = options.policy;
    if (std::string err = config.validate(); !err.empty()) {
        ReplayResult r;
        r.ok = false;
        r.error = err;
        return r;
    }
    Journal journal;
    journal.setEnabled(false);
    Machine machine(config, journal);
    kernel::Kernel k(machine);
    Process& p = k.createProcess("trace", false);
    // One swap area as large as the trace, so that reclaim can always evict an anonymous page:
    // the replay measures replacement, not the OOM killer.
    if (const auto sw = k.swapon("swap", t.distinct() + 1, std::nullopt, 0); !sw.ok()) {
        ReplayResult r;
        r.ok = false;
        r.error = "swapon for the replay failed (errno " + std::to_string(sw.error) + ")";
        return r;
    }
    KeepGoing keepGoing;
    if (options.progress)
        keepGoing = [&options](u64 done) {
            if (done != 0 && done % kCliProgressEvery == 0)
                options.progress(done);
            return true;
        };
    return runThroughKernel(k, p, t, keepGoing);
}

} // namespace pagelab::trace
