// Virtual memory areas as Linux keeps them (include/linux/mm_types.h, mm/mmap.c): sorted,
// non-overlapping [start, end) ranges with flags and a backing, split by munmap/mprotect and
// merged with compatible neighbours (vma_merge).
#pragma once

#include "hw/types.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pagelab::kernel {

// VM_* flags, with the values of include/linux/mm.h so they read like the kernel's.
namespace vm {
constexpr u64 READ = 0x1;
constexpr u64 WRITE = 0x2;
constexpr u64 EXEC = 0x4;
constexpr u64 SHARED = 0x8;
constexpr u64 GROWSDOWN = 0x100;
constexpr u64 PFNMAP = 0x400;
constexpr u64 LOCKED = 0x2000;
constexpr u64 IO = 0x4000;
constexpr u64 DONTEXPAND = 0x40000;
constexpr u64 LOCKONFAULT = 0x80000;
constexpr u64 DONTDUMP = 0x4000000;
constexpr u64 kProtMask = READ | WRITE | EXEC;
} // namespace vm

// "rw-p" style, as /proc/PID/maps prints (plus the other flags by name).
std::string vmFlagsText(u64 flags);

enum class Backing : u8 { Anon, File, Shm, Device };
std::string_view toString(Backing b);

struct Vma {
    VAddr start = 0; // page aligned
    VAddr end = 0;   // exclusive, page aligned
    u64 flags = 0;   // vm::*
    Backing backing = Backing::Anon;
    u32 object = 0;    // id of the file, shm object or device (0 for anon)
    u64 pgoff = 0;     // page offset in the object of `start` (device: page offset from its pfn)
    std::string label; // "[heap]", "[stack]", "text", or the object's name

    u64 pages() const { return (end - start) >> kPageShift; }
    u64 pgoffAt(VAddr va) const { return pgoff + ((va - start) >> kPageShift); }
    bool contains(VAddr va) const { return va >= start && va < end; }
};

class VmaTree {
public:
    // The VMA containing `va`, or nullptr.
    const Vma* find(VAddr va) const;
    Vma* find(VAddr va);
    // find_vma(): the first VMA with end > va (it may start above va), or nullptr.
    const Vma* findFirstEndingAfter(VAddr va) const;
    bool overlaps(VAddr start, VAddr end) const;
    // True when every page of [start, end) lies in some VMA (mprotect/mlock need it: ENOMEM).
    bool fullyMapped(VAddr start, VAddr end) const;

    // Inserts a VMA that overlaps none, then merges it with neighbours that are adjacent and
    // compatible (same flags, backing, object and contiguous pgoff; see vma_merge()).
    // Returns the VMA that now contains v.start.
    const Vma& insert(Vma v);
    // Removes [start, end), splitting VMAs that straddle the boundaries (__split_vma), and
    // returns the removed pieces in address order.
    std::vector<Vma> remove(VAddr start, VAddr end);
    // Sets the vm::kProtMask bits of every page of [start, end) to `prot` (splitting and then
    // merging as mprotect_fixup does). Caller checks fullyMapped first.
    void protect(VAddr start, VAddr end, u64 prot);
    // Sets or clears `bits` (e.g. vm::LOCKED) on [start, end), splitting and merging.
    void setFlags(VAddr start, VAddr end, u64 bits, bool on);

    // A free gap of `len` bytes searched top-down below `high` and at or above `low`
    // (arch_get_unmapped_area_topdown). nullopt when none.
    std::optional<VAddr> findFreeArea(u64 len, VAddr low, VAddr high) const;

    std::size_t size() const { return vmas_.size(); }
    bool empty() const { return vmas_.empty(); }
    // In address order.
    std::vector<const Vma*> list() const;
    auto begin() const { return vmas_.begin(); }
    auto end() const { return vmas_.end(); }

private:
    void mergeAround(VAddr at);
    std::map<VAddr, Vma> vmas_; // by start
};

// Whether two VMAs that touch (a.end == b.start) may merge (mm/mmap.c is_mergeable_vma).
bool canMerge(const Vma& a, const Vma& b);

} // namespace pagelab::kernel
