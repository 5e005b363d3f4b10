// INVLPG and the flushes name every entry they remove (TlbEntryRemoved, before their summary
// event): the reported entries are exactly those valid before and gone after, at both levels.
#include "hw/tlb.h"
#include "journal/journal.h"
#include "tlb_test_entry.h"

#include <QtTest>

#include <algorithm>
#include <functional>
#include <tuple>

using namespace pagelab;

namespace {

using test::entry;

// A slot and what it held, comparable.
using Slot = std::tuple<int, u32, u32, VAddr, u16, int, Pfn, bool>;

std::vector<Slot> validSlots(const Tlb& t, TlbLevel level)
{
    const auto& cells = level == TlbLevel::L1 ? t.l1() : t.stlb();
    const u32 ways = level == TlbLevel::L1 ? t.config().ways : t.config().stlbWays;
    std::vector<Slot> out;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const TlbEntry& e = cells[i];
        if (e.valid)
            out.emplace_back(
                int(level), u32(i / ways), u32(i % ways), e.pageVa, e.pcid, int(e.size), e.pfn, e.global);
    }
    return out;
}

std::vector<Slot> allValid(const Tlb& t)
{
    auto out = validSlots(t, TlbLevel::L1);
    const auto s = validSlots(t, TlbLevel::Stlb);
    out.insert(out.end(), s.begin(), s.end());
    std::sort(out.begin(), out.end());
    return out;
}

// Runs `op`; the TlbEntryRemoved events it emits must equal (valid before) minus (valid after)
// and come right before one summary event, and `op` must return their count. Returns the
// reported entries sorted, or a sentence saying what is wrong.
struct Removal {
    QString error;
    std::vector<Slot> entries;
};

Removal removal(Tlb& t, const std::function<u32(Journal*)>& op)
{
    Journal j;
    const auto before = allValid(t);
    const u32 removed = op(&j);
    const auto after = allValid(t);
    std::vector<Slot> gone;
    std::set_difference(before.begin(), before.end(), after.begin(), after.end(), std::back_inserter(gone));

    Removal out;
    const auto& events = j.events();
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (const auto* r = std::get_if<ev::TlbEntryRemoved>(&events[i].data)) {
            out.entries.emplace_back(
                int(r->level), r->set, r->way, r->va, r->pcid, int(r->size), r->pfn, r->global);
            continue;
        }
        const bool summary = std::holds_alternative<ev::TlbInvalidate>(events[i].data)
            || std::holds_alternative<ev::TlbFlush>(events[i].data);
        if (!summary || i + 1 != events.size())
            out.error = QStringLiteral("event %1 is not the closing summary").arg(i);
    }
    std::sort(out.entries.begin(), out.entries.end());
    if (out.entries != gone)
        out.error
            = QStringLiteral("%1 entries reported, %2 really gone").arg(out.entries.size()).arg(gone.size());
    if (removed != gone.size())
        out.error = QStringLiteral("returned %1, %2 gone").arg(removed).arg(gone.size());
    return out;
}

} // namespace

