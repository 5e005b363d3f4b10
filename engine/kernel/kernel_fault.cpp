// The page-fault handler and user-mode accesses: arch/x86/mm/fault.c do_user_addr_fault ->
// handle_mm_fault (mm/memory.c), and the loop "access, #PF, handler, retry" a user
// instruction goes through. Physical reads and writes that reach device memory go here too.
#include "kernel/kernel.h"

#include "hw/paging_entry.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace pagelab::kernel {

namespace {

Journal* journalOf(Machine& m)
{
    return m.journal().enabled() ? &m.journal() : nullptr;
}

// The stack grows by at most this many pages in one fault (a simplification: Linux lets an
// access anywhere below a VM_GROWSDOWN VMA grow it, bounded by RLIMIT_STACK), and keeps
// stack_guard_gap (256 pages, mm/mmap.c) free between the stack and the VMA below it.
constexpr u64 kStackGrowPages = 256;
constexpr u64 kStackGuardGap = 256 * kPageSize;

// access_error() of arch/x86/mm/fault.c (no protection keys or SGX here). x86 does not check
// VM_EXEC: a fetch from a readable page maps it (with NX) and the retried fetch then faults
// with P=1, which is refused here as a "read, present" fault.
bool accessError(u32 code, u64 vmaFlags)
{
    if (code & pf::W)
        return !(vmaFlags & vm::WRITE);
    if (code & pf::P)
        return true;                    // read or fetch of a present page that the PTE forbids
    return !(vmaFlags & vm::kProtMask); // vma_is_accessible()
}

// The leaf entry of a walk of va in p's tables, as the handler reads it (changing nothing),
// with the rights combined over every level (SDM 4.6.1).
struct LeafView {
    bool present = false;
    bool reserved = false;
    bool pteNotPresent = false; // the walk reached a PTE with P=0: entryAddr/entry are it
    int level = 0;
    PAddr entryAddr = 0;
    u64 entry = 0;
    Rights rights;       // combined over all levels
    Rights rightsLeafRw; // the same with R/W=1 in the leaf: what do_wp_page can give
};

LeafView readLeaf(Machine& m, const CpuState& cpu, VAddr va)
{
    LeafView v;
    const WalkPath levels = m.editor().path(cpu, va);
    const bool nx = cpu.nxe && cpu.mode != PagingMode::Bits32;
    Rights r { true, true, true };
    bool upperWritable = true;
    for (const WalkLevel& l : levels) {
        if (!(l.entry & pte::P)) {
            if (l.level == 1) { // a none PTE, a swap entry or a PROT_NONE page
                v.pteNotPresent = true;
                v.level = 1;
                v.entryAddr = l.entryAddr;
                v.entry = l.entry;
            }
            return v;
        }
        if (hasReservedBits(cpu, l.level, l.entry)) {
            v.reserved = true;
            return v;
        }
        // A PAE PDPTE has no R/W, U/S or XD: it does not take part in the rights (SDM 4.4.2).
        if (cpu.mode == PagingMode::Pae && l.level == 3)
            continue;
        r.user = r.user && (l.entry & pte::US);
        r.writable = r.writable && (l.entry & pte::RW);
        if (nx && (l.entry & pte::NX))
            r.executable = false;
        if (isLeaf(cpu, l.level, l.entry)) {
            v.present = true;
            v.level = l.level;
            v.entryAddr = l.entryAddr;
            v.entry = l.entry;
            v.rights = r;
            v.rightsLeafRw = r;
            v.rightsLeafRw.writable = upperWritable;
            return v;
        }
        upperWritable = upperWritable && (l.entry & pte::RW);
    }
    return v;
}

AccessOp opOf(u32 code)
{
    if (code & pf::W)
        return AccessOp::Write;
    return (code & pf::ID) ? AccessOp::Fetch : AccessOp::Read;
}

u64 pagesOf(u64 bytes)
{
    return (bytes + kPageSize - 1) >> kPageShift;
}

FaultResult signalled(Signal s, SegvCode code, std::string_view what)
{
    FaultResult r;
    r.signal = s;
    r.code = code;
    r.what = what;
    return r;
}

FaultResult resolvedAs(std::string_view what, bool major = false)
{
    FaultResult r;
    r.resolved = true;
    r.major = major;
    r.what = what;
    return r;
}

// si_code as siginfo reports it. A reserved-bit fault is pgtable_bad(): the kernel kills the
// task with a signal it generates itself (SI_KERNEL); so is a #GP (do_general_protection).
std::string_view signalCode(const FaultResult& f)
{
    if (f.signal == Signal::Bus)
        return "BUS_ADRERR";
    switch (f.code) {
    case SegvCode::MapErr: return "SEGV_MAPERR";
    case SegvCode::AccErr: return "SEGV_ACCERR";
    case SegvCode::None: break;
    }
    return "SI_KERNEL";
}

} // namespace

