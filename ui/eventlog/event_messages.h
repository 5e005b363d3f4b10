// The engine's event sentences (engine/journal/message.cpp) as translatable source texts.
// The engine cannot call tr(); listing its templates here with QT_TRANSLATE_NOOP lets lupdate
// put them in the "EventMessage" context, which EventLogModel::describe() translates.
#pragma once

#include <vector>

namespace pagelab::ui {

// Every engine message template, in messageKeys() order.
const std::vector<const char*>& eventMessageSources();

} // namespace pagelab::ui
