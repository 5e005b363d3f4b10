// Basic vocabulary of the simulated x86 machine: addresses, access kinds, page sizes.
#pragma once

#include <cstdint>
#include <string_view>

namespace pagelab {

using u8 = std::uint8_t;
using u16 = std::uint16_t;
using u32 = std::uint32_t;
using u64 = std::uint64_t;
using i64 = std::int64_t;

using VAddr = u64; // linear (virtual) address
using PAddr = u64; // physical address
using Pfn = u64;   // physical frame number (PAddr >> 12)

constexpr u64 kPageShift = 12;
constexpr u64 kPageSize = u64 { 1 } << kPageShift;
constexpr u64 kPageMask = kPageSize - 1;

enum class PagingMode : u8 { Bits32, Pae, Level4, Level5 };
enum class AccessOp : u8 { Read, Write, Fetch };
enum class Privilege : u8 { User, Supervisor };

// The size of the page a translation maps. 4 MiB exists only in 32-bit paging with CR4.PSE.
enum class PageSize : u8 { Size4K, Size2M, Size4M, Size1G };

constexpr u64 pageSizeBytes(PageSize s)
{
    switch (s) {
    case PageSize::Size4K: return u64 { 1 } << 12;
    case PageSize::Size2M: return u64 { 1 } << 21;
    case PageSize::Size4M: return u64 { 1 } << 22;
    case PageSize::Size1G: return u64 { 1 } << 30;
    }
    return kPageSize;
}

std::string_view toString(PagingMode m);
std::string_view toString(AccessOp op);
std::string_view toString(Privilege p);
std::string_view toString(PageSize s);

} // namespace pagelab
