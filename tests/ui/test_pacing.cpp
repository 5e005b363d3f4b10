// How long the player stays on each event while it plays (ui/player/pacing.h): key events
// long enough to read, routine ones at the slider's speed, repeats in a long command quickly,
// a lesson's own key kinds, and Run following that pace.
#include "machine/session.h"
#include "player/pacing.h"
#include "player/player.h"

#include <QSignalSpy>
#include <QTest>

using namespace pagelab;
using pagelab::ui::Pacing;
using pagelab::ui::Player;

namespace {

// The events of the last command of `text`.
std::vector<Event> eventsOf(const std::string& text)
{
    Session s;
    const RunOutcome out = s.run(text, "<test>");
    const CommandOutcome& last = out.commands.back();
    return { s.journal().events().begin() + std::ptrdiff_t(last.firstEvent),
        s.journal().events().begin() + std::ptrdiff_t(last.endEvent) };
}

std::size_t firstOf(const std::vector<Event>& events, std::string_view kind, std::size_t from = 0)
{
    for (std::size_t i = from; i < events.size(); ++i)
        if (eventName(events[i].data) == kind)
            return i;
    return events.size();
}

const char* kFault = "process a\nmmap a len=8K at=0x10000\nread a 0x10000\n";

} // namespace

class TestPacing : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keyEventsAreReadRoutineOnesPass()
    {
        const auto events = eventsOf(kFault);
        Pacing pacing;
        const std::size_t fault = firstOf(events, "PageFault");
        const std::size_t read = firstOf(events, "WalkRead");
        QVERIFY(fault < events.size() && read < events.size());
        const int key = pacing.dwellMs(events, fault, 4.0);
        QCOMPARE(pacing.dwellMs(events, read, 4.0), 250); // 4 events per second
        QVERIFY2(key >= 4 * 250 && key <= 10 * 250, qPrintable(QString::number(key)));
        // Twice the speed, half the time.
        QCOMPARE(pacing.dwellMs(events, read, 8.0), 125);
        QVERIFY(std::abs(pacing.dwellMs(events, fault, 8.0) - key / 2) <= 1);
        // The retried access's lookup is not the story any more: routine.
        const std::size_t lookup = firstOf(events, "TlbLookup");
        const std::size_t again = firstOf(events, "TlbLookup", lookup + 1);
        QVERIFY(again < events.size());
        QVERIFY(pacing.dwellMs(events, lookup, 4.0) >= 1000);
        QCOMPARE(pacing.dwellMs(events, again, 4.0), 250);
    }

    void aLessonNamesWhatMatters()
    {
        const auto events = eventsOf(kFault);
        Pacing pacing;
        pacing.setKeyKinds({ QStringLiteral("WalkRead") });
        const std::size_t fault = firstOf(events, "PageFault");
        QCOMPARE(pacing.dwellMs(events, fault, 4.0), 250); // not what this step is about
        // Every level of the walk is read, not only the first.
        std::size_t reads = 0;
        for (std::size_t i = 0; i < events.size() && reads < 4; ++i)
            if (eventName(events[i].data) == std::string_view("WalkRead")) {
                QVERIFY(pacing.dwellMs(events, i, 4.0) >= 1000);
                ++reads;
            }
        QCOMPARE(reads, std::size_t { 4 });
    }

    void repeatsInALongCommandGoBy()
    {
        // 16 pages into 8 frames: a long command of faults and swap-outs.
        const auto events = eventsOf("machine frames=8\nswapon s size=64K\nprocess a\nmmap a len=64K "
                                     "at=0x10000000\ntouch a 0x10000000 len=64K write\n");
        QVERIFY(events.size() > 100);
        Pacing pacing;
        std::vector<std::size_t> swapOuts;
        for (std::size_t i = 0; i < events.size(); ++i)
            if (eventName(events[i].data) == std::string_view("SwapOut"))
                swapOuts.push_back(i);
        QVERIFY(swapOuts.size() > Pacing::kAtSpeed);
        QVERIFY(pacing.dwellMs(events, swapOuts[0], 4.0) >= 1000);
        QCOMPARE(pacing.dwellMs(events, swapOuts[1], 4.0), 250);
        QCOMPARE(pacing.dwellMs(events, swapOuts[Pacing::kAtSpeed], 4.0), 250 / 8);
        // The whole command plays in well under the time of one routine step per event.
        int total = 0;
        for (std::size_t i = 0; i < events.size(); ++i)
            total += pacing.dwellMs(events, i, 4.0);
        QVERIFY2(total < int(events.size()) * 250 / 2, qPrintable(QString::number(total)));
    }

    void runFollowsThePace()
    {
        Player p;
        p.load(QString::fromLatin1(kFault), QStringLiteral("<test>"));
        p.next();
        p.next();
        p.step(); // the read, at its start
        p.play();
        QTRY_VERIFY_WITH_TIMEOUT(p.focusedEvent() != nullptr, 2000);
        // Stepping stops at the fault for longer than a routine event takes.
        QTRY_VERIFY_WITH_TIMEOUT(
            p.focusedEvent() && eventName(p.focusedEvent()->data) == std::string_view("PageFault"), 5000);
        QCOMPARE(p.dwellMs(), p.pacing().dwellMs(p.commandEvents(), p.shownEvents() - 1, p.speed()));
        QVERIFY(p.dwellMs() >= 1000);
        p.pause();
    }
};

QTEST_MAIN(TestPacing)
#include "test_pacing.moc"
