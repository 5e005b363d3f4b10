// mlock, munlock, mlockall, munlockall (mm/mlock.c): rounding, VM_LOCKED on exact ranges
// (split and merge), populate (write faults for private writable VMAs, none for ONFAULT),
// pages marked locked and taken off the replacement policy, munlock putting them back, the
// errno rules, and unmapping a locked VMA.
#include "hw/paging_entry.h"
#include "kernel/kernel.h"
#include "kernel/reclaim.h"

#include <QtTest>

#include <algorithm>

using namespace pagelab;
using namespace pagelab::kernel;

namespace {

constexpr VAddr kA = 0x10000000;

struct Rig {
    Journal journal;
    Machine m;
    Kernel k;
    Process& p;
    Rig()
        : m(MachineConfig {}, journal)
        , k(m)
        , p(k.createProcess("p", false))
    {
        m.switchTo(p);
    }
    u64 entry(VAddr va)
    {
        auto a = k.pteAddress(p, va, false);
        return a ? m.memory().read(*a, geometry(m.cpu().mode).entryBytes) : 0;
    }
    Pfn pfnOf(VAddr va) { return entryAddress(m.cpu().mode, entry(va)) >> kPageShift; }
    bool present(VAddr va) { return entry(va) & pte::P; }
    bool locked(VAddr va)
    {
        const PageMeta* meta = k.pageMeta(pfnOf(va));
        return present(va) && meta && meta->locked;
    }
    bool onPolicy(VAddr va)
    {
        const auto order = k.lruOrder();
        return std::find(order.begin(), order.end(), pfnOf(va)) != order.end();
    }
    SysResult map(VAddr at, u64 len, u64 prot = vm::READ | vm::WRITE, bool shared = false)
    {
        Kernel::MmapArgs a;
        a.len = len;
        a.at = at;
        a.fixed = true;
        a.prot = prot;
        a.shared = shared;
        return k.mmap(p, a);
    }
    void write(VAddr va)
    {
        u64 v = 1;
        QVERIFY(k.userAccess(p, va, AccessOp::Write, 1, v).ok);
    }
    QString vmas()
    {
        QStringList out;
        for (const Vma* v : k.mm(p).vmas.list())
            out << QStringLiteral("%1-%2%3")
                       .arg(v->start, 0, 16)
                       .arg(v->end, 0, 16)
                       .arg(v->flags & vm::LOCKONFAULT ? QStringLiteral(" LF")
                               : v->flags & vm::LOCKED ? QStringLiteral(" L")
                                                       : QString());
        return out.join(QLatin1Char(' '));
    }
};

} // namespace

class TestMlock : public QObject {
    Q_OBJECT
private slots:
    // do_mlock: start rounded down, len + offset rounded up.
    void roundingAndSplit_data()
    {
        QTest::addColumn<VAddr>("addr");
        QTest::addColumn<u64>("len");
        QTest::addColumn<QString>("expected");
        QTest::newRow("exact page") << VAddr { kA + 0x1000 } << u64 { 0x1000 }
                                    << "10000000-10001000 10001000-10002000 L 10002000-10004000";
        QTest::newRow("unaligned start spans two")
            << VAddr { kA + 0x1800 } << u64 { 0x1000 }
            << "10000000-10001000 10001000-10003000 L 10003000-10004000";
        QTest::newRow("one byte") << VAddr { kA + 0x3fff } << u64 { 1 }
                                  << "10000000-10003000 10003000-10004000 L";
        QTest::newRow("whole") << VAddr { kA } << u64 { 0x4000 } << "10000000-10004000 L";
    }
    void roundingAndSplit()
    {
        QFETCH(VAddr, addr);
        QFETCH(u64, len);
        QFETCH(QString, expected);
        Rig r;
        QVERIFY(r.map(kA, 0x4000).ok());
        QVERIFY(r.k.mlock(r.p, addr, len).ok());
        QCOMPARE(r.vmas(), expected);
        QVERIFY(r.k.munlock(r.p, kA, 0x4000).ok());
        QCOMPARE(r.vmas(), QStringLiteral("10000000-10004000")); // merged back
    }

    void populatesAndMarks()
    {
        Rig r;
        QVERIFY(r.map(kA, 0x3000).ok());
        r.write(kA); // resident and on the policy
        QVERIFY(r.onPolicy(kA));
        const u64 faults = r.m.stats().minorFaults;
        QVERIFY(r.k.mlock(r.p, kA, 0x3000).ok());
        QCOMPARE(r.m.stats().minorFaults, faults + 2); // the resident page is not faulted again
        for (VAddr va : { kA, kA + 0x1000, kA + 0x2000 }) {
            QVERIFY(r.locked(va));
            QVERIFY(!r.onPolicy(va));
            QVERIFY(r.entry(va) & pte::RW); // private writable: populated with write faults
        }
        QCOMPARE(r.k.lockedPages(r.p), u64 { 3 });
        QVERIFY(r.k.munlock(r.p, kA + 0x1000, 0x1000).ok());
        QVERIFY(r.locked(kA));
        QVERIFY(!r.locked(kA + 0x1000));
        QVERIFY(r.onPolicy(kA + 0x1000)); // evictable again
        QVERIFY(r.present(kA + 0x1000));  // munlock does not unmap
    }

    // populate_vma_page_range: a read fault for a shared or read-only mapping.
    void readOnlyIsPopulatedWithReads()
    {
        Rig r;
        QVERIFY(r.map(kA, 0x1000, vm::READ).ok());
        QVERIFY(r.k.mlock(r.p, kA, 0x1000).ok());
        QVERIFY(r.present(kA));
        QVERIFY(!(r.entry(kA) & pte::RW));
    }

