// Presentation mode for a room (issue 15, item 4), on the offscreen platform: the keys a
// presentation remote sends walk a lesson event by event and step by step, whatever widget
// has the keyboard, and no text field takes it; B blanks; F5 and Esc leave. The audience sees
// the step's views large, the narration and a caption with the event's sentence; the console,
// toolbars and menus are hidden. Larger type re-divides the screen instead of clipping; the
// zoom says what it magnifies and sits in its own place.
#include "common/view_dock.h"
#include "console/console_dock.h"
#include "console/history_line_edit.h"
#include "eventlog/event_log_model.h"
#include "journal/event.h"
#include "lesson/lesson_parser.h"
#include "lessons/lesson_panel.h"
#include "lessons/lesson_progress.h"
#include "mainwindow/main_window.h"
#include "player/player.h"
#include "player/player_bar.h"
#include "presentation/audience_layout.h"
#include "presentation/blank_screen.h"
#include "presentation/event_caption.h"
#include "presentation/focus_zoom.h"
#include "presentation/lesson_stepper.h"
#include "presentation/narration_view.h"
#include "presentation/presentation_controller.h"
#include "presentation/presentation_keys.h"
#include "presentation/stage_views.h"
#include "presentation/zoom_label.h"
#include "theme/theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pagelab;
using namespace pagelab::ui;

namespace {

// Three steps: a scenario, a quiz with a reveal, a task with a solution.
const char* kLesson = R"(id: clicker
title: Clicker
summary: Three steps for the clicker.
order: 1

## Start

A process with a **mapping** at `0x10000000`.

```scenario
machine frames=32
process p
mmap p len=16K at=0x10000000
```
highlight: space.process.p frames.free

## Predict

quiz: What happens on the first read?
a) A TLB hit
b) A page fault *
```reveal
read p 0x10000000
```
explain: No PTE yet.
highlight: walk.entry.pt log

## Do

task: Make `0x10001000` resident.
expect: pte(p, 0x10001000, 1).p == 1
```solution
read p 0x10001000
```
highlight: frames.free
)";

std::shared_ptr<const lesson::Lesson> parse(const char* text)
{
    lesson::LessonParseResult r = lesson::parseLesson(text, "/somewhere/private/clicker.lesson");
    if (!r.ok())
        qWarning("%s", r.diagnostics.front().format().c_str());
    return r.ok() ? std::make_shared<const lesson::Lesson>(std::move(r.lesson)) : nullptr;
}

PresentationController& presentation(MainWindow& w)
{
    return *w.presentation();
}

// Presses `key` on whatever has the keyboard (the window when nothing has).
void press(MainWindow& w, Qt::Key key)
{
    QWidget* target = QApplication::focusWidget();
    QTest::keyClick(target ? target : &w, key);
}

} // namespace

class TestPresentation : public QObject {
    Q_OBJECT

private:
    QTemporaryDir settingsDir_;
    std::shared_ptr<const lesson::Lesson> lesson_;

