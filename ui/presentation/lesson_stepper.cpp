#include "presentation/lesson_stepper.h"

#include "lessons/lesson_panel.h"
#include "player/player.h"

namespace pagelab::ui {

LessonStepper::LessonStepper(Player& player, LessonPanel& lessons, QObject* parent)
    : QObject(parent)
    , player_(player)
    , lessons_(lessons)
{
    // The step's scenario is queued when stepOpened comes: the history is the replay.
    connect(&lessons_, &LessonPanel::stepOpened, this, [this] { stepStart_ = player_.position(); });
}

LessonStepper::Next LessonStepper::next() const
{
    if (player_.busy())
        return Next::Nothing;
    if (player_.canStepForward())
        return Next::Event;
    const lesson::LessonStep* s = lessons_.step();
    if (!s)
        return Next::Nothing;
    if (s->quiz && !lessons_.quizAnswered())
        return Next::Reveal;
    if (s->task && !lessons_.taskDone() && s->task->solution.present())
        return Next::Solution;
    if (lessons_.currentStep() + 1 < lessons_.stepCount())
        return Next::Step;
    return Next::Nothing;
}

bool LessonStepper::canGoBack() const
{
    if (player_.busy())
        return false;
    if (!lessons_.hasLesson())
        return player_.canStepBack();
    return player_.position() > stepStart_ || lessons_.currentStep() > 0;
}

void LessonStepper::forward()
{
    switch (next()) {
    case Next::Nothing: return;
    case Next::Event:
        // While the animation plays (a step's setup, a reveal), forward completes it, as a
        // click completes a slide's build; paused (after a step back), it shows one event.
        if (player_.playing()) {
            player_.pause();
            player_.finish();
        } else {
            player_.step();
        }
        break;
    case Next::Reveal: lessons_.revealAnswer(); break;
    case Next::Solution: lessons_.showSolution(); break;
    case Next::Step: lessons_.nextStep(); break;
    }
    Q_EMIT moved();
}

void LessonStepper::back()
{
    if (!canGoBack())
        return;
    player_.pause(); // a step back is to look again: the animation does not run on
    if (!lessons_.hasLesson() || player_.position() > stepStart_) {
        player_.back();
    } else {
        // Before the step's first event: the previous step, as it stood at its end.
        lessons_.previousStep();
        player_.finish();
    }
    Q_EMIT moved();
}

} // namespace pagelab::ui
