// What the address space view draws, taken from the engine once per state: every process's
// VMAs and, for each, the pages whose PTE is not empty with the state the kernel reports
// (its page metadata, the swap entry in the PTE, the page cache's dirty bit). Pages of a VMA
// without a record were never touched. The axis squeezes the gaps between VMAs: a 47-bit
// space with a handful of VMAs reads as a row of bands. Processes the OOM killer chose keep a
// lane that says so.
#pragma once

#include "hw/types.h"

#include <QString>

#include <vector>

namespace pagelab {
class Session;
}

namespace pagelab::ui {

enum class PageState : u8 {
    Unmapped,
    Untouched,
    Resident,
    Swapped,
    FileClean,
    FileDirty,
    Shared,
    Device,
    ProtNone
};

struct PageRecord {
    u64 index = 0; // page index inside the VMA
    u64 entry = 0; // the PTE as the page tables hold it
    Pfn pfn = 0;   // the frame (present or PROT_NONE entries)
    PageState state = PageState::Untouched;
    bool locked = false;
    QString swapArea; // for Swapped: the area's name
};

struct VmaBand {
    VAddr start = 0;
    VAddr end = 0;
    u64 flags = 0;
    QString label;                 // "[heap]", "text", the object's name
    QString mapsLine;              // "00400000-00401000 r-xp 00000000 text" as /proc/PID/maps
    std::vector<PageRecord> pages; // sorted by index, only non-empty PTEs

    u64 pageCount() const { return (end - start) >> kPageShift; }
    const PageRecord* page(u64 index) const;
    // Records with index in [first, last).
    std::pair<const PageRecord*, const PageRecord*> pagesIn(u64 first, u64 last) const;
};

struct ProcessLane {
    u32 pid = 0;
    QString name;
    u64 cr3 = 0;
    std::vector<VmaBand> vmas; // in address order
    // Killed by the OOM killer: its memory is gone (no VMAs). The kernel keeps such a process
    // until another one runs; after that the lane stays, after the living ones, `gone`.
    bool killed = false;
    bool gone = false;
    u64 oomPoints = 0; // its badness when chosen: pages of memory, swap and page tables
    QString oomReason; // what ran out, in the kernel's words
    const VmaBand* vmaAt(VAddr va) const;
};

// One stretch of the compressed axis: an address range that some VMA covers, drawn over
// `length` axis units starting at `u0`; the gaps between stretches are kGap units.
struct AxisSegment {
    VAddr start = 0;
    VAddr end = 0;
    double u0 = 0;
    double length = 0;
};

class AddressSpaceModel {
public:
    static constexpr double kGap = 4.0;

    void rebuild(const Session& session);

    const std::vector<ProcessLane>& lanes() const { return lanes_; }
    const std::vector<AxisSegment>& segments() const { return segments_; }
    double totalLength() const { return total_; }
    const ProcessLane* lane(const QString& nameOrPid) const;

    // Address <-> axis units, through the segment that holds the address (or the nearest).
    double unitOf(VAddr va) const;
    // The segment under axis unit u, or nullptr in a gap.
    const AxisSegment* segmentAt(double u) const;
    VAddr addressAt(const AxisSegment& s, double u) const;

private:
    void buildAxis();

    std::vector<ProcessLane> lanes_;
    std::vector<AxisSegment> segments_;
    double total_ = 0;
};

QString pageStateName(PageState s);

} // namespace pagelab::ui
