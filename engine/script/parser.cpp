#include "script/parser.h"

#include "script/command_schema.h"
#include "script/lexer.h"
#include "script/script_messages.h"

#include <algorithm>

namespace pagelab::script {

std::string Diagnostic::format() const
{
    return substitute(txt::kErrorAt, { file, std::to_string(pos.line), std::to_string(pos.column), message });
}

namespace {

struct ParseError {
    SourcePos pos;
    Message message;
};

[[noreturn]] void error(SourcePos pos, Message message)
{
    throw ParseError { pos, std::move(message) };
}
[[noreturn]] void error(SourcePos pos, const char* key, std::initializer_list<MessageArg> args = {})
{
    error(pos, msg(key, args));
}

bool before(SourcePos a, SourcePos b)
{
    return a.line != b.line ? a.line < b.line : a.column < b.column;
}

SourcePos shifted(SourcePos p, std::size_t offset)
{
    const u64 c = u64 { p.column } + offset;
    p.column = c > 0xffff'fffeu ? 0xffff'fffeu : static_cast<u32>(c);
    return p;
}

std::string joinList(const std::vector<std::string_view>& items, std::string_view sep = ", ")
{
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i)
            out += sep;
        out += items[i];
    }
    return out;
}

// "0 or 1", "1, 2, 4 or 8" (the last "or" is a phrase of its own: the translation's word).
MessageArg orList(const std::vector<u64>& values)
{
    std::string head;
    for (std::size_t i = 0; i + 1 < values.size(); ++i)
        head += (i ? ", " : "") + std::to_string(values[i]);
    if (values.size() < 2)
        return values.empty() ? std::string() : std::to_string(values.front());
    return msg(txt::kOrList, { head, std::to_string(values.back()) });
}

// What a value of `type` looks like, for "expected ..., found" messages.
Message expectedText(ValueType type)
{
    switch (type) {
    case ValueType::Word: return msg(txt::kAName);
    case ValueType::Number: return msg(txt::kANumber);
    case ValueType::Size: return msg(txt::kASize);
    case ValueType::Time: return msg(txt::kATime);
    case ValueType::String: return msg(txt::kAString);
    case ValueType::Bytes: return msg(txt::kABytes);
    case ValueType::Prot: return msg(txt::kAProt);
    case ValueType::Flags: return msg(txt::kAFlags);
    case ValueType::Pair: return msg(txt::kAPair);
    case ValueType::Enum: return msg(txt::kAnEnum);
    case ValueType::Signed: return msg(txt::kASigned);
    case ValueType::Real: return msg(txt::kAReal);
    case ValueType::Path: return msg(txt::kAPath);
    }
    return msg(txt::kANumber);
}

// How one value is checked: its type and, for messages, who it belongs to.
struct ValueRule {
    ValueType type = ValueType::Word;
    bool orString = false;
    const std::vector<std::string_view>* choices = nullptr;
    std::string_view name;    // option key, or positional name
    std::string_view command; // set for a positional: "WHAT of 'show'"
};

Value convert(
    const ValueRule& rule, std::string_view text, SourcePos pos, bool isString, const std::string& decoded)
{
    Value v;
    v.pos = pos;
    v.text = std::string(text);
    if (isString && (rule.type == ValueType::String || rule.orString)) {
        v.type = ValueType::String;
        v.word = decoded;
        v.bytes.assign(decoded.begin(), decoded.end());
        return v;
    }
    v.type = rule.type;
    if (!isString && rule.type == ValueType::String)
        error(pos, txt::kExpectedFound, { expectedText(ValueType::String), quote(text) });

    Converted c;
    switch (rule.type) {
    case ValueType::Word:
        if (!isWord(text))
            error(pos, txt::kExpectedFound, { expectedText(ValueType::Word), quote(text) });
        v.word = v.text;
        return v;
    case ValueType::Path:
        if (isString || !isPath(text))
            error(pos, txt::kExpectedFound, { msg(txt::kAPathSpelled), quote(text) });
        v.word = v.text;
        return v;
    case ValueType::Enum: {
        static const std::vector<std::string_view> none;
        const auto& choices = rule.choices ? *rule.choices : none;
        if (std::find(choices.begin(), choices.end(), text) == choices.end())
            error(pos,
                rule.command.empty()
                    ? msg(txt::kOptionOneOf, { std::string(rule.name), joinList(choices) })
                    : msg(txt::kArgumentOneOf,
                        { std::string(rule.name), std::string(rule.command), joinList(choices) }));
        v.word = v.text;
        return v;
    }
    case ValueType::String: break; // handled above
    case ValueType::Number: c = parseNumber(text); break;
    case ValueType::Size: c = parseSize(text); break;
    case ValueType::Time: c = parseTime(text); break;
    case ValueType::Bytes: c = parseBytes(text); break;
    case ValueType::Prot: c = parseProt(text); break;
    case ValueType::Flags: c = parseFlags(text); break;
    case ValueType::Pair: c = parsePair(text); break;
    case ValueType::Signed: c = parseSigned(text); break;
    case ValueType::Real: c = parseReal(text); break;
    }
    if (!c.ok)
        error(isString ? pos : shifted(pos, c.errorOffset), c.error);
    v.number = c.number;
    v.second = c.second;
    v.sign = c.sign;
    v.real = c.real;
    v.bytes = std::move(c.bytes);
    return v;
}

