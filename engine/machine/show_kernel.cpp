// `show` views of the kernel's state: vmas (like /proc/PID/maps), process, frames with what
// each user frame holds, and the page cache.
#include "journal/message.h"
#include "machine/interpreter.h"

namespace pagelab {

namespace {

using kernel::Backing;

std::string perms(u64 flags)
{
    std::string s;
    s += flags & kernel::vm::READ ? 'r' : '-';
    s += flags & kernel::vm::WRITE ? 'w' : '-';
    s += flags & kernel::vm::EXEC ? 'x' : '-';
    s += flags & kernel::vm::SHARED ? 's' : 'p';
    return s;
}

// The VM_* flags beyond rwxs, by the names of /proc/PID/smaps "VmFlags" (lowercase words).
std::vector<std::string> extraFlags(u64 flags)
{
    static const std::pair<u64, const char*> names[] = {
        { kernel::vm::GROWSDOWN, "growsdown" },
        { kernel::vm::PFNMAP, "pfnmap" },
        { kernel::vm::LOCKED, "locked" },
        { kernel::vm::IO, "io" },
        { kernel::vm::DONTEXPAND, "dontexpand" },
        { kernel::vm::LOCKONFAULT, "lockonfault" },
        { kernel::vm::DONTDUMP, "dontdump" },
    };
    std::vector<std::string> out;
    for (const auto& [bit, name] : names)
        if (flags & bit)
            out.emplace_back(name);
    return out;
}

std::string hex16(u64 v)
{
    static const char* digits = "0123456789abcdef";
    std::string s(16, '0');
    for (int i = 15; i >= 0; --i, v >>= 4)
        s[static_cast<std::size_t>(i)] = digits[v & 15];
    // /proc/PID/maps prints at least 8 digits; trim leading zeros beyond that.
    const auto nz = s.find_first_not_of('0');
    return s.substr(std::min<std::size_t>(nz == std::string::npos ? 8 : nz, 8));
}

std::string objectName(const kernel::Kernel& k, Backing kind, u32 id)
{
    if (kind == Backing::File) {
        for (const auto& f : k.files())
            if (f->id == id)
                return f->name;
    } else if (kind == Backing::Shm) {
        for (const auto& s : k.shms())
            if (s->id == id)
                return s->name;
    } else if (kind == Backing::Device) {
        for (const auto& d : k.devices())
            if (d->id == id)
                return d->name;
    }
    return "#" + std::to_string(id);
}

// True while the page is held by its file's page cache or its shm object (one of its refs).
bool heldByObject(const kernel::Kernel& k, Pfn pfn, const kernel::PageMeta& m)
{
    if (m.kind == Backing::File) {
        for (const auto& f : k.files())
            if (f->id == m.object) {
                auto it = f->cache.find(m.index);
                return it != f->cache.end() && it->second == pfn;
            }
    } else if (m.kind == Backing::Shm) {
        for (const auto& s : k.shms())
            if (s->id == m.object) {
                auto it = s->pages.find(m.index);
                return it != s->pages.end() && it->second == pfn;
            }
    }
    return false;
}

} // namespace

std::string frameKind(const kernel::Kernel& k, Pfn pfn)
{
    const kernel::PageMeta* m = k.pageMeta(pfn);
    if (!m)
        return {};
    switch (m->kind) {
    case Backing::Anon: return "anon";
    case Backing::File:
        return "file " + objectName(k, m->kind, m->object) + " page " + std::to_string(m->index);
    case Backing::Shm:
        return "shm " + objectName(k, m->kind, m->object) + " page " + std::to_string(m->index);
    case Backing::Device: return "device";
    }
    return {};
}

void showVmas(CommandContext& c)
{
    Process& p = c.process(1);
    const kernel::Mm& mm = c.kernel.mm(p);
    auto& j = c.extra;
    j.key("vmas").beginArray();
    for (const kernel::Vma* v : mm.vmas.list()) {
        std::string extras;
        j.beginObject()
            .field("start", v->start)
            .field("end", v->end)
            .field("flags", perms(v->flags))
            .field("pgoff", v->pgoff)
            .field("label", v->label)
            .field("backing", kernel::toString(v->backing));
        j.key("vm").beginArray();
        for (const auto& f : extraFlags(v->flags)) {
            j.value(f);
            extras += " " + f;
        }
        j.endArray().endObject();
        // start-end perms offset label, as /proc/PID/maps (offset in bytes), then VmFlags.
        // maps prints the file offset only for VMAs with a file (vm_pgoff of an anonymous VMA is
        // its address >> PAGE_SHIFT, not an offset).
        const u64 offset = v->backing == Backing::Anon ? 0 : v->pgoff << kPageShift;
        const std::string backing(kernel::toString(v->backing));
        // The format of /proc/PID/maps: the same in every language.
        c.say(verbatim(hex16(v->start) + "-" + hex16(v->end) + " " + perms(v->flags) + " " + hex16(offset)
            + " " + backing + (v->label.empty() || v->label == backing ? "" : " " + v->label)
            + (extras.empty() ? "" : "  [" + extras.substr(1) + "]")));
    }
    j.endArray();
    c.say(txt::kVmasIn, { counted(mm.vmas.size(), txt::kOneVma, txt::kVmas), p.name });
}

void showKernelProcess(CommandContext& c)
{
    Process& p = c.process(1);
    const CpuState cpu = c.machine.cpuFor(p);
    const kernel::Mm& mm = c.kernel.mm(p);
    u64 tables = 0;
    for (Pfn pfn = 0; pfn < c.machine.memory().frameCount(); ++pfn)
        if (!c.machine.frames().isFree(pfn) && c.machine.memory().info(pfn).use == FrameUse::PageTable
            && c.machine.memory().info(pfn).owner == p.pid)
            ++tables;
    const bool running = c.machine.current() == &p;
    const Message vmas = counted(mm.vmas.size(), txt::kOneVma, txt::kVmas);
    if (c.machine.cpu().pcide)
        c.say(running ? txt::kShowKernelProcessPcidRunning : txt::kShowKernelProcessPcid,
            { p.name, dec(p.pid), hex(cpu.cr3), dec(p.pcid), vmas, dec(mm.rss), dec(tables) });
    else
        c.say(running ? txt::kShowKernelProcessRunning : txt::kShowKernelProcess,
            { p.name, dec(p.pid), hex(cpu.cr3), vmas, dec(mm.rss), dec(tables) });
    c.extra.key("process")
        .beginObject()
        .field("name", p.name)
        .field("pid", static_cast<u64>(p.pid))
        .field("cr3", cpu.cr3)
        .field("pcid", static_cast<u64>(p.pcid))
        .field("vmas", static_cast<u64>(mm.vmas.size()))
        .field("rss", mm.rss)
        .field("page_tables", tables)
        .field("running", running)
        .endObject();
}

void showKernelFrames(CommandContext& c)
{
    const Machine& m = c.machine;
    auto& j = c.extra;
    j.key("frames").beginArray();
    const u64 n = m.memory().frameCount();
    u64 listed = 0;
    for (Pfn pfn = 0; pfn < n; ++pfn) {
        if (m.frames().isFree(pfn))
            continue;
        if (++listed > 4096)
            continue;
        const FrameInfo& f = m.memory().info(pfn);
        // The use and the kind are the words of `expect frame(N).use` and of the JSON: English.
        const std::string use(toString(f.use));
        const MessageArg useText = f.use == FrameUse::PageTable
            ? MessageArg(msg(txt::kFrameUseLevel, { use, dec(f.level) }))
            : use;
        MessageArg holds = std::string();
        j.beginObject()
            .field("pfn", pfn)
            .field("use", toString(f.use))
            .field("owner", static_cast<u64>(f.owner));
        if (const kernel::PageMeta* meta = c.kernel.pageMeta(pfn)) {
            const bool held = heldByObject(c.kernel, pfn, *meta);
            const u64 mapCount = meta->refs - (held && meta->refs ? 1 : 0);
            const std::string kind = frameKind(c.kernel, pfn);
            holds = msg(meta->locked ? txt::kFrameHoldsLocked : txt::kFrameHolds,
                { kind, dec(meta->refs), counted(mapCount, txt::kOneTime, txt::kTimes) });
            j.field("kind", kernel::toString(meta->kind));
            if (meta->kind == Backing::File || meta->kind == Backing::Shm)
                j.field("object", objectName(c.kernel, meta->kind, meta->object)).field("index", meta->index);
            j.field("refs", static_cast<u64>(meta->refs)).field("mapcount", mapCount);
            if (meta->locked) // part "mlock": unevictable (only when set, so older goldens hold)
                j.field("locked", true);
        }
        j.endObject();
        c.say(txt::kFrameLine, { dec(pfn), useText, m.processLabel(f.owner), holds });
    }
    j.endArray();
    c.say(listed > 4096 ? txt::kFramesInUseFirst : txt::kFramesInUse, { dec(listed), dec(n) });
    if (!c.kernel.devices().empty()) {
        j.key("devices").beginArray();
        for (const auto& d : c.kernel.devices()) {
            c.say(txt::kDeviceFrames, { d->name, dec(d->pfn), dec(d->pfn + d->pages - 1) });
            j.beginObject().field("name", d->name).field("pfn", d->pfn).field("pages", d->pages).endObject();
        }
        j.endArray();
    }
}

void showPagecache(CommandContext& c)
{
    auto& j = c.extra;
    j.key("pagecache").beginArray();
    for (const auto& f : c.kernel.files()) {
        const u64 pages = (f->size + kPageSize - 1) >> kPageShift;
        u64 dirty = 0;
        for (const auto& [index, d] : f->dirty)
            dirty += d && f->cache.count(index) ? 1 : 0;
        c.say(txt::kFileCached, { f->name, dec(f->size), dec(f->cache.size()), dec(pages), dec(dirty) });
        j.beginObject()
            .field("file", f->name)
            .field("size", f->size)
            .field("pages", pages)
            .field("cached", static_cast<u64>(f->cache.size()))
            .field("dirty", dirty);
        j.key("frames").beginArray();
        for (const auto& [index, pfn] : f->cache) {
            auto d = f->dirty.find(index);
            const bool isDirty = d != f->dirty.end() && d->second;
            c.say(isDirty ? txt::kCachedPageDirty : txt::kCachedPage, { dec(index), dec(pfn) });
            j.beginObject().field("index", index).field("pfn", pfn).field("dirty", isDirty).endObject();
        }
        j.endArray().endObject();
    }
    j.endArray();
    j.key("shm").beginArray();
    for (const auto& s : c.kernel.shms()) {
        const u64 pages = (s->size + kPageSize - 1) >> kPageShift;
        c.say(s->unlinked ? txt::kShmResidentUnlinked : txt::kShmResident,
            { s->name, dec(s->size), dec(s->pages.size()), dec(pages), dec(s->mappings) });
        j.beginObject()
            .field("name", s->name)
            .field("size", s->size)
            .field("pages", pages)
            .field("resident", static_cast<u64>(s->pages.size()))
            .field("mappings", static_cast<u64>(s->mappings))
            .field("unlinked", s->unlinked);
        j.key("frames").beginArray();
        for (const auto& [index, pfn] : s->pages)
            j.beginObject().field("index", index).field("pfn", pfn).endObject();
        j.endArray().endObject();
    }
    j.endArray();
    if (c.kernel.files().empty() && c.kernel.shms().empty())
        c.say(txt::kNoObjects);
}

} // namespace pagelab
