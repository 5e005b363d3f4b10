// Page reclaim and the OOM killer (part "reclaim"), simplified from mm/vmscan.c
// (shrink_folio_list), mm/rmap.c (try_to_unmap, folio_referenced), mm/swap_state.c
// (add_to_swap) and mm/oom_kill.c (out_of_memory, oom_badness). The swap cache, the swap-in
// fault and swapon/swapoff are in kernel_swap.cpp.
//
// Every evictable user page (anonymous, page cache or shm; not locked, never device memory)
// is in one ReplacementPolicy. A page joins it when the operation that allocated it
// is done (the end of the fault), so reclaim never takes a page a fault is still setting up.
// When allocUserFrame finds no free frame, reclaim asks the policy for a victim: an
// anonymous page joins the swap cache with a slot (add_to_swap), is written there only when
// dirty (a clean page read back from swap still matches its slot), and its PTEs then hold
// the swap entry (P=0); a file page is unmapped, written back when dirty, and dropped from
// the page cache; a shm page is unmapped (PTEs none), always written to a slot the shm
// object keeps in its place (shmem_writepage), and read back by shmem_fault. No victim and
// no slot: the OOM killer ends the process with the highest badness.
#include "kernel/kernel.h"

#include "hw/paging_entry.h"
#include "machine/command_messages.h"

#include <algorithm>
#include <array>
#include <span>

