// The lessons of the library as a list for the lesson browser: one row per lesson, in the
// library's order, with its progress. Follows LessonProgress (a step done updates its row).
#pragma once

#include <QAbstractListModel>

namespace pagelab::ui {

class LessonLibrary;
class LessonProgress;

class LessonListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        SummaryRole,
        LevelRole,     // "beginner" ... as in the file
        LevelTextRole, // translated
        StepCountRole,
        DoneCountRole,
        FinishedRole,
        StartedRole,
        ProgressTextRole, // "3 of 7 steps"
        ErrorRole,        // FILE:LINE:COLUMN error of a malformed lesson, else empty
        FileRole,
    };

    LessonListModel(const LessonLibrary& library, LessonProgress& progress, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Call after the library was loaded again.
    void reload();
    // "3 of 7 steps", "Finished", "Not started".
    static QString progressText(int done, int steps, bool finished);
    static QString levelText(const QString& level);

private:
    void progressChanged(const QString& id);

    const LessonLibrary& library_;
    LessonProgress& progress_;
};

} // namespace pagelab::ui
