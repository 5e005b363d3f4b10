// Handlers of pinning: mlock, munlock, mlockall, munlockall (issue 4). A failed system call
// sets `ret` to -errno and says why, as the mmap family does (commands_kernel.cpp).
#include "journal/message.h"
#include "machine/interpreter.h"

namespace pagelab {

namespace {

using kernel::SysResult;

std::string pagesText(u64 n)
{
    return std::to_string(n) + (n == 1 ? " page" : " pages");
}

u64 faultsSoFar(const Machine& m)
{
    return m.stats().minorFaults + m.stats().majorFaults;
}

// "NAME: 0, ..." on success (what `more` says), "NAME: -ENOMEM (why)" on failure.
void finish(CommandContext& c, Process& p, const std::string& head, const SysResult& r,
    const std::string& why, u64 faultsBefore)
{
    c.result.ret = r.ok() ? 0 : -static_cast<i64>(r.error);
    const u64 locked = c.kernel.lockedPages(p);
    const u64 faulted = faultsSoFar(c.machine) - faultsBefore;
    c.extra.field("locked", locked).field("faulted", faulted);
    const std::string tail = pagesText(locked) + " of " + p.name + " locked"
        + (faulted ? ", " + pagesText(faulted) + " faulted in" : "");
    if (r.ok())
        c.say(head + ": 0, " + tail);
    else
        c.say(head + ": -" + std::string(kernel::err::name(r.error)) + (why.empty() ? "" : " (" + why + ")")
            + "; " + tail);
}

std::string rangeWhy(CommandContext& c, Process& p, int e, VAddr addr, u64 len)
{
    if (e == kernel::err::kENOMEM) {
        const VAddr end = (addr + len + kPageSize - 1) & ~(kPageSize - 1);
        for (VAddr at = addr & ~(kPageSize - 1); at < end;) {
            const kernel::Vma* v = c.kernel.mm(p).vmas.find(at);
            if (!v)
                return "no mapping at " + hex(at) + ": part of the range is not mapped";
            at = v->end;
        }
        return "a page of the range could not be faulted in";
    }
    if (e == kernel::err::kEINVAL)
        return "the range wraps around the end of the address space";
    return {};
}

void cmdMlock(CommandContext& c)
{
    Process& p = c.process(0);
    const VAddr addr = c.cmd.args.at(1).number;
    const u64 len = c.cmd.args.at(2).number;
    const u64 before = faultsSoFar(c.machine);
    const SysResult r = c.kernel.mlock(p, addr, len);
    finish(c, p, "mlock " + p.name + " " + hex(addr) + " " + hex(len), r,
        r.ok() ? "" : rangeWhy(c, p, r.error, addr, len), before);
}

void cmdMunlock(CommandContext& c)
{
    Process& p = c.process(0);
    const VAddr addr = c.cmd.args.at(1).number;
    const u64 len = c.cmd.args.at(2).number;
    const u64 before = faultsSoFar(c.machine);
    const SysResult r = c.kernel.munlock(p, addr, len);
    finish(c, p, "munlock " + p.name + " " + hex(addr) + " " + hex(len), r,
        r.ok() ? "" : rangeWhy(c, p, r.error, addr, len), before);
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
    finish(c, p, "mlockall " + p.name + " " + flags, r,
        r.ok() ? "" : "MCL_ONFAULT needs MCL_CURRENT or MCL_FUTURE", before);
    if (r.ok() && future)
        c.say("later mappings of " + p.name + " are locked"
            + std::string(onFault ? " as their pages fault in" : " and faulted in at once"));
}

void cmdMunlockall(CommandContext& c)
{
    Process& p = c.process(0);
    const u64 before = faultsSoFar(c.machine);
    finish(c, p, "munlockall " + p.name, c.kernel.munlockall(p), "", before);
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
