// Every view shows the machine at the player's cursor (issue 15, item 1). Every golden
// scenario (tests/golden/) and every English lesson (all its blocks, in the order a student
// meets them) is stepped event by event through one Player with every view dock attached.
// At each position each dock's model must equal the model built afresh from an independent
// reference: the Session before the command at event 0, the Session after it at its last
// event, and in between the reference run stopped right after that event
// (Session::statesDuring). Back is checked the same way on the way down.
#include "addressspace/address_space_dock.h"
#include "addressspace/address_space_model.h"
#include "charts/charts_dock.h"
#include "charts/memory_breakdown.h"
#include "charts/memory_chart.h"
#include "charts/rate_history.h"
#include "common/state_digest.h"
#include "lesson/lesson_parser.h"
#include "lessons/lesson_panel.h"
#include "physmem/frame_map_model.h"
#include "physmem/physical_memory_dock.h"
#include "player/player.h"
#include "script/parser.h"
#include "swap/swap_tiers_dock.h"
#include "swap/swap_tiers_model.h"
#include "theme/theme.h"
#include "tlb/tlb_dock.h"
#include "tlb/tlb_model.h"
#include "translation/translation_dock.h"
#include "translation/walk_model.h"
#include "translation/walk_view.h"
#include "uaccess/uaccess_dock.h"
#include "uaccess/uaccess_model.h"

#include <QtTest>

#include <filesystem>
#include <fstream>
#include <numeric>
#include <sstream>

using namespace pagelab;
using namespace pagelab::ui;

