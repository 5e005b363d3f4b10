// The machine as a whole: the MMU path through TLB and walk, CR3 loads with and without
// PCIDs, control-register changes and their TLB consequences, frame allocation.
#include "hw/paging_entry.h"
#include "machine/machine.h"

#include <QtTest>

using namespace pagelab;

class TestMachine : public QObject {
    Q_OBJECT

    Journal journal;

    // Maps one 4 KiB page of `p` (creating tables) and returns nothing; fails the test on error.
    static void map(Machine& m, Process& p, VAddr va, Pfn pfn, u64 flags)
    {
        const CpuState cpu = m.cpuFor(p);
        auto addr
            = m.editor().ensureEntry(cpu, va, 1, [&](int level) { return m.allocateTable(p.pid, level); });
        QVERIFY(addr);
        m.editor().writeEntry(*addr, 1, (pfn << kPageShift) | flags, cpu.mode);
    }

private slots:
    void firstAccessWalksThenHits()
    {
        Machine m(MachineConfig {}, journal);
        Process& p = m.createProcess("p");
        map(m, p, 0x400000, 40, pte::P | pte::RW | pte::US);
        auto r1 = m.access(0x400123, AccessOp::Read, Privilege::User);
        QVERIFY(r1.ok);
        QVERIFY(!r1.tlbHit);
        QCOMPARE(r1.paddr, PAddr { 40 * 4096 + 0x123 });
        auto r2 = m.access(0x400456, AccessOp::Read, Privilege::User);
        QVERIFY(r2.ok);
        QVERIFY(r2.tlbHit);
        QCOMPARE(r2.paddr, PAddr { 40 * 4096 + 0x456 });
        QCOMPARE(m.stats().walks, u64 { 1 });
        QCOMPARE(m.stats().tlbHits, u64 { 1 });
        QCOMPARE(m.stats().tlbMisses, u64 { 1 });
    }

    void staleEntryServedUntilInvlpg()
    {
        Machine m(MachineConfig {}, journal);
        Process& p = m.createProcess("p");
        map(m, p, 0x1000, 20, pte::P | pte::RW | pte::US);
        QCOMPARE(m.access(0x1000, AccessOp::Read, Privilege::User).paddr, PAddr { 20 * 4096 });
        map(m, p, 0x1000, 21, pte::P | pte::RW | pte::US);
        QCOMPARE(m.access(0x1000, AccessOp::Read, Privilege::User).paddr, PAddr { 20 * 4096 }); // stale
        m.tlb().invlpg(0x1000, m.cpu().pcid(), nullptr);
        QCOMPARE(m.access(0x1000, AccessOp::Read, Privilege::User).paddr, PAddr { 21 * 4096 });
    }

    void pageFaultSetsCr2AndInvalidatesTheEntry()
    {
        // SDM 4.10.4.1: a #PF invalidates the TLB entries for the faulting address, so a fault
        // caused by a stale, stricter entry is not repeated.
        Machine m(MachineConfig {}, journal);
        Process& p = m.createProcess("p");
        map(m, p, 0x3000, 7, pte::P | pte::US); // read-only
        QVERIFY(m.access(0x3000, AccessOp::Read, Privilege::User).ok);
        map(m, p, 0x3000, 7, pte::P | pte::RW | pte::US); // made writable, TLB not told
        auto spurious = m.access(0x3010, AccessOp::Write, Privilege::User);
        QVERIFY(!spurious.ok);
        QVERIFY(spurious.tlbHit);
        QCOMPARE(spurious.errorCode, pf::P | pf::W | pf::U);
        QCOMPARE(m.cpu().cr2, VAddr { 0x3010 });
        auto retry = m.access(0x3010, AccessOp::Write, Privilege::User);
        QVERIFY(retry.ok);
        QVERIFY(!retry.tlbHit);
    }

    void writeThroughCleanEntryWalksToSetDirty()
    {
        Machine m(MachineConfig {}, journal);
        Process& p = m.createProcess("p");
        map(m, p, 0x1000, 9, pte::P | pte::RW | pte::US);
        QVERIFY(m.access(0x1000, AccessOp::Read, Privilege::User).ok);
        QCOMPARE(m.stats().walks, u64 { 1 });
        QVERIFY(m.access(0x1000, AccessOp::Write, Privilege::User).ok);
        QCOMPARE(m.stats().walks, u64 { 2 }); // D was clear in the cached entry
        QVERIFY(m.access(0x1000, AccessOp::Write, Privilege::User).ok);
        QCOMPARE(m.stats().walks, u64 { 2 }); // now cached dirty
        const auto levels = m.editor().inspect(m.cpu(), 0x1000);
        QVERIFY(levels.back().entry & pte::D);
        // The TLB holds one entry for the page, not two.
        int valid = 0;
        for (const auto& e : m.tlb().l1())
            valid += e.valid && e.pageVa == 0x1000;
        QCOMPARE(valid, 1);
    }

