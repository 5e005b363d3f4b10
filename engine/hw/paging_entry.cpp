#include "hw/paging_entry.h"

namespace pagelab::pte {

std::optional<u64> flagByName(std::string_view name)
{
    for (const auto& f : kFlagNames)
        if (name == f.name)
            return f.bit;
    return std::nullopt;
}

std::vector<std::string> flagNames(u64 entry)
{
    std::vector<std::string> names;
    for (const auto& f : kFlagNames)
        if (entry & f.bit)
            names.emplace_back(f.name);
    return names;
}

} // namespace pagelab::pte

namespace pagelab {

int PagingGeometry::indexBits(int level) const
{
    if (entryBytes == 4)
        return 10;
    if (levels == 3 && level == 3)
        return 2; // PAE page-directory-pointer table: 4 entries
    return 9;
}

int PagingGeometry::shift(int level) const
{
    return entryBytes == 4 ? 12 + 10 * (level - 1) : 12 + 9 * (level - 1);
}

PageSize PagingGeometry::leafSize(int level) const
{
    if (level == 1)
        return PageSize::Size4K;
    if (level == 2)
        return entryBytes == 4 ? PageSize::Size4M : PageSize::Size2M;
    return PageSize::Size1G;
}

const PagingGeometry& geometry(PagingMode mode)
{
    static const PagingGeometry bits32 { 2, 4, 32, 32 };
    static const PagingGeometry pae { 3, 8, 32, 46 };
    static const PagingGeometry level4 { 4, 8, 48, 46 };
    static const PagingGeometry level5 { 5, 8, 57, 46 };
    switch (mode) {
    case PagingMode::Bits32: return bits32;
    case PagingMode::Pae: return pae;
    case PagingMode::Level4: return level4;
    case PagingMode::Level5: return level5;
    }
    return level4;
}

bool isCanonical(PagingMode mode, VAddr va)
{
    int bits;
    switch (mode) {
    case PagingMode::Level4: bits = 48; break;
    case PagingMode::Level5: bits = 57; break;
    default: return va <= 0xffff'ffffull; // 32-bit linear addresses
    }
    const auto top = static_cast<i64>(va) >> (bits - 1);
    return top == 0 || top == -1;
}

PAddr entryAddress(PagingMode mode, u64 entry)
{
    // SDM tables 4-4 .. 4-20: the address field is bits (M-1):12, M = MAXPHYADDR.
    if (mode == PagingMode::Bits32)
        return entry & 0xffff'f000ull;
    return entry & 0x0000'3fff'ffff'f000ull;
}

} // namespace pagelab
