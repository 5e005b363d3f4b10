#include "lesson/lesson_parser.h"

#include "script/parser.h"

#include <charconv>
#include <fstream>
#include <set>
#include <sstream>

namespace pagelab::lesson {

namespace {

constexpr std::string_view kFence = "```";

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

bool isBlank(std::string_view s)
{
    return trimmed(s).empty();
}

// `name: value` where name is [a-z]+; fills the value and the column of its first character.
bool splitKeyValue(std::string_view line, std::string_view& key, std::string_view& value, u32& valueColumn)
{
    std::size_t n = 0;
    while (n < line.size() && line[n] >= 'a' && line[n] <= 'z')
        ++n;
    if (n == 0 || n >= line.size() || line[n] != ':')
        return false;
    key = line.substr(0, n);
    std::size_t v = n + 1;
    while (v < line.size() && (line[v] == ' ' || line[v] == '\t'))
        ++v;
    value = trimmed(line.substr(v));
    valueColumn = static_cast<u32>(v + 1);
    return true;
}

bool isDirective(std::string_view key)
{
    for (std::string_view d : { "highlight", "views", "quiz", "explain", "task", "expect", "hint" })
        if (key == d)
            return true;
    return false;
}

bool isLessonId(std::string_view id)
{
    if (id.empty())
        return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
            return false;
    return true;
}

class Parser {
public:
    Parser(std::string_view text, const std::string& file)
        : file_(file)
    {
        if (text.starts_with("\xEF\xBB\xBF")) // a UTF-8 byte order mark
            text.remove_prefix(3);
        while (!text.empty()) {
            const std::size_t nl = text.find('\n');
            std::string_view line = text.substr(0, nl);
            if (!line.empty() && line.back() == '\r')
                line.remove_suffix(1);
            lines_.push_back(line);
            if (nl == std::string_view::npos)
                break;
            text.remove_prefix(nl + 1);
        }
        result_.lesson.file = file;
    }

    LessonParseResult run()
    {
        for (index_ = 0; index_ < lines_.size(); ++index_) {
            const std::string_view line = lines_[index_];
            const u32 number = lineNumber();
            if (line.starts_with("%"))
                continue; // a comment
            if (line.starts_with("##") && (line.size() == 2 || line[2] == ' ')) {
                startStep(trimmed(line.substr(2)), number);
                continue;
            }
            if (!step_) {
                headerLine(line, number);
                continue;
            }
            if (line.starts_with(kFence)) {
                flushParagraph();
                inOptions_ = false;
                if (!fencedBlock(line, number))
                    break; // an unclosed block swallows the rest of the file
                continue;
            }
            if (isBlank(line)) {
                flushParagraph();
                continue;
            }
            if (inOptions_ && optionLine(line, number))
                continue;
            inOptions_ = false;
            std::string_view key, value;
            u32 valueColumn = 0;
            if (splitKeyValue(line, key, value, valueColumn) && isDirective(key)) {
                flushParagraph();
                directive(key, value, number, valueColumn);
                continue;
            }
            if (!paragraph_.empty())
                paragraph_ += ' ';
            paragraph_ += trimmed(line);
        }
        if (!step_)
            checkHeader();
        else
            finishStep();
        if (result_.lesson.steps.empty() && result_.diagnostics.empty())
            error(1, 1, "the lesson has no step (a step starts with a line '## <step title>')");
        return std::move(result_);
    }

private:
    u32 lineNumber() const { return static_cast<u32>(index_ + 1); }

    void error(u32 line, u32 column, std::string message)
    {
        result_.diagnostics.push_back({ file_, { line, column }, std::move(message) });
    }

    // ---- header ----

    void headerLine(std::string_view line, u32 number)
    {
        if (isBlank(line))
            return;
        std::string_view key, value;
        u32 column = 0;
        if (!splitKeyValue(line, key, value, column)) {
            error(number, 1,
                "expected a header line 'key: value' (id, title, summary, order, level, seed) or a step "
                "'## <title>'");
            return;
        }
        Lesson& l = result_.lesson;
        const std::string k(key);
        if (seenKeys_.count(k)) {
            error(number, 1, "the header key '" + k + "' is given twice");
            return;
        }
        if (value.empty()) {
            error(number, column, "the header key '" + k + "' needs a value");
            return;
        }
        seenKeys_.insert(k);
        if (k == "id") {
            if (!isLessonId(value))
                error(number, column,
                    "the lesson id '" + std::string(value) + "' may use only a-z, 0-9 and '-'");
            l.id = value;
            l.idLine = number;
        } else if (k == "title") {
            l.title = value;
        } else if (k == "summary") {
            l.summary = value;
        } else if (k == "order") {
            int v = 0;
            const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
            if (ec != std::errc {} || end != value.data() + value.size())
                error(number, column, "order must be a whole number, found '" + std::string(value) + "'");
            l.order = v;
            l.orderLine = number;
        } else if (k == "level") {
            if (value != "beginner" && value != "intermediate" && value != "advanced")
                error(number, column,
                    "level must be beginner, intermediate or advanced, found '" + std::string(value) + "'");
            l.level = value;
        } else if (k == "seed") {
            l.seed = value;
        } else {
            seenKeys_.erase(k);
            error(number, 1, "unknown header key '" + k + "' (id, title, summary, order, level, seed)");
        }
    }

