// The caption under the stage: the sentence of the event the player shows (its focused event,
// else the last one shown: the views show its result), large, in the UI's language (the event
// log's translation), and above it in small type the command it belongs to and where in it the
// player is, or the command the next press starts; with nothing run, which keys step. No file
// paths.
#pragma once

#include "hw/types.h"

#include <QFrame>

class QLabel;

namespace pagelab::ui {

class Player;
class Theme;

class EventCaption : public QFrame {
    Q_OBJECT

public:
    EventCaption(Player& player, Theme& theme, QWidget* parent = nullptr);

    QString sentence() const; // the large line
    QString context() const;  // the small line
    // The height the caption needs at `width`, at least two lines of the sentence: the stage
    // keeps the rest and does not jump when one sentence is longer than the other.
    int neededHeight(int width) const;

    void refresh();
    // Events of commands before `command` (Event::command) say nothing here: when a lesson step
    // opens, the previous step's last sentence is not the new step's.
    void setFirstCommand(u32 command);

Q_SIGNALS:
    void textChanged();

private:
    void applyTheme();

    Player& player_;
    Theme& theme_;
    QLabel* context_ = nullptr;
    QLabel* sentence_ = nullptr;
    u32 firstCommand_ = 0;
};

} // namespace pagelab::ui
