// Internal to the Session: the state one command runs with, and the command handlers.
// Each handler reads its typed arguments from the parsed Command, acts on the Machine, and
// fills the outcome: human text, result fields, and extra JSON fields.
#pragma once

#include "kernel/kernel.h"
#include "machine/json_writer.h"
#include "machine/machine.h"
#include "script/ast.h"

#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace pagelab {

// A command that cannot be carried out (unknown process, no free frame ...): reported as
// FILE:LINE:COLUMN: error: message, with ok=false; the run stops there.
class CommandError : public std::runtime_error {
public:
    CommandError(script::SourcePos pos, const std::string& message)
        : std::runtime_error(message)
        , pos(pos)
    {
    }
    script::SourcePos pos;
};

struct FaultInfo {
    u32 errorCode = 0;
    u64 cr2 = 0;
    bool resolved = false;
    std::string kind;
};

// The result fields of a command, kept for `expect` to inspect (spec: ret, value, data,
// signal, error_code of the previous command).
struct ResultFields {
    std::optional<i64> ret;
    std::optional<u64> value;
    std::optional<std::vector<u8>> data;
    std::optional<u64> addr;
    std::optional<std::string> signal;
    std::optional<FaultInfo> fault;
    std::optional<PAddr> paddr;
    std::optional<bool> tlbHit;
};

struct CommandContext {
    const script::Command& cmd;
    const std::string& file;
    Machine& machine;
    kernel::Kernel& kernel;
    const ResultFields& previous; // of the last command that was not `expect`/`echo`/`show`
    ResultFields result;
    std::string text; // human-readable output (lines end with '\n')
    JsonWriter extra; // extra JSON members: call extra.key(..).value(..) pairs
    bool expectFailed = false;
    bool keepsPrevious = false; // expect/echo/show do not replace the previous result
    // The Session's progress hook (Session::setProgress), or nullptr.
    const std::function<bool(u64 done, u64 total)>* progress = nullptr;
    // The counters along a long command (CommandOutcome::samples), or nullptr.
    std::vector<StatsSample>* samples = nullptr;

    void say(const std::string& line) { text += line + '\n'; }
    [[noreturn]] void fail(const std::string& message) const { throw CommandError(cmd.pos, message); }
    [[noreturn]] void failAt(const script::Value& v, const std::string& message) const
    {
        throw CommandError(v.pos, message);
    }
    Process& process(std::size_t argIndex);
    // Reports progress of a long command; false: the user cancelled it, stop.
    bool keepGoing(u64 done, u64 total) const { return !progress || !*progress || (*progress)(done, total); }
    // The pointer to the journal the kernel and the hardware record into, or nullptr.
    Journal* journal() { return machine.journal().enabled() ? &machine.journal() : nullptr; }
};

using CommandHandler = std::function<void(CommandContext&)>;

// The handlers of this build, by command name; commands of the language that are not here
// report that this build does not run them yet.
const std::vector<std::pair<std::string, CommandHandler>>& hardwareCommands();
const std::vector<std::pair<std::string, CommandHandler>>& observationCommands();
const std::vector<std::pair<std::string, CommandHandler>>& kernelCommands();
const std::vector<std::pair<std::string, CommandHandler>>& accessCommands();
// One table per later topic, each in its own commands_*.cpp.
const std::vector<std::pair<std::string, CommandHandler>>& reclaimCommands(); // swapon, swapoff, reclaim
const std::vector<std::pair<std::string, CommandHandler>>& mlockCommands();   // mlock family
const std::vector<std::pair<std::string, CommandHandler>>& uaccessCommands(); // the uaccess API
const std::vector<std::pair<std::string, CommandHandler>>& traceCommands();   // trace, workload

// `show` views of the kernel's state (show_kernel.cpp).
void showVmas(CommandContext& c);
void showKernelProcess(CommandContext& c);
void showKernelFrames(CommandContext& c);
void showPagecache(CommandContext& c);
// Views of reclaim and swap (commands_reclaim.cpp): `show swap`, `show lru`, the `swap`
// array of `show stats`, and swap(NAME).FIELD for expect (nullopt: no such area/field).
void showSwap(CommandContext& c);
void showLru(CommandContext& c);
void swapStatsJson(CommandContext& c);
std::optional<i64> swapField(CommandContext& c, const std::string& name, const std::string& field);
// "anon", "file F page N", "shm S page N" for a frame holding user data; empty otherwise.
std::string frameKind(const kernel::Kernel& k, Pfn pfn);

// The #PF error code as words: "not-present user read", "protection user write" ...
std::string errorCodeText(u32 errorCode);

// Builds a MachineConfig from a `machine` command (throws CommandError on bad values).
MachineConfig machineConfigFrom(const script::Command& cmd);

// Shared formatting for `pte` output and `show`.
std::string describeEntry(u64 entry);

} // namespace pagelab
