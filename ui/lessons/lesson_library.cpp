#include "lessons/lesson_library.h"

#include "lesson/lesson_parser.h"
#include "preferences/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace pagelab::ui {

namespace {

const QString kEnglish = QStringLiteral("en");

LessonEntry readLesson(const QString& path, const QString& language)
{
    LessonEntry entry;
    entry.file = path;
    entry.language = language;
    entry.id = lessonIdFromFileName(QFileInfo(path).fileName());
    lesson::LessonParseResult parsed = lesson::parseLessonFile(path.toStdString());
    if (!parsed.ok()) {
        entry.error = QString::fromStdString(parsed.diagnostics.front().format());
        if (parsed.diagnostics.size() > 1)
            entry.error += QCoreApplication::translate("pagelab::ui::LessonLibrary", " (and %1 more)")
                               .arg(parsed.diagnostics.size() - 1);
        entry.title = entry.id;
        return entry;
    }
    const lesson::Lesson& l = parsed.lesson;
    entry.id = QString::fromStdString(l.id);
    entry.title = QString::fromStdString(l.title);
    entry.summary = QString::fromStdString(l.summary);
    entry.level = QString::fromStdString(l.level);
    entry.order = l.order;
    entry.steps = int(l.steps.size());
    entry.lesson = std::make_shared<const lesson::Lesson>(std::move(parsed.lesson));
    return entry;
}

} // namespace

QString lessonIdFromFileName(const QString& fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:\\d+-)?(.*?)(?:\\.lesson)?$"));
    return pattern.match(fileName).captured(1);
}

QStringList LessonLibrary::candidateDirs()
{
    QStringList dirs;
    const QString fromEnv = qEnvironmentVariable("PAGELAB_LESSONS_DIR");
    if (!fromEnv.isEmpty())
        dirs << fromEnv;
    if (QCoreApplication::instance())
        dirs << QDir(QCoreApplication::applicationDirPath())
                    .filePath(QStringLiteral("../share/pagelab/lessons"));
#ifdef PAGELAB_SOURCE_LESSONS_DIR
    dirs << QStringLiteral(PAGELAB_SOURCE_LESSONS_DIR);
#endif
    return dirs;
}

QString LessonLibrary::findLessonsDir()
{
    for (const QString& dir : candidateDirs())
        if (QFileInfo(dir).isDir())
            return QDir::cleanPath(QDir(dir).absolutePath());
    return {};
}

void LessonLibrary::load(const QString& dir, const QString& language)
{
    dir_ = dir;
    language_ = language;
    lessons_.clear();
    if (dir.isEmpty())
        return;
    // File name -> the language folder to read it from: the translation where there is one.
    QMap<QString, QString> files;
    const QStringList filter { QStringLiteral("*.lesson") };
    for (const QString& name : QDir(QDir(dir).filePath(kEnglish)).entryList(filter, QDir::Files))
        files.insert(name, kEnglish);
    if (language != kEnglish)
        for (const QString& name : QDir(QDir(dir).filePath(language)).entryList(filter, QDir::Files))
            files.insert(name, language);
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        lessons_.append(readLesson(QDir(dir).filePath(it.value() + QLatin1Char('/') + it.key()), it.value()));
    // By `order`; malformed lessons (no order) last, by file name.
    std::stable_sort(lessons_.begin(), lessons_.end(), [](const LessonEntry& a, const LessonEntry& b) {
        if (a.ok() != b.ok())
            return a.ok();
        return a.ok() ? a.order < b.order : a.file < b.file;
    });
}

void LessonLibrary::loadDefault()
{
    load(findLessonsDir(), effectiveLanguage());
}

const LessonEntry* LessonLibrary::find(const QString& id) const
{
    for (const LessonEntry& e : lessons_)
        if (e.id == id)
            return &e;
    return nullptr;
}

} // namespace pagelab::ui