    void openPresenting(MainWindow& w)
    {
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setPresentationMode(true);
        QVERIFY(w.presentationMode());
        QVERIFY(w.lessonPanel()->openLesson(lesson_, 0));
        w.player().pause(); // the clicker sets the pace here
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(settingsDir_.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PageLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_presentation"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir_.path());
        lesson_ = parse(kLesson);
        QVERIFY(lesson_);
    }

    void init() { LessonProgress().resetAll(); }

    void clickerKeysAreTheRemotesKeys()
    {
        using K = PresentationKeys::Key;
        const auto key = [](Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier) {
            return PresentationKeys::keyOf(QKeyEvent(QEvent::KeyPress, k, m));
        };
        QCOMPARE(key(Qt::Key_Space), K::Forward);
        QCOMPARE(key(Qt::Key_PageDown), K::Forward);
        QCOMPARE(key(Qt::Key_PageDown, Qt::KeypadModifier), K::Forward);
        QCOMPARE(key(Qt::Key_Right), K::Forward);
        QCOMPARE(key(Qt::Key_Down), K::Forward);
        QCOMPARE(key(Qt::Key_PageUp), K::Back);
        QCOMPARE(key(Qt::Key_Left), K::Back);
        QCOMPARE(key(Qt::Key_Up), K::Back);
        QCOMPARE(key(Qt::Key_B), K::Blank);
        QCOMPARE(key(Qt::Key_Period), K::Blank);
        QCOMPARE(key(Qt::Key_F5), K::Toggle);
        QCOMPARE(key(Qt::Key_Escape), K::Leave);
        // With a modifier they are the window's shortcuts (Alt+Right: the lesson's next step).
        QVERIFY(!key(Qt::Key_Right, Qt::AltModifier));
        QVERIFY(!key(Qt::Key_PageDown, Qt::ShiftModifier));
        QVERIFY(!key(Qt::Key_A));
    }

    void theStageIsTheViewsTheStepIsAbout()
    {
        const QStringList known { "space", "walk", "frames", "tlb", "swap", "uaccess", "charts" };
        QCOMPARE(stageViewIds(&lesson_->steps[0], known), (QStringList { "space", "frames" }));
        // `log` names no view; the walk's companion (the frames) fills the room left.
        QCOMPARE(stageViewIds(&lesson_->steps[1], known), (QStringList { "walk", "frames" }));
        QCOMPARE(stageViewIds(&lesson_->steps[1], known, 1), QStringList { "walk" });
        // A step about no view shows the default stage (and its companions).
        lesson::LessonStep bare;
        QCOMPARE(stageViewIds(&bare, known), (QStringList { "walk", "space", "frames" }));
        QCOMPARE(stageViewIds(nullptr, known, 2), kDefaultStage);
        lesson::LessonStep many;
        for (const char* id : { "tlb.set.1", "walk.tlb", "charts.tlb", "frames.frame.2", "tlb.entry.1.0" })
            many.highlights.push_back({ id, 0, 0 });
        QCOMPARE(stageViewIds(&many, known), (QStringList { "tlb", "walk", "charts" }));
    }

    void clickerPressesWalkALessonFromFirstToLastStep()
    {
        MainWindow w;
        openPresenting(w);
        LessonPanel& panel = *w.lessonPanel();
        Player& player = w.player();
        QSignalSpy opened(&panel, &LessonPanel::stepOpened);

        // Forward: every event of the step, then its reveal or solution, then the next step.
        QList<int> steps { panel.currentStep() };
        int presses = 0;
        std::size_t eventsSeen = 0;
        const Qt::Key keys[] = { Qt::Key_PageDown, Qt::Key_Space, Qt::Key_Right, Qt::Key_Down };
        while (presentation(w).stepper()->next() != LessonStepper::Next::Nothing && presses < 1000) {
            const bool event = presentation(w).stepper()->next() == LessonStepper::Next::Event;
            const bool playing = player.playing(); // a reveal or a solution plays on its own
            const std::size_t before = player.visibleJournalEvents();
            press(w, keys[presses % 4]);
            ++presses;
            if (event && !playing && player.focusedEvent())
                QCOMPARE(player.visibleJournalEvents(), before + 1); // one event per press
            if (event && playing)                                    // the animation, to its end
                QVERIFY(player.atCommandEnd() && player.queueSize() == 0 && !player.playing());
            eventsSeen += event ? 1 : 0;
            if (steps.last() != panel.currentStep())
                steps << panel.currentStep();
        }
        QVERIFY(presses < 1000);
        QCOMPARE(steps, (QList<int> { 0, 1, 2 }));
        QCOMPARE(opened.count(), 2);
        QVERIFY(eventsSeen > 10);
        QVERIFY(panel.quizAnswered() || panel.currentStep() == 2);
        QVERIFY(panel.taskDone()); // the last press ran the solution
        QVERIFY(!player.canStepForward());

        // Back: an event at a time down to the step's start, then the previous step at its end.
        steps = { panel.currentStep() };
        presses = 0;
        while (presentation(w).stepper()->canGoBack() && presses < 1000) {
            const int step = panel.currentStep();
            press(w, presses % 2 ? Qt::Key_PageUp : Qt::Key_Left);
            ++presses;
            if (panel.currentStep() != step) {
                steps << panel.currentStep();
                QVERIFY(!player.canStepForward()); // shown at its end
            }
            QVERIFY(player.position() >= presentation(w).stepper()->stepStart());
        }
        QVERIFY(presses < 1000);
        QCOMPARE(steps, (QList<int> { 2, 1, 0 }));
        QCOMPARE(player.position(), presentation(w).stepper()->stepStart());
    }

    void theQuizAnswerIsRevealedWithoutAVerdict()
    {
        MainWindow w;
        openPresenting(w);
        LessonPanel& panel = *w.lessonPanel();
        panel.openStep(1);
        w.player().finish();
        QCOMPARE(presentation(w).stepper()->next(), LessonStepper::Next::Reveal);
        press(w, Qt::Key_PageDown);
        QVERIFY(panel.quizAnswered());
        w.player().finish();
        auto* result = panel.findChild<QLabel*>(QStringLiteral("lessonQuizResult"));
        QVERIFY(result->text().contains(QStringLiteral("The answer is b.")));
        QCoreApplication::processEvents(); // the narration follows (queued)
        QVERIFY(presentation(w).narration()->html().contains(QStringLiteral("b) A page fault ✓")));
        QVERIFY(presentation(w).narration()->html().contains(QStringLiteral("No PTE yet.")));
    }

    void noTextFieldTakesTheKeyboard()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.console()->input()->setFocus();
        w.setPresentationMode(true);
        QVERIFY(w.lessonPanel()->openLesson(lesson_, 1)); // the walk on the stage: its address field
        w.player().finish();
        QCoreApplication::processEvents();
        QVERIFY(!w.console()->isVisible());
        QVERIFY(!PresentationKeys::takesText(QApplication::focusWidget()));

        // Whatever is clicked, a text field does not keep the keyboard.
        int fields = 0;
        for (QLineEdit* edit : w.findChildren<QLineEdit*>()) {
            if (!edit->isVisible())
                continue;
            ++fields;
            edit->setFocus(Qt::MouseFocusReason);
            QVERIFY2(
                !PresentationKeys::takesText(QApplication::focusWidget()), qPrintable(edit->objectName()));
        }
        QVERIFY(fields > 0);

        // Space on a button steps instead of pressing it, and a read-only text (the transcript)
        // does not scroll on PageDown: the remote's keys win wherever they land.
        QVERIFY(w.lessonPanel()->openStep(0));
        w.player().pause();
        QCoreApplication::processEvents();
        auto* button = w.findChild<QAbstractButton*>(QStringLiteral("lessonNext"));
        QVERIFY(button);
        QSignalSpy clicked(button, &QAbstractButton::clicked);
        for (QWidget* target :
            { static_cast<QWidget*>(button), static_cast<QWidget*>(w.console()->transcript()) })
            for (Qt::Key key : { Qt::Key_Space, Qt::Key_PageDown }) {
                const auto before = std::pair(w.player().position(), w.player().shownEvents());
                QTest::keyClick(target, key);
                QVERIFY(std::pair(w.player().position(), w.player().shownEvents()) > before);
            }
        QCOMPARE(clicked.count(), 0);
        QCOMPARE(w.lessonPanel()->currentStep(), 0);
        QVERIFY(w.console()->input()->text().isEmpty());

        // Back in normal mode the console types again.
        QTest::keyClick(&w, Qt::Key_Escape);
        QTRY_VERIFY(!w.presentationMode());
        QVERIFY(w.console()->isVisible());
        QTest::keyClicks(w.console()->input(), QStringLiteral("show tlb"));
        QCOMPARE(w.console()->input()->text(), QStringLiteral("show tlb"));
    }

