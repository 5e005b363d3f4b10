#include "machine/session.h"

#include "journal/message.h"
#include "kernel/kernel.h"
#include "machine/interpreter.h"
#include "machine/machine.h"
#include "script/parser.h"

#include <map>

namespace pagelab {

bool RunOutcome::ok() const
{
    if (!parsed())
        return false;
    for (const auto& c : commands)
        if (!c.ok || c.expectFailed)
            return false;
    return true;
}

struct Session::Impl {
    Journal journal;
    std::unique_ptr<Machine> machine;
    std::unique_ptr<kernel::Kernel> kernel; // refers to *machine: reset before it
    ResultFields previous;
    u32 commandCount = 0;
    std::map<std::string, CommandHandler, std::less<>> handlers;
    ProgressHook progress;

    Impl()
    {
        machine = std::make_unique<Machine>(MachineConfig {}, journal);
        kernel = std::make_unique<kernel::Kernel>(*machine);
        for (const auto* table :
            { &hardwareCommands(), &observationCommands(), &kernelCommands(), &accessCommands(),
                &reclaimCommands(), &mlockCommands(), &uaccessCommands(), &traceCommands() })
            for (const auto& [name, handler] : *table)
                handlers.emplace(name, handler);
    }

    // A copy of `other` (Session::clone): the machine and the kernel are copied to point at
    // this journal and this machine; the progress hook stays behind.
    Impl(const Impl& other)
        : journal(other.journal)
        , machine(std::make_unique<Machine>(*other.machine, journal))
        , kernel(std::make_unique<kernel::Kernel>(*other.kernel, *machine))
        , previous(other.previous)
        , commandCount(other.commandCount)
        , handlers(other.handlers)
    {
    }

