// What the uaccess view draws for one user-space access routine (copy_to_user, get_user ...),
// gathered from the command, its events up to the cursor and, at its end, its outcome: the
// kernel and user buffers byte by byte, which bytes have moved so far, the user pages with
// their state, the first #PF and what the handler did, the exception-table fixup and the
// return value. Plain data: painting reads it, never the engine.
#pragma once

#include "journal/event.h"

#include <QString>
#include <QVector>

#include <optional>
#include <span>

namespace pagelab {
class Session;
struct CommandOutcome;
namespace script {
struct Command;
}
} // namespace pagelab

namespace pagelab::ui {

struct UaccessPage {
    enum class State { Resident, NotPresent, Swapped, NoVma, FaultedIn, NotReached };
    u64 base = 0;  // page address
    u64 first = 0; // first buffer offset in this page
    u64 count = 0; // buffer bytes in this page
    State state = State::NotPresent;
    QString how; // the fault handler's word when it faulted in ("demand-zero", ...)
};

struct UaccessFault {
    u64 cr2 = 0;
    u32 errorCode = 0;
    bool handled = false;  // the handler has answered (resolved or not)
    bool resolved = false; // it made the page present
    QString how;           // "demand-zero", "no-vma", ...
};

struct UaccessView {
    bool valid = false;
    QString routine; // copy_to_user, ...
    QString command; // the command as typed
    QString process;
    u64 user = 0;   // first user address
    u64 length = 0; // bytes the routine was asked to move
    bool toUser = true;
    bool readsOnly = false;   // strnlen_user / access_ok: nothing moves to the kernel's buffer
    QVector<int> kernelBytes; // -1: not known (yet)
    QVector<int> userBytes;   // -1: not known (yet)
    QVector<bool> done;       // moved so far
    u64 lastMovedFirst = 0;   // the piece the focused event moved
    u64 lastMovedCount = 0;
    QVector<UaccessPage> pages; // of the user buffer
    std::optional<bool> accessOk;
    std::optional<UaccessFault> fault;
    std::optional<i64> fixupRet; // ExtableFixup seen: what the fixup makes it return
    u64 fixupAddr = 0;
    bool finished = false; // the cursor is at the command's end
    bool retKnown = false; // the outcome was at hand: ret and value are set
    i64 ret = 0;
    u64 value = 0;
    QString oops;
};

// The commands this view explains (docs/scenario-language.md, "The user-space access API").
bool isUaccessCommand(const QString& word);

// Builds the view of `cmd` (which ran as the command whose events are `events`, of which the
// first `shown` are shown) on `state`; `outcome` is read only when every event is shown.
UaccessView buildUaccessView(const script::Command& cmd, std::span<const Event> events, std::size_t shown,
    const Session& state, const CommandOutcome* outcome);

// One sentence on the return value, e.g. "6 bytes were not copied: ...".
QString returnSentence(const UaccessView& v);

} // namespace pagelab::ui
