// Full-model replay (engine/trace/replay.h) and the `trace`/`workload` commands: every
// reference goes through the kernel; with enough frames the faults are exactly the distinct
// pages (demand zero, minor), and the result agrees with the replacement-only simulator.
#include "journal/journal.h"
#include "machine/session.h"
#include "trace/replay.h"
#include "trace/workload.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>

using namespace pagelab;
using namespace pagelab::trace;

class TestReplay : public QObject {
    Q_OBJECT

private slots:
    void enough_frames_fault_once_per_page()
    {
        WorkloadSpec s;
        s.kind = WorkloadKind::Zipf;
        s.pages = 300;
        s.count = 5000;
        s.write = 0.3;
        const DenseTrace t = densify(generateWorkload(s));
        ReplayOptions o;
        o.frames = 1024;
        const ReplayResult r = replayFull(t, o);
        QVERIFY2(r.ok, r.error.c_str());
        QCOMPARE(r.references, t.size());
        // Anonymous read faults map a page; a later write to it may fault again (write
        // protection), so faults are at least the distinct pages, all minor.
        QVERIFY(r.faults >= t.distinct());
        QCOMPARE(r.majorFaults, u64 { 0 });
        QCOMPARE(r.faults, r.minorFaults);
        QCOMPARE(simulate(t, Policy::Lru, 1024).faults, t.distinct());
        QVERIFY(r.tlbHits > 0);
        QCOMPARE(r.evictions, u64 { 0 });
    }

    void read_only_faults_equal_distinct_pages()
    {
        WorkloadSpec s;
        s.kind = WorkloadKind::Random;
        s.pages = 200;
        s.count = 3000;
        const DenseTrace t = densify(generateWorkload(s));
        ReplayOptions o;
        o.frames = 512;
        o.tlb.entries = 8;
        o.tlb.ways = 2;
        const ReplayResult r = replayFull(t, o);
        QVERIFY2(r.ok, r.error.c_str());
        QCOMPARE(r.faults, t.distinct());
        // A tiny TLB over 200 random pages misses most of the time.
        QVERIFY(r.tlbMisses > r.tlbHits);
    }

    // With reclaim and swap the full model's exact LRU evicts what the replacement-only
    // simulator does: the faults are those of simulate() with the frames the page tables
    // leave (PML4, PDPT, PD and one PT for fewer than 512 pages).
    void lru_under_reclaim_matches_the_simulator()
    {
        WorkloadSpec s;
        s.kind = WorkloadKind::Zipf;
        s.pages = 400;
        s.count = 20000;
        s.write = 0.3;
        s.seed = 7;
        const DenseTrace t = densify(generateWorkload(s));
        QVERIFY(t.distinct() < 512);
        ReplayOptions o;
        o.frames = 64;
        const ReplayResult r = replayFull(t, o);
        QVERIFY2(r.ok, r.error.c_str());
        QCOMPARE(r.faults, simulate(t, Policy::Lru, 64 - 4).faults);
        QVERIFY(r.majorFaults > 0);
        QVERIFY(r.swapOuts > 0); // written pages are dirty: they go out, even holding zeros
    }

    // A trace has no data: the replay writes zeros, which need no frame contents (nor swap
    // slot contents), while the D bits, faults and swap-outs still happen.
    void replay_writes_allocate_no_contents()
    {
        WorkloadSpec s;
        s.kind = WorkloadKind::Random;
        s.pages = 300;
        s.count = 4000;
        s.write = 1.0;
        const DenseTrace t = densify(generateWorkload(s));
        MachineConfig config;
        config.frames = 64;
        Journal journal;
        journal.setEnabled(false);
        Machine m(config, journal);
        kernel::Kernel k(m);
        Process& p = k.createProcess("trace", false);
        QVERIFY(k.swapon("swap", t.distinct() + 1, std::nullopt, 0).ok());
        const ReplayResult r = runThroughKernel(k, p, t);
        QVERIFY2(r.ok, r.error.c_str());
        QVERIFY(r.swapOuts > 0);
        for (Pfn f = 0; f < m.memory().frameCount(); ++f)
            if (m.memory().info(f).use == FrameUse::User)
                QVERIFY(!m.memory().hasContents(f));
    }

    void workload_command_in_a_session()
    {
        Session session;
        const RunOutcome out = session.run("machine frames=256\nprocess p\n"
                                           "workload p kind=loop pages=10 count=100\n",
            "w.vms");
        QVERIFY(out.parsed());
        QVERIFY(out.ok());
        const std::string& json = out.commands.back().json;
        QVERIFY2(json.find("\"references\":100") != std::string::npos, json.c_str());
        QVERIFY2(json.find("\"faults\":10,") != std::string::npos, json.c_str());
        QVERIFY2(json.find("\"tlb_hits\":90") != std::string::npos, json.c_str());
    }

    void trace_command_reports_bad_line()
    {
        QTemporaryDir dir;
        const std::string scenario = dir.filePath("s.vms").toStdString();
        std::FILE* f = std::fopen(dir.filePath("t.pages").toStdString().c_str(), "wb");
        std::fputs("1\n2\nnope\n", f);
        std::fclose(f);
        Session session;
        const RunOutcome out = session.run("process p\ntrace p t.pages\n", scenario);
        QVERIFY(out.parsed());
        QVERIFY(!out.ok());
        const std::string& err = out.commands.back().error;
        QVERIFY2(err.find("t.pages:3: error:") != std::string::npos, err.c_str());
    }
};

QTEST_APPLESS_MAIN(TestReplay)
#include "test_replay.moc"
