// Handlers of the user-mode accesses read, write, fetch and touch: each goes through the
// TLB and the page walk and, on a #PF, the kernel's fault handler (do_user_addr_fault ->
// handle_mm_fault), then runs again. Result fields: value/data, paddr, tlb, the first
// fault, and the signal when the kernel could not resolve it.
#include "hw/paging_entry.h"
#include "journal/message.h"
#include "machine/interpreter.h"

namespace pagelab {

namespace {

std::string plural(u64 n, const std::string& word)
{
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}
std::string pagesText(u64 n)
{
    return plural(n, "page");
}

Process& runOn(CommandContext& c, std::size_t arg)
{
    Process& p = c.process(arg);
    if (c.machine.current() != &p) {
        c.machine.switchTo(p);
        c.say("(switched to " + p.name + " first)");
    }
    return p;
}

std::string faultKindOf(const kernel::UserAccess& a)
{
    if (!a.fault.what.empty())
        return std::string(a.fault.what);
    if (a.signal != kernel::Signal::None)
        return a.fault.code == kernel::SegvCode::AccErr ? "segv-accerr"
            : a.fault.code == kernel::SegvCode::MapErr  ? "segv-maperr"
                                                        : "sigbus";
    return a.fault.resolved ? "resolved" : "unresolved";
}

// Result fields and a sentence for an access whose first #PF (if any) is in `a`.
void reportAccess(
    CommandContext& c, const std::string& head, const kernel::UserAccess& a, const std::string& tail)
{
    std::string line = head + ": ";
    if (a.faultErrorCode) {
        FaultInfo f;
        f.errorCode = *a.faultErrorCode;
        f.cr2 = a.cr2;
        f.resolved = a.fault.resolved;
        f.kind = faultKindOf(a);
        c.result.fault = f;
        line += "page fault at " + hex(a.cr2) + " (error code " + hex(f.errorCode) + ": "
            + errorCodeText(f.errorCode) + ") -> ";
        if (a.fault.resolved)
            line += f.kind + (a.fault.major ? " (major fault)" : " (minor fault)") + ", access retried: ";
    }
    if (a.signal != kernel::Signal::None) {
        if (!a.faultErrorCode) // #GP (a non-canonical address): SIGSEGV without a #PF
            line += "general-protection fault (" + faultKindOf(a) + ") -> ";
        c.result.signal = std::string(kernel::toString(a.signal));
        const char* code = a.fault.code == kernel::SegvCode::MapErr ? " (SEGV_MAPERR: no VMA there)"
            : a.fault.code == kernel::SegvCode::AccErr ? " (SEGV_ACCERR: the VMA does not allow this access)"
            : a.signal == kernel::Signal::Bus          ? " (BUS_ADRERR: no page behind this address)"
                                                       : "";
        std::string oom;
        if (a.signal == kernel::Signal::Kill)
            if (const auto* report = c.kernel.oomKillOf(c.machine.current() ? c.machine.current()->pid : 0))
                oom = " (" + kernel::Kernel::describe(*report) + ")";
        c.say(line + std::string(kernel::toString(a.signal)) + code + oom);
        return;
    }
    if (!a.ok) {
        // The handler gave up without a signal (no free frame: the OOM killer is a later
        // version's): the access did not happen.
        c.say(line + "not resolved (" + faultKindOf(a) + "), the access did not happen");
        return;
    }
    c.result.paddr = a.paddr;
    c.result.tlbHit = a.tlbHit;
    c.say(line + (a.tlbHit ? "TLB hit" : "TLB miss, page walk") + " -> physical " + hex(a.paddr) + tail);
}

u64 fromLittleEndian(const std::vector<u8>& b)
{
    u64 v = 0;
    for (std::size_t i = b.size(); i-- > 0;)
        v = v << 8 | b[i];
    return v;
}

bool crossesPage(VAddr va, u64 size)
{
    return ((va & (kPageSize - 1)) + size) > kPageSize;
}

void cmdRead(CommandContext& c)
{
    Process& p = runOn(c, 0);
    const VAddr va = c.cmd.args.at(1).number;
    if (const auto* len = c.cmd.option("len")) {
        std::vector<u8> out;
        if (len->number == 0) {
            c.result.data = out;
            c.say("read " + p.name + " " + hex(va) + " len 0: nothing to read, no access");
            return;
        }
        const kernel::UserAccess a = c.kernel.userRead(p, va, out, len->number);
        c.result.data = out;
        reportAccess(c, "read " + p.name + " " + hex(va) + " len " + std::to_string(len->number), a,
            ", " + std::to_string(out.size()) + " bytes read");
        return;
    }
    const unsigned size = c.cmd.has("size") ? static_cast<unsigned>(c.cmd.option("size")->number) : 8;
    u64 value = 0;
    kernel::UserAccess a;
    if (crossesPage(va, size)) {
        std::vector<u8> out;
        a = c.kernel.userRead(p, va, out, size);
        value = fromLittleEndian(out);
    } else {
        a = c.kernel.userAccess(p, va, AccessOp::Read, size, value);
    }
    if (a.ok)
        c.result.value = value;
    reportAccess(
        c, "read " + p.name + " " + hex(va) + " (" + plural(size, "byte") + ")", a, " = " + hex(value));
}

void cmdWrite(CommandContext& c)
{
    Process& p = runOn(c, 0);
    const VAddr va = c.cmd.args.at(1).number;
    const script::Value* v = c.cmd.args.size() > 2 ? &c.cmd.args[2] : nullptr;
    std::vector<u8> bytes;
    const std::string head = "write " + p.name + " " + hex(va);
    if (v && v->type != script::ValueType::String) {
        const unsigned size = c.cmd.has("size") ? static_cast<unsigned>(c.cmd.option("size")->number) : 8;
        const u64 value = v->number;
        if (size < 8) {
            const u64 bits = 8 * size;
            const bool negative = v->sign < 0;
            const bool fits = negative ? static_cast<i64>(value) >= -(i64 { 1 } << (bits - 1))
                                       : value < (u64 { 1 } << bits);
            if (!fits)
                c.failAt(*v,
                    v->text + " does not fit in " + std::to_string(size) + (size == 1 ? " byte" : " bytes"));
        }
        if (!crossesPage(va, size)) {
            u64 store = value;
            const kernel::UserAccess a = c.kernel.userAccess(p, va, AccessOp::Write, size, store);
            reportAccess(c, head + " (" + plural(size, "byte") + ")", a,
                " <- " + hex(size < 8 ? value & ((u64 { 1 } << 8 * size) - 1) : value));
            return;
        }
        for (unsigned i = 0; i < size; ++i)
            bytes.push_back(static_cast<u8>(value >> 8 * i));
    } else {
        bytes = v ? v->bytes : c.cmd.option("bytes")->bytes;
    }
    const kernel::UserAccess a = c.kernel.userWrite(p, va, bytes);
    reportAccess(c, head + " (" + plural(bytes.size(), "byte") + ")", a, "");
}

void cmdFetch(CommandContext& c)
{
    Process& p = runOn(c, 0);
    const VAddr va = c.cmd.args.at(1).number;
    u64 value = 0;
    const kernel::UserAccess a = c.kernel.userAccess(p, va, AccessOp::Fetch, 1, value);
    reportAccess(c, "fetch " + p.name + " " + hex(va), a, "");
}

// The byte a `touch ... write` stores: the one already there, so touching only faults pages
// in (and breaks COW, dirties file pages) without changing what they hold.
// The byte a swapped-out page holds at `va`: in the swap cache's frame, else in the slot
// (a slot that stores nothing held a page of zeros).
u8 swappedByte(CommandContext& c, kernel::SwapSlot slot, VAddr va)
{
    if (auto pfn = c.kernel.swapCacheLookup(slot))
        return static_cast<u8>(c.kernel.physRead((*pfn << kPageShift) + (va & (kPageSize - 1)), 1));
    if (const kernel::SwapArea* area = c.kernel.swapSpace().byType(slot.type))
        if (auto it = area->store.find(slot.offset); it != area->store.end())
            return it->second[va & (kPageSize - 1)];
    return 0;
}

u8 byteAt(CommandContext& c, Process& p, VAddr va)
{
    const PagingMode mode = c.machine.cpu().mode;
    if (auto pteAddr = c.kernel.pteAddress(p, va, false)) {
        const u64 pte = c.machine.memory().read(*pteAddr, static_cast<unsigned>(geometry(mode).entryBytes));
        if (pte & pte::P)
            return static_cast<u8>(c.kernel.physRead(entryAddress(mode, pte) + (va & (kPageSize - 1)), 1));
        // Swapped out: the byte is in the swap cache's frame or in the slot; `touch write`
        // writes it back unchanged after the fault brings the page in.
        if (kernel::Kernel::isSwapPte(pte))
            return swappedByte(c, kernel::Kernel::swapPteSlot(pte), va);
    }
    const kernel::Vma* vma = c.kernel.mm(p).vmas.find(va);
    if (!vma)
        return 0;
    const u64 index = vma->pgoffAt(va);
    const u64 offset = (index << kPageShift) + (va & (kPageSize - 1));
    if (vma->backing == kernel::Backing::File) {
        for (const auto& f : c.kernel.files()) {
            if (f->id != vma->object)
                continue;
            if (auto it = f->cache.find(index); it != f->cache.end())
                return static_cast<u8>(
                    c.kernel.physRead((it->second << kPageShift) + (va & (kPageSize - 1)), 1));
            return offset < f->disk.size() ? f->disk[offset] : 0;
        }
    } else if (vma->backing == kernel::Backing::Shm) {
        for (const auto& s : c.kernel.shms()) {
            if (s->id != vma->object)
                continue;
            if (auto it = s->pages.find(index); it != s->pages.end())
                return static_cast<u8>(
                    c.kernel.physRead((it->second << kPageShift) + (va & (kPageSize - 1)), 1));
            if (auto slot = c.kernel.shmSwapSlot(s->id, index))
                return swappedByte(c, *slot, va);
        }
    }
    return 0;
}

void cmdTouch(CommandContext& c)
{
    Process& p = runOn(c, 0);
    const VAddr va = c.cmd.args.at(1).number;
    const u64 len = c.cmd.has("len") ? c.cmd.option("len")->number : 1;
    const bool write = c.cmd.hasFlag("write");
    if (len == 0)
        c.failAt(*c.cmd.option("len"), "len=0 touches nothing");
    if (va + len < va)
        c.failAt(*c.cmd.option("len"), "the range wraps around the end of the address space");
    const VAddr first = va & ~(kPageSize - 1);
    const u64 pages = ((va + len - 1) >> kPageShift) - (first >> kPageShift) + 1;
    if (pages > (u64 { 1 } << 20))
        c.failAt(*c.cmd.option("len"),
            "touch covers " + std::to_string(pages) + " pages; at most 1048576 at once");
    u64 faults = 0, touched = 0;
    std::optional<kernel::UserAccess> firstFault;
    kernel::UserAccess last;
    std::string lines;
    for (u64 i = 0; i < pages; ++i) {
        const VAddr at = i == 0 ? va : first + (i << kPageShift);
        u64 value = write ? byteAt(c, p, at) : 0;
        last = c.kernel.userAccess(p, at, write ? AccessOp::Write : AccessOp::Read, 1, value);
        ++touched;
        if (last.faultErrorCode) {
            ++faults;
            if (!firstFault)
                firstFault = last;
        }
        const bool signalled = last.signal != kernel::Signal::None;
        if (pages <= 16 || !last.ok) {
            std::string how = last.tlbHit ? "TLB hit" : "TLB miss";
            if (last.faultErrorCode)
                how = "fault (" + errorCodeText(*last.faultErrorCode) + ") -> " + faultKindOf(last);
            lines += "  " + hex(at) + ": " + how
                + (signalled      ? ", " + std::string(kernel::toString(last.signal))
                        : last.ok ? ", physical " + hex(last.paddr)
                                  : ", not resolved")
                + "\n";
        }
        if (!last.ok)
            break; // a signal (or a fault the kernel could not resolve) ends the loop
    }
    if (firstFault) {
        FaultInfo f;
        f.errorCode = *firstFault->faultErrorCode;
        f.cr2 = firstFault->cr2;
        f.resolved = firstFault->fault.resolved;
        f.kind = faultKindOf(*firstFault);
        c.result.fault = f;
    }
    const bool signalled = last.signal != kernel::Signal::None;
    if (signalled)
        c.result.signal = std::string(kernel::toString(last.signal));
    else if (pages == 1 && last.ok) {
        c.result.paddr = last.paddr;
        c.result.tlbHit = last.tlbHit;
    }
    const kernel::Kernel::OomKillReport* oom
        = last.signal == kernel::Signal::Kill ? c.kernel.oomKillOf(p.pid) : nullptr;
    c.say("touch " + p.name + " " + hex(va) + " (" + pagesText(pages) + ", " + (write ? "write" : "read")
        + "): " + std::to_string(touched) + " touched, " + plural(faults, "page fault")
        + (oom              ? ", stopped by SIGKILL: " + p.name + " was " + kernel::Kernel::describe(*oom)
                : signalled ? ", stopped by " + std::string(kernel::toString(last.signal))
                : !last.ok  ? ", stopped: a fault was not resolved (" + faultKindOf(last) + ")"
                            : ""));
    c.text += lines;
    c.extra.field("pages", touched).field("faults", faults);
}
} // namespace

const std::vector<std::pair<std::string, CommandHandler>>& accessCommands()
{
    static const std::vector<std::pair<std::string, CommandHandler>> table {
        { "read", cmdRead },
        { "write", cmdWrite },
        { "fetch", cmdFetch },
        { "touch", cmdTouch },
    };
    return table;
}

} // namespace pagelab
