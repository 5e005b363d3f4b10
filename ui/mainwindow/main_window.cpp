#include "mainwindow/main_window.h"

#include "addressspace/address_space_dock.h"
#include "charts/charts_dock.h"
#include "console/console_dock.h"
#include "eventlog/event_log_dock.h"
#include "export/view_exporter.h"
#include "lessons/lesson_library.h"
#include "lessons/lesson_list_model.h"
#include "lessons/lesson_panel.h"
#include "lessons/lesson_progress.h"
#include "mainwindow/lesson_stage.h"
#include "mainwindow/recent_files.h"
#include "physmem/physical_memory_dock.h"
#include "player/player.h"
#include "player/player_bar.h"
#include "preferences/language.h"
#include "preferences/preferences_dialog.h"
#include "presentation/audience_layout.h"
#include "presentation/presentation_controller.h"
#include "session/session_file.h"
#include "swap/swap_tiers_dock.h"
#include "theme/theme.h"
#include "theme/type_size_actions.h"
#include "tlb/tlb_dock.h"
#include "translation/translation_dock.h"
#include "uaccess/uaccess_dock.h"
#include "welcome/lesson_browser.h"
#include "welcome/welcome_page.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace pagelab::ui {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kLastDirKey = QStringLiteral("mainWindow/lastScenarioDir");
constexpr int kLayoutVersion = 3; // 2: the views and the player bar; 3: the lesson panel
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , player_(new Player(this))
    , theme_(new Theme(this))
{
    player_->setBackgroundRuns(true); // long traces and workloads leave the window responsive
    connect(player_, &Player::ranToEnd, this, &MainWindow::reportScenarioRun);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("PageLab"));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::TopLeftCorner, Qt::LeftDockWidgetArea);
    applyCorners();

    theme_->setLanguage(effectiveLanguage());       // the mono font's CJK face in Chinese
    theme_->setColorPalette(storedPalette());       // Preferences
    typeSize_ = new TypeSizeActions(*theme_, this); // the stored sizes, before the first font
    applyTheme();                                   // before the docks: they read the title font once
    welcome_ = new WelcomePage(*theme_, this);
    setCentralWidget(welcome_);

    playerBar_ = new PlayerBar(*player_, *theme_, this);
    addToolBar(Qt::TopToolBarArea, playerBar_);
    console_ = new ConsoleDock(*player_, *theme_, this);
    eventLog_ = new EventLogDock(*player_, *theme_, this);
    createViews();
    createLessons();
    arrangeDocks();
    stage_ = new LessonStage(
        *this, { views_, lessonPanel_, console_, eventLog_, playerBar_ }, *player_, *theme_, kLayoutVersion);
    connect(lessonPanel_, &LessonPanel::highlightsChanged, stage_, &LessonStage::setHighlights);
    connect(lessonPanel_, &LessonPanel::stageChanged, this, [this](const QStringList& views) {
        updateLessonMode();
        if (!presentationMode()) // the audience's layout arranges the stage there
            stage_->setStage(views);
    });
    connect(lessonPanel_->toggleViewAction(), &QAction::toggled, this, &MainWindow::updateLessonMode);
    presentation_ = new PresentationController(*this);
    presentation_->layout()->setNormalLayout([this] { arrangeDocks(); });
    PreferencesDialog::applyStored(*player_);

    connect(welcome_, &WelcomePage::exampleChosen, console_, &ConsoleDock::setInput);
    connect(theme_, &Theme::changed, this, &MainWindow::applyTheme);

    createMenus();
    statusBar()->showMessage(tr("Ready: type a command in the console, or pick an example."));
    restoreLayout();
    console_->setFocus(Qt::OtherFocusReason);
}

MainWindow::~MainWindow()
{
    // The docks hide while the window's children go: that is no lesson ending.
    disconnect(lessonPanel_->toggleViewAction(), nullptr, this, nullptr);
}

