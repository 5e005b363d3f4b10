#include "lesson/lesson_check.h"

#include "lesson/highlight_resolver.h"
#include "lesson/lesson_parser.h"
#include "lesson/lesson_runner.h"
#include "machine/session.h"

#include <filesystem>

namespace pagelab::lesson {

namespace {

std::vector<std::string> splitDots(std::string_view id)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = id.find('.', start);
        parts.emplace_back(id.substr(start, dot - start));
        if (dot == std::string_view::npos)
            return parts;
        start = dot + 1;
    }
}

bool isName(std::string_view s)
{
    if (s.empty() || !((s[0] >= 'a' && s[0] <= 'z') || s[0] == '_'))
        return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
    return true;
}

bool isHexDigits(std::string_view s)
{
    if (s.empty())
        return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

// An address: 0x401000 or 401000 (hex digits, lower case).
bool isHexAddress(std::string_view s)
{
    return isHexDigits(s.starts_with("0x") ? s.substr(2) : s);
}

// A number: decimal, or hex with 0x.
bool isNumber(std::string_view s)
{
    if (s.starts_with("0x"))
        return isHexDigits(s.substr(2));
    if (s.empty())
        return false;
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    return true;
}

bool oneOf(std::string_view s, std::initializer_list<std::string_view> words)
{
    for (auto w : words)
        if (s == w)
            return true;
    return false;
}

std::string formatAt(const std::string& file, u32 line, u32 column, const std::string& message)
{
    if (line == 0)
        return file + ": error: " + message;
    return script::Diagnostic { file, { line, column }, message }.format();
}

// The file name without the NN- prefix and the .lesson suffix.
std::string idFromFileName(const std::string& path)
{
    std::string stem = std::filesystem::path(path).stem().string();
    std::size_t digits = 0;
    while (digits < stem.size() && stem[digits] >= '0' && stem[digits] <= '9')
        ++digits;
    if (digits > 0 && digits < stem.size() && stem[digits] == '-')
        stem.erase(0, digits + 1);
    return stem;
}

} // namespace

std::optional<std::string> highlightProblem(std::string_view id)
{
    const std::vector<std::string> p = splitDots(id);
    const std::string& view = p[0];
    const std::size_t n = p.size();
    auto need = [&](const std::string& shape) -> std::optional<std::string> {
        return "'" + std::string(id) + "' is not a highlight id of the " + view + " view (" + shape + ")";
    };
    if (oneOf(view, { "log", "console", "player" }))
        return n == 1 ? std::nullopt : need(view + " has no elements");
    if (view == "space") {
        const std::string shape
            = "space.process.<proc>, space.vma.<proc>.<start-hex>, space.page.<proc>.<vaddr-hex>";
        if (n == 3 && p[1] == "process" && isName(p[2]))
            return std::nullopt;
        if (n == 4 && (p[1] == "vma" || p[1] == "page") && isName(p[2]) && isHexAddress(p[3]))
            return std::nullopt;
        return need(shape);
    }
    if (view == "walk") {
        if (n == 2 && oneOf(p[1], { "cr3", "tlb" }))
            return std::nullopt;
        if (n == 3 && oneOf(p[1], { "field", "entry" })
            && oneOf(p[2], { "pml5", "pml4", "pdpt", "pd", "pt", "offset" }))
            return std::nullopt;
        return need(
            "walk.cr3, walk.tlb, walk.field.<level>, walk.entry.<level>; levels pml5 pml4 pdpt pd pt offset");
    }
    if (view == "frames") {
        if (n == 2 && oneOf(p[1], { "pagetables", "free" }))
            return std::nullopt;
        if (n == 3 && p[1] == "frame" && isNumber(p[2]))
            return std::nullopt;
        return need("frames.frame.<pfn>, frames.pagetables, frames.free");
    }
    if (view == "tlb") {
        if (n == 2 && p[1] == "stlb")
            return std::nullopt;
        if (n == 3 && p[1] == "set" && isNumber(p[2]))
            return std::nullopt;
        if (n == 4 && p[1] == "entry" && isNumber(p[2]) && isNumber(p[3]))
            return std::nullopt;
        return need("tlb.set.<n>, tlb.entry.<set>.<way>, tlb.stlb");
    }
    if (view == "swap") {
        if (n == 3 && p[1] == "area" && isName(p[2]))
            return std::nullopt;
        if (n == 4 && p[1] == "slot" && isName(p[2]) && isNumber(p[3]))
            return std::nullopt;
        return need("swap.area.<name>, swap.slot.<area>.<n>");
    }
    if (view == "uaccess") {
        if (n == 2 && oneOf(p[1], { "kernel", "user", "fault", "fixup", "return" }))
            return std::nullopt;
        return need("uaccess.kernel, uaccess.user, uaccess.fault, uaccess.fixup, uaccess.return");
    }
    if (view == "charts") {
        if (n == 2 && oneOf(p[1], { "faults", "tlb", "mrc", "memory" }))
            return std::nullopt;
        return need("charts.faults, charts.tlb, charts.mrc, charts.memory");
    }
    return "unknown view '" + view + "' in highlight id '" + std::string(id)
        + "' (views: space walk frames tlb swap uaccess charts log console player)";
}

