// The player's controls: Reset, Back, Step, Next, Run/Pause, a speed control, and where the
// cursor is (command n of m, event i of k, the command's text). Every button has a key;
// Space and PageDown step and PageUp goes back, as presentation clickers send.
#pragma once

#include <QToolBar>

class QAction;
class QLabel;
class QSlider;

namespace pagelab::ui {

class Player;
class StatusLine;
class Theme;

class PlayerBar : public QToolBar {
    Q_OBJECT

public:
    PlayerBar(Player& player, Theme& theme, QWidget* parent = nullptr);

    QAction* stepAction() const { return step_; }
    QAction* backAction() const { return back_; }
    QAction* nextAction() const { return next_; }
    QAction* playAction() const { return play_; }
    QAction* resetAction() const { return reset_; }
    StatusLine* statusLine() const { return position_; }
    QList<QAction*> playerActions() const { return { reset_, back_, step_, next_, play_, toEnd_ }; }

private:
    void refresh();
    void applyTheme();

    Player& player_;
    Theme& theme_;
    QAction* reset_ = nullptr;
    QAction* back_ = nullptr;
    QAction* step_ = nullptr;
    QAction* next_ = nullptr;
    QAction* play_ = nullptr;
    QAction* toEnd_ = nullptr;
    QSlider* speed_ = nullptr;
    QLabel* speedLabel_ = nullptr;
    StatusLine* position_ = nullptr;
};

} // namespace pagelab::ui
