// The event journal: the engine appends every micro-step here; the CLI prints it and the UI
// plays it. When disabled (trace replay, benchmarks) recording costs one branch.
#pragma once

#include "journal/event.h"

#include <functional>
#include <vector>

namespace pagelab {

class Journal {
public:
    Journal() = default;
    // A copy has the events, not the observer (it watches the original's run).
    Journal(const Journal& other)
        : enabled_(other.enabled_)
        , command_(other.command_)
        , events_(other.events_)
    {
    }
    Journal& operator=(const Journal&) = delete;

    bool enabled() const { return enabled_; }
    void setEnabled(bool on) { enabled_ = on; }
    void setCommand(u32 index) { command_ = index; }

    template <typename E>
    void append(E&& e)
    {
        if (enabled_) {
            events_.push_back(Event { command_, EventData { std::forward<E>(e) } });
            if (observer_)
                observer_();
        }
    }

    // Called right after each event is recorded, while the engine is still inside the
    // command that recorded it: the machine is as that event leaves it (Session::statesDuring).
    void setObserver(std::function<void()> observer) { observer_ = std::move(observer); }

    const std::vector<Event>& events() const { return events_; }
    std::size_t size() const { return events_.size(); }
    void clear() { events_.clear(); }

private:
    bool enabled_ = true;
    u32 command_ = 0;
    std::vector<Event> events_;
    std::function<void()> observer_;
};

// Helper for hot paths: emit only when a journal is attached and recording.
template <typename E>
inline void record(Journal* j, E&& e)
{
    if (j && j->enabled())
        j->append(std::forward<E>(e));
}

} // namespace pagelab
