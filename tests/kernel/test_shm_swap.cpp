// Shared memory in swap (kernel_reclaim.cpp evictShm, kernel_swap.cpp shmSwapIn/shmUnuse,
// mm/shmem.c): reclaim writes a shm page to a slot the object keeps in the page's place and
// clears every PTE mapping it (none, not a swap entry); the next fault of any process reads it
// back (a major fault) and frees the slot; unlinking and unmapping the object frees its slots;
// swapoff brings the pages back into the object; mlocked pages stay.
#include "hw/paging_entry.h"
#include "kernel/kernel.h"

#include <QtTest>

using namespace pagelab;
using namespace pagelab::kernel;

namespace {

constexpr VAddr kA = 0x10000000, kB = 0x20000000;

struct Rig {
    explicit Rig(u64 frames = 32)
        : m(
            [&] {
                MachineConfig c;
                c.frames = frames;
                return c;
            }(),
            journal)
    {
    }
    Journal journal;
    Machine m;
    Kernel k { m };

    // MAP_SHARED of shm object `name` (or of anonymous memory when name is empty) at `at`.
    bool mapShared(Process& p, VAddr at, u64 len, const std::string& name)
    {
        Kernel::MmapArgs a;
        a.len = len;
        a.at = at;
        a.fixed = true;
        a.shared = true;
        if (!name.empty()) {
            a.backing = Backing::Shm;
            a.object = name;
        }
        return k.mmap(p, a).ok();
    }
    u64 pte(Process& p, VAddr va)
    {
        auto addr = k.pteAddress(p, va, false);
        return addr ? m.memory().read(*addr, 8) : 0;
    }
    Pfn frame(Process& p, VAddr va) { return (pte(p, va) & 0x000ffffffffff000ull) >> kPageShift; }
    bool write(Process& p, VAddr va, u64 v) { return k.userAccess(p, va, AccessOp::Write, 8, v).ok; }
    u64 read(Process& p, VAddr va, std::string* how = nullptr, bool* major = nullptr)
    {
        u64 v = 0;
        const UserAccess a = k.userAccess(p, va, AccessOp::Read, 8, v);
        if (how)
            *how = a.fault.what;
        if (major)
            *major = a.fault.major;
        return v;
    }
    const SwapArea& area(const char* name) { return *k.swapSpace().find(name); }
    u32 shmId(Process& p, VAddr va) { return k.mm(p).vmas.find(va)->object; }
    template <typename T>
    std::vector<T> events()
    {
        std::vector<T> out;
        for (const Event& e : journal.events())
            if (const T* t = std::get_if<T>(&e.data))
                out.push_back(*t);
        return out;
    }
};

} // namespace

class TestShmSwap : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void evictionClearsEveryPteAndKeepsTheSlotInTheObject();
    void otherProcessFaultsItBackAsMajor();
    void sharedAnonymousMemoryIsSwappedToo();
    void unlinkAndUnmapFreeTheSlots();
    void mlockedPageIsNotReclaimed();
    void noSwapSlotKeepsThePage();
    void swapoffBringsThePageBackIntoTheObject();
    void neverWrittenPageStoresNothing();
    void pageBeingMappedIsNotEvictedForItsPageTables();
};

