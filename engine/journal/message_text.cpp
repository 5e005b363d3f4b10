#include "journal/message_text.h"

namespace pagelab {

std::string substitute(std::string_view templ, const std::vector<std::string>& args)
{
    std::string out;
    out.reserve(templ.size() + 32);
    for (std::size_t i = 0; i < templ.size(); ++i) {
        if (templ[i] == '%' && i + 1 < templ.size() && templ[i + 1] >= '1' && templ[i + 1] <= '9') {
            const std::size_t n = static_cast<std::size_t>(templ[i + 1] - '1');
            if (n < args.size()) {
                out += args[n];
                ++i;
                continue;
            }
        }
        out += templ[i];
    }
    return out;
}

MessageArg::MessageArg(Message phrase)
    : text_(render(phrase))
{
    phrase_.push_back(std::move(phrase));
}

Message msg(const char* key, std::initializer_list<MessageArg> args)
{
    Message m;
    m.key = key;
    m.args.reserve(args.size());
    for (const MessageArg& a : args) {
        if (!a.phrase_.empty()) {
            m.partSlots.push_back(m.args.size());
            m.parts.push_back(a.phrase_.front());
        }
        m.args.push_back(a.text_);
    }
    return m;
}

} // namespace pagelab
