// Swap areas (mm/swapfile.c): each area has a priority, a slot map with a use count per slot
// (swap_map, with its SWAP_HAS_CACHE flag) and, here, the 4 KiB contents of every used slot
// that holds more than zeros (the "disk"; a page never written stores nothing). SwapSpace keeps
// the areas in Linux's availability order: highest priority first; areas of equal priority
// take pages in turn (get_swap_pages requeues the area it allocates from behind its peers).
#pragma once

#include "hw/deep_ptr.h"
#include "hw/types.h"

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pagelab::kernel {

// A swap entry: the area's type (its index, as swp_type) and the slot (swp_offset).
struct SwapSlot {
    u32 type = 0;
    u64 offset = 0;
    bool operator==(const SwapSlot&) const = default;
};

struct SwapArea {
    u32 type = 0; // index in swap_info[]: the lowest free one at swapon
    std::string name;
    u64 size = 0; // slots (pages); PageLab has no header page: every slot holds data
    int prio = 0;
    u64 latencyNs = 0;      // what one page in or out costs (added to the kernel's I/O time)
    std::vector<u32> count; // swap_map: references to each slot (PTEs holding the entry)
    // SWAP_HAS_CACHE: 1 + the frame of the swap-cache page that holds the slot too; 0 when
    // none (Linux finds that page in the swap cache's xarray; here it sits beside swap_map).
    std::vector<u32> cached;
    u64 used = 0;          // slots with count > 0 or cached (inuse_pages)
    u64 outs = 0, ins = 0; // pages written to / read from this area
    bool writeOk = true;   // SWP_WRITEOK: cleared while swapoff empties the area
    u64 next = 0;          // where the next slot search starts (cluster_next, simplified)
    std::unordered_map<u64, std::array<u8, 4096>> store; // slot -> the page written there (not zeros)
};

class SwapSpace {
public:
    // swapon: a new area. prio = nullopt gives -2, -3, ... in order (least_priority in
    // SYSCALL_DEFINE2(swapon)). Returns nullptr when the name is taken or size is 0.
    SwapArea* add(const std::string& name, u64 size, std::optional<int> prio, u64 latencyNs);
    // Removes an empty area. An area that had a default (negative) priority gives it back:
    // every area below it moves up by one (swapoff: "si->prio++", least_priority++).
    bool remove(std::string_view name);
    SwapArea* find(std::string_view name);
    SwapArea* byType(u32 type);
    const SwapArea* byType(u32 type) const;
    // get_swap_pages: a slot in the highest-priority area with room, rotating among areas of
    // that priority. nullopt when every writable area is full.
    std::optional<SwapSlot> allocate();
    // swap_duplicate: one more PTE holds the entry (fork, try_to_unmap of a swap-cache page).
    void dup(SwapSlot s);
    // swap_free: one reference less; the slot is free at 0 unless the swap cache holds it.
    // Returns the references left.
    u32 free(SwapSlot s);
    u32 count(SwapSlot s) const;
    // A host cache hint for a slot about to be used (its count and cache entry).
    void prefetch(SwapSlot s) const;
    // SWAP_HAS_CACHE on (for the page in frame `pfn`) or off; off frees a slot no PTE holds
    // (put_swap_folio).
    void setCached(SwapSlot s, bool on, Pfn pfn = 0);
    bool cached(SwapSlot s) const;
    // The frame of the swap-cache page holding the slot, if any.
    std::optional<Pfn> cacheFrame(SwapSlot s) const;
    // vm_swap_full (include/linux/swap.h): less than half of the swap space is free.
    bool full() const;
    // The areas in availability order (priority, then round-robin position).
    std::vector<const SwapArea*> areas() const;
    std::vector<SwapArea*> areas();
    u64 freeSlots() const; // in writable areas

private:
    std::vector<DeepPtr<SwapArea>> avail_; // sorted by prio desc, stable
    int leastPriority_ = -1;
};

} // namespace pagelab::kernel
