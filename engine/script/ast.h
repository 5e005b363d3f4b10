// What the parser produces from a scenario (.vms) file: a list of commands whose arguments
// are already checked against the command's schema and converted to typed values.
// The interpreter never sees text it has to re-parse.
#pragma once

#include "hw/types.h"
#include "journal/message_text.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pagelab::script {

struct SourcePos {
    u32 line = 0;   // 1-based
    u32 column = 0; // 1-based
};

// A diagnostic, printed as FILE:LINE:COLUMN: error: message
struct Diagnostic {
    Diagnostic() = default;
    Diagnostic(std::string file, SourcePos pos, std::string message)
        : file(std::move(file))
        , pos(pos)
        , message(std::move(message))
    {
    }
    // The message as a key and arguments (journal/message_text.h), for a front end that
    // translates it; `message` is its English.
    static Diagnostic of(std::string file, SourcePos pos, Message sentence)
    {
        Diagnostic d(std::move(file), pos, render(sentence));
        d.sentence = std::move(sentence);
        return d;
    }

    std::string file;
    SourcePos pos;
    std::string message;        // in English
    Message sentence;           // `message` as a key and arguments; an empty key: only `message` has it
    std::string format() const; // "FILE:LINE:COLUMN: error: message"
};

// The kinds of value a positional argument or an option takes.
enum class ValueType : u8 {
    Word,   // [a-z_][a-z0-9_.]*  (names of processes, files, enums)
    Number, // decimal, 0x, 0b, with _ separators; fits u64
    Size,   // Number with optional K M G T suffix (powers of two)
    Time,   // Number with ns us ms s suffix; stored in nanoseconds
    String, // "..." with escapes, stored decoded
    Bytes,  // de:ad:be:ef
    Prot,   // none | r w x combined in order; stored as bit mask (1 r, 2 w, 4 x)
    Flags,  // comma list of pte flag names; stored as the OR of pte:: bits
    Pair,   // N[:M] (tlb=16:4); second is 0 when absent
    Enum,   // one Word out of a fixed list given by the schema
    Signed, // a Number with optional leading '-' (swapon prio=-3); `sign`, and `number` as two's complement
    Real,   // a decimal fraction such as 0.5 (workload theta=, write=); stored in `real`
    Path,   // a host file path: "quoted" or bare [A-Za-z0-9_./+~-]+ (trace FILE); stored in `word`
};

struct Value {
    ValueType type = ValueType::Word;
    SourcePos pos;
    std::string text;      // the source text of the value
    std::string word;      // Word, Enum, String (decoded)
    u64 number = 0;        // Number, Size, Time (ns), Prot, Flags, Pair first
    u64 second = 0;        // Pair second
    i64 sign = 0;          // Signed
    double real = 0;       // Real
    std::vector<u8> bytes; // Bytes, and String as raw bytes
};

// expect EXPR
struct ExprTerm {
    enum class Kind : u8 {
        Number,
        String,
        Ret,
        ValueField,
        Data,
        Signal,
        ErrorCode, // fields of the previous command's result
        Stat,      // stats.KEY          (key in `name`)
        Pte,       // pte(NAME, ADDR, LEVEL).FIELD   (FIELD is a flag name or "pfn" or "entry")
        Frame,     // frame(N).FIELD
        Swap,      // swap(NAME).FIELD
    };
    Kind kind = Kind::Number;
    SourcePos pos;
    u64 number = 0;        // Number; Frame's N
    bool negative = false; // Number written with a leading '-': `number` holds its two's complement
    std::string string;    // String
    std::string name;      // Stat key; Pte/Swap NAME
    u64 addr = 0;          // Pte ADDR
    u64 level = 0;         // Pte LEVEL
    std::string field;     // after the dot
};

enum class CompareOp : u8 { Eq, Ne, Lt, Le, Gt, Ge };

struct Expr {
    ExprTerm lhs;
    CompareOp op = CompareOp::Eq;
    ExprTerm rhs;
    std::string text; // the source text of the expression, for messages
};

struct Command {
    std::string name;        // "machine", "access", ...
    SourcePos pos;           // of the command word
    std::string text;        // the source line(s), continuation joined, comment removed
    std::vector<Value> args; // positional arguments, in schema order (optional ones may be absent)
    std::map<std::string, Value> options; // key=value
    std::vector<std::string> flags;       // bare words such as `private`, `fixed`, `write`
    std::optional<Expr> expr;             // for `expect`

    bool has(const std::string& key) const { return options.count(key) != 0; }
    const Value* option(const std::string& key) const
    {
        auto it = options.find(key);
        return it == options.end() ? nullptr : &it->second;
    }
    bool hasFlag(std::string_view f) const
    {
        for (const auto& x : flags)
            if (x == f)
                return true;
        return false;
    }
};

struct Script {
    std::string file;
    std::vector<Command> commands;
};

} // namespace pagelab::script
