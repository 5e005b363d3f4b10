// The hardware page walk: from CR3 down through the paging structures held in simulated
// physical memory, combining rights over all levels, checking reserved bits, setting A/D
// bits, and computing the #PF error code. SDM vol. 3, 4.3-4.7.
#pragma once

#include "hw/cpu_state.h"
#include "hw/physical_memory.h"
#include "journal/event.h"

#include <array>
#include <optional>

namespace pagelab {

class Journal;

// Rights of a translation, combined over every level of the walk (SDM 4.6.1).
struct Rights {
    bool user = false;      // U/S=1 at every level
    bool writable = false;  // R/W=1 at every level
    bool executable = true; // NX=0 at every level (always true when NX is not in force)
};

// #PF error code bits (SDM 4.7, figure 4-12).
namespace pf {
constexpr u32 P = 1u << 0;    // 0: not present, 1: protection violation
constexpr u32 W = 1u << 1;    // write access
constexpr u32 U = 1u << 2;    // user-mode access
constexpr u32 RSVD = 1u << 3; // reserved bit set in some entry
constexpr u32 ID = 1u << 4;   // instruction fetch (only when SMEP or NX is in force)
} // namespace pf

// No member initialisers: a WalkResult is made on every TLB miss, and zeroing five levels
// that `depth` says are unused was a measurable part of the walk. `WalkLevel {}` is zeroed.
struct WalkLevel {
    u8 level; // 5..1, see PagingGeometry
    u16 index;
    PAddr entryAddr;
    u64 entry; // as read (before any A/D update)
};

struct WalkResult {
    FaultKind fault = FaultKind::None;
    FaultReason reason = FaultReason::None;
    u32 errorCode = 0; // valid when fault == PageFault
    PAddr paddr = 0;   // translated address when no fault
    Pfn pagePfn = 0;   // first frame of the mapped page (of the large page for 2M/4M/1G)
    PageSize size = PageSize::Size4K;
    Rights rights;
    bool global = false;             // G in the leaf (only honoured with CR4.PGE)
    bool dirty = false;              // D in the leaf after this walk
    std::array<WalkLevel, 5> levels; // the entries read, top level first (`depth` of them)
    u8 depth = 0;                    // how many of `levels` are valid

    bool ok() const { return fault == FaultKind::None; }
};

// Checks an access against already-combined rights (used both after a walk and on a TLB
// hit). Returns 0 when allowed, else the #PF error code (P=1: a protection violation).
// `va` matters only for SMEP/SMAP (user address = rights.user).
u32 checkRights(
    const CpuState& cpu, const Rights& rights, AccessOp op, Privilege priv, FaultReason* reason = nullptr);

// The I/D error-code bit is reported only for fetches when SMEP=1 or when NX is in force
// (PAE, 4-level or 5-level with EFER.NXE=1) (SDM 4.7).
u32 errorCodeFor(const CpuState& cpu, AccessOp op, Privilege priv, bool present, bool rsvd);

// Walks the paging structures for one access. Sets A in every entry used (A and D in the
// leaf only when the access succeeds). Emits WalkStart, WalkRead per level, AccessedSet,
// DirtySet and, on failure, nothing more: the caller (Mmu) reports the PageFault.
// Non-canonical addresses in 4/5-level paging give FaultKind::GeneralProtection.
WalkResult walk(
    const CpuState& cpu, PhysicalMemory& mem, VAddr va, AccessOp op, Privilege priv, Journal* journal);

// Whether a present entry at `level` has a bit set that is reserved in the current mode
// (MAXPHYADDR 46, XD without EFER.NXE, PS in a PML4E/PML5E, large-page bits 20:13 / 29:13,
// 4 MiB PDE bits 21:13, PAE PDPTE bits 2:1, 8:5, 63:46).
bool hasReservedBits(const CpuState& cpu, int level, u64 entry);
// Whether a present entry at `level` maps a page rather than referencing a table.
bool isLeaf(const CpuState& cpu, int level, u64 entry);

// The entries of one inspected walk, top level first, without allocating (the kernel looks
// up PTEs on every fault and every eviction). Only the first `depth` levels are set.
struct WalkPath {
    std::array<WalkLevel, 5> levels;
    u8 depth = 0;
    bool empty() const { return depth == 0; }
    std::size_t size() const { return depth; }
    const WalkLevel& back() const { return levels[depth - 1]; }
    const WalkLevel* begin() const { return levels.data(); }
    const WalkLevel* end() const { return levels.data() + depth; }
};

// The entries the walk for `va` would read, down to the first that is not present, has a
// reserved bit set or maps the page; nothing is written, nothing recorded, no rights are
// checked. Empty for a non-canonical address.
WalkPath walkPath(const CpuState& cpu, const PhysicalMemory& mem, VAddr va);

// Where the walk for `va` would read the entry that maps the page: the upper levels are read
// (no A/D bits, no events, no reserved-bit checks) and the address of the last entry the
// walk would reach is returned, or nullopt when an upper entry is not present or `va` is
// not canonical. A host-side hint only (trace replay prefetches that entry's cache line
// ahead of the access): the simulated machine sees nothing.
std::optional<PAddr> leafEntryAddress(const CpuState& cpu, const PhysicalMemory& mem, VAddr va);

// Reads the four PAE PDPTEs at CR3 into the CPU (SDM 4.4.1: loaded on MOV to CR3).
void loadPaePdptes(CpuState& cpu, const PhysicalMemory& mem);

} // namespace pagelab
