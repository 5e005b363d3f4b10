// Plain-language sentences for events. The engine cannot translate, so each event becomes a
// message key (an English template with %1, %2 ... like Qt's QString::arg) and its
// arguments; ui/ translates the key and substitutes the arguments. The CLI renders English.
#pragma once

#include "journal/event.h"

#include <string>
#include <vector>

namespace pagelab {

struct Message {
    const char* key = ""; // English template, also the translation source text
    std::vector<std::string> args;
};

Message describe(const EventData& e);
// Substitutes %1..%9 in `templ` with args (a missing argument leaves the marker).
std::string substitute(std::string_view templ, const std::vector<std::string>& args);
inline std::string describeEnglish(const Event& e)
{
    const Message m = describe(e.data);
    return substitute(m.key, m.args);
}
// Every template describe() can return, for translation extraction checks.
const std::vector<const char*>& messageKeys();

std::string hex(u64 v);

} // namespace pagelab
