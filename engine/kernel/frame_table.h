// Per-frame kernel state (what Linux keeps in struct page / struct folio), stored by frame
// number in chunks allocated on first use. Lookups on the fault and reclaim paths are two
// loads instead of a hash, a 64-frame teaching machine allocates one chunk, and a machine
// of millions of frames pays only for the part of RAM that has held user pages. Entries
// never move, so pointers to them stay valid while the table lives.
#pragma once

#include "hw/deep_ptr.h"
#include "hw/types.h"

#include <array>
#include <memory>
#include <vector>

namespace pagelab::kernel {

template <class T>
class FrameTable {
public:
    // 512 frames (2 MiB of simulated RAM) per chunk: a copy of a small machine (Session::clone,
    // at every event the GUI steps to) copies one small chunk; the largest machine (2^24
    // frames) has 32768 chunk pointers.
    static constexpr u64 kChunkShift = 9;
    static constexpr u64 kChunkFrames = u64 { 1 } << kChunkShift;

    // The entry of pfn, or nullptr when its chunk was never touched (a default T).
    T* find(Pfn pfn)
    {
        const u64 c = pfn >> kChunkShift;
        return c < chunks_.size() && chunks_[c] ? &(*chunks_[c])[pfn & (kChunkFrames - 1)] : nullptr;
    }
    const T* find(Pfn pfn) const { return const_cast<FrameTable*>(this)->find(pfn); }

    // The entry of pfn, its chunk allocated (default entries) when needed.
    T& at(Pfn pfn)
    {
        const u64 c = pfn >> kChunkShift;
        if (c >= chunks_.size())
            chunks_.resize(c + 1);
        if (!chunks_[c])
            chunks_[c] = std::make_unique<Chunk>();
        return (*chunks_[c])[pfn & (kChunkFrames - 1)];
    }

    // Calls fn(pfn, entry) for every entry of every allocated chunk, in frame order.
    template <class Fn>
    void forEach(Fn&& fn)
    {
        for (u64 c = 0; c < chunks_.size(); ++c)
            if (chunks_[c])
                for (u64 i = 0; i < kChunkFrames; ++i)
                    fn((c << kChunkShift) | i, (*chunks_[c])[i]);
    }

private:
    using Chunk = std::array<T, kChunkFrames>;
    std::vector<DeepPtr<Chunk>> chunks_; // a copy copies every chunk
};

} // namespace pagelab::kernel