    void errors()
    {
        Rig r;
        QVERIFY(r.map(kA, 0x2000).ok());
        QCOMPARE(r.k.mlock(r.p, kA - 0x1000, 0x1000).error, err::kENOMEM); // hole at start
        QCOMPARE(r.vmas(), QStringLiteral("10000000-10002000"));
        QCOMPARE(r.k.mlock(r.p, kA, 0).error, 0);
        QCOMPARE(r.k.mlock(r.p, ~u64 { 0 } - 0xfff, 0x2000).error, err::kEINVAL); // wraps
        // A hole after the first VMA: ENOMEM, the VMA before it locked but not populated.
        QCOMPARE(r.k.mlock(r.p, kA, 0x3000).error, err::kENOMEM);
        QCOMPARE(r.vmas(), QStringLiteral("10000000-10002000 L"));
        QVERIFY(!r.present(kA));
        QCOMPARE(r.k.munlock(r.p, kA + 0x2000, 0x1000).error, err::kENOMEM);
        QCOMPARE(r.k.mlockall(r.p, false, false, true).error, err::kEINVAL); // MCL_ONFAULT alone
    }

    void mlockallCurrentAndFuture()
    {
        Rig r;
        QVERIFY(r.map(kA, 0x2000).ok());
        QVERIFY(r.k.mlockall(r.p, true, true, false).ok());
        QVERIFY(r.locked(kA) && r.locked(kA + 0x1000));
        QVERIFY(r.map(0x20000000, 0x1000).ok()); // def_flags: locked and populated
        QVERIFY(r.locked(0x20000000));
        // A call without MCL_FUTURE ends the earlier one.
        QVERIFY(r.k.mlockall(r.p, true, false, false).ok());
        QVERIFY(r.map(0x30000000, 0x1000).ok());
        QVERIFY(!r.present(0x30000000));
        QCOMPARE(r.vmas(), QStringLiteral("10000000-10002000 L 20000000-20001000 L 30000000-30001000"));
        QVERIFY(r.k.munlockall(r.p).ok());
        QCOMPARE(r.vmas(), QStringLiteral("10000000-10002000 20000000-20001000 30000000-30001000"));
        QVERIFY(!r.locked(kA));
        QVERIFY(r.onPolicy(kA));
    }

    void onFaultLocksAsPagesComeIn()
    {
        Rig r;
        QVERIFY(r.map(kA, 0x2000).ok());
        QVERIFY(r.k.mlockall(r.p, true, false, true).ok());
        QCOMPARE(r.vmas(), QStringLiteral("10000000-10002000 LF"));
        QVERIFY(!r.present(kA)); // no populate
        r.write(kA);
        QVERIFY(r.locked(kA));
        QVERIFY(!r.onPolicy(kA));
        QVERIFY(!r.present(kA + 0x1000));
    }

    // A page stays locked while another locked VMA maps it (munlock_folio); unmapping the
    // last locked mapping makes it evictable again.
    void sharedPageStaysLockedWhileMappedLocked()
    {
        Rig r;
        QVERIFY(r.k.shmOpen("s", 0x1000).ok());
        Kernel::MmapArgs a;
        a.len = 0x1000;
        a.shared = true;
        a.backing = Backing::Shm;
        a.object = "s";
        a.at = kA;
        a.fixed = true;
        QVERIFY(r.k.mmap(r.p, a).ok());
        a.at = 0x20000000;
        QVERIFY(r.k.mmap(r.p, a).ok());
        QVERIFY(r.k.mlock(r.p, kA, 0x1000).ok());
        QVERIFY(r.k.mlock(r.p, 0x20000000, 0x1000).ok());
        QCOMPARE(r.pfnOf(kA), r.pfnOf(0x20000000));
        const Pfn pfn = r.pfnOf(kA);
        QVERIFY(r.k.munlock(r.p, kA, 0x1000).ok());
        QVERIFY(r.k.pageMeta(pfn)->locked); // still mapped by the other locked VMA
        QVERIFY(r.k.munmap(r.p, 0x20000000, 0x1000).ok());
        QVERIFY(!r.k.pageMeta(pfn)->locked);
    }

    // Device mappings are VM_SPECIAL: mlock succeeds without setting VM_LOCKED.
    void specialVmasAreLeftAlone()
    {
        Rig r;
        const Pfn devPfn = r.m.memory().frameCount() + 16;
        QVERIFY(r.k.createDevice("d", devPfn, 1, {}).ok());
        const SysResult m = r.k.driverMmap(r.p, "d", 0x1000, VAddr { kA }, vm::READ | vm::WRITE, 0);
        QVERIFY(m.ok());
        QVERIFY(r.k.mlock(r.p, m.addr, 0x1000).ok());
        QVERIFY(!(r.k.mm(r.p).vmas.find(m.addr)->flags & vm::LOCKED));
    }

    void forkDoesNotInheritLocks()
    {
        Rig r;
        QVERIFY(r.map(kA, 0x1000).ok());
        QVERIFY(r.k.mlockall(r.p, true, true, false).ok());
        Process& child = *r.k.fork(r.p, "c");
        QVERIFY(!(r.k.mm(child).vmas.find(kA)->flags & vm::LOCKED));
        QCOMPARE(r.k.mm(child).lockFuture, u64 { 0 });
    }
};

QTEST_APPLESS_MAIN(TestMlock)
#include "test_mlock.moc"
