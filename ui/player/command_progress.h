// The strip that shows a command running in the background (Player::busy()): what runs, a
// progress bar of its references, and Cancel. Hidden while nothing runs. It sits in the
// console, which stays on screen in presentation mode too.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace pagelab::ui {

class Player;
class Theme;

class CommandProgress : public QWidget {
    Q_OBJECT

public:
    CommandProgress(Player& player, const Theme& theme, QWidget* parent = nullptr);

    QProgressBar* bar() const { return bar_; }
    QPushButton* cancelButton() const { return cancel_; }
    QLabel* label() const { return label_; }

private:
    void refresh();
    void applyTheme();

    Player& player_;
    const Theme& theme_;
    QLabel* label_ = nullptr;
    QProgressBar* bar_ = nullptr;
    QPushButton* cancel_ = nullptr;
};

} // namespace pagelab::ui
