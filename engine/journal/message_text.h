// A sentence the engine says, as a message key and arguments. The engine cannot translate,
// so each sentence is an English template with %1, %2 ... (like Qt's QString::arg), the key
// a translation looks up, and its arguments; ui/ translates the key and substitutes the
// arguments, the CLI renders English. Events (message.h) and command output (the console's
// lines and errors) share this form (translations/README.md).
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace pagelab {

struct Message {
    Message() = default;
    Message(const char* key, std::vector<std::string> args = {})
        : key(key)
        , args(std::move(args))
    {
    }

    const char* key = "";          // English template, also the translation source text
    std::vector<std::string> args; // args[i] replaces %(i+1), in English
    // Arguments that are phrases of their own, translated in turn (a head and a result of one
    // sentence, an error inside "expect failed: %1"): args[partSlots[k]] is parts[k] in
    // English, so substitute(key, args) is always the whole English sentence.
    std::vector<Message> parts;
    std::vector<std::size_t> partSlots;
};

// Substitutes %1..%9 in `templ` with args (a missing argument leaves the marker).
std::string substitute(std::string_view templ, const std::vector<std::string>& args);
// The message in English.
inline std::string render(const Message& m)
{
    return substitute(m.key, m.args);
}

// One argument of msg(): a text as it is (a name, a number, an address), or a phrase.
class MessageArg {
public:
    MessageArg(std::string text)
        : text_(std::move(text))
    {
    }
    MessageArg(Message phrase);

private:
    friend Message msg(const char* key, std::initializer_list<MessageArg> args);
    std::string text_;
    std::vector<Message> phrase_; // empty, or the one phrase
};

// The message `key` with these arguments.
Message msg(const char* key, std::initializer_list<MessageArg> args = {});

// A text that has no template yet (what a library or the host said): it stays as it is in
// every language. Its key, "%1", is not a translatable entry.
inline constexpr const char* kVerbatim = "%1";
inline Message verbatim(std::string text)
{
    return Message { kVerbatim, { std::move(text) } };
}

} // namespace pagelab
