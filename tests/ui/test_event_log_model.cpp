// The event log model over a real Session: rows follow the journal, appended after each run
// and reset when `machine` restarts it; checked by QAbstractItemModelTester throughout.
#include "eventlog/event_log_model.h"
#include "journal/message.h"
#include "machine/session.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace pagelab;
using pagelab::ui::EventLogModel;

class TestEventLogModel : public QObject {
    Q_OBJECT

private:
    // Runs text through the session and lets the model catch up, as the UI does.
    static RunOutcome run(Session& s, EventLogModel& m, const QString& text)
    {
        RunOutcome outcome = s.run(text.toStdString(), "<test>");
        m.update(outcome, text, QStringLiteral("<test>"));
        return outcome;
    }

private Q_SLOTS:
    void startsEmpty()
    {
        Session session;
        EventLogModel model(session.journal());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(EventLogModel::ColumnCount));
        QCOMPARE(
            model.headerData(EventLogModel::EventColumn, Qt::Horizontal).toString(), QStringLiteral("Event"));
    }

    void appendsRowsAfterEachRun()
    {
        Session session;
        EventLogModel model(session.journal());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        QVERIFY(
            run(session, model, QStringLiteral("process p\npte p 0x1000 level=1 set=p,rw,us pfn=5")).ok());
        const int first = model.rowCount();
        QVERIFY(first > 0);
        QCOMPARE(std::size_t(first), session.journal().size());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), first - 1);

        const RunOutcome access = run(session, model, QStringLiteral("access p 0x1010"));
        QVERIFY(access.ok());
        QVERIFY(model.rowCount() > first);
        QCOMPARE(std::size_t(model.rowCount()), session.journal().size());
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), first);
        QCOMPARE(reset.count(), 0);

        // Every cell says what the engine says.
        const auto& events = session.journal().events();
        for (int row = 0; row < model.rowCount(); ++row) {
            const Event& e = events[std::size_t(row)];
            QCOMPARE(model.index(row, EventLogModel::IndexColumn).data().toInt(), row + 1);
            QCOMPARE(model.index(row, EventLogModel::EventColumn).data().toString(),
                QString::fromUtf8(eventName(e.data)));
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

    void parseErrorChangesNothing()
    {
        Session session;
        EventLogModel model(session.journal());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        run(session, model, QStringLiteral("process p"));
        const int before = model.rowCount();
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(!run(session, model, QStringLiteral("acces p 0x1000")).parsed());
        QCOMPARE(model.rowCount(), before);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(reset.count(), 0);
    }

    void resetsWhenMachineRestartsTheJournal()
    {
        Session session;
        EventLogModel model(session.journal());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        run(session, model,
            QStringLiteral("process p\npte p 0x1000 level=1 set=p,rw,us pfn=5\naccess p 0x1000"));
        QVERIFY(model.rowCount() > 0);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // A new machine and enough work to make the journal longer than before: still a reset.
        QString again = QStringLiteral("machine frames=32\nprocess q\n");
        for (int i = 0; i < 4; ++i)
            again += QStringLiteral("pte q 0x%1000 level=1 set=p,rw,us pfn=%2\naccess q 0x%1000\n")
                         .arg(i + 1)
                         .arg(i + 3);
        QVERIFY(run(session, model, again).ok());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(std::size_t(model.rowCount()), session.journal().size());
        QCOMPARE(model.index(0, EventLogModel::CommandColumn).data().toString(), QStringLiteral("process q"));

        run(session, model, QStringLiteral("machine frames=16"));
        QCOMPARE(reset.count(), 2);
        QCOMPARE(std::size_t(model.rowCount()), session.journal().size());
    }
};

QTEST_GUILESS_MAIN(TestEventLogModel)
#include "test_event_log_model.moc"