    void contextSwitchFlushesNonGlobalWithoutPcid()
    {
        Machine m(MachineConfig {}, journal);
        Process& a = m.createProcess("a");
        Process& b = m.createProcess("b");
        map(m, a, 0x1000, 20, pte::P | pte::RW | pte::US);
        map(m, a, 0x2000, 21, pte::P | pte::RW | pte::US | pte::G);
        m.access(0x1000, AccessOp::Read, Privilege::User);
        m.access(0x2000, AccessOp::Read, Privilege::User);
        m.switchTo(b);
        m.switchTo(a);
        QVERIFY(!m.access(0x1000, AccessOp::Read, Privilege::User).tlbHit);
        QVERIFY(m.access(0x2000, AccessOp::Read, Privilege::User).tlbHit); // global survives
        m.setCpuFlag("pge", false);                                        // CR4.PGE toggled
        QVERIFY(!m.access(0x2000, AccessOp::Read, Privilege::User).tlbHit);
    }

    void pcidKeepsEntriesAcrossSwitches()
    {
        MachineConfig c;
        c.pcid = true;
        Machine m(c, journal);
        Process& a = m.createProcess("a");
        Process& b = m.createProcess("b");
        QVERIFY(a.pcid != b.pcid);
        map(m, a, 0x1000, 20, pte::P | pte::RW | pte::US);
        map(m, b, 0x1000, 30, pte::P | pte::RW | pte::US);
        QCOMPARE(m.access(0x1000, AccessOp::Read, Privilege::User).paddr, PAddr { 20 * 4096 });
        m.switchTo(b);
        auto rb = m.access(0x1000, AccessOp::Read, Privilege::User);
        QVERIFY(!rb.tlbHit); // a's entry is tagged with a's PCID
        QCOMPARE(rb.paddr, PAddr { 30 * 4096 });
        m.switchTo(a);
        auto ra = m.access(0x1000, AccessOp::Read, Privilege::User);
        QVERIFY(ra.tlbHit);
        QCOMPARE(ra.paddr, PAddr { 20 * 4096 });
    }

    // SDM 4.10.4.1, MOV to CR4: which changes flush the TLB, and which leave it alone.
    void controlRegisterChangesFlushAsTheSdmSays_data()
    {
        QTest::addColumn<QString>("flag");
        QTest::addColumn<bool>("value");
        QTest::addColumn<bool>("flushes");
        QTest::newRow("pge off flushes globals too") << "pge" << false << true;
        QTest::newRow("smep on flushes") << "smep" << true << true;
        QTest::newRow("pse change flushes") << "pse" << false << true;
        QTest::newRow("wp change keeps entries") << "wp" << false << false;
        QTest::newRow("smap change keeps entries") << "smap" << true << false;
        QTest::newRow("ac change keeps entries") << "ac" << true << false;
        QTest::newRow("pge unchanged keeps entries") << "pge" << true << false;
    }
    void controlRegisterChangesFlushAsTheSdmSays()
    {
        QFETCH(QString, flag);
        QFETCH(bool, value);
        QFETCH(bool, flushes);
        Machine m(MachineConfig {}, journal);
        Process& p = m.createProcess("p");
        map(m, p, 0x1000, 20, pte::P | pte::RW | pte::US | pte::G);
        QVERIFY(m.access(0x1000, AccessOp::Read, Privilege::User).ok);
        QVERIFY(m.setCpuFlag(flag.toStdString(), value));
        QCOMPARE(!m.access(0x1000, AccessOp::Read, Privilege::User).tlbHit, flushes);
    }

    void cr3NoFlushBitHonouredOnlyWithPcide()
    {
        for (bool pcid : { false, true }) {
            MachineConfig c;
            c.pcid = pcid;
            Machine m(c, journal);
            Process& p = m.createProcess("p");
            map(m, p, 0x1000, 20, pte::P | pte::RW | pte::US);
            QVERIFY(m.access(0x1000, AccessOp::Read, Privilege::User).ok);
            m.loadCr3(m.cpu().cr3 | (u64 { 1 } << 63));
            // Without PCIDs bit 63 is not a flag (it must be 0, and we strip it): the load flushes.
            QCOMPARE(m.access(0x1000, AccessOp::Read, Privilege::User).tlbHit, pcid);
            m.loadCr3(m.cpu().cr3); // bit 63 clear: this PCID's entries go
            QVERIFY(!m.access(0x1000, AccessOp::Read, Privilege::User).tlbHit);
        }
    }

    void stlbHitRefillsL1AndIsCounted()
    {
        MachineConfig c;
        c.tlb = TlbConfig { 1, 1, 16, 4 };
        Machine m(c, journal);
        Process& p = m.createProcess("p");
        map(m, p, 0x1000, 20, pte::P | pte::RW | pte::US);
        map(m, p, 0x2000, 21, pte::P | pte::RW | pte::US);
        QVERIFY(m.access(0x1000, AccessOp::Read, Privilege::User).ok);
        QVERIFY(m.access(0x2000, AccessOp::Read, Privilege::User).ok); // evicts 0x1000 from L1
        const auto r = m.access(0x1000, AccessOp::Read, Privilege::User);
        QVERIFY(r.tlbHit && r.stlbHit);
        QCOMPARE(m.stats().walks, u64 { 2 });
        QCOMPARE(m.stats().stlbHits, u64 { 1 });
        const auto again = m.access(0x1000, AccessOp::Read, Privilege::User);
        QVERIFY(again.tlbHit && !again.stlbHit); // now in L1
    }

