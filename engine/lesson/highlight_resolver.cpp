#include "lesson/highlight_resolver.h"

#include "hw/page_walker.h"
#include "hw/paging_entry.h"
#include "kernel/kernel.h"
#include "machine/machine.h"
#include "machine/session.h"

#include <bit>
#include <charconv>
#include <vector>

namespace pagelab::lesson {

namespace {

std::vector<std::string_view> splitDots(std::string_view id)
{
    std::vector<std::string_view> parts;
    while (true) {
        const std::size_t dot = id.find('.');
        parts.push_back(id.substr(0, dot));
        if (dot == std::string_view::npos)
            return parts;
        id.remove_prefix(dot + 1);
    }
}

// Decimal, or hex with 0x (as highlightProblem accepts them).
std::optional<u64> number(std::string_view s)
{
    int base = 10;
    if (s.starts_with("0x")) {
        s.remove_prefix(2);
        base = 16;
    }
    u64 v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v, base);
    if (ec != std::errc {} || end != s.data() + s.size() || s.empty())
        return std::nullopt;
    return v;
}

// Hex, with or without 0x.
std::optional<u64> address(std::string_view s)
{
    if (s.starts_with("0x"))
        s.remove_prefix(2);
    u64 v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v, 16);
    if (ec != std::errc {} || end != s.data() + s.size() || s.empty())
        return std::nullopt;
    return v;
}

std::string hex(u64 v)
{
    char buf[24];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, 16);
    return "0x" + std::string(buf, end);
}

std::string quoted(std::string_view id)
{
    return "'" + std::string(id) + "'";
}

// 5 pml5, 4 pml4, 3 pdpt, 2 pd, 1 pt, 0 offset (the words of walk.field.* and walk.entry.*).
int levelOf(std::string_view word)
{
    static constexpr std::string_view words[] = { "offset", "pt", "pd", "pdpt", "pml4", "pml5" };
    for (int l = 0; l < 6; ++l)
        if (word == words[l])
            return l;
    return -1;
}

std::string modeName(PagingMode m)
{
    switch (m) {
    case PagingMode::Bits32: return "32-bit";
    case PagingMode::Pae: return "PAE";
    case PagingMode::Level4: return "4-level";
    case PagingMode::Level5: return "5-level";
    }
    return "this";
}

const Process* findProcess(const Machine& m, std::string_view nameOrPid)
{
    const std::optional<u64> pid = number(nameOrPid);
    for (const auto& p : m.processes())
        if (p->name == nameOrPid || (pid && p->pid == *pid))
            return p.get();
    return nullptr;
}

int leafLevelOf(PageSize s)
{
    switch (s) {
    case PageSize::Size4K: return 1;
    case PageSize::Size2M:
    case PageSize::Size4M: return 2;
    case PageSize::Size1G: return 3;
    }
    return 1;
}

// What the translation view draws: the last access (from its TLB lookup) or `pte` look-up
// (from its WalkInspected) among the shown events, as ui/translation/walk_model.cpp gathers it.
struct WalkSeen {
    bool valid = false;
    bool inspected = false;
    bool tlb = false;
    bool start = false; // a CR3 row: the walk began (not on a TLB hit)
    u32 command = 0;
    VAddr va = 0;
    PagingMode mode = PagingMode::Level4;
    int leafLevel = 0;
    unsigned levelsRead = 0; // bit L: an entry of level L was read
    bool finished = false;
    u8 inspectLevels = 0;
};

WalkSeen walkSeen(const StageState& s)
{
    WalkSeen w;
    const std::vector<Event>& events = s.journal.events();
    const std::size_t end = std::min(s.shownEvents, events.size());
    std::size_t begin = end;
    while (begin > 0) {
        --begin;
        if (std::holds_alternative<ev::TlbLookup>(events[begin].data)
            || std::holds_alternative<ev::WalkInspected>(events[begin].data)) {
            w.valid = true;
            break;
        }
    }
    if (!w.valid)
        return w;
    const CpuState& cpu = s.session.machine().cpu();
    w.mode = cpu.mode;
    w.command = events[begin].command;
    for (std::size_t i = begin; i < end && !w.finished; ++i) {
        const EventData& d = events[i].data;
        if (const auto* in = std::get_if<ev::WalkInspected>(&d)) {
            if (i != begin)
                break;
            w.inspected = w.start = true;
            w.va = in->va;
            w.mode = in->mode;
            w.inspectLevels = in->levels;
        } else if (const auto* l = std::get_if<ev::TlbLookup>(&d)) {
            if (w.tlb || w.inspected)
                break;
            w.tlb = true;
            w.va = l->va;
            if (l->hit)
                w.leafLevel = leafLevelOf(l->size);
        } else if (const auto* st = std::get_if<ev::WalkStart>(&d)) {
            if (w.inspected)
                break;
            w.start = true;
            w.mode = st->mode;
            w.levelsRead = 0; // a re-walk replaces the picture of the walk
        } else if (const auto* r = std::get_if<ev::WalkRead>(&d)) {
            w.levelsRead |= 1u << r->level;
            if ((r->entry & pte::P) && isLeaf(cpu, r->level, r->entry))
                w.leafLevel = r->level;
            if (w.inspected && std::popcount(w.levelsRead) >= w.inspectLevels)
                w.finished = true;
        } else if (std::holds_alternative<ev::PageFault>(d)) {
            w.finished = true;
        } else if (const auto* t = std::get_if<ev::Translated>(&d)) {
            w.leafLevel = leafLevelOf(t->size);
            w.finished = true;
        }
    }
    return w;
}

