// An engine sentence (journal/message_text.h) in the language of the UI: its key translated in
// `context` ("EventMessage" for the event log, "CommandMessage" for the console), each phrase
// argument translated in turn, then the arguments substituted as the engine substitutes them.
// A key without a translation (English, or the engine's verbatim "%1") stays as it is.
#pragma once

#include "journal/message_text.h"

#include <QString>

namespace pagelab::ui {

QString translatedMessage(const char* context, const Message& message);

} // namespace pagelab::ui
