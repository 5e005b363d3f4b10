// Reclaim (kernel/kernel_reclaim.cpp): anonymous pages go to swap and come back with their
// bytes as a major fault; the PTE holds a swap entry with P=0; file pages are discarded or
// written back first; fork shares swap slots; munmap frees them; swapoff brings pages back;
// clock sees only the accessed bits, which reclaim clears without a TLB flush.
#include "hw/paging_entry.h"
#include "kernel/kernel.h"

#include <QtTest>

using namespace pagelab;
using namespace pagelab::kernel;

namespace {

struct Rig {
    explicit Rig(u64 frames, const std::string& policy = "lru")
        : m(
            [&] {
                MachineConfig c;
                c.frames = frames;
                c.policy = policy;
                return c;
            }(),
            journal)
    {
    }
    Journal journal;
    Machine m;
    Kernel k { m };

    VAddr map(Process& p, VAddr at, u64 len, bool shared = false, Backing b = Backing::Anon,
        const std::string& object = {})
    {
        Kernel::MmapArgs a;
        a.len = len;
        a.at = at;
        a.fixed = true;
        a.shared = shared;
        a.backing = b;
        a.object = object;
        return k.mmap(p, a).addr;
    }
    u64 pte(Process& p, VAddr va)
    {
        auto addr = k.pteAddress(p, va, false);
        return addr ? m.memory().read(*addr, 8) : 0;
    }
    bool write(Process& p, VAddr va, u64 v) { return k.userAccess(p, va, AccessOp::Write, 8, v).ok; }
    u64 read(Process& p, VAddr va, bool* major = nullptr)
    {
        u64 v = 0;
        const UserAccess a = k.userAccess(p, va, AccessOp::Read, 8, v);
        if (major)
            *major = a.fault.major;
        return v;
    }
};

constexpr VAddr kBase = 0x10000000;

} // namespace

class TestReclaim : public QObject {
    Q_OBJECT
private slots:
    void swapOutAndIn();
    void swapEntryIsNotPresent();
    void noSwapMeansNoAnonReclaim();
    void fileCleanAndDirty();
    void forkSharesSlots();
    void munmapFreesSlots();
    void swapoffBringsBack();
    void swapoffUnknown();
    void rmapFollowsMappings();
    void clockSeesOnlyAccessedBits();
    void policyOptRefused();
};

void TestReclaim::swapOutAndIn()
{
    Rig r(8); // 4 table frames + 4 pages
    QVERIFY(r.k.swapon("disk", 16, std::nullopt, 1000).ok());
    Process& p = r.k.createProcess("p", false);
    r.map(p, kBase, 8 * kPageSize);
    for (u64 i = 0; i < 6; ++i)
        QVERIFY(r.write(p, kBase + i * kPageSize, 100 + i));
    QCOMPARE(r.m.stats().swapOuts, u64 { 2 });
    QCOMPARE(r.k.swapSpace().find("disk")->used, u64 { 2 });
    bool major = false;
    QCOMPARE(r.read(p, kBase, &major), u64 { 100 });
    QVERIFY(major);
    QCOMPARE(r.m.stats().swapIns, u64 { 1 });
    QVERIFY(r.k.ioTimeNs() >= 3000); // 3 outs/ins at 1 us each
    for (u64 i = 0; i < 6; ++i)
        QCOMPARE(r.read(p, kBase + i * kPageSize), 100 + i);
}

void TestReclaim::swapEntryIsNotPresent()
{
    Rig r(8);
    r.k.swapon("disk", 16, std::nullopt, 0);
    Process& p = r.k.createProcess("p", false);
    r.map(p, kBase, 8 * kPageSize);
    for (u64 i = 0; i < 5; ++i)
        r.write(p, kBase + i * kPageSize, i);
    const u64 e = r.pte(p, kBase); // the LRU page went
    QVERIFY(!(e & pte::P));
    QVERIFY(Kernel::isSwapPte(e));
    QCOMPARE(Kernel::swapPteSlot(e).offset, u64 { 0 });
    QVERIFY(!Kernel::isSwapPte(Kernel::kPteProtNone | (u64 { 5 } << 12)));
}

void TestReclaim::noSwapMeansNoAnonReclaim()
{
    Rig r(8);
    Process& p = r.k.createProcess("p", false);
    r.map(p, kBase, 8 * kPageSize);
    for (u64 i = 0; i < 4; ++i)
        QVERIFY(r.write(p, kBase + i * kPageSize, i));
    QCOMPARE(r.k.reclaimPages(4), u64 { 0 });
    QCOMPARE(r.m.stats().evictions, u64 { 0 });
}

void TestReclaim::fileCleanAndDirty()
{
    Rig r(16);
    r.k.createFile("f", 2 * kPageSize, { 'x' });
    Process& p = r.k.createProcess("p", false);
    r.map(p, kBase, 2 * kPageSize, true, Backing::File, "f");
    r.read(p, kBase);
    r.write(p, kBase + kPageSize, 0x4141414141414141ull);
    QCOMPARE(r.k.reclaimPages(2), u64 { 2 });
    QCOMPARE(r.m.stats().writebacks, u64 { 1 }); // only the dirty page
    const File* f = r.k.findFile("f");
    QVERIFY(f->cache.empty());
    QCOMPARE(f->disk[kPageSize], u8 { 0x41 });
    QCOMPARE(f->disk[0], u8 { 'x' });
    QVERIFY(!(r.pte(p, kBase) & pte::P));
}

