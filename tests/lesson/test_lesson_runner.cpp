// The lesson runner (what the lesson panel and check-lesson use): opening step N runs the
// earlier steps' blocks in order, reveal and solution run on demand, checkTask evaluates the
// task's condition without recording anything, failures point at the lesson file's line;
// and check-lesson's run of a whole lesson (a task must ask for something, its solution must
// satisfy it).
#include "lesson/lesson_check.h"
#include "lesson/lesson_parser.h"
#include "lesson/lesson_runner.h"
#include "machine/machine.h"

#include <QtTest/QtTest>

using namespace pagelab;
using namespace pagelab::lesson;

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

const std::string kData = PAGELAB_LESSON_TEST_DATA;

Lesson load(const std::string& name)
{
    LessonParseResult r = parseLessonFile(kData + "/" + name);
    if (!r.ok())
        qFatal("%s", r.diagnostics.front().format().c_str());
    return std::move(r.lesson);
}

Lesson parsed(const std::string& text, const std::string& file = "t.lesson")
{
    LessonParseResult r = parseLesson(text, file);
    if (!r.ok())
        qFatal("%s", r.diagnostics.front().format().c_str());
    return std::move(r.lesson);
}

bool resident(Session& s, const char* addr)
{
    return s.holds(std::string("pte(a, ") + addr + ", 1).p == 1").value_or(false);
}

const std::string kHeader = "id: t\ntitle: T\nsummary: S\norder: 1\n";

} // namespace

