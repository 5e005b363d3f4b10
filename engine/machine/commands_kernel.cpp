// Handlers of the kernel half of the language: fork, exit, the mmap family, files, shm,
// devices, msync/sync. The user-mode accesses are in commands_access.cpp.
//
// A system call that fails is not a failed command: the command succeeds with `ret` set to
// -errno (as the C library's syscall() would return it) and says why. Only scenario
// mistakes (an unknown process, file, shm object or device name, a value that does not fit)
// stop the run with FILE:LINE:COLUMN: error.
#include "hw/paging_entry.h"
#include "journal/message.h"
#include "machine/interpreter.h"

#include <algorithm>

namespace pagelab {

namespace {

using kernel::Kernel;
using kernel::SysResult;

std::string errnoText(int e)
{
    return "-" + std::string(kernel::err::name(e));
}

using Why = std::optional<Message>; // why a system call failed, when we can tell

// Sets `ret` and, on failure, says "NAME: -EINVAL (why)".
bool report(CommandContext& c, const std::string& head, const SysResult& r, const Why& why)
{
    c.result.ret = r.ok() ? 0 : -static_cast<i64>(r.error);
    if (!r.ok()) {
        if (why)
            c.say(txt::kSyscallFailedWhy, { head, errnoText(r.error), *why });
        else
            c.say(txt::kHeadAndRest, { head, errnoText(r.error) });
    }
    return r.ok();
}

std::string protText(u64 prot)
{
    std::string s;
    s += prot & kernel::vm::READ ? 'r' : '-';
    s += prot & kernel::vm::WRITE ? 'w' : '-';
    s += prot & kernel::vm::EXEC ? 'x' : '-';
    return s;
}

Message pagesText(u64 n)
{
    return counted(n, txt::kOnePage, txt::kPages);
}
Message vmasText(u64 n)
{
    return counted(n, txt::kOneVma, txt::kVmas);
}

bool aligned(u64 v)
{
    return (v & (kPageSize - 1)) == 0;
}

// The first address of [start, end) that no VMA covers (mprotect/msync say ENOMEM there).
std::optional<VAddr> firstHole(const kernel::VmaTree& vmas, VAddr start, VAddr end)
{
    VAddr at = start & ~(kPageSize - 1);
    while (at < end) {
        const kernel::Vma* v = vmas.find(at);
        if (!v)
            return at;
        at = v->end;
    }
    return std::nullopt;
}

// Why a syscall on [addr, addr + len) failed, in the words of the man pages.
Why rangeWhy(CommandContext& c, Process& p, int e, VAddr addr, u64 len)
{
    if (e == kernel::err::kEINVAL) {
        if (!aligned(addr))
            return msg(txt::kWhyNotAligned, { hex(addr) });
        if (len == 0)
            return msg(txt::kWhyLengthZero);
        if (addr + len < addr || addr + len > kernel::taskSizeMax(c.machine.cpu().mode))
            return msg(txt::kWhyPastTaskSize);
        return msg(txt::kWhyInvalid);
    }
    if (e == kernel::err::kENOMEM) {
        if (auto hole = firstHole(c.kernel.mm(p).vmas, addr, addr + len))
            return msg(txt::kWhyHole, { hex(*hole) });
        return msg(txt::kWhyOutOfMemory);
    }
    if (e == kernel::err::kEACCES)
        return msg(txt::kWhyReadOnlyObject);
    return std::nullopt;
}

void cmdFork(CommandContext& c)
{
    Process& parent = c.process(1);
    const std::string& child = c.cmd.args.at(0).word;
    if (c.machine.findProcess(child))
        c.failAt(c.cmd.args.at(0), txt::kProcessExists, { child });
    Process* forked = c.kernel.fork(parent, child);
    if (!forked) {
        report(c, "fork " + parent.name, kernel::SysResult { kernel::err::kENOMEM },
            c.kernel.oomKilled(parent) ? msg(txt::kWhyForkNoFrameParentKilled, { parent.name })
                                       : msg(txt::kWhyForkNoFrame));
        return;
    }
    Process& p = *forked;
    c.result.ret = p.pid; // what fork() returns in the parent
    c.say(txt::kForked, { parent.name, child, dec(p.pid), vmasText(c.kernel.mm(p).vmas.size()) });
}

void cmdExit(CommandContext& c)
{
    Process& p = c.process(0);
    const std::string name = p.name;
    const u64 freeBefore = c.machine.frames().freeFrames();
    c.kernel.exit(p);
    const u64 freed = c.machine.frames().freeFrames() - freeBefore;
    c.result.ret = 0;
    c.say(txt::kExited, { name, counted(freed, txt::kOneFrame, txt::kFrames) });
    c.extra.field("freed", freed);
}

// How the new mapping got its frames: asked for (populate, locked), through mlockall(MCL_FUTURE),
// or not yet (the first access faults them in).
Message describeFill(kernel::Kernel& k, Process& p, VAddr addr, const kernel::Kernel::MmapArgs& a)
{
    const kernel::Vma* v = k.mm(p).vmas.find(addr);
    const bool locked = a.locked || (v && (v->flags & kernel::vm::LOCKED));
    const bool onFault = v && (v->flags & kernel::vm::LOCKONFAULT);
    if (a.populate)
        return msg(!locked ? txt::kFillPopulated
                : a.locked ? txt::kFillPopulatedLocked
                           : txt::kFillPopulatedLockedFuture);
    if (!locked)
        return msg(txt::kFillNone);
    if (a.locked)
        return msg(onFault ? txt::kFillLockedOnFault : txt::kFillLocked);
    return msg(onFault ? txt::kFillLockedFutureOnFault : txt::kFillLockedFuture);
}

void cmdMmap(CommandContext& c)
{
    Process& p = c.process(0);
    Kernel::MmapArgs a;
    a.len = c.cmd.option("len")->number;
    if (const auto* v = c.cmd.option("at"))
        a.at = v->number;
    if (const auto* v = c.cmd.option("prot"))
        a.prot = v->number;
    a.shared = c.cmd.hasFlag("shared");
    a.fixed = c.cmd.hasFlag("fixed");
    a.populate = c.cmd.hasFlag("populate");
    a.locked = c.cmd.hasFlag("locked");
    if (const auto* v = c.cmd.option("file")) {
        if (!c.kernel.findFile(v->word))
            c.failAt(*v, txt::kNoFile, { v->word });
        a.backing = kernel::Backing::File;
        a.object = v->word;
        if (const auto* o = c.cmd.option("offset"))
            a.offset = o->number;
    } else if (const auto* v = c.cmd.option("shm")) {
        const kernel::ShmObject* s = c.kernel.findShm(v->word);
        if (!s || s->unlinked) {
            // No such name in /dev/shm (never created, or unlinked): shm_open(name) fails with
            // ENOENT before any mmap.
            c.result.ret = -static_cast<i64>(kernel::err::kENOENT);
            c.say(txt::kSyscallFailedWhy,
                { "mmap " + p.name, errnoText(kernel::err::kENOENT),
                    msg(txt::kWhyNoShmObject, { v->word }) });
            return;
        }
        a.backing = kernel::Backing::Shm;
        a.object = v->word;
    }
    if (a.fixed && !a.at)
        c.fail(txt::kFixedNeedsAt);
    const SysResult r = c.kernel.mmap(p, a);
    Why why;
    if (!r.ok()) {
        if (r.error == kernel::err::kEINVAL && a.len == 0)
            why = verbatim("len=0");
        else if (r.error == kernel::err::kEINVAL && a.fixed && !aligned(*a.at))
            why = msg(txt::kWhyFixedNotAligned, { hex(*a.at) });
        else if (r.error == kernel::err::kEINVAL && !aligned(a.offset))
            why = msg(txt::kWhyOffsetNotAligned);
        else if (r.error == kernel::err::kENOMEM)
            why = a.fixed ? msg(txt::kWhyFixedPastEnd) : msg(txt::kWhyNoFreeRange, { hex(a.len) });
        else if (r.error == kernel::err::kEOVERFLOW)
            why = msg(txt::kWhyOverflow);
        else
            why = rangeWhy(c, p, r.error, a.at.value_or(0), a.len);
    }
    if (!report(c, "mmap " + p.name, r, why))
        return;
    c.result.addr = r.addr;
    const u64 len = (a.len + kPageSize - 1) & ~(kPageSize - 1);
    const Message what = a.backing == kernel::Backing::Anon ? msg(txt::kMappedAnonymous)
        : a.backing == kernel::Backing::File ? msg(txt::kMappedFile, { a.object, hex(a.offset) })
                                             : msg(txt::kMappedShm, { a.object });
    c.say(txt::kMapped,
        { p.name, hex(r.addr), hex(r.addr + len), protText(a.prot) + (a.shared ? "s" : "p"), what,
            pagesText(len >> kPageShift), describeFill(c.kernel, p, r.addr, a) });
}

void cmdMunmap(CommandContext& c)
{
    Process& p = c.process(0);
    const VAddr addr = c.cmd.args.at(1).number;
    const u64 len = c.cmd.args.at(2).number;
    const std::size_t from = c.machine.journal().size();
    const SysResult r = c.kernel.munmap(p, addr, len);
    // Tables freed with the gap (Kernel::freeGapTables) clear their entry in the table above.
    u64 tables = 0;
    const std::vector<Event>& events = c.machine.journal().events();
    for (std::size_t i = from; i < events.size(); ++i)
        if (const auto* w = std::get_if<ev::PteWrite>(&events[i].data); w && w->level > 1 && w->newEntry == 0)
            ++tables;
    if (!report(c, "munmap " + p.name, r, r.ok() ? Why {} : rangeWhy(c, p, r.error, addr, len)))
        return;
    const Message vmas = vmasText(c.kernel.mm(p).vmas.size());
    if (tables)
        c.say(txt::kUnmappedTables,
            { p.name, hex(addr), hex(len), vmas, counted(tables, txt::kOnePageTable, txt::kPageTables) });
    else
        c.say(txt::kUnmapped, { p.name, hex(addr), hex(len), vmas });
}

void cmdMprotect(CommandContext& c)
{
    Process& p = c.process(0);
    const VAddr addr = c.cmd.args.at(1).number;
    const u64 len = c.cmd.args.at(2).number;
    const u64 prot = c.cmd.args.at(3).number;
    const SysResult r = c.kernel.mprotect(p, addr, len, prot);
    if (report(c, "mprotect " + p.name, r, r.ok() ? Why {} : rangeWhy(c, p, r.error, addr, len)))
        c.say(txt::kProtected,
            { p.name, hex(addr), hex(len), protText(prot), vmasText(c.kernel.mm(p).vmas.size()) });
}

u64 dirtyPages(const Kernel& k)
{
    u64 n = 0;
    for (const auto& f : k.files())
        for (const auto& [index, dirty] : f->dirty)
            n += dirty ? 1 : 0;
    return n;
}

void cmdMsync(CommandContext& c)
{
    Process& p = c.process(0);
    const VAddr addr = c.cmd.args.at(1).number;
    const u64 len = c.cmd.args.at(2).number;
    const u64 before = dirtyPages(c.kernel);
    const SysResult r = c.kernel.msync(p, addr, len);
    if (report(c, "msync " + p.name, r, r.ok() ? Why {} : rangeWhy(c, p, r.error, addr, len))) {
        const u64 after = dirtyPages(c.kernel);
        const u64 written = before > after ? before - after : 0;
        c.say(txt::kSynced, { p.name, hex(addr), hex(len), pagesText(written) });
        c.extra.field("written", written);
    }
}

void cmdSync(CommandContext& c)
{
    const u64 written = c.kernel.sync();
    c.result.ret = 0;
    c.say(txt::kSyncAll, { pagesText(written) });
    c.extra.field("written", written);
}

std::vector<u8> fillBytes(const script::Value* v)
{
    if (!v)
        return {};
    if (v->type == script::ValueType::Number)
        return { static_cast<u8>(v->number) };
    return v->bytes;
}

void cmdFile(CommandContext& c)
{
    const auto& nameArg = c.cmd.args.at(0);
    if (c.kernel.findFile(nameArg.word))
        c.failAt(nameArg, txt::kFileExists, { nameArg.word });
    const u64 size = c.cmd.option("size")->number;
    const script::Value* fill = c.cmd.option("fill");
    if (!fill)
        fill = c.cmd.option("byte");
    const SysResult r = c.kernel.createFile(nameArg.word, size, fillBytes(fill));
    if (!r.ok())
        c.fail(txt::kCannotCreateFile, { nameArg.word, std::string(kernel::err::name(r.error)) });
    c.say(txt::kFileCreated, { nameArg.word, dec(size), pagesText((size + kPageSize - 1) >> kPageShift) });
}

void cmdShmOpen(CommandContext& c)
{
    const std::string& name = c.cmd.args.at(0).word;
    const u64 size = c.cmd.option("size")->number;
    const SysResult r = c.kernel.shmOpen(name, size);
    if (report(c, "shm_open " + name, r, r.error == kernel::err::kEEXIST ? msg(txt::kWhyShmExists) : Why {}))
        c.say(txt::kShmCreated, { name, dec(size), pagesText((size + kPageSize - 1) >> kPageShift) });
}

void cmdShmUnlink(CommandContext& c)
{
    const std::string& name = c.cmd.args.at(0).word;
    const kernel::ShmObject* s = c.kernel.findShm(name);
    const u32 mappings = s ? s->mappings : 0; // read now: unlinking may free the object
    const SysResult r = c.kernel.shmUnlink(name);
    if (!report(
            c, "shm_unlink " + name, r, r.error == kernel::err::kENOENT ? msg(txt::kWhyNoShmName) : Why {}))
        return;
    if (mappings)
        c.say(txt::kShmUnlinkedInUse, { name, counted(mappings, txt::kOneMapping, txt::kMappings) });
    else
        c.say(txt::kShmUnlinked, { name });
}

void cmdDevice(CommandContext& c)
{
    const auto& nameArg = c.cmd.args.at(0);
    if (c.kernel.findDevice(nameArg.word))
        c.failAt(nameArg, txt::kDeviceExists, { nameArg.word });
    const auto* pfn = c.cmd.option("pfn");
    const auto* pages = c.cmd.option("pages");
    const u64 ram = c.machine.memory().frameCount();
    if (pfn->number < ram)
        c.failAt(*pfn, txt::kDeviceInRam, { dec(pfn->number), dec(ram - 1), dec(ram) });
    if (pages->number == 0)
        c.failAt(*pages, txt::kDeviceNoPages);
    const SysResult r
        = c.kernel.createDevice(nameArg.word, pfn->number, pages->number, fillBytes(c.cmd.option("fill")));
    if (!r.ok())
        c.fail(txt::kCannotCreateDevice, { nameArg.word, std::string(kernel::err::name(r.error)) });
    c.say(txt::kDeviceCreated,
        { nameArg.word, pagesText(pages->number), dec(pfn->number), dec(pfn->number + pages->number - 1),
            hex(pfn->number << kPageShift) });
}

void cmdDriverMmap(CommandContext& c)
{
    Process& p = c.process(0);
    const auto& dev = c.cmd.args.at(1);
    if (!c.kernel.findDevice(dev.word))
        c.failAt(dev, txt::kNoDevice, { dev.word });
    const u64 len = c.cmd.option("len")->number;
    std::optional<VAddr> at;
    if (const auto* v = c.cmd.option("at"))
        at = v->number;
    const u64 prot = c.cmd.has("prot") ? c.cmd.option("prot")->number : kernel::vm::READ | kernel::vm::WRITE;
    const u64 pgoff = c.cmd.has("pgoff") ? c.cmd.option("pgoff")->number : 0;
    const SysResult r = c.kernel.driverMmap(p, dev.word, len, at, prot, pgoff);
    Why why;
    if (r.error == kernel::err::kEINVAL)
        why = len == 0 ? verbatim("len=0") : msg(txt::kWhyPastDevice);
    else if (!r.ok())
        why = rangeWhy(c, p, r.error, at.value_or(0), len);
    if (!report(c, "driver_mmap " + p.name, r, why))
        return;
    c.result.addr = r.addr;
    const u64 n = (len + kPageSize - 1) >> kPageShift;
    const kernel::Device* d = c.kernel.findDevice(dev.word);
    const u64 filled = pgoff >= d->pages ? 0 : std::min(n, d->pages - pgoff);
    const std::string from = hex(r.addr), to = hex(r.addr + (n << kPageShift));
    if (filled < n)
        c.say(txt::kDriverMappedPastDevice,
            { p.name, dev.word, from, to, protText(prot), pagesText(filled), pagesText(n - filled) });
    else
        c.say(txt::kDriverMapped, { p.name, dev.word, from, to, protText(prot), pagesText(filled) });
}

} // namespace

std::string errorCodeText(u32 e)
{
    std::string s = e & 1 ? "protection" : "not-present";
    s += e & 4 ? " user" : " supervisor";
    s += e & 16 ? " fetch" : e & 2 ? " write" : " read";
    if (e & 8)
        s += ", reserved bit";
    return s;
}

const std::vector<std::pair<std::string, CommandHandler>>& kernelCommands()
{
    static const std::vector<std::pair<std::string, CommandHandler>> table {
        { "fork", cmdFork },
        { "exit", cmdExit },
        { "mmap", cmdMmap },
        { "munmap", cmdMunmap },
        { "mprotect", cmdMprotect },
        { "msync", cmdMsync },
        { "sync", cmdSync },
        { "file", cmdFile },
        { "shm_open", cmdShmOpen },
        { "shm_unlink", cmdShmUnlink },
        { "device", cmdDevice },
        { "driver_mmap", cmdDriverMmap },
    };
    return table;
}

} // namespace pagelab
