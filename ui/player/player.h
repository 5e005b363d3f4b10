// The player: the one place where the UI talks to the engine, and the cursor that walks the
// engine's journal one event at a time (design.md, Data flow).
//
// Commands come from the console, scenario files, lessons and clicks in views. Those not yet
// run wait in a queue; the history holds those that ran. The player keeps two Sessions one
// command apart: `before` has run every command of the history but the last, `after` all of
// them. Views draw state(): the machine at the cursor. With no event of the last command shown
// that is `before`, at its end `after`, and in between the machine as the last event shown
// left it: a copy of `before` that ran the command up to that event (Session::statesDuring),
// made when the cursor first stands there and kept while it stays in that command (several
// at once on a small machine, so stepping on costs nothing). Back past a command's first
// event puts it back at the front of the queue and rebuilds `before` by running the history
// again from the start: the engine is deterministic, so the state is restored exactly. When
// that history holds a long command and background runs are on, `before` is rebuilt on a
// worker while views draw `after`; only a step further back or the next command waits.
//
// Long commands (trace, workload: millions of references) typed in the console or stepped
// to run on a worker thread (BackgroundRun) when background runs are on (the main window):
// the worker runs them on `before`, which no view reads then (the cursor stays at the end of
// the last command, views draw `after`); at the end the two trade places as usual. Cancel
// throws the half-run Session away: `before` is rebuilt from the history, nothing else moved.
// runToEnd() (a scenario given at start) runs the whole queue that way, one long command
// after the other, and so does restore() (a saved session). Lessons, finish() and Instant
// run() stay synchronous (they wait for a background run first).
#pragma once

#include "machine/session.h"
#include "player/pacing.h"
#include "script/ast.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <vector>

class QTimer;

namespace pagelab::ui {

class BackgroundRun;
class SessionWarmUp;

class Player : public QObject {
    Q_OBJECT

public:
    // The file name typed commands run under ("<console>:1:5: error: ...").
    static QString consoleFile();

    enum class Mode {
        Instant, // run now, the cursor goes to the end of the last command
        Animate, // queue in front and play its events at the chosen speed
    };

    struct QueuedCommand {
        script::Command cmd;
        QString file;
        bool first = false; // first command of its text: the only place `machine` may stand
        bool again = false; // ran before and was stepped back over
    };

    explicit Player(QObject* parent = nullptr);
    ~Player() override;

    // Parses `text` whole; on a syntax error nothing runs and the diagnostics come back (and
    // rejected() is emitted). Instant runs every command now, stopping at the first failure.
    // `firstLine` numbers the lines of a block embedded in a bigger file (a lesson's block).
    RunOutcome run(const QString& text, const QString& file, Mode mode = Mode::Instant, u32 firstLine = 1);
    // What the user types (the console): like run(), but a long command runs in the background
    // and the result comes through executed(). While one runs, nothing else is accepted:
    // refused() says so and false comes back.
    bool submit(const QString& text, const QString& file, Mode mode);
    // Starts over from a fresh machine with `text` queued, nothing run yet (opening a scenario).
    RunOutcome load(const QString& text, const QString& file);

    // Replaces everything with `commands`, the first `position` of them run and `shown` events
    // of the last one shown (a saved session). Returns false, changing nothing, when they do
    // not fit together. With background runs on and a long command among those to run, they
    // run like runToEnd() (the window stays responsive, Cancel stops there), but a failed
    // command does not stop them (it failed in the saved session too); ranToEnd(true) says
    // the session is back. Otherwise they run before this returns.
    bool restore(std::vector<QueuedCommand> commands, int position, std::size_t shown);
    bool restoring() const { return restoreTo_.has_value(); }

    // Navigation. Step = one event; Next = to the end of this command, or the whole next one;
    // Back = one event backwards; Reset = everything back to the queue, a fresh machine.
    // Step, Next and Back do nothing while a command runs in the background.
    bool canStepForward() const;
    bool canStepBack() const;
    void step();
    void next();
    void back();
    void reset();
    void finish(); // runs the whole queue now (lessons, tests)
    // Runs the whole queue like finish(), stopping at a failed command or expect; with
    // background runs on, each long command runs on a worker (the window stays responsive,
    // Cancel stops the run there). ranToEnd() is emitted once it stops, before this returns
    // when nothing ran in the background.
    void runToEnd();
    bool runningToEnd() const { return toEnd_; }