namespace {

QString text(const QString& s)
{
    return s;
}
QString text(const std::string& s)
{
    return QString::fromStdString(s);
}
template <typename N>
QString text(N n) requires std::is_arithmetic_v<N>
{
    return QString::number(n);
}

// The first line where two descriptions differ, for a failure message.
QString firstDifference(const QString& actual, const QString& expected)
{
    const QStringList a = actual.split(QLatin1Char('\n')), e = expected.split(QLatin1Char('\n'));
    for (int i = 0; i < std::max(a.size(), e.size()); ++i) {
        const QString x = i < a.size() ? a[i] : QStringLiteral("(none)");
        const QString y = i < e.size() ? e[i] : QStringLiteral("(none)");
        if (x != y)
            return QStringLiteral("line %1:\n  view:      %2\n  reference: %3")
                .arg(i + 1)
                .arg(x.left(300), y.left(300));
    }
    return {};
}

// Fails with where it happened and the first line that differs.
#define QCOMPARE_EQ_WHERE(actual, expected, where)                                                           \
    do {                                                                                                     \
        const QString a_ = text(actual), e_ = text(expected);                                                \
        if (a_ != e_)                                                                                        \
            QFAIL(qPrintable((where) + QStringLiteral(": ") + QStringLiteral(#actual) + QStringLiteral(" ")  \
                + firstDifference(a_, e_)));                                                                 \
    } while (0)

// What each model holds, as text (only what the views draw from it).
QString describe(const AddressSpaceModel& m)
{
    QString s;
    QTextStream o(&s);
    for (const ProcessLane& l : m.lanes()) {
        o << "lane " << l.pid << ' ' << l.name << ' ' << l.cr3 << '\n';
        for (const VmaBand& v : l.vmas) {
            o << " vma " << v.start << '-' << v.end << ' ' << v.flags << ' ' << v.label << ' ' << v.mapsLine
              << '\n';
            for (const PageRecord& p : v.pages)
                o << "  page " << p.index << ' ' << p.entry << ' ' << p.pfn << ' ' << int(p.state) << ' '
                  << p.locked << ' ' << p.swapArea << '\n';
        }
    }
    return s;
}

QString describe(const FrameMapModel& m)
{
    QString s;
    QTextStream o(&s);
    for (Pfn pfn = 0; pfn < m.frameCount(); ++pfn)
        o << pfn << ' ' << int(m.frameClass(pfn)) << ' ' << m.locked(pfn) << ' ' << m.owner(pfn) << ' '
          << m.tableLevel(pfn) << '\n';
    return s;
}

QString describe(const QAbstractItemModel& m)
{
    QString s;
    for (int r = 0; r < m.rowCount(); ++r) {
        for (int c = 0; c < m.columnCount(); ++c)
            s += m.data(m.index(r, c)).toString() + QLatin1Char('|');
        s += QLatin1Char('\n');
    }
    return s;
}

QString describe(const SwapTiersModel& m)
{
    QString s;
    QTextStream o(&s);
    for (const SwapLane& l : m.lanes()) {
        o << l.name << ' ' << l.type << ' ' << l.prio << ' ' << l.size << ' ' << l.used << ' ' << l.outs
          << ' ' << l.ins << ' ' << l.writeOk << ' ' << l.swapInTimeNs << ' ' << l.swapIns << ' ' << l.group;
        for (int i = 0; i < l.count.size(); ++i)
            if (l.count[i] || l.cached[i])
                o << ' ' << i << '=' << l.count[i] << '/' << l.cached[i];
        o << '\n';
    }
    return s;
}

QString describe(const WalkPicture& p)
{
    QString s;
    QTextStream o(&s);
    o << p.valid << ' ' << p.va << ' ' << int(p.mode) << ' ' << p.leafLevel << ' ' << p.finished() << ' '
      << bool(p.inspected) << bool(p.tlb) << bool(p.start) << bool(p.fault) << bool(p.translated);
    for (const WalkEntryStep& e : p.entries)
        o << " [" << e.level << ' ' << e.index << ' ' << e.entryAddr << ' ' << e.entry << ' ' << e.accessedSet
          << e.dirtySet << e.leaf << e.reserved << ']';
    return s;
}

QString describe(const UaccessView& v)
{
    QString s;
    QTextStream o(&s);
    o << v.valid << ' ' << v.routine << ' ' << v.process << ' ' << v.user << ' ' << v.length << ' '
      << v.finished << ' ' << v.retKnown << ' ' << v.ret;
    for (int i = 0; i < v.kernelBytes.size(); ++i)
        o << ' ' << v.kernelBytes[i] << '/' << v.userBytes[i] << '/' << v.done[i];
    for (const UaccessPage& p : v.pages)
        o << " page " << p.base << ' ' << int(p.state) << ' ' << p.how;
    if (v.fault)
        o << " fault " << v.fault->cr2 << ' ' << v.fault->errorCode << ' ' << v.fault->handled << ' '
          << v.fault->resolved << ' ' << v.fault->how;
    return s;
}

QString describe(const MemoryBreakdown& b)
{
    QString s;
    QTextStream o(&s);
    for (u64 f : b.frames)
        o << f << ' ';
    o << b.total;
    return s;
}

struct Scenario {
    QString name;
    std::vector<Player::QueuedCommand> commands;
};

std::vector<Player::QueuedCommand> commandsOf(
    const std::string& text, const std::string& file, u32 firstLine = 1)
{
    std::vector<Player::QueuedCommand> out;
    script::ParseResult parsed = script::parse(text, file, firstLine);
    if (!parsed.ok())
        qFatal("%s does not parse: %s", file.c_str(), parsed.diagnostics.front().format().c_str());
    bool first = true;
    for (auto& c : parsed.script.commands) {
        out.push_back({ std::move(c), QString::fromStdString(file), first, false });
        first = false;
    }
    return out;
}

std::vector<Scenario> scenarios()
{
    std::vector<Scenario> out;
    for (const auto& dir : std::filesystem::directory_iterator(PAGELAB_GOLDEN_DIR)) {
        const auto path = dir.path() / "scenario.vms";
        if (!std::filesystem::exists(path))
            continue;
        std::ifstream in(path);
        std::stringstream text;
        text << in.rdbuf();
        if (!script::parse(text.str(), path.string()).ok())
            continue;
        out.push_back({ QStringLiteral("golden ") + QString::fromStdString(dir.path().filename().string()),
            commandsOf(text.str(), path.string()) });
    }
    for (const auto& file : std::filesystem::directory_iterator(PAGELAB_LESSON_DIR)) {
        const lesson::LessonParseResult parsed = lesson::parseLessonFile(file.path().string());
        if (!parsed.ok())
            continue;
        Scenario s { QStringLiteral("lesson ") + QString::fromStdString(file.path().filename().string()),
            {} };
        // Every block of the lesson, in the order a student meets them.
        for (const lesson::Block* b : blocksBeforeStep(parsed.lesson, parsed.lesson.steps.size())) {
            auto block = commandsOf(b->text, parsed.lesson.file, b->line);
            s.commands.insert(s.commands.end(), block.begin(), block.end());
        }
        out.push_back(std::move(s));
    }
    std::sort(out.begin(), out.end(), [](const Scenario& a, const Scenario& b) { return a.name < b.name; });
    return out;
}

// Every view dock on one player.
struct Views {
    Theme theme;
    Player player;
    AddressSpaceDock space { player, theme };
    PhysicalMemoryDock frames { player, theme };
    TlbDock tlb { player, theme };
    SwapTiersDock swap { player, theme };
    TranslationDock walk { player, theme };
    UaccessDock uaccess { player, theme };
    ChartsDock charts { player, theme };
};

} // namespace

class TestViewsFollowCursor : public QObject {
    Q_OBJECT

