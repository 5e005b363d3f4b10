// Plain-language sentences for events: each event becomes a message key (an English template
// with %1, %2 ...) and its arguments (message_text.h); ui/ translates the key in the context
// EventMessage. The CLI renders English.
#pragma once

#include "journal/event.h"
#include "journal/message_text.h"

#include <string>
#include <vector>

namespace pagelab {

Message describe(const EventData& e);
inline std::string describeEnglish(const Event& e)
{
    const Message m = describe(e.data);
    return substitute(m.key, m.args);
}
// Every template describe() can return, for translation extraction checks.
const std::vector<const char*>& messageKeys();

std::string hex(u64 v);

} // namespace pagelab