// ---- physical memory, RAM or device

void Kernel::prefetchPage(u64 leafEntry) const
{
    if (leafEntry & pte::P) {
        const Pfn pfn = entryAddress(m_->cpu().mode, leafEntry) >> kPageShift;
        m_->memory().prefetchInfo(pfn);
        if (const UserFrame* f = frames_.find(pfn))
            __builtin_prefetch(f);
        policy_->prefetch(pfn);
    } else if (isSwapPte(leafEntry)) {
        swap_->prefetch(swapPteSlot(leafEntry));
    }
}

u64 Kernel::physRead(PAddr pa, unsigned size) const
{
    const PhysicalMemory& mem = m_->memory();
    if (mem.contains(pa, size) && (size == 1 || size == 2 || size == 4 || size == 8)
        && (pa & kPageMask) + size <= kPageSize)
        return mem.read(pa, size);
    u64 value = 0;
    for (unsigned i = 0; i < size && i < 8; ++i) {
        const PAddr a = pa + i;
        u64 byte = 0xff; // nothing behind the address: the bus reads all ones
        if (mem.contains(a)) {
            byte = mem.read(a, 1);
        } else {
            for (const auto& d : devices_) {
                const PAddr base = d->pfn << kPageShift;
                if (a >= base && a - base < d->contents.size()) {
                    byte = d->contents[a - base];
                    break;
                }
            }
        }
        value |= byte << (8 * i);
    }
    return value;
}

void Kernel::physWrite(PAddr pa, u64 value, unsigned size)
{
    PhysicalMemory& mem = m_->memory();
    if (mem.contains(pa, size) && (size == 1 || size == 2 || size == 4 || size == 8)
        && (pa & kPageMask) + size <= kPageSize) {
        mem.write(pa, value, size);
        return;
    }
    for (unsigned i = 0; i < size && i < 8; ++i) {
        const PAddr a = pa + i;
        const u8 byte = static_cast<u8>(value >> (8 * i));
        if (mem.contains(a)) {
            mem.write(a, byte, 1);
            continue;
        }
        for (auto& d : devices_) {
            const PAddr base = d->pfn << kPageShift;
            if (a >= base && a - base < d->contents.size()) {
                d->contents[a - base] = byte;
                break;
            }
        } // else: nothing behind the address, the write is lost
    }
}

// ---- helpers of the fault handler

// A new anonymous frame holding a copy of `src` (RAM, or device memory for a private
// PFNMAP mapping: __wp_page_copy_user copies from the pfn).
std::optional<Pfn> Kernel::copyToNewFrame(Process& p, VAddr va, Pfn src)
{
    auto dst = allocUserFrame(p.pid, Backing::Anon, 0, va >> kPageShift);
    if (!dst)
        return std::nullopt;
    PhysicalMemory& mem = m_->memory();
    if (mem.containsFrame(src)) {
        mem.copyFrame(*dst, src);
    } else {
        for (u64 off = 0; off < kPageSize; off += 8)
            mem.write64((*dst << kPageShift) + off, physRead((src << kPageShift) + off, 8));
    }
    return dst;
}

// expand_stack() from lock_mm_and_find_vma(): an access just below a VM_GROWSDOWN VMA grows
// it down to the faulting page. Returns the grown VMA, or nullptr.
const Vma* Kernel::expandStack(Process& p, VAddr addr)
{
    Mm& space = mm(p);
    const Vma* next = space.vmas.findFirstEndingAfter(addr);
    if (!next || !(next->flags & vm::GROWSDOWN) || next->start <= addr)
        return nullptr;
    const VAddr newStart = addr & ~kPageMask;
    const u64 grow = (next->start - newStart) >> kPageShift;
    if (grow > kStackGrowPages)
        return nullptr;
    // expand_downwards(): an accessible VMA below must stay stack_guard_gap away.
    for (const Vma* v : space.vmas.list()) {
        if (v->end <= next->start && !(v->flags & vm::GROWSDOWN) && (v->flags & vm::kProtMask)
            && v->end + kStackGuardGap > newStart)
            return nullptr;
    }
    Vma grown = *next;
    if (grown.backing != Backing::Anon && grown.pgoff < grow)
        return nullptr;
    grown.start = newStart;
    if (grown.backing != Backing::Anon)
        grown.pgoff -= grow; // expand_downwards: vma->vm_pgoff -= grow
    space.vmas.remove(next->start, next->end);
    const Vma& v = space.vmas.insert(grown);
    record(journalOf(*m_), ev::VmaChange { p.pid, "expand-stack", v.start, v.end, v.flags, v.label });
    return space.vmas.find(addr);
}