    CommandOutcome execute(const script::Command& cmd, const std::string& file, bool first);
};

// The English text of `lines`, a line each.
static std::string textOf(const std::vector<Message>& lines)
{
    std::string text;
    for (const Message& m : lines)
        text += render(m) + '\n';
    return text;
}

static void writeResultFields(JsonWriter& j, const ResultFields& r)
{
    if (r.ret)
        j.field("ret", *r.ret);
    if (r.value)
        j.field("value", *r.value);
    if (r.data) {
        std::string h;
        static const char* digits = "0123456789abcdef";
        for (u8 b : *r.data) {
            h += digits[b >> 4];
            h += digits[b & 15];
        }
        j.field("data", h);
    }
    if (r.addr)
        j.field("addr", *r.addr);
    if (r.fault) {
        j.key("fault").beginObject();
        j.field("error_code", static_cast<u64>(r.fault->errorCode));
        j.field("cr2", r.fault->cr2);
        j.field("resolved", r.fault->resolved);
        j.field("kind", r.fault->kind);
        j.endObject();
    }
    if (r.signal)
        j.field("signal", *r.signal);
    if (r.paddr)
        j.field("paddr", *r.paddr);
    if (r.tlbHit)
        j.field("tlb", *r.tlbHit ? "hit" : "miss");
}

CommandOutcome Session::Impl::execute(const script::Command& cmd, const std::string& file, bool first)
{
    CommandOutcome out;
    out.line = cmd.pos.line;
    out.cmd = cmd.name;
    journal.setCommand(commandCount++);
    out.firstEvent = journal.size();

    std::string extraJson;
    try {
        if (cmd.name == "machine") {
            // `machine` resets everything; in a file it must come first (spec, Machine and CPU).
            if (!first)
                throw CommandError(cmd.pos, txt::kMachineNotFirst);
            const MachineConfig config = machineConfigFrom(cmd);
            journal.clear();
            out.firstEvent = 0;
            kernel.reset();
            machine = std::make_unique<Machine>(config, journal);
            kernel = std::make_unique<kernel::Kernel>(*machine);
            previous = {};
            const auto& g = config;
            const std::string tlb = dec(g.tlb.entries) + ":" + dec(g.tlb.ways)
                + (g.tlb.stlbEntries ? ", STLB " + dec(g.tlb.stlbEntries) + ":" + dec(g.tlb.stlbWays)
                                     : std::string());
            out.lines.push_back(msg(g.pcid ? txt::kMachinePcidOn : txt::kMachinePcidOff,
                { std::string(toString(g.paging)), dec(g.frames), dec(g.frames * 4), tlb, g.policy }));
            out.text = textOf(out.lines);
        } else {
            auto it = handlers.find(cmd.name);
            if (it == handlers.end())
                throw CommandError(cmd.pos, txt::kNotRunYet, { cmd.name });
            CommandContext ctx { cmd, file, *machine, *kernel, previous, {}, {}, {}, false, false, &progress,
                &out.samples };
            ctx.extra.beginObject();
            it->second(ctx);
            ctx.extra.endObject();
            out.text = textOf(ctx.lines);
            out.lines = std::move(ctx.lines);
            out.expectFailed = ctx.expectFailed;
            if (ctx.expectFailed) {
                // "expect failed: " and the first line (the text up to its first newline).
                const Message first = out.lines.empty() ? verbatim({}) : out.lines.front();
                const std::string english = render(first);
                out.diagnostic = script::Diagnostic::of(file, cmd.pos,
                    msg(txt::kExpectFailed,
                        { english.find('\n') == std::string::npos ? MessageArg(first)
                                                                  : english.substr(0, english.find('\n')) }));
                out.error = out.diagnostic.format();
            }
            const std::string& e = ctx.extra.str();
            if (e.size() > 2)
                extraJson = e.substr(1, e.size() - 2);
            if (!ctx.keepsPrevious)
                previous = ctx.result;
            JsonWriter rj;
            rj.beginObject();
            writeResultFields(rj, ctx.result);
            rj.endObject();
            const std::string& r = rj.str();
            if (r.size() > 2)
                extraJson = r.substr(1, r.size() - 2) + (extraJson.empty() ? "" : "," + extraJson);
        }
    } catch (const CommandError& e) {
        out.ok = false;
        out.diagnostic = script::Diagnostic::of(file, e.pos, e.message);
        out.error = out.diagnostic.format();
    } catch (const std::exception& e) {
        out.ok = false;
        out.diagnostic = script::Diagnostic::of(file, cmd.pos, verbatim(e.what()));
        out.error = out.diagnostic.format();
    }
    out.endEvent = journal.size();

    JsonWriter j;
    j.beginObject();
    j.field("line", static_cast<u64>(out.line));
    j.field("cmd", out.cmd);
    j.field("ok", out.ok);
    if (!extraJson.empty())
        j.raw(extraJson);
    if (!out.ok || out.expectFailed)
        j.field("error", out.error);
    j.endObject();
    out.json = j.str();
    return out;
}

Session::Session()
    : impl_(std::make_unique<Impl>())
{
}

Session::Session(std::unique_ptr<Impl> impl)
    : impl_(std::move(impl))
{
}

Session::~Session() = default;

std::unique_ptr<Session> Session::clone() const
{
    return std::unique_ptr<Session>(new Session(std::make_unique<Impl>(*impl_)));
}

std::size_t Session::footprintBytes() const
{
    const Machine& m = *impl_->machine;
    std::size_t bytes = m.memory().frameCount() * (sizeof(FrameInfo) + sizeof(kernel::UserFrame))
        + m.memory().framesWithContents() * kPageSize + impl_->journal.size() * sizeof(Event);
    for (const kernel::SwapArea* a : impl_->kernel->swapSpace().areas())
        bytes += a->store.size() * kPageSize + a->count.size() * 2 * sizeof(u32);
    return bytes;
}

std::vector<std::unique_ptr<Session>> Session::statesDuring(
    const script::Command& cmd, const std::string& file, bool first, const std::vector<std::size_t>& at) const
{
    std::vector<std::unique_ptr<Session>> states;
    if (at.empty())
        return states;
    // Thrown from the journal's observer once the last copy is taken: the rest of the command
    // need not run (a `workload` may have millions of references after its first events).
    // Not a std::exception, so that no handler of the engine takes it for a failure; the run is
    // thrown away half-done.
    struct Enough { };
    std::unique_ptr<Session> run = clone();
    std::size_t recorded = 0;
    std::size_t next = 0; // the first of `at` not taken yet
    run->journal().setObserver([&] {
        ++recorded;
        while (next < at.size() && at[next] < recorded)
            ++next; // asked out of order, or twice
        if (next < at.size() && at[next] == recorded) {
            states.push_back(run->clone());
            ++next;
        }
        if (next == at.size())
            throw Enough {};
    });
    try {
        run->execute(cmd, file, first);
    } catch (const Enough&) {
    }
    return states;
}

RunOutcome Session::run(std::string_view source, const std::string& file, u32 firstLine)
{
    RunOutcome outcome;
    script::ParseResult parsed = script::parse(source, file, firstLine);
    if (!parsed.ok()) {
        outcome.diagnostics = std::move(parsed.diagnostics);
        return outcome;
    }
    bool first = true;
    for (const auto& cmd : parsed.script.commands) {
        outcome.commands.push_back(impl_->execute(cmd, file, first));
        first = false;
        const auto& last = outcome.commands.back();
        if (!last.ok || last.expectFailed)
            break; // nothing runs past a failed command: later ones would build on it
    }
    return outcome;
}

std::optional<bool> Session::holds(std::string_view condition, std::string* why)
{
    const std::string text = "expect " + std::string(condition);
    script::ParseResult parsed = script::parse(text, "<expect>");
    if (!parsed.ok() || parsed.script.commands.size() != 1 || parsed.script.commands[0].name != "expect") {
        if (why)
            *why = parsed.ok() ? "not a single expect condition" : parsed.diagnostics.front().message;
        return std::nullopt;
    }
    const script::Command& cmd = parsed.script.commands[0];
    const std::string file = "<expect>";
    CommandContext ctx { cmd, file, *impl_->machine, *impl_->kernel, impl_->previous, {}, {}, {}, false,
        false, nullptr };
    try {
        impl_->handlers.at("expect")(ctx);
    } catch (const std::exception& e) {
        if (why)
            *why = e.what();
        return std::nullopt;
    }
    if (why) {
        const std::string text = textOf(ctx.lines);
        *why = text.substr(0, text.find('\n'));
    }
    return !ctx.expectFailed;
}

CommandOutcome Session::execute(const script::Command& cmd, const std::string& file, bool first)
{
    return impl_->execute(cmd, file, first);
}

void Session::setProgress(ProgressHook hook)
{
    impl_->progress = std::move(hook);
}

Journal& Session::journal()
{
    return impl_->journal;
}
const Journal& Session::journal() const
{
    return impl_->journal;
}
Machine& Session::machine()
{
    return *impl_->machine;
}
const Machine& Session::machine() const
{
    return *impl_->machine;
}
kernel::Kernel& Session::kernel()
{
    return *impl_->kernel;
}
const kernel::Kernel& Session::kernel() const
{
    return *impl_->kernel;
}

} // namespace pagelab
