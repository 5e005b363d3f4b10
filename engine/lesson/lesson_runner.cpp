#include "lesson/lesson_runner.h"

#include <utility>

namespace pagelab::lesson {

LessonRunner::LessonRunner(Lesson lesson)
    : lesson_(std::move(lesson))
{
}

void LessonRunner::runBlock(Session& session, const Block& block, const std::string& file, LessonRun& into)
{
    if (!block.present() || !into.ok())
        return;
    RunOutcome outcome = session.run(block.text, file, block.line);
    if (!outcome.parsed()) {
        into.error = outcome.diagnostics.front().format();
        return;
    }
    for (auto& c : outcome.commands) {
        if ((!c.ok || c.expectFailed) && into.error.empty())
            into.error = c.error;
        into.commands.push_back(std::move(c));
    }
}

LessonRun LessonRunner::openStep(Session& session, std::size_t index)
{
    LessonRun run;
    if (index >= lesson_.steps.size()) {
        run.error = lesson_.file + ": error: the lesson has no step " + std::to_string(index + 1);
        return run;
    }
    current_ = index;
    for (std::size_t i = 0; i < index && run.ok(); ++i) {
        const LessonStep& s = lesson_.steps[i];
        runBlock(session, s.scenario, lesson_.file, run);
        const Block none;
        const Block& reveal = s.quiz ? s.quiz->reveal : none;
        const Block& solution = s.task ? s.task->solution : none;
        runBlock(session, s.quizFirst() ? reveal : solution, lesson_.file, run);
        runBlock(session, s.quizFirst() ? solution : reveal, lesson_.file, run);
    }
    runBlock(session, lesson_.steps[index].scenario, lesson_.file, run);
    return run;
}

LessonRun LessonRunner::reveal(Session& session) const
{
    LessonRun run;
    if (const LessonStep* s = current(); s && s->quiz)
        runBlock(session, s->quiz->reveal, lesson_.file, run);
    return run;
}

bool LessonRunner::checkTask(Session& session, std::string* why) const
{
    const LessonStep* s = current();
    if (!s || !s->task) {
        if (why)
            *why = "this step has no task";
        return false;
    }
    return session.holds(s->task->expect, why).value_or(false);
}

LessonRun LessonRunner::runSolution(Session& session) const
{
    LessonRun run;
    if (const LessonStep* s = current(); s && s->task)
        runBlock(session, s->task->solution, lesson_.file, run);
    return run;
}

} // namespace pagelab::lesson
