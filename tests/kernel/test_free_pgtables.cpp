// munmap frees the page tables that mapped only the gap it leaves between the VMAs around it
// (free_pgtables / free_pgd_range in mm/memory.c): a table goes when its whole span lies in
// the gap, the top table stays until exit, PAE page directories stay (preallocated with the
// PDPT), and a table still holding a raw entry stays.
#include "kernel_rig.h"

#include <QTest>

using namespace pagelab;
using namespace pagelab::kernel;

namespace {

constexpr u64 kMiB = 1ull << 20;
constexpr u64 kGiB = 1ull << 30;

struct Rig : KernelRig {
    explicit Rig(PagingMode mode = PagingMode::Level4)
        : KernelRig([mode] {
            MachineConfig c;
            c.frames = 64;
            c.paging = mode;
            return c;
        }())
    {
        journal.setEnabled(true);
    }
    void map(Process& p, VAddr at, u64 len)
    {
        Kernel::MmapArgs a;
        a.len = len;
        a.at = at;
        a.fixed = true;
        a.prot = vm::READ | vm::WRITE;
        QVERIFY(k.mmap(p, a).ok());
    }
    void write(Process& p, VAddr va)
    {
        u64 v = 1;
        QVERIFY(k.userAccess(p, va, AccessOp::Write, 1, v).ok);
    }
    // p's page-table frames, by level (index 1..5), and in all.
    std::array<int, 6> tables(const Process& p)
    {
        std::array<int, 6> n {};
        for (Pfn f = 0; f < m.memory().frameCount(); ++f) {
            const FrameInfo& info = m.memory().info(f);
            if (info.use == FrameUse::PageTable && info.owner == p.pid && !m.frames().isFree(f)) {
                ++n[0];
                ++n[std::min<std::size_t>(info.level, 5)];
            }
        }
        return n;
    }
};

} // namespace

class TestFreePgtables : public QObject {
    Q_OBJECT

private slots:
    void lastMappingTakesItsTablesWithIt()
    {
        Rig r;
        Process& p = r.k.createProcess("p", false);
        r.map(p, 0x10000000, 0x2000);
        r.write(p, 0x10000000);
        r.write(p, 0x10001000);
        QCOMPARE(r.tables(p)[0], 4); // PML4, PDPT, PD, PT
        const u64 freeBefore = r.m.frames().freeFrames();
        QVERIFY(r.k.munmap(p, 0x10000000, 0x2000).ok());
        QCOMPARE(r.tables(p)[0], 1); // the PML4 stays until exit
        QCOMPARE(r.m.frames().freeFrames(), freeBefore + 2 + 3);
        QCOMPARE(r.entry(p, 0x10000000), u64 { 0 });
        // The PML4 entry is cleared: a new mapping there builds the tables again.
        r.map(p, 0x10000000, 0x1000);
        r.write(p, 0x10000000);
        QCOMPARE(r.tables(p)[0], 4);
    }

    void neighbourInTheSameTwoMegabytesKeepsThePageTable()
    {
        Rig r;
        Process& p = r.k.createProcess("p", false);
        r.map(p, 0x10000000, 0x2000);
        r.map(p, 0x10000000 + 1 * kMiB, 0x1000);
        r.write(p, 0x10000000);
        r.write(p, 0x10000000 + 1 * kMiB);
        QCOMPARE(r.tables(p)[0], 4);
        QVERIFY(r.k.munmap(p, 0x10000000, 0x2000).ok());
        QCOMPARE(r.tables(p)[0], 4); // the PT also maps the neighbour
        QVERIFY(r.k.munmap(p, 0x10000000 + 1 * kMiB, 0x1000).ok());
        QCOMPARE(r.tables(p)[0], 1);
    }

