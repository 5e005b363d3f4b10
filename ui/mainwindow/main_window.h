// The main window only assembles: the welcome page in the centre, the console and the event
// log as docks, the menus, presentation mode, and the saved window layout. It owns the
// EngineAdapter (the one long-lived Session) and the Theme and hands both to the docks.
#pragma once

#include <QMainWindow>

class QAction;

namespace pagelab::ui {

class ConsoleDock;
class EngineAdapter;
class EventLogDock;
class Theme;
class WelcomePage;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Reads a scenario file and runs it; problems are reported in the console.
    bool runScenarioFile(const QString& path);

    bool presentationMode() const;
    void setPresentationMode(bool on);

    EngineAdapter& engine() const { return *engine_; }
    Theme& theme() const { return *theme_; }
    ConsoleDock* console() const { return console_; }
    EventLogDock* eventLog() const { return eventLog_; }
    WelcomePage* welcome() const { return welcome_; }
    QAction* presentationAction() const { return presentationAction_; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void openScenario();
    void showAbout();
    void showLicense();
    void applyTheme();
    void restoreLayout();
    void saveLayout() const;

    EngineAdapter* engine_ = nullptr;
    Theme* theme_ = nullptr;
    WelcomePage* welcome_ = nullptr;
    ConsoleDock* console_ = nullptr;
    EventLogDock* eventLog_ = nullptr;
    QAction* presentationAction_ = nullptr;
    bool wasMaximized_ = false;
};

} // namespace pagelab::ui
