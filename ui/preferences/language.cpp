#include "preferences/language.h"

#include <QLocale>
#include <QSettings>

namespace pagelab::ui {

namespace {
const QString kKey = QStringLiteral("ui/language");
}

QStringList shippedLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN") };
}

QString languageName(const QString& code)
{
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString chosenLanguage()
{
    const QString code = QSettings().value(kKey).toString();
    return shippedLanguages().contains(code) ? code : QString();
}

void setChosenLanguage(const QString& code)
{
    QSettings().setValue(kKey, code);
}

QString effectiveLanguage()
{
    const QString chosen = chosenLanguage();
    if (!chosen.isEmpty())
        return chosen;
    for (const QString& name : QLocale().uiLanguages()) {
        const QLocale l(name);
        if (l.language() == QLocale::German)
            return QStringLiteral("de");
        if (l.language() == QLocale::Chinese)
            return QStringLiteral("zh_CN"); // the only Chinese PageLab has
        if (l.language() == QLocale::English)
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

} // namespace pagelab::ui
