// The kernel's memory management on top of the hardware model: each process's mm (VMAs and
// page tables), mmap/munmap/mprotect, fork with copy-on-write, exit, the page-fault handler
// (arch/x86/mm/fault.c, mm/memory.c), files with a page cache, POSIX shm, and device memory
// mapped by a driver with remap_pfn_range. Every step goes to the journal.
//
// Split over files by topic: kernel_pages.cpp (frame references, PTE install/zap),
// kernel_mm.cpp (processes, mmap family, fork, exit), kernel_objects.cpp (files, shm,
// devices, page cache, msync/sync), kernel_fault.cpp (fault handler and user accesses).
#pragma once

#include "journal/message_text.h"
#include "kernel/frame_table.h"
#include "kernel/reclaim.h"
#include "kernel/swap.h"
#include "kernel/uaccess.h"
#include "kernel/vma.h"
#include "machine/machine.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace pagelab::kernel {

// Linux errno values the mmap family returns (as positive numbers; syscalls return -errno).
// Spelled kEINVAL ...: <cerrno> defines EINVAL and friends as macros.
namespace err {
constexpr int kEPERM = 1, kENOENT = 2, kEBADF = 9, kENOMEM = 12, kEACCES = 13, kEFAULT = 14, kEEXIST = 17,
              kENODEV = 19, kEINVAL = 22, kENOSPC = 28, kEOVERFLOW = 75;
std::string_view name(int e); // "EINVAL"
} // namespace err

// Where user space lives on x86-64 (arch/x86/include/asm/page_64_types.h): TASK_SIZE_MAX is
// 2^47 - 4096 with 4-level paging, 2^56 - 4096 with 5-level; 3 GiB for 32-bit and PAE.
VAddr taskSizeMax(PagingMode mode);

// A file of the simulated file system: its bytes "on disk" and its pages in the page cache.
struct File {
    u32 id = 0;
    std::string name;
    u64 size = 0;
    std::vector<u8> disk;      // size bytes (what a read from disk returns)
    std::map<u64, Pfn> cache;  // page index -> frame of the page cache
    std::map<u64, bool> dirty; // page index -> dirty in the cache (MAP_SHARED write)
};

// A POSIX shared memory object (shm_open): pages in tmpfs, never written to a disk.
struct ShmObject {
    u32 id = 0;
    std::string name;
    u64 size = 0;
    std::map<u64, Pfn> pages; // page index -> frame
    bool unlinked = false;    // shm_unlink: gone from the name space, alive while mapped
    u32 mappings = 0;         // VMAs that map it
};

// Device memory: physical frames outside RAM that a driver maps with remap_pfn_range.
struct Device {
    u32 id = 0;
    std::string name;
    Pfn pfn = 0; // first frame (must be at or above the end of RAM)
    u64 pages = 0;
    std::vector<u8> contents; // pages * 4096 bytes (device registers / buffer)
};

// Per-frame kernel bookkeeping for frames that hold user data (anon, page cache, shm).
struct PageMeta {
    Backing kind = Backing::Anon;
    u32 object = 0; // file or shm id for page cache / shm pages
    u64 index = 0;  // page index in that object
    u32 refs = 0;   // page-table mappings + 1 while in the page cache / shm object
    bool locked = false;
};

// Everything the kernel keeps for one frame of user data (struct page / folio): its
// PageMeta, whether the policy holds it, its swap-cache slot and its reverse map.
struct UserFrame {
    PageMeta meta;
    bool live = false;           // holds a user page now (pageMeta() is non-null)
    bool inLru = false;          // in the replacement policy
    bool inSwapCache = false;    // part "reclaim": the page has a slot too
    bool swapCacheDirty = false; // differs from the slot's bytes (a new page, or written since)
    SwapSlot swapSlot {};        // valid while inSwapCache
    // (pid, page va) of every PTE that maps the frame. Kept, emptied, when the page goes, so
    // the next page in this frame reuses its capacity.
    std::vector<std::pair<u32, VAddr>> rmap;
};

struct Mm {
    VmaTree vmas;
    u64 lockFuture = 0; // mlockall(MCL_FUTURE [| MCL_ONFAULT]): vm::LOCKED [| vm::LOCKONFAULT]
    VAddr brk = 0;      // end of the heap (layout=classic)
    u64 rss = 0;        // resident pages mapped by this mm
};

