// Handlers of the user-space access API (issue 5): the eight routines of the spec, run by
// the kernel in supervisor mode for process NAME, a kernel bug (kderef), and the syscalls
// the lessons use them through (chardev_write, chardev_read, ioctl, open_path).
// Result fields: ret (Linux's return value), value (get_user, ioctl), data (copy_from_user,
// strncpy_from_user, chardev_write), fault (the first #PF); extra: access_ok, fixup, oops.
#include "journal/message.h"
#include "machine/interpreter.h"

namespace pagelab {

namespace {

Process& runOn(CommandContext& c)
{
    Process& p = c.process(0);
    if (c.machine.current() != &p) {
        c.machine.switchTo(p);
        c.say(txt::kSwitchedFirst, { p.name });
    }
    return p;
}

std::string signedText(i64 v)
{
    return std::to_string(v);
}

// Result fields, extras and sentences common to every routine.
void report(CommandContext& c, const std::string& head, const kernel::UaccessResult& r)
{
    c.result.ret = r.ret;
    if (!r.accessOk) {
        c.extra.field("access_ok", false);
        c.say(txt::kAccessOkFails, { head, signedText(r.ret) });
        return;
    }
    if (r.faultErrorCode) {
        FaultInfo f;
        f.errorCode = *r.faultErrorCode;
        f.cr2 = r.cr2;
        f.resolved = r.faultResolved;
        f.kind = r.faultKind;
        c.result.fault = f;
        c.say(r.faultResolved ? txt::kKernelFaultResolved : txt::kKernelFaultUnresolvable,
            { head, hex(r.cr2), hex(f.errorCode), errorCodeText(f.errorCode), r.faultKind });
    }
    if (r.fixup) {
        c.extra.field("fixup", true);
        c.say(txt::kFixupReturns, { head, signedText(r.ret) });
        return;
    }
    c.say(txt::kUaccessRet, { head, signedText(r.ret) });
}

std::string headOf(CommandContext& c, const Process& p, VAddr addr, const std::string& rest)
{
    return c.cmd.name + " " + p.name + " " + hex(addr) + rest;
}

u64 checkedValue(CommandContext& c, const script::Value& v, unsigned size)
{
    const u64 value = v.number;
    if (size < 8) {
        const u64 bits = 8 * size;
        const bool fits = v.sign < 0 ? static_cast<i64>(value) >= -(i64 { 1 } << (bits - 1))
                                     : value < (u64 { 1 } << bits);
        if (!fits)
            c.failAt(v, txt::kDoesNotFit, { v.text, counted(size, txt::kOneByte, txt::kBytes) });
        return value & ((u64 { 1 } << bits) - 1);
    }
    return value;
}

void cmdAccessOk(CommandContext& c)
{
    Process& p = c.process(0);
    const VAddr addr = c.cmd.args.at(1).number;
    const u64 size = c.cmd.args.at(2).number;
    const bool ok = c.kernel.accessOk(addr, size);
    record(c.journal(), ev::AccessOkCheck { p.pid, "access_ok", addr, size, ok });
    c.result.ret = ok ? 1 : 0;
    c.say(ok ? txt::kAccessOkBelow : txt::kAccessOkPast,
        { p.name, hex(addr), dec(size), hex(kernel::taskSizeMax(c.machine.cpu().mode)) });
}

void cmdGetUser(CommandContext& c)
{
    Process& p = runOn(c);
    const VAddr addr = c.cmd.args.at(1).number;
    const unsigned size = static_cast<unsigned>(c.cmd.option("size")->number);
    const kernel::UaccessResult r = c.kernel.getUser(p, addr, size);
    c.result.value = r.value;
    report(c, headOf(c, p, addr, " size=" + std::to_string(size)), r);
    if (r.ret == 0)
        c.say(txt::kValueIs, { hex(r.value) });
}

void cmdPutUser(CommandContext& c)
{
    Process& p = runOn(c);
    const VAddr addr = c.cmd.args.at(1).number;
    const unsigned size = static_cast<unsigned>(c.cmd.option("size")->number);
    const u64 value = checkedValue(c, c.cmd.args.at(2), size);
    report(c, headOf(c, p, addr, " " + hex(value) + " size=" + std::to_string(size)),
        c.kernel.putUser(p, addr, value, size));
}

void cmdClearUser(CommandContext& c)
{
    Process& p = runOn(c);
    const VAddr addr = c.cmd.args.at(1).number;
    const u64 n = c.cmd.args.at(2).number;
    report(c, headOf(c, p, addr, " " + std::to_string(n)), c.kernel.clearUser(p, addr, n));
}

void cmdCopyToUser(CommandContext& c)
{
    Process& p = runOn(c);
    const VAddr addr = c.cmd.args.at(1).number;
    const std::vector<u8> bytes = c.cmd.args.size() > 2 ? c.cmd.args[2].bytes : c.cmd.option("bytes")->bytes;
    report(c, headOf(c, p, addr, " (" + std::to_string(bytes.size()) + " bytes)"),
        c.kernel.copyToUser(p, addr, bytes));
}

void cmdCopyFromUser(CommandContext& c)
{
    Process& p = runOn(c);
    const VAddr addr = c.cmd.args.at(1).number;
    const u64 n = c.cmd.args.at(2).number;
    const kernel::UaccessResult r = c.kernel.copyFromUser(p, addr, n);
    c.result.data = r.data;
    report(c, headOf(c, p, addr, " " + std::to_string(n)), r);
}

void cmdStrnlenUser(CommandContext& c)
{
    Process& p = runOn(c);
    const VAddr addr = c.cmd.args.at(1).number;
    const u64 n = c.cmd.args.at(2).number;
    const kernel::UaccessResult r = c.kernel.strnlenUser(p, addr, n);
    report(c, headOf(c, p, addr, " " + std::to_string(n)), r);
    if (!r.fixup && r.accessOk && r.ret > static_cast<i64>(n))
        c.say(txt::kNoNulGreater, { dec(n) });
}

void cmdStrncpyFromUser(CommandContext& c)
{
    Process& p = runOn(c);
    const VAddr addr = c.cmd.args.at(1).number;
    const u64 n = c.cmd.args.at(2).number;
    const kernel::UaccessResult r = c.kernel.strncpyFromUser(p, addr, n);
    c.result.data = r.data;
    report(c, headOf(c, p, addr, " " + std::to_string(n)), r);
    if (r.ret == static_cast<i64>(n) && n > 0)
        c.say(txt::kNoNulUnterminated, { dec(n) });
}

// kderef NAME ADDR [write=VALUE]: the kernel bug of dereferencing a user pointer directly.
void cmdKderef(CommandContext& c)
{
    Process& p = runOn(c);
    const VAddr addr = c.cmd.args.at(1).number;
    const script::Value* w = c.cmd.option("write");
    const kernel::UaccessResult r = c.kernel.kernelDeref(p, addr, w != nullptr, w ? w->number : 0);
    const std::string head = "kderef " + p.name + " " + hex(addr) + (w ? " write" : " read");
    if (r.faultErrorCode) {
        FaultInfo f;
        f.errorCode = *r.faultErrorCode;
        f.cr2 = r.cr2;
        f.resolved = r.faultResolved;
        f.kind = r.faultKind;
        c.result.fault = f;
    }
    if (!r.oops.empty()) {
        c.extra.field("oops", r.oops);
        c.say(txt::kOopsHead, { head });
        // The oops itself is what Linux prints: English in every language.
        std::string line;
        for (char ch : r.oops) {
            if (ch == '\n') {
                c.say(verbatim("  " + line));
                line.clear();
            } else {
                line += ch;
            }
        }
        c.say(verbatim("  " + line));
        return;
    }
    if (!w)
        c.result.value = r.value;
    if (w)
        c.say(txt::kNoFaultStopped, { head });
    else
        c.say(txt::kNoFaultStoppedValue, { head, hex(r.value) });
}

// A scull-like driver: write() copies the user buffer into the device with copy_from_user,
// read() copies the device's bytes out with copy_to_user; either returns the byte count, or
// -EFAULT when a copy came up short (the usual "if (copy_from_user(...)) return -EFAULT").
void cmdChardevWrite(CommandContext& c)
{
    Process& p = runOn(c);
    const VAddr addr = c.cmd.args.at(1).number;
    const u64 n = std::min<u64>(c.cmd.args.at(2).number, kernel::CharDevice::kCapacity);
    kernel::UaccessResult r = c.kernel.copyFromUser(p, addr, n);
    const std::string head = "chardev_write " + p.name + " " + hex(addr) + " " + std::to_string(n);
    const i64 notCopied = r.ret;
    r.ret = notCopied ? -kernel::err::kEFAULT : static_cast<i64>(n);
    if (!notCopied)
        c.kernel.charDevice().data = r.data;
    c.result.data = c.kernel.charDevice().data;
    report(c, head, r);
}

void cmdChardevRead(CommandContext& c)
{
    Process& p = runOn(c);
    const VAddr addr = c.cmd.args.at(1).number;
    const std::vector<u8>& dev = c.kernel.charDevice().data;
    const u64 n = std::min<u64>(c.cmd.args.at(2).number, dev.size());
    kernel::UaccessResult r = c.kernel.copyToUser(p, addr, std::vector<u8>(dev.begin(), dev.begin() + n));
    r.ret = r.ret ? -kernel::err::kEFAULT : static_cast<i64>(n);
    report(c, "chardev_read " + p.name + " " + hex(addr) + " " + std::to_string(n), r);
}

// ioctl: get_user an int, put_user it + 1 (a driver's "increment my counter" command).
void cmdIoctl(CommandContext& c)
{
    Process& p = runOn(c);
    const VAddr addr = c.cmd.args.at(1).number;
    const std::string head = "ioctl " + p.name + " " + hex(addr);
    kernel::UaccessResult r = c.kernel.getUser(p, addr, 4);
    if (r.ret != 0) {
        report(c, head + " get_user", r);
        return;
    }
    const u64 next = (r.value + 1) & 0xffffffffu;
    kernel::UaccessResult w = c.kernel.putUser(p, addr, next, 4);
    if (!w.faultErrorCode && r.faultErrorCode) {
        w.faultErrorCode = r.faultErrorCode;
        w.cr2 = r.cr2;
        w.faultResolved = r.faultResolved;
        w.faultKind = r.faultKind;
    }
    if (w.ret == 0)
        c.result.value = next;
    report(c, head + " get_user " + hex(r.value) + ", put_user " + hex(next), w);
}

// open_path: getname() copies the path with strncpy_from_user (PATH_MAX bytes), then the
// lookup. PageLab keeps no descriptors: ret 0 when a file of that name exists.
void cmdOpenPath(CommandContext& c)
{
    Process& p = runOn(c);
    const VAddr addr = c.cmd.args.at(1).number;
    kernel::UaccessResult r = c.kernel.strncpyFromUser(p, addr, kernel::kPathMax);
    const std::string head = "open_path " + p.name + " " + hex(addr);
    std::string name(r.data.begin(), r.data.end());
    if (r.ret >= 0) {
        if (r.ret < static_cast<i64>(kernel::kPathMax))
            c.result.data = r.data;
        if (r.ret == static_cast<i64>(kernel::kPathMax))
            r.ret = -kernel::kENAMETOOLONG; // getname_flags: len == PATH_MAX
        else if (r.ret == 0)
            r.ret = -kernel::err::kENOENT; // an empty name without LOOKUP_EMPTY
        else
            r.ret = c.kernel.findFile(name) ? 0 : -kernel::err::kENOENT;
    }
    report(c, head + (r.ret >= -kernel::err::kENOENT && !r.data.empty() ? " \"" + name + "\"" : ""), r);
}

} // namespace

const std::vector<std::pair<std::string, CommandHandler>>& uaccessCommands()
{
    static const std::vector<std::pair<std::string, CommandHandler>> table {
        { "access_ok", cmdAccessOk },
        { "get_user", cmdGetUser },
        { "put_user", cmdPutUser },
        { "clear_user", cmdClearUser },
        { "copy_to_user", cmdCopyToUser },
        { "copy_from_user", cmdCopyFromUser },
        { "strnlen_user", cmdStrnlenUser },
        { "strncpy_from_user", cmdStrncpyFromUser },
        { "kderef", cmdKderef },
        { "chardev_write", cmdChardevWrite },
        { "chardev_read", cmdChardevRead },
        { "ioctl", cmdIoctl },
        { "open_path", cmdOpenPath },
    };
    return table;
}

} // namespace pagelab