// The PTE is not present: do_anonymous_page, do_read_fault / do_cow_fault / do_shared_fault.
FaultResult Kernel::faultMissing(Process& p, const Vma& vma, VAddr va, bool write, std::optional<PAddr> pte)
{
    // No frame for a page table: the new page goes back (VM_FAULT_OOM).
    auto noTableFor = [this](Pfn unused) {
        putPage(unused);
        return signalled(Signal::None, SegvCode::None, "out-of-memory");
    };
    Journal* j = journalOf(*m_);
    const VAddr page = va & ~kPageMask;

    // VM_PFNMAP: remap_pfn_range filled every PTE it was going to at mmap time, and the VMA
    // has no ->fault handler, so a hole is VM_FAULT_SIGBUS.
    if ((vma.flags & vm::PFNMAP) || vma.backing == Backing::Device)
        return signalled(Signal::Bus, SegvCode::None, "pfnmap-hole");

    if (vma.backing == Backing::Anon) {
        // do_anonymous_page(): a fresh zeroed frame, writable when the VMA is. (Linux maps the
        // shared zero page read-only on a read fault; PageLab allocates a frame for reads too.)
        auto pfn = allocUserFrame(p.pid, Backing::Anon, 0, page >> kPageShift);
        if (!pfn)
            return signalled(Signal::None, SegvCode::None, "out-of-memory");
        if (!installPte(p, page, *pfn, vma.flags, (vma.flags & vm::WRITE) != 0, pte))
            return noTableFor(*pfn);
        record(j, ev::ZeroFill { p.pid, page, *pfn }); // "zeroed and mapped": after the PTE
        return resolvedAs("demand-zero");
    }

    // File or shm: the page of the object at this offset.
    const u64 index = vma.pgoffAt(page);
    Pfn pfn = 0;
    bool major = false;
    std::string_view how; // a literal: FaultResult::what
    File* file = nullptr;
    if (vma.backing == Backing::File) {
        file = fileById(vma.object);
        // filemap_fault(): a page at or beyond DIV_ROUND_UP(i_size, PAGE_SIZE) is SIGBUS.
        if (!file || index >= pagesOf(file->size))
            return signalled(Signal::Bus, SegvCode::None, "beyond-eof");
        try {
            pfn = pageCacheGet(*file, index, major);
        } catch (const std::runtime_error&) {
            return signalled(Signal::None, SegvCode::None, "out-of-memory");
        }
        how = "page-cache";
    } else {
        ShmObject* shm = shmById(vma.object);
        // shmem_fault() past i_size: VM_FAULT_SIGBUS as well.
        if (!shm || index >= pagesOf(shm->size))
            return signalled(Signal::Bus, SegvCode::None, "beyond-eof");
        try {
            pfn = shmGetPage(*shm, index, &major, p.pid, page); // major: shmem_swapin_folio
        } catch (const std::runtime_error&) {
            return signalled(Signal::None, SegvCode::None, "out-of-memory");
        }
        how = major ? "shm-swap-in" : "shm";
    }

    if (vma.flags & vm::SHARED) {
        // do_shared_fault() / do_read_fault(). A shared file mapping is write-notified
        // (vma_wants_writenotify: the file system accounts dirty pages), so a read maps the
        // page read-only and the first write faults; a write fault maps it writable and
        // dirties the page (fault_dirty_shared_page). shmem does no dirty accounting: its
        // pages are mapped writable at once when the VMA allows it.
        const bool writable = file ? write : (vma.flags & vm::WRITE) != 0;
        if (!installPte(p, page, pfn, vma.flags, writable))
            return signalled(Signal::None, SegvCode::None, "out-of-memory");
        if (file && write)
            file->dirty[index] = true;
    } else if (!write) {
        // do_read_fault(): a private mapping maps the cache page itself, read-only.
        if (!installPte(p, page, pfn, vma.flags, false))
            return signalled(Signal::None, SegvCode::None, "out-of-memory");
    } else {
        // do_cow_fault(): a write to a private file page copies it into an anonymous frame;
        // the page cache keeps the original.
        auto copy = copyToNewFrame(p, page, pfn);
        if (!copy)
            return signalled(Signal::None, SegvCode::None, "out-of-memory");
        if (!installPte(p, page, *copy, vma.flags, true))
            return noTableFor(*copy);
        record(j, ev::CowBreak { p.pid, page, pfn, *copy, false }); // the PTE maps the copy now
        how = "cow-copy";
    }
    return resolvedAs(how, major);
}

