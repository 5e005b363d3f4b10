// What a command says is a message key the console can translate (command_messages.h): every
// line of every golden scenario and of every lesson is a key of commandMessageKeys() (or
// the verbatim key of the few outputs that stay as they are), its English is the text
// pagelab-cli prints, and the common errors are keyed sentences, never verbatim English.
#include "journal/message_text.h"
#include "lesson/lesson_parser.h"
#include "machine/command_messages.h"
#include "machine/session.h"
#include "script/parser.h"
#include "script/script_messages.h"

#include <QtTest>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

using namespace pagelab;

namespace {

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

const std::set<std::string>& knownKeys()
{
    static const std::set<std::string> keys(commandMessageKeys().begin(), commandMessageKeys().end());
    return keys;
}

// Why `m` (and every phrase in it) is not a known key, or empty.
std::string unknownKey(const Message& m)
{
    if (std::string(m.key) != kVerbatim && !knownKeys().count(m.key))
        return m.key;
    if (m.parts.size() != m.partSlots.size())
        return "parts and slots differ in " + std::string(m.key);
    for (std::size_t k = 0; k < m.parts.size(); ++k) {
        if (m.partSlots[k] >= m.args.size() || m.args[m.partSlots[k]] != render(m.parts[k]))
            return "a phrase of '" + std::string(m.key) + "' is not its argument in English";
        if (std::string why = unknownKey(m.parts[k]); !why.empty())
            return why;
    }
    return {};
}

// The commands whose output may stay verbatim: tables whose words are the language's own
// (show stats, show vmas as /proc/PID/maps), the author's echo, and Linux's oops text.
bool mayBeVerbatim(const std::string& cmd)
{
    return cmd == "show" || cmd == "echo" || cmd == "kderef";
}

struct Source {
    std::string name;
    std::string text;
};

std::vector<Source> sources()
{
    std::vector<Source> out;
    const std::filesystem::path root(PAGELAB_SOURCE_DIR);
    for (const auto& dir : std::filesystem::directory_iterator(root / "tests" / "golden"))
        if (std::filesystem::exists(dir.path() / "scenario.vms"))
            out.push_back({ dir.path().filename().string(), readFile(dir.path() / "scenario.vms") });
    for (const auto& f : std::filesystem::directory_iterator(root / "lessons" / "en")) {
        const auto parsed = lesson::parseLessonFile(f.path().string());
        if (!parsed.ok())
            continue;
        // Every block in order, as the runner opens the last step.
        std::string text;
        for (const auto& step : parsed.lesson.steps) {
            text += step.scenario.text;
            auto quiz = [&] { text += step.quiz ? step.quiz->reveal.text : std::string(); };
            auto task = [&] { text += step.task ? step.task->solution.text : std::string(); };
            if (step.quizFirst()) {
                quiz();
                task();
            } else {
                task();
                quiz();
            }
        }
        out.push_back({ f.path().filename().string(), text });
    }
    std::sort(out.begin(), out.end(), [](const Source& a, const Source& b) { return a.name < b.name; });
    return out;
}

} // namespace

class TestCommandMessages : public QObject {
    Q_OBJECT

private slots:
    void keysAreUniqueAndHaveAtMostNineArguments()
    {
        std::set<std::string> seen;
        for (const char* key : commandMessageKeys()) {
            QVERIFY2(seen.insert(key).second, key);
            QVERIFY2(std::string(key) != kVerbatim, "the verbatim key is not a sentence");
            for (const char* p = key; *p; ++p)
                if (p[0] == '%' && p[1] >= '1' && p[1] <= '9')
                    QVERIFY2(!(p[2] >= '0' && p[2] <= '9'), key); // substitute() knows %1..%9
        }
    }

    void phrasesAreTheirEnglish()
    {
        const Message inner = msg(txt::kOnePage, { std::string("1") });
        const Message m = msg(txt::kFileCreated, { std::string("f"), std::string("100"), inner });
        QCOMPARE(QString::fromStdString(render(m)),
            QStringLiteral("file f: 100 bytes (1 page) on disk, none "
                           "in the page cache yet"));
        QCOMPARE(m.parts.size(), std::size_t { 1 });
        QCOMPARE(m.partSlots.at(0), std::size_t { 2 });
        QCOMPARE(QString::fromStdString(render(verbatim("50% of %1"))), QStringLiteral("50% of %1"));
    }

