// The TLB on its own: configuration checks, set indexing, LRU replacement, large pages,
// global entries, PCID tags, INVLPG and flushes, the STLB refill, and the events it emits.
#include "hw/tlb.h"
#include "journal/journal.h"
#include "tlb_test_entry.h"

#include <QtTest>

#include <stdexcept>

using namespace pagelab;

namespace {

using test::entry;

u32 validCount(const std::vector<TlbEntry>& level)
{
    u32 n = 0;
    for (const auto& e : level)
        n += e.valid ? 1 : 0;
    return n;
}

// pagelab::toString(PageSize) returns a string_view, which QCOMPARE cannot print: compare names.
QString name(PageSize s)
{
    return QString::fromLatin1(toString(s).data(), qsizetype(toString(s).size()));
}

template <typename E>
std::vector<E> eventsOf(const Journal& j)
{
    std::vector<E> out;
    for (const auto& ev : j.events())
        if (const auto* e = std::get_if<E>(&ev.data))
            out.push_back(*e);
    return out;
}

// 16 entries, 4 ways: 4 sets. Pages 0x0000, 0x4000, 0x8000, ... all fall in set 0.
constexpr VAddr kSet0Stride = 4 * kPageSize;

} // namespace

class TestTlb : public QObject {
    Q_OBJECT

private slots:
    void validation_data()
    {
        QTest::addColumn<u32>("entries");
        QTest::addColumn<u32>("ways");
        QTest::addColumn<u32>("stlbEntries");
        QTest::addColumn<u32>("stlbWays");
        QTest::addColumn<QString>("prefix");  // empty: valid
        QTest::addColumn<QString>("mention"); // a word the sentence must contain

        QTest::newRow("default 16:4") << 16u << 4u << 0u << 0u << ""
                                      << "";
        QTest::newRow("1:1") << 1u << 1u << 0u << 0u << ""
                             << "";
        QTest::newRow("fully associative 64:64") << 64u << 64u << 0u << 0u << ""
                                                 << "";
        QTest::newRow("direct mapped 8:1") << 8u << 1u << 0u << 0u << ""
                                           << "";
        QTest::newRow("max 65536:4") << 65536u << 4u << 0u << 0u << ""
                                     << "";
        QTest::newRow("stlb 1536:12 (Skylake: 128 sets)") << 64u << 4u << 1536u << 12u << ""
                                                          << "";
        QTest::newRow("stlb 1536:8 makes 192 sets") << 64u << 4u << 1536u << 8u << "stlb=1536:8: "
                                                    << "power of two";
        QTest::newRow("stlb 512:4") << 64u << 4u << 512u << 4u << ""
                                    << "";
        QTest::newRow("stlb absent ignores its ways") << 64u << 4u << 0u << 7u << ""
                                                      << "";
        QTest::newRow("0:0") << 0u << 0u << 0u << 0u << "tlb=0:0: a TLB needs at least one entry"
                             << "";
        QTest::newRow("0 ways") << 16u << 0u << 0u << 0u << "tlb=16:0: "
                                << "way";
        QTest::newRow("12:4 makes 3 sets") << 12u << 4u << 0u << 0u << "tlb=12:4: "
                                           << "power of two";
        QTest::newRow("12:8 does not divide") << 12u << 8u << 0u << 0u << "tlb=12:8: "
                                              << "multiple";
        QTest::newRow("ways > entries") << 4u << 8u << 0u << 0u << "tlb=4:8: "
                                        << "only 4 entries";
        QTest::newRow("too many") << 131072u << 4u << 0u << 0u << "tlb=131072:4: "
                                  << "65536";
        QTest::newRow("stlb 0 ways") << 16u << 4u << 64u << 0u << "stlb=64:0: "
                                     << "way";
        QTest::newRow("stlb too many") << 16u << 4u << 70000u << 1u << "stlb=70000:1: "
                                       << "65536";
    }

