// The swap cache (kernel/kernel_swap.cpp): a page read back from swap keeps its slot while it
// stays clean, so reclaiming it again writes nothing; a write fault by its only user, a full
// swap space or the last user going frees the slot; a slot shared after fork gives the second
// process a minor fault on the cached page; swapoff pushes pages to the other areas when
// memory is short; only pages with contents are stored.
#include "hw/paging_entry.h"
#include "kernel/kernel.h"

#include <QtTest>

using namespace pagelab;
using namespace pagelab::kernel;

namespace {

struct Rig {
    explicit Rig(u64 frames)
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

    void map(Process& p, VAddr at, u64 len)
    {
        Kernel::MmapArgs a;
        a.len = len;
        a.at = at;
        a.fixed = true;
        k.mmap(p, a);
    }
    u64 pte(Process& p, VAddr va)
    {
        auto addr = k.pteAddress(p, va, false);
        return addr ? m.memory().read(*addr, 8) : 0;
    }
    Pfn frame(Process& p, VAddr va) { return (pte(p, va) & 0x000ffffffffff000ull) >> kPageShift; }
    bool write(Process& p, VAddr va, u64 v) { return k.userAccess(p, va, AccessOp::Write, 8, v).ok; }
    u64 read(Process& p, VAddr va, std::string* how = nullptr)
    {
        u64 v = 0;
        const UserAccess a = k.userAccess(p, va, AccessOp::Read, 8, v);
        if (how)
            *how = a.fault.what;
        return v;
    }
    const SwapArea& area(const char* name) { return *k.swapSpace().find(name); }
    template <typename T>
    u64 events()
    {
        u64 n = 0;
        for (const Event& e : journal.events())
            n += std::holds_alternative<T>(e.data) ? 1 : 0;
        return n;
    }
};

constexpr VAddr kBase = 0x10000000;

} // namespace

class TestSwapCache : public QObject {
    Q_OBJECT
private slots:
    void cleanPageIsNotWrittenAgain();
    void dirtiedPageIsWrittenToTheSameSlot();
    void writeFaultFreesTheSlot();
    void forkSharedSlotGivesMinorFault();
    void fullSwapFreesTheSlot();
    void munmapFreesTheCachedSlot();
    void zeroPageStoresNothing();
    void swapoffMovesPagesToOtherArea();
    void swapoffWithoutRoomIsEnomem();
};

void TestSwapCache::cleanPageIsNotWrittenAgain()
{
    Rig r(16);
    r.k.swapon("disk", 16, std::nullopt, 0);
    Process& p = r.k.createProcess("p", false);
    r.map(p, kBase, kPageSize);
    r.write(p, kBase, 42);
    QCOMPARE(r.k.reclaimPages(1), u64 { 1 });
    QCOMPARE(r.area("disk").outs, u64 { 1 });
    const SwapSlot slot = Kernel::swapPteSlot(r.pte(p, kBase));
    std::string how;
    QCOMPARE(r.read(p, kBase, &how), u64 { 42 });
    QCOMPARE(how, std::string("swap-in"));
    // Read back, the page stays in the swap cache: the slot is still used.
    QVERIFY(r.k.swapCacheSlotOf(r.frame(p, kBase)) == slot);
    QCOMPARE(r.area("disk").used, u64 { 1 });
    QCOMPARE(r.k.reclaimPages(1), u64 { 1 });
    QCOMPARE(r.area("disk").outs, u64 { 1 }); // clean: no second write
    QCOMPARE(r.m.stats().swapOuts, u64 { 1 });
    QCOMPARE(r.m.stats().evictions, u64 { 2 });
    QVERIFY(Kernel::swapPteSlot(r.pte(p, kBase)) == slot);
    QCOMPARE(r.read(p, kBase), u64 { 42 });
}

