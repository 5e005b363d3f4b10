// The TLB view: one row per slot (L1 set-major, then the STLB) read from the engine's TLB,
// LRU ranks within a set, the set a lookup probes and the slot a fill writes marked as the
// player steps, lesson highlights, the PCID filter and the commands the context menu asks
// for; the model runs under QAbstractItemModelTester.
#include "machine/machine.h"
#include "player/player.h"
#include "theme/theme.h"
#include "tlb/tlb_dock.h"
#include "tlb/tlb_model.h"
#include "view_test_rig.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFont>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace pagelab;
using pagelab::ui::Player;
using pagelab::ui::Theme;
using pagelab::ui::TlbDock;
using pagelab::ui::TlbModel;

namespace {

const char* kTwoPages = "machine frames=64 tlb=8:2 stlb=16:4\n"
                        "process p\n"
                        "pte p 0x1000 level=1 set=p,rw,us pfn=11\n"
                        "pte p 0x3000 level=1 set=p,us pfn=13\n";

int findPage(const TlbModel& m, TlbLevel level, VAddr va)
{
    for (int r = 0; r < m.rowCount(); ++r)
        if (m.row(r).level == level && m.row(r).entry.valid && m.row(r).entry.pageVa == va)
            return r;
    return -1;
}

// Steps until the focused event is of type E; false when the queue ends first.
using pagelab::ui::testing::stepTo;

} // namespace

