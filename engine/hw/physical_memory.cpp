#include "hw/physical_memory.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <string>

namespace pagelab {

std::string_view toString(FrameUse use)
{
    switch (use) {
    case FrameUse::Free: return "free";
    case FrameUse::PageTable: return "page-table";
    case FrameUse::User: return "user";
    case FrameUse::Kernel: return "kernel";
    case FrameUse::Device: return "device";
    }
    return "?";
}

PhysicalMemory::PhysicalMemory(u64 frames)
{
    if (frames == 0)
        throw std::invalid_argument("a machine needs at least one frame");
    if (frames > kMaxFrames)
        throw std::invalid_argument("frames=" + std::to_string(frames) + " is more than the "
            + std::to_string(kMaxFrames) + " frames (64 GiB) PageLab simulates");
    frames_.resize(frames);
}

u64 PhysicalMemory::readSlow(PAddr pa, unsigned size) const
{
    if (!contains(pa, size))
        return size == 8 ? ~u64 { 0 } : ((u64 { 1 } << (8 * size)) - 1);
    const auto& frame = frames_[pa >> kPageShift].contents;
    if (!frame)
        return 0;
    u64 value = 0;
    std::memcpy(&value, frame->data() + (pa & kPageMask), size); // host is little-endian x86
    return value;
}

void PhysicalMemory::writeSlow(PAddr pa, u64 value, unsigned size)
{
    if (!contains(pa, size))
        return;
    const Pfn pfn = pa >> kPageShift;
    // Zeros into a frame that holds only zeros change nothing: no contents to allocate (a
    // trace replay writes zeros, so its frames and swap slots stay empty).
    const u64 stored = size >= 8 ? value : value & ((u64 { 1 } << (8 * size)) - 1);
    if (stored == 0 && !frames_[pfn].contents)
        return;
    std::memcpy(writable(pfn) + (pa & kPageMask), &value, size);
}

void PhysicalMemory::readBytes(PAddr pa, std::span<u8> out) const
{
    std::size_t done = 0;
    while (done < out.size()) {
        const PAddr at = pa + done;
        const std::size_t chunk = std::min<std::size_t>(out.size() - done, kPageSize - (at & kPageMask));
        const Pfn pfn = at >> kPageShift;
        if (!containsFrame(pfn))
            std::fill_n(out.data() + done, chunk, u8 { 0xff });
        else if (!frames_[pfn].contents)
            std::fill_n(out.data() + done, chunk, u8 { 0 });
        else
            std::memcpy(out.data() + done, frames_[pfn].contents->data() + (at & kPageMask), chunk);
        done += chunk;
    }
}

void PhysicalMemory::writeBytes(PAddr pa, std::span<const u8> in)
{
    std::size_t done = 0;
    while (done < in.size()) {
        const PAddr at = pa + done;
        const std::size_t chunk = std::min<std::size_t>(in.size() - done, kPageSize - (at & kPageMask));
        const Pfn pfn = at >> kPageShift;
        if (containsFrame(pfn))
            std::memcpy(writable(pfn) + (at & kPageMask), in.data() + done, chunk);
        done += chunk;
    }
}

void PhysicalMemory::zeroFrame(Pfn pfn)
{
    // A zero frame needs no storage: drop it rather than fill it.
    if (containsFrame(pfn) && frames_[pfn].contents) {
        frames_[pfn].contents.reset();
        --materialised_;
    }
}

void PhysicalMemory::copyFrame(Pfn dst, Pfn src)
{
    if (!containsFrame(dst) || !containsFrame(src) || dst == src)
        return;
    if (!frames_[src].contents) {
        zeroFrame(dst);
        return;
    }
    std::memcpy(writable(dst), frames_[src].contents->data(), kPageSize);
}

u8* PhysicalMemory::writable(Pfn pfn)
{
    auto& frame = frames_[pfn].contents;
    if (!frame) {
        frame = std::make_unique<Frame>();
        frame->fill(0);
        ++materialised_;
    }
    return frame->data();
}

} // namespace pagelab