    void checkHeader()
    {
        for (const char* key : { "id", "title", "summary", "order" })
            if (!seenKeys_.count(key))
                error(1, 1, std::string("the header has no '") + key + ":' line (required)");
    }

    // ---- steps ----

    void startStep(std::string_view title, u32 number)
    {
        if (!step_)
            checkHeader();
        else
            finishStep();
        if (title.empty())
            error(number, 1, "a step needs a title after '##'");
        result_.lesson.steps.push_back({});
        step_ = &result_.lesson.steps.back();
        step_->title = title;
        step_->line = number;
        inOptions_ = false;
    }

    void flushParagraph()
    {
        if (step_ && !paragraph_.empty())
            step_->narration.push_back(std::move(paragraph_));
        paragraph_.clear();
    }

    void finishStep()
    {
        flushParagraph();
        if (step_->quiz) {
            const Quiz& q = *step_->quiz;
            if (q.options.size() < 2)
                error(q.line, 1, "a quiz needs 2 to 6 options 'a) ...' on the lines after 'quiz:'");
            else if (q.correctLetters().empty())
                error(
                    q.line, 1, "no option of this quiz is marked correct (end the correct one(s) with ' *')");
            if (q.explainLine == 0)
                error(q.line, 1, "a quiz needs an 'explain:' line (shown after the student answers)");
        }
        if (step_->task) {
            const Task& t = *step_->task;
            if (t.expectLine == 0)
                error(t.line, 1, "a task needs an 'expect:' line (the condition that says it is done)");
            if (!t.solution.present())
                error(t.line, 1, "a task needs a ```solution block (check-lesson runs it)");
        }
    }

    bool optionLine(std::string_view line, u32 number)
    {
        if (line.size() < 3 || line[0] < 'a' || line[0] > 'z' || line[1] != ')' || line[2] != ' ')
            return false;
        Quiz& q = *step_->quiz;
        const char expected = static_cast<char>('a' + q.options.size());
        if (line[0] != expected) {
            error(number, 1,
                std::string("quiz option '") + expected + ")' expected here, found '" + line[0] + ")'");
            return true;
        }
        if (q.options.size() == 6) {
            error(number, 1, "a quiz has at most 6 options (a to f)");
            return true;
        }
        QuizOption o;
        o.letter = line[0];
        o.line = number;
        std::string_view text = trimmed(line.substr(3));
        if (text == "*" || text.ends_with(" *")) {
            o.correct = true;
            text = trimmed(text.substr(0, text.size() - 1));
        }
        if (text.empty())
            error(number, 4, "the quiz option needs a text");
        o.text = text;
        q.options.push_back(std::move(o));
        return true;
    }

    void directive(std::string_view key, std::string_view value, u32 number, u32 column)
    {
        if (value.empty()) {
            error(number, column, "'" + std::string(key) + ":' needs a text after it");
            return;
        }
        if (key == "highlight" || key == "views") {
            std::size_t i = 0;
            while (i < value.size()) {
                while (i < value.size() && (value[i] == ' ' || value[i] == '\t'))
                    ++i;
                const std::size_t start = i;
                while (i < value.size() && value[i] != ' ' && value[i] != '\t')
                    ++i;
                if (i == start)
                    continue;
                std::string word(value.substr(start, i - start));
                const u32 at = static_cast<u32>(column + start);
                if (key == "views")
                    step_->views.push_back({ std::move(word), number, at });
                else
                    step_->highlights.push_back({ std::move(word), number, at });
            }
        } else if (key == "quiz") {
            if (step_->quiz) {
                error(number, 1,
                    "a step has at most one quiz (this step's is at line " + std::to_string(step_->quiz->line)
                        + ")");
                return;
            }
            step_->quiz = Quiz {};
            step_->quiz->question = value;
            step_->quiz->line = number;
            inOptions_ = true;
        } else if (key == "explain") {
            if (!step_->quiz)
                error(number, 1, "'explain:' belongs to a quiz: put a 'quiz:' line before it");
            else if (step_->quiz->explainLine)
                error(number, 1,
                    "this quiz already has an explanation (line " + std::to_string(step_->quiz->explainLine)
                        + ")");
            else {
                step_->quiz->explain = value;
                step_->quiz->explainLine = number;
            }
        } else if (key == "task") {
            if (step_->task) {
                error(number, 1,
                    "a step has at most one task (this step's is at line " + std::to_string(step_->task->line)
                        + ")");
                return;
            }
            step_->task = Task {};
            step_->task->text = value;
            step_->task->line = number;
        } else if (key == "expect") {
            if (!step_->task)
                error(number, 1, "'expect:' belongs to a task: put a 'task:' line before it");
            else if (step_->task->expectLine)
                error(number, 1,
                    "this task already has a condition (line " + std::to_string(step_->task->expectLine)
                        + ")");
            else {
                step_->task->expect = value;
                step_->task->expectLine = number;
                step_->task->expectColumn = column;
                checkExpect(value, number, column);
            }
        } else if (key == "hint") {
            if (!step_->task)
                error(number, 1, "'hint:' belongs to a task: put a 'task:' line before it");
            else if (!step_->task->hint.empty())
                error(number, 1, "this task already has a hint");
            else
                step_->task->hint = value;
        }
    }

