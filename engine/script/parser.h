// Parses a whole scenario before anything runs: lexing, the command schemas of
// spec/scenario-language.md, value conversion, and `expect` expressions.
#pragma once

#include "script/ast.h"

#include <string_view>
#include <variant>

namespace pagelab::script {

struct ParseResult {
    Script script;                       // valid only when diagnostics is empty
    std::vector<Diagnostic> diagnostics; // the first error (and any more found) with positions
    bool ok() const { return diagnostics.empty(); }
};

// `file` names the source in diagnostics ("<console>" for typed commands).
// `firstLine` lets the console and lessons number lines of an embedded block.
ParseResult parse(std::string_view text, std::string file, u32 firstLine = 1);

// The names of every command the language knows, for completion in the console.
std::vector<std::string> commandNames();

} // namespace pagelab::script