void TestSwapCache::dirtiedPageIsWrittenToTheSameSlot()
{
    Rig r(16);
    r.k.swapon("disk", 16, std::nullopt, 0);
    Process& p = r.k.createProcess("p", false);
    r.map(p, kBase, kPageSize);
    r.write(p, kBase, 1);
    r.k.reclaimPages(1);
    const SwapSlot slot = Kernel::swapPteSlot(r.pte(p, kBase));
    QCOMPARE(r.read(p, kBase), u64 { 1 });
    QVERIFY(r.pte(p, kBase) & pte::RW); // exclusive: mapped writable, still cached
    QVERIFY(r.write(p, kBase, 2));      // no fault: the D bit marks the page dirty
    QVERIFY(r.k.swapCacheSlotOf(r.frame(p, kBase)));
    r.k.reclaimPages(1);
    QCOMPARE(r.area("disk").outs, u64 { 2 });
    QVERIFY(Kernel::swapPteSlot(r.pte(p, kBase)) == slot);
    QCOMPARE(r.read(p, kBase), u64 { 2 });
}

void TestSwapCache::writeFaultFreesTheSlot()
{
    Rig r(16);
    r.k.swapon("disk", 16, std::nullopt, 0);
    Process& p = r.k.createProcess("p", false);
    r.map(p, kBase, kPageSize);
    r.write(p, kBase, 1);
    r.k.reclaimPages(1); // the freed frame leaves the cache; the PTE holds the slot
    QCOMPARE(r.events<ev::SwapCacheDelete>(), u64 { 1 });
    QVERIFY(r.write(p, kBase, 9)); // do_swap_page with FAULT_FLAG_WRITE: folio_free_swap
    QCOMPARE(r.area("disk").used, u64 { 0 });
    QVERIFY(!r.k.swapCacheSlotOf(r.frame(p, kBase)));
    QCOMPARE(r.events<ev::SwapCacheDelete>(), u64 { 2 });
    r.k.reclaimPages(1); // a new slot, a new write
    QCOMPARE(r.area("disk").outs, u64 { 2 });
    QCOMPARE(r.read(p, kBase), u64 { 9 });
}

void TestSwapCache::forkSharedSlotGivesMinorFault()
{
    Rig r(16);
    r.k.swapon("disk", 16, std::nullopt, 0);
    Process& p = r.k.createProcess("p", false);
    r.map(p, kBase, kPageSize);
    r.write(p, kBase, 77);
    r.k.reclaimPages(1);
    Process& c = *r.k.fork(p, "c");
    std::string how;
    QCOMPARE(r.read(c, kBase, &how), u64 { 77 });
    QCOMPARE(how, std::string("swap-in"));
    QCOMPARE(r.read(p, kBase, &how), u64 { 77 });
    QCOMPARE(how, std::string("swap-cache")); // found in the swap cache: no I/O
    QCOMPARE(r.m.stats().swapIns, u64 { 1 });
    QCOMPARE(r.events<ev::SwapCacheHit>(), u64 { 1 });
    QCOMPARE(r.frame(p, kBase), r.frame(c, kBase));
    QVERIFY(!(r.pte(p, kBase) & pte::RW)); // shared: read-only in both
    QVERIFY(!(r.pte(c, kBase) & pte::RW));
    QCOMPARE(r.area("disk").used, u64 { 1 }); // no PTE holds it, the cache does
    const Pfn shared = r.frame(p, kBase);
    QVERIFY(r.write(p, kBase, 1)); // COW: copied, the cached page stays with c
    QVERIFY(r.frame(p, kBase) != shared);
    QVERIFY(r.write(c, kBase, 2)); // the last user: folio_free_swap, then reuse
    QCOMPARE(r.frame(c, kBase), shared);
    QCOMPARE(r.area("disk").used, u64 { 0 });
    QCOMPARE(r.read(p, kBase), u64 { 1 });
    QCOMPARE(r.read(c, kBase), u64 { 2 });
}

