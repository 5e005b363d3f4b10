// What the console shows of a command: its output and its error in the language of the UI.
// The engine gives both as message keys with arguments (CommandOutcome::lines, ::diagnostic);
// they are translated in the context CommandMessage (translations/README.md). An outcome
// without keys (made outside the Session) shows its English text.
#pragma once

#include "machine/session.h"

#include <QString>

namespace pagelab::ui {

inline constexpr const char* kCommandMessageContext = "CommandMessage";

// The output, a line per line of CommandOutcome::text, without a final newline.
QString commandOutputText(const CommandOutcome& outcome);
// FILE:LINE:COLUMN: error: ... of a failed command or a failed expect.
QString commandErrorText(const CommandOutcome& outcome);
// A parse error, as FILE:LINE:COLUMN: error: ...
QString diagnosticText(const script::Diagnostic& diagnostic);

} // namespace pagelab::ui
