#include "script/lexer.h"

#include "hw/paging_entry.h"
#include "script/script_messages.h"

#include <charconv>
#include <limits>

namespace pagelab::script {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

int digitValue(char c, unsigned base)
{
    const int v = hexValue(c);
    return v >= 0 && static_cast<unsigned>(v) < base ? v : -1;
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && isBlank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isBlank(s.back()))
        s.remove_suffix(1);
    return s;
}

u32 toU32(std::size_t v)
{
    return v > 0xffff'fffeu ? 0xffff'fffeu : static_cast<u32>(v);
}

enum class NumStatus : u8 { Ok, Bad, Overflow };

// Number: decimal, 0x hex, 0b binary; '_' only between two digits.
NumStatus numberCore(std::string_view t, u64& out)
{
    out = 0;
    unsigned base = 10;
    std::size_t i = 0;
    if (t.size() >= 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X')) {
        base = 16;
        i = 2;
    } else if (t.size() >= 2 && t[0] == '0' && (t[1] == 'b' || t[1] == 'B')) {
        base = 2;
        i = 2;
    }
    if (i >= t.size())
        return NumStatus::Bad;
    bool overflow = false;
    for (std::size_t k = i; k < t.size(); ++k) {
        const char c = t[k];
        if (c == '_') {
            if (k == i || k + 1 >= t.size() || digitValue(t[k + 1], base) < 0
                || digitValue(t[k - 1], base) < 0)
                return NumStatus::Bad;
            continue;
        }
        const int d = digitValue(c, base);
        if (d < 0)
            return NumStatus::Bad;
        if (out > (std::numeric_limits<u64>::max() - static_cast<u64>(d)) / base)
            overflow = true;
        else
            out = out * base + static_cast<u64>(d);
    }
    return overflow ? NumStatus::Overflow : NumStatus::Ok;
}

Converted fail(Message message, std::size_t offset = 0)
{
    Converted c;
    c.error = std::move(message);
    c.errorOffset = offset;
    return c;
}

Converted okNumber(u64 n)
{
    Converted c;
    c.ok = true;
    c.number = n;
    return c;
}

// `expected`: the phrase for "expected %1, found %2"; `tooBig`: "number %1 does not fit ...".
Converted scaled(std::string_view all, std::string_view digits, unsigned shiftOrZero, u64 multiplier,
    const char* expected, const char* tooBig)
{
    u64 n = 0;
    switch (numberCore(digits, n)) {
    case NumStatus::Bad: return fail(msg(txt::kExpectedFound, { msg(expected), quote(all) }));
    case NumStatus::Overflow: return fail(msg(tooBig, { quote(all) }));
    case NumStatus::Ok: break;
    }
    if (shiftOrZero) {
        if (n > (std::numeric_limits<u64>::max() >> shiftOrZero))
            return fail(msg(tooBig, { quote(all) }));
        n <<= shiftOrZero;
    }
    if (multiplier > 1) {
        if (n > std::numeric_limits<u64>::max() / multiplier)
            return fail(msg(tooBig, { quote(all) }));
        n *= multiplier;
    }
    return okNumber(n);
}

} // namespace

// ---------------------------------------------------------------- logical lines

std::string LogicalLine::joined() const
{
    std::string out;
    for (const auto& p : pieces) {
        const std::string_view t = trimmed(p.text);
        if (t.empty())
            continue;
        if (!out.empty())
            out += ' ';
        out.append(t);
    }
    return out;
}

bool LogicalLine::blank() const
{
    for (const auto& p : pieces)
        if (!trimmed(p.text).empty())
            return false;
    return true;
}

SourcePos LogicalLine::start() const
{
    for (const auto& p : pieces) {
        for (std::size_t i = 0; i < p.text.size(); ++i)
            if (!isBlank(p.text[i]))
                return { p.line, p.column + toU32(i) };
    }
    return pieces.empty() ? SourcePos { 1, 1 } : SourcePos { pieces.front().line, pieces.front().column };
}

SourcePos LogicalLine::end() const
{
    for (auto it = pieces.rbegin(); it != pieces.rend(); ++it) {
        std::size_t n = it->text.size();
        while (n > 0 && isBlank(it->text[n - 1]))
            --n;
        if (n > 0)
            return { it->line, it->column + toU32(n) };
    }
    return pieces.empty() ? SourcePos { 1, 1 } : SourcePos { pieces.front().line, pieces.front().column };
}

LineSplitter::LineSplitter(std::string_view text, u32 firstLine)
    : text_(text)
    , line_(firstLine == 0 ? 1 : firstLine)
{
}

