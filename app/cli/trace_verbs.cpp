// pagelab-cli replay / mrc / workload.
//  replay TRACE [--format F] [--frames N] [--policy P|all] [--tlb E:W] [--mode full|replacement]
//         [--limit N] [--json] [--progress]
//    --mode full (the default for one policy): a Machine + Kernel run (trace/replay.h);
//    --mode replacement (the default, and the only mode, for --policy all and for opt):
//    the fast replacement-only simulator (trace/replacement.h).
//  mrc TRACE [--format F] [--max-frames N] [--policy P|all] [--csv | --json] [--limit N]
//      [--progress]: LRU exactly at every size 1..N (Mattson), the others at sampled sizes
//      (trace/mrc.h). --max-frames defaults to the trace's distinct pages.
//  workload kind=K pages=N count=N [theta=F] [write=F] [seed=N]: prints the references in
//      the `pages` format (to make trace files).
// The format defaults from the file name: *.lackey / *.out -> lackey, *.addresses / *.addrs
// -> addresses, otherwise pages. Progress goes to stderr every 0.5 s when stderr is a
// terminal or with --progress. --json prints one object: references, pages, faults per
// policy (replay) or curve (mrc), seconds (of simulation, after reading the trace).
#include "trace_verbs.h"

#include "hw/tlb.h"
#include "machine/json_writer.h"
#include "trace/mrc.h"
#include "trace/replay.h"
#include "trace/trace_reader.h"
#include "trace/workload.h"

#include <chrono>
#include <cstdio>
#include <functional>
#include <iostream>
#include <map>
#include <optional>
#include <unistd.h>

