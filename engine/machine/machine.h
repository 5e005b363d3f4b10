// The simulated computer: physical memory, one CPU with its control registers and TLB, and
// the processes whose address spaces it switches between. Every hardware step goes to the
// journal. The kernel's memory management (issue 3 onwards) builds on this.
#pragma once

#include "hw/cpu_state.h"
#include "hw/deep_ptr.h"
#include "hw/page_table_editor.h"
#include "hw/page_walker.h"
#include "hw/physical_memory.h"
#include "hw/tlb.h"
#include "journal/journal.h"
#include "machine/frame_allocator.h"
#include "machine/stats.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pagelab {

struct MachineConfig {
    PagingMode paging = PagingMode::Level4;
    u64 frames = 64;
    TlbConfig tlb {};
    bool pcid = false;
    std::string policy = "lru";
    u64 seed = 0;

    // Empty when valid, else a sentence naming the bad setting.
    std::string validate() const;
};

struct Process {
    u32 pid = 0;
    std::string name;
    Pfn topTable = 0; // PML5/PML4/page directory, or the PDPT's frame in PAE mode
    u16 pcid = 0;
};

struct AccessResult {
    bool ok = false;
    bool tlbHit = false;
    bool stlbHit = false;     // the hit came from the second-level TLB (and refilled L1)
    bool dirtyRewalk = false; // a write hit an entry cached with D=0: walked again to set D
    PAddr paddr = 0;
    PageSize size = PageSize::Size4K;
    FaultKind fault = FaultKind::None;
    FaultReason reason = FaultReason::None;
    u32 errorCode = 0;
    VAddr cr2 = 0;
};

class Machine {
public:
    // Throws std::invalid_argument when the configuration is invalid.
    Machine(const MachineConfig& config, Journal& journal);
    // A copy of `other` in every detail (memory, CPU, TLB, processes, statistics) that
    // records into `journal` (Session::clone).
    Machine(const Machine& other, Journal& journal);
    Machine(const Machine&) = delete;
    Machine& operator=(const Machine&) = delete;

    const MachineConfig& config() const { return config_; }
    CpuState& cpu() { return cpu_; }
    const CpuState& cpu() const { return cpu_; }
    PhysicalMemory& memory() { return mem_; }
    const PhysicalMemory& memory() const { return mem_; }
    Tlb& tlb() { return tlb_; }
    const Tlb& tlb() const { return tlb_; }
    FrameAllocator& frames() { return frames_; }
    const FrameAllocator& frames() const { return frames_; }
    Stats& stats() { return stats_; }
    const Stats& stats() const { return stats_; }
    Journal& journal() { return journal_; }
    PageTableEditor& editor() { return editor_; }

    // One hardware access through the TLB and, on a miss, the page walk. Sets CR2 and
    // reports the fault on failure; nothing else (no kernel here).
    AccessResult access(VAddr va, AccessOp op, Privilege priv);

    // MOV to CR3 (bit 63 = no-flush when CR4.PCIDE=1), with the TLB rules of SDM 4.10.4.1.
    void loadCr3(u64 value);
    // MOV to CR0/CR4/EFER and STAC/CLAC: `name` is one of wp smep smap nxe pge pse ac.
    // Returns false for an unknown name.
    bool setCpuFlag(std::string_view name, bool value);

    // A new, empty address space (only the top-level table). Throws std::runtime_error
    // when the name is taken or no frame is free.
    Process& createProcess(const std::string& name);
    Process* findProcess(std::string_view name);
    const std::vector<DeepPtr<Process>>& processes() const { return processes_; }
    Process* current() { return current_; }
    const Process* current() const { return current_; }
    // Context switch: loads the process's CR3 (with PCID and no-flush when PCIDs are on).
    void switchTo(Process& p);
    // Forgets a process whose memory the kernel has already freed (exit): no TLB entry of it
    // survives, and when it was running the machine switches to the first remaining process,
    // if any (else CR3 is left as it was). `p` is destroyed.
    void destroyProcess(Process& p);
    // The CPU state as it would be with `p` running (for inspecting another process).
    CpuState cpuFor(const Process& p) const;

    // Allocates and zeroes a frame for a paging structure of `level` owned by `owner`.
    std::optional<Pfn> allocateTable(u32 owner, int level);
    // "name (pid N)" for a pid, "kernel" for 0: used in frame ownership output.
    std::string processLabel(u32 pid) const;

private:
    u64 cr3For(const Process& p) const;

    MachineConfig config_;
    Journal& journal_;
    PhysicalMemory mem_;
    FrameAllocator frames_;
    CpuState cpu_;
    Tlb tlb_;
    PageTableEditor editor_;
    Stats stats_;
    std::vector<DeepPtr<Process>> processes_;
    Process* current_ = nullptr;
    u32 nextPid_ = 1;
};

} // namespace pagelab
