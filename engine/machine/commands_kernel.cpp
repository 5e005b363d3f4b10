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

// Sets `ret` and says "NAME: 0" or "NAME: -EINVAL (why)".
bool report(CommandContext& c, const std::string& head, const SysResult& r, const std::string& why)
{
    c.result.ret = r.ok() ? 0 : -static_cast<i64>(r.error);
    if (!r.ok())
        c.say(head + ": " + errnoText(r.error) + (why.empty() ? "" : " (" + why + ")"));
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

std::string plural(u64 n, const std::string& word)
{
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}
std::string pagesText(u64 n)
{
    return plural(n, "page");
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
std::string rangeWhy(CommandContext& c, Process& p, int e, VAddr addr, u64 len)
{
    if (e == kernel::err::kEINVAL) {
        if (!aligned(addr))
            return hex(addr) + " is not page aligned";
        if (len == 0)
            return "the length is 0";
        if (addr + len < addr || addr + len > kernel::taskSizeMax(c.machine.cpu().mode))
            return "the range goes past the end of user space (TASK_SIZE)";
        return "invalid argument";
    }
    if (e == kernel::err::kENOMEM) {
        if (auto hole = firstHole(c.kernel.mm(p).vmas, addr, addr + len))
            return "no mapping at " + hex(*hole) + ": part of the range is not mapped";
        return "out of memory";
    }
    if (e == kernel::err::kEACCES)
        return "the mapping's object does not allow it (a shared mapping of an object opened read-only)";
    return {};
}

void cmdFork(CommandContext& c)
{
    Process& parent = c.process(1);
    const std::string& child = c.cmd.args.at(0).word;
    if (c.machine.findProcess(child))
        c.failAt(c.cmd.args.at(0), "a process named '" + child + "' already exists");
    Process* forked = c.kernel.fork(parent, child);
    if (!forked) {
        report(c, "fork " + parent.name, kernel::SysResult { kernel::err::kENOMEM },
            "no frame for the child's page tables, even after reclaim and the OOM killer"
                + std::string(c.kernel.oomKilled(parent)
                        ? "; the OOM killer chose " + parent.name + ": SIGKILL on its return to user space"
                        : ""));
        return;
    }
    Process& p = *forked;
    c.result.ret = p.pid; // what fork() returns in the parent
    c.say("fork " + parent.name + " -> " + child + ": pid " + std::to_string(p.pid) + ", "
        + plural(c.kernel.mm(p).vmas.size(), "VMA")
        + " copied; private writable pages are now copy-on-write in both");
}

void cmdExit(CommandContext& c)
{
    Process& p = c.process(0);
    const std::string name = p.name;
    const u64 freeBefore = c.machine.frames().freeFrames();
    c.kernel.exit(p);
    const u64 freed = c.machine.frames().freeFrames() - freeBefore;
    c.result.ret = 0;
    c.say("exit " + name + ": address space torn down, " + std::to_string(freed) + " frame"
        + (freed == 1 ? "" : "s") + " freed");
    c.extra.field("freed", freed);
}

// How the new mapping got its frames: asked for (populate, locked), through mlockall(MCL_FUTURE),
// or not yet (the first access faults them in).
std::string describeFill(kernel::Kernel& k, Process& p, VAddr addr, const kernel::Kernel::MmapArgs& a)
{
    const kernel::Vma* v = k.mm(p).vmas.find(addr);
    const bool locked = a.locked || (v && (v->flags & kernel::vm::LOCKED));
    const bool onFault = v && (v->flags & kernel::vm::LOCKONFAULT);
    std::string s = a.populate ? ", populated" : "";
    if (locked)
        s += a.locked ? ", locked" : ", locked by mlockall(MCL_FUTURE)";
    if (a.populate || (locked && !onFault))
        return s;
    return s + " (no frames yet: the first access faults them in)";
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
            c.failAt(*v, "no file named '" + v->word + "' (create one with: file " + v->word + " size=SIZE)");
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
            c.say("mmap " + p.name + ": " + errnoText(kernel::err::kENOENT)
                + " (shm_open: no shared memory object named '" + v->word + "')");
            return;
        }
        a.backing = kernel::Backing::Shm;
        a.object = v->word;
    }
    if (a.fixed && !a.at)
        c.fail("fixed needs at=ADDR: MAP_FIXED maps exactly there");
    const SysResult r = c.kernel.mmap(p, a);
    std::string why;
    if (!r.ok()) {
        if (r.error == kernel::err::kEINVAL && a.len == 0)
            why = "len=0";
        else if (r.error == kernel::err::kEINVAL && a.fixed && !aligned(*a.at))
            why = "at=" + hex(*a.at) + " is not page aligned, which MAP_FIXED requires";
        else if (r.error == kernel::err::kEINVAL && !aligned(a.offset))
            why = "offset= is not a multiple of the page size";
        else if (r.error == kernel::err::kENOMEM)
            why = a.fixed ? "the range does not fit below the end of user space"
                          : "no free range of " + hex(a.len) + " bytes in the address space";
        else if (r.error == kernel::err::kEOVERFLOW)
            why = "offset + len overflows";
        else
            why = rangeWhy(c, p, r.error, a.at.value_or(0), a.len);
    }
    if (!report(c, "mmap " + p.name, r, why))
        return;
    c.result.addr = r.addr;
    const u64 len = (a.len + kPageSize - 1) & ~(kPageSize - 1);
    std::string what = a.backing == kernel::Backing::Anon ? "anonymous"
        : a.backing == kernel::Backing::File              ? "file " + a.object + " at offset " + hex(a.offset)
                                                          : "shm " + a.object;
    c.say("mmap " + p.name + ": " + hex(r.addr) + "-" + hex(r.addr + len) + " " + protText(a.prot)
        + (a.shared ? "s" : "p") + " " + what + ", " + pagesText(len >> kPageShift)
        + describeFill(c.kernel, p, r.addr, a));
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
    if (report(c, "munmap " + p.name, r, r.ok() ? "" : rangeWhy(c, p, r.error, addr, len)))
        c.say("munmap " + p.name + " " + hex(addr) + " " + hex(len) + ": 0, "
            + plural(c.kernel.mm(p).vmas.size(), "VMA") + " left"
            + (tables ? ", " + plural(tables, "page table") + " freed" : ""));
}