    // The condition parses as `expect COND` of the scenario language; its errors are moved to
    // the condition's column in the lesson file.
    void checkExpect(std::string_view condition, u32 number, u32 column)
    {
        static constexpr std::string_view prefix = "expect ";
        const std::string text = std::string(prefix) + std::string(condition);
        const script::ParseResult parsed = script::parse(text, file_, number);
        for (script::Diagnostic d : parsed.diagnostics) {
            const u32 inCondition
                = d.pos.column > prefix.size() ? d.pos.column - static_cast<u32>(prefix.size()) : 1;
            d.pos = { number, column + inCondition - 1 };
            result_.diagnostics.push_back(std::move(d));
        }
        if (parsed.ok() && parsed.script.commands.size() != 1)
            error(number, column, "'expect:' takes one condition");
    }

    // Reads the block that starts at the current line; false when it is not closed.
    bool fencedBlock(std::string_view fence, u32 number)
    {
        const std::string kind(trimmed(fence.substr(kFence.size())));
        Block block;
        block.fenceLine = number;
        block.line = number + 1;
        std::size_t end = index_ + 1;
        while (end < lines_.size() && trimmed(lines_[end]) != kFence)
            ++end;
        if (end == lines_.size()) {
            error(number, 1, "the ```" + kind + " block is not closed (end it with a line ``` of its own)");
            index_ = lines_.size();
            return false;
        }
        for (std::size_t i = index_ + 1; i < end; ++i) {
            block.text += lines_[i];
            block.text += '\n';
        }
        index_ = end;

        Block* slot = nullptr;
        if (kind == "scenario") {
            slot = &step_->scenario;
        } else if (kind == "reveal") {
            if (!step_->quiz) {
                error(number, 1, "a ```reveal block belongs to a quiz: put a 'quiz:' line before it");
                return true;
            }
            slot = &step_->quiz->reveal;
        } else if (kind == "solution") {
            if (!step_->task) {
                error(number, 1, "a ```solution block belongs to a task: put a 'task:' line before it");
                return true;
            }
            slot = &step_->task->solution;
        } else {
            error(number, 4, "unknown block '```" + kind + "' (```scenario, ```reveal or ```solution)");
            return true;
        }
        if (slot->present()) {
            error(number, 1,
                "this step already has a ```" + kind + " block (line " + std::to_string(slot->fenceLine)
                    + ")");
            return true;
        }
        const script::ParseResult parsed = script::parse(block.text, file_, block.line);
        for (const auto& d : parsed.diagnostics)
            result_.diagnostics.push_back(d);
        if (parsed.ok() && parsed.script.commands.empty())
            error(number, 1, "the ```" + kind + " block has no command");
        *slot = std::move(block);
        return true;
    }

    const std::string& file_;
    std::vector<std::string_view> lines_;
    std::size_t index_ = 0;
    LessonParseResult result_;
    LessonStep* step_ = nullptr; // the step being read; steps_ only grows while it is in use
    std::string paragraph_;
    bool inOptions_ = false; // right after `quiz:`, lines `a) ...` are its options
    std::set<std::string, std::less<>> seenKeys_;
};

} // namespace

LessonParseResult parseLesson(std::string_view text, const std::string& file)
{
    return Parser(text, file).run();
}

LessonParseResult parseLessonFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        LessonParseResult r;
        r.lesson.file = path;
        r.diagnostics.push_back({ path, { 0, 0 }, "cannot read the file" });
        return r;
    }
    std::ostringstream s;
    s << in.rdbuf();
    return parseLesson(s.str(), path);
}

} // namespace pagelab::lesson