// ---------------------------------------------------------------- expressions

struct ExprToken {
    enum class Kind : u8 { End, Ident, Number, String, Op, LParen, RParen, Comma, Dot, Bad };
    Kind kind = Kind::End;
    SourcePos pos;
    SourcePos end;
    std::string_view text;
    std::string decoded;
    CompareOp op = CompareOp::Eq;
};

bool isBlankChar(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}
bool isIdentStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool isIdentChar(char c)
{
    return isIdentStart(c) || (c >= '0' && c <= '9') || c == '.';
}
bool isNumChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

std::vector<ExprToken> tokenizeExpr(const LogicalLine& line, std::size_t firstPiece, std::size_t firstOffset)
{
    std::vector<ExprToken> out;
    for (std::size_t k = firstPiece; k < line.pieces.size(); ++k) {
        const LinePiece& piece = line.pieces[k];
        const std::string_view t = piece.text;
        auto at = [&](std::size_t off) { return shifted(SourcePos { piece.line, piece.column }, off); };
        std::size_t i = k == firstPiece ? firstOffset : 0;
        while (i < t.size()) {
            const char c = t[i];
            if (isBlankChar(c)) {
                ++i;
                continue;
            }
            ExprToken tok;
            tok.pos = at(i);
            std::size_t j = i + 1;
            if (c == '"') {
                StringLexResult s = lexString(t.substr(i));
                if (!s.ok)
                    error(at(i + s.errorOffset), s.error);
                tok.kind = ExprToken::Kind::String;
                tok.decoded = std::move(s.decoded);
                j = i + s.consumed;
            } else if (c == '(') {
                tok.kind = ExprToken::Kind::LParen;
            } else if (c == ')') {
                tok.kind = ExprToken::Kind::RParen;
            } else if (c == ',') {
                tok.kind = ExprToken::Kind::Comma;
            } else if (c == '.') {
                tok.kind = ExprToken::Kind::Dot;
            } else if (c == '=' || c == '!' || c == '<' || c == '>') {
                const bool eqNext = i + 1 < t.size() && t[i + 1] == '=';
                tok.kind = ExprToken::Kind::Op;
                if (c == '=' && eqNext) {
                    tok.op = CompareOp::Eq;
                    j = i + 2;
                } else if (c == '!' && eqNext) {
                    tok.op = CompareOp::Ne;
                    j = i + 2;
                } else if (c == '<') {
                    tok.op = eqNext ? CompareOp::Le : CompareOp::Lt;
                    j = i + (eqNext ? 2 : 1);
                } else if (c == '>') {
                    tok.op = eqNext ? CompareOp::Ge : CompareOp::Gt;
                    j = i + (eqNext ? 2 : 1);
                } else if (c == '=') {
                    error(tok.pos, txt::kEqualsIsNoComparison);
                } else {
                    error(tok.pos, txt::kBangAlone);
                }
            } else if ((c >= '0' && c <= '9')
                || (c == '-' && i + 1 < t.size() && t[i + 1] >= '0' && t[i + 1] <= '9')) {
                tok.kind = ExprToken::Kind::Number;
                while (j < t.size() && isNumChar(t[j]))
                    ++j;
            } else if (isIdentStart(c)) {
                tok.kind = ExprToken::Kind::Ident;
                while (j < t.size() && isIdentChar(t[j]))
                    ++j;
            } else {
                tok.kind = ExprToken::Kind::Bad;
            }
            tok.text = t.substr(i, j - i);
            tok.end = at(j);
            out.push_back(std::move(tok));
            i = j;
        }
    }
    return out;
}