enum class Signal : u8 { None, Segv, Bus, Kill }; // Kill: the OOM killer (part "reclaim")
enum class SegvCode : u8 { None, MapErr, AccErr };
std::string_view toString(Signal s); // "SIGSEGV", "SIGBUS"

// What the fault handler did with one #PF.
struct FaultResult {
    bool resolved = false;
    bool major = false; // needed "I/O": read from a file (or swap, later)
    Signal signal = Signal::None;
    SegvCode code = SegvCode::None;
    // "demand-zero", "page-cache", "cow-copy", "cow-reuse", "spurious", ...: always a string
    // literal, so a fault on the replay's hot path builds no std::string.
    std::string_view what;
};

// One user-mode access of 1..8 bytes through the MMU, the fault handler and retry.
struct UserAccess {
    bool ok = false;
    PAddr paddr = 0;
    bool tlbHit = false;
    std::optional<u32> faultErrorCode; // the first #PF, if any
    VAddr cr2 = 0;
    FaultResult fault; // what the handler did with it
    Signal signal = Signal::None;
};

// The result of a command-level operation: 0 or a positive errno.
struct SysResult {
    int error = 0;
    VAddr addr = 0; // mmap: the address chosen
    bool ok() const { return error == 0; }
};

class Kernel {
public:
    explicit Kernel(Machine& machine);
    ~Kernel();
    // A copy of `other` in every detail, working on `machine`, a copy of other's machine
    // (Session::clone). Every member is copied by the defaulted copy below; only m_ changes.
    Kernel(const Kernel& other, Machine& machine);
    Kernel& operator=(const Kernel&) = delete;

    Machine& machine() { return *m_; }

    // ---- processes (kernel_mm.cpp)
    // `classic` gives text, data, heap and stack VMAs at x86-64 addresses like a real ELF
    // process (0x400000 text, data after it, heap after data, stack below 0x7ffffffff000).
    Process& createProcess(const std::string& name, bool classic);
    // fork(): a new mm with the parent's VMAs; private writable pages become COW (R/W
    // cleared in both, refs shared), shared mappings are shared. Returns the child, or null
    // when no frame is left for its top table even after reclaim and the OOM killer (fork
    // fails with -ENOMEM); if the OOM killer chose the parent, it is killed now, as it
    // would be on its return to user space.
    Process* fork(Process& parent, const std::string& childName);
    // Whether the OOM killer has killed p (its memory is gone; the process goes soon).
    bool oomKilled(const Process& p) const;
    // Every process the OOM killer chose, in order, with why (also those already gone): what
    // a front end says instead of a bare SIGKILL, and the views' "killed" marks.
    struct OomKillReport {
        u32 pid = 0;
        std::string name;
        u64 points = 0;     // its badness: rss + swap entries + page-table pages
        std::string reason; // what ran out
    };
    const std::vector<OomKillReport>& oomKills() const { return oomKills_; }
    const OomKillReport* oomKillOf(u32 pid) const; // the last report for pid, or nullptr
    // What happened, for a front end: "killed by the OOM killer: out of memory (no free
    // frame, ...); NAME (pid N) had the highest badness, P pages of memory, swap and page tables".
    // A message key (command_messages.h), so the console says it in the UI's language.
    static Message describe(const OomKillReport& r);
    // exit(): unmaps everything, frees page tables and frames no one else uses.
    void exit(Process& p);
    Mm& mm(const Process& p);
    // The mm of p, or nullptr between the moment a process exists on the machine and the
    // moment the kernel has made its mm (a view of the state between two events).
    const Mm* findMm(const Process& p) const;

    // ---- the mmap family (kernel_mm.cpp); return Linux's errno on failure
    struct MmapArgs {
        u64 len = 0;
        std::optional<VAddr> at; // hint, or exact address with fixed
        u64 prot = vm::READ | vm::WRITE;
        bool shared = false;
        Backing backing = Backing::Anon;
        std::string object; // file or shm name
        u64 offset = 0;     // bytes into the file
        bool fixed = false, populate = false, locked = false;
    };
    SysResult mmap(Process& p, const MmapArgs& a);
    SysResult munmap(Process& p, VAddr addr, u64 len);
    SysResult mprotect(Process& p, VAddr addr, u64 len, u64 prot);