bool LineSplitter::next(LogicalLine& out)
{
    out.pieces.clear();
    if (done_)
        return false;
    while (true) {
        std::size_t nl = text_.find('\n', pos_);
        const bool last = nl == std::string_view::npos;
        if (last)
            nl = text_.size();
        std::string_view line = text_.substr(pos_, nl - pos_);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);

        // Cut the comment: '#' outside a string.
        bool inString = false;
        std::size_t cut = line.size();
        for (std::size_t i = 0; i < line.size(); ++i) {
            const char c = line[i];
            if (inString) {
                if (c == '\\')
                    ++i; // skip the escaped character
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '#') {
                cut = i;
                break;
            }
        }
        std::string_view content = line.substr(0, cut);
        bool continues = false;
        // A backslash ending the line (blanks may follow) continues it; not after a comment,
        // nor inside an unterminated string.
        if (!inString && cut == line.size()) {
            std::size_t n = content.size();
            while (n > 0 && isBlank(content[n - 1]))
                --n;
            if (n > 0 && content[n - 1] == '\\') {
                continues = true;
                content = content.substr(0, n - 1);
            }
        }
        out.pieces.push_back(LinePiece { line_, 1, content });
        if (last)
            done_ = true;
        else {
            pos_ = nl + 1;
            if (line_ < 0xffff'fffeu)
                ++line_;
        }
        if (!continues || last)
            return true;
    }
}

std::vector<LogicalLine> splitLines(std::string_view text, u32 firstLine)
{
    std::vector<LogicalLine> out;
    LineSplitter splitter(text, firstLine);
    LogicalLine line;
    while (splitter.next(line))
        out.push_back(line);
    return out;
}

// ---------------------------------------------------------------- strings

StringLexResult lexString(std::string_view text)
{
    StringLexResult r;
    if (text.empty() || text[0] != '"') {
        r.error = msg(txt::kNotAString);
        return r;
    }
    std::size_t i = 1;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '"') {
            r.ok = true;
            r.consumed = i + 1;
            return r;
        }
        if (c != '\\') {
            r.decoded += c;
            ++i;
            continue;
        }
        if (i + 1 >= text.size())
            break; // unterminated
        const char e = text[i + 1];
        switch (e) {
        case 'n':
            r.decoded += '\n';
            i += 2;
            continue;
        case 't':
            r.decoded += '\t';
            i += 2;
            continue;
        case '\\':
            r.decoded += '\\';
            i += 2;
            continue;
        case '"':
            r.decoded += '"';
            i += 2;
            continue;
        case '0':
            r.decoded += '\0';
            i += 2;
            continue;
        case 'x': {
            const int hi = i + 2 < text.size() ? hexValue(text[i + 2]) : -1;
            const int lo = i + 3 < text.size() ? hexValue(text[i + 3]) : -1;
            if (hi < 0 || lo < 0) {
                r.errorOffset = i;
                r.error = msg(txt::kHexEscape);
                return r;
            }
            r.decoded += static_cast<char>(hi * 16 + lo);
            i += 4;
            continue;
        }
        default:
            r.errorOffset = i;
            r.error = msg(txt::kUnknownEscape, { quote(text.substr(i, 2)) });
            return r;
        }
    }
    r.errorOffset = 0;
    r.error = msg(txt::kUnterminatedString);
    return r;
}

// ---------------------------------------------------------------- tokens

