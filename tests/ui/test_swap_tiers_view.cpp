// The swap tiers view: lanes in Linux's availability order with round-robin groups, the
// slot holders found in the PTEs, the swap-in time per area from the journal, the flash of
// the focused event's slot, highlights, the swapoff action, and painting at every size.
#include "player/player.h"
#include "swap/swap_tiers_dock.h"
#include "swap/swap_tiers_widget.h"
#include "theme/theme.h"

#include <QSignalSpy>
#include <QTest>

using namespace pagelab;
using namespace pagelab::ui;

namespace {

const char* kScenario = "machine frames=16\n"
                        "swapon fast size=16K prio=10 latency=20us\n"
                        "swapon slow1 size=64K prio=5 latency=2ms\n"
                        "swapon slow2 size=64K prio=5 latency=2ms\n"
                        "process a\n"
                        "mmap a len=128K at=0x10000000 prot=rw\n"
                        "touch a 0x10000000 len=128K write\n"
                        "touch a 0x10000000\n";

} // namespace

class TestSwapTiersView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void emptyStateExplainsSwapon()
    {
        Player player;
        Theme theme;
        SwapTiersDock dock(player, theme);
        dock.resize(600, 400);
        QVERIFY(dock.model().lanes().isEmpty());
        const QImage img = dock.exportWidget()->grab().toImage();
        QVERIFY(!img.isNull());
    }

    void lanesFollowPriorityWithRoundRobinGroups()
    {
        Player player;
        Theme theme;
        SwapTiersDock dock(player, theme);
        QVERIFY(player.run(QString::fromLatin1(kScenario), QStringLiteral("<test>")).ok());
        const auto& lanes = dock.model().lanes();
        QCOMPARE(lanes.size(), 3);
        QCOMPARE(lanes[0].name, QStringLiteral("fast"));
        QCOMPARE(lanes[0].prio, 10);
        QVERIFY(!lanes[0].groupShared);
        QCOMPARE(lanes[1].prio, 5);
        QCOMPARE(lanes[2].prio, 5);
        QVERIFY(lanes[1].groupShared && lanes[2].groupShared);
        QCOMPARE(lanes[1].group, lanes[2].group);
        QVERIFY(lanes[0].group != lanes[1].group);
        QCOMPARE(lanes[0].size, u64(4));
        QCOMPARE(lanes[0].latencyNs, u64(20000));
    }

    void holdersAreThePtesThatHoldTheEntry()
    {
        Player player;
        Theme theme;
        SwapTiersDock dock(player, theme);
        QVERIFY(player.run(QString::fromLatin1(kScenario), QStringLiteral("<test>")).ok());
        int checked = 0;
        for (const SwapLane& lane : dock.model().lanes())
            for (int s = 0; s < lane.count.size(); ++s) {
                const auto holders = dock.model().holders(lane.type, u64(s));
                QCOMPARE(u32(holders.size()), lane.count[s]);
                for (const SwapHolder& h : holders) {
                    QCOMPARE(h.process, QStringLiteral("a"));
                    QVERIFY(h.va >= 0x10000000 && h.va < 0x10020000);
                    ++checked;
                }
            }
        QVERIFY(checked > 0);
        // The tooltip of a used slot names the page.
        dock.resize(700, 600);
        dock.view()->resize(680, 600);
        dock.view()->relayout();
        const SwapLane& slow = dock.model().lanes()[1];
        int used = 0;
        while (used < slow.count.size() && slow.count[used] == 0)
            ++used;
        QVERIFY(used < slow.count.size());
        const QRect cell = dock.view()->slotRect(slow.name, u64(used));
        QVERIFY(!cell.isEmpty());
        QVERIFY(dock.view()->describeAt(cell.center()).contains(QStringLiteral("a page 0x1000")));
    }

    void swapInTimeComesFromTheJournal()
    {
        Player player;
        Theme theme;
        SwapTiersDock dock(player, theme);
        QVERIFY(player.run(QString::fromLatin1(kScenario), QStringLiteral("<test>")).ok());
        // The last touch read 0x10000000 back from fast (the first slot taken): 20 us.
        const SwapLane* fast = dock.model().lane(QStringLiteral("fast"));
        QVERIFY(fast);
        QCOMPARE(fast->swapIns, u64(1));
        QCOMPARE(fast->swapInTimeNs, u64(20000));
        QCOMPARE(dock.model().lane(QStringLiteral("slow1"))->swapInTimeNs, u64(0));
        // Stepping back before the swap-in removes its cost.
        player.back();
        while (player.shownEvents() > 0)
            player.back();
        QCOMPARE(dock.model().lane(QStringLiteral("fast"))->swapInTimeNs, u64(0));
    }

    void focusedSwapEventFlashesItsSlot()
    {
        Player player;
        Theme theme;
        SwapTiersDock dock(player, theme);
        dock.resize(700, 600);
        player.load(QString::fromLatin1(kScenario), QStringLiteral("<test>"));
        bool sawOut = false, sawIn = false;
        while (player.canStepForward() && !(sawOut && sawIn)) {
            player.step();
            const Event* e = player.focusedEvent();
            const auto flash = SwapTiersModel::flashFor(e);
            if (!flash)
                continue;
            if (std::holds_alternative<ev::SwapOut>(e->data)) {
                QVERIFY(flash->toSwap);
                // The state is the one before the command; the shown swap-outs lie over it.
                QVERIFY(dock.model().lane(flash->area)->count[qsizetype(flash->slot)] > 0);
                sawOut = true;
            }
            if (std::holds_alternative<ev::SwapIn>(e->data)) {
                QVERIFY(!flash->toSwap);
                QCOMPARE(flash->area, QStringLiteral("fast"));
                sawIn = true;
            }
            QCOMPARE(dock.focusRect(), dock.view()->slotRect(flash->area, flash->slot));
            QVERIFY(!dock.focusRect().isEmpty());
            QVERIFY(!dock.exportWidget()->grab().isNull());
        }
        QVERIFY(sawOut);
        QVERIFY(sawIn);
    }

    void highlightsAndSwapoffAction()
    {
        Player player;
        Theme theme;
        SwapTiersDock dock(player, theme);
        dock.resize(700, 600);
        QVERIFY(player.run(QString::fromLatin1(kScenario), QStringLiteral("<test>")).ok());
        dock.setHighlights({ QStringLiteral("swap.area.fast"), QStringLiteral("swap.slot.slow1.0x3"),
            QStringLiteral("walk.cr3") });
        QCOMPARE(dock.highlights(),
            QStringList({ QStringLiteral("swap.area.fast"), QStringLiteral("swap.slot.slow1.0x3") }));
        const QRect lane = dock.view()->laneRect(QStringLiteral("slow2"));
        QVERIFY(!lane.isEmpty());
        const auto commands = dock.view()->commandsAt(lane.center());
        QCOMPARE(commands.size(), 1);
        QCOMPARE(commands[0].second, QStringLiteral("swapoff slow2"));
        QSignalSpy spy(&dock, &ViewDock::commandRequested);
        Q_EMIT dock.view()->commandRequested(commands[0].second);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy[0][0].toString(), QStringLiteral("swapoff slow2"));
        QVERIFY(dock.view()->commandsAt(QPoint(-5, -5)).isEmpty());
        QVERIFY(!dock.exportWidget()->grab().isNull());
    }

    void paintsInPresentationAndAtScale()
    {
        Player player;
        Theme theme;
        SwapTiersDock dock(player, theme);
        dock.resize(900, 700);
        QVERIFY(player
                    .run(QStringLiteral("machine frames=1048576\nswapon big size=4G prio=1 latency=1ms\n"
                                        "swapon small size=64K\n"),
                        QStringLiteral("<test>"))
                    .ok());
        QCOMPARE(dock.model().lanes().size(), 2);
        QCOMPARE(dock.model().lanes()[0].size, u64(1048576));
        // A million slots: a density strip, every slot still reachable from a cell.
        const QRect last = dock.view()->slotRect(QStringLiteral("big"), 1048575);
        QVERIFY(!last.isEmpty());
        QVERIFY(last.bottom() < dock.view()->laneRect(QStringLiteral("big")).bottom());
        QVERIFY(!dock.exportWidget()->grab().isNull());
        theme.setMode(Theme::Mode::Presentation);
        QVERIFY(!dock.exportWidget()->grab().isNull());
    }
};

QTEST_MAIN(TestSwapTiersView)
#include "test_swap_tiers_view.moc"