    // How typed commands run: Animate plays their events (the default), Instant jumps to
    // the end (Preferences; tests).
    Mode typedMode() const { return typedMode_; }
    void setTypedMode(Mode mode) { typedMode_ = mode; }

    // Run/Pause: play events on a timer at `eventsPerSecond` for routine events; the events a
    // story turns on stay longer (pacing.h: Pacing). A lesson step names its key kinds there.
    bool playing() const { return playing_; }
    Pacing& pacing() { return pacing_; }
    int dwellMs() const; // how long Run stays on the event shown now
    // Skip to end: the current command's events and every waiting command, at once.
    void skipToEnd();
    void play();
    void pause();
    void setSpeed(double eventsPerSecond);
    double speed() const { return speed_; }

    // Background runs of long commands (off by default: tests and the CLI-like uses want
    // every command done when the call returns).
    void setBackgroundRuns(bool on) { background_ = on; }
    bool backgroundRuns() const { return background_; }
    bool busy() const { return job_ != nullptr; }
    void cancel(); // the running command stops; the state stays as before it
    struct Progress {
        QString command;         // its text
        u64 done = 0, total = 0; // references (total 0: not known yet)
        enum class Phase { Preparing, Running, Cancelling } phase = Phase::Running;
    };
    Progress progress() const; // of the command running in the background
    // After a long command ran in the background, a spare Session runs the history again
    // while the user reads (session_warm_up.h); true once it is done: the next command then
    // starts at once instead of first running the long one again on `before`.
    bool warmedUp() const;
    // After Back past a command with a long one in the history: `before` is being rebuilt on
    // a worker (true until something needs it: a step back, the next command).
    bool rebuildingBefore() const { return pendingBefore_ != nullptr; }

    // What views draw.
    const Session& state() const;                    // the machine at the cursor (see above)
    const Session& after() const { return *after_; } // after the current command
    bool atCommandEnd() const { return shown_ == commandEvents().size(); }
    std::span<const Event> commandEvents() const;      // the current command's events
    std::size_t shownEvents() const { return shown_; } // of commandEvents(), shown so far
    const Event* focusedEvent() const;                 // the last event shown, if any
    const Journal& journal() const { return after_->journal(); }
    std::size_t visibleJournalEvents() const; // journal prefix up to the cursor

    // Evaluates an `expect` condition against the state after every command that ran (a
    // lesson's task); runs nothing. nullopt when it cannot be evaluated, `why` says why.
    std::optional<bool> holds(const QString& condition, QString* why = nullptr) const;

    const CommandOutcome* currentOutcome() const; // of the current (last run) command
    QString currentCommandText() const;
    int historySize() const { return int(history_.size()); }
    int queueSize() const { return int(queue_.size()); }
    // What the user steps through: every command but `expect` checks, which have nothing to
    // show (a lesson's plumbing). Step and Back pass over them; a failed one stops the player.
    static bool isCheck(const script::Command& cmd) { return cmd.name == "expect"; }
    int shownCommandNumber() const; // of the current command among those (0 before any)
    int shownCommandTotal() const;  // history and queue
    // Every command of the session, in order: the history, then the queue (session save).
    std::vector<QueuedCommand> allCommands() const;
    // The command the journal numbers `index` (Event::command): the index-th that ran.
    const QueuedCommand* historyCommand(u32 index) const
    {
        return index < history_.size() ? &history_[index].command : nullptr;
    }
    // What the index-th command that ran reported (its samples along a long run: the charts).
    const CommandOutcome* historyOutcome(u32 index) const
    {
        return index < history_.size() ? &history_[index].outcome : nullptr;
    }
    int position() const { return int(history_.size()); } // commands run so far

Q_SIGNALS:
    // A command ran. `again` is true when it ran before and was stepped back over.
    void executed(
        const pagelab::CommandOutcome& outcome, const QString& source, const QString& file, bool again);
    void rejected(const pagelab::RunOutcome& outcome, const QString& source, const QString& file);
    // The cursor reached the end of a command (or passed it): what it printed may be shown
    // now, after its events were (the console, a lesson's task check). Once per run of a
    // command, in order; `again` as for executed().
    void reached(
        const pagelab::CommandOutcome& outcome, const QString& source, const QString& file, bool again);
    void stateChanged(); // state() is another state now: rebuild what you draw
    void cursorMoved();  // the focused event changed (also after stateChanged)
    void queueChanged(); // history or queue changed size
    void playingChanged(bool playing);
    void busyChanged(bool busy); // a command started or stopped running in the background
    void progressChanged();      // progress() moved
    // The background command was cancelled: it did not run, `error` is the engine's message.
    void cancelled(const QString& source, const QString& error);
    void refused(const QString& source, const QString& why); // submit() while busy
    // runToEnd() stopped: `ok` when the queue ran out with no failed command or expect (not
    // emitted when Open, Reset or a restore abandons the run).
    void ranToEnd(bool ok);

private:
    struct Done {
        QueuedCommand command;
        CommandOutcome outcome;
        bool again = false; // it ran before and was stepped back over (for reached())
    };

