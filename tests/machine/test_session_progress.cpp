// Long commands report their progress to the Session's hook and stop when it says so
// (Session::setProgress): the GUI runs them on a worker thread with a progress bar and Cancel.
#include "machine/machine.h"
#include "machine/session.h"

#include <QtTest>

#include <utility>
#include <vector>

using namespace pagelab;

namespace {
// 200,000 references: three progress reports past the first (every 65,536).
const char* kWorkload
    = "machine frames=1024\nprocess p\nworkload p kind=zipf pages=500 count=200000 seed=3\n";
} // namespace

class TestSessionProgress : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void progressIsReportedWhileRunning()
    {
        Session s;
        std::vector<std::pair<u64, u64>> calls;
        s.setProgress([&](u64 done, u64 total) {
            calls.emplace_back(done, total);
            return true;
        });
        const RunOutcome out = s.run(kWorkload, "t.vms");
        QVERIFY2(out.ok(), out.commands.back().error.c_str());
        QCOMPARE(calls.size(), std::size_t { 4 });
        for (std::size_t i = 0; i < calls.size(); ++i) {
            QCOMPARE(calls[i].first, u64 { i * 65536 });
            QCOMPARE(calls[i].second, u64 { 200000 });
        }
        QVERIFY(out.commands.back().json.find("\"references\":200000") != std::string::npos);
    }

    void withoutHookNothingChanges()
    {
        // The same command with a hook that never cancels and without one: the same result.
        Session plain;
        Session hooked;
        hooked.setProgress([](u64, u64) { return true; });
        const RunOutcome a = plain.run(kWorkload, "t.vms");
        const RunOutcome b = hooked.run(kWorkload, "t.vms");
        QCOMPARE(a.commands.back().json, b.commands.back().json);
        QCOMPARE(plain.machine().stats().accesses, hooked.machine().stats().accesses);
    }

    void cancelStopsTheCommandAndSaysSo()
    {
        Session s;
        int calls = 0;
        s.setProgress([&](u64 done, u64) {
            ++calls;
            return done < 65536; // the second report cancels
        });
        const RunOutcome out = s.run(kWorkload + std::string("process q\n"), "t.vms");
        QVERIFY(!out.ok());
        QCOMPARE(out.commands.size(), std::size_t { 3 }); // nothing ran after it
        const CommandOutcome& w = out.commands.back();
        QVERIFY(!w.ok);
        QVERIFY2(w.error == "t.vms:3:1: error: workload zipf: cancelled after 65536 of 200000 references",
            w.error.c_str());
        QCOMPARE(calls, 2); // not asked again after it said stop
        QVERIFY(!s.machine().findProcess("q"));
    }

    void cancelBeforeTheFirstReference()
    {
        Session s;
        s.setProgress([](u64, u64) { return false; });
        const RunOutcome out = s.run(kWorkload, "t.vms");
        QVERIFY(QString::fromStdString(out.commands.back().error)
                    .endsWith("cancelled after 0 of 200000 references"));
        QCOMPARE(s.machine().stats().accesses, u64 { 0 });
    }

    void otherCommandsIgnoreTheHook()
    {
        Session s;
        s.setProgress([](u64, u64) { return false; });
        QVERIFY(
            s.run("machine frames=64\nprocess p\nmmap p len=0x2000 at=0x10000\nwrite p 0x10000 1\n", "t.vms")
                .ok());
    }
};

QTEST_APPLESS_MAIN(TestSessionProgress)
#include "test_session_progress.moc"
