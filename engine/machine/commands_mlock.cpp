// Handlers of pinning: mlock, munlock, mlockall, munlockall (issue 4). A failed system call
// sets `ret` to -errno and says why, as the mmap family does (commands_kernel.cpp).
#include "journal/message.h"
#include "machine/interpreter.h"

namespace pagelab {

namespace {

using kernel::SysResult;

Message pagesText(u64 n)
{
    return counted(n, txt::kOnePage, txt::kPages);
}

u64 faultsSoFar(const Machine& m)
{
    return m.stats().minorFaults + m.stats().majorFaults;
}

using Why = std::optional<Message>; // why a system call failed, when we can tell

// "NAME: 0, ..." on success (what `more` says), "NAME: -ENOMEM (why)" on failure.
void finish(CommandContext& c, Process& p, const std::string& head, const SysResult& r, const Why& why,
    u64 faultsBefore)
{
    c.result.ret = r.ok() ? 0 : -static_cast<i64>(r.error);
    const u64 locked = c.kernel.lockedPages(p);
    const u64 faulted = faultsSoFar(c.machine) - faultsBefore;
    c.extra.field("locked", locked).field("faulted", faulted);
    const Message tail = faulted
        ? msg(txt::kLockedOfFaulted, { pagesText(locked), p.name, pagesText(faulted) })
        : msg(txt::kLockedOf, { pagesText(locked), p.name });
    const std::string error = "-" + std::string(kernel::err::name(r.error));
    if (r.ok())
        c.say(txt::kMlockDone, { head, tail });
    else if (why)
        c.say(txt::kMlockFailedWhy, { head, error, *why, tail });
    else
        c.say(txt::kMlockFailed, { head, error, tail });
}

Why rangeWhy(CommandContext& c, Process& p, int e, VAddr addr, u64 len)
{
    if (e == kernel::err::kENOMEM) {
        const VAddr end = (addr + len + kPageSize - 1) & ~(kPageSize - 1);
        for (VAddr at = addr & ~(kPageSize - 1); at < end;) {
            const kernel::Vma* v = c.kernel.mm(p).vmas.find(at);
            if (!v)
                return msg(txt::kWhyHole, { hex(at) });
            at = v->end;
        }
        return msg(txt::kWhyNotFaultedIn);
    }
    if (e == kernel::err::kEINVAL)
        return msg(txt::kRangeWraps);
    return std::nullopt;
}

void cmdMlock(CommandContext& c)
{
    Process& p = c.process(0);
    const VAddr addr = c.cmd.args.at(1).number;
    const u64 len = c.cmd.args.at(2).number;
    const u64 before = faultsSoFar(c.machine);
    const SysResult r = c.kernel.mlock(p, addr, len);
    finish(c, p, "mlock " + p.name + " " + hex(addr) + " " + hex(len), r,
        r.ok() ? Why {} : rangeWhy(c, p, r.error, addr, len), before);
}

void cmdMunlock(CommandContext& c)
{
    Process& p = c.process(0);
    const VAddr addr = c.cmd.args.at(1).number;
    const u64 len = c.cmd.args.at(2).number;
    const u64 before = faultsSoFar(c.machine);
    const SysResult r = c.kernel.munlock(p, addr, len);
    finish(c, p, "munlock " + p.name + " " + hex(addr) + " " + hex(len), r,
        r.ok() ? Why {} : rangeWhy(c, p, r.error, addr, len), before);
}

void cmdMlockall(CommandContext& c)
{
    Process& p = c.process(0);
    const bool current = c.cmd.hasFlag("current"), future = c.cmd.hasFlag("future"),
               onFault = c.cmd.hasFlag("onfault");
    const u64 before = faultsSoFar(c.machine);
    const SysResult r = c.kernel.mlockall(p, current, future, onFault);
    std::string flags;
    for (auto [on, word] : { std::pair { current, "MCL_CURRENT" }, std::pair { future, "MCL_FUTURE" },
             std::pair { onFault, "MCL_ONFAULT" } })
        if (on)
            flags += (flags.empty() ? "" : "|") + std::string(word);
    finish(c, p, "mlockall " + p.name + " " + flags, r, r.ok() ? Why {} : msg(txt::kWhyOnfaultAlone), before);
    if (r.ok() && future)
        c.say(onFault ? txt::kFutureLockedOnFault : txt::kFutureLocked, { p.name });
}

void cmdMunlockall(CommandContext& c)
{
    Process& p = c.process(0);
    const u64 before = faultsSoFar(c.machine);
    finish(c, p, "munlockall " + p.name, c.kernel.munlockall(p), Why {}, before);
}

} // namespace

const std::vector<std::pair<std::string, CommandHandler>>& mlockCommands()
{
    static const std::vector<std::pair<std::string, CommandHandler>> table {
        { "mlock", cmdMlock },
        { "munlock", cmdMunlock },
        { "mlockall", cmdMlockall },
        { "munlockall", cmdMunlockall },
    };
    return table;
}

} // namespace pagelab
