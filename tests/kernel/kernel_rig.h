// A machine with a kernel for the kernel suites, and the PTE lookups they share.
#pragma once

#include "hw/paging_entry.h"
#include "kernel/kernel.h"

namespace pagelab::kernel {

struct KernelRig {
    Journal journal;
    Machine m;
    Kernel k;
    explicit KernelRig(MachineConfig c = {})
        : m(c, journal)
        , k(m)
    {
    }
    // The PTE of va in p's tables (0 when no table reaches it).
    u64 entry(Process& p, VAddr va)
    {
        auto a = k.pteAddress(p, va, false);
        return a ? m.memory().read(*a, geometry(m.cpu().mode).entryBytes) : 0;
    }
    Pfn pfnOf(Process& p, VAddr va) { return entryAddress(m.cpu().mode, entry(p, va)) >> kPageShift; }
};

} // namespace pagelab::kernel
