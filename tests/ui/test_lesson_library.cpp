// The lesson library finds the shipped lessons, reads those of the UI's language sorted by
// `order`, falls back to English per lesson when a translation is missing, and lists a
// malformed lesson with its FILE:LINE:COLUMN error. The browser's model follows the progress.
#include "lessons/lesson_library.h"
#include "lessons/lesson_list_model.h"
#include "lessons/lesson_progress.h"
#include "lessons/lesson_text.h"
#include "theme/theme.h"
#include "welcome/lesson_browser.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pagelab::ui;

namespace {

QString lessonText(const QString& id, int order, const QString& title)
{
    return QStringLiteral("id: %1\ntitle: %3\nsummary: About %1.\norder: %2\nlevel: beginner\n\n"
                          "## One\n\nHello `code` and **bold**.\n\n## Two\n\nMore.\n")
        .arg(id)
        .arg(order)
        .arg(title);
}

void write(const QString& path, const QString& text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
}

} // namespace

class TestLessonLibrary : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the user's settings stay untouched
        QCoreApplication::setOrganizationName(QStringLiteral("PageLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_lesson_library"));
        LessonProgress().resetAll();
    }

    void findsTheShippedLessons()
    {
        const QString dir = LessonLibrary::findLessonsDir();
        QVERIFY(!dir.isEmpty());
        QVERIFY(QFileInfo(QDir(dir).filePath(QStringLiteral("en/00-welcome.lesson"))).isFile());
    }

    void environmentComesFirst()
    {
        QTemporaryDir tmp;
        qputenv("PAGELAB_LESSONS_DIR", tmp.path().toUtf8());
        const QString found = LessonLibrary::findLessonsDir();
        qunsetenv("PAGELAB_LESSONS_DIR");
        QCOMPARE(found, QDir(tmp.path()).absolutePath());
        QVERIFY(LessonLibrary::findLessonsDir() != found);
    }

    void everyLanguageSortedByOrder_data()
    {
        QTest::addColumn<QString>("language");
        for (const char* l : { "en", "de", "zh_CN" })
            QTest::newRow(l) << QString::fromLatin1(l);
    }

    void everyLanguageSortedByOrder()
    {
        QFETCH(QString, language);
        LessonLibrary library;
        library.load(LessonLibrary::findLessonsDir(), language);
        QCOMPARE(library.lessons().size(), 18);
        QCOMPARE(library.lessons().first().id, QStringLiteral("welcome"));
        int previous = -1;
        for (const LessonEntry& e : library.lessons()) {
            QVERIFY2(e.ok(), qPrintable(e.error));
            QCOMPARE(e.language, language); // every shipped lesson is translated
            QVERIFY(e.order >= previous);
            previous = e.order;
            QVERIFY(e.steps > 0);
            QVERIFY(!e.title.isEmpty() && !e.summary.isEmpty());
        }
        QVERIFY(library.find(QStringLiteral("page-walk")));
        QVERIFY(!library.find(QStringLiteral("no-such-lesson")));
    }

    void missingTranslationFallsBackToEnglish()
    {
        QTemporaryDir tmp;
        write(tmp.filePath(QStringLiteral("en/01-alpha.lesson")),
            lessonText(QStringLiteral("alpha"), 2, QStringLiteral("Alpha")));
        write(tmp.filePath(QStringLiteral("en/02-beta.lesson")),
            lessonText(QStringLiteral("beta"), 1, QStringLiteral("Beta")));
        write(tmp.filePath(QStringLiteral("de/01-alpha.lesson")),
            lessonText(QStringLiteral("alpha"), 2, QStringLiteral("Alpha auf Deutsch")));
        LessonLibrary library;
        library.load(tmp.path(), QStringLiteral("de"));
        QCOMPARE(library.lessons().size(), 2);
        QCOMPARE(library.lessons()[0].id, QStringLiteral("beta")); // order 1 before order 2
        QCOMPARE(library.lessons()[0].language, QStringLiteral("en"));
        QCOMPARE(library.lessons()[1].title, QStringLiteral("Alpha auf Deutsch"));
        QCOMPARE(library.lessons()[1].language, QStringLiteral("de"));
    }

    void malformedLessonIsListedWithItsError()
    {
        QTemporaryDir tmp;
        write(tmp.filePath(QStringLiteral("en/01-good.lesson")),
            lessonText(QStringLiteral("good"), 5, QStringLiteral("Good")));
        write(tmp.filePath(QStringLiteral("en/00-bad.lesson")), QStringLiteral("id: bad\nbogus: x\n"));
        LessonLibrary library;
        library.load(tmp.path(), QStringLiteral("en"));
        QCOMPARE(library.lessons().size(), 2);
        const LessonEntry& bad = library.lessons().last(); // malformed ones come last
        QVERIFY(!bad.ok());
        QCOMPARE(bad.id, QStringLiteral("bad"));
        QVERIFY2(bad.error.contains(QStringLiteral("00-bad.lesson:2:")), qPrintable(bad.error));
        QVERIFY(bad.error.contains(QStringLiteral("error")));

        LessonProgress progress;
        LessonListModel model(library, progress);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.index(1).data(LessonListModel::ErrorRole).toString(), bad.error);
        QCOMPARE(model.index(1).data(Qt::ToolTipRole).toString(), bad.error);
        // The browser shows the error instead of a Start button.
        Theme theme;
        LessonBrowser browser(theme);
        browser.setModel(&model);
        QVERIFY(browser.findChild<QPushButton*>(QStringLiteral("lessonStart_good")));
        QVERIFY(!browser.findChild<QPushButton*>(QStringLiteral("lessonStart_bad")));
    }

    void emptyOrMissingFolderGivesNoLessons()
    {
        LessonLibrary library;
        library.load(QStringLiteral("/nonexistent/pagelab-lessons"), QStringLiteral("de"));
        QVERIFY(library.lessons().isEmpty());
    }

    void modelFollowsProgress()
    {
        QTemporaryDir tmp;
        write(tmp.filePath(QStringLiteral("en/01-alpha.lesson")),
            lessonText(QStringLiteral("alpha"), 1, QStringLiteral("Alpha")));
        LessonLibrary library;
        library.load(tmp.path(), QStringLiteral("en"));
        LessonProgress progress;
        progress.resetAll();
        LessonListModel model(library, progress);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex row = model.index(0);
        QCOMPARE(row.data().toString(), QStringLiteral("Alpha"));
        QCOMPARE(row.data(LessonListModel::StepCountRole).toInt(), 2);
        QCOMPARE(row.data(LessonListModel::ProgressTextRole).toString(), QStringLiteral("Not started"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        progress.markStepDone(QStringLiteral("alpha"), 0, 2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(row.data(LessonListModel::ProgressTextRole).toString(), QStringLiteral("1 of 2 steps"));
        QVERIFY(!row.data(LessonListModel::FinishedRole).toBool());
        progress.markStepDone(QStringLiteral("alpha"), 1, 2);
        QVERIFY(row.data(LessonListModel::FinishedRole).toBool());
        QCOMPARE(row.data(LessonListModel::ProgressTextRole).toString(), QStringLiteral("Finished"));
        progress.resetAll();
        QCOMPARE(row.data(LessonListModel::DoneCountRole).toInt(), 0);
        QVERIFY(!row.data(LessonListModel::FinishedRole).toBool());
        model.reload();
        QCOMPARE(model.rowCount(), 1);
    }

    void narrationBecomesEscapedRichText()
    {
        QCOMPARE(lessonInlineHtml(QStringLiteral("a `x<y` and **b**")),
            QStringLiteral("a <code>x&lt;y</code> and <b>b</b>"));
        QCOMPARE(
            lessonInlineHtml(QStringLiteral("`**not bold**`")), QStringLiteral("<code>**not bold**</code>"));
        QCOMPARE(lessonInlineHtml(QStringLiteral("one ` alone")), QStringLiteral("one ` alone"));
        QCOMPARE(lessonInlineHtml(QStringLiteral("<script>")), QStringLiteral("&lt;script&gt;"));
        const QString html = lessonNarrationHtml({ "First.", "- **A**: one - **B**: two" });
        QCOMPARE(html, QStringLiteral("<p>First.</p><ul><li><b>A</b>: one</li><li><b>B</b>: two</li></ul>"));
    }
};

QTEST_MAIN(TestLessonLibrary)
#include "test_lesson_library.moc"
