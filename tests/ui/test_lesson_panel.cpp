// The lesson panel plays a lesson through the Player: opening a step replays the earlier steps'
// blocks (scenario, then reveal and solution in file order), Next/Back move, the quiz reveal
// runs, a task becomes done after the right command, progress is kept in QSettings, and every
// shipped lesson in every language can be walked to its end without an error.
#include "lesson/lesson_parser.h"
#include "lessons/lesson_library.h"
#include "lessons/lesson_panel.h"
#include "lessons/lesson_progress.h"
#include "mainwindow/main_window.h"
#include "player/player.h"
#include "theme/theme.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace pagelab;
using namespace pagelab::ui;

namespace {

const char* kLesson = R"(id: quiz-task
title: Quiz and task
summary: A quiz and a task.
order: 1

## Start

A process with a **mapping** at `0x10000000`.

```scenario
machine frames=32
process p
mmap p len=16K at=0x10000000
```
highlight: space.process.p

## Predict

highlight: walk.entry.pt
quiz: What happens on the first read?
a) A TLB hit
b) A page fault *
```reveal
read p 0x10000000
```
explain: No PTE yet.

## Do

task: Make `0x10001000` resident.
expect: pte(p, 0x10001000, 1).p == 1
hint: Type `read p 0x10001000`.
```solution
read p 0x10001000
```
highlight: space.page.p.10001000 log
)";

const char* kBroken = R"(id: broken
title: Broken
summary: The first step fails.
order: 1

## Start

```scenario
machine frames=32
read nobody 0x1000
```

## Next

Never reached.
)";

std::shared_ptr<const lesson::Lesson> parse(const char* text, const char* file)
{
    lesson::LessonParseResult r = lesson::parseLesson(text, file);
    if (!r.ok())
        qWarning("%s", r.diagnostics.front().format().c_str());
    return r.ok() ? std::make_shared<const lesson::Lesson>(std::move(r.lesson)) : nullptr;
}

bool holds(const Player& player, const char* condition)
{
    return player.holds(QString::fromLatin1(condition)).value_or(false);
}

} // namespace

