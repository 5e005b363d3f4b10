// The highlight resolver (engine/lesson/highlight_resolver.h): which highlight ids show
// something in a machine state, and why the others would show nothing; and check-lesson's use
// of it: a highlight must show something when its step opens, after its reveal or after its
// solution; one step highlights one tab of the charts view; `views:` names known views.
#include "lesson/highlight_resolver.h"
#include "lesson/lesson_check.h"
#include "lesson/lesson_parser.h"
#include "machine/session.h"

#include <QtTest/QtTest>

using namespace pagelab;
using namespace pagelab::lesson;

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

const char* kSetup = "machine frames=32 tlb=16:4\n"
                     "process p\n"
                     "mmap p len=8K at=0x10000000\n"
                     "swapon disk size=64K\n";

// Runs `earlier` (the steps before), then `step` (the open step's commands), and asks about
// `id` with every event shown. "" when it resolves, else the reason.
QString resolve(const QString& earlier, const QString& step, const QString& id)
{
    Session s;
    const RunOutcome before = s.run(earlier.toStdString(), "earlier");
    if (!before.ok())
        return QStringLiteral("setup failed");
    const u32 firstCommand = u32(before.commands.size());
    if (!step.isEmpty() && !s.run(step.toStdString(), "step").ok())
        return QStringLiteral("step failed");
    const auto problem = unresolvedHighlight(
        id.toStdString(), StageState { s, s.journal(), s.journal().size(), firstCommand });
    return problem ? q(*problem) : QString();
}

Lesson parsed(const std::string& text, const std::string& file = "t.lesson")
{
    LessonParseResult r = parseLesson(text, file);
    if (!r.ok())
        qFatal("%s", r.diagnostics.front().format().c_str());
    return std::move(r.lesson);
}

const std::string kHeader = "id: t\ntitle: T\nsummary: S\norder: 1\n";

} // namespace

