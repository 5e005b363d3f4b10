// Accesses per second through the whole MMU path (Machine::access): on a TLB hit, and on a
// TLB miss that walks all four levels. The journal is off, as during a trace replay.
#include "hw/paging_entry.h"
#include "machine/machine.h"

#include <benchmark/benchmark.h>

using namespace pagelab;

namespace {

struct Fixture {
    Journal journal;
    std::unique_ptr<Machine> machine;

    Fixture(u32 tlbEntries, u32 tlbWays, int pages)
    {
        journal.setEnabled(false);
        MachineConfig c;
        c.frames = 4096;
        c.tlb = TlbConfig { tlbEntries, tlbWays, 0, 0 };
        machine = std::make_unique<Machine>(c, journal);
        Process& p = machine->createProcess("bench");
        for (int i = 0; i < pages; ++i) {
            const VAddr va = 0x40'0000 + static_cast<VAddr>(i) * kPageSize;
            const CpuState cpu = machine->cpuFor(p);
            auto addr = machine->editor().ensureEntry(
                cpu, va, 1, [&](int level) { return machine->allocateTable(p.pid, level); });
            machine->editor().writeEntry(
                *addr, 1, (Pfn(1000 + i) << kPageShift) | pte::P | pte::RW | pte::US, cpu.mode);
        }
    }
};

void BM_AccessTlbHit(benchmark::State& state)
{
    Fixture f(64, 4, 16);
    VAddr va = 0x40'0000;
    for (auto _ : state) {
        benchmark::DoNotOptimize(f.machine->access(va, AccessOp::Read, Privilege::User));
        va = 0x40'0000 + ((va + kPageSize + 8) & 0xffff); // 16 pages, all resident in the TLB
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["tlb_hits"] = static_cast<double>(f.machine->stats().tlbHits);
}

void BM_AccessFullWalk(benchmark::State& state)
{
    // A 1-entry TLB and alternating pages: every access misses and walks PML4E, PDPTE, PDE, PTE.
    Fixture f(1, 1, 2);
    VAddr va = 0x40'0000;
    for (auto _ : state) {
        benchmark::DoNotOptimize(f.machine->access(va, AccessOp::Read, Privilege::User));
        va ^= kPageSize;
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["walks"] = static_cast<double>(f.machine->stats().walks);
}

void BM_WalkOnly(benchmark::State& state)
{
    Fixture f(1, 1, 2);
    const CpuState cpu = f.machine->cpu();
    for (auto _ : state)
        benchmark::DoNotOptimize(
            walk(cpu, f.machine->memory(), 0x40'0008, AccessOp::Read, Privilege::User, nullptr));
    state.SetItemsProcessed(state.iterations());
}

} // namespace

BENCHMARK(BM_AccessTlbHit);
BENCHMARK(BM_AccessFullWalk);
BENCHMARK(BM_WalkOnly);
BENCHMARK_MAIN();
