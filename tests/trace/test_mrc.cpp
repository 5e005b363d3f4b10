// Miss-ratio curves (engine/trace/mrc.h) and the replacement simulator they build on: the
// exact LRU curve equals one LRU run per size on random, Zipf and loop traces; Belady's
// anomaly under FIFO (9 faults with 3 frames, 10 with 4) and none under LRU; hand-checked
// fault counts of each policy; OPT is a lower bound; the sampled sizes.
#include "trace/mrc.h"
#include "trace/trace_reader.h"
#include "trace/workload.h"

#include <QtTest>

using namespace pagelab;
using namespace pagelab::trace;

namespace {
DenseTrace fromPages(const std::vector<u64>& pages)
{
    std::vector<u64> refs;
    for (u64 p : pages)
        refs.push_back(makeRef(p, false));
    return densify(refs);
}
const std::vector<u64> kBelady = { 1, 2, 3, 4, 1, 2, 5, 1, 2, 3, 4, 5 };
} // namespace

class TestMrc : public QObject {
    Q_OBJECT

private slots:
    void lru_curve_equals_one_run_per_size_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("pages");
        QTest::newRow("random") << int(WorkloadKind::Random) << 300;
        QTest::newRow("zipf") << int(WorkloadKind::Zipf) << 500;
        QTest::newRow("loop") << int(WorkloadKind::Loop) << 100;
    }
    void lru_curve_equals_one_run_per_size()
    {
        QFETCH(int, kind);
        QFETCH(int, pages);
        WorkloadSpec s;
        s.kind = static_cast<WorkloadKind>(kind);
        s.pages = u64(pages);
        s.count = 20000;
        s.seed = 7;
        const DenseTrace t = densify(generateWorkload(s));
        const u64 max = t.distinct() + 5;
        const StackDistances sd = lruStackDistances(t, max);
        const auto curve = sd.curve();
        QCOMPARE(curve.size(), std::size_t(max));
        for (u64 c = 1; c <= max; ++c) {
            QCOMPARE(curve[c - 1].first, c);
            QCOMPARE(curve[c - 1].second, simulate(t, Policy::Lru, c).faults);
            QCOMPARE(sd.faults(c), curve[c - 1].second);
        }
        // Past the distinct pages only the cold misses remain.
        QCOMPARE(curve.back().second, t.distinct());
        // A smaller max keeps the same values (the rest counted as `beyond`).
        const auto partial = lruStackDistances(t, 20).curve();
        for (u64 c = 1; c <= 20; ++c)
            QCOMPARE(partial[c - 1].second, curve[c - 1].second);
    }

    void belady_anomaly_under_fifo_not_lru()
    {
        const DenseTrace t = fromPages(kBelady);
        QCOMPARE(simulate(t, Policy::Fifo, 3).faults, u64 { 9 });
        QCOMPARE(simulate(t, Policy::Fifo, 4).faults, u64 { 10 });
        const auto lru = lruStackDistances(t, 6).curve();
        for (std::size_t i = 1; i < lru.size(); ++i)
            QVERIFY(lru[i].second <= lru[i - 1].second);
        QCOMPARE(lru[2].second, u64 { 10 });
        QCOMPARE(lru[3].second, u64 { 8 });
        const auto fifo = policyCurve(t, Policy::Fifo, sampleSizes(5));
        QCOMPARE(fifo[2], (std::pair<u64, u64> { 3, 9 }));
        QCOMPARE(fifo[3], (std::pair<u64, u64> { 4, 10 }));
    }

    void hand_checked_faults_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<int>("frames");
        QTest::addColumn<int>("faults");
        // Belady's string, counted by hand.
        QTest::newRow("opt 3") << int(Policy::Opt) << 3 << 7;
        QTest::newRow("opt 4") << int(Policy::Opt) << 4 << 6;
        QTest::newRow("lru 3") << int(Policy::Lru) << 3 << 10;
        QTest::newRow("clock 3") << int(Policy::Clock) << 3 << 9;
        QTest::newRow("all 1") << int(Policy::Clock) << 1 << 12;
        QTest::newRow("opt 5") << int(Policy::Opt) << 5 << 5;
    }
    void hand_checked_faults()
    {
        QFETCH(int, policy);
        QFETCH(int, frames);
        QFETCH(int, faults);
        QCOMPARE(simulate(fromPages(kBelady), static_cast<Policy>(policy), u64(frames)).faults, u64(faults));
    }

    void clock_gives_a_second_chance()
    {
        // 3 frames: 1 2 3 fill (all referenced); 4 clears all bits and evicts 1; 2 is
        // referenced again; 5: the hand is at 2 (set: cleared), 3 (clear): evicts 3.
        // Then 2 hits and 3 faults. LRU would also evict 3 here; FIFO evicts 2 instead.
        const DenseTrace t = fromPages({ 1, 2, 3, 4, 2, 5, 2, 3 });
        QCOMPARE(simulate(t, Policy::Clock, 3).faults, u64 { 6 });
        QCOMPARE(simulate(t, Policy::Fifo, 3).faults, u64 { 7 });
    }

    void opt_is_a_lower_bound()
    {
        WorkloadSpec s;
        s.kind = WorkloadKind::Zipf;
        s.pages = 400;
        s.count = 10000;
        const DenseTrace t = densify(generateWorkload(s));
        const auto next = nextUses(t);
        for (u64 c : { 1, 7, 50, 200, 400 }) {
            const u64 opt = simulate(t, Policy::Opt, c, &next).faults;
            for (Policy p : { Policy::Lru, Policy::Fifo, Policy::Clock })
                QVERIFY(opt <= simulate(t, p, c).faults);
        }
    }

    void dirty_evictions()
    {
        // 1 frame: W1 R2 R1 -> evicting 1 (dirty) then 2 (clean).
        const DenseTrace t = densify({ makeRef(1, true), makeRef(2, false), makeRef(1, false) });
        const auto r = simulate(t, Policy::Lru, 1);
        QCOMPARE(r.faults, u64 { 3 });
        QCOMPARE(r.evictions, u64 { 2 });
        QCOMPARE(r.dirtyEvictions, u64 { 1 });
    }

    void sampled_sizes()
    {
        QCOMPARE(sampleSizes(4), (std::vector<u64> { 1, 2, 3, 4 }));
        const auto s = sampleSizes(1000);
        QVERIFY(std::is_sorted(s.begin(), s.end()));
        QCOMPARE(s.front(), u64 { 1 });
        QCOMPARE(s.back(), u64 { 1000 });
        QVERIFY(std::find(s.begin(), s.end(), u64 { 512 }) != s.end());
        QVERIFY(std::find(s.begin(), s.end(), u64 { 500 }) != s.end());
        // Curves over several threads match single runs.
        WorkloadSpec w;
        w.kind = WorkloadKind::Random;
        w.pages = 200;
        w.count = 5000;
        const DenseTrace t = densify(generateWorkload(w));
        const auto sizes = sampleSizes(200);
        const auto curve = policyCurve(t, Policy::Fifo, sizes, 4);
        for (std::size_t i = 0; i < sizes.size(); ++i)
            QCOMPARE(
                curve[i], (std::pair<u64, u64> { sizes[i], simulate(t, Policy::Fifo, sizes[i]).faults }));
    }
};

QTEST_APPLESS_MAIN(TestMrc)
#include "test_mrc.moc"
