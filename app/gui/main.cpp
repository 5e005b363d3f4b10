// pagelab: the desktop application. Sets up Qt, loads a translation when one matches the
// locale, shows the main window and optionally runs a scenario file into its console.
#include "mainwindow/main_window.h"

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

    // Translations: Qt's own, then PageLab's (embedded under :/i18n when .ts files exist).
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("pagelab"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "PageLab: how Linux manages memory, step by step."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption scenario(QStringLiteral("scenario"),
        QApplication::translate("main", "Run the scenario FILE in the console at start."),
        QApplication::translate("main", "FILE"));
    parser.addOption(scenario);
    const QCommandLineOption presentation(QStringLiteral("presentation"),
        QApplication::translate("main", "Start in presentation mode (full screen, large type)."));
    parser.addOption(presentation);
    parser.process(app);

    pagelab::ui::MainWindow window;
    window.show();
    if (parser.isSet(presentation))
        window.setPresentationMode(true);
    if (parser.isSet(scenario)) {
        const QString file = parser.value(scenario);
        QTimer::singleShot(0, &window, [&window, file] { window.runScenarioFile(file); });
    }
    return QApplication::exec();
}
