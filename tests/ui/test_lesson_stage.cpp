// Lessons set the stage (ui/mainwindow/lesson_stage.h): every step of every built-in English
// lesson, opened through the lesson panel at 1366x768 and 1600x1000, shows the views it is about
// at the same time (none behind a tab of another), each readable, and every highlighted element
// that shows something drawn whole in the visible part of its view; the lesson panel's Check
// answer and Next stay on screen; the welcome page steps aside while a lesson runs.
#include "common/highlight_outline.h"
#include "common/view_dock.h"
#include "lessons/lesson_library.h"
#include "lessons/lesson_panel.h"
#include "lessons/lesson_progress.h"
#include "mainwindow/lesson_stage.h"
#include "mainwindow/main_window.h"
#include "player/player.h"
#include "welcome/welcome_page.h"

#include <QAbstractButton>
#include <QAction>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pagelab;
using namespace pagelab::ui;

namespace {

// On screen: shown and wholly inside the window.
bool onScreen(const QWidget* w)
{
    if (!w || !w->isVisible() || w->width() <= 0 || w->height() <= 0)
        return false;
    const QWidget* window = w->window();
    return window->rect().contains(QRect(w->mapTo(window, QPoint(0, 0)), w->size()));
}

} // namespace

class TestLessonStage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir settingsDir_;

    // What the stage must show now: every view of the step in front and readable, every
    // highlight that shows something (the panel's resolver says so) drawn where it can be
    // seen. The ids seen are added to `seen`.
    static bool stageHolds(MainWindow& w, QSet<QString>& seen, QString& why)
    {
        const LessonPanel* panel = w.lessonPanel();
        LessonStage* stage = w.stage();
        for (const QString& v : panel->stage()) {
            if (!stage->viewShown(v)) {
                why = QStringLiteral("view %1 is not on screen").arg(v);
                return false;
            }
            if (ViewDock* dock = w.view(v); dock && (dock->width() < 240 || dock->height() < 150)) {
                why = QStringLiteral("view %1 is %2x%3").arg(v).arg(dock->width()).arg(dock->height());
                return false;
            }
        }
        if (stage->highlights() != panel->shownHighlights()) {
            why = QStringLiteral("the stage outlines %1, the panel says %2")
                      .arg(stage->highlights().join(QLatin1Char(' ')),
                          panel->shownHighlights().join(QLatin1Char(' ')));
            return false;
        }
        for (const QString& id : panel->shownHighlights()) {
            if (!stage->elementShown(id)) {
                const QString viewId = id.section(QLatin1Char('.'), 0, 0);
                const ViewDock* dock = w.view(viewId);
                why = QStringLiteral("%1 is not shown (rect %2,%3 %4x%5)")
                          .arg(id)
                          .arg(dock ? dock->elementRect(id).x() : -1)
                          .arg(dock ? dock->elementRect(id).y() : -1)
                          .arg(dock ? dock->elementRect(id).width() : -1)
                          .arg(dock ? dock->elementRect(id).height() : -1);
                return false;
            }
            seen.insert(id);
        }
        // The quiz's options are all in view (the narration scrolls, not they).
        for (const auto* option : panel->findChildren<QAbstractButton*>()) {
            if (!option->objectName().startsWith(QLatin1String("lessonOption_")) || option->isHidden())
                continue;
            const auto* scroll = panel->findChild<QScrollArea*>(QStringLiteral("lessonControls"));
            const QRect inView(option->mapTo(scroll->viewport(), QPoint(0, 0)), option->size());
            if (!scroll->viewport()->rect().contains(inView) || !onScreen(option)) {
                why = QStringLiteral("quiz option %1 is not in view").arg(option->objectName());
                return false;
            }
        }
        // The panel's controls are never below the fold.
        for (const char* name : { "lessonNext", "lessonCheckAnswer", "lessonShowMe" }) {
            const auto* b = panel->findChild<QPushButton*>(QLatin1String(name));
            if (b && !b->isHidden() && !onScreen(b)) {
                why = QStringLiteral("%1 is not on screen").arg(QLatin1String(name));
                return false;
            }
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(settingsDir_.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("PageLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_lesson_stage"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir_.path());
        LessonProgress().resetAll();
    }

    void welcomePageStepsAside()
    {
        MainWindow w;
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.welcome()->isVisible());
        QVERIFY(!w.stage()->active());
        QVERIFY(w.openLesson(QStringLiteral("tlb")));
        QVERIFY(w.stage()->active());
        QVERIFY(!w.welcome()->isVisible());
        QVERIFY(!w.welcomeAction()->isChecked());
        // View > Welcome page shows it during the lesson, and hides it again.
        w.welcomeAction()->trigger();
        QVERIFY(w.welcome()->isVisible());
        w.welcomeAction()->trigger();
        QVERIFY(!w.welcome()->isVisible());
        // Closing the lesson panel ends the lesson: the welcome page and the layout come back.
        w.lessonPanel()->close();
        QVERIFY(!w.stage()->active());
        QVERIFY(w.welcome()->isVisible());
        QVERIFY(w.welcomeAction()->isChecked());
    }

    // The TLB lesson's first step is about the walk, the TLB and the charts, which share one
    // tab group: all three are seen at once (the last one raised used to hide the others).
    void viewsOfOneTabGroupAreSplit()
    {
        MainWindow w;
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openLesson(QStringLiteral("tlb")));
        w.player().finish();
        const QStringList stage = w.lessonPanel()->stage();
        QVERIFY2(stage.contains(QStringLiteral("tlb")) && stage.contains(QStringLiteral("walk")),
            qPrintable(stage.join(QLatin1Char(' '))));
        for (const QString& v : stage)
            QTRY_VERIFY2(w.stage()->viewShown(v), qPrintable(v));
    }

    // log, console and player are outlined as a whole.
    void panelsAreOutlined()
    {
        MainWindow w;
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openLesson(QStringLiteral("welcome")));
        w.setHighlights({ QStringLiteral("log"), QStringLiteral("player") });
        QVERIFY(w.stage()->outline(QStringLiteral("log"))->on());
        QVERIFY(w.stage()->outline(QStringLiteral("player"))->on());
        QVERIFY(!w.stage()->outline(QStringLiteral("console"))->on());
        QTRY_VERIFY(w.stage()->elementShown(QStringLiteral("log")));
        QTRY_VERIFY(w.stage()->elementShown(QStringLiteral("player")));
        w.setHighlights({});
        QVERIFY(!w.stage()->outline(QStringLiteral("log"))->on());
    }

    void everyStepShowsWhatItTalksAbout_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1366x768") << QSize(1366, 768);
        QTest::newRow("1600x1000") << QSize(1600, 1000);
    }

    void everyStepShowsWhatItTalksAbout()
    {
        QFETCH(QSize, size);
        MainWindow w;
        w.resize(size);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        LessonLibrary library;
        library.load(LessonLibrary::findLessonsDir(), QStringLiteral("en"));
        QCOMPARE(library.lessons().size(), 18);
        LessonPanel* panel = w.lessonPanel();
        for (const LessonEntry& entry : library.lessons()) {
            QVERIFY2(w.openLesson(entry.id), qPrintable(entry.file));
            for (int i = 0; i < panel->stepCount(); ++i) {
                const QString where = QStringLiteral("%1 step %2 at %3x%4")
                                          .arg(entry.file)
                                          .arg(i + 1)
                                          .arg(size.width())
                                          .arg(size.height());
                QVERIFY2(panel->openStep(i), qPrintable(where + QLatin1Char(' ') + panel->lastError()));
                w.player().finish();
                QSet<QString> seen;
                QString why;
                QTRY_VERIFY2(stageHolds(w, seen, why), qPrintable(where + QStringLiteral(": ") + why));
                const lesson::LessonStep& s = *panel->step();
                auto answer = [&] {
                    panel->setAnswer(QString::fromStdString(s.quiz->correctLetters()));
                    panel->checkAnswer();
                    w.player().finish();
                    QTRY_VERIFY2(
                        stageHolds(w, seen, why), qPrintable(where + QStringLiteral(" reveal: ") + why));
                };
                auto solve = [&] {
                    panel->showSolution();
                    w.player().finish();
                    QTRY_VERIFY2(
                        stageHolds(w, seen, why), qPrintable(where + QStringLiteral(" solution: ") + why));
                };
                if (s.quiz && s.quizFirst())
                    answer();
                if (s.task)
                    solve();
                if (s.quiz && !s.quizFirst())
                    answer();
                // check-lesson makes every highlight show something at one of these moments.
                for (const QString& id : panel->highlights())
                    QVERIFY2(seen.contains(id),
                        qPrintable(where + QStringLiteral(": ") + id + QStringLiteral(" never shown")));
            }
        }
    }
};

QTEST_MAIN(TestLessonStage)
#include "test_lesson_stage.moc"
