// The user-space access API in supervisor mode: access_ok, get_user/put_user, clear_user,
// copy_to_user/copy_from_user, strnlen_user, strncpy_from_user (include/linux/uaccess.h,
// lib/usercopy.c, lib/strnlen_user.c, lib/strncpy_from_user.c). Every user access is a
// supervisor access through the MMU, so CR0.WP and CR4.SMAP apply; a #PF on a user address
// goes to the same handler as a user fault (do_user_addr_fault), and a fault it cannot
// resolve goes to the exception-table fixup (ex_handler_uaccess) instead of a signal.
#include "kernel/kernel.h"

#include <algorithm>
#include <cstdio>

namespace pagelab::kernel {

namespace {

Journal* journalOf(Machine& m)
{
    return m.journal().enabled() ? &m.journal() : nullptr;
}

// asm/word-at-a-time.h for little-endian x86: the index of the first zero byte of c, or 8.
unsigned firstZeroByte(u64 c)
{
    for (unsigned i = 0; i < 8; ++i)
        if (((c >> (8 * i)) & 0xff) == 0)
            return i;
    return 8;
}

std::string oopsText(VAddr addr, u32 code)
{
    char buf[256];
    // show_fault_oops() and __die() (arch/x86/mm/fault.c, arch/x86/kernel/dumpstack.c).
    const char* head = addr < kPageSize ? "BUG: kernel NULL pointer dereference, address: %016llx\n"
                                        : "BUG: unable to handle page fault for address: %016llx\n";
    std::string s;
    std::snprintf(buf, sizeof buf, head, static_cast<unsigned long long>(addr));
    s += buf;
    std::snprintf(buf, sizeof buf, "#PF: %s %s in kernel mode\n", (code & 4) ? "user" : "supervisor",
        (code & 16)      ? "instruction fetch"
            : (code & 2) ? "write access"
                         : "read access");
    s += buf;
    std::snprintf(buf, sizeof buf, "#PF: error_code(0x%04x) - %s\n", code,
        !(code & 1)      ? "not-present page"
            : (code & 8) ? "reserved bit violation"
                         : "permissions violation");
    s += buf;
    std::snprintf(buf, sizeof buf, "Oops: %04x [#1] SMP", code);
    s += buf;
    return s;
}

} // namespace

bool Kernel::accessOk(VAddr addr, u64 size) const
{
    // __access_ok(): the sum must not wrap and must stay within TASK_SIZE_MAX.
    const VAddr limit = taskSizeMax(m_->cpu().mode);
    const VAddr end = addr + size;
    return end >= addr && end <= limit;
}

void Kernel::userAccessBegin(Process& p, const char* routine)
{
    if (m_->current() != &p)
        m_->switchTo(p);
    // __uaccess_begin(): stac() is patched in only when the CPU has SMAP.
    if (m_->cpu().smap) {
        m_->cpu().ac = true; // STAC: the instruction is the event (no CpuConfig of its own)
        record(journalOf(*m_), ev::Stac { routine });
    }
}

void Kernel::userAccessEnd(const char* routine)
{
    if (m_->cpu().smap) {
        m_->cpu().ac = false; // CLAC
        record(journalOf(*m_), ev::Clac { routine });
    }
}

bool Kernel::kernelAccess(
    Process& p, VAddr va, AccessOp op, unsigned size, u64& value, UaccessResult& r, bool move, PAddr* paddr)
{
    // A resolved fault is retried (three tries, like userAccess); an unresolvable one is the
    // fixup's: no signal for a kernel-mode fault on a user address.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const AccessResult a = m_->access(va, op, Privilege::Supervisor);
        if (a.ok) {
            if (paddr)
                *paddr = a.paddr;
            if (move && op == AccessOp::Write)
                physWrite(a.paddr, value, size);
            else if (move)
                value = physRead(a.paddr, size);
            return true;
        }
        if (a.fault != FaultKind::PageFault)
            return false; // #GP: the fixup catches it too (ex_handler_uaccess)
        const FaultResult f = handleFault(p, a.cr2, a.errorCode);
        if (!r.faultErrorCode) {
            r.faultErrorCode = a.errorCode;
            r.cr2 = a.cr2;
            r.faultResolved = f.resolved;
            r.faultKind = std::string(f.what);
        }
        if (!f.resolved)
            return false;
    }
    return false;
}

