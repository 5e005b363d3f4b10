// FrameTable: the kernel's per-frame state by frame number, in chunks allocated on first use.
#include "kernel/frame_table.h"

#include <QtTest>

using namespace pagelab;
using namespace pagelab::kernel;

namespace {
struct Entry {
    u64 value = 0;
    bool used = false;
};
using Table = FrameTable<Entry>;
} // namespace

class TestFrameTable : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void untouchedFramesHaveNoEntry()
    {
        Table t;
        QVERIFY(t.find(0) == nullptr);
        QVERIFY(t.find(123456) == nullptr);
        const Table& c = t;
        QVERIFY(c.find(7) == nullptr);
    }

    void atCreatesTheChunkWithDefaultEntries()
    {
        Table t;
        t.at(5).value = 42;
        QCOMPARE(t.find(5)->value, u64 { 42 });
        // The rest of its chunk exists, default-constructed; the next chunk does not.
        QVERIFY(t.find(0) != nullptr);
        QCOMPARE(t.find(Table::kChunkFrames - 1)->value, u64 { 0 });
        QVERIFY(t.find(Table::kChunkFrames) == nullptr);
    }

    void entriesNeverMove()
    {
        // The kernel keeps PageMeta pointers (pageMeta()) while other frames get entries.
        Table t;
        Entry* first = &t.at(1);
        first->value = 9;
        for (Pfn p = 0; p < 20 * Table::kChunkFrames; p += 97)
            t.at(p).used = true;
        QCOMPARE(&t.at(1), first);
        QCOMPARE(first->value, u64 { 9 });
    }

    void forEachVisitsAllocatedChunksInFrameOrder()
    {
        Table t;
        t.at(3 * Table::kChunkFrames + 2).used = true;
        t.at(7).used = true;
        std::vector<Pfn> used;
        u64 visited = 0;
        t.forEach([&](Pfn p, const Entry& e) {
            ++visited;
            if (e.used)
                used.push_back(p);
        });
        QCOMPARE(visited, 2 * Table::kChunkFrames); // chunks 0 and 3 only
        QCOMPARE(used, (std::vector<Pfn> { 7, 3 * Table::kChunkFrames + 2 }));
    }
};

QTEST_APPLESS_MAIN(TestFrameTable)
#include "test_frame_table.moc"
