// Frame references and PTE install/zap: the small layer every other kernel file builds on.
// A user frame carries PageMeta::refs = page-table mappings + 1 while the page cache or a
// shm object holds it (page_ref_count), and FrameInfo::mapCount = PTEs mapping it
// (page_mapcount, used by the COW reuse decision and the views).
#include "kernel/kernel.h"

#include "hw/paging_entry.h"

namespace pagelab::kernel {

Journal* Kernel::journal()
{
    return m_->journal().enabled() ? &m_->journal() : nullptr;
}

const PageMeta* Kernel::pageMeta(Pfn pfn) const
{
    const UserFrame* f = frames_.find(pfn);
    return f && f->live ? &f->meta : nullptr;
}

std::optional<Pfn> Kernel::allocUserFrame(u32 owner, Backing kind, u32 object, u64 index)
{
    auto pfn = m_->frames().allocate(FrameUse::User, owner);
    if (!pfn)
        pfn = allocWithReclaim(owner); // part "reclaim": direct reclaim, then the OOM killer
    if (!pfn)
        return std::nullopt;
    m_->memory().zeroFrame(*pfn);
    UserFrame& f = frames_.at(*pfn);
    f.meta = PageMeta { kind, object, index, 0, false };
    f.live = true;
    pendingLru_.push_back(*pfn); // part "reclaim": joins the policy when the fault is done
    record(journal(), ev::FrameAllocated { *pfn, static_cast<u8>(FrameUse::User), owner });
    return pfn;
}

void Kernel::getPage(Pfn pfn)
{
    // Device frames (outside RAM) have no struct page to count: VM_PFNMAP (vm_normal_page()
    // returns NULL for them).
    if (UserFrame* f = userFrame(pfn))
        ++f->meta.refs;
}

void Kernel::putPage(Pfn pfn)
{
    UserFrame* f = userFrame(pfn);
    if (!f)
        return;
    if (f->meta.refs > 0)
        --f->meta.refs;
    if (f->meta.refs > 0)
        return;
    f->live = false;
    pageFreed(pfn); // part "reclaim": out of the policy and the reverse map
    m_->frames().release(pfn);
    record(journal(), ev::FrameFreed { pfn });
}

std::optional<PAddr> Kernel::pteAddress(Process& p, VAddr va, bool create)
{
    const CpuState cpu = m_->cpuFor(p);
    const WalkPath levels = m_->editor().path(cpu, va);
    // Every table exists (the common case on a fault). A raw `pte` edit can point a table
    // entry outside RAM: that PTE does not exist.
    if (!levels.empty() && levels.back().level == 1)
        return m_->memory().contains(levels.back().entryAddr, geometry(cpu.mode).entryBytes)
            ? std::optional(levels.back().entryAddr)
            : std::nullopt;
    if (create) {
        auto addr = m_->editor().ensureEntry(cpu, va, 1, [&](int level) {
            auto table = m_->allocateTable(p.pid, level);
            // part "reclaim": a page table may need reclaim, or the OOM killer, too.
            while (!table && (reclaimOne() || oomKill(p.pid)))
                table = m_->allocateTable(p.pid, level);
            return table;
        });
        // Linux preallocates the PAE PMDs (pgd_alloc -> preallocate_pmds) so the PDPTE registers
        // never go stale; we create them on demand and reload the registers of the running
        // process as its next MOV to CR3 would.
        if (addr && cpu.mode == PagingMode::Pae && m_->current() == &p)
            loadPaePdptes(m_->cpu(), m_->memory());
        return addr;
    }
    return std::nullopt;
}

u64 Kernel::makePte(Pfn pfn, u64 vmaFlags, bool writable) const
{
    const u64 frame = pfn << kPageShift;
    // x86 cannot deny reads to a present user page: PROT_NONE is a non-present entry that
    // keeps its frame (_PAGE_PROTNONE), PROT_WRITE and PROT_EXEC imply reading.
    if (!(vmaFlags & vm::kProtMask))
        return frame | kPteProtNone;
    u64 e = frame | pte::P | pte::US;
    if (writable)
        e |= pte::RW;
    const CpuState& cpu = m_->cpu();
    if (!(vmaFlags & vm::EXEC) && cpu.nxe && cpu.mode != PagingMode::Bits32)
        e |= pte::NX;
    return e;
}

void Kernel::flushPte(Process& p, VAddr va)
{
    // flush_tlb_page(): the running process's entry goes now; another process's entries were
    // flushed when it was switched out, unless PCIDs keep them tagged with its PCID.
    if (m_->current() == &p)
        m_->tlb().invlpg(va, m_->cpu().pcid(), journal());
    else if (m_->cpu().pcide)
        m_->tlb().invlpg(va, p.pcid, journal());
}

bool Kernel::mapEntry(Process& p, VAddr va, u64 entry, std::optional<PAddr> pte)
{
    const auto addr = pte ? pte : pteAddress(p, va, true);
    if (!addr)
        return false;
    const PagingMode mode = m_->cpu().mode;
    const u64 old = m_->memory().read(*addr, geometry(mode).entryBytes);
    const bool oldMapped = old & (pte::P | kPteProtNone);
    const Pfn oldPfn = entryAddress(mode, old) >> kPageShift;
    const Pfn pfn = entryAddress(mode, entry) >> kPageShift;
    const bool same = oldMapped && oldPfn == pfn;
    if (same)
        entry |= old & (pte::A | pte::D); // the hardware's A/D stay with the page
    m_->editor().writeEntry(*addr, 1, entry, mode);
    if (old & pte::P)
        flushPte(p, va);
    if (same)
        return true;
    // Device frames count in neither refs nor RSS (remap_pte_range maps special PTEs).
    Mm& mm = this->mm(p);
    if (m_->memory().containsFrame(pfn)) {
        ++m_->memory().info(pfn).mapCount;
        getPage(pfn);
        ++mm.rss;
        rmapAdd(pfn, p.pid, va); // part "reclaim"
    }
    if (oldMapped && m_->memory().containsFrame(oldPfn)) {
        // The frame this entry mapped before (do_wp_page's copy): unmapped after the new
        // entry is visible, as wp_page_copy does.
        if (m_->memory().info(oldPfn).mapCount > 0)
            --m_->memory().info(oldPfn).mapCount;
        rmapDel(oldPfn, p.pid, va); // part "reclaim"
        putPage(oldPfn);
        if (mm.rss > 0)
            --mm.rss;
    }
    return true;
}

bool Kernel::installPte(Process& p, VAddr va, Pfn pfn, u64 vmaFlags, bool writable, std::optional<PAddr> pte)
{
    return mapEntry(p, va & ~kPageMask, makePte(pfn, vmaFlags, writable), pte);
}

void Kernel::zapPte(Process& p, VAddr va)
{
    va &= ~kPageMask;
    auto addr = pteAddress(p, va, false);
    if (!addr)
        return;
    const PagingMode mode = m_->cpu().mode;
    const u64 old = m_->memory().read(*addr, geometry(mode).entryBytes);
    if (old == 0)
        return;
    m_->editor().writeEntry(*addr, 1, 0, mode);
    if (!(old & (pte::P | kPteProtNone))) {
        if (isSwapPte(old))
            dropSwapPte(old); // part "reclaim": zap_nonpresent_ptes -> free_swap_and_cache
        return;
    }
    if (old & pte::P)
        flushPte(p, va);
    const Pfn pfn = entryAddress(mode, old) >> kPageShift;
    if (m_->memory().containsFrame(pfn)) {
        auto& info = m_->memory().info(pfn);
        if (info.mapCount > 0)
            --info.mapCount;
        rmapDel(pfn, p.pid, va); // part "reclaim"
        // zap_pte_range: a dirty PTE of a file page dirties the cached page (set_page_dirty),
        // so the write is not lost when the mapping goes.
        if (const PageMeta* meta = pageMeta(pfn); meta && meta->kind == Backing::File && (old & pte::D))
            if (File* f = fileById(meta->object))
                f->dirty[meta->index] = true;
        putPage(pfn);
        mlockRecheck(pfn); // part "mlock": unmapping a locked VMA munlocks its pages
        if (Mm& mm = this->mm(p); mm.rss > 0)
            --mm.rss;
    }
}

void Kernel::forEachPte(Process& p, VAddr start, VAddr end, const std::function<void(VAddr, PAddr, u64)>& fn)
{
    if (start >= end)
        return;
    const CpuState cpu = m_->cpuFor(p);
    const PagingGeometry& g = geometry(cpu.mode);
    const PhysicalMemory& mem = m_->memory();
    // A recursive walk of the tables in memory (as walk_page_range does), skipping empty
    // subtrees, so a sparse gigabyte mapping costs only its present tables.
    std::function<void(Pfn, int, VAddr)> visit = [&](Pfn table, int level, VAddr base) {
        const int shift = g.shift(level);
        const u64 count = u64 { 1 } << g.indexBits(level);
        const u64 span = u64 { 1 } << shift;
        for (u64 i = 0; i < count; ++i) {
            const VAddr lo = base + i * span;
            const VAddr hi = lo + span;
            if (hi <= start || lo >= end)
                continue;
            const PAddr entryAddr = (table << kPageShift) + i * static_cast<u64>(g.entryBytes);
            const u64 e = mem.read(entryAddr, g.entryBytes);
            if (level == 1) {
                if (e != 0)
                    fn(lo, entryAddr, e);
                continue;
            }
            if (!(e & pte::P) || isLeaf(cpu, level, e))
                continue; // the kernel maps 4 KiB pages only
            const Pfn next = entryAddress(cpu.mode, e) >> kPageShift;
            if (mem.containsFrame(next))
                visit(next, level - 1, lo);
        }
    };
    visit(p.topTable, g.levels, 0);
}

u64 Kernel::freeTables(Process& p)
{
    const CpuState cpu = m_->cpuFor(p);
    const PagingGeometry& g = geometry(cpu.mode);
    u64 freed = 0;
    // free_pgtables + pgd_free: every table below the top one, then the top one.
    std::function<void(Pfn, int)> visit = [&](Pfn table, int level) {
        if (level > 1) {
            const u64 count = u64 { 1 } << g.indexBits(level);
            for (u64 i = 0; i < count; ++i) {
                const u64 e = m_->memory().read(
                    (table << kPageShift) + i * static_cast<u64>(g.entryBytes), g.entryBytes);
                if (!(e & pte::P) || isLeaf(cpu, level, e))
                    continue;
                const Pfn next = entryAddress(cpu.mode, e) >> kPageShift;
                if (m_->memory().containsFrame(next))
                    visit(next, level - 1);
            }
        }
        // Only frames that are this process's tables (a `pte` command may point anywhere).
        const FrameInfo& info = m_->memory().info(table);
        if (info.use == FrameUse::PageTable && info.owner == p.pid) {
            m_->frames().release(table);
            record(journal(), ev::FrameFreed { table });
            ++freed;
        }
    };
    visit(p.topTable, g.levels);
    return freed;
}

// free_pgd_range (mm/memory.c), called by free_pgtables from unmap_region: a table goes when
// the whole span it maps lies in the gap [floor, ceiling) that no VMA covers any more, from the
// page tables up (free_pte_range, free_pmd_range, free_pud_range, free_p4d_range), and its
// entry in the table above is cleared. The top table stays until exit (pgd_free). With PAE
// the page directories stay too: pgd_alloc preallocates them, since the CPU loads the four
// PDPTEs with CR3 (SDM 4.4.1) and would keep using a freed directory. A table that still
// holds an entry (only a raw `pte` command can put one in a gap) is kept.
u64 Kernel::freeGapTables(Process& p, VAddr start, VAddr end, VAddr floor, VAddr ceiling)
{
    const CpuState cpu = m_->cpuFor(p);
    const PagingGeometry& g = geometry(cpu.mode);
    const u64 bytes = static_cast<u64>(g.entryBytes);
    const int highestFreed = cpu.mode == PagingMode::Pae ? 1 : g.levels - 1;
    PhysicalMemory& mem = m_->memory();
    u64 freed = 0;
    auto empty = [&](Pfn table, int level) {
        const u64 count = u64 { 1 } << g.indexBits(level);
        for (u64 i = 0; i < count; ++i)
            if (mem.read((table << kPageShift) + i * bytes, g.entryBytes) != 0)
                return false;
        return true;
    };
    // `table` is at `level` and maps from `base`; only entries that map part of [start, end).
    std::function<void(Pfn, int, VAddr)> visit = [&](Pfn table, int level, VAddr base) {
        const int shift = g.shift(level);
        const u64 count = u64 { 1 } << g.indexBits(level);
        const u64 first = start > base ? (start - base) >> shift : 0;
        for (u64 i = first; i < count; ++i) {
            const VAddr childBase = base + (i << shift);
            if (childBase >= end)
                break;
            const PAddr entryAddr = (table << kPageShift) + i * bytes;
            const u64 e = mem.read(entryAddr, g.entryBytes);
            if (level == 1 || !(e & pte::P) || isLeaf(cpu, level, e))
                continue;
            const Pfn child = entryAddress(cpu.mode, e) >> kPageShift;
            if (!mem.containsFrame(child))
                continue;
            const FrameInfo& info = mem.info(child);
            if (info.use != FrameUse::PageTable || info.owner != p.pid)
                continue;
            visit(child, level - 1, childBase);
            const VAddr childEnd = childBase + (u64 { 1 } << shift); // 0 when it reaches 2^64
            const bool inGap = childBase >= floor && (ceiling == 0 || (childEnd != 0 && childEnd <= ceiling));
            if (level - 1 > highestFreed || !inGap || !empty(child, level - 1))
                continue;
            m_->editor().writeEntry(entryAddr, level, 0, cpu.mode);
            m_->frames().release(child);
            record(journal(), ev::FrameFreed { child });
            ++freed;
        }
    };
    visit(p.topTable, g.levels, 0);
    return freed;
}

} // namespace pagelab::kernel
