#include "player/pacing.h"

#include "journal/message.h"

#include <algorithm>

namespace pagelab::ui {

namespace {

// A key event stays for the time its sentence takes to read, at about 50 characters a second at
// the default 4 events per second, and between 4 and 10 times a routine event.
constexpr double kDefaultSpeed = 4.0;
constexpr double kMsPerChar = 20.0;

QString kindOf(const Event& e)
{
    const std::string_view name = eventName(e.data);
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}

} // namespace

bool Pacing::keyByDefault(const Event& e)
{
    return std::visit(
        []<typename E>(const E&) {
            return std::
                       is_same_v<
                           E, ev::TlbLookup> || std::is_same_v<E, ev::TlbFill> || std::is_same_v<E, ev::TlbFlush> || std::is_same_v<E, ev::TlbInvalidate> || std::is_same_v<E, ev::PageFault> || std::is_same_v<E, ev::Translated> || std::is_same_v<E, ev::ZeroFill> || std::is_same_v<E, ev::FileRead> || std::is_same_v<E, ev::CowBreak> || std::is_same_v<E, ev::SignalSent> || std::is_same_v<E, ev::Writeback> || std::is_same_v<E, ev::RemapPfn> || std::is_same_v<E, ev::ProcessForked> || std::is_same_v<E, ev::ProcessExited> || std::is_same_v<E, ev::FaultResolved> || std::is_same_v<E, ev::AccessOkCheck> || std::is_same_v<E, ev::ExtableFixup> || std::is_same_v<E, ev::Oops> || std::is_same_v<E, ev::Evict> || std::is_same_v<E, ev::SwapOut> || std::is_same_v<E, ev::SwapIn> || std::is_same_v<E, ev::Discard> || std::is_same_v<E, ev::OomKill> || std::is_same_v<E, ev::SwapCacheHit>;
        },
        e.data);
}

int Pacing::dwellMs(std::span<const Event> events, std::size_t index, double speed) const
{
    speed = std::max(speed, 0.01);
    const int routine = int(1000.0 / speed);
    if (index >= events.size())
        return routine;
    const Event& e = events[index];
    std::size_t seen = 0; // earlier events of this kind in the command
    for (std::size_t i = 0; i < index; ++i)
        seen += events[i].data.index() == e.data.index() ? 1 : 0;
    const bool lessonKinds = !keyKinds_.isEmpty();
    const bool key = lessonKinds ? keyKinds_.contains(kindOf(e)) : keyByDefault(e);
    if (key && seen < (lessonKinds ? kReadLessonKind : 1)) {
        const double read = double(describeEnglish(e).size()) * kMsPerChar * kDefaultSpeed / speed;
        return int(std::clamp(read, 4.0 * routine, 10.0 * routine));
    }
    if (seen < kAtSpeed)
        return routine;
    return std::max(routine / 8, 10); // the story has been told: the rest of the run goes by
}

} // namespace pagelab::ui
