// A Session is what every front end talks to: the console, the CLI, lessons and tests.
// It owns one simulated machine, parses scenario text and runs it command by command,
// recording events in the journal and producing one outcome per command.
#pragma once

#include "journal/journal.h"
#include "machine/stats.h"
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
    // A long command's counters along its run (trace, workload of more references than it
    // journals: a few dozen, evenly spaced), so a chart can show the rate over the run; kept
    // when it stopped early. Empty for every other command.
    std::vector<StatsSample> samples;
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

    // A copy in every detail (machine, kernel, journal, the previous command's result) that
    // runs on independently of this one. The progress hook is not copied.
    std::unique_ptr<Session> clone() const;

    // The machine between two events: runs `cmd` (as execute() would) on a copy of this
    // session, and returns copies of that run taken right after its event number at[i] was
    // recorded (1-based, ascending), so the state at[i] events into the command. Counts past
    // the command's last event give no copy; the run stops once the last copy is taken. This
    // session does not change. The GUI's player draws these while it steps through a command
    // (ui/player/player.h).
    // About how many bytes of host memory a copy of this session takes (clone()): what the
    // player weighs before keeping many copies.
    std::size_t footprintBytes() const;

    std::vector<std::unique_ptr<Session>> statesDuring(const script::Command& cmd, const std::string& file,
        bool first, const std::vector<std::size_t>& at) const;

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
    explicit Session(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

} // namespace pagelab