    void bAndPeriodBlankTheScreen()
    {
        MainWindow w;
        openPresenting(w);
        BlankScreen* blank = presentation(w).blankScreen();
        QVERIFY(!blank->blank());
        press(w, Qt::Key_B);
        QVERIFY(blank->blank());
        QCOMPARE(blank->geometry(), w.rect());
        const std::size_t before = w.player().visibleJournalEvents();
        press(w, Qt::Key_B);
        QVERIFY(!blank->blank());
        press(w, Qt::Key_Period);
        QVERIFY(blank->blank());
        // Forward while blank shows the room the picture again, and steps nothing.
        press(w, Qt::Key_PageDown);
        QVERIFY(!blank->blank());
        QCOMPARE(w.player().visibleJournalEvents(), before);
        // Leaving never leaves the room in the dark.
        press(w, Qt::Key_B);
        press(w, Qt::Key_Escape);
        QTRY_VERIFY(!w.presentationMode());
        QVERIFY(!blank->blank());
    }

    void forwardWhilePlayingCompletesTheAnimation()
    {
        // As a slide's build completes on a click: the animation to its end (the step's setup),
        // then one event per press again.
        MainWindow w;
        openPresenting(w);
        Player& p = w.player();
        QVERIFY(p.shownEvents() < p.commandEvents().size() || p.canStepForward());
        p.play();
        QVERIFY(p.playing());
        press(w, Qt::Key_PageDown);
        QVERIFY(!p.playing());
        QVERIFY(p.atCommandEnd());
        QCOMPARE(p.queueSize(), 0);
        p.back();
        p.back();
        if (p.canStepForward()) {
            const auto before = std::pair(p.position(), p.shownEvents());
            press(w, Qt::Key_PageDown);
            QVERIFY(std::pair(p.position(), p.shownEvents()) > before);
            QVERIFY(!p.playing());
        }
    }

