// The charts view: the rate series follow the player (one sample per position, truncated on
// back), the miss-ratio worker gives the engine's own curves (Mattson for LRU, one simulation
// per size for the others, Belady's anomaly for FIFO), Cancel stops it, bad traces and absurd
// sizes give messages, and the memory chart adds up to the RAM and draws at every size.
#include "charts/charts_dock.h"
#include "charts/memory_breakdown.h"
#include "charts/memory_chart.h"
#include "charts/mrc_job.h"
#include "charts/mrc_panel.h"
#include "charts/rates_plot.h"
#include "machine/machine.h"
#include "player/player.h"
#include "theme/theme.h"
#include "trace/mrc.h"

#include "charts/qcustomplot_wrap.h"
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace pagelab;
using namespace pagelab::ui;

Q_DECLARE_METATYPE(pagelab::ui::MrcResult)

namespace {

const char* const kScenario = "machine frames=16\n"
                              "swapon disk size=64K\n"
                              "process p\n"
                              "mmap p len=16K at=0x10000000\n"
                              "write p 0x10000000 \"a\"\n"
                              "write p 0x10001000 \"b\"\n"
                              "read p 0x10000000 len=1\n"
                              "reclaim pages=1\n"
                              "read p 0x10000000 len=1\n"
                              "read p 0x10001000 len=1\n";

MrcResult waitFor(MrcJob& job)
{
    QSignalSpy finished(&job, &MrcJob::finished);
    if (!job.running())
        return {};
    if (!finished.wait(60000))
        return {};
    return finished.takeFirst().at(0).value<MrcResult>();
}

} // namespace

