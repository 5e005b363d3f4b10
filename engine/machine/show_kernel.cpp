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
        c.say(hex16(v->start) + "-" + hex16(v->end) + " " + perms(v->flags) + " " + hex16(offset) + " "
            + backing + (v->label.empty() || v->label == backing ? "" : " " + v->label)
            + (extras.empty() ? "" : "  [" + extras.substr(1) + "]"));
    }
    j.endArray();
    c.say(std::to_string(mm.vmas.size()) + (mm.vmas.size() == 1 ? " VMA" : " VMAs") + " in " + p.name);
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
    c.say("process " + p.name + ": pid " + std::to_string(p.pid) + ", CR3 " + hex(cpu.cr3)
        + (c.machine.cpu().pcide ? ", PCID " + std::to_string(p.pcid) : "") + ", "
        + std::to_string(mm.vmas.size()) + (mm.vmas.size() == 1 ? " VMA" : " VMAs") + ", rss "
        + std::to_string(mm.rss) + " pages, " + std::to_string(tables) + " page-table frames"
        + (running ? ", running" : ""));
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
        std::string line = "  frame " + std::to_string(pfn) + ": " + std::string(toString(f.use))
            + (f.use == FrameUse::PageTable ? " (level " + std::to_string(f.level) + ")" : "") + ", "
            + m.processLabel(f.owner);
        j.beginObject()
            .field("pfn", pfn)
            .field("use", toString(f.use))
            .field("owner", static_cast<u64>(f.owner));
        if (const kernel::PageMeta* meta = c.kernel.pageMeta(pfn)) {
            const bool held = heldByObject(c.kernel, pfn, *meta);
            const u64 mapCount = meta->refs - (held && meta->refs ? 1 : 0);
            const std::string kind = frameKind(c.kernel, pfn);
            line += ", " + kind + ", refs " + std::to_string(meta->refs) + ", mapped "
                + std::to_string(mapCount) + (mapCount == 1 ? " time" : " times")
                + (meta->locked ? ", locked" : "");
            j.field("kind", kernel::toString(meta->kind));
            if (meta->kind == Backing::File || meta->kind == Backing::Shm)
                j.field("object", objectName(c.kernel, meta->kind, meta->object)).field("index", meta->index);
            j.field("refs", static_cast<u64>(meta->refs)).field("mapcount", mapCount);
            if (meta->locked) // part "mlock": unevictable (only when set, so older goldens hold)
                j.field("locked", true);
        }
        j.endObject();
        c.say(line);
    }
    j.endArray();
    c.say(std::to_string(listed) + " of " + std::to_string(n) + " frames in use"
        + (listed > 4096 ? " (first 4096 listed)" : ""));
    if (!c.kernel.devices().empty()) {
        j.key("devices").beginArray();
        for (const auto& d : c.kernel.devices()) {
            c.say("  device " + d->name + ": frames " + std::to_string(d->pfn) + "-"
                + std::to_string(d->pfn + d->pages - 1) + " (device memory outside RAM)");
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
        c.say("file " + f->name + ": " + std::to_string(f->size) + " bytes, "
            + std::to_string(f->cache.size()) + " of " + std::to_string(pages) + " pages cached, "
            + std::to_string(dirty) + " dirty");
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
            c.say("  page " + std::to_string(index) + " in frame " + std::to_string(pfn)
                + (isDirty ? " (dirty)" : ""));
            j.beginObject().field("index", index).field("pfn", pfn).field("dirty", isDirty).endObject();
        }
        j.endArray().endObject();
    }
    j.endArray();
    j.key("shm").beginArray();
    for (const auto& s : c.kernel.shms()) {
        const u64 pages = (s->size + kPageSize - 1) >> kPageShift;
        c.say("shm " + s->name + ": " + std::to_string(s->size) + " bytes, " + std::to_string(s->pages.size())
            + " of " + std::to_string(pages) + " pages in memory, " + std::to_string(s->mappings)
            + " mappings" + (s->unlinked ? ", unlinked" : ""));
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
        c.say("no files and no shared memory objects");
}

} // namespace pagelab