namespace pagelab::cli {

namespace {

using Clock = std::chrono::steady_clock;
using namespace pagelab::trace;

constexpr int kOk = 0, kFailed = 1, kBadInput = 2;

struct Options {
    std::string file;
    std::map<std::string, std::string> values; // --key value
    bool json = false, csv = false, progress = false;
};

bool takesValue(const std::string& o)
{
    return o == "--format" || o == "--frames" || o == "--policy" || o == "--tlb" || o == "--mode"
        || o == "--limit" || o == "--max-frames";
}

std::optional<Options> parseOptions(const std::string& verb, const std::vector<std::string>& args)
{
    Options o;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--json")
            o.json = true;
        else if (a == "--csv" && verb == "mrc")
            o.csv = true;
        else if (a == "--progress")
            o.progress = true;
        else if (takesValue(a) && !(verb == "mrc" && (a == "--frames" || a == "--tlb" || a == "--mode"))
            && !(verb == "replay" && a == "--max-frames")) {
            if (i + 1 >= args.size()) {
                std::cerr << "pagelab-cli " << verb << ": " << a << " needs a value\n";
                return std::nullopt;
            }
            o.values[a] = args[++i];
        } else if (a.size() > 1 && a[0] == '-') {
            std::cerr << "pagelab-cli " << verb << ": unknown option '" << a << "'\n";
            return std::nullopt;
        } else if (o.file.empty())
            o.file = a;
        else {
            std::cerr << "pagelab-cli " << verb << ": one trace at a time ('" << a << "' is extra)\n";
            return std::nullopt;
        }
    }
    if (o.file.empty()) {
        std::cerr << "pagelab-cli " << verb << ": which trace file? ('-' reads standard input)\n";
        return std::nullopt;
    }
    if (o.json && o.csv) {
        std::cerr << "pagelab-cli mrc: --csv or --json, not both\n";
        return std::nullopt;
    }
    return o;
}

std::optional<u64> number(const Options& o, const std::string& key, u64 fallback, u64 min)
{
    const auto it = o.values.find(key);
    if (it == o.values.end())
        return fallback;
    try {
        std::size_t used = 0;
        const u64 v = std::stoull(it->second, &used, 0);
        if (used == it->second.size() && v >= min && it->second[0] != '-')
            return v;
    } catch (const std::exception&) {
    }
    std::cerr << key << " " << it->second << ": expected a number of at least " << min << "\n";
    return std::nullopt;
}

std::optional<TraceFormat> formatOf(const Options& o)
{
    const auto it = o.values.find("--format");
    if (it != o.values.end()) {
        const auto f = parseTraceFormat(it->second);
        if (!f)
            std::cerr << "--format " << it->second << ": expected lackey, pages or addresses\n";
        return f;
    }
    auto ends = [&](const char* s) {
        const std::string suffix(s);
        return o.file.size() >= suffix.size()
            && o.file.compare(o.file.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    if (ends(".lackey") || ends(".out"))
        return TraceFormat::Lackey;
    if (ends(".addresses") || ends(".addrs"))
        return TraceFormat::Addresses;
    return TraceFormat::Pages;
}

// nullopt = "all"; exits on a bad name.
bool policiesOf(const Options& o, std::vector<Policy>& out)
{
    const auto it = o.values.find("--policy");
    if (it == o.values.end() || it->second == "all") {
        out.assign(std::begin(kAllPolicies), std::end(kAllPolicies));
        if (it == o.values.end())
            out = { Policy::Lru };
        return true;
    }
    const auto p = parsePolicy(it->second);
    if (!p) {
        std::cerr << "--policy " << it->second << ": expected lru, fifo, clock, opt or all\n";
        return false;
    }
    out = { *p };
    return true;
}

// Progress on stderr, at most every 0.5 s.
class Progress {
public:
    Progress(bool forced, std::string what)
        : on_(forced || isatty(2))
        , what_(std::move(what))
        , last_(Clock::now())
    {
    }
    ~Progress()
    {
        if (shown_)
            std::cerr << '\n';
    }
    bool enabled() const { return on_; }
    void operator()(u64 done, u64 total)
    {
        if (!on_)
            return;
        const auto now = Clock::now();
        if (now - last_ < std::chrono::milliseconds(500))
            return;
        last_ = now;
        shown_ = true;
        std::cerr << '\r' << what_ << ": " << done << " / " << total << " ("
                  << (total ? done * 100 / total : 100) << "%)" << std::flush;
    }

private:
    bool on_;
    std::string what_;
    Clock::time_point last_;
    bool shown_ = false;
};

std::optional<DenseTrace> load(const Options& o, const std::string& verb)
{
    const auto format = formatOf(o);
    const auto limit = number(o, "--limit", 0, 0);
    if (!format || !limit)
        return std::nullopt;
    std::vector<u64> refs;
    std::string error;
    if (!readTrace(o.file, *format, *limit, refs, error)) {
        std::cerr << error << '\n';
        std::cerr << "pagelab-cli " << verb << ": stopped\n";
        return std::nullopt;
    }
    return densify(refs);
}

double since(Clock::time_point t0)
{
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

} // namespace

int replayVerb(const std::vector<std::string>& args)
{
    const auto o = parseOptions("replay", args);
    if (!o)
        return kBadInput;
    std::vector<Policy> policies;
    const auto frames = number(*o, "--frames", 64, 1);
    if (!frames || !policiesOf(*o, policies))
        return kBadInput;
    TlbConfig tlb;
    if (const auto it = o->values.find("--tlb"); it != o->values.end()) {
        unsigned e = 0, w = 0;
        char extra = 0;
        const int n = std::sscanf(it->second.c_str(), "%u:%u%c", &e, &w, &extra);
        if (n == 1 || n == 2) {
            tlb.entries = e;
            tlb.ways = n == 2 ? w : e;
        }
        if ((n != 1 && n != 2) || !tlb.validate().empty()) {
            std::cerr << "--tlb " << it->second << ": expected ENTRIES[:WAYS]"
                      << (n == 1 || n == 2 ? " (" + tlb.validate() + ")" : "") << "\n";
            return kBadInput;
        }
    }
    std::string mode = policies.size() == 1 && policies[0] != Policy::Opt ? "full" : "replacement";
    if (const auto it = o->values.find("--mode"); it != o->values.end()) {
        if (it->second != "full" && it->second != "replacement") {
            std::cerr << "--mode " << it->second << ": expected full or replacement\n";
            return kBadInput;
        }
        mode = it->second;
    }
    if (mode == "full" && (policies.size() != 1 || policies[0] == Policy::Opt)) {
        std::cerr << "pagelab-cli replay: --mode full runs one policy of the kernel (lru, fifo or clock); "
                     "opt needs the future and 'all' runs in --mode replacement\n";
        return kBadInput;
    }
    const auto t = load(*o, "replay");
    if (!t)
        return kFailed;
    const auto t0 = Clock::now();
    JsonWriter j;
    j.beginObject();
    j.field("references", t->size())
        .field("pages", t->distinct())
        .field("frames", *frames)
        .field("mode", mode);
    std::string text = o->file + ": " + std::to_string(t->size()) + " references to "
        + std::to_string(t->distinct()) + " pages, " + std::to_string(*frames) + " frames (" + mode + ")\n";
    int status = kOk;
    j.key("faults").beginObject();
    ReplayResult full;
    if (mode == "full") {
        Progress progress(o->progress, "replay");
        ReplayOptions ro;
        ro.frames = *frames;
        ro.policy = std::string(toString(policies[0]));
        ro.tlb = tlb;
        if (progress.enabled())
            ro.progress = [&](u64 done) { progress(done, t->size()); };
        full = replayFull(*t, ro);
        j.field(std::string(toString(policies[0])), full.faults);
        text += "  " + std::string(toString(policies[0])) + ": " + std::to_string(full.faults) + " faults ("
            + std::to_string(full.minorFaults) + " minor, " + std::to_string(full.majorFaults) + " major), "
            + std::to_string(full.tlbHits) + " TLB hits, " + std::to_string(full.tlbMisses) + " TLB misses, "
            + std::to_string(full.evictions) + " evictions, " + std::to_string(full.swapOuts) + " swap-outs, "
            + std::to_string(full.swapIns) + " swap-ins\n";
        if (!full.ok) {
            std::cerr << o->file << ": error: " << full.error << " (after " << full.references
                      << " references)\n";
            status = kFailed;
        }
    } else {
        std::vector<u32> next;
        for (Policy p : policies) {
            if (p == Policy::Opt && next.empty())
                next = nextUses(*t);
            const ReplacementResult r = simulate(*t, p, *frames, &next);
            j.field(std::string(toString(p)), r.faults);
            text += "  " + std::string(toString(p)) + ": " + std::to_string(r.faults) + " faults, "
                + std::to_string(r.dirtyEvictions) + " dirty evictions\n";
        }
    }
    j.endObject();
    if (mode == "full") {
        j.field("completed", full.references)
            .field("minor_faults", full.minorFaults)
            .field("major_faults", full.majorFaults)
            .field("tlb_hits", full.tlbHits)
            .field("tlb_misses", full.tlbMisses)
            .field("evictions", full.evictions)
            .field("swap_outs", full.swapOuts)
            .field("swap_ins", full.swapIns);
    }
    const double seconds = since(t0);
    j.key("seconds").raw(std::to_string(seconds));
    j.endObject();
    if (o->json)
        std::cout << j.str() << '\n';
    else
        std::cout << text << "seconds: " << seconds << '\n';
    return status;
}

int mrcVerb(const std::vector<std::string>& args)
{
    const auto o = parseOptions("mrc", args);
    if (!o)
        return kBadInput;
    std::vector<Policy> policies;
    if (!policiesOf(*o, policies))
        return kBadInput;
    const auto t = load(*o, "mrc");
    if (!t)
        return kFailed;
    const auto maxFrames = number(*o, "--max-frames", std::max<u64>(1, t->distinct()), 1);
    if (!maxFrames)
        return kBadInput;
    const auto t0 = Clock::now();
    std::map<Policy, std::vector<std::pair<u64, u64>>> curves;
    const std::vector<u64> sizes = sampleSizes(*maxFrames);
    for (Policy p : policies) {
        Progress progress(o->progress, "mrc " + std::string(toString(p)));
        if (p == Policy::Lru)
            curves[p] = lruStackDistances(*t, *maxFrames,
                progress.enabled() ? std::function<void(u64)>([&](u64 d) { progress(d, t->size()); })
                                   : nullptr)
                            .curve();
        else
            curves[p] = policyCurve(*t, p, sizes, 0,
                progress.enabled() ? std::function<void(u64)>([&](u64 d) { progress(d, sizes.size()); })
                                   : nullptr);
    }
    const double seconds = since(t0);
    if (o->json) {
        JsonWriter j;
        j.beginObject();
        j.field("references", t->size()).field("pages", t->distinct()).field("max_frames", *maxFrames);
        auto writeCurve = [&](const std::vector<std::pair<u64, u64>>& c) {
            j.beginArray();
            for (const auto& [f, n] : c) {
                j.beginArray();
                j.value(f).value(n);
                j.endArray();
            }
            j.endArray();
        };
        if (policies.size() == 1) {
            j.field("policy", std::string(toString(policies[0])));
            j.key("curve");
            writeCurve(curves[policies[0]]);
        } else {
            j.key("curve").beginObject();
            for (Policy p : policies) {
                j.key(toString(p));
                writeCurve(curves[p]);
            }
            j.endObject();
        }
        j.key("seconds").raw(std::to_string(seconds));
        j.endObject();
        std::cout << j.str() << '\n';
        return kOk;
    }
    // Text and CSV: one row per size; with several policies the sampled sizes.
    const std::vector<u64>& rows = policies.size() == 1 ? std::vector<u64> {} : sizes;
    std::string out = "frames";
    for (Policy p : policies)
        out += (o->csv ? "," : "\t") + std::string(toString(p));
    out += '\n';
    auto faultsAt = [&](Policy p, u64 frames) {
        const auto& c = curves[p];
        for (const auto& [f, n] : c)
            if (f == frames)
                return n;
        return u64 { 0 };
    };
    const auto& one = curves[policies[0]];
    const std::size_t count = policies.size() == 1 ? one.size() : rows.size();
    for (std::size_t i = 0; i < count; ++i) {
        const u64 frames = policies.size() == 1 ? one[i].first : rows[i];
        out += std::to_string(frames);
        for (Policy p : policies)
            out += (o->csv ? "," : "\t")
                + std::to_string(policies.size() == 1 ? one[i].second
                        : p == Policy::Lru            ? curves[p][frames - 1].second
                                                      : faultsAt(p, frames));
        out += '\n';
    }
    std::cout << out;
    if (!o->csv)
        std::cout << t->size() << " references, " << t->distinct() << " pages, seconds: " << seconds << '\n';
    return kOk;
}

int workloadVerb(const std::vector<std::string>& args)
{
    WorkloadSpec spec;
    bool haveKind = false, havePages = false, haveCount = false;
    for (const std::string& a : args) {
        const auto eq = a.find('=');
        const std::string key = a.substr(0, eq), value = eq == std::string::npos ? "" : a.substr(eq + 1);
        try {
            if (key == "kind" && parseWorkloadKind(value)) {
                spec.kind = *parseWorkloadKind(value);
                haveKind = true;
            } else if (key == "pages") {
                spec.pages = std::stoull(value, nullptr, 0);
                havePages = true;
            } else if (key == "count") {
                spec.count = std::stoull(value, nullptr, 0);
                haveCount = true;
            } else if (key == "theta")
                spec.theta = std::stod(value);
            else if (key == "write")
                spec.write = std::stod(value);
            else if (key == "seed")
                spec.seed = std::stoull(value, nullptr, 0);
            else
                throw std::invalid_argument(a);
        } catch (const std::exception&) {
            std::cerr << "pagelab-cli workload: bad argument '" << a << "'\n";
            return kBadInput;
        }
    }
    if (!haveKind || !havePages || !haveCount) {
        std::cerr << "usage: pagelab-cli workload kind=seq|random|loop|zipf pages=N count=N [theta=F] "
                     "[write=F] [seed=N]\n";
        return kBadInput;
    }
    if (std::string err = spec.validate(); !err.empty()) {
        std::cerr << "pagelab-cli workload: " << err << '\n';
        return kBadInput;
    }
    return writePagesTrace(stdout, generateWorkload(spec)) ? kOk : kFailed;
}

} // namespace pagelab::cli