class TestChartsView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<MrcResult>(); }

    void ratesFollowStepAndBack()
    {
        Player player;
        Theme theme;
        ChartsDock dock(player, theme);
        QVERIFY(player.load(QString::fromLatin1(kScenario), QStringLiteral("<test>")).ok());
        const RateHistory& h = dock.rateHistory();
        // Each command end adds the sample of its position, the history stays a prefix.
        int ends = 0;
        while (player.canStepForward()) {
            player.next();
            ++ends;
            QCOMPARE(h.lastPosition(), RateHistory::positionOf(player));
            QCOMPARE(h.lastPosition(), player.position());
            QCOMPARE(h.at(player.position())->accesses, player.state().machine().stats().accesses);
        }
        QCOMPARE(ends, 10);
        const Stats last = *h.at(10);
        QVERIFY(last.pageFaults > 0);
        QVERIFY(last.majorFaults >= 1);
        QCOMPARE(dock.ratesPlot()->graph(RatesPlot::FaultGraph)->dataCount(), int(h.series().x.size()));

        // Back into the last command: its sample follows the machine at the cursor.
        player.back();
        QCOMPARE(RateHistory::positionOf(player), 10);
        QCOMPARE(h.lastPosition(), 10);
        QCOMPARE(h.at(10)->accesses, player.state().machine().stats().accesses);
        QVERIFY(h.at(10)->accesses <= last.accesses);
        // Before its first event: the sample is the state before it, the same as position 9's.
        while (player.shownEvents() > 0)
            player.back();
        QCOMPARE(h.at(10)->accesses, h.at(9)->accesses);
        while (player.position() > 6)
            player.back();
        QCOMPARE(h.lastPosition(), RateHistory::positionOf(player));
        QVERIFY(h.lastPosition() <= 6);
        // Forward again: the same numbers as the first time (the engine is deterministic).
        while (player.canStepForward())
            player.next();
        QCOMPARE(h.lastPosition(), 10);
        QCOMPARE(h.at(10)->pageFaults, last.pageFaults);
        QCOMPARE(h.at(10)->tlbHits, last.tlbHits);
    }

    void rateWindows()
    {
        RateHistory h;
        Stats s;
        h.record(0, s);
        s.userAccesses = 4;
        s.accesses = 6; // two of the four faulted and were retried: the rate ignores the retries
        s.pageFaults = 2;
        s.tlbHits = 1;
        s.tlbMisses = 3;
        h.record(1, s);
        h.record(2, s); // no access in the window: no rate, but a swap-in point of 0
        s.userAccesses = 8;
        s.accesses = 11;
        s.pageFaults = 3;
        s.majorFaults = 1;
        s.swapIns = 1;
        s.tlbHits = 4;
        s.tlbMisses = 4;
        h.record(3, s);
        const RateHistory::Series r = h.series();
        QCOMPARE(r.x, (QVector<double> { 1, 3 }));
        QCOMPARE(r.faultRate, (QVector<double> { 0.5, 0.25 }));
        QCOMPARE(r.majorRate, (QVector<double> { 0.0, 0.25 }));
        QCOMPARE(r.tlbHitRatio, (QVector<double> { 0.25, 0.75 }));
        QCOMPARE(r.swapIns, (QVector<double> { 0, 0, 1 }));
        h.record(1, s); // back to position 1: 2 and 3 go
        QCOMPARE(h.size(), 2);
    }

    // A long command's samples along its run become points between its position and the one
    // before; recording the position again without them keeps them, a new run replaces them.
    void samplesAlongALongCommand()
    {
        RateHistory h;
        Stats s;
        h.record(0, s);
        std::vector<StatsSample> along;
        for (u64 k = 1; k <= 3; ++k) {
            Stats mid;
            mid.userAccesses = k * 1000;
            mid.pageFaults = k == 1 ? 500 : 500 + (k - 1) * 100; // many faults first, then few
            along.push_back({ k * 1000, 4000, mid });
        }
        s.userAccesses = 4000;
        s.pageFaults = 800;
        h.record(1, s, along);
        RateHistory::Series r = h.series();
        QCOMPARE(r.x, (QVector<double> { 0.25, 0.5, 0.75, 1 }));
        QCOMPARE(r.faultRate, (QVector<double> { 0.5, 0.1, 0.1, 0.1 }));
        h.record(1, s); // the same position again (Back and forth): the samples stay
        QCOMPARE(h.series().x.size(), 4);
        h.record(0, Stats {}); // back before the command: they go
        QCOMPARE(h.size(), 1);
    }

    // A workload of many references run through the player: several points, not one.
    void longWorkloadGivesSeveralPoints()
    {
        Player player;
        Theme theme;
        ChartsDock dock(player, theme);
        QVERIFY(player
                    .run(QStringLiteral("machine frames=64\nswapon disk size=2M\nprocess p\n"
                                        "workload p kind=zipf pages=200 count=50000 seed=3"),
                        QStringLiteral("<test>"))
                    .ok());
        const RateHistory::Series r = dock.rateHistory().series();
        QVERIFY2(r.x.size() >= 20, qPrintable(QString::number(r.x.size())));
        QCOMPARE(r.x.last(), 4.0);
        QVERIFY(r.x[r.x.size() - 2] > 3 && r.x[r.x.size() - 2] < 4);
        QVERIFY(r.faultRate.first() > r.faultRate.last()); // the working set faults in first
    }

    // Run to the end in one go (a scenario given at start): the long command's run still shows.
    void longWorkloadBeforeTheLastCommandShowsToo()
    {
        Player player;
        Theme theme;
        ChartsDock dock(player, theme);
        QVERIFY(player
                    .run(QStringLiteral("machine frames=64\nswapon disk size=2M\nprocess p\n"
                                        "workload p kind=zipf pages=200 count=50000 seed=3\nprocess q"),
                        QStringLiteral("<test>"))
                    .ok());
        const RateHistory::Series r = dock.rateHistory().series();
        QVERIFY2(r.x.size() >= 20, qPrintable(QString::number(r.x.size())));
        QVERIFY(r.x[1] > 3 && r.x[1] < 4);
    }

    void mrcWorkerEqualsEngine()
    {
        MrcJob job;
        QSignalSpy progress(&job, &MrcJob::progress);
        MrcRequest r;
        r.source = MrcRequest::Source::Workload;
        r.workload.kind = trace::WorkloadKind::Zipf;
        r.workload.pages = 40;
        r.workload.count = 2000;
        r.workload.seed = 7;
        r.maxFrames = 30;
        QVERIFY(job.start(r));
        const MrcResult res = waitFor(job);
        QVERIFY2(res.error.isEmpty(), qPrintable(res.error));
        QVERIFY(!res.cancelled);
        QVERIFY(progress.count() >= 2);
        QCOMPARE(progress.last().at(0).toInt(), 1000);

        const trace::DenseTrace dense = trace::densify(trace::generateWorkload(r.workload));
        QCOMPARE(res.references, dense.size());
        QCOMPARE(res.curves.size(), 4);
        const auto lru = trace::lruStackDistances(dense, res.maxFrames).curve();
        QCOMPARE(res.curves[0].frames.size(), int(lru.size()));
        for (std::size_t i = 0; i < lru.size(); ++i) {
            QCOMPARE(res.curves[0].frames[int(i)], double(lru[i].first));
            QCOMPARE(res.curves[0].faults[int(i)], double(lru[i].second));
        }
        const trace::Policy others[] = { trace::Policy::Fifo, trace::Policy::Clock, trace::Policy::Opt };
        for (int p = 0; p < 3; ++p) {
            const MrcCurve& c = res.curves[p + 1];
            QCOMPARE(int(c.policy), int(others[p]));
            QCOMPARE(c.frames.size(), int(trace::sampleSizes(res.maxFrames).size()));
            for (int i = 0; i < c.frames.size(); ++i)
                QCOMPARE(c.faults[i], double(trace::simulate(dense, others[p], u64(c.frames[i])).faults));
        }
    }

    void beladyAnomalyShows()
    {
        Theme theme;
        MrcPanel panel(theme);
        MrcRequest r; // Belady's string, 1..5 frames
        panel.setRequest(r);
        QSignalSpy finished(&panel.job(), &MrcJob::finished);
        panel.compute();
        QVERIFY(finished.wait(60000));
        const MrcCurve& fifo = panel.result().curves[1];
        QCOMPARE(int(fifo.policy), int(trace::Policy::Fifo));
        QCOMPARE(fifo.faults[2], 9.0);  // 3 frames
        QCOMPARE(fifo.faults[3], 10.0); // 4 frames: more frames, more faults
        QVERIFY(panel.statusText().contains(QStringLiteral("FIFO: 9 faults with 3 frames, 10 with 4")));
        QCOMPARE(panel.plot()->graph(1)->dataCount(), 5);
        QVERIFY(!panel.grab().isNull());
    }

    void cancelStops()
    {
        std::atomic<bool> cancel { true };
        MrcRequest r;
        QVERIFY(computeMrc(r, cancel).cancelled);

        MrcJob job;
        r.source = MrcRequest::Source::Workload;
        r.workload.kind = trace::WorkloadKind::Random;
        r.workload.pages = 100000;
        r.workload.count = 1000000;
        r.maxFrames = 100000;
        QVERIFY(job.start(r));
        QVERIFY(!job.start(r)); // one job at a time
        job.cancel();           // checked right after the string is generated
        const MrcResult res = waitFor(job);
        QVERIFY(res.cancelled);
        QVERIFY(res.curves.isEmpty());
        QVERIFY(!job.running());
    }

    void malformedTraceNamesTheLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.trace"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("1\n2 W\nnot-a-page\n3\n");
        f.close();

        Theme theme;
        MrcPanel panel(theme);
        MrcRequest r;
        r.source = MrcRequest::Source::File;
        r.path = path;
        r.format = trace::TraceFormat::Pages;
        panel.setRequest(r);
        QSignalSpy finished(&panel.job(), &MrcJob::finished);
        panel.compute();
        QVERIFY(finished.wait(60000));
        const MrcResult res = finished.takeFirst().at(0).value<MrcResult>();
        QVERIFY(res.error.startsWith(path + QStringLiteral(":3:")));
        QVERIFY(panel.statusText().startsWith(path + QStringLiteral(":3:")));

        r.path = dir.filePath(QStringLiteral("missing.trace"));
        std::atomic<bool> no { false };
        QVERIFY(!computeMrc(r, no).error.isEmpty());
    }

    void absurdSizesRefused()
    {
        MrcRequest r;
        r.maxFrames = 0;
        QVERIFY(!r.validate().isEmpty());
        r.maxFrames = MrcRequest::kMaxFrames + 1;
        QVERIFY(!r.validate().isEmpty());
        r.maxFrames = 8;
        r.source = MrcRequest::Source::Workload;
        r.workload.pages = 10;
        r.workload.count = MrcRequest::kMaxReferences + 1;
        QVERIFY(!r.validate().isEmpty());
        MrcJob job;
        QSignalSpy finished(&job, &MrcJob::finished);
        QVERIFY(!job.start(r));
        QCOMPARE(finished.count(), 1);
        QVERIFY(!finished.first().at(0).value<MrcResult>().error.isEmpty());
    }

    void memoryAddsUpAndFollows()
    {
        Player player;
        Theme theme;
        ChartsDock dock(player, theme);
        QVERIFY(player.run(QString::fromLatin1(kScenario), QStringLiteral("<test>")).ok());
        const MemoryBreakdown& b = dock.memoryChart()->breakdown();
        QCOMPARE(b.total, u64(16));
        QCOMPARE(std::accumulate(b.frames.begin(), b.frames.end(), u64(0)), b.total);
        QCOMPARE(b.frames[MemoryBreakdown::Free], player.state().machine().frames().freeFrames());
        QVERIFY(b.frames[MemoryBreakdown::Anon] >= 2);
        QVERIFY(b.frames[MemoryBreakdown::PageTables] >= 1);
        QCOMPARE(b.swap.size(), 1);
        QCOMPARE(b.swap[0].size, u64(16));
        QVERIFY(dock.memoryChart()->setNames().contains(tr("swapped out")));
        QVERIFY(player.run(QStringLiteral("mlock p 0x10000000 4K"), QStringLiteral("<test>")).ok());
        QCOMPARE(dock.memoryChart()->breakdown().frames[MemoryBreakdown::Locked], u64(1));
    }

    void highlightsRaiseTabsAndExport()
    {
        Player player;
        Theme theme;
        ChartsDock dock(player, theme);
        dock.setHighlights({ QStringLiteral("charts.memory") });
        QCOMPARE(dock.tabs()->currentIndex(), int(ChartsDock::MemoryTab));
        QCOMPARE(dock.exportWidget(), static_cast<QWidget*>(dock.memoryChart()));
        dock.setHighlights({ QStringLiteral("charts.mrc") });
        QCOMPARE(dock.tabs()->currentIndex(), int(ChartsDock::MrcTab));
        QCOMPARE(dock.exportWidget(), static_cast<QWidget*>(dock.mrcPanel()->plot()));
        dock.setHighlights({ QStringLiteral("charts.tlb") });
        QCOMPARE(dock.tabs()->currentIndex(), int(ChartsDock::RatesTab));
        QCOMPARE(dock.exportWidget(), static_cast<QWidget*>(dock.ratesPlot()));
        QVERIFY(dock.ratesPlot()->graph(RatesPlot::TlbGraph)->pen().widthF()
            > dock.ratesPlot()->graph(RatesPlot::FaultGraph)->pen().widthF());
        dock.setHighlights({ QStringLiteral("space.vma") }); // another view's: ignored
        QCOMPARE(dock.tabs()->currentIndex(), int(ChartsDock::RatesTab));
    }

    void drawsAtEverySize()
    {
        Player player;
        Theme theme;
        ChartsDock dock(player, theme);
        dock.resize(900, 500);
        QVERIFY(player.run(QString::fromLatin1(kScenario), QStringLiteral("<test>")).ok());
        for (const Theme::Mode mode : { Theme::Mode::Normal, Theme::Mode::Presentation }) {
            theme.setMode(mode);
            for (int tab = 0; tab < dock.tabs()->count(); ++tab) {
                dock.tabs()->setCurrentIndex(tab);
                const QImage img = dock.grab().toImage();
                QVERIFY(!img.isNull());
                if (qEnvironmentVariableIsSet("PAGELAB_CHARTS_SHOTS"))
                    img.save(QStringLiteral("/tmp/viewsD-tab%1-%2.png").arg(tab).arg(int(mode)));
            }
        }
        // A 1M-frame machine: one pass over the frames per state.
        QVERIFY(player
                    .run(QStringLiteral("machine frames=1048576\nprocess q\nmmap q len=64K at=0x20000000\n"
                                        "write q 0x20000000 \"x\""),
                        QStringLiteral("<test>"))
                    .ok());
        QCOMPARE(dock.memoryChart()->breakdown().total, u64(1048576));
        QVERIFY(!dock.grab().isNull());
    }
};

QTEST_MAIN(TestChartsView)
#include "test_charts_view.moc"
