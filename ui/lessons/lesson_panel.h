// The lesson panel: plays a lesson (docs/lesson-format.md) step by step through the Player.
// It shows the step's narration, runs its blocks, asks its quiz, checks its task after every
// command the player executes, and tells the main window which views the step is about (its
// stage) and which of its highlights show something in what the views draw now: the engine's
// highlight resolver decides, after every move of the player, so that an outline never points
// at nothing (docs/lesson-format.md, "When a highlight shows").
//
// The narration scrolls; the quiz's options and Check answer, the task's buttons and the step
// buttons stay in view below it, however long the text.
//
// Opening step N starts a fresh session (Player::load) and runs, instantly, the blocks the
// engine's LessonRunner would run before it (every earlier step's scenario, then its reveal and
// solution in file order); then this step's scenario is animated so the student sees it play.
#pragma once

#include "hw/types.h"
#include "lesson/lesson.h"

#include <QDockWidget>
#include <QList>
#include <QStringList>

#include <memory>
#include <vector>

class QAbstractButton;
class QAction;
class QFrame;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace pagelab {
struct CommandOutcome;
struct RunOutcome;
} // namespace pagelab

namespace pagelab::ui {

class LessonProgress;
class Player;
class Theme;

// The blocks opening step `index` runs before that step's own scenario, in the runner's order
// (LessonRunner::openStep): for each earlier step its scenario, then reveal and solution as
// LessonStep::quizFirst() says. Absent blocks are left out.
std::vector<const lesson::Block*> blocksBeforeStep(const lesson::Lesson& lesson, std::size_t index);

class LessonPanel : public QDockWidget {
    Q_OBJECT

public:
    LessonPanel(Player& player, Theme& theme, LessonProgress& progress, QWidget* parent = nullptr);

    // Opens `lesson` at step `step` (0-based); false when it has no such step or the step's
    // blocks fail (the error is shown and errorOccurred emitted).
    bool openLesson(std::shared_ptr<const lesson::Lesson> lesson, int step = 0);
    bool hasLesson() const { return bool(lesson_); }
    const lesson::Lesson* lesson() const { return lesson_.get(); }
    int currentStep() const { return step_; }
    int stepCount() const { return lesson_ ? int(lesson_->steps.size()) : 0; }
    const lesson::LessonStep* step() const;

    bool quizAnswered() const { return quizAnswered_; }
    // The quiz's explanation shows once the reveal block has played to its end (the views
    // then show what it explains); the verdict shows at once.
    bool explanationShown() const { return quizAnswered_ && !explanationPending_; }
    bool lastAnswerCorrect() const { return answerCorrect_; }
    bool taskDone() const { return taskDone_; }
    // The last FILE:LINE:COLUMN error of a lesson block, "" when everything ran.
    QString lastError() const { return error_; }
    // Every highlight id of the open step, and those that show something now (the views
    // outline these).
    QStringList highlights() const { return highlights_; }
    QStringList shownHighlights() const { return shown_; }
    // The views the open step is about: its `views:`, then the views of its highlights, in order
    // and without repeats ("walk", "tlb", "log" ...).
    QStringList stage() const { return stage_; }
    // The first command of the open step's own blocks (Event::command numbering).
    u32 stepFirstCommand() const { return firstCommand_; }
    // Back, Next, Restart step: with their keys (Alt+Left, Alt+Right, Ctrl+R) for the window.
    QList<QAction*> stepActions() const;

public Q_SLOTS:
    bool openStep(int index);
    void nextStep();
    void previousStep();
    void restartStep();
    // Ticks the quiz options whose letters are in `letters` ("b", "ac"), unticks the others.
    void setAnswer(const QString& letters);
    // Reveals: right or wrong, the explanation, and the reveal block runs. Once per opening.
    void checkAnswer();
    // Shows the answer and runs the reveal without an answer given (presentation mode: the
    // room answered aloud). Once per opening, like checkAnswer().
    void revealAnswer();
    void showHint();
    void showSolution(); // "Show me": runs the task's solution block

Q_SIGNALS:
    // The step's highlights that show something now changed (on opening a step, and as the
    // player moves: a reveal makes a walk, a process exits ...).
    void highlightsChanged(const QStringList& ids);
    // A step opened: the views it is about (stage()).
    void stageChanged(const QStringList& views);
    void stepOpened(int index);
    void taskCompleted();
    void explanationShownChanged(); // the quiz's explanation appeared (explanationShown())
    void errorOccurred(const QString& message);

private:
    void buildUi();
    void showStep();
    void applyTheme();
    // Runs a block of the open lesson animated (a reveal, a solution, the step's scenario).
    bool runAnimated(const lesson::Block& block);
    void runReveal(const lesson::LessonStep& s); // the quiz's reveal; its explanation when played
    void showExplanationIfPlayed();
    bool noteRun(const RunOutcome& outcome);
    void showError(const QString& message);
    void commandExecuted(const CommandOutcome& outcome, const QString& file);
    void checkTask();
    void updateStepDone();
    // Asks the resolver which highlights show something now; emits highlightsChanged when that
    // changed (or `force`).
    void updateShownHighlights(bool force = false);
    QString selectedLetters() const;
    // Gives the quiz and task controls the height their text needs at the panel's width, up
    // to about half of the panel (beyond that they scroll; the buttons never do).
    void fitControls();
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

    Player& player_;
    Theme& theme_;
    LessonProgress& progress_;
    std::shared_ptr<const lesson::Lesson> lesson_;
    int step_ = 0;
    bool opening_ = false;
    bool quizAnswered_ = false;
    bool answerCorrect_ = false;
    bool explanationPending_ = false; // answered; the reveal is still playing
    bool taskDone_ = false;
    QString answer_; // the letters the student ticked, kept when the options are rebuilt
    QString error_;
    QStringList highlights_;
    QStringList shown_;
    QStringList stage_;
    u32 firstCommand_ = 0;

    QLabel* title_ = nullptr;
    QLabel* stepLabel_ = nullptr;
    QLabel* narration_ = nullptr;
    QFrame* quizBox_ = nullptr;
    QLabel* question_ = nullptr;
    QVBoxLayout* optionsLayout_ = nullptr;
    QList<QAbstractButton*> optionButtons_;
    QList<QLabel*> optionLabels_;
    QPushButton* checkButton_ = nullptr;
    QLabel* quizResult_ = nullptr;
    QFrame* taskBox_ = nullptr;
    QLabel* taskText_ = nullptr;
    QLabel* taskStatus_ = nullptr;
    QPushButton* hintButton_ = nullptr;
    QLabel* hint_ = nullptr;
    QPushButton* solutionButton_ = nullptr;
    QLabel* errorLabel_ = nullptr;
    QLabel* empty_ = nullptr;
    QWidget* content_ = nullptr;
    QWidget* controls_ = nullptr;
    QScrollArea* scroll_ = nullptr;
    QScrollArea* controlsScroll_ = nullptr;
    QPushButton* backButton_ = nullptr;
    QPushButton* restartButton_ = nullptr;
    QPushButton* nextButton_ = nullptr;
    QAction* backAction_ = nullptr;
    QAction* nextAction_ = nullptr;
    QAction* restartAction_ = nullptr;
};

} // namespace pagelab::ui
