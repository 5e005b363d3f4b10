// Entry bits, flag names, the geometry of each paging mode, canonical addresses and the
// address field of an entry (SDM vol. 3, 4.3-4.5).
#include "hw/paging_entry.h"

#include <QtTest>

using namespace pagelab;

class TestPagingEntry : public QObject {
    Q_OBJECT

private slots:
    void bits()
    {
        QCOMPARE(pte::P, u64 { 1 });
        QCOMPARE(pte::RW, u64 { 2 });
        QCOMPARE(pte::US, u64 { 4 });
        QCOMPARE(pte::PWT, u64 { 8 });
        QCOMPARE(pte::PCD, u64 { 0x10 });
        QCOMPARE(pte::A, u64 { 0x20 });
        QCOMPARE(pte::D, u64 { 0x40 });
        QCOMPARE(pte::PS, u64 { 0x80 });
        QCOMPARE(pte::G, u64 { 0x100 });
        QCOMPARE(pte::NX, u64 { 1 } << 63);
    }

    void flagNames()
    {
        QCOMPARE(pte::flagByName("rw"), std::optional<u64>(pte::RW));
        QCOMPARE(pte::flagByName("nx"), std::optional<u64>(pte::NX));
        QVERIFY(!pte::flagByName("RW"));
        QVERIFY(!pte::flagByName("xd"));
        QVERIFY(!pte::flagByName(""));
        const auto names = pte::flagNames(pte::NX | pte::P | pte::D | pte::US);
        QCOMPARE(names, (std::vector<std::string> { "p", "us", "d", "nx" }));
        QVERIFY(pte::flagNames(0x1000).empty());
        for (const auto& f : pte::kFlagNames)
            QCOMPARE(pte::flagByName(f.name), std::optional<u64>(f.bit));
    }