void TestShmSwap::evictionClearsEveryPteAndKeepsTheSlotInTheObject()
{
    Rig r;
    r.k.swapon("disk", 8, std::nullopt, 0);
    QVERIFY(r.k.shmOpen("s", kPageSize).ok());
    Process& a = r.k.createProcess("a", false);
    Process& b = r.k.createProcess("b", false);
    QVERIFY(r.mapShared(a, kA, kPageSize, "s"));
    QVERIFY(r.mapShared(b, kB, kPageSize, "s"));
    QVERIFY(r.write(a, kA, 42));
    QCOMPARE(r.read(b, kB), u64 { 42 });
    const Pfn pfn = r.frame(a, kA);
    QCOMPARE(r.frame(b, kB), pfn);
    QCOMPARE(r.k.lruOrder(), std::vector<Pfn> { pfn }); // shm pages are evictable now

    QCOMPARE(r.k.reclaimPages(1), u64 { 1 });
    // try_to_unmap: the PTEs are none, not swap entries; the object holds the slot.
    QCOMPARE(r.pte(a, kA), u64 { 0 });
    QCOMPARE(r.pte(b, kB), u64 { 0 });
    ShmObject* s = r.k.findShm("s");
    QVERIFY(s->pages.empty());
    QVERIFY(r.k.shmSwapSlot(s->id, 0).has_value());
    QCOMPARE(r.k.shmSwappedPages(s->id), u64 { 1 });
    QVERIFY(!r.k.pageMeta(pfn)); // the frame is free
    QCOMPARE(r.area("disk").used, u64 { 1 });
    QCOMPARE(r.area("disk").outs, u64 { 1 });
    QCOMPARE(r.m.stats().swapOuts, u64 { 1 });
    QCOMPARE(r.k.swapEntriesOf(a), u64 { 0 });
    const auto outs = r.events<ev::SwapOut>();
    QCOMPARE(outs.size(), std::size_t { 1 });
    QCOMPARE(outs[0].pfn, pfn);
    QCOMPARE(outs[0].ptes, u64 { 0 }); // no PTE holds the entry
    QVERIFY(outs[0].written);
    const auto evicts = r.events<ev::Evict>();
    QCOMPARE(evicts.back().kind, std::string("shm"));
}

void TestShmSwap::otherProcessFaultsItBackAsMajor()
{
    Rig r;
    r.k.swapon("disk", 8, std::nullopt, 0);
    QVERIFY(r.k.shmOpen("s", kPageSize).ok());
    Process& a = r.k.createProcess("a", false);
    Process& b = r.k.createProcess("b", false);
    QVERIFY(r.mapShared(a, kA, kPageSize, "s"));
    QVERIFY(r.mapShared(b, kB, kPageSize, "s"));
    QVERIFY(r.write(a, kA, 0x1234));
    QCOMPARE(r.k.reclaimPages(1), u64 { 1 });
    std::string how;
    bool major = false;
    QCOMPARE(r.read(b, kB, &how, &major), u64 { 0x1234 });
    QCOMPARE(how, std::string("shm-swap-in"));
    QVERIFY(major);
    QCOMPARE(r.m.stats().majorFaults, u64 { 1 });
    // shmem_swapin_folio frees the slot: the page is back in the object only.
    const u32 id = r.shmId(b, kB);
    QVERIFY(!r.k.shmSwapSlot(id, 0));
    QCOMPARE(r.area("disk").used, u64 { 0 });
    QCOMPARE(r.area("disk").ins, u64 { 1 });
    const auto ins = r.events<ev::SwapIn>();
    QCOMPARE(ins.size(), std::size_t { 1 });
    QCOMPARE(ins[0].pid, b.pid);
    QCOMPARE(ins[0].va, kB);
    // The first process finds the page in the object: a minor fault on the same frame.
    QCOMPARE(r.read(a, kA, &how, &major), u64 { 0x1234 });
    QCOMPARE(how, std::string("shm"));
    QVERIFY(!major);
    QCOMPARE(r.frame(a, kA), r.frame(b, kB));
    // A write through one mapping is seen by the other after a second round trip.
    QVERIFY(r.write(a, kA, 0x5678));
    QCOMPARE(r.k.reclaimPages(1), u64 { 1 });
    QCOMPARE(r.area("disk").outs, u64 { 2 }); // always written again: no clean copy is kept
    QCOMPARE(r.read(b, kB), u64 { 0x5678 });
}

void TestShmSwap::sharedAnonymousMemoryIsSwappedToo()
{
    Rig r;
    r.k.swapon("disk", 8, std::nullopt, 0);
    Process& p = r.k.createProcess("p", false);
    QVERIFY(r.mapShared(p, kA, kPageSize, "")); // shmem_zero_setup: an unlinked object
    QVERIFY(r.write(p, kA, 7));
    Process& child = *r.k.fork(p, "child");
    QCOMPARE(r.k.reclaimPages(1), u64 { 1 });
    QCOMPARE(r.pte(p, kA), u64 { 0 });
    QCOMPARE(r.pte(child, kA), u64 { 0 });
    std::string how;
    QCOMPARE(r.read(child, kA, &how), u64 { 7 });
    QCOMPARE(how, std::string("shm-swap-in"));
    QCOMPARE(r.read(p, kA, &how), u64 { 7 });
    QCOMPARE(how, std::string("shm"));
}