class ExprParser {
public:
    ExprParser(std::vector<ExprToken> tokens, SourcePos lineEnd)
        : tokens_(std::move(tokens))
    {
        endToken_.pos = lineEnd;
        endToken_.end = lineEnd;
    }

    Expr parse(SourcePos afterKeyword)
    {
        Expr e;
        if (peek().kind == ExprToken::Kind::End)
            error(afterKeyword, txt::kMissingExpression);
        const std::size_t lhsStart = index_;
        e.lhs = term();
        const std::size_t lhsEnd = index_;
        const ExprToken& op = next();
        if (op.kind == ExprToken::Kind::End)
            error(tokens_[lhsEnd - 1].end, txt::kOperatorAfter, { quote(spanText(lhsStart, lhsEnd)) });
        if (op.kind != ExprToken::Kind::Op)
            error(op.pos, txt::kOperatorFound, { quote(op.text) });
        e.op = op.op;
        if (peek().kind == ExprToken::Kind::End)
            error(op.end, txt::kMissingRightSide, { quote(op.text) });
        e.rhs = term();
        if (peek().kind != ExprToken::Kind::End)
            error(peek().pos, txt::kUnexpectedAfterExpression, { quote(peek().text) });
        return e;
    }

private:
    std::vector<ExprToken> tokens_;
    ExprToken endToken_;
    std::size_t index_ = 0;

    const ExprToken& peek() const { return index_ < tokens_.size() ? tokens_[index_] : endToken_; }
    const ExprToken& next()
    {
        const ExprToken& t = peek();
        if (index_ < tokens_.size())
            ++index_;
        return t;
    }

    std::string spanText(std::size_t from, std::size_t to) const
    {
        std::string s;
        for (std::size_t i = from; i < to && i < tokens_.size(); ++i)
            s.append(tokens_[i].text);
        return s;
    }

    static MessageArg found(const ExprToken& t)
    {
        if (t.kind == ExprToken::Kind::End)
            return msg(txt::kTheEndOfTheLine);
        return quote(t.text);
    }

    const ExprToken& expect(ExprToken::Kind kind, const char* what, const ExprToken& after)
    {
        const ExprToken& t = peek();
        if (t.kind != kind)
            error(t.kind == ExprToken::Kind::End ? after.end : t.pos, txt::kExpectedAfter,
                { std::string(what), quote(after.text), found(t) });
        return next();
    }

    u64 number(const char* what, const ExprToken& after)
    {
        const ExprToken& t = peek();
        if (t.kind != ExprToken::Kind::Number || t.text.starts_with("-"))
            error(t.kind == ExprToken::Kind::End ? after.end : t.pos, txt::kExpectedNumberAfter,
                { std::string(what), quote(after.text), found(t) });
        next();
        const Converted c = parseNumber(t.text);
        if (!c.ok)
            error(t.pos, c.error);
        return c.number;
    }

    // `what`: the phrase that says what is missing (txt::kAProcessName ...).
    std::string name(const char* what, const ExprToken& after)
    {
        const ExprToken& t = peek();
        if (t.kind != ExprToken::Kind::Ident || !isWord(t.text))
            error(t.kind == ExprToken::Kind::End ? after.end : t.pos, txt::kExpectedNameAfter,
                { msg(what), quote(after.text), found(t) });
        next();
        return std::string(t.text);
    }

    std::string field(const std::string& termName, const std::vector<std::string_view>& allowed)
    {
        const ExprToken& close = tokens_[index_ - 1];
        expect(ExprToken::Kind::Dot, "'.FIELD'", close);
        const ExprToken& dot = tokens_[index_ - 1];
        const ExprToken& f = peek();
        if (f.kind != ExprToken::Kind::Ident
            || std::find(allowed.begin(), allowed.end(), f.text) == allowed.end())
            error(f.kind == ExprToken::Kind::End ? dot.end : f.pos, txt::kExpectedField,
                { termName, joinList(allowed), found(f) });
        next();
        return std::string(f.text);
    }