std::optional<LexError> tokenizeCommand(const LogicalLine& line, std::vector<Token>& out)
{
    for (const auto& piece : line.pieces) {
        const std::string_view t = piece.text;
        auto at = [&](std::size_t off) { return SourcePos { piece.line, piece.column + toU32(off) }; };
        auto blankOrEnd = [&](std::size_t off) { return off >= t.size() || isBlank(t[off]); };
        std::size_t i = 0;
        while (i < t.size()) {
            if (isBlank(t[i])) {
                ++i;
                continue;
            }
            const std::size_t start = i;
            Token tok;
            tok.pos = at(start);
            if (t[i] == '"') {
                StringLexResult s = lexString(t.substr(i));
                if (!s.ok)
                    return LexError { at(i + s.errorOffset), s.error };
                tok.kind = Token::Kind::String;
                tok.decoded = std::move(s.decoded);
                i += s.consumed;
                if (!blankOrEnd(i))
                    return LexError { at(i), msg(txt::kBlankAfterString, { quote(t.substr(i, 1)) }) };
                tok.text = t.substr(start, i - start);
                tok.end = at(i);
                out.push_back(std::move(tok));
                continue;
            }
            std::size_t j = i;
            while (j < t.size() && !isBlank(t[j]) && t[j] != '"')
                ++j;
            const std::string_view run = t.substr(start, j - start);
            const std::size_t eq = run.find('=');
            if (eq == std::string_view::npos) {
                if (j < t.size() && t[j] == '"')
                    return LexError { at(j), msg(txt::kQuoteAfter, { quote(run) }) };
                tok.kind = Token::Kind::Bare;
                tok.text = run;
                tok.end = at(j);
                i = j;
                out.push_back(std::move(tok));
                continue;
            }
            if (eq == 0)
                return LexError { at(start), msg(txt::kOptionNameMissing, { quote(run) }) };
            tok.kind = Token::Kind::Option;
            tok.key = run.substr(0, eq);
            tok.valuePos = at(start + eq + 1);
            if (j < t.size() && t[j] == '"') {
                if (eq + 1 != run.size())
                    return LexError { at(j), msg(txt::kQuoteAfter, { quote(run) }) };
                StringLexResult s = lexString(t.substr(j));
                if (!s.ok)
                    return LexError { at(j + s.errorOffset), s.error };
                tok.valueIsString = true;
                tok.decoded = std::move(s.decoded);
                tok.value = t.substr(j, s.consumed);
                i = j + s.consumed;
                if (!blankOrEnd(i))
                    return LexError { at(i), msg(txt::kBlankAfterString, { quote(t.substr(i, 1)) }) };
            } else {
                tok.value = run.substr(eq + 1);
                i = j;
                if (tok.value.empty())
                    return LexError { at(start),
                        msg(txt::kOptionValueMissing, { quote(tok.key), std::string(tok.key) }) };
            }
            tok.text = t.substr(start, i - start);
            tok.end = at(i);
            out.push_back(std::move(tok));
        }
    }
    return std::nullopt;
}

// ---------------------------------------------------------------- values

bool isWord(std::string_view t)
{
    if (t.empty() || !(isLower(t[0]) || t[0] == '_'))
        return false;
    for (char c : t)
        if (!(isLower(c) || isDigit(c) || c == '_' || c == '.'))
            return false;
    return true;
}

bool isPath(std::string_view t)
{
    if (t.empty())
        return false;
    for (char c : t) {
        const bool ok = isLower(c) || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_' || c == '.' || c == '/'
            || c == '+' || c == '-' || c == '~';
        if (!ok)
            return false;
    }
    return true;
}

Converted parseNumber(std::string_view t)
{
    return scaled(t, t, 0, 1, txt::kANumber, txt::kNumberTooBig);
}

Converted parseSize(std::string_view t)
{
    unsigned shift = 0;
    std::string_view digits = t;
    if (!t.empty()) {
        switch (t.back()) {
        case 'K': shift = 10; break;
        case 'M': shift = 20; break;
        case 'G': shift = 30; break;
        case 'T': shift = 40; break;
        default: break;
        }
        if (shift)
            digits.remove_suffix(1);
    }
    return scaled(t, digits, shift, 1, txt::kASize, txt::kSizeTooBig);
}

Converted parseTime(std::string_view t)
{
    u64 mult = 1;
    std::string_view digits = t;
    auto ends = [&](std::string_view suf) {
        return t.size() > suf.size() && t.substr(t.size() - suf.size()) == suf;
    };
    if (ends("ns")) {
        digits.remove_suffix(2);
    } else if (ends("us")) {
        mult = 1000;
        digits.remove_suffix(2);
    } else if (ends("ms")) {
        mult = 1000'000;
        digits.remove_suffix(2);
    } else if (ends("s")) {
        mult = 1000'000'000;
        digits.remove_suffix(1);
    }
    return scaled(t, digits, 0, mult, txt::kATime, txt::kTimeTooBig);
}

Converted parseSigned(std::string_view t)
{
    const bool neg = !t.empty() && t[0] == '-';
    const std::string_view digits = neg ? t.substr(1) : t;
    u64 n = 0;
    const NumStatus st = numberCore(digits, n);
    if (st == NumStatus::Bad)
        return fail(msg(txt::kExpectedFound, { msg(txt::kASigned), quote(t) }));
    constexpr u64 limit = u64 { 1 } << 63;
    if (st == NumStatus::Overflow || (neg && n > limit))
        return fail(msg(txt::kNumberTooBig, { quote(t) }));
    Converted c;
    c.ok = true;
    c.number = neg ? ~n + 1 : n;
    c.sign = static_cast<i64>(c.number);
    return c;
}

