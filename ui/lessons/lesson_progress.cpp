#include "lessons/lesson_progress.h"

#include <QSettings>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace pagelab::ui {

namespace {

const QString kGroup = QStringLiteral("lessonProgress");

QString key(const QString& id, const char* what)
{
    return kGroup + QLatin1Char('/') + id + QLatin1Char('/') + QLatin1String(what);
}

} // namespace

LessonProgress::LessonProgress(QObject* parent)
    : QObject(parent)
{
}

QSet<int> LessonProgress::stepsDone(const QString& id) const
{
    QSet<int> done;
    // Stored as "0,1,4": readable in the settings file and the same in every QSettings format.
    const QString text = QSettings().value(key(id, "done")).toString();
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int index = part.toInt(&ok);
        if (ok && index >= 0)
            done.insert(index);
    }
    return done;
}

bool LessonProgress::finished(const QString& id) const
{
    return QSettings().value(key(id, "finished"), false).toBool();
}

int LessonProgress::lastStep(const QString& id) const
{
    return std::max(0, QSettings().value(key(id, "lastStep"), 0).toInt());
}

bool LessonProgress::started(const QString& id) const
{
    return QSettings().contains(key(id, "lastStep"));
}

void LessonProgress::markStepDone(const QString& id, int index, int stepCount)
{
    QSet<int> done = stepsDone(id);
    if (done.contains(index))
        return;
    done.insert(index);
    QList<int> sorted(done.begin(), done.end());
    std::sort(sorted.begin(), sorted.end());
    QStringList parts;
    for (int i : sorted)
        parts << QString::number(i);
    QSettings settings;
    settings.setValue(key(id, "done"), parts.join(QLatin1Char(',')));
    int inLesson = 0;
    for (int i : sorted)
        inLesson += i < stepCount ? 1 : 0;
    if (inLesson >= stepCount)
        settings.setValue(key(id, "finished"), true);
    Q_EMIT changed(id);
}

void LessonProgress::setLastStep(const QString& id, int index)
{
    QSettings settings;
    if (settings.contains(key(id, "lastStep")) && settings.value(key(id, "lastStep")).toInt() == index)
        return;
    settings.setValue(key(id, "lastStep"), index);
    Q_EMIT changed(id);
}

void LessonProgress::reset(const QString& id)
{
    QSettings().remove(kGroup + QLatin1Char('/') + id);
    Q_EMIT changed(id);
}

void LessonProgress::resetAll()
{
    QSettings().remove(kGroup);
    Q_EMIT changed(QString());
}

} // namespace pagelab::ui