void MainWindow::createViews()
{
    // Left: where pages live (address spaces, physical memory, swap). Right, tabbed with the
    // log: how an address is translated (walk, TLB), the kernel's view, the charts.
    auto* space = new AddressSpaceDock(*player_, *theme_, this);
    auto* frames = new PhysicalMemoryDock(*player_, *theme_, this);
    auto* swap = new SwapTiersDock(*player_, *theme_, this);
    auto* walk = new TranslationDock(*player_, *theme_, this);
    auto* tlb = new TlbDock(*player_, *theme_, this);
    auto* uaccess = new UaccessDock(*player_, *theme_, this);
    auto* charts = new ChartsDock(*player_, *theme_, this);
    views_ = { space, walk, frames, tlb, swap, uaccess, charts };
    for (ViewDock* v : views_)
        connect(v, &ViewDock::commandRequested, console_, &ConsoleDock::runCommand);
}

void MainWindow::arrangeDocks()
{
    // Left: where pages live (address spaces above, physical memory and swap below). Right:
    // how an address is translated and what the kernel does (tabbed), above the lesson and
    // the log (tabbed). Under the welcome page: the console.
    ViewDock* space = view(QStringLiteral("space"));
    ViewDock* frames = view(QStringLiteral("frames"));
    ViewDock* walk = view(QStringLiteral("walk"));
    addDockWidget(Qt::LeftDockWidgetArea, space);
    addDockWidget(Qt::LeftDockWidgetArea, frames, Qt::Vertical);
    tabifyDockWidget(frames, view(QStringLiteral("swap")));
    addDockWidget(Qt::RightDockWidgetArea, walk);
    for (const char* id : { "tlb", "uaccess", "charts" })
        tabifyDockWidget(walk, view(QString::fromLatin1(id)));
    addDockWidget(Qt::RightDockWidgetArea, lessonPanel_, Qt::Vertical);
    tabifyDockWidget(lessonPanel_, eventLog_);
    addDockWidget(Qt::BottomDockWidgetArea, console_);
    walk->raise();
    frames->raise();
    lessonPanel_->raise();
    sizeDocks();
}

void MainWindow::sizeDocks()
{
    if (presentationMode())
        return; // AudienceLayout sizes the room's picture
    if (stage_ && stage_->active()) {
        stage_->resize();
        return;
    }
    // Shares of the window: a third for the pages, a third for the translation and the
    // lesson, the rest for the welcome page and the console. Applied once the window has
    // its size (resizeDocks before the first show is not reliable).
    const int w = width();
    const int h = height();
    resizeDocks({ view(QStringLiteral("space")), view(QStringLiteral("walk")) }, { w * 3 / 10, w * 35 / 100 },
        Qt::Horizontal);
    resizeDocks({ view(QStringLiteral("space")), view(QStringLiteral("frames")) }, { h * 2 / 5, h * 3 / 5 },
        Qt::Vertical);
    resizeDocks({ view(QStringLiteral("walk")), lessonPanel_ }, { h / 2, h / 2 }, Qt::Vertical);
    resizeDocks({ console_ }, { h / 4 }, Qt::Vertical);
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!layoutRestored_ && !sized_) {
        sized_ = true;
        QTimer::singleShot(0, this, &MainWindow::sizeDocks);
    }
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    // A lesson's stage keeps its proportions (the window maximized, or full screen).
    if (stage_ && stage_->active() && !presentationMode())
        QTimer::singleShot(0, stage_, [this] {
            stage_->resize();
            stage_->reveal();
        });
}

ViewDock* MainWindow::view(const QString& viewId) const
{
    for (ViewDock* v : views_)
        if (v->viewId() == viewId)
            return v;
    return nullptr;
}

void MainWindow::setHighlights(const QStringList& ids)
{
    stage_->setHighlights(ids);
}

