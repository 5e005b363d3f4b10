// How far the student got in each lesson, kept between runs in QSettings (group
// "lessonProgress/<id>"): the steps done, whether the lesson is finished, and the step last
// open (where "Continue" goes). A step is done when it was opened and its quiz answered and its
// task done (a step with neither is done when opened).
#pragma once

#include <QObject>
#include <QSet>
#include <QString>

namespace pagelab::ui {

class LessonProgress : public QObject {
    Q_OBJECT

public:
    explicit LessonProgress(QObject* parent = nullptr);

    QSet<int> stepsDone(const QString& id) const; // 0-based step indexes
    int doneCount(const QString& id) const { return int(stepsDone(id).size()); }
    bool finished(const QString& id) const;
    int lastStep(const QString& id) const; // 0 when never opened
    bool started(const QString& id) const;

    // Marks step `index` of a lesson of `stepCount` steps done; the lesson is finished when
    // every step is.
    void markStepDone(const QString& id, int index, int stepCount);
    void setLastStep(const QString& id, int index);

    void reset(const QString& id);
    void resetAll();

Q_SIGNALS:
    void changed(const QString& id); // "" after resetAll
};

} // namespace pagelab::ui