class TestHighlightResolver : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Each row: the commands of earlier steps, the open step's, the id, and "" when it shows
    // something, else a part of the reason it shows nothing.
    void resolves_data()
    {
        QTest::addColumn<QString>("earlier");
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("reason");
        const QString setup = QString::fromLatin1(kSetup);
        const QString read = QStringLiteral("read p 0x10000000\n");
        auto row = [&](const char* name, const QString& earlier, const QString& step, const char* id,
                       const char* reason) {
            QTest::newRow(name) << earlier << step << QString::fromLatin1(id) << QString::fromLatin1(reason);
        };
        // The address space view: a process, a VMA over the address.
        row("process", setup, read, "space.process.p", "");
        row("process by pid", setup, read, "space.process.1", "");
        row("no such process", setup, read, "space.process.q", "there is no process 'q'");
        row("page in a vma", setup, read, "space.page.p.10001000", "");
        row("vma", setup, read, "space.vma.p.0x10000000", "");
        row("page outside every vma", setup, read, "space.page.p.10002000", "has no VMA at 0x10002000");
        // Physical memory: a frame below the machine's frames; page tables and free frames exist.
        row("last frame", setup, read, "frames.frame.31", "");
        row("frame past the end", setup, read, "frames.frame.32", "the machine has 32 frames");
        row("page tables", setup, read, "frames.pagetables", "");
        row("free frames", setup, read, "frames.free", "");
        row("no page table yet", QStringLiteral("machine frames=32\n"), QString(), "frames.pagetables",
            "no frame holds a page table");
        // The TLB's geometry: 16 entries of 4 ways are 4 sets.
        row("last set", setup, read, "tlb.set.3", "");
        row("set past the end", setup, read, "tlb.set.4", "the TLB has 4 sets of 4 ways");
        row("last way", setup, read, "tlb.entry.3.3", "");
        row("way past the end", setup, read, "tlb.entry.0.4", "the TLB has 4 sets of 4 ways");
        row("no stlb", setup, read, "tlb.stlb", "no second-level TLB");
        // Swap areas and their slots (64K: 16 slots).
        row("area", setup, read, "swap.area.disk", "");
        row("no such area", setup, read, "swap.area.ssd", "there is no swap area 'ssd'");
        row("last slot", setup, read, "swap.slot.disk.15", "");
        row("slot past the end", setup, read, "swap.slot.disk.16", "has 16 slots");
        // The walk: the step's own access or look-up, the levels of the paging mode.
        row("tlb row", setup, read, "walk.tlb", "");
        row("cr3", setup, read, "walk.cr3", "");
        row("pt entry", setup, read, "walk.entry.pt", "");
        row("pml4 field", setup, read, "walk.field.pml4", "");
        row("offset field", setup, read, "walk.field.offset", "");
        row("no pml5 in 4-level paging", setup, read, "walk.field.pml5", "4-level paging has no pml5 level");
        row("offset is no entry", setup, read, "walk.entry.offset", "not an entry");
        row("no access yet", setup, QString(), "walk.cr3", "No access yet");
        row("walk of an earlier step", setup + read, QStringLiteral("mmap p len=4K at=0x20000000\n"),
            "walk.entry.pt", "from an earlier step");
        row("look-up fields", setup, QStringLiteral("pte p 0x10000000\n"), "walk.field.pt", "");
        row("look-up entries", setup, QStringLiteral("pte p 0x10000000\n"), "walk.entry.pml4", "");
        row("look-up has no tlb", setup, QStringLiteral("pte p 0x10000000\n"), "walk.tlb",
            "does not consult the TLB");
        row("tlb hit has no walk", setup + read, read, "walk.cr3", "hit the TLB");
        row("tlb hit reads no entry", setup + read, read, "walk.entry.pt", "read no pt entry");
        row("tlb hit shows the fields", setup + read, read, "walk.field.pt", "");
        row("large page folds the pt field", setup,
            QStringLiteral("pte p 0x40000000 level=2 set=p,rw,us,ps pfn=0x200\naccess p 0x40123456\n"),
            "walk.field.pt", "maps a large page");
        row("large page's pd entry", setup,
            QStringLiteral("pte p 0x40000000 level=2 set=p,rw,us,ps pfn=0x200\naccess p 0x40123456\n"),
            "walk.entry.pd", "");
        row("32-bit paging has no pdpt",
            QStringLiteral("machine paging=32bit frames=32\nprocess p\nmmap p len=4K "
                           "at=0x10000000\n"),
            read, "walk.field.pdpt", "32-bit paging has no pdpt level");
        // The uaccess view: the step's own uaccess call; a fault and a fixup only when it had them.
        const QString putUser = QStringLiteral("put_user p 0x10000000 7 size=4\n");
        row("no uaccess call", setup, read, "uaccess.kernel", "no uaccess routine");
        row("uaccess buffers", setup, putUser, "uaccess.user", "");
        row("uaccess return", setup, putUser, "uaccess.return", "");
        row("put_user faulted the page in", setup, putUser, "uaccess.fault", "");
        row("no fault on a resident page", setup + putUser, QStringLiteral("get_user p 0x10000000 size=4\n"),
            "uaccess.fault", "did not fault");
        row("no fixup when the fault was resolved", setup, putUser, "uaccess.fixup",
            "took no exception-table fixup");
        row("fixup of an unmapped address", setup, QStringLiteral("get_user p 0x30000000 size=4\n"),
            "uaccess.fixup", "");
        row("uaccess call of an earlier step", setup + putUser, read, "uaccess.kernel", "of an earlier step");
        // Always there.
        for (const char* id : { "charts.faults", "charts.mrc", "log", "console", "player" })
            row(id, setup, QString(), id, "");
    }

    void resolves()
    {
        QFETCH(QString, earlier);
        QFETCH(QString, step);
        QFETCH(QString, id);
        QFETCH(QString, reason);
        const QString got = resolve(earlier, step, id);
        if (reason.isEmpty())
            QVERIFY2(got.isEmpty(), qPrintable(got));
        else
            QVERIFY2(
                got.contains(reason), qPrintable(QStringLiteral("'%1' does not say '%2'").arg(got, reason)));
    }

    // Events not shown yet (the player's cursor inside a command) do not count.
    void onlyShownEventsCount()
    {
        Session s;
        QVERIFY(s.run(kSetup, "setup").ok());
        const std::size_t before = s.journal().size();
        QVERIFY(s.run("read p 0x10000000", "step").ok());
        QVERIFY(unresolvedHighlight("walk.entry.pt", StageState { s, s.journal(), s.journal().size(), 4 })
            == std::nullopt);
        QVERIFY(unresolvedHighlight("walk.entry.pt", StageState { s, s.journal(), before, 4 }).has_value());
    }

    void viewOfAndChartsTabs()
    {
        QCOMPARE(q(std::string(viewOfHighlight("walk.entry.pt"))), QString("walk"));
        QCOMPARE(q(std::string(viewOfHighlight("log"))), QString("log"));
        QCOMPARE(q(std::string(chartsTabOf("charts.faults"))), QString("rates"));
        QCOMPARE(q(std::string(chartsTabOf("charts.tlb"))), QString("rates"));
        QCOMPARE(q(std::string(chartsTabOf("charts.mrc"))), QString("mrc"));
        QCOMPARE(q(std::string(chartsTabOf("space.process.p"))), QString());
    }

    // check-lesson: a highlight may wait for the quiz's reveal (the views change then), but one
    // that shows nothing at every moment of its step is reported at its column.
    void checkLessonWantsEveryHighlightToShow()
    {
        const Lesson good = parsed(kHeader + "## A\n```scenario\n" + kSetup
            + "```\nhighlight: space.process.p\n## B\nhighlight: walk.entry.pt\nquiz: Q?\na) x *\nb) y\n"
              "```reveal\nread p 0x10000000\n```\nexplain: E.\n");
        const auto none = checkLesson(good);
        QVERIFY2(none.empty(), none.empty() ? "" : none[0].c_str());

        const Lesson waits = parsed(kHeader + "## A\n```scenario\n" + kSetup
            + "read p 0x10000000\n```\n## B\nThe walk of step A is still drawn.\nhighlight: log  "
              "walk.entry.pt\n"
              "task: T\nexpect: pte(p, 0x10001000, 1).p == 1\n```solution\nwrite p 0x10001000 1\n```\n");
        const auto waitsp = checkLesson(waits);
        QVERIFY2(
            waitsp.empty(), waitsp.empty() ? "" : waitsp[0].c_str()); // the solution walks: it shows then

        const Lesson stale = parsed(kHeader + "## A\n```scenario\n" + kSetup
            + "read p 0x10000000\n```\n## B\nhighlight: log  walk.entry.pt\n```scenario\nmmap p len=4K "
              "at=0x20000000\n```\n");
        const auto stalep = checkLesson(stale);
        QCOMPARE(stalep.size(), std::size_t(1));
        QVERIFY2(
            q(stalep[0]).startsWith("t.lesson:14:17: error: the highlight would show nothing when the step "
                                    "opens: 'walk.entry.pt' shows nothing of this step"),
            stalep[0].c_str());
        QVERIFY(q(stalep[0]).endsWith("(step 2)"));

        const Lesson never = parsed(kHeader + "## A\n```scenario\n" + kSetup
            + "```\nhighlight: frames.frame.40\nquiz: Q?\na) x *\nb) y\n```reveal\nread p 0x10000000\n```\n"
              "explain: E.\n");
        const auto neverp = checkLesson(never);
        QCOMPARE(neverp.size(), std::size_t(1));
        QVERIFY2(
            q(neverp[0]).startsWith("t.lesson:12:12: error: the highlight would show nothing when the step "
                                    "opens or after the quiz's reveal: 'frames.frame.40' shows nothing: the "
                                    "machine has 32 frames"),
            neverp[0].c_str());
    }

    void checkLessonWantsOneChartsTab()
    {
        const Lesson l = parsed(kHeader + "## A\n```scenario\n" + kSetup
            + "```\nhighlight: charts.faults charts.tlb log charts.mrc\n");
        const auto problems = checkLesson(l);
        QCOMPARE(problems.size(), std::size_t(1));
        QVERIFY2(q(problems[0])
                     .startsWith("t.lesson:12:41: error: 'charts.mrc' and 'charts.faults' are on "
                                 "different tabs of the charts view"),
            problems[0].c_str());
    }

    void viewsDirective()
    {
        const Lesson l
            = parsed(kHeader + "## A\nviews: walk  tlb\nviews: log\n## B\nviews: walk table walk\n");
        QCOMPARE(l.steps[0].views.size(), std::size_t(3));
        QCOMPARE(q(l.steps[0].views[1].id), QString("tlb"));
        QCOMPARE(l.steps[0].views[1].line, 6u);
        QCOMPARE(l.steps[0].views[1].column, 14u);
        QCOMPARE(q(l.steps[0].views[2].id), QString("log"));
        QVERIFY(l.steps[0].narration.empty()); // a directive, not narration
        const auto problems = checkLesson(l);
        QCOMPARE(problems.size(), std::size_t(2));
        QVERIFY2(q(problems[0]).startsWith("t.lesson:9:13: error: unknown view 'table' (views: space walk"),
            problems[0].c_str());
        QCOMPARE(
            q(problems[1]), QString("t.lesson:9:19: error: the view 'walk' is named twice in this step"));
        for (std::string_view v : stageViewIds())
            QVERIFY(!stageViewProblem(v));
        QCOMPARE(stageViewIds().size(), std::size_t(10));
    }

    void translationKeepsTheViews()
    {
        const Lesson en = parsed(kHeader + "## A\nviews: walk tlb\n", "lessons/en/01-t.lesson");
        Lesson de = parsed(kHeader + "## A\nviews: walk\n", "lessons/de/01-t.lesson");
        const auto problems = compareWithEnglish(en, de);
        QCOMPARE(problems.size(), std::size_t(1));
        QCOMPARE(q(problems[0]),
            QString("lessons/de/01-t.lesson:6:1: error: step 1: the `views:` list differs from the English "
                    "original "
                    "lessons/en/01-t.lesson"));
        de.steps[0].views.push_back({ "tlb", 6, 14 });
        QVERIFY(compareWithEnglish(en, de).empty());
    }
};

QTEST_APPLESS_MAIN(TestHighlightResolver)
#include "test_highlight_resolver.moc"
