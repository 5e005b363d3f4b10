// Hands out free physical frames, lowest number first, so that a scenario always gets the
// same frames (the engine is deterministic) and small teaching machines read naturally.
// A bitmap with a search hint: O(frames/64) worst case, O(1) amortised for the usual pattern.
#pragma once

#include "hw/physical_memory.h"

#include <optional>
#include <vector>

namespace pagelab {

class FrameAllocator {
public:
    explicit FrameAllocator(PhysicalMemory& mem);
    // The same allocation state over `mem`, a copy of other's memory (Machine's copy).
    FrameAllocator(const FrameAllocator& other, PhysicalMemory& mem);
    FrameAllocator(const FrameAllocator&) = delete;
    FrameAllocator& operator=(const FrameAllocator&) = delete;

    // Marks the frame used for `use` on behalf of `owner` (pid, 0 for the kernel).
    std::optional<Pfn> allocate(FrameUse use, u32 owner);
    // Claims a specific frame (for `pte ... pfn=N` pointing at a frame the user chose).
    bool claim(Pfn pfn, FrameUse use, u32 owner);
    void release(Pfn pfn);

    u64 freeFrames() const { return free_; }
    bool isFree(Pfn pfn) const { return !(used_[pfn / 64] >> (pfn % 64) & 1); }

private:
    PhysicalMemory& mem_;
    std::vector<u64> used_; // bit set = frame in use
    u64 hint_ = 0;          // every frame below hint_*64 is in use
    u64 free_ = 0;
};

} // namespace pagelab