    // ---- objects (kernel_objects.cpp)
    SysResult createFile(const std::string& name, u64 size, const std::vector<u8>& fill);
    SysResult shmOpen(const std::string& name, u64 size);
    SysResult shmUnlink(const std::string& name);
    SysResult createDevice(const std::string& name, Pfn pfn, u64 pages, const std::vector<u8>& fill);
    // The driver's mmap: a VMA with VM_IO|VM_PFNMAP|VM_DONTEXPAND|VM_DONTDUMP whose PTEs
    // remap_pfn_range fills now; pgoff pages into the device.
    SysResult driverMmap(
        Process& p, const std::string& device, u64 len, std::optional<VAddr> at, u64 prot, u64 pgoff);
    // msync(MS_SYNC) of a range / sync(): write dirty page-cache pages back to their files.
    SysResult msync(Process& p, VAddr addr, u64 len);
    u64 sync(); // returns pages written back
    File* findFile(std::string_view name);
    ShmObject* findShm(std::string_view name);
    Device* findDevice(std::string_view name);
    const std::vector<DeepPtr<File>>& files() const { return files_; }
    const std::vector<DeepPtr<ShmObject>>& shms() const { return shms_; }
    const std::vector<DeepPtr<Device>>& devices() const { return devices_; }

    // ---- faults and user accesses (kernel_fault.cpp)
    // The #PF handler for a fault of `p` at `cr2` with `errorCode` (do_user_addr_fault ->
    // handle_mm_fault): resolves it or says which signal to send.
    FaultResult handleFault(Process& p, VAddr cr2, u32 errorCode);
    // One user-mode access of `size` bytes (1..8, not crossing a page) by `p`: MMU, #PF,
    // handler, retry. Reads fill `value`; writes store it.
    UserAccess userAccess(Process& p, VAddr va, AccessOp op, unsigned size, u64& value);
    // Byte ranges (read len=, write "string"/bytes=): page by page; stops at a signal.
    UserAccess userRead(Process& p, VAddr va, std::vector<u8>& out, u64 len);
    UserAccess userWrite(Process& p, VAddr va, const std::vector<u8>& in);

    // Reads/writes physical memory whether it is RAM or device memory.
    u64 physRead(PAddr pa, unsigned size) const;
    void physWrite(PAddr pa, u64 value, unsigned size);
    // A host cache hint for the page a replay is about to access, given its leaf entry: for
    // a present page the frame's metadata, kernel record and replacement-list node, for a
    // swapped-out page its slot in the swap map. No simulated effect.
    void prefetchPage(u64 leafEntry) const;

    // ---- frames and PTEs (kernel_pages.cpp)
    const PageMeta* pageMeta(Pfn pfn) const;
    // The PTE address for va in p's tables, creating tables when `create`.
    std::optional<PAddr> pteAddress(Process& p, VAddr va, bool create);
    // Installs a 4 KiB mapping va -> pfn with the rights of `vmaFlags` (RW only when
    // `writable`), taking a reference on the frame (not for device frames). `pte`: the PTE's
    // address when the caller walked to it already (the fault handler's vmf->pte).
    bool installPte(
        Process& p, VAddr va, Pfn pfn, u64 vmaFlags, bool writable, std::optional<PAddr> pte = std::nullopt);
    // Clears the PTE of va (INVLPG when p is current) and drops the frame reference.
    void zapPte(Process& p, VAddr va);
    std::optional<Pfn> allocUserFrame(u32 owner, Backing kind, u32 object, u64 index);
    void getPage(Pfn pfn);
    void putPage(Pfn pfn); // frees the frame when the last reference goes

