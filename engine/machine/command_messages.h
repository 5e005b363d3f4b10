// What the commands say: every line of output and every error of the command handlers, as
// message keys with %1 ... arguments (journal/message_text.h). The console translates them in
// the context CommandMessage; pagelab-cli prints the English. Keep each one a whole sentence
// (a line of output is one key; its head and its result may be phrases of their own).
// translations/update_event_messages.py lists every constant of this file for lupdate;
// commandMessageKeys() must name each one (test_event_messages checks both).
#pragma once

#include <vector>

namespace pagelab::txt {

// ---- session (session.cpp)
inline constexpr const char* kMachinePcidOff
    = "machine: %1 paging, %2 frames (%3 KiB), TLB %4, PCID off, policy %5";
inline constexpr const char* kMachinePcidOn
    = "machine: %1 paging, %2 frames (%3 KiB), TLB %4, PCID on, policy %5";
inline constexpr const char* kMachineNotFirst
    = "'machine' resets the whole simulation and must come before any other command of the scenario";
inline constexpr const char* kNotRunYet
    = "'%1' is part of the scenario language, but this version of PageLab does not run it yet";
inline constexpr const char* kExpectFailed = "expect failed: %1";

// ---- hardware (commands_hw.cpp)
inline constexpr const char* kNoProcessYet = "no process named '%1' (create one with: process NAME)";
inline constexpr const char* kNoProcess = "no process named '%1'; processes: %2";
inline constexpr const char* kProcessExists = "a process named '%1' already exists";
inline constexpr const char* kRamNotWhole = "ram=%1 is not a whole number of 4 KiB frames";
inline constexpr const char* kPolicyOpt
    = "policy=opt needs the future accesses, which the kernel cannot know; it is valid for trace and "
      "workload runs only (pagelab-cli replay/mrc --policy opt)";
inline constexpr const char* kNxeOn32Bit
    = "nxe=1: 32-bit paging has no execute-disable bit (use paging=pae or higher)";
inline constexpr const char* kCpuState
    = "cpu: CR0.WP=%1 CR4.SMEP=%2 CR4.SMAP=%3 EFER.NXE=%4 CR4.PGE=%5 CR4.PSE=%6 EFLAGS.AC=%7";
inline constexpr const char* kProcessCreated = "process %1: pid %2, top-level table in frame %3";
inline constexpr const char* kProcessCreatedPcid = "process %1: pid %2, top-level table in frame %3, PCID %4";
inline constexpr const char* kProcessCreatedClassic
    = "process %1: pid %2, top-level table in frame %3, %4 VMAs (text, data, heap, stack)";
inline constexpr const char* kProcessCreatedPcidClassic
    = "process %1: pid %2, top-level table in frame %3, PCID %4, %5 VMAs (text, data, heap, stack)";
inline constexpr const char* kOomKilledForTable
    = "  out of memory: killed %1 (pid %2, %3 pages of memory, swap and page tables) to free a frame";
inline constexpr const char* kSwitchTo = "switch to %1: CR3 = %2";
inline constexpr const char* kSwitchedFirst = "(switched to %1 first)";
inline constexpr const char* kUserRead = "user read";
inline constexpr const char* kUserWrite = "user write";
inline constexpr const char* kUserFetch = "user fetch";
inline constexpr const char* kSupervisorRead = "supervisor read";
inline constexpr const char* kSupervisorWrite = "supervisor write";
inline constexpr const char* kSupervisorFetch = "supervisor fetch";
inline constexpr const char* kAccessTlbMiss
    = "access %1 %2 (%3): TLB miss, page walk -> physical %4 (%5 page)";
inline constexpr const char* kAccessDirtyRewalk
    = "access %1 %2 (%3): TLB hit on an entry with D=0, page walk to set D -> physical %4 (%5 page)";
inline constexpr const char* kAccessStlbHit
    = "access %1 %2 (%3): L1 TLB miss, STLB hit (copied into the L1 TLB) -> physical %4 (%5 page)";
inline constexpr const char* kAccessTlbHit = "access %1 %2 (%3): TLB hit -> physical %4 (%5 page)";
inline constexpr const char* kAccessGp = "access %1 %2 (%3): general-protection fault: %4 is not canonical";
inline constexpr const char* kAccessPageFault = "access %1 %2 (%3): page fault, error code %4 (%5), CR2 = %6";
inline constexpr const char* kNotCanonicalNoTable = "%1 is not a canonical address: no page table maps it";
inline constexpr const char* kBeyond32Bit = "%1 is beyond the 32-bit linear address space";
inline constexpr const char* kLevelRange = "level=%1: %2 paging has levels 1 to %3";
inline constexpr const char* kCannotReachLevel
    = "cannot reach the level %1 entry for %2: a large page maps it at a higher level, or no frame is free "
      "for a page table";
inline constexpr const char* kPfnBeyond
    = "pfn=%1 is beyond the %2-bit physical address space of a %3 entry (to set reserved bits on purpose, "
      "use entry=)";
inline constexpr const char* kPteChanged = "pte %1 %2 level %3: %4 -> %5  %6";
inline constexpr const char* kPteTlbMayHoldOld
    = "  (the TLB may still hold the old translation until invlpg or a CR3 load)";
inline constexpr const char* kPageWalkOf = "page walk of %1 in %2 (%3):";
inline constexpr const char* kWalkLevel = "  level %1 %2 [%3] at %4 = %5  %6";
inline constexpr const char* kWalkLevelFrame = "  level %1 %2 [%3] at %4 = %5  %6  -> frame %7";
inline constexpr const char* kInvlpgNotRunning
    = "invlpg runs on the CPU, which is running %1: switch to %2 first";
inline constexpr const char* kInvlpgNothingRunning
    = "invlpg runs on the CPU, which is running nothing: switch to %1 first";
inline constexpr const char* kInvlpgOne = "invlpg %1: %2 TLB entry removed";
inline constexpr const char* kInvlpgMany = "invlpg %1: %2 TLB entries removed";
inline constexpr const char* kFlushTlbProcess = "flush_tlb %1: %2 non-global TLB entries removed";
inline constexpr const char* kFlushTlbAll = "flush_tlb: %1 TLB entries removed, global ones too";

// ---- show, expect, echo (commands_observe.cpp)
inline constexpr const char* kShowPaging = "paging   %1";
inline constexpr const char* kShowMemory = "memory   %1 frames of 4 KiB, %2 free";
inline constexpr const char* kShowTlbGeometry = "tlb      %1 entries, %2-way";
inline constexpr const char* kShowTlbGeometryStlb = "tlb      %1 entries, %2-way; STLB %3 entries, %4-way";
inline constexpr const char* kShowCr3 = "cr3      %1";
inline constexpr const char* kShowCr3Pcid = "cr3      %1 (PCID %2)";
inline constexpr const char* kShowCr2 = "cr2      %1";
inline constexpr const char* kShowCpu = "cpu      WP=%1 SMEP=%2 SMAP=%3 NXE=%4 PGE=%5 PSE=%6 AC=%7 PCIDE=%8";
inline constexpr const char* kShowProcess = "process  %1 pid %2";
inline constexpr const char* kShowProcessRunning = "process  %1 pid %2 (running)";
inline constexpr const char* kShowTlbEntry = "  %1 set %2 way %3: %4 -> frame %5 %6 pcid %7%8";
inline constexpr const char* kShowTlbLevelEmpty = "  %1: empty";
inline constexpr const char* kShowTlbOneSet = "TLB: %1 entries, %2-way, %3 set";
inline constexpr const char* kShowTlbSets = "TLB: %1 entries, %2-way, %3 sets";
inline constexpr const char* kShowNeedsReclaim
    = "'show %1' needs page reclaim, which this version does not run yet";
inline constexpr const char* kUnknownStat = "unknown statistic 'stats.%1'";
inline constexpr const char* kNoProcessNamed = "no process named '%1'";
inline constexpr const char* kUnknownEntryField = "unknown entry field '%1' (a flag name, pfn or entry)";
inline constexpr const char* kNoSuchFrame = "frame %1 does not exist";
inline constexpr const char* kUnknownFrameField = "unknown frame field '%1' (owner or use)";
inline constexpr const char* kNoSwapArea = "no swap area named '%1'";
inline constexpr const char* kUnknownSwapField = "unknown swap field '%1' (used, size, prio, outs or ins)";
inline constexpr const char* kNoValue = "(none)";
inline constexpr const char* kExpectIncomparable = "expect %1: cannot compare %2 with %3";
inline constexpr const char* kExpectOk = "expect %1: ok";
inline constexpr const char* kExpectFalse = "%1 is false: left side is %2, right side is %3";

// ---- counts, as phrases of the sentences above and below (counted() picks one)
inline constexpr const char* kOneByte = "%1 byte";
inline constexpr const char* kBytes = "%1 bytes";
inline constexpr const char* kOnePage = "%1 page";
inline constexpr const char* kPages = "%1 pages";
inline constexpr const char* kOneFrame = "%1 frame";
inline constexpr const char* kFrames = "%1 frames";
inline constexpr const char* kOneVma = "%1 VMA";
inline constexpr const char* kVmas = "%1 VMAs";
inline constexpr const char* kOnePageTable = "%1 page table";
inline constexpr const char* kPageTables = "%1 page tables";
inline constexpr const char* kOneMapping = "%1 mapping";
inline constexpr const char* kMappings = "%1 mappings";
inline constexpr const char* kOnePageFault = "%1 page fault";
inline constexpr const char* kPageFaults = "%1 page faults";

// ---- system calls of the kernel (commands_kernel.cpp); a failed one says "HEAD: -ERRNO (why)"
inline constexpr const char* kHeadAndRest = "%1: %2"; // also "trace FILE: what went wrong"
inline constexpr const char* kSyscallFailedWhy = "%1: %2 (%3)";
inline constexpr const char* kWhyNotAligned = "%1 is not page aligned";
inline constexpr const char* kWhyLengthZero = "the length is 0";
inline constexpr const char* kWhyPastTaskSize = "the range goes past the end of user space (TASK_SIZE)";
inline constexpr const char* kWhyInvalid = "invalid argument";
inline constexpr const char* kWhyHole = "no mapping at %1: part of the range is not mapped";
inline constexpr const char* kWhyOutOfMemory = "out of memory";
inline constexpr const char* kWhyReadOnlyObject
    = "the mapping's object does not allow it (a shared mapping of an object opened read-only)";
inline constexpr const char* kWhyForkNoFrame
    = "no frame for the child's page tables, even after reclaim and the OOM killer";
inline constexpr const char* kWhyForkNoFrameParentKilled
    = "no frame for the child's page tables, even after reclaim and the OOM killer; the OOM killer chose "
      "%1: SIGKILL on its return to user space";
inline constexpr const char* kWhyFixedNotAligned = "at=%1 is not page aligned, which MAP_FIXED requires";
inline constexpr const char* kWhyOffsetNotAligned = "offset= is not a multiple of the page size";
inline constexpr const char* kWhyFixedPastEnd = "the range does not fit below the end of user space";
inline constexpr const char* kWhyNoFreeRange = "no free range of %1 bytes in the address space";
inline constexpr const char* kWhyOverflow = "offset + len overflows";
inline constexpr const char* kWhyNoShmObject = "shm_open: no shared memory object named '%1'";
inline constexpr const char* kWhyShmExists = "an object of that name exists";
inline constexpr const char* kWhyNoShmName = "no object of that name";
inline constexpr const char* kWhyPastDevice
    = "the range asked for goes past the device's pages (pgoff + pages)";
inline constexpr const char* kForked
    = "fork %1 -> %2: pid %3, %4 copied; private writable pages are now copy-on-write in both";
inline constexpr const char* kExited = "exit %1: address space torn down, %2 freed";
inline constexpr const char* kNoFile = "no file named '%1' (create one with: file %1 size=SIZE)";
inline constexpr const char* kFixedNeedsAt = "fixed needs at=ADDR: MAP_FIXED maps exactly there";
inline constexpr const char* kMapped = "mmap %1: %2-%3 %4 %5, %6%7";
inline constexpr const char* kMappedAnonymous = "anonymous";
inline constexpr const char* kMappedFile = "file %1 at offset %2";
inline constexpr const char* kMappedShm = "shm %1";
inline constexpr const char* kFillPopulated = ", populated";
inline constexpr const char* kFillPopulatedLocked = ", populated, locked";
inline constexpr const char* kFillPopulatedLockedFuture = ", populated, locked by mlockall(MCL_FUTURE)";
inline constexpr const char* kFillNone = " (no frames yet: the first access faults them in)";
inline constexpr const char* kFillLocked = ", locked";
inline constexpr const char* kFillLockedOnFault = ", locked (no frames yet: the first access faults them in)";
inline constexpr const char* kFillLockedFuture = ", locked by mlockall(MCL_FUTURE)";
inline constexpr const char* kFillLockedFutureOnFault
    = ", locked by mlockall(MCL_FUTURE) (no frames yet: the first access faults them in)";
inline constexpr const char* kUnmapped = "munmap %1 %2 %3: 0, %4 left";
inline constexpr const char* kUnmappedTables = "munmap %1 %2 %3: 0, %4 left, %5 freed";
inline constexpr const char* kProtected = "mprotect %1 %2 %3 %4: 0, %5";
inline constexpr const char* kSynced = "msync %1 %2 %3: 0, %4 written back";
inline constexpr const char* kSyncAll = "sync: %1 written back";
inline constexpr const char* kFileExists = "a file named '%1' already exists";
inline constexpr const char* kCannotCreateFile = "cannot create file '%1': %2";
inline constexpr const char* kFileCreated = "file %1: %2 bytes (%3) on disk, none in the page cache yet";
inline constexpr const char* kShmCreated
    = "shm_open %1: /dev/shm/%1, %2 bytes (%3), no frames until first touched";
inline constexpr const char* kShmUnlinkedInUse
    = "shm_unlink %1: 0, the name is gone; the object lives on while %2 still use it";
inline constexpr const char* kShmUnlinked = "shm_unlink %1: 0, the name is gone and so is the object";
inline constexpr const char* kDeviceExists = "a device named '%1' already exists";
inline constexpr const char* kDeviceInRam
    = "pfn=%1 is RAM (frames 0 to %2): device memory must start at frame %3 or above";
inline constexpr const char* kDeviceNoPages = "pages=0: a device needs at least one page";
inline constexpr const char* kCannotCreateDevice = "cannot create device '%1': %2";
inline constexpr const char* kDeviceCreated
    = "device %1: %2 of device memory at frames %3-%4 (physical %5, outside RAM)";
inline constexpr const char* kNoDevice = "no device named '%1' (create one with: device %1 pfn=N pages=N)";
inline constexpr const char* kDriverMapped
    = "driver_mmap %1 %2: %3-%4 %5s, remap_pfn_range filled %6 now (VM_IO | VM_PFNMAP | VM_DONTEXPAND | "
      "VM_DONTDUMP)";
inline constexpr const char* kDriverMappedPastDevice
    = "driver_mmap %1 %2: %3-%4 %5s, remap_pfn_range filled %6 now (VM_IO | VM_PFNMAP | VM_DONTEXPAND | "
      "VM_DONTDUMP); past the device: %7 of the VMA, where an access is SIGBUS";

// ---- user-mode accesses (commands_access.cpp): "HEAD: [FAULT -> ]OUTCOME"
inline constexpr const char* kAccessReport = "%1: %2%3";
inline constexpr const char* kReadHead = "read %1 %2 (%3)";
inline constexpr const char* kReadLenHead = "read %1 %2 len %3";
inline constexpr const char* kWriteHead = "write %1 %2 (%3)";
inline constexpr const char* kFetchHead = "fetch %1 %2";
inline constexpr const char* kFaultThen = "page fault at %1 (error code %2: %3) -> ";
inline constexpr const char* kFaultMinorThen
    = "page fault at %1 (error code %2: %3) -> %4 (minor fault), access retried: ";
inline constexpr const char* kFaultMajorThen
    = "page fault at %1 (error code %2: %3) -> %4 (major fault), access retried: ";
inline constexpr const char* kGpThen = "general-protection fault (%1) -> ";
inline constexpr const char* kSegvMaperr = "%1 (SEGV_MAPERR: no VMA there)";
inline constexpr const char* kSegvAccerr = "%1 (SEGV_ACCERR: the VMA does not allow this access)";
inline constexpr const char* kBusAdrerr = "%1 (BUS_ADRERR: no page behind this address)";
inline constexpr const char* kSignalBecause = "%1 (%2)";
inline constexpr const char* kOomKilledBy
    = "killed by the OOM killer: out of memory (%1); %2 (pid %3) had the highest badness, %4 pages of "
      "memory, swap and page tables";
inline constexpr const char* kNotResolvedNoAccess = "not resolved (%1), the access did not happen";
inline constexpr const char* kTlbHitPhysical = "TLB hit -> physical %1%2";
inline constexpr const char* kTlbMissPhysical = "TLB miss, page walk -> physical %1%2";
inline constexpr const char* kBytesRead = ", %1 bytes read";
inline constexpr const char* kReadNothing = "read %1 %2 len 0: nothing to read, no access";
inline constexpr const char* kDoesNotFit = "%1 does not fit in %2";
inline constexpr const char* kTouchLenZero = "len=0 touches nothing";
inline constexpr const char* kRangeWraps = "the range wraps around the end of the address space";
inline constexpr const char* kTouchTooMany = "touch covers %1 pages; at most 1048576 at once";
inline constexpr const char* kTouchPage = "  %1: %2, %3";
inline constexpr const char* kTlbHitWord = "TLB hit";
inline constexpr const char* kTlbMissWord = "TLB miss";
inline constexpr const char* kFaultTo = "fault (%1) -> %2";
inline constexpr const char* kPhysical = "physical %1";
inline constexpr const char* kNotResolved = "not resolved";
inline constexpr const char* kTouchedRead = "touch %1 %2 (%3, read): %4 touched, %5";
inline constexpr const char* kTouchedWrite = "touch %1 %2 (%3, write): %4 touched, %5";
inline constexpr const char* kTouchedReadSignal = "touch %1 %2 (%3, read): %4 touched, %5, stopped by %6";
inline constexpr const char* kTouchedWriteSignal = "touch %1 %2 (%3, write): %4 touched, %5, stopped by %6";
inline constexpr const char* kTouchedReadUnresolved
    = "touch %1 %2 (%3, read): %4 touched, %5, stopped: a fault was not resolved (%6)";
inline constexpr const char* kTouchedReadOomKilled
    = "touch %1 %2 (%3, read): %4 touched, %5, stopped by SIGKILL: %1 was %6";
inline constexpr const char* kTouchedWriteOomKilled
    = "touch %1 %2 (%3, write): %4 touched, %5, stopped by SIGKILL: %1 was %6";
inline constexpr const char* kTouchedWriteUnresolved
    = "touch %1 %2 (%3, write): %4 touched, %5, stopped: a fault was not resolved (%6)";

// ---- the uaccess API (commands_uaccess.cpp): "HEAD: ..." with HEAD the command as written
inline constexpr const char* kAccessOkFails
    = "%1: access_ok fails (the range reaches past TASK_SIZE_MAX), no access -> ret %2";
inline constexpr const char* kKernelFaultResolved
    = "%1: kernel-mode page fault at %2 (error code %3: %4) -> resolved (%5)";
inline constexpr const char* kKernelFaultUnresolvable
    = "%1: kernel-mode page fault at %2 (error code %3: %4) -> not resolvable (%5)";
inline constexpr const char* kFixupReturns = "%1: the exception-table fixup returns %2";
inline constexpr const char* kUaccessRet = "%1: ret %2";
inline constexpr const char* kAccessOkBelow
    = "access_ok %1 %2 %3: 1 (below TASK_SIZE_MAX %4; no mapping is checked)";
inline constexpr const char* kAccessOkPast
    = "access_ok %1 %2 %3: 0 (past TASK_SIZE_MAX %4; no mapping is checked)";
inline constexpr const char* kValueIs = "  value = %1";
inline constexpr const char* kNoNulGreater = "  no NUL within %1 bytes: the result is greater than n";
inline constexpr const char* kNoNulUnterminated
    = "  no NUL within %1 bytes: dst holds n bytes and is not terminated";
inline constexpr const char* kOopsHead
    = "%1: kernel oops (the simulation goes on; Linux would kill the task):";
inline constexpr const char* kNoFaultStopped = "%1: no fault stopped it";
inline constexpr const char* kNoFaultStoppedValue = "%1: no fault stopped it = %2";

// ---- swap and reclaim (commands_reclaim.cpp)
inline constexpr const char* kWhySwapBusy = "a swap area of that name is in use";
inline constexpr const char* kWhySwapTooSmall = "size is less than one page";
inline constexpr const char* kWhyTooManySwapAreas = "too many swap areas";
inline constexpr const char* kWhyBadPriority = "prio must be -1 (none) or 0..32767";
inline constexpr const char* kWhyNoSwapArea = "no swap area of that name";
inline constexpr const char* kWhySwapoffNoMemory
    = "not enough memory to bring its pages back; the area stays";
inline constexpr const char* kSwaponDone = "swapon %1: 0, %2 pages, priority %3, latency %4";
inline constexpr const char* kSwaponDoneDefault
    = "swapon %1: 0, %2 pages, priority %3 (none given: the next default), latency %4";
inline constexpr const char* kSwapoffDone = "swapoff %1: 0, %2 page(s) brought back into memory";
inline constexpr const char* kReclaimed = "reclaim: %1 of %2 page(s) freed (%3 policy), %4 frames free";
inline constexpr const char* kNoSwapAreas = "no swap areas";
inline constexpr const char* kSwapAreaLine = "%1  prio %2  %3/%4 pages used  outs %5  ins %6  latency %7";
inline constexpr const char* kLruOrder = "%1 policy, %2 evictable page(s), next victim first: %3";
inline constexpr const char* kActiveList = "active list: %1";
inline constexpr const char* kEmptyList = "(empty)";

// ---- pinning (commands_mlock.cpp)
inline constexpr const char* kLockedOf = "%1 of %2 locked";
inline constexpr const char* kLockedOfFaulted = "%1 of %2 locked, %3 faulted in";
inline constexpr const char* kMlockDone = "%1: 0, %2";
inline constexpr const char* kMlockFailed = "%1: %2; %3";
inline constexpr const char* kMlockFailedWhy = "%1: %2 (%3); %4";
inline constexpr const char* kWhyNotFaultedIn = "a page of the range could not be faulted in";
inline constexpr const char* kWhyOnfaultAlone = "MCL_ONFAULT needs MCL_CURRENT or MCL_FUTURE";
inline constexpr const char* kFutureLockedOnFault = "later mappings of %1 are locked as their pages fault in";
inline constexpr const char* kFutureLocked = "later mappings of %1 are locked and faulted in at once";

// ---- traces and workloads (commands_trace.cpp)
inline constexpr const char* kReplayed = "%1: %2 references to %3 pages mapped at %4: %5";
inline constexpr const char* kReplayCounts
    = "%1 page faults (%2 minor, %3 major), %4 TLB hits, %5 TLB misses, %6 evictions";
inline constexpr const char* kReplayStopped = "%1 stopped: %2";
inline constexpr const char* kReplayRefOomKilled = "reference %1 (page %2) failed: %3 got SIGKILL, %4";
inline constexpr const char* kReplayRefSignal = "reference %1 (page %2) failed: %3";
inline constexpr const char* kReplayRefNoMemory = "reference %1 (page %2) failed: out of memory (%3)";
inline constexpr const char* kWorkloadInvalid = "workload: %1";

// ---- show vmas, process, frames, pagecache (show_kernel.cpp)
inline constexpr const char* kVmasIn = "%1 in %2";
inline constexpr const char* kShowKernelProcess
    = "process %1: pid %2, CR3 %3, %4, rss %5 pages, %6 page-table frames";
inline constexpr const char* kShowKernelProcessRunning
    = "process %1: pid %2, CR3 %3, %4, rss %5 pages, %6 page-table frames, running";
inline constexpr const char* kShowKernelProcessPcid
    = "process %1: pid %2, CR3 %3, PCID %4, %5, rss %6 pages, %7 page-table frames";
inline constexpr const char* kShowKernelProcessPcidRunning
    = "process %1: pid %2, CR3 %3, PCID %4, %5, rss %6 pages, %7 page-table frames, running";
inline constexpr const char* kFrameLine = "  frame %1: %2, %3%4";
inline constexpr const char* kFrameUseLevel = "%1 (level %2)";
inline constexpr const char* kFrameHolds = ", %1, refs %2, mapped %3";
inline constexpr const char* kFrameHoldsLocked = ", %1, refs %2, mapped %3, locked";
inline constexpr const char* kOneTime = "%1 time";
inline constexpr const char* kTimes = "%1 times";
inline constexpr const char* kFramesInUse = "%1 of %2 frames in use";
inline constexpr const char* kFramesInUseFirst = "%1 of %2 frames in use (first 4096 listed)";
inline constexpr const char* kDeviceFrames = "  device %1: frames %2-%3 (device memory outside RAM)";
inline constexpr const char* kFileCached = "file %1: %2 bytes, %3 of %4 pages cached, %5 dirty";
inline constexpr const char* kCachedPage = "  page %1 in frame %2";
inline constexpr const char* kCachedPageDirty = "  page %1 in frame %2 (dirty)";
inline constexpr const char* kShmResident = "shm %1: %2 bytes, %3 of %4 pages in memory, %5 mappings";
inline constexpr const char* kShmResidentUnlinked
    = "shm %1: %2 bytes, %3 of %4 pages in memory, %5 mappings, unlinked";
inline constexpr const char* kNoObjects = "no files and no shared memory objects";

} // namespace pagelab::txt

namespace pagelab {
// Every constant above, in the order of this file, and those of script/script_messages.h:
// every key a command's output or error may have.
const std::vector<const char*>& commandMessageKeys();
} // namespace pagelab