    // The models every dock shows now, against the models built from `reference`, the
    // journal prefix it recorded, and the current command's events shown so far.
    void compareViews(Views& v, const Session& reference, const QString& where)
    {
        const Player& p = v.player;
        QCOMPARE_EQ_WHERE(test::stateDigest(p.state()), test::stateDigest(reference), where);

        AddressSpaceModel space;
        space.rebuild(reference);
        QCOMPARE_EQ_WHERE(describe(v.space.model()), describe(space), where);

        // FrameMapModel and TlbModel read the player's state(), equal to the reference above:
        // fresh ones built now show whether the docks followed the cursor.
        FrameMapModel frames(p);
        frames.rebuild();
        QCOMPARE_EQ_WHERE(describe(v.frames.model()), describe(frames), where);
        TlbModel tlb(v.player, v.theme);
        tlb.rebuild();
        QCOMPARE_EQ_WHERE(describe(*v.tlb.model()), describe(tlb), where);

        SwapTiersModel swap;
        swap.rebuild(reference, p.journal(), p.visibleJournalEvents());
        QCOMPARE_EQ_WHERE(describe(v.swap.model()), describe(swap), where);

        const Journal& j = reference.journal();
        const WalkPicture walk = buildWalkPicture(j, j.size(), -1, reference.machine().cpu());
        QCOMPARE_EQ_WHERE(describe(v.walk.walkView()->picture()), describe(walk), where);

        QCOMPARE_EQ_WHERE(v.charts.rateHistory().at(RateHistory::positionOf(p))->accesses,
            reference.machine().stats().accesses, where);
        QCOMPARE_EQ_WHERE(
            describe(v.charts.memoryChart()->breakdown()), describe(MemoryBreakdown::of(reference)), where);

        if (const Player::QueuedCommand* cmd = p.historyCommand(u32(p.position() - 1));
            cmd && isUaccessCommand(QString::fromStdString(cmd->cmd.name)))
            QCOMPARE_EQ_WHERE(describe(v.uaccess.current()),
                describe(buildUaccessView(
                    cmd->cmd, p.commandEvents(), p.shownEvents(), reference, p.currentOutcome())),
                where);
    }

private Q_SLOTS:
    void everyViewAtEveryEvent_data()
    {
        // PAGELAB_VIEWS_OF=golden or lesson takes only those (CTest runs the halves side by side).
        const QString only = qEnvironmentVariable("PAGELAB_VIEWS_OF");
        QTest::addColumn<int>("index");
        const auto all = scenarios();
        for (int i = 0; i < int(all.size()); ++i)
            if (only.isEmpty() || all[std::size_t(i)].name.startsWith(only + QLatin1Char(' ')))
                QTest::newRow(qPrintable(all[std::size_t(i)].name)) << i;
    }

