#include "lessons/lesson_list_model.h"

#include "lessons/lesson_library.h"
#include "lessons/lesson_progress.h"

#include <algorithm>

namespace pagelab::ui {

LessonListModel::LessonListModel(const LessonLibrary& library, LessonProgress& progress, QObject* parent)
    : QAbstractListModel(parent)
    , library_(library)
    , progress_(progress)
{
    connect(&progress_, &LessonProgress::changed, this, &LessonListModel::progressChanged);
}

int LessonListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(library_.lessons().size());
}

QString LessonListModel::progressText(int done, int steps, bool finished)
{
    if (finished)
        return tr("Finished");
    if (done == 0)
        return tr("Not started");
    // No %n plural: English has no .qm file to turn "step(s)" into "steps".
    return steps == 1 ? tr("%1 of 1 step").arg(done) : tr("%1 of %2 steps").arg(done).arg(steps);
}

QString LessonListModel::levelText(const QString& level)
{
    if (level == QLatin1String("beginner"))
        return tr("Beginner");
    if (level == QLatin1String("intermediate"))
        return tr("Intermediate");
    if (level == QLatin1String("advanced"))
        return tr("Advanced");
    return level;
}

QVariant LessonListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LessonEntry& e = library_.lessons().at(index.row());
    const int done = std::min(progress_.doneCount(e.id), e.steps);
    switch (role) {
    case Qt::DisplayRole: return e.title;
    case Qt::ToolTipRole: return e.ok() ? e.summary : e.error;
    case IdRole: return e.id;
    case SummaryRole: return e.summary;
    case LevelRole: return e.level;
    case LevelTextRole: return levelText(e.level);
    case StepCountRole: return e.steps;
    case DoneCountRole: return done;
    case FinishedRole: return progress_.finished(e.id);
    case StartedRole: return progress_.started(e.id);
    case ProgressTextRole: return e.ok() ? progressText(done, e.steps, progress_.finished(e.id)) : QString();
    case ErrorRole: return e.error;
    case FileRole: return e.file;
    default: return {};
    }
}

QHash<int, QByteArray> LessonListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(SummaryRole, "summary");
    names.insert(LevelRole, "level");
    names.insert(StepCountRole, "steps");
    names.insert(DoneCountRole, "done");
    names.insert(FinishedRole, "finished");
    names.insert(ProgressTextRole, "progress");
    names.insert(ErrorRole, "error");
    return names;
}

void LessonListModel::reload()
{
    beginResetModel();
    endResetModel();
}

void LessonListModel::progressChanged(const QString& id)
{
    if (rowCount() == 0)
        return;
    const QList<LessonEntry>& lessons = library_.lessons();
    for (int row = 0; row < lessons.size(); ++row)
        if (id.isEmpty() || lessons[row].id == id) {
            const QModelIndex i = index(row);
            Q_EMIT dataChanged(i, i);
        }
}

} // namespace pagelab::ui