const std::vector<std::string_view>& stageViewIds()
{
    static const std::vector<std::string_view> ids { "space", "walk", "frames", "tlb", "swap", "uaccess",
        "charts", "log", "console", "player" };
    return ids;
}

std::optional<std::string> stageViewProblem(std::string_view id)
{
    for (std::string_view v : stageViewIds())
        if (id == v)
            return std::nullopt;
    return "unknown view '" + std::string(id)
        + "' (views: space walk frames tlb swap uaccess charts log console player)";
}

std::string englishOriginalOf(const std::string& path)
{
    namespace fs = std::filesystem;
    const fs::path p(path);
    const fs::path folder = p.parent_path();
    const std::string lang = folder.filename().string();
    if (lang.empty() || lang == "en")
        return {};
    const fs::path en = folder.parent_path() / "en";
    std::error_code ec;
    if (!fs::is_directory(en, ec))
        return {};
    return (en / p.filename()).string();
}

std::vector<std::string> compareWithEnglish(const Lesson& en, const Lesson& tr)
{
    std::vector<std::string> out;
    const std::string& f = tr.file;
    auto differ = [&](u32 line, const std::string& what) {
        out.push_back(formatAt(f, line, 1, what + " differs from the English original " + en.file));
    };
    if (tr.id != en.id)
        differ(tr.idLine, "the id '" + tr.id + "'");
    if (tr.order != en.order)
        differ(tr.orderLine, "the order " + std::to_string(tr.order));
    if (tr.steps.size() != en.steps.size())
        out.push_back(formatAt(f, tr.steps.empty() ? 1 : tr.steps.back().line, 1,
            "the translation has " + std::to_string(tr.steps.size()) + " steps, the English original "
                + en.file + " has " + std::to_string(en.steps.size())));
    const std::size_t common = std::min(tr.steps.size(), en.steps.size());
    for (std::size_t i = 0; i < common; ++i) {
        const LessonStep& a = en.steps[i];
        const LessonStep& b = tr.steps[i];
        const std::string step = "step " + std::to_string(i + 1) + ": ";
        auto at = [&](const Block& blk) { return blk.present() ? blk.fenceLine : b.line; };
        if (a.scenario.text != b.scenario.text || a.scenario.present() != b.scenario.present())
            differ(at(b.scenario), step + "the ```scenario block");
        std::vector<std::string> ha, hb;
        for (const auto& h : a.highlights)
            ha.push_back(h.id);
        for (const auto& h : b.highlights)
            hb.push_back(h.id);
        if (ha != hb)
            differ(b.highlights.empty() ? b.line : b.highlights.front().line, step + "the highlight ids");
        std::vector<std::string> va, vb;
        for (const auto& v : a.views)
            va.push_back(v.id);
        for (const auto& v : b.views)
            vb.push_back(v.id);
        if (va != vb)
            differ(b.views.empty() ? b.line : b.views.front().line, step + "the `views:` list");
        if (a.quiz.has_value() != b.quiz.has_value()) {
            differ(b.quiz ? b.quiz->line : b.line, step + "having a quiz");
        } else if (a.quiz) {
            if (a.quiz->options.size() != b.quiz->options.size()
                || a.quiz->correctLetters() != b.quiz->correctLetters())
                differ(b.quiz->line, step + "the quiz options or their answer letters");
            if (a.quiz->reveal.text != b.quiz->reveal.text
                || a.quiz->reveal.present() != b.quiz->reveal.present())
                differ(at(b.quiz->reveal), step + "the ```reveal block");
        }
        if (a.task.has_value() != b.task.has_value()) {
            differ(b.task ? b.task->line : b.line, step + "having a task");
        } else if (a.task) {
            if (a.task->expect != b.task->expect)
                out.push_back(formatAt(f, b.task->expectLine, b.task->expectColumn,
                    step + "the expect condition differs from the English original " + en.file));
            if (a.task->solution.text != b.task->solution.text)
                differ(at(b.task->solution), step + "the ```solution block");
        }
    }
    return out;
}

