// The TLB alone: lookups per second on a hit, on a miss followed by the fill a walk would
// do, and INVLPG. The journal is off (nullptr), as during a trace replay.
#include "hw/tlb.h"

#include <benchmark/benchmark.h>

using namespace pagelab;

namespace {

TlbEntry entryFor(VAddr va, Pfn pfn)
{
    TlbEntry e;
    e.valid = true;
    e.pageVa = va & ~kPageMask;
    e.pfn = pfn;
    e.rights = Rights { true, true, true };
    e.dirty = true;
    return e;
}

// args: entries, ways. 16 resident pages, visited in turn.
void BM_LookupHit(benchmark::State& state)
{
    Tlb tlb(TlbConfig { static_cast<u32>(state.range(0)), static_cast<u32>(state.range(1)) });
    constexpr u64 kPages = 16;
    for (u64 i = 0; i < kPages; ++i)
        tlb.fill(entryFor(0x40'0000 + i * kPageSize, 1000 + i), nullptr);
    u64 i = 0;
    for (auto _ : state) {
        auto hit = tlb.lookup(0x40'0000 + (i % kPages) * kPageSize + 8, 0, nullptr);
        benchmark::DoNotOptimize(hit);
        ++i;
    }
    state.SetItemsProcessed(state.iterations());
}

// A hit on a 2M entry while 4K entries are present too: the lookup probes two sizes.
void BM_LookupHitLargePage(benchmark::State& state)
{
    Tlb tlb(TlbConfig { 64, 4 });
    for (u64 i = 0; i < 8; ++i)
        tlb.fill(entryFor(0x1000 + i * kPageSize, i), nullptr);
    TlbEntry large = entryFor(0x4000'0000, 0x40000);
    large.size = PageSize::Size2M;
    tlb.fill(large, nullptr);
    u64 i = 0;
    for (auto _ : state) {
        auto hit = tlb.lookup(0x4000'0000 + (i & 0x1ff) * kPageSize, 0, nullptr);
        benchmark::DoNotOptimize(hit);
        ++i;
    }
    state.SetItemsProcessed(state.iterations());
}

// args: entries, ways. Twice as many pages as entries: every lookup misses, then fills
// (evicting the LRU way).
void BM_LookupMissFill(benchmark::State& state)
{
    const u32 entries = static_cast<u32>(state.range(0));
    Tlb tlb(TlbConfig { entries, static_cast<u32>(state.range(1)) });
    const u64 pages = u64 { entries } * 2;
    u64 i = 0;
    for (auto _ : state) {
        const VAddr va = 0x40'0000 + (i % pages) * kPageSize;
        auto hit = tlb.lookup(va, 0, nullptr);
        benchmark::DoNotOptimize(hit);
        if (!hit)
            tlb.fill(entryFor(va, i), nullptr);
        ++i;
    }
    state.SetItemsProcessed(state.iterations());
}

// INVLPG of a resident page, then the refill (so every iteration removes one entry).
void BM_InvlpgRefill(benchmark::State& state)
{
    Tlb tlb(TlbConfig { 64, 4 });
    for (u64 i = 0; i < 64; ++i)
        tlb.fill(entryFor(0x40'0000 + i * kPageSize, i), nullptr);
    u64 i = 0;
    for (auto _ : state) {
        const VAddr va = 0x40'0000 + (i & 63) * kPageSize;
        benchmark::DoNotOptimize(tlb.invlpg(va, 0, nullptr));
        tlb.fill(entryFor(va, i), nullptr);
        ++i;
    }
    state.SetItemsProcessed(state.iterations());
}

// INVLPG of an address with nothing cached: the common case of a kernel's shootdown.
void BM_InvlpgAbsent(benchmark::State& state)
{
    Tlb tlb(TlbConfig { 64, 4 });
    for (u64 i = 0; i < 64; ++i)
        tlb.fill(entryFor(0x40'0000 + i * kPageSize, i), nullptr);
    u64 i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(tlb.invlpg(0x8000'0000 + (i & 63) * kPageSize, 0, nullptr));
        ++i;
    }
    state.SetItemsProcessed(state.iterations());
}

} // namespace

BENCHMARK(BM_LookupHit)->Args({ 16, 4 })->Args({ 64, 4 })->Args({ 64, 64 })->Args({ 1536, 12 });
BENCHMARK(BM_LookupHitLargePage);
BENCHMARK(BM_LookupMissFill)->Args({ 16, 4 })->Args({ 64, 4 })->Args({ 64, 64 });
BENCHMARK(BM_InvlpgRefill);
BENCHMARK(BM_InvlpgAbsent);
BENCHMARK_MAIN();
