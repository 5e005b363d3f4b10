// Presentation mode with two screens (offscreen platform, two screens from a config file):
// the audience's picture goes full screen on the screen that is not the primary one, and the
// presenter's view on the primary one with the step's text and notes, what the next press
// does, the current event, the console (read-only) and the elapsed time. The remote's keys work
// in both windows; leaving gives the console back to the main window.
#include "console/console_dock.h"
#include "console/history_line_edit.h"
#include "lesson/lesson_parser.h"
#include "lessons/lesson_panel.h"
#include "lessons/lesson_progress.h"
#include "mainwindow/main_window.h"
#include "player/player.h"
#include "presentation/blank_screen.h"
#include "presentation/event_caption.h"
#include "presentation/presentation_controller.h"
#include "presentation/presenter_window.h"
#include "theme/theme.h"

#include <QApplication>
#include <QFile>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pagelab;
using namespace pagelab::ui;

namespace {

const char* kLesson = R"(id: two-screens
title: Two screens
summary: A quiz for the presenter's notes.
order: 1

## Start

A process with a mapping.

```scenario
machine frames=32
process p
mmap p len=16K at=0x10000000
```

## Predict

quiz: What happens on the first read?
a) A TLB hit
b) A page fault *
```reveal
read p 0x10000000
```
explain: No PTE yet.
)";

} // namespace

class TestPresenterView : public QObject {
    Q_OBJECT

private:
    QTemporaryDir settingsDir_;
    std::shared_ptr<const lesson::Lesson> lesson_;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(settingsDir_.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PageLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_presenter_view"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir_.path());
        lesson::LessonParseResult r = lesson::parseLesson(kLesson, "two-screens.lesson");
        QVERIFY(r.ok());
        lesson_ = std::make_shared<const lesson::Lesson>(std::move(r.lesson));
        LessonProgress().resetAll();
    }

    void thePresenterGetsTheOtherScreen()
    {
        QCOMPARE(QGuiApplication::screens().size(), 2);
        QScreen* audience = PresentationController::audienceScreen();
        QCOMPARE(audience, QGuiApplication::screens().at(1));
        QCOMPARE(PresentationController::presenterScreen(), QGuiApplication::primaryScreen());

        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.lessonPanel()->openLesson(lesson_, 0));
        w.player().pause();
        w.setPresentationMode(true);
        QPointer<PresenterWindow> presenter = w.presentation()->presenter();
        QVERIFY(presenter);
        QVERIFY(QTest::qWaitForWindowExposed(presenter));
        QTRY_COMPARE(w.screen(), audience);
        QTRY_COMPARE(w.geometry(), audience->geometry());
        QCOMPARE(presenter->screen(), QGuiApplication::primaryScreen());
        QCOMPARE(presenter->geometry(), QGuiApplication::primaryScreen()->geometry());
        // The type is sized to the audience's screen (720 lines: 12 pt).
        QCOMPARE(w.theme().screenHeight(), audience->geometry().height());

        // The console is on the presenter's screen, read-only.
        QCOMPARE(w.console()->transcript()->window(), presenter.data());
        QVERIFY(!w.console()->input()->isVisible());
        QVERIFY(w.console()->transcript()->isVisible());

        // Time, what the next press does, the step after this one.
        QVERIFY(presenter->elapsedText().startsWith(QStringLiteral("Elapsed 0:00:")));
        QVERIFY2(
            presenter->nextText().contains(QStringLiteral("next press")), qPrintable(presenter->nextText()));
        QVERIFY(presenter->nextText().contains(QStringLiteral("Step 2 of 2: Predict")));

        // The remote's keys work on the presenter's screen too.
        const auto before = std::pair(w.player().position(), w.player().shownEvents());
        QTest::keyClick(presenter, Qt::Key_PageDown);
        QVERIFY(std::pair(w.player().position(), w.player().shownEvents()) > before);
        QCOMPARE(presenter->caption()->sentence(), w.presentation()->caption()->sentence());
        w.player().finish();
        QTest::keyClick(presenter, Qt::Key_Space); // to the quiz step
        QCOMPARE(w.lessonPanel()->currentStep(), 1);
        // The presenter sees the answer before the room does.
        QVERIFY(presenter->notesHtml().contains(QStringLiteral("b) A page fault")));
        QVERIFY(presenter->nextText().contains(QStringLiteral("reveals")));

        QTest::keyClick(presenter, Qt::Key_B);
        QVERIFY(w.presentation()->blankScreen()->blank());
        QVERIFY(presenter->findChild<QWidget*>(QStringLiteral("presenterBlank"))->isVisible());
        QTest::keyClick(presenter, Qt::Key_B);
        QVERIFY(!w.presentation()->blankScreen()->blank());

        // Leaving: the presenter's window goes, the console comes back.
        QTest::keyClick(presenter, Qt::Key_Escape);
        QTRY_VERIFY(!w.presentationMode());
        QTRY_VERIFY(!presenter);
        QCOMPARE(w.console()->transcript()->window(), &w);
        QVERIFY(w.console()->input()->isVisible());
    }
};

int main(int argc, char* argv[])
{
    // A laptop (the primary screen) and a 720p projector beside it.
    QTemporaryDir dir;
    QFile config(dir.filePath(QStringLiteral("screens.json")));
    if (!dir.isValid() || !config.open(QIODevice::WriteOnly))
        return 2;
    config.write(R"({ "screens": [
        { "name": "laptop", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1 },
        { "name": "projector", "x": 1920, "y": 0, "width": 1280, "height": 720, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1 } ] })");
    config.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.fileName().toLocal8Bit());
    QApplication app(argc, argv);
    TestPresenterView test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "test_presenter_view.moc"