void TestShmSwap::unlinkAndUnmapFreeTheSlots()
{
    Rig r;
    r.k.swapon("disk", 8, std::nullopt, 0);
    QVERIFY(r.k.shmOpen("s", 2 * kPageSize).ok());
    Process& p = r.k.createProcess("p", false);
    QVERIFY(r.mapShared(p, kA, 2 * kPageSize, "s"));
    QVERIFY(r.mapShared(p, kB, kPageSize, "")); // shared anonymous
    QVERIFY(r.write(p, kA, 1));
    QVERIFY(r.write(p, kA + kPageSize, 2));
    QVERIFY(r.write(p, kB, 3));
    QCOMPARE(r.k.reclaimPages(3), u64 { 3 });
    QCOMPARE(r.area("disk").used, u64 { 3 });
    // The last unmap of the unlinked anonymous object frees its slot (shmem_evict_inode).
    QVERIFY(r.k.munmap(p, kB, kPageSize).ok());
    QCOMPARE(r.area("disk").used, u64 { 2 });
    // A named object keeps its pages in swap while it has a name, mapped or not ...
    QVERIFY(r.k.munmap(p, kA, 2 * kPageSize).ok());
    QCOMPARE(r.area("disk").used, u64 { 2 });
    // ... and they are still there for the next mapping.
    QVERIFY(r.mapShared(p, kA, 2 * kPageSize, "s"));
    QCOMPARE(r.read(p, kA + kPageSize), u64 { 2 });
    QCOMPARE(r.area("disk").used, u64 { 1 });
    // shm_unlink while mapped: freed with the last unmap.
    QVERIFY(r.k.shmUnlink("s").ok());
    QCOMPARE(r.area("disk").used, u64 { 1 });
    QVERIFY(r.k.munmap(p, kA, 2 * kPageSize).ok());
    QCOMPARE(r.area("disk").used, u64 { 0 });
    QVERIFY(r.k.shms().empty());
    QCOMPARE(r.area("disk").store.size(), std::size_t { 0 });
}

void TestShmSwap::mlockedPageIsNotReclaimed()
{
    Rig r;
    r.k.swapon("disk", 8, std::nullopt, 0);
    QVERIFY(r.k.shmOpen("s", kPageSize).ok());
    Process& a = r.k.createProcess("a", false);
    Process& b = r.k.createProcess("b", false);
    QVERIFY(r.mapShared(a, kA, kPageSize, "s"));
    QVERIFY(r.mapShared(b, kB, kPageSize, "s"));
    QVERIFY(r.write(a, kA, 5));
    QCOMPARE(r.read(b, kB), u64 { 5 });
    QVERIFY(r.k.mlock(b, kB, kPageSize).ok()); // one locked mapping is enough
    QCOMPARE(r.k.reclaimPages(1), u64 { 0 });
    QVERIFY(r.pte(a, kA) & pte::P);
    QVERIFY(r.k.munlock(b, kB, kPageSize).ok());
    QCOMPARE(r.k.reclaimPages(1), u64 { 1 });
    QCOMPARE(r.pte(a, kA), u64 { 0 });
    // Faulted back into a locked VMA, it is mlocked again.
    QVERIFY(r.k.mlock(b, kB, kPageSize).ok());
    QVERIFY(r.pte(b, kB) & pte::P);
    QCOMPARE(r.k.reclaimPages(1), u64 { 0 });
}

void TestShmSwap::noSwapSlotKeepsThePage()
{
    Rig r;
    QVERIFY(r.k.shmOpen("s", kPageSize).ok());
    Process& p = r.k.createProcess("p", false);
    QVERIFY(r.mapShared(p, kA, kPageSize, "s"));
    QVERIFY(r.write(p, kA, 9));
    const Pfn pfn = r.frame(p, kA);
    QCOMPARE(r.k.reclaimPages(1), u64 { 0 }); // no swap area: shmem_writepage cannot go
    QCOMPARE(r.frame(p, kA), pfn);
    QCOMPARE(r.k.lruOrder(), std::vector<Pfn> { pfn }); // back on the list
}

