// The page-table editor: creating missing tables down to a level, writing entries with a
// PteWrite event, and inspecting the entries a walk would read without changing anything.
#include "hw/page_table_editor.h"
#include "hw/page_walker.h"
#include "hw/paging_entry.h"
#include "journal/journal.h"

#include <QtTest>

using namespace pagelab;

namespace {

constexpr u64 P = pte::P, RW = pte::RW, US = pte::US, A = pte::A, PS = pte::PS;

struct Rig {
    PhysicalMemory mem;
    Journal journal;
    PageTableEditor editor;
    CpuState cpu;
    Pfn next = 2;
    std::vector<int> allocatedLevels;
    bool failAlloc = false;

    explicit Rig(PagingMode mode, u64 frames = 256)
        : mem(frames)
        , editor(mem, &journal)
    {
        cpu.mode = mode;
        cpu.nxe = mode != PagingMode::Bits32;
        cpu.cr3 = 1 << kPageShift;
    }
    std::optional<Pfn> alloc(int level)
    {
        if (failAlloc)
            return std::nullopt;
        allocatedLevels.push_back(level);
        mem.write(next << kPageShift, 0xdead'beef, 4); // stale contents: the editor must clear
        return next++;
    }
    std::optional<PAddr> ensure(VAddr va, int level)
    {
        return editor.ensureEntry(cpu, va, level, [this](int l) { return alloc(l); });
    }
    unsigned bytes() const { return static_cast<unsigned>(geometry(cpu.mode).entryBytes); }
    // Maps a 4 KiB page through the editor.
    void map(VAddr va, Pfn pfn, u64 flags = P | RW | US)
    {
        auto at = ensure(va, 1);
        QVERIFY(at);
        editor.writeEntry(*at, 1, (pfn << kPageShift) | flags, cpu.mode);
        if (cpu.mode == PagingMode::Pae)
            loadPaePdptes(cpu, mem);
    }
};

} // namespace

class TestPageTableEditor : public QObject {
    Q_OBJECT

private slots:
    void ensureCreatesTables_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<quint64>("va");
        QTest::newRow("32bit") << int(PagingMode::Bits32) << quint64(0x0040'1000);
        QTest::newRow("pae") << int(PagingMode::Pae) << quint64(0xc020'3000);
        QTest::newRow("4level") << int(PagingMode::Level4) << quint64(0x7fff'ffff'f000);
        QTest::newRow("5level") << int(PagingMode::Level5) << quint64(0xff01'0000'4060'3000);
    }
    void ensureCreatesTables()
    {
        QFETCH(int, mode);
        QFETCH(quint64, va);
        Rig rig(static_cast<PagingMode>(mode));
        const PagingGeometry& g = geometry(rig.cpu.mode);
        const auto at = rig.ensure(va, 1);
        QVERIFY(at);
        // One new table per level below the top, allocated with the level of the new table.
        QCOMPARE(int(rig.allocatedLevels.size()), g.levels - 1);
        for (int i = 0; i < g.levels - 1; ++i)
            QCOMPARE(rig.allocatedLevels[i], g.levels - 1 - i);
        // The entries written: P|RW|US pointing at the new tables (PAE PDPTE: P only).
        PAddr table = rig.cpu.tableBase();
        Pfn expectPfn = 2;
        for (int l = g.levels; l > 1; --l) {
            const PAddr e = table + g.index(va, l) * rig.bytes();
            const u64 entry = rig.mem.read(e, rig.bytes());
            const u64 flags = (rig.cpu.mode == PagingMode::Pae && l == 3) ? P : (P | RW | US);
            QCOMPARE(entry, (expectPfn << kPageShift) | flags);
            table = expectPfn++ << kPageShift;
            QVERIFY(rig.mem.read(table, 4) != 0xdead'beef); // new tables start empty
        }
        QCOMPARE(*at, table + g.index(va, 1) * rig.bytes());
        // One PteWrite per created entry.
        QCOMPARE(int(rig.journal.size()), g.levels - 1);
        for (const Event& e : rig.journal.events()) {
            const auto& w = std::get<ev::PteWrite>(e.data);
            QCOMPARE(w.oldEntry, u64 { 0 });
            QVERIFY(w.newEntry & P);
        }
        // A second call reuses them and allocates nothing.
        rig.allocatedLevels.clear();
        rig.journal.clear();
        QCOMPARE(rig.ensure(va, 1), at);
        QVERIFY(rig.allocatedLevels.empty());
        QCOMPARE(rig.journal.size(), std::size_t { 0 });
        // A neighbour in the same last table shares every table.
        QCOMPARE(*rig.ensure(va + 0x1000 * (g.index(va, 1) == 0 ? 1 : -1), 1),
            *at + (g.index(va, 1) == 0 ? rig.bytes() : -PAddr(rig.bytes())));
        QVERIFY(rig.allocatedLevels.empty());
    }

    // After ensureEntry + writeEntry the hardware walk finds the page.
    void walkFindsEditedPage_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("32bit") << int(PagingMode::Bits32);
        QTest::newRow("pae") << int(PagingMode::Pae);
        QTest::newRow("4level") << int(PagingMode::Level4);
        QTest::newRow("5level") << int(PagingMode::Level5);
    }
    void walkFindsEditedPage()
    {
        QFETCH(int, mode);
        Rig rig(static_cast<PagingMode>(mode));
        rig.map(0x8040'3000, 0x77);
        const WalkResult r = walk(rig.cpu, rig.mem, 0x8040'3abc, AccessOp::Write, Privilege::User, nullptr);
        QVERIFY2(r.ok(), qPrintable(QString::number(r.errorCode, 16)));
        QCOMPARE(r.paddr, PAddr { 0x77abc });
    }

    void ensureHigherLevels()
    {
        Rig rig(PagingMode::Level4);
        const auto pml4e = rig.ensure(0x4000'0000, 4);
        QVERIFY(pml4e);
        QCOMPARE(*pml4e, rig.cpu.tableBase());
        QVERIFY(rig.allocatedLevels.empty());
        const auto pdpte = rig.ensure(0x4000'0000, 3);
        QVERIFY(pdpte);
        QCOMPARE(rig.allocatedLevels, std::vector<int> { 3 });
        QCOMPARE(*pdpte, PAddr { (2ull << kPageShift) + 1 * 8 });
    }

    void levelOutOfRange()
    {
        Rig rig(PagingMode::Pae);
        QVERIFY(!rig.ensure(0x1000, 0));
        QVERIFY(!rig.ensure(0x1000, 4));
        Rig r4(PagingMode::Level4);
        QVERIFY(!r4.ensure(0x1000, 5));
        QVERIFY(!r4.ensure(0x0000'8000'0000'0000, 1)); // non-canonical
        QVERIFY(r4.allocatedLevels.empty());
    }

    void largePageBlocks_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("largeLevel");
        QTest::addColumn<bool>("pse");
        QTest::addColumn<bool>("blocks");
        QTest::newRow("4level-2M") << int(PagingMode::Level4) << 2 << true << true;
        QTest::newRow("4level-1G") << int(PagingMode::Level4) << 3 << true << true;
        QTest::newRow("pae-2M") << int(PagingMode::Pae) << 2 << true << true;
        QTest::newRow("32bit-4M") << int(PagingMode::Bits32) << 2 << true << true;
        QTest::newRow("32bit-ps-without-pse") << int(PagingMode::Bits32) << 2 << false << false;
    }
    void largePageBlocks()
    {
        QFETCH(int, mode);
        QFETCH(int, largeLevel);
        QFETCH(bool, pse);
        QFETCH(bool, blocks);
        Rig rig(static_cast<PagingMode>(mode));
        rig.cpu.pse = pse;
        const VAddr va = 0x4000'0000;
        const auto at = rig.ensure(va, largeLevel);
        QVERIFY(at);
        rig.editor.writeEntry(*at, largeLevel, (3ull << kPageShift) | P | RW | US | PS, rig.cpu.mode);
        rig.allocatedLevels.clear();
        const auto below = rig.ensure(va, 1);
        QCOMPARE(!below.has_value(), blocks);
        QVERIFY(rig.allocatedLevels.empty());
        // The level itself stays reachable.
        QCOMPARE(rig.ensure(va, largeLevel), at);
    }

    void allocationFailure()
    {
        Rig rig(PagingMode::Level4);
        rig.failAlloc = true;
        QVERIFY(!rig.ensure(0x1000, 1));
        QCOMPARE(rig.journal.size(), std::size_t { 0 });
        QCOMPARE(rig.mem.read64(rig.cpu.tableBase()), u64 { 0 }); // nothing half-written
        // A frame outside RAM is a failure too.
        Rig small(PagingMode::Level4, 4);
        small.next = 100;
        QVERIFY(!small.ensure(0x1000, 1));
        QCOMPARE(small.mem.read64(small.cpu.tableBase()), u64 { 0 });
    }

    void tableOutsideRam()
    {
        Rig rig(PagingMode::Level4, 4);
        rig.cpu.cr3 = 50 << kPageShift;
        QVERIFY(!rig.ensure(0x1000, 1));
        QVERIFY(!rig.ensure(0x1000, 4));
        QVERIFY(rig.allocatedLevels.empty());
    }

    void writeEntrySizes()
    {
        Rig r32(PagingMode::Bits32);
        r32.mem.write64(0x3000, 0x1111'2222'3333'4444);
        r32.editor.writeEntry(0x3000, 1, 0xffff'ffff'0000'5007, PagingMode::Bits32);
        QCOMPARE(r32.mem.read64(0x3000), u64 { 0x1111'2222'0000'5007 }); // 4 bytes only
        const auto& w = std::get<ev::PteWrite>(r32.journal.events().back().data);
        QCOMPARE(int(w.level), 1);
        QCOMPARE(w.entryAddr, PAddr { 0x3000 });
        QCOMPARE(w.oldEntry, u64 { 0x3333'4444 });
        QCOMPARE(w.newEntry, u64 { 0x0000'5007 });

        Rig r64(PagingMode::Level4);
        r64.journal.setCommand(3);
        r64.editor.writeEntry(0x3008, 2, 0x8000'0000'0000'5007, PagingMode::Level4);
        QCOMPARE(r64.mem.read64(0x3008), u64 { 0x8000'0000'0000'5007 });
        const Event& e = r64.journal.events().back();
        QCOMPARE(e.command, 3u);
        const auto& w64 = std::get<ev::PteWrite>(e.data);
        QCOMPARE(int(w64.level), 2);
        QCOMPARE(w64.newEntry, u64 { 0x8000'0000'0000'5007 });
        // Outside RAM: no crash, the write is lost, the old value reads as 0.
        r64.editor.writeEntry(PAddr { 1 } << 40, 1, 7, PagingMode::Level4);
        QCOMPARE(std::get<ev::PteWrite>(r64.journal.events().back().data).oldEntry, u64 { 0 });
        // No journal at all.
        PhysicalMemory mem(4);
        PageTableEditor quiet(mem, nullptr);
        quiet.writeEntry(0x1000, 1, 5, PagingMode::Level4);
        QCOMPARE(mem.read64(0x1000), u64 { 5 });
    }

    void inspectStops_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("32bit") << int(PagingMode::Bits32);
        QTest::newRow("pae") << int(PagingMode::Pae);
        QTest::newRow("4level") << int(PagingMode::Level4);
        QTest::newRow("5level") << int(PagingMode::Level5);
    }
    void inspectStops()
    {
        QFETCH(int, mode);
        Rig rig(static_cast<PagingMode>(mode));
        const PagingGeometry& g = geometry(rig.cpu.mode);
        const VAddr va = 0x8040'3000;
        // Nothing mapped: just the top-level entry.
        auto levels = rig.editor.inspect(rig.cpu, va);
        QCOMPARE(int(levels.size()), 1);
        QCOMPARE(int(levels[0].level), g.levels);
        QCOMPARE(levels[0].entry, u64 { 0 });

        rig.map(va, 0x77);
        std::vector<u8> before(16 * kPageSize);
        rig.mem.readBytes(0, before);
        levels = rig.editor.inspect(rig.cpu, va);
        QCOMPARE(int(levels.size()), g.levels);
        // The same entries, addresses and indices as the walk reads.
        const WalkResult w = walk(rig.cpu, rig.mem, va, AccessOp::Read, Privilege::User, nullptr);
        QVERIFY(w.ok());
        for (int i = 0; i < g.levels; ++i) {
            QCOMPARE(levels[i].level, w.levels[i].level);
            QCOMPARE(levels[i].index, w.levels[i].index);
            QCOMPARE(levels[i].entryAddr, w.levels[i].entryAddr);
            QCOMPARE(levels[i].entry, w.levels[i].entry);
        }
        // inspect itself changed nothing (the walk above set A bits; compare again now).
        rig.mem.readBytes(0, before);
        rig.editor.inspect(rig.cpu, va);
        std::vector<u8> after(16 * kPageSize);
        rig.mem.readBytes(0, after);
        QVERIFY(before == after);
        QVERIFY(levels.back().entry & P);
        QVERIFY(!(levels.back().entry & A)); // read before the walk

        // Supervisor-only, read-only: no rights checks, all levels shown.
        rig.map(va, 0x77, P);
        QCOMPARE(int(rig.editor.inspect(rig.cpu, va).size()), g.levels);
    }

    void inspectStopsAtLeafAndReserved()
    {
        Rig rig(PagingMode::Level4);
        const VAddr va = 0x4020'0000;
        const auto pde = rig.ensure(va, 2);
        rig.editor.writeEntry(*pde, 2, (0x200ull << kPageShift) | P | RW | PS, PagingMode::Level4);
        auto levels = rig.editor.inspect(rig.cpu, va);
        QCOMPARE(int(levels.size()), 3); // stops at the 2 MiB leaf
        QCOMPARE(int(levels.back().level), 2);
        // A PML4E with PS (reserved): the walk stops there, so does inspect.
        const auto pml4e = rig.ensure(0x7f80'0000'0000, 4);
        rig.editor.writeEntry(*pml4e, 4, P | RW | US | PS, PagingMode::Level4);
        levels = rig.editor.inspect(rig.cpu, 0x7f80'0000'0000);
        QCOMPARE(int(levels.size()), 1);
        // 32-bit with PSE=0: PS ignored, inspect goes on to the PTE.
        Rig r32(PagingMode::Bits32, 2048);
        const auto pde32 = r32.ensure(0x40'0000, 2);
        r32.editor.writeEntry(*pde32, 2, 0x40'0000 | P | RW | US | PS, PagingMode::Bits32);
        QCOMPARE(int(r32.editor.inspect(r32.cpu, 0x40'0000).size()), 1);
        r32.cpu.pse = false;
        QCOMPARE(int(r32.editor.inspect(r32.cpu, 0x40'0000).size()), 2);
    }

    void inspectPaeUsesPdpteRegisters()
    {
        Rig rig(PagingMode::Pae);
        rig.map(0xc000'1000, 9);
        QCOMPARE(int(rig.editor.inspect(rig.cpu, 0xc000'1000).size()), 3);
        CpuState stale = rig.cpu;
        stale.pdpte = {};
        const auto levels = rig.editor.inspect(stale, 0xc000'1000);
        QCOMPARE(int(levels.size()), 1); // what the walk would see: a non-present PDPTE register
        QCOMPARE(levels[0].entryAddr, rig.cpu.tableBase() + 3 * 8);
    }

    void inspectOutsideRamAndNonCanonical()
    {
        Rig rig(PagingMode::Level4, 4);
        rig.cpu.cr3 = 40 << kPageShift;
        auto levels = rig.editor.inspect(rig.cpu, 0x1000);
        QCOMPARE(int(levels.size()), 1);
        QCOMPARE(levels[0].entry, u64 { 0 }); // not all ones
        QVERIFY(rig.editor.inspect(rig.cpu, 0x0000'8000'0000'0000).empty());
    }
};

QTEST_APPLESS_MAIN(TestPageTableEditor)
#include "test_page_table_editor.moc"
