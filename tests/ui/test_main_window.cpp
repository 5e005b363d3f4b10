// The main window on the offscreen platform: typing a command into the console runs it
// through the one Session, the transcript shows the output (errors with FILE:LINE:COLUMN),
// the event log grows, and presentation mode makes the type larger.
#include "console/console_dock.h"
#include "console/history_line_edit.h"
#include "eventlog/event_log_dock.h"
#include "eventlog/event_log_model.h"
#include "mainwindow/main_window.h"
#include "player/player.h"
#include "theme/theme.h"
#include "theme/type_size_actions.h"
#include "welcome/welcome_page.h"

#include <QAction>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using pagelab::ui::MainWindow;

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir settingsDir_;

    static void type(MainWindow& w, const QString& command)
    {
        QLineEdit* input = w.findChild<QLineEdit*>(QStringLiteral("consoleInput"));
        QVERIFY(input);
        input->clear();
        QTest::keyClicks(input, command);
        QTest::keyClick(input, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Keep the developer's saved window layout out of the tests.
        QVERIFY(settingsDir_.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("PageLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_main_window"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir_.path());
    }

    void opensOnTheWelcomePage()
    {
        MainWindow w;
        w.show();
        QCOMPARE(w.centralWidget(), w.welcome());
        QVERIFY(w.findChild<QPlainTextEdit*>(QStringLiteral("consoleTranscript")));
        QVERIFY(w.findChild<QTableView*>(QStringLiteral("eventLogView")));
    }

    void typedCommandRunsAndTheLogGrows()
    {
        MainWindow w;
        w.show();
        auto* transcript = w.findChild<QPlainTextEdit*>(QStringLiteral("consoleTranscript"));
        auto* log = w.findChild<QTableView*>(QStringLiteral("eventLogView"));
        w.player().setTypedMode(pagelab::ui::Player::Mode::Instant);
        QSignalSpy ran(&w.player(), &pagelab::ui::Player::executed);

        type(w, QStringLiteral("process p"));
        QCOMPARE(ran.count(), 1);
        QVERIFY(transcript->toPlainText().contains(QStringLiteral("process p")));
        const int rows = log->model()->rowCount();
        QVERIFY(rows > 0);
        QCOMPARE(std::size_t(rows), w.player().visibleJournalEvents());

        type(w, QStringLiteral("pte p 0x1000 level=1 set=p,rw,us pfn=5"));
        type(w, QStringLiteral("access p 0x1010"));
        QCOMPARE(ran.count(), 3);
        QVERIFY(log->model()->rowCount() > rows);
        QCOMPARE(std::size_t(log->model()->rowCount()), w.player().visibleJournalEvents());
        QVERIFY(transcript->toPlainText().contains(QStringLiteral("access p 0x1010")));
        QVERIFY(w.findChild<QLineEdit*>(QStringLiteral("consoleInput"))->text().isEmpty());

        // The filter narrows the view, not the model.
        auto* filter = w.findChild<QLineEdit*>(QStringLiteral("eventLogFilter"));
        QTest::keyClicks(filter, QStringLiteral("TlbLookup"));
        QVERIFY(log->model()->rowCount() > 0);
        QVERIFY(log->model()->rowCount() < w.eventLog()->model()->rowCount());
    }

    void errorsShowFileLineColumn()
    {
        MainWindow w;
        w.show();
        type(w, QStringLiteral("acces p 0x1000"));
        const QString text = w.console()->transcript()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("<console>:1:1: error:")), qPrintable(text));
        QCOMPARE(w.eventLog()->model()->rowCount(), 0);
    }

    void historyWalksWithUpAndDown()
    {
        MainWindow w;
        w.show();
        type(w, QStringLiteral("process a"));
        type(w, QStringLiteral("process b"));
        QLineEdit* input = w.console()->input();
        QTest::keyClicks(input, QStringLiteral("dra"));
        QTest::keyClick(input, Qt::Key_Up);
        QCOMPARE(input->text(), QStringLiteral("process b"));
        QTest::keyClick(input, Qt::Key_Up);
        QCOMPARE(input->text(), QStringLiteral("process a"));
        QTest::keyClick(input, Qt::Key_Down);
        QTest::keyClick(input, Qt::Key_Down);
        QCOMPARE(input->text(), QStringLiteral("dra"));
    }

    void welcomeExamplePastesIntoTheConsole()
    {
        MainWindow w;
        w.show();
        auto* button = w.findChild<QPushButton*>(QStringLiteral("welcomeExample0"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(w.console()->input()->text(), pagelab::ui::WelcomePage::examples().constFirst());
    }

    void presentationModeEnlargesTheType()
    {
        MainWindow w;
        w.show();
        const int normal = w.console()->transcript()->font().pointSize();
        w.presentationAction()->trigger();
        QVERIFY(w.presentationMode());
        QVERIFY(w.theme().presentation());
        QVERIFY(w.console()->transcript()->font().pointSize() > normal);
        QVERIFY(QApplication::font().pointSize() > normal);
        w.presentationAction()->trigger();
        QVERIFY(!w.presentationMode());
        QCOMPARE(w.console()->transcript()->font().pointSize(), normal);
    }

    void typeSizeKeysScaleTheTypeOfEachModeAndAreKept()
    {
        QSettings().remove(QStringLiteral("view"));
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowActive(&w));
            const int normal = w.console()->transcript()->font().pointSize();
            QVERIFY(!w.typeSize()->normal()->isEnabled());
            QTest::keyClick(w.console()->input(), Qt::Key_Equal, Qt::ControlModifier);
            QTest::keyClick(w.console()->input(), Qt::Key_Equal, Qt::ControlModifier);
            QCOMPARE(w.theme().typeScale(), 125);
            QVERIFY(w.console()->transcript()->font().pointSize() > normal);
            QVERIFY(w.typeSize()->normal()->isEnabled());
            QVERIFY(w.console()->input()->text().isEmpty()); // the keys did not type

            // Presentation mode has its own size; the keys work there too (no menu bar).
            w.presentationAction()->trigger();
            QCOMPARE(w.theme().typeScale(), 100);
            const int presented = w.console()->transcript()->font().pointSize();
            QTest::keyClick(w.console()->input(), Qt::Key_Minus, Qt::ControlModifier);
            QCOMPARE(w.theme().typeScale(), 90);
            QVERIFY(w.console()->transcript()->font().pointSize() < presented);
            w.presentationAction()->trigger();
            QCOMPARE(w.theme().typeScale(), 125);
        }
        {
            MainWindow w; // both sizes are kept between runs
            QCOMPARE(w.theme().typeScale(), 125);
            QCOMPARE(w.theme().typeScale(pagelab::ui::Theme::Mode::Presentation), 90);
            w.show();
            QVERIFY(QTest::qWaitForWindowActive(&w));
            QTest::keyClick(w.console()->input(), Qt::Key_0, Qt::ControlModifier);
            QCOMPARE(w.theme().typeScale(), 100);
        }
        QCOMPARE(QSettings().value(QStringLiteral("view/typeScale")).toInt(), 100);
    }

    void runsAScenarioFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.vms"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("machine frames=32\nprocess p\npte p 0x1000 level=1 set=p,rw,us pfn=5\naccess p 0x1000\n");
        file.close();
        MainWindow w;
        w.show();
        QVERIFY(w.runScenarioFile(path));
        // Its commands are echoed with the file's name and line, not its whole path.
        QVERIFY(
            w.console()->transcript()->toPlainText().contains(QStringLiteral("demo.vms:4 access p 0x1000")));
        QVERIFY(!w.console()->transcript()->toPlainText().contains(path));
        QVERIFY(w.eventLog()->model()->rowCount() > 0);
        QVERIFY(!w.runScenarioFile(dir.filePath(QStringLiteral("missing.vms"))));
        QVERIFY(w.console()->transcript()->toPlainText().contains(QStringLiteral("cannot open")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
