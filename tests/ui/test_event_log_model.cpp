// The event log model follows the player: rows up to its cursor, appended as it steps on,
// removed as it steps back, reset when `machine` restarts the journal; checked by
// QAbstractItemModelTester throughout.
#include "eventlog/event_log_model.h"
#include "journal/message.h"
#include "player/player.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace pagelab;
using pagelab::ui::EventLogModel;
using pagelab::ui::Player;

class TestEventLogModel : public QObject {
    Q_OBJECT

private:
    static RunOutcome run(Player& p, const QString& text)
    {
        return p.run(text, QStringLiteral("<test>"), Player::Mode::Instant);
    }

    static EventLogModel* follow(Player& p)
    {
        auto* m = new EventLogModel(p, &p);
        QObject::connect(&p, &Player::cursorMoved, m, &EventLogModel::sync);
        return m;
    }

private Q_SLOTS:
    void startsEmpty()
    {
        Player player;
        EventLogModel& model = *follow(player);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(EventLogModel::ColumnCount));
        QCOMPARE(
            model.headerData(EventLogModel::EventColumn, Qt::Horizontal).toString(), QStringLiteral("Event"));
    }

    void appendsRowsAfterEachRun()
    {
        Player player;
        EventLogModel& model = *follow(player);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        QVERIFY(run(player, QStringLiteral("process p\npte p 0x1000 level=1 set=p,rw,us pfn=5")).ok());
        const int first = model.rowCount();
        QVERIFY(first > 0);
        QCOMPARE(std::size_t(first), player.journal().size());

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const RunOutcome access = run(player, QStringLiteral("access p 0x1010"));
        QVERIFY(access.ok());
        QVERIFY(model.rowCount() > first);
        QCOMPARE(std::size_t(model.rowCount()), player.journal().size());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), first);
        QCOMPARE(reset.count(), 0);

        // Every cell says what the engine says.
        const auto& events = player.journal().events();
        for (int row = 0; row < model.rowCount(); ++row) {
            const Event& e = events[std::size_t(row)];
            const std::string_view name = eventName(e.data);
            QCOMPARE(model.index(row, EventLogModel::IndexColumn).data().toInt(), row + 1);
            QCOMPARE(model.index(row, EventLogModel::EventColumn).data().toString(),
                QString::fromUtf8(name.data(), qsizetype(name.size())));
            QCOMPARE(model.index(row, EventLogModel::DescriptionColumn).data().toString(),
                QString::fromStdString(describeEnglish(e)));
        }
        // The access's events are labelled with the line that caused them.
        const int accessRow = int(access.commands.at(0).firstEvent);
        QCOMPARE(model.index(accessRow, EventLogModel::CommandColumn).data().toString(),
            QStringLiteral("access p 0x1010"));
        QCOMPARE(model.index(accessRow, EventLogModel::CommandColumn).data(Qt::ToolTipRole).toString(),
            QStringLiteral("<test>:1: access p 0x1010"));
        QCOMPARE(model.index(0, EventLogModel::CommandColumn).data().toString(), QStringLiteral("process p"));
    }

    void followsTheCursorBothWays()
    {
        Player player;
        EventLogModel& model = *follow(player);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        run(player, QStringLiteral("process p\npte p 0x1000 level=1 set=p,rw,us pfn=5"));
        const int before = model.rowCount();
        player.load(QStringLiteral("process p\npte p 0x1000 level=1 set=p,rw,us pfn=5\naccess p 0x1000"),
            QStringLiteral("<test>"));
        QCOMPARE(model.rowCount(), 0);
        player.next();
        player.next();
        QCOMPARE(model.rowCount(), before);
        player.step(); // the access runs: nothing shown yet
        QCOMPARE(model.rowCount(), before);
        player.step();
        QCOMPARE(model.rowCount(), before + 1);
        player.back();
        QCOMPARE(model.rowCount(), before);
        player.back(); // back over the access into the pte command's end
        QCOMPARE(model.rowCount(), before);
        QCOMPARE(std::size_t(model.rowCount()), player.visibleJournalEvents());
    }

    void parseErrorChangesNothing()
    {
        Player player;
        EventLogModel& model = *follow(player);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        run(player, QStringLiteral("process p"));
        const int before = model.rowCount();
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(!run(player, QStringLiteral("acces p 0x1000")).parsed());
        QCOMPARE(model.rowCount(), before);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(reset.count(), 0);
    }

    void resetsWhenMachineRestartsTheJournal()
    {
        Player player;
        EventLogModel& model = *follow(player);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        run(player, QStringLiteral("process p\npte p 0x1000 level=1 set=p,rw,us pfn=5\naccess p 0x1000"));
        QVERIFY(model.rowCount() > 0);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QString again = QStringLiteral("machine frames=32\nprocess q\n");
        for (int i = 0; i < 4; ++i)
            again += QStringLiteral("pte q 0x%1000 level=1 set=p,rw,us pfn=%2\naccess q 0x%1000\n")
                         .arg(i + 1)
                         .arg(i + 3);
        QVERIFY(run(player, again).ok());
        QVERIFY(reset.count() >= 1);
        QCOMPARE(std::size_t(model.rowCount()), player.journal().size());
        QCOMPARE(model.index(0, EventLogModel::CommandColumn).data().toString(), QStringLiteral("process q"));
    }
};

QTEST_MAIN(TestEventLogModel)
#include "test_event_log_model.moc"
