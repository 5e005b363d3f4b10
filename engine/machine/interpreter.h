// Internal to the Session: the state one command runs with, and the command handlers.
// Each handler reads its typed arguments from the parsed Command, acts on the Machine, and
// fills the outcome: lines of text (message keys of command_messages.h with arguments),
// result fields, and extra JSON fields.
#pragma once

#include "journal/message_text.h"
#include "kernel/kernel.h"
#include "machine/command_messages.h"
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
    CommandError(script::SourcePos pos, Message message)
        : std::runtime_error(render(message))
        , pos(pos)
        , message(std::move(message))
    {
    }
    CommandError(script::SourcePos pos, const char* key, std::initializer_list<MessageArg> args = {})
        : CommandError(pos, msg(key, args))
    {
    }
    script::SourcePos pos;
    Message message;
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
    std::vector<Message> lines; // the output, one message a line (Session renders the text)
    JsonWriter extra;           // extra JSON members: call extra.key(..).value(..) pairs
    bool expectFailed = false;
    bool keepsPrevious = false; // expect/echo/show do not replace the previous result
    // The Session's progress hook (Session::setProgress), or nullptr.
    const std::function<bool(u64 done, u64 total)>* progress = nullptr;
    // The counters along a long command (CommandOutcome::samples), or nullptr.
    std::vector<StatsSample>* samples = nullptr;

    // One line of output: a key of command_messages.h and its arguments.
    void say(Message line) { lines.push_back(std::move(line)); }
    void say(const char* key, std::initializer_list<MessageArg> args = {})
    {
        lines.push_back(msg(key, args));
    }
    [[noreturn]] void fail(Message message) const { throw CommandError(cmd.pos, std::move(message)); }
    [[noreturn]] void fail(const char* key, std::initializer_list<MessageArg> args = {}) const
    {
        throw CommandError(cmd.pos, msg(key, args));
    }
    [[noreturn]] void failAt(const script::Value& v, Message message) const
    {
        throw CommandError(v.pos, std::move(message));
    }
    [[noreturn]] void failAt(
        const script::Value& v, const char* key, std::initializer_list<MessageArg> args = {}) const
    {
        throw CommandError(v.pos, msg(key, args));
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

// The #PF error code as words: "not-present user read", "protection user write" ... (the
// words stay English in every language: they name the error code's bits).
std::string errorCodeText(u32 errorCode);
// n as a decimal number.
inline std::string dec(u64 n)
{
    return std::to_string(n);
}
// `one` (a key with %1 for n) when n == 1, else `many`: "1 page", "3 pages".
inline Message counted(u64 n, const char* one, const char* many)
{
    return msg(n == 1 ? one : many, { dec(n) });
}

// Builds a MachineConfig from a `machine` command (throws CommandError on bad values).
MachineConfig machineConfigFrom(const script::Command& cmd);

// Shared formatting for `pte` output and `show`.
std::string describeEntry(u64 entry);

} // namespace pagelab