    void everyLineIsAKeyAndItsEnglishIsTheText_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("text");
        for (const Source& s : sources())
            QTest::newRow(s.name.c_str()) << QString::fromStdString(s.name) << QString::fromStdString(s.text);
    }

    void everyLineIsAKeyAndItsEnglishIsTheText()
    {
        QFETCH(QString, name);
        QFETCH(QString, text);
        Session session;
        const RunOutcome run = session.run(text.toStdString(), name.toStdString());
        for (const script::Diagnostic& d : run.diagnostics) { // a golden of a syntax error
            QVERIFY2(*d.sentence.key && std::string(d.sentence.key) != kVerbatim, d.message.c_str());
            QCOMPARE(QString::fromStdString(render(d.sentence)), QString::fromStdString(d.message));
            const std::string why = unknownKey(d.sentence);
            QVERIFY2(why.empty(), why.c_str());
        }
        QVERIFY(!run.parsed() || !run.commands.empty());
        for (const CommandOutcome& c : run.commands) {
            std::string english;
            for (const Message& line : c.lines) {
                english += render(line) + '\n';
                const std::string why = unknownKey(line);
                QVERIFY2(why.empty(), (c.cmd + ": not a key of commandMessageKeys(): " + why).c_str());
                if (std::string(line.key) == kVerbatim)
                    QVERIFY2(
                        mayBeVerbatim(c.cmd), (c.cmd + " says a verbatim line: " + render(line)).c_str());
            }
            QCOMPARE(QString::fromStdString(english), QString::fromStdString(c.text));
            if (!c.ok || c.expectFailed) {
                QVERIFY2(*c.diagnostic.sentence.key, c.error.c_str());
                QCOMPARE(QString::fromStdString(c.diagnostic.format()), QString::fromStdString(c.error));
                const std::string why = unknownKey(c.diagnostic.sentence);
                QVERIFY2(why.empty(), why.c_str());
            }
        }
    }

    // The errors a student makes typing: each a keyed sentence, its English as before.
    void commonErrorsAreKeyed_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("english");
        QTest::newRow("unknown command") << "procss p"
                                         << "unknown command 'procss' (did you mean 'process'?)";
        QTest::newRow("unknown command, no guess") << "zzzzzz"
                                                   << "unknown command 'zzzzzz'";
        QTest::newRow("unknown option") << "read p 0x1000 zz=1"
                                        << "unknown option 'zz' for 'read' (expected one of: size, len)";
        QTest::newRow("missing argument") << "read p"
                                          << "missing argument ADDR for 'read'";
        QTest::newRow("missing option") << "mmap p"
                                        << "missing option len=SIZE for 'mmap'";
        QTest::newRow("bad number") << "read p zz"
                                    << "expected a number, found 'zz'";
        QTest::newRow("bad size") << "mmap p len=x"
                                  << "expected a size (a number with an optional K, M, G or T "
                                     "suffix), found 'x'";
        QTest::newRow("bad choice") << "read p 0x1000 size=3"
                                    << "'size' must be 1, 2, 4 or 8";
        QTest::newRow("too big") << "read p 99999999999999999999"
                                 << "number '99999999999999999999' does not fit in 64 bits";
        QTest::newRow("extra argument")
            << "read p 0x1000 9"
            << "unexpected argument '9' for 'read' (usage: read NAME ADDR [size=1|2|4|8 | len=N])";
        QTest::newRow("no such process") << "read q 0x1000"
                                         << "no process named 'q'; processes: p";
        QTest::newRow("bad expect") << "expect ret = 0"
                                    << "'=' is not a comparison: use '==' (or !=, <, <=, >, >=)";
        QTest::newRow("unknown term") << "expect rett == 0"
                                      << "unknown term 'rett' (did you mean 'ret'?)";
        QTest::newRow("failed expect") << "expect ret == 1"
                                       << "expect failed: ret == 1 is false: left side is 0, right side is 1";
        QTest::newRow("flag with a value") << "mmap p len=4K shared=1"
                                           << "'shared' is a flag of 'mmap': write it without '=VALUE'";
        QTest::newRow("unterminated string") << "echo \"abc"
                                             << "unterminated string (missing closing '\"')";
    }

    void commonErrorsAreKeyed()
    {
        QFETCH(QString, line);
        QFETCH(QString, english);
        Session session;
        QVERIFY(session.run("machine frames=32\nprocess p\nmmap p len=8K\n", "<setup>").ok());
        const RunOutcome run = session.run(line.toStdString(), "<console>");
        const script::Diagnostic* d = nullptr;
        if (!run.parsed())
            d = &run.diagnostics.front();
        else if (!run.commands.empty() && (!run.commands.back().ok || run.commands.back().expectFailed))
            d = &run.commands.back().diagnostic;
        QVERIFY2(d, "no error");
        QCOMPARE(QString::fromStdString(d->message), english);
        QVERIFY2(std::string(d->sentence.key) != kVerbatim, d->message.c_str());
        const std::string why = unknownKey(d->sentence);
        QVERIFY2(why.empty(), why.c_str());
        QVERIFY(QString::fromStdString(d->format()).startsWith(QStringLiteral("<console>:1:")));
    }
};

QTEST_APPLESS_MAIN(TestCommandMessages)
#include "test_command_messages.moc"
