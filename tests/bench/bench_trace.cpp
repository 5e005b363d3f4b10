// Trace benchmarks (issue 4): a Zipf trace of 10M references over 1M pages (theta 0.99,
// seed 1), 65,536 frames. Replacement-only LRU/FIFO/CLOCK references per second, the exact
// LRU curve (Mattson, all sizes up to 65,536), and the full model (Machine + Kernel) with
// 65,536 frames and at a size where the trace fits in RAM (1.1M frames). Run in a Release
// tree.
#include "trace/mrc.h"
#include "trace/replay.h"
#include "trace/workload.h"

#include <benchmark/benchmark.h>

using namespace pagelab;
using namespace pagelab::trace;

namespace {

const DenseTrace& zipfTrace()
{
    static const DenseTrace t = [] {
        WorkloadSpec s;
        s.kind = WorkloadKind::Zipf;
        s.pages = 1u << 20;
        s.count = 10'000'000;
        s.seed = 1;
        return densify(generateWorkload(s));
    }();
    return t;
}

void BM_Replacement(benchmark::State& state)
{
    const DenseTrace& t = zipfTrace();
    const auto policy = static_cast<Policy>(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(simulate(t, policy, 65536).faults);
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * t.size()));
}
BENCHMARK(BM_Replacement)
    ->Arg(int(Policy::Lru))
    ->Arg(int(Policy::Fifo))
    ->Arg(int(Policy::Clock))
    ->Unit(benchmark::kMillisecond);

void BM_Densify(benchmark::State& state)
{
    WorkloadSpec s;
    s.kind = WorkloadKind::Zipf;
    s.pages = 1u << 20;
    s.count = 10'000'000;
    s.seed = 1;
    const auto refs = generateWorkload(s);
    for (auto _ : state)
        benchmark::DoNotOptimize(densify(refs).distinct());
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * refs.size()));
}
BENCHMARK(BM_Densify)->Unit(benchmark::kMillisecond);

void BM_LruCurve(benchmark::State& state)
{
    const DenseTrace& t = zipfTrace();
    for (auto _ : state)
        benchmark::DoNotOptimize(lruStackDistances(t, 65536).curve().back().second);
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * t.size()));
}
BENCHMARK(BM_LruCurve)->Unit(benchmark::kMillisecond);

// Arg = frames: 65,536 is the machine (reclaim and swap on about one reference in
// four); 1,100,000 holds the whole trace (demand-zero faults only, then TLB and walks).
void BM_FullModel(benchmark::State& state)
{
    const DenseTrace& t = zipfTrace();
    ReplayOptions o;
    o.frames = static_cast<u64>(state.range(0));
    for (auto _ : state) {
        const ReplayResult r = replayFull(t, o);
        if (!r.ok)
            state.SkipWithError(r.error.c_str());
        benchmark::DoNotOptimize(r.faults);
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * t.size()));
}
BENCHMARK(BM_FullModel)->Arg(65536)->Arg(1'100'000)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

BENCHMARK_MAIN();