void TestSwapCache::fullSwapFreesTheSlot()
{
    Rig r(16);
    r.k.swapon("disk", 2, std::nullopt, 0);
    Process& p = r.k.createProcess("p", false);
    r.map(p, kBase, 2 * kPageSize);
    r.write(p, kBase, 1);
    r.write(p, kBase + kPageSize, 2);
    r.k.reclaimPages(2);
    QVERIFY(r.k.swapSpace().full()); // vm_swap_full: less than half free
    QCOMPARE(r.read(p, kBase), u64 { 1 });
    QCOMPARE(r.area("disk").used, u64 { 1 }); // read fault, but the slot went back
    QVERIFY(!r.k.swapCacheSlotOf(r.frame(p, kBase)));
    QVERIFY(!r.k.swapSpace().full());
    QCOMPARE(r.read(p, kBase + kPageSize), u64 { 2 });
    QCOMPARE(r.area("disk").used, u64 { 1 }); // half free: not full, the slot stays cached
}

void TestSwapCache::munmapFreesTheCachedSlot()
{
    Rig r(16);
    r.k.swapon("disk", 16, std::nullopt, 0);
    Process& p = r.k.createProcess("p", false);
    r.map(p, kBase, kPageSize);
    r.write(p, kBase, 1);
    r.k.reclaimPages(1);
    r.read(p, kBase);
    QCOMPARE(r.area("disk").used, u64 { 1 });
    QVERIFY(r.k.munmap(p, kBase, kPageSize).ok());
    QCOMPARE(r.area("disk").used, u64 { 0 });
    QCOMPARE(r.k.swapCachePages(), u64 { 0 });
}

void TestSwapCache::zeroPageStoresNothing()
{
    Rig r(16);
    r.k.swapon("disk", 16, std::nullopt, 0);
    Process& p = r.k.createProcess("p", false);
    r.map(p, kBase, 2 * kPageSize);
    QCOMPARE(r.read(p, kBase), u64 { 0 }); // a frame never written: no contents
    r.write(p, kBase + kPageSize, 5);
    QCOMPARE(r.k.reclaimPages(2), u64 { 2 });
    QCOMPARE(r.area("disk").outs, u64 { 2 });
    QCOMPARE(r.area("disk").store.size(), std::size_t { 1 }); // only the written page
    QCOMPARE(r.read(p, kBase), u64 { 0 });
    QCOMPARE(r.read(p, kBase + kPageSize), u64 { 5 });
    QVERIFY(!r.m.memory().hasContents(r.frame(p, kBase)));
}

void TestSwapCache::swapoffMovesPagesToOtherArea()
{
    Rig r(8); // 4 table frames + 4 pages
    r.k.swapon("fast", 16, 10, 0);
    r.k.swapon("slow", 16, 5, 0);
    Process& p = r.k.createProcess("p", false);
    r.map(p, kBase, 8 * kPageSize);
    for (u64 i = 0; i < 8; ++i)
        QVERIFY(r.write(p, kBase + i * kPageSize, 100 + i));
    QCOMPARE(r.area("fast").used, u64 { 4 });
    QCOMPARE(r.area("slow").used, u64 { 0 });
    // Memory is full: each page brought back pushes another one out, to "slow".
    QVERIFY(r.k.swapoff("fast").ok());
    QVERIFY(!r.k.swapSpace().find("fast"));
    QCOMPARE(r.area("slow").outs, u64 { 4 });
    QCOMPARE(r.area("slow").used, u64 { 4 });
    for (u64 i = 0; i < 8; ++i)
        QCOMPARE(r.read(p, kBase + i * kPageSize), 100 + i);
}

void TestSwapCache::swapoffWithoutRoomIsEnomem()
{
    Rig r(8);
    r.k.swapon("only", 16, std::nullopt, 0);
    Process& p = r.k.createProcess("p", false);
    r.map(p, kBase, 8 * kPageSize);
    for (u64 i = 0; i < 6; ++i)
        r.write(p, kBase + i * kPageSize, 100 + i);
    QCOMPARE(r.k.swapoff("only").error, err::kENOMEM); // no frame, no other area
    QVERIFY(r.area("only").writeOk);                   // the area stays in use
    for (u64 i = 0; i < 6; ++i)
        QCOMPARE(r.read(p, kBase + i * kPageSize), 100 + i);
}

QTEST_APPLESS_MAIN(TestSwapCache)
#include "test_swap_cache.moc"