namespace pagelab::kernel {

namespace {

Process* byPid(Machine& m, u32 pid)
{
    for (const auto& p : m.processes())
        if (p->pid == pid)
            return p.get();
    return nullptr;
}

} // namespace

void Kernel::initReclaim()
{
    swap_ = std::make_unique<SwapSpace>();
    PolicyKind k = PolicyKind::Lru;
    // OPT needs the future: the `machine` command refuses policy=opt; a Kernel built directly
    // with it falls back to LRU.
    if (!policyFromName(m_->config().policy, k) || k == PolicyKind::Opt)
        k = PolicyKind::Lru;
    policy_ = makePolicy(k);
}

// ---- the policy's bookkeeping

void Kernel::lruFlushPending()
{
    for (Pfn pfn : pendingLru_) {
        UserFrame* f = userFrame(pfn);
        // Locked pages are unevictable (shm pages go to swap like anonymous ones: evictShm).
        if (!f || f->meta.locked || f->inLru)
            continue;
        policy_->insert(pfn);
        f->inLru = true;
    }
    pendingLru_.clear();
}

void Kernel::lruAdd(Pfn pfn)
{
    std::erase(pendingLru_, pfn);
    UserFrame* f = userFrame(pfn);
    if (!f || f->inLru)
        return;
    policy_->insert(pfn);
    f->inLru = true;
}

void Kernel::lruRemove(Pfn pfn)
{
    if (!pendingLru_.empty())
        std::erase(pendingLru_, pfn);
    if (UserFrame* f = frames_.find(pfn); f && f->inLru) {
        f->inLru = false;
        policy_->remove(pfn);
    }
}

void Kernel::lruAccessed(Pfn pfn)
{
    // The simulator sees every user access, so "lru" is exact LRU: each access moves the page
    // to the most recently used end. Clock and linux only see the PTE accessed bits, as the
    // real kernel does; FIFO ignores use.
    if (policy_->kind() == PolicyKind::Lru)
        if (const UserFrame* f = frames_.find(pfn); f && f->inLru)
            policy_->touch(pfn);
}

std::vector<Pfn> Kernel::lruOrder()
{
    lruFlushPending();
    return policy_->order();
}

std::vector<Pfn> Kernel::lruActive()
{
    lruFlushPending();
    return policy_->activeList();
}

void Kernel::pageFreed(Pfn pfn)
{
    lruRemove(pfn);
    UserFrame& f = frames_.at(pfn);
    f.rmap.clear(); // keeps its capacity for the frame's next page
    // The last mapping of a swap-cache page went (reclaim's __remove_mapping, or munmap/exit
    // as free_swap_cache does): it leaves the cache; PTEs still holding the slot keep it.
    if (f.inSwapCache)
        swapCacheDelete(pfn, inReclaim_ ? "reclaimed" : "unmapped");
}

// ---- reverse map (anon_vma / i_mmap simplified to a list of (pid, va) per frame)

void Kernel::rmapAdd(Pfn pfn, u32 pid, VAddr va)
{
    frames_.at(pfn).rmap.emplace_back(pid, va & ~kPageMask);
}

void Kernel::rmapDel(Pfn pfn, u32 pid, VAddr va)
{
    UserFrame* f = frames_.find(pfn);
    if (!f)
        return;
    auto& v = f->rmap;
    auto at = std::find(v.begin(), v.end(), std::pair<u32, VAddr> { pid, va & ~kPageMask });
    if (at != v.end())
        v.erase(at);
}

const std::vector<std::pair<u32, VAddr>>& Kernel::rmapOf(Pfn pfn) const
{
    static const std::vector<std::pair<u32, VAddr>> none;
    const UserFrame* f = frames_.find(pfn);
    return f ? f->rmap : none;
}

// folio_referenced -> ptep_clear_flush_young for every PTE that maps the page. On x86 it is
// ptep_test_and_clear_young without a TLB flush (arch/x86/mm/pgtable.c: "clearing the
// accessed bit without a TLB flush doesn't cause data corruption"): while the translation
// stays cached in the TLB, further accesses do not set A again, so a busy page can look
// unreferenced at the next scan until its TLB entry is evicted or flushed.
bool Kernel::testAndClearYoung(Pfn pfn)
{
    u64 young = 0;
    const unsigned bytes = geometry(m_->cpu().mode).entryBytes;
    for (const auto& [pid, va] : rmapOf(pfn)) {
        Process* p = byPid(*m_, pid);
        if (!p)
            continue;
        auto addr = pteAddress(*p, va, false);
        if (!addr)
            continue;
        const u64 e = m_->memory().read(*addr, bytes);
        if ((e & pte::P) && (e & pte::A)) {
            m_->memory().write(*addr, e & ~pte::A, bytes);
            ++young;
        }
    }
    record(journal(), ev::ReferencedCheck { pfn, young });
    return young > 0;
}

// ---- reclaim

std::optional<Pfn> Kernel::allocWithReclaim(u32 owner)
{
    // __alloc_pages_slowpath: direct reclaim, then out_of_memory(), then try again.
    for (;;) {
        if (!reclaimOne() && !oomKill(owner))
            return std::nullopt;
        if (auto pfn = m_->frames().allocate(FrameUse::User, owner))
            return pfn;
    }
}

u64 Kernel::reclaimPages(u64 n)
{
    lruFlushPending();
    u64 freed = 0;
    while (freed < n && reclaimOne())
        ++freed;
    return freed;
}

bool Kernel::reclaimOne()
{
    if (inReclaim_)
        return false;
    inReclaim_ = true;
    const auto referenced = [this](Pfn pfn) { return testAndClearYoung(pfn); };
    std::vector<Pfn> kept; // pages that cannot go now (no swap slot): back into the policy
    bool done = false;
    for (std::size_t tries = policy_->size(); tries > 0 && !done; --tries) {
        Pfn victim = 0;
        if (!policy_->pickVictim(referenced, victim))
            break;
        UserFrame* f = frames_.find(victim);
        if (f)
            f->inLru = false;
        if (!f || !f->live || f->meta.locked)
            continue; // locked: unevictable, it stays off the policy until munlock
        if (evict(victim))
            done = true;
        else
            kept.push_back(victim);
    }
    for (Pfn pfn : kept) { // activate_locked: no swap space, keep it
        policy_->insert(pfn);
        frames_.at(pfn).inLru = true;
    }
    inReclaim_ = false;
    if (done)
        prefetchNextVictims();
    return done;
}

// Host cache hints for the next evictions (no simulated effect). Under memory pressure each
// fault evicts, and the victim's records lie cold: its kernel record, then through its
// reverse map its PTE. Each leads to the next, so the hints are spread over three
// evictions: the record of the third candidate, the reverse map of the second (its record
// was asked for one eviction ago), the PTE and frame of the first.
void Kernel::prefetchNextVictims()
{
    std::array<Pfn, 3> next {};
    const std::size_t n = policy_->likelyVictims(next);
    if (n >= 3)
        if (const UserFrame* f = frames_.find(next[2]))
            __builtin_prefetch(f);
    if (n >= 2)
        if (const UserFrame* f = frames_.find(next[1]); f && !f->rmap.empty())
            __builtin_prefetch(f->rmap.data());
    if (n >= 1) {
        m_->memory().prefetchInfo(next[0]);
        const UserFrame* f = frames_.find(next[0]);
        if (f && !f->rmap.empty())
            if (Process* p = byPid(*m_, f->rmap.front().first))
                if (const auto at = leafEntryAddress(m_->cpuFor(*p), m_->memory(), f->rmap.front().second))
                    m_->memory().prefetchContents(*at);
    }
}

bool Kernel::evict(Pfn pfn)
{
    UserFrame* frame = userFrame(pfn);
    if (!frame)
        return false;
    const PageMeta meta = frame->meta;
    const PagingMode mode = m_->cpu().mode;
    const unsigned bytes = geometry(mode).entryBytes;
    Journal* j = journal();
    const auto evicted = [&](const char* kind) {
        if (j)
            record(j, ev::Evict { std::string(toString(policy_->kind())), pfn, kind });
    };
    if (meta.kind == Backing::Anon) {
        // A swap-cache page whose slot is in an area being swapped off cannot go back there:
        // it leaves the cache and takes a slot elsewhere (its bytes stay in the old slot for
        // PTEs that still hold it).
        if (frame->inSwapCache) {
            const SwapArea* old = swap_->byType(frame->swapSlot.type);
            if (!old || !old->writeOk)
                swapCacheDelete(pfn, "swapoff");
        }
        if (!frame->inSwapCache) {
            // add_to_swap -> folio_alloc_swap: no slot anywhere, the page cannot go. The new
            // slot is held by the swap cache (SWAP_HAS_CACHE) and the page is dirty.
            auto slot = swap_->allocate();
            if (!slot)
                return false;
            evicted("anon");
            swapCacheAdd(pfn, *slot, true);
            swap_->free(*slot); // allocate's reference: the PTEs take theirs below
        } else {
            evicted("anon");
        }
        const SwapSlot slot = frame->swapSlot;
        SwapArea* area = swap_->byType(slot.type);
        // A copy: the loop below empties it. Almost every page has one mapper: no allocation.
        std::pair<u32, VAddr> one;
        std::vector<std::pair<u32, VAddr>> many;
        std::span<const std::pair<u32, VAddr>> mappers;
        if (frame->rmap.size() == 1) {
            one = frame->rmap.front();
            mappers = std::span(&one, 1);
        } else {
            many = frame->rmap;
            mappers = many;
        }
        // Each mapper's PTE address, looked up once for both loops below.
        std::optional<PAddr> oneAddr;
        std::vector<std::optional<PAddr>> manyAddr(mappers.size() == 1 ? 0 : mappers.size());
        const auto pteOf = [&](std::size_t i) -> std::optional<PAddr>& {
            return mappers.size() == 1 ? oneAddr : manyAddr[i];
        };
        // try_to_unmap moves a dirty PTE's D bit into the page (folio_mark_dirty).
        for (std::size_t i = 0; i < mappers.size(); ++i) {
            if (Process* p = byPid(*m_, mappers[i].first))
                pteOf(i) = pteAddress(*p, mappers[i].second, false);
            if (pteOf(i) && (m_->memory().read(*pteOf(i), bytes) & pte::D))
                frame->swapCacheDirty = true;
        }
        ++m_->stats().evictions;
        // try_to_unmap_one: every PTE gets the swap entry; each holds a swap_map reference
        // (swap_duplicate). A mapper whose PTE does not map the page any more is skipped (its
        // pteOf is cleared, so it gives no reference back below).
        u64 ptes = 0;
        for (std::size_t i = 0; i < mappers.size(); ++i) {
            const auto [pid, va] = mappers[i];
            Process* p = byPid(*m_, pid);
            std::optional<PAddr>& addr = pteOf(i);
            if (!p || !addr) {
                addr.reset();
                continue;
            }
            const u64 old = m_->memory().read(*addr, bytes);
            if (!(old & (pte::P | kPteProtNone)) || (entryAddress(mode, old) >> kPageShift) != pfn) {
                addr.reset();
                continue;
            }
            m_->editor().writeEntry(*addr, 1, makeSwapPte(slot), mode);
            if (old & pte::P)
                flushPte(*p, va);
            ++ptes;
            swap_->dup(slot);
            if (m_->memory().info(pfn).mapCount > 0)
                --m_->memory().info(pfn).mapCount;
            if (Mm& space = mm(*p); space.rss > 0)
                --space.rss;
            rmapDel(pfn, pid, va);
        }
        if (frame->swapCacheDirty) {
            // pageout -> swap_writepage: the 4 KiB go to the area. A frame never written
            // holds zeros: nothing is stored (the swap-in gets a zeroed frame).
            if (m_->memory().hasContents(pfn)) {
                auto& stored = area->store[slot.offset];
                m_->memory().readBytes(pfn << kPageShift, std::span<u8>(stored.data(), stored.size()));
            } else {
                area->store.erase(slot.offset);
            }
            frame->swapCacheDirty = false;
            ++area->outs;
            ++m_->stats().swapOuts;
            ioTimeNs_ += area->latencyNs;
            record(journal(), ev::SwapOut { pfn, area->name, slot.offset, ptes, true });
        } else {
            // shrink_folio_list: a clean swap-cache page skips pageout.
            record(journal(), ev::SwapOut { pfn, area->name, slot.offset, ptes, false });
        }
        // The references the unmapped PTEs held: the last putPage frees the frame and ends its
        // swap-cache life.
        for (std::size_t i = 0; i < mappers.size(); ++i)
            if (pteOf(i))
                putPage(pfn);
        if (ptes == 0 && frame->inSwapCache)
            swapCacheDelete(pfn, "unmapped");
        return true;
    }
    if (meta.kind == Backing::File) {
        File* f = fileById(meta.object);
        evicted("file");
        // try_to_unmap: zapPte moves a dirty PTE's D bit into the page cache (set_page_dirty).
        const auto mappers = rmapOf(pfn);
        for (const auto& [pid, va] : mappers)
            if (Process* p = byPid(*m_, pid))
                zapPte(*p, va);
        ++m_->stats().evictions;
        bool written = false;
        if (f) {
            auto d = f->dirty.find(meta.index);
            if (d != f->dirty.end() && d->second) {
                writebackPage(*f, meta.index); // pageout(): written back before it goes
                written = true;
            }
            f->dirty.erase(meta.index);
            auto c = f->cache.find(meta.index);
            const bool cached = c != f->cache.end() && c->second == pfn;
            if (cached)
                f->cache.erase(c);
            record(journal(), ev::Discard { f->name, meta.index, pfn, written }); // out of the cache
            if (cached)
                putPage(pfn); // __remove_mapping: the page cache's reference
        }
        return true;
    }
    if (meta.kind == Backing::Shm)
        return evictShm(pfn, meta);
    return false;
}

bool Kernel::evictShm(Pfn pfn, const PageMeta& meta)
{
    ShmObject* s = shmById(meta.object);
    if (!s)
        return false;
    auto page = s->pages.find(meta.index);
    if (page == s->pages.end() || page->second != pfn)
        return false;
    // shmem_writepage -> folio_alloc_swap: no slot anywhere, the page stays.
    auto slot = swap_->allocate();
    if (!slot)
        return false;
    SwapArea* area = swap_->byType(slot->type);
    record(journal(), ev::Evict { std::string(toString(policy_->kind())), pfn, "shm" });
    // try_to_unmap_one: a shmem PTE becomes none, not a swap entry (the object keeps the
    // entry), so the next fault goes through shmem_fault. zapPte flushes each TLB entry.
    const auto mappers = rmapOf(pfn); // a copy: zapPte empties it
    for (const auto& [pid, va] : mappers)
        if (Process* p = byPid(*m_, pid))
            zapPte(*p, va);
    ++m_->stats().evictions;
    // pageout -> shmem_writepage -> swap_writepage: always written, as tmpfs has no other
    // copy (a frame never written holds zeros: nothing is stored, a swap-in gets zeros).
    if (m_->memory().hasContents(pfn)) {
        auto& stored = area->store[slot->offset];
        m_->memory().readBytes(pfn << kPageShift, std::span<u8>(stored.data(), stored.size()));
    } else {
        area->store.erase(slot->offset);
    }
    ++area->outs;
    ++m_->stats().swapOuts;
    ioTimeNs_ += area->latencyNs;
    record(journal(), ev::SwapOut { pfn, area->name, slot->offset, 0, true }); // no PTE holds it
    // shmem_delete_from_page_cache + the xarray value entry: allocate's reference is the
    // object's; the object's frame reference goes, which frees the frame.
    shmSwap_[{ s->id, meta.index }] = *slot;
    s->pages.erase(page);
    putPage(pfn);
    return true;
}

// ---- OOM

u64 Kernel::swapEntriesOf(Process& p)
{
    auto it = mms_.find(p.pid);
    if (it == mms_.end())
        return 0;
    u64 n = 0;
    for (const Vma* v : it->second->vmas.list())
        forEachPte(p, v->start, v->end, [&](VAddr, PAddr, u64 e) { n += isSwapPte(e) ? 1 : 0; });
    return n;
}

bool Kernel::oomKill(u32 allocOwner, bool currentAllocates)
{
    if (noOom_ || inReclaim_ || oomPending_)
        return false;
    // select_bad_process / oom_badness: rss + swap entries + page-table pages; a later task
    // with the same points replaces an earlier one ("points < chosen_points" skips).
    Process* victim = nullptr;
    u64 best = 0;
    for (const auto& p : m_->processes()) {
        auto it = mms_.find(p->pid);
        if (it == mms_.end() || std::count(oomZombies_.begin(), oomZombies_.end(), p->pid))
            continue;
        u64 tables = 0;
        for (Pfn f = 0; f < m_->memory().frameCount(); ++f) {
            const FrameInfo& info = m_->memory().info(f);
            if (info.use == FrameUse::PageTable && info.owner == p->pid && !m_->frames().isFree(f))
                ++tables;
        }
        const u64 points = it->second->rss + swapEntriesOf(*p) + tables;
        if (points > 0 && points >= best) {
            best = points;
            victim = p.get();
        }
    }
    if (!victim)
        return false;
    const char* reason = "no free frame, no page to reclaim, no free swap slot";
    oomKills_.push_back({ victim->pid, victim->name, best, reason });
    record(journal(), ev::OomKill { victim->pid, victim->name, best, reason });
    // The faulting task dies when it returns to user space (SIGKILL); others go now.
    if ((currentAllocates && victim == m_->current()) || victim->pid == allocOwner) {
        oomPending_ = victim->pid;
        return false;
    }
    exit(*victim);
    return true;
}

void Kernel::reapOomVictim(Process& p, UserAccess& ua)
{
    ua.ok = false;
    ua.signal = Signal::Kill;
    ua.fault.what = "oom-kill";
    killOomVictim(p, ua.cr2);
}

bool Kernel::oomKilled(const Process& p) const
{
    return std::count(oomZombies_.begin(), oomZombies_.end(), p.pid) != 0;
}

Message Kernel::describe(const OomKillReport& r)
{
    return msg(txt::kOomKilledBy, { r.reason, r.name, std::to_string(r.pid), std::to_string(r.points) });
}

const Kernel::OomKillReport* Kernel::oomKillOf(u32 pid) const
{
    for (auto it = oomKills_.rbegin(); it != oomKills_.rend(); ++it)
        if (it->pid == pid)
            return &*it;
    return nullptr;
}

void Kernel::killOomVictim(Process& p, VAddr cr2)
{
    oomPending_ = 0;
    record(journal(), ev::SignalSent { p.pid, "SIGKILL", "SI_KERNEL", cr2 });
    // exit_mmap now (the oom_reaper frees the victim's memory at once); the Process itself
    // goes at the next access of another process (callers still hold it).
    Mm& space = mm(p);
    for (const Vma* v : space.vmas.list())
        forEachPte(p, v->start, v->end, [&](VAddr va, PAddr, u64) { zapPte(p, va); });
    space.vmas.remove(0, ~kPageMask);
    refreshShmMappings();
    oomZombies_.push_back(p.pid);
}

void Kernel::reapOomZombies(const Process* keep)
{
    std::vector<u32> pids = oomZombies_;
    if (oomPending_ && (!keep || keep->pid != oomPending_)) {
        pids.push_back(oomPending_);
        oomPending_ = 0;
    }
    oomZombies_.clear();
    for (u32 pid : pids) {
        if (keep && keep->pid == pid) {
            oomZombies_.push_back(pid);
            continue;
        }
        if (Process* p = byPid(*m_, pid); p && mms_.count(pid))
            exit(*p);
    }
}

} // namespace pagelab::kernel
