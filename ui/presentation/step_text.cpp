#include "presentation/step_text.h"

#include "lesson/lesson.h"
#include "lessons/lesson_text.h"

#include <QStringList>

namespace pagelab::ui {

namespace {

QString inlineHtml(const std::string& text)
{
    return lessonInlineHtml(QString::fromStdString(text));
}

QString optionHtml(const lesson::QuizOption& o, bool marked)
{
    const QString text = QStringLiteral("%1) %2").arg(QLatin1Char(o.letter)).arg(inlineHtml(o.text));
    return marked ? QStringLiteral("<b>%1 ✓</b>").arg(text) : text;
}

QString blockHtml(const lesson::Block& block)
{
    return QStringLiteral("<pre>%1</pre>").arg(QString::fromStdString(block.text).trimmed().toHtmlEscaped());
}

const lesson::LessonStep* stepOf(const lesson::Lesson& lesson, int step)
{
    return step >= 0 && std::size_t(step) < lesson.steps.size() ? &lesson.steps[std::size_t(step)] : nullptr;
}

} // namespace

QString StepText::heading(const lesson::Lesson& lesson, int step)
{
    const lesson::LessonStep* s = stepOf(lesson, step);
    if (!s)
        return {};
    return tr("Step %1 of %2: %3").arg(step + 1).arg(lesson.steps.size()).arg(inlineHtml(s->title));
}

QString StepText::audienceHtml(const lesson::Lesson& lesson, int step, bool revealed, bool taskDone)
{
    const lesson::LessonStep* s = stepOf(lesson, step);
    if (!s)
        return {};
    QString html = lessonNarrationHtml(s->narration);
    if (s->quiz) {
        const lesson::Quiz& q = *s->quiz;
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Question:"), inlineHtml(q.question));
        QStringList options;
        for (const lesson::QuizOption& o : q.options)
            options << optionHtml(o, revealed && o.correct);
        html += QStringLiteral("<p>%1</p>").arg(options.join(QStringLiteral("<br>")));
        if (revealed)
            html += QStringLiteral("<p>%1</p>").arg(inlineHtml(q.explain));
    }
    if (s->task) {
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Task:"), inlineHtml(s->task->text));
        if (taskDone)
            html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Done ✓"));
    }
    return html;
}

QString StepText::notesHtml(const lesson::Lesson& lesson, int step)
{
    const lesson::LessonStep* s = stepOf(lesson, step);
    if (!s)
        return {};
    QString html;
    if (s->quiz) {
        QStringList right;
        for (const lesson::QuizOption& o : s->quiz->options)
            if (o.correct)
                right << optionHtml(o, false);
        html += QStringLiteral("<p><b>%1</b> %2</p><p>%3</p>")
                    .arg(tr("Answer:"), right.join(QStringLiteral("<br>")), inlineHtml(s->quiz->explain));
    }
    if (s->task) {
        const lesson::Task& t = *s->task;
        html += QStringLiteral("<p><b>%1</b> <code>%2</code></p>")
                    .arg(tr("Done when:"), QString::fromStdString(t.expect).toHtmlEscaped());
        if (!t.hint.empty())
            html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Hint:"), inlineHtml(t.hint));
        html += QStringLiteral("<p><b>%1</b></p>%2").arg(tr("Solution:"), blockHtml(t.solution));
    }
    if (!s->highlights.empty()) {
        QStringList ids;
        for (const lesson::Highlight& h : s->highlights)
            ids << QString::fromStdString(h.id).toHtmlEscaped();
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Points at:"), ids.join(QStringLiteral(", ")));
    }
    return html;
}

QString StepText::previewHtml(const lesson::Lesson& lesson, int step)
{
    const lesson::LessonStep* s = stepOf(lesson, step);
    if (!s)
        return QStringLiteral("<p>%1</p>").arg(tr("This is the lesson's last step."));
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(heading(lesson, step));
    if (!s->narration.empty())
        html += QStringLiteral("<p>%1</p>").arg(inlineHtml(s->narration.front()));
    else if (s->quiz)
        html += QStringLiteral("<p>%1</p>").arg(inlineHtml(s->quiz->question));
    else if (s->task)
        html += QStringLiteral("<p>%1</p>").arg(inlineHtml(s->task->text));
    return html;
}

} // namespace pagelab::ui
