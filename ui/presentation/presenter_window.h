// The presenter's screen, when presentation mode has a second one (as presentation programs
// do): the audience's picture is full screen on the other screen, and here the presenter reads
// the open step's text with notes only they see (the answer, the task's solution, what the step
// points at), what the next press does and the step after this one, the current event's
// sentence, the console (read-only: no text field takes the keyboard in presentation mode),
// whether the audience's screen is blanked, and the time since the presentation started.
#pragma once

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QLabel;
class QTimer;
class QVBoxLayout;

namespace pagelab::ui {

class EventCaption;
class LessonPanel;
class LessonStepper;
class Player;
class Theme;

class PresenterWindow : public QWidget {
    Q_OBJECT

public:
    PresenterWindow(Player& player, Theme& theme, LessonPanel& lessons, LessonStepper& stepper);

    // Shows `console` (the console's content) in the presenter's column until takeConsole().
    void setConsole(QWidget* console);
    QWidget* takeConsole();

    void setBlank(bool blank);
    void refresh(); // the lesson's text, notes and what comes next
    void restartClock();

    QString elapsedText() const;
    QString nextText() const; // what the next press does
    QString notesHtml() const;
    EventCaption* caption() const { return caption_; }

private:
    void applyTheme();
    void tick();
    QLabel* sectionTitle(const QString& text);

    Player& player_;
    Theme& theme_;
    LessonPanel& lessons_;
    LessonStepper& stepper_;
    QElapsedTimer clock_;
    QTimer* ticker_ = nullptr;
    QLabel* title_ = nullptr;
    QLabel* blank_ = nullptr;
    QLabel* elapsed_ = nullptr;
    QLabel* text_ = nullptr;
    QLabel* notes_ = nullptr;
    QLabel* next_ = nullptr;
    EventCaption* caption_ = nullptr;
    QVBoxLayout* consoleBox_ = nullptr;
    QPointer<QWidget> console_;
    QList<QLabel*> sections_;
};

} // namespace pagelab::ui