void TestReclaim::forkSharesSlots()
{
    Rig r(16);
    r.k.swapon("disk", 16, std::nullopt, 0);
    Process& p = r.k.createProcess("p", false);
    r.map(p, kBase, kPageSize);
    r.write(p, kBase, 77);
    QCOMPARE(r.k.reclaimPages(1), u64 { 1 });
    Process& c = *r.k.fork(p, "c");
    const SwapSlot slot = Kernel::swapPteSlot(r.pte(c, kBase));
    QCOMPARE(r.k.swapSpace().count(slot), u32 { 2 });
    QCOMPARE(r.read(c, kBase), u64 { 77 });
    QCOMPARE(r.k.swapSpace().count(slot), u32 { 1 });
    QVERIFY(!(r.pte(c, kBase) & pte::RW)); // the slot was shared: read-only, COW on write
    QCOMPARE(r.read(p, kBase), u64 { 77 });
    QCOMPARE(r.k.swapSpace().count(slot), u32 { 0 });
    // The page is in the swap cache and mapped by both: read-only for the parent too (fork
    // cleared the entry's exclusive marker), and the cache keeps the slot.
    QCOMPARE(r.k.swapSpace().find("disk")->used, u64 { 1 });
    QVERIFY(!(r.pte(p, kBase) & pte::RW));
}

void TestReclaim::munmapFreesSlots()
{
    Rig r(16);
    r.k.swapon("disk", 16, std::nullopt, 0);
    Process& p = r.k.createProcess("p", false);
    r.map(p, kBase, 2 * kPageSize);
    r.write(p, kBase, 1);
    r.write(p, kBase + kPageSize, 2);
    QCOMPARE(r.k.reclaimPages(2), u64 { 2 });
    QCOMPARE(r.k.swapSpace().find("disk")->used, u64 { 2 });
    QVERIFY(r.k.munmap(p, kBase, 2 * kPageSize).ok());
    QCOMPARE(r.k.swapSpace().find("disk")->used, u64 { 0 });
}

void TestReclaim::swapoffBringsBack()
{
    Rig r(16);
    r.k.swapon("disk", 16, std::nullopt, 0);
    Process& p = r.k.createProcess("p", false);
    r.map(p, kBase, 2 * kPageSize);
    r.write(p, kBase, 5);
    r.write(p, kBase + kPageSize, 6);
    r.k.reclaimPages(2);
    QVERIFY(r.k.swapoff("disk").ok());
    QVERIFY(!r.k.swapSpace().find("disk"));
    QVERIFY(r.pte(p, kBase) & pte::P);
    bool major = true;
    QCOMPARE(r.read(p, kBase + kPageSize, &major), u64 { 6 });
    QVERIFY(!major);
}

void TestReclaim::swapoffUnknown()
{
    Rig r(16);
    QCOMPARE(r.k.swapoff("nosuch").error, err::kEINVAL);
    QCOMPARE(r.k.swapon("a", 0, std::nullopt, 0).error, err::kEINVAL);
    QCOMPARE(r.k.swapon("a", 1, 40000, 0).error, err::kEINVAL);
}

void TestReclaim::rmapFollowsMappings()
{
    Rig r(32);
    r.k.shmOpen("s", kPageSize);
    r.k.createFile("f", kPageSize, { 'y' });
    Process& a = r.k.createProcess("a", false);
    Process& b = r.k.createProcess("b", false);
    r.map(a, kBase, kPageSize, true, Backing::File, "f");
    r.map(b, kBase + kPageSize, kPageSize, true, Backing::File, "f");
    r.read(a, kBase);
    r.read(b, kBase + kPageSize);
    const Pfn pfn = entryAddress(PagingMode::Level4, r.pte(a, kBase)) >> kPageShift;
    QCOMPARE(r.k.rmapOf(pfn).size(), std::size_t { 2 });
    r.k.munmap(a, kBase, kPageSize);
    QCOMPARE(r.k.rmapOf(pfn).size(), std::size_t { 1 });
    QCOMPARE(r.k.rmapOf(pfn)[0].first, b.pid);
}

void TestReclaim::clockSeesOnlyAccessedBits()
{
    Rig r(8, "clock");
    r.k.swapon("disk", 16, std::nullopt, 0);
    Process& p = r.k.createProcess("p", false);
    r.map(p, kBase, 8 * kPageSize);
    for (u64 i = 0; i < 4; ++i)
        r.write(p, kBase + i * kPageSize, i);
    QCOMPARE(r.k.reclaimPages(1), u64 { 1 }); // clears every A bit, evicts page 0
    QVERIFY(!(r.pte(p, kBase + kPageSize) & pte::A));
    r.read(p, kBase + kPageSize); // a TLB hit: A stays clear (no flush after clearing)
    QVERIFY(!(r.pte(p, kBase + kPageSize) & pte::A));
    QCOMPARE(r.k.reclaimPages(1), u64 { 1 });
    QVERIFY(!(r.pte(p, kBase + kPageSize) & pte::P)); // taken although just used
}

void TestReclaim::policyOptRefused()
{
    Rig r(8, "opt"); // the kernel falls back to LRU (the `machine` command refuses opt)
    QVERIFY(r.k.policy().kind() == PolicyKind::Lru);
}

QTEST_APPLESS_MAIN(TestReclaim)
#include "test_reclaim.moc"