// A write hit a present read-only PTE in a writable VMA: do_wp_page().
FaultResult Kernel::faultWriteProtected(Process& p, const Vma& vma, VAddr va, PAddr pteAddr, u64 entry)
{
    // No frame for a page table: the new page goes back (VM_FAULT_OOM).
    auto noTableFor = [this](Pfn unused) {
        putPage(unused);
        return signalled(Signal::None, SegvCode::None, "out-of-memory");
    };
    Journal* j = journalOf(*m_);
    const VAddr page = va & ~kPageMask;
    const PagingMode mode = m_->cpu().mode;
    const Pfn old = entryAddress(mode, entry) >> kPageShift;

    if (vma.flags & vm::SHARED) {
        // wp_page_shared() / wp_pfn_shared(): the page is the object's own, so the write is
        // allowed in place; for a file this is the write notification that dirties the page.
        m_->editor().writeEntry(pteAddr, 1, entry | pte::RW | pte::D | pte::A, mode);
        flushPte(p, page);
        if (vma.backing == Backing::File) {
            if (File* f = fileById(vma.object))
                f->dirty[vma.pgoffAt(page)] = true;
        }
        return resolvedAs("shared-write");
    }

    // wp_can_reuse_anon_folio(): an anonymous page that no one else maps (one reference,
    // from this PTE) is made writable where it is: the last mapper of a COW page.
    const PageMeta* meta = pageMeta(old);
    // A page in the swap cache is reused only when its slot can go (part "reclaim").
    if (meta && meta->kind == Backing::Anon && meta->refs == 1 && m_->memory().info(old).mapCount <= 1
        && swapCacheTryFree(old)) {
        m_->editor().writeEntry(pteAddr, 1, entry | pte::RW | pte::D | pte::A, mode); // wp_page_reuse
        flushPte(p, page);
        record(j, ev::CowBreak { p.pid, page, old, old, true });
        return resolvedAs("cow-reuse");
    }

    // wp_page_copy(): copy into a new anonymous frame and point the PTE at it; the old page
    // loses this mapping's reference.
    auto copy = copyToNewFrame(p, page, old);
    if (!copy)
        return signalled(Signal::None, SegvCode::None, "out-of-memory");
    if (!installPte(p, page, *copy, vma.flags, true)) // replaces the entry: INVLPG, old ref dropped
        return noTableFor(*copy);
    record(j, ev::CowBreak { p.pid, page, old, *copy, false }); // the PTE maps the copy now
    return resolvedAs("cow-copy");
}

// ---- the handler

