// The checks of `pagelab-cli check-lesson` (docs/lesson-format.md): the file parses, its id
// matches its file name, its highlight ids name known view elements, every step runs in one
// fresh Session (scenario, reveal, solution, expect; a task's condition must not hold before
// its solution), and a translation has the structure of its English original.
#pragma once

#include "lesson/lesson.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pagelab::lesson {

// Why `id` is not a known highlight id (view.element[.key...]), or nullopt when it is.
std::optional<std::string> highlightProblem(std::string_view id);

// The views a step may name with `views:` (and the first words of highlight ids), in order.
const std::vector<std::string_view>& stageViewIds();
// Why `id` is not a view a step may name, or nullopt when it is.
std::optional<std::string> stageViewProblem(std::string_view id);

// lessons/<lang>/X.lesson -> lessons/en/X.lesson for a translation; "" for an English file
// or a file not in a language folder.
std::string englishOriginalOf(const std::string& path);

// Structure differences of a translation from its English original, at the translation's
// lines, as "FILE:LINE:COLUMN: error: ..." lines.
std::vector<std::string> compareWithEnglish(const Lesson& english, const Lesson& translation);

// The id against the file name, the highlight ids and view names, and every step run in order
// in a fresh Session, where every highlight must show something (highlight_resolver.h) when the
// step opens, after its quiz's reveal or after its task's solution; the lines of what failed
// (running stops at the first failed command or expect).
std::vector<std::string> checkLesson(const Lesson& lesson);

struct LessonCheckResult {
    std::string file;
    std::size_t steps = 0;
    bool malformed = false;          // the file (or its English original) does not parse or read
    std::vector<std::string> errors; // "FILE:LINE:COLUMN: error: ..." lines
    bool ok() const { return errors.empty(); }
    // The one line check-lesson prints: "FILE: 6 steps ok", "FILE: 2 problems", "FILE: malformed".
    std::string summary() const;
};

// Everything check-lesson does for one file (reads the English original of a translation).
LessonCheckResult checkLessonFile(const std::string& path);

} // namespace pagelab::lesson
