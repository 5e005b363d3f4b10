// Workload generators (engine/trace/workload.h): the shape of seq and loop, determinism with
// a seed, the range of random and zipf, zipf's skew, and the write fraction.
#include "trace/trace_reader.h"
#include "trace/workload.h"

#include <QtTest>

#include <algorithm>

using namespace pagelab;
using namespace pagelab::trace;

namespace {
std::vector<u64> pagesOf(const std::vector<u64>& refs)
{
    std::vector<u64> p;
    for (u64 r : refs)
        p.push_back(refPage(r));
    return p;
}
WorkloadSpec spec(WorkloadKind k, u64 pages, u64 count, u64 seed = 1)
{
    WorkloadSpec s;
    s.kind = k;
    s.pages = pages;
    s.count = count;
    s.seed = seed;
    return s;
}
} // namespace

class TestWorkload : public QObject {
    Q_OBJECT

private slots:
    void seq_streams_once()
    {
        QCOMPARE(pagesOf(generateWorkload(spec(WorkloadKind::Seq, 3, 6))),
            (std::vector<u64> { 0, 0, 1, 1, 2, 2 }));
    }
    void loop_cycles()
    {
        QCOMPARE(pagesOf(generateWorkload(spec(WorkloadKind::Loop, 3, 7))),
            (std::vector<u64> { 0, 1, 2, 0, 1, 2, 0 }));
    }
    void deterministic_with_seed_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("random") << int(WorkloadKind::Random);
        QTest::newRow("zipf") << int(WorkloadKind::Zipf);
    }
    void deterministic_with_seed()
    {
        QFETCH(int, kind);
        const auto k = static_cast<WorkloadKind>(kind);
        const auto a = generateWorkload(spec(k, 1000, 5000, 42));
        QCOMPARE(generateWorkload(spec(k, 1000, 5000, 42)), a);
        QVERIFY(generateWorkload(spec(k, 1000, 5000, 43)) != a);
        for (u64 p : pagesOf(a))
            QVERIFY(p < 1000);
    }
    void random_covers_the_range()
    {
        const auto p = pagesOf(generateWorkload(spec(WorkloadKind::Random, 16, 10000)));
        for (u64 page = 0; page < 16; ++page) {
            const auto n = std::count(p.begin(), p.end(), page);
            QVERIFY2(n > 10000 / 16 / 2 && n < 10000 / 16 * 2, qPrintable(QString::number(n)));
        }
    }
    void zipf_is_skewed_data()
    {
        QTest::addColumn<double>("theta");
        QTest::newRow("gray (theta < 1)") << 0.99;
        QTest::newRow("cdf (theta >= 1)") << 1.2;
    }
    void zipf_is_skewed()
    {
        QFETCH(double, theta);
        WorkloadSpec s = spec(WorkloadKind::Zipf, 1000, 100000);
        s.theta = theta;
        const auto p = pagesOf(generateWorkload(s));
        std::vector<u64> counts(1000);
        for (u64 page : p)
            ++counts[page];
        // Page 0 is the hottest, far above the uniform 100 and above page 9; the tail is cold.
        QVERIFY(counts[0] > 5000);
        QVERIFY(counts[0] > counts[9] * 3);
        // Probability ratio p(0)/p(1) = 2^theta.
        const double ratio = double(counts[0]) / double(counts[1]);
        QVERIFY2(std::abs(ratio - std::pow(2.0, theta)) < 0.3, qPrintable(QString::number(ratio)));
    }
    void write_fraction()
    {
        WorkloadSpec s = spec(WorkloadKind::Random, 100, 20000);
        s.write = 0.25;
        const auto refs = generateWorkload(s);
        const auto w = std::count_if(refs.begin(), refs.end(), [](u64 r) { return refWrite(r); });
        QVERIFY2(w > 4500 && w < 5500, qPrintable(QString::number(w)));
        // write= draws from its own stream: the pages are the same as without writes.
        QCOMPARE(pagesOf(refs), pagesOf(generateWorkload(spec(WorkloadKind::Random, 100, 20000))));
        s.write = 0;
        for (u64 r : generateWorkload(s))
            QVERIFY(!refWrite(r));
    }
    void bad_specs()
    {
        QVERIFY(!spec(WorkloadKind::Seq, 0, 1).validate().empty());
        WorkloadSpec s = spec(WorkloadKind::Zipf, 10, 1);
        s.write = 1.5;
        QVERIFY(!s.validate().empty());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, generateWorkload(s));
    }
};

QTEST_APPLESS_MAIN(TestWorkload)
#include "test_workload.moc"