    void neighbourInTheSameGigabyteKeepsTheDirectory()
    {
        Rig r;
        Process& p = r.k.createProcess("p", false);
        r.map(p, 0x10000000, 0x1000);
        r.map(p, 0x10000000 + 4 * kMiB, 0x1000);
        r.write(p, 0x10000000);
        r.write(p, 0x10000000 + 4 * kMiB);
        QCOMPARE(r.tables(p)[1], 2); // two PTs under one PD
        QVERIFY(r.k.munmap(p, 0x10000000, 0x1000).ok());
        const auto t = r.tables(p);
        QCOMPARE(t[1], 1); // its PT went
        QCOMPARE(t[2], 1); // the PD maps the neighbour's PT
        QCOMPARE(t[3], 1);
        QVERIFY(r.entry(p, 0x10000000 + 4 * kMiB) != 0);
    }

    void gapBoundsAreTheVmasLeftNotTheRangeUnmapped()
    {
        // Unmapping a page in the middle of a VMA frees nothing: the pieces around it remain.
        Rig r;
        Process& p = r.k.createProcess("p", false);
        r.map(p, 0x10000000, 4 * kMiB);
        r.write(p, 0x10000000);
        r.write(p, 0x10000000 + 2 * kMiB);
        QCOMPARE(r.tables(p)[1], 2);
        QVERIFY(r.k.munmap(p, 0x10000000 + 2 * kMiB, 0x1000).ok());
        QCOMPARE(r.tables(p)[1], 2);
        // Unmapping the whole second half leaves a gap from the first half's end: its PT goes.
        QVERIFY(r.k.munmap(p, 0x10000000 + 2 * kMiB, 2 * kMiB).ok());
        QCOMPARE(r.tables(p)[1], 1);
    }

    void farApartMappingsShareOnlyTheTop()
    {
        Rig r;
        Process& p = r.k.createProcess("p", false);
        r.map(p, 0x10000000, 0x1000);
        r.map(p, 0x10000000 + 600 * kGiB, 0x1000); // another PML4 slot
        r.write(p, 0x10000000);
        r.write(p, 0x10000000 + 600 * kGiB);
        QCOMPARE(r.tables(p)[0], 7);
        QVERIFY(r.k.munmap(p, 0x10000000 + 600 * kGiB, 0x1000).ok());
        QCOMPARE(r.tables(p)[0], 4);
        QCOMPARE(r.tables(p)[4], 1);
    }

    void paeKeepsItsPageDirectories()
    {
        Rig r(PagingMode::Pae);
        Process& p = r.k.createProcess("p", false);
        r.map(p, 0x10000000, 0x1000);
        r.write(p, 0x10000000);
        QCOMPARE(r.tables(p)[0], 3); // PDPT, PD, PT
        QVERIFY(r.k.munmap(p, 0x10000000, 0x1000).ok());
        const auto t = r.tables(p);
        QCOMPARE(t[1], 0);
        QCOMPARE(t[2], 1); // the PDPTE register still names it
    }

    void bits32FreesItsPageTables()
    {
        Rig r(PagingMode::Bits32);
        Process& p = r.k.createProcess("p", false);
        r.map(p, 0x10000000, 0x1000);
        r.write(p, 0x10000000);
        QCOMPARE(r.tables(p)[0], 2);
        QVERIFY(r.k.munmap(p, 0x10000000, 0x1000).ok());
        QCOMPARE(r.tables(p)[0], 1);
    }

    void tableWithARawEntryStays()
    {
        // A `pte` command may put an entry where no VMA is: its table is not freed under it.
        Rig r;
        Process& p = r.k.createProcess("p", false);
        r.map(p, 0x10000000, 0x1000);
        r.write(p, 0x10000000);
        const auto at = r.k.pteAddress(p, 0x10000000 + 0x10000, true);
        QVERIFY(at);
        r.m.editor().writeEntry(*at, 1, (u64 { 40 } << kPageShift) | pte::P, r.m.cpu().mode);
        QVERIFY(r.k.munmap(p, 0x10000000, 0x1000).ok());
        QCOMPARE(r.tables(p)[0], 4);
        QCOMPARE(r.entry(p, 0x10000000 + 0x10000), (u64 { 40 } << kPageShift) | pte::P);
    }
};

QTEST_APPLESS_MAIN(TestFreePgtables)
#include "test_free_pgtables.moc"
