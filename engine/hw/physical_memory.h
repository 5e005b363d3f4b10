// Physical memory: per-frame metadata that stays small, and frame contents allocated only
// when a frame is first written with a non-zero byte (a frame without contents reads as
// zeros). This lets the same engine run a 64-frame teaching machine and a trace replay over
// millions of frames.
#pragma once

#include "hw/types.h"

#include <array>
#include <cstring>
#include <memory>
#include <span>
#include <vector>

namespace pagelab {

enum class FrameUse : u8 { Free, PageTable, User, Kernel, Device };

std::string_view toString(FrameUse use);

// Everything the engine keeps per frame besides its contents. Keep it small: it exists
// for every frame of the machine.
struct FrameInfo {
    FrameUse use = FrameUse::Free;
    u8 level = 0;     // for page-table frames: the level of the table it holds
    u16 mapCount = 0; // number of PTEs mapping the frame (for sharing and COW)
    u32 owner = 0;    // pid of the owning process, 0 = kernel / none
};

class PhysicalMemory {
public:
    // A bound that keeps metadata for the largest machine well under 1 GiB on the host.
    static constexpr u64 kMaxFrames = u64 { 1 } << 24; // 64 GiB of simulated RAM

    // Throws std::invalid_argument for 0 frames or more than kMaxFrames.
    explicit PhysicalMemory(u64 frames);

    u64 frameCount() const { return frames_.size(); }
    bool containsFrame(Pfn pfn) const { return pfn < frames_.size(); }
    bool contains(PAddr pa, u64 size = 1) const
    {
        const u64 end = pa + size;
        return end >= pa && end <= frames_.size() * kPageSize;
    }

    // Little-endian loads and stores of 1, 2, 4 or 8 bytes; the access must not cross a
    // frame boundary. Addresses outside RAM read as all ones and ignore writes, as on a PC
    // bus with nothing behind the address.
    u64 read(PAddr pa, unsigned size) const
    {
        // Fast path for the page walker: an aligned entry in RAM. The rest is out of line.
        const Pfn pfn = pa >> kPageShift;
        if ((size == 8 || size == 4 || size == 1) && (pa & (size - 1)) == 0 && pfn < frames_.size()) {
            const Frame* frame = frames_[pfn].contents.get();
            if (!frame)
                return 0;
            const u8* at = frame->data() + (pa & kPageMask);
            if (size == 1)
                return *at;
            // Constant sizes: the copies become plain loads (host is little-endian).
            if (size == 8) {
                u64 value = 0;
                std::memcpy(&value, at, 8);
                return value;
            }
            u32 value = 0;
            std::memcpy(&value, at, 4);
            return value;
        }
        return readSlow(pa, size);
    }
    void write(PAddr pa, u64 value, unsigned size)
    {
        // Fast path for page-table entries: an aligned 8- or 4-byte store into a frame that
        // already has contents, as constant-size copies (plain stores). The rest is out of line.
        const Pfn pfn = pa >> kPageShift;
        if ((size == 8 || size == 4) && (pa & (size - 1)) == 0 && pfn < frames_.size()) {
            if (Frame* frame = frames_[pfn].contents.get()) {
                u8* at = frame->data() + (pa & kPageMask);
                if (size == 8)
                    std::memcpy(at, &value, 8);
                else
                    std::memcpy(at, &value, 4);
                return;
            }
        }
        writeSlow(pa, value, size);
    }
    // Host cache hints (no simulated effect), for replay loops that know their next accesses:
    // the frame's metadata, and the cache line holding `pa` when the frame has contents.
    void prefetchInfo(Pfn pfn) const
    {
        if (pfn < frames_.size())
            __builtin_prefetch(&frames_[pfn]);
    }
    void prefetchContents(PAddr pa) const
    {
        const Pfn pfn = pa >> kPageShift;
        if (pfn < frames_.size())
            if (const Frame* frame = frames_[pfn].contents.get())
                __builtin_prefetch(frame->data() + (pa & kPageMask));
    }
    u64 read64(PAddr pa) const { return read(pa, 8); }
    void write64(PAddr pa, u64 value) { write(pa, value, 8); }

    void readBytes(PAddr pa, std::span<u8> out) const;
    void writeBytes(PAddr pa, std::span<const u8> in);
    void zeroFrame(Pfn pfn);
    void copyFrame(Pfn dst, Pfn src);
    bool hasContents(Pfn pfn) const { return containsFrame(pfn) && frames_[pfn].contents != nullptr; }
    u64 framesWithContents() const { return materialised_; }

    FrameInfo& info(Pfn pfn) { return frames_[pfn].info; }
    const FrameInfo& info(Pfn pfn) const { return frames_[pfn].info; }

private:
    using Frame = std::array<u8, kPageSize>;
    u8* writable(Pfn pfn);
    u64 readSlow(PAddr pa, unsigned size) const;
    void writeSlow(PAddr pa, u64 value, unsigned size);

    // A frame's metadata and its contents pointer side by side: the kernel usually wants
    // both for the same frame, and one cache line then serves both.
    struct Slot {
        FrameInfo info;
        std::unique_ptr<Frame> contents;
    };
    std::vector<Slot> frames_;
    u64 materialised_ = 0;
};

} // namespace pagelab
