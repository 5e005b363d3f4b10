#include "lesson_verbs.h"

#include "lesson/lesson_check.h"

#include <algorithm>
#include <filesystem>
#include <iostream>

namespace pagelab::cli {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;
constexpr int kExitBadInput = 2;

// The lessons an argument names: the file itself, or every *.lesson below a directory, sorted
// so that the output is the same on every machine.
bool collectLessons(const std::string& arg, std::vector<std::string>& files)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_directory(arg, ec)) {
        files.push_back(arg);
        return true;
    }
    std::vector<std::string> found;
    for (auto it = fs::recursive_directory_iterator(arg, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec))
        if (it->is_regular_file() && it->path().extension() == ".lesson")
            found.push_back(it->path().string());
    if (ec) {
        std::cerr << arg << ": error: cannot read the directory: " << ec.message() << '\n';
        return false;
    }
    if (found.empty()) {
        std::cerr << arg << ": error: no .lesson file in this directory\n";
        return false;
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
    return true;
}

} // namespace

int checkLessonVerb(const std::vector<std::string>& args)
{
    if (args.empty()) {
        std::cerr
            << "pagelab-cli check-lesson: which lessons? (usage: pagelab-cli check-lesson FILE|DIR...)\n";
        return kExitBadInput;
    }
    int status = kExitOk;
    std::vector<std::string> files;
    for (const auto& a : args) {
        if (a.size() > 1 && a[0] == '-') {
            std::cerr << "pagelab-cli check-lesson: unknown option '" << a << "'\n";
            return kExitBadInput;
        }
        if (!collectLessons(a, files))
            status = kExitBadInput;
    }
    for (const auto& file : files) {
        const lesson::LessonCheckResult r = lesson::checkLessonFile(file);
        for (const auto& e : r.errors)
            std::cerr << e << '\n';
        std::cout << r.summary() << '\n';
        if (r.malformed)
            status = kExitBadInput;
        else if (!r.ok() && status == kExitOk)
            status = kExitFailed;
    }
    std::cout.flush();
    return status;
}

} // namespace pagelab::cli
