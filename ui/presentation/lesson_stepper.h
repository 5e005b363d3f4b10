// What one clicker press does in presentation mode. Forward: the next event of the current
// animation; when the open lesson step's commands have all been shown, its quiz's answer (the
// room answered aloud) or its task's solution, then the next step. Back: an event back, down
// to the first event of the step's own commands, then the previous step, shown at its end.
// With no lesson open the keys only step the player.
//
// The step's own commands are those run since the step opened: opening a step replays the
// earlier steps at once (LessonPanel::openStep), and Back never steps into that replay.
#pragma once

#include <QObject>

namespace pagelab::ui {

class LessonPanel;
class Player;

class LessonStepper : public QObject {
    Q_OBJECT

public:
    enum class Next {
        Nothing,  // at the end of the lesson (or nothing to play)
        Event,    // the player's next event
        Reveal,   // the quiz's answer and its reveal block
        Solution, // the task's solution block
        Step,     // the next lesson step
    };

    LessonStepper(Player& player, LessonPanel& lessons, QObject* parent = nullptr);

    Next next() const; // what forward() does now
    bool canGoBack() const;
    // Commands of the history that the open step's replay ran (Player::position() at its
    // start): Back stops there.
    int stepStart() const { return stepStart_; }

public Q_SLOTS:
    void forward();
    void back();

Q_SIGNALS:
    void moved(); // a press did something (the presenter's "next" changes)

private:
    Player& player_;
    LessonPanel& lessons_;
    int stepStart_ = 0;
};

} // namespace pagelab::ui
