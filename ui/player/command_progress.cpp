#include "player/command_progress.h"

#include "player/player.h"
#include "theme/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace pagelab::ui {

namespace {
constexpr int kBarSteps = 1000; // QProgressBar counts in int: millions of references do not fit well
}

CommandProgress::CommandProgress(Player& player, const Theme& theme, QWidget* parent)
    : QWidget(parent)
    , player_(player)
    , theme_(theme)
{
    setObjectName(QStringLiteral("commandProgress"));
    label_ = new QLabel(this);
    label_->setObjectName(QStringLiteral("commandProgressLabel"));
    label_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    bar_ = new QProgressBar(this);
    bar_->setObjectName(QStringLiteral("commandProgressBar"));
    bar_->setRange(0, kBarSteps);
    cancel_ = new QPushButton(tr("Cancel"), this);
    cancel_->setObjectName(QStringLiteral("commandProgressCancel"));
    cancel_->setToolTip(tr("Stop the command: the machine stays as it was before it"));

    // Two rows: the command line is long, the console may be narrow.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(label_);
    auto* row = new QHBoxLayout;
    row->addWidget(bar_, 1);
    row->addWidget(cancel_);
    layout->addLayout(row);

    connect(cancel_, &QPushButton::clicked, &player_, &Player::cancel);
    connect(&player_, &Player::busyChanged, this, &CommandProgress::refresh);
    connect(&player_, &Player::progressChanged, this, &CommandProgress::refresh);
    connect(&theme_, &Theme::changed, this, &CommandProgress::applyTheme);
    applyTheme();
    refresh();
}

void CommandProgress::refresh()
{
    setVisible(player_.busy());
    if (!player_.busy())
        return;
    const Player::Progress p = player_.progress();
    const QLocale locale;
    const QString counts = p.total
        ? tr("%1 of %2 references")
              .arg(locale.toString(qulonglong(p.done)), locale.toString(qulonglong(p.total)))
        : QString();
    QString what;
    switch (p.phase) {
    case Player::Progress::Phase::Preparing:
        what = tr("Preparing %1: replaying the command before it").arg(p.command);
        break;
    case Player::Progress::Phase::Running: what = tr("Running %1").arg(p.command); break;
    case Player::Progress::Phase::Cancelling:
        what = tr("Cancelling %1: restoring the state before it").arg(p.command);
        break;
    }
    label_->setText(what);
    label_->setToolTip(what);
    // QProgressBar replaces %p with the percentage.
    bar_->setFormat(counts.isEmpty() ? QString() : tr("%1 · %p%").arg(counts));
    cancel_->setEnabled(p.phase != Player::Progress::Phase::Cancelling);
    if (p.total == 0) {
        bar_->setRange(0, 0); // busy indicator: the total is not known yet
    } else {
        bar_->setRange(0, kBarSteps);
        bar_->setValue(int(double(p.done) / double(p.total) * kBarSteps));
    }
}

void CommandProgress::applyTheme()
{
    label_->setFont(theme_.uiFont());
    cancel_->setFont(theme_.uiFont());
}

} // namespace pagelab::ui
