// The player walks the journal one event at a time and back again. Back restores the state
// exactly: the state after back N and forward N equals the state before, byte for byte in
// every frame, and the same as a fresh Session that ran the same commands.
#include "machine/machine.h"
#include "player/player.h"
#include "session_digest.h"

#include <QSignalSpy>
#include <QTest>

#include <sstream>

using namespace pagelab;
using pagelab::test::digest;
using pagelab::ui::Player;

namespace {

// A scenario with faults, COW, a TLB, reclaim and swap: enough state to catch a wrong restore.
const char* kScenario = R"(machine frames=40 tlb=8:2
swapon ssd size=256K prio=10
process a layout=classic
mmap a len=0x8000 at=0x10000000 prot=rw private anon
write a 0x10000000 0x11
write a 0x10001000 0x22
fork b a
write b 0x10000000 0x33
read a 0x10000000
write b 0x10002000 0x44
reclaim pages=4
read a 0x10001000
)";

std::string fresh(const char* text, std::size_t commands)
{
    // A fresh Session after the first `commands` lines.
    std::string prefix;
    std::istringstream in(text);
    std::string line;
    for (std::size_t i = 0; i < commands && std::getline(in, line); ++i)
        prefix += line + '\n';
    Session s;
    s.run(prefix, "<test>");
    return digest(s);
}

} // namespace