class TestTlbRemovedEntries : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void invlpgNamesTheEntriesOfThatPageAtBothLevels()
    {
        Tlb t(TlbConfig { 16, 4, 32, 4 });
        t.fill(entry(0x1000, 1, PageSize::Size4K, 1), nullptr);
        t.fill(entry(0x1000, 2, PageSize::Size4K, 2), nullptr); // other PCID: stays
        t.fill(entry(0x5000, 5, PageSize::Size4K, 1), nullptr);
        const auto [err, r] = removal(t, [&](Journal* j) { return t.invlpg(0x1abc, 1, j); });
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QCOMPARE(r.size(), std::size_t { 2 }); // L1 and STLB copies of 0x1000, PCID 1
        for (const Slot& s : r) {
            QCOMPARE(std::get<3>(s), VAddr { 0x1000 });
            QCOMPARE(std::get<4>(s), u16 { 1 });
            QCOMPARE(std::get<6>(s), Pfn { 1 });
        }
        QCOMPARE(std::get<0>(r[0]), int(TlbLevel::L1));
        QCOMPARE(std::get<0>(r[1]), int(TlbLevel::Stlb));
        QCOMPARE(std::get<1>(r[0]), 1u); // 0x1000 is page 1: set 1 of 4 in L1
    }

    void invlpgNamesALargePageAndAGlobalEntry()
    {
        Tlb t(TlbConfig { 16, 4 });
        t.fill(entry(0x20'0000, 0x200, PageSize::Size2M, 3, true), nullptr);
        t.fill(entry(0x40'0000, 0x400, PageSize::Size2M), nullptr);
        const auto [err, r] = removal(t, [&](Journal* j) { return t.invlpg(0x2f'f123, 0, j); });
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QCOMPARE(r.size(), std::size_t { 1 });
        QCOMPARE(std::get<3>(r[0]), VAddr { 0x20'0000 });
        QCOMPARE(std::get<5>(r[0]), int(PageSize::Size2M));
        QVERIFY(std::get<7>(r[0])); // global: INVLPG removes it whatever its PCID
    }

    void cr3LoadNamesNonGlobalEntriesOnly()
    {
        Tlb t(TlbConfig { 16, 4 });
        t.fill(entry(0x1000, 1, PageSize::Size4K, 0), nullptr);
        t.fill(entry(0x2000, 2, PageSize::Size4K, 0, true), nullptr);
        t.fill(entry(0x3000, 3, PageSize::Size4K, 1), nullptr);
        const auto [err, r] = removal(t, [&](Journal* j) { return t.flushNonGlobal(0, true, j); });
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QCOMPARE(r.size(), std::size_t { 2 });
        QCOMPARE(std::get<3>(r[0]), VAddr { 0x1000 });
        QCOMPARE(std::get<3>(r[1]), VAddr { 0x3000 });
        QCOMPARE(allValid(t).size(), std::size_t { 1 }); // the global entry stays
    }

    void cr3LoadWithPcidNamesThatPcidOnly()
    {
        Tlb t(TlbConfig { 16, 4, 32, 4 });
        t.fill(entry(0x1000, 1, PageSize::Size4K, 1), nullptr);
        t.fill(entry(0x2000, 2, PageSize::Size4K, 2), nullptr);
        const auto [err, r] = removal(t, [&](Journal* j) { return t.flushNonGlobal(2, false, j); });
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QCOMPARE(r.size(), std::size_t { 2 }); // L1 and STLB
        for (const Slot& s : r)
            QCOMPARE(std::get<4>(s), u16 { 2 });
    }

    void flushAllNamesEverything()
    {
        Tlb t(TlbConfig { 8, 2 });
        t.fill(entry(0x1000, 1), nullptr);
        t.fill(entry(0x2000, 2, PageSize::Size4K, 0, true), nullptr);
        t.fill(entry(0x40'0000, 0x400, PageSize::Size2M), nullptr);
        const auto [err, r] = removal(t, [&](Journal* j) { return t.flushAll(j); });
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QCOMPARE(r.size(), std::size_t { 3 });
        QVERIFY(allValid(t).empty());
    }

    void nothingRemovedNamesNothing()
    {
        Tlb t(TlbConfig { 8, 2 });
        t.fill(entry(0x1000, 1), nullptr);
        const auto [err, r] = removal(t, [&](Journal* j) { return t.invlpg(0x9000, 0, j); });
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QVERIFY(r.empty());
    }

    void withoutJournalTheTlbStillRemoves()
    {
        Tlb t(TlbConfig { 8, 2 });
        t.fill(entry(0x1000, 1), nullptr);
        QCOMPARE(t.flushAll(nullptr), 1u);
        QVERIFY(allValid(t).empty());
    }
};

QTEST_APPLESS_MAIN(TestTlbRemovedEntries)
#include "test_tlb_removed_entries.moc"
