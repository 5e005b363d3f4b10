// Streaming readers of memory-reference traces (spec: `trace NAME FILE [format=...]`):
//  - lackey: `valgrind --tool=lackey --trace-mem=yes` output. `I  addr,size` (a fetch,
//    counted as a read), ` L addr,size` (load), ` S addr,size` (store), ` M addr,size`
//    (modify = a load then a store). Lines starting with `==` are valgrind's banner and are
//    skipped. An access whose bytes cross a page boundary references both pages.
//  - pages: one page number per line, decimal or 0x-hex, optionally followed by R or W.
//  - addresses: one hexadecimal address per line (0x optional), optionally R or W; the page
//    is address >> 12.
// In every format blank lines and lines starting with '#' are ignored. A malformed line
// stops the read with "FILE:LINE: error: ..." (nothing after it is read).
// References are packed in a u64: page << 1 | write (see makeRef/refPage/refWrite), so a
// 10-million reference trace takes 80 MB.
#pragma once

#include "hw/types.h"

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pagelab::trace {

enum class TraceFormat : u8 { Lackey, Pages, Addresses };
std::optional<TraceFormat> parseTraceFormat(std::string_view name);
std::string_view toString(TraceFormat f);

constexpr u64 makeRef(u64 page, bool write)
{
    return page << 1 | (write ? 1u : 0u);
}
constexpr u64 refPage(u64 ref)
{
    return ref >> 1;
}
constexpr bool refWrite(u64 ref)
{
    return (ref & 1) != 0;
}

class TraceReader {
public:
    // limit: stop after this many references (0: no limit).
    TraceReader(std::string path, TraceFormat format, u64 limit = 0);
    ~TraceReader();
    TraceReader(const TraceReader&) = delete;
    TraceReader& operator=(const TraceReader&) = delete;

    // Opens the file; false (and error()) when it cannot be read.
    bool open();
    // Appends up to about `max` references to `out` (a line of lackey gives up to four).
    // Returns false once nothing is left: at the end, at the limit, or on an error.
    bool next(std::vector<u64>& out, std::size_t max);

    bool failed() const { return !error_.empty(); }
    const std::string& error() const { return error_; }
    u64 references() const { return refs_; }
    bool limitReached() const { return limit_ != 0 && refs_ >= limit_; }
    u64 bytesRead() const { return bytes_; }

private:
    bool parseLine(const char* b, const char* e, std::vector<u64>& out);
    bool fail(const std::string& message);

    std::string path_;
    TraceFormat format_;
    u64 limit_;
    std::FILE* file_ = nullptr;
    std::vector<char> buf_;
    std::size_t begin_ = 0, end_ = 0; // unparsed bytes of buf_
    bool eof_ = false;
    u64 line_ = 0;
    u64 refs_ = 0;
    u64 bytes_ = 0;
    std::string error_;
};

// Reads a whole trace. On failure returns false with `error` set ("FILE:LINE: error: ...");
// `refs` then holds the references before the bad line.
bool readTrace(
    const std::string& path, TraceFormat format, u64 limit, std::vector<u64>& refs, std::string& error);

// Writes refs in the `pages` format ("N" or "N W" per line).
bool writePagesTrace(std::FILE* out, const std::vector<u64>& refs);

} // namespace pagelab::trace
