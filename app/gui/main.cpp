// pagelab: the desktop application. Sets up Qt, loads a translation when one matches the
// locale, shows the main window and optionally runs a scenario file into its console.
#include "mainwindow/main_window.h"
#include "preferences/language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QStyleFactory>
#include <QTimer>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PageLab"));
    QApplication::setOrganizationName(QStringLiteral("PageLab"));
    QApplication::setApplicationDisplayName(QStringLiteral("PageLab"));
    QApplication::setApplicationVersion(QStringLiteral(PAGELAB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("pagelab"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/pagelab.png")));
    if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);

    // Translations: the language chosen in Preferences, else the system's (ui/preferences).
    // Qt's own strings first, then PageLab's (embedded under :/i18n).
    const QString language = pagelab::ui::effectiveLanguage();
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (language != QLatin1String("en")
        && translator.load(QStringLiteral("pagelab_") + language, QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "PageLab: how Linux manages memory, step by step."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption scenario(QStringLiteral("scenario"),
        QApplication::translate("main", "Run the scenario FILE to its end at start."),
        QApplication::translate("main", "FILE"));
    parser.addOption(scenario);
    const QCommandLineOption open(QStringLiteral("open"),
        QApplication::translate("main", "Open FILE (a scenario to step through, or a saved session)."),
        QApplication::translate("main", "FILE"));
    parser.addOption(open);
    const QCommandLineOption lesson(QStringLiteral("lesson"),
        QApplication::translate("main", "Open the lesson ID (e.g. page-walk) at start."),
        QApplication::translate("main", "ID"));
    parser.addOption(lesson);
    const QCommandLineOption presentation(
        QStringList { QStringLiteral("present"), QStringLiteral("presentation") },
        QApplication::translate("main", "Start in presentation mode (full screen, large type)."));
    parser.addOption(presentation);
    parser.process(app);

    pagelab::ui::MainWindow window;
    window.show();
    if (parser.isSet(presentation)) // once the window has laid out its normal docks, to return to
        QTimer::singleShot(0, &window, [&window] { window.setPresentationMode(true); });
    if (parser.isSet(scenario)) {
        const QString file = parser.value(scenario);
        QTimer::singleShot(0, &window, [&window, file] { window.runScenarioFile(file); });
    } else if (parser.isSet(open)) {
        const QString file = parser.value(open);
        QTimer::singleShot(0, &window, [&window, file] { window.openFile(file); });
    } else {
        // With nothing else to show, the welcome tour starts (README: "opens a welcome lesson").
        const QString id = parser.isSet(lesson) ? parser.value(lesson) : QStringLiteral("welcome");
        QTimer::singleShot(0, &window, [&window, id] { window.openLesson(id); });
    }
    return QApplication::exec();
}
