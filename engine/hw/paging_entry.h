// Bits of an x86 paging-structure entry and the geometry of each paging mode.
// SDM vol. 3, 4.3 (32-bit), 4.4 (PAE), 4.5 (4-level and 5-level), tables 4-4 .. 4-20.
#pragma once

#include "hw/types.h"

#include <optional>
#include <string>
#include <vector>

namespace pagelab::pte {

constexpr u64 P = u64 { 1 } << 0;   // present
constexpr u64 RW = u64 { 1 } << 1;  // writable
constexpr u64 US = u64 { 1 } << 2;  // user-accessible
constexpr u64 PWT = u64 { 1 } << 3; // write-through
constexpr u64 PCD = u64 { 1 } << 4; // cache disable
constexpr u64 A = u64 { 1 } << 5;   // accessed
constexpr u64 D = u64 { 1 } << 6;   // dirty (leaf only)
constexpr u64 PS = u64 { 1 } << 7;  // page size (non-leaf levels 2 and 3); PAT in a 4 KiB PTE
constexpr u64 G = u64 { 1 } << 8;   // global (leaf only)
constexpr u64 NX = u64 { 1 } << 63; // execute-disable (PAE, 4-level, 5-level with EFER.NXE)

// Names used by the scenario language (`pte ... set=p,rw,us`), in bit order.
struct FlagName {
    const char* name;
    u64 bit;
};
// clang-format off
inline constexpr FlagName kFlagNames[] = {
    { "p", P }, { "rw", RW }, { "us", US }, { "pwt", PWT }, { "pcd", PCD },
    { "a", A }, { "d", D }, { "ps", PS }, { "g", G }, { "nx", NX },
};
// clang-format on

std::optional<u64> flagByName(std::string_view name);
// The names of the flags set in `entry`, in bit order (for `pte` output and the views).
std::vector<std::string> flagNames(u64 entry);

} // namespace pagelab::pte

namespace pagelab {

// Level numbering as in the scenario language: 1 = PTE (leaf table), 2 = PDE, 3 = PDPTE,
// 4 = PML4E, 5 = PML5E.
struct PagingGeometry {
    int levels;     // number of paging-structure levels
    int entryBytes; // 4 in 32-bit paging, 8 otherwise
    int linearBits; // 32, 32, 48, 57
    int physBits;   // MAXPHYADDR we simulate: 32 for 32-bit (no PSE-36), 46 otherwise, so
                    // bits 51:46 (62:46 in PAE) of an entry are reserved (SDM 4.1.4, 4.4, 4.5)

    // Index bits used at `level` (1-based from the leaf): 10 in 32-bit paging, 2 for the PAE
    // PDPT, 9 otherwise.
    int indexBits(int level) const;
    // The lowest linear-address bit that `level` indexes.
    int shift(int level) const;
    u64 index(VAddr va, int level) const
    {
        return (va >> shift(level)) & ((u64 { 1 } << indexBits(level)) - 1);
    }
    // Page size mapped by a leaf at `level` (1 = 4 KiB; 2 = 2 or 4 MiB; 3 = 1 GiB).
    PageSize leafSize(int level) const;
};

// Inline: the kernel asks for it on every fault.
inline const PagingGeometry& geometry(PagingMode mode)
{
    static constexpr PagingGeometry kBits32 { 2, 4, 32, 32 };
    static constexpr PagingGeometry kPae { 3, 8, 32, 46 };
    static constexpr PagingGeometry kLevel4 { 4, 8, 48, 46 };
    static constexpr PagingGeometry kLevel5 { 5, 8, 57, 46 };
    switch (mode) {
    case PagingMode::Bits32: return kBits32;
    case PagingMode::Pae: return kPae;
    case PagingMode::Level4: return kLevel4;
    case PagingMode::Level5: return kLevel5;
    }
    return kLevel4;
}

// 4-level: bits 63:47 equal; 5-level: bits 63:56 equal (SDM 4.5, "canonical").
bool isCanonical(PagingMode mode, VAddr va);

// Physical address of the frame an entry points to: bits MAXPHYADDR-1:12, i.e. 45:12, or
// 31:12 for 32-bit paging. Reserved bits above MAXPHYADDR are not part of the address.
// For a large page the low address bits (20:12, 29:12, 21:12) hold PAT and reserved bits:
// use largePageBase() for the base of the page a leaf maps.
inline PAddr entryAddress(PagingMode mode, u64 entry)
{
    // SDM tables 4-4 .. 4-20: the address field is bits (M-1):12, M = MAXPHYADDR.
    if (mode == PagingMode::Bits32)
        return entry & 0xffff'f000ull;
    return entry & 0x0000'3fff'ffff'f000ull;
}
// Base of the page of `size` mapped by the leaf `entry` (for a 32-bit 4 MiB PDE: bits 31:22,
// PSE-36 not simulated).
inline PAddr largePageBase(PagingMode mode, u64 entry, PageSize size)
{
    return entryAddress(mode, entry) & ~(pageSizeBytes(size) - 1);
}

} // namespace pagelab
