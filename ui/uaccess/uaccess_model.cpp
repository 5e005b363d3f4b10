#include "uaccess/uaccess_model.h"

#include "hw/page_walker.h"
#include "hw/paging_entry.h"
#include "kernel/kernel.h"
#include "machine/machine.h"
#include "machine/session.h"
#include "script/ast.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace pagelab::ui {

namespace {

constexpr u64 kMaxBytes = 1 << 16; // longer buffers: the view shows their pages, not every byte

QString tr(const char* text)
{
    return QCoreApplication::translate("pagelab::ui", text); // lupdate files free functions here
}

// The leaf entry mapping va in p's page tables as they are (read only, no A/D update), or 0.
u64 peekLeaf(const Machine& m, const Process& p, VAddr va)
{
    const CpuState cpu = m.cpuFor(p);
    const PagingGeometry& g = geometry(cpu.mode);
    const PhysicalMemory& mem = m.memory();
    PAddr table = cpu.tableBase();
    for (int level = g.levels; level >= 1; --level) {
        const PAddr at = table + g.index(va, level) * u64(g.entryBytes);
        if (at + u64(g.entryBytes) > mem.frameCount() * kPageSize)
            return 0;
        const u64 e = mem.read(at, unsigned(g.entryBytes));
        if (level == 1 || !(e & pte::P) || isLeaf(cpu, level, e))
            return e;
        table = entryAddress(cpu.mode, e);
    }
    return 0;
}

void putLittleEndian(QVector<int>& out, u64 value, unsigned size)
{
    for (unsigned i = 0; i < size && i < unsigned(out.size()); ++i)
        out[int(i)] = int((value >> (8 * i)) & 0xff);
}

} // namespace

bool isUaccessCommand(const QString& word)
{
    static const QStringList words { QStringLiteral("copy_to_user"), QStringLiteral("copy_from_user"),
        QStringLiteral("clear_user"), QStringLiteral("get_user"), QStringLiteral("put_user"),
        QStringLiteral("strnlen_user"), QStringLiteral("strncpy_from_user"), QStringLiteral("access_ok"),
        QStringLiteral("chardev_write"), QStringLiteral("chardev_read"), QStringLiteral("ioctl"),
        QStringLiteral("open_path") };
    return words.contains(word);
}

