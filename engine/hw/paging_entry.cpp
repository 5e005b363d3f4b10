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

} // namespace pagelab
