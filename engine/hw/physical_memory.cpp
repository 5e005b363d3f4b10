#include "hw/physical_memory.h"

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>
#include <utility>

#include <sys/mman.h>

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
    // Address space only: MAP_NORESERVE commits no swap, and the host backs a page when it is
    // first written. Pages that are read before (never, here: see read()) would map the
    // host's shared zero page.
    void* at = mmap(nullptr, frames * kPageSize, PROT_READ | PROT_WRITE,
        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (at == MAP_FAILED)
        throw std::runtime_error("frames=" + std::to_string(frames) + ": the host would not reserve "
            + std::to_string(frames * kPageSize >> 20) + " MiB of address space for the simulated RAM ("
            + std::strerror(errno) + ")");
    bytes_ = static_cast<u8*>(at);
    info_.resize(frames);
    written_.resize((frames + 63) / 64);
}

PhysicalMemory::PhysicalMemory(const PhysicalMemory& other)
    : PhysicalMemory(other.frameCount())
{
    info_ = other.info_;
    written_ = other.written_;
    materialised_ = other.materialised_;
    for (std::size_t word = 0; word < written_.size(); ++word)
        for (u64 bits = written_[word]; bits; bits &= bits - 1) {
            const Pfn pfn = word * 64 + u64(std::countr_zero(bits));
            std::memcpy(bytes_ + (pfn << kPageShift), other.bytes_ + (pfn << kPageShift), kPageSize);
        }
}

PhysicalMemory::~PhysicalMemory()
{
    release();
}

PhysicalMemory::PhysicalMemory(PhysicalMemory&& other) noexcept
    : info_(std::move(other.info_))
    , written_(std::move(other.written_))
    , bytes_(std::exchange(other.bytes_, nullptr))
    , materialised_(std::exchange(other.materialised_, 0))
{
}

PhysicalMemory& PhysicalMemory::operator=(PhysicalMemory&& other) noexcept
{
    if (this != &other) {
        release();
        info_ = std::move(other.info_);
        written_ = std::move(other.written_);
        bytes_ = std::exchange(other.bytes_, nullptr);
        materialised_ = std::exchange(other.materialised_, 0);
    }
    return *this;
}

void PhysicalMemory::release()
{
    if (bytes_)
        munmap(bytes_, info_.size() * kPageSize);
    bytes_ = nullptr;
}

u64 PhysicalMemory::readSlow(PAddr pa, unsigned size) const
{
    if (!contains(pa, size))
        return size == 8 ? ~u64 { 0 } : ((u64 { 1 } << (8 * size)) - 1);
    if (!written(pa >> kPageShift))
        return 0;
    u64 value = 0;
    std::memcpy(&value, bytes_ + pa, size); // host is little-endian x86
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
    if (stored == 0 && !written(pfn))
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
        else if (!written(pfn))
            std::fill_n(out.data() + done, chunk, u8 { 0 });
        else
            std::memcpy(out.data() + done, bytes_ + at, chunk);
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
    // A zero frame needs no contents: it reads as zeros once unmarked. The bytes are cleared
    // too, so the frame's next first write starts from zeros. (The host page stays backed;
    // handing it back with madvise would cost a system call per freed frame.)
    if (containsFrame(pfn) && written(pfn)) {
        std::memset(bytes_ + (pfn << kPageShift), 0, kPageSize);
        written_[pfn >> 6] &= ~(u64 { 1 } << (pfn & 63));
        --materialised_;
    }
}

void PhysicalMemory::copyFrame(Pfn dst, Pfn src)
{
    if (!containsFrame(dst) || !containsFrame(src) || dst == src)
        return;
    if (!written(src)) {
        zeroFrame(dst);
        return;
    }
    std::memcpy(writable(dst), bytes_ + (src << kPageShift), kPageSize);
}

u8* PhysicalMemory::writable(Pfn pfn)
{
    if (!written(pfn)) {
        written_[pfn >> 6] |= u64 { 1 } << (pfn & 63);
        ++materialised_;
    }
    return bytes_ + (pfn << kPageShift);
}

} // namespace pagelab