void MainWindow::updateLessonMode()
{
    // In presentation mode the audience's layout owns the docks (it hides the lesson panel):
    // the stage follows when the mode ends (setPresentationMode).
    if (stage_->rearranging() || presentationMode())
        return;
    const bool running = lessonPanel_->hasLesson() && !lessonPanel_->isHidden();
    if (running == stage_->active())
        return;
    stage_->setActive(running);
    applyCorners();
    // The welcome page steps aside while a lesson runs, and comes back after it.
    welcomeAction_->setChecked(!running);
    if (running && !presentationMode())
        stage_->setStage(lessonPanel_->stage());
}

void MainWindow::applyCorners()
{
    // The side columns run the full height and the console sits under the welcome page; a
    // lesson keeps them (its console and log sit under its views, in the left area).
    if (presentationMode())
        return; // AudienceLayout has the corners of the room's picture
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
}

void MainWindow::updateWelcome()
{
    welcome_->setVisible(welcomeAction_->isChecked() && !presentationMode());
}

void MainWindow::createLessons()
{
    lessons_ = std::make_unique<LessonLibrary>();
    lessons_->loadDefault();
    lessonProgress_ = new LessonProgress(this);
    lessonModel_ = new LessonListModel(*lessons_, *lessonProgress_, this);
    welcome_->setLessonModel(lessonModel_);
    lessonPanel_ = new LessonPanel(*player_, *theme_, *lessonProgress_, this);
    connect(lessonPanel_, &LessonPanel::errorOccurred, console_, &ConsoleDock::noteError);
    connect(welcome_, &WelcomePage::lessonChosen, this, [this](const QString& id) {
        // Continue where the student left off; a finished lesson starts again.
        openLesson(id, lessonProgress_->finished(id) ? 0 : lessonProgress_->lastStep(id));
    });
    connect(welcome_, &WelcomePage::resetProgressRequested, this, &MainWindow::resetLessonProgress);
}

void MainWindow::createLessonMenu()
{
    QMenu* menu = menuBar()->addMenu(tr("&Lessons"));
    QAction* browser = menu->addAction(tr("Lesson &browser"), this, [this] {
        welcomeAction_->setChecked(true);
        welcome_->ensureWidgetVisible(welcome_->lessonBrowser());
    });
    browser->setStatusTip(tr("Show the lessons on the welcome page"));
    menu->addAction(lessonPanel_->toggleViewAction());
    menu->addSeparator();
    for (const LessonEntry& e : lessons_->lessons()) {
        const QString id = e.id;
        QAction* a = menu->addAction(e.title, this, [this, id] { openLesson(id); });
        a->setEnabled(e.ok());
        a->setStatusTip(e.ok() ? e.summary : e.error);
    }
    menu->addSeparator();
    menu->addActions(lessonPanel_->stepActions());
    menu->addSeparator();
    menu->addAction(tr("&Reset progress…"), this, &MainWindow::resetLessonProgress);
}

void MainWindow::resetLessonProgress()
{
    if (QMessageBox::question(
            this, tr("Reset progress"), tr("Forget which steps of which lessons you have done?"))
        == QMessageBox::Yes)
        lessonProgress_->resetAll();
}