void cmdMprotect(CommandContext& c)
{
    Process& p = c.process(0);
    const VAddr addr = c.cmd.args.at(1).number;
    const u64 len = c.cmd.args.at(2).number;
    const u64 prot = c.cmd.args.at(3).number;
    const SysResult r = c.kernel.mprotect(p, addr, len, prot);
    if (report(c, "mprotect " + p.name, r, r.ok() ? "" : rangeWhy(c, p, r.error, addr, len)))
        c.say("mprotect " + p.name + " " + hex(addr) + " " + hex(len) + " " + protText(prot) + ": 0, "
            + plural(c.kernel.mm(p).vmas.size(), "VMA"));
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
    if (report(c, "msync " + p.name, r, r.ok() ? "" : rangeWhy(c, p, r.error, addr, len))) {
        const u64 after = dirtyPages(c.kernel);
        const u64 written = before > after ? before - after : 0;
        c.say("msync " + p.name + " " + hex(addr) + " " + hex(len) + ": 0, " + pagesText(written)
            + " written back");
        c.extra.field("written", written);
    }
}

void cmdSync(CommandContext& c)
{
    const u64 written = c.kernel.sync();
    c.result.ret = 0;
    c.say("sync: " + pagesText(written) + " written back");
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
        c.failAt(nameArg, "a file named '" + nameArg.word + "' already exists");
    const u64 size = c.cmd.option("size")->number;
    const script::Value* fill = c.cmd.option("fill");
    if (!fill)
        fill = c.cmd.option("byte");
    const SysResult r = c.kernel.createFile(nameArg.word, size, fillBytes(fill));
    if (!r.ok())
        c.fail("cannot create file '" + nameArg.word + "': " + std::string(kernel::err::name(r.error)));
    c.say("file " + nameArg.word + ": " + std::to_string(size) + " bytes ("
        + pagesText((size + kPageSize - 1) >> kPageShift) + ") on disk, none in the page cache yet");
}