UaccessView buildUaccessView(const script::Command& cmd, std::span<const Event> events, std::size_t shown,
    const Session& state, const CommandOutcome* outcome)
{
    UaccessView v;
    v.routine = QString::fromStdString(cmd.name);
    v.command = QString::fromStdString(cmd.text).trimmed();
    if (!isUaccessCommand(v.routine) || cmd.args.size() < 2)
        return v;
    v.valid = true;
    v.process = QString::fromStdString(cmd.args[0].word.empty() ? cmd.args[0].text : cmd.args[0].word);
    v.user = cmd.args[1].number;
    const std::string& name = cmd.name;
    const auto sizeOption = [&] { return cmd.option("size") ? cmd.option("size")->number : 8; };
    v.toUser = name == "copy_to_user" || name == "put_user" || name == "clear_user" || name == "chardev_read";
    v.readsOnly = name == "strnlen_user" || name == "access_ok";
    if (name == "get_user" || name == "put_user")
        v.length = sizeOption();
    else if (name == "ioctl")
        v.length = 4;
    else if (name == "copy_to_user")
        v.length = cmd.args.size() > 2 ? cmd.args[2].bytes.size()
                                       : (cmd.option("bytes") ? cmd.option("bytes")->bytes.size() : 0);
    else if (name == "open_path")
        v.length = kernel::kPathMax;
    else if (cmd.args.size() > 2)
        v.length = cmd.args[2].number;
    // The routine and range the kernel checked are the truth (chardev_read copies fewer bytes).
    for (const Event& e : events)
        if (const auto* ok = std::get_if<ev::AccessOkCheck>(&e.data)) {
            v.routine = QString::fromStdString(ok->routine);
            v.user = ok->addr;
            v.length = ok->size;
            break;
        }
    v.length = std::min<u64>(v.length, kMaxBytes);
    const int n = int(v.length);
    v.kernelBytes = QVector<int>(n, -1);
    v.userBytes = QVector<int>(n, -1);
    v.done = QVector<bool>(n, false);
    if (name == "copy_to_user") {
        const std::vector<u8>& b = cmd.args.size() > 2 ? cmd.args[2].bytes : cmd.option("bytes")->bytes;
        for (int i = 0; i < n && i < int(b.size()); ++i)
            v.kernelBytes[i] = b[std::size_t(i)];
    } else if (name == "put_user" && cmd.args.size() > 2) {
        putLittleEndian(v.kernelBytes, cmd.args[2].number, unsigned(n));
    } else if (name == "clear_user") {
        v.kernelBytes.fill(0);
    }

    // The user pages as the state shows them: the machine at the player's cursor.
    const Machine& m = state.machine();
    const Process* proc = nullptr;
    for (const auto& p : m.processes())
        if (QString::fromStdString(p->name) == v.process)
            proc = p.get();
    for (u64 off = 0; off < v.length;) {
        UaccessPage page;
        page.base = (v.user + off) & ~kPageMask;
        page.first = off;
        page.count = std::min(v.length - off, page.base + kPageSize - (v.user + off));
        const u64 e = proc ? peekLeaf(m, *proc, page.base) : 0;
        page.state = (e & pte::P)          ? UaccessPage::State::Resident
            : kernel::Kernel::isSwapPte(e) ? UaccessPage::State::Swapped
                                           : UaccessPage::State::NotPresent;
        v.pages.push_back(page);
        off += page.count;
    }
    const auto pageOf = [&](u64 va) -> UaccessPage* {
        for (UaccessPage& p : v.pages)
            if (va >= p.base && va < p.base + kPageSize)
                return &p;
        return nullptr;
    };

    // The events shown so far: what moved, the first fault and what became of it, the fixup.
    shown = std::min(shown, events.size());
    for (std::size_t i = 0; i < shown; ++i) {
        const EventData& d = events[i].data;
        if (const auto* ok = std::get_if<ev::AccessOkCheck>(&d)) {
            if (!v.accessOk)
                v.accessOk = ok->ok;
        } else if (const auto* c = std::get_if<ev::UaccessCopy>(&d)) {
            const u64 first = c->user >= v.user ? c->user - v.user : 0;
            const u64 last = std::min<u64>(first + c->bytes, v.length);
            for (u64 o = first; o < last; ++o)
                v.done[int(o)] = true;
            v.lastMovedFirst = first;
            v.lastMovedCount = last > first ? last - first : 0;
            if (UaccessPage* p = pageOf(c->user))
                if (p->state != UaccessPage::State::FaultedIn)
                    p->state = UaccessPage::State::Resident;
        } else if (const auto* pf = std::get_if<ev::PageFault>(&d)) {
            // The latest #PF: a resolved one leaves its page "faulted in"; the one that stops
            // the routine is the one to show.
            v.fault = UaccessFault { pf->cr2, pf->errorCode, false, false, {} };
        } else if (const auto* look = std::get_if<ev::VmaLookup>(&d)) {
            if (!look->found)
                if (UaccessPage* p = pageOf(look->va))
                    p->state = UaccessPage::State::NoVma;
            if (!look->found && v.fault && !v.fault->handled) {
                v.fault->handled = true;
                v.fault->how = QStringLiteral("no-vma");
            }
        } else if (const auto* res = std::get_if<ev::FaultResolved>(&d)) {
            if (UaccessPage* p = pageOf(res->va)) {
                p->state = UaccessPage::State::FaultedIn;
                p->how = QString::fromStdString(res->how);
            }
            if (v.fault && !v.fault->handled) {
                v.fault->handled = true;
                v.fault->resolved = true;
                v.fault->how = QString::fromStdString(res->how);
            }
        } else if (const auto* fix = std::get_if<ev::ExtableFixup>(&d)) {
            v.fixupRet = fix->ret;
            v.fixupAddr = fix->addr;
            if (v.fault && !v.fault->handled)
                v.fault->handled = true;
        } else if (const auto* oops = std::get_if<ev::Oops>(&d)) {
            v.oops = QString::fromStdString(oops->text);
        }
    }
    if (v.lastMovedCount > 0 && shown > 0 && !std::holds_alternative<ev::UaccessCopy>(events[shown - 1].data))
        v.lastMovedCount = 0; // only the focused event's piece flashes

    // At the end the outcome gives the return value and the bytes the kernel received.
    v.finished = shown == events.size();
    v.retKnown = v.finished && outcome;
    if (v.retKnown) {
        const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(outcome->json)).object();
        v.ret = i64(o.value(QStringLiteral("ret")).toDouble());
        v.value = u64(o.value(QStringLiteral("value")).toDouble());
        if (o.contains(QStringLiteral("access_ok")) && !v.accessOk)
            v.accessOk = o.value(QStringLiteral("access_ok")).toBool();
        const QByteArray data = QByteArray::fromHex(o.value(QStringLiteral("data")).toString().toLatin1());
        if (!data.isEmpty() && !v.toUser)
            for (int i = 0; i < n && i < data.size(); ++i)
                v.kernelBytes[i] = quint8(data[i]);
        if (name == "get_user" && v.ret == 0)
            putLittleEndian(v.kernelBytes, v.value, unsigned(n));
    }
    // Bytes that moved are the same on both sides.
    for (int i = 0; i < n; ++i)
        if (v.done[i]) {
            if (v.toUser)
                v.userBytes[i] = v.kernelBytes[i];
            else if (v.kernelBytes[i] >= 0)
                v.userBytes[i] = v.kernelBytes[i];
        }
    // Pages after a fault the handler could not fix were never reached.
    bool stopped = false;
    for (UaccessPage& p : v.pages) {
        if (stopped && p.state != UaccessPage::State::NoVma)
            p.state = UaccessPage::State::NotReached;
        if (v.fixupRet
            && (p.state == UaccessPage::State::NoVma
                || (v.fault && !v.fault->resolved && v.fault->cr2 >= p.base
                    && v.fault->cr2 < p.base + kPageSize)))
            stopped = true;
    }
    return v;
}

