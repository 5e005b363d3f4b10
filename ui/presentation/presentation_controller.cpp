#include "presentation/presentation_controller.h"

#include "common/view_dock.h"
#include "console/console_dock.h"
#include "console/history_line_edit.h"
#include "eventlog/event_log_dock.h"
#include "lessons/lesson_panel.h"
#include "mainwindow/main_window.h"
#include "player/player.h"
#include "presentation/audience_layout.h"
#include "presentation/blank_screen.h"
#include "presentation/event_caption.h"
#include "presentation/focus_zoom.h"
#include "presentation/lesson_stepper.h"
#include "presentation/narration_view.h"
#include "presentation/presentation_keys.h"
#include "presentation/presenter_window.h"
#include "presentation/stage_views.h"
#include "presentation/step_text.h"
#include "theme/theme.h"

#include <QGuiApplication>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>
#include <QWindow>

namespace pagelab::ui {

PresentationController::PresentationController(MainWindow& window)
    : QObject(&window)
    , window_(window)
    , keys_(new PresentationKeys(this))
    , stepper_(new LessonStepper(window.player(), *window.lessonPanel(), this))
    , caption_(new EventCaption(window.player(), window.theme()))
    , zoom_(new FocusZoom(window.player(), window.theme()))
    , narration_(new NarrationView(zoom_, window.theme()))
    , layout_(new AudienceLayout(window, window.views(),
          { window.console(), window.eventLog(), window.lessonPanel() }, narration_, caption_))
    , blank_(new BlankScreen(&window))
{
    // The caption takes the keyboard in presentation mode: it types nothing.
    caption_->setFocusPolicy(Qt::StrongFocus);
    keys_->setFocusSink(caption_);
    connect(keys_, &PresentationKeys::forward, this, [this] {
        if (blank_->blank())
            blank_->setBlank(false); // the room sees again first
        else
            stepper_->forward();
    });
    connect(keys_, &PresentationKeys::back, this, [this] {
        if (blank_->blank())
            blank_->setBlank(false);
        else
            stepper_->back();
    });
    connect(keys_, &PresentationKeys::blank, this, &PresentationController::toggleBlank);
    // Queued: the docks are rearranged after the key's event has been delivered, not inside
    // the event filter that sees it.
    connect(
        keys_, &PresentationKeys::toggle, this, [this] { window_.setPresentationMode(!active_); },
        Qt::QueuedConnection);
    connect(
        keys_, &PresentationKeys::leave, this, [this] { window_.setPresentationMode(false); },
        Qt::QueuedConnection);
    connect(blank_, &BlankScreen::blankChanged, this, [this](bool on) {
        if (presenter_)
            presenter_->setBlank(on);
    });

    // The stage and the narration follow the lesson. Queued: after the main window and the
    // lesson panel have done what they do when a step opens (showing the panel, raising views).
    LessonPanel* lessons = window_.lessonPanel();
    const auto later = [this] {
        if (active_)
            QTimer::singleShot(0, this, &PresentationController::refreshLesson);
    };
    connect(lessons, &LessonPanel::stepOpened, this, later);
    connect(lessons, &LessonPanel::stepOpened, caption_,
        [this] { caption_->setFirstCommand(window_.lessonPanel()->stepFirstCommand()); });
    connect(lessons, &LessonPanel::highlightsChanged, this, later);
    connect(lessons, &LessonPanel::taskCompleted, this, later);
    connect(lessons, &LessonPanel::explanationShownChanged, this, later);
    connect(stepper_, &LessonStepper::moved, this, later);
    connect(&window_.player(), &Player::executed, this, later);
    // A view grows as the events play (the walk's rows): the stage's shares follow, after the
    // views have drawn the event.
    connect(&window_.player(), &Player::cursorMoved, this, [this] {
        if (active_)
            QTimer::singleShot(0, layout_, &AudienceLayout::resize);
    });
    connect(&window_.theme(), &Theme::changed, this, later); // new type: the text reflows
}

PresentationController::~PresentationController()
{
    keys_->setActive(false);
}

PresenterWindow* PresentationController::presenter() const
{
    return presenter_.data();
}

QScreen* PresentationController::audienceScreen()
{
    const QList<QScreen*> screens = QGuiApplication::screens();
    for (QScreen* s : screens)
        if (s != QGuiApplication::primaryScreen())
            return s;
    return QGuiApplication::primaryScreen();
}

QScreen* PresentationController::presenterScreen()
{
    return QGuiApplication::screens().size() > 1 ? QGuiApplication::primaryScreen() : nullptr;
}

void PresentationController::setActive(bool on)
{
    if (on == active_)
        return;
    if (on)
        enter();
    else
        leave();
}

void PresentationController::enter()
{
    active_ = true;
    geometry_ = window_.saveGeometry();
    window_.theme().setMode(Theme::Mode::Presentation);
    window_.menuBar()->hide();
    window_.statusBar()->hide();
    if (QWidget* central = window_.centralWidget()) {
        centralWasVisible_ = central->isVisibleTo(&window_);
        central->hide(); // the welcome page gives its room to the stage
    }
    layout_->enter();
    refreshLesson();

    QScreen* audience = audienceScreen();
    if (audience && audience != window_.screen()) {
        if (window_.isFullScreen() || window_.isMaximized())
            window_.showNormal();
        if (QWindow* handle = window_.windowHandle())
            handle->setScreen(audience);
        window_.setGeometry(audience->geometry());
    }
    window_.showFullScreen();
    if (QScreen* presenter = presenterScreen())
        openPresenter(presenter);

    keys_->setWindows(
        presenter_ ? QList<QWidget*> { &window_, presenter_.data() } : QList<QWidget*> { &window_ });
    keys_->setActive(true);
    caption_->setFocus(Qt::OtherFocusReason);
}

void PresentationController::leave()
{
    active_ = false;
    keys_->setActive(false);
    blank_->setBlank(false);
    closePresenter();
    window_.theme().setMode(Theme::Mode::Normal);
    window_.menuBar()->show();
    window_.statusBar()->show();
    if (QWidget* central = window_.centralWidget())
        central->setVisible(centralWasVisible_);
    window_.showNormal();
    window_.restoreGeometry(geometry_);
    layout_->leave();
    zoom_->refresh();
}

void PresentationController::openPresenter(QScreen* screen)
{
    presenter_ = new PresenterWindow(window_.player(), window_.theme(), *window_.lessonPanel(), *stepper_);
    // The console's content moves over, read-only: its input line stays hidden meanwhile.
    if (QWidget* console = window_.console()->widget()) {
        window_.console()->input()->hide();
        presenter_->setConsole(console);
    }
    presenter_->setGeometry(screen->geometry());
    if (QWindow* handle = presenter_->windowHandle())
        handle->setScreen(screen);
    presenter_->showFullScreen();
    if (QWindow* handle = presenter_->windowHandle())
        handle->setScreen(screen);
}

void PresentationController::closePresenter()
{
    if (!presenter_)
        return;
    if (QWidget* console = presenter_->takeConsole()) {
        window_.console()->setWidget(console);
        window_.console()->input()->show();
    }
    presenter_->close();
    delete presenter_.data();
}

void PresentationController::toggleBlank()
{
    blank_->setBlank(!blank_->blank());
}

void PresentationController::refreshLesson()
{
    if (!active_)
        return;
    const LessonPanel& lessons = *window_.lessonPanel();
    QStringList known;
    for (ViewDock* v : window_.views())
        known << v->viewId();
    const QStringList stage = stageViewIds(lessons.step(), known);
    if (const lesson::Lesson* lesson = lessons.lesson()) {
        const int step = lessons.currentStep();
        const QString heading = StepText::heading(*lesson, step);
        const QString html
            = StepText::audienceHtml(*lesson, step, lessons.explanationShown(), lessons.taskDone());
        if (heading != narration_->heading() || html != narration_->html()) {
            const bool sameStep = heading == narration_->heading();
            narration_->setText(heading, html);
            if (sameStep) // the step's text grew: an explanation, a verdict
                narration_->showEnd();
        }
    }
    layout_->setStage(stage, lessons.hasLesson());
    QList<ViewDock*> views;
    for (const QString& id : stage)
        views << window_.view(id);
    zoom_->setViews(views);
    if (presenter_)
        presenter_->refresh();
}

} // namespace pagelab::ui