    void validation()
    {
        QFETCH(u32, entries);
        QFETCH(u32, ways);
        QFETCH(u32, stlbEntries);
        QFETCH(u32, stlbWays);
        QFETCH(QString, prefix);
        QFETCH(QString, mention);
        const TlbConfig c { entries, ways, stlbEntries, stlbWays };
        const QString err = QString::fromStdString(c.validate());
        if (prefix.isEmpty()) {
            QVERIFY2(err.isEmpty(), qPrintable(err));
            return;
        }
        QVERIFY2(err.startsWith(prefix), qPrintable(err));
        QVERIFY2(err.contains(mention), qPrintable(err));
        bool threw = false;
        try {
            Tlb t(c);
        } catch (const std::invalid_argument& e) {
            threw = true;
            QCOMPARE(QString::fromUtf8(e.what()), err);
        }
        QVERIFY(threw);
    }

    void geometry()
    {
        Tlb t(TlbConfig { 16, 4, 64, 8 });
        QCOMPARE(t.sets(TlbLevel::L1), 4u);
        QCOMPARE(t.sets(TlbLevel::Stlb), 8u);
        QCOMPARE(t.l1().size(), std::size_t { 16 });
        QCOMPARE(t.stlb().size(), std::size_t { 64 });
        Tlb noStlb(TlbConfig { 8, 2, 0, 0 });
        QCOMPARE(noStlb.sets(TlbLevel::Stlb), 0u);
        QVERIFY(noStlb.stlb().empty());
    }

    void emptyTlbMisses()
    {
        Tlb t(TlbConfig {});
        QVERIFY(!t.lookup(0x1000, 0, nullptr));
    }

    void fillThenHitAnywhereInPage()
    {
        Tlb t(TlbConfig {});
        t.fill(entry(0x7000, 42), nullptr);
        auto hit = t.lookup(0x7abc, 0, nullptr);
        QVERIFY(hit);
        QCOMPARE(hit->level, TlbLevel::L1);
        QCOMPARE(hit->entry.pfn, Pfn { 42 });
        QVERIFY(!t.lookup(0x8000, 0, nullptr));
        QVERIFY(!t.lookup(0x6fff, 0, nullptr));
    }

    // The set of a 4K entry is (va >> 12) & (sets - 1); slots are set-major then way.
    void setIndexOf4KPages_data()
    {
        QTest::addColumn<VAddr>("va");
        QTest::addColumn<u32>("set");
        QTest::newRow("page 0") << VAddr { 0x0000 } << 0u;
        QTest::newRow("page 1") << VAddr { 0x1000 } << 1u;
        QTest::newRow("page 3") << VAddr { 0x3fff } << 3u;
        QTest::newRow("page 4 wraps") << VAddr { 0x4000 } << 0u;
        QTest::newRow("high page") << VAddr { 0x7fff'ffff'e000 } << 2u;
    }

    void setIndexOf4KPages()
    {
        QFETCH(VAddr, va);
        QFETCH(u32, set);
        Journal j;
        Tlb t(TlbConfig { 16, 4 });
        t.fill(entry(va & ~kPageMask, 5), &j);
        const auto fills = eventsOf<ev::TlbFill>(j);
        QCOMPARE(fills.size(), std::size_t { 1 });
        QCOMPARE(fills[0].set, set);
        QCOMPARE(fills[0].way, 0u);
        QVERIFY(t.l1()[set * 4].valid);
        QCOMPARE(validCount(t.l1()), 1u);
    }

    // Large pages are indexed by the large page number: va >> 21, >> 22 or >> 30.
    void setIndexOfLargePages_data()
    {
        QTest::addColumn<PageSize>("size");
        QTest::addColumn<VAddr>("pageVa");
        QTest::addColumn<u32>("set");
        QTest::newRow("2M #3") << PageSize::Size2M << VAddr { 3ull << 21 } << 3u;
        QTest::newRow("2M #5") << PageSize::Size2M << VAddr { 5ull << 21 } << 1u;
        QTest::newRow("4M #2") << PageSize::Size4M << VAddr { 2ull << 22 } << 2u;
        QTest::newRow("1G #7") << PageSize::Size1G << VAddr { 7ull << 30 } << 3u;
    }