std::optional<std::string> walkProblem(
    std::string_view id, const std::vector<std::string_view>& p, const StageState& s)
{
    const WalkSeen w = walkSeen(s);
    if (!w.valid)
        return quoted(id)
            + " shows nothing: the translation view has no access or look-up to draw ('No access yet'); "
              "run an access or a `pte` look-up in this step";
    if (w.command < s.firstCommand)
        return quoted(id) + " shows nothing of this step: the translation view still draws the "
            + (w.inspected ? "look-up" : "access") + " of " + hex(w.va)
            + " from an earlier step; run the access (or a `pte` look-up) the step talks about";
    const std::string what = (w.inspected ? "the look-up of " : "the access to ") + hex(w.va);
    if (p[1] == "tlb") {
        if (w.inspected)
            return quoted(id) + " shows nothing: the translation view draws " + what
                + ", and a `pte` look-up does not consult the TLB";
        return std::nullopt;
    }
    if (p[1] == "cr3") {
        if (!w.start)
            return quoted(id) + " shows nothing: " + what
                + " hit the TLB, so there is no walk and no CR3 row";
        return std::nullopt;
    }
    const int level = levelOf(p[2]);
    const int levels = geometry(w.mode).levels;
    if (level > levels)
        return quoted(id) + " shows nothing: " + modeName(w.mode) + " paging has no " + std::string(p[2])
            + " level";
    if (p[1] == "field") {
        if (level >= 1 && level < std::max(w.leafLevel, 1))
            return quoted(id) + " shows nothing: " + what
                + " maps a large page, whose offset takes the bits of the " + std::string(p[2]) + " field";
        return std::nullopt;
    }
    // walk.entry.<level>
    if (level == 0)
        return quoted(id) + " shows nothing: the offset is a field of the address, not an entry (use "
            + "walk.field.offset)";
    if (!(w.levelsRead & (1u << level)))
        return quoted(id) + " shows nothing: " + what + " read no " + std::string(p[2]) + " entry"
            + (w.tlb && !w.start ? " (it hit the TLB: no walk)" : "");
    return std::nullopt;
}

// The last uaccess call among the shown events: the command of the last AccessOkCheck (every
// routine starts with one), and whether it faulted (#PF or an oops) and took a fixup.
std::optional<std::string> uaccessProblem(
    std::string_view id, const std::vector<std::string_view>& p, const StageState& s)
{
    const std::vector<Event>& events = s.journal.events();
    const std::size_t end = std::min(s.shownEvents, events.size());
    std::size_t at = end;
    while (at > 0 && !std::holds_alternative<ev::AccessOkCheck>(events[at - 1].data))
        --at;
    if (at == 0)
        return quoted(id)
            + " shows nothing: no uaccess routine (get_user, copy_to_user ...) has run, so the kernel and "
              "user memory view is empty";
    const Event& check = events[at - 1];
    const std::string routine = std::get<ev::AccessOkCheck>(check.data).routine;
    if (check.command < s.firstCommand)
        return quoted(id) + " shows nothing of this step: the kernel and user memory view still shows the "
            + routine + " of an earlier step; run the uaccess routine the step talks about";
    // The call's events are contiguous around its AccessOkCheck.
    std::size_t first = at - 1;
    while (first > 0 && events[first - 1].command == check.command)
        --first;
    bool fault = false, fixup = false;
    for (std::size_t i = first; i < end && events[i].command == check.command; ++i) {
        fault = fault || std::holds_alternative<ev::PageFault>(events[i].data)
            || std::holds_alternative<ev::Oops>(events[i].data);
        fixup = fixup || std::holds_alternative<ev::ExtableFixup>(events[i].data);
    }
    if (p[1] == "fault" && !fault)
        return quoted(id) + " shows nothing: the " + routine + " the view shows did not fault";
    if (p[1] == "fixup" && !fixup)
        return quoted(id) + " shows nothing: the " + routine
            + " the view shows took no exception-table fixup (no fault it could not resolve)";
    return std::nullopt;
}