    bool parseInto(const QString& text, const QString& file, std::vector<QueuedCommand>& out,
        RunOutcome& outcome, u32 firstLine = 1);
    // Runs the queue's first command; false when the queue is empty. With `mayDefer` (and
    // background runs on) a long one starts in the background instead (busy() then).
    enum class Landing { AtStart, AtEnd }; // the cursor after a deferred command
    bool executeNext(bool mayDefer = false, Landing landing = Landing::AtStart);
    bool runsLong() const; // the queue's first command (or the catch-up before it) is long
    void startJob(Landing landing);
    void jobFinished();
    void settle();                             // waits for a background run and takes its result
    std::optional<QueuedCommand> abandonJob(); // stops it, returns its command
    void executeOnAfter();                     // the queue's first command on `after` (a run to the end)
    void runOnAfter(QueuedCommand next);       // runs it on `after`, into the history
    void record(QueuedCommand next, CommandOutcome outcome); // into the history, announced
    void continueInstant();
    void continueToEnd();
    void startWarmUp();
    void dropWarmUp();
    std::unique_ptr<Session> takeWarmUp();                    // the Session after the whole history, if ready
    std::unique_ptr<Session> replay(std::size_t count) const; // a Session after history_[0, count)
    void rebuildBefore();      // `before` for the history as it is now (after Back past a command)
    void ensureBefore() const; // waits for a `before` being rebuilt in the background
    void tick();
    void announce(bool stateToo);
    // Emits reached() for the commands of history_[0, count) not reported yet.
    void reportReached(std::size_t count);
    // After a step ran a command: `expect` checks that passed are not stopped at, the next
    // command runs in the same step. False when that started a background job.
    bool passChecks(Landing landing);
    // The machine `shown` events into the last command (0 < shown < its event count).
    const Session& stateBetween(std::size_t shown) const;
    void dropBetween() { between_.clear(); } // the last command changed

    // `before` may be rebuilt on a worker after Back (rebuildBefore): until it is taken,
    // before_ is null and pendingBefore_ runs; ensureBefore() waits for it (even in state()).
    mutable std::unique_ptr<Session> before_;
    mutable std::unique_ptr<SessionWarmUp> pendingBefore_;
    std::unique_ptr<Session> after_;
    // States between the events of the last command, by events shown (stateBetween).
    mutable std::map<std::size_t, std::unique_ptr<Session>> between_;
    std::vector<Done> history_;
    std::size_t reached_ = 0; // commands of the history reached() was emitted for
    std::deque<QueuedCommand> queue_;
    std::size_t shown_ = 0;
    bool playing_ = false;
    double speed_ = 4.0;
    Pacing pacing_;
    Mode typedMode_ = Mode::Animate;
    QTimer* timer_ = nullptr;
    bool background_ = false;
    int instantLeft_ = 0; // typed commands (Instant) still to run after the background one
    bool toEnd_ = false;  // runToEnd() goes on after the background one
    // restore() in the background: how many commands the history will hold, and how many
    // events of the last one to show then. The run to the end stops there, not at failures.
    std::optional<std::size_t> restoreTo_;
    std::size_t restoreShown_ = 0;
    // Set while a run to the end has run commands on `after` (executeOnAfter): how many
    // commands of the history `before` has run (it is further behind than the last one).
    std::optional<std::size_t> beforeRan_;
    std::unique_ptr<SessionWarmUp> warmUp_;
    struct Job;
    std::unique_ptr<Job> job_; // last: destroyed (waiting for its worker) before the sessions
};

} // namespace pagelab::ui
