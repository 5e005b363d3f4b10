// The lessons PageLab ships (docs/lesson-format.md), in the language the UI speaks: finds the
// lessons folder, parses every lesson (a translation falls back to its English original when
// missing) and sorts them by `order`. A malformed lesson stays in the list with its
// FILE:LINE:COLUMN error, so the browser can say what is wrong instead of hiding it.
#pragma once

#include "lesson/lesson.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace pagelab::ui {

struct LessonEntry {
    QString id;       // the header's id, or the file name's when the lesson is malformed
    QString file;     // the path the lesson was read from
    QString language; // the language folder of `file` ("en" when the translation is missing)
    QString title;
    QString summary;
    QString level; // beginner | intermediate | advanced, or empty
    int order = 0;
    int steps = 0;
    QString error;                                // "FILE:LINE:COLUMN: error: ..." when malformed
    std::shared_ptr<const lesson::Lesson> lesson; // null when malformed

    bool ok() const { return error.isEmpty() && lesson; }
};

class LessonLibrary {
public:
    // Where lessons may live, in the order they are tried: $PAGELAB_LESSONS_DIR, the installed
    // <exe dir>/../share/pagelab/lessons, the source tree's lessons/ (running from a build).
    static QStringList candidateDirs();
    // The first candidate that exists, or "" when none does.
    static QString findLessonsDir();

    // Reads every lesson of `language` below `dir` (dir/<language>/*.lesson, else dir/en/...).
    void load(const QString& dir, const QString& language);
    // The same from findLessonsDir() and the language the UI speaks (ui/preferences/language.h).
    void loadDefault();

    QString dir() const { return dir_; }
    QString language() const { return language_; }
    const QList<LessonEntry>& lessons() const { return lessons_; }
    const LessonEntry* find(const QString& id) const;

private:
    QString dir_;
    QString language_;
    QList<LessonEntry> lessons_;
};

// The lesson id a file name stands for: "03-page-walk.lesson" -> "page-walk".
QString lessonIdFromFileName(const QString& fileName);

} // namespace pagelab::ui