FaultResult Kernel::handleFault(Process& p, VAddr cr2, u32 errorCode)
{
    Journal* j = journalOf(*m_);
    // perf's page-faults event counts every #PF that reaches do_user_addr_fault; min_flt and
    // maj_flt only those handle_mm_fault resolves (mm_account_fault).
    ++m_->stats().pageFaults;
    const bool write = errorCode & pf::W;
    lruFlushPending(); // part "reclaim"

    // A reserved bit set in a paging-structure entry is not a fault Linux resolves:
    // pgtable_bad() reports a corrupted page table and kills the task. Only raw `pte` edits
    // can cause it here.
    if (errorCode & pf::RSVD)
        return signalled(Signal::Segv, SegvCode::None, "reserved-bit");

    // lock_mm_and_find_vma(): the VMA containing cr2, or a stack to grow down to it.
    Mm& space = mm(p);
    const Vma* found = space.vmas.find(cr2);
    if (found) {
        record(j, ev::VmaLookup { p.pid, cr2, true, found->start, found->end, found->flags });
    } else {
        record(j, ev::VmaLookup { p.pid, cr2, false, 0, 0, 0 });
        found = expandStack(p, cr2);
    }
    if (!found)
        return signalled(Signal::Segv, SegvCode::MapErr, "no-vma"); // bad_area_nosemaphore
    const Vma vma = *found;

    if (accessError(errorCode, vma.flags))
        return signalled(Signal::Segv, SegvCode::AccErr, "access-error"); // bad_area_access_error

    // handle_mm_fault -> handle_pte_fault: what the PTE holds now.
    const CpuState cpu = m_->cpuFor(p);
    const LeafView leaf = readLeaf(*m_, cpu, cr2);
    FaultResult r;
    if (leaf.reserved) {
        r = signalled(Signal::Segv, SegvCode::None, "reserved-bit");
    } else if (!leaf.present) {
        // do_swap_page for a PTE holding a swap entry (part "reclaim").
        // vmf->pte: the PTE this walk reached, if it did (and it lies in RAM: a raw `pte` edit
        // can point a table outside it). Page tables are freed only by munmap and exit, never
        // inside a fault (an OOM kill frees another process's, and an OOM-killed faulter is
        // reaped after its fault), so the address stays valid through the handler.
        const bool haveLeaf
            = leaf.pteNotPresent && m_->memory().contains(leaf.entryAddr, geometry(cpu.mode).entryBytes);
        if (haveLeaf && isSwapPte(leaf.entry))
            r = faultSwap(p, vma, cr2, leaf.entry, leaf.entryAddr, write);
        else
            r = faultMissing(p, vma, cr2, write, haveLeaf ? std::optional(leaf.entryAddr) : std::nullopt);
    } else if (checkRights(cpu, leaf.rights, opOf(errorCode), Privilege::User) == 0) {
        // The PTE already allows the access: the fault came from a stale TLB entry (or a
        // race). handle_pte_fault() calls flush_tlb_fix_spurious_fault(), which is empty on
        // x86 (arch/x86/include/asm/pgtable.h): the #PF already removed the stale entry
        // (SDM 4.10.4.1, Machine::access). Nothing to flush; the retry walks and succeeds.
        r = resolvedAs("spurious");
    } else if (write && leaf.level == 1 && !(leaf.entry & pte::RW)
        && checkRights(cpu, leaf.rightsLeafRw, AccessOp::Write, Privilege::User) == 0) {
        r = faultWriteProtected(p, vma, cr2, leaf.entryAddr, leaf.entry);
    } else {
        // The PTE forbids what the VMA allows in a way do_wp_page cannot mend (U/S=0, NX, R/W=0
        // above the leaf, a large page): only raw `pte` edits do this. Linux would retry for
        // ever; PageLab reports SEGV_ACCERR.
        r = signalled(Signal::Segv, SegvCode::AccErr, "pte-rights");
    }

    if (r.resolved) {
        // The page of a VM_LOCKED VMA is mlocked as it is mapped (mlock_vma_folio).
        if (vma.flags & vm::LOCKED) {
            const LeafView now = readLeaf(*m_, cpu, cr2);
            if (now.present) {
                const Pfn pfn = entryAddress(cpu.mode, now.entry) >> kPageShift;
                if (UserFrame* f = userFrame(pfn)) {
                    f->meta.locked = true;
                    lruRemove(pfn); // part "mlock": a page-cache page may be on it
                }
            }
        }
        if (r.major)
            ++m_->stats().majorFaults;
        else
            ++m_->stats().minorFaults;
        record(j, ev::FaultResolved { p.pid, cr2, std::string(r.what), r.major });
    }
    lruFlushPending(); // part "reclaim": the new pages join the policy
    return r;
}

// ---- user-mode accesses

