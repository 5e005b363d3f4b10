// One command run on a worker thread, so that a long `trace` or `workload` (millions of
// references) leaves the window responsive. The player hands over the Session the command
// runs on and touches it no more until finished(); the worker reports how far it got
// (polled, a few times a second) and stops when cancelled. A cancelled run leaves its Session
// part-way: the worker then rebuilds the state the player needs on a spare Session by running
// the history again (the engine is deterministic), unless the run was abandoned.
#pragma once

#include "machine/session.h"
#include "script/ast.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class QTimer;

namespace pagelab::ui {

class BackgroundRun : public QObject {
    Q_OBJECT

public:
    struct Item {
        script::Command cmd;
        std::string file;
        bool first = false;
    };
    enum class Phase {
        CatchingUp, // the Session first runs the commands it lacks (the player's `before`)
        Running,    // the command itself
        Restoring,  // cancelled: rebuilding the state before it on the spare Session
    };

    explicit BackgroundRun(QObject* parent = nullptr);
    ~BackgroundRun() override; // waits for the worker

    // Runs `catchUp` (usually the previous command, or none) then `command` on `target`; when
    // cancelled, runs `restore` on a fresh spare Session (spare()). Call once.
    void start(Session& target, std::vector<Item> catchUp, Item command, std::vector<Item> restore);
    void cancel();  // the worker stops at its next progress report
    void abandon(); // cancel, and do not rebuild anything: the caller starts over
    void wait();    // blocks until the worker is done (finished() is not emitted then)

    bool cancelRequested() const { return cancel_; }
    Phase phase() const { return Phase(phase_.load()); }
    u64 done() const { return done_; }
    u64 total() const { return total_; }

    // After finished() or wait():
    bool cancelled() const { return cancelled_; }
    const CommandOutcome& outcome() const { return outcome_; }
    std::unique_ptr<Session> takeSpare() { return std::move(spare_); }

Q_SIGNALS:
    void progressed(); // done()/total()/phase() moved (polled on the UI thread)
    void finished();

private:
    void work(Session& target, const std::vector<Item>& catchUp, const Item& command,
        const std::vector<Item>& restore);

    QFutureWatcher<void> watcher_;
    QTimer* poll_ = nullptr;
    std::unique_ptr<Session> spare_;
    std::atomic<bool> cancel_ { false };
    std::atomic<bool> abandon_ { false };
    std::atomic<int> phase_ { int(Phase::Running) };
    std::atomic<u64> done_ { 0 };
    std::atomic<u64> total_ { 0 };
    // Written by the worker, read after it finished.
    CommandOutcome outcome_;
    bool cancelled_ = false;
};

} // namespace pagelab::ui
