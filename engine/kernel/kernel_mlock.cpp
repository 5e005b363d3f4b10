// mlock, munlock, mlockall, munlockall (mm/mlock.c). A locked VMA has VM_LOCKED (and
// VM_LOCKONFAULT for MLOCK_ONFAULT / MCL_ONFAULT); its resident pages are mlocked: Linux moves
// them to the unevictable LRU, PageLab takes them out of the replacement policy (lruRemove)
// and reclaim never picks them. munlock puts a page back (lruAdd) once no VM_LOCKED VMA maps
// it any more (munlock_folio).
#include "kernel/kernel.h"

#include "hw/paging_entry.h"

#include <algorithm>

namespace pagelab::kernel {

namespace {

constexpr u64 kLockMask = vm::LOCKED | vm::LOCKONFAULT; // VM_LOCKED_MASK
// VM_SPECIAL: mlock_fixup leaves these VMAs alone (no VM_LOCKED, pages not counted).
constexpr u64 kSpecial = vm::IO | vm::DONTEXPAND | vm::PFNMAP;

} // namespace

SysResult Kernel::mlock(Process& p, VAddr addr, u64 len, bool onFault)
{
    // do_mlock: len = PAGE_ALIGN(len + offset_in_page(start)); start &= PAGE_MASK.
    const u64 off = addr & kPageMask;
    if (len > ~u64 { 0 } - off - kPageMask)
        return { err::kEINVAL };
    const u64 rounded = (len + off + kPageMask) & ~kPageMask;
    const VAddr start = addr & ~kPageMask;
    if (start + rounded < start)
        return { err::kEINVAL }; // apply_vma_lock_flags: end < start
    if (rounded == 0)
        return { 0, start };
    const u64 bits = vm::LOCKED | (onFault ? vm::LOCKONFAULT : 0);
    if (int e = applyLockFlags(p, start, start + rounded, bits))
        return { e };
    if (int e = populateLocked(p, start, start + rounded, false))
        return { e };
    return { 0, start };
}

SysResult Kernel::munlock(Process& p, VAddr addr, u64 len)
{
    const u64 off = addr & kPageMask;
    if (len > ~u64 { 0 } - off - kPageMask)
        return { err::kEINVAL };
    const u64 rounded = (len + off + kPageMask) & ~kPageMask;
    const VAddr start = addr & ~kPageMask;
    if (start + rounded < start)
        return { err::kEINVAL };
    if (rounded == 0)
        return { 0, start };
    if (int e = applyLockFlags(p, start, start + rounded, 0))
        return { e };
    return { 0, start };
}

SysResult Kernel::mlockall(Process& p, bool current, bool future, bool onFault)
{
    // sys_mlockall: MCL_ONFAULT alone (or nothing) is EINVAL.
    if (!current && !future)
        return { err::kEINVAL };
    Mm& space = mm(p);
    // apply_mlockall_flags: def_flags first (a call without MCL_FUTURE ends an earlier one).
    space.lockFuture = future ? vm::LOCKED | (onFault ? vm::LOCKONFAULT : 0) : 0;
    if (!current)
        return { 0, 0 };
    const u64 bits = vm::LOCKED | (onFault ? vm::LOCKONFAULT : 0);
    std::vector<Vma> pieces;
    for (const Vma* v : space.vmas.list())
        pieces.push_back(*v);
    for (const Vma& v : pieces)
        if (const Vma* now = space.vmas.find(v.start))
            lockFixup(p, *now, v.start, v.end, bits);
    // mm_populate(0, TASK_SIZE): ignore_errors, so mlockall succeeds whatever faults.
    if (!onFault)
        populateLocked(p, 0, taskSizeMax(m_->cpu().mode), true);
    return { 0, 0 };
}

SysResult Kernel::munlockall(Process& p)
{
    Mm& space = mm(p);
    space.lockFuture = 0;
    std::vector<Vma> pieces;
    for (const Vma* v : space.vmas.list())
        pieces.push_back(*v);
    for (const Vma& v : pieces)
        if (const Vma* now = space.vmas.find(v.start))
            lockFixup(p, *now, v.start, v.end, 0);
    return { 0, 0 };
}

u64 Kernel::lockedPages(Process& p)
{
    u64 n = 0;
    for (const Vma* v : mm(p).vmas.list()) {
        if (!(v->flags & vm::LOCKED))
            continue;
        forEachPte(p, v->start, v->end, [&](VAddr, PAddr, u64 e) {
            if (e & (pte::P | kPteProtNone))
                ++n;
        });
    }
    return n;
}

int Kernel::applyLockFlags(Process& p, VAddr start, VAddr end, u64 bits)
{
    // apply_vma_lock_flags: the VMA at start must exist; then each VMA in turn up to end,
    // ENOMEM at the first gap. The VMAs before the gap keep their new flags (Linux does not
    // roll back).
    Mm& space = mm(p);
    if (!space.vmas.find(start))
        return err::kENOMEM;
    VAddr at = start;
    while (at < end) {
        const Vma* v = space.vmas.find(at);
        if (!v)
            return err::kENOMEM;
        const VAddr pieceEnd = std::min(end, v->end);
        const Vma copy = *v;
        lockFixup(p, copy, at, pieceEnd, bits);
        at = pieceEnd;
    }
    return 0;
}

void Kernel::lockFixup(Process& p, const Vma& v, VAddr start, VAddr end, u64 bits)
{
    // mlock_fixup: nothing to do when the flags do not change, or for VM_SPECIAL VMAs.
    if ((v.flags & kLockMask) == bits || (v.flags & kSpecial))
        return;
    Mm& space = mm(p);
    const bool lock = bits & vm::LOCKED;
    const bool wasLocked = v.flags & vm::LOCKED;
    space.vmas.setFlags(start, end, kLockMask, false);
    if (bits)
        space.vmas.setFlags(start, end, bits, true);
    const u64 flags = (v.flags & ~kLockMask) | bits;
    record(journal(), ev::VmaChange { p.pid, lock ? "mlock" : "munlock", start, end, flags, v.label });
    if (lock == wasLocked)
        return; // only VM_LOCKONFAULT changed
    // mlock_vma_pages_range: the pages already resident are mlocked (or munlocked) now.
    std::vector<Pfn> frames;
    forEachPte(p, start, end, [&](VAddr, PAddr, u64 e) {
        if (!(e & (pte::P | kPteProtNone)))
            return; // swap entries: the page is mlocked when it is faulted back in
        const Pfn pfn = entryAddress(m_->cpuFor(p).mode, e) >> kPageShift;
        if (userFrame(pfn))
            frames.push_back(pfn);
    });
    for (Pfn pfn : frames) {
        if (lock) {
            userFrame(pfn)->meta.locked = true;
            lruRemove(pfn); // to the unevictable list
        } else {
            mlockRecheck(pfn);
        }
    }
}

int Kernel::populateLocked(Process& p, VAddr start, VAddr end, bool ignoreErrors)
{
    Mm& space = mm(p);
    const PagingMode mode = m_->cpuFor(p).mode;
    const unsigned bytes = geometry(mode).entryBytes;
    VAddr va = start;
    while (va < end) {
        const Vma* found = space.vmas.findFirstEndingAfter(va);
        if (!found || found->start >= end)
            break;
        const Vma v = *found;
        va = std::max(va, v.start);
        const VAddr stop = std::min(end, v.end);
        // populate_vma_page_range: only VM_LOCKED VMAs here, not VM_LOCKONFAULT, no
        // VM_IO/VM_PFNMAP, nothing for PROT_NONE; FOLL_WRITE for a private writable VMA.
        const bool skip = !(v.flags & vm::LOCKED) || (v.flags & (vm::LOCKONFAULT | vm::IO | vm::PFNMAP))
            || !(v.flags & vm::kProtMask);
        const bool write = (v.flags & (vm::WRITE | vm::SHARED)) == vm::WRITE;
        for (; !skip && va < stop; va += kPageSize) {
            // follow_page: a present PTE with the rights needed is not faulted again.
            u64 e = 0;
            if (auto a = pteAddress(p, va, false))
                e = m_->memory().read(*a, bytes);
            if ((e & pte::P) && (!write || (e & pte::RW)))
                continue;
            const FaultResult r = handleFault(p, va, pf::U | (write ? pf::W : 0));
            // EFAULT from __get_user_pages is ENOMEM for mlock(2) (__mlock_posix_error_return);
            // a process the OOM killer chose stops populating in any case.
            if (r.signal == Signal::Kill || (r.signal != Signal::None && !ignoreErrors))
                return err::kENOMEM;
        }
        va = stop;
    }
    return 0;
}

void Kernel::mlockRecheck(Pfn pfn)
{
    UserFrame* f = userFrame(pfn);
    if (!f || !f->meta.locked)
        return;
    // munlock_folio keeps the page mlocked while a VM_LOCKED VMA still maps it (the rmap
    // walk of the old munlock_vma_page / mlock_count today).
    for (const auto& [pid, va] : rmapOf(pfn)) {
        auto m = mms_.find(pid);
        if (m == mms_.end())
            continue;
        if (const Vma* v = m->second->vmas.find(va); v && (v->flags & vm::LOCKED))
            return;
    }
    f->meta.locked = false;
    lruAdd(pfn); // back on an evictable LRU list
}

} // namespace pagelab::kernel
