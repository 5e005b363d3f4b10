#include "trace/trace_reader.h"

#include <cstring>

namespace pagelab::trace {

namespace {

constexpr std::size_t kBufferBytes = 1u << 20; // also the longest line accepted
constexpr unsigned kPageShift = 12;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}
const char* skipSpaces(const char* p, const char* e)
{
    while (p < e && isSpace(*p))
        ++p;
    return p;
}
int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
// Parses hex digits at p (at least one, at most 16); advances p.
bool parseHex(const char*& p, const char* e, u64& v)
{
    v = 0;
    const char* start = p;
    int d;
    while (p < e && (d = hexDigit(*p)) >= 0) {
        if (p - start >= 16)
            return false;
        v = v << 4 | static_cast<u64>(d);
        ++p;
    }
    return p > start;
}
bool parseDec(const char*& p, const char* e, u64& v)
{
    v = 0;
    const char* start = p;
    while (p < e && *p >= '0' && *p <= '9') {
        const u64 d = static_cast<u64>(*p - '0');
        if (v > (~u64 { 0 } - d) / 10)
            return false;
        v = v * 10 + d;
        ++p;
    }
    return p > start;
}
bool hasHexPrefix(const char* p, const char* e)
{
    return e - p >= 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X');
}

} // namespace

std::optional<TraceFormat> parseTraceFormat(std::string_view name)
{
    if (name == "lackey")
        return TraceFormat::Lackey;
    if (name == "pages")
        return TraceFormat::Pages;
    if (name == "addresses")
        return TraceFormat::Addresses;
    return std::nullopt;
}

std::string_view toString(TraceFormat f)
{
    switch (f) {
    case TraceFormat::Lackey: return "lackey";
    case TraceFormat::Pages: return "pages";
    case TraceFormat::Addresses: return "addresses";
    }
    return "?";
}

TraceReader::TraceReader(std::string path, TraceFormat format, u64 limit)
    : path_(std::move(path))
    , format_(format)
    , limit_(limit)
{
}

TraceReader::~TraceReader()
{
    if (file_ && file_ != stdin)
        std::fclose(file_);
}

bool TraceReader::open()
{
    file_ = path_ == "-" ? stdin : std::fopen(path_.c_str(), "rb");
    if (!file_)
        return fail("cannot open the file");
    buf_.resize(kBufferBytes);
    return true;
}

bool TraceReader::fail(const std::string& message)
{
    error_ = path_ + ":" + (line_ ? std::to_string(line_) + ":" : std::string()) + " error: " + message;
    return false;
}

bool TraceReader::next(std::vector<u64>& out, std::size_t max)
{
    if (!file_ || failed() || limitReached())
        return false;
    const std::size_t start = out.size();
    while (out.size() - start < max && !limitReached()) {
        const char* b = buf_.data() + begin_;
        const char* e = buf_.data() + end_;
        const char* nl = static_cast<const char*>(std::memchr(b, '\n', static_cast<std::size_t>(e - b)));
        if (!nl && !eof_) {
            // Move the partial line to the front and read more.
            const std::size_t rest = end_ - begin_;
            if (rest == buf_.size()) {
                ++line_;
                return fail("line longer than " + std::to_string(buf_.size()) + " bytes");
            }
            std::memmove(buf_.data(), buf_.data() + begin_, rest);
            begin_ = 0;
            end_ = rest;
            const std::size_t n = std::fread(buf_.data() + end_, 1, buf_.size() - end_, file_);
            bytes_ += n;
            end_ += n;
            if (n == 0) {
                if (std::ferror(file_))
                    return fail("reading the file failed");
                eof_ = true;
            }
            continue;
        }
        if (!nl && b == e)
            break; // the end
        const char* lineEnd = nl ? nl : e;
        ++line_;
        begin_ = static_cast<std::size_t>((nl ? nl + 1 : e) - buf_.data());
        if (!parseLine(b, lineEnd, out))
            return false;
    }
    if (limit_ != 0 && refs_ > limit_) { // a lackey line may give more than one
        out.resize(out.size() - static_cast<std::size_t>(refs_ - limit_));
        refs_ = limit_;
    }
    return out.size() > start;
}