bool MainWindow::openLesson(const QString& id, int step)
{
    const LessonEntry* entry = lessons_->find(id);
    if (!entry) {
        console_->noteError(tr("error: there is no lesson '%1' in %2").arg(id, lessons_->dir()));
        return false;
    }
    if (!entry->ok()) {
        console_->noteError(entry->error);
        return false;
    }
    lessonPanel_->show();
    lessonPanel_->raise();
    const bool ok = lessonPanel_->openLesson(entry->lesson, std::clamp(step, 0, entry->steps - 1));
    statusBar()->showMessage(tr("Lesson: %1").arg(entry->title), 5000);
    return ok;
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::openScenario);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open a scenario (.vms) to step through, or a saved session (.pagelab)"));
    recent_ = new RecentFiles(file->addMenu(tr("Open &Recent")), this);
    connect(recent_, &RecentFiles::chosen, this, &MainWindow::openFile);
    file->addSeparator();
    QAction* saveScenarioAction = file->addAction(tr("Save as &scenario…"), this, &MainWindow::saveScenario);
    saveScenarioAction->setStatusTip(tr("Every command of this session as a scenario file"));
    QAction* save = file->addAction(tr("&Save session…"), this, &MainWindow::saveSession);
    save->setShortcut(QKeySequence::Save);
    save->setStatusTip(tr("The whole session, with the player's position, to open again later"));
    QMenu* exportMenu = file->addMenu(tr("&Export view"));
    for (ViewDock* v : views_)
        exportMenu->addAction(v->windowTitle() + QStringLiteral("…"), this, [this, v] { chooseExport(v); });
    file->addSeparator();
    QAction* preferences = file->addAction(
        tr("&Preferences…"), this, [this] { PreferencesDialog(*player_, *theme_, this).exec(); });
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (ViewDock* v : views_)
        view->addAction(v->toggleViewAction());
    view->addAction(console_->toggleViewAction());
    view->addAction(eventLog_->toggleViewAction());
    view->addAction(playerBar_->toggleViewAction());
    welcomeAction_ = view->addAction(tr("&Welcome page"));
    welcomeAction_->setObjectName(QStringLiteral("welcomeAction"));
    welcomeAction_->setCheckable(true);
    welcomeAction_->setChecked(!stage_->active());
    welcomeAction_->setStatusTip(tr("The welcome page with the lesson browser (it steps aside while a lesson "
                                    "runs)"));
    connect(welcomeAction_, &QAction::toggled, this, &MainWindow::updateWelcome);
    view->addSeparator();
    presentationAction_ = view->addAction(tr("&Presentation mode"));
    presentationAction_->setObjectName(QStringLiteral("presentationAction"));
    presentationAction_->setCheckable(true);
    presentationAction_->setShortcut(Qt::Key_F5);
    presentationAction_->setStatusTip(tr("Full screen with large type, for a projector (F5 again to leave)"));
    connect(presentationAction_, &QAction::toggled, this, &MainWindow::setPresentationMode);
    view->addActions(typeSize_->actions());

    createLessonMenu();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About PageLab"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("&License"), this, &MainWindow::showLicense);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    // Escape also leaves presentation mode; it does nothing otherwise.
    auto* leave = new QAction(tr("Leave presentation mode"), this);
    leave->setShortcut(Qt::Key_Escape);
    leave->setEnabled(false);
    connect(leave, &QAction::triggered, this, [this] { setPresentationMode(false); });
    connect(theme_, &Theme::changed, leave, [this, leave] { leave->setEnabled(presentationMode()); });

    QMenu* play = menuBar()->addMenu(tr("&Player"));
    play->addActions(playerBar_->playerActions());

    // The menu bar hides in presentation mode; window-level actions keep their shortcuts.
    addActions({ open, save, quit, presentationAction_, leave });
    addActions(typeSize_->actions());
    addActions(playerBar_->playerActions());
}

bool MainWindow::presentationMode() const
{
    return theme_->presentation();
}

void MainWindow::setPresentationMode(bool on)
{
    if (on == presentationMode())
        return;
    presentation_->setActive(on); // the room's picture, its keys, the presenter's screen
    if (!on) {
        applyCorners();
        updateWelcome();
        const bool wasActive = stage_->active();
        updateLessonMode(); // a lesson opened or closed meanwhile
        if (wasActive && stage_->active()) {
            stage_->forgetArrangement();
            stage_->setStage(lessonPanel_->stage());
        } else if (!stage_->active())
            QTimer::singleShot(0, this, &MainWindow::sizeDocks);
    }
    const QSignalBlocker blocker(presentationAction_);
    presentationAction_->setChecked(presentationMode());
}

