// Runs a lesson in a Session, step by step (docs/lesson-format.md): opening step N runs what
// the student would have seen before it, so any step can be opened directly. Used by
// `pagelab-cli check-lesson` and by the lesson panel of the GUI.
#pragma once

#include "lesson/lesson.h"
#include "machine/session.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace pagelab::lesson {

// What running one or more blocks produced.
struct LessonRun {
    std::vector<CommandOutcome> commands; // every command that ran, in order (text, json, events)
    // Empty when everything ran; otherwise "FILE:LINE:COLUMN: error: ..." in the lesson file
    // of the failed command or expect (nothing after it ran).
    std::string error;
    bool ok() const { return error.empty(); }
};

class LessonRunner {
public:
    explicit LessonRunner(Lesson lesson);

    const Lesson& lesson() const { return lesson_; }
    std::size_t stepCount() const { return lesson_.steps.size(); }
    // The step last opened with openStep (0-based), or nullopt before the first.
    std::optional<std::size_t> currentStep() const { return current_; }
    const LessonStep* current() const { return current_ ? &lesson_.steps[*current_] : nullptr; }

    // Opens step `index` (0-based): for every earlier step runs its ```scenario block, then its
    // quiz's ```reveal and its task's ```solution in the order they appear in the file; then
    // this step's ```scenario block. The first step's block normally starts with `machine`,
    // which resets the session; a lesson that does not should be given a fresh Session.
    // Stops at the first failure. The step counts as open even then (the panel shows it).
    LessonRun openStep(Session& session, std::size_t index);

    // The open step's quiz reveal block (after the student answered). Empty run when none.
    LessonRun reveal(Session& session) const;

    // Whether the open step's task condition holds now; runs nothing and records nothing in
    // the journal, so the panel may call it after every command of the student. false when
    // the step has no task or the condition cannot be evaluated; `why` gets the sentence.
    bool checkTask(Session& session, std::string* why = nullptr) const;

    // The open step's task solution block ("show me"). Empty run when none.
    LessonRun runSolution(Session& session) const;

    // Runs one block with its lines numbered as in the lesson file; appends to `into`.
    static void runBlock(Session& session, const Block& block, const std::string& file, LessonRun& into);

private:
    Lesson lesson_;
    std::optional<std::size_t> current_;
};

} // namespace pagelab::lesson
