// Long commands typed in the console run on a worker thread (Player::submit with background
// runs on): the event loop keeps spinning, the result is the same as a synchronous run,
// Cancel leaves every frame, statistic and CR3 as they were, and nothing else runs meanwhile.
#include "machine/machine.h"
#include "player/command_progress.h"
#include "player/player.h"
#include "player/player_bar.h"
#include "session_digest.h"
#include "theme/theme.h"

#include <QAction>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <sstream>

using namespace pagelab;
using pagelab::test::digest;
using pagelab::ui::CommandProgress;
using pagelab::ui::Player;
using pagelab::ui::PlayerBar;
using pagelab::ui::Theme;

namespace {

const char* kSetup = "machine frames=128 tlb=16:4\nswapon ssd size=8M prio=10\nprocess p\n";
// A few million references: long enough that the loop spins many times while it runs, and
// quick enough for a test because its 100 pages fit in memory (mostly TLB work).
const char* kLong = "workload p kind=zipf pages=100 count=2000000 seed=5";
// Far longer (1500 pages on 128 frames: every few references reclaim and swap): only ever
// cancelled.
const char* kHuge = "workload p kind=zipf pages=1500 count=5000000 seed=5";
const char* kShort = "workload p kind=seq pages=20 count=100";
constexpr int kWaitMs = 20 * 60 * 1000; // generous: a Debug build on a loaded machine

QStringList texts(const Player& p)
{
    QStringList all;
    for (const auto& c : p.allCommands())
        all.append(QString::fromStdString(c.cmd.text));
    return all;
}

void setUp(Player& p)
{
    p.setBackgroundRuns(true);
    QVERIFY(p.run(QString::fromUtf8(kSetup), QStringLiteral("<test>")).ok());
}

} // namespace

