// Lexical layer of the scenario language (spec/scenario-language.md, "Lexical rules").
//
// 1. splitLines() cuts the source into logical lines: one command per line, `#` starts a
//    comment (not inside a string), a trailing `\` continues the line on the next one.
//    A logical line keeps its physical pieces, so every token keeps its own line:column.
// 2. tokenizeCommand() cuts a logical line into tokens: bare words/numbers, "strings" and
//    key=value options. Tokens never span pieces: a continuation separates tokens.
// 3. The parse*() functions convert the text of a token into a typed value. Which
//    conversion applies is decided by the command schema, not by the lexer: `32bit` is a
//    number-looking word, `0x7fff_f000` a number, `rw` a word or a protection.
#pragma once

#include "hw/types.h"
#include "script/ast.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pagelab::script {

// One physical line's contribution to a logical line, comment and continuation removed.
struct LinePiece {
    u32 line = 0;          // 1-based physical line number
    u32 column = 1;        // 1-based column of text[0] in that line
    std::string_view text; // into the source
};

struct LogicalLine {
    std::vector<LinePiece> pieces;
    // The pieces trimmed and joined with one space (Command::text, Expr::text).
    std::string joined() const;
    bool blank() const;      // nothing but whitespace
    SourcePos start() const; // where the first piece begins
    SourcePos end() const;   // just past the last non-blank character
};

// Never fails: malformed strings are left for the tokenizer to report.
class LineSplitter {
public:
    explicit LineSplitter(std::string_view text, u32 firstLine = 1);
    // The next logical line (reusing `out`'s storage); false after the last one.
    bool next(LogicalLine& out);

private:
    std::string_view text_;
    std::size_t pos_ = 0;
    u32 line_ = 1;
    bool done_ = false;
};
std::vector<LogicalLine> splitLines(std::string_view text, u32 firstLine = 1);

struct LexError {
    SourcePos pos;
    Message message;
};

struct Token {
    enum class Kind : u8 {
        Bare,   // a run of characters without blanks: word, number, size, flags ...
        String, // "..." (decoded in `decoded`)
        Option, // key=value; the value is a bare text or a string
    };
    Kind kind = Kind::Bare;
    SourcePos pos;         // first character of the token
    SourcePos end;         // one past the last character (same line)
    std::string_view text; // the whole token as written
    // Option only:
    std::string_view key;
    SourcePos valuePos;
    std::string_view value; // the value as written (with quotes for a string value)
    bool valueIsString = false;
    // String, or an Option with a string value: the decoded bytes.
    std::string decoded;
};

// Appends the tokens of `line` to `out`; returns the first lexical error (unterminated
// string, bad escape, junk after a string, option without key or value).
std::optional<LexError> tokenizeCommand(const LogicalLine& line, std::vector<Token>& out);

// Decodes the string literal that starts at text[0] == '"'. On success `consumed` is the
// number of characters including both quotes. Errors name the offset of the culprit.
struct StringLexResult {
    bool ok = false;
    std::string decoded;
    std::size_t consumed = 0;
    std::size_t errorOffset = 0;
    Message error;
};
StringLexResult lexString(std::string_view text);

// ---- value conversions (the text is one token's value, without surrounding blanks) ----

struct Converted {
    bool ok = false;
    Message error;               // what was expected, when !ok
    std::size_t errorOffset = 0; // where in the text the problem is (0 = the start)
    u64 number = 0;
    u64 second = 0;
    i64 sign = 0;
    double real = 0;
    std::vector<u8> bytes;
};

bool isWord(std::string_view text);           // [a-z_][a-z0-9_.]*
Converted parseNumber(std::string_view text); // 123, 0x7f_ff, 0b1010; fits u64
Converted parseSize(std::string_view text);   // Number [K|M|G|T]
Converted parseTime(std::string_view text);   // Number [ns|us|ms|s] -> ns (bare: ns)
Converted parseSigned(
    std::string_view text); // [-]Number: -2^63 .. 2^64-1 (number = the 64 bits, sign = them as i64)
Converted parseBytes(std::string_view text); // de:ad:be:ef
Converted parseProt(std::string_view text);  // none | r w x in order -> 1|2|4
Converted parseFlags(std::string_view text); // p,rw,us -> OR of pte bits
Converted parsePair(std::string_view text);  // N[:M]
Converted parseReal(std::string_view text);  // 0.5, 1, 1.25 (decimal fraction)
bool isPath(std::string_view text);          // [A-Za-z0-9_./+-]+ (a host file path)

// 'text' for messages: quoted, non-printable bytes escaped, long text shortened.
std::string quote(std::string_view text);

} // namespace pagelab::script