class TestLessonPanel : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<const lesson::Lesson> lesson_;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the user's settings stay untouched
        QCoreApplication::setOrganizationName(QStringLiteral("PageLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_lesson_panel"));
        lesson_ = parse(kLesson, "/tmp/quiz-task.lesson");
        QVERIFY(lesson_);
    }

    void init() { LessonProgress().resetAll(); }

    void blocksBeforeAStepFollowTheRunner()
    {
        const std::vector<const lesson::Block*> blocks = blocksBeforeStep(*lesson_, 2);
        QCOMPARE(blocks.size(), std::size_t(2)); // step 1's scenario, step 2's reveal
        QCOMPARE(blocks[0], &lesson_->steps[0].scenario);
        QCOMPARE(blocks[1], &lesson_->steps[1].quiz->reveal);
        QCOMPARE(blocksBeforeStep(*lesson_, 3).size(), std::size_t(3));
        QVERIFY(blocksBeforeStep(*lesson_, 0).empty());
    }

    void opensAndSteps()
    {
        Player player;
        Theme theme;
        LessonProgress progress;
        LessonPanel panel(player, theme, progress);
        QCOMPARE(panel.objectName(), QStringLiteral("lessonPanel"));
        QSignalSpy highlights(&panel, &LessonPanel::highlightsChanged);
        QSignalSpy stage(&panel, &LessonPanel::stageChanged);
        QVERIFY(panel.openLesson(lesson_, 0));
        // Opened: the scenario has not played yet, so process p does not exist: nothing to
        // outline. Once it has, its lane is.
        QCOMPARE(stage.count(), 1);
        QCOMPARE(stage.last().first().toStringList(), QStringList { QStringLiteral("space") });
        QCOMPARE(highlights.count(), 1);
        QVERIFY(highlights.last().first().toStringList().isEmpty());
        player.finish();
        QCOMPARE(panel.currentStep(), 0);
        QCOMPARE(highlights.count(), 2);
        QCOMPARE(highlights.last().first().toStringList(), QStringList { QStringLiteral("space.process.p") });
        QCOMPARE(panel.highlights(), QStringList { QStringLiteral("space.process.p") });
        auto* narration = panel.findChild<QLabel*>(QStringLiteral("lessonNarration"));
        QVERIFY(narration->text().contains(QStringLiteral("<b>mapping</b>")));
        QVERIFY(narration->text().contains(QStringLiteral("<code>0x10000000</code>")));
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("lessonStep"))->text().contains(QStringLiteral("1")));

        // Next (Alt+Right) twice: step 3 starts after the reveal of step 2 ran.
        QList<QAction*> actions = panel.stepActions();
        QCOMPARE(actions[1]->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Right));
        actions[1]->trigger();
        QCOMPARE(panel.currentStep(), 1);
        QVERIFY(!holds(player, "pte(p, 0x10000000, 1).p == 1")); // not read yet
        panel.nextStep();
        player.finish();
        QCOMPARE(panel.currentStep(), 2);
        QVERIFY(holds(player, "pte(p, 0x10000000, 1).p == 1")); // the earlier reveal ran
        QCOMPARE(highlights.last().first().toStringList(),
            (QStringList { QStringLiteral("space.page.p.10001000"), QStringLiteral("log") }));
        QVERIFY(!actions[1]->isEnabled()); // the last step
        actions[0]->trigger();             // Back
        QCOMPARE(panel.currentStep(), 1);
        panel.restartStep();
        QCOMPARE(panel.currentStep(), 1);
        QVERIFY(panel.lastError().isEmpty());
        QCOMPARE(progress.lastStep(QStringLiteral("quiz-task")), 1);
    }

    void quizRevealRuns()
    {
        Player player;
        Theme theme;
        LessonProgress progress;
        LessonPanel panel(player, theme, progress);
        QVERIFY(panel.openLesson(lesson_, 1));
        player.finish();
        // The step highlights the PT entry of a walk its reveal makes: not outlined before.
        QCOMPARE(panel.stage(), QStringList { QStringLiteral("walk") });
        QCOMPARE(panel.highlights(), QStringList { QStringLiteral("walk.entry.pt") });
        QVERIFY(panel.shownHighlights().isEmpty());
        panel.checkAnswer(); // nothing ticked: nothing happens
        QVERIFY(!panel.quizAnswered());
        panel.setAnswer(QStringLiteral("a"));
        panel.checkAnswer();
        // The verdict at once; the explanation once the reveal has played (the views show it).
        auto* result = panel.findChild<QLabel*>(QStringLiteral("lessonQuizResult"));
        QVERIFY(player.queueSize() > 0 || !player.atCommandEnd());
        QVERIFY(!panel.explanationShown());
        QVERIFY(result->text().contains(QStringLiteral("Not quite")));
        QVERIFY(!result->text().contains(QStringLiteral("No PTE yet.")));
        QSignalSpy shown(&panel, &LessonPanel::explanationShownChanged);
        player.finish();
        QCOMPARE(shown.count(), 1);
        QVERIFY(panel.explanationShown());
        QVERIFY(panel.quizAnswered());
        QVERIFY(!panel.lastAnswerCorrect());
        QVERIFY(holds(player, "pte(p, 0x10000000, 1).p == 1")); // the reveal ran
        QCOMPARE(panel.shownHighlights(), QStringList { QStringLiteral("walk.entry.pt") });
        QVERIFY(result->text().contains(QStringLiteral("No PTE yet.")));
        QVERIFY(progress.stepsDone(QStringLiteral("quiz-task")).contains(1));

        panel.restartStep();
        panel.setAnswer(QStringLiteral("b"));
        panel.checkAnswer();
        QVERIFY(panel.lastAnswerCorrect());
    }

    void taskBecomesDoneAfterTheRightCommand()
    {
        Player player;
        Theme theme;
        LessonProgress progress;
        LessonPanel panel(player, theme, progress);
        QSignalSpy completed(&panel, &LessonPanel::taskCompleted);
        QVERIFY(panel.openLesson(lesson_, 2));
        player.finish();
        QVERIFY(!panel.taskDone());
        player.run(QStringLiteral("read p 0x10002000"), Player::consoleFile());
        QVERIFY(!panel.taskDone());
        player.run(QStringLiteral("read p 0x10001000"), Player::consoleFile());
        QVERIFY(panel.taskDone());
        QCOMPARE(completed.count(), 1);
        QVERIFY(progress.stepsDone(QStringLiteral("quiz-task")).contains(2));
        QVERIFY(!progress.finished(QStringLiteral("quiz-task")));

        // "Show me" after a restart: the solution runs and the task is done.
        panel.restartStep();
        QVERIFY(!panel.taskDone());
        panel.showSolution();
        player.finish();
        QVERIFY(panel.taskDone());
    }

    void progressIsKeptBetweenRuns()
    {
        {
            Player player;
            Theme theme;
            LessonProgress progress;
            LessonPanel panel(player, theme, progress);
            QVERIFY(panel.openLesson(lesson_, 0)); // no quiz, no task: done when opened
            panel.nextStep();
            panel.setAnswer(QStringLiteral("b"));
            panel.checkAnswer();
            panel.nextStep();
            panel.showSolution();
            player.finish();
        }
        LessonProgress later; // a new run reads QSettings again
        const QString id = QStringLiteral("quiz-task");
        QCOMPARE(later.stepsDone(id), (QSet<int> { 0, 1, 2 }));
        QVERIFY(later.finished(id));
        QCOMPARE(later.lastStep(id), 2);
        later.resetAll();
        QVERIFY(later.stepsDone(id).isEmpty());
        QVERIFY(!later.finished(id));
        QVERIFY(!later.started(id));
    }

    void failingBlockIsReportedAtItsLine()
    {
        Player player;
        Theme theme;
        LessonProgress progress;
        LessonPanel panel(player, theme, progress);
        QSignalSpy errors(&panel, &LessonPanel::errorOccurred);
        auto broken = parse(kBroken, "/tmp/broken.lesson");
        QVERIFY(broken);
        QVERIFY(!panel.openLesson(broken, 1)); // step 1's block runs first and fails
        QVERIFY2(panel.lastError().startsWith(QStringLiteral("/tmp/broken.lesson:10:")),
            qPrintable(panel.lastError()));
        QCOMPARE(errors.count(), 1);
        // Opened at step 0, the failure shows when the animated block plays.
        panel.openLesson(broken, 0);
        player.finish();
        QVERIFY(panel.lastError().startsWith(QStringLiteral("/tmp/broken.lesson:10:")));
        QVERIFY(!panel.openLesson(nullptr));
    }

    void readableInPresentationMode()
    {
        Player player;
        Theme theme;
        LessonProgress progress;
        LessonPanel panel(player, theme, progress);
        panel.resize(420, 700);
        QVERIFY(panel.openLesson(lesson_, 1));
        auto* narration = panel.findChild<QLabel*>(QStringLiteral("lessonNarration"));
        const qreal normal = narration->font().pointSizeF();
        QVERIFY(!panel.grab().isNull());
        theme.setMode(Theme::Mode::Presentation);
        QVERIFY(narration->font().pointSizeF() > normal * 1.5);
        QVERIFY(!panel.grab().isNull());
    }

    void mainWindowOpensALesson()
    {
        MainWindow window;
        QVERIFY(window.openLesson(QStringLiteral("welcome")));
        QVERIFY(window.lessonPanel()->hasLesson());
        QCOMPARE(window.findChild<LessonPanel*>(QStringLiteral("lessonPanel")), window.lessonPanel());
        QVERIFY(!window.openLesson(QStringLiteral("no-such-lesson")));
        QVERIFY(window.openLesson(QStringLiteral("welcome"), 99)); // clamped to the last step
        QCOMPARE(window.lessonPanel()->currentStep(), window.lessonPanel()->stepCount() - 1);
    }

    // "Every lesson run to its end", in the panel: every step of every shipped lesson in every
    // language opens without an error, quizzes reveal, and every task is done by its solution.
    void everyShippedLessonRunsToItsEnd_data()
    {
        QTest::addColumn<QString>("language");
        for (const char* l : { "en", "de", "zh_CN" })
            QTest::newRow(l) << QString::fromLatin1(l);
    }

    void everyShippedLessonRunsToItsEnd()
    {
        QFETCH(QString, language);
        LessonLibrary library;
        library.load(LessonLibrary::findLessonsDir(), language);
        QCOMPARE(library.lessons().size(), 18);
        Player player;
        Theme theme;
        LessonProgress progress;
        LessonPanel panel(player, theme, progress);
        for (const LessonEntry& entry : library.lessons()) {
            QVERIFY2(entry.ok(), qPrintable(entry.error));
            QVERIFY(panel.openLesson(entry.lesson, 0));
            for (int i = 0; i < panel.stepCount(); ++i) {
                const QString where = QStringLiteral("%1 step %2").arg(entry.file).arg(i + 1);
                QVERIFY2(panel.openStep(i), qPrintable(where + QLatin1Char(' ') + panel.lastError()));
                player.finish();
                const lesson::LessonStep& s = *panel.step();
                auto answer = [&] {
                    panel.setAnswer(QString::fromStdString(s.quiz->correctLetters()));
                    panel.checkAnswer();
                    player.finish();
                    QVERIFY2(panel.quizAnswered() && panel.lastAnswerCorrect(), qPrintable(where));
                };
                auto solve = [&] {
                    panel.showSolution();
                    player.finish();
                    QVERIFY2(panel.taskDone(), qPrintable(where));
                };
                if (s.quiz && s.quizFirst())
                    answer();
                if (s.task)
                    solve();
                if (s.quiz && !s.quizFirst())
                    answer();
                QVERIFY2(
                    panel.lastError().isEmpty(), qPrintable(where + QLatin1Char(' ') + panel.lastError()));
            }
            QVERIFY2(progress.finished(entry.id), qPrintable(entry.file));
        }
    }
};

QTEST_MAIN(TestLessonPanel)
#include "test_lesson_panel.moc"
