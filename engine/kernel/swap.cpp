// Swap areas and slot allocation (mm/swapfile.c: SYSCALL_DEFINE2(swapon), get_swap_pages,
// scan_swap_map_slots, swap_duplicate, swap_free, SYSCALL_DEFINE1(swapoff)).
#include "kernel/swap.h"

#include <algorithm>

namespace pagelab::kernel {

SwapArea* SwapSpace::add(const std::string& name, u64 size, std::optional<int> prio, u64 latencyNs)
{
    if (size == 0 || find(name))
        return nullptr;
    auto a = std::make_unique<SwapArea>();
    // alloc_swap_info: the lowest free type number.
    u32 type = 0;
    while (byType(type))
        ++type;
    a->type = type;
    a->name = name;
    a->size = size;
    a->prio = prio ? *prio : --leastPriority_;
    a->latencyNs = latencyNs;
    a->count.assign(size, 0);
    a->cached.assign(size, 0);
    // _enable_swap_info -> plist_add: after every area of the same or higher priority.
    auto at = std::find_if(avail_.begin(), avail_.end(), [&](const auto& o) { return o->prio < a->prio; });
    SwapArea* raw = a.get();
    avail_.insert(at, std::move(a));
    return raw;
}

bool SwapSpace::remove(std::string_view name)
{
    auto it = std::find_if(avail_.begin(), avail_.end(), [&](const auto& a) { return a->name == name; });
    if (it == avail_.end())
        return false;
    if ((*it)->prio < 0) {
        // swapoff: the areas after it (lower priorities) move up, least_priority++.
        for (auto after = it + 1; after != avail_.end(); ++after)
            ++(*after)->prio;
        ++leastPriority_;
    }
    avail_.erase(it);
    return true;
}

SwapArea* SwapSpace::find(std::string_view name)
{
    for (auto& a : avail_)
        if (a->name == name)
            return a.get();
    return nullptr;
}

SwapArea* SwapSpace::byType(u32 type)
{
    for (auto& a : avail_)
        if (a->type == type)
            return a.get();
    return nullptr;
}

const SwapArea* SwapSpace::byType(u32 type) const
{
    for (const auto& a : avail_)
        if (a->type == type)
            return a.get();
    return nullptr;
}

std::optional<SwapSlot> SwapSpace::allocate()
{
    for (std::size_t i = 0; i < avail_.size(); ++i) {
        SwapArea* a = avail_[i].get();
        if (!a->writeOk || a->used >= a->size)
            continue; // full areas leave swap_avail_heads
        // plist_requeue: behind the last area of the same priority, so equal priorities
        // take pages round robin.
        std::size_t last = i;
        while (last + 1 < avail_.size() && avail_[last + 1]->prio == a->prio)
            ++last;
        std::rotate(avail_.begin() + static_cast<std::ptrdiff_t>(i),
            avail_.begin() + static_cast<std::ptrdiff_t>(i) + 1,
            avail_.begin() + static_cast<std::ptrdiff_t>(last) + 1);
        // scan_swap_map_slots (simplified): the first free slot from `next` on, wrapping.
        for (u64 k = 0; k < a->size; ++k) {
            const u64 off = (a->next + k) % a->size;
            if (a->count[off] == 0 && !a->cached[off]) {
                a->count[off] = 1;
                ++a->used;
                a->next = (off + 1) % a->size;
                return SwapSlot { a->type, off };
            }
        }
    }
    return std::nullopt;
}

void SwapSpace::dup(SwapSlot s)
{
    if (SwapArea* a = byType(s.type);
        a && s.offset < a->size && (a->count[s.offset] > 0 || a->cached[s.offset]))
        ++a->count[s.offset];
}

u32 SwapSpace::free(SwapSlot s)
{
    SwapArea* a = byType(s.type);
    if (!a || s.offset >= a->size || a->count[s.offset] == 0)
        return 0;
    if (--a->count[s.offset] == 0 && !a->cached[s.offset]) {
        --a->used;
        a->store.erase(s.offset);
    }
    return a->count[s.offset];
}

void SwapSpace::setCached(SwapSlot s, bool on, Pfn pfn)
{
    SwapArea* a = byType(s.type);
    if (!a || s.offset >= a->size)
        return;
    const bool was = a->cached[s.offset] != 0;
    a->cached[s.offset] = on ? static_cast<u32>(pfn + 1) : 0;
    if (was == on)
        return;
    if (a->count[s.offset] > 0)
        return;
    if (on) {
        ++a->used;
    } else {
        --a->used;
        a->store.erase(s.offset);
    }
}

bool SwapSpace::cached(SwapSlot s) const
{
    const SwapArea* a = byType(s.type);
    return a && s.offset < a->size && a->cached[s.offset];
}

std::optional<Pfn> SwapSpace::cacheFrame(SwapSlot s) const
{
    const SwapArea* a = byType(s.type);
    if (!a || s.offset >= a->size || a->cached[s.offset] == 0)
        return std::nullopt;
    return Pfn { a->cached[s.offset] } - 1;
}

bool SwapSpace::full() const
{
    u64 total = 0;
    for (const auto& a : avail_)
        if (a->writeOk)
            total += a->size;
    return freeSlots() * 2 < total;
}

void SwapSpace::prefetch(SwapSlot s) const
{
    if (const SwapArea* a = byType(s.type); a && s.offset < a->size) {
        __builtin_prefetch(&a->count[s.offset]);
        __builtin_prefetch(&a->cached[s.offset]);
    }
}

u32 SwapSpace::count(SwapSlot s) const
{
    const SwapArea* a = byType(s.type);
    return a && s.offset < a->size ? a->count[s.offset] : 0;
}

std::vector<const SwapArea*> SwapSpace::areas() const
{
    std::vector<const SwapArea*> out;
    for (const auto& a : avail_)
        out.push_back(a.get());
    return out;
}

std::vector<SwapArea*> SwapSpace::areas()
{
    std::vector<SwapArea*> out;
    for (auto& a : avail_)
        out.push_back(a.get());
    return out;
}

u64 SwapSpace::freeSlots() const
{
    u64 n = 0;
    for (const auto& a : avail_)
        if (a->writeOk)
            n += a->size - a->used;
    return n;
}

} // namespace pagelab::kernel