    void aNewStepDoesNotCaptionTheLastOne()
    {
        MainWindow w;
        openPresenting(w);
        EventCaption* caption = presentation(w).caption();
        w.player().finish();
        QCoreApplication::processEvents();
        QVERIFY(!caption->sentence().isEmpty()); // the setup's last event
        QVERIFY(w.lessonPanel()->openStep(1));   // a quiz: nothing of its own has run yet
        QCoreApplication::processEvents();
        QVERIFY(caption->sentence().isEmpty());
        press(w, Qt::Key_PageDown); // the reveal
        w.player().finish();
        QCoreApplication::processEvents();
        QVERIFY(!caption->sentence().isEmpty());
    }

    void leavingGivesTheLessonItsStageBack()
    {
        // A lesson open before, during and after presentation mode: its stage comes back, and
        // closing it gives the window its normal layout back (no crash in restoreState).
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.lessonPanel()->openLesson(lesson_, 1));
        w.player().finish();
        QCoreApplication::processEvents();
        w.setPresentationMode(true);
        QVERIFY(w.lessonPanel()->openStep(0));
        QCoreApplication::processEvents();
        press(w, Qt::Key_Escape);
        QTRY_VERIFY(!w.presentationMode());
        QVERIFY(w.lessonPanel()->isVisible());
        QVERIFY(w.console()->isVisible());
        for (const QString& id : w.lessonPanel()->stage())
            QTRY_VERIFY2(w.view(id)->isVisible(), qPrintable(id));
        w.lessonPanel()->close();
        QCoreApplication::processEvents();
        QVERIFY(w.view(QStringLiteral("space"))->isVisible());
        QVERIFY(w.view(QStringLiteral("frames"))->isVisible());
    }

    void f5TogglesAndEscapeLeaves()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w)); // F5 is a window shortcut in normal mode
        QTest::keyClick(&w, Qt::Key_F5);
        QVERIFY(w.presentationMode());
        QVERIFY(w.presentationAction()->isChecked());
        press(w, Qt::Key_F5);
        QTRY_VERIFY(!w.presentationMode());
        QVERIFY(!w.presentationAction()->isChecked());
        QTest::keyClick(&w, Qt::Key_F5);
        QVERIFY(w.presentationMode());
        press(w, Qt::Key_Escape);
        QTRY_VERIFY(!w.presentationMode());
        QVERIFY(w.menuBar()->isVisible());
        QVERIFY(w.playerBar()->isVisible());
    }

    void theAudienceSeesStageNarrationAndCaption()
    {
        MainWindow w;
        openPresenting(w);
        AudienceLayout* layout = presentation(w).layout();
        QCOMPARE(layout->stage(), (QStringList { "space", "frames" }));
        // Hidden: menus, the player's toolbar, the console, the log, the lesson panel, other views.
        QVERIFY(!w.menuBar()->isVisible());
        QVERIFY(!w.playerBar()->isVisible());
        QVERIFY(!w.console()->isVisible());
        QVERIFY(!w.lessonPanel()->isVisible());
        QVERIFY(!w.view(QStringLiteral("walk"))->isVisible());
        QVERIFY(w.view(QStringLiteral("space"))->isVisible());
        QVERIFY(w.view(QStringLiteral("frames"))->isVisible());
        QVERIFY(layout->narrationDock()->isVisible());
        QVERIFY(layout->captionDock()->isVisible());
        QTRY_VERIFY(presentation(w).narration()->heading().contains(QStringLiteral("Step 1 of 3")));

        // The stage gets most of the screen.
        QCoreApplication::processEvents();
        const QRect stage
            = w.view(QStringLiteral("space"))->geometry() | w.view(QStringLiteral("frames"))->geometry();
        const double share = double(stage.width()) * stage.height() / (double(w.width()) * w.height());
        QVERIFY2(share > 0.45, qPrintable(QString::number(share)));
        // The caption spans the width under the stage and the narration.
        const QRect caption = layout->captionDock()->geometry();
        QVERIFY(caption.width() >= w.width() * 9 / 10);
        QVERIFY(caption.top() >= stage.bottom());
        QVERIFY(caption.top() >= layout->narrationDock()->geometry().bottom());

        // The caption is the focused event's sentence, in the log's words; no file path.
        QVERIFY(stepTo(w.player(), 3));
        const QString sentence = EventLogModel::describe(*w.player().focusedEvent());
        QCOMPARE(presentation(w).caption()->sentence(), sentence);
        QVERIFY(presentation(w).caption()->context().contains(QStringLiteral("event 3 of")));
        for (const QString& text : { presentation(w).caption()->sentence(),
                 presentation(w).caption()->context(), presentation(w).narration()->html() })
            QVERIFY2(!text.contains(QStringLiteral("/somewhere/private")), qPrintable(text));

        // A step about other views puts them on the stage.
        QVERIFY(w.lessonPanel()->openStep(1));
        QTRY_COMPARE(layout->wantedStage(), (QStringList { "walk", "frames" }));
        QCOMPARE(layout->stage().first(), QStringLiteral("walk"));
        QVERIFY(w.view(QStringLiteral("walk"))->isVisible());
        QVERIFY(!w.view(QStringLiteral("space"))->isVisible());
        // Something shows the lesson panel (MainWindow::openLesson does): the room does not need it.
        w.lessonPanel()->show();
        QVERIFY(w.lessonPanel()->openStep(0));
        QTRY_VERIFY(!w.lessonPanel()->isVisible());

        // Leaving puts the normal window back.
        w.setPresentationMode(false);
        QVERIFY(w.menuBar()->isVisible());
        QVERIFY(w.console()->isVisible());
        QVERIFY(!layout->captionDock()->isVisible());
        QVERIFY(w.view(QStringLiteral("space"))->isVisible());
    }

    void largerTypeReflowsInsteadOfClipping()
    {
        MainWindow w;
        openPresenting(w);
        QVERIFY(w.lessonPanel()->openStep(2)); // the longest text: a task
        QCoreApplication::processEvents();
        AudienceLayout* layout = presentation(w).layout();
        NarrationView* narration = presentation(w).narration();
        EventCaption* caption = presentation(w).caption();
        press(w, Qt::Key_PageDown); // the task's solution: a caption with a sentence
        QVERIFY(stepTo(w.player(), 1));
        const double before = layout->narrationShare();
        const int columnWidth = int(w.width() * before);
        const int textBefore = narration->textHeight(columnWidth);
        int captionBefore = caption->height();
        while (w.theme().canEnlargeType()) {
            QTest::keyClick(&w, Qt::Key_Equal, Qt::ControlModifier);
            QCoreApplication::processEvents();
            QCoreApplication::processEvents();
            // Nothing is clipped: the caption has the height its sentence needs, the narration
            // its text (or, at the very largest type on a small screen, a scroll bar).
            QVERIFY(caption->height() >= caption->neededHeight(caption->width()) - 1);
            QVERIFY2(narration->textFits() || layout->narrationShare() >= AudienceLayout::kMaxNarrationShare,
                qPrintable(
                    QStringLiteral("%1 at %2%").arg(layout->narrationShare()).arg(w.theme().typeScale())));
            QVERIFY(caption->height() >= captionBefore); // larger type: the caption grows
            captionBefore = caption->height();
        }
        // Larger type: the text takes more room at the column's first width (it reflows), and
        // the column widens when the text needs it.
        QVERIFY(narration->textHeight(columnWidth) > textBefore);
        QVERIFY(layout->narrationShare() >= before);
        while (w.theme().canShrinkType())
            QTest::keyClick(&w, Qt::Key_Minus, Qt::ControlModifier);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QVERIFY(narration->textFits());
        QCOMPARE(layout->narrationShare(), AudienceLayout::kMinNarrationShare);
    }

    void theZoomSaysWhatItMagnifiesAndCoversNothing()
    {
        // The label names the element from the event.
        const Event frame { 0, ev::FrameAllocated { 5, 0, 1 } };
        QCOMPARE(ZoomLabel::of(QStringLiteral("frames"), frame), QStringLiteral("Frame 5"));
        const Event zero { 0, ev::ZeroFill { 1, 0x10000234, 7 } };
        QCOMPARE(ZoomLabel::of(QStringLiteral("space"), zero), QStringLiteral("Page 0x10000000"));
        QCOMPARE(ZoomLabel::of(QStringLiteral("frames"), zero), QStringLiteral("Frame 7"));
        const Event read { 0, ev::WalkRead { 1, 3, 0x5018, 0x7067 } };
        QCOMPARE(ZoomLabel::of(QStringLiteral("walk"), read), QStringLiteral("Level 1 entry 3"));
        const Event fill { 0, ev::TlbFill { 0x1000, 0, {}, 1, 0, {}, 20, false, false, 0 } };
        QCOMPARE(ZoomLabel::of(QStringLiteral("tlb"), fill), QStringLiteral("TLB set 1, way 0"));
        // An event that names nothing of the view: its sentence.
        const Event flush { 0, ev::TlbFlush { {}, 0, 3 } };
        QCOMPARE(ZoomLabel::of(QStringLiteral("frames"), flush), EventLogModel::describe(flush));

        // Nothing magnified is nothing shown.
        QImage flat(40, 30, QImage::Format_RGB32);
        flat.fill(Qt::white);
        QVERIFY(FocusZoom::isFlat(flat));
        flat.setPixel(39, 29, qRgb(0, 0, 0));
        QVERIFY(!FocusZoom::isFlat(flat));

        // In the window: the zoom is in the narration column, never over the stage or the caption.
        MainWindow w;
        openPresenting(w);
        FocusZoom* zoom = presentation(w).zoom();
        bool shown = false;
        while (w.player().canStepForward() && !shown) {
            press(w, Qt::Key_PageDown);
            for (int turn = 0; turn < 4; ++turn) // the views draw the event, then the zoom looks
                QCoreApplication::processEvents();
            if (zoom->current()) {
                shown = true;
                QVERIFY(zoom->label().startsWith(QStringLiteral("Magnified: ")));
                QVERIFY(zoom->scale() >= FocusZoom::kMinScale);
            }
        }
        QVERIFY(shown);
        const QRect zoomRect(zoom->mapTo(&w, QPoint(0, 0)), zoom->size());
        QVERIFY(presentation(w).layout()->narrationDock()->geometry().contains(zoomRect));
        QVERIFY(!presentation(w).layout()->captionDock()->geometry().intersects(zoomRect));
        QVERIFY(!w.view(QStringLiteral("space"))->geometry().intersects(zoomRect));
        QVERIFY(!w.view(QStringLiteral("frames"))->geometry().intersects(zoomRect));
        // Leaving presentation mode: no zoom.
        w.setPresentationMode(false);
        QVERIFY(!zoom->current());
    }

private:
    static bool stepTo(Player& p, std::size_t shown)
    {
        p.pause();
        while (p.shownEvents() != shown || !p.focusedEvent()) {
            if (!p.canStepForward())
                return false;
            p.step();
        }
        return true;
    }
};

int main(int argc, char* argv[])
{
    // One screen of 1280x720, a common projector's, the smallest size the issue judges.
    QTemporaryDir dir;
    QFile config(dir.filePath(QStringLiteral("screens.json")));
    if (!dir.isValid() || !config.open(QIODevice::WriteOnly))
        return 2;
    config.write(R"({ "screens": [ { "name": "projector", "x": 0, "y": 0, "width": 1280, "height": 720,
                      "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1 } ] })");
    config.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.fileName().toLocal8Bit());
    QApplication app(argc, argv);
    TestPresentation test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "test_presentation.moc"