    void everyViewAtEveryEvent()
    {
        QFETCH(int, index);
        static const std::vector<Scenario> all = scenarios();
        const Scenario& sc = all[std::size_t(index)];
        Views v;
        QVERIFY(v.player.restore(sc.commands, 0, 0));
        Session reference; // has run every command before the player's current one
        // The reference machine at every event of the current command, from one run.
        std::vector<std::unique_ptr<Session>> between;
        std::unique_ptr<Session> after;
        std::size_t events = 0;
        std::size_t ran = 0; // commands the reference has run
        while (v.player.canStepForward()) {
            const int was = v.player.position();
            v.player.step();
            const int pos = v.player.position();
            // Up to the player's current command (a step may pass `expect` checks too).
            for (; ran + 1 < std::size_t(pos); ++ran)
                reference.execute(
                    sc.commands[ran].cmd, sc.commands[ran].file.toStdString(), sc.commands[ran].first);
            const Player::QueuedCommand& cmd = sc.commands[std::size_t(pos - 1)];
            const std::size_t k = v.player.shownEvents();
            const std::size_t n = v.player.commandEvents().size();
            if (pos != was) {
                std::vector<std::size_t> all(n > 0 ? n - 1 : 0);
                std::iota(all.begin(), all.end(), std::size_t { 1 });
                between = reference.statesDuring(cmd.cmd, cmd.file.toStdString(), cmd.first, all);
                QCOMPARE(between.size(), all.size());
                after = reference.clone();
                after->execute(cmd.cmd, cmd.file.toStdString(), cmd.first);
            }
            const QString where = QStringLiteral("%1, command %2 (%3), event %4 of %5")
                                      .arg(sc.name)
                                      .arg(pos)
                                      .arg(QString::fromStdString(cmd.cmd.text).trimmed())
                                      .arg(k)
                                      .arg(n);
            // At the command's end, before it (no event shown), or right after event k.
            compareViews(v, k == n ? *after : k == 0 ? reference : *between[k - 1], where);
            if (QTest::currentTestFailed())
                return;
            ++events;
        }
        QVERIFY(events > 0);
    }

    void backMovesTheViewsExactly()
    {
        // Down again through a command with many events, and up: each position as stepping
        // forward showed it.
        Views v;
        const auto cmds = commandsOf("machine frames=8\nprocess a\nmmap a len=64K at=0x10000000\n"
                                     "swapon s size=64K\ntouch a 0x10000000 len=64K write\n",
            "t.vms");
        QCOMPARE(cmds.size(), std::size_t { 5 });
        QVERIFY(v.player.restore(cmds, 4, 0));
        Session reference;
        for (int i = 0; i < 4; ++i)
            reference.execute(cmds[std::size_t(i)].cmd, "t.vms", i == 0);
        v.player.step(); // into `touch`
        const std::size_t n = v.player.commandEvents().size();
        QVERIFY(n > 100);
        std::vector<std::size_t> all(n - 1);
        std::iota(all.begin(), all.end(), std::size_t { 1 });
        const auto states = reference.statesDuring(cmds[4].cmd, "t.vms", false, all);
        v.player.next();
        for (std::size_t k = n - 1; k >= 1; --k) {
            v.player.back();
            QCOMPARE(v.player.shownEvents(), k);
            compareViews(v, *states[k - 1], QStringLiteral("back to event %1").arg(k));
            if (QTest::currentTestFailed())
                return;
        }
        v.player.back();
        compareViews(v, reference, QStringLiteral("back to event 0"));
    }
};

QTEST_MAIN(TestViewsFollowCursor)
#include "test_views_follow_cursor.moc"
