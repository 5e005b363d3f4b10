// A small JSON writer for the CLI's JSON Lines: keys in insertion order, numbers as numbers.
#pragma once

#include "hw/types.h"

#include <string>
#include <string_view>
#include <vector>

namespace pagelab {

class JsonWriter {
public:
    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(std::string_view k);
    JsonWriter& value(std::string_view s);
    JsonWriter& value(const char* s) { return value(std::string_view(s)); }
    JsonWriter& value(u64 n);
    JsonWriter& value(i64 n);
    JsonWriter& value(int n) { return value(static_cast<i64>(n)); }
    JsonWriter& value(unsigned n) { return value(static_cast<u64>(n)); }
    JsonWriter& value(bool b);
    JsonWriter& raw(std::string_view json); // an already-encoded value
    template <typename T>
    JsonWriter& field(std::string_view k, const T& v)
    {
        key(k);
        return value(v);
    }

    const std::string& str() const { return out_; }

    static std::string quote(std::string_view s);

private:
    void separator();
    std::string out_;
    std::vector<bool> first_; // per open container: no element written yet
    bool afterKey_ = false;
};

} // namespace pagelab
