// Page reclaim, swap and the OOM killer (part "reclaim"), simplified from mm/vmscan.c
// (shrink_folio_list), mm/rmap.c (try_to_unmap, folio_referenced), mm/memory.c (do_swap_page,
// copy_nonpresent_pte, zap_nonpresent_ptes), mm/swapfile.c (swapon, swapoff/try_to_unuse)
// and mm/oom_kill.c (out_of_memory, oom_badness).
//
// Every evictable user page (anonymous or page cache; not locked, not shm, never device
// memory) is in one ReplacementPolicy. A page joins it when the operation that allocated it
// is done (the end of the fault), so reclaim never takes a page a fault is still setting up.
// When allocUserFrame finds no free frame, reclaim asks the policy for a victim: an
// anonymous page goes to a swap slot (its PTEs then hold the swap entry, P=0); a file page is
// unmapped, written back when dirty, and dropped from the page cache. No victim and no slot:
// the OOM killer ends the process with the highest badness.
#include "kernel/kernel.h"

#include "hw/paging_entry.h"

#include <algorithm>
#include <span>

namespace pagelab::kernel {

namespace {

constexpr int kEBUSY = 16;

Process* byPid(Machine& m, u32 pid)
{
    for (const auto& p : m.processes())
        if (p->pid == pid)
            return p.get();
    return nullptr;
}

FaultResult outOfMemory()
{
    FaultResult r;
    r.what = "out-of-memory";
    return r;
}

} // namespace

void Kernel::initReclaim()
{
    swap_ = std::make_unique<SwapSpace>();
    PolicyKind k = PolicyKind::Lru;
    // OPT needs the future: the `machine` command refuses policy=opt; a Kernel built directly
    // with it falls back to LRU.
    if (!policyFromName(m_.config().policy, k) || k == PolicyKind::Opt)
        k = PolicyKind::Lru;
    policy_ = makePolicy(k);
}

// ---- the policy's bookkeeping

void Kernel::lruFlushPending()
{
    for (Pfn pfn : pendingLru_) {
        auto it = pages_.find(pfn);
        // shm pages stay out (shmem swap is not modelled); locked pages are unevictable.
        if (it == pages_.end() || it->second.locked || it->second.kind == Backing::Shm || inLru_.count(pfn))
            continue;
        policy_->insert(pfn);
        inLru_[pfn] = true;
    }
    pendingLru_.clear();
}

void Kernel::lruAdd(Pfn pfn)
{
    std::erase(pendingLru_, pfn);
    auto it = pages_.find(pfn);
    if (it == pages_.end() || it->second.kind == Backing::Shm || inLru_.count(pfn))
        return;
    policy_->insert(pfn);
    inLru_[pfn] = true;
}

void Kernel::lruRemove(Pfn pfn)
{
    std::erase(pendingLru_, pfn);
    if (inLru_.erase(pfn))
        policy_->remove(pfn);
}

void Kernel::lruAccessed(Pfn pfn)
{
    // The simulator sees every user access, so "lru" is exact LRU: each access moves the page
    // to the most recently used end. Clock and linux only see the PTE accessed bits, as the
    // real kernel does; FIFO ignores use.
    if (policy_->kind() == PolicyKind::Lru && inLru_.count(pfn))
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
    rmap_.erase(pfn);
}

// ---- reverse map (anon_vma / i_mmap simplified to a list of (pid, va) per frame)

void Kernel::rmapAdd(Pfn pfn, u32 pid, VAddr va)
{
    rmap_[pfn].emplace_back(pid, va & ~kPageMask);
}

void Kernel::rmapDel(Pfn pfn, u32 pid, VAddr va)
{
    auto it = rmap_.find(pfn);
    if (it == rmap_.end())
        return;
    auto& v = it->second;
    auto at = std::find(v.begin(), v.end(), std::pair<u32, VAddr> { pid, va & ~kPageMask });
    if (at != v.end())
        v.erase(at);
    if (v.empty())
        rmap_.erase(it);
}

const std::vector<std::pair<u32, VAddr>>& Kernel::rmapOf(Pfn pfn) const
{
    static const std::vector<std::pair<u32, VAddr>> none;
    auto it = rmap_.find(pfn);
    return it == rmap_.end() ? none : it->second;
}

// folio_referenced -> ptep_clear_flush_young for every PTE that maps the page. On x86 it is
// ptep_test_and_clear_young without a TLB flush (arch/x86/mm/pgtable.c: "clearing the
// accessed bit without a TLB flush doesn't cause data corruption"): while the translation
// stays cached in the TLB, further accesses do not set A again, so a busy page can look
// unreferenced at the next scan until its TLB entry is evicted or flushed.
bool Kernel::testAndClearYoung(Pfn pfn)
{
    u64 young = 0;
    const unsigned bytes = geometry(m_.cpu().mode).entryBytes;
    for (const auto& [pid, va] : rmapOf(pfn)) {
        Process* p = byPid(m_, pid);
        if (!p)
            continue;
        auto addr = pteAddress(*p, va, false);
        if (!addr)
            continue;
        const u64 e = m_.memory().read(*addr, bytes);
        if ((e & pte::P) && (e & pte::A)) {
            m_.memory().write(*addr, e & ~pte::A, bytes);
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
        if (auto pfn = m_.frames().allocate(FrameUse::User, owner))
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
        inLru_.erase(victim);
        auto it = pages_.find(victim);
        if (it == pages_.end() || it->second.locked)
            continue; // locked: unevictable, it stays off the policy until munlock
        if (evict(victim))
            done = true;
        else
            kept.push_back(victim);
    }
    for (Pfn pfn : kept) { // activate_locked: no swap space, keep it
        policy_->insert(pfn);
        inLru_[pfn] = true;
    }
    inReclaim_ = false;
    return done;
}

bool Kernel::evict(Pfn pfn)
{
    const PageMeta meta = pages_.at(pfn);
    const PagingMode mode = m_.cpu().mode;
    const unsigned bytes = geometry(mode).entryBytes;
    const std::string policyName(toString(policy_->kind()));
    if (meta.kind == Backing::Anon) {
        // add_to_swap -> folio_alloc_swap: no slot anywhere, the page cannot go.
        auto slot = swap_->allocate();
        if (!slot)
            return false;
        SwapArea* area = swap_->byType(slot->type);
        record(journal(), ev::Evict { policyName, pfn, "anon" });
        // pageout -> swap_writepage: the 4 KiB go to the area.
        auto& stored = area->store[slot->offset];
        m_.memory().readBytes(pfn << kPageShift, std::span<u8>(stored.data(), stored.size()));
        ++area->outs;
        ++m_.stats().swapOuts;
        ++m_.stats().evictions;
        ioTimeNs_ += area->latencyNs;
        const auto mappers = rmapOf(pfn); // a copy: the loop below empties it
        record(journal(), ev::SwapOut { pfn, area->name, slot->offset, mappers.size() });
        // try_to_unmap_one: every PTE gets the swap entry; each holds a swap_map reference.
        u64 ptes = 0;
        for (const auto& [pid, va] : mappers) {
            Process* p = byPid(m_, pid);
            if (!p)
                continue;
            auto addr = pteAddress(*p, va, false);
            if (!addr)
                continue;
            const u64 old = m_.memory().read(*addr, bytes);
            if (!(old & (pte::P | kPteProtNone)) || (entryAddress(mode, old) >> kPageShift) != pfn)
                continue;
            m_.editor().writeEntry(*addr, 1, makeSwapPte(*slot), mode);
            if (old & pte::P)
                flushPte(*p, va);
            if (ptes++ > 0)
                swap_->dup(*slot);
            if (m_.memory().info(pfn).mapCount > 0)
                --m_.memory().info(pfn).mapCount;
            if (Mm& space = mm(*p); space.rss > 0)
                --space.rss;
            rmapDel(pfn, pid, va);
            putPage(pfn); // the last one frees the frame
        }
        if (ptes == 0)
            swap_->free(*slot);
        return true;
    }
    if (meta.kind == Backing::File) {
        File* f = fileById(meta.object);
        record(journal(), ev::Evict { policyName, pfn, "file" });
        // try_to_unmap: zapPte moves a dirty PTE's D bit into the page cache (set_page_dirty).
        const auto mappers = rmapOf(pfn);
        for (const auto& [pid, va] : mappers)
            if (Process* p = byPid(m_, pid))
                zapPte(*p, va);
        ++m_.stats().evictions;
        bool written = false;
        if (f) {
            auto d = f->dirty.find(meta.index);
            if (d != f->dirty.end() && d->second) {
                writebackPage(*f, meta.index); // pageout(): written back before it goes
                written = true;
            }
            f->dirty.erase(meta.index);
            record(journal(), ev::Discard { f->name, meta.index, pfn, written });
            auto c = f->cache.find(meta.index);
            if (c != f->cache.end() && c->second == pfn) {
                f->cache.erase(c);
                putPage(pfn); // __remove_mapping: the page cache's reference
            }
        }
        return true;
    }
    return false; // shm pages are not reclaimed in this version
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

bool Kernel::oomKill(u32 allocOwner)
{
    if (noOom_ || inReclaim_ || oomPending_)
        return false;
    // select_bad_process / oom_badness: rss + swap entries + page-table pages; a later task
    // with the same points replaces an earlier one ("points < chosen_points" skips).
    Process* victim = nullptr;
    u64 best = 0;
    for (const auto& p : m_.processes()) {
        auto it = mms_.find(p->pid);
        if (it == mms_.end() || std::count(oomZombies_.begin(), oomZombies_.end(), p->pid))
            continue;
        u64 tables = 0;
        for (Pfn f = 0; f < m_.memory().frameCount(); ++f) {
            const FrameInfo& info = m_.memory().info(f);
            if (info.use == FrameUse::PageTable && info.owner == p->pid && !m_.frames().isFree(f))
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
    record(journal(),
        ev::OomKill {
            victim->pid, victim->name, best, "no free frame, no page to reclaim, no free swap slot" });
    // The faulting task dies when it returns to user space (SIGKILL); others go now.
    if (victim == m_.current() || victim->pid == allocOwner) {
        oomPending_ = victim->pid;
        return false;
    }
    exit(*victim);
    return true;
}

void Kernel::reapOomVictim(Process& p, UserAccess& ua)
{
    oomPending_ = 0;
    record(journal(), ev::SignalSent { p.pid, "SIGKILL", "SI_KERNEL", ua.cr2 });
    ua.ok = false;
    ua.signal = Signal::Kill;
    ua.fault.what = "oom-kill";
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
        if (Process* p = byPid(m_, pid); p && mms_.count(pid))
            exit(*p);
    }
}

// ---- swap entries in PTEs

std::optional<u64> Kernel::swapPteAt(Process& p, VAddr va)
{
    auto addr = pteAddress(p, va, false);
    if (!addr)
        return std::nullopt;
    const u64 e = m_.memory().read(*addr, geometry(m_.cpu().mode).entryBytes);
    return isSwapPte(e) ? std::optional<u64>(e) : std::nullopt;
}

bool Kernel::copySwapPte(Process& child, VAddr va, u64 entry)
{
    auto addr = pteAddress(child, va, true);
    if (!addr)
        return false;
    m_.editor().writeEntry(*addr, 1, entry, m_.cpu().mode);
    swap_->dup(swapPteSlot(entry)); // swap_duplicate: parent and child share the slot
    return true;
}

void Kernel::dropSwapPte(u64 entry)
{
    swap_->free(swapPteSlot(entry));
}

FaultResult Kernel::faultSwap(Process& p, const Vma& vma, VAddr va, u64 entry)
{
    const VAddr page = va & ~kPageMask;
    const SwapSlot slot = swapPteSlot(entry);
    SwapArea* area = swap_->byType(slot.type);
    if (!area || swap_->count(slot) == 0) { // a bad swap entry: VM_FAULT_SIGBUS
        FaultResult r;
        r.signal = Signal::Bus;
        r.what = "bad-swap-entry";
        return r;
    }
    auto pfn = allocUserFrame(p.pid, Backing::Anon, 0, page >> kPageShift);
    if (!pfn)
        return outOfMemory();
    if (auto it = area->store.find(slot.offset); it != area->store.end())
        m_.memory().writeBytes(*pfn << kPageShift, std::span<const u8>(it->second.data(), it->second.size()));
    // do_swap_page: an exclusive page (no other PTE holds the slot) is mapped writable when
    // the VMA is; a slot shared after fork gives a read-only page (the next write is COW).
    // PageLab keeps no swap cache: the slot is freed at once (swap_free).
    const bool exclusive = swap_->count(slot) == 1;
    swap_->free(slot);
    ++area->ins;
    ++m_.stats().swapIns;
    ioTimeNs_ += area->latencyNs;
    record(journal(), ev::SwapIn { p.pid, page, *pfn, area->name, slot.offset, area->latencyNs });
    if (!installPte(p, page, *pfn, vma.flags, exclusive && (vma.flags & vm::WRITE))) {
        putPage(*pfn);
        return outOfMemory();
    }
    FaultResult r;
    r.resolved = true;
    r.major = true;
    r.what = "swap-in";
    return r;
}

// ---- swapon / swapoff

SysResult Kernel::swapon(const std::string& name, u64 pages, std::optional<int> prio, u64 latencyNs)
{
    if (pages == 0)
        return { err::kEINVAL };
    if (swap_->find(name))
        return { kEBUSY };
    if (swap_->areas().size() >= 64) // the type field of our swap PTE has 6 bits
        return { err::kEPERM };
    // swapon(2) takes SWAP_FLAG_PREFER with 0..32767; swapon(8) -p -1 means "no priority".
    if (prio && *prio == -1)
        prio.reset();
    if (prio && (*prio < 0 || *prio > 32767))
        return { err::kEINVAL };
    swap_->add(name, pages, prio, latencyNs);
    return { 0 };
}

SysResult Kernel::swapoff(const std::string& name)
{
    SwapArea* area = swap_->find(name);
    if (!area)
        return { err::kEINVAL };
    area->writeOk = false; // del_from_avail_list: no new pages go there
    noOom_ = true;
    lruFlushPending();
    // try_to_unuse -> unuse_mm: every swap PTE of this area, process by process. PTEs that
    // share a slot (after fork) share the page brought in, read-only (COW) as in the swap cache.
    std::unordered_map<u64, std::pair<Pfn, u32>> brought; // slot -> frame, references at first read
    int error = 0;
    for (const auto& owned : m_.processes()) {
        Process& p = *owned;
        auto mit = mms_.find(p.pid);
        if (mit == mms_.end() || error)
            continue;
        std::vector<std::pair<VAddr, u64>> entries;
        for (const Vma* v : mit->second->vmas.list())
            forEachPte(p, v->start, v->end, [&](VAddr va, PAddr, u64 e) {
                if (isSwapPte(e) && swapPteSlot(e).type == area->type)
                    entries.emplace_back(va, e);
            });
        for (const auto& [va, e] : entries) {
            const SwapSlot slot = swapPteSlot(e);
            const Vma* v = mit->second->vmas.find(va);
            if (!v)
                continue;
            auto b = brought.find(slot.offset);
            if (b == brought.end()) {
                auto pfn = allocUserFrame(p.pid, Backing::Anon, 0, va >> kPageShift);
                if (!pfn) {
                    error = err::kENOMEM;
                    break;
                }
                if (auto it = area->store.find(slot.offset); it != area->store.end())
                    m_.memory().writeBytes(
                        *pfn << kPageShift, std::span<const u8>(it->second.data(), it->second.size()));
                ++area->ins;
                ++m_.stats().swapIns;
                ioTimeNs_ += area->latencyNs;
                record(journal(), ev::SwapIn { p.pid, va, *pfn, area->name, slot.offset, area->latencyNs });
                b = brought.emplace(slot.offset, std::make_pair(*pfn, swap_->count(slot))).first;
            }
            const bool writable = b->second.second == 1 && (v->flags & vm::WRITE);
            swap_->free(slot);
            if (!installPte(p, va, b->second.first, v->flags, writable)) {
                error = err::kENOMEM;
                break;
            }
        }
    }
    lruFlushPending();
    noOom_ = false;
    if (error) { // swapoff fails; the area is usable again (reinsert_swap_info)
        area->writeOk = true;
        return { error };
    }
    swap_->remove(name);
    return { 0 };
}

} // namespace pagelab::kernel