std::optional<std::string> spaceProblem(
    std::string_view id, const std::vector<std::string_view>& p, const StageState& s)
{
    const Machine& m = s.session.machine();
    const Process* proc = findProcess(m, p[2]);
    if (!proc)
        return quoted(id) + " shows nothing: there is no process '" + std::string(p[2]) + "'";
    if (p[1] == "process" || p.size() < 4)
        return std::nullopt;
    const VAddr va = address(p[3]).value_or(0);
    const kernel::Mm* mm = s.session.kernel().findMm(*proc);
    if (!mm || !mm->vmas.find(va))
        return quoted(id) + " shows nothing: process '" + proc->name + "' has no VMA at " + hex(va);
    return std::nullopt;
}

std::optional<std::string> framesProblem(
    std::string_view id, const std::vector<std::string_view>& p, const StageState& s)
{
    const Machine& m = s.session.machine();
    const u64 frames = m.memory().frameCount();
    if (p[1] == "frame") {
        const u64 pfn = number(p[2]).value_or(~u64 { 0 });
        if (pfn >= frames)
            return quoted(id) + " shows nothing: the machine has " + std::to_string(frames) + " frames (0 to "
                + std::to_string(frames - 1) + ")";
        return std::nullopt;
    }
    if (p[1] == "free") {
        if (m.frames().freeFrames() == 0)
            return quoted(id) + " shows nothing: no frame is free";
        return std::nullopt;
    }
    for (Pfn pfn = 0; pfn < frames; ++pfn)
        if (m.memory().info(pfn).use == FrameUse::PageTable)
            return std::nullopt;
    return quoted(id) + " shows nothing: no frame holds a page table";
}

std::optional<std::string> tlbProblem(
    std::string_view id, const std::vector<std::string_view>& p, const StageState& s)
{
    const Tlb& tlb = s.session.machine().tlb();
    if (p[1] == "stlb") {
        if (tlb.config().stlbEntries == 0)
            return quoted(id) + " shows nothing: the machine has no second-level TLB (machine tlb=...:...)";
        return std::nullopt;
    }
    const u32 sets = tlb.sets(TlbLevel::L1);
    const u64 set = number(p[2]).value_or(~u64 { 0 });
    const std::string geometry
        = std::to_string(sets) + " sets of " + std::to_string(tlb.config().ways) + " ways";
    if (set >= sets)
        return quoted(id) + " shows nothing: the TLB has " + geometry;
    if (p[1] == "entry" && p.size() == 4 && number(p[3]).value_or(~u64 { 0 }) >= tlb.config().ways)
        return quoted(id) + " shows nothing: the TLB has " + geometry;
    return std::nullopt;
}

std::optional<std::string> swapProblem(
    std::string_view id, const std::vector<std::string_view>& p, const StageState& s)
{
    for (const kernel::SwapArea* a : s.session.kernel().swapSpace().areas()) {
        if (a->name != p[2])
            continue;
        if (p[1] == "slot" && p.size() == 4 && number(p[3]).value_or(~u64 { 0 }) >= a->size)
            return quoted(id) + " shows nothing: swap area '" + a->name + "' has " + std::to_string(a->size)
                + " slots";
        return std::nullopt;
    }
    return quoted(id) + " shows nothing: there is no swap area '" + std::string(p[2]) + "' (swapon)";
}

} // namespace

std::string_view viewOfHighlight(std::string_view id)
{
    return id.substr(0, id.find('.'));
}

std::string_view chartsTabOf(std::string_view id)
{
    if (id == "charts.faults" || id == "charts.tlb")
        return "rates";
    if (id == "charts.mrc")
        return "mrc";
    if (id == "charts.memory")
        return "memory";
    return {};
}

std::optional<std::string> unresolvedHighlight(std::string_view id, const StageState& state)
{
    const std::vector<std::string_view> p = splitDots(id);
    const std::string_view view = p[0];
    if (view == "walk" && p.size() >= 2)
        return walkProblem(id, p, state);
    if (view == "uaccess" && p.size() == 2)
        return uaccessProblem(id, p, state);
    if (view == "space" && p.size() >= 3)
        return spaceProblem(id, p, state);
    if (view == "frames" && p.size() >= 2)
        return framesProblem(id, p, state);
    if (view == "tlb" && p.size() >= 2)
        return tlbProblem(id, p, state);
    if (view == "swap" && p.size() >= 3)
        return swapProblem(id, p, state);
    // charts.*: each names a chart that is always drawn (empty axes included); log, console and
    // player are always there.
    return std::nullopt;
}

} // namespace pagelab::lesson
