#include "mainwindow/main_window.h"

#include "adapter/engine_adapter.h"
#include "console/console_dock.h"
#include "eventlog/event_log_dock.h"
#include "theme/theme.h"
#include "welcome/welcome_page.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>

namespace pagelab::ui {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kLastDirKey = QStringLiteral("mainWindow/lastScenarioDir");
constexpr int kLayoutVersion = 1;
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , engine_(new EngineAdapter(this))
    , theme_(new Theme(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("PageLab"));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    // The log takes the whole right side; the console sits under the welcome page.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);

    applyTheme(); // before the docks: they read the title font once
    welcome_ = new WelcomePage(*theme_, this);
    setCentralWidget(welcome_);

    console_ = new ConsoleDock(*engine_, *theme_, this);
    addDockWidget(Qt::BottomDockWidgetArea, console_);
    eventLog_ = new EventLogDock(*engine_, *theme_, this);
    addDockWidget(Qt::RightDockWidgetArea, eventLog_);
    resizeDocks({ eventLog_ }, { 760 }, Qt::Horizontal);
    resizeDocks({ console_ }, { 320 }, Qt::Vertical);

    connect(welcome_, &WelcomePage::exampleChosen, console_, &ConsoleDock::setInput);
    connect(theme_, &Theme::changed, this, &MainWindow::applyTheme);

    createMenus();
    statusBar()->showMessage(tr("Ready: type a command in the console, or pick an example."));
    restoreLayout();
    console_->setFocus(Qt::OtherFocusReason);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open scenario…"), this, &MainWindow::openScenario);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(console_->toggleViewAction());
    view->addAction(eventLog_->toggleViewAction());
    view->addSeparator();
    presentationAction_ = view->addAction(tr("&Presentation mode"));
    presentationAction_->setObjectName(QStringLiteral("presentationAction"));
    presentationAction_->setCheckable(true);
    presentationAction_->setShortcut(Qt::Key_F5);
    presentationAction_->setStatusTip(tr("Full screen with large type, for a projector (F5 again to leave)"));
    connect(presentationAction_, &QAction::toggled, this, &MainWindow::setPresentationMode);

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

    // The menu bar hides in presentation mode; window-level actions keep their shortcuts.
    addActions({ open, quit, presentationAction_, leave });
}

bool MainWindow::presentationMode() const
{
    return theme_->presentation();
}

void MainWindow::setPresentationMode(bool on)
{
    if (on == presentationMode())
        return;
    if (on) {
        wasMaximized_ = isMaximized();
        theme_->setMode(Theme::Mode::Presentation);
        menuBar()->hide();
        statusBar()->hide();
        showFullScreen();
        // The sentences in the log need room when the type is large.
        resizeDocks({ eventLog_ }, { screen()->geometry().width() / 2 }, Qt::Horizontal);
    } else {
        theme_->setMode(Theme::Mode::Normal);
        menuBar()->show();
        statusBar()->show();
        if (wasMaximized_)
            showMaximized();
        else
            showNormal();
    }
    // No dock title bars in presentation mode: an empty title widget hides them.
    for (QDockWidget* dock : std::initializer_list<QDockWidget*> { console_, eventLog_ }) {
        QWidget* previous = dock->titleBarWidget();
        dock->setTitleBarWidget(on ? new QWidget(dock) : nullptr);
        delete previous;
    }
    const QSignalBlocker blocker(presentationAction_);
    presentationAction_->setChecked(on);
}

void MainWindow::applyTheme()
{
    qApp->setPalette(theme_->palette());
    qApp->setFont(theme_->uiFont());
    // The platform theme may give dock titles and menus their own (smaller) fonts.
    for (const char* className : { "QDockWidgetTitle", "QMenuBar", "QMenu", "QStatusBar" })
        QApplication::setFont(theme_->uiFont(), className);
}

bool MainWindow::runScenarioFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        console_->noteError(tr("%1: error: cannot open the scenario: %2").arg(path, file.errorString()));
        return false;
    }
    const QString text = QString::fromUtf8(file.readAll());
    const bool ok = engine_->run(text, path).ok();
    const QString name = QFileInfo(path).fileName();
    statusBar()->showMessage(
        ok ? tr("Ran %1").arg(name) : tr("%1 stopped with an error (see the console)").arg(name), 5000);
    return ok;
}

void MainWindow::openScenario()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open scenario"),
        settings.value(kLastDirKey).toString(), tr("PageLab scenarios (*.vms);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(kLastDirKey, QFileInfo(path).absolutePath());
    runScenarioFile(path);
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
        resize(1400, 900);
    restoreState(settings.value(kStateKey).toByteArray(), kLayoutVersion);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    // Presentation mode is for the session only: store the normal layout.
    if (presentationMode())
        return;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kLayoutVersion));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    event->accept();
}

} // namespace pagelab::ui
