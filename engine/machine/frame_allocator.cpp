#include "machine/frame_allocator.h"

#include <bit>

namespace pagelab {

FrameAllocator::FrameAllocator(PhysicalMemory& mem)
    : mem_(mem)
    , used_((mem.frameCount() + 63) / 64, 0)
    , free_(mem.frameCount())
{
    // Bits past the last frame count as used so the search never returns them.
    const u64 tail = mem.frameCount() % 64;
    if (tail)
        used_.back() = ~((u64 { 1 } << tail) - 1);
}

FrameAllocator::FrameAllocator(const FrameAllocator& other, PhysicalMemory& mem)
    : mem_(mem)
    , used_(other.used_)
    , hint_(other.hint_)
    , free_(other.free_)
{
}

std::optional<Pfn> FrameAllocator::allocate(FrameUse use, u32 owner)
{
    if (free_ == 0)
        return std::nullopt; // full (reclaim asks first, every time): no need to scan the bitmap
    for (u64 w = hint_; w < used_.size(); ++w) {
        if (used_[w] == ~u64 { 0 })
            continue;
        hint_ = w;
        const Pfn pfn = w * 64 + static_cast<u64>(std::countr_one(used_[w]));
        claim(pfn, use, owner);
        return pfn;
    }
    hint_ = used_.size();
    return std::nullopt;
}

bool FrameAllocator::claim(Pfn pfn, FrameUse use, u32 owner)
{
    if (!mem_.containsFrame(pfn) || !isFree(pfn))
        return false;
    used_[pfn / 64] |= u64 { 1 } << (pfn % 64);
    --free_;
    auto& info = mem_.info(pfn);
    info = FrameInfo {};
    info.use = use;
    info.owner = owner;
    return true;
}

void FrameAllocator::release(Pfn pfn)
{
    if (!mem_.containsFrame(pfn) || isFree(pfn))
        return;
    used_[pfn / 64] &= ~(u64 { 1 } << (pfn % 64));
    // hint_ is the lowest word that may have a free bit. When memory was full this frame is
    // the only free one, so the next search starts at its word (reclaim frees one frame at a
    // time under pressure: no scan over the full words in between).
    if (free_ == 0 || pfn / 64 < hint_)
        hint_ = pfn / 64;
    ++free_;
    mem_.zeroFrame(pfn);
    mem_.info(pfn) = FrameInfo {};
}

} // namespace pagelab
