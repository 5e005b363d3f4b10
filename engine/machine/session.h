// A Session is what every front end talks to: the console, the CLI, lessons and tests.
// It owns one simulated machine, parses scenario text and runs it command by command,
// recording events in the journal and producing one outcome per command.
#pragma once

#include "journal/journal.h"
#include "script/ast.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pagelab {

class Machine;
namespace kernel {
class Kernel;
}

struct CommandOutcome {
    u32 line = 0;      // 1-based source line of the command
    std::string cmd;   // the command word
    bool ok = true;    // false when the command itself failed (error says why)
    std::string error; // "FILE:LINE:COLUMN: error: ..." when !ok (or a failed expect)
    std::string text;  // human-readable output, what `pagelab-cli run` prints
    // The same for a front end that translates (journal/message_text.h): `text` line by line
    // as message keys with arguments, and `error` as file, position and message. A
    // diagnostic with an empty key (an outcome made outside the Session) has only `error`.
    std::vector<Message> lines;
    script::Diagnostic diagnostic;
    std::string json; // the JSON Lines object (spec: stable fields), no newline
    bool expectFailed = false;
    std::size_t firstEvent = 0; // journal events [firstEvent, endEvent) came from this command
    std::size_t endEvent = 0;
};

struct RunOutcome {
    std::vector<script::Diagnostic> diagnostics; // parse errors: nothing ran
    std::vector<CommandOutcome> commands;
    bool parsed() const { return diagnostics.empty(); }
    // false on a parse error, a failed command or a failed expect
    bool ok() const;
};

class Session {
public:
    Session();
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    // Parses the whole text first; runs nothing when it has a syntax error.
    // `firstLine` numbers the lines of a block embedded in a bigger file (lessons).
    RunOutcome run(std::string_view source, const std::string& file, u32 firstLine = 1);

    // Evaluates the `expect` condition COND against the current state without running a
    // command: nothing enters the journal and the previous command's result stays (lessons
    // check a task after each command of the student). nullopt when COND does not parse or
    // cannot be evaluated; `why` gets the error, or the evaluation's sentence.
    std::optional<bool> holds(std::string_view condition, std::string* why = nullptr);

    // Runs one command parsed from `file`. `first` says it is the first command of its text,
    // the only place `machine` may stand. The GUI's player runs scenarios this way, one
    // command at a time, on two sessions kept one command apart (ui/player/player.h).
    CommandOutcome execute(const script::Command& cmd, const std::string& file, bool first);

    // Long commands (trace, workload) call `hook(done, total)` every 64K references or so, on
    // the thread that runs them; when it returns false they stop and fail with "cancelled
    // after N of M references", leaving the machine part-way (the GUI then throws the Session
    // away). An empty hook (the default) never cancels.
    using ProgressHook = std::function<bool(u64 done, u64 total)>;
    void setProgress(ProgressHook hook);

    Journal& journal();
    const Journal& journal() const;
    Machine& machine();
    const Machine& machine() const;
    // The kernel's memory management of the current machine (recreated with it by `machine`).
    kernel::Kernel& kernel();
    const kernel::Kernel& kernel() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace pagelab
