#include "player/session_warm_up.h"

#include <QtConcurrent/QtConcurrentRun>

namespace pagelab::ui {

SessionWarmUp::SessionWarmUp(std::vector<BackgroundRun::Item> history, std::size_t forSize)
    : session_(std::make_unique<Session>())
    , forSize_(forSize)
{
    Session* s = session_.get();
    s->setProgress([this](u64, u64) { return !stop_; });
    future_ = QtConcurrent::run([this, s, history = std::move(history)] {
        for (const BackgroundRun::Item& item : history) {
            if (stop_)
                return;
            try {
                s->execute(item.cmd, item.file, item.first);
            } catch (const std::exception&) {
                // As Player::executeNext: the command failed; the history recorded that too.
            }
        }
        complete_ = !stop_;
    });
}

SessionWarmUp::~SessionWarmUp()
{
    stop();
}

bool SessionWarmUp::ready() const
{
    return complete_ && !stop_ && future_.isFinished();
}

std::unique_ptr<Session> SessionWarmUp::take()
{
    if (!ready())
        return nullptr;
    session_->setProgress({}); // the hook refers to this object
    return std::move(session_);
}

std::unique_ptr<Session> SessionWarmUp::wait()
{
    future_.waitForFinished();
    return take();
}

void SessionWarmUp::stop()
{
    stop_ = true;
    future_.waitForFinished();
}

} // namespace pagelab::ui