class TestLessonRunner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void openFirstStepRunsItsScenario()
    {
        LessonRunner runner(load("en/01-first-touch.lesson"));
        QCOMPARE(runner.stepCount(), std::size_t(3));
        QVERIFY(!runner.currentStep());
        Session s;
        const LessonRun run = runner.openStep(s, 0);
        QVERIFY2(run.ok(), run.error.c_str());
        QCOMPARE(run.commands.size(), std::size_t(3));
        QCOMPARE(run.commands[2].line, 17u); // lines of the lesson file
        QCOMPARE(runner.currentStep().value(), std::size_t(0));
        QVERIFY(s.machine().findProcess("a"));
        QVERIFY(!resident(s, "0x401000"));
    }

    void openingALaterStepRunsEarlierRevealsAndSolutions()
    {
        LessonRunner runner(load("en/01-first-touch.lesson"));
        Session s;
        const LessonRun run = runner.openStep(s, 2);
        QVERIFY2(run.ok(), run.error.c_str());
        // step 1's scenario (3 commands) and step 2's reveal (1); step 3 has no scenario block
        QCOMPARE(run.commands.size(), std::size_t(4));
        QVERIFY(resident(s, "0x401000"));
        QVERIFY(!resident(s, "0x402000")); // the open step's own solution did not run
    }

    void revealRunsTheOpenStepsQuiz()
    {
        LessonRunner runner(load("en/01-first-touch.lesson"));
        Session s;
        QVERIFY(runner.openStep(s, 1).ok());
        QVERIFY(!resident(s, "0x401000"));
        const LessonRun run = runner.reveal(s);
        QVERIFY2(run.ok(), run.error.c_str());
        QCOMPARE(run.commands.size(), std::size_t(1));
        QCOMPARE(run.commands[0].line, 28u);
        QVERIFY(resident(s, "0x401000"));
        QVERIFY(runner.runSolution(s).commands.empty()); // step 2 has no task
    }

    void checkTaskIsSilentAndFollowsTheState()
    {
        LessonRunner runner(load("en/01-first-touch.lesson"));
        Session s;
        QVERIFY(runner.openStep(s, 2).ok());
        const std::size_t events = s.journal().size();
        std::string why;
        QVERIFY(!runner.checkTask(s, &why));
        QVERIFY2(q(why).contains("is false"), why.c_str());
        QCOMPARE(s.journal().size(), events); // nothing recorded

        // The student's own command makes it hold.
        QVERIFY(s.run("write a 0x402000 1", "<console>").ok());
        QVERIFY(runner.checkTask(s, &why));
    }

    void solutionSatisfiesTheTask()
    {
        LessonRunner runner(load("en/01-first-touch.lesson"));
        Session s;
        QVERIFY(runner.openStep(s, 2).ok());
        QVERIFY(!runner.checkTask(s));
        const LessonRun run = runner.runSolution(s);
        QVERIFY2(run.ok(), run.error.c_str());
        QCOMPARE(run.commands.at(0).line, 40u);
        QVERIFY(runner.checkTask(s));
    }

    void checkTaskWithoutTaskIsFalse()
    {
        LessonRunner runner(load("en/01-first-touch.lesson"));
        Session s;
        std::string why;
        QVERIFY(!runner.checkTask(s, &why)); // no step open
        QVERIFY(runner.openStep(s, 0).ok());
        QVERIFY(!runner.checkTask(s, &why));
        QCOMPARE(q(why), QString("this step has no task"));
    }

    void reopeningStartsOverThroughMachine()
    {
        LessonRunner runner(load("en/01-first-touch.lesson"));
        Session s;
        QVERIFY(runner.openStep(s, 2).ok());
        QVERIFY(runner.runSolution(s).ok());
        QVERIFY(runner.openStep(s, 0).ok()); // `machine` in step 1 resets the session
        QVERIFY(!resident(s, "0x402000"));
        QCOMPARE(runner.currentStep().value(), std::size_t(0));
    }

    void outOfRangeStep()
    {
        LessonRunner runner(load("en/02-two-steps.lesson"));
        Session s;
        const LessonRun run = runner.openStep(s, 2);
        QVERIFY(!run.ok());
        QVERIFY2(q(run.error).endsWith("error: the lesson has no step 3"), run.error.c_str());
    }

    void failedCommandPointsAtTheLessonLine()
    {
        const Lesson l = parsed(kHeader
            + "## A\n```scenario\nmachine frames=64\nread nobody 0x1000\n```\n## B\n```scenario\nprocess "
              "z\n```\n");
        LessonRunner runner(l);
        Session s;
        const LessonRun run = runner.openStep(s, 1);
        QVERIFY(!run.ok());
        QVERIFY2(q(run.error).startsWith("t.lesson:8:6: error: "), run.error.c_str());
        QCOMPARE(run.commands.size(), std::size_t(2)); // step B did not run
        QVERIFY(!s.machine().findProcess("z"));
    }

    void earlierQuizAndTaskRunInFileOrder()
    {
        // The task comes first: its solution maps the page the quiz's reveal then reads.
        const std::string text = kHeader
            + "## A\n```scenario\nmachine frames=64\nprocess a\n```\n"
              "task: Map it.\nexpect: ret == 0\n```solution\nmmap a len=4K at=0x20000000\n```\n"
              "quiz: Q\na) x *\nb) y\n```reveal\nread a 0x20000000\nexpect signal == \"none\"\n```\nexplain: "
              "E\n"
              "## B\nText.\n";
        const Lesson l = parsed(text);
        QVERIFY(!l.steps[0].quizFirst());
        LessonRunner runner(l);
        Session s;
        const LessonRun run = runner.openStep(s, 1);
        QVERIFY2(run.ok(), run.error.c_str());
        QCOMPARE(run.commands.size(), std::size_t(5));
        QCOMPARE(q(run.commands[2].cmd), QString("mmap"));
    }

    void checkLessonRunsEverything()
    {
        for (const char* f :
            { "en/01-first-touch.lesson", "en/02-two-steps.lesson", "de/01-first-touch.lesson" }) {
            const LessonCheckResult r = checkLessonFile(kData + "/" + f);
            QVERIFY2(r.ok(), r.errors.empty() ? f : r.errors[0].c_str());
        }
        QCOMPARE(q(checkLessonFile(kData + "/en/02-two-steps.lesson").summary()),
            q(kData + "/en/02-two-steps.lesson: 2 steps ok"));
    }

    void taskMustAskForSomething()
    {
        const Lesson l = parsed(kHeader
            + "## A\n```scenario\nmachine frames=64\nprocess a\n```\ntask: T\nexpect: stats.page_faults == "
              "0\n"
              "```solution\nprocess b\n```\n");
        const auto problems = checkLesson(l);
        QCOMPARE(problems.size(), std::size_t(1));
        QCOMPARE(q(problems[0]),
            QString("t.lesson:11:9: error: the task's condition already holds before its solution: a task "
                    "must ask "
                    "for something (step 1)"));
    }

    void solutionMustSatisfyTheTask()
    {
        const Lesson l = parsed(kHeader
            + "## A\n```scenario\nmachine frames=64\nprocess a\nmmap a len=8K at=0x10000000\n```\n## "
              "B\ntask: T\n"
              "expect: stats.page_faults == 2\n```solution\nread a 0x10000000\n```\n## C\nNever runs.\n");
        const auto problems = checkLesson(l);
        QCOMPARE(problems.size(), std::size_t(1));
        QVERIFY2(q(problems[0])
                     .startsWith("t.lesson:13:9: error: the task's condition does not hold after its "
                                 "```solution block (line 14): stats.page_faults == 2 is false"),
            problems[0].c_str());
        QVERIFY(q(problems[0]).endsWith("(step 2)"));
    }

    void failedExpectInABlockIsReported()
    {
        const Lesson l
            = parsed(kHeader + "## A\n```scenario\nmachine frames=64\nexpect stats.page_faults == 1\n```\n");
        const auto problems = checkLesson(l);
        QCOMPARE(problems.size(), std::size_t(1));
        QVERIFY2(q(problems[0]).startsWith("t.lesson:8:1: error: expect failed: "), problems[0].c_str());
    }
};

QTEST_APPLESS_MAIN(TestLessonRunner)
#include "test_lesson_runner.moc"
