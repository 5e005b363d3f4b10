// The player walks the journal one event at a time and back again. Back restores the state
// exactly: the state after back N and forward N equals the state before, byte for byte in
// every frame, and the same as a fresh Session that ran the same commands.
#include "machine/machine.h"
#include "player/player.h"
#include "script/parser.h"
#include "session_digest.h"

#include <QSignalSpy>
#include <QTest>

#include <numeric>
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

// A fresh Session after the first `commands - 1` lines and `shown` events of line `commands`.
std::string freshAt(const char* text, std::size_t commands, std::size_t shown)
{
    std::istringstream in(text);
    std::string line, prefix, last;
    for (std::size_t i = 0; i < commands && std::getline(in, line); ++i)
        (i + 1 < commands ? prefix : last) += line + '\n';
    Session s;
    s.run(prefix, "<test>");
    const script::ParseResult cmd = script::parse(last, "<test>");
    const CommandOutcome whole = s.clone()->execute(cmd.script.commands.at(0), "<test>", commands == 1);
    if (shown == 0)
        return digest(s);
    if (shown == whole.endEvent - whole.firstEvent) {
        s.execute(cmd.script.commands.at(0), "<test>", commands == 1);
        return digest(s);
    }
    return digest(*s.statesDuring(cmd.script.commands.at(0), "<test>", commands == 1, { shown }).at(0));
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
        const QString text = QStringLiteral(
            "process a\nmmap a len=0x1000 at=0x10000000 prot=rw private anon\nwrite a 0x10000000 1");
        Player p;
        p.load(text, QStringLiteral("<test>"));
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
        QCOMPARE(digest(p.state()), before); // no event shown: the state before the access
        QCOMPARE(p.focusedEvent(), nullptr);
        // The machine after each event: a reference Session run to that event.
        Session reference;
        reference.run("process a\nmmap a len=0x1000 at=0x10000000 prot=rw private anon\n", "<test>");
        const auto write = script::parse("write a 0x10000000 1\n", "<test>");
        std::vector<std::size_t> all(n - 1);
        std::iota(all.begin(), all.end(), std::size_t { 1 });
        const auto states = reference.statesDuring(write.script.commands.at(0), "<test>", false, all);
        for (std::size_t i = 1; i < n; ++i) {
            const int changes = state.count();
            p.step();
            QCOMPARE(p.shownEvents(), i);
            QCOMPARE(p.focusedEvent(), &p.commandEvents()[i - 1]);
            QCOMPARE(state.count(), changes + 1); // every event moves what the views draw
            QCOMPARE(digest(p.state()), digest(*states[i - 1]));
        }
        p.step(); // the last event: the state after the access
        QVERIFY(p.atCommandEnd());
        QCOMPARE(digest(p.state()), fresh(qPrintable(text), 3));
        QVERIFY(std::size_t(moved.count()) >= n + 1);
        QVERIFY(!p.canStepForward());
    }

    void backOneEventRestoresTheStateAtTheEventBefore()
    {
        Player p;
        p.load(QStringLiteral(
                   "process a\nmmap a len=0x1000 at=0x10000000 prot=rw private anon\nwrite a 0x10000000 1"),
            QStringLiteral("<test>"));
        p.finish();
        const std::string after = digest(p.state());
        const std::size_t n = p.commandEvents().size();
        p.back(); // the last event is hidden again: the machine as the one before it left it
        QVERIFY(!p.atCommandEnd());
        Session reference;
        reference.run("process a\nmmap a len=0x1000 at=0x10000000 prot=rw private anon\n", "<test>");
        const auto write = script::parse("write a 0x10000000 1\n", "<test>");
        const auto states = reference.statesDuring(write.script.commands.at(0), "<test>", false, { n - 1 });
        QCOMPARE(digest(p.state()), digest(*states.at(0)));
        while (p.shownEvents() > 0)
            p.back();
        QCOMPARE(
            digest(p.state()), fresh("process a\nmmap a len=0x1000 at=0x10000000 prot=rw private anon\n", 2));
        p.next();
        QCOMPARE(digest(p.state()), after);
    }

    void expectChecksAreNotStoppedAt()
    {
        // A lesson's `expect` lines are plumbing: Step and Back pass over them, they are not
        // counted, and a failed one stops the player to be read.
        Player p;
        p.load(QStringLiteral("process a\nexpect stats.accesses == 0\nmmap a len=4K at=0x10000\n"
                              "expect ret == 0\nexpect ret == 0\nread a 0x10000\n"),
            QStringLiteral("t.lesson"));
        QCOMPARE(p.shownCommandTotal(), 3);
        p.next(); // process
        QCOMPARE(p.shownCommandNumber(), 1);
        p.next(); // the check, then mmap: one press
        QCOMPARE(p.currentCommandText().trimmed(), QStringLiteral("mmap a len=4K at=0x10000"));
        QCOMPARE(p.shownCommandNumber(), 2);
        p.step(); // both checks, then read: at its start
        QCOMPARE(p.currentCommandText().trimmed(), QStringLiteral("read a 0x10000"));
        QCOMPARE(p.shownEvents(), std::size_t(0));
        QCOMPARE(p.shownCommandNumber(), 3);
        p.back(); // before read's first event: back to the end of mmap, past both checks
        QCOMPARE(p.currentCommandText().trimmed(), QStringLiteral("mmap a len=4K at=0x10000"));
        QVERIFY(p.atCommandEnd());
        QCOMPARE(p.queueSize(), 3);
        QCOMPARE(digest(p.state()), fresh("process a\nmmap a len=4K at=0x10000\n", 2));

        Player q;
        q.load(
            QStringLiteral("process a\nexpect stats.accesses == 5\nprocess b\n"), QStringLiteral("t.lesson"));
        q.next();
        q.next(); // the failed check stops the player there
        QCOMPARE(q.currentCommandText().trimmed(), QStringLiteral("expect stats.accesses == 5"));
        QVERIFY(!q.playing());
    }

    void reachedComesWhenTheCursorGetsThere()
    {
        Player p;
        QSignalSpy reached(&p, &Player::reached);
        QSignalSpy executed(&p, &Player::executed);
        p.load(QStringLiteral("process a\nmmap a len=4K at=0x10000\nread a 0x10000\n"),
            QStringLiteral("<test>"));
        p.next();
        p.next();
        QCOMPARE(reached.count(), 2);
        p.step(); // read runs: executed now, reached once its events are shown
        QCOMPARE(executed.count(), 3);
        QCOMPARE(reached.count(), 2);
        while (!p.atCommandEnd())
            p.step();
        QCOMPARE(reached.count(), 3);
        p.back();
        p.step(); // at the end again: reached was already said for this run of the command
        QCOMPARE(reached.count(), 3);
        while (p.shownEvents() > 0)
            p.back();
        p.back(); // read goes back to the queue
        p.step();
        p.next(); // it runs again: reached again, as `again`
        QCOMPARE(reached.count(), 4);
        QCOMPARE(reached.last().at(3).toBool(), true);
        // An instant run reaches every command it runs, in order.
        Player q;
        QSignalSpy all(&q, &Player::reached);
        q.run(QStringLiteral("process a\nprocess b\nprocess c\n"), QStringLiteral("<test>"));
        QCOMPARE(all.count(), 3);
        QCOMPARE(all.at(2).at(1).toString().trimmed(), QStringLiteral("process c"));
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
        // Where the cursor is now, the state is that of a fresh run of the commands before the
        // current one, then of the current one up to the events shown (all of them at its end).
        QCOMPARE(digest(p.state()), freshAt(kScenario, std::size_t(p.historySize()), p.shownEvents()));
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