void MainWindow::applyTheme()
{
    qApp->setPalette(theme_->palette());
    qApp->setFont(theme_->uiFont());
    // The platform theme may give dock titles and menus their own (smaller) fonts.
    for (const char* className : { "QDockWidgetTitle", "QMenuBar", "QMenu", "QStatusBar" })
        QApplication::setFont(theme_->uiFont(), className);
}

QString MainWindow::readScenario(const QString& path, bool& ok)
{
    // Scenarios are small text files; anything this big is not one (and would not fit a lesson).
    constexpr qint64 kMaxScenarioBytes = 16 * 1024 * 1024;
    QFile file(path);
    ok = false;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        console_->noteError(tr("%1: error: cannot open the scenario: %2").arg(path, file.errorString()));
        return {};
    }
    if (file.size() > kMaxScenarioBytes) {
        console_->noteError(
            tr("%1: error: %2 bytes is more than the 16 MiB a scenario may have").arg(path).arg(file.size()));
        return {};
    }
    ok = true;
    return QString::fromUtf8(file.readAll());
}

bool MainWindow::runScenarioFile(const QString& path)
{
    bool read = false;
    const QString text = readScenario(path, read);
    if (!read)
        return false;
    const QString name = QFileInfo(path).fileName();
    if (!player_->load(text, path).parsed()) {
        statusBar()->showMessage(tr("%1 stopped with an error (see the console)").arg(name), 5000);
        return false;
    }
    // The end comes through ranToEnd() (reportScenarioRun), at once unless a long command
    // runs in the background.
    scenarioRunning_ = name;
    restoringSession_ = false;
    scenarioOk_ = true;
    player_->runToEnd();
    if (!scenarioRunning_.isEmpty()) // a long command runs on: say so until it is done
        statusBar()->showMessage(tr("Running %1 (the console shows its progress)").arg(name));
    return scenarioRunning_.isEmpty() ? scenarioOk_ : true;
}

void MainWindow::reportScenarioRun(bool ok)
{
    if (scenarioRunning_.isEmpty())
        return;
    if (std::exchange(restoringSession_, false))
        statusBar()->showMessage(ok
                ? tr("Restored %1").arg(scenarioRunning_)
                : tr("%1 was not restored to its end (see the console)").arg(scenarioRunning_),
            5000);
    else
        statusBar()->showMessage(ok ? tr("Ran %1").arg(scenarioRunning_)
                                    : tr("%1 stopped with an error (see the console)").arg(scenarioRunning_),
            5000);
    scenarioOk_ = ok;
    scenarioRunning_.clear();
}

