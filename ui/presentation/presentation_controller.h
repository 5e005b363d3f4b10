// Presentation mode (F5, `pagelab --present`, design.md: Presentation mode), for a projector
// in a room. The main window goes full screen with the theme's presentation type and shows the
// audience's picture (AudienceLayout): the views the open lesson step is about, large, its
// narration with the zoom (NarrationView, FocusZoom), and a caption with the current event's
// sentence (EventCaption). Menus, toolbars, the console, the log and file paths are hidden.
//
// The keys are a presentation remote's (PresentationKeys): forward and back walk events, then
// lesson steps (LessonStepper); B or period blanks the screen (BlankScreen); F5 and Esc leave.
// With a second screen the audience's picture goes full screen on the screen that is not the
// primary one, and the presenter's view (PresenterWindow) on the primary one, with the console.
//
// The main window only asks for it (setActive) and hands over what it owns; nothing of this
// state is in the engine.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QScreen;

namespace pagelab::ui {

class AudienceLayout;
class BlankScreen;
class EventCaption;
class FocusZoom;
class LessonStepper;
class MainWindow;
class NarrationView;
class PresentationKeys;
class PresenterWindow;

class PresentationController : public QObject {
    Q_OBJECT

public:
    explicit PresentationController(MainWindow& window);
    ~PresentationController() override;

    bool active() const { return active_; }
    void setActive(bool on);

    // The screen the audience sees: the first that is not the primary one when there are two.
    static QScreen* audienceScreen();
    static QScreen* presenterScreen(); // null with one screen

    PresentationKeys* keys() const { return keys_; }
    LessonStepper* stepper() const { return stepper_; }
    AudienceLayout* layout() const { return layout_; }
    EventCaption* caption() const { return caption_; }
    NarrationView* narration() const { return narration_; }
    FocusZoom* zoom() const { return zoom_; }
    BlankScreen* blankScreen() const { return blank_; }
    PresenterWindow* presenter() const; // null unless two screens and active

    void toggleBlank();

private:
    void enter();
    void leave();
    void refreshLesson();
    void openPresenter(QScreen* screen);
    void closePresenter();

    MainWindow& window_;
    PresentationKeys* keys_;
    LessonStepper* stepper_;
    EventCaption* caption_;
    FocusZoom* zoom_;
    NarrationView* narration_;
    AudienceLayout* layout_;
    BlankScreen* blank_;
    QPointer<PresenterWindow> presenter_;
    bool active_ = false;
    bool centralWasVisible_ = true;
    QByteArray geometry_; // the window's, to go back to
};

} // namespace pagelab::ui
