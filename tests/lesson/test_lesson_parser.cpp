// The .lesson format (docs/lesson-format.md): a good file parses into every part with its
// line; every kind of malformed input gives its exact FILE:LINE:COLUMN; the quiz and task
// rules; the highlight ids; the structure of a translation against its English original.
#include "lesson/lesson_check.h"
#include "lesson/lesson_parser.h"

#include <QtTest/QtTest>

using namespace pagelab;
using namespace pagelab::lesson;

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

const std::string kData = PAGELAB_LESSON_TEST_DATA;

// A valid header (lines 1-4), a blank line 5, `## Step` on line 6: the body starts on line 7.
std::string withHeader(const std::string& body)
{
    return "id: t\ntitle: T\nsummary: S\norder: 1\n\n## Step\n" + body;
}

QString errors(const LessonParseResult& r)
{
    QStringList out;
    for (const auto& d : r.diagnostics)
        out << q(d.format());
    return out.join(QLatin1Char('\n'));
}

QString firstError(const std::string& text)
{
    const LessonParseResult r = parseLesson(text, "t.lesson");
    return r.ok() ? QString("(no error)") : q(r.diagnostics.front().format());
}

Lesson parsed(const std::string& text, const std::string& file = "t.lesson")
{
    LessonParseResult r = parseLesson(text, file);
    if (!r.ok())
        qFatal("unexpected errors: %s", qPrintable(errors(r)));
    return std::move(r.lesson);
}