u64 Kernel::kernelCopy(
    Process& p, const char* routine, VAddr va, AccessOp op, u8* data, u64 len, UaccessResult& r)
{
    // copy_user_generic moves words, but on a fault its tail handler copies byte by byte up
    // to the faulting byte: the result is exact to the page.
    u64 done = 0;
    while (done < len) {
        const VAddr at = va + done;
        const u64 chunk = std::min<u64>(len - done, kPageSize - (at & kPageMask));
        u64 first = data[done];
        PAddr pa = 0;
        if (!kernelAccess(p, at, op, 1, first, r, true, &pa))
            break;
        if (op == AccessOp::Write) {
            for (u64 i = 1; i < chunk; ++i)
                physWrite(pa + i, data[done + i], 1);
        } else {
            data[done] = static_cast<u8>(first);
            for (u64 i = 1; i < chunk; ++i)
                data[done + i] = static_cast<u8>(physRead(pa + i, 1));
        }
        record(journalOf(*m_), ev::UaccessCopy { p.pid, routine, at, chunk, op == AccessOp::Write });
        done += chunk;
    }
    return done;
}

namespace {

UaccessResult refused(Journal* j, u32 pid, const char* routine, VAddr addr, u64 size, i64 ret)
{
    record(j, ev::AccessOkCheck { pid, routine, addr, size, false });
    UaccessResult r;
    r.accessOk = false;
    r.ret = ret;
    return r;
}

} // namespace

UaccessResult Kernel::getUser(Process& p, VAddr addr, unsigned size)
{
    Journal* j = journalOf(*m_);
    if (!accessOk(addr, size))
        return refused(j, p.pid, "get_user", addr, size, -err::kEFAULT); // x = 0
    record(j, ev::AccessOkCheck { p.pid, "get_user", addr, size, true });
    UaccessResult r;
    userAccessBegin(p, "get_user");
    // One load: every page it touches must be readable before the value counts.
    u64 value = 0;
    bool ok = true;
    for (u64 i = 0; i < size && ok;) {
        const VAddr at = addr + i;
        const unsigned piece = static_cast<unsigned>(std::min<u64>(size - i, kPageSize - (at & kPageMask)));
        u64 v = 0;
        ok = kernelAccess(p, at, AccessOp::Read, piece, v, r);
        value |= piece == 8 ? v : (v & ((u64 { 1 } << (8 * piece)) - 1)) << (8 * i);
        i += piece;
    }
    userAccessEnd("get_user");
    if (!ok) {
        r.fixup = true;
        r.ret = -err::kEFAULT;
        r.value = 0; // __get_user_handle_exception zeroes the destination
        record(j, ev::ExtableFixup { "get_user", r.cr2, r.ret });
        return r;
    }
    r.value = value;
    record(j, ev::UaccessCopy { p.pid, "get_user", addr, size, false });
    return r;
}

UaccessResult Kernel::putUser(Process& p, VAddr addr, u64 value, unsigned size)
{
    Journal* j = journalOf(*m_);
    if (!accessOk(addr, size))
        return refused(j, p.pid, "put_user", addr, size, -err::kEFAULT);
    record(j, ev::AccessOkCheck { p.pid, "put_user", addr, size, true });
    UaccessResult r;
    userAccessBegin(p, "put_user");
    // One store: a store that faults on its second page writes nothing, so both pages are
    // made writable (translated for a write) first, then the bytes go in.
    const u64 firstPiece = std::min<u64>(size, kPageSize - (addr & kPageMask));
    bool ok = true;
    if (firstPiece < size) {
        u64 unused = 0;
        ok = kernelAccess(p, addr + firstPiece, AccessOp::Write, 1, unused, r, false);
    }
    if (ok) {
        u64 low = firstPiece == 8 ? value : value & ((u64 { 1 } << (8 * firstPiece)) - 1);
        ok = kernelAccess(p, addr, AccessOp::Write, static_cast<unsigned>(firstPiece), low, r);
        if (ok && firstPiece < size) {
            u64 high = value >> (8 * firstPiece);
            ok = kernelAccess(
                p, addr + firstPiece, AccessOp::Write, static_cast<unsigned>(size - firstPiece), high, r);
        }
    }
    userAccessEnd("put_user");
    if (!ok) {
        r.fixup = true;
        r.ret = -err::kEFAULT;
        record(j, ev::ExtableFixup { "put_user", r.cr2, r.ret });
        return r;
    }
    record(j, ev::UaccessCopy { p.pid, "put_user", addr, size, true });
    return r;
}

UaccessResult Kernel::clearUser(Process& p, VAddr addr, u64 n)
{
    Journal* j = journalOf(*m_);
    if (!accessOk(addr, n))
        return refused(j, p.pid, "clear_user", addr, n, static_cast<i64>(n));
    record(j, ev::AccessOkCheck { p.pid, "clear_user", addr, n, true });
    UaccessResult r;
    if (n == 0)
        return r;
    std::vector<u8> zeros(n, 0);
    userAccessBegin(p, "clear_user");
    const u64 done = kernelCopy(p, "clear_user", addr, AccessOp::Write, zeros.data(), n, r);
    userAccessEnd("clear_user");
    r.ret = static_cast<i64>(n - done);
    if (done < n) {
        r.fixup = true;
        record(j, ev::ExtableFixup { "clear_user", r.cr2, r.ret });
    }
    return r;
}

