// A lesson as parsed from a .lesson file (docs/lesson-format.md): a header and steps, each
// with narration, an optional scenario block, highlights, at most one prediction quiz and
// at most one task checked by an `expect` condition. Every part keeps its line in the file
// so that check-lesson and the lesson panel report problems where the author can fix them.
#pragma once

#include "hw/types.h"

#include <optional>
#include <string>
#include <vector>

namespace pagelab::lesson {

// A fenced block of scenario commands (```scenario, ```reveal, ```solution).
struct Block {
    std::string text;  // the lines between the fences, each ending in '\n'
    u32 line = 0;      // line of the first line inside the fences (the command lines start here)
    u32 fenceLine = 0; // line of the opening fence; 0 when the block is absent
    bool present() const { return fenceLine != 0; }
};

struct QuizOption {
    char letter = 'a';
    std::string text; // without the trailing " *"
    bool correct = false;
    u32 line = 0;
};

// A prediction quiz: the student answers, then the reveal block runs and the explanation shows.
struct Quiz {
    std::string question;
    u32 line = 0;
    std::vector<QuizOption> options;
    Block reveal;        // optional
    std::string explain; // required
    u32 explainLine = 0;
    // "b" or "ac": the letters of the correct options, in order
    std::string correctLetters() const
    {
        std::string s;
        for (const auto& o : options)
            if (o.correct)
                s += o.letter;
        return s;
    }
    bool isCorrect(char letter) const { return correctLetters().find(letter) != std::string::npos; }
};

// A task the engine verifies: done when the expect condition holds.
struct Task {
    std::string text;
    u32 line = 0;
    std::string expect; // the condition after `expect:` (scenario language, without the word expect)
    u32 expectLine = 0;
    u32 expectColumn = 0; // column of the condition's first character
    std::string hint;     // optional
    Block solution;       // required
};

struct Highlight {
    std::string id; // view.element[.key...], e.g. walk.entry.pml4
    u32 line = 0;
    u32 column = 0;
};

// A view the step is about (`views: walk tlb`): the lesson panel brings it to the front.
struct StageView {
    std::string id; // space walk frames tlb swap uaccess charts log console player
    u32 line = 0;
    u32 column = 0;
};

struct LessonStep {
    std::string title;
    u32 line = 0;                       // of the `## title` line
    std::vector<std::string> narration; // paragraphs, lines joined by a space (inline `code`, **bold**)
    Block scenario;                     // optional
    std::vector<Highlight> highlights;
    std::vector<StageView> views; // named by `views:` lines, in order
    std::optional<Quiz> quiz;
    std::optional<Task> task;
    // Whether the quiz comes before the task in the file: the runner runs the reveal and the
    // solution of earlier steps in the order the student met them.
    bool quizFirst() const { return !task || (quiz && quiz->line < task->line); }
};

struct Lesson {
    std::string file; // the path it was read from, used in every diagnostic
    std::string id;
    std::string title;
    std::string summary;
    int order = 0;
    std::string level; // beginner | intermediate | advanced, or empty
    std::string seed;  // the seed section it teaches, or empty
    u32 idLine = 0;
    u32 orderLine = 0;
    std::vector<LessonStep> steps;
};

} // namespace pagelab::lesson