    void globalBitIgnoredWithoutPge()
    {
        Machine m(MachineConfig {}, journal);
        m.setCpuFlag("pge", false);
        Process& a = m.createProcess("a");
        Process& b = m.createProcess("b");
        map(m, a, 0x2000, 21, pte::P | pte::RW | pte::US | pte::G);
        m.access(0x2000, AccessOp::Read, Privilege::User);
        m.switchTo(b);
        m.switchTo(a);
        QVERIFY(!m.access(0x2000, AccessOp::Read, Privilege::User).tlbHit);
    }

    void nonCanonicalIsGeneralProtection()
    {
        Machine m(MachineConfig {}, journal);
        m.createProcess("p");
        auto r = m.access(0x0000'8000'0000'0000ull, AccessOp::Read, Privilege::User);
        QCOMPARE(r.fault, FaultKind::GeneralProtection);
        QCOMPARE(m.cpu().cr2, u64 { 0 }); // #GP does not write CR2
    }

    void invalidConfigurationsAreRefused_data()
    {
        QTest::addColumn<u64>("frames");
        QTest::addColumn<u32>("entries");
        QTest::addColumn<u32>("ways");
        QTest::addColumn<QString>("message");
        QTest::newRow("2^40 frames") << (u64 { 1 } << 40) << 16u << 4u << "frames";
        QTest::newRow("no frames") << u64 { 0 } << 16u << 4u << "at least one frame";
        QTest::newRow("tlb=0:0") << u64 { 64 } << 0u << 0u << "tlb";
    }
    void invalidConfigurationsAreRefused()
    {
        QFETCH(u64, frames);
        QFETCH(u32, entries);
        QFETCH(u32, ways);
        QFETCH(QString, message);
        MachineConfig c;
        c.frames = frames;
        c.tlb.entries = entries;
        c.tlb.ways = ways;
        const std::string err = c.validate();
        QVERIFY(!err.empty());
        QVERIFY2(QString::fromStdString(err).contains(message, Qt::CaseInsensitive), err.c_str());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Machine(c, journal));
    }

    void frameAllocatorGivesLowestFreeFirst()
    {
        PhysicalMemory mem(130);
        FrameAllocator fa(mem);
        for (Pfn i = 0; i < 130; ++i)
            QCOMPARE(*fa.allocate(FrameUse::User, 1), i);
        QVERIFY(!fa.allocate(FrameUse::User, 1));
        fa.release(70);
        fa.release(3);
        QCOMPARE(*fa.allocate(FrameUse::User, 1), Pfn { 3 });
        QCOMPARE(*fa.allocate(FrameUse::User, 1), Pfn { 70 });
        QCOMPARE(fa.freeFrames(), u64 { 0 });
    }

    void frameAllocatorUnderPressureStillGivesLowestFreeFirst()
    {
        // Reclaim frees one frame at a time when memory is full; the search then starts at
        // that frame's word. The order must stay "lowest free frame first" however the
        // frees come.
        PhysicalMemory mem(4096);
        FrameAllocator fa(mem);
        while (fa.allocate(FrameUse::User, 1)) { }
        fa.release(4000); // memory was full: the search starts at frame 4000's word
        QCOMPARE(*fa.allocate(FrameUse::User, 1), Pfn { 4000 });
        fa.release(3000);
        fa.release(5); // lower than the hint: the hint moves down
        QCOMPARE(*fa.allocate(FrameUse::User, 1), Pfn { 5 });
        QCOMPARE(*fa.allocate(FrameUse::User, 1), Pfn { 3000 });
        fa.release(10);
        fa.release(2000); // memory was not full: the hint stays at frame 10's word
        QCOMPARE(*fa.allocate(FrameUse::User, 1), Pfn { 10 });
        QCOMPARE(*fa.allocate(FrameUse::User, 1), Pfn { 2000 });
        QVERIFY(!fa.allocate(FrameUse::User, 1));
    }

    void frameContentsAllocatedOnlyWhenWritten()
    {
        PhysicalMemory mem(1u << 20); // 4 GiB simulated, no contents yet
        QCOMPARE(mem.framesWithContents(), u64 { 0 });
        QCOMPARE(mem.read(0x12345678, 4), u64 { 0 });
        mem.write(0x12345678, 0xdeadbeef, 4);
        QCOMPARE(mem.framesWithContents(), u64 { 1 });
        QCOMPARE(mem.read(0x12345678, 4), u64 { 0xdeadbeef });
        mem.zeroFrame(0x12345678 >> 12);
        QCOMPARE(mem.framesWithContents(), u64 { 0 });
    }
};

QTEST_APPLESS_MAIN(TestMachine)
#include "test_machine.moc"
