// Which language PageLab speaks: the one chosen in Preferences, else the system locale's if
// PageLab has it, else English. The UI's .qm files and the lessons (lessons/<lang>/) follow it.
#pragma once

#include <QString>
#include <QStringList>

namespace pagelab::ui {

// Language codes PageLab ships, English first: "en", "de", "zh_CN".
QStringList shippedLanguages();
// The name of a language in that language ("Deutsch", "简体中文").
QString languageName(const QString& code);
// The setting: "" means "as the system".
QString chosenLanguage();
void setChosenLanguage(const QString& code);
// What to use now: the chosen language, or the best match for the system locale.
QString effectiveLanguage();

} // namespace pagelab::ui
