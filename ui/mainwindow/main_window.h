// The main window only assembles: the welcome page in the centre, the views, the console and
// the event log as docks, the player's bar, the menus, presentation mode, and the saved window
// layout. It owns the Player (the one door to the engine) and the Theme and hands both on.
// While a lesson runs, the lesson and its views own the window (LessonStage): the welcome page
// steps aside (View > Welcome page brings it back).
#pragma once

#include <QMainWindow>

#include <memory>

class QAction;

namespace pagelab::ui {

class ConsoleDock;
class LessonLibrary;
class LessonListModel;
class LessonPanel;
class LessonProgress;
class LessonStage;
class RecentFiles;
class EventLogDock;
class Player;
class PlayerBar;
class PresentationController;
class ViewDock;
class Theme;
class TypeSizeActions;
class WelcomePage;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Reads a scenario file and runs it to its end (long commands in the background: the
    // status bar says when it is done); problems are reported in the console. False when it
    // cannot be read or parsed, or when it stopped at an error before this returned.
    bool runScenarioFile(const QString& path);
    // Reads a scenario file and queues it on a fresh machine: the player steps through it.
    bool openScenarioFile(const QString& path);
    // Writes every command of the session (run and waiting) as a scenario file.
    bool saveScenarioFile(const QString& path);
    // Save and restore the whole session (ui/session/session_file.h); errors go to the console.
    bool saveSessionFile(const QString& path);
    bool openSessionFile(const QString& path);
    // Opens a scenario (.vms) or a session (.pagelab) by its suffix.
    bool openFile(const QString& path);
    // Draws a view to PNG or SVG (by the suffix).
    bool exportView(ViewDock* view, const QString& path);

    bool presentationMode() const;
    void setPresentationMode(bool on);

    Player& player() const { return *player_; }
    PlayerBar* playerBar() const { return playerBar_; }
    const QList<ViewDock*>& views() const { return views_; }
    ViewDock* view(const QString& viewId) const;
    // Lessons emphasize view elements by id ("walk.entry.pml4"), and the event log, the console
    // and the player bar as a whole ("log", "console", "player"); empty clears.
    void setHighlights(const QStringList& ids);
    LessonStage* stage() const { return stage_; }
    QAction* welcomeAction() const { return welcomeAction_; }
    Theme& theme() const { return *theme_; }
    ConsoleDock* console() const { return console_; }
    EventLogDock* eventLog() const { return eventLog_; }
    WelcomePage* welcome() const { return welcome_; }
    QAction* presentationAction() const { return presentationAction_; }
    TypeSizeActions* typeSize() const { return typeSize_; }
    PresentationController* presentation() const { return presentation_; }

    // Opens lesson `id` of the lesson library in the lesson panel at `step` (0-based); false,
    // with the reason in the console, when there is no such lesson or it is malformed.
    bool openLesson(const QString& id, int step = 0);
    LessonPanel* lessonPanel() const { return lessonPanel_; }
    const LessonLibrary& lessons() const { return *lessons_; }
    LessonProgress& lessonProgress() const { return *lessonProgress_; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void createViews();
    void arrangeDocks();
    void sizeDocks();
    void createMenus();
    void createLessons();
    void createLessonMenu();
    void resetLessonProgress();
    // A lesson runs while the lesson panel has one and is open: the stage is set then.
    void updateLessonMode();
    void updateWelcome(); // shown as View > Welcome page says, never in presentation mode
    void applyCorners();  // which dock area has the bottom corners (lesson, presentation, normal)
    QString readScenario(const QString& path, bool& ok);
    void reportScenarioRun(bool ok); // Player::ranToEnd after runScenarioFile
    void openScenario();
    void saveScenario();
    void saveSession();
    void chooseExport(ViewDock* view);
    void showAbout();
    void showLicense();
    void applyTheme();
    void restoreLayout();
    void saveLayout() const;

    Player* player_ = nullptr;
    PlayerBar* playerBar_ = nullptr;
    PresentationController* presentation_ = nullptr; // presentation/presentation_controller.h
    RecentFiles* recent_ = nullptr;
    QList<ViewDock*> views_;
    Theme* theme_ = nullptr;
    WelcomePage* welcome_ = nullptr;
    ConsoleDock* console_ = nullptr;
    EventLogDock* eventLog_ = nullptr;
    std::unique_ptr<LessonLibrary> lessons_;
    LessonProgress* lessonProgress_ = nullptr;
    LessonListModel* lessonModel_ = nullptr;
    LessonPanel* lessonPanel_ = nullptr;
    LessonStage* stage_ = nullptr;
    QAction* welcomeAction_ = nullptr;
    QAction* presentationAction_ = nullptr;
    TypeSizeActions* typeSize_ = nullptr;
    bool layoutRestored_ = false; // the user's saved layout: keep their sizes
    bool sized_ = false;
    QString scenarioRunning_;       // the file name runScenarioFile() runs, until it stops
    bool scenarioOk_ = true;        // how the last one stopped
    bool restoringSession_ = false; // scenarioRunning_ is a session being restored
};

} // namespace pagelab::ui