UserAccess Kernel::userAccess(Process& p, VAddr va, AccessOp op, unsigned size, u64& value)
{
    if (size < 1 || size > 8)
        throw std::invalid_argument("a user access is 1 to 8 bytes");
    if ((va & kPageMask) + size > kPageSize)
        throw std::invalid_argument("a user access must not cross a page boundary");
    if (!oomZombies_.empty() || oomPending_) // part "reclaim" (a no-op otherwise: the hot path)
        reapOomZombies(&p);
    if (m_->current() != &p)
        m_->switchTo(p);
    ++m_->stats().userAccesses; // once, however often the loop below retries it
    Journal* j = journalOf(*m_);
    UserAccess ua;
    // A resolved fault is retried; three tries cover a fault resolved, then a second one
    // (e.g. a fetch that maps a page and then meets NX). Beyond that the handler is going
    // round in circles: PageLab stops with SIGSEGV rather than loop as Linux would.
    constexpr int kTries = 3;
    for (int attempt = 0; attempt < kTries; ++attempt) {
        const AccessResult r = m_->access(va, op, Privilege::User);
        if (r.ok) {
            // lruAccessed (part "reclaim") without its inLru_ lookup: a policy ignores pages it
            // does not hold, and only exact LRU moves a page on every access.
            if (policy_->kind() == PolicyKind::Lru)
                policy_->touch(r.paddr >> kPageShift);
            ua.ok = true;
            ua.paddr = r.paddr;
            ua.tlbHit = r.tlbHit;
            if (op == AccessOp::Write)
                physWrite(r.paddr, value, size);
            else
                value = physRead(r.paddr, size);
            return ua;
        }
        if (r.fault == FaultKind::GeneralProtection) {
            // A non-canonical address is a #GP, not a #PF: do_general_protection sends
            // SIGSEGV (SI_KERNEL).
            ua.signal = Signal::Segv;
            ua.fault = signalled(Signal::Segv, SegvCode::None, "non-canonical");
            ua.cr2 = va;
            record(j, ev::SignalSent { p.pid, "SIGSEGV", "SI_KERNEL", va });
            return ua;
        }
        const FaultResult f = handleFault(p, r.cr2, r.errorCode);
        if (!ua.faultErrorCode) {
            ua.faultErrorCode = r.errorCode;
            ua.cr2 = r.cr2;
            ua.fault = f;
        }
        if (!f.resolved) {
            ua.fault = f;
            ua.signal = f.signal;
            if (oomPending_ == p.pid) { // part "reclaim": the OOM killer chose the faulter
                reapOomVictim(p, ua);
                return ua;
            }
            if (f.signal != Signal::None)
                record(j,
                    ev::SignalSent {
                        p.pid, std::string(toString(f.signal)), std::string(signalCode(f)), r.cr2 });
            return ua;
        }
    }
    ua.fault = signalled(Signal::Segv, SegvCode::AccErr, "fault-loop");
    ua.signal = Signal::Segv;
    record(j, ev::SignalSent { p.pid, "SIGSEGV", "SEGV_ACCERR", va });
    return ua;
}

// One access per page reaches the MMU (and the fault handler); the rest of the page's bytes
// go through the translation it returned.
UserAccess Kernel::userBytes(Process& p, VAddr va, AccessOp op, u8* data, u64 len, u64& done)
{
    UserAccess total;
    total.ok = true;
    done = 0;
    while (done < len) {
        const VAddr at = va + done;
        const u64 chunk = std::min<u64>(len - done, kPageSize - (at & kPageMask));
        u64 first = data[done];
        const UserAccess a = userAccess(p, at, op, 1, first);
        if (done == 0) {
            total.paddr = a.paddr;
            total.tlbHit = a.tlbHit;
        }
        if (a.faultErrorCode && !total.faultErrorCode) {
            total.faultErrorCode = a.faultErrorCode;
            total.cr2 = a.cr2;
            total.fault = a.fault;
        }
        if (!a.ok) {
            total.ok = false;
            total.signal = a.signal;
            total.fault = a.fault;
            if (!total.faultErrorCode) // a #GP: no error code, but the address counts
                total.cr2 = a.cr2;
            return total;
        }
        if (op == AccessOp::Write) {
            for (u64 i = 1; i < chunk; ++i)
                physWrite(a.paddr + i, data[done + i], 1);
        } else {
            data[done] = static_cast<u8>(first);
            for (u64 i = 1; i < chunk; ++i)
                data[done + i] = static_cast<u8>(physRead(a.paddr + i, 1));
        }
        done += chunk;
    }
    return total;
}

UserAccess Kernel::userRead(Process& p, VAddr va, std::vector<u8>& out, u64 len)
{
    out.assign(len, 0);
    u64 done = 0;
    UserAccess a = userBytes(p, va, AccessOp::Read, out.data(), len, done);
    out.resize(done);
    return a;
}

UserAccess Kernel::userWrite(Process& p, VAddr va, const std::vector<u8>& in)
{
    std::vector<u8> copy = in;
    u64 done = 0;
    return userBytes(p, va, AccessOp::Write, copy.data(), copy.size(), done);
}

} // namespace pagelab::kernel