    ExprTerm term()
    {
        const ExprToken& t = next();
        ExprTerm term;
        term.pos = t.pos;
        using K = ExprTerm::Kind;
        switch (t.kind) {
        case ExprToken::Kind::Number: {
            const bool negative = t.text.starts_with("-");
            const Converted c = negative ? parseSigned(t.text) : parseNumber(t.text);
            if (!c.ok)
                error(t.pos, c.error);
            term.kind = K::Number;
            term.number = c.number;
            term.negative = negative;
            return term;
        }
        case ExprToken::Kind::String:
            term.kind = K::String;
            term.string = t.decoded;
            return term;
        case ExprToken::Kind::Ident: break;
        case ExprToken::Kind::End:
        case ExprToken::Kind::Op:
        case ExprToken::Kind::LParen:
        case ExprToken::Kind::RParen:
        case ExprToken::Kind::Comma:
        case ExprToken::Kind::Dot:
        case ExprToken::Kind::Bad: error(t.pos, txt::kExpectedFound, { msg(txt::kTerms), found(t) });
        }

        const std::string_view w = t.text;
        if (w == "ret") {
            term.kind = K::Ret;
            return term;
        }
        if (w == "value") {
            term.kind = K::ValueField;
            return term;
        }
        if (w == "data") {
            term.kind = K::Data;
            return term;
        }
        if (w == "signal") {
            term.kind = K::Signal;
            return term;
        }
        if (w == "error_code") {
            term.kind = K::ErrorCode;
            return term;
        }
        if (w.starts_with("stats.") || w == "stats") {
            const std::string_view key = w.size() > 6 ? w.substr(6) : std::string_view {};
            if (!isWord(key))
                error(t.pos, txt::kStatsKey, { quote(w) });
            term.kind = K::Stat;
            term.name = std::string(key);
            return term;
        }
        if (w == "pte") {
            term.kind = K::Pte;
            expect(ExprToken::Kind::LParen, "'('", t);
            term.name = name(txt::kAProcessName, tokens_[index_ - 1]);
            expect(ExprToken::Kind::Comma, "','", tokens_[index_ - 1]);
            term.addr = number("ADDR", tokens_[index_ - 1]);
            expect(ExprToken::Kind::Comma, "','", tokens_[index_ - 1]);
            term.level = number("LEVEL", tokens_[index_ - 1]);
            expect(ExprToken::Kind::RParen, "')'", tokens_[index_ - 1]);
            term.field = field("pte", pteFields());
            return term;
        }
        if (w == "frame") {
            term.kind = K::Frame;
            expect(ExprToken::Kind::LParen, "'('", t);
            term.number = number("N", tokens_[index_ - 1]);
            expect(ExprToken::Kind::RParen, "')'", tokens_[index_ - 1]);
            term.field = field("frame", frameFields());
            return term;
        }
        if (w == "swap") {
            term.kind = K::Swap;
            expect(ExprToken::Kind::LParen, "'('", t);
            term.name = name(txt::kASwapAreaName, tokens_[index_ - 1]);
            expect(ExprToken::Kind::RParen, "')'", tokens_[index_ - 1]);
            term.field = field("swap", swapFields());
            return term;
        }
        static const std::vector<std::string_view> names
            = { "ret", "value", "data", "signal", "error_code", "stats", "pte", "frame", "swap" };
        const std::string_view guess = closest(w.substr(0, w.find('.')), names);
        if (guess.empty())
            error(t.pos, txt::kUnknownTerm, { quote(w), msg(txt::kTerms) });
        error(t.pos, txt::kUnknownTermGuess, { quote(w), std::string(guess) });
    }
};

// ---------------------------------------------------------------- commands

struct ItemInfo {
    bool present = false;
    SourcePos pos;
    bool isString = false;
    bool positional = false;
};

class CommandParser {
public:
    CommandParser(const LogicalLine& line, std::vector<Token>& tokens)
        : line_(line)
        , tokens_(tokens)
    {
        tokens_.clear();
    }

