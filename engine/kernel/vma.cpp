#include "kernel/vma.h"

#include <iterator>
#include <stdexcept>
#include <utility>

namespace pagelab::kernel {

namespace {

// VM_SPECIAL of include/linux/mm.h (VM_MIXEDMAP does not exist here): such VMAs never merge.
constexpr u64 kSpecial = vm::IO | vm::DONTEXPAND | vm::PFNMAP;

using VmaMap = std::map<VAddr, Vma>;

// __split_vma(): cuts the VMA that strictly contains `addr` into [start, addr) and
// [addr, end); the upper piece keeps reading the same object at the right page offset.
void splitAt(VmaMap& vmas, VAddr addr)
{
    auto it = vmas.upper_bound(addr);
    if (it == vmas.begin())
        return;
    --it;
    Vma& lower = it->second;
    if (!(lower.start < addr && addr < lower.end))
        return;
    Vma upper = lower;
    upper.start = addr;
    upper.pgoff = lower.pgoffAt(addr);
    lower.end = addr;
    vmas.emplace(addr, std::move(upper));
}

// Merges every compatible adjacent pair among the VMAs touching [start, end], including the
// one that ends at `start` and the one that starts at `end` (mprotect_fixup -> vma_merge).
void mergeRange(VmaMap& vmas, VAddr start, VAddr end)
{
    auto it = vmas.lower_bound(start);
    if (it != vmas.begin())
        --it;
    while (it != vmas.end() && it->first < end) {
        auto next = std::next(it);
        if (next != vmas.end() && canMerge(it->second, next->second)) {
            it->second.end = next->second.end;
            vmas.erase(next);
            continue; // the grown VMA may now touch another compatible one
        }
        it = next;
    }
}

} // namespace

std::string vmFlagsText(u64 flags)
{
    std::string s;
    s += (flags & vm::READ) ? 'r' : '-';
    s += (flags & vm::WRITE) ? 'w' : '-';
    s += (flags & vm::EXEC) ? 'x' : '-';
    s += (flags & vm::SHARED) ? 's' : 'p'; // show_map_vma(): VM_MAYSHARE ? 's' : 'p'
    static constexpr std::pair<u64, const char*> kWords[] = {
        { vm::IO, "io" },
        { vm::PFNMAP, "pfnmap" },
        { vm::DONTEXPAND, "dontexpand" },
        { vm::DONTDUMP, "dontdump" },
        { vm::LOCKED, "locked" },
        { vm::LOCKONFAULT, "lockonfault" },
        { vm::GROWSDOWN, "growsdown" },
    };
    for (const auto& [bit, word] : kWords) {
        if (flags & bit) {
            s += ' ';
            s += word;
        }
    }
    return s;
}

std::string_view toString(Backing b)
{
    switch (b) {
    case Backing::Anon: return "anon";
    case Backing::File: return "file";
    case Backing::Shm: return "shm";
    case Backing::Device: return "device";
    }
    return "?";
}

// is_mergeable_vma() + can_vma_merge_after(): touching, same flags, same object, and the
// object's pages continue (vm_pgoff + pages == next vm_pgoff). vma_merge() refuses VM_SPECIAL
// (IO/PFNMAP/DONTEXPAND) outright, so device mappings never merge. Anonymous VMAs carry
// pgoff = start >> 12 (insert() sets it, as do_mmap does for MAP_ANONYMOUS), so adjacent anon
// VMAs are always "contiguous" and only flags and label decide. Labels must be equal: a
// "[heap]" or "[stack]" never swallows a neighbouring anonymous mmap.
bool canMerge(const Vma& a, const Vma& b)
{
    if (a.end != b.start || a.flags != b.flags || (a.flags & kSpecial))
        return false;
    if (a.backing != b.backing || a.object != b.object || a.label != b.label)
        return false;
    if (a.backing == Backing::Anon)
        return true;
    return a.pgoff + a.pages() == b.pgoff;
}

const Vma* VmaTree::find(VAddr va) const
{
    auto it = vmas_.upper_bound(va);
    if (it == vmas_.begin())
        return nullptr;
    --it;
    return it->second.contains(va) ? &it->second : nullptr;
}

Vma* VmaTree::find(VAddr va)
{
    return const_cast<Vma*>(std::as_const(*this).find(va));
}

const Vma* VmaTree::findFirstEndingAfter(VAddr va) const
{
    auto it = vmas_.upper_bound(va); // first VMA starting above va
    if (it != vmas_.begin()) {
        auto prev = std::prev(it);
        if (prev->second.end > va)
            return &prev->second;
    }
    return it == vmas_.end() ? nullptr : &it->second;
}

bool VmaTree::overlaps(VAddr start, VAddr end) const
{
    if (start >= end)
        return false;
    const Vma* v = findFirstEndingAfter(start);
    return v && v->start < end;
}

bool VmaTree::fullyMapped(VAddr start, VAddr end) const
{
    VAddr at = start;
    while (at < end) {
        const Vma* v = find(at);
        if (!v)
            return false;
        at = v->end;
    }
    return true;
}

const Vma& VmaTree::insert(Vma v)
{
    if (v.start >= v.end || (v.start & kPageMask) || (v.end & kPageMask))
        throw std::logic_error("VmaTree::insert: empty or unaligned VMA");
    if (overlaps(v.start, v.end))
        throw std::logic_error("VmaTree::insert: VMA overlaps an existing one");
    if (v.backing == Backing::Anon)
        v.pgoff = v.start >> kPageShift;
    const VAddr at = v.start;
    vmas_.emplace(at, std::move(v));
    mergeAround(at);
    return *find(at);
}

void VmaTree::mergeAround(VAddr at)
{
    const Vma* v = find(at);
    if (!v)
        return;
    mergeRange(vmas_, v->start, v->end);
}

std::vector<Vma> VmaTree::remove(VAddr start, VAddr end)
{
    std::vector<Vma> removed;
    if (start >= end)
        return removed;
    splitAt(vmas_, start);
    splitAt(vmas_, end);
    auto it = vmas_.lower_bound(start);
    while (it != vmas_.end() && it->first < end) {
        removed.push_back(std::move(it->second));
        it = vmas_.erase(it);
    }
    return removed;
}

void VmaTree::protect(VAddr start, VAddr end, u64 prot)
{
    if (start >= end)
        return;
    splitAt(vmas_, start);
    splitAt(vmas_, end);
    for (auto it = vmas_.lower_bound(start); it != vmas_.end() && it->first < end; ++it)
        it->second.flags = (it->second.flags & ~vm::kProtMask) | (prot & vm::kProtMask);
    mergeRange(vmas_, start, end);
}

void VmaTree::setFlags(VAddr start, VAddr end, u64 bits, bool on)
{
    if (start >= end)
        return;
    splitAt(vmas_, start);
    splitAt(vmas_, end);
    for (auto it = vmas_.lower_bound(start); it != vmas_.end() && it->first < end; ++it) {
        if (on)
            it->second.flags |= bits;
        else
            it->second.flags &= ~bits;
    }
    mergeRange(vmas_, start, end);
}

// arch_get_unmapped_area_topdown() -> vm_unmapped_area(): the highest gap of `len` bytes
// whose end is at or below `high` and whose start is at or above `low`.
std::optional<VAddr> VmaTree::findFreeArea(u64 len, VAddr low, VAddr high) const
{
    len = (len + kPageMask) & ~kPageMask;
    low = (low + kPageMask) & ~kPageMask;
    high &= ~kPageMask;
    if (len == 0 || high <= low)
        return std::nullopt;
    VAddr top = high; // the end of the gap being looked at
    for (auto it = vmas_.rbegin(); it != vmas_.rend(); ++it) {
        const Vma& v = it->second;
        if (v.start >= top)
            continue; // wholly above the gap
        if (v.end < top) {
            const VAddr bottom = v.end > low ? v.end : low;
            if (top - bottom >= len)
                return top - len;
        }
        top = v.start;
        if (top <= low)
            return std::nullopt;
    }
    if (top - low >= len)
        return top - len;
    return std::nullopt;
}

std::vector<const Vma*> VmaTree::list() const
{
    std::vector<const Vma*> out;
    out.reserve(vmas_.size());
    for (const auto& [start, v] : vmas_)
        out.push_back(&v);
    return out;
}

} // namespace pagelab::kernel
