#include "machine/json_writer.h"

#include <cstdio>

namespace pagelab {

void JsonWriter::separator()
{
    if (afterKey_) {
        afterKey_ = false;
        return;
    }
    if (!first_.empty()) {
        if (!first_.back())
            out_ += ',';
        first_.back() = false;
    }
}

JsonWriter& JsonWriter::beginObject()
{
    separator();
    out_ += '{';
    first_.push_back(true);
    return *this;
}

JsonWriter& JsonWriter::endObject()
{
    out_ += '}';
    first_.pop_back();
    return *this;
}

JsonWriter& JsonWriter::beginArray()
{
    separator();
    out_ += '[';
    first_.push_back(true);
    return *this;
}

JsonWriter& JsonWriter::endArray()
{
    out_ += ']';
    first_.pop_back();
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view k)
{
    separator();
    out_ += quote(k);
    out_ += ':';
    afterKey_ = true;
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view s)
{
    separator();
    out_ += quote(s);
    return *this;
}

JsonWriter& JsonWriter::value(u64 n)
{
    separator();
    out_ += std::to_string(n);
    return *this;
}

JsonWriter& JsonWriter::value(i64 n)
{
    separator();
    out_ += std::to_string(n);
    return *this;
}

JsonWriter& JsonWriter::value(bool b)
{
    separator();
    out_ += b ? "true" : "false";
    return *this;
}

JsonWriter& JsonWriter::raw(std::string_view json)
{
    separator();
    out_ += json;
    return *this;
}

std::string JsonWriter::quote(std::string_view s)
{
    std::string q;
    q.reserve(s.size() + 2);
    q += '"';
    for (const char c : s) {
        switch (c) {
        case '"': q += "\\\""; break;
        case '\\': q += "\\\\"; break;
        case '\n': q += "\\n"; break;
        case '\t': q += "\\t"; break;
        case '\r': q += "\\r"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(
                    buf, sizeof buf, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
                q += buf;
            } else {
                q += c;
            }
        }
    }
    q += '"';
    return q;
}

} // namespace pagelab
