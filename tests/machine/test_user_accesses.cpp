// What the rates per access divide by, and what long commands report along the way:
//  - Stats::userAccesses counts each access once as the program issued it, while `accesses`
//    counts the MMU's translations (a faulting access is retried after its fault: twice);
//  - a trace or workload too long to journal leaves samples of the counters along its run
//    (CommandOutcome::samples) for the charts;
//  - a run the OOM killer ends says so, with the victim and why, not a bare SIGKILL.
#include "kernel/kernel.h"
#include "machine/machine.h"
#include "machine/session.h"

#include <QtTest>

using namespace pagelab;

class TestUserAccesses : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aRetriedAccessCountsOnce()
    {
        Session s;
        const auto out = s.run("machine frames=64\nprocess p\nmmap p len=16K at=0x10000000\n"
                               "read p 0x10000000\n",
            "t.vms");
        QVERIFY(out.ok());
        const Stats& st = s.machine().stats();
        QCOMPARE(st.pageFaults, u64(1));
        QCOMPARE(st.accesses, u64(2)); // the faulting try and the retry
        QCOMPARE(st.userAccesses, u64(1));
        QVERIFY(s.run("read p 0x10000000\n", "t.vms").ok()); // no fault now
        QCOMPARE(st.accesses, u64(3));
        QCOMPARE(st.userAccesses, u64(2));
        // touch: one access per page, each faulting once.
        QVERIFY(s.run("touch p 0x10001000 len=12K write\n", "t.vms").ok());
        QCOMPARE(st.userAccesses, u64(5));
        QCOMPARE(st.accesses, u64(9));
        // The raw `access` goes to the MMU once, without the kernel: in user mode it counts;
        // a supervisor-mode one and the kernel's uaccess copies are not the program's.
        QVERIFY(s.run("access p 0x10000000\naccess p 0x10000000 mode=supervisor\n", "t.vms").ok());
        QCOMPARE(st.userAccesses, u64(6));
        QCOMPARE(st.accesses, u64(11));
        QVERIFY(s.run("copy_from_user p 0x10000000 16\n", "t.vms").ok());
        QCOMPARE(st.userAccesses, u64(6));
        QVERIFY(st.accesses > 11);
    }

    void expectReadsItButShowStatsKeepsItsKeys()
    {
        Session s;
        const auto out = s.run("machine frames=64\nprocess p\nmmap p len=4K at=0x10000000\n"
                               "write p 0x10000000 1\nexpect stats.user_accesses == 1\n"
                               "expect stats.accesses == 2\nshow stats\n",
            "t.vms");
        QVERIFY2(out.ok(), out.commands.back().error.c_str());
        QVERIFY(out.commands.back().json.find("user_accesses") == std::string::npos);
    }

    void longRunsLeaveSamplesAlongTheWay()
    {
        Session s;
        const auto out = s.run("machine frames=64\nswapon disk size=2M\nprocess p\n"
                               "workload p kind=zipf pages=200 count=100000 seed=3\n",
            "t.vms");
        QVERIFY(out.ok());
        const CommandOutcome& w = out.commands.back();
        QVERIFY2(w.samples.size() >= 30 && w.samples.size() <= 32, std::to_string(w.samples.size()).c_str());
        u64 done = 0;
        for (const StatsSample& sample : w.samples) {
            QCOMPARE(sample.total, u64(100000));
            QVERIFY(sample.done > done && sample.done < sample.total);
            QCOMPARE(sample.stats.userAccesses, sample.done); // nothing ran before on this machine
            QVERIFY(sample.stats.pageFaults <= sample.stats.userAccesses);
            done = sample.done;
        }
        QCOMPARE(s.machine().stats().userAccesses, u64(100000));
        // Fault rates move along the run: the first stretch faults in the working set.
        const Stats& first = w.samples.front().stats;
        const Stats& last = w.samples.back().stats;
        const double early = double(first.pageFaults) / double(first.userAccesses);
        const double late
            = double(last.pageFaults - first.pageFaults) / double(last.userAccesses - first.userAccesses);
        QVERIFY(early > late);

        // Short runs are journalled and animated: no samples.
        const auto small = s.run("workload p kind=loop pages=8 count=100\n", "t.vms");
        QVERIFY(small.ok());
        QVERIFY(small.commands.back().samples.empty());
    }

    void oomKillSaysWhoAndWhy()
    {
        Session s;
        const auto out
            = s.run("machine frames=16\nprocess p\nworkload p kind=seq pages=64 count=10000\n", "t.vms");
        QVERIFY(!out.ok());
        const CommandOutcome& w = out.commands.back();
        const QString error = QString::fromStdString(w.error);
        QVERIFY2(error.contains(QStringLiteral("killed by the OOM killer")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("p (pid 1) had the highest badness")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("no free frame")), qPrintable(error));
        QCOMPARE(s.kernel().oomKills().size(), std::size_t(1));
        QCOMPARE(s.kernel().oomKills().front().name, std::string("p"));
        QVERIFY(s.kernel().oomKilled(*s.machine().findProcess("p")));
        QVERIFY(!w.samples.empty()); // what ran before the kill
    }

    void touchKilledByTheOomKillerSaysSo()
    {
        Session s;
        const auto out = s.run("machine frames=16\nprocess small\nmmap small len=8K at=0x10000000\n"
                               "touch small 0x10000000 len=8K write\nprocess big\n"
                               "mmap big len=64K at=0x10000000\ntouch big 0x10000000 len=64K write\n",
            "t.vms");
        QVERIFY(out.ok());
        const QString text = QString::fromStdString(out.commands.back().text);
        QVERIFY2(text.contains(QStringLiteral("stopped by SIGKILL: big was killed by the OOM killer")),
            qPrintable(text));
    }
};

QTEST_APPLESS_MAIN(TestUserAccesses)
#include "test_user_accesses.moc"