std::vector<std::string> checkLesson(const Lesson& lesson)
{
    std::vector<std::string> out;
    const std::string& f = lesson.file;
    const std::string expectedId = idFromFileName(f);
    if (lesson.id != expectedId)
        out.push_back(formatAt(f, lesson.idLine, 1,
            "the id '" + lesson.id + "' does not match the file name (it should be '" + expectedId + "')"));
    std::vector<std::vector<bool>> knownIds(lesson.steps.size());
    for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
        const LessonStep& s = lesson.steps[i];
        std::string tab, tabId;
        for (const auto& h : s.highlights) {
            const auto problem = highlightProblem(h.id);
            knownIds[i].push_back(!problem);
            if (problem) {
                out.push_back(formatAt(f, h.line, h.column, *problem));
                continue;
            }
            // The charts view shows one tab at a time: two of them cannot both be seen.
            const std::string_view t = chartsTabOf(h.id);
            if (t.empty())
                continue;
            if (!tab.empty() && t != tab)
                out.push_back(formatAt(f, h.line, h.column,
                    "'" + h.id + "' and '" + tabId
                        + "' are on different tabs of the charts view, which shows one at a time: "
                          "highlight one of them"));
            else if (tab.empty()) {
                tab = t;
                tabId = h.id;
            }
        }
        for (std::size_t v = 0; v < s.views.size(); ++v) {
            const StageView& view = s.views[v];
            if (auto problem = stageViewProblem(view.id))
                out.push_back(formatAt(f, view.line, view.column, *problem));
            for (std::size_t w = 0; w < v; ++w)
                if (s.views[w].id == view.id) {
                    out.push_back(formatAt(
                        f, view.line, view.column, "the view '" + view.id + "' is named twice in this step"));
                    break;
                }
        }
    }

    Session session;
    LessonRun run;
    for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
        const LessonStep& s = lesson.steps[i];
        const std::string where = " (step " + std::to_string(i + 1) + ")";
        // Every highlight must show something at one of the step's moments: when it opens,
        // after its quiz's reveal, after its task's solution (the lesson panel outlines it then).
        const u32 firstCommand = static_cast<u32>(run.commands.size());
        std::vector<bool> shown(s.highlights.size(), false);
        std::vector<std::string> reasons(s.highlights.size());
        std::string moments;
        auto lookAtHighlights = [&](const char* moment) {
            if (!run.ok())
                return;
            moments += moments.empty() ? moment : std::string(" or ") + moment;
            const StageState state { session, session.journal(), session.journal().size(), firstCommand };
            for (std::size_t h = 0; h < s.highlights.size(); ++h) {
                if (shown[h] || !knownIds[i][h])
                    continue;
                if (auto problem = unresolvedHighlight(s.highlights[h].id, state))
                    reasons[h] = std::move(*problem);
                else
                    shown[h] = true;
            }
        };
        LessonRunner::runBlock(session, s.scenario, f, run);
        lookAtHighlights("when the step opens");
        auto revealQuiz = [&] {
            if (s.quiz) {
                LessonRunner::runBlock(session, s.quiz->reveal, f, run);
                if (s.quiz->reveal.present())
                    lookAtHighlights("after the quiz's reveal");
            }
        };
        auto solveTask = [&] {
            if (!s.task || !run.ok())
                return;
            const Task& t = *s.task;
            std::string why;
            const std::optional<bool> before = session.holds(t.expect, &why);
            if (!before)
                run.error
                    = formatAt(f, t.expectLine, t.expectColumn, "cannot evaluate the condition: " + why);
            else if (*before)
                run.error = formatAt(f, t.expectLine, t.expectColumn,
                    "the task's condition already holds before its solution: a task must ask for something");
            LessonRunner::runBlock(session, t.solution, f, run);
            if (!run.ok())
                return;
            const std::optional<bool> after = session.holds(t.expect, &why);
            if (!after.value_or(false))
                run.error = formatAt(f, t.expectLine, t.expectColumn,
                    "the task's condition does not hold after its ```solution block (line "
                        + std::to_string(t.solution.fenceLine) + "): " + why);
            lookAtHighlights("after the task's solution");
        };
        if (s.quizFirst()) {
            revealQuiz();
            solveTask();
        } else {
            solveTask();
            revealQuiz();
        }
        if (!run.ok()) {
            out.push_back(run.error + where);
            break; // later steps build on this one
        }
        for (std::size_t h = 0; h < s.highlights.size(); ++h)
            if (knownIds[i][h] && !shown[h])
                out.push_back(formatAt(f, s.highlights[h].line, s.highlights[h].column,
                    "the highlight would show nothing " + moments + ": " + reasons[h] + where));
    }
    return out;
}

std::string LessonCheckResult::summary() const
{
    if (malformed)
        return file + ": malformed (" + std::to_string(errors.size())
            + (errors.size() == 1 ? " error)" : " errors)");
    if (!ok())
        return file + ": " + std::to_string(errors.size()) + (errors.size() == 1 ? " problem" : " problems");
    return file + ": " + std::to_string(steps) + (steps == 1 ? " step ok" : " steps ok");
}

LessonCheckResult checkLessonFile(const std::string& path)
{
    LessonCheckResult result;
    result.file = path;
    const LessonParseResult parsed = parseLessonFile(path);
    if (!parsed.ok()) {
        result.malformed = true;
        for (const auto& d : parsed.diagnostics)
            result.errors.push_back(formatAt(d.file, d.pos.line, d.pos.column, d.message));
        return result;
    }
    result.steps = parsed.lesson.steps.size();
    if (const std::string enPath = englishOriginalOf(path); !enPath.empty()) {
        const LessonParseResult en = parseLessonFile(enPath);
        if (!en.ok()) {
            result.malformed = true;
            result.errors.push_back(formatAt(path, 1, 1,
                "the English original " + enPath
                    + (std::filesystem::exists(enPath) ? " does not parse" : " does not exist")));
            return result;
        }
        result.errors = compareWithEnglish(en.lesson, parsed.lesson);
    }
    for (auto& e : checkLesson(parsed.lesson))
        result.errors.push_back(std::move(e));
    return result;
}

} // namespace pagelab::lesson