class TestPlayer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void loadQueuesWithoutRunning()
    {
        Player p;
        QSignalSpy state(&p, &Player::stateChanged);
        QVERIFY(p.load(QString::fromUtf8(kScenario), QStringLiteral("<test>")).parsed());
        QCOMPARE(p.historySize(), 0);
        QCOMPARE(p.queueSize(), 12);
        QVERIFY(p.canStepForward());
        QVERIFY(!p.canStepBack());
        QCOMPARE(state.count(), 1);
    }

    void stepShowsOneEventAtATime()
    {
        Player p;
        p.load(QStringLiteral(
                   "process a\nmmap a len=0x1000 at=0x10000000 prot=rw private anon\nwrite a 0x10000000 1"),
            QStringLiteral("<test>"));
        p.next();
        p.next();
        QCOMPARE(p.historySize(), 2);
        QVERIFY(p.atCommandEnd());
        const std::string before = digest(p.state());

        QSignalSpy moved(&p, &Player::cursorMoved);
        QSignalSpy state(&p, &Player::stateChanged);
        p.step(); // the access runs; its events wait to be shown
        QCOMPARE(p.historySize(), 3);
        QCOMPARE(p.shownEvents(), std::size_t(0));
        const std::size_t n = p.commandEvents().size();
        QVERIFY(n > 3);                      // TLB lookup, walk, fault, zero fill, ...
        QCOMPARE(digest(p.state()), before); // views still draw the state before the access
        QCOMPARE(p.focusedEvent(), nullptr);
        for (std::size_t i = 1; i < n; ++i) {
            p.step();
            QCOMPARE(p.shownEvents(), i);
            QCOMPARE(p.focusedEvent(), &p.commandEvents()[i - 1]);
            QCOMPARE(digest(p.state()), before);
        }
        const int statesBeforeEnd = state.count();
        p.step(); // the last event: now the state after the access
        QVERIFY(p.atCommandEnd());
        QCOMPARE(state.count(), statesBeforeEnd + 1);
        QCOMPARE(digest(p.state()),
            fresh(
                "process a\nmmap a len=0x1000 at=0x10000000 prot=rw private anon\nwrite a 0x10000000 1", 3));
        QVERIFY(std::size_t(moved.count()) >= n + 1);
        QVERIFY(!p.canStepForward());
    }

    void backOneEventRestoresTheStateBefore()
    {
        Player p;
        p.load(QStringLiteral(
                   "process a\nmmap a len=0x1000 at=0x10000000 prot=rw private anon\nwrite a 0x10000000 1"),
            QStringLiteral("<test>"));
        p.finish();
        const std::string after = digest(p.state());
        p.back(); // the last event is hidden again: the state before the access
        QVERIFY(!p.atCommandEnd());
        QCOMPARE(
            digest(p.state()), fresh("process a\nmmap a len=0x1000 at=0x10000000 prot=rw private anon\n", 2));
        p.step();
        QCOMPARE(digest(p.state()), after);
    }

    void backNThenForwardNGivesTheSameState_data()
    {
        QTest::addColumn<int>("n");
        for (int n : { 1, 3, 7, 15, 30, 60, 200 })
            QTest::addRow("%d events", n) << n;
    }

    void backNThenForwardNGivesTheSameState()
    {
        QFETCH(int, n);
        Player p;
        p.load(QString::fromUtf8(kScenario), QStringLiteral("<test>"));
        p.finish();
        QCOMPARE(p.historySize(), 12);
        QVERIFY(p.currentOutcome()->ok);
        const std::string end = digest(p.state());
        QCOMPARE(end, fresh(kScenario, 12));

        int backs = 0;
        while (backs < n && p.canStepBack()) {
            p.back();
            ++backs;
        }
        // Where the cursor is now, the state is that of a fresh run of the commands before
        // the current one (inside a command) or including it (at its end).
        const std::size_t ran = std::size_t(p.historySize()) - (p.atCommandEnd() ? 0 : 1);
        QCOMPARE(digest(p.state()), fresh(kScenario, ran));
        for (int i = 0; i < backs; ++i)
            p.step();
        QCOMPARE(p.historySize(), 12);
        QVERIFY(p.atCommandEnd());
        QCOMPARE(digest(p.state()), end);
    }

    void resetPutsEverythingBackInTheQueue()
    {
        Player p;
        p.load(QString::fromUtf8(kScenario), QStringLiteral("<test>"));
        p.finish();
        QSignalSpy state(&p, &Player::stateChanged);
        p.reset();
        QCOMPARE(state.count(), 1);
        QCOMPARE(p.historySize(), 0);
        QCOMPARE(p.queueSize(), 12);
        Session s;
        QCOMPARE(digest(p.state()), digest(s));
        p.finish();
        QCOMPARE(digest(p.state()), fresh(kScenario, 12));
    }

    void replayedCommandsSayAgain()
    {
        Player p;
        QSignalSpy executed(&p, &Player::executed);
        p.run(QStringLiteral("process a"), Player::consoleFile());
        QCOMPARE(executed.count(), 1);
        QCOMPARE(executed.at(0).at(3).toBool(), false);
        while (p.historySize() > 0)
            p.back(); // every event of `process a`, then the command itself
        QCOMPARE(p.queueSize(), 1);
        p.step();
        QCOMPARE(executed.count(), 2);
        QCOMPARE(executed.at(1).at(3).toBool(), true);
    }

    void failedCommandStopsTheRun()
    {
        Player p;
        const RunOutcome o
            = p.run(QStringLiteral("process a\nswitch nobody\nprocess b"), QStringLiteral("<test>"));
        QCOMPARE(o.commands.size(), std::size_t(2));
        QVERIFY(!o.commands.back().ok);
        QCOMPARE(p.queueSize(), 0);
        QVERIFY(!o.ok());
    }

    void syntaxErrorRunsNothing()
    {
        Player p;
        QSignalSpy rejected(&p, &Player::rejected);
        const RunOutcome o = p.run(QStringLiteral("process a\nacces a 0x1000"), QStringLiteral("f.vms"));
        QVERIFY(!o.parsed());
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(p.historySize(), 0);
        QVERIFY(
            QString::fromStdString(o.diagnostics.at(0).format()).startsWith(QStringLiteral("f.vms:2:1:")));
    }

    void typedCommandsAnimateInFrontOfTheQueue()
    {
        Player p;
        p.load(QStringLiteral("process a\nprocess b"), QStringLiteral("<test>"));
        p.next();
        p.run(QStringLiteral("process typed"), Player::consoleFile(), Player::Mode::Animate);
        QVERIFY(p.playing());
        QCOMPARE(p.queueSize(), 2);
        p.next();
        QCOMPARE(p.currentCommandText(), QStringLiteral("process typed"));
        p.pause();
        QVERIFY(!p.playing());
    }
};

QTEST_MAIN(TestPlayer)
#include "test_player.moc"