void TestShmSwap::swapoffBringsThePageBackIntoTheObject()
{
    Rig r;
    r.k.swapon("disk", 8, std::nullopt, 0);
    QVERIFY(r.k.shmOpen("s", kPageSize).ok());
    Process& p = r.k.createProcess("p", false);
    QVERIFY(r.mapShared(p, kA, kPageSize, "s"));
    QVERIFY(r.write(p, kA, 77));
    QCOMPARE(r.k.reclaimPages(1), u64 { 1 });
    QVERIFY(r.k.swapoff("disk").ok());
    QVERIFY(!r.k.swapSpace().find("disk"));
    ShmObject* s = r.k.findShm("s");
    QCOMPARE(s->pages.size(), std::size_t { 1 });
    QCOMPARE(r.k.shmSwappedPages(s->id), u64 { 0 });
    QCOMPARE(r.pte(p, kA), u64 { 0 }); // shmem_unuse fills the object, not the PTEs
    std::string how;
    QCOMPARE(r.read(p, kA, &how), u64 { 77 });
    QCOMPARE(how, std::string("shm")); // a minor fault
}

void TestShmSwap::neverWrittenPageStoresNothing()
{
    Rig r;
    r.k.swapon("disk", 8, std::nullopt, 0);
    QVERIFY(r.k.shmOpen("s", kPageSize).ok());
    Process& p = r.k.createProcess("p", false);
    QVERIFY(r.mapShared(p, kA, kPageSize, "s"));
    QCOMPARE(r.read(p, kA), u64 { 0 });
    QCOMPARE(r.k.reclaimPages(1), u64 { 1 });
    QCOMPARE(r.area("disk").outs, u64 { 1 }); // written all the same (counted I/O)
    QCOMPARE(r.area("disk").store.size(), std::size_t { 0 });
    std::string how;
    QCOMPARE(r.read(p, kA, &how), u64 { 0 });
    QCOMPARE(how, std::string("shm-swap-in"));
}

void TestShmSwap::pageBeingMappedIsNotEvictedForItsPageTables()
{
    // a: 4 tables, the shm page and 6 anonymous pages; b: its top table. Memory is full.
    Rig r(12);
    r.k.swapon("disk", 16, std::nullopt, 0);
    QVERIFY(r.k.shmOpen("s", kPageSize).ok());
    Process& a = r.k.createProcess("a", false);
    Process& b = r.k.createProcess("b", false);
    QVERIFY(r.mapShared(a, kA, kPageSize, "s"));
    QVERIFY(r.write(a, kA, 99)); // the least recently used page from here on
    Kernel::MmapArgs anon;
    anon.len = 6 * kPageSize;
    anon.at = kA + kPageSize;
    anon.fixed = true;
    QVERIFY(r.k.mmap(a, anon).ok());
    for (u64 i = 1; i <= 6; ++i)
        QVERIFY(r.write(a, kA + i * kPageSize, i));
    QCOMPARE(r.m.stats().swapOuts, u64 { 0 });
    const Pfn pfn = r.frame(a, kA);
    // b's fault finds the page in the object and needs three page tables: reclaim takes
    // anonymous pages, not the page the fault is about to map.
    QVERIFY(r.mapShared(b, kB, kPageSize, "s"));
    std::string how;
    QCOMPARE(r.read(b, kB, &how), u64 { 99 });
    QCOMPARE(how, std::string("shm"));
    QCOMPARE(r.m.stats().swapOuts, u64 { 3 });
    QCOMPARE(r.frame(b, kB), pfn);
    QCOMPARE(r.frame(a, kA), pfn);
    QCOMPARE(r.k.shmSwappedPages(r.shmId(b, kB)), u64 { 0 });
    QCOMPARE(r.k.lruOrder().back(), pfn); // back on the list once the fault is done
}

QTEST_APPLESS_MAIN(TestShmSwap)
#include "test_shm_swap.moc"
