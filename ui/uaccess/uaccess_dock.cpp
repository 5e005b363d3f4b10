#include "uaccess/uaccess_dock.h"

#include "player/player.h"
#include "theme/theme.h"
#include "uaccess/uaccess_widget.h"

#include <QScrollArea>

#include <algorithm>

namespace pagelab::ui {

UaccessDock::UaccessDock(Player& player, Theme& theme, QWidget* parent)
    : ViewDock(tr("Kernel and user memory"), QStringLiteral("uaccess"), player, theme, parent)
{
    view_ = new UaccessWidget(theme, this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(view_);
    setWidget(scroll);
    connect(&player, &Player::executed, this, &UaccessDock::remember);
    connect(&player, &Player::cursorMoved, this, &UaccessDock::refresh);
    connect(&player, &Player::stateChanged, this, &UaccessDock::refresh);
    connect(&theme, &Theme::changed, view_, &UaccessWidget::relayout);
    refresh();
}

const UaccessView& UaccessDock::current() const
{
    return view_->view();
}

void UaccessDock::refresh()
{
    const Player& p = player();
    if (p.position() == 0) { // a fresh machine: nothing to keep
        view_->setView({});
        return;
    }
    const Player::QueuedCommand* cmd = p.historyCommand(u32(p.position() - 1));
    if (cmd && isUaccessCommand(QString::fromStdString(cmd->cmd.name))) {
        view_->setView(
            buildUaccessView(cmd->cmd, p.commandEvents(), p.shownEvents(), p.state(), p.currentOutcome()));
        return;
    }
    // Another kind of command: show the last uaccess routine that ran, whole.
    for (int index = p.position() - 2; index >= 0; --index) {
        const Player::QueuedCommand* before = p.historyCommand(u32(index));
        if (!before || !isUaccessCommand(QString::fromStdString(before->cmd.name)))
            continue;
        // Its events: the journal numbers every event with its command (Event::command).
        const auto& events = p.journal().events();
        const auto byCommand = [](const Event& e, u32 c) { return e.command < c; };
        const auto first = std::lower_bound(events.begin(), events.end(), u32(index), byCommand);
        auto last = first;
        while (last != events.end() && last->command == u32(index))
            ++last;
        const std::span<const Event> span(first, last);
        const std::size_t begin = std::size_t(first - events.begin());
        const CommandOutcome* outcome
            = lastOutcome_ && lastOutcome_->firstEvent == begin && lastOutcome_->cmd == before->cmd.name
            ? &*lastOutcome_
            : nullptr;
        view_->setView(buildUaccessView(before->cmd, span, span.size(), p.state(), outcome));
        return;
    }
    view_->setView({});
}

void UaccessDock::remember(const CommandOutcome& outcome)
{
    if (isUaccessCommand(QString::fromStdString(outcome.cmd)))
        lastOutcome_ = outcome;
}

void UaccessDock::setHighlights(const QStringList& ids)
{
    ViewDock::setHighlights(ids);
    view_->setHighlights(highlights());
}

ViewDock::Element UaccessDock::element(const QString& id) const
{
    const QRect r = id == QLatin1String("uaccess.kernel") ? view_->kernelRect()
        : id == QLatin1String("uaccess.user")             ? view_->userRect()
        : id == QLatin1String("uaccess.fault")            ? view_->faultRect()
        : id == QLatin1String("uaccess.fixup")            ? view_->fixupRect()
        : id == QLatin1String("uaccess.return")           ? view_->returnRect()
                                                          : QRect();
    return { view_, r };
}

QWidget* UaccessDock::exportWidget() const
{
    return view_;
}

QRect UaccessDock::focusRect() const
{
    if (!view_->movingRect().isEmpty())
        return view_->movingRect();
    if (!view_->fixupRect().isEmpty())
        return view_->fixupRect();
    return view_->faultRect();
}

} // namespace pagelab::ui
