#include "machine/machine.h"

#include "hw/paging_entry.h"

#include <stdexcept>

namespace pagelab {

std::string MachineConfig::validate() const
{
    if (frames == 0)
        return "frames=0: a machine needs at least one frame";
    if (frames > PhysicalMemory::kMaxFrames)
        return "frames=" + std::to_string(frames) + " is more than the "
            + std::to_string(PhysicalMemory::kMaxFrames) + " frames (64 GiB) PageLab simulates";
    if (paging == PagingMode::Bits32 && frames > (u64 { 1 } << 20))
        return "32-bit paging reaches only 4 GiB of physical memory (1048576 frames)";
    if (std::string err = tlb.validate(); !err.empty())
        return err;
    if (pcid && (paging == PagingMode::Bits32 || paging == PagingMode::Pae))
        return "pcid=on needs 4-level or 5-level paging (CR4.PCIDE requires IA-32e mode)";
    return {};
}

static const MachineConfig& checked(const MachineConfig& c)
{
    if (std::string err = c.validate(); !err.empty())
        throw std::invalid_argument(err);
    return c;
}

Machine::Machine(const MachineConfig& config, Journal& journal)
    : config_(checked(config))
    , journal_(journal)
    , mem_(config.frames)
    , frames_(mem_)
    , tlb_(config.tlb)
    , editor_(mem_, &journal)
{
    cpu_.mode = config.paging;
    cpu_.pcide = config.pcid;
    // EFER.NXE does not exist for 32-bit paging: NX is never in force there.
    if (config.paging == PagingMode::Bits32)
        cpu_.nxe = false;
}

Machine::Machine(const Machine& other, Journal& journal)
    : config_(other.config_)
    , journal_(journal)
    , mem_(other.mem_)
    , frames_(other.frames_, mem_)
    , cpu_(other.cpu_)
    , tlb_(other.tlb_)
    , editor_(mem_, &journal)
    , stats_(other.stats_)
    , processes_(other.processes_)
    , nextPid_(other.nextPid_)
{
    // Every other member is a value; only these point into the machine.
    static_assert(sizeof(Machine) == 552, "a new member of Machine: copy it above, then update this size");
    for (std::size_t i = 0; i < other.processes_.size(); ++i)
        if (other.processes_[i].get() == other.current_)
            current_ = processes_[i].get();
}

AccessResult Machine::access(VAddr va, AccessOp op, Privilege priv)
{
    Journal* j = journal_.enabled() ? &journal_ : nullptr;
    AccessResult r;
    ++stats_.accesses;

    const u16 pcid = cpu_.pcid();
    if (auto hit = tlb_.lookup(va, pcid, j)) {
        const TlbEntry& e = hit->entry;
        r.tlbHit = true;
        r.stlbHit = hit->level == TlbLevel::Stlb;
        ++stats_.tlbHits;
        if (r.stlbHit)
            ++stats_.stlbHits;
        FaultReason reason = FaultReason::None;
        if (const u32 code = checkRights(cpu_, e.rights, op, priv, &reason)) {
            // The rights cached in the TLB forbid the access: #PF without a walk. A page fault
            // invalidates the TLB entries for the faulting address (SDM 4.10.4.1), so a fault
            // caused by a stale, stricter entry does not recur: Linux calls it spurious.
            r.fault = FaultKind::PageFault;
            r.reason = reason;
            r.errorCode = code;
        } else if (op != AccessOp::Write || e.dirty) {
            const u64 mask = pageSizeBytes(e.size) - 1;
            r.ok = true;
            r.size = e.size;
            r.paddr = (e.pfn << kPageShift) + (va & mask);
            record(j, ev::Translated { va, r.paddr, r.size, true });
            return r;
        }
        // else: a write through an entry cached with D=0; the processor walks again to set D
        // in the paging-structure entry (SDM 4.8).
        r.dirtyRewalk = r.fault == FaultKind::None;
    } else {
        ++stats_.tlbMisses;
    }

    if (r.fault == FaultKind::None) {
        ++stats_.walks;
        const WalkResult w = walk(cpu_, mem_, va, op, priv, j);
        if (w.ok()) {
            r.ok = true;
            r.size = w.size;
            r.paddr = w.paddr;
            TlbEntry e;
            e.valid = true;
            e.pageVa = va & ~(pageSizeBytes(w.size) - 1);
            e.pfn = w.pagePfn;
            e.size = w.size;
            e.pcid = pcid;
            e.global = w.global && cpu_.pge;
            e.rights = w.rights;
            e.dirty = w.dirty;
            tlb_.fill(e, j);
            record(j, ev::Translated { va, r.paddr, r.size, false });
            return r;
        }
        r.fault = w.fault;
        r.reason = w.reason;
        r.errorCode = w.errorCode;
    }

    if (r.fault == FaultKind::PageFault) {
        cpu_.cr2 = va;
        r.cr2 = va;
        tlb_.invlpg(va, pcid, nullptr);
    }
    record(j, ev::PageFault { va, r.errorCode, r.fault, r.reason });
    return r;
}

void Machine::loadCr3(u64 value)
{
    Journal* j = journal_.enabled() ? &journal_ : nullptr;
    const bool noFlush = cpu_.pcide && (value >> 63);
    const u64 old = cpu_.cr3;
    cpu_.cr3 = value & ~(u64 { 1 } << 63);
    record(j, ev::Cr3Load { old, cpu_.cr3, noFlush });
    // SDM 4.10.4.1, MOV to CR3: without PCIDs every non-global entry goes; with PCIDs only
    // those of the new PCID, and none at all when bit 63 is set.
    if (noFlush)
        record(j, ev::TlbFlush { TlbFlushKind::Cr3NoFlush, cpu_.pcid(), 0 });
    else
        tlb_.flushNonGlobal(cpu_.pcid(), !cpu_.pcide, j);
    if (cpu_.mode == PagingMode::Pae)
        loadPaePdptes(cpu_, mem_); // SDM 4.4.1: the PDPTEs are loaded with CR3
}

bool Machine::setCpuFlag(std::string_view name, bool value)
{
    Journal* j = journal_.enabled() ? &journal_ : nullptr;
    bool* flag = nullptr;
    const char* reg = "";
    if (name == "wp") {
        flag = &cpu_.wp;
        reg = "CR0.WP";
    } else if (name == "smep") {
        flag = &cpu_.smep;
        reg = "CR4.SMEP";
    } else if (name == "smap") {
        flag = &cpu_.smap;
        reg = "CR4.SMAP";
    } else if (name == "nxe") {
        flag = &cpu_.nxe;
        reg = "EFER.NXE";
    } else if (name == "pge") {
        flag = &cpu_.pge;
        reg = "CR4.PGE";
    } else if (name == "pse") {
        flag = &cpu_.pse;
        reg = "CR4.PSE";
    } else if (name == "ac") {
        flag = &cpu_.ac;
        reg = "EFLAGS.AC";
    } else
        return false;
    const bool old = *flag;
    *flag = value;
    record(j, ev::CpuConfig { reg, value });
    // SDM 4.10.4.1, MOV to CR4: changing PGE flushes everything, global entries too; setting
    // SMEP flushes the current PCID's entries (we flush all: the processor may always
    // invalidate more). PSE changes the meaning of PDEs, so their cached translations go too.
    if (old != value && (name == "pge" || (name == "smep" && value) || name == "pse"))
        tlb_.flushAll(j);
    return true;
}

u64 Machine::cr3For(const Process& p) const
{
    u64 cr3 = p.topTable << kPageShift;
    if (cpu_.pcide)
        cr3 |= p.pcid | (u64 { 1 } << 63); // Linux reuses a live PCID without flushing
    return cr3;
}

std::optional<Pfn> Machine::allocateTable(u32 owner, int level)
{
    auto pfn = frames_.allocate(FrameUse::PageTable, owner);
    if (!pfn)
        return std::nullopt;
    mem_.zeroFrame(*pfn);
    mem_.info(*pfn).level = static_cast<u8>(level);
    record(journal_.enabled() ? &journal_ : nullptr,
        ev::FrameAllocated { *pfn, static_cast<u8>(FrameUse::PageTable), owner });
    return pfn;
}

Process& Machine::createProcess(const std::string& name)
{
    if (findProcess(name))
        throw std::runtime_error("a process named '" + name + "' exists already");
    auto p = std::make_unique<Process>();
    p->pid = nextPid_;
    p->name = name;
    p->pcid = cpu_.pcide ? static_cast<u16>(p->pid & 0xfff) : 0;
    const int top = geometry(cpu_.mode).levels;
    auto table = allocateTable(p->pid, top);
    if (!table)
        throw std::runtime_error("no free frame for the page tables of '" + name + "'");
    p->topTable = *table;
    ++nextPid_;
    const ev::ProcessCreated event { p->pid, name, cr3For(*p) };
    processes_.push_back(std::move(p));
    record(journal_.enabled() ? &journal_ : nullptr, event); // the process exists at its event
    Process& created = *processes_.back();
    if (!current_)
        switchTo(created);
    return created;
}

Process* Machine::findProcess(std::string_view name)
{
    for (auto& p : processes_)
        if (p->name == name)
            return p.get();
    return nullptr;
}

void Machine::switchTo(Process& p)
{
    const u32 from = current_ ? current_->pid : 0;
    current_ = &p; // before its event: at the event, p runs (its CR3 is loaded next)
    record(journal_.enabled() ? &journal_ : nullptr, ev::ContextSwitch { from, p.pid, p.name });
    loadCr3(cr3For(p));
}

void Machine::destroyProcess(Process& p)
{
    Journal* j = journal_.enabled() ? &journal_ : nullptr;
    const bool wasCurrent = current_ == &p;
    // Its tables are gone: no translation tagged with its PCID may survive (a later process
    // may get the same PCID). Without PCIDs the entries of a process that is not running
    // went at the switch away from it, and the CR3 load below flushes those of a running one.
    if (cpu_.pcide)
        tlb_.flushNonGlobal(p.pcid, false, j);
    std::erase_if(processes_, [&](const DeepPtr<Process>& q) { return q.get() == &p; });
    if (!wasCurrent)
        return;
    current_ = nullptr;
    if (!processes_.empty())
        switchTo(*processes_.front());
    else if (!cpu_.pcide)
        tlb_.flushNonGlobal(0, true, j); // CR3 still names the freed tables: nothing may hit
}

CpuState Machine::cpuFor(const Process& p) const
{
    CpuState c = cpu_;
    c.cr3 = cr3For(p) & ~(u64 { 1 } << 63);
    if (c.mode == PagingMode::Pae && current_ != &p)
        loadPaePdptes(c, mem_);
    return c;
}

std::string Machine::processLabel(u32 pid) const
{
    if (pid == 0)
        return "kernel";
    for (const auto& p : processes_)
        if (p->pid == pid)
            return p->name + " (pid " + std::to_string(pid) + ")";
    return "pid " + std::to_string(pid);
}

} // namespace pagelab
