// Handlers that observe and check: show, expect, echo.
#include "hw/paging_entry.h"
#include "journal/message.h"
#include "machine/interpreter.h"

#include <array>
#include <variant>

namespace pagelab {

namespace {

// The counters by their JSON names (spec: stable keys), for `show stats` and `expect stats.KEY`.
std::array<std::pair<const char*, u64>, 12> statRows(const Stats& s)
{
    return { {
        { "accesses", s.accesses },
        { "tlb_hits", s.tlbHits },
        { "tlb_misses", s.tlbMisses },
        { "stlb_hits", s.stlbHits },
        { "walks", s.walks },
        { "page_faults", s.pageFaults },
        { "minor_faults", s.minorFaults },
        { "major_faults", s.majorFaults },
        { "swap_outs", s.swapOuts },
        { "swap_ins", s.swapIns },
        { "evictions", s.evictions },
        { "writebacks", s.writebacks },
    } };
}

void showStats(CommandContext& c)
{
    c.extra.key("stats").beginObject();
    for (const auto& [k, v] : statRows(c.machine.stats())) {
        c.extra.field(k, v);
        // The names are those of `expect stats.KEY`: they stay as they are in every language.
        c.say(
            verbatim(std::string(k) + std::string(14 - std::string_view(k).size(), ' ') + std::to_string(v)));
    }
    swapStatsJson(c); // name, prio, used, size, outs, ins per area
    c.extra.endObject();
}

void showMachine(CommandContext& c)
{
    const Machine& m = c.machine;
    const auto& cfg = m.config();
    const CpuState& cpu = m.cpu();
    auto bit = [](bool b) { return std::string(b ? "1" : "0"); };
    c.say(txt::kShowPaging, { std::string(toString(cfg.paging)) });
    c.say(txt::kShowMemory, { dec(cfg.frames), dec(m.frames().freeFrames()) });
    if (cfg.tlb.stlbEntries)
        c.say(txt::kShowTlbGeometryStlb,
            { dec(cfg.tlb.entries), dec(cfg.tlb.ways), dec(cfg.tlb.stlbEntries), dec(cfg.tlb.stlbWays) });
    else
        c.say(txt::kShowTlbGeometry, { dec(cfg.tlb.entries), dec(cfg.tlb.ways) });
    if (cpu.pcide)
        c.say(txt::kShowCr3Pcid, { hex(cpu.cr3), dec(cpu.pcid()) });
    else
        c.say(txt::kShowCr3, { hex(cpu.cr3) });
    c.say(txt::kShowCr2, { hex(cpu.cr2) });
    c.say(txt::kShowCpu,
        { bit(cpu.wp), bit(cpu.smep), bit(cpu.smap), bit(cpu.nxe), bit(cpu.pge), bit(cpu.pse), bit(cpu.ac),
            bit(cpu.pcide) });
    for (const auto& p : m.processes())
        c.say(
            m.current() == p.get() ? txt::kShowProcessRunning : txt::kShowProcess, { p->name, dec(p->pid) });

    auto& j = c.extra;
    j.key("machine").beginObject();
    j.field("paging", toString(cfg.paging));
    j.field("frames", cfg.frames);
    j.field("free_frames", m.frames().freeFrames());
    j.key("tlb")
        .beginObject()
        .field("entries", static_cast<u64>(cfg.tlb.entries))
        .field("ways", static_cast<u64>(cfg.tlb.ways))
        .field("stlb_entries", static_cast<u64>(cfg.tlb.stlbEntries))
        .field("stlb_ways", static_cast<u64>(cfg.tlb.stlbWays))
        .endObject();
    j.field("pcid", cfg.pcid);
    j.field("policy", cfg.policy);
    j.field("cr3", cpu.cr3);
    j.field("cr2", cpu.cr2);
    j.key("cpu")
        .beginObject()
        .field("wp", cpu.wp)
        .field("smep", cpu.smep)
        .field("smap", cpu.smap)
        .field("nxe", cpu.nxe)
        .field("pge", cpu.pge)
        .field("pse", cpu.pse)
        .field("ac", cpu.ac)
        .endObject();
    j.key("processes").beginArray();
    for (const auto& p : m.processes())
        j.beginObject()
            .field("name", p->name)
            .field("pid", static_cast<u64>(p->pid))
            .field("top_table", p->topTable)
            .endObject();
    j.endArray();
    j.endObject();
}

void showTlbLevel(CommandContext& c, const char* label, const std::vector<TlbEntry>& entries, u32 ways)
{
    auto& j = c.extra;
    j.key(label).beginArray();
    u32 valid = 0;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const TlbEntry& e = entries[i];
        if (!e.valid)
            continue;
        ++valid;
        const u64 set = i / ways, way = i % ways;
        c.say(txt::kShowTlbEntry,
            { std::string(label), dec(set), dec(way), hex(e.pageVa), dec(e.pfn),
                std::string(toString(e.size)), dec(e.pcid),
                std::string(e.global ? " G" : "") + (e.rights.user ? " U" : " S")
                    + (e.rights.writable ? " W" : " R") + (e.rights.executable ? " X" : " NX")
                    + (e.dirty ? " D" : "") });
        j.beginObject()
            .field("set", set)
            .field("way", way)
            .field("va", e.pageVa)
            .field("pfn", e.pfn)
            .field("size", toString(e.size))
            .field("pcid", static_cast<u64>(e.pcid))
            .field("global", e.global)
            .field("user", e.rights.user)
            .field("writable", e.rights.writable)
            .field("nx", !e.rights.executable)
            .field("dirty", e.dirty)
            .endObject();
    }
    j.endArray();
    if (!valid)
        c.say(txt::kShowTlbLevelEmpty, { std::string(label) });
}

void showTlb(CommandContext& c)
{
    const Tlb& t = c.machine.tlb();
    c.say(t.sets(TlbLevel::L1) == 1 ? txt::kShowTlbOneSet : txt::kShowTlbSets,
        { dec(t.config().entries), dec(t.config().ways), dec(t.sets(TlbLevel::L1)) });
    showTlbLevel(c, "l1", t.l1(), t.config().ways);
    if (t.config().stlbEntries)
        showTlbLevel(c, "stlb", t.stlb(), t.config().stlbWays);
}

void cmdShow(CommandContext& c)
{
    c.keepsPrevious = true;
    const std::string& what = c.cmd.args.at(0).word;
    if (what == "stats")
        showStats(c);
    else if (what == "machine")
        showMachine(c);
    else if (what == "tlb")
        showTlb(c);
    else if (what == "frames")
        showKernelFrames(c);
    else if (what == "process")
        showKernelProcess(c);
    else if (what == "vmas")
        showVmas(c);
    else if (what == "pagecache")
        showPagecache(c);
    else if (what == "swap")
        showSwap(c);
    else if (what == "lru")
        showLru(c);
    else
        c.failAt(c.cmd.args.at(0), txt::kShowNeedsReclaim, { what });
}

// A value an expect term evaluates to.
using Term = std::variant<std::monostate, i64, u64, std::string>;

MessageArg termText(const Term& t)
{
    if (std::holds_alternative<i64>(t))
        return std::to_string(std::get<i64>(t));
    if (std::holds_alternative<u64>(t)) {
        const u64 v = std::get<u64>(t);
        return v > 9 ? std::to_string(v) + " (" + hex(v) + ")" : std::to_string(v);
    }
    if (std::holds_alternative<std::string>(t))
        return "\"" + std::get<std::string>(t) + "\"";
    return msg(txt::kNoValue);
}

Term evalTerm(CommandContext& c, const script::ExprTerm& t)
{
    using K = script::ExprTerm::Kind;
    const ResultFields& r = c.previous;
    switch (t.kind) {
    case K::Number:
        if (t.negative)
            return static_cast<i64>(t.number);
        return t.number;
    case K::String: return t.string;
    case K::Ret: return r.ret ? Term { *r.ret } : Term {};
    case K::ValueField: return r.value ? Term { *r.value } : Term {};
    case K::Data:
        if (!r.data)
            return {};
        return std::string(r.data->begin(), r.data->end());
    case K::Signal: return r.signal ? Term { *r.signal } : Term { std::string("none") };
    case K::ErrorCode: // 0 when the previous command did not fault
        return static_cast<u64>(r.fault ? r.fault->errorCode : 0);
    case K::Stat: {
        for (const auto& [k, v] : statRows(c.machine.stats()))
            if (t.name == k)
                return v;
        if (t.name == "user_accesses") // not in `show stats`: its keys are stable (Stats::userAccesses)
            return c.machine.stats().userAccesses;
        throw CommandError(t.pos, txt::kUnknownStat, { t.name });
    }
    case K::Pte: {
        Process* p = c.machine.findProcess(t.name);
        if (!p)
            throw CommandError(t.pos, txt::kNoProcessNamed, { t.name });
        const auto levels = c.machine.editor().inspect(c.machine.cpuFor(*p), t.addr);
        for (const auto& l : levels) {
            if (l.level != t.level)
                continue;
            if (t.field == "pfn")
                return entryAddress(c.machine.cpu().mode, l.entry) >> kPageShift;
            if (t.field == "entry")
                return l.entry;
            if (auto bit = pte::flagByName(t.field))
                return static_cast<u64>((l.entry & *bit) != 0);
            throw CommandError(t.pos, txt::kUnknownEntryField, { t.field });
        }
        return u64 { 0 }; // the walk does not reach that level: the entry does not exist (0)
    }
    case K::Frame: {
        if (!c.machine.memory().containsFrame(t.number))
            throw CommandError(t.pos, txt::kNoSuchFrame, { dec(t.number) });
        const FrameInfo& f = c.machine.memory().info(t.number);
        if (t.field == "owner") {
            if (c.machine.frames().isFree(t.number))
                return std::string("free");
            if (f.owner == 0)
                return std::string("kernel");
            for (const auto& p : c.machine.processes())
                if (p->pid == f.owner)
                    return p->name;
            return static_cast<u64>(f.owner);
        }
        if (t.field == "use")
            return std::string(toString(f.use));
        throw CommandError(t.pos, txt::kUnknownFrameField, { t.field });
    }
    case K::Swap: {
        if (!c.kernel.swapSpace().find(t.name))
            throw CommandError(t.pos, txt::kNoSwapArea, { t.name });
        if (auto v = swapField(c, t.name, t.field))
            return *v;
        throw CommandError(t.pos, txt::kUnknownSwapField, { t.field });
    }
    }
    return {};
}

bool compare(const Term& a, script::CompareOp op, const Term& b, bool& comparable)
{
    comparable = true;
    int cmp = 0;
    auto asWide = [](const Term& t, __int128& out) {
        if (std::holds_alternative<i64>(t)) {
            out = std::get<i64>(t);
            return true;
        }
        if (std::holds_alternative<u64>(t)) {
            out = static_cast<__int128>(std::get<u64>(t));
            return true;
        }
        return false;
    };
    __int128 x, y;
    if (asWide(a, x) && asWide(b, y)) {
        cmp = x < y ? -1 : (x > y ? 1 : 0);
    } else if (std::holds_alternative<std::string>(a) && std::holds_alternative<std::string>(b)) {
        cmp = std::get<std::string>(a).compare(std::get<std::string>(b));
        cmp = cmp < 0 ? -1 : (cmp > 0 ? 1 : 0);
    } else {
        comparable = false;
        return false;
    }
    switch (op) {
    case script::CompareOp::Eq: return cmp == 0;
    case script::CompareOp::Ne: return cmp != 0;
    case script::CompareOp::Lt: return cmp < 0;
    case script::CompareOp::Le: return cmp <= 0;
    case script::CompareOp::Gt: return cmp > 0;
    case script::CompareOp::Ge: return cmp >= 0;
    }
    return false;
}

void cmdExpect(CommandContext& c)
{
    c.keepsPrevious = true;
    const script::Expr& e = *c.cmd.expr;
    const Term lhs = evalTerm(c, e.lhs);
    const Term rhs = evalTerm(c, e.rhs);
    bool comparable = true;
    const bool ok = compare(lhs, e.op, rhs, comparable);
    if (!comparable && !std::holds_alternative<std::monostate>(lhs)
        && !std::holds_alternative<std::monostate>(rhs))
        c.fail(txt::kExpectIncomparable, { e.text, termText(lhs), termText(rhs) });
    if (ok) {
        c.say(txt::kExpectOk, { e.text });
    } else {
        c.expectFailed = true;
        c.say(txt::kExpectFalse, { e.text, termText(lhs), termText(rhs) });
    }
    c.extra.field("passed", ok);
}

void cmdEcho(CommandContext& c)
{
    c.keepsPrevious = true;
    c.say(verbatim(c.cmd.args.at(0).word)); // the author's words, in the author's language
}

} // namespace

const std::vector<std::pair<std::string, CommandHandler>>& observationCommands()
{
    static const std::vector<std::pair<std::string, CommandHandler>> table {
        { "show", cmdShow },
        { "expect", cmdExpect },
        { "echo", cmdEcho },
    };
    return table;
}

} // namespace pagelab
