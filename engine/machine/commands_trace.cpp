// Handlers of traces and workloads: trace, workload (issue 4).
// Both run their references through the full model of the current session for process NAME:
// the trace's distinct pages, in order of first reference, get the consecutive 4 KiB slots
// of a new private anonymous read-write mapping (mmap'd at an address the kernel picks; the
// result's `addr`), and every reference is a 1-byte user-mode read or write of its slot
// (Kernel::userAccess: TLB, page walk, #PF handler, reclaim). The result: `addr`, `value` =
// page faults, and the members references, faults, minor_faults, major_faults, tlb_hits,
// tlb_misses, evictions, swap_outs, swap_ins. Runs of more than kJournalLimit references
// are summarised, not journalled (their events would drown everything else). Both report
// their progress to the Session's hook (Session::setProgress) and stop when it says so.
// A relative trace FILE is found next to the scenario file (the current directory for
// standard input).
#include "journal/message.h"
#include "machine/interpreter.h"
#include "trace/replay.h"
#include "trace/trace_reader.h"
#include "trace/workload.h"

#include <filesystem>
#include <stdexcept>

namespace pagelab {

namespace {

constexpr u64 kJournalLimit = 256;
// A run too long to journal reports its counters this many times along the way
// (CommandOutcome::samples): a chart shows the rate over the run, not one point.
constexpr u64 kSamplesPerRun = 32;

void runRefs(CommandContext& c, const std::vector<u64>& refs, const std::string& what)
{
    Process& p = c.process(0);
    if (c.machine.current() != &p) {
        c.machine.switchTo(p);
        c.say(txt::kSwitchedFirst, { p.name });
    }
    const trace::DenseTrace t = trace::densify(refs);
    Journal& journal = c.machine.journal();
    const bool wasEnabled = journal.enabled();
    if (refs.size() > kJournalLimit)
        journal.setEnabled(false);
    trace::ReplayResult r;
    try {
        const u64 total = refs.size();
        trace::Sampling sampling;
        if (total > kJournalLimit && c.samples) {
            sampling.every = (total + kSamplesPerRun - 1) / kSamplesPerRun;
            sampling.take = [&c, total](u64 done) {
                c.samples->push_back({ done, total, c.machine.stats() });
            };
        }
        r = trace::runThroughKernel(
            c.kernel, p, t, [&c, total](u64 done) { return c.keepGoing(done, total); }, sampling);
    } catch (...) {
        journal.setEnabled(wasEnabled);
        throw;
    }
    journal.setEnabled(wasEnabled);
    // The replay's own errors (trace/replay.cpp) stay English, but for a reference that failed
    // (ReplayFailure, below).
    if (r.cancelled)
        c.fail(txt::kHeadAndRest, { what, verbatim(r.error) });
    if (!r.ok && r.references == 0 && r.base == 0)
        c.fail(txt::kHeadAndRest, { what, verbatim(r.error) });
    c.result.addr = r.base;
    c.result.value = r.faults;
    c.extra.field("references", r.references)
        .field("pages", t.distinct())
        .field("faults", r.faults)
        .field("minor_faults", r.minorFaults)
        .field("major_faults", r.majorFaults)
        .field("tlb_hits", r.tlbHits)
        .field("tlb_misses", r.tlbMisses)
        .field("evictions", r.evictions)
        .field("swap_outs", r.swapOuts)
        .field("swap_ins", r.swapIns);
    c.say(txt::kReplayed,
        { what, dec(r.references), dec(t.distinct()), hex(r.base),
            msg(txt::kReplayCounts,
                { dec(r.faults), dec(r.minorFaults), dec(r.majorFaults), dec(r.tlbHits), dec(r.tlbMisses),
                    dec(r.evictions) }) });
    if (!r.ok && r.failure)
        c.fail(txt::kReplayStopped, { what, trace::describe(*r.failure) });
    if (!r.ok)
        c.fail(txt::kReplayStopped, { what, verbatim(r.error) });
}

void traceCommand(CommandContext& c)
{
    const script::Value& fileArg = c.cmd.args.at(1);
    std::filesystem::path path(fileArg.word);
    if (path.is_relative() && !c.file.empty() && c.file != "<stdin>" && c.file != "-")
        path = std::filesystem::path(c.file).parent_path() / path;
    trace::TraceFormat format = trace::TraceFormat::Pages;
    if (const auto* v = c.cmd.option("format"))
        format = *trace::parseTraceFormat(v->word);
    u64 limit = 0;
    if (const auto* v = c.cmd.option("limit"))
        limit = v->number;
    std::vector<u64> refs;
    std::string error;
    if (!trace::readTrace(path.string(), format, limit, refs, error))
        c.failAt(fileArg, verbatim(error)); // the trace reader's words, English
    runRefs(c, refs, "trace " + fileArg.word);
}

void workloadCommand(CommandContext& c)
{
    trace::WorkloadSpec spec;
    spec.kind = *trace::parseWorkloadKind(c.cmd.option("kind")->word);
    spec.pages = c.cmd.option("pages")->number;
    spec.count = c.cmd.option("count")->number;
    if (const auto* v = c.cmd.option("theta"))
        spec.theta = v->real;
    if (const auto* v = c.cmd.option("write"))
        spec.write = v->real;
    if (const auto* v = c.cmd.option("seed"))
        spec.seed = v->number;
    if (std::string err = spec.validate(); !err.empty())
        c.fail(txt::kWorkloadInvalid, { verbatim(err) });
    runRefs(c, trace::generateWorkload(spec), "workload " + std::string(trace::toString(spec.kind)));
}

} // namespace

const std::vector<std::pair<std::string, CommandHandler>>& traceCommands()
{
    static const std::vector<std::pair<std::string, CommandHandler>> table {
        { "trace", traceCommand },
        { "workload", workloadCommand },
    };
    return table;
}

} // namespace pagelab
