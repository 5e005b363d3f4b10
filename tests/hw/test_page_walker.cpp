// The hardware page walk (SDM vol. 3, 4.3-4.8): translation in every paging mode, large
// pages, reserved bits, rights over all levels, WP/SMEP/SMAP, the #PF error code, A/D bits,
// PAE PDPTE registers, canonical addresses and the journal events.
#include "hw/page_walker.h"
#include "hw/paging_entry.h"
#include "journal/journal.h"

#include <QtTest>

using namespace pagelab;

namespace {

constexpr u64 P = pte::P, RW = pte::RW, US = pte::US, A = pte::A, D = pte::D, PS = pte::PS, G = pte::G,
              NX = pte::NX;
constexpr u64 kUpper = P | RW | US;

// A small machine whose page tables the tests write by hand (independently of the editor).
struct Rig {
    PhysicalMemory mem;
    CpuState cpu;
    Pfn nextTable = 2;

    explicit Rig(PagingMode mode, u64 frames = 1024)
        : mem(frames)
    {
        cpu.mode = mode;
        cpu.nxe = mode != PagingMode::Bits32;
        cpu.cr3 = 1 << 12;
    }
    const PagingGeometry& g() const { return geometry(cpu.mode); }
    unsigned bytes() const { return static_cast<unsigned>(g().entryBytes); }
    PAddr frameOf(u64 entry) const
    {
        return entry & (cpu.mode == PagingMode::Bits32 ? 0xffff'f000ull : 0x3fff'ffff'f000ull);
    }
    // Address of the entry for `va` at `level`, creating the tables above it (P|RW|US,
    // a PAE PDPTE only P).
    PAddr entry(VAddr va, int level)
    {
        PAddr table = cpu.tableBase();
        for (int l = g().levels; l > level; --l) {
            const PAddr e = table + g().index(va, l) * bytes();
            u64 v = mem.read(e, bytes());
            if (!(v & P)) {
                const u64 flags = (cpu.mode == PagingMode::Pae && l == 3) ? P : kUpper;
                v = (nextTable++ << kPageShift) | flags;
                mem.write(e, v, bytes());
            }
            table = frameOf(v);
        }
        return table + g().index(va, level) * bytes();
    }
    u64 get(VAddr va, int level) { return mem.read(entry(va, level), bytes()); }
    void set(VAddr va, int level, u64 value)
    {
        mem.write(entry(va, level), value, bytes());
        if (cpu.mode == PagingMode::Pae)
            loadPaePdptes(cpu, mem);
    }
    void modify(VAddr va, int level, u64 setBits, u64 clearBits = 0)
    {
        set(va, level, (get(va, level) | setBits) & ~clearBits);
    }
    // Maps a 4 KiB page.
    void map4k(VAddr va, Pfn pfn, u64 flags = kUpper) { set(va, 1, (pfn << kPageShift) | flags); }
    WalkResult go(
        VAddr va, AccessOp op = AccessOp::Read, Privilege priv = Privilege::User, Journal* j = nullptr)
    {
        return walk(cpu, mem, va, op, priv, j);
    }
};

int levelsOf(PagingMode m)
{
    return geometry(m).levels;
}

void addModes()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("32bit") << int(PagingMode::Bits32);
    QTest::newRow("pae") << int(PagingMode::Pae);
    QTest::newRow("4level") << int(PagingMode::Level4);
    QTest::newRow("5level") << int(PagingMode::Level5);
}

} // namespace

class TestPageWalker : public QObject {
    Q_OBJECT

private slots:
    // ---- translation ---------------------------------------------------------------------