    void setIndexOfLargePages()
    {
        QFETCH(PageSize, size);
        QFETCH(VAddr, pageVa);
        QFETCH(u32, set);
        Journal j;
        Tlb t(TlbConfig { 16, 4 });
        t.fill(entry(pageVa, 512, size), &j);
        const auto fills = eventsOf<ev::TlbFill>(j);
        QCOMPARE(fills.size(), std::size_t { 1 });
        QCOMPARE(fills[0].set, set);
        QCOMPARE(name(fills[0].size), name(size));
    }

    // Fill 5 pages into one 4-way set: the least recently used goes; a hit refreshes.
    void lruEvictionInSet()
    {
        Journal j;
        Tlb t(TlbConfig { 16, 4 });
        for (u32 i = 0; i < 4; ++i)
            t.fill(entry(i * kSet0Stride, 100 + i), &j);
        for (const auto& f : eventsOf<ev::TlbFill>(j)) {
            QCOMPARE(f.set, 0u);
            QVERIFY(!f.evicted);
        }
        // Page 0 is the oldest, but a hit makes it the most recent: page 1 is now the LRU.
        QVERIFY(t.lookup(0, 0, nullptr));
        j.clear();
        t.fill(entry(4 * kSet0Stride, 104), &j);
        auto fills = eventsOf<ev::TlbFill>(j);
        QCOMPARE(fills.size(), std::size_t { 1 });
        QVERIFY(fills[0].evicted);
        QCOMPARE(fills[0].evictedVa, 1 * kSet0Stride);
        QCOMPARE(fills[0].way, 1u);
        QVERIFY(t.lookup(0, 0, nullptr));
        QVERIFY(!t.lookup(1 * kSet0Stride, 0, nullptr));
        QVERIFY(t.lookup(2 * kSet0Stride, 0, nullptr));
        QVERIFY(t.lookup(3 * kSet0Stride, 0, nullptr));
        QVERIFY(t.lookup(4 * kSet0Stride, 0, nullptr));
        // Next victim: page 0 (looked up before 2, 3 and 4 in the lines above).
        j.clear();
        t.fill(entry(5 * kSet0Stride, 105), &j);
        fills = eventsOf<ev::TlbFill>(j);
        QCOMPARE(fills[0].evictedVa, VAddr { 0 });
        // Other sets are untouched by all this.
        QCOMPARE(validCount(t.l1()), 4u);
    }

    void invalidWayFilledBeforeEviction()
    {
        Journal j;
        Tlb t(TlbConfig { 16, 4 });
        for (u32 i = 0; i < 4; ++i)
            t.fill(entry(i * kSet0Stride, 100 + i), nullptr);
        QCOMPARE(t.invlpg(2 * kSet0Stride, 0, nullptr), 1u);
        t.fill(entry(9 * kSet0Stride, 109), &j);
        const auto fills = eventsOf<ev::TlbFill>(j);
        QCOMPARE(fills[0].way, 2u);
        QVERIFY(!fills[0].evicted);
        QVERIFY(t.lookup(0, 0, nullptr));
    }