bool MainWindow::openScenarioFile(const QString& path)
{
    bool read = false;
    const QString text = readScenario(path, read);
    if (!read || !player_->load(text, path).parsed())
        return false;
    console_->note(tr(
        "Opened %1: %n command(s) ready. Step (PageDown), Next (F10) or Run (F8).", "", player_->queueSize())
                       .arg(QFileInfo(path).fileName()));
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

void MainWindow::openScenario()
{
    QSettings settings;
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open"), settings.value(kLastDirKey).toString(),
            tr("PageLab files (*.vms *.pagelab);;Scenarios (*.vms);;Sessions (*.pagelab);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(kLastDirKey, QFileInfo(path).absolutePath());
    openFile(path);
}

bool MainWindow::openFile(const QString& path)
{
    const bool ok = path.endsWith(QLatin1String(".pagelab")) ? openSessionFile(path) : openScenarioFile(path);
    if (ok)
        recent_->add(path);
    return ok;
}

void MainWindow::saveScenario()
{
    QSettings settings;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save as scenario"), settings.value(kLastDirKey).toString(), tr("Scenarios (*.vms)"));
    if (!path.isEmpty())
        saveScenarioFile(path);
}

bool MainWindow::saveScenarioFile(const QString& path)
{
    QString text = tr("# Saved by PageLab from a session\n");
    for (const Player::QueuedCommand& c : player_->allCommands())
        text += QString::fromStdString(c.cmd.text) + QLatin1Char('\n');
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(text.toUtf8()) < 0
        || !file.commit()) {
        console_->noteError(tr("%1: error: cannot write the scenario: %2").arg(path, file.errorString()));
        return false;
    }
    recent_->add(path);
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

void MainWindow::saveSession()
{
    QSettings settings;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save session"), settings.value(kLastDirKey).toString(), tr("PageLab sessions (*.pagelab)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pagelab")))
        path += QLatin1String(".pagelab");
    saveSessionFile(path);
}

bool MainWindow::saveSessionFile(const QString& path)
{
    const QString error = SessionFile::save(path, *player_);
    if (!error.isEmpty()) {
        console_->noteError(error);
        return false;
    }
    recent_->add(path);
    statusBar()->showMessage(tr("Saved the session to %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

bool MainWindow::openSessionFile(const QString& path)
{
    const QString error = SessionFile::restore(path, *player_);
    if (!error.isEmpty()) {
        console_->noteError(error);
        console_->note(tr("The current session is unchanged."));
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    const int commands = int(player_->allCommands().size());
    if (player_->restoring()) {
        // A long command in it runs again in the background; reportScenarioRun says when.
        restoringSession_ = true;
        scenarioRunning_ = name;
        console_->note(tr("Restoring the session from %1: %n command(s); long ones run again in the "
                          "background (Cancel stops there, the rest stays queued).",
            "", commands)
                           .arg(name));
        statusBar()->showMessage(tr("Restoring %1 (the console shows its progress)").arg(name));
        return true;
    }
    console_->note(tr("Restored the session from %1: %n command(s).", "", commands).arg(name));
    return true;
}

void MainWindow::chooseExport(ViewDock* view)
{
    QSettings settings;
    const QString suggested
        = QDir(settings.value(kLastDirKey).toString()).filePath(view->viewId() + QStringLiteral(".png"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(view->windowTitle()),
        suggested, tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (!path.isEmpty())
        exportView(view, path);
}

bool MainWindow::exportView(ViewDock* view, const QString& path)
{
    if (!view->isVisible()) {
        view->show();
        view->raise();
    }
    const QString error = exportWidget(view->exportWidget(), path);
    if (!error.isEmpty()) {
        console_->noteError(error);
        return false;
    }
    statusBar()->showMessage(
        tr("Exported %1 to %2").arg(view->windowTitle(), QFileInfo(path).fileName()), 5000);
    return true;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About PageLab"),
        tr("<h3>PageLab %1</h3>"
           "<p>PageLab teaches how Linux manages memory: address spaces, x86 page tables and "
           "the TLB, page faults, and, in later versions, swap, sharing, pinning and the "
           "kernel's uaccess API.</p>"
           "<p>Every step of the simulated machine is recorded and explained; the console "
           "speaks the PageLab scenario language.</p>")
            .arg(QStringLiteral(PAGELAB_VERSION)));
}

void MainWindow::showLicense()
{
    QMessageBox::about(this, tr("License"),
        tr("<p>PageLab is free software: you can redistribute it and/or modify it under the "
           "terms of the GNU General Public License as published by the Free Software "
           "Foundation, either version 3 of the License, or (at your option) any later version.</p>"
           "<p>PageLab is distributed in the hope that it will be useful, but WITHOUT ANY "
           "WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A "
           "PARTICULAR PURPOSE. See the GNU General Public License for more details: "
           "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">gnu.org/licenses/gpl-3.0</a>.</p>"
           "<p>PageLab uses Qt (LGPL-3.0 / GPL) and QCustomPlot (GPL-3.0).</p>"));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(screen()->availableSize().boundedTo(QSize(1600, 1000)) * 9 / 10);
    layoutRestored_ = restoreState(settings.value(kStateKey).toByteArray(), kLayoutVersion);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    // Presentation mode is for the session only: store the normal layout; and the layout from
    // before a lesson took the window.
    if (presentationMode())
        return;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, stage_->homeState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    event->accept();
}

} // namespace pagelab::ui
