// pagelab-cli: the headless front end. Runs scenario files (spec: `pagelab-cli`), printing
// each command's output as text or as JSON Lines with the spec's stable fields.
// Exit status: 0 ok, 1 a failed expect or runtime error, 2 bad input (usage, unreadable
// file, syntax error).
#include "journal/message.h"
#include "lesson_verbs.h"
#include "machine/json_writer.h"
#include "machine/session.h"
#include "trace_verbs.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace pagelab;

constexpr std::size_t kMaxScenarioBytes = 16u << 20; // a scenario is text a person writes

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;
constexpr int kExitBadInput = 2;

const char* kUsage = R"(usage:
  pagelab-cli run FILE.vms [--json] [--events]   run a scenario ('-' reads standard input)
  pagelab-cli replay TRACE [--format F] [--frames N] [--policy P|all] [--tlb E:W]
                     [--mode full|replacement] [--limit N] [--json] [--progress]
  pagelab-cli mrc TRACE [--format F] [--max-frames N] [--policy P|all] [--csv | --json]
                  [--limit N] [--progress]
  pagelab-cli workload kind=seq|random|loop|zipf pages=N count=N [theta=F] [write=F] [seed=N]
  pagelab-cli check-lesson FILE|DIR...           check lessons (a DIR: every *.lesson below it)
  pagelab-cli --version | --help

run prints each command's output; --json prints one JSON object per command instead
(docs/scenario-language.md lists the fields); --events adds every engine event.
Exit status: 0 ok, 1 a failed expect or command, 2 bad input.
)";

// Reads the whole file, refusing what cannot be a scenario. On failure returns nullopt and
// prints why to stderr.
std::optional<std::string> readScenario(const std::string& path)
{
    std::istream* in = &std::cin;
    std::ifstream file;
    if (path != "-") {
        file.open(path, std::ios::binary);
        if (!file) {
            std::cerr << path << ": error: cannot open the file\n";
            return std::nullopt;
        }
        in = &file;
    }
    std::string text;
    char buffer[1 << 16];
    while (in->read(buffer, sizeof buffer) || in->gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(in->gcount()));
        if (text.size() > kMaxScenarioBytes) {
            std::cerr
                << path << ": error: the file is larger than " << (kMaxScenarioBytes >> 20)
                << " MiB; a scenario is a text file of commands (traces go through `trace` or `replay`)\n";
            return std::nullopt;
        }
    }
    if (in->bad()) {
        std::cerr << path << ": error: reading the file failed\n";
        return std::nullopt;
    }
    return text;
}

std::string eventsJson(const Journal& journal, std::size_t first, std::size_t end)
{
    JsonWriter j;
    j.beginArray();
    for (std::size_t i = first; i < end && i < journal.size(); ++i) {
        const Event& e = journal.events()[i];
        j.beginObject();
        j.field("event", eventName(e.data));
        j.field("text", describeEnglish(e));
        j.endObject();
    }
    j.endArray();
    return j.str();
}

int runScenario(const std::string& path, bool json, bool events)
{
    const auto text = readScenario(path);
    if (!text)
        return kExitBadInput;
    const std::string name = path == "-" ? "<stdin>" : path;

    Session session;
    const RunOutcome outcome = session.run(*text, name);
    if (!outcome.parsed()) {
        for (const auto& d : outcome.diagnostics)
            std::cerr << d.format() << '\n';
        return kExitBadInput;
    }
    for (const auto& c : outcome.commands) {
        if (json) {
            std::string line = c.json;
            if (events && !line.empty() && line.back() == '}')
                line.insert(line.size() - 1,
                    ",\"events\":" + eventsJson(session.journal(), c.firstEvent, c.endEvent));
            std::cout << line << '\n';
        } else {
            std::cout << c.text;
            if (events)
                for (std::size_t i = c.firstEvent; i < c.endEvent && i < session.journal().size(); ++i)
                    std::cout << "    . " << describeEnglish(session.journal().events()[i]) << '\n';
        }
        if (!c.ok || c.expectFailed)
            std::cerr << c.error << '\n';
    }
    std::cout.flush();
    return outcome.ok() ? kExitOk : kExitFailed;
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        std::cerr << kUsage;
        return kExitBadInput;
    }
    const std::string& verb = args[0];
    if (verb == "--help" || verb == "-h" || verb == "help") {
        std::cout << kUsage;
        return kExitOk;
    }
    if (verb == "--version") {
        std::cout << "pagelab-cli " << PAGELAB_VERSION << '\n';
        return kExitOk;
    }
    if (verb == "run") {
        std::string file;
        bool json = false;
        bool events = false;
        for (std::size_t i = 1; i < args.size(); ++i) {
            if (args[i] == "--json")
                json = true;
            else if (args[i] == "--events")
                events = true;
            else if (args[i].size() > 1 && args[i][0] == '-' && args[i] != "-") {
                std::cerr << "pagelab-cli run: unknown option '" << args[i] << "'\n" << kUsage;
                return kExitBadInput;
            } else if (file.empty())
                file = args[i];
            else {
                std::cerr << "pagelab-cli run: one scenario file at a time ('" << args[i] << "' is extra)\n";
                return kExitBadInput;
            }
        }
        if (file.empty()) {
            std::cerr << "pagelab-cli run: which scenario file? (usage: pagelab-cli run FILE.vms [--json] "
                         "[--events])\n";
            return kExitBadInput;
        }
        return runScenario(file, json, events);
    }
    if (verb == "replay" || verb == "mrc" || verb == "workload") { // trace_verbs.cpp
        const std::vector<std::string> rest(args.begin() + 1, args.end());
        return verb == "replay" ? cli::replayVerb(rest)
            : verb == "mrc"     ? cli::mrcVerb(rest)
                                : cli::workloadVerb(rest);
    }
    if (verb == "check-lesson") // lesson_verbs.cpp
        return cli::checkLessonVerb(std::vector<std::string>(args.begin() + 1, args.end()));
    std::cerr << "pagelab-cli: unknown command '" << verb << "'\n" << kUsage;
    return kExitBadInput;
}