QString returnSentence(const UaccessView& v)
{
    const QString r = v.routine;
    const qint64 ret = v.ret;
    if (!v.retKnown)
        return {};
    if (v.accessOk && !*v.accessOk && r != QStringLiteral("access_ok"))
        return tr("access_ok refused the range (it reaches past TASK_SIZE_MAX): nothing was touched.");
    if (r == QStringLiteral("access_ok"))
        return ret ? tr("1: the range lies below TASK_SIZE_MAX (no mapping is checked).")
                   : tr("0: the range reaches past TASK_SIZE_MAX.");
    if (r == QStringLiteral("copy_to_user") || r == QStringLiteral("copy_from_user")
        || r == QStringLiteral("clear_user")) {
        if (ret == 0)
            return tr("0 bytes not copied: all %1 bytes moved.").arg(v.length);
        return tr("%1 of %2 bytes were NOT copied: the copy stopped at the first page that could not be made "
                  "present.")
            .arg(ret)
            .arg(v.length);
    }
    if (r == QStringLiteral("get_user") || r == QStringLiteral("put_user"))
        return ret == 0 ? tr("0: the value moved.") : tr("-EFAULT (-14): the address cannot be accessed.");
    if (r == QStringLiteral("strnlen_user")) {
        if (ret == 0)
            return tr("0: a fault stopped the scan.");
        if (u64(ret) > v.length)
            return tr("%1 > %2: no NUL within the %2 bytes allowed.").arg(ret).arg(v.length);
        return tr("%1: the string is %2 bytes long, plus its NUL.").arg(ret).arg(ret - 1);
    }
    if (r == QStringLiteral("strncpy_from_user")) {
        if (ret < 0)
            return tr("-EFAULT (-14): a fault stopped the copy.");
        if (u64(ret) == v.length)
            return tr("%1: no NUL within %1 bytes, the copy is not terminated.").arg(ret);
        return tr("%1: the string's length without its NUL.").arg(ret);
    }
    return tr("The routine returned %1.").arg(ret);
}

} // namespace pagelab::ui