    void geometry_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("levels");
        QTest::addColumn<int>("entryBytes");
        QTest::addColumn<int>("linearBits");
        QTest::addColumn<int>("physBits");
        QTest::newRow("32bit") << int(PagingMode::Bits32) << 2 << 4 << 32 << 32;
        QTest::newRow("pae") << int(PagingMode::Pae) << 3 << 8 << 32 << 46;
        QTest::newRow("4level") << int(PagingMode::Level4) << 4 << 8 << 48 << 46;
        QTest::newRow("5level") << int(PagingMode::Level5) << 5 << 8 << 57 << 46;
    }
    void geometry()
    {
        QFETCH(int, mode);
        QFETCH(int, levels);
        QFETCH(int, entryBytes);
        QFETCH(int, linearBits);
        QFETCH(int, physBits);
        const PagingGeometry& g = pagelab::geometry(static_cast<PagingMode>(mode));
        QCOMPARE(g.levels, levels);
        QCOMPARE(g.entryBytes, entryBytes);
        QCOMPARE(g.linearBits, linearBits);
        QCOMPARE(g.physBits, physBits);
        // The index bits of all levels plus the 12 offset bits cover the linear address.
        int total = 12;
        for (int l = 1; l <= levels; ++l) {
            QCOMPARE(g.shift(l), total);
            total += g.indexBits(l);
        }
        QCOMPARE(total, linearBits);
    }

    void indexAndLeafSize()
    {
        const PagingGeometry& b32 = pagelab::geometry(PagingMode::Bits32);
        QCOMPARE(b32.index(0xffc0'1000, 2), u64 { 1023 });
        QCOMPARE(b32.index(0xffc0'1000, 1), u64 { 1 });
        QCOMPARE(int(b32.leafSize(2)), int(PageSize::Size4M));
        const PagingGeometry& pae = pagelab::geometry(PagingMode::Pae);
        QCOMPARE(pae.indexBits(3), 2);
        QCOMPARE(pae.index(0xc000'0000, 3), u64 { 3 });
        QCOMPARE(pae.index(0xc020'0000, 2), u64 { 1 });
        QCOMPARE(int(pae.leafSize(2)), int(PageSize::Size2M));
        const PagingGeometry& l4 = pagelab::geometry(PagingMode::Level4);
        QCOMPARE(l4.index(0xffff'8000'0000'0000, 4), u64 { 256 });
        QCOMPARE(l4.index(0x7fff'ffff'ffff, 1), u64 { 511 });
        QCOMPARE(int(l4.leafSize(1)), int(PageSize::Size4K));
        QCOMPARE(int(l4.leafSize(3)), int(PageSize::Size1G));
        const PagingGeometry& l5 = pagelab::geometry(PagingMode::Level5);
        QCOMPARE(l5.index(0xff00'0000'0000'0000, 5), u64 { 256 });
        QCOMPARE(l5.index(0x00ff'ffff'ffff'ffff, 5), u64 { 255 });
    }

    void canonical_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<quint64>("va");
        QTest::addColumn<bool>("canonical");
        const int L4 = int(PagingMode::Level4), L5 = int(PagingMode::Level5);
        QTest::newRow("4-zero") << L4 << quint64(0) << true;
        QTest::newRow("4-low-top") << L4 << quint64(0x0000'7fff'ffff'ffff) << true;
        QTest::newRow("4-bit47") << L4 << quint64(0x0000'8000'0000'0000) << false;
        QTest::newRow("4-high") << L4 << quint64(0xffff'8000'0000'0000) << true;
        QTest::newRow("4-hole") << L4 << quint64(0xffff'7fff'ffff'ffff) << false;
        QTest::newRow("4-all-ones") << L4 << quint64(~0ull) << true;
        QTest::newRow("5-bit47") << L5 << quint64(0x0000'8000'0000'0000) << true;
        QTest::newRow("5-low-top") << L5 << quint64(0x00ff'ffff'ffff'ffff) << true;
        QTest::newRow("5-bit56") << L5 << quint64(0x0100'0000'0000'0000) << false;
        QTest::newRow("5-high") << L5 << quint64(0xff00'0000'0000'0000) << true;
        QTest::newRow("5-hole") << L5 << quint64(0xfeff'ffff'ffff'ffff) << false;
        QTest::newRow("32-top") << int(PagingMode::Bits32) << quint64(0xffff'ffff) << true;
        QTest::newRow("32-above") << int(PagingMode::Bits32) << quint64(0x1'0000'0000) << false;
        QTest::newRow("pae-above") << int(PagingMode::Pae) << quint64(0x1'0000'0000) << false;
    }
    void canonical()
    {
        QFETCH(int, mode);
        QFETCH(quint64, va);
        QFETCH(bool, canonical);
        QCOMPARE(isCanonical(static_cast<PagingMode>(mode), va), canonical);
    }

    // The address field is bits MAXPHYADDR-1:12: 45:12 (MAXPHYADDR 46), or 31:12 in 32-bit.
    void entryAddressMasks()
    {
        QCOMPARE(entryAddress(PagingMode::Level4, 0x8000'0000'1234'5067), PAddr { 0x1234'5000 });
        QCOMPARE(entryAddress(PagingMode::Level4, 0x0000'3fff'ffff'ffff), PAddr { 0x3fff'ffff'f000 });
        QCOMPARE(entryAddress(PagingMode::Level4, 0x000f'c000'0000'1000), PAddr { 0x1000 }); // 51:46 reserved
        QCOMPARE(entryAddress(PagingMode::Level5, 0x7ff0'0000'0000'2000), PAddr { 0x2000 }); // 62:52 ignored
        QCOMPARE(entryAddress(PagingMode::Pae, 0x8000'0000'0000'3fff), PAddr { 0x3000 });
        QCOMPARE(entryAddress(PagingMode::Bits32, 0xffff'ffff'ffff'ffff), PAddr { 0xffff'f000 });
        QCOMPARE(
            largePageBase(PagingMode::Level4, 0x0020'1000 | pte::PS, PageSize::Size2M), PAddr { 0x20'0000 });
        QCOMPARE(largePageBase(PagingMode::Level4, 0x4000'1000, PageSize::Size1G), PAddr { 0x4000'0000 });
        QCOMPARE(largePageBase(PagingMode::Bits32, 0x0040'1083, PageSize::Size4M), PAddr { 0x40'0000 });
        QCOMPARE(largePageBase(PagingMode::Level4, 0x5123, PageSize::Size4K), PAddr { 0x5000 });
    }

    void names()
    {
        QVERIFY(!toString(PagingMode::Level4).empty());
        QVERIFY(toString(PageSize::Size2M) != toString(PageSize::Size4M));
        QCOMPARE(pageSizeBytes(PageSize::Size4M), u64 { 4 } << 20);
        QCOMPARE(pageSizeBytes(PageSize::Size1G), u64 { 1 } << 30);
    }
};

QTEST_APPLESS_MAIN(TestPagingEntry)
#include "test_paging_entry.moc"