Converted parseBytes(std::string_view t)
{
    Converted c;
    auto expected = [&] { return msg(txt::kExpectedFound, { msg(txt::kABytes), quote(t) }); };
    std::size_t i = 0;
    while (true) {
        if (i + 2 > t.size() || hexValue(t[i]) < 0 || hexValue(t[i + 1]) < 0)
            return fail(expected(), i < t.size() ? i : 0);
        c.bytes.push_back(static_cast<u8>(hexValue(t[i]) * 16 + hexValue(t[i + 1])));
        i += 2;
        if (i == t.size())
            break;
        if (t[i] != ':')
            return fail(expected(), i);
        ++i;
    }
    c.ok = true;
    return c;
}

Converted parseProt(std::string_view t)
{
    if (t == "none")
        return okNumber(0);
    auto expected = [&] { return msg(txt::kExpectedFound, { msg(txt::kAProtExamples), quote(t) }); };
    if (t.empty())
        return fail(expected());
    u64 mask = 0;
    int lastRank = -1;
    for (char c : t) {
        const int rank = c == 'r' ? 0 : c == 'w' ? 1 : c == 'x' ? 2 : -1;
        if (rank <= lastRank)
            return fail(expected());
        lastRank = rank;
        mask |= u64 { 1 } << rank;
    }
    return okNumber(mask);
}

Converted parseFlags(std::string_view t)
{
    u64 bits = 0;
    std::size_t i = 0;
    while (true) {
        std::size_t comma = t.find(',', i);
        if (comma == std::string_view::npos)
            comma = t.size();
        const std::string_view item = t.substr(i, comma - i);
        if (item.empty())
            return fail(msg(txt::kExpectedFound, { msg(txt::kAFlags), quote(t) }), i);
        const auto bit = pte::flagByName(item);
        if (!bit)
            return fail(msg(txt::kUnknownFlag, { quote(item) }), i);
        bits |= *bit;
        if (comma == t.size())
            break;
        i = comma + 1;
    }
    return okNumber(bits);
}

Converted parsePair(std::string_view t)
{
    auto expected = [&] { return msg(txt::kExpectedFound, { msg(txt::kAPair), quote(t) }); };
    const std::size_t colon = t.find(':');
    const std::string_view a = t.substr(0, colon);
    u64 first = 0, second = 0;
    NumStatus st = numberCore(a, first);
    if (st == NumStatus::Bad)
        return fail(expected());
    if (st == NumStatus::Overflow)
        return fail(msg(txt::kNumberTooBig, { quote(a) }));
    if (colon != std::string_view::npos) {
        const std::string_view b = t.substr(colon + 1);
        st = numberCore(b, second);
        if (st == NumStatus::Bad)
            return fail(expected(), colon + 1);
        if (st == NumStatus::Overflow)
            return fail(msg(txt::kNumberTooBig, { quote(b) }), colon + 1);
    }
    Converted c = okNumber(first);
    c.second = second;
    return c;
}

Converted parseReal(std::string_view t)
{
    auto expected = [&] { return msg(txt::kExpectedFound, { msg(txt::kAReal), quote(t) }); };
    std::size_t i = 0;
    while (i < t.size() && isDigit(t[i]))
        ++i;
    if (i == 0)
        return fail(expected());
    if (i < t.size()) {
        if (t[i] != '.')
            return fail(expected());
        std::size_t j = i + 1;
        while (j < t.size() && isDigit(t[j]))
            ++j;
        if (j == i + 1 || j != t.size())
            return fail(expected());
    }
    Converted c;
    // from_chars does not depend on the C locale (Qt sets it from the environment).
    const auto r = std::from_chars(t.data(), t.data() + t.size(), c.real);
    if (r.ec != std::errc {} || r.ptr != t.data() + t.size()
        || !(c.real <= std::numeric_limits<double>::max()))
        return fail(msg(txt::kNumberOutOfRange, { quote(t) }));
    c.ok = true;
    return c;
}

std::string quote(std::string_view t)
{
    constexpr std::size_t kMax = 40;
    std::string out = "'";
    const bool shorten = t.size() > kMax;
    const std::string_view shown = shorten ? t.substr(0, kMax - 3) : t;
    static const char* hex = "0123456789abcdef";
    for (unsigned char c : shown) {
        if (c >= 0x20 && c < 0x7f) {
            out += static_cast<char>(c);
        } else {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    if (shorten)
        out += "...";
    out += '\'';
    return out;
}

} // namespace pagelab::script
