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
        c.say(std::string(k) + std::string(14 - std::string_view(k).size(), ' ') + std::to_string(v));
    }
    swapStatsJson(c); // name, prio, used, size, outs, ins per area
    c.extra.endObject();
}

void showMachine(CommandContext& c)
{
    const Machine& m = c.machine;
    const auto& cfg = m.config();
    const CpuState& cpu = m.cpu();
    c.say("paging   " + std::string(toString(cfg.paging)));
    c.say("memory   " + std::to_string(cfg.frames) + " frames of 4 KiB, "
        + std::to_string(m.frames().freeFrames()) + " free");
    c.say("tlb      " + std::to_string(cfg.tlb.entries) + " entries, " + std::to_string(cfg.tlb.ways) + "-way"
        + (cfg.tlb.stlbEntries ? "; STLB " + std::to_string(cfg.tlb.stlbEntries) + " entries, "
                    + std::to_string(cfg.tlb.stlbWays) + "-way"
                               : std::string()));
    c.say("cr3      " + hex(cpu.cr3)
        + (cpu.pcide ? " (PCID " + std::to_string(cpu.pcid()) + ")" : std::string()));
    c.say("cr2      " + hex(cpu.cr2));
    c.say(std::string("cpu      WP=") + (cpu.wp ? "1" : "0") + " SMEP=" + (cpu.smep ? "1" : "0") + " SMAP="
        + (cpu.smap ? "1" : "0") + " NXE=" + (cpu.nxe ? "1" : "0") + " PGE=" + (cpu.pge ? "1" : "0") + " PSE="
        + (cpu.pse ? "1" : "0") + " AC=" + (cpu.ac ? "1" : "0") + " PCIDE=" + (cpu.pcide ? "1" : "0"));
    for (const auto& p : m.processes())
        c.say("process  " + p->name + " pid " + std::to_string(p->pid)
            + (m.current() == p.get() ? " (running)" : ""));

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
        c.say(std::string("  ") + label + " set " + std::to_string(set) + " way " + std::to_string(way) + ": "
            + hex(e.pageVa) + " -> frame " + std::to_string(e.pfn) + " " + std::string(toString(e.size))
            + " pcid " + std::to_string(e.pcid) + (e.global ? " G" : "") + (e.rights.user ? " U" : " S")
            + (e.rights.writable ? " W" : " R") + (e.rights.executable ? " X" : " NX")
            + (e.dirty ? " D" : ""));
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
        c.say(std::string("  ") + label + ": empty");
}

void showTlb(CommandContext& c)
{
    const Tlb& t = c.machine.tlb();
    c.say("TLB: " + std::to_string(t.config().entries) + " entries, " + std::to_string(t.config().ways)
        + "-way, " + std::to_string(t.sets(TlbLevel::L1)) + (t.sets(TlbLevel::L1) == 1 ? " set" : " sets"));
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
        c.failAt(
            c.cmd.args.at(0), "'show " + what + "' needs page reclaim, which this version does not run yet");
}

// A value an expect term evaluates to.
using Term = std::variant<std::monostate, i64, u64, std::string>;

std::string termText(const Term& t)
{
    if (std::holds_alternative<i64>(t))
        return std::to_string(std::get<i64>(t));
    if (std::holds_alternative<u64>(t)) {
        const u64 v = std::get<u64>(t);
        return v > 9 ? std::to_string(v) + " (" + hex(v) + ")" : std::to_string(v);
    }
    if (std::holds_alternative<std::string>(t))
        return "\"" + std::get<std::string>(t) + "\"";
    return "(none)";
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
        throw CommandError(t.pos, "unknown statistic 'stats." + t.name + "'");
    }
    case K::Pte: {
        Process* p = c.machine.findProcess(t.name);
        if (!p)
            throw CommandError(t.pos, "no process named '" + t.name + "'");
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
            throw CommandError(t.pos, "unknown entry field '" + t.field + "' (a flag name, pfn or entry)");
        }
        return u64 { 0 }; // the walk does not reach that level: the entry does not exist (0)
    }
    case K::Frame: {
        if (!c.machine.memory().containsFrame(t.number))
            throw CommandError(t.pos, "frame " + std::to_string(t.number) + " does not exist");
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
        throw CommandError(t.pos, "unknown frame field '" + t.field + "' (owner or use)");
    }
    case K::Swap: {
        if (!c.kernel.swapSpace().find(t.name))
            throw CommandError(t.pos, "no swap area named '" + t.name + "'");
        if (auto v = swapField(c, t.name, t.field))
            return *v;
        throw CommandError(t.pos, "unknown swap field '" + t.field + "' (used, size, prio, outs or ins)");
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
        c.fail("expect " + e.text + ": cannot compare " + termText(lhs) + " with " + termText(rhs));
    if (ok) {
        c.say("expect " + e.text + ": ok");
    } else {
        c.expectFailed = true;
        c.say(e.text + " is false: left side is " + termText(lhs) + ", right side is " + termText(rhs));
    }
    c.extra.field("passed", ok);
}

void cmdEcho(CommandContext& c)
{
    c.keepsPrevious = true;
    c.say(c.cmd.args.at(0).word);
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
