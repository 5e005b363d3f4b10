// A lesson step as rich text for presentation mode: what the audience reads (the narration,
// the quiz with its answer once revealed, the task), and what only the presenter reads (the
// answer before it is revealed, the explanation, the hint and the solution, the elements the
// step points at, a preview of the next step). Lesson prose goes through lessons/lesson_text.h,
// so a lesson cannot inject markup.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace pagelab::lesson {
struct Lesson;
} // namespace pagelab::lesson

namespace pagelab::ui {

class StepText {
    Q_DECLARE_TR_FUNCTIONS(StepText)

public:
    // "Step 2 of 7: Sets and ways".
    static QString heading(const lesson::Lesson& lesson, int step);
    // The narration; the quiz (the answer marked once `revealed`, with the explanation); the
    // task (and that it is done).
    static QString audienceHtml(const lesson::Lesson& lesson, int step, bool revealed, bool taskDone);
    // For the presenter only: the answer and explanation, the task's condition, hint and
    // solution, the highlighted elements. Empty when the step has none of these.
    static QString notesHtml(const lesson::Lesson& lesson, int step);
    // The heading and first paragraph of step `step` (the one after the current).
    static QString previewHtml(const lesson::Lesson& lesson, int step);
};

} // namespace pagelab::ui