UaccessResult Kernel::copyToUser(Process& p, VAddr to, const std::vector<u8>& from)
{
    Journal* j = journalOf(*m_);
    const u64 n = from.size();
    if (!accessOk(to, n))
        return refused(j, p.pid, "copy_to_user", to, n, static_cast<i64>(n));
    record(j, ev::AccessOkCheck { p.pid, "copy_to_user", to, n, true });
    UaccessResult r;
    if (n == 0)
        return r;
    std::vector<u8> bytes = from;
    userAccessBegin(p, "copy_to_user");
    const u64 done = kernelCopy(p, "copy_to_user", to, AccessOp::Write, bytes.data(), n, r);
    userAccessEnd("copy_to_user");
    r.ret = static_cast<i64>(n - done);
    if (done < n) {
        r.fixup = true;
        record(j, ev::ExtableFixup { "copy_to_user", r.cr2, r.ret });
    }
    return r;
}

UaccessResult Kernel::copyFromUser(Process& p, VAddr from, u64 n)
{
    Journal* j = journalOf(*m_);
    UaccessResult r;
    r.data.assign(n, 0);
    if (!accessOk(from, n)) {
        // _copy_from_user(): res = n, and the whole buffer is zeroed.
        UaccessResult x = refused(j, p.pid, "copy_from_user", from, n, static_cast<i64>(n));
        x.data.assign(n, 0);
        return x;
    }
    record(j, ev::AccessOkCheck { p.pid, "copy_from_user", from, n, true });
    if (n == 0)
        return r;
    userAccessBegin(p, "copy_from_user");
    const u64 done = kernelCopy(p, "copy_from_user", from, AccessOp::Read, r.data.data(), n, r);
    userAccessEnd("copy_from_user");
    r.ret = static_cast<i64>(n - done);
    if (done < n) {
        // memset(to + (n - res), 0, res): the uncopied tail is zeros, not stale data.
        std::fill(r.data.begin() + static_cast<std::ptrdiff_t>(done), r.data.end(), u8 { 0 });
        r.fixup = true;
        record(j, ev::ExtableFixup { "copy_from_user", r.cr2, r.ret });
    }
    return r;
}

UaccessResult Kernel::strnlenUser(Process& p, VAddr s, u64 n)
{
    Journal* j = journalOf(*m_);
    UaccessResult r;
    const VAddr limit = taskSizeMax(m_->cpu().mode);
    if (static_cast<i64>(n) <= 0) // count <= 0 as a long
        return r;
    if (s >= limit)
        return refused(j, p.pid, "strnlen_user", s, n, 0);
    const u64 maxBytes = std::min<u64>(limit - s, n);
    record(j, ev::AccessOkCheck { p.pid, "strnlen_user", s, maxBytes, true });
    userAccessBegin(p, "strnlen_user");
    // do_strnlen_user(): aligned words; the first word's bytes before s count as non-zero.
    // The last word may find a NUL past count: the result is then > count but not count+1.
    const u64 align = s & 7;
    const VAddr base = s - align;
    u64 max = maxBytes + align;
    u64 res = 0;
    i64 ret = 0;
    bool faulted = false;
    u64 c = 0;
    if (!kernelAccess(p, base, AccessOp::Read, 8, c, r)) {
        faulted = true;
    } else {
        c |= align ? (u64 { 1 } << (8 * align)) - 1 : 0;
        for (;;) {
            const unsigned z = firstZeroByte(c);
            if (z < 8) {
                ret = static_cast<i64>(res + z + 1 - align);
                break;
            }
            res += 8;
            if (max <= 8) {
                res -= align;
                ret = res >= n ? static_cast<i64>(n + 1) : 0; // count+1: "too long"
                break;
            }
            max -= 8;
            if (!kernelAccess(p, base + res, AccessOp::Read, 8, c, r)) {
                faulted = true;
                break;
            }
        }
    }
    userAccessEnd("strnlen_user");
    if (faulted) {
        r.fixup = true;
        r.ret = 0;
        record(j, ev::ExtableFixup { "strnlen_user", r.cr2, 0 });
        return r;
    }
    r.ret = ret;
    return r;
}

