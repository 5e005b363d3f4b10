// Swap areas (kernel/swap.cpp): Linux's priority rules for swapon without a priority, slot
// allocation by priority with round robin among equal priorities, slot reference counts, and
// the priorities given back at swapoff.
#include "kernel/swap.h"

#include <QtTest>

using namespace pagelab;
using namespace pagelab::kernel;

class TestSwap : public QObject {
    Q_OBJECT
private slots:
    void defaultPriorities();
    void removeGivesPriorityBack();
    void highestPriorityFirst();
    void equalPrioritiesRoundRobin();
    void fullEverywhere();
    void slotCounts();
    void rejectsDuplicateAndEmpty();
    void swapCacheHoldsTheSlot();
    void fullMeansLessThanHalfFree();
};

void TestSwap::defaultPriorities()
{
    SwapSpace s;
    QCOMPARE(s.add("a", 4, std::nullopt, 0)->prio, -2);
    QCOMPARE(s.add("b", 4, std::nullopt, 0)->prio, -3);
    QCOMPARE(s.add("c", 4, 7, 0)->prio, 7);
    QCOMPARE(s.add("d", 4, std::nullopt, 0)->prio, -4);
    // Ordered by priority: c (7), a (-2), b (-3), d (-4).
    const auto areas = s.areas();
    QCOMPARE(areas.size(), std::size_t { 4 });
    QCOMPARE(areas[0]->name, std::string("c"));
    QCOMPARE(areas[3]->name, std::string("d"));
}

void TestSwap::removeGivesPriorityBack()
{
    SwapSpace s;
    s.add("a", 4, std::nullopt, 0);
    s.add("b", 4, std::nullopt, 0);
    s.add("c", 4, std::nullopt, 0);
    QVERIFY(s.remove("b"));
    QCOMPARE(s.find("a")->prio, -2); // above the removed one: unchanged
    QCOMPARE(s.find("c")->prio, -3); // below it: moved up
    QCOMPARE(s.add("d", 4, std::nullopt, 0)->prio, -4);
    QVERIFY(!s.remove("nosuch"));
}

void TestSwap::highestPriorityFirst()
{
    SwapSpace s;
    const u32 hdd = s.add("hdd", 4, 5, 0)->type;
    const u32 ssd = s.add("ssd", 2, 10, 0)->type;
    QCOMPARE(s.allocate()->type, ssd);
    QCOMPARE(s.allocate()->type, ssd);
    QCOMPARE(s.allocate()->type, hdd); // ssd is full
    QCOMPARE(s.find("ssd")->used, u64 { 2 });
}

void TestSwap::equalPrioritiesRoundRobin()
{
    SwapSpace s;
    const u32 a = s.add("a", 4, 3, 0)->type;
    const u32 b = s.add("b", 4, 3, 0)->type;
    s.add("low", 4, 1, 0);
    std::vector<u32> got;
    for (int i = 0; i < 4; ++i)
        got.push_back(s.allocate()->type);
    QCOMPARE(got, (std::vector<u32> { a, b, a, b }));
}

void TestSwap::fullEverywhere()
{
    SwapSpace s;
    s.add("a", 1, 0, 0);
    QVERIFY(s.allocate());
    QVERIFY(!s.allocate());
    s.find("a")->writeOk = false; // swapoff in progress: not used even with room
    QVERIFY(s.free(SwapSlot { 0, 0 }) == 0);
    QVERIFY(!s.allocate());
}

void TestSwap::slotCounts()
{
    SwapSpace s;
    s.add("a", 2, 0, 0);
    const SwapSlot slot = *s.allocate();
    s.find("a")->store[slot.offset].fill(7);
    s.dup(slot); // fork: two PTEs hold it
    QCOMPARE(s.count(slot), u32 { 2 });
    QCOMPARE(s.free(slot), u32 { 1 });
    QCOMPARE(s.find("a")->used, u64 { 1 });
    QCOMPARE(s.free(slot), u32 { 0 });
    QCOMPARE(s.find("a")->used, u64 { 0 });
    QVERIFY(s.find("a")->store.empty());
}

void TestSwap::rejectsDuplicateAndEmpty()
{
    SwapSpace s;
    QVERIFY(s.add("a", 1, 0, 0));
    QVERIFY(!s.add("a", 1, 0, 0));
    QVERIFY(!s.add("b", 0, 0, 0));
}

// SWAP_HAS_CACHE: a slot no PTE holds stays used while the swap cache holds it, and the
// swap cache's hold lets swap_duplicate count PTEs from zero (try_to_unmap).
void TestSwap::swapCacheHoldsTheSlot()
{
    SwapSpace s;
    s.add("a", 1, 0, 0);
    const SwapSlot slot = *s.allocate();
    s.setCached(slot, true);
    QCOMPARE(s.free(slot), u32 { 0 });
    QCOMPARE(s.find("a")->used, u64 { 1 });
    s.dup(slot);
    QCOMPARE(s.count(slot), u32 { 1 });
    QCOMPARE(s.free(slot), u32 { 0 });
    QVERIFY(s.cached(slot));
    s.find("a")->store[slot.offset].fill(1);
    s.setCached(slot, false);
    QCOMPARE(s.find("a")->used, u64 { 0 });
    QVERIFY(s.find("a")->store.empty());
    QVERIFY(s.allocate() == slot); // free again
}

// vm_swap_full: nr_swap_pages * 2 < total_swap_pages.
void TestSwap::fullMeansLessThanHalfFree()
{
    SwapSpace s;
    s.add("a", 4, 0, 0);
    s.allocate();
    s.allocate();
    QVERIFY(!s.full()); // exactly half free
    s.allocate();
    QVERIFY(s.full());
}

QTEST_APPLESS_MAIN(TestSwap)
#include "test_swap.moc"
