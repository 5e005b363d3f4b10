#pragma once

#include <vector>

namespace pagelab::ui {

// The message key of every line a command may print and of every error (the engine's
// commandMessageKeys()), marked for lupdate in the context CommandMessage.
const std::vector<const char*>& commandMessageSources();

} // namespace pagelab::ui
