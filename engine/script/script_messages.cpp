#include "script/script_messages.h"

namespace pagelab::script {

const std::vector<const char*>& scriptMessageKeys()
{
    using namespace txt;
    static const std::vector<const char*> keys { kErrorAt, kExpectedFound, kAName, kANumber, kASize, kATime,
        kAString, kABytes, kAProt, kAProtExamples, kAFlags, kAPair, kAnEnum, kASigned, kAReal, kAPath,
        kAPathSpelled, kNumberTooBig, kSizeTooBig, kTimeTooBig, kNumberOutOfRange, kUnknownFlag, kOptionOneOf,
        kArgumentOneOf, kOptionMustBe, kOptionAtMost, kOptionBetween, kOrList, kAndList, kNotAString,
        kHexEscape, kUnknownEscape, kUnterminatedString, kBlankAfterString, kQuoteAfter, kOptionNameMissing,
        kOptionValueMissing, kEmptyCommand, kExpectedCommandName, kNeedsExpression, kUnknownCommand,
        kUnknownCommandGuess, kFlagWithValue, kUnknownOptionNone, kUnknownOption, kDuplicateOption,
        kDuplicateFlag, kUnexpectedArgument, kMissingArgumentBeforeFlag, kMissingArgument, kMissingOption,
        kGiveOnlyOneOf, kGiveOneOf, kGiveAtLeastOneOf, kNeeds, kNotForString, kOnlyFormsTake, kFramesOrRam,
        kPrivateOrShared, kAnonFileShm, kOffsetNeedsFile, kMlockallFlags, kFillOrByte, kSizeOrLen, kWriteWhat,
        kSetNeedsLevel, kClearNeedsLevel, kPfnNeedsLevel, kEntryNeedsLevel, kSizeNotForString,
        kSizeNotForBytes, kCopyToUserWhat, kEqualsIsNoComparison, kBangAlone, kMissingExpression,
        kOperatorAfter, kOperatorFound, kMissingRightSide, kUnexpectedAfterExpression, kTheEndOfTheLine,
        kExpectedAfter, kExpectedNumberAfter, kExpectedNameAfter, kAProcessName, kASwapAreaName,
        kExpectedField, kTerms, kStatsKey, kUnknownTerm, kUnknownTermGuess };
    return keys;
}

} // namespace pagelab::script
