#include "player/background_run.h"

#include "script/parser.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace pagelab::ui {

namespace {
constexpr int kPollMs = 100; // the progress bar's refresh: smooth enough, no flood of signals

CommandOutcome runOne(Session& s, const BackgroundRun::Item& item)
{
    try {
        return s.execute(item.cmd, item.file, item.first);
    } catch (const std::exception& e) {
        // As Player::executeNext: an unexpected engine exception fails the command only.
        CommandOutcome o;
        o.line = item.cmd.pos.line;
        o.cmd = item.cmd.name;
        o.ok = false;
        o.error = script::Diagnostic { item.file, item.cmd.pos, e.what() }.format();
        return o;
    }
}
} // namespace

BackgroundRun::BackgroundRun(QObject* parent)
    : QObject(parent)
    , poll_(new QTimer(this))
{
    poll_->setInterval(kPollMs);
    connect(poll_, &QTimer::timeout, this, &BackgroundRun::progressed);
    connect(&watcher_, &QFutureWatcher<void>::finished, this, [this] {
        poll_->stop();
        Q_EMIT finished();
    });
}

BackgroundRun::~BackgroundRun()
{
    if (watcher_.isRunning()) {
        abandon();
        watcher_.waitForFinished();
    }
}

void BackgroundRun::start(Session& target, std::vector<Item> catchUp, Item command, std::vector<Item> restore)
{
    spare_ = std::make_unique<Session>();
    poll_->start();
    watcher_.setFuture(
        QtConcurrent::run([this, &target, catchUp = std::move(catchUp), command = std::move(command),
                              restore = std::move(restore)] { work(target, catchUp, command, restore); }));
}

void BackgroundRun::work(
    Session& target, const std::vector<Item>& catchUp, const Item& command, const std::vector<Item>& restore)
{
    const auto report = [this](u64 done, u64 total) {
        done_ = done;
        total_ = total;
        return !cancel_;
    };
    target.setProgress(report);
    bool interrupted = false;
    for (const Item& item : catchUp) {
        phase_ = int(Phase::CatchingUp);
        if ((interrupted = !runOne(target, item).ok && cancel_))
            break;
    }
    if (!interrupted) {
        phase_ = int(Phase::Running);
        done_ = 0;
        total_ = 0;
        outcome_ = runOne(target, command);
    }
    // The hook refers to this object: the Session outlives it.
    target.setProgress({});
    // Cancel pressed after the command completed keeps it: nothing was lost.
    cancelled_ = cancel_ && (interrupted || !outcome_.ok);
    if (!cancelled_ || abandon_)
        return;
    phase_ = int(Phase::Restoring);
    done_ = 0;
    total_ = 0;
    spare_->setProgress([this](u64 done, u64 total) {
        done_ = done;
        total_ = total;
        return !abandon_;
    });
    for (const Item& item : restore) {
        if (abandon_)
            break;
        runOne(*spare_, item);
    }
    spare_->setProgress({});
}

void BackgroundRun::cancel()
{
    cancel_ = true;
}

void BackgroundRun::abandon()
{
    abandon_ = true;
    cancel_ = true;
}

void BackgroundRun::wait()
{
    disconnect(&watcher_, nullptr, this, nullptr);
    poll_->stop();
    watcher_.waitForFinished();
}

} // namespace pagelab::ui
