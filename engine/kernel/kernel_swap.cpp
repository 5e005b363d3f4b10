// The swap cache, swap entries in PTEs, the swap-in fault and swapon/swapoff (part
// "reclaim"), simplified from mm/swap_state.c (add_to_swap_cache, __delete_from_swap_cache,
// swap_cache_get_folio, read_swap_cache_async), mm/memory.c (do_swap_page,
// should_try_to_free_swap, copy_nonpresent_pte, zap_nonpresent_ptes) and mm/swapfile.c
// (folio_free_swap, free_swap_and_cache, vm_swap_full, swapon, swapoff/try_to_unuse), and
// shm pages in swap from mm/shmem.c (shmem_swapin_folio, shmem_free_swap, shmem_unuse).
//
// A page in the swap cache has a frame and a slot at once. Reclaim puts an anonymous page
// there before it unmaps it, writes it only when it is dirty, then frees the frame; a swap-in
// reads the slot into a new frame that joins the cache, so the slot keeps the same bytes as
// long as the page stays clean. The slot is let go when the page is about to be written
// (a write fault by its only user, or a full swap space) or when its last user goes.
#include "kernel/kernel.h"

#include "hw/paging_entry.h"

#include <span>
#include <stdexcept>

namespace pagelab::kernel {

namespace {

constexpr int kEBUSY = 16;

} // namespace

// ---- the swap cache

std::optional<SwapSlot> Kernel::swapCacheSlotOf(Pfn pfn) const
{
    const UserFrame* f = frames_.find(pfn);
    return f && f->inSwapCache ? std::optional<SwapSlot>(f->swapSlot) : std::nullopt;
}

std::optional<Pfn> Kernel::swapCacheLookup(SwapSlot s) const
{
    return swap_->cacheFrame(s); // the slot's swap_map entry knows the page (SWAP_HAS_CACHE)
}

void Kernel::swapCacheAdd(Pfn pfn, SwapSlot s, bool dirty)
{
    swap_->setCached(s, true, pfn);
    UserFrame& f = frames_.at(pfn);
    if (!f.inSwapCache)
        ++swapCachePages_;
    f.inSwapCache = true;
    f.swapCacheDirty = dirty;
    f.swapSlot = s;
    if (Journal* j = journal())
        if (const SwapArea* a = swap_->byType(s.type))
            record(j, ev::SwapCacheAdd { pfn, a->name, s.offset });
}

void Kernel::swapCacheDelete(Pfn pfn, const char* reason)
{
    UserFrame* f = frames_.find(pfn);
    if (!f || !f->inSwapCache)
        return;
    const SwapSlot s = f->swapSlot;
    f->inSwapCache = false;
    f->swapCacheDirty = false;
    --swapCachePages_;
    swap_->setCached(s, false);
    if (Journal* j = journal())
        if (const SwapArea* a = swap_->byType(s.type))
            record(j, ev::SwapCacheDelete { pfn, a->name, s.offset, reason, swap_->count(s) });
}

bool Kernel::swapCacheTryFree(Pfn pfn)
{
    const UserFrame* f = frames_.find(pfn);
    if (!f || !f->inSwapCache)
        return true;
    // folio_free_swap: not while a swap PTE still holds the slot (folio_swapped).
    if (swap_->count(f->swapSlot) > 0)
        return false;
    swapCacheDelete(pfn, "write");
    return true;
}

std::optional<Pfn> Kernel::swapCacheGetPage(Process& p, VAddr va, SwapSlot s, bool& major)
{
    SwapArea* area = swap_->byType(s.type);
    if (auto hit = swapCacheLookup(s)) { // swap_cache_get_folio
        major = false;
        // Held off the policy until the fault is done (Linux holds the folio locked), so
        // reclaim for a page table cannot take it from under us.
        lruRemove(*hit);
        pendingLru_.push_back(*hit);
        record(journal(), ev::SwapCacheHit { p.pid, va, *hit, area->name, s.offset });
        return hit;
    }
    // read_swap_cache_async -> swap_read_folio: a new frame, the slot's bytes (none stored:
    // the page was all zeros), and the page joins the cache clean.
    auto pfn = allocUserFrame(p.pid, Backing::Anon, 0, va >> kPageShift);
    if (!pfn)
        return std::nullopt;
    if (auto it = area->store.find(s.offset); it != area->store.end())
        m_->memory().writeBytes(
            *pfn << kPageShift, std::span<const u8>(it->second.data(), it->second.size()));
    major = true;
    ++area->ins;
    ++m_->stats().swapIns;
    ioTimeNs_ += area->latencyNs;
    record(journal(), ev::SwapIn { p.pid, va, *pfn, area->name, s.offset, area->latencyNs });
    swapCacheAdd(*pfn, s, false);
    return pfn;
}

// ---- swap entries in PTEs

bool Kernel::copySwapPte(Process& child, VAddr va, u64 entry)
{
    auto addr = pteAddress(child, va, true);
    if (!addr)
        return false;
    m_->editor().writeEntry(*addr, 1, entry, m_->cpu().mode);
    swap_->dup(swapPteSlot(entry)); // swap_duplicate: parent and child share the slot
    return true;
}

void Kernel::dropSwapPte(u64 entry)
{
    // free_swap_and_cache: the slot goes with its last reference; a cached page keeps it
    // until its own last mapping goes (pageFreed).
    swap_->free(swapPteSlot(entry));
}

FaultResult Kernel::faultSwap(Process& p, const Vma& vma, VAddr va, u64 entry, PAddr pte, bool write)
{
    const VAddr page = va & ~kPageMask;
    const SwapSlot slot = swapPteSlot(entry);
    if (!swap_->byType(slot.type) || swap_->count(slot) == 0) { // a bad swap entry: VM_FAULT_SIGBUS
        FaultResult r;
        r.signal = Signal::Bus;
        r.what = "bad-swap-entry";
        return r;
    }
    bool major = false;
    auto pfn = swapCacheGetPage(p, page, slot, major);
    if (!pfn) {
        FaultResult r;
        r.what = "out-of-memory";
        return r;
    }
    // do_swap_page: the page is exclusive when this PTE is the only holder of the slot and
    // no one maps the page yet (a slot shared after fork is not: its copy_nonpresent_pte
    // cleared the exclusive marker). An exclusive page is mapped writable when the VMA is;
    // a shared one read-only (the next write is COW).
    const PageMeta* meta = pageMeta(*pfn);
    const bool unmapped = meta && meta->refs == 0;
    const bool exclusive = swap_->count(slot) == 1 && unmapped;
    swap_->free(slot); // this PTE's reference; the swap cache still holds the slot
    // should_try_to_free_swap: a write by the only user is about to make the slot's bytes
    // stale, a full swap space wants its slots back, and a locked page will not be
    // reclaimed; folio_free_swap then lets the slot go unless other PTEs hold it.
    const char* freeWhy = nullptr;
    if (swap_->full())
        freeWhy = "swap-full";
    else if (vma.flags & vm::LOCKED)
        freeWhy = "locked";
    else if (write && exclusive)
        freeWhy = "write";
    if (freeWhy && swap_->count(slot) == 0)
        swapCacheDelete(*pfn, freeWhy);
    if (!installPte(p, page, *pfn, vma.flags, exclusive && (vma.flags & vm::WRITE), pte)) {
        if (unmapped) {
            swapCacheDelete(*pfn, "unmapped");
            putPage(*pfn);
        }
        FaultResult r;
        r.what = "out-of-memory";
        return r;
    }
    FaultResult r;
    r.resolved = true;
    r.major = major;
    r.what = major ? "swap-in" : "swap-cache";
    return r;
}

// ---- shared memory in swap (mm/shmem.c)
// Simplified: Linux passes a shmem page through the swap cache on both ways (shmem_writepage
// adds it, shrink_folio_list drops it after the write; shmem_swapin_folio reads into it, then
// moves the page to the object and deletes it from the cache). PageLab skips the cache: the
// page goes straight to its slot and back, which leaves the same state at the end.

std::optional<SwapSlot> Kernel::shmSwapSlot(u32 shmId, u64 index) const
{
    auto it = shmSwap_.find({ shmId, index });
    return it == shmSwap_.end() ? std::nullopt : std::optional<SwapSlot>(it->second);
}

u64 Kernel::shmSwappedPages(u32 shmId) const
{
    u64 n = 0;
    for (const auto& [key, slot] : shmSwap_)
        n += key.first == shmId ? 1 : 0;
    return n;
}

std::optional<Pfn> Kernel::shmSwapIn(ShmObject& s, u64 index, u32 pid, VAddr va)
{
    if (!shmSwap_.count({ s.id, index }))
        return std::nullopt;
    auto pfn = allocUserFrame(0, Backing::Shm, s.id, index);
    auto it = shmSwap_.find({ s.id, index }); // looked up again: allocation may reclaim
    if (!pfn || it == shmSwap_.end()) {
        if (pfn)
            putPage(*pfn);
        return std::nullopt;
    }
    const SwapSlot slot = it->second;
    SwapArea* area = swap_->byType(slot.type);
    if (auto stored = area->store.find(slot.offset); stored != area->store.end())
        m_->memory().writeBytes(
            *pfn << kPageShift, std::span<const u8>(stored->second.data(), stored->second.size()));
    ++area->ins;
    ++m_->stats().swapIns;
    ioTimeNs_ += area->latencyNs;
    record(journal(), ev::SwapIn { pid, va, *pfn, area->name, slot.offset, area->latencyNs });
    // The page takes the swap entry's place in the object and the slot is freed at once
    // (shmem_swapin_folio: delete_from_swap_cache + swap_free): shmem keeps no clean copy.
    shmSwap_.erase(it);
    swap_->free(slot);
    return pfn;
}

void Kernel::shmFreeSwap(u32 shmId)
{
    for (auto it = shmSwap_.begin(); it != shmSwap_.end();) {
        if (it->first.first == shmId) {
            swap_->free(it->second); // free_swap_and_cache: the object's reference was the only one
            it = shmSwap_.erase(it);
        } else {
            ++it;
        }
    }
}

int Kernel::shmUnuse(u32 type)
{
    // try_to_unuse starts with shmem_unuse: every shm page in the area back into its object
    // (unmapped: the next access is a minor fault). Each joins the policy at once, so when
    // memory is short reclaim may push it to another area.
    std::vector<std::pair<u32, u64>> keys;
    for (const auto& [key, slot] : shmSwap_)
        if (slot.type == type)
            keys.push_back(key);
    for (const auto& [id, index] : keys) {
        ShmObject* s = shmById(id);
        auto it = shmSwap_.find({ id, index });
        if (!s || it == shmSwap_.end() || it->second.type != type)
            continue;
        try {
            shmGetPage(*s, index, nullptr, 0, index << kPageShift);
        } catch (const std::runtime_error&) {
            return err::kENOMEM;
        }
        lruFlushPending();
    }
    return 0;
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
    const PagingMode mode = m_->cpu().mode;
    const unsigned bytes = geometry(mode).entryBytes;
    // try_to_unuse -> unuse_mm: every swap PTE of this area, process by process, through the
    // swap cache (so PTEs that share a slot after fork share the page, read-only). Each page
    // brought in joins the policy at once: when memory is short, reclaim pushes pages out to
    // the remaining areas (a page of this area effectively moves to another one). ENOMEM
    // only when neither a frame nor another area can be had.
    int error = shmUnuse(area->type);
    for (const auto& owned : m_->processes()) {
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
            auto addr = pteAddress(p, va, false);
            if (!v || !addr || m_->memory().read(*addr, bytes) != e)
                continue;
            const u64 vmaFlags = v->flags;
            bool major = false;
            auto pfn = swapCacheGetPage(p, va, slot, major);
            if (!pfn) {
                error = err::kENOMEM;
                break;
            }
            const PageMeta* meta = pageMeta(*pfn);
            const bool writable
                = swap_->count(slot) == 1 && meta && meta->refs == 0 && (vmaFlags & vm::WRITE);
            swap_->free(slot);
            if (!installPte(p, va, *pfn, vmaFlags, writable)) {
                error = err::kENOMEM;
                break;
            }
            // unuse_pte + try_to_unuse's folio_free_swap: the slot goes with its last PTE.
            if (swap_->count(slot) == 0)
                swapCacheDelete(*pfn, "swapoff");
            lruFlushPending();
        }
    }
    lruFlushPending();
    noOom_ = false;
    if (error) { // swapoff fails; the area is usable again (reinsert_swap_info)
        area->writeOk = true;
        return { error };
    }
    // Pages still cached for this area (none should be left) leave the cache with it.
    std::vector<Pfn> left;
    frames_.forEach([&](Pfn pfn, const UserFrame& f) {
        if (f.inSwapCache && f.swapSlot.type == area->type)
            left.push_back(pfn);
    });
    for (Pfn pfn : left)
        swapCacheDelete(pfn, "swapoff");
    swap_->remove(name);
    return { 0 };
}

} // namespace pagelab::kernel