class TestTlbView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rowsAreEverySlotOfBothLevels()
    {
        Player player;
        Theme theme;
        TlbDock dock(player, theme);
        QAbstractItemModelTester tester(dock.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(
            player
                .run(QString::fromLatin1(kTwoPages) + QStringLiteral("access p 0x1000\naccess p 0x3000\n"),
                    QStringLiteral("<test>"))
                .ok());
        const TlbModel& m = *dock.model();
        QCOMPARE(m.rowCount(), 8 + 16);
        QVERIFY(m.hasStlb());
        const int r = findPage(m, TlbLevel::L1, 0x1000);
        QVERIFY(r >= 0);
        // 4 sets of 2 ways: page 1 lives in set 1.
        QCOMPARE(m.row(r).set, 1u);
        QCOMPARE(m.data(m.index(r, TlbModel::FrameColumn)).toString(), QStringLiteral("0xb"));
        QCOMPARE(m.data(m.index(r, TlbModel::FlagsColumn)).toString(), QStringLiteral("RW U"));
        const int ro = findPage(m, TlbLevel::L1, 0x3000);
        QCOMPARE(m.data(m.index(ro, TlbModel::FlagsColumn)).toString(), QStringLiteral("RO U"));
        QVERIFY(findPage(m, TlbLevel::Stlb, 0x1000) >= 0); // a fill goes to both levels
        QVERIFY(dock.counters()->text().contains(QStringLiteral("misses 2")));
    }

    void lruRankFollowsUse()
    {
        Player player;
        Theme theme;
        TlbDock dock(player, theme);
        QAbstractItemModelTester tester(dock.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(player
                    .run(QStringLiteral("machine frames=64 tlb=4:4\nprocess p\n"
                                        "pte p 0x1000 level=1 set=p,rw,us pfn=11\n"
                                        "pte p 0x2000 level=1 set=p,rw,us pfn=12\n"
                                        "access p 0x1000\naccess p 0x2000\n"),
                        QStringLiteral("<test>"))
                    .ok());
        const TlbModel& m = *dock.model();
        QCOMPARE(m.row(findPage(m, TlbLevel::L1, 0x2000)).lruRank, 0);
        QCOMPARE(m.row(findPage(m, TlbLevel::L1, 0x1000)).lruRank, 1);
        QVERIFY(player.run(QStringLiteral("access p 0x1000"), QStringLiteral("<test>")).ok());
        QCOMPARE(m.row(findPage(m, TlbLevel::L1, 0x1000)).lruRank, 0);
        QCOMPARE(m.row(findPage(m, TlbLevel::L1, 0x2000)).lruRank, 1);
    }

    void lookupMarksTheSetAndFillMarksTheSlot()
    {
        Player player;
        Theme theme;
        TlbDock dock(player, theme);
        QAbstractItemModelTester tester(dock.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(
            player
                .load(QString::fromLatin1(kTwoPages) + QStringLiteral("access p 0x1000\naccess p 0x1000\n"),
                    QStringLiteral("<test>"))
                .ok());
        const TlbModel& m = *dock.model();
        QVERIFY(stepTo<ev::TlbLookup>(player));
        std::vector<int> rows = m.markedRows();
        // A miss in both levels: both ways of L1 set 1 and the four of STLB set 1.
        QCOMPARE(rows.size(), std::size_t(2 + 4));
        for (int r : rows) {
            QCOMPARE(m.row(r).set, 1u);
            QCOMPARE(m.data(m.index(r, 0), TlbModel::MarkRole).toInt(), int(TlbModel::Mark::LookupMiss));
            QCOMPARE(m.data(m.index(r, 0), Qt::BackgroundRole).value<QColor>().rgb(),
                theme.color(ui::ColorRole::Miss).rgb());
        }
        QVERIFY(dock.eventLabel()->text().contains(QStringLiteral("miss")));
        QVERIFY(stepTo<ev::TlbFill>(player));
        rows = m.markedRows();
        QCOMPARE(rows.size(), std::size_t(1));
        QCOMPARE(m.data(m.index(rows[0], 0), TlbModel::MarkRole).toInt(), int(TlbModel::Mark::Filled));
        QVERIFY(!dock.focusRect().isEmpty());
        // The second access hits: its lookup marks the set in the hit colour.
        QVERIFY(stepTo<ev::TlbLookup>(player));
        rows = m.markedRows();
        QVERIFY(!rows.empty());
        QCOMPARE(m.data(m.index(rows[0], 0), TlbModel::MarkRole).toInt(), int(TlbModel::Mark::LookupHit));
        // Reset clears the mark when the focused event is no longer a TLB event.
        player.reset();
        QVERIFY(m.markedRows().empty());
    }

    void highlightsSelectSetsEntriesAndTheStlb()
    {
        Player player;
        Theme theme;
        TlbDock dock(player, theme);
        QVERIFY(player.run(QString::fromLatin1(kTwoPages), QStringLiteral("<test>")).ok());
        dock.setHighlights({ QStringLiteral("tlb.set.2"), QStringLiteral("tlb.entry.0.1"),
            QStringLiteral("walk.cr3"), QStringLiteral("tlb.set.x") });
        const TlbModel& m = *dock.model();
        int highlighted = 0;
        for (int r = 0; r < m.rowCount(); ++r) {
            const bool on = m.data(m.index(r, 0), TlbModel::HighlightedRole).toBool();
            const auto& row = m.row(r);
            const bool expected
                = row.level == TlbLevel::L1 && (row.set == 2 || (row.set == 0 && row.way == 1));
            QCOMPARE(on, expected);
            highlighted += on;
        }
        QCOMPARE(highlighted, 3);
        dock.setHighlights({ QStringLiteral("tlb.stlb") });
        QVERIFY(m.data(m.index(m.rowCount() - 1, 0), TlbModel::HighlightedRole).toBool());
        QVERIFY(!m.data(m.index(0, 0), TlbModel::HighlightedRole).toBool());
    }

    void contextCommandsUseTheLanguage()
    {
        Player player;
        Theme theme;
        TlbDock dock(player, theme);
        QVERIFY(player
                    .run(QString::fromLatin1(kTwoPages) + QStringLiteral("access p 0x1000\n"),
                        QStringLiteral("<test>"))
                    .ok());
        const int r = findPage(*dock.model(), TlbLevel::L1, 0x1000);
        QCOMPARE(dock.commandsFor(r),
            QStringList({ QStringLiteral("invlpg p 0x1000"), QStringLiteral("flush_tlb p"),
                QStringLiteral("flush_tlb") }));
        QCOMPARE(dock.commandsFor(-1), QStringList({ QStringLiteral("flush_tlb") }));
        // The commands run.
        for (const QString& c : dock.commandsFor(r))
            QVERIFY(player.run(c, QStringLiteral("<test>")).ok());
    }

    void pcidFilterKeepsOneProcess()
    {
        Player player;
        Theme theme;
        TlbDock dock(player, theme);
        QVERIFY(player
                    .run(QStringLiteral("machine frames=64 tlb=8:2 pcid=on\nprocess a\nprocess b\n"
                                        "pte a 0x1000 level=1 set=p,rw,us pfn=11\n"
                                        "pte b 0x1000 level=1 set=p,rw,us pfn=12\n"
                                        "access a 0x1000\naccess b 0x1000\n"),
                        QStringLiteral("<test>"))
                    .ok());
        QComboBox* filter = dock.pcidFilter();
        QCOMPARE(filter->count(), 3); // all, and one per PCID
        QCOMPARE(dock.view()->model()->rowCount(), 8);
        filter->setCurrentIndex(1);
        QCOMPARE(dock.view()->model()->rowCount(), 1);
        // The invlpg of an entry names the process its PCID belongs to.
        const int pcid = filter->currentData().toInt();
        for (int r = 0; r < dock.model()->rowCount(); ++r) {
            const TlbEntry& e = dock.model()->row(r).entry;
            if (e.valid && e.pcid == pcid)
                QVERIFY(dock.commandsFor(r).first().startsWith(
                    QStringLiteral("invlpg %1 ")
                        .arg(pcid == player.state().machine().processes()[0]->pcid ? QLatin1String("a")
                                                                                   : QLatin1String("b"))));
        }
    }

    void removedEntriesAreStruckOutAndNamed()
    {
        Player player;
        Theme theme;
        TlbDock dock(player, theme);
        QAbstractItemModelTester tester(dock.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(player
                    .load(QStringLiteral("machine frames=64 tlb=8:2\nprocess p\nprocess q\n"
                                         "pte p 0x1000 level=1 set=p,rw,us pfn=11\n"
                                         "pte p 0x2000 level=1 set=p,rw,us,g pfn=12\n"
                                         "access p 0x1000\naccess p 0x2000\nswitch q\nflush_tlb\n"),
                        QStringLiteral("<test>"))
                    .ok());
        const TlbModel& m = *dock.model();
        // Where the two entries are once both accesses are done.
        while (player.historySize() < 7) // both accesses done
            player.next();
        const int page1 = findPage(m, TlbLevel::L1, 0x1000);
        const int page2 = findPage(m, TlbLevel::L1, 0x2000);
        QVERIFY(page1 >= 0 && page2 >= 0);
        // The CR3 load of `switch q` removes the non-global entry only: at that event the slot
        // is empty (the machine at the cursor) and still names what it held, struck out.
        QVERIFY(stepTo<ev::TlbEntryRemoved>(player));
        QVERIFY(!m.row(page1).entry.valid);
        QVERIFY(m.row(page2).entry.valid);
        QCOMPARE(m.data(m.index(page1, TlbModel::PageColumn)).toString(), QStringLiteral("0x1000"));
        QCOMPARE(int(m.mark(page1)), int(TlbModel::Mark::Removed));
        QCOMPARE(int(m.mark(page2)), int(TlbModel::Mark::None));
        QVERIFY(m.data(m.index(page1, TlbModel::PageColumn), Qt::FontRole).value<QFont>().strikeOut());
        QVERIFY(!m.data(m.index(page2, TlbModel::PageColumn), Qt::FontRole).isValid());
        QVERIFY(dock.eventLabel()->text().contains(QStringLiteral("0x1000")));
        QVERIFY(stepTo<ev::TlbFlush>(player));
        QCOMPARE(m.markedRows(), std::vector<int>({ page1 }));
        QVERIFY(dock.eventLabel()->text().contains(QStringLiteral("set 1 way 0 (0x1000)")));
        // flush_tlb removes the global entry too; at the command's end the slots are empty but
        // still show what they held, struck out.
        player.finish();
        QCOMPARE(int(m.mark(page2)), int(TlbModel::Mark::Removed));
        QVERIFY(!m.row(page2).entry.valid);
        QCOMPARE(m.data(m.index(page2, TlbModel::PageColumn)).toString(), QStringLiteral("0x2000"));
        QVERIFY(m.data(m.index(page2, TlbModel::PageColumn), Qt::FontRole).value<QFont>().strikeOut());
        QVERIFY(dock.eventLabel()->text().contains(QStringLiteral("(0x2000)")));
        if (qEnvironmentVariableIsSet("PAGELAB_SHOT_DIR")) {
            dock.resize(700, 400);
            dock.grab().save(qEnvironmentVariable("PAGELAB_SHOT_DIR") + QStringLiteral("/tlb-removed.png"));
        }
    }

    void paintsAtBothSizesAndLargeTlbs()
    {
        Player player;
        Theme theme;
        TlbDock dock(player, theme);
        QVERIFY(player
                    .run(QString::fromLatin1(kTwoPages) + QStringLiteral("access p 0x1000\n"),
                        QStringLiteral("<test>"))
                    .ok());
        dock.resize(700, 400);
        QVERIFY(!dock.grab().isNull());
        theme.setMode(Theme::Mode::Presentation);
        QVERIFY(!dock.grab().isNull());
        if (qEnvironmentVariableIsSet("PAGELAB_SHOT_DIR"))
            dock.grab().save(
                qEnvironmentVariable("PAGELAB_SHOT_DIR") + QStringLiteral("/tlb-presentation.png"));
        theme.setMode(Theme::Mode::Normal);
        if (qEnvironmentVariableIsSet("PAGELAB_SHOT_DIR"))
            dock.grab().save(qEnvironmentVariable("PAGELAB_SHOT_DIR") + QStringLiteral("/tlb-normal.png"));
        QVERIFY(player
                    .run(QStringLiteral("machine frames=1048576 tlb=65536:4\nprocess p\n"
                                        "pte p 0x1000 level=1 set=p,rw,us pfn=11\naccess p 0x1000\n"),
                        QStringLiteral("<test>"))
                    .ok());
        QCOMPARE(dock.model()->rowCount(), 65536);
        QVERIFY(!dock.grab().isNull());
    }
};

QTEST_MAIN(TestTlbView)
#include "test_tlb_view.moc"
