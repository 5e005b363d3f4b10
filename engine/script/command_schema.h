// The schema of every command of the scenario language (spec/scenario-language.md): its
// positional arguments, options, bare flags and the rules between them. The parser checks
// each line against its command's schema and converts the values to the declared types, so
// a handler reads `cmd.args[i].number` or `cmd.option("len")->number` without re-parsing.
#pragma once

#include "script/ast.h"

#include <string_view>
#include <vector>

namespace pagelab::script {

struct ArgSpec {
    std::string_view name; // "NAME", "ADDR", ... (for messages)
    ValueType type = ValueType::Word;
    bool optional = false;                 // only trailing arguments are optional
    std::vector<std::string_view> choices; // Enum
    bool orString = false;                 // a "string" is accepted too (stored as ValueType::String)
};

struct OptionSpec {
    std::string_view key;
    ValueType type = ValueType::Number;
    std::string_view placeholder; // "SIZE", "N" (for messages: missing option len=SIZE)
    bool required = false;
    std::vector<std::string_view> choices; // Enum
    std::vector<u64> allowed;              // Number: the only values allowed (cpu wp=0|1, size=1|2|4|8)
    u64 max = ~u64 { 0 };                  // Number: the largest value allowed (byte=N)
    double realMax = -1;                   // Real: the largest value allowed (< 0: no limit)
    bool orString = false;                 // a "string" is accepted too (device fill=)
};

// Rules between items. An item is an option key, a flag, or "@NAME" for a positional argument.
struct Rule {
    enum class Kind : u8 {
        AtMostOne,     // give either frames= or ram=, not both
        ExactlyOne,    // write: VALUE | "string" | bytes=
        AtLeastOne,    // mlockall: current, future, onfault
        Requires,      // items[0] needs items[1]
        ArgWhen,       // positional items[0] is required when positional items[1] is one of items[2..],
                       // and not allowed otherwise (show process NAME)
        StringForbids, // items[1] is not allowed when positional items[0] is a "string"
    };
    Kind kind = Kind::AtMostOne;
    std::vector<std::string_view> items;
    const char* message = nullptr; // optional: replaces the generic message (script_messages.h)
};

struct CommandSchema {
    std::string_view name;
    std::string_view usage; // synopsis, as in the spec
    std::vector<ArgSpec> args;
    std::vector<OptionSpec> options;
    std::vector<std::string_view> flags;
    std::vector<Rule> rules;
    bool expression = false; // `expect`: the rest of the line is an expression

    const OptionSpec* option(std::string_view key) const;
    bool hasFlag(std::string_view flag) const;
};

// Every command, sorted by name.
const std::vector<CommandSchema>& commandSchemas();
const CommandSchema* findCommand(std::string_view name);

// Fields that `expect` accepts after pte(...), frame(...) and swap(...).
const std::vector<std::string_view>& pteFields();   // pte flag names, pfn, entry
const std::vector<std::string_view>& frameFields(); // owner, use
const std::vector<std::string_view>& swapFields();  // used, size, prio, outs, ins

// Damerau-free edit distance, for "did you mean" suggestions.
std::size_t editDistance(std::string_view a, std::string_view b);
// The closest of `candidates` to `word` when it is close enough to be a likely typo.
std::string_view closest(std::string_view word, const std::vector<std::string_view>& candidates);

} // namespace pagelab::script