    Command parse()
    {
        Command cmd;
        cmd.text = line_.joined();

        // The first word decides: `expect` takes an expression, not tokens.
        std::size_t piece = 0, offset = 0;
        if (!firstWord(piece, offset))
            error(line_.start(), txt::kEmptyCommand);
        const LinePiece& p = line_.pieces[piece];
        std::size_t e = offset;
        while (e < p.text.size() && !isBlankChar(p.text[e]))
            ++e;
        if (p.text.substr(offset, e - offset) == "expect") {
            cmd.name = "expect";
            cmd.pos = shifted(SourcePos { p.line, p.column }, offset);
            ExprParser ep(tokenizeExpr(line_, piece, e), line_.end());
            Expr expr = ep.parse(shifted(SourcePos { p.line, p.column }, e));
            std::string_view rest = cmd.text;
            rest.remove_prefix(std::min<std::size_t>(rest.size(), 6));
            while (!rest.empty() && rest.front() == ' ')
                rest.remove_prefix(1);
            expr.text = std::string(rest);
            cmd.expr = std::move(expr);
            return cmd;
        }

        // An unknown command is the first thing to say, before any lexical error further on.
        std::size_t w = offset;
        while (w < e && p.text[w] != '=' && p.text[w] != '"')
            ++w;
        if (const std::string_view head = p.text.substr(offset, w - offset);
            w == e && isWord(head) && !findCommand(head))
            unknownCommand(head, shifted(SourcePos { p.line, p.column }, offset));

        std::vector<Token>& tokens = tokens_;
        if (auto err = tokenizeCommand(line_, tokens))
            error(err->pos, err->message);
        if (tokens.empty())
            error(line_.start(), txt::kEmptyCommand);
        const Token& head = tokens.front();
        if (head.kind != Token::Kind::Bare || !isWord(head.text))
            error(head.pos, txt::kExpectedCommandName, { quote(head.text) });
        const CommandSchema* schema = findCommand(head.text);
        if (!schema)
            unknownCommand(head.text, head.pos);
        if (schema->expression) // only `expect`, handled above
            error(head.pos, txt::kNeedsExpression, { std::string(schema->name) });
        cmd.name = std::string(schema->name);
        cmd.pos = head.pos;
        parseArguments(*schema, tokens, cmd);
        return cmd;
    }

private:
    const LogicalLine& line_;
    std::vector<Token>& tokens_;
    // Option keys, flags and positional arguments present on the line, for the schema's rules
    // (where a positional argument is written "@NAME").
    std::vector<std::pair<std::string_view, ItemInfo>> items_;

    [[noreturn]] static void unknownCommand(std::string_view name, SourcePos pos)
    {
        std::vector<std::string_view> names;
        for (const auto& s : commandSchemas())
            names.push_back(s.name);
        const std::string_view guess = closest(name, names);
        if (guess.empty())
            error(pos, txt::kUnknownCommand, { quote(name) });
        error(pos, txt::kUnknownCommandGuess, { quote(name), std::string(guess) });
    }

    bool firstWord(std::size_t& piece, std::size_t& offset) const
    {
        for (std::size_t k = 0; k < line_.pieces.size(); ++k) {
            const auto& t = line_.pieces[k].text;
            for (std::size_t i = 0; i < t.size(); ++i) {
                if (!isBlankChar(t[i])) {
                    piece = k;
                    offset = i;
                    return true;
                }
            }
        }
        return false;
    }

