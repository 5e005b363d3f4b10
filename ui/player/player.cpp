#include "player/player.h"

#include "player/background_run.h"
#include "player/session_warm_up.h"
#include "script/parser.h"

#include <QTimer>

#include <algorithm>
#include <exception>
#include <iterator>
#include <limits>
#include <utility>

namespace pagelab::ui {

namespace {
// Commands that may run millions of references (docs/scenario-language.md, Traces).
bool isLong(const script::Command& cmd)
{
    return cmd.name == "trace" || cmd.name == "workload";
}

BackgroundRun::Item itemOf(const Player::QueuedCommand& c)
{
    return BackgroundRun::Item { c.cmd, c.file.toStdString(), c.first };
}
} // namespace

struct Player::Job {
    BackgroundRun* run = nullptr; // a child of the player
    QueuedCommand command;
    Landing landing = Landing::AtStart;
    bool resumePlaying = false;
};

QString Player::consoleFile()
{
    return QStringLiteral("<console>");
}

Player::Player(QObject* parent)
    : QObject(parent)
    , before_(std::make_unique<Session>())
    , after_(std::make_unique<Session>())
    , timer_(new QTimer(this))
{
    connect(timer_, &QTimer::timeout, this, &Player::tick);
    setSpeed(speed_);
}

Player::~Player()
{
    // The worker runs on a session: it must stop before the sessions go.
    if (job_) {
        job_->run->abandon();
        job_->run->wait();
    }
}

bool Player::parseInto(const QString& text, const QString& file, std::vector<QueuedCommand>& out,
    RunOutcome& outcome, u32 firstLine)
{
    const std::string fileName = file.toStdString();
    script::ParseResult parsed = script::parse(text.toStdString(), fileName, firstLine);
    if (!parsed.ok()) {
        outcome.diagnostics = std::move(parsed.diagnostics);
        Q_EMIT rejected(outcome, text, file);
        return false;
    }
    bool first = true;
    for (auto& cmd : parsed.script.commands) {
        out.push_back(QueuedCommand { std::move(cmd), file, first, false });
        first = false;
    }
    return true;
}

RunOutcome Player::run(const QString& text, const QString& file, Mode mode, u32 firstLine)
{
    RunOutcome outcome;
    std::vector<QueuedCommand> commands;
    if (!parseInto(text, file, commands, outcome, firstLine))
        return outcome;
    if (mode == Mode::Instant)
        settle(); // its outcome comes back now
    // In front of whatever a scenario still has queued: what the user asks for runs now.
    queue_.insert(queue_.begin(), commands.begin(), commands.end());
    if (mode == Mode::Animate) {
        Q_EMIT queueChanged();
        if (job_) {
            job_->resumePlaying = true; // after the background command
            return outcome;
        }
        if (!atCommandEnd()) {
            shown_ = commandEvents().size();
            announce(true);
        }
        play();
        return outcome;
    }
    for (std::size_t i = 0; i < commands.size(); ++i) {
        pause();
        executeNext();
        shown_ = commandEvents().size();
        const CommandOutcome& last = history_.back().outcome;
        outcome.commands.push_back(last);
        if (!last.ok || last.expectFailed) {
            // Nothing runs past a failed command: later ones would build on it.
            queue_.erase(queue_.begin(), queue_.begin() + std::ptrdiff_t(commands.size() - i - 1));
            break;
        }
    }
    announce(true);
    return outcome;
}

bool Player::submit(const QString& text, const QString& file, Mode mode)
{
    if (job_) {
        Q_EMIT refused(text,
            tr("Still running %1: wait for it to finish or press Cancel, then type again.")
                .arg(QString::fromStdString(job_->command.cmd.text).trimmed()));
        return false;
    }
    // Animated commands play step by step, and a step defers a long one by itself.
    if (!background_ || mode == Mode::Animate)
        return run(text, file, mode).parsed();
    RunOutcome outcome;
    std::vector<QueuedCommand> commands;
    if (!parseInto(text, file, commands, outcome))
        return false;
    queue_.insert(queue_.begin(), commands.begin(), commands.end());
    instantLeft_ = int(commands.size());
    continueInstant();
    return true;
}

void Player::continueInstant()
{
    bool ran = false;
    while (instantLeft_ > 0 && !queue_.empty()) {
        pause();
        if (runsLong()) {
            if (ran)
                announce(true);
            startJob(Landing::AtEnd);
            return; // jobFinished() carries on
        }
        --instantLeft_;
        executeNext();
        ran = true;
        shown_ = commandEvents().size();
        const CommandOutcome& last = history_.back().outcome;
        if (!last.ok || last.expectFailed) {
            // Nothing runs past a failed command: later ones would build on it.
            queue_.erase(queue_.begin(),
                queue_.begin() + std::min<std::ptrdiff_t>(instantLeft_, std::ptrdiff_t(queue_.size())));
            instantLeft_ = 0;
        }
    }
    instantLeft_ = 0;
    announce(true);
}

RunOutcome Player::load(const QString& text, const QString& file)
{
    RunOutcome outcome;
    std::vector<QueuedCommand> commands;
    if (!parseInto(text, file, commands, outcome))
        return outcome;
    abandonJob();
    pause();
    dropWarmUp();
    pendingBefore_.reset(); // stops its worker: `before` is made anew below
    history_.clear();
    dropBetween();
    queue_.assign(commands.begin(), commands.end());
    before_ = std::make_unique<Session>();
    after_ = std::make_unique<Session>();
    shown_ = 0;
    announce(true);
    return outcome;
}

bool Player::restore(std::vector<QueuedCommand> commands, int position, std::size_t shown)
{
    if (position < 0 || std::size_t(position) > commands.size())
        return false;
    abandonJob();
    pause();
    dropWarmUp();
    pendingBefore_.reset(); // stops its worker: `before` is made anew below
    history_.clear();
    dropBetween();
    queue_.assign(commands.begin(), commands.end());
    for (auto& c : queue_)
        c.again = true; // they ran before, in the session that was saved
    before_ = std::make_unique<Session>();
    after_ = std::make_unique<Session>();
    const bool anyLong = std::any_of(
        queue_.begin(), queue_.begin() + position, [](const QueuedCommand& c) { return isLong(c.cmd); });
    if (background_ && anyLong) {
        restoreTo_ = std::size_t(position);
        restoreShown_ = shown;
        toEnd_ = true;
        continueToEnd();
        return true;
    }
    for (int i = 0; i < position; ++i)
        executeNext();
    shown_ = std::min(shown, commandEvents().size());
    announce(true);
    return true;
}

bool Player::executeNext(bool mayDefer, Landing landing)
{
    if (queue_.empty())
        return false;
    if (mayDefer && runsLong()) {
        startJob(landing);
        return true;
    }
    ensureBefore();
    QueuedCommand next = std::move(queue_.front());
    queue_.pop_front();
    // `before` catches up with the last command, then the two trade places: the old `after`
    // is the state before the new command, which runs on the other one.
    if (!history_.empty()) {
        if (std::unique_ptr<Session> warm = takeWarmUp()) {
            before_ = std::move(warm); // already after the last command
        } else {
            const Done& last = history_.back();
            before_->execute(last.command.cmd, last.command.file.toStdString(), last.command.first);
        }
    }
    std::swap(before_, after_);
    runOnAfter(std::move(next));
    return true;
}

void Player::runOnAfter(QueuedCommand next)
{
    CommandOutcome outcome;
    try {
        outcome = after_->execute(next.cmd, next.file.toStdString(), next.first);
    } catch (const std::exception& e) {
        // The Session reports command failures itself; this only keeps an unexpected engine
        // exception from taking the whole application down.
        outcome.line = next.cmd.pos.line;
        outcome.cmd = next.cmd.name;
        outcome.ok = false;
        outcome.error = script::Diagnostic { next.file.toStdString(), next.cmd.pos, e.what() }.format();
    }
    record(std::move(next), std::move(outcome));
}

void Player::executeOnAfter()
{
    // A short command after a long one, in a run to the end: executeNext() would first run
    // the long one again on `before`. It runs on `after` instead (the views draw `after`
    // anyway, the cursor at its end); `before` falls behind and is rebuilt once the run
    // stops, or caught up by the next long command's job.
    if (!beforeRan_)
        beforeRan_ = history_.empty() ? 0 : history_.size() - 1;
    dropWarmUp(); // for a history about to change
    QueuedCommand next = std::move(queue_.front());
    queue_.pop_front();
    runOnAfter(std::move(next));
}

void Player::record(QueuedCommand next, CommandOutcome outcome)
{
    const bool again = next.again;
    next.again = false;
    reportReached(history_.size()); // the cursor has passed every command before this one
    history_.push_back(Done { std::move(next), std::move(outcome), again });
    dropBetween();
    shown_ = 0;
    const Done& done = history_.back();
    Q_EMIT executed(done.outcome, QString::fromStdString(done.command.cmd.text), done.command.file, again);
    if (!done.outcome.ok || done.outcome.expectFailed)
        pause(); // the user reads the error before anything else runs
}

bool Player::runsLong() const
{
    if (!background_ || queue_.empty())
        return false;
    // Running the next command first brings `before` up to date with the last one: when that
    // was long, so is the catch-up.
    return isLong(queue_.front().cmd)
        || (!history_.empty() && isLong(history_.back().command.cmd) && !warmedUp());
}

bool Player::warmedUp() const
{
    return warmUp_ && warmUp_->forSize() == history_.size() && warmUp_->ready();
}

void Player::startWarmUp()
{
    dropWarmUp();
    std::vector<BackgroundRun::Item> items;
    items.reserve(history_.size());
    for (const Done& d : history_)
        items.push_back(itemOf(d.command));
    warmUp_ = std::make_unique<SessionWarmUp>(std::move(items), history_.size());
}

void Player::dropWarmUp()
{
    warmUp_.reset(); // stops its worker and waits
}

std::unique_ptr<Session> Player::takeWarmUp()
{
    std::unique_ptr<Session> s = warmedUp() ? warmUp_->take() : nullptr;
    dropWarmUp(); // used, unfinished (the caller catches up itself) or stale
    return s;
}

void Player::startJob(Landing landing)
{
    ensureBefore();
    auto job = std::make_unique<Job>();
    job->command = std::move(queue_.front());
    queue_.pop_front();
    job->landing = landing;
    job->resumePlaying = playing_;
    pause();
    // Views draw `after` (the end of the last command) while the worker runs on `before`.
    shown_ = commandEvents().size();
    std::vector<BackgroundRun::Item> catchUp;
    std::vector<BackgroundRun::Item> restore;
    if (!history_.empty()) {
        if (std::unique_ptr<Session> warm = takeWarmUp()) {
            before_ = std::move(warm); // already after the last command: no catch-up
        } else {
            // The last command, or every one `before` lacks when a run to the end ran some
            // on `after` (executeOnAfter).
            for (std::size_t i = beforeRan_.value_or(history_.size() - 1); i < history_.size(); ++i)
                catchUp.push_back(itemOf(history_[i].command));
        }
        for (std::size_t i = 0; i + 1 < history_.size(); ++i)
            restore.push_back(itemOf(history_[i].command));
    }
    beforeRan_.reset();
    job->run = new BackgroundRun(this);
    connect(job->run, &BackgroundRun::progressed, this, &Player::progressChanged);
    connect(job->run, &BackgroundRun::finished, this, &Player::jobFinished);
    job->run->start(*before_, std::move(catchUp), itemOf(job->command), std::move(restore));
    job_ = std::move(job);
    announce(true);
    Q_EMIT busyChanged(true);
}

void Player::jobFinished()
{
    if (!job_)
        return;
    std::unique_ptr<Job> job = std::move(job_);
    BackgroundRun& run = *job->run;
    run.disconnect(this);
    run.deleteLater(); // we may be inside its signal
    if (run.cancelled()) {
        // `before` ran part of the command: the state before the last command replaces it.
        before_ = run.takeSpare();
        const std::string& error = run.outcome().error;
        Q_EMIT cancelled(QString::fromStdString(job->command.cmd.text),
            error.empty() ? tr("%1: cancelled before it started")
                                .arg(QString::fromStdString(job->command.cmd.text).trimmed())
                          : QString::fromStdString(error));
        // Typed commands after it would have built on it.
        const std::ptrdiff_t after = std::max(instantLeft_ - 1, 0);
        queue_.erase(
            queue_.begin(), queue_.begin() + std::min<std::ptrdiff_t>(after, std::ptrdiff_t(queue_.size())));
        instantLeft_ = 0;
        announce(true);
        Q_EMIT busyChanged(false);
        beforeRan_.reset(); // the spare is the state before the last command
        if (std::exchange(toEnd_, false)) {
            // A scenario (or a restore) stops there: the cancelled command waits in front of
            // the rest.
            restoreTo_.reset();
            queue_.push_front(std::move(job->command));
            announce(false);
            Q_EMIT ranToEnd(false);
        }
        return;
    }
    std::swap(before_, after_);
    const CommandOutcome outcome = run.outcome();
    record(std::move(job->command), outcome);
    if (isLong(history_.back().command.cmd))
        startWarmUp(); // so that the next command need not run this one again first
    if (job->landing == Landing::AtEnd)
        shown_ = commandEvents().size();
    const bool failed = !outcome.ok || outcome.expectFailed;
    Q_EMIT busyChanged(false);
    if (instantLeft_ > 0) {
        --instantLeft_;
        if (failed) {
            queue_.erase(queue_.begin(),
                queue_.begin() + std::min<std::ptrdiff_t>(instantLeft_, std::ptrdiff_t(queue_.size())));
            instantLeft_ = 0;
        }
        continueInstant();
        return;
    }
    if (toEnd_) {
        if (failed && !restoreTo_)
            toEnd_ = false; // continueToEnd() reports the stop without running on
        continueToEnd();
        return;
    }
    announce(true);
    if (job->resumePlaying && !failed)
        play();
}

void Player::settle()
{
    // Typed commands after the background one may start another.
    while (job_) {
        job_->run->wait();
        jobFinished();
    }
}

std::optional<Player::QueuedCommand> Player::abandonJob()
{
    if (!job_)
        return std::nullopt;
    std::unique_ptr<Job> job = std::move(job_);
    job->run->abandon();
    job->run->wait();
    job->run->disconnect(this);
    job->run->deleteLater();
    instantLeft_ = 0;
    toEnd_ = false;
    restoreTo_.reset();
    beforeRan_.reset();
    // `before` ran part of the command: the caller replaces both sessions.
    Q_EMIT busyChanged(false);
    return std::move(job->command);
}

void Player::cancel()
{
    if (job_)
        job_->run->cancel();
    Q_EMIT progressChanged();
}

Player::Progress Player::progress() const
{
    Progress p;
    if (!job_)
        return p;
    const BackgroundRun& run = *job_->run;
    p.command = QString::fromStdString(job_->command.cmd.text).trimmed();
    p.done = run.done();
    p.total = run.total();
    if (run.cancelRequested())
        p.phase = Progress::Phase::Cancelling;
    else if (run.phase() == BackgroundRun::Phase::CatchingUp)
        p.phase = Progress::Phase::Preparing;
    return p;
}

std::unique_ptr<Session> Player::replay(std::size_t count) const
{
    // Every command from the first, even before a `machine`: the journal numbers events by
    // command, and both sessions must number them alike.
    auto s = std::make_unique<Session>();
    const std::size_t from = 0;
    for (std::size_t i = from; i < count; ++i)
        s->execute(
            history_[i].command.cmd, history_[i].command.file.toStdString(), history_[i].command.first);
    return s;
}

bool Player::canStepForward() const
{
    return !atCommandEnd() || !queue_.empty();
}

bool Player::canStepBack() const
{
    return shown_ > 0 || !history_.empty();
}

void Player::step()
{
    if (job_)
        return;
    if (!atCommandEnd()) {
        ++shown_;
        announce(true); // the machine at the cursor moved on
        return;
    }
    if (executeNext(true)) {
        if (job_ || !passChecks(Landing::AtStart))
            return;
        // A command without events is done at once.
        announce(true);
    } else {
        pause();
    }
}

bool Player::passChecks(Landing landing)
{
    while (!history_.empty() && isCheck(history_.back().command.cmd)) {
        const CommandOutcome& o = history_.back().outcome;
        if (!o.ok || o.expectFailed || queue_.empty())
            return true; // a failed check stops the player there, to be read
        executeNext(true, landing);
        if (job_)
            return false;
    }
    return true;
}

void Player::next()
{
    if (job_)
        return;
    if (atCommandEnd()) {
        if (!executeNext(true, Landing::AtEnd)) {
            pause();
            return;
        }
        if (job_ || !passChecks(Landing::AtEnd))
            return;
    }
    shown_ = commandEvents().size();
    announce(true);
}

void Player::back()
{
    if (job_)
        return;
    ensureBefore(); // a step into the last command's events shows `before`
    if (shown_ > 0) {
        --shown_;
        announce(true);
        return;
    }
    if (history_.empty())
        return;
    // Before the command's first event: it goes back to the queue, the previous command is
    // shown at its end. `before` already holds that state; a new `before` is replayed. An
    // `expect` check there has nothing to show: it goes back to the queue too.
    dropWarmUp(); // it stands for the history as it was
    do {
        ensureBefore();
        Done last = std::move(history_.back());
        history_.pop_back();
        dropBetween();
        last.command.again = true;
        queue_.push_front(std::move(last.command));
        after_ = std::move(before_);
        rebuildBefore();
    } while (!history_.empty() && isCheck(history_.back().command.cmd));
    shown_ = commandEvents().size();
    announce(true);
}

void Player::rebuildBefore()
{
    const std::size_t count = history_.empty() ? 0 : history_.size() - 1;
    const bool longHistory = std::any_of(history_.begin(), history_.begin() + std::ptrdiff_t(count),
        [](const Done& d) { return isLong(d.command.cmd); });
    if (!background_ || !longHistory) {
        before_ = count == 0 ? std::make_unique<Session>() : replay(count);
        return;
    }
    // Views draw `after` (the cursor is at the end of the last command): the user reads it
    // while the history runs again on a worker.
    std::vector<BackgroundRun::Item> items;
    items.reserve(count);
    for (std::size_t i = 0; i < count; ++i)
        items.push_back(itemOf(history_[i].command));
    before_.reset();
    pendingBefore_ = std::make_unique<SessionWarmUp>(std::move(items), count);
}

void Player::ensureBefore() const
{
    if (!pendingBefore_)
        return;
    before_ = pendingBefore_->wait();
    const std::size_t count = pendingBefore_->forSize();
    pendingBefore_.reset();
    if (!before_) // stopped: cannot happen while the player lives, but never draw nothing
        before_ = count == 0 ? std::make_unique<Session>() : replay(count);
}

void Player::reset()
{
    if (std::optional<QueuedCommand> running = abandonJob())
        queue_.push_front(std::move(*running)); // it waits with the others
    pause();
    for (auto it = history_.rbegin(); it != history_.rend(); ++it) {
        it->command.again = true;
        queue_.push_front(std::move(it->command));
    }
    dropWarmUp();
    pendingBefore_.reset(); // stops its worker: `before` is made anew below
    history_.clear();
    dropBetween();
    before_ = std::make_unique<Session>();
    after_ = std::make_unique<Session>();
    shown_ = 0;
    announce(true);
}

void Player::runToEnd()
{
    settle();
    pause();
    toEnd_ = true;
    continueToEnd();
}

void Player::continueToEnd()
{
    bool ran = false;
    const std::size_t end = restoreTo_.value_or(std::numeric_limits<std::size_t>::max());
    while (toEnd_ && !queue_.empty() && history_.size() < end) {
        const bool frontLong = isLong(queue_.front().cmd);
        // A restore may stop inside its last command: `before` must be exact for that one.
        const bool lastOfRestore = restoreTo_ && history_.size() + 1 == *restoreTo_;
        if (background_ && (frontLong || beforeRan_ || runsLong())) {
            if (!frontLong && !lastOfRestore) {
                executeOnAfter(); // no need to run the long one again on `before` first
            } else {
                if (ran)
                    announce(true);
                startJob(Landing::AtEnd);
                return; // jobFinished() carries on
            }
        } else {
            executeNext();
        }
        ran = true;
        const CommandOutcome& last = history_.back().outcome;
        if (!restoreTo_ && (!last.ok || last.expectFailed))
            break; // the rest stays queued, as after finish()
    }
    if (std::exchange(beforeRan_, std::nullopt))
        rebuildBefore(); // on a worker when the history holds a long command
    bool ok = false;
    if (restoreTo_) {
        ok = history_.size() == end;
        shown_ = std::min(restoreShown_, commandEvents().size());
        restoreTo_.reset();
    } else {
        const bool failed
            = !history_.empty() && (!history_.back().outcome.ok || history_.back().outcome.expectFailed);
        ok = queue_.empty() && !failed;
        shown_ = commandEvents().size();
    }
    toEnd_ = false;
    announce(true);
    Q_EMIT ranToEnd(ok);
}

void Player::finish()
{
    settle();
    pause();
    while (executeNext()) {
        const CommandOutcome& o = history_.back().outcome;
        if (!o.ok || o.expectFailed)
            break;
    }
    shown_ = commandEvents().size();
    announce(true);
}

void Player::play()
{
    if (playing_ || !canStepForward())
        return;
    if (job_) {
        job_->resumePlaying = true;
        return;
    }
    playing_ = true;
    timer_->start();
    Q_EMIT playingChanged(true);
}

void Player::pause()
{
    if (!playing_)
        return;
    playing_ = false;
    timer_->stop();
    Q_EMIT playingChanged(false);
}

void Player::setSpeed(double eventsPerSecond)
{
    speed_ = std::clamp(eventsPerSecond, 0.25, 1000.0);
    timer_->setInterval(int(1000.0 / speed_));
}

void Player::tick()
{
    if (job_)
        return;
    if (!canStepForward()) {
        pause();
        return;
    }
    step();
    // Stay on the event just shown as long as the story needs (pacing.h).
    timer_->setInterval(
        shown_ > 0 ? pacing_.dwellMs(commandEvents(), shown_ - 1, speed_) : int(1000.0 / speed_));
}

int Player::dwellMs() const
{
    return timer_->interval();
}

void Player::skipToEnd()
{
    // The current command to its end, then every command waiting, as a scenario runs.
    if (job_)
        return;
    pause();
    if (!atCommandEnd()) {
        shown_ = commandEvents().size();
        announce(true);
    }
    if (!queue_.empty())
        runToEnd();
}

const Session& Player::state() const
{
    if (atCommandEnd())
        return *after_;
    ensureBefore();
    if (shown_ == 0)
        return *before_;
    return stateBetween(shown_);
}

const Session& Player::stateBetween(std::size_t shown) const
{
    if (auto it = between_.find(shown); it != between_.end())
        return *it->second;
    // As many states per run of the command as fit the budget: all of a short command on a
    // teaching machine, one at a time on a machine of millions of frames.
    constexpr std::size_t kBudget = std::size_t { 64 } << 20;
    const std::size_t window
        = std::clamp<std::size_t>(kBudget / std::max<std::size_t>(before_->footprintBytes(), 1), 1, 64);
    // From a few events behind the cursor on (stepping forward is what users do most).
    const std::size_t count = commandEvents().size();
    std::vector<std::size_t> at;
    for (std::size_t k = shown - std::min(shown - 1, window / 4); k < count && at.size() < window; ++k)
        if (!between_.count(k))
            at.push_back(k);
    const QueuedCommand& cmd = history_.back().command;
    std::vector<std::unique_ptr<Session>> states
        = before_->statesDuring(cmd.cmd, cmd.file.toStdString(), cmd.first, at);
    for (std::size_t i = 0; i < states.size(); ++i)
        between_[at[i]] = std::move(states[i]);
    // Keep those nearest the cursor.
    const auto distance = [shown](std::size_t k) { return k > shown ? k - shown : shown - k; };
    while (between_.size() > 2 * window) {
        const auto first = between_.begin();
        const auto last = std::prev(between_.end());
        between_.erase(distance(first->first) > distance(last->first) ? first : last);
    }
    if (auto it = between_.find(shown); it != between_.end())
        return *it->second;
    return *before_; // the engine is deterministic: not reached
}

std::span<const Event> Player::commandEvents() const
{
    if (history_.empty())
        return {};
    const CommandOutcome& o = history_.back().outcome;
    const auto& events = after_->journal().events();
    const std::size_t end = std::min(o.endEvent, events.size());
    const std::size_t first = std::min(o.firstEvent, end);
    return std::span<const Event>(events).subspan(first, end - first);
}

const Event* Player::focusedEvent() const
{
    return shown_ == 0 ? nullptr : &commandEvents()[shown_ - 1];
}

std::size_t Player::visibleJournalEvents() const
{
    if (history_.empty())
        return 0;
    return std::min(history_.back().outcome.firstEvent + shown_, after_->journal().size());
}

std::optional<bool> Player::holds(const QString& condition, QString* why) const
{
    std::string reason;
    // holds() records nothing and changes nothing; the Session API is not const only because
    // evaluating walks the same code paths as the `expect` command.
    const std::optional<bool> result = after_->holds(condition.toStdString(), &reason);
    if (why)
        *why = QString::fromStdString(reason);
    return result;
}

const CommandOutcome* Player::currentOutcome() const
{
    return history_.empty() ? nullptr : &history_.back().outcome;
}

QString Player::currentCommandText() const
{
    return history_.empty() ? QString() : QString::fromStdString(history_.back().command.cmd.text);
}

std::vector<Player::QueuedCommand> Player::allCommands() const
{
    std::vector<QueuedCommand> all;
    all.reserve(history_.size() + queue_.size());
    for (const auto& d : history_)
        all.push_back(d.command);
    if (job_)
        all.push_back(job_->command); // it runs now: it would be next in the queue
    all.insert(all.end(), queue_.begin(), queue_.end());
    return all;
}

void Player::announce(bool stateToo)
{
    if (stateToo)
        Q_EMIT stateChanged();
    Q_EMIT cursorMoved();
    Q_EMIT queueChanged();
    if (!history_.empty() && !job_)
        reportReached(atCommandEnd() ? history_.size() : history_.size() - 1);
}

void Player::reportReached(std::size_t count)
{
    reached_ = std::min(reached_, history_.size()); // commands stepped back over go again
    while (reached_ < count) {
        const Done& d = history_[reached_++];
        Q_EMIT reached(d.outcome, QString::fromStdString(d.command.cmd.text), d.command.file, d.again);
    }
}

int Player::shownCommandNumber() const
{
    return int(std::count_if(
        history_.begin(), history_.end(), [](const Done& d) { return !isCheck(d.command.cmd); }));
}

int Player::shownCommandTotal() const
{
    return shownCommandNumber() + int(std::count_if(queue_.begin(), queue_.end(), [](const QueuedCommand& c) {
        return !isCheck(c.cmd);
    })) + (job_ ? 1 : 0);
}

} // namespace pagelab::ui
