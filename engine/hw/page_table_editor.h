// What the kernel (and the `pte` command) does to page tables: find or create the entry for
// an address at a given level, write an entry, and look at the entries a walk would read.
// The hardware walk itself is in page_walker.h.
#pragma once

#include "hw/cpu_state.h"
#include "hw/page_walker.h"
#include "hw/physical_memory.h"

#include <array>
#include <functional>
#include <optional>
#include <vector>

namespace pagelab {

class Journal;

class PageTableEditor {
public:
    PageTableEditor(PhysicalMemory& mem, Journal* journal);

    // Walks from cpu.tableBase() down to `level` (1 = PTE .. 5 = PML5E), creating each
    // missing table with alloc(level of the new table) and pointing a new non-leaf entry at
    // it (P|RW|US; a PAE PDPTE gets only P, its other bits being reserved). Returns the
    // physical address of the entry at `level`, or nullopt when a large page maps the
    // address above `level`, a table lies outside RAM, allocation fails, or `level` or `va`
    // do not exist in this paging mode. The PAE PDPT is edited in memory: reload the PDPTE
    // registers (loadPaePdptes) afterwards.
    std::optional<PAddr> ensureEntry(const CpuState& cpu, VAddr va, int level,
        const std::function<std::optional<Pfn>(int tableLevel)>& alloc);

    // Writes an entry (4 bytes in 32-bit paging, else 8) and records ev::PteWrite.
    void writeEntry(PAddr entryAddr, int level, u64 value, PagingMode mode);

    // The entries a walk of `va` would read, top level first, changing nothing and checking
    // no rights. Stops after a non-present entry, a leaf, or an entry with a reserved bit
    // set (where the walk stops with RSVD). PAE PDPTEs come from cpu.pdpte, as in the walk.
    // Empty for a non-canonical address.
    std::vector<WalkLevel> inspect(const CpuState& cpu, VAddr va) const;
    // The same, in a fixed array (walkPath() of page_walker.h).
    WalkPath path(const CpuState& cpu, VAddr va) const { return walkPath(cpu, mem_, va); }

private:
    PhysicalMemory& mem_;
    Journal* journal_;
};

} // namespace pagelab