    void parseArguments(const CommandSchema& s, const std::vector<Token>& tokens, Command& cmd)
    {
        const std::string name(s.name);
        std::size_t nextArg = 0;
        SourcePos lastArgEnd = tokens.front().end;

        for (std::size_t i = 1; i < tokens.size(); ++i) {
            const Token& tok = tokens[i];
            if (tok.kind == Token::Kind::Option) {
                const OptionSpec* spec = s.option(tok.key);
                if (!spec) {
                    if (s.hasFlag(tok.key))
                        error(tok.pos, txt::kFlagWithValue, { quote(tok.key), name });
                    if (s.options.empty())
                        error(tok.pos, txt::kUnknownOptionNone, { quote(tok.key), name });
                    std::vector<std::string_view> keys;
                    for (const auto& o : s.options)
                        keys.push_back(o.key);
                    error(tok.pos, txt::kUnknownOption, { quote(tok.key), name, joinList(keys) });
                }
                if (cmd.options.count(std::string(tok.key)))
                    error(tok.pos, txt::kDuplicateOption, { quote(tok.key) });
                ValueRule rule;
                rule.type = spec->type;
                rule.orString = spec->orString;
                rule.choices = &spec->choices;
                rule.name = spec->key;
                Value v = convert(rule, tok.value, tok.valuePos, tok.valueIsString, tok.decoded);
                checkLimits(*spec, v);
                items_.emplace_back(spec->key, ItemInfo { true, tok.pos, v.type == ValueType::String });
                cmd.options.emplace(std::string(tok.key), std::move(v));
                continue;
            }
            const bool flagWord = tok.kind == Token::Kind::Bare && s.hasFlag(tok.text);
            const bool nextRequired = nextArg < s.args.size() && !s.args[nextArg].optional;
            if (flagWord && !nextRequired) {
                if (cmd.hasFlag(tok.text))
                    error(tok.pos, txt::kDuplicateFlag, { quote(tok.text) });
                cmd.flags.emplace_back(tok.text);
                items_.emplace_back(tok.text, ItemInfo { true, tok.pos, false });
                continue;
            }
            if (nextArg >= s.args.size())
                error(tok.pos, txt::kUnexpectedArgument, { quote(tok.text), name, std::string(s.usage) });
            const ArgSpec& a = s.args[nextArg++];
            ValueRule rule;
            rule.type = a.type;
            rule.orString = a.orString;
            rule.choices = &a.choices;
            rule.name = a.name;
            rule.command = s.name;
            const bool isString = tok.kind == Token::Kind::String;
            if (flagWord && a.type != ValueType::Word && a.type != ValueType::Enum)
                error(
                    tok.pos, txt::kMissingArgumentBeforeFlag, { std::string(a.name), name, quote(tok.text) });
            Value v = convert(rule, tok.text, tok.pos, isString, tok.decoded);
            items_.emplace_back(a.name, ItemInfo { true, tok.pos, v.type == ValueType::String, true });
            cmd.args.push_back(std::move(v));
            lastArgEnd = tok.end;
        }

        for (std::size_t k = nextArg; k < s.args.size(); ++k)
            if (!s.args[k].optional)
                error(lastArgEnd, txt::kMissingArgument, { std::string(s.args[k].name), name });
        for (const auto& o : s.options) {
            if (o.required && !cmd.has(std::string(o.key))) {
                const std::string placeholder
                    = o.type == ValueType::Enum ? joinList(o.choices, "|") : std::string(o.placeholder);
                error(line_.end(), txt::kMissingOption, { std::string(o.key), placeholder, name });
            }
        }
        for (const auto& r : s.rules)
            checkRule(s, r, cmd);
    }

    void checkLimits(const OptionSpec& spec, const Value& v) const
    {
        if (v.type == ValueType::Number) {
            if (!spec.allowed.empty()
                && std::find(spec.allowed.begin(), spec.allowed.end(), v.number) == spec.allowed.end())
                error(v.pos, txt::kOptionMustBe, { std::string(spec.key), orList(spec.allowed) });
            if (v.number > spec.max)
                error(v.pos, txt::kOptionAtMost, { std::string(spec.key), std::to_string(spec.max) });
        }
        if (v.type == ValueType::Real && spec.realMax >= 0 && v.real > spec.realMax)
            error(v.pos, txt::kOptionBetween,
                { std::string(spec.key), std::to_string(static_cast<long long>(spec.realMax)) });
    }

    ItemInfo item(std::string_view name) const
    {
        const bool positional = name.starts_with("@");
        if (positional)
            name.remove_prefix(1);
        for (const auto& [k, v] : items_)
            if (k == name && v.positional == positional)
                return v;
        return ItemInfo {};
    }

    static std::string display(std::string_view item, const CommandSchema& s)
    {
        if (item.starts_with("@"))
            return std::string(item.substr(1));
        return std::string(item) + (s.option(item) ? "=" : "");
    }