bool TraceReader::parseLine(const char* b, const char* e, std::vector<u64>& out)
{
    const char* p = skipSpaces(b, e);
    if (p == e || *p == '#')
        return true;
    if (format_ == TraceFormat::Lackey) {
        if (e - b >= 2 && b[0] == '=' && b[1] == '=')
            return true; // ==PID== banner
        const char kind = *p;
        if (kind != 'I' && kind != 'L' && kind != 'S' && kind != 'M')
            return fail("expected a lackey record (I, L, S or M), found '" + std::string(b, e) + "'");
        ++p;
        if (p == e || !isSpace(*p))
            return fail("expected a space after '" + std::string(1, kind) + "'");
        p = skipSpaces(p, e);
        u64 addr = 0, size = 0;
        if (!parseHex(p, e, addr))
            return fail("expected a hexadecimal address after '" + std::string(1, kind) + "'");
        if (p == e || *p != ',')
            return fail("expected ',SIZE' after the address");
        ++p;
        if (!parseDec(p, e, size) || size == 0 || size > 4096)
            return fail("expected an access size of 1..4096 bytes after ','");
        if (skipSpaces(p, e) != e)
            return fail("unexpected text after the size");
        const u64 first = addr >> kPageShift;
        const u64 last = (addr + size - 1) >> kPageShift;
        auto emit = [&](bool write) {
            out.push_back(makeRef(first, write));
            ++refs_;
            if (last != first) {
                out.push_back(makeRef(last, write));
                ++refs_;
            }
        };
        if (kind == 'M') {
            emit(false);
            emit(true);
        } else
            emit(kind == 'S');
        return true;
    }
    u64 v = 0;
    if (format_ == TraceFormat::Pages) {
        if (hasHexPrefix(p, e)) {
            p += 2;
            if (!parseHex(p, e, v))
                return fail("expected a page number after '0x'");
        } else if (!parseDec(p, e, v))
            return fail("expected a page number (decimal or 0x...), found '" + std::string(b, e) + "'");
        if (v >> 63)
            return fail("page number too large");
    } else {
        if (hasHexPrefix(p, e))
            p += 2;
        if (!parseHex(p, e, v))
            return fail("expected a hexadecimal address, found '" + std::string(b, e) + "'");
        v >>= kPageShift;
    }
    bool write = false;
    if (p < e && !isSpace(*p))
        return fail("unexpected '" + std::string(1, *p) + "' after the number");
    p = skipSpaces(p, e);
    if (p < e) {
        if (*p == 'W' || *p == 'w')
            write = true;
        else if (*p != 'R' && *p != 'r')
            return fail("expected R or W after the number, found '" + std::string(p, e) + "'");
        p = skipSpaces(p + 1, e);
        if (p != e)
            return fail("unexpected text after R/W");
    }
    out.push_back(makeRef(v, write));
    ++refs_;
    return true;
}

bool readTrace(
    const std::string& path, TraceFormat format, u64 limit, std::vector<u64>& refs, std::string& error)
{
    TraceReader r(path, format, limit);
    if (!r.open()) {
        error = r.error();
        return false;
    }
    while (r.next(refs, 1u << 16)) { }
    if (r.failed()) {
        error = r.error();
        return false;
    }
    return true;
}

bool writePagesTrace(std::FILE* out, const std::vector<u64>& refs)
{
    std::string text;
    text.reserve(1u << 16);
    for (u64 r : refs) {
        text += std::to_string(refPage(r));
        if (refWrite(r))
            text += " W";
        text += '\n';
        if (text.size() > (1u << 16) - 64) {
            if (std::fwrite(text.data(), 1, text.size(), out) != text.size())
                return false;
            text.clear();
        }
    }
    return std::fwrite(text.data(), 1, text.size(), out) == text.size();
}

} // namespace pagelab::trace