void cmdShmOpen(CommandContext& c)
{
    const std::string& name = c.cmd.args.at(0).word;
    const u64 size = c.cmd.option("size")->number;
    const SysResult r = c.kernel.shmOpen(name, size);
    if (report(
            c, "shm_open " + name, r, r.error == kernel::err::kEEXIST ? "an object of that name exists" : ""))
        c.say("shm_open " + name + ": /dev/shm/" + name + ", " + std::to_string(size) + " bytes ("
            + pagesText((size + kPageSize - 1) >> kPageShift) + "), no frames until first touched");
}

void cmdShmUnlink(CommandContext& c)
{
    const std::string& name = c.cmd.args.at(0).word;
    const kernel::ShmObject* s = c.kernel.findShm(name);
    const u32 mappings = s ? s->mappings : 0; // read now: unlinking may free the object
    const SysResult r = c.kernel.shmUnlink(name);
    if (!report(c, "shm_unlink " + name, r, r.error == kernel::err::kENOENT ? "no object of that name" : ""))
        return;
    c.say("shm_unlink " + name + ": 0, the name is gone"
        + (mappings ? "; the object lives on while " + plural(mappings, "mapping") + " still use it"
                    : " and so is the object"));
}

void cmdDevice(CommandContext& c)
{
    const auto& nameArg = c.cmd.args.at(0);
    if (c.kernel.findDevice(nameArg.word))
        c.failAt(nameArg, "a device named '" + nameArg.word + "' already exists");
    const auto* pfn = c.cmd.option("pfn");
    const auto* pages = c.cmd.option("pages");
    const u64 ram = c.machine.memory().frameCount();
    if (pfn->number < ram)
        c.failAt(*pfn,
            "pfn=" + std::to_string(pfn->number) + " is RAM (frames 0 to " + std::to_string(ram - 1)
                + "): device memory must start at frame " + std::to_string(ram) + " or above");
    if (pages->number == 0)
        c.failAt(*pages, "pages=0: a device needs at least one page");
    const SysResult r
        = c.kernel.createDevice(nameArg.word, pfn->number, pages->number, fillBytes(c.cmd.option("fill")));
    if (!r.ok())
        c.fail("cannot create device '" + nameArg.word + "': " + std::string(kernel::err::name(r.error)));
    c.say("device " + nameArg.word + ": " + pagesText(pages->number) + " of device memory at frames "
        + std::to_string(pfn->number) + "-" + std::to_string(pfn->number + pages->number - 1) + " (physical "
        + hex(pfn->number << kPageShift) + ", outside RAM)");
}

void cmdDriverMmap(CommandContext& c)
{
    Process& p = c.process(0);
    const auto& dev = c.cmd.args.at(1);
    if (!c.kernel.findDevice(dev.word))
        c.failAt(dev,
            "no device named '" + dev.word + "' (create one with: device " + dev.word + " pfn=N pages=N)");
    const u64 len = c.cmd.option("len")->number;
    std::optional<VAddr> at;
    if (const auto* v = c.cmd.option("at"))
        at = v->number;
    const u64 prot = c.cmd.has("prot") ? c.cmd.option("prot")->number : kernel::vm::READ | kernel::vm::WRITE;
    const u64 pgoff = c.cmd.has("pgoff") ? c.cmd.option("pgoff")->number : 0;
    const SysResult r = c.kernel.driverMmap(p, dev.word, len, at, prot, pgoff);
    std::string why;
    if (r.error == kernel::err::kEINVAL)
        why = len == 0 ? "len=0" : "the range asked for goes past the device's pages (pgoff + pages)";
    else if (!r.ok())
        why = rangeWhy(c, p, r.error, at.value_or(0), len);
    if (!report(c, "driver_mmap " + p.name, r, why))
        return;
    c.result.addr = r.addr;
    const u64 n = (len + kPageSize - 1) >> kPageShift;
    const kernel::Device* d = c.kernel.findDevice(dev.word);
    const u64 filled = pgoff >= d->pages ? 0 : std::min(n, d->pages - pgoff);
    c.say("driver_mmap " + p.name + " " + dev.word + ": " + hex(r.addr) + "-"
        + hex(r.addr + (n << kPageShift)) + " " + protText(prot) + "s, remap_pfn_range filled "
        + pagesText(filled) + " now (VM_IO | VM_PFNMAP | VM_DONTEXPAND | VM_DONTDUMP)"
        + (filled < n
                ? "; past the device: " + pagesText(n - filled) + " of the VMA, where an access is SIGBUS"
                : ""));
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
