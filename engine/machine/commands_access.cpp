// Handlers of the user-mode accesses read, write, fetch and touch: each goes through the
// TLB and the page walk and, on a #PF, the kernel's fault handler (do_user_addr_fault ->
// handle_mm_fault), then runs again. Result fields: value/data, paddr, tlb, the first
// fault, and the signal when the kernel could not resolve it.
#include "hw/paging_entry.h"
#include "journal/message.h"
#include "machine/interpreter.h"

namespace pagelab {

namespace {

Message bytesText(u64 n)
{
    return counted(n, txt::kOneByte, txt::kBytes);
}

Process& runOn(CommandContext& c, std::size_t arg)
{
    Process& p = c.process(arg);
    if (c.machine.current() != &p) {
        c.machine.switchTo(p);
        c.say(txt::kSwitchedFirst, { p.name });
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

// Result fields and a sentence for an access whose first #PF (if any) is in `a`: the head
// (read p 0x1000 (8 bytes)), what the fault did if there was one, then the outcome. `tail`
// follows the physical address of an access that happened (" = 0x2a").
void reportAccess(CommandContext& c, const Message& head, const kernel::UserAccess& a, const MessageArg& tail)
{
    MessageArg fault = std::string();
    if (a.faultErrorCode) {
        FaultInfo f;
        f.errorCode = *a.faultErrorCode;
        f.cr2 = a.cr2;
        f.resolved = a.fault.resolved;
        f.kind = faultKindOf(a);
        c.result.fault = f;
        const std::string cr2 = hex(a.cr2), code = hex(f.errorCode), words = errorCodeText(f.errorCode);
        if (!a.fault.resolved)
            fault = msg(txt::kFaultThen, { cr2, code, words });
        else
            fault = msg(
                a.fault.major ? txt::kFaultMajorThen : txt::kFaultMinorThen, { cr2, code, words, f.kind });
    } else if (a.signal != kernel::Signal::None) {
        // #GP (a non-canonical address): SIGSEGV without a #PF
        fault = msg(txt::kGpThen, { faultKindOf(a) });
    }
    if (a.signal != kernel::Signal::None) {
        c.result.signal = std::string(kernel::toString(a.signal));
        const std::string name(kernel::toString(a.signal));
        const Message outcome = a.fault.code == kernel::SegvCode::MapErr ? msg(txt::kSegvMaperr, { name })
            : a.fault.code == kernel::SegvCode::AccErr                   ? msg(txt::kSegvAccerr, { name })
            : a.signal == kernel::Signal::Bus                            ? msg(txt::kBusAdrerr, { name })
                                                                         : verbatim(name);
        const kernel::Kernel::OomKillReport* oom = a.signal == kernel::Signal::Kill
            ? c.kernel.oomKillOf(c.machine.current() ? c.machine.current()->pid : 0)
            : nullptr;
        if (oom)
            c.say(txt::kAccessReport,
                { head, fault, msg(txt::kSignalBecause, { outcome, kernel::Kernel::describe(*oom) }) });
        else
            c.say(txt::kAccessReport, { head, fault, outcome });
        return;
    }
    if (!a.ok) {
        // The handler gave up without a signal (no free frame: the OOM killer is a later
        // version's): the access did not happen.
        c.say(txt::kAccessReport, { head, fault, msg(txt::kNotResolvedNoAccess, { faultKindOf(a) }) });
        return;
    }
    c.result.paddr = a.paddr;
    c.result.tlbHit = a.tlbHit;
    c.say(txt::kAccessReport,
        { head, fault,
            msg(a.tlbHit ? txt::kTlbHitPhysical : txt::kTlbMissPhysical, { hex(a.paddr), tail }) });
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
            c.say(txt::kReadNothing, { p.name, hex(va) });
            return;
        }
        const kernel::UserAccess a = c.kernel.userRead(p, va, out, len->number);
        c.result.data = out;
        reportAccess(c, msg(txt::kReadLenHead, { p.name, hex(va), dec(len->number) }), a,
            msg(txt::kBytesRead, { dec(out.size()) }));
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
    reportAccess(c, msg(txt::kReadHead, { p.name, hex(va), bytesText(size) }), a, " = " + hex(value));
}

void cmdWrite(CommandContext& c)
{
    Process& p = runOn(c, 0);
    const VAddr va = c.cmd.args.at(1).number;
    const script::Value* v = c.cmd.args.size() > 2 ? &c.cmd.args[2] : nullptr;
    std::vector<u8> bytes;
    if (v && v->type != script::ValueType::String) {
        const unsigned size = c.cmd.has("size") ? static_cast<unsigned>(c.cmd.option("size")->number) : 8;
        const u64 value = v->number;
        if (size < 8) {
            const u64 bits = 8 * size;
            const bool negative = v->sign < 0;
            const bool fits = negative ? static_cast<i64>(value) >= -(i64 { 1 } << (bits - 1))
                                       : value < (u64 { 1 } << bits);
            if (!fits)
                c.failAt(*v, txt::kDoesNotFit, { v->text, bytesText(size) });
        }
        if (!crossesPage(va, size)) {
            u64 store = value;
            const kernel::UserAccess a = c.kernel.userAccess(p, va, AccessOp::Write, size, store);
            reportAccess(c, msg(txt::kWriteHead, { p.name, hex(va), bytesText(size) }), a,
                " <- " + hex(size < 8 ? value & ((u64 { 1 } << 8 * size) - 1) : value));
            return;
        }
        for (unsigned i = 0; i < size; ++i)
            bytes.push_back(static_cast<u8>(value >> 8 * i));
    } else {
        bytes = v ? v->bytes : c.cmd.option("bytes")->bytes;
    }
    const kernel::UserAccess a = c.kernel.userWrite(p, va, bytes);
    reportAccess(c, msg(txt::kWriteHead, { p.name, hex(va), bytesText(bytes.size()) }), a, std::string());
}

void cmdFetch(CommandContext& c)
{
    Process& p = runOn(c, 0);
    const VAddr va = c.cmd.args.at(1).number;
    u64 value = 0;
    const kernel::UserAccess a = c.kernel.userAccess(p, va, AccessOp::Fetch, 1, value);
    reportAccess(c, msg(txt::kFetchHead, { p.name, hex(va) }), a, std::string());
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
        c.failAt(*c.cmd.option("len"), txt::kTouchLenZero);
    if (va + len < va)
        c.failAt(*c.cmd.option("len"), txt::kRangeWraps);
    const VAddr first = va & ~(kPageSize - 1);
    const u64 pages = ((va + len - 1) >> kPageShift) - (first >> kPageShift) + 1;
    if (pages > (u64 { 1 } << 20))
        c.failAt(*c.cmd.option("len"), txt::kTouchTooMany, { dec(pages) });
    u64 faults = 0, touched = 0;
    std::optional<kernel::UserAccess> firstFault;
    kernel::UserAccess last;
    std::vector<Message> lines; // one a page, said after the summary
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
            const Message how = last.faultErrorCode
                ? msg(txt::kFaultTo, { errorCodeText(*last.faultErrorCode), faultKindOf(last) })
                : msg(last.tlbHit ? txt::kTlbHitWord : txt::kTlbMissWord);
            const Message result = signalled ? verbatim(std::string(kernel::toString(last.signal)))
                : last.ok                    ? msg(txt::kPhysical, { hex(last.paddr) })
                                             : msg(txt::kNotResolved);
            lines.push_back(msg(txt::kTouchPage, { hex(at), how, result }));
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
    const Message pagesPhrase = counted(pages, txt::kOnePage, txt::kPages);
    const Message faultsPhrase = counted(faults, txt::kOnePageFault, txt::kPageFaults);
    const kernel::Kernel::OomKillReport* oom
        = last.signal == kernel::Signal::Kill ? c.kernel.oomKillOf(p.pid) : nullptr;
    if (oom)
        c.say(write ? txt::kTouchedWriteOomKilled : txt::kTouchedReadOomKilled,
            { p.name, hex(va), pagesPhrase, dec(touched), faultsPhrase, kernel::Kernel::describe(*oom) });
    else if (signalled)
        c.say(write ? txt::kTouchedWriteSignal : txt::kTouchedReadSignal,
            { p.name, hex(va), pagesPhrase, dec(touched), faultsPhrase,
                std::string(kernel::toString(last.signal)) });
    else if (!last.ok)
        c.say(write ? txt::kTouchedWriteUnresolved : txt::kTouchedReadUnresolved,
            { p.name, hex(va), pagesPhrase, dec(touched), faultsPhrase, faultKindOf(last) });
    else
        c.say(write ? txt::kTouchedWrite : txt::kTouchedRead,
            { p.name, hex(va), pagesPhrase, dec(touched), faultsPhrase });
    for (Message& line : lines)
        c.say(std::move(line));
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