UaccessResult Kernel::strncpyFromUser(Process& p, VAddr src, u64 n)
{
    Journal* j = journalOf(*m_);
    UaccessResult r;
    const VAddr limit = taskSizeMax(m_->cpu().mode);
    if (static_cast<i64>(n) <= 0)
        return r;
    if (src >= limit)
        return refused(j, p.pid, "strncpy_from_user", src, n, -err::kEFAULT);
    u64 max = std::min<u64>(limit - src, n);
    record(j, ev::AccessOkCheck { p.pid, "strncpy_from_user", src, max, true });
    userAccessBegin(p, "strncpy_from_user");
    std::vector<u8> dst;
    u64 res = 0;
    std::optional<i64> ret;
    // do_strncpy_from_user(): x86 reads unaligned words; a faulting word read falls back to
    // byte at a time, which stops at the faulting byte.
    while (!ret && max >= 8) {
        const VAddr at = src + res;
        const u64 firstPiece = std::min<u64>(8, kPageSize - (at & kPageMask));
        u64 lo = 0, hi = 0;
        bool ok = kernelAccess(p, at, AccessOp::Read, static_cast<unsigned>(firstPiece), lo, r);
        if (ok && firstPiece < 8)
            ok = kernelAccess(
                p, at + firstPiece, AccessOp::Read, static_cast<unsigned>(8 - firstPiece), hi, r);
        if (!ok)
            break; // the byte loop below retries from here
        const u64 c
            = firstPiece == 8 ? lo : (lo & ((u64 { 1 } << (8 * firstPiece)) - 1)) | hi << (8 * firstPiece);
        const unsigned z = firstZeroByte(c);
        for (unsigned i = 0; i < 8; ++i)
            dst.push_back(i < z ? static_cast<u8>(c >> (8 * i)) : 0); // bytes after the NUL masked
        if (z < 8) {
            ret = static_cast<i64>(res + z);
            break;
        }
        res += 8;
        max -= 8;
    }
    bool faulted = false;
    while (!ret && max) {
        u64 c = 0;
        if (!kernelAccess(p, src + res, AccessOp::Read, 1, c, r)) {
            faulted = true;
            break;
        }
        dst.resize(res + 1);
        dst[res] = static_cast<u8>(c);
        if (c == 0) {
            ret = static_cast<i64>(res);
            break;
        }
        ++res;
        --max;
    }
    userAccessEnd("strncpy_from_user");
    if (!ret && !faulted && res >= n)
        ret = static_cast<i64>(res); // hit the caller's count: n, dst not terminated
    if (!ret) {
        r.fixup = faulted;
        r.ret = -err::kEFAULT;
        dst.resize(std::min<u64>(dst.size(), res));
        r.data = dst;
        if (faulted)
            record(j, ev::ExtableFixup { "strncpy_from_user", r.cr2, r.ret });
        return r;
    }
    r.ret = *ret;
    dst.resize(static_cast<std::size_t>(*ret));
    r.data = dst;
    record(j, ev::UaccessCopy { p.pid, "strncpy_from_user", src, static_cast<u64>(*ret), false });
    return r;
}

UaccessResult Kernel::kernelDeref(Process& p, VAddr addr, bool write, u64 value)
{
    Journal* j = journalOf(*m_);
    if (m_->current() != &p)
        m_->switchTo(p);
    UaccessResult r;
    const AccessOp op = write ? AccessOp::Write : AccessOp::Read;
    const unsigned size = static_cast<unsigned>(std::min<u64>(8, kPageSize - (addr & kPageMask)));
    for (int attempt = 0; attempt < 3; ++attempt) {
        const AccessResult a = m_->access(addr, op, Privilege::Supervisor);
        if (a.ok) {
            if (write)
                physWrite(a.paddr, value, size);
            else
                r.value = physRead(a.paddr, size);
            return r;
        }
        u32 code = a.errorCode;
        bool fatal = a.fault != FaultKind::PageFault;
        if (!r.faultErrorCode) {
            r.faultErrorCode = code;
            r.cr2 = a.cr2;
        }
        if (!fatal && m_->cpu().smap && !m_->cpu().ac) {
            // do_user_addr_fault(): any kernel-mode #PF on a user address with SMAP on and
            // EFLAGS.AC=0 (an SMAP violation, or a not-present page touched outside a uaccess
            // routine) goes straight to page_fault_oops(): no exception table, no handler.
            r.faultKind = a.reason == FaultReason::Smap ? "smap-violation" : "smap-oops";
            fatal = true;
        } else if (!fatal) {
            const FaultResult f = handleFault(p, a.cr2, code);
            if (attempt == 0 || r.faultKind.empty()) {
                r.faultResolved = f.resolved;
                r.faultKind = std::string(f.what);
            }
            if (f.resolved)
                continue;
            fatal = true; // bad_area -> kernelmode_fixup_or_oops: no fixup here
        }
        r.oops = oopsText(a.cr2, code);
        record(j, ev::Oops { p.pid, a.cr2, code, r.oops });
        return r;
    }
    return r;
}

} // namespace pagelab::kernel
