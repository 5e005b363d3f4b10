// One struct per micro-step the engine takes. Views draw these; the log and the narrator
// read them as sentences (see message.h). Adding a field changes one struct.
#pragma once

#include "hw/types.h"

#include <string>
#include <variant>

namespace pagelab {

enum class TlbLevel : u8 { L1, Stlb };
enum class TlbFlushKind : u8 {
    Cr3Load,    // MOV to CR3: non-global entries (of the new PCID when PCIDE=1)
    Cr3NoFlush, // MOV to CR3 with bit 63 set and PCIDE=1: nothing invalidated
    All,        // everything, global entries too (CR4.PGE toggled, or a full flush)
};
enum class FaultKind : u8 { None, PageFault, GeneralProtection };
// Why the walk or the rights check faulted; the error code says it in bits, this in words.
enum class FaultReason : u8 {
    None,
    NotPresent,
    Reserved,
    UserAccessToSupervisor,
    WriteToReadOnly,
    FetchFromNx,
    Smep,
    Smap,
    NonCanonical,
};

std::string_view toString(FaultReason r);

namespace ev {

struct TlbLookup {
    VAddr va;
    u16 pcid;
    bool hit;
    TlbLevel level;
    PageSize size; // of the hit entry (4K on a miss)
    Pfn pfn;       // of the hit entry's page base
};
struct TlbFill {
    VAddr va; // page base
    u16 pcid;
    TlbLevel level;
    u32 set;
    u32 way;
    PageSize size;
    Pfn pfn;
    bool global;
    bool evicted; // a valid entry was replaced (LRU in its set)
    VAddr evictedVa;
};
struct TlbEntryRemoved { // one entry INVLPG or a flush removed; the TlbInvalidate/TlbFlush follows
    TlbLevel level;
    u32 set;
    u32 way;
    VAddr va; // page base
    u16 pcid;
    PageSize size;
    Pfn pfn;
    bool global;
};
struct TlbInvalidate { // INVLPG
    VAddr va;
    u16 pcid;
    u32 removed;
};
struct TlbFlush {
    TlbFlushKind kind;
    u16 pcid;
    u32 removed;
};
struct WalkStart {
    VAddr va;
    PagingMode mode;
    PAddr tableBase; // from CR3
    AccessOp op;
    Privilege priv;
};
struct WalkInspected { // `pte NAME ADDR`: the walk looked at with no side effect (no TLB, no A/D)
    u32 pid;
    std::string name;
    VAddr va;
    PagingMode mode;
    PAddr tableBase; // from the process's CR3
    u8 levels;       // entries read: that many WalkRead events follow
};
struct WalkRead { // one paging-structure entry read
    u8 level;
    u16 index;
    PAddr entryAddr;
    u64 entry;
};
struct AccessedSet {
    u8 level;
    PAddr entryAddr;
};
struct DirtySet {
    u8 level;
    PAddr entryAddr;
};
struct PageFault {
    VAddr cr2;
    u32 errorCode;
    FaultKind kind;
    FaultReason reason;
};
struct Translated {
    VAddr va;
    PAddr pa;
    PageSize size;
    bool fromTlb;
};
struct Cr3Load {
    u64 oldCr3;
    u64 newCr3;
    bool noFlush;
};
struct PteWrite {
    u8 level;
    PAddr entryAddr;
    u64 oldEntry;
    u64 newEntry;
};
struct FrameAllocated {
    Pfn pfn;
    u8 use; // FrameUse
    u32 owner;
};
struct ProcessCreated {
    u32 pid;
    std::string name;
    u64 cr3;
};
struct ContextSwitch {
    u32 fromPid;
    u32 toPid;
    std::string toName;
};
struct CpuConfig {   // a control register or flag changed
    std::string reg; // "CR0.WP", "CR4.SMAP", ...
    bool value;
};

// ---- the kernel (engine/kernel)
struct VmaLookup { // the fault handler looks for the VMA of the faulting address (find_vma)
    u32 pid;
    VAddr va;
    bool found;
    VAddr start; // of the VMA found
    VAddr end;
    u64 flags; // VM_*
};
struct VmaChange { // mmap, munmap, mprotect, mlock ... changed the VMA list
    u32 pid;
    std::string op; // "mmap", "munmap", "mprotect", "split", "merge", "mlock", ...
    VAddr start;
    VAddr end;
    u64 flags;
    std::string label;
};
struct ZeroFill { // anonymous first touch: a fresh zeroed frame (do_anonymous_page)
    u32 pid;
    VAddr va;
    Pfn pfn;
};
struct PageCacheLookup { // filemap_fault: is the file page cached?
    std::string file;
    u64 index;
    bool hit;
    Pfn pfn;
};
struct FileRead { // a page read from "disk" into the page cache: a major fault
    std::string file;
    u64 index;
    Pfn pfn;
};
struct CowBreak { // do_wp_page: copy the shared page, or reuse it when this is the last mapper
    u32 pid;
    VAddr va;
    Pfn oldPfn;
    Pfn newPfn;
    bool reused;
};
struct SignalSent {
    u32 pid;
    std::string signal; // "SIGSEGV", "SIGBUS"
    std::string code;   // "SEGV_MAPERR", "SEGV_ACCERR", "BUS_ADRERR"
    VAddr va;
};
struct FrameFreed {
    Pfn pfn;
};
struct Writeback { // a dirty page-cache page written to its file
    std::string file;
    u64 index;
    Pfn pfn;
};
struct RemapPfn { // a driver's remap_pfn_range fills PTEs for device frames at mmap time
    u32 pid;
    VAddr va;
    Pfn pfn;
    u64 pages;
};
struct ProcessForked {
    u32 parentPid;
    u32 childPid;
    std::string childName;
};
struct ProcessExited {
    u32 pid;
    std::string name;
    u64 framesFreed;
};
struct FaultResolved { // the fault handler finished: how, and whether it was major
    u32 pid;
    VAddr va;
    std::string how; // "demand-zero", "page-cache", "cow-copy", "cow-reuse", "shm", "spurious"
    bool major;
};

// ---- the user-space access API (kernel/kernel_uaccess.cpp)
struct AccessOkCheck { // access_ok(addr, size): the range check every uaccess routine starts with
    u32 pid;
    std::string routine;
    VAddr addr;
    u64 size;
    bool ok;
};
struct Stac { // STAC before a uaccess routine touches user memory (SMAP on)
    std::string routine;
};
struct Clac { // CLAC when it is done
    std::string routine;
};
struct UaccessCopy { // a uaccess routine moved bytes between the kernel and user memory
    u32 pid;
    std::string routine;
    VAddr user; // first user address of this piece
    u64 bytes;
    bool toUser;
};
struct ExtableFixup { // an unresolvable fault inside a uaccess routine: the fixup returns
    std::string routine;
    VAddr addr;
    i64 ret;
};
struct Oops { // a kernel fault with no exception-table entry
    u32 pid;
    VAddr addr;
    u32 errorCode;
    std::string text; // the first lines page_fault_oops() prints
};

// ---- reclaim, swap and OOM (kernel/kernel_reclaim.cpp)
struct ReferencedCheck { // reclaim tests and clears a page's accessed bits (no TLB flush on x86)
    Pfn pfn;
    u64 ptes; // PTEs that had A=1
};
struct Evict { // the replacement policy chose a victim
    std::string policy;
    Pfn pfn;
    std::string kind; // "anon", "file", "shm"
};
struct SwapOut { // an anonymous page leaves: its PTEs now hold the swap entry
    Pfn pfn;
    std::string area;
    u64 slot;
    u64 ptes;
    bool written = true; // false: clean in the swap cache, the slot already holds its bytes
};
struct SwapCacheAdd { // add_to_swap / a page read from swap joins the swap cache
    Pfn pfn;
    std::string area;
    u64 slot;
};
struct SwapCacheHit { // do_swap_page finds the page in the swap cache: no I/O
    u32 pid;
    VAddr va;
    Pfn pfn;
    std::string area;
    u64 slot;
};
struct SwapCacheDelete { // the page leaves the swap cache; the slot stays while PTEs hold it
    Pfn pfn;
    std::string area;
    u64 slot;
    std::string reason; // "reclaimed", "write", "swap-full", "locked", "unmapped", "swapoff"
    u64 swapRefs;       // swap PTEs still holding the slot (0: the slot is free)
};
struct SwapIn { // do_swap_page: a page read back from its slot
    u32 pid;
    VAddr va;
    Pfn pfn;
    std::string area;
    u64 slot;
    u64 latencyNs;
};
struct Discard { // a page-cache page dropped by reclaim (written back first when dirty)
    std::string file;
    u64 index;
    Pfn pfn;
    bool written;
};
struct OomKill { // out_of_memory(): the process with the highest badness is killed
    u32 pid;
    std::string name;
    u64 points; // rss + swap entries + page tables (oom_badness)
    std::string reason;
};

} // namespace ev

using EventData = std::variant<ev::TlbLookup, ev::TlbFill, ev::TlbInvalidate, ev::TlbFlush, ev::WalkStart,
    ev::WalkRead, ev::AccessedSet, ev::DirtySet, ev::PageFault, ev::Translated, ev::Cr3Load, ev::PteWrite,
    ev::FrameAllocated, ev::ProcessCreated, ev::ContextSwitch, ev::CpuConfig, ev::VmaLookup, ev::VmaChange,
    ev::ZeroFill, ev::PageCacheLookup, ev::FileRead, ev::CowBreak, ev::SignalSent, ev::FrameFreed,
    ev::Writeback, ev::RemapPfn, ev::ProcessForked, ev::ProcessExited, ev::FaultResolved, ev::AccessOkCheck,
    ev::Stac, ev::Clac, ev::UaccessCopy, ev::ExtableFixup, ev::Oops, ev::ReferencedCheck, ev::Evict,
    ev::SwapOut, ev::SwapIn, ev::Discard, ev::OomKill, ev::SwapCacheAdd, ev::SwapCacheHit,
    ev::SwapCacheDelete, ev::TlbEntryRemoved, ev::WalkInspected>;

struct Event {
    u32 command = 0; // index of the command (in source order) that produced it
    EventData data;
};

// A short stable name for each kind ("TlbLookup", "WalkRead", ...), for JSON and filters.
std::string_view eventName(const EventData& e);

} // namespace pagelab