    // ---- part "mm" (kernel_pages.cpp, kernel_mm.cpp, kernel_objects.cpp): helpers for the
    // fault handler and the views.
    // installPte over a present entry: same frame -> the entry is rewritten (A/D kept, no new
    // reference: COW reuse, mprotect); another frame -> the old one is unmapped after the new
    // entry is written (COW copy). The TLB is invalidated only when a present entry changes
    // (x86 caches no not-present translations).
    // A PROT_NONE page keeps its frame in a non-present PTE marked like Linux's _PAGE_PROTNONE
    // (the G bit with P clear); mprotect turns it back into a present entry.
    static constexpr u64 kPteProtNone = u64 { 1 } << 8;
    // The PTE value for pfn with the rights of vmaFlags (RW only when `writable`, NX when the
    // VMA lacks VM_EXEC and NX is in force, kPteProtNone when the VMA has no access at all).
    u64 makePte(Pfn pfn, u64 vmaFlags, bool writable) const;
    // flush_tlb_page for p: INVLPG when p is current, or its PCID's entry when PCIDs are on.
    void flushPte(Process& p, VAddr va);
    // The page cache (filemap_fault -> filemap_get_folio): the frame of page `index` of f;
    // on a miss reads it from "disk" (zeros past EOF) into a new frame held by the cache
    // (refs=1) and sets `major`. Throws std::runtime_error when no frame is free.
    Pfn pageCacheGet(File& f, u64 index, bool& major);
    // shmem_get_folio: the frame of page `index` of s, zeroed on first use (refs=1 for the
    // object), or read back from its swap slot when reclaim moved it there (shmem_swapin_folio:
    // sets *major; `pid` and `va` only name the faulter in the SwapIn event). Throws
    // std::runtime_error when no frame is free.
    Pfn shmGetPage(ShmObject& s, u64 index, bool* major = nullptr, u32 pid = 0, VAddr va = 0);
    File* fileById(u32 id);
    ShmObject* shmById(u32 id);
    Device* deviceById(u32 id);

private:
    Journal* journal();
    // Frees a frame for a new process's top-level table when none is free (reclaim, then
    // the OOM killer), as pgd_alloc's GFP_KERNEL allocation would. `forker`: the process
    // that forks (it allocates, so as a victim it dies only on return to user space); none
    // for `process NAME`, which runs in no process, so any victim goes at once.
    void makeRoomForTopTable(const Process* forker);
    // Writes `entry` as the PTE of va (creating tables), taking the references a new mapping
    // holds (refs, mapCount, rss); drops those of a different frame it replaces.
    bool mapEntry(Process& p, VAddr va, u64 entry, std::optional<PAddr> pte = std::nullopt);
    // Calls fn(va, pteAddr, entry) for every non-zero 4 KiB PTE of p in [start, end).
    void forEachPte(Process& p, VAddr start, VAddr end, const std::function<void(VAddr, PAddr, u64)>& fn);
    // Releases every page-table frame of p, the top table included; returns how many.
    u64 freeTables(Process& p);
    // free_pgtables after an unmap of [start, end): frees p's tables that mapped only the gap
    // [floor, ceiling) between the VMAs left around it (ceiling 0: the top of the space);
    // returns how many.
    u64 freeGapTables(Process& p, VAddr start, VAddr end, VAddr floor, VAddr ceiling);
    // Removes [start, end) from p's VMAs and zaps their PTEs (emits VmaChange "munmap").
    void unmapRange(Process& p, VAddr start, VAddr end);
    // Recounts ShmObject::mappings over every mm and frees unlinked objects no one maps.
    void refreshShmMappings();
    void freeShm(u32 id);
    // Chooses the address of a new mapping (get_unmapped_area): hint if free, else top-down.
    std::optional<VAddr> pickAddress(Process& p, u64 len, std::optional<VAddr> hint);
    // page_mkclean for one shared file VMA range: moves PTE dirty bits into the page cache.
    void collectDirty(Process& p, const Vma& v, VAddr start, VAddr end);
    void writebackPage(File& f, u64 index);
    void prefault(Process& p, VAddr start, VAddr end);

private:
    // ---- part "fault" (kernel_fault.cpp): the steps of handleFault and userRead/userWrite.
    // do_anonymous_page / do_read_fault / do_cow_fault / do_shared_fault for a missing PTE.
    // `pte`: the address of the none PTE when the walk reached it (tables exist).
    FaultResult faultMissing(Process& p, const Vma& vma, VAddr va, bool write, std::optional<PAddr> pte);
    // do_wp_page: a write to a present read-only PTE of a writable VMA.
    FaultResult faultWriteProtected(Process& p, const Vma& vma, VAddr va, PAddr pteAddr, u64 entry);
    // expand_stack: grows a VM_GROWSDOWN VMA down to addr; the grown VMA or nullptr.
    const Vma* expandStack(Process& p, VAddr addr);
    // A new anonymous frame with a copy of src (RAM or device memory).
    std::optional<Pfn> copyToNewFrame(Process& p, VAddr va, Pfn src);
    // Byte ranges: one MMU access per page, the rest through its translation.
    UserAccess userBytes(Process& p, VAddr va, AccessOp op, u8* data, u64 len, u64& done);

public:
    // ---- part "reclaim" (swap.cpp, kernel_reclaim.cpp): swap areas, reverse map, reclaim,
    // swap-out/in, OOM. Declarations of that part go here.
    // A swap entry in a PTE (our encoding, like Linux's x86-64 one in spirit: P=0 so the MMU
    // treats it as not present): bit 1 marks it (never set with P or _PAGE_PROTNONE), bits
    // 2..7 hold the area's type, bits 12 and up the slot.
    static constexpr u64 kPteSwap = u64 { 1 } << 1;
    static bool isSwapPte(u64 e) { return !(e & (1 | kPteProtNone)) && (e & kPteSwap); }
    static u64 makeSwapPte(SwapSlot s) { return kPteSwap | (u64 { s.type } << 2) | (s.offset << 12); }
    static SwapSlot swapPteSlot(u64 e) { return { static_cast<u32>((e >> 2) & 0x3f), e >> 12 }; }
    SwapSpace& swapSpace() { return *swap_; }
    const SwapSpace& swapSpace() const { return *swap_; }
    ReplacementPolicy& policy() { return *policy_; }
    // swapon: EINVAL for size 0, EBUSY for a name in use, EINVAL for more than 64 areas.
    SysResult swapon(const std::string& name, u64 pages, std::optional<int> prio, u64 latencyNs);
    // swapoff (try_to_unuse): every page of the area back in memory, then the area goes.
    // EINVAL for an unknown area (as swapoff(2) on a path that is not swap); ENOMEM when
    // memory runs out (the area stays).
    SysResult swapoff(const std::string& name);
    // Runs reclaim for up to n pages (shrink_folio_list); returns the pages freed.
    u64 reclaimPages(u64 n);
    // The policy's bookkeeping: evictable pages in, locked or freed pages out (mlock uses
    // them as Linux moves pages to and from the unevictable list).
    void lruAdd(Pfn pfn);
    void lruRemove(Pfn pfn);
    std::vector<Pfn> lruOrder();
    std::vector<Pfn> lruActive();
    // The reverse map of a user frame: every (pid, page va) whose PTE maps it.
    const std::vector<std::pair<u32, VAddr>>& rmapOf(Pfn pfn) const;
    u64 swapEntriesOf(Process& p); // MM_SWAPENTS
    u64 ioTimeNs() const { return ioTimeNs_; }
    // The swap cache (mm/swap_state.c): anonymous pages that have a swap slot and a frame at
    // once. Reclaim adds a page (add_to_swap) and frees the frame; a swap-in adds the page
    // it reads, so a second PTE holding the slot (after fork) finds it without I/O, and a
    // page reclaimed again while clean needs no new write. The cache holds no frame
    // reference of its own: a page leaves it when its last mapping goes.
    std::optional<SwapSlot> swapCacheSlotOf(Pfn pfn) const;
    std::optional<Pfn> swapCacheLookup(SwapSlot s) const;
    u64 swapCachePages() const { return swapCachePages_; }
    // do_wp_page's folio_free_swap before reusing a page in place: true when the page is not
    // (or no longer) in the swap cache; false while other swap PTEs still hold its slot (the
    // page must then be copied, or they would see the write).
    bool swapCacheTryFree(Pfn pfn);
    // Shared memory swap (mm/shmem.c): an evicted shm page leaves its swap entry in the
    // object's slot for that index (the page cache's xarray value entry), not in the PTEs,
    // which become none; the next fault reads it back (shmem_swapin_folio).
    std::optional<SwapSlot> shmSwapSlot(u32 shmId, u64 index) const;
    u64 shmSwappedPages(u32 shmId) const;

private:
    // ---- part "reclaim" (kernel_reclaim.cpp)
    void initReclaim();        // the policy from the machine's config (constructor)
    void lruFlushPending();    // pages allocated by the last operation join the policy
    void lruAccessed(Pfn pfn); // exact LRU: every user access moves the page up
    void pageFreed(Pfn pfn);   // putPage freed a user frame
    void rmapAdd(Pfn pfn, u32 pid, VAddr va);
    void rmapDel(Pfn pfn, u32 pid, VAddr va);
    bool reclaimOne(); // one victim out; false when nothing could go
    void prefetchNextVictims();
    bool evict(Pfn pfn); // swap out / discard one page
    bool testAndClearYoung(Pfn pfn);
    // out_of_memory(); false when nothing was killed now. A victim that is the allocating
    // task (`allocOwner`, or the current process when `currentAllocates`) is only marked:
    // it dies on its way back to user space (reapOomVictim).
    bool oomKill(u32 allocOwner, bool currentAllocates = true);
    std::optional<Pfn> allocWithReclaim(u32 owner);
    // do_swap_page for the swap entry `entry` read from the PTE at `pte`.
    FaultResult faultSwap(Process& p, const Vma& vma, VAddr va, u64 entry, PAddr pte, bool write);
    // SWAP_HAS_CACHE on the slot and the page in the cache; dirty: must be written at reclaim.
    void swapCacheAdd(Pfn pfn, SwapSlot s, bool dirty);
    // __delete_from_swap_cache + put_swap_folio: the slot is free when no PTE holds it.
    void swapCacheDelete(Pfn pfn, const char* reason);
    // The page for a swap PTE of p at va: from the swap cache (major=false) or read from
    // the slot into a new frame added to the cache. nullopt when no frame can be had.
    std::optional<Pfn> swapCacheGetPage(Process& p, VAddr va, SwapSlot s, bool& major);
    u64 swapCachePages_ = 0;                               // frames with inSwapCache
    bool copySwapPte(Process& child, VAddr va, u64 entry); // fork: copy_nonpresent_pte
    // shmem_writepage: unmaps a shm page, writes it to a new slot the object then holds.
    bool evictShm(Pfn pfn, const PageMeta& meta);
    // shmem_swapin_folio: page `index` of s from its slot into a new frame and the slot freed
    // (pid 0: swapoff). nullopt when the page is not in swap or no frame can be had.
    std::optional<Pfn> shmSwapIn(ShmObject& s, u64 index, u32 pid, VAddr va);
    void shmFreeSwap(u32 shmId); // shmem_undo_range -> shmem_free_swap: the object goes
    int shmUnuse(u32 type);      // swapoff: every shm page of the area back (0 or ENOMEM)
    // (shm id, page index) -> the slot holding that page; each holds one swap_map reference.
    std::map<std::pair<u32, u64>, SwapSlot> shmSwap_;
    void dropSwapPte(u64 entry);                    // zap of a swap PTE: swap_free
    void reapOomVictim(Process& p, UserAccess& ua); // the deferred SIGKILL of the faulter
    void killOomVictim(Process& p, VAddr cr2);      // that SIGKILL, and p's memory freed
    // A faulter killed by the OOM killer keeps its Process (callers still hold it) with an
    // empty address space until the next user access of another process exits it.
    void reapOomZombies(const Process* keep);
    std::vector<u32> oomZombies_;
    std::vector<OomKillReport> oomKills_;
    DeepPtr<SwapSpace> swap_;
    DeepPtr<ReplacementPolicy> policy_;
    std::vector<Pfn> pendingLru_;
    u32 oomPending_ = 0; // pid chosen by the OOM killer while it was faulting
    bool noOom_ = false; // swapoff: fail with ENOMEM instead of killing
    bool inReclaim_ = false;
    u64 ioTimeNs_ = 0;

public:
    // ---- part "mlock" (kernel_mlock.cpp): mlock, munlock, mlockall, munlockall.
    // mm/mlock.c. PageLab runs as if with CAP_IPC_LOCK: no RLIMIT_MEMLOCK check.
    // mlock (do_mlock): addr rounded down to its page, len rounded up; VM_LOCKED on the VMAs
    // (split and merged), resident pages mlocked (off the policy), then every page faulted in
    // (__mm_populate; a write fault for private writable VMAs, as FOLL_WRITE breaks COW).
    // `onFault` is mlock2(MLOCK_ONFAULT): VM_LOCKONFAULT too, no populate. A hole in the range:
    // ENOMEM (the VMAs before it are locked anyway, as apply_vma_lock_flags does); a page that
    // cannot be faulted in: ENOMEM (EFAULT from populate, __mlock_posix_error_return).
    SysResult mlock(Process& p, VAddr addr, u64 len, bool onFault = false);
    SysResult munlock(Process& p, VAddr addr, u64 len);
    // mlockall: EINVAL without current or future; populate errors are ignored (mm_populate).
    SysResult mlockall(Process& p, bool current, bool future, bool onFault);
    SysResult munlockall(Process& p);
    // Resident pages of p in VM_LOCKED VMAs (VmLck in /proc/PID/status).
    u64 lockedPages(Process& p);

private:
    // ---- part "mlock" (kernel_mlock.cpp)
    // apply_vma_lock_flags: sets the lock bits of [start, end) to `bits`; ENOMEM at a hole.
    int applyLockFlags(Process& p, VAddr start, VAddr end, u64 bits);
    // mlock_fixup for one piece: VM_SPECIAL VMAs are left alone; marks/unmarks the pages.
    void lockFixup(Process& p, const Vma& v, VAddr start, VAddr end, u64 bits);
    // __mm_populate over [start, end): 0 or an errno (ENOMEM) at the first failed page.
    int populateLocked(Process& p, VAddr start, VAddr end, bool ignoreErrors);
    // munlock_folio: the page stays mlocked while some VM_LOCKED VMA still maps it;
    // otherwise it is evictable again. Called by munlock and when a PTE is zapped.
    void mlockRecheck(Pfn pfn);

public:
    // ---- part "uaccess" (kernel_uaccess.cpp, uaccess.h): the user-space access API in
    // supervisor mode. Declarations of that part go here.
    // Each routine checks access_ok first, brackets its user accesses with STAC/CLAC when
    // CR4.SMAP=1, makes each access in supervisor mode through the MMU, sends a #PF on a user
    // address to handleFault, and returns Linux's value when the exception-table fixup
    // catches a fault the handler cannot resolve.
    // __access_ok(): addr + size <= TASK_SIZE_MAX without overflow (size 0 allowed).
    bool accessOk(VAddr addr, u64 size) const;
    UaccessResult getUser(Process& p, VAddr addr, unsigned size);
    UaccessResult putUser(Process& p, VAddr addr, u64 value, unsigned size);
    UaccessResult clearUser(Process& p, VAddr addr, u64 n);
    UaccessResult copyToUser(Process& p, VAddr to, const std::vector<u8>& from);
    UaccessResult copyFromUser(Process& p, VAddr from, u64 n);
    UaccessResult strnlenUser(Process& p, VAddr s, u64 n);
    UaccessResult strncpyFromUser(Process& p, VAddr src, u64 n);
    // A kernel bug: a plain dereference of a user pointer (no uaccess, no exception-table
    // entry). With SMAP on and AC=0 it faults and oopses; the simulation carries on.
    UaccessResult kernelDeref(Process& p, VAddr addr, bool write, u64 value);
    CharDevice& charDevice() { return chardev_; }

private:
    // ---- part "uaccess" (kernel_uaccess.cpp)
    // One supervisor access of `size` bytes inside one page, with the fault handler and
    // retry; false when the fault cannot be resolved (the fixup's case).
    // `move` false: only the translation (and its faults), no data moved.
    bool kernelAccess(Process& p, VAddr va, AccessOp op, unsigned size, u64& value, UaccessResult& r,
        bool move = true, PAddr* paddr = nullptr);
    // The kernel's copy loop: one MMU access per page, stops at the first unresolvable fault;
    // returns the bytes done.
    u64 kernelCopy(
        Process& p, const char* routine, VAddr va, AccessOp op, u8* data, u64 len, UaccessResult& r);
    void userAccessBegin(Process& p, const char* routine);
    void userAccessEnd(const char* routine);
    CharDevice chardev_;

private:
    friend struct KernelInternals;
    Kernel(const Kernel&) = default; // for the copy above: m_ is re-pointed there
    Machine* m_;                     // never null: a pointer so that the defaulted copy can be re-pointed
    std::unordered_map<u32, DeepPtr<Mm>> mms_; // by pid
    FrameTable<UserFrame> frames_;             // by pfn: RAM frames only (device frames have no struct page)
    UserFrame* userFrame(Pfn pfn)              // nullptr unless the frame holds a user page
    {
        UserFrame* f = frames_.find(pfn);
        return f && f->live ? f : nullptr;
    }
    std::vector<DeepPtr<File>> files_;
    std::vector<DeepPtr<ShmObject>> shms_;
    std::vector<DeepPtr<Device>> devices_;
    u32 nextObjectId_ = 1;
};

} // namespace pagelab::kernel
