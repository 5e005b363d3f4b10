// The lesson verb of pagelab-cli: check-lesson (lesson_verbs.cpp).
#pragma once

#include <string>
#include <vector>

namespace pagelab::cli {

// check-lesson FILE|DIR...: checks every lesson (a directory means every *.lesson below it)
// and prints one line per lesson. Exit 0 all ok, 1 a check failed, 2 a file is malformed or
// missing, or bad usage.
int checkLessonVerb(const std::vector<std::string>& args);

} // namespace pagelab::cli
