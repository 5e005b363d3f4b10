#include "presentation/event_caption.h"

#include "eventlog/event_log_model.h"
#include "player/player.h"
#include "theme/theme.h"

#include <QFontMetrics>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace pagelab::ui {

EventCaption::EventCaption(Player& player, Theme& theme, QWidget* parent)
    : QFrame(parent)
    , player_(player)
    , theme_(theme)
    , context_(new QLabel(this))
    , sentence_(new QLabel(this))
{
    setObjectName(QStringLiteral("presentationCaption"));
    context_->setObjectName(QStringLiteral("presentationCaptionContext"));
    sentence_->setObjectName(QStringLiteral("presentationCaptionSentence"));
    for (QLabel* l : { context_, sentence_ }) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
        l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // wraps, never widens
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 6, 16, 8);
    layout->setSpacing(2);
    layout->addWidget(context_);
    layout->addWidget(sentence_, 1, Qt::AlignTop);
    setAutoFillBackground(true);
    connect(&player_, &Player::cursorMoved, this, &EventCaption::refresh);
    connect(&player_, &Player::queueChanged, this, &EventCaption::refresh);
    connect(&theme_, &Theme::changed, this, &EventCaption::applyTheme);
    applyTheme();
}

QString EventCaption::sentence() const
{
    return sentence_->text();
}

QString EventCaption::context() const
{
    return context_->text();
}

namespace {

QString commandText(const Player::QueuedCommand* c)
{
    return c ? QString::fromStdString(c->cmd.text).trimmed() : QString();
}

} // namespace

void EventCaption::refresh()
{
    const QString before = sentence_->text() + context_->text();
    const auto events = player_.commandEvents();
    // The command the next press starts, if it starts one.
    QString next;
    if (player_.historySize() > 0 && player_.shownEvents() == 0 && !events.empty())
        next = player_.currentCommandText().trimmed();
    else if (player_.atCommandEnd() && player_.queueSize() > 0)
        next = commandText(&player_.allCommands()[std::size_t(player_.position())]);

    // The sentence: the focused event's, else the last one shown (the views show its result).
    const std::size_t visible = player_.visibleJournalEvents();
    const Event* e = player_.focusedEvent();
    if (!e && visible > 0)
        e = &player_.journal().events()[visible - 1];
    if (e && e->command < firstCommand_)
        e = nullptr;
    sentence_->setText(e ? EventLogModel::describe(*e) : QString());

    if (player_.focusedEvent())
        context_->setText(tr("%1 · event %2 of %3")
                              .arg(player_.currentCommandText().trimmed())
                              .arg(player_.shownEvents())
                              .arg(events.size()));
    else if (!next.isEmpty())
        context_->setText(tr("Next: %1").arg(next));
    else if (e)
        context_->setText(commandText(player_.historyCommand(e->command)));
    else
        context_->setText(tr("Space or PageDown: forward · PageUp: back · B: blank screen · Esc: leave"));
    if (sentence_->text() + context_->text() != before)
        Q_EMIT textChanged();
}

int EventCaption::neededHeight(int width) const
{
    const QMargins m = layout()->contentsMargins();
    const int inner = std::max(1, width - m.left() - m.right());
    const int twoLines = 2 * QFontMetrics(sentence_->font()).lineSpacing();
    return m.top() + m.bottom() + layout()->spacing() + context_->heightForWidth(inner)
        + std::max(twoLines, sentence_->heightForWidth(inner));
}

void EventCaption::setFirstCommand(u32 command)
{
    firstCommand_ = command;
    refresh();
}

void EventCaption::applyTheme()
{
    QPalette p = palette();
    p.setColor(QPalette::Window, theme_.color(ColorRole::Surface));
    p.setColor(QPalette::WindowText, theme_.color(ColorRole::Text));
    setPalette(p);
    QPalette muted = p;
    muted.setColor(QPalette::WindowText, theme_.color(ColorRole::MutedText));
    context_->setPalette(muted);
    context_->setFont(theme_.uiFont());
    sentence_->setFont(theme_.captionFont());
    refresh();
}

} // namespace pagelab::ui
