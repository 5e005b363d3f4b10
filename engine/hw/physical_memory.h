// Physical memory: per-frame metadata that stays small, and frame contents that take host
// memory only once a frame is first written with a non-zero byte (a frame without contents
// reads as zeros). This lets the same engine run a 64-frame teaching machine and a trace
// replay over millions of frames.
//
// The contents live at base + physical address in one reservation of host address space
// (an anonymous MAP_NORESERVE mapping: the host kernel backs a page only when it is first
// written). A page-table entry is then one load from a computed address, with no per-frame
// pointer to chase first: the page walk and the replay's prefetching depend on that.
#pragma once

#include "hw/types.h"

#include <cstring>
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

    // Throws std::invalid_argument for 0 frames or more than kMaxFrames, and
    // std::runtime_error when the host will not reserve the address space for the contents.
    explicit PhysicalMemory(u64 frames);
    ~PhysicalMemory();
    PhysicalMemory(PhysicalMemory&& other) noexcept;
    PhysicalMemory& operator=(PhysicalMemory&& other) noexcept;
    // A copy reserves its own address space and copies only the frames that have contents
    // (Session::clone: a view of the machine between two events).
    PhysicalMemory(const PhysicalMemory& other);
    PhysicalMemory& operator=(const PhysicalMemory&) = delete;

    u64 frameCount() const { return info_.size(); }
    bool containsFrame(Pfn pfn) const { return pfn < info_.size(); }
    bool contains(PAddr pa, u64 size = 1) const
    {
        const u64 end = pa + size;
        return end >= pa && end <= info_.size() * kPageSize;
    }

    // Little-endian loads and stores of 1, 2, 4 or 8 bytes; the access must not cross a
    // frame boundary. Addresses outside RAM read as all ones and ignore writes, as on a PC
    // bus with nothing behind the address.
    u64 read(PAddr pa, unsigned size) const
    {
        // Fast path for the page walker: an aligned entry in RAM. The rest is out of line.
        const Pfn pfn = pa >> kPageShift;
        if ((size == 8 || size == 4 || size == 1) && (pa & (size - 1)) == 0 && pfn < info_.size()) {
            if (!written(pfn))
                return 0; // no host page touched for a frame that only ever held zeros
            const u8* at = bytes_ + pa;
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
        if ((size == 8 || size == 4) && (pa & (size - 1)) == 0 && pfn < info_.size() && written(pfn)) {
            if (size == 8)
                std::memcpy(bytes_ + pa, &value, 8);
            else
                std::memcpy(bytes_ + pa, &value, 4);
            return;
        }
        writeSlow(pa, value, size);
    }
    // Host cache hints (no simulated effect), for replay loops that know their next accesses:
    // the frame's metadata, and the cache line holding `pa`.
    void prefetchInfo(Pfn pfn) const
    {
        if (pfn < info_.size())
            __builtin_prefetch(&info_[pfn]);
    }
    void prefetchContents(PAddr pa) const
    {
        if ((pa >> kPageShift) < info_.size())
            __builtin_prefetch(bytes_ + pa);
    }
    u64 read64(PAddr pa) const { return read(pa, 8); }
    void write64(PAddr pa, u64 value) { write(pa, value, 8); }

    void readBytes(PAddr pa, std::span<u8> out) const;
    void writeBytes(PAddr pa, std::span<const u8> in);
    void zeroFrame(Pfn pfn);
    void copyFrame(Pfn dst, Pfn src);
    bool hasContents(Pfn pfn) const { return containsFrame(pfn) && written(pfn); }
    u64 framesWithContents() const { return materialised_; }

    FrameInfo& info(Pfn pfn) { return info_[pfn]; }
    const FrameInfo& info(Pfn pfn) const { return info_[pfn]; }

private:
    // Whether the frame has held a non-zero byte since it was last zeroed: one bit per frame,
    // so the map of a large machine stays small and hot in the host's caches.
    bool written(Pfn pfn) const { return (written_[pfn >> 6] >> (pfn & 63)) & 1; }
    // The frame's bytes, marking it written (its contents then count as materialised).
    u8* writable(Pfn pfn);
    u64 readSlow(PAddr pa, unsigned size) const;
    void writeSlow(PAddr pa, u64 value, unsigned size);
    void release();

    std::vector<FrameInfo> info_;
    std::vector<u64> written_;
    u8* bytes_ = nullptr; // frameCount() * kPageSize bytes of reserved host address space
    u64 materialised_ = 0;
};

} // namespace pagelab
