// Simulated physical memory: little-endian loads and stores, frames materialised on first
// write, reads outside RAM as all ones, per-frame metadata.
#include "hw/physical_memory.h"

#include <QtTest>

#include <stdexcept>
#include <utility>
#include <vector>

using namespace pagelab;

class TestPhysicalMemory : public QObject {
    Q_OBJECT

private slots:
    void construction()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, PhysicalMemory(0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, PhysicalMemory(PhysicalMemory::kMaxFrames + 1));
        PhysicalMemory mem(64);
        QCOMPARE(mem.frameCount(), u64 { 64 });
        QCOMPARE(mem.framesWithContents(), u64 { 0 });
        QVERIFY(mem.containsFrame(63));
        QVERIFY(!mem.containsFrame(64));
        QCOMPARE(int(mem.info(5).use), int(FrameUse::Free));
    }

    void contains()
    {
        PhysicalMemory mem(2);
        QVERIFY(mem.contains(0));
        QVERIFY(mem.contains(0x1fff));
        QVERIFY(!mem.contains(0x2000));
        QVERIFY(mem.contains(0x1ff8, 8));
        QVERIFY(!mem.contains(0x1ffc, 8));
        QVERIFY(!mem.contains(~u64 { 0 } - 2, 8)); // wraps around: not contained
    }

    void readWriteSizes_data()
    {
        QTest::addColumn<unsigned>("size");
        QTest::addColumn<quint64>("value");
        QTest::addColumn<quint64>("stored");
        QTest::newRow("1") << 1u << quint64(0x1234'5678'9abc'def0) << quint64(0xf0);
        QTest::newRow("2") << 2u << quint64(0x1234'5678'9abc'def0) << quint64(0xdef0);
        QTest::newRow("4") << 4u << quint64(0x1234'5678'9abc'def0) << quint64(0x9abc'def0);
        QTest::newRow("8") << 8u << quint64(0x1234'5678'9abc'def0) << quint64(0x1234'5678'9abc'def0);
    }
    void readWriteSizes()
    {
        QFETCH(unsigned, size);
        QFETCH(quint64, value);
        QFETCH(quint64, stored);
        PhysicalMemory mem(4);
        mem.write(0x1010, value, size);
        QCOMPARE(mem.read(0x1010, size), u64(stored));
        QCOMPARE(mem.read64(0x1010), u64(stored));         // the other bytes stay 0
        QCOMPARE(mem.read(0x1010, 1), u64(stored & 0xff)); // little-endian
    }

    void littleEndian()
    {
        PhysicalMemory mem(1);
        mem.write64(0x100, 0x0807'0605'0403'0201);
        for (unsigned i = 0; i < 8; ++i)
            QCOMPARE(mem.read(0x100 + i, 1), u64 { i + 1 });
        QCOMPARE(mem.read(0x102, 4), u64 { 0x0605'0403 });
    }

    void lazyFrames()
    {
        PhysicalMemory mem(8);
        QCOMPARE(mem.read64(0x3000), u64 { 0 }); // never written: zeros
        QVERIFY(!mem.hasContents(3));
        mem.write(0x3004, 1, 1);
        QVERIFY(mem.hasContents(3));
        QCOMPARE(mem.framesWithContents(), u64 { 1 });
        mem.write(0x3008, 2, 1);
        QCOMPARE(mem.framesWithContents(), u64 { 1 });
        mem.zeroFrame(3);
        QVERIFY(!mem.hasContents(3));
        QCOMPARE(mem.framesWithContents(), u64 { 0 });
        QCOMPARE(mem.read64(0x3000), u64 { 0 });
        mem.zeroFrame(3);   // twice: fine
        mem.zeroFrame(100); // outside: ignored
        QCOMPARE(mem.framesWithContents(), u64 { 0 });
    }

    // A zeroed frame forgets its old bytes: written again, it holds only the new ones (the
    // contents are one host mapping, so zeroFrame must clear them, not only unmark them).
    void zeroedFrameStartsFromZeros()
    {
        PhysicalMemory mem(4);
        mem.write64(0x2000, 0x1111'2222'3333'4444);
        mem.write64(0x2ff8, 0x5555);
        mem.zeroFrame(2);
        mem.write(0x2010, 7, 1);
        QCOMPARE(mem.read64(0x2000), u64 { 0 });
        QCOMPARE(mem.read64(0x2ff8), u64 { 0 });
        QCOMPARE(mem.read(0x2010, 1), u64 { 7 });
        QCOMPARE(mem.framesWithContents(), u64 { 1 });
    }

    // Moving a memory moves its contents and metadata; the source is left empty.
    void moveKeepsContents()
    {
        PhysicalMemory a(4);
        a.write64(0x1008, 0xfeed);
        a.info(1).owner = 9;
        PhysicalMemory b(std::move(a));
        QCOMPARE(b.read64(0x1008), u64 { 0xfeed });
        QCOMPARE(b.info(1).owner, u32 { 9 });
        QCOMPARE(b.framesWithContents(), u64 { 1 });
        PhysicalMemory c(2);
        c = std::move(b);
        QCOMPARE(c.frameCount(), u64 { 4 });
        QCOMPARE(c.read64(0x1008), u64 { 0xfeed });
    }

    void outsideRam()
    {
        PhysicalMemory mem(2);
        QCOMPARE(mem.read(0x2000, 1), u64 { 0xff });
        QCOMPARE(mem.read(0x2000, 2), u64 { 0xffff });
        QCOMPARE(mem.read(0x2000, 4), u64 { 0xffff'ffff });
        QCOMPARE(mem.read64(0x2000), ~u64 { 0 });
        QCOMPARE(mem.read64(0x1ffc), ~u64 { 0 }); // straddles the end of RAM
        mem.write64(0x2000, 5);                   // ignored
        mem.write64(u64 { 1 } << 50, 5);
        QCOMPARE(mem.framesWithContents(), u64 { 0 });
    }

    void bytesAcrossFrames()
    {
        PhysicalMemory mem(4);
        std::vector<u8> in(kPageSize + 100);
        for (std::size_t i = 0; i < in.size(); ++i)
            in[i] = static_cast<u8>(i * 7);
        mem.writeBytes(0xfc0, in);
        QCOMPARE(mem.framesWithContents(), u64 { 3 }); // frames 0, 1 and 2
        std::vector<u8> out(in.size());
        mem.readBytes(0xfc0, out);
        QVERIFY(out == in);
        // Partly outside RAM: the outside part reads 0xff, unwritten RAM reads 0.
        std::vector<u8> tail(16);
        mem.readBytes(4 * kPageSize - 8, tail);
        for (int i = 0; i < 8; ++i)
            QCOMPARE(tail[i], u8 { 0 });
        for (int i = 8; i < 16; ++i)
            QCOMPARE(tail[i], u8 { 0xff });
        mem.writeBytes(4 * kPageSize - 4, std::vector<u8>(8, 0x11)); // the outside half is lost
        QCOMPARE(mem.read(4 * kPageSize - 4, 4), u64 { 0x1111'1111 });
    }

    void copyFrame()
    {
        PhysicalMemory mem(4);
        mem.write64(0x1000, 0xabcd);
        mem.copyFrame(2, 1);
        QCOMPARE(mem.read64(0x2000), u64 { 0xabcd });
        mem.write64(0x2000, 1);
        QCOMPARE(mem.read64(0x1000), u64 { 0xabcd }); // a copy, not shared
        mem.copyFrame(2, 3);                          // from a never-written frame: destination becomes zeros
        QCOMPARE(mem.read64(0x2000), u64 { 0 });
        QVERIFY(!mem.hasContents(2));
        mem.copyFrame(1, 1);  // same frame: nothing
        mem.copyFrame(1, 99); // outside: nothing
        QCOMPARE(mem.read64(0x1000), u64 { 0xabcd });
    }

    void frameInfo()
    {
        PhysicalMemory mem(4);
        FrameInfo& f = mem.info(2);
        f.use = FrameUse::PageTable;
        f.level = 3;
        f.owner = 7;
        f.mapCount = 2;
        const PhysicalMemory& cm = mem;
        QCOMPARE(int(cm.info(2).use), int(FrameUse::PageTable));
        QCOMPARE(int(cm.info(2).level), 3);
        QCOMPARE(cm.info(2).owner, u32 { 7 });
        QCOMPARE(toString(FrameUse::PageTable), std::string_view("page-table"));
        QVERIFY(sizeof(FrameInfo) <= 8);
    }
};

QTEST_APPLESS_MAIN(TestPhysicalMemory)
#include "test_physical_memory.moc"