    void fullyAssociative()
    {
        Journal j;
        Tlb t(TlbConfig { 8, 8 });
        QCOMPARE(t.sets(TlbLevel::L1), 1u);
        // Pages that would collide in a set-associative TLB all fit.
        for (u32 i = 0; i < 8; ++i)
            t.fill(entry(VAddr { 0x10000 } * (i + 1) * 7, i), &j);
        for (const auto& f : eventsOf<ev::TlbFill>(j)) {
            QCOMPARE(f.set, 0u);
            QVERIFY(!f.evicted);
        }
        for (u32 i = 0; i < 8; ++i)
            QVERIFY(t.lookup(VAddr { 0x10000 } * (i + 1) * 7 + 0x10, 0, nullptr));
        j.clear();
        t.fill(entry(0x1234'5000, 99), &j);
        const auto fills = eventsOf<ev::TlbFill>(j);
        QVERIFY(fills[0].evicted);
        QCOMPARE(fills[0].evictedVa, VAddr { 0x10000 } * 7); // the first one looked up
    }

    void directMapped()
    {
        Tlb t(TlbConfig { 4, 1 });
        t.fill(entry(0x0000, 1), nullptr);
        t.fill(entry(0x4000, 2), nullptr); // same set (4 sets): replaces page 0
        QVERIFY(!t.lookup(0x0000, 0, nullptr));
        QVERIFY(t.lookup(0x4000, 0, nullptr));
    }

    // A 2M entry serves every 4K address in its 2M page, and no other.
    void largePageLookups_data()
    {
        QTest::addColumn<PageSize>("size");
        QTest::addColumn<VAddr>("base");
        QTest::newRow("2M") << PageSize::Size2M << VAddr { 0x20'0000 } * 3;
        QTest::newRow("4M") << PageSize::Size4M << VAddr { 0x40'0000 } * 5;
        QTest::newRow("1G") << PageSize::Size1G << VAddr { 0x4000'0000 } * 2;
    }

    void largePageLookups()
    {
        QFETCH(PageSize, size);
        QFETCH(VAddr, base);
        const u64 bytes = pageSizeBytes(size);
        Tlb t(TlbConfig { 16, 4 });
        t.fill(entry(base, 0x800, size), nullptr);
        for (VAddr off : { u64 { 0 }, u64 { 0x1000 }, u64 { 0x1234 }, bytes / 2 + 0x5000, bytes - 1 }) {
            auto hit = t.lookup(base + off, 0, nullptr);
            QVERIFY2(hit, qPrintable(QString::number(base + off, 16)));
            QCOMPARE(name(hit->entry.size), name(size));
            QCOMPARE(hit->entry.pfn, Pfn { 0x800 });
        }
        QVERIFY(!t.lookup(base + bytes, 0, nullptr));
        QVERIFY(!t.lookup(base - 1, 0, nullptr));
    }

    void unalignedLargeFillIsAligned()
    {
        Tlb t(TlbConfig { 16, 4 });
        t.fill(entry(0x20'3000, 0x200, PageSize::Size2M), nullptr);
        QVERIFY(t.lookup(0x20'0000, 0, nullptr));
        QVERIFY(t.lookup(0x3f'ffff, 0, nullptr));
    }

    void mixedSizesCoexist()
    {
        Tlb t(TlbConfig { 16, 4 });
        t.fill(entry(0x20'0000, 0x200, PageSize::Size2M), nullptr);
        t.fill(entry(0x1000, 7), nullptr);
        auto small = t.lookup(0x1008, 0, nullptr);
        QVERIFY(small);
        QCOMPARE(name(small->entry.size), name(PageSize::Size4K));
        auto large = t.lookup(0x21'0008, 0, nullptr);
        QVERIFY(large);
        QCOMPARE(name(large->entry.size), name(PageSize::Size2M));
        QVERIFY(!t.lookup(0x40'0000, 0, nullptr));
    }

    void globalSurvivesFlushNonGlobalButNotFlushAll()
    {
        Tlb t(TlbConfig { 16, 4 });
        t.fill(entry(0x1000, 1, PageSize::Size4K, 0, true), nullptr);
        t.fill(entry(0x2000, 2), nullptr);
        QCOMPARE(t.flushNonGlobal(0, true, nullptr), 1u);
        QVERIFY(t.lookup(0x1000, 0, nullptr));
        QVERIFY(!t.lookup(0x2000, 0, nullptr));
        QCOMPARE(t.flushAll(nullptr), 1u);
        QVERIFY(!t.lookup(0x1000, 0, nullptr));
        QCOMPARE(validCount(t.l1()), 0u);
    }

    void pcidTagging()
    {
        Tlb t(TlbConfig { 16, 4 });
        t.fill(entry(0x1000, 1, PageSize::Size4K, 1), nullptr);
        QVERIFY(t.lookup(0x1000, 1, nullptr));
        QVERIFY(!t.lookup(0x1000, 2, nullptr)); // PCID 2 does not see PCID 1's entry
        t.fill(entry(0x1000, 9, PageSize::Size4K, 2), nullptr);
        QCOMPARE(t.lookup(0x1000, 1, nullptr)->entry.pfn, Pfn { 1 });
        QCOMPARE(t.lookup(0x1000, 2, nullptr)->entry.pfn, Pfn { 9 });
        // A global entry matches any PCID.
        t.fill(entry(0x5000, 5, PageSize::Size4K, 3, true), nullptr);
        QVERIFY(t.lookup(0x5000, 1, nullptr));
        QVERIFY(t.lookup(0x5000, 7, nullptr));
        // MOV to CR3 with PCIDE=1 for PCID 2 keeps PCID 1's entries and global ones.
        QCOMPARE(t.flushNonGlobal(2, false, nullptr), 1u);
        QVERIFY(t.lookup(0x1000, 1, nullptr));
        QVERIFY(!t.lookup(0x1000, 2, nullptr));
        QVERIFY(t.lookup(0x5000, 2, nullptr));
        // With PCIDE=0 every non-global entry goes, whatever its PCID.
        t.fill(entry(0x2000, 2, PageSize::Size4K, 4), nullptr);
        QCOMPARE(t.flushNonGlobal(0, true, nullptr), 2u);
        QVERIFY(!t.lookup(0x1000, 1, nullptr));
        QVERIFY(!t.lookup(0x2000, 4, nullptr));
        QVERIFY(t.lookup(0x5000, 0, nullptr));
    }

    void invlpgRemovesSamePcidAndGlobalOnly()
    {
        Journal j;
        Tlb t(TlbConfig { 16, 4 });
        t.fill(entry(0x1000, 1, PageSize::Size4K, 1), nullptr);
        t.fill(entry(0x1000, 2, PageSize::Size4K, 2), nullptr);
        t.fill(entry(0x3000, 3, PageSize::Size4K, 2, true), nullptr);
        QCOMPARE(t.invlpg(0x1abc, 1, &j), 1u);
        QVERIFY(!t.lookup(0x1000, 1, nullptr));
        QVERIFY(t.lookup(0x1000, 2, nullptr)); // other PCID kept
        // A global entry goes whatever the PCID INVLPG runs under.
        QCOMPARE(t.invlpg(0x3000, 1, &j), 1u);
        QVERIFY(!t.lookup(0x3000, 2, nullptr));
        // Nothing there: 0 removed.
        QCOMPARE(t.invlpg(0x9000, 2, &j), 0u);
        const auto inv = eventsOf<ev::TlbInvalidate>(j);
        QCOMPARE(inv.size(), std::size_t { 3 });
        QCOMPARE(inv[0].va, VAddr { 0x1abc });
        QCOMPARE(inv[0].pcid, u16 { 1 });
        QCOMPARE(inv[0].removed, 1u);
        QCOMPARE(inv[2].removed, 0u);
    }

    void invlpgRemovesLargePageContainingVa()
    {
        Tlb t(TlbConfig { 16, 4 });
        t.fill(entry(0x20'0000, 0x200, PageSize::Size2M), nullptr);
        t.fill(entry(0x40'0000, 0x400, PageSize::Size2M), nullptr);
        QCOMPARE(t.invlpg(0x2f'f123, 0, nullptr), 1u);
        QVERIFY(!t.lookup(0x20'0000, 0, nullptr));
        QVERIFY(t.lookup(0x40'0000, 0, nullptr));
    }

    void stlbRefillsL1()
    {
        Journal j;
        Tlb t(TlbConfig { 4, 4, 16, 4 });
        for (u32 i = 0; i < 5; ++i)
            t.fill(entry(VAddr { i } * kPageSize, 10 + i), nullptr);
        // Page 0 fell out of the 4-entry L1 but the STLB (4 sets) still holds it.
        QCOMPARE(validCount(t.l1()), 4u);
        QCOMPARE(validCount(t.stlb()), 5u);
        auto hit = t.lookup(0x0010, 0, &j);
        QVERIFY(hit);
        QCOMPARE(hit->level, TlbLevel::Stlb);
        QCOMPARE(hit->entry.pfn, Pfn { 10 });
        const auto lookups = eventsOf<ev::TlbLookup>(j);
        QCOMPARE(lookups.size(), std::size_t { 1 });
        QVERIFY(lookups[0].hit);
        QCOMPARE(lookups[0].level, TlbLevel::Stlb);
        const auto fills = eventsOf<ev::TlbFill>(j);
        QCOMPARE(fills.size(), std::size_t { 1 });
        QCOMPARE(fills[0].level, TlbLevel::L1);
        QVERIFY(fills[0].evicted);
        QCOMPARE(fills[0].evictedVa, VAddr { 0x1000 }); // L1's LRU
        // Now in L1 again.
        QCOMPARE(t.lookup(0x0010, 0, nullptr)->level, TlbLevel::L1);
        // Page 1, pushed out of L1 by that refill, is still served by the STLB.
        QCOMPARE(t.lookup(0x1000, 0, nullptr)->level, TlbLevel::Stlb);
    }

    void fillGoesToBothLevels()
    {
        Journal j;
        Tlb t(TlbConfig { 4, 2, 16, 4 });
        t.fill(entry(0x3000, 3), &j);
        const auto fills = eventsOf<ev::TlbFill>(j);
        QCOMPARE(fills.size(), std::size_t { 2 });
        QCOMPARE(fills[0].level, TlbLevel::L1);
        QCOMPARE(fills[0].set, 1u); // 2 sets
        QCOMPARE(fills[1].level, TlbLevel::Stlb);
        QCOMPARE(fills[1].set, 3u); // 4 sets
    }

    void invlpgAndFlushesReachTheStlb()
    {
        Tlb t(TlbConfig { 4, 4, 16, 4 });
        t.fill(entry(0x1000, 1), nullptr);
        QCOMPARE(t.invlpg(0x1000, 0, nullptr), 2u); // one per level
        QVERIFY(!t.lookup(0x1000, 0, nullptr));
        t.fill(entry(0x1000, 1), nullptr);
        QCOMPARE(t.flushNonGlobal(0, true, nullptr), 2u);
        QVERIFY(!t.lookup(0x1000, 0, nullptr));
        t.fill(entry(0x1000, 1, PageSize::Size4K, 0, true), nullptr);
        QCOMPARE(t.flushAll(nullptr), 2u);
        QVERIFY(!t.lookup(0x1000, 0, nullptr));
    }

    // The dirty-bit re-walk fills the same page again: it must replace, not duplicate.
    void duplicateFillReplaces()
    {
        Journal j;
        Tlb t(TlbConfig { 16, 4 });
        t.fill(entry(0x1000, 1), nullptr);
        TlbEntry e = entry(0x1000, 1);
        e.dirty = true;
        t.fill(e, &j);
        QCOMPARE(validCount(t.l1()), 1u);
        QVERIFY(t.lookup(0x1000, 0, nullptr)->entry.dirty);
        const auto fills = eventsOf<ev::TlbFill>(j);
        QCOMPARE(fills.size(), std::size_t { 1 });
        QVERIFY(!fills[0].evicted);
        QCOMPARE(fills[0].way, 0u);
        // Another PCID's entry for the same page is a different translation.
        t.fill(entry(0x1000, 8, PageSize::Size4K, 5), nullptr);
        QCOMPARE(validCount(t.l1()), 2u);
        // A global fill for the page answers every PCID: it takes the place of both.
        t.fill(entry(0x1000, 9, PageSize::Size4K, 0, true), nullptr);
        QCOMPARE(validCount(t.l1()), 1u);
        QCOMPARE(t.lookup(0x1000, 5, nullptr)->entry.pfn, Pfn { 9 });
        // A duplicate fill does not push other pages out of a full set.
        Tlb u(TlbConfig { 4, 4 });
        for (u32 i = 0; i < 4; ++i)
            u.fill(entry(VAddr { i } * kPageSize, i), nullptr);
        u.fill(entry(0x2000, 2), nullptr);
        for (u32 i = 0; i < 4; ++i)
            QVERIFY(u.lookup(VAddr { i } * kPageSize, 0, nullptr));
    }

    void lookupEvents()
    {
        Journal j;
        Tlb t(TlbConfig { 16, 4 });
        QVERIFY(!t.lookup(0x5123, 3, &j));
        t.fill(entry(0x20'0000, 0x200, PageSize::Size2M, 3), &j);
        QVERIFY(t.lookup(0x20'5123, 3, &j));
        const auto l = eventsOf<ev::TlbLookup>(j);
        QCOMPARE(l.size(), std::size_t { 2 });
        QCOMPARE(l[0].va, VAddr { 0x5123 });
        QCOMPARE(l[0].pcid, u16 { 3 });
        QVERIFY(!l[0].hit);
        QVERIFY(l[1].hit);
        QCOMPARE(l[1].level, TlbLevel::L1);
        QCOMPARE(name(l[1].size), name(PageSize::Size2M));
        QCOMPARE(l[1].pfn, Pfn { 0x200 });
        const auto f = eventsOf<ev::TlbFill>(j);
        QCOMPARE(f.size(), std::size_t { 1 });
        QCOMPARE(f[0].va, VAddr { 0x20'0000 });
        QCOMPARE(f[0].pcid, u16 { 3 });
        QCOMPARE(f[0].set, 1u);
        QCOMPARE(f[0].way, 0u);
        QCOMPARE(f[0].pfn, Pfn { 0x200 });
        QVERIFY(!f[0].global);
        QVERIFY(!f[0].evicted);
    }

    void flushEvents()
    {
        Journal j;
        Tlb t(TlbConfig { 16, 4 });
        t.fill(entry(0x1000, 1, PageSize::Size4K, 2), nullptr);
        t.fill(entry(0x2000, 2, PageSize::Size4K, 2, true), nullptr);
        t.flushNonGlobal(2, false, &j);
        t.flushAll(&j);
        const auto f = eventsOf<ev::TlbFlush>(j);
        QCOMPARE(f.size(), std::size_t { 2 });
        QCOMPARE(f[0].kind, TlbFlushKind::Cr3Load);
        QCOMPARE(f[0].pcid, u16 { 2 });
        QCOMPARE(f[0].removed, 1u);
        QCOMPARE(f[1].kind, TlbFlushKind::All);
        QCOMPARE(f[1].removed, 1u);
    }

    void disabledJournalRecordsNothing()
    {
        Journal j;
        j.setEnabled(false);
        Tlb t(TlbConfig { 4, 4, 8, 2 });
        t.fill(entry(0x1000, 1), &j);
        t.lookup(0x1000, 0, &j);
        t.lookup(0x9000, 0, &j);
        t.invlpg(0x1000, 0, &j);
        t.flushAll(&j);
        QCOMPARE(j.size(), std::size_t { 0 });
    }

    // After many fills, invalidations and flushes, lookups still find exactly what is there
    // (the per-size counts that let lookups skip sizes must stay right).
    void sizeCountsStayConsistent()
    {
        Tlb t(TlbConfig { 8, 2 });
        t.fill(entry(0x20'0000, 0x200, PageSize::Size2M), nullptr);
        QCOMPARE(t.invlpg(0x20'0000, 0, nullptr), 1u);
        t.fill(entry(0x1000, 1), nullptr);
        t.fill(entry(0x40'0000, 0x400, PageSize::Size2M), nullptr); // set 2 of 4
        // Evict the 2M entry by 4K fills in its set (4K pages 2, 6, 10, ...).
        t.fill(entry(0x2000, 10), nullptr);
        t.fill(entry(0x6000, 11), nullptr);
        QVERIFY(!t.lookup(0x40'0000, 0, nullptr));
        t.fill(entry(0x60'0000, 0x600, PageSize::Size2M), nullptr); // set 3
        QVERIFY(t.lookup(0x60'1000, 0, nullptr));
        QCOMPARE(t.flushAll(nullptr), 4u);
        t.fill(entry(0x80'0000, 0x800, PageSize::Size2M), nullptr);
        QVERIFY(t.lookup(0x81'0000, 0, nullptr));
    }
};

QTEST_APPLESS_MAIN(TestTlb)
#include "test_tlb.moc"