class TestPlayerAsync : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void longWorkloadRunsInTheBackgroundWithTheSameResult()
    {
        Player p;
        setUp(p);
        QSignalSpy executed(&p, &Player::executed);
        QSignalSpy busy(&p, &Player::busyChanged);
        // A timer the event loop serves while the worker runs: the window would repaint too.
        int ticksWhileBusy = 0;
        QTimer ticker;
        ticker.setInterval(0);
        connect(&ticker, &QTimer::timeout, this, [&] { ticksWhileBusy += p.busy() ? 1 : 0; });
        ticker.start();

        QVERIFY(p.submit(QString::fromUtf8(kLong), Player::consoleFile(), Player::Mode::Instant));
        QVERIFY(p.busy()); // submit returned at once
        QCOMPARE(p.historySize(), 3);
        QCOMPARE(executed.count(), 0);
        QCOMPARE(p.progress().command, QString::fromUtf8(kLong));
        QTRY_VERIFY_WITH_TIMEOUT(!p.busy(), kWaitMs);
        QVERIFY(ticksWhileBusy > 0);
        QCOMPARE(busy.count(), 2);
        QCOMPARE(executed.count(), 1);
        QCOMPARE(p.historySize(), 4);
        QVERIFY(p.atCommandEnd());

        Session sync;
        const RunOutcome expected = sync.run(std::string(kSetup) + kLong + "\n", "<test>");
        QVERIFY(expected.ok());
        QVERIFY(p.currentOutcome()->ok);
        QCOMPARE(p.currentOutcome()->text, expected.commands.back().text);
        QCOMPARE(digest(p.state()), digest(sync));

        // `before` is the state before the workload: Back past it shows exactly that.
        Session setup;
        setup.run(kSetup, "<test>");
        while (p.historySize() == 4)
            p.back();
        QCOMPARE(digest(p.state()), digest(setup));
    }

    void theNextCommandStartsAtOnceAfterTheWarmUp()
    {
        // Without the warm-up, `before` would first run the long workload again.
        Player p;
        setUp(p);
        QVERIFY(p.submit(QString::fromUtf8(kLong), Player::consoleFile(), Player::Mode::Instant));
        QTRY_VERIFY_WITH_TIMEOUT(!p.busy(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(p.warmedUp(), kWaitMs);
        QVERIFY(p.submit(QStringLiteral("process q"), Player::consoleFile(), Player::Mode::Instant));
        QVERIFY(!p.busy()); // a short command ran now: no catch-up in the background
        QCOMPARE(p.historySize(), 5);
        QVERIFY(!p.warmedUp());

        Session sync;
        QVERIFY(sync.run(std::string(kSetup) + kLong + "\nprocess q\n", "<test>").ok());
        QCOMPARE(digest(p.state()), digest(sync));
        // `before` came from the warm-up: Back past `process q` shows it exactly.
        Session afterLong;
        QVERIFY(afterLong.run(std::string(kSetup) + kLong + "\n", "<test>").ok());
        while (p.historySize() == 5)
            p.back();
        QCOMPARE(digest(p.state()), digest(afterLong));
    }

    void backPastACommandRebuildsALongHistoryInTheBackground()
    {
        Player p;
        setUp(p);
        QVERIFY(p.submit(QString::fromUtf8(kLong), Player::consoleFile(), Player::Mode::Instant));
        QTRY_VERIFY_WITH_TIMEOUT(!p.busy(), kWaitMs);
        for (const char* typed : { "process q", "process r" }) {
            QVERIFY(p.submit(QString::fromUtf8(typed), Player::consoleFile(), Player::Mode::Instant));
            QTRY_VERIFY_WITH_TIMEOUT(!p.busy(), kWaitMs);
        }
        QCOMPARE(p.historySize(), 6);
        // The expected states, from one synchronous Session run command by command.
        Session sync;
        QVERIFY(sync.run(std::string(kSetup) + kLong + "\n", "<test>").ok());
        const std::string afterLong = digest(sync);
        QVERIFY(sync.run("process q\n", "<test>").ok());
        const std::string afterQ = digest(sync);
        QVERIFY(sync.run("process r\n", "<test>").ok());
        const std::string afterR = digest(sync);

        // Back past `process r`: the state before it shows at once. The state before
        // `process q` needs the workload run again: that happens on a worker.
        while (p.historySize() == 6)
            p.back();
        QCOMPARE(p.historySize(), 5);
        QVERIFY(p.atCommandEnd());
        QCOMPARE(digest(p.state()), afterQ);
        QVERIFY(p.rebuildingBefore()); // Back did not run the workload itself

        // One more step back enters `process q`'s events: views draw the machine at that
        // event, made from `before`, which waits for the worker if need be. Before its first
        // event, `before` itself: equal to a synchronous run.
        p.back();
        QVERIFY(!p.rebuildingBefore());
        QVERIFY(!p.atCommandEnd());
        while (p.shownEvents() > 0)
            p.back();
        QCOMPARE(digest(p.state()), afterLong);
        // Forward again, and on: the rebuilt `before` serves the next command as well.
        p.next();
        QCOMPARE(digest(p.state()), afterQ);
        p.next();
        QCOMPARE(p.historySize(), 6);
        QCOMPARE(digest(p.state()), afterR);
    }

    void resetWhileBeforeIsRebuiltStopsTheWorker()
    {
        Player p;
        setUp(p);
        QVERIFY(p.submit(QString::fromUtf8(kLong), Player::consoleFile(), Player::Mode::Instant));
        QTRY_VERIFY_WITH_TIMEOUT(!p.busy(), kWaitMs);
        QVERIFY(p.submit(QStringLiteral("process q"), Player::consoleFile(), Player::Mode::Instant));
        QTRY_VERIFY_WITH_TIMEOUT(!p.busy(), kWaitMs);
        QVERIFY(p.submit(QStringLiteral("process r"), Player::consoleFile(), Player::Mode::Instant));
        QTRY_VERIFY_WITH_TIMEOUT(!p.busy(), kWaitMs);
        while (p.historySize() == 6)
            p.back();
        QVERIFY(p.rebuildingBefore());
        p.reset(); // the rebuild is abandoned, not waited for to the end
        QVERIFY(!p.rebuildingBefore());
        QCOMPARE(p.historySize(), 0);
        QCOMPARE(digest(p.state()), digest(Session {}));
    }

    void aWarmUpIsDroppedWhenTheHistoryChanges()
    {
        Player p;
        setUp(p);
        QVERIFY(p.submit(QString::fromUtf8(kLong), Player::consoleFile(), Player::Mode::Instant));
        QTRY_VERIFY_WITH_TIMEOUT(!p.busy(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(p.warmedUp(), kWaitMs);
        while (p.historySize() == 4) // the workload goes back to the queue
            p.back();
        QVERIFY(!p.warmedUp());
        QVERIFY(p.submit(QString::fromUtf8(kShort), Player::consoleFile(), Player::Mode::Instant));
        QTRY_VERIFY_WITH_TIMEOUT(!p.busy(), kWaitMs);
        Session sync;
        QVERIFY(sync.run(std::string(kSetup) + kShort + "\n", "<test>").ok());
        QCOMPARE(digest(p.state()), digest(sync)); // not built on the workload's warm state
    }

    void cancelLeavesEverythingAsBefore()
    {
        Player p;
        setUp(p);
        const std::string before = digest(p.state());
        const QStringList commands = texts(p);
        QSignalSpy executed(&p, &Player::executed);
        QSignalSpy cancelled(&p, &Player::cancelled);

        QVERIFY(p.submit(QString::fromUtf8(kHuge), Player::consoleFile(), Player::Mode::Instant));
        QTRY_VERIFY_WITH_TIMEOUT(p.progress().done > 0, kWaitMs); // well inside the references
        QCOMPARE(p.progress().total, u64 { 5000000 });
        QCOMPARE(digest(p.state()), before); // views still see the state before it
        p.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!p.busy(), kWaitMs);

        QCOMPARE(executed.count(), 0);
        QCOMPARE(cancelled.count(), 1);
        const QString error = cancelled.at(0).at(1).toString();
        QVERIFY2(
            error.contains(QStringLiteral("cancelled after")) && error.contains(QStringLiteral("of 5000000")),
            qPrintable(error));
        QCOMPARE(digest(p.state()), before);
        QCOMPARE(texts(p), commands); // not kept, not queued
        QCOMPARE(p.historySize(), 3);
        QCOMPARE(p.queueSize(), 0);

        // `before` was rebuilt: the next command catches it up and builds on it exactly.
        QVERIFY(p.run(QStringLiteral("process q"), QStringLiteral("<test>")).ok());
        Session expected;
        expected.run(std::string(kSetup) + "process q\n", "<test>");
        QCOMPARE(digest(p.state()), digest(expected));
        while (p.historySize() == 4)
            p.back();
        Session setup;
        setup.run(kSetup, "<test>");
        QCOMPARE(digest(p.state()), digest(setup));
    }

    // A scenario run to its end (pagelab --scenario): its workloads run on a worker one after
    // the other, the run goes on after them and stops at the failed expect, leaving the rest
    // queued.
    void runToEndRunsLongCommandsInTheBackground()
    {
        Player p;
        p.setBackgroundRuns(true);
        const std::string ran
            = std::string(kSetup) + kShort + "\n" + kLong + "\nprocess q\nexpect stats.accesses == 0\n";
        QVERIFY(p.load(QString::fromStdString(ran + "process r\n"), QStringLiteral("demo.vms")).parsed());
        QSignalSpy ranToEnd(&p, &Player::ranToEnd);
        p.runToEnd();
        QVERIFY(p.busy()); // returned while the workload runs
        QVERIFY(p.runningToEnd());
        QCOMPARE(ranToEnd.count(), 0);
        // The setup ran at once; every workload runs on the worker, so the short one is first
        // and the long one is chained after it.
        QCOMPARE(p.historySize(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(ranToEnd.count() == 1, kWaitMs);
        QVERIFY(!p.busy());
        QVERIFY(!p.runningToEnd());
        QCOMPARE(ranToEnd.at(0).at(0).toBool(), false); // the expect failed
        QCOMPARE(p.historySize(), 7);
        QCOMPARE(texts(p).back(), QStringLiteral("process r")); // not run: still queued
        QCOMPARE(p.queueSize(), 1);
        QVERIFY(p.atCommandEnd());
        Session sync;
        sync.run(ran, "demo.vms");
        QCOMPARE(digest(p.state()), digest(sync));
    }

    // In a run to the end, the short commands after a workload run on the state it left
    // instead of waiting for it to run again on `before` (one background job, not two);
    // `before` is rebuilt afterwards, so Back still lands on the exact state.
    void runToEndRunsALongCommandOnce()
    {
        const std::string text = std::string(kSetup) + kShort + "\nprocess q\nprocess r\n";
        Player p;
        p.setBackgroundRuns(true);
        QVERIFY(p.load(QString::fromStdString(text), QStringLiteral("demo.vms")).parsed());
        QSignalSpy busy(&p, &Player::busyChanged);
        QSignalSpy ranToEnd(&p, &Player::ranToEnd);
        p.runToEnd();
        QTRY_VERIFY_WITH_TIMEOUT(ranToEnd.count() == 1, kWaitMs);
        QCOMPARE(ranToEnd.at(0).at(0).toBool(), true);
        QCOMPARE(busy.count(), 2); // on, off: the workload's job only
        QCOMPARE(p.historySize(), 6);
        Session sync;
        sync.run(text, "demo.vms");
        QCOMPARE(digest(p.state()), digest(sync));
        p.back(); // into `process r`
        while (p.shownEvents() > 0)
            p.back(); // before its first event: the state before it
        QVERIFY(!p.atCommandEnd());
        Session withoutR;
        withoutR.run(std::string(kSetup) + kShort + "\nprocess q\n", "demo.vms");
        QCOMPARE(digest(p.state()), digest(withoutR));

        // A second workload catches `before` up with every command it lacks first.
        const std::string twice = text + kShort + "\nprocess s\n";
        Player q;
        q.setBackgroundRuns(true);
        QVERIFY(q.load(QString::fromStdString(twice), QStringLiteral("demo.vms")).parsed());
        QSignalSpy busyTwice(&q, &Player::busyChanged);
        QSignalSpy ranTwice(&q, &Player::ranToEnd);
        q.runToEnd();
        QTRY_VERIFY_WITH_TIMEOUT(ranTwice.count() == 1, kWaitMs);
        QCOMPARE(ranTwice.at(0).at(0).toBool(), true);
        QCOMPARE(busyTwice.count(), 4);
        Session syncTwice;
        syncTwice.run(twice, "demo.vms");
        QCOMPARE(digest(q.state()), digest(syncTwice));
        q.back(); // into `process s`
        while (q.shownEvents() > 0)
            q.back(); // before its first event: the state before it
        Session withoutS;
        withoutS.run(text + kShort + "\n", "demo.vms");
        QCOMPARE(digest(q.state()), digest(withoutS));
    }

    // Cancel stops a run to the end where it is: the cancelled command waits in front of the
    // rest, on the state before it.
    void cancellingARunToEndKeepsTheRestQueued()
    {
        Player p;
        p.setBackgroundRuns(true);
        QVERIFY(p.load(QString::fromStdString(std::string(kSetup) + kHuge + "\nprocess q\n"),
                     QStringLiteral("demo.vms"))
                    .parsed());
        QSignalSpy ranToEnd(&p, &Player::ranToEnd);
        p.runToEnd();
        QTRY_VERIFY_WITH_TIMEOUT(p.progress().done > 0, kWaitMs);
        p.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!p.busy(), kWaitMs);
        QCOMPARE(ranToEnd.count(), 1);
        QCOMPARE(ranToEnd.at(0).at(0).toBool(), false);
        QCOMPARE(p.historySize(), 3);
        QCOMPARE(p.queueSize(), 2);
        QCOMPARE(texts(p).mid(3), (QStringList { QString::fromUtf8(kHuge), QStringLiteral("process q") }));
        Session setup;
        setup.run(kSetup, "demo.vms");
        QCOMPARE(digest(p.state()), digest(setup));
    }

    // A saved session with a workload in it comes back in the background, on through a
    // command that failed (it failed when the session was saved too), to the state a
    // restore at once gives, with the cursor where it was saved.
    void restoreRunsLongCommandsInTheBackground()
    {
        const std::string text = std::string(kSetup) + kShort + "\nswitch nobody\nprocess q\nprocess r\n";
        Player source;
        QVERIFY(source.load(QString::fromStdString(text), QStringLiteral("saved.vms")).parsed());
        const std::vector<Player::QueuedCommand> commands = source.allCommands();
        QCOMPARE(commands.size(), std::size_t(7));

        Player sync; // background runs off: everything runs before restore() returns
        QVERIFY(sync.restore(commands, 6, 1));
        QVERIFY(!sync.restoring());
        QCOMPARE(sync.historySize(), 6);

        Player p;
        p.setBackgroundRuns(true);
        QSignalSpy ranToEnd(&p, &Player::ranToEnd);
        QVERIFY(p.restore(commands, 6, 1));
        QVERIFY(p.busy()); // returned while the workload runs
        QVERIFY(p.restoring());
        QCOMPARE(p.historySize(), 3);
        QCOMPARE(p.allCommands().size(), std::size_t(7));
        QTRY_VERIFY_WITH_TIMEOUT(ranToEnd.count() == 1, kWaitMs);
        QCOMPARE(ranToEnd.at(0).at(0).toBool(), true);
        QVERIFY(!p.restoring());
        QVERIFY(!p.busy());
        QCOMPARE(p.historySize(), 6);
        QCOMPARE(p.queueSize(), 1);
        QVERIFY(!p.currentOutcome() || p.currentOutcome()->ok); // process q
        QCOMPARE(p.shownEvents(), std::size_t(1));
        QCOMPARE(p.shownEvents(), sync.shownEvents());
        QCOMPARE(digest(p.state()), digest(sync.state()));
        QCOMPARE(digest(p.after()), digest(sync.after()));
    }

    // Cancel during a restore stops it there, like a run to the end.
    void cancellingARestoreKeepsTheRestQueued()
    {
        const std::string text = std::string(kSetup) + kHuge + "\nprocess q\n";
        Player source;
        QVERIFY(source.load(QString::fromStdString(text), QStringLiteral("saved.vms")).parsed());
        Player p;
        p.setBackgroundRuns(true);
        QSignalSpy ranToEnd(&p, &Player::ranToEnd);
        QVERIFY(p.restore(source.allCommands(), 5, 1));
        QTRY_VERIFY_WITH_TIMEOUT(p.progress().done > 0, kWaitMs);
        p.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!p.busy(), kWaitMs);
        QCOMPARE(ranToEnd.count(), 1);
        QCOMPARE(ranToEnd.at(0).at(0).toBool(), false);
        QVERIFY(!p.restoring());
        QCOMPARE(p.historySize(), 3);
        QCOMPARE(p.queueSize(), 2);
        Session setup;
        setup.run(kSetup, "saved.vms");
        QCOMPARE(digest(p.state()), digest(setup));
    }

    void commandTypedWhileOneRunsIsRefused()
    {
        Player p;
        setUp(p);
        QSignalSpy refused(&p, &Player::refused);
        QVERIFY(p.submit(QString::fromUtf8(kHuge), Player::consoleFile(), Player::Mode::Instant));
        QVERIFY(p.busy());
        QVERIFY(!p.submit(QStringLiteral("process z"), Player::consoleFile(), Player::Mode::Instant));
        QCOMPARE(refused.count(), 1);
        QVERIFY(refused.at(0).at(1).toString().contains(QString::fromUtf8(kHuge)));
        // Stepping does nothing meanwhile.
        p.back();
        p.step();
        QVERIFY(p.busy());
        p.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!p.busy(), kWaitMs);
        QVERIFY(p.state().machine().processes().size() == 1); // only p: no z
        QCOMPARE(p.historySize(), 3);
    }

    void synchronousCallersWaitForTheBackgroundCommand()
    {
        // Lessons run blocks with Instant run(): it finishes the background command first.
        Player p;
        setUp(p);
        QVERIFY(p.submit(QString::fromUtf8(kShort), Player::consoleFile(), Player::Mode::Instant));
        QVERIFY(p.busy());
        const RunOutcome out = p.run(QStringLiteral("process z"), QStringLiteral("<lesson>"));
        QVERIFY(out.ok());
        QVERIFY(!p.busy());
        QCOMPARE(p.historySize(), 5);
        Session expected;
        expected.run(std::string(kSetup) + kShort + "\nprocess z\n", "<test>");
        QCOMPARE(digest(p.state()), digest(expected));
    }

    void animatedCommandsPlayThroughTheBackground()
    {
        Player p;
        setUp(p);
        p.setSpeed(1000);
        QVERIFY(p.submit(QStringLiteral("%1\nprocess z").arg(QString::fromUtf8(kShort)),
            Player::consoleFile(), Player::Mode::Animate));
        QTRY_VERIFY_WITH_TIMEOUT(p.historySize() == 5 && !p.busy() && p.atCommandEnd(), kWaitMs);
        Session expected;
        expected.run(std::string(kSetup) + kShort + "\nprocess z\n", "<test>");
        QCOMPARE(digest(p.state()), digest(expected));
    }

    void barIsDisabledAndProgressShowsWhileRunning()
    {
        Player p;
        setUp(p);
        Theme theme;
        PlayerBar bar(p, theme);
        CommandProgress strip(p, theme);
        QVERIFY(bar.backAction()->isEnabled());
        QVERIFY(strip.isHidden());
        QVERIFY(p.submit(QString::fromUtf8(kHuge), Player::consoleFile(), Player::Mode::Instant));
        QVERIFY(!strip.isHidden());
        for (QAction* a : bar.playerActions())
            QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
        QTRY_VERIFY_WITH_TIMEOUT(strip.bar()->value() > 0 || p.progress().done > 0, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(strip.bar()->format().contains(QStringLiteral("of 5,000,000")), kWaitMs);
        QVERIFY(strip.label()->text().contains(QString::fromUtf8(kHuge)));
        strip.cancelButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!p.busy(), kWaitMs);
        QVERIFY(strip.isHidden());
        QVERIFY(bar.backAction()->isEnabled());
        QCOMPARE(p.historySize(), 3);
    }

    void withoutBackgroundRunsSubmitIsSynchronous()
    {
        Player p;
        QVERIFY(p.run(QString::fromUtf8(kSetup), QStringLiteral("<test>")).ok());
        QVERIFY(p.submit(QString::fromUtf8(kShort), Player::consoleFile(), Player::Mode::Instant));
        QVERIFY(!p.busy());
        QCOMPARE(p.historySize(), 4);
    }
};

QTEST_MAIN(TestPlayerAsync)
#include "test_player_async.moc"
