// A Session brought up to date in the background, ahead of need. After a long command (a
// `trace` or `workload` of millions of references) the player's `before` Session is one
// command behind, and the next command would first have to run the long one again on it.
// The warm-up runs the whole history on a fresh Session while the user reads the result, so
// that the next command can take it and start at once. Nothing else touches its Session
// until it is taken; stop() abandons it (the long command stops at its next progress report).
#pragma once

#include "player/background_run.h"

#include <QFuture>

#include <atomic>
#include <memory>
#include <vector>

namespace pagelab::ui {

class SessionWarmUp {
public:
    // Starts running `history` (every command of the player's history, in order) on a new
    // Session, on a worker thread. `forSize` is the history's size it stands for.
    SessionWarmUp(std::vector<BackgroundRun::Item> history, std::size_t forSize);
    ~SessionWarmUp(); // stops and waits

    std::size_t forSize() const { return forSize_; }
    bool ready() const; // done, and not stopped
    // The Session after the whole history; only when ready().
    std::unique_ptr<Session> take();
    // The same, waiting for the worker to finish; nullptr only after stop().
    std::unique_ptr<Session> wait();
    void stop(); // abandon and wait for the worker

private:
    std::unique_ptr<Session> session_;
    std::atomic<bool> stop_ { false };
    std::atomic<bool> complete_ { false };
    std::size_t forSize_ = 0;
    QFuture<void> future_;
};

} // namespace pagelab::ui
