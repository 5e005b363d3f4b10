#include "player/player_bar.h"

#include "journal/event.h"
#include "player/player.h"
#include "player/status_line.h"
#include "theme/theme.h"

#include <QAction>
#include <QFontMetrics>
#include <QLabel>
#include <QSlider>
#include <QStyle>

#include <cmath>

namespace pagelab::ui {

namespace {
// The slider moves in half-octaves from 0.5 to 256 events per second.
constexpr int kSpeedSteps = 18;
double speedAt(int step)
{
    return 0.5 * std::pow(2.0, step / 2.0);
}
int stepFor(double speed)
{
    return int(std::lround(2.0 * std::log2(speed / 0.5)));
}
} // namespace

PlayerBar::PlayerBar(Player& player, Theme& theme, QWidget* parent)
    : QToolBar(tr("Player"), parent)
    , player_(player)
    , theme_(theme)
{
    setObjectName(QStringLiteral("playerBar"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    const auto make = [this](QStyle::StandardPixmap icon, const QString& text, const QString& tip,
                          QList<QKeySequence> keys, auto slot) {
        QAction* a = addAction(style()->standardIcon(icon), text);
        a->setShortcuts(keys);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, keys.first().toString(QKeySequence::NativeText)));
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, &player_, slot);
        return a;
    };
    reset_ = make(QStyle::SP_MediaSkipBackward, tr("Reset"),
        tr("Back to a fresh machine; every command waits to run again"),
        { QKeySequence(Qt::CTRL | Qt::Key_Home) }, &Player::reset);
    back_ = make(QStyle::SP_MediaSeekBackward, tr("Back"), tr("One event back, restoring the state exactly"),
        { QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::SHIFT | Qt::Key_F11) }, &Player::back);
    step_ = make(QStyle::SP_MediaSeekForward, tr("Step"), tr("One event forward"),
        { QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::Key_F11), QKeySequence(Qt::Key_Space) },
        &Player::step);
    next_ = make(QStyle::SP_MediaSkipForward, tr("Next"),
        tr("To the end of this command, or the whole next one"),
        { QKeySequence(Qt::Key_F10), QKeySequence(Qt::SHIFT | Qt::Key_PageDown) }, &Player::next);
    play_ = make(QStyle::SP_MediaPlay, tr("Run"), tr("Play events at the chosen speed; again to pause"),
        { QKeySequence(Qt::Key_F8) }, &Player::play);
    toEnd_ = make(QStyle::SP_MediaSkipForward, tr("Skip to end"),
        tr("Every waiting command at once, to the end of the last one"), { QKeySequence(Qt::Key_End) },
        &Player::skipToEnd);
    disconnect(play_, &QAction::triggered, &player_, nullptr);
    connect(
        play_, &QAction::triggered, this, [this] { player_.playing() ? player_.pause() : player_.play(); });
    reset_->setObjectName(QStringLiteral("playerReset"));
    back_->setObjectName(QStringLiteral("playerBack"));
    step_->setObjectName(QStringLiteral("playerStep"));
    next_->setObjectName(QStringLiteral("playerNext"));
    play_->setObjectName(QStringLiteral("playerPlay"));
    toEnd_->setObjectName(QStringLiteral("playerSkipToEnd"));

    addSeparator();
    speedLabel_ = new QLabel(this);
    speed_ = new QSlider(Qt::Horizontal, this);
    speed_->setObjectName(QStringLiteral("playerSpeed"));
    speed_->setRange(0, kSpeedSteps);
    speed_->setValue(stepFor(player_.speed()));
    speed_->setMaximumWidth(160);
    speed_->setToolTip(tr("Playback speed in events per second"));
    addWidget(speed_);
    addWidget(speedLabel_);
    addSeparator();
    position_ = new StatusLine(this);
    position_->setObjectName(QStringLiteral("playerPosition"));
    // Long command lines must not widen the window (a projector's screen is what it is): the
    // line takes the room left and elides the command's text.
    position_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    addWidget(position_);

    connect(speed_, &QSlider::valueChanged, this, [this](int v) {
        player_.setSpeed(speedAt(v));
        refresh();
    });
    connect(&player_, &Player::cursorMoved, this, &PlayerBar::refresh);
    connect(&player_, &Player::queueChanged, this, &PlayerBar::refresh);
    connect(&player_, &Player::playingChanged, this, &PlayerBar::refresh);
    connect(&player_, &Player::busyChanged, this, &PlayerBar::refresh);
    connect(&theme_, &Theme::changed, this, &PlayerBar::applyTheme);
    applyTheme();
    refresh();
}

void PlayerBar::refresh()
{
    // Nothing moves while a command runs in the background (the console shows its progress).
    const bool idle = !player_.busy();
    back_->setEnabled(idle && player_.canStepBack());
    step_->setEnabled(idle && player_.canStepForward());
    next_->setEnabled(idle && player_.canStepForward());
    reset_->setEnabled(idle && player_.historySize() > 0);
    play_->setEnabled(idle && (player_.playing() || player_.canStepForward()));
    toEnd_->setEnabled(idle && player_.canStepForward());
    play_->setText(player_.playing() ? tr("Pause") : tr("Run"));
    play_->setIcon(style()->standardIcon(player_.playing() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    speedLabel_->setText(tr("%1/s").arg(player_.speed(), 0, 'g', 3));

    // `expect` checks are a lesson's plumbing: not counted (Player::isCheck).
    const int total = player_.shownCommandTotal();
    if (player_.shownCommandNumber() == 0) {
        position_->setParts(
            total ? tr("%n command(s) waiting", "", total) : tr("Nothing has run yet"), {}, {});
        return;
    }
    const auto events = player_.commandEvents();
    const Event* e = player_.focusedEvent();
    position_->setParts(tr("Command %1 of %2 · event %3 of %4")
                            .arg(player_.shownCommandNumber())
                            .arg(total)
                            .arg(player_.shownEvents())
                            .arg(events.size()),
        player_.currentCommandText().trimmed(),
        e ? QString::fromUtf8(eventName(e->data).data(), qsizetype(eventName(e->data).size())) : QString());
}

void PlayerBar::applyTheme()
{
    const int icon = theme_.presentation() ? 32 : 20;
    setIconSize(QSize(icon, icon));
    position_->setFont(theme_.monoFont());
}

} // namespace pagelab::ui