const char* kQuizTask = R"(```scenario
machine frames=64
process a
mmap a len=16K at=0x10000000
```
quiz: Which?
a) one
b) two *
```reveal
read a 0x10000000
```
explain: Because.
task: Touch it.
expect: pte(a, 0x10001000, 1).p == 1
```solution
read a 0x10001000
```
)";

} // namespace

class TestLessonParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void goodFileHasEveryPart()
    {
        const LessonParseResult r = parseLessonFile(kData + "/en/01-first-touch.lesson");
        QVERIFY2(r.ok(), qPrintable(errors(r)));
        const Lesson& l = r.lesson;
        QCOMPARE(q(l.id), QString("first-touch"));
        QCOMPARE(q(l.title), QString("The first touch of a page"));
        QCOMPARE(l.order, 10);
        QCOMPARE(q(l.level), QString("beginner"));
        QCOMPARE(q(l.seed), QString("4.2 Page tables"));
        QCOMPARE(l.steps.size(), std::size_t(3));

        const LessonStep& s0 = l.steps[0];
        QCOMPARE(q(s0.title), QString("A fresh process"));
        QCOMPARE(s0.line, 9u);
        QCOMPARE(s0.narration.size(), std::size_t(1)); // two lines, one paragraph
        QCOMPARE(q(s0.narration[0]),
            QString("A process starts with **no** resident pages. Its mapping exists, but no frame backs it "
                    "yet."));
        QCOMPARE(s0.scenario.fenceLine, 14u);
        QCOMPARE(s0.scenario.line, 15u);
        QCOMPARE(q(s0.scenario.text), QString("machine frames=64\nprocess a\nmmap a len=16K at=0x400000\n"));
        QCOMPARE(s0.highlights.size(), std::size_t(2));
        QCOMPARE(q(s0.highlights[1].id), QString("frames.free"));
        QCOMPARE(s0.highlights[1].line, 19u);
        QCOMPARE(s0.highlights[1].column, 28u);
        QVERIFY(!s0.quiz && !s0.task);

        const LessonStep& s1 = l.steps[1];
        QVERIFY(s1.quiz && !s1.task && !s1.scenario.present());
        QCOMPARE(s1.quiz->options.size(), std::size_t(3));
        QCOMPARE(q(s1.quiz->correctLetters()), QString("b"));
        QCOMPARE(q(s1.quiz->options[1].text), QString("A page fault allocates a frame")); // " *" removed
        QVERIFY(s1.quiz->isCorrect('b') && !s1.quiz->isCorrect('a'));
        QCOMPARE(s1.quiz->reveal.line, 28u);
        QCOMPARE(q(s1.quiz->reveal.text), QString("read a 0x401000\n"));
        QVERIFY(q(s1.quiz->explain).startsWith("No PTE exists yet"));

        const LessonStep& s2 = l.steps[2];
        QVERIFY(s2.task && !s2.quiz);
        QCOMPARE(q(s2.task->expect), QString("pte(a, 0x402000, 1).p == 1"));
        QCOMPARE(s2.task->expectLine, 37u);
        QCOMPARE(s2.task->expectColumn, 9u);
        QCOMPARE(q(s2.task->hint), QString("Type `write a 0x402000 7` in the console."));
        QCOMPARE(s2.task->solution.line, 40u);
    }

    void headerErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("missing summary")
            << "id: t\ntitle: T\norder: 1\n## S\n"
            << "t.lesson:1:1: error: the header has no 'summary:' line (required)";
        QTest::newRow("unknown key")
            << "id: t\nauthor: me\n"
            << "t.lesson:2:1: error: unknown header key 'author' (id, title, summary, order, level, seed)";
        QTest::newRow("order not a number")
            << "id: t\ntitle: T\nsummary: S\norder: 3a\n## S\n"
            << "t.lesson:4:8: error: order must be a whole number, found '3a'";
        QTest::newRow("bad level")
            << "id: t\nlevel:  expert\n"
            << "t.lesson:2:9: error: level must be beginner, intermediate or advanced, found 'expert'";
        QTest::newRow("bad id")
            << "id: Walk_4\n"
            << "t.lesson:1:5: error: the lesson id 'Walk_4' may use only a-z, 0-9 and '-'";
        QTest::newRow("twice") << "id: t\nid: u\n"
                               << "t.lesson:2:1: error: the header key 'id' is given twice";
        QTest::newRow("empty value") << "% comment\ntitle:\n"
                                     << "t.lesson:2:7: error: the header key 'title' needs a value";
        QTest::newRow("not key value")
            << "id: t\n# A title\n"
            << "t.lesson:2:1: error: expected a header line 'key: value' (id, title, "
               "summary, order, level, seed) or a step '## <title>'";
        QTest::newRow("no step")
            << "id: t\ntitle: T\nsummary: S\norder: 1\n"
            << "t.lesson:1:1: error: the lesson has no step (a step starts with a line '## "
               "<step title>')";
        QTest::newRow("step without title") << "id: t\ntitle: T\nsummary: S\norder: 1\n##\n"
                                            << "t.lesson:5:1: error: a step needs a title after '##'";
    }
    void headerErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QCOMPARE(firstError(text.toStdString()), error);
    }

    void blockErrors_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("unclosed")
            << "text\n```scenario\nmachine\n"
            << "t.lesson:8:1: error: the ```scenario block is not closed (end it with a line ``` "
               "of its own)";
        QTest::newRow("unknown kind")
            << "```bash\nls\n```\n"
            << "t.lesson:7:4: error: unknown block '```bash' (```scenario, ```reveal or "
               "```solution)";
        QTest::newRow("reveal without quiz")
            << "```reveal\nmachine\n```\n"
            << "t.lesson:7:1: error: a ```reveal block belongs to a quiz: put a 'quiz:' line before it";
        QTest::newRow("solution without task")
            << "```solution\nmachine\n```\n"
            << "t.lesson:7:1: error: a ```solution block belongs to a task: put a 'task:' line before it";
        QTest::newRow("two scenario blocks")
            << "```scenario\nmachine\n```\n```scenario\nprocess a\n```\n"
            << "t.lesson:10:1: error: this step already has a ```scenario block (line 7)";
        QTest::newRow("empty block") << "```scenario\n# nothing\n```\n"
                                     << "t.lesson:7:1: error: the ```scenario block has no command";
        // A syntax error inside a block is reported at the lesson file's line and column.
        QTest::newRow("syntax in block")
            << "Text.\n\n```scenario\nmachine frames=64\nmmap a len=4K bogus=1\n```\n"
            << "t.lesson:11:15: error: unknown option 'bogus' for 'mmap' (expected one of: len, at, prot, "
               "file, "
               "offset, shm)";
        QTest::newRow("unknown command in reveal")
            << "quiz: Q\na) x *\nb) y\n```reveal\nfrobnicate\n```\nexplain: E\n"
            << "t.lesson:11:1: error: unknown command 'frobnicate'";
    }
    void blockErrors()
    {
        QFETCH(QString, body);
        QFETCH(QString, error);
        const QString got = firstError(withHeader(body.toStdString()));
        if (error.endsWith("'frobnicate'")) // the script parser may add a suggestion after it
            QVERIFY2(got.startsWith(error), qPrintable(got));
        else
            QCOMPARE(got, error);
    }

    void expectConditionErrorsAtTheirColumn()
    {
        // `expect:   ` puts the condition at column 11; `===` has its third '=' at 23 + 10.
        const std::string body = "task: T\nexpect:   pte(a, 0x1000, 1).p === 1\n```solution\nmachine\n```\n";
        QCOMPARE(firstError(withHeader(body)),
            QString("t.lesson:8:33: error: '=' is not a comparison: use '==' (or !=, <, <=, >, >=)"));
        const std::string unknownTerm = "task: T\nexpect: bogus(a).rss == 1\n```solution\nmachine\n```\n";
        QVERIFY(firstError(withHeader(unknownTerm)).startsWith("t.lesson:8:9: error: "));
    }

    void quizRules_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("one option")
            << "quiz: Q\na) x *\nexplain: E\n"
            << "t.lesson:7:1: error: a quiz needs 2 to 6 options 'a) ...' on the lines after "
               "'quiz:'";
        QTest::newRow("none correct")
            << "quiz: Q\na) x\nb) y\nexplain: E\n"
            << "t.lesson:7:1: error: no option of this quiz is marked correct (end the "
               "correct one(s) with ' *')";
        QTest::newRow("no explain")
            << "quiz: Q\na) x\nb) y *\n"
            << "t.lesson:7:1: error: a quiz needs an 'explain:' line (shown after the student "
               "answers)";
        QTest::newRow("letter out of order")
            << "quiz: Q\na) x\nc) y *\nexplain: E\n"
            << "t.lesson:9:1: error: quiz option 'b)' expected here, found 'c)'";
        QTest::newRow("seven options") << "quiz: Q\na) 1 *\nb) 2\nc) 3\nd) 4\ne) 5\nf) 6\ng) 7\nexplain: E\n"
                                       << "t.lesson:14:1: error: a quiz has at most 6 options (a to f)";
        QTest::newRow("two quizzes")
            << "quiz: Q\na) x *\nb) y\nexplain: E\nquiz: R\n"
            << "t.lesson:11:1: error: a step has at most one quiz (this step's is at line 7)";
        QTest::newRow("explain without quiz")
            << "explain: E\n"
            << "t.lesson:7:1: error: 'explain:' belongs to a quiz: put a 'quiz:' line before it";
        QTest::newRow("two explanations")
            << "quiz: Q\na) x *\nb) y\nexplain: E\nexplain: F\n"
            << "t.lesson:11:1: error: this quiz already has an explanation (line 10)";
        QTest::newRow("empty question") << "quiz:\n"
                                        << "t.lesson:7:6: error: 'quiz:' needs a text after it";
    }
    void quizRules()
    {
        QFETCH(QString, body);
        QFETCH(QString, error);
        QCOMPARE(firstError(withHeader(body.toStdString())), error);
    }

    void quizOptionsAndCorrectSet()
    {
        const Lesson l = parsed(withHeader("quiz: Q\n\na) one *\nb) two\n\nc) three *\nexplain: E\n"));
        QCOMPARE(q(l.steps[0].quiz->correctLetters()), QString("ac"));
        QCOMPARE(l.steps[0].quiz->options[2].line, 12u);
        // After another line, `d) ...` is narration again, not an option.
        const Lesson m = parsed(withHeader("quiz: Q\na) one *\nb) two\nexplain: E\nd) narration\n"));
        QCOMPARE(m.steps[0].quiz->options.size(), std::size_t(2));
        QCOMPARE(q(m.steps[0].narration.back()), QString("d) narration"));
    }

    void taskRules_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("no expect")
            << "task: T\n```solution\nmachine\n```\n"
            << "t.lesson:7:1: error: a task needs an 'expect:' line (the condition that says it "
               "is done)";
        QTest::newRow("no solution")
            << "task: T\nexpect: ret == 0\n"
            << "t.lesson:7:1: error: a task needs a ```solution block (check-lesson runs it)";
        QTest::newRow("two tasks")
            << "task: T\nexpect: ret == 0\n```solution\nmachine\n```\ntask: U\n"
            << "t.lesson:12:1: error: a step has at most one task (this step's is at line 7)";
        QTest::newRow("expect without task")
            << "expect: ret == 0\n"
            << "t.lesson:7:1: error: 'expect:' belongs to a task: put a 'task:' line before it";
        QTest::newRow("hint without task")
            << "hint: h\n"
            << "t.lesson:7:1: error: 'hint:' belongs to a task: put a 'task:' line before it";
        QTest::newRow("two conditions") << "task: T\nexpect: ret == 0\nexpect: ret == 1\n"
                                        << "t.lesson:9:1: error: this task already has a condition (line 8)";
    }
    void taskRules()
    {
        QFETCH(QString, body);
        QFETCH(QString, error);
        QCOMPARE(firstError(withHeader(body.toStdString())), error);
    }

    void quizAndTaskOrderIsKept()
    {
        Lesson l = parsed(withHeader(kQuizTask));
        QVERIFY(l.steps[0].quizFirst());
        QCOMPARE(l.steps[0].task->solution.line, 22u);
        QCOMPARE(l.steps[0].task->expectColumn, 9u);
    }

    void commentsCrlfAndBom()
    {
        const Lesson l = parsed("\xEF\xBB\xBF% comment\r\nid: t\r\ntitle: T\r\nsummary: S\r\norder: -2\r\n## "
                                "A\r\n% hidden\r\nText.\r\n");
        QCOMPARE(l.order, -2);
        QCOMPARE(l.steps.size(), std::size_t(1));
        QCOMPARE(l.steps[0].narration.size(), std::size_t(1));
        QCOMPARE(q(l.steps[0].narration[0]), QString("Text."));
    }

    void unreadableFile()
    {
        const LessonParseResult r = parseLessonFile(kData + "/none.lesson");
        QVERIFY(!r.ok());
        const LessonCheckResult c = checkLessonFile(kData + "/none.lesson");
        QVERIFY(c.malformed);
        QCOMPARE(q(c.errors.at(0)), q(kData + "/none.lesson: error: cannot read the file"));
    }

    void highlightIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("known");
        for (const char* good :
            { "space.process.a", "space.vma.a.400000", "space.page.shell.0x10001000", "walk.cr3", "walk.tlb",
                "walk.field.pml5", "walk.entry.offset", "frames.frame.12", "frames.pagetables", "frames.free",
                "tlb.set.3", "tlb.entry.3.1", "tlb.stlb", "swap.area.zram", "swap.slot.disk.7",
                "uaccess.kernel", "uaccess.user", "uaccess.fault", "uaccess.fixup", "uaccess.return",
                "charts.faults", "charts.tlb", "charts.mrc", "charts.memory", "log", "console", "player" })
            QTest::newRow(good) << QString(good) << true;
        for (const char* bad : { "", "space", "space.process", "space.page.a", "space.page.a.xyz",
                 "walk.entry.pgd", "walk.cr4", "frames.frame.x", "tlb.entry.3", "swap.slot.disk",
                 "uaccess.syscall", "charts.pie", "log.x", "editor", "Space.process.a" })
            QTest::newRow(bad) << QString(bad) << false;
    }
    void highlightIds()
    {
        QFETCH(QString, id);
        QFETCH(bool, known);
        const auto problem = highlightProblem(id.toStdString());
        QVERIFY2(problem.has_value() != known, problem ? problem->c_str() : "known");
    }

    void checkReportsUnknownHighlightAtItsColumn()
    {
        const Lesson l = parsed("id: t\ntitle: T\nsummary: S\norder: 1\n## A\nhighlight: log  walk.cr4\n");
        const auto problems = checkLesson(l);
        QCOMPARE(problems.size(), std::size_t(1));
        QVERIFY2(q(problems[0])
                     .startsWith("t.lesson:6:17: error: 'walk.cr4' is not a highlight id of the walk view"),
            problems[0].c_str());
    }

    void idMustMatchFileName()
    {
        const Lesson l
            = parsed("id: other\ntitle: T\nsummary: S\norder: 1\n## A\n", "lessons/en/07-walk.lesson");
        const auto problems = checkLesson(l);
        QCOMPARE(problems.size(), std::size_t(1));
        QCOMPARE(q(problems[0]),
            QString("lessons/en/07-walk.lesson:1:1: error: the id 'other' does not match the file name (it "
                    "should be "
                    "'walk')"));
    }

    void englishOriginal()
    {
        QCOMPARE(q(englishOriginalOf(kData + "/de/01-first-touch.lesson")),
            q(kData + "/en/01-first-touch.lesson"));
        QCOMPARE(q(englishOriginalOf(kData + "/en/01-first-touch.lesson")), QString());
        QCOMPARE(q(englishOriginalOf("loose.lesson")), QString());
    }

    void translationMatches()
    {
        const LessonCheckResult r = checkLessonFile(kData + "/de/01-first-touch.lesson");
        QVERIFY2(r.ok(), r.errors.empty() ? "" : r.errors[0].c_str());
        QCOMPARE(q(r.summary()), q(kData + "/de/01-first-touch.lesson: 3 steps ok"));
    }

    void translationMismatches()
    {
        const Lesson en = parseLessonFile(kData + "/en/01-first-touch.lesson").lesson;
        const LessonParseResult de = parseLessonFile(kData + "/de/01-first-touch.lesson");
        QVERIFY(de.ok());
        QVERIFY(compareWithEnglish(en, de.lesson).empty());

        Lesson changed = de.lesson;
        changed.order = 11;
        changed.steps[0].scenario.text += "process b\n";
        changed.steps[0].highlights.pop_back();
        changed.steps[1].quiz->options[0].correct = true;
        changed.steps[2].task->expect = "pte(a, 0x402000, 1).p == 0";
        changed.steps.pop_back();
        changed.steps.push_back(de.lesson.steps[2]);
        changed.steps.back().task->expect = "pte(a, 0x402000, 1).rw == 1";
        const auto problems = compareWithEnglish(en, changed);
        QStringList got;
        for (const auto& p : problems)
            got << q(p);
        const QString f = q(kData + "/de/01-first-touch.lesson");
        const QString orig = q(" differs from the English original " + kData + "/en/01-first-touch.lesson");
        QCOMPARE(got,
            QStringList({ f + ":5:1: error: the order 11" + orig,
                f + ":13:1: error: step 1: the ```scenario block" + orig,
                f + ":18:1: error: step 1: the highlight ids" + orig,
                f + ":22:1: error: step 2: the quiz options or their answer letters" + orig,
                f + ":36:9: error: step 3: the expect condition" + orig }));

        Lesson shorter = de.lesson;
        shorter.steps.pop_back();
        const auto fewer = compareWithEnglish(en, shorter);
        QCOMPARE(fewer.size(), std::size_t(1));
        QVERIFY2(q(fewer[0]).contains("the translation has 2 steps, the English original"), fewer[0].c_str());
    }
};

QTEST_APPLESS_MAIN(TestLessonParser)
#include "test_lesson_parser.moc"