    void translate4K_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<quint64>("va");
        QTest::addColumn<QList<int>>("indices"); // top level first
        QTest::newRow("32bit") << int(PagingMode::Bits32) << quint64(0x0040'1abc) << QList<int> { 1, 1 };
        QTest::newRow("32bit-top") << int(PagingMode::Bits32) << quint64(0xffff'fff8)
                                   << QList<int> { 1023, 1023 };
        QTest::newRow("pae") << int(PagingMode::Pae) << quint64(0xc020'3abc) << QList<int> { 3, 1, 3 };
        QTest::newRow("pae-low") << int(PagingMode::Pae) << quint64(0x0000'0010) << QList<int> { 0, 0, 0 };
        QTest::newRow("4level-user-top")
            << int(PagingMode::Level4) << quint64(0x7fff'ffff'f123) << QList<int> { 255, 511, 511, 511 };
        QTest::newRow("4level-kernel")
            << int(PagingMode::Level4) << quint64(0xffff'8000'0020'1123) << QList<int> { 256, 0, 1, 1 };
        QTest::newRow("5level-low") << int(PagingMode::Level5) << quint64(0x00ff'ffff'ffff'f123)
                                    << QList<int> { 255, 511, 511, 511, 511 };
        QTest::newRow("5level-kernel")
            << int(PagingMode::Level5) << quint64(0xff01'0000'4060'3004) << QList<int> { 257, 0, 1, 3, 3 };
    }
    void translate4K()
    {
        QFETCH(int, mode);
        QFETCH(quint64, va);
        QFETCH(QList<int>, indices);
        Rig rig(static_cast<PagingMode>(mode));
        rig.map4k(va, 0x123);
        const WalkResult r = rig.go(va);
        QVERIFY(r.ok());
        QCOMPARE(int(r.reason), int(FaultReason::None));
        QCOMPARE(r.paddr, PAddr { (0x123ull << 12) | (va & 0xfff) });
        QCOMPARE(r.pagePfn, Pfn { 0x123 });
        QCOMPARE(int(r.size), int(PageSize::Size4K));
        QCOMPARE(int(r.depth), int(indices.size()));
        PAddr table = rig.cpu.tableBase();
        for (int i = 0; i < indices.size(); ++i) {
            const WalkLevel& l = r.levels[i];
            QCOMPARE(int(l.level), levelsOf(rig.cpu.mode) - i);
            QCOMPARE(int(l.index), indices[i]);
            QCOMPARE(l.entryAddr, table + PAddr(indices[i]) * rig.bytes());
            QVERIFY(l.entry & P);
            QVERIFY(!(l.entry & A)); // as read, before the walk set A
            table = rig.frameOf(l.entry);
        }
        QVERIFY(r.rights.user && r.rights.writable && r.rights.executable);
    }

    void largePages_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("level");
        QTest::addColumn<quint64>("va");
        QTest::addColumn<quint64>("pfn");
        QTest::addColumn<int>("size");
        QTest::newRow("32bit-4M") << int(PagingMode::Bits32) << 2 << quint64(0x0075'5555) << quint64(0x400)
                                  << int(PageSize::Size4M);
        QTest::newRow("pae-2M") << int(PagingMode::Pae) << 2 << quint64(0x8034'5678) << quint64(0x200)
                                << int(PageSize::Size2M);
        QTest::newRow("4level-2M") << int(PagingMode::Level4) << 2 << quint64(0x7f00'003f'fff0)
                                   << quint64(0x600) << int(PageSize::Size2M);
        QTest::newRow("4level-1G") << int(PagingMode::Level4) << 3 << quint64(0x4123'4567) << quint64(0x40000)
                                   << int(PageSize::Size1G);
        QTest::newRow("5level-2M") << int(PagingMode::Level5) << 2 << quint64(0x00ff'0000'0020'1234)
                                   << quint64(0x200) << int(PageSize::Size2M);
        QTest::newRow("5level-1G") << int(PagingMode::Level5) << 3 << quint64(0xffff'ffff'c000'0001)
                                   << quint64(0x80000) << int(PageSize::Size1G);
    }
    void largePages()
    {
        QFETCH(int, mode);
        QFETCH(int, level);
        QFETCH(quint64, va);
        QFETCH(quint64, pfn);
        QFETCH(int, size);
        Rig rig(static_cast<PagingMode>(mode));
        rig.set(va, level, (pfn << kPageShift) | kUpper | PS | G);
        const WalkResult r = rig.go(va, AccessOp::Write);
        QVERIFY2(r.ok(), qPrintable(QString::number(r.errorCode, 16)));
        const u64 bytes = pageSizeBytes(static_cast<PageSize>(size));
        QCOMPARE(int(r.size), size);
        QCOMPARE(r.pagePfn, Pfn(pfn));
        QCOMPARE(r.paddr, PAddr((pfn << kPageShift) + (va & (bytes - 1))));
        QCOMPARE(int(r.depth), levelsOf(rig.cpu.mode) - level + 1);
        QCOMPARE(int(r.levels[r.depth - 1].level), level);
        QVERIFY(r.global);
        QVERIFY(r.dirty);
        QCOMPARE(rig.get(va, level) & (A | D), A | D); // the large-page leaf gets A and D
    }

    // The PAT bit (12) of a 2 MiB / 1 GiB leaf and of a 4 MiB PDE is not an address bit.
    void largePagePatBitIsNotAddress()
    {
        Rig rig(PagingMode::Level4);
        rig.set(0x20'0000, 2, (0x200ull << 12) | (1ull << 12) | kUpper | PS);
        const WalkResult r = rig.go(0x20'0010);
        QVERIFY(r.ok());
        QCOMPARE(r.paddr, PAddr { 0x20'0010 });
        Rig r32(PagingMode::Bits32);
        r32.set(0x40'0000, 2, 0x0040'0000 | (1ull << 12) | kUpper | PS);
        const WalkResult w = r32.go(0x40'0010);
        QVERIFY(w.ok());
        QCOMPARE(w.paddr, PAddr { 0x40'0010 });
    }

    // 32-bit paging with CR4.PSE=0: PS in a PDE is ignored, the PDE references a page table
    // (SDM 4.3), and bits 21:13 are then address bits of that table, not reserved.
    void bits32PseOffIgnoresPs()
    {
        Rig rig(PagingMode::Bits32, 2048);
        // The PDE points at frame 0x400 (4 MiB aligned, so no bit 21:13 is set) with PS=1.
        rig.set(0x0040'1000, 2, 0x0040'0000 | kUpper | PS);
        rig.mem.write(0x0040'0000 + 1 * 4, (0x77 << kPageShift) | kUpper, 4);
        WalkResult r = rig.go(0x0040'1234);
        QVERIFY(r.ok());
        QCOMPARE(int(r.size), int(PageSize::Size4M)); // with PSE=1 the PDE maps a 4 MiB page
        QCOMPARE(r.paddr, PAddr { 0x0040'1234 });
        rig.cpu.pse = false;
        r = rig.go(0x0040'1234);
        QVERIFY(r.ok());
        QCOMPARE(int(r.size), int(PageSize::Size4K));
        QCOMPARE(r.paddr, PAddr { 0x77234 });
        QCOMPARE(int(r.depth), 2);
    }

    // 32-bit paging has 4-byte entries: setting A in one must not touch its neighbour.
    void bits32EntriesAreFourBytes()
    {
        Rig rig(PagingMode::Bits32);
        rig.map4k(0x1000, 0x10);
        rig.map4k(0x2000, 0x20);
        QVERIFY(rig.go(0x1000, AccessOp::Write).ok());
        QCOMPARE(rig.get(0x1000, 1), u64 { 0x10000 | kUpper | A | D });
        QCOMPARE(rig.get(0x2000, 1), u64 { 0x20000 | kUpper });
        QCOMPARE(rig.mem.read(rig.entry(0x1000, 1), 8) >> 32, u64 { 0x20000 | kUpper });
    }

    // ---- not present, reserved bits --------------------------------------------------------

    void notPresentAtEachLevel_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("level");
        for (auto m : { PagingMode::Bits32, PagingMode::Pae, PagingMode::Level4, PagingMode::Level5 })
            for (int l = levelsOf(m); l >= 1; --l)
                QTest::addRow("%s-L%d", toString(m).data(), l) << int(m) << l;
    }
    void notPresentAtEachLevel()
    {
        QFETCH(int, mode);
        QFETCH(int, level);
        Rig rig(static_cast<PagingMode>(mode));
        const VAddr va = 0x4030'2000;
        rig.map4k(va, 0x50);
        rig.modify(va, level, 0, P);
        for (auto op : { AccessOp::Read, AccessOp::Write }) {
            for (auto priv : { Privilege::User, Privilege::Supervisor }) {
                const WalkResult r = rig.go(va, op, priv);
                QCOMPARE(int(r.fault), int(FaultKind::PageFault));
                QCOMPARE(int(r.reason), int(FaultReason::NotPresent));
                u32 code = 0;
                if (op == AccessOp::Write)
                    code |= pf::W;
                if (priv == Privilege::User)
                    code |= pf::U;
                QCOMPARE(r.errorCode, code);
                QCOMPARE(int(r.depth), levelsOf(rig.cpu.mode) - level + 1);
                QCOMPARE(int(r.levels[r.depth - 1].level), level);
            }
        }
        // A reserved bit in a non-present entry is ignored: still "not present".
        rig.modify(va, level, rig.cpu.mode == PagingMode::Bits32 ? (1ull << 13) | PS : (1ull << 50) | PS);
        rig.modify(va, level, 0, P);
        QCOMPARE(rig.go(va).errorCode, pf::U);
    }

    void reservedBits_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("level");  // the entry changed
        QTest::addColumn<bool>("large"); // map with a large page at `leafLevel`
        QTest::addColumn<int>("leafLevel");
        QTest::addColumn<quint64>("bits");
        QTest::addColumn<bool>("nxe");
        QTest::addColumn<bool>("reserved"); // expected
        const auto L4 = int(PagingMode::Level4), L5 = int(PagingMode::Level5), PAE = int(PagingMode::Pae),
                   B32 = int(PagingMode::Bits32);
        // MAXPHYADDR 46: bits 51:46 reserved in every 4/5-level entry; 62:52 ignored.
        for (int l = 4; l >= 1; --l) {
            QTest::addRow("4level-L%d-bit46", l) << L4 << l << false << 1 << (1ull << 46) << true << true;
            QTest::addRow("4level-L%d-bit51", l) << L4 << l << false << 1 << (1ull << 51) << true << true;
            QTest::addRow("4level-L%d-clean", l) << L4 << l << false << 1 << 0ull << true << false;
            QTest::addRow("4level-L%d-bit52-ignored", l)
                << L4 << l << false << 1 << (1ull << 52) << true << false;
            QTest::addRow("4level-L%d-bit62-ignored", l)
                << L4 << l << false << 1 << (1ull << 62) << true << false;
            QTest::addRow("4level-L%d-nx-nxe0", l) << L4 << l << false << 1 << quint64(NX) << false << true;
            QTest::addRow("4level-L%d-nx-nxe1", l) << L4 << l << false << 1 << quint64(NX) << true << false;
        }
        for (int l = 5; l >= 1; --l)
            QTest::addRow("5level-L%d-bit47", l) << L5 << l << false << 1 << (1ull << 47) << true << true;
        QTest::newRow("4level-pml4e-ps") << L4 << 4 << false << 1 << quint64(PS) << true << true;
        QTest::newRow("5level-pml5e-ps") << L5 << 5 << false << 1 << quint64(PS) << true << true;
        QTest::newRow("5level-pml4e-ps") << L5 << 4 << false << 1 << quint64(PS) << true << true;
        QTest::newRow("4level-pte-pat-ok") << L4 << 1 << false << 1 << (1ull << 7) << true << false;
        // 2 MiB leaf: bits 20:13 reserved; bit 12 is PAT; bit 21 is an address bit.
        QTest::newRow("4level-2M-bit13") << L4 << 2 << true << 2 << (1ull << 13) << true << true;
        QTest::newRow("4level-2M-bit20") << L4 << 2 << true << 2 << (1ull << 20) << true << true;
        QTest::newRow("4level-2M-bit12-pat") << L4 << 2 << true << 2 << (1ull << 12) << true << false;
        QTest::newRow("4level-2M-bit21") << L4 << 2 << true << 2 << (1ull << 21) << true << false;
        QTest::newRow("4level-2M-nx-nxe0") << L4 << 2 << true << 2 << quint64(NX) << false << true;
        QTest::newRow("4level-pde-nonleaf-bit13") << L4 << 2 << false << 1 << (1ull << 13) << true << false;
        // 1 GiB leaf: bits 29:13 reserved.
        QTest::newRow("4level-1G-bit13") << L4 << 3 << true << 3 << (1ull << 13) << true << true;
        QTest::newRow("4level-1G-bit29") << L4 << 3 << true << 3 << (1ull << 29) << true << true;
        QTest::newRow("4level-1G-bit30") << L4 << 3 << true << 3 << (1ull << 30) << true << false;
        QTest::newRow("4level-1G-bit46") << L4 << 3 << true << 3 << (1ull << 46) << true << true;
        QTest::newRow("5level-1G-bit21") << L5 << 3 << true << 3 << (1ull << 21) << true << true;
        QTest::newRow("5level-2M-bit14") << L5 << 2 << true << 2 << (1ull << 14) << true << true;
        // PAE: 62:46 reserved in PDE and PTE; XD reserved without NXE.
        for (int l = 2; l >= 1; --l) {
            QTest::addRow("pae-L%d-bit46", l) << PAE << l << false << 1 << (1ull << 46) << true << true;
            QTest::addRow("pae-L%d-bit52", l) << PAE << l << false << 1 << (1ull << 52) << true << true;
            QTest::addRow("pae-L%d-bit62", l) << PAE << l << false << 1 << (1ull << 62) << true << true;
            QTest::addRow("pae-L%d-nx-nxe0", l) << PAE << l << false << 1 << quint64(NX) << false << true;
            QTest::addRow("pae-L%d-nx-nxe1", l) << PAE << l << false << 1 << quint64(NX) << true << false;
        }
        QTest::newRow("pae-2M-bit13") << PAE << 2 << true << 2 << (1ull << 13) << true << true;
        QTest::newRow("pae-2M-bit20") << PAE << 2 << true << 2 << (1ull << 20) << true << true;
        QTest::newRow("pae-2M-bit21") << PAE << 2 << true << 2 << (1ull << 21) << true << false;
        // PAE PDPTE: only P, PWT, PCD and the address; 2:1, 8:5, 63:46 reserved (table 4-8).
        for (int bit : { 1, 2, 5, 6, 7, 8, 46, 52, 62, 63 })
            QTest::addRow("pae-pdpte-bit%d", bit) << PAE << 3 << false << 1 << (1ull << bit) << true << true;
        for (int bit : { 3, 4, 9, 10, 11, 45 })
            QTest::addRow("pae-pdpte-bit%d-ok", bit)
                << PAE << 3 << false << 1 << (1ull << bit) << true << false;
        // 32-bit: a 4 MiB PDE has 21:13 reserved (no PSE-36); nothing else is reserved.
        QTest::newRow("32bit-4M-bit13") << B32 << 2 << true << 2 << (1ull << 13) << false << true;
        QTest::newRow("32bit-4M-bit17") << B32 << 2 << true << 2 << (1ull << 17) << false << true;
        QTest::newRow("32bit-4M-bit21") << B32 << 2 << true << 2 << (1ull << 21) << false << true;
        QTest::newRow("32bit-4M-bit22") << B32 << 2 << true << 2 << (1ull << 22) << false << false;
        QTest::newRow("32bit-4M-bit12-pat") << B32 << 2 << true << 2 << (1ull << 12) << false << false;
        QTest::newRow("32bit-pte-bits-9-11") << B32 << 1 << false << 1 << 0xe00ull << false << false;
        QTest::newRow("32bit-pde-bit13") << B32 << 2 << false << 1 << (1ull << 13) << false << false;
    }
    void reservedBits()
    {
        QFETCH(int, mode);
        QFETCH(int, level);
        QFETCH(bool, large);
        QFETCH(int, leafLevel);
        QFETCH(quint64, bits);
        QFETCH(bool, nxe);
        QFETCH(bool, reserved);
        Rig rig(static_cast<PagingMode>(mode));
        rig.cpu.nxe = nxe;
        const VAddr va = 0x4000'0000;
        if (large)
            rig.set(va, leafLevel, (0x40000ull << kPageShift) | kUpper | PS);
        else
            rig.map4k(va, 0x40000);
        rig.modify(va, level, bits);
        const u64 before = rig.get(va, level);
        for (auto op : { AccessOp::Read, AccessOp::Write, AccessOp::Fetch }) {
            const WalkResult r = rig.go(va, op, Privilege::User);
            if (!reserved) {
                // Bits 52..62 and 45 change the table address or are ignored: the walk may go
                // elsewhere but must not report RSVD.
                QVERIFY2(!(r.errorCode & pf::RSVD), qPrintable(QString::number(r.errorCode, 16)));
                continue;
            }
            QCOMPARE(int(r.fault), int(FaultKind::PageFault));
            QCOMPARE(int(r.reason), int(FaultReason::Reserved));
            u32 code = pf::P | pf::RSVD | pf::U;
            if (op == AccessOp::Write)
                code |= pf::W;
            if (op == AccessOp::Fetch && nxe && mode != int(PagingMode::Bits32))
                code |= pf::ID;
            QCOMPARE(r.errorCode, code);
            // The walk stops at the first entry with a reserved bit.
            QCOMPARE(int(r.levels[r.depth - 1].level), level);
            QCOMPARE(rig.get(va, level), before); // not modified (no A)
        }
    }

    // The first reserved bit met stops the walk; a reserved-bit fault wins over the rights.
    void reservedStopsAtFirstAndBeatsRights()
    {
        Rig rig(PagingMode::Level4);
        const VAddr va = 0x1000;
        rig.map4k(va, 5, P); // supervisor, read-only
        rig.modify(va, 3, 1ull << 47);
        rig.modify(va, 1, 1ull << 48);
        WalkResult r = rig.go(va, AccessOp::Write, Privilege::User);
        QCOMPARE(r.errorCode, pf::P | pf::W | pf::U | pf::RSVD);
        QCOMPARE(int(r.depth), 2);
        QVERIFY(!(rig.get(va, 3) & A));
        QVERIFY(rig.get(va, 4) & A); // the PML4E was used before the PDPTE was found bad
        rig.modify(va, 3, 0, 1ull << 47);
        r = rig.go(va, AccessOp::Write, Privilege::User);
        QCOMPARE(r.errorCode, pf::P | pf::W | pf::U | pf::RSVD);
        QCOMPARE(int(r.depth), 4);
    }

    // ---- rights -----------------------------------------------------------------------------

    // One restriction placed at one level must apply to the whole translation, in every mode.
    void rightsAtEachLevel_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("level");
        for (auto m : { PagingMode::Bits32, PagingMode::Pae, PagingMode::Level4, PagingMode::Level5 })
            for (int l = levelsOf(m); l >= 1; --l)
                if (!(m == PagingMode::Pae && l == 3)) // a PAE PDPTE carries no rights
                    QTest::addRow("%s-L%d", toString(m).data(), l) << int(m) << l;
    }
    void rightsAtEachLevel()
    {
        QFETCH(int, mode);
        QFETCH(int, level);
        const auto m = static_cast<PagingMode>(mode);
        const bool nxMode = m != PagingMode::Bits32;
        const VAddr va = 0x4030'2000;
        const auto U = Privilege::User, S = Privilege::Supervisor;
        const auto R = AccessOp::Read, W = AccessOp::Write, X = AccessOp::Fetch;
        {
            Rig rig(m);
            rig.map4k(va, 0x50);
            rig.modify(va, level, 0, US); // supervisor-only at one level
            for (auto op : { R, W, X }) {
                const WalkResult r = rig.go(va, op, U);
                QCOMPARE(int(r.reason), int(FaultReason::UserAccessToSupervisor));
                QCOMPARE(r.errorCode, errorCodeFor(rig.cpu, op, U, true, false));
                QVERIFY(!r.rights.user);
                QVERIFY(rig.go(va, op, S).ok()); // not a user page: SMEP/SMAP off anyway
            }
            QCOMPARE(rig.go(va, R, U).errorCode, pf::P | pf::U);
            QCOMPARE(rig.go(va, W, U).errorCode, pf::P | pf::W | pf::U);
        }
        {
            Rig rig(m);
            rig.map4k(va, 0x50);
            rig.modify(va, level, 0, RW); // read-only at one level
            WalkResult r = rig.go(va, W, U);
            QCOMPARE(int(r.reason), int(FaultReason::WriteToReadOnly));
            QCOMPARE(r.errorCode, pf::P | pf::W | pf::U);
            QVERIFY(!r.rights.writable);
            QVERIFY(rig.go(va, R, U).ok());
            QVERIFY(rig.go(va, X, U).ok());
            rig.cpu.wp = true; // supervisor writes honour R/W with CR0.WP=1
            r = rig.go(va, W, S);
            QCOMPARE(int(r.reason), int(FaultReason::WriteToReadOnly));
            QCOMPARE(r.errorCode, pf::P | pf::W);
            rig.cpu.wp = false; // ... and ignore it with WP=0
            QVERIFY(rig.go(va, W, S).ok());
            QVERIFY(!rig.go(va, W, U).ok()); // user writes honour R/W whatever WP
        }
        {
            Rig rig(m);
            rig.map4k(va, 0x50);
            if (nxMode) {
                rig.modify(va, level, NX); // execute-disable at one level
                for (auto priv : { U, S }) {
                    const WalkResult r = rig.go(va, X, priv);
                    QCOMPARE(int(r.reason), int(FaultReason::FetchFromNx));
                    QCOMPARE(r.errorCode, pf::P | pf::ID | (priv == U ? pf::U : 0));
                    QVERIFY(!r.rights.executable);
                    QVERIFY(rig.go(va, R, priv).ok());
                }
            } else {
                // 32-bit paging: no XD bit; fetches are limited only by U/S (and SMEP).
                QVERIFY(rig.go(va, X, U).ok());
                QVERIFY(rig.go(va, X, S).ok());
                QVERIFY(rig.go(va, X, S).rights.executable);
            }
        }
    }

    // NX is only in force with EFER.NXE=1 in PAE/4/5-level paging; with NXE=0 an entry
    // cannot hold XD (reserved), so fetches are allowed.
    void nxeOffAllowsFetch_data() { addModes(); }
    void nxeOffAllowsFetch()
    {
        QFETCH(int, mode);
        Rig rig(static_cast<PagingMode>(mode));
        rig.cpu.nxe = false;
        rig.map4k(0x3000, 9);
        const WalkResult r = rig.go(0x3000, AccessOp::Fetch);
        QVERIFY(r.ok());
        QVERIFY(r.rights.executable);
    }

    void supervisorRules_data()
    {
        // A user page (U/S=1 at every level) or a supervisor page (U/S=0 in the leaf);
        // writable or read-only. Expected reason, None = allowed.
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("userPage");
        QTest::addColumn<bool>("writable");
        QTest::addColumn<int>("op");
        QTest::addColumn<bool>("wp");
        QTest::addColumn<bool>("smep");
        QTest::addColumn<bool>("smap");
        QTest::addColumn<bool>("ac");
        QTest::addColumn<int>("reason");
        const int R = int(AccessOp::Read), W = int(AccessOp::Write), X = int(AccessOp::Fetch);
        const int ok = int(FaultReason::None), smep = int(FaultReason::Smep), smap = int(FaultReason::Smap),
                  ro = int(FaultReason::WriteToReadOnly);
        for (auto m : { PagingMode::Bits32, PagingMode::Pae, PagingMode::Level4, PagingMode::Level5 }) {
            const char* n = toString(m).data();
            const int M = int(m);
            QTest::addRow("%s-smep-user-fetch", n)
                << M << true << true << X << true << true << false << false << smep;
            QTest::addRow("%s-smep-user-ro-fetch", n)
                << M << true << false << X << true << true << false << false << smep;
            QTest::addRow("%s-smep-kernel-fetch", n)
                << M << false << true << X << true << true << false << false << ok;
            QTest::addRow("%s-smep-off-user-fetch", n)
                << M << true << true << X << true << false << false << false << ok;
            QTest::addRow("%s-smep-user-read", n)
                << M << true << true << R << true << true << false << false << ok;
            QTest::addRow("%s-smep-ac-irrelevant", n)
                << M << true << true << X << true << true << false << true << smep;
            QTest::addRow("%s-ro-fetch-wp", n)
                << M << false << false << X << true << false << false << false << ok;
            QTest::addRow("%s-smap-user-read", n)
                << M << true << true << R << true << false << true << false << smap;
            QTest::addRow("%s-smap-user-write", n)
                << M << true << true << W << true << false << true << false << smap;
            QTest::addRow("%s-smap-user-read-ac", n)
                << M << true << true << R << true << false << true << true << ok;
            QTest::addRow("%s-smap-user-write-ac", n)
                << M << true << true << W << true << false << true << true << ok;
            QTest::addRow("%s-smap-user-ro-write-ac-wp", n)
                << M << true << false << W << true << false << true << true << ro;
            QTest::addRow("%s-smap-user-ro-write-ac-nowp", n)
                << M << true << false << W << false << false << true << true << ok;
            QTest::addRow("%s-smap-user-ro-write-noac-nowp", n)
                << M << true << false << W << false << false << true << false << smap;
            QTest::addRow("%s-smap-kernel-read", n)
                << M << false << true << R << true << false << true << false << ok;
            QTest::addRow("%s-smap-user-fetch", n)
                << M << true << true << X << true << false << true << false << ok;
            QTest::addRow("%s-nosmap-user-ro-write-nowp", n)
                << M << true << false << W << false << false << false << false << ok;
            QTest::addRow("%s-nosmap-user-ro-write-wp", n)
                << M << true << false << W << true << false << false << false << ro;
            QTest::addRow("%s-kernel-ro-write-wp", n)
                << M << false << false << W << true << false << false << false << ro;
            QTest::addRow("%s-kernel-ro-write-nowp", n)
                << M << false << false << W << false << false << false << false << ok;
        }
    }
    void supervisorRules()
    {
        QFETCH(int, mode);
        QFETCH(bool, userPage);
        QFETCH(bool, writable);
        QFETCH(int, op);
        QFETCH(bool, wp);
        QFETCH(bool, smep);
        QFETCH(bool, smap);
        QFETCH(bool, ac);
        QFETCH(int, reason);
        Rig rig(static_cast<PagingMode>(mode));
        rig.cpu.wp = wp;
        rig.cpu.smep = smep;
        rig.cpu.smap = smap;
        rig.cpu.ac = ac;
        const VAddr va = 0x0080'5000;
        rig.map4k(va, 0x33, P | (writable ? RW : 0) | (userPage ? US : 0));
        const auto access = static_cast<AccessOp>(op);
        const WalkResult r = rig.go(va, access, Privilege::Supervisor);
        QCOMPARE(int(r.reason), reason);
        if (reason == int(FaultReason::None)) {
            QVERIFY(r.ok());
            return;
        }
        QCOMPARE(int(r.fault), int(FaultKind::PageFault));
        u32 code = pf::P;
        if (access == AccessOp::Write)
            code |= pf::W;
        if (access == AccessOp::Fetch && (smep || mode != int(PagingMode::Bits32)))
            code |= pf::ID;
        QCOMPARE(r.errorCode, code);
        QCOMPARE(rig.get(va, 1) & (A | D), u64 { 0 });
    }

    // ---- error code -------------------------------------------------------------------------

    void errorCodeIdBit_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("nxe");
        QTest::addColumn<bool>("smep");
        QTest::addColumn<bool>("id");
        QTest::newRow("32bit") << int(PagingMode::Bits32) << false << false << false;
        QTest::newRow("32bit-nxe-flag-has-no-effect") << int(PagingMode::Bits32) << true << false << false;
        QTest::newRow("32bit-smep") << int(PagingMode::Bits32) << false << true << true;
        QTest::newRow("pae-nxe0") << int(PagingMode::Pae) << false << false << false;
        QTest::newRow("pae-nxe1") << int(PagingMode::Pae) << true << false << true;
        QTest::newRow("pae-nxe0-smep") << int(PagingMode::Pae) << false << true << true;
        QTest::newRow("4level-nxe0") << int(PagingMode::Level4) << false << false << false;
        QTest::newRow("4level-nxe1") << int(PagingMode::Level4) << true << false << true;
        QTest::newRow("5level-nxe1-smep") << int(PagingMode::Level5) << true << true << true;
    }
    void errorCodeIdBit()
    {
        QFETCH(int, mode);
        QFETCH(bool, nxe);
        QFETCH(bool, smep);
        QFETCH(bool, id);
        Rig rig(static_cast<PagingMode>(mode));
        rig.cpu.nxe = nxe;
        rig.cpu.smep = smep;
        // Not-present fetch: I/D follows the rule; reads and writes never have it.
        WalkResult r = rig.go(0x7000, AccessOp::Fetch, Privilege::User);
        QCOMPARE(r.errorCode, pf::U | (id ? pf::ID : 0));
        r = rig.go(0x7000, AccessOp::Fetch, Privilege::Supervisor);
        QCOMPARE(r.errorCode, id ? pf::ID : 0u);
        QCOMPARE(rig.go(0x7000, AccessOp::Read, Privilege::User).errorCode, pf::U);
        QCOMPARE(rig.go(0x7000, AccessOp::Write, Privilege::Supervisor).errorCode, pf::W);
        QCOMPARE(errorCodeFor(rig.cpu, AccessOp::Fetch, Privilege::User, true, true),
            pf::P | pf::U | pf::RSVD | (id ? pf::ID : 0));
        QCOMPARE(errorCodeFor(rig.cpu, AccessOp::Write, Privilege::User, true, false), pf::P | pf::W | pf::U);
    }

    // checkRights is also used on TLB hits, with rights cached earlier.
    void checkRightsDirect()
    {
        CpuState cpu;
        cpu.mode = PagingMode::Level4;
        FaultReason why = FaultReason::Reserved;
        QCOMPARE(checkRights(cpu, Rights { true, true, true }, AccessOp::Write, Privilege::User, &why), 0u);
        QCOMPARE(int(why), int(FaultReason::None));
        QCOMPARE(checkRights(cpu, Rights { true, false, true }, AccessOp::Write, Privilege::User, &why),
            pf::P | pf::W | pf::U);
        QCOMPARE(int(why), int(FaultReason::WriteToReadOnly));
        QCOMPARE(checkRights(cpu, Rights { false, true, true }, AccessOp::Read, Privilege::User, &why),
            pf::P | pf::U);
        QCOMPARE(int(why), int(FaultReason::UserAccessToSupervisor));
        QCOMPARE(checkRights(cpu, Rights { true, true, false }, AccessOp::Fetch, Privilege::User, &why),
            pf::P | pf::U | pf::ID);
        QCOMPARE(int(why), int(FaultReason::FetchFromNx));
        // Rights cached with NX, then EFER.NXE cleared: NX no longer in force.
        cpu.nxe = false;
        QCOMPARE(checkRights(cpu, Rights { true, true, false }, AccessOp::Fetch, Privilege::User), 0u);
        cpu.mode = PagingMode::Bits32;
        cpu.nxe = true;
        QCOMPARE(checkRights(cpu, Rights { true, true, false }, AccessOp::Fetch, Privilege::User), 0u);
        cpu.mode = PagingMode::Level4;
        cpu.smap = true;
        QCOMPARE(checkRights(cpu, Rights { true, true, true }, AccessOp::Read, Privilege::Supervisor, &why),
            pf::P);
        QCOMPARE(int(why), int(FaultReason::Smap));
        cpu.smep = true;
        QCOMPARE(checkRights(cpu, Rights { true, true, true }, AccessOp::Fetch, Privilege::Supervisor, &why),
            pf::P | pf::ID);
        QCOMPARE(int(why), int(FaultReason::Smep));
    }

    // ---- accessed and dirty -----------------------------------------------------------------

    void accessedDirty_data() { addModes(); }
    void accessedDirty()
    {
        QFETCH(int, mode);
        const auto m = static_cast<PagingMode>(mode);
        const int n = levelsOf(m);
        const bool pae = m == PagingMode::Pae;
        Rig rig(m);
        const VAddr va = 0x4030'2000;
        rig.map4k(va, 0x50);
        const u64 pdptBefore = pae ? rig.get(va, 3) : 0;
        auto aAt = [&](int l) { return (rig.get(va, l) & A) != 0; };
        auto dAt = [&](int l) { return (rig.get(va, l) & D) != 0; };

        // A read sets A everywhere (except in the PAE PDPTE registers), D nowhere.
        WalkResult r = rig.go(va, AccessOp::Read);
        QVERIFY(r.ok());
        QVERIFY(!r.dirty);
        for (int l = n; l >= 1; --l) {
            if (pae && l == 3)
                QCOMPARE(rig.get(va, 3), pdptBefore);
            else
                QVERIFY2(aAt(l), qPrintable(QString("level %1").arg(l)));
            QVERIFY(!dAt(l));
        }
        // A write sets D in the leaf only.
        r = rig.go(va, AccessOp::Write);
        QVERIFY(r.ok());
        QVERIFY(r.dirty);
        QVERIFY(dAt(1));
        for (int l = n; l >= 2; --l)
            QVERIFY(!dAt(l) || (pae && l == 3 && (pdptBefore & D)));
        // dirty reports the leaf's D after the walk, for reads too.
        QVERIFY(rig.go(va, AccessOp::Read).dirty);

        // A faulting access (rights) sets A in the non-leaf entries it used, not in the leaf.
        const VAddr ro = 0x4030'3000;
        rig.map4k(ro, 0x51, P | US);
        for (int l = n; l >= 2; --l)
            rig.modify(ro, l, 0, A);
        r = rig.go(ro, AccessOp::Write);
        QCOMPARE(int(r.reason), int(FaultReason::WriteToReadOnly));
        QCOMPARE(rig.get(ro, 1) & (A | D), u64 { 0 });
        for (int l = n; l >= 2; --l)
            if (!(pae && l == 3))
                QVERIFY(rig.get(ro, l) & A);
        // ... and a successful read later sets the leaf's A but still not D.
        QVERIFY(rig.go(ro, AccessOp::Read).ok());
        QCOMPARE(rig.get(ro, 1) & (A | D), A);

        // Not present at level 1: the levels above get A; the PTE is untouched.
        const VAddr np = 0x4030'4000;
        rig.set(np, 1, 0x52ull << kPageShift); // P=0
        for (int l = n; l >= 2; --l)
            rig.modify(np, l, 0, A);
        r = rig.go(np, AccessOp::Write);
        QCOMPARE(int(r.reason), int(FaultReason::NotPresent));
        QCOMPARE(rig.get(np, 1), u64 { 0x52ull << kPageShift });
        QVERIFY(rig.get(np, 2) & A);
    }

    // A and D already set: the walk writes nothing and reports no change.
    void accessedAlreadySetEmitsNothing()
    {
        Rig rig(PagingMode::Level4);
        rig.map4k(0x5000, 7, kUpper | A | D);
        for (int l = 4; l >= 2; --l)
            rig.modify(0x5000, l, A);
        Journal j;
        QVERIFY(rig.go(0x5000, AccessOp::Write, Privilege::User, &j).ok());
        QCOMPARE(j.size(), std::size_t { 5 }); // WalkStart + 4 WalkRead
        for (const Event& e : j.events()) {
            QVERIFY(!std::holds_alternative<ev::AccessedSet>(e.data));
            QVERIFY(!std::holds_alternative<ev::DirtySet>(e.data));
        }
    }

    // ---- PAE PDPTE registers -----------------------------------------------------------------

    void paePdptesComeFromRegisters()
    {
        Rig rig(PagingMode::Pae);
        const VAddr va = 0xc000'1000;
        rig.map4k(va, 9); // loads the PDPTEs
        QCOMPARE(rig.cpu.pdpte[3], rig.get(va, 3));
        QVERIFY(rig.go(va).ok());
        // Clearing the PDPTE in memory changes nothing until the registers are reloaded.
        const PAddr pdpteAddr = rig.entry(va, 3);
        const u64 saved = rig.mem.read64(pdpteAddr);
        rig.mem.write64(pdpteAddr, 0);
        WalkResult r = rig.go(va);
        QVERIFY(r.ok());
        QCOMPARE(r.levels[0].entry, saved);
        QCOMPARE(r.levels[0].entryAddr, pdpteAddr);
        loadPaePdptes(rig.cpu, rig.mem);
        r = rig.go(va);
        QCOMPARE(int(r.reason), int(FaultReason::NotPresent));
        QCOMPARE(int(r.depth), 1);
        // The reverse: a PDPTE register with a reserved bit faults even if memory is fine.
        rig.mem.write64(pdpteAddr, saved);
        loadPaePdptes(rig.cpu, rig.mem);
        rig.cpu.pdpte[3] |= RW;
        r = rig.go(va);
        QCOMPARE(int(r.reason), int(FaultReason::Reserved));
        QCOMPARE(r.errorCode, pf::P | pf::RSVD | pf::U);
        // The walk never writes A into the PDPT.
        loadPaePdptes(rig.cpu, rig.mem);
        QVERIFY(rig.go(va, AccessOp::Write).ok());
        QCOMPARE(rig.mem.read64(pdpteAddr), saved);
    }

    void loadPaePdptesReadsFourEntries()
    {
        PhysicalMemory mem(16);
        CpuState cpu;
        cpu.mode = PagingMode::Pae;
        cpu.cr3 = 0x3020 | 0x8; // 32-byte aligned PDPT at 0x3020; low bits (PWT) ignored
        for (int i = 0; i < 4; ++i)
            mem.write64(0x3020 + 8 * i, 0x1000ull * (i + 5) | P);
        mem.write64(0x3000, 0xdead'0001);
        mem.write64(0x3040, 0xbeef'0001);
        loadPaePdptes(cpu, mem);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(cpu.pdpte[i], 0x1000ull * (i + 5) | P);
        cpu.cr3 = 16 * kPageSize; // just past RAM: reads as 0, not all ones
        loadPaePdptes(cpu, mem);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(cpu.pdpte[i], u64 { 0 });
    }

    // ---- canonical addresses -----------------------------------------------------------------

    void nonCanonical_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<quint64>("va");
        QTest::addColumn<bool>("canonical");
        const int L4 = int(PagingMode::Level4), L5 = int(PagingMode::Level5);
        QTest::newRow("4level-bit47") << L4 << quint64(0x0000'8000'0000'0000) << false;
        QTest::newRow("4level-hole-top") << L4 << quint64(0xffff'7fff'ffff'ffff) << false;
        QTest::newRow("4level-bit63-only") << L4 << quint64(0x8000'0000'0000'0000) << false;
        QTest::newRow("4level-low-top") << L4 << quint64(0x0000'7fff'ffff'ffff) << true;
        QTest::newRow("4level-high") << L4 << quint64(0xffff'8000'0000'0000) << true;
        QTest::newRow("5level-bit47-ok") << L5 << quint64(0x0000'8000'0000'0000) << true;
        QTest::newRow("5level-bit56") << L5 << quint64(0x0100'0000'0000'0000) << false;
        QTest::newRow("5level-high") << L5 << quint64(0xff00'0000'0000'0000) << true;
        QTest::newRow("5level-hole-top") << L5 << quint64(0xfeff'ffff'ffff'ffff) << false;
        QTest::newRow("32bit-above-4G") << int(PagingMode::Bits32) << quint64(0x1'0000'0000) << false;
        QTest::newRow("pae-above-4G") << int(PagingMode::Pae) << quint64(0x1'0000'1000) << false;
    }
    void nonCanonical()
    {
        QFETCH(int, mode);
        QFETCH(quint64, va);
        QFETCH(bool, canonical);
        Rig rig(static_cast<PagingMode>(mode));
        Journal j;
        const WalkResult r = rig.go(va, AccessOp::Write, Privilege::User, &j);
        if (canonical) {
            QCOMPARE(int(r.fault), int(FaultKind::PageFault));
            QCOMPARE(int(r.reason), int(FaultReason::NotPresent));
            QVERIFY(r.depth >= 1);
            return;
        }
        QCOMPARE(int(r.fault), int(FaultKind::GeneralProtection));
        QCOMPARE(int(r.reason), int(FaultReason::NonCanonical));
        QCOMPARE(int(r.depth), 0);
        QCOMPARE(j.size(), std::size_t { 0 }); // no walk, no paging-structure read
    }

    // ---- outside RAM ------------------------------------------------------------------------

    void tablesOutsideRamReadAsNotPresent()
    {
        Rig rig(PagingMode::Level4, 8);
        rig.cpu.cr3 = 100 * kPageSize; // beyond the 8 frames
        WalkResult r = rig.go(0x1000);
        QCOMPARE(int(r.reason), int(FaultReason::NotPresent));
        QCOMPARE(int(r.depth), 1);
        QCOMPARE(r.levels[0].entry, u64 { 0 });
        // A present PML4E pointing outside RAM: the PDPTE reads as 0.
        rig.cpu.cr3 = 1 * kPageSize;
        rig.mem.write64(rig.cpu.tableBase(), (0x1000ull << kPageShift) | kUpper);
        r = rig.go(0x1000);
        QCOMPARE(int(r.reason), int(FaultReason::NotPresent));
        QCOMPARE(int(r.depth), 2);
        QCOMPARE(r.levels[1].entryAddr, PAddr { 0x1000ull << kPageShift });
        // A leaf may map a frame outside RAM (device memory): that is not the walk's business.
        Rig big(PagingMode::Level4, 8);
        big.map4k(0x1000, 0x9999);
        QVERIFY(big.go(0x1000).ok());
    }

    // ---- events -----------------------------------------------------------------------------

    void events()
    {
        Rig rig(PagingMode::Level4);
        const VAddr va = 0x7f00'0040'3008;
        rig.map4k(va, 0x44);
        Journal j;
        j.setCommand(7);
        const WalkResult r = rig.go(va, AccessOp::Write, Privilege::User, &j);
        QVERIFY(r.ok());
        const auto& evs = j.events();
        // WalkStart, then per non-leaf level WalkRead + AccessedSet, then the leaf's WalkRead,
        // AccessedSet and DirtySet.
        QCOMPARE(evs.size(), std::size_t { 1 + 3 * 2 + 3 });
        for (const Event& e : evs)
            QCOMPARE(e.command, 7u);
        const auto& start = std::get<ev::WalkStart>(evs[0].data);
        QCOMPARE(start.va, va);
        QCOMPARE(int(start.mode), int(PagingMode::Level4));
        QCOMPARE(start.tableBase, rig.cpu.tableBase());
        QCOMPARE(int(start.op), int(AccessOp::Write));
        QCOMPARE(int(start.priv), int(Privilege::User));
        std::size_t i = 1;
        for (int l = 4; l >= 1; --l) {
            const auto& read = std::get<ev::WalkRead>(evs[i++].data);
            const WalkLevel& wl = r.levels[4 - l];
            QCOMPARE(int(read.level), l);
            QCOMPARE(read.index, wl.index);
            QCOMPARE(read.entryAddr, wl.entryAddr);
            QCOMPARE(read.entry, wl.entry);
            QVERIFY(!(read.entry & A)); // as read
            const auto& acc = std::get<ev::AccessedSet>(evs[i++].data);
            QCOMPARE(int(acc.level), l);
            QCOMPARE(acc.entryAddr, wl.entryAddr);
        }
        const auto& dirty = std::get<ev::DirtySet>(evs[i].data);
        QCOMPARE(int(dirty.level), 1);
        QCOMPARE(dirty.entryAddr, r.levels[3].entryAddr);

        // A faulting walk: WalkStart and the reads, nothing else (the Machine reports the #PF).
        j.clear();
        const WalkResult f = rig.go(va + 0x1000, AccessOp::Read, Privilege::User, &j);
        QCOMPARE(int(f.reason), int(FaultReason::NotPresent));
        QCOMPARE(j.size(), std::size_t { 1 + 4 });
        QVERIFY(std::holds_alternative<ev::WalkRead>(j.events().back().data));

        // A disabled journal and no journal: no events, same result.
        j.clear();
        j.setEnabled(false);
        QVERIFY(rig.go(va, AccessOp::Write, Privilege::User, &j).ok());
        QCOMPARE(j.size(), std::size_t { 0 });
        QVERIFY(rig.go(va, AccessOp::Write, Privilege::User, nullptr).ok());
    }

    void globalFlag()
    {
        Rig rig(PagingMode::Level4);
        rig.map4k(0x1000, 3, kUpper | G);
        QVERIFY(rig.go(0x1000).global);
        rig.map4k(0x2000, 4, kUpper);
        rig.modify(0x2000, 2, G); // G in a non-leaf entry is ignored
        QVERIFY(!rig.go(0x2000).global);
    }

    // walkPath() and leafEntryAddress() (kernel look-ups and replay prefetching) read what the
    // walk reads, stop where it stops, and write nothing.
    void inspectionAgreesWithTheWalk_data() { addModes(); }
    void inspectionAgreesWithTheWalk()
    {
        QFETCH(int, mode);
        Rig rig(static_cast<PagingMode>(mode));
        const VAddr mapped = 0x0040'3000, noPte = 0x0050'6000, noTable = 0x8000'0000, readOnly = 0x0041'7000,
                    large = 0x0100'0000, reserved = 0x0042'8000;
        rig.map4k(mapped, 0x60);
        rig.map4k(noPte, 0x61);
        rig.modify(noPte, 1, 0, P);
        rig.map4k(readOnly, 0x62, P | US);
        rig.set(large, 2, (0x400ull << kPageShift) | kUpper | PS);
        rig.map4k(reserved, 0x63, kUpper | (rig.cpu.mode == PagingMode::Bits32 ? 0 : (1ull << 50)));
        rig.cpu.pse = true;
        const bool paeOrBits32 = rig.cpu.mode == PagingMode::Bits32 || rig.cpu.mode == PagingMode::Pae;
        const VAddr nonCanonical = paeOrBits32 ? 0x1'0000'0000ull : 0x8000'0000'0000'0000ull;
        for (VAddr va : { mapped, noPte, noTable, readOnly, large + 0x5000, reserved, nonCanonical }) {
            std::vector<u8> before(32 << 12);
            rig.mem.readBytes(0, before);
            const WalkPath path = walkPath(rig.cpu, rig.mem, va);
            const std::optional<PAddr> leaf = leafEntryAddress(rig.cpu, rig.mem, va);
            std::vector<u8> after(32 << 12);
            rig.mem.readBytes(0, after);
            QVERIFY2(before == after, "inspection wrote to the page tables");

            const WalkResult r = rig.go(va, AccessOp::Write);
            QCOMPARE(int(path.size()), int(r.depth));
            for (std::size_t i = 0; i < path.size(); ++i) {
                QCOMPARE(int(path.levels[i].level), int(r.levels[i].level));
                QCOMPARE(path.levels[i].entryAddr, r.levels[i].entryAddr);
                QCOMPARE(path.levels[i].entry, r.levels[i].entry);
            }
            // The leaf entry's address exists once every table above it is present.
            const bool reachedLeafLevel
                = r.depth > 0 && (r.levels[r.depth - 1].level == 1 || (r.levels[r.depth - 1].entry & P));
            QCOMPARE(leaf.has_value(), reachedLeafLevel);
            if (leaf)
                QCOMPARE(*leaf, r.levels[r.depth - 1].entryAddr);
        }
    }

    // Not a pass/fail performance test (Debug+ASan), but the walk must not allocate: the
    // benchmark runs it millions of times.
    void manyWalks()
    {
        Rig rig(PagingMode::Level4);
        rig.map4k(0x1234'5000, 0x88);
        u64 sum = 0;
        for (int i = 0; i < 100000; ++i)
            sum += rig.go(0x1234'5000 + (i & 0xfff)).paddr;
        QVERIFY(sum != 0);
    }
};

QTEST_APPLESS_MAIN(TestPageWalker)
#include "test_page_walker.moc"
