// Handlers of the hardware half of the language: machine set-up, cpu, process, switch,
// and the raw hardware commands access, pte, invlpg, flush_tlb (no kernel involved).
#include "hw/paging_entry.h"
#include "journal/message.h"
#include "machine/interpreter.h"
#include "script/script_messages.h"

namespace pagelab {

namespace {

bool isOn(const script::Value& v)
{
    if (v.type == script::ValueType::Number || v.type == script::ValueType::Signed)
        return v.number != 0;
    return v.word == "1" || v.word == "on";
}

std::string yesNo(bool b)
{
    return b ? "1" : "0";
}

// The entries the TLB reported removing since journal event `from` (TlbEntryRemoved), as the
// JSON list "removed_entries": which slot, which page, which PCID.
void writeRemovedEntries(CommandContext& c, std::size_t from)
{
    const std::vector<Event>& events = c.machine.journal().events();
    c.extra.key("removed_entries").beginArray();
    for (std::size_t i = from; i < events.size(); ++i) {
        const auto* r = std::get_if<ev::TlbEntryRemoved>(&events[i].data);
        if (!r)
            continue;
        c.extra.beginObject();
        c.extra.field("level", r->level == TlbLevel::L1 ? "L1" : "STLB");
        c.extra.field("set", static_cast<u64>(r->set));
        c.extra.field("way", static_cast<u64>(r->way));
        c.extra.field("va", r->va);
        c.extra.field("pfn", r->pfn);
        c.extra.field("size", toString(r->size));
        c.extra.field("pcid", static_cast<u64>(r->pcid));
        c.extra.field("global", r->global);
        c.extra.endObject();
    }
    c.extra.endArray();
}

void cmdCpu(CommandContext& c)
{
    static const char* order[] = { "wp", "smep", "smap", "nxe", "pge", "pse", "ac" };
    for (const char* name : order) {
        if (const auto* v = c.cmd.option(name)) {
            if (std::string_view(name) == "nxe" && c.machine.cpu().mode == PagingMode::Bits32 && isOn(*v))
                c.failAt(*v, txt::kNxeOn32Bit);
            c.machine.setCpuFlag(name, isOn(*v));
        }
    }
    const CpuState& cpu = c.machine.cpu();
    c.say(txt::kCpuState,
        { yesNo(cpu.wp), yesNo(cpu.smep), yesNo(cpu.smap), yesNo(cpu.nxe), yesNo(cpu.pge), yesNo(cpu.pse),
            yesNo(cpu.ac) });
}

void cmdProcess(CommandContext& c)
{
    const auto& name = c.cmd.args.at(0).word;
    if (c.machine.findProcess(name))
        c.failAt(c.cmd.args.at(0), txt::kProcessExists, { name });
    const auto* layout = c.cmd.option("layout");
    const bool classic = layout && layout->word == "classic";
    // Through the kernel, so the process gets its mm (and, with classic, its ELF-like VMAs).
    const std::size_t from = c.machine.journal().size();
    Process& p = c.kernel.createProcess(name, classic);
    const bool pcid = c.machine.cpu().pcide;
    const std::string vmas = dec(c.kernel.mm(p).vmas.size());
    if (pcid && classic)
        c.say(txt::kProcessCreatedPcidClassic, { name, dec(p.pid), dec(p.topTable), dec(p.pcid), vmas });
    else if (pcid)
        c.say(txt::kProcessCreatedPcid, { name, dec(p.pid), dec(p.topTable), dec(p.pcid) });
    else if (classic)
        c.say(txt::kProcessCreatedClassic, { name, dec(p.pid), dec(p.topTable), vmas });
    else
        c.say(txt::kProcessCreated, { name, dec(p.pid), dec(p.topTable) });
    // With every frame in use and nothing to reclaim, its table took the OOM killer.
    const std::vector<Event>& events = c.machine.journal().events();
    for (std::size_t i = from; i < events.size(); ++i)
        if (const auto* kill = std::get_if<ev::OomKill>(&events[i].data))
            c.say(txt::kOomKilledForTable, { kill->name, dec(kill->pid), dec(kill->points) });
}

void cmdSwitch(CommandContext& c)
{
    Process& p = c.process(0);
    const std::size_t from = c.machine.journal().size();
    c.machine.switchTo(p);
    c.say(txt::kSwitchTo, { p.name, hex(c.machine.cpu().cr3) });
    writeRemovedEntries(c, from);
}

AccessOp opFrom(const script::Command& cmd)
{
    const auto* op = cmd.option("op");
    if (!op || op->word == "read")
        return AccessOp::Read;
    return op->word == "write" ? AccessOp::Write : AccessOp::Fetch;
}

// "user read", "supervisor write" ... as a phrase.
Message accessWords(Privilege priv, AccessOp op)
{
    const bool user = priv == Privilege::User;
    switch (op) {
    case AccessOp::Read: return msg(user ? txt::kUserRead : txt::kSupervisorRead);
    case AccessOp::Write: return msg(user ? txt::kUserWrite : txt::kSupervisorWrite);
    case AccessOp::Fetch: return msg(user ? txt::kUserFetch : txt::kSupervisorFetch);
    }
    return msg(txt::kUserRead);
}

std::string faultKind(const AccessResult& r)
{
    if (r.fault == FaultKind::GeneralProtection)
        return "general-protection";
    return std::string(toString(r.reason));
}

void cmdAccess(CommandContext& c)
{
    Process& p = c.process(0);
    const VAddr va = c.cmd.args.at(1).number;
    const AccessOp op = opFrom(c.cmd);
    const auto* mode = c.cmd.option("mode");
    const Privilege priv = mode && mode->word == "supervisor" ? Privilege::Supervisor : Privilege::User;
    if (c.machine.current() != &p) {
        c.machine.switchTo(p);
        c.say(txt::kSwitchedFirst, { p.name });
    }
    const AccessResult r = c.machine.access(va, op, priv);
    if (priv == Privilege::User)
        ++c.machine.stats().userAccesses;
    const Message how = accessWords(priv, op);
    c.result.tlbHit = r.tlbHit;
    if (r.ok) {
        c.result.paddr = r.paddr;
        const char* key = !r.tlbHit ? txt::kAccessTlbMiss
            : r.dirtyRewalk         ? txt::kAccessDirtyRewalk
            : r.stlbHit             ? txt::kAccessStlbHit
                                    : txt::kAccessTlbHit;
        c.say(key, { p.name, hex(va), how, hex(r.paddr), std::string(toString(r.size)) });
        return;
    }
    FaultInfo f;
    f.errorCode = r.errorCode;
    f.cr2 = r.cr2;
    f.resolved = false;
    f.kind = faultKind(r);
    c.result.fault = f;
    if (r.fault == FaultKind::GeneralProtection)
        c.say(txt::kAccessGp, { p.name, hex(va), how, hex(va) });
    else
        c.say(txt::kAccessPageFault, { p.name, hex(va), how, hex(r.errorCode), f.kind, hex(r.cr2) });
}

void writeLevels(JsonWriter& j, const std::vector<WalkLevel>& levels, PagingMode mode)
{
    j.key("levels").beginArray();
    for (const auto& l : levels) {
        j.beginObject();
        j.field("level", static_cast<u64>(l.level));
        j.field("index", static_cast<u64>(l.index));
        j.field("entry", l.entry);
        j.field("present", (l.entry & pte::P) != 0);
        j.key("flags").beginArray();
        for (const auto& f : pte::flagNames(l.entry))
            j.value(f);
        j.endArray();
        j.field("pfn", entryAddress(mode, l.entry) >> kPageShift);
        j.endObject();
    }
    j.endArray();
}

void sayLevels(CommandContext& c, const std::vector<WalkLevel>& levels, PagingMode mode)
{
    static const char* names[] = { "", "PTE", "PDE", "PDPTE", "PML4E", "PML5E" };
    for (const auto& l : levels) {
        if (l.entry & pte::P)
            c.say(txt::kWalkLevelFrame,
                { dec(l.level), std::string(names[l.level]), dec(l.index), hex(l.entryAddr), hex(l.entry),
                    describeEntry(l.entry), dec(entryAddress(mode, l.entry) >> kPageShift) });
        else
            c.say(txt::kWalkLevel,
                { dec(l.level), std::string(names[l.level]), dec(l.index), hex(l.entryAddr), hex(l.entry),
                    describeEntry(l.entry) });
    }
}

// The walk `pte` looked at, for the views: WalkInspected then one WalkRead per entry. Neither
// goes through the MMU: no TLB lookup, no A/D update, nothing counted in the stats.
void recordInspection(
    CommandContext& c, const Process& p, VAddr va, const CpuState& cpu, const std::vector<WalkLevel>& levels)
{
    Journal* j = c.machine.journal().enabled() ? &c.machine.journal() : nullptr;
    if (!j)
        return;
    record(j,
        ev::WalkInspected { p.pid, p.name, va, cpu.mode, cpu.tableBase(), static_cast<u8>(levels.size()) });
    for (const WalkLevel& l : levels)
        record(j, ev::WalkRead { l.level, l.index, l.entryAddr, l.entry });
}

void cmdPte(CommandContext& c)
{
    Process& p = c.process(0);
    const VAddr va = c.cmd.args.at(1).number;
    const PagingMode mode = c.machine.cpu().mode;
    if ((mode == PagingMode::Level4 || mode == PagingMode::Level5) && !isCanonical(mode, va))
        c.failAt(c.cmd.args.at(1), txt::kNotCanonicalNoTable, { hex(va) });
    if (mode == PagingMode::Bits32 || mode == PagingMode::Pae) {
        if (va > 0xffff'ffffull)
            c.failAt(c.cmd.args.at(1), txt::kBeyond32Bit, { hex(va) });
    }
    const auto* levelOpt = c.cmd.option("level");
    if (levelOpt && (c.cmd.has("set") || c.cmd.has("clear") || c.cmd.has("pfn") || c.cmd.has("entry"))) {
        const int levels = geometry(mode).levels;
        const u64 level = levelOpt->number;
        if (level < 1 || level > static_cast<u64>(levels))
            c.failAt(*levelOpt, txt::kLevelRange, { dec(level), std::string(toString(mode)), dec(levels) });
        CpuState cpu = c.machine.cpuFor(p);
        auto entryAddr = c.machine.editor().ensureEntry(cpu, va, static_cast<int>(level),
            [&](int tableLevel) { return c.machine.allocateTable(p.pid, tableLevel); });
        if (!entryAddr)
            c.fail(txt::kCannotReachLevel, { dec(level), hex(va) });
        const unsigned bytes = static_cast<unsigned>(geometry(mode).entryBytes);
        const u64 old = c.machine.memory().read(*entryAddr, bytes);
        u64 value = old;
        if (const auto* e = c.cmd.option("entry"))
            value = e->number;
        if (const auto* s = c.cmd.option("set"))
            value |= s->number;
        if (const auto* s = c.cmd.option("clear"))
            value &= ~s->number;
        if (const auto* pf = c.cmd.option("pfn")) {
            // The address field ends at MAXPHYADDR (SDM 4.1.4); the bits above it are reserved.
            const int physBits = geometry(mode).physBits;
            const u64 addrMask = ((u64 { 1 } << physBits) - 1) & ~u64 { kPageSize - 1 };
            const u64 pfn = pf->number;
            if (pfn >= (u64 { 1 } << (physBits - kPageShift)))
                c.failAt(*pf, txt::kPfnBeyond, { dec(pfn), dec(physBits), std::string(toString(mode)) });
            value = (value & ~addrMask) | (pfn << kPageShift);
            // Give the frame an owner when it is free RAM, so the physical view shows it.
            if (level == 1 || !(value & pte::PS))
                c.machine.frames().claim(pfn, level == 1 ? FrameUse::User : FrameUse::PageTable, p.pid);
        }
        if (bytes == 4)
            value &= 0xffff'ffffull;
        c.machine.editor().writeEntry(*entryAddr, static_cast<int>(level), value, mode);
        // PAE caches the PDPTEs in the CPU; Linux's pud_populate reloads CR3 after changing one,
        // and so do we whenever this may have written the PDPT.
        if (mode == PagingMode::Pae && c.machine.current() == &p)
            loadPaePdptes(c.machine.cpu(), c.machine.memory());
        c.say(txt::kPteChanged, { p.name, hex(va), dec(level), hex(old), hex(value), describeEntry(value) });
        c.say(txt::kPteTlbMayHoldOld);
    } else if (levelOpt) {
        // level= alone: show just that level
    }
    const CpuState cpu = c.machine.cpuFor(p);
    const auto levels = c.machine.editor().inspect(cpu, va);
    if (!levelOpt || !(c.cmd.has("set") || c.cmd.has("clear") || c.cmd.has("pfn") || c.cmd.has("entry"))) {
        c.say(txt::kPageWalkOf, { hex(va), p.name, std::string(toString(mode)) });
        sayLevels(c, levels, mode);
        recordInspection(c, p, va, cpu, levels);
    }
    writeLevels(c.extra, levels, mode);
}

void cmdInvlpg(CommandContext& c)
{
    Process& p = c.process(0);
    const VAddr va = c.cmd.args.at(1).number;
    if (c.machine.current() != &p) {
        if (!c.machine.current())
            c.fail(txt::kInvlpgNothingRunning, { p.name });
        c.fail(txt::kInvlpgNotRunning, { c.machine.current()->name, p.name });
    }
    Journal* j = c.machine.journal().enabled() ? &c.machine.journal() : nullptr;
    const std::size_t from = c.machine.journal().size();
    const u32 removed = c.machine.tlb().invlpg(va, c.machine.cpu().pcid(), j);
    c.say(removed == 1 ? txt::kInvlpgOne : txt::kInvlpgMany, { hex(va), dec(removed) });
    c.extra.field("removed", static_cast<u64>(removed));
    writeRemovedEntries(c, from);
}

void cmdFlushTlb(CommandContext& c)
{
    Journal* j = c.machine.journal().enabled() ? &c.machine.journal() : nullptr;
    const std::size_t from = c.machine.journal().size();
    u32 removed = 0;
    if (!c.cmd.args.empty()) {
        // flush_tlb NAME: what Linux's flush_tlb_mm does on this CPU for that mm: drop its
        // non-global entries (its PCID's when PCIDs are on).
        Process& p = c.process(0);
        removed = c.machine.tlb().flushNonGlobal(p.pcid, !c.machine.cpu().pcide, j);
        c.say(txt::kFlushTlbProcess, { p.name, dec(removed) });
    } else {
        removed = c.machine.tlb().flushAll(j);
        c.say(txt::kFlushTlbAll, { dec(removed) });
    }
    c.extra.field("removed", static_cast<u64>(removed));
    writeRemovedEntries(c, from);
}

} // namespace

Process& CommandContext::process(std::size_t argIndex)
{
    const auto& v = cmd.args.at(argIndex);
    if (Process* p = machine.findProcess(v.word))
        return *p;
    std::string known;
    for (const auto& p : machine.processes())
        known += (known.empty() ? "" : ", ") + p->name;
    if (known.empty())
        failAt(v, txt::kNoProcessYet, { v.word });
    failAt(v, txt::kNoProcess, { v.word, known });
}

std::string describeEntry(u64 entry)
{
    std::string s = "[";
    for (const auto& f : pte::flagNames(entry))
        s += (s.size() > 1 ? " " : "") + f;
    return s + "]";
}

MachineConfig machineConfigFrom(const script::Command& cmd)
{
    MachineConfig c;
    if (const auto* v = cmd.option("paging")) {
        if (v->word == "32bit")
            c.paging = PagingMode::Bits32;
        else if (v->word == "pae")
            c.paging = PagingMode::Pae;
        else if (v->word == "5level")
            c.paging = PagingMode::Level5;
        else
            c.paging = PagingMode::Level4;
    }
    if (cmd.has("frames") && cmd.has("ram"))
        throw CommandError(cmd.option("ram")->pos, script::txt::kFramesOrRam);
    if (const auto* v = cmd.option("frames"))
        c.frames = v->number;
    if (const auto* v = cmd.option("ram")) {
        if (v->number % kPageSize)
            throw CommandError(v->pos, txt::kRamNotWhole, { v->text });
        c.frames = v->number / kPageSize;
    }
    if (const auto* v = cmd.option("tlb")) {
        c.tlb.entries = static_cast<u32>(std::min<u64>(v->number, 0xffff'ffffu));
        c.tlb.ways = v->second ? static_cast<u32>(std::min<u64>(v->second, 0xffff'ffffu)) : c.tlb.entries;
    }
    if (const auto* v = cmd.option("stlb")) {
        c.tlb.stlbEntries = static_cast<u32>(std::min<u64>(v->number, 0xffff'ffffu));
        c.tlb.stlbWays
            = v->second ? static_cast<u32>(std::min<u64>(v->second, 0xffff'ffffu)) : c.tlb.stlbEntries;
    }
    if (const auto* v = cmd.option("pcid"))
        c.pcid = v->word == "on";
    if (const auto* v = cmd.option("policy")) {
        // OPT needs every future access: only trace/workload runs know them (part "reclaim").
        if (v->word == "opt")
            throw CommandError(v->pos, txt::kPolicyOpt);
        c.policy = v->word;
    }
    if (const auto* v = cmd.option("seed"))
        c.seed = v->number;
    if (std::string err = c.validate(); !err.empty()) {
        // Point at the option that is wrong where we can tell.
        const char* option = err.rfind("stlb=", 0) == 0 ? "stlb"
            : err.rfind("tlb=", 0) == 0                 ? "tlb"
            : err.rfind("pcid", 0) == 0                 ? "pcid"
                                                        : "frames";
        const script::Value* at = cmd.option(option);
        if (!at)
            at = cmd.option("ram");
        throw CommandError(at ? at->pos : cmd.pos, verbatim(err)); // English: MachineConfig says it
    }
    return c;
}

const std::vector<std::pair<std::string, CommandHandler>>& hardwareCommands()
{
    static const std::vector<std::pair<std::string, CommandHandler>> table {
        { "cpu", cmdCpu },
        { "process", cmdProcess },
        { "switch", cmdSwitch },
        { "access", cmdAccess },
        { "pte", cmdPte },
        { "invlpg", cmdInvlpg },
        { "flush_tlb", cmdFlushTlb },
    };
    return table;
}

} // namespace pagelab