    void checkRule(const CommandSchema& s, const Rule& r, const Command& cmd) const
    {
        std::vector<ItemInfo> present;
        for (auto name : r.items)
            if (ItemInfo info = item(name); info.present)
                present.push_back(info);
        std::sort(present.begin(), present.end(),
            [](const ItemInfo& a, const ItemInfo& b) { return before(a.pos, b.pos); });
        // The rule's own message (a key of script_messages.h), else the generic one.
        auto generic = [&](const char* key) {
            if (r.message)
                return msg(r.message);
            std::string items;
            for (std::size_t i = 0; i < r.items.size(); ++i)
                items += (i ? ", " : "") + display(r.items[i], s);
            return msg(key, { items });
        };
        switch (r.kind) {
        case Rule::Kind::AtMostOne:
            if (present.size() > 1)
                error(present[1].pos, generic(txt::kGiveOnlyOneOf));
            break;
        case Rule::Kind::ExactlyOne:
            if (present.size() > 1)
                error(present[1].pos, generic(txt::kGiveOnlyOneOf));
            if (present.empty())
                error(line_.end(), generic(txt::kGiveOneOf));
            break;
        case Rule::Kind::AtLeastOne:
            if (present.empty())
                error(line_.end(), generic(txt::kGiveAtLeastOneOf));
            break;
        case Rule::Kind::Requires: {
            const ItemInfo a = item(r.items.at(0));
            if (a.present && !item(r.items.at(1)).present)
                error(a.pos,
                    r.message ? msg(r.message)
                              : msg(txt::kNeeds, { display(r.items[0], s), display(r.items[1], s) }));
            break;
        }
        case Rule::Kind::StringForbids: {
            const ItemInfo a = item(r.items.at(0));
            const ItemInfo b = item(r.items.at(1));
            if (a.present && a.isString && b.present)
                error(
                    b.pos, r.message ? msg(r.message) : msg(txt::kNotForString, { display(r.items[1], s) }));
            break;
        }
        case Rule::Kind::ArgWhen: {
            const ItemInfo dependent = item(r.items.at(0));
            const std::string whatName(r.items.at(1).substr(1));
            std::size_t whatIndex = 0;
            while (whatIndex < s.args.size() && s.args[whatIndex].name != whatName)
                ++whatIndex;
            if (whatIndex >= cmd.args.size())
                break;
            const std::string& what = cmd.args[whatIndex].word;
            const bool needs = std::find(r.items.begin() + 2, r.items.end(), what) != r.items.end();
            const std::string depName(r.items[0].substr(1));
            const std::string form = std::string(s.name) + " " + what;
            if (needs && !dependent.present)
                error(endOf(cmd.args[whatIndex]), txt::kMissingArgument, { depName, form });
            if (!needs && dependent.present) {
                // 'show process NAME' and 'show vmas NAME': "and" is the translation's word.
                std::optional<Message> forms;
                for (auto it = r.items.begin() + 2; it != r.items.end(); ++it) {
                    const std::string one
                        = "'" + std::string(s.name) + " " + std::string(*it) + " " + depName + "'";
                    forms = forms ? msg(txt::kAndList, { *forms, one }) : verbatim(one);
                }
                error(dependent.pos, txt::kOnlyFormsTake,
                    { quote(cmd.args[whatIndex + 1].text), form, *forms, depName });
            }
            break;
        }
        }
    }

    static SourcePos endOf(const Value& v) { return shifted(v.pos, v.text.size()); }
};

} // namespace

ParseResult parse(std::string_view text, std::string file, u32 firstLine)
{
    ParseResult result;
    result.script.file = file;
    result.script.commands.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
    LineSplitter splitter(text, firstLine);
    LogicalLine line;
    std::vector<Token> tokens; // reused from line to line
    while (splitter.next(line)) {
        if (line.blank())
            continue;
        try {
            result.script.commands.push_back(CommandParser(line, tokens).parse());
        } catch (const ParseError& e) {
            result.diagnostics.push_back(Diagnostic::of(file, e.pos, e.message));
        }
    }
    return result;
}

std::vector<std::string> commandNames()
{
    std::vector<std::string> names;
    for (const auto& s : commandSchemas())
        names.emplace_back(s.name);
    return names;
}

} // namespace pagelab::script
