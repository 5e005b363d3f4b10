// The sentences of the scenario language's errors (lexer, parser, command schemas): message
// keys with %1 ... arguments (journal/message_text.h), translated by the console in the
// context CommandMessage. translations/update_event_messages.py lists every constant of this
// file for lupdate; scriptMessageKeys() must name each one (test_event_messages checks).
#pragma once

#include <vector>

namespace pagelab::script::txt {

// How every error is printed: FILE:LINE:COLUMN: error: MESSAGE (Diagnostic::format).
inline constexpr const char* kErrorAt = "%1:%2:%3: error: %4";

// ---- values
inline constexpr const char* kExpectedFound = "expected %1, found %2";
inline constexpr const char* kAName = "a name ([a-z_][a-z0-9_.]*)";
inline constexpr const char* kANumber = "a number";
inline constexpr const char* kASize = "a size (a number with an optional K, M, G or T suffix)";
inline constexpr const char* kATime = "a time (a number with ns, us, ms or s)";
inline constexpr const char* kAString = "a string in double quotes";
inline constexpr const char* kABytes = "bytes as hex pairs separated by ':' (de:ad:be:ef)";
inline constexpr const char* kAProt = "a protection (none, or r, w, x combined in that order)";
inline constexpr const char* kAProtExamples
    = "a protection (none, or r, w, x combined in that order: r, rw, rx, rwx, ...)";
inline constexpr const char* kAFlags = "a comma list of flags (p, rw, us, pwt, pcd, a, d, ps, g, nx)";
inline constexpr const char* kAPair = "ENTRIES[:WAYS] such as 16:4";
inline constexpr const char* kAnEnum = "one of a fixed list of words";
inline constexpr const char* kASigned = "a number (optionally negative)";
inline constexpr const char* kAReal = "a decimal number such as 0.5";
inline constexpr const char* kAPath = "a file path";
inline constexpr const char* kAPathSpelled = "a file path (a \"string\", or letters, digits and _ . / + ~ -)";
inline constexpr const char* kNumberTooBig = "number %1 does not fit in 64 bits";
inline constexpr const char* kSizeTooBig = "size %1 does not fit in 64 bits";
inline constexpr const char* kTimeTooBig = "time %1 does not fit in 64 bits";
inline constexpr const char* kNumberOutOfRange = "number %1 is out of range";
inline constexpr const char* kUnknownFlag
    = "unknown flag %1 (expected a comma list of p, rw, us, pwt, pcd, a, d, ps, g, nx)";
inline constexpr const char* kOptionOneOf = "'%1' must be one of %2";
inline constexpr const char* kArgumentOneOf = "%1 of '%2' must be one of %3";
inline constexpr const char* kOptionMustBe = "'%1' must be %2";
inline constexpr const char* kOptionAtMost = "'%1' must be at most %2";
inline constexpr const char* kOptionBetween = "'%1' must be between 0 and %2";
inline constexpr const char* kOrList = "%1 or %2";
inline constexpr const char* kAndList = "%1 and %2";

// ---- strings and tokens
inline constexpr const char* kNotAString = "expected a string in double quotes";
inline constexpr const char* kHexEscape = "'\\x' in a string needs two hex digits (\\xNN)";
inline constexpr const char* kUnknownEscape
    = "unknown escape %1 in string (expected \\n, \\t, \\\\, \\\", \\0 or \\xNN)";
inline constexpr const char* kUnterminatedString = "unterminated string (missing closing '\"')";
inline constexpr const char* kBlankAfterString = "expected a blank after the string, found %1";
inline constexpr const char* kQuoteAfter = "unexpected '\"' after %1";
inline constexpr const char* kOptionNameMissing = "expected an option name before '=', found %1";
inline constexpr const char* kOptionValueMissing
    = "missing value for option %1 (write %2=VALUE with no blank around '=')";

// ---- commands
inline constexpr const char* kEmptyCommand = "empty command";
inline constexpr const char* kExpectedCommandName = "expected a command name, found %1";
inline constexpr const char* kNeedsExpression = "'%1' needs an expression";
inline constexpr const char* kUnknownCommand = "unknown command %1";
inline constexpr const char* kUnknownCommandGuess = "unknown command %1 (did you mean '%2'?)";
inline constexpr const char* kFlagWithValue = "%1 is a flag of '%2': write it without '=VALUE'";
inline constexpr const char* kUnknownOptionNone = "unknown option %1 for '%2' (it takes no options)";
inline constexpr const char* kUnknownOption = "unknown option %1 for '%2' (expected one of: %3)";
inline constexpr const char* kDuplicateOption = "duplicate option %1";
inline constexpr const char* kDuplicateFlag = "duplicate flag %1";
inline constexpr const char* kUnexpectedArgument = "unexpected argument %1 for '%2' (usage: %3)";
inline constexpr const char* kMissingArgumentBeforeFlag = "missing argument %1 for '%2' before the flag %3";
inline constexpr const char* kMissingArgument = "missing argument %1 for '%2'";
inline constexpr const char* kMissingOption = "missing option %1=%2 for '%3'";
inline constexpr const char* kGiveOnlyOneOf = "give only one of %1";
inline constexpr const char* kGiveOneOf = "give one of %1";
inline constexpr const char* kGiveAtLeastOneOf = "give at least one of %1";
inline constexpr const char* kNeeds = "%1 needs %2";
inline constexpr const char* kNotForString = "%1 does not apply to a string";
inline constexpr const char* kOnlyFormsTake = "unexpected argument %1 for '%2' (only %3 take a %4)";
// The schemas' own rule messages (command_schema.cpp).
inline constexpr const char* kFramesOrRam = "give either frames= or ram=, not both";
inline constexpr const char* kPrivateOrShared = "give either private or shared, not both";
inline constexpr const char* kAnonFileShm = "give only one of anon, file= and shm=";
inline constexpr const char* kOffsetNeedsFile = "offset= applies to a file mapping: give file=F too";
inline constexpr const char* kMlockallFlags = "missing current, future or onfault for 'mlockall'";
inline constexpr const char* kFillOrByte = "give either fill= or byte=, not both";
inline constexpr const char* kSizeOrLen = "give either size= or len=, not both";
inline constexpr const char* kWriteWhat = "give one of VALUE, \"string\" or bytes=... for 'write'";
inline constexpr const char* kSetNeedsLevel
    = "set= needs level=N: the level of the entry to change (1 = PTE)";
inline constexpr const char* kClearNeedsLevel
    = "clear= needs level=N: the level of the entry to change (1 = PTE)";
inline constexpr const char* kPfnNeedsLevel
    = "pfn= needs level=N: the level of the entry to change (1 = PTE)";
inline constexpr const char* kEntryNeedsLevel
    = "entry= needs level=N: the level of the entry to change (1 = PTE)";
inline constexpr const char* kSizeNotForString = "size= applies to a number VALUE, not to a string";
inline constexpr const char* kSizeNotForBytes = "size= applies to a number VALUE, not to bytes=";
inline constexpr const char* kCopyToUserWhat = "give either \"string\" or bytes=... for 'copy_to_user'";

// ---- expect expressions
inline constexpr const char* kEqualsIsNoComparison
    = "'=' is not a comparison: use '==' (or !=, <, <=, >, >=)";
inline constexpr const char* kBangAlone = "expected '!=', found '!'";
inline constexpr const char* kMissingExpression = "missing expression after 'expect' (e.g. expect ret == 0)";
inline constexpr const char* kOperatorAfter
    = "expected a comparison operator (==, !=, <, <=, >, >=) after %1";
inline constexpr const char* kOperatorFound
    = "expected a comparison operator (==, !=, <, <=, >, >=), found %1";
inline constexpr const char* kMissingRightSide = "missing the right-hand side of the comparison after %1";
inline constexpr const char* kUnexpectedAfterExpression = "unexpected %1 after the expression";
inline constexpr const char* kTheEndOfTheLine = "the end of the line";
inline constexpr const char* kExpectedAfter = "expected %1 after %2, found %3";
inline constexpr const char* kExpectedNumberAfter = "expected %1 (a number) after %2, found %3";
inline constexpr const char* kExpectedNameAfter = "expected %1 ([a-z_][a-z0-9_.]*) after %2, found %3";
inline constexpr const char* kAProcessName = "a process NAME";
inline constexpr const char* kASwapAreaName = "a swap area NAME";
inline constexpr const char* kExpectedField = "expected a field of %1(...) (one of %2), found %3";
inline constexpr const char* kTerms = "a number, a string, ret, value, data, signal, error_code, stats.KEY, "
                                      "pte(NAME, ADDR, LEVEL).FIELD, frame(N).FIELD or swap(NAME).FIELD";
inline constexpr const char* kStatsKey = "expected stats.KEY such as stats.tlb_hits, found %1";
inline constexpr const char* kUnknownTerm = "unknown term %1 (expected %2)";
inline constexpr const char* kUnknownTermGuess = "unknown term %1 (did you mean '%2'?)";

} // namespace pagelab::script::txt

namespace pagelab::script {
// Every constant above, in the order of this file.
const std::vector<const char*>& scriptMessageKeys();
} // namespace pagelab::script
