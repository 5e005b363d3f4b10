// How long the player stays on each event while it plays (Run, a lesson's animation). The
// first event of each kind a story turns on (a fault, a TLB lookup or fill, the translation's
// result, a swap-out ...) stays long enough to read its sentence; routine steps (entry reads,
// A/D bits, frames handed out) and the next few of a kind pass at the slider's speed; after
// the first few, a kind that keeps repeating in the command goes by quickly, so a 242-event
// reveal shows its first swap-out for a moment and the other fifteen in a blink. A lesson
// step may name the kinds that matter for it: those are read every time (up to a few), and
// everything else is routine. The speed slider scales it all. Presentation only: what
// happens is the engine's, how long it shows is decided here.
#pragma once

#include "journal/event.h"

#include <QStringList>

#include <span>

namespace pagelab::ui {

class Pacing {
public:
    // Kinds (eventName: "PageFault", "WalkRead" ...) the current lesson step says matter;
    // empty: the defaults (keyByDefault).
    void setKeyKinds(const QStringList& kinds) { keyKinds_ = kinds; }
    const QStringList& keyKinds() const { return keyKinds_; }

    // Milliseconds to stay on events[index], the event just shown, when routine events go at
    // `speed` per second.
    int dwellMs(std::span<const Event> events, std::size_t index, double speed) const;

    // The kinds a story turns on, when no lesson says otherwise.
    static bool keyByDefault(const Event& e);

    // Of one kind in one command: how many are read (a lesson's kinds; the defaults' first),
    // and how many are shown at the slider's speed before the rest go by quickly.
    static constexpr std::size_t kReadLessonKind = 8;
    static constexpr std::size_t kAtSpeed = 5;

private:
    QStringList keyKinds_;
};

} // namespace pagelab::ui
