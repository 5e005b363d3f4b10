// Processes and the mmap family: the per-process mm (VMAs + page tables), the classic ELF
// layout, fork with copy-on-write (kernel/fork.c dup_mmap -> copy_page_range), exit
// (exit_mmap), mmap (mm/mmap.c do_mmap), munmap (do_vmi_munmap) and mprotect
// (mm/mprotect.c).
#include "kernel/kernel.h"

#include "hw/paging_entry.h"

#include <stdexcept>

namespace pagelab::kernel {

namespace {

// Where the top-down mmap search starts without randomisation (mm/util.c mmap_base: below the
// stack and its gap), and the lowest address it may return (mmap_min_addr rounds hints up;
// arch_get_unmapped_area_topdown uses PAGE_SIZE as its low limit).
VAddr mmapBase(PagingMode mode)
{
    return mode == PagingMode::Bits32 || mode == PagingMode::Pae ? 0xb7fff000ull : 0x7ffff7fff000ull;
}
constexpr VAddr kMmapMinAddr = 0x10000;

bool is64(PagingMode mode)
{
    return mode == PagingMode::Level4 || mode == PagingMode::Level5;
}

// Rounds len up to pages; false on overflow.
bool pageAlignLen(u64 len, u64& out)
{
    if (len > ~u64 { 0 } - kPageMask)
        return false;
    out = (len + kPageMask) & ~kPageMask;
    return true;
}

} // namespace

Kernel::Kernel(Machine& machine)
    : m_(machine)
{
    initReclaim(); // part "reclaim": swap space and the replacement policy
}

Kernel::~Kernel() = default;

Mm& Kernel::mm(const Process& p)
{
    auto it = mms_.find(p.pid);
    if (it == mms_.end())
        throw std::out_of_range("process '" + p.name + "' has no mm");
    return *it->second;
}

const Mm* Kernel::findMm(const Process& p) const
{
    const auto it = mms_.find(p.pid);
    return it == mms_.end() ? nullptr : it->second.get();
}

void Kernel::makeRoomForTopTable(const Process* forker)
{
    // pgd_alloc allocates with GFP_PGTABLE_USER (GFP_KERNEL): with no free frame it reclaims
    // first (__alloc_pages_slowpath), and as a last resort the OOM killer runs. Without a
    // forker the running process is not the allocating task: when chosen it is killed and
    // reaped now (oom_kill_process + oom_reaper), like any other victim.
    lruFlushPending();
    const u32 owner = forker ? forker->pid : 0;
    while (m_.frames().freeFrames() == 0 && (reclaimOne() || oomKill(owner, forker != nullptr))) { }
}

Process& Kernel::createProcess(const std::string& name, bool classic)
{
    makeRoomForTopTable(nullptr);
    Process& p = m_.createProcess(name);
    auto owned = std::make_unique<Mm>();
    Mm& mm = *owned;
    mms_[p.pid] = std::move(owned);
    if (!classic)
        return p;
    // What execve of a non-PIE ELF leaves (load_elf_binary, without address randomisation):
    // text at the ELF base, data right after it, the heap from the end of data (brk), and
    // the stack below STACK_TOP. Text and data are anonymous here (no executable file in the
    // simulated file system): their pages are demand-zero.
    const PagingMode mode = m_.cpu().mode;
    const VAddr textStart = is64(mode) ? 0x400000 : 0x08048000;
    const VAddr stackTop = is64(mode) ? 0x7ffffffff000ull : 0xc0000000ull;
    const VAddr dataStart = textStart + 4 * kPageSize;
    const VAddr heapStart = dataStart + 2 * kPageSize;
    const Vma layout[] = {
        { textStart, dataStart, vm::READ | vm::EXEC, Backing::Anon, 0, 0, "text" },
        { dataStart, heapStart, vm::READ | vm::WRITE, Backing::Anon, 0, 0, "data" },
        // Linux starts with an empty heap at brk; one page here so that it shows.
        { heapStart, heapStart + kPageSize, vm::READ | vm::WRITE, Backing::Anon, 0, 0, "[heap]" },
        { stackTop - 32 * kPageSize, stackTop, vm::READ | vm::WRITE | vm::GROWSDOWN, Backing::Anon, 0, 0,
            "[stack]" },
    };
    for (const Vma& v : layout) {
        mm.vmas.insert(v);
        record(journal(), ev::VmaChange { p.pid, "exec", v.start, v.end, v.flags, v.label });
    }
    mm.brk = heapStart + kPageSize;
    return p;
}

Process* Kernel::fork(Process& parent, const std::string& childName)
{
    Mm& pmm = mm(parent);
    makeRoomForTopTable(&parent);
    if (m_.frames().freeFrames() == 0) {
        // mm_alloc_pgd failed: copy_process unwinds and fork returns -ENOMEM. A parent the
        // OOM killer chose meets its SIGKILL on the way back to user space.
        if (oomPending_ == parent.pid)
            killOomVictim(parent, 0);
        return nullptr;
    }
    Process& child = m_.createProcess(childName);
    auto owned = std::make_unique<Mm>();
    Mm& cmm = *owned;
    mms_[child.pid] = std::move(owned);
    record(journal(), ev::ProcessForked { parent.pid, child.pid, childName });
    // Locks are not inherited (dup_mmap clears VM_LOCKED_MASK; mm_init drops def_flags).
    cmm.brk = pmm.brk;
    for (const auto& [start, v] : pmm.vmas) {
        Vma copy = v;
        copy.flags &= ~(vm::LOCKED | vm::LOCKONFAULT);
        cmm.vmas.insert(copy);
    }
    const PagingMode mode = m_.cpu().mode;
    bool ok = true;
    for (const auto& [start, v] : pmm.vmas) {
        const bool shared = v.flags & (vm::SHARED | vm::PFNMAP);
        forEachPte(parent, v.start, v.end, [&](VAddr va, PAddr addr, u64 e) {
            if (ok && isSwapPte(e)) {
                ok = copySwapPte(child, va, e); // part "reclaim": copy_nonpresent_pte
                return;
            }
            if (!ok || !(e & (pte::P | kPteProtNone)))
                return;
            // copy_present_pte: the child's entry is old (A clear); a shared mapping's child
            // entry is also clean (the parent keeps D). A private writable page becomes
            // copy-on-write: R/W cleared in the parent (and its TLB entry flushed) and in
            // the child, the frame shared by both.
            u64 ce = e & ~pte::A;
            if (shared) {
                ce &= ~pte::D;
            } else if (e & pte::RW) {
                m_.editor().writeEntry(addr, 1, e & ~pte::RW, mode);
                flushPte(parent, va);
                ce &= ~pte::RW;
            }
            ok = mapEntry(child, va, ce);
        });
    }
    refreshShmMappings();
    if (!ok) {
        // dup_mmap failed (no frame for a page table): the child goes away, fork returns
        // ENOMEM.
        exit(child);
        throw std::runtime_error("fork: out of memory (no frame for the child's page tables)");
    }
    return &child;
}

void Kernel::exit(Process& p)
{
    const u64 freeBefore = m_.frames().freeFrames();
    Mm& mm = this->mm(p);
    // exit_mmap: unmap every VMA (freeing what no one else maps), then the page tables.
    for (const Vma* v : mm.vmas.list())
        forEachPte(p, v->start, v->end, [&](VAddr va, PAddr, u64) { zapPte(p, va); });
    mm.vmas.remove(0, ~kPageMask);
    mms_.erase(p.pid);
    refreshShmMappings();
    freeTables(p);
    record(journal(), ev::ProcessExited { p.pid, p.name, m_.frames().freeFrames() - freeBefore });
    m_.destroyProcess(p); // may switch to another process
}

std::optional<VAddr> Kernel::pickAddress(Process& p, u64 len, std::optional<VAddr> hint)
{
    const PagingMode mode = m_.cpu().mode;
    const VAddr top = taskSizeMax(mode);
    const VmaTree& vmas = mm(p).vmas;
    // arch_get_unmapped_area_topdown: a page-aligned hint that fits below TASK_SIZE and
    // overlaps nothing is taken as is; otherwise search down from mmap_base.
    if (hint) {
        VAddr h = std::max(*hint & ~kPageMask, kMmapMinAddr);
        if (len <= top && h <= top - len && !vmas.overlaps(h, h + len))
            return h;
    }
    return vmas.findFreeArea(len, kPageSize, std::min(mmapBase(mode), top));
}

SysResult Kernel::mmap(Process& p, const MmapArgs& a)
{
    if (a.backing == Backing::Device)
        return driverMmap(p, a.object, a.len, a.at, a.prot, a.offset >> kPageShift);
    Mm& mm = this->mm(p);
    const VAddr top = taskSizeMax(m_.cpu().mode);
    u64 len = 0;
    if (a.len == 0)
        return { err::kEINVAL };
    if (!pageAlignLen(a.len, len) || len > top)
        return { err::kENOMEM };
    if (a.prot & ~vm::kProtMask)
        return { err::kEINVAL };
    if (a.fixed) {
        // MAP_FIXED: the address is exact and must be page aligned (get_unmapped_area).
        if (!a.at || (*a.at & kPageMask))
            return { err::kEINVAL };
        if (*a.at > top - len)
            return { err::kENOMEM };
    }
    // The object, as open() would find it (ENOENT); the offset must be page aligned.
    u32 object = 0;
    std::string label = "anon";
    Backing backing = a.backing;
    if (a.backing == Backing::File) {
        File* f = findFile(a.object);
        if (!f)
            return { err::kENOENT };
        object = f->id;
        label = f->name;
    } else if (a.backing == Backing::Shm) {
        ShmObject* s = findShm(a.object);
        if (!s)
            return { err::kENOENT };
        object = s->id;
        label = s->name;
    }
    if (a.offset & kPageMask)
        return { err::kEINVAL };
    if (a.offset + len < a.offset)
        return { err::kEOVERFLOW };

    VAddr start = 0;
    if (a.fixed) {
        start = *a.at;
        unmapRange(p, start, start + len); // MAP_FIXED replaces what was there
    } else {
        auto where = pickAddress(p, len, a.at);
        if (!where)
            return { err::kENOMEM };
        start = *where;
    }
    if (a.backing == Backing::Anon && a.shared) {
        // MAP_SHARED|MAP_ANONYMOUS: shmem_zero_setup gives the VMA an unlinked tmpfs object
        // ("/dev/zero (deleted)" in /proc/PID/maps), shared with children across fork.
        auto s = std::make_unique<ShmObject>();
        s->id = nextObjectId_++;
        s->name = "dev/zero";
        s->size = len;
        s->unlinked = true;
        object = s->id;
        backing = Backing::Shm;
        shms_.push_back(std::move(s));
    }
    Vma v { start, start + len, a.prot, backing, object, a.offset >> kPageShift, label };
    if (a.shared)
        v.flags |= vm::SHARED;
    if (a.locked)
        v.flags |= vm::LOCKED;
    v.flags |= mm.lockFuture; // mlockall(MCL_FUTURE): VM_LOCKED from mm->def_flags
    mm.vmas.insert(v);
    record(journal(), ev::VmaChange { p.pid, "mmap", v.start, v.end, v.flags, v.label });
    refreshShmMappings();
    // MAP_POPULATE, or VM_LOCKED without VM_LOCKONFAULT: fault every page in now (mm_populate).
    if (a.populate || ((v.flags & vm::LOCKED) && !(v.flags & vm::LOCKONFAULT)))
        prefault(p, v.start, v.end);
    return { 0, start };
}

void Kernel::prefault(Process& p, VAddr start, VAddr end)
{
    for (VAddr va = start; va < end; va += kPageSize) {
        const Vma* v = mm(p).vmas.find(va);
        // populate_vma_page_range: nothing for PROT_NONE; a write fault only for a private
        // writable mapping (FOLL_WRITE), so shared pages are not dirtied by populating.
        if (!v || !(v->flags & vm::kProtMask))
            continue;
        const bool write = (v->flags & (vm::WRITE | vm::SHARED)) == vm::WRITE;
        const FaultResult r = handleFault(p, va, pf::U | (write ? pf::W : 0));
        if (r.signal != Signal::None)
            break; // __mm_populate stops at the first error; mmap itself still succeeds
    }
}

void Kernel::unmapRange(Process& p, VAddr start, VAddr end)
{
    Mm& mm = this->mm(p);
    // __split_vma at both ends, then zap the PTEs of the pieces (unmap_region).
    const std::vector<Vma> removed = mm.vmas.remove(start, end);
    for (const Vma& v : removed) {
        forEachPte(p, v.start, v.end, [&](VAddr va, PAddr, u64) { zapPte(p, va); });
        record(journal(), ev::VmaChange { p.pid, "munmap", v.start, v.end, v.flags, v.label });
    }
    if (removed.empty())
        return;
    // free_pgtables(prev ? prev->vm_end : FIRST_USER_ADDRESS, next ? next->vm_start :
    // USER_PGTABLES_CEILING): the tables of the gap between the VMAs that are left.
    const Vma* next = mm.vmas.findFirstEndingAfter(removed.back().end);
    VAddr floor = 0;
    for (const auto& [vmaStart, v] : mm.vmas) {
        if (v.end > removed.front().start)
            break;
        floor = v.end;
    }
    freeGapTables(p, removed.front().start, removed.back().end, floor, next ? next->start : 0);
    refreshShmMappings();
}

SysResult Kernel::munmap(Process& p, VAddr addr, u64 len)
{
    // do_vmi_munmap: unaligned start, zero length or a range beyond TASK_SIZE is EINVAL;
    // a range with nothing mapped in it is fine.
    const VAddr top = taskSizeMax(m_.cpu().mode);
    u64 rounded = 0;
    if ((addr & kPageMask) || len == 0 || !pageAlignLen(len, rounded) || addr > top || rounded > top - addr)
        return { err::kEINVAL };
    unmapRange(p, addr, addr + rounded);
    return { 0, addr };
}

SysResult Kernel::mprotect(Process& p, VAddr addr, u64 len, u64 prot)
{
    // do_mprotect_pkey: EINVAL for an unaligned start or unknown bits, 0 for len 0, ENOMEM
    // for a wrapping range or one with a hole.
    if ((addr & kPageMask) || (prot & ~vm::kProtMask))
        return { err::kEINVAL };
    if (len == 0)
        return { 0, addr };
    u64 rounded = 0;
    if (!pageAlignLen(len, rounded) || addr + rounded < addr)
        return { err::kENOMEM };
    const VAddr end = addr + rounded;
    Mm& mm = this->mm(p);
    if (!mm.vmas.fullyMapped(addr, end))
        return { err::kENOMEM };
    mm.vmas.protect(addr, end, prot);
    const PagingMode mode = m_.cpu().mode;
    // change_pte_range / can_change_pte_writable: new rights in every mapped PTE. Write
    // permission goes only where a write needs no fault: shared mappings (dirty pages only
    // for files), and private anonymous pages mapped once (the kernel's "exclusive anon
    // page" test, simplified to mapCount == 1). Other private pages stay read-only so the
    // next write takes the COW fault.
    forEachPte(p, addr, end, [&](VAddr va, PAddr entryAddr, u64 e) {
        if (!(e & (pte::P | kPteProtNone)))
            return;
        const Vma* v = mm.vmas.find(va);
        if (!v)
            return;
        const Pfn pfn = entryAddress(mode, e) >> kPageShift;
        bool writable = false;
        if (v->flags & vm::WRITE) {
            if (v->flags & vm::SHARED) {
                // A shared file mapping is write-notified (vma_wants_writenotify): only a page
                // already dirty gets R/W back, a clean one takes the fault that dirties it.
                writable = v->backing != Backing::File || (e & pte::D);
            } else if (m_.memory().containsFrame(pfn)) {
                const PageMeta* meta = pageMeta(pfn);
                writable = meta && meta->kind == Backing::Anon && m_.memory().info(pfn).mapCount == 1;
            }
        }
        const u64 ne = makePte(pfn, v->flags, writable) | (e & (pte::A | pte::D));
        if (ne == e)
            return;
        m_.editor().writeEntry(entryAddr, 1, ne, mode);
        if (e & pte::P)
            flushPte(p, va);
    });
    for (const Vma* v : mm.vmas.list())
        if (v->end > addr && v->start < end)
            record(journal(),
                ev::VmaChange {
                    p.pid, "mprotect", std::max(v->start, addr), std::min(v->end, end), v->flags, v->label });
    return { 0, addr };
}

} // namespace pagelab::kernel
