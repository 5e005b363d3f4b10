// The console shows what a command says in the language of the UI: each line and each error
// is a message key translated in the context CommandMessage, each phrase in it translated in
// turn; names, numbers and verbatim lines stay as they are. A translator that brackets every
// CommandMessage text shows what was looked up.
#include "console/command_text.h"
#include "console/console_dock.h"
#include "player/player.h"
#include "theme/theme.h"

#include <QPlainTextEdit>
#include <QTest>
#include <QTranslator>

using namespace pagelab;
using namespace pagelab::ui;

namespace {

class BracketTranslator : public QTranslator {
public:
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        // As the .qm files: CommandMessage entries only, and none for the verbatim "%1".
        if (qstrcmp(context, kCommandMessageContext) != 0 || qstrcmp(source, kVerbatim) == 0)
            return {};
        return QStringLiteral("«") + QString::fromUtf8(source) + QStringLiteral("»");
    }
    bool isEmpty() const override { return false; }
};

CommandOutcome runOne(Session& session, const std::string& line)
{
    const RunOutcome out = session.run(line, "t.vms");
    return out.commands.empty() ? CommandOutcome {} : out.commands.back();
}

} // namespace

class TestConsoleText : public QObject {
    Q_OBJECT

    BracketTranslator translator_;

private Q_SLOTS:
    void init() { QCoreApplication::installTranslator(&translator_); }
    void cleanup() { QCoreApplication::removeTranslator(&translator_); }

    void linesAndTheirPhrasesAreTranslated()
    {
        Session session;
        runOne(session, "machine frames=32\nprocess p\n");
        const CommandOutcome mapped = runOne(session, "mmap p len=8K at=0x10000000");
        QCOMPARE(commandOutputText(mapped),
            QStringLiteral("«mmap p: 0x10000000-0x10002000 rw-p «anonymous», «2 pages»« (no frames yet: the "
                           "first access faults them in)»»"));
    }

    void verbatimLinesStayAsTheyAre()
    {
        Session session;
        const CommandOutcome echo = runOne(session, "echo \"50% of %1\"");
        QCOMPARE(commandOutputText(echo), QStringLiteral("50% of %1"));
    }

    void errorsAreTranslatedWithTheirPosition()
    {
        Session session;
        runOne(session, "machine frames=32\nprocess p\n");
        const CommandOutcome failed = runOne(session, "read q 0x1000");
        QVERIFY(!failed.ok);
        QCOMPARE(commandErrorText(failed),
            QStringLiteral("«t.vms:1:6: error: «no process named 'q'; processes: p»»"));
        const RunOutcome parse = session.run("procss p", "t.vms");
        QCOMPARE(diagnosticText(parse.diagnostics.at(0)),
            QStringLiteral("«t.vms:1:1: error: «unknown command 'procss' (did you mean 'process'?)»»"));
        const CommandOutcome expect = runOne(session, "expect ret == 1");
        QVERIFY(expect.expectFailed);
        // The inner sentence is a phrase of "expect failed: %1", translated too.
        QCOMPARE(commandErrorText(expect),
            QStringLiteral(
                "«t.vms:1:1: error: «expect failed: «ret == 1 is false: left side is «(none)», right "
                "side is 1»»»"));
    }

    void anOomKilledWorkloadSaysWhyInTheUisLanguage()
    {
        // The replay's failure is a sentence with phrases, not the English text passed through.
        Session session;
        runOne(session, "machine frames=16\nprocess w\n");
        const CommandOutcome killed = runOne(session, "workload w kind=seq pages=32 count=32 write=1");
        QVERIFY(!killed.ok);
        QCOMPARE(commandErrorText(killed),
            QStringLiteral("«t.vms:1:1: error: «%1 stopped: %2»»")
                .arg(QStringLiteral("workload seq"),
                    QStringLiteral(
                        "«reference 13 (page 12) failed: w got SIGKILL, «killed by the OOM killer: "
                        "out of memory (no free frame, no page to reclaim, no free swap slot); w "
                        "(pid 1) had the highest badness, 16 pages of memory, swap and page "
                        "tables»»")));
    }

    void anOutcomeWithoutKeysShowsItsText()
    {
        CommandOutcome made; // as the Player makes one when a background run throws
        made.ok = false;
        made.text = "a line\n";
        made.error = "x.vms:2:3: error: boom";
        QCOMPARE(commandOutputText(made), QStringLiteral("a line"));
        QCOMPARE(commandErrorText(made), QStringLiteral("x.vms:2:3: error: boom"));
    }

    void theConsoleShowsTranslatedLines()
    {
        Player player;
        player.setTypedMode(Player::Mode::Instant);
        Theme theme;
        ConsoleDock console(player, theme);
        console.runCommand(QStringLiteral("process p"));
        QTRY_VERIFY2(console.transcript()->toPlainText().contains(
                         QStringLiteral("«process %1: pid %2, top-level table in frame %3»")
                             .arg(QStringLiteral("p"), QStringLiteral("1"), QStringLiteral("0"))),
            qPrintable(console.transcript()->toPlainText()));
        console.runCommand(QStringLiteral("procss p"));
        QTRY_VERIFY2(console.transcript()->toPlainText().contains(
                         QStringLiteral("error: «unknown command 'procss' (did you mean 'process'?)»»")),
            qPrintable(console.transcript()->toPlainText()));
    }
};

QTEST_MAIN(TestConsoleText)
#include "test_console_text.moc"
