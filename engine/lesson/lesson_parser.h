// Parses a .lesson file (docs/lesson-format.md) into a Lesson, or reports what is wrong as
// FILE:LINE:COLUMN: error: ... The scenario, reveal and solution blocks and every `expect:`
// condition are parsed with the scenario language's parser, and their errors point at the
// line and column of the lesson file.
#pragma once

#include "lesson/lesson.h"
#include "script/ast.h"

#include <string>
#include <string_view>
#include <vector>

namespace pagelab::lesson {

struct LessonParseResult {
    Lesson lesson; // complete only when diagnostics is empty
    std::vector<script::Diagnostic> diagnostics;
    bool ok() const { return diagnostics.empty(); }
};

// `file` names the source in diagnostics; its base name (without NN- and .lesson) is not
// compared with the id here (that is a check of check-lesson, see lesson_check.h).
LessonParseResult parseLesson(std::string_view text, const std::string& file);

// Reads and parses a file; an unreadable file gives one diagnostic at line 0.
LessonParseResult parseLessonFile(const std::string& path);

} // namespace pagelab::lesson
