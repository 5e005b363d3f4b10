#include "journal/message.h"

#include "hw/paging_entry.h"

#include <cstdio>
#include <type_traits>

namespace pagelab {

namespace {

// The templates. Keep each one a whole sentence a student can read aloud.
constexpr const char* kTlbHit = "TLB hit (%1) for %2: page frame %3, %4 page";
constexpr const char* kTlbMiss = "TLB miss for %1 (PCID %2): the MMU must walk the page tables";
constexpr const char* kTlbFill = "TLB %1 set %2 way %3 now holds %4 -> frame %5 (%6 page)";
constexpr const char* kTlbFillEvict = "TLB %1 set %2 way %3 now holds %4 -> frame %5 (%6 page), evicting the "
                                      "least recently used entry for %7";
constexpr const char* kTlbRemoved
    = "TLB %1 set %2 way %3: the entry for %4 -> frame %5 (%6 page, PCID %7) is removed";
constexpr const char* kTlbRemovedGlobal
    = "TLB %1 set %2 way %3: the global entry for %4 -> frame %5 (%6 page) is removed";
constexpr const char* kInvlpg = "INVLPG %1 removed %2 TLB entries";
constexpr const char* kFlushCr3 = "Loading CR3 removed %1 non-global TLB entries";
constexpr const char* kFlushNone = "Loading CR3 with the no-flush bit kept every TLB entry of PCID %1";
constexpr const char* kFlushAll = "The whole TLB was flushed, global entries too: %1 entries removed";
constexpr const char* kWalkStart = "Page walk (%1) for a %2 %3 of %4, starting at the table at physical %5";
constexpr const char* kWalkInspected
    = "pte looks at the page walk (%1) of %2 in %3 (pid %4) from the table at physical %5: the TLB is not "
      "consulted and no Accessed or Dirty bit is set";
constexpr const char* kWalkRead = "Level %1 entry %2 at physical %3 reads %4 [%5]";
constexpr const char* kAccessed = "The CPU sets the Accessed bit in the level %1 entry at %2";
constexpr const char* kDirty = "The CPU sets the Dirty bit in the level %1 entry at %2";
constexpr const char* kPageFault = "Page fault at %1: error code %2 (%3)";
constexpr const char* kGp = "General-protection fault: %1 is not a canonical address";
constexpr const char* kTranslated = "%1 translates to physical %2 (%3 page)";
constexpr const char* kCr3 = "CR3 changes from %1 to %2";
constexpr const char* kPteWrite = "Level %1 entry at %2 changes from %3 to %4 [%5]";
constexpr const char* kFrame = "Frame %1 allocated for %2";
constexpr const char* kProcess = "Process %1 (pid %2) gets its own address space: CR3 = %3";
constexpr const char* kSwitch = "Context switch to %1 (pid %2)";
constexpr const char* kCpu = "%1 is now %2";
constexpr const char* kVmaFound = "The fault handler finds the VMA %1-%2 (%3) of pid %4 around %5";
constexpr const char* kVmaMissing = "No VMA of pid %1 contains %2: the address is not mapped";
constexpr const char* kVmaChange = "%1: pid %2 VMA %3-%4 %5 %6";
constexpr const char* kZeroFill
    = "First touch of anonymous memory at %1 (pid %2): frame %3 is zeroed and mapped";
constexpr const char* kCacheHit = "Page %2 of file %1 is in the page cache (frame %3)";
constexpr const char* kCacheMiss = "Page %2 of file %1 is not in the page cache";
constexpr const char* kFileRead = "Page %2 of file %1 is read from disk into frame %3 (a major fault)";
constexpr const char* kCowCopy
    = "Copy-on-write at %1 (pid %2): frame %3 is copied to frame %4, now private and writable";
constexpr const char* kCowReuse
    = "Copy-on-write at %1 (pid %2): frame %3 has no other mapper, so it is reused and made writable";
constexpr const char* kSignal = "The kernel sends %1 (%2) to pid %3 for %4";
constexpr const char* kFrameFreed = "Frame %1 is free again";
constexpr const char* kWriteback = "Dirty page %2 of file %1 (frame %3) is written back to disk";
constexpr const char* kRemap = "remap_pfn_range maps %4 device page(s) from frame %3 at %2 for pid %1";
constexpr const char* kFork
    = "fork: %3 (pid %2) is created as a copy of pid %1, sharing its pages copy-on-write";
constexpr const char* kExit = "%1 (pid %2) exits; %3 frames are freed";
constexpr const char* kResolved = "The fault at %1 (pid %2) is resolved: %3%4";
constexpr const char* kReferenced
    = "Reclaim finds frame %1 referenced: the accessed bit was set in %2 PTE(s) and "
      "is now cleared, without a TLB flush (x86 ptep_clear_flush_young)";
constexpr const char* kNotReferenced = "Reclaim finds frame %1 not referenced since it last looked";
constexpr const char* kEvict = "The %1 policy chooses frame %2 (%3 page) to evict";
constexpr const char* kSwapOut
    = "Frame %1 is written to swap area %2, slot %3; %4 PTE(s) now hold that swap entry with P=0";
constexpr const char* kSwapIn
    = "Page %1 of pid %2 is read from swap area %3, slot %4, into frame %5 (%6 ns; a major fault)";
constexpr const char* kDiscard = "Clean page %2 of file %1 (frame %3) is dropped from the page cache";
constexpr const char* kDiscardWritten
    = "Page %2 of file %1 (frame %3), written back, is dropped from the page cache";
constexpr const char* kOomKill = "Out of memory (%4): the OOM killer kills %1 (pid %2), badness %3";
constexpr const char* kSwapOutClean
    = "Frame %1 is clean in the swap cache: slot %3 of swap area %2 still holds its bytes, so nothing is "
      "written; %4 PTE(s) now hold that swap entry with P=0";
constexpr const char* kSwapCacheAdd = "Frame %1 joins the swap cache as slot %3 of swap area %2";
constexpr const char* kSwapCacheHit
    = "Page %1 of pid %2 is found in the swap cache (frame %3, slot %5 of swap area %4): mapped without "
      "I/O, a minor fault";
constexpr const char* kSwapCacheDelete
    = "Frame %1 leaves the swap cache (%4); slot %3 of swap area %2 is free again";
constexpr const char* kSwapCacheDeleteKept
    = "Frame %1 leaves the swap cache (%4); slot %3 of swap area %2 stays, held by %5 swap PTE(s)";
constexpr const char* kAccessOk = "%1: access_ok(%2, %3) for pid %4 %5";
constexpr const char* kStac = "%1: STAC sets EFLAGS.AC, so SMAP lets the kernel touch user pages";
constexpr const char* kClac = "%1: CLAC clears EFLAGS.AC, so SMAP guards user pages again";
constexpr const char* kUaccessCopy = "%1 copies %2 bytes %3 user address %4 (pid %5)";
constexpr const char* kExtable = "%1: the fault at %2 cannot be resolved; the exception table sends it "
                                 "to the fixup, and the routine returns %3";
constexpr const char* kOops = "Kernel oops (no exception-table entry for this access): %1";

std::string dec(u64 v)
{
    return std::to_string(v);
}

std::string flagList(u64 entry)
{
    std::string out;
    for (const auto& n : pte::flagNames(entry)) {
        if (!out.empty())
            out += ' ';
        out += n;
    }
    return out.empty() ? "not present" : out;
}

std::string errorCodeWords(u32 code)
{
    std::string s = (code & 1) ? "protection violation" : "page not present";
    s += (code & 2) ? ", write" : ", read";
    s += (code & 4) ? ", user mode" : ", supervisor mode";
    if (code & 8)
        s += ", reserved bit set";
    if (code & 16)
        s += ", instruction fetch";
    return s;
}

// VM_* flags (include/linux/mm.h values) as /proc/PID/maps-like words; the engine's
// kernel/vma.h has the constants, the journal only needs their names.
std::string vmFlagWords(u64 f)
{
    std::string s;
    s += (f & 0x1) ? 'r' : '-';
    s += (f & 0x2) ? 'w' : '-';
    s += (f & 0x4) ? 'x' : '-';
    s += (f & 0x8) ? 's' : 'p';
    if (f & 0x2000)
        s += " locked";
    if (f & 0x4000)
        s += " io";
    if (f & 0x400)
        s += " pfnmap";
    return s;
}

} // namespace

std::string hex(u64 v)
{
    char buf[24];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
    return buf;
}

Message describe(const EventData& data)
{
    return std::visit(
        [](const auto& e) -> Message {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, ev::TlbLookup>) {
                if (e.hit)
                    return { kTlbHit,
                        { e.level == TlbLevel::L1 ? "L1" : "STLB", hex(e.va), dec(e.pfn),
                            std::string(toString(e.size)) } };
                return { kTlbMiss, { hex(e.va), dec(e.pcid) } };
            } else if constexpr (std::is_same_v<T, ev::TlbFill>) {
                std::vector<std::string> a { e.level == TlbLevel::L1 ? "L1" : "STLB", dec(e.set), dec(e.way),
                    hex(e.va), dec(e.pfn), std::string(toString(e.size)) };
                if (e.evicted) {
                    a.push_back(hex(e.evictedVa));
                    return { kTlbFillEvict, a };
                }
                return { kTlbFill, a };
            } else if constexpr (std::is_same_v<T, ev::TlbEntryRemoved>) {
                return { e.global ? kTlbRemovedGlobal : kTlbRemoved,
                    { e.level == TlbLevel::L1 ? "L1" : "STLB", dec(e.set), dec(e.way), hex(e.va), dec(e.pfn),
                        std::string(toString(e.size)), dec(e.pcid) } };
            } else if constexpr (std::is_same_v<T, ev::TlbInvalidate>) {
                return { kInvlpg, { hex(e.va), dec(e.removed) } };
            } else if constexpr (std::is_same_v<T, ev::TlbFlush>) {
                switch (e.kind) {
                case TlbFlushKind::Cr3Load: return { kFlushCr3, { dec(e.removed) } };
                case TlbFlushKind::Cr3NoFlush: return { kFlushNone, { dec(e.pcid) } };
                case TlbFlushKind::All: return { kFlushAll, { dec(e.removed) } };
                }
                return { kFlushAll, { dec(e.removed) } };
            } else if constexpr (std::is_same_v<T, ev::WalkStart>) {
                return { kWalkStart,
                    { std::string(toString(e.mode)), std::string(toString(e.priv)),
                        std::string(toString(e.op)), hex(e.va), hex(e.tableBase) } };
            } else if constexpr (std::is_same_v<T, ev::WalkInspected>) {
                return { kWalkInspected,
                    { std::string(toString(e.mode)), hex(e.va), e.name, dec(e.pid), hex(e.tableBase) } };
            } else if constexpr (std::is_same_v<T, ev::WalkRead>) {
                return { kWalkRead,
                    { dec(e.level), dec(e.index), hex(e.entryAddr), hex(e.entry), flagList(e.entry) } };
            } else if constexpr (std::is_same_v<T, ev::AccessedSet>) {
                return { kAccessed, { dec(e.level), hex(e.entryAddr) } };
            } else if constexpr (std::is_same_v<T, ev::DirtySet>) {
                return { kDirty, { dec(e.level), hex(e.entryAddr) } };
            } else if constexpr (std::is_same_v<T, ev::PageFault>) {
                if (e.kind == FaultKind::GeneralProtection)
                    return { kGp, { hex(e.cr2) } };
                return { kPageFault, { hex(e.cr2), hex(e.errorCode), errorCodeWords(e.errorCode) } };
            } else if constexpr (std::is_same_v<T, ev::Translated>) {
                return { kTranslated, { hex(e.va), hex(e.pa), std::string(toString(e.size)) } };
            } else if constexpr (std::is_same_v<T, ev::Cr3Load>) {
                return { kCr3, { hex(e.oldCr3), hex(e.newCr3) } };
            } else if constexpr (std::is_same_v<T, ev::PteWrite>) {
                return { kPteWrite,
                    { dec(e.level), hex(e.entryAddr), hex(e.oldEntry), hex(e.newEntry),
                        flagList(e.newEntry) } };
            } else if constexpr (std::is_same_v<T, ev::FrameAllocated>) {
                return { kFrame, { dec(e.pfn), e.use == 1 ? "a page table" : "data" } };
            } else if constexpr (std::is_same_v<T, ev::ProcessCreated>) {
                return { kProcess, { e.name, dec(e.pid), hex(e.cr3) } };
            } else if constexpr (std::is_same_v<T, ev::ContextSwitch>) {
                return { kSwitch, { e.toName, dec(e.toPid) } };
            } else if constexpr (std::is_same_v<T, ev::CpuConfig>) {
                return { kCpu, { e.reg, e.value ? "1" : "0" } };
            } else if constexpr (std::is_same_v<T, ev::VmaLookup>) {
                if (!e.found)
                    return { kVmaMissing, { dec(e.pid), hex(e.va) } };
                return { kVmaFound,
                    { hex(e.start), hex(e.end), vmFlagWords(e.flags), dec(e.pid), hex(e.va) } };
            } else if constexpr (std::is_same_v<T, ev::VmaChange>) {
                return { kVmaChange,
                    { e.op, dec(e.pid), hex(e.start), hex(e.end), vmFlagWords(e.flags), e.label } };
            } else if constexpr (std::is_same_v<T, ev::ZeroFill>) {
                return { kZeroFill, { hex(e.va), dec(e.pid), dec(e.pfn) } };
            } else if constexpr (std::is_same_v<T, ev::PageCacheLookup>) {
                if (e.hit)
                    return { kCacheHit, { e.file, dec(e.index), dec(e.pfn) } };
                return { kCacheMiss, { e.file, dec(e.index) } };
            } else if constexpr (std::is_same_v<T, ev::FileRead>) {
                return { kFileRead, { e.file, dec(e.index), dec(e.pfn) } };
            } else if constexpr (std::is_same_v<T, ev::CowBreak>) {
                if (e.reused)
                    return { kCowReuse, { hex(e.va), dec(e.pid), dec(e.oldPfn) } };
                return { kCowCopy, { hex(e.va), dec(e.pid), dec(e.oldPfn), dec(e.newPfn) } };
            } else if constexpr (std::is_same_v<T, ev::SignalSent>) {
                return { kSignal, { e.signal, e.code, dec(e.pid), hex(e.va) } };
            } else if constexpr (std::is_same_v<T, ev::FrameFreed>) {
                return { kFrameFreed, { dec(e.pfn) } };
            } else if constexpr (std::is_same_v<T, ev::Writeback>) {
                return { kWriteback, { e.file, dec(e.index), dec(e.pfn) } };
            } else if constexpr (std::is_same_v<T, ev::RemapPfn>) {
                return { kRemap, { dec(e.pid), hex(e.va), dec(e.pfn), dec(e.pages) } };
            } else if constexpr (std::is_same_v<T, ev::ProcessForked>) {
                return { kFork, { dec(e.parentPid), dec(e.childPid), e.childName } };
            } else if constexpr (std::is_same_v<T, ev::ProcessExited>) {
                return { kExit, { e.name, dec(e.pid), dec(e.framesFreed) } };
            } else if constexpr (std::is_same_v<T, ev::AccessOkCheck>) {
                return { kAccessOk,
                    { e.routine, hex(e.addr), dec(e.size), dec(e.pid),
                        e.ok ? "passes: the range lies below TASK_SIZE_MAX"
                             : "fails: the range reaches past TASK_SIZE_MAX, nothing is touched" } };
            } else if constexpr (std::is_same_v<T, ev::Stac>) {
                return { kStac, { e.routine } };
            } else if constexpr (std::is_same_v<T, ev::Clac>) {
                return { kClac, { e.routine } };
            } else if constexpr (std::is_same_v<T, ev::UaccessCopy>) {
                return { kUaccessCopy,
                    { e.routine, dec(e.bytes), e.toUser ? "from the kernel to" : "to the kernel from",
                        hex(e.user), dec(e.pid) } };
            } else if constexpr (std::is_same_v<T, ev::ExtableFixup>) {
                return { kExtable,
                    { e.routine, hex(e.addr),
                        e.ret < 0 ? "-" + dec(static_cast<u64>(-e.ret)) : dec(static_cast<u64>(e.ret)) } };
            } else if constexpr (std::is_same_v<T, ev::Oops>) {
                return { kOops, { e.text } };
            } else if constexpr (std::is_same_v<T, ev::ReferencedCheck>) {
                if (e.ptes)
                    return { kReferenced, { dec(e.pfn), dec(e.ptes) } };
                return { kNotReferenced, { dec(e.pfn) } };
            } else if constexpr (std::is_same_v<T, ev::Evict>) {
                return { kEvict, { e.policy, dec(e.pfn), e.kind } };
            } else if constexpr (std::is_same_v<T, ev::SwapOut>) {
                return { e.written ? kSwapOut : kSwapOutClean,
                    { dec(e.pfn), e.area, dec(e.slot), dec(e.ptes) } };
            } else if constexpr (std::is_same_v<T, ev::SwapIn>) {
                return { kSwapIn,
                    { hex(e.va), dec(e.pid), e.area, dec(e.slot), dec(e.pfn), dec(e.latencyNs) } };
            } else if constexpr (std::is_same_v<T, ev::Discard>) {
                return { e.written ? kDiscardWritten : kDiscard, { e.file, dec(e.index), dec(e.pfn) } };
            } else if constexpr (std::is_same_v<T, ev::OomKill>) {
                return { kOomKill, { e.name, dec(e.pid), dec(e.points), e.reason } };
            } else if constexpr (std::is_same_v<T, ev::SwapCacheAdd>) {
                return { kSwapCacheAdd, { dec(e.pfn), e.area, dec(e.slot) } };
            } else if constexpr (std::is_same_v<T, ev::SwapCacheHit>) {
                return { kSwapCacheHit, { hex(e.va), dec(e.pid), dec(e.pfn), e.area, dec(e.slot) } };
            } else if constexpr (std::is_same_v<T, ev::SwapCacheDelete>) {
                return { e.swapRefs ? kSwapCacheDeleteKept : kSwapCacheDelete,
                    { dec(e.pfn), e.area, dec(e.slot), e.reason, dec(e.swapRefs) } };
            } else if constexpr (std::is_same_v<T, ev::FaultResolved>) {
                return { kResolved,
                    { hex(e.va), dec(e.pid), e.how, e.major ? " (major fault)" : " (minor fault)" } };
            } else {
                static_assert(sizeof(T) == 0, "every event kind needs a sentence");
            }
        },
        data);
}

const std::vector<const char*>& messageKeys()
{
    static const std::vector<const char*> keys { kTlbHit, kTlbMiss, kTlbFill, kTlbFillEvict, kInvlpg,
        kFlushCr3, kFlushNone, kFlushAll, kWalkStart, kWalkRead, kAccessed, kDirty, kPageFault, kGp,
        kTranslated, kCr3, kPteWrite, kFrame, kProcess, kSwitch, kCpu, kVmaFound, kVmaMissing, kVmaChange,
        kZeroFill, kCacheHit, kCacheMiss, kFileRead, kCowCopy, kCowReuse, kSignal, kFrameFreed, kWriteback,
        kRemap, kFork, kExit, kResolved, kAccessOk, kStac, kClac, kUaccessCopy, kExtable, kOops, kReferenced,
        kNotReferenced, kEvict, kSwapOut, kSwapIn, kDiscard, kDiscardWritten, kOomKill, kSwapOutClean,
        kSwapCacheAdd, kSwapCacheHit, kSwapCacheDelete, kSwapCacheDeleteKept, kTlbRemoved, kTlbRemovedGlobal,
        kWalkInspected };
    return keys;
}

} // namespace pagelab
