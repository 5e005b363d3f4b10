#include "script/command_schema.h"

#include "hw/paging_entry.h"
#include "script/script_messages.h"

#include <algorithm>

namespace pagelab::script {

namespace {

using VT = ValueType;
using RK = Rule::Kind;

ArgSpec arg(std::string_view name, VT type)
{
    return ArgSpec { name, type, false, {}, false };
}
ArgSpec optionalArg(std::string_view name, VT type)
{
    return ArgSpec { name, type, true, {}, false };
}
ArgSpec enumArg(std::string_view name, std::vector<std::string_view> choices)
{
    return ArgSpec { name, VT::Enum, false, std::move(choices), false };
}

OptionSpec opt(std::string_view key, VT type, std::string_view placeholder)
{
    OptionSpec o;
    o.key = key;
    o.type = type;
    o.placeholder = placeholder;
    return o;
}
OptionSpec required(OptionSpec o)
{
    o.required = true;
    return o;
}
OptionSpec enumOpt(std::string_view key, std::vector<std::string_view> choices)
{
    OptionSpec o = opt(key, VT::Enum, "");
    o.choices = std::move(choices);
    return o;
}
OptionSpec allowedOpt(std::string_view key, std::vector<u64> allowed, std::string_view placeholder)
{
    OptionSpec o = opt(key, VT::Number, placeholder);
    o.allowed = std::move(allowed);
    return o;
}
OptionSpec accessSize()
{
    return allowedOpt("size", { 1, 2, 4, 8 }, "1|2|4|8");
}
OptionSpec bit(std::string_view key)
{
    return allowedOpt(key, { 0, 1 }, "0|1");
}

ArgSpec name()
{
    return arg("NAME", VT::Word);
}
ArgSpec addr()
{
    return arg("ADDR", VT::Number);
}
ArgSpec size()
{
    return arg("SIZE", VT::Size);
}
ArgSpec count()
{
    return arg("N", VT::Size);
}

std::vector<CommandSchema> build()
{
    std::vector<CommandSchema> v;
    auto add = [&](CommandSchema s) { v.push_back(std::move(s)); };

    // ---- Machine and CPU
    {
        CommandSchema s;
        s.name = "machine";
        s.usage = "machine [paging=32bit|pae|4level|5level] [frames=N | ram=SIZE] [tlb=ENTRIES[:WAYS]] "
                  "[stlb=ENTRIES[:WAYS]] [pcid=on|off] [policy=lru|fifo|clock|opt|linux] [seed=N]";
        s.options = { enumOpt("paging", { "32bit", "pae", "4level", "5level" }),
            opt("frames", VT::Number, "N"), opt("ram", VT::Size, "SIZE"),
            opt("tlb", VT::Pair, "ENTRIES[:WAYS]"), opt("stlb", VT::Pair, "ENTRIES[:WAYS]"),
            enumOpt("pcid", { "on", "off" }), enumOpt("policy", { "lru", "fifo", "clock", "opt", "linux" }),
            opt("seed", VT::Number, "N") };
        s.rules = { { RK::AtMostOne, { "frames", "ram" }, txt::kFramesOrRam } };
        add(s);
    }
    {
        CommandSchema s;
        s.name = "cpu";
        s.usage = "cpu [wp=0|1] [smep=0|1] [smap=0|1] [nxe=0|1] [pge=0|1] [pse=0|1] [ac=0|1]";
        s.options = { bit("wp"), bit("smep"), bit("smap"), bit("nxe"), bit("pge"), bit("pse"), bit("ac") };
        add(s);
    }
    {
        CommandSchema s;
        s.name = "swapon";
        s.usage = "swapon NAME size=SIZE [prio=N] [latency=TIME]";
        s.args = { name() };
        s.options = { required(opt("size", VT::Size, "SIZE")), opt("prio", VT::Signed, "N"),
            opt("latency", VT::Time, "TIME") };
        add(s);
    }
    {
        CommandSchema s;
        s.name = "swapoff";
        s.usage = "swapoff NAME";
        s.args = { name() };
        add(s);
    }

    // ---- Processes and mappings
    {
        CommandSchema s;
        s.name = "process";
        s.usage = "process NAME [layout=empty|classic]";
        s.args = { name() };
        s.options = { enumOpt("layout", { "empty", "classic" }) };
        add(s);
    }
    {
        CommandSchema s;
        s.name = "fork";
        s.usage = "fork CHILD PARENT";
        s.args = { arg("CHILD", VT::Word), arg("PARENT", VT::Word) };
        add(s);
    }
    for (std::string_view n : { "exit", "switch", "munlockall" }) {
        CommandSchema s;
        s.name = n;
        s.usage = n == "exit" ? "exit NAME" : n == "switch" ? "switch NAME" : "munlockall NAME";
        s.args = { name() };
        add(s);
    }
    {
        CommandSchema s;
        s.name = "mmap";
        s.usage
            = "mmap NAME len=SIZE [at=ADDR] [prot=PROT] [private|shared] [anon | file=F [offset=N] | shm=S] "
              "[fixed] [populate] [locked]";
        s.args = { name() };
        s.options = { required(opt("len", VT::Size, "SIZE")), opt("at", VT::Number, "ADDR"),
            opt("prot", VT::Prot, "PROT"), opt("file", VT::Word, "F"), opt("offset", VT::Size, "N"),
            opt("shm", VT::Word, "S") };
        s.flags = { "private", "shared", "anon", "fixed", "populate", "locked" };
        s.rules = { { RK::AtMostOne, { "private", "shared" }, txt::kPrivateOrShared },
            { RK::AtMostOne, { "anon", "file", "shm" }, txt::kAnonFileShm },
            { RK::Requires, { "offset", "file" }, txt::kOffsetNeedsFile } };
        add(s);
    }
    {
        CommandSchema s;
        s.name = "munmap";
        s.usage = "munmap NAME ADDR SIZE";
        s.args = { name(), addr(), size() };
        add(s);
    }
    {
        CommandSchema s;
        s.name = "mprotect";
        s.usage = "mprotect NAME ADDR SIZE PROT";
        s.args = { name(), addr(), size(), arg("PROT", VT::Prot) };
        add(s);
    }
    for (std::string_view n : { "mlock", "munlock", "msync" }) {
        CommandSchema s;
        s.name = n;
        s.usage = n == "mlock" ? "mlock NAME ADDR SIZE"
            : n == "munlock"   ? "munlock NAME ADDR SIZE"
                               : "msync NAME ADDR SIZE";
        s.args = { name(), addr(), size() };
        add(s);
    }
    {
        CommandSchema s;
        s.name = "mlockall";
        s.usage = "mlockall NAME current|future|onfault";
        s.args = { name() };
        s.flags = { "current", "future", "onfault" };
        s.rules = { { RK::AtLeastOne, { "current", "future", "onfault" }, txt::kMlockallFlags } };
        add(s);
    }
    {
        CommandSchema s;
        s.name = "file";
        s.usage = "file F size=SIZE [fill=\"text\" | byte=N]";
        s.args = { arg("F", VT::Word) };
        OptionSpec byte = opt("byte", VT::Number, "N");
        byte.max = 255;
        s.options = { required(opt("size", VT::Size, "SIZE")), opt("fill", VT::String, "\"text\""), byte };
        s.rules = { { RK::AtMostOne, { "fill", "byte" }, txt::kFillOrByte } };
        add(s);
    }
    {
        CommandSchema s;
        s.name = "shm_open";
        s.usage = "shm_open S size=SIZE";
        s.args = { arg("S", VT::Word) };
        s.options = { required(opt("size", VT::Size, "SIZE")) };
        add(s);
    }
    {
        CommandSchema s;
        s.name = "shm_unlink";
        s.usage = "shm_unlink S";
        s.args = { arg("S", VT::Word) };
        add(s);
    }
    {
        CommandSchema s;
        s.name = "device";
        s.usage = "device D pfn=N pages=N [fill=\"text\"|BYTES]";
        s.args = { arg("D", VT::Word) };
        OptionSpec fill = opt("fill", VT::Bytes, "BYTES");
        fill.orString = true;
        s.options = { required(opt("pfn", VT::Number, "N")), required(opt("pages", VT::Number, "N")), fill };
        add(s);
    }
    {
        CommandSchema s;
        s.name = "driver_mmap";
        s.usage = "driver_mmap NAME D len=SIZE [at=ADDR] [prot=PROT] [pgoff=N]";
        s.args = { name(), arg("D", VT::Word) };
        s.options = { required(opt("len", VT::Size, "SIZE")), opt("at", VT::Number, "ADDR"),
            opt("prot", VT::Prot, "PROT"), opt("pgoff", VT::Number, "N") };
        add(s);
    }
    {
        CommandSchema s;
        s.name = "sync";
        s.usage = "sync";
        add(s);
    }
    {
        CommandSchema s;
        s.name = "reclaim";
        s.usage = "reclaim [pages=N]";
        s.options = { opt("pages", VT::Number, "N") };
        add(s);
    }

    // ---- User-mode accesses
    {
        CommandSchema s;
        s.name = "read";
        s.usage = "read NAME ADDR [size=1|2|4|8 | len=N]";
        s.args = { name(), addr() };
        s.options = { accessSize(), opt("len", VT::Size, "N") };
        s.rules = { { RK::AtMostOne, { "size", "len" }, txt::kSizeOrLen } };
        add(s);
    }
    {
        CommandSchema s;
        s.name = "write";
        s.usage = "write NAME ADDR (VALUE [size=1|2|4|8] | \"string\" | bytes=...)";
        ArgSpec value = optionalArg("VALUE", VT::Signed);
        value.orString = true;
        s.args = { name(), addr(), value };
        s.options = { accessSize(), opt("bytes", VT::Bytes, "...") };
        s.rules = { { RK::ExactlyOne, { "@VALUE", "bytes" }, txt::kWriteWhat },
            { RK::StringForbids, { "@VALUE", "size" }, txt::kSizeNotForString },
            { RK::Requires, { "size", "@VALUE" }, txt::kSizeNotForBytes } };
        add(s);
    }
    {
        CommandSchema s;
        s.name = "fetch";
        s.usage = "fetch NAME ADDR";
        s.args = { name(), addr() };
        add(s);
    }
    {
        CommandSchema s;
        s.name = "touch";
        s.usage = "touch NAME ADDR [len=SIZE] [write]";
        s.args = { name(), addr() };
        s.options = { opt("len", VT::Size, "SIZE") };
        s.flags = { "write" };
        add(s);
    }

    // ---- Raw hardware
    {
        CommandSchema s;
        s.name = "access";
        s.usage = "access NAME ADDR [mode=user|supervisor] [op=read|write|fetch]";
        s.args = { name(), addr() };
        s.options
            = { enumOpt("mode", { "user", "supervisor" }), enumOpt("op", { "read", "write", "fetch" }) };
        add(s);
    }
    {
        CommandSchema s;
        s.name = "pte";
        s.usage = "pte NAME ADDR [level=N [set=FLAGS] [clear=FLAGS] [pfn=N] [entry=N]]";
        s.args = { name(), addr() };
        s.options = { opt("level", VT::Number, "N"), opt("set", VT::Flags, "FLAGS"),
            opt("clear", VT::Flags, "FLAGS"), opt("pfn", VT::Number, "N"), opt("entry", VT::Number, "N") };
        s.rules = { { RK::Requires, { "set", "level" }, txt::kSetNeedsLevel },
            { RK::Requires, { "clear", "level" }, txt::kClearNeedsLevel },
            { RK::Requires, { "pfn", "level" }, txt::kPfnNeedsLevel },
            { RK::Requires, { "entry", "level" }, txt::kEntryNeedsLevel } };
        add(s);
    }
    {
        CommandSchema s;
        s.name = "invlpg";
        s.usage = "invlpg NAME ADDR";
        s.args = { name(), addr() };
        add(s);
    }
    {
        CommandSchema s;
        s.name = "flush_tlb";
        s.usage = "flush_tlb [NAME]";
        s.args = { optionalArg("NAME", VT::Word) };
        add(s);
    }

    // ---- Kernel user-space access API
    {
        CommandSchema s;
        s.name = "access_ok";
        s.usage = "access_ok NAME ADDR SIZE";
        s.args = { name(), addr(), size() };
        add(s);
    }
    {
        CommandSchema s;
        s.name = "get_user";
        s.usage = "get_user NAME ADDR size=1|2|4|8";
        s.args = { name(), addr() };
        s.options = { required(accessSize()) };
        add(s);
    }
    {
        CommandSchema s;
        s.name = "put_user";
        s.usage = "put_user NAME ADDR VALUE size=1|2|4|8";
        s.args = { name(), addr(), arg("VALUE", VT::Signed) };
        s.options = { required(accessSize()) };
        add(s);
    }
    for (std::string_view n : { "clear_user", "copy_from_user", "strnlen_user", "strncpy_from_user" }) {
        CommandSchema s;
        s.name = n;
        s.usage = n == "clear_user" ? "clear_user NAME ADDR N"
            : n == "copy_from_user" ? "copy_from_user NAME ADDR N"
            : n == "strnlen_user"   ? "strnlen_user NAME ADDR N"
                                    : "strncpy_from_user NAME ADDR N";
        s.args = { name(), addr(), count() };
        add(s);
    }
    {
        CommandSchema s;
        s.name = "copy_to_user";
        s.usage = "copy_to_user NAME ADDR (\"string\" | bytes=...)";
        s.args = { name(), addr(), optionalArg("DATA", VT::String) };
        s.options = { opt("bytes", VT::Bytes, "...") };
        s.rules = { { RK::ExactlyOne, { "@DATA", "bytes" }, txt::kCopyToUserWhat } };
        add(s);
    }

    // ---- PageLab additions (issue 5): a kernel bug and syscalls that use the uaccess API
    {
        CommandSchema s;
        s.name = "kderef";
        s.usage = "kderef NAME ADDR [write=VALUE]";
        s.args = { name(), addr() };
        s.options = { opt("write", VT::Number, "VALUE") };
        add(s);
    }
    for (std::string_view n : { "chardev_write", "chardev_read" }) {
        CommandSchema s;
        s.name = n;
        s.usage = n == "chardev_write" ? "chardev_write NAME ADDR N" : "chardev_read NAME ADDR N";
        s.args = { name(), addr(), count() };
        add(s);
    }
    for (std::string_view n : { "ioctl", "open_path" }) {
        CommandSchema s;
        s.name = n;
        s.usage = n == "ioctl" ? "ioctl NAME ADDR" : "open_path NAME ADDR";
        s.args = { name(), addr() };
        add(s);
    }

    // ---- Workloads and traces
    {
        CommandSchema s;
        s.name = "trace";
        s.usage = "trace NAME FILE [format=lackey|pages|addresses] [limit=N]";
        ArgSpec file = arg("FILE", VT::Path);
        file.orString = true;
        s.args = { name(), file };
        s.options = { enumOpt("format", { "lackey", "pages", "addresses" }), opt("limit", VT::Number, "N") };
        add(s);
    }
    {
        CommandSchema s;
        s.name = "workload";
        s.usage = "workload NAME kind=seq|random|loop|zipf pages=N count=N [theta=F] [write=F] [seed=N]";
        s.args = { name() };
        OptionSpec write = opt("write", VT::Real, "F");
        write.realMax = 1;
        s.options = { required(enumOpt("kind", { "seq", "random", "loop", "zipf" })),
            required(opt("pages", VT::Number, "N")), required(opt("count", VT::Number, "N")),
            opt("theta", VT::Real, "F"), write, opt("seed", VT::Number, "N") };
        add(s);
    }

    // ---- Observation and checks
    {
        CommandSchema s;
        s.name = "show";
        s.usage = "show machine|process NAME|vmas NAME|frames|swap|tlb|stats|lru|pagecache";
        s.args
            = { enumArg("WHAT",
                    { "machine", "process", "vmas", "frames", "swap", "tlb", "stats", "lru", "pagecache" }),
                  optionalArg("NAME", VT::Word) };
        s.rules = { { RK::ArgWhen, { "@NAME", "@WHAT", "process", "vmas" }, nullptr } };
        add(s);
    }
    {
        CommandSchema s;
        s.name = "expect";
        s.usage = "expect EXPR";
        s.expression = true;
        add(s);
    }
    {
        CommandSchema s;
        s.name = "echo";
        s.usage = "echo \"text\"";
        s.args = { arg("TEXT", VT::String) };
        add(s);
    }

    std::sort(
        v.begin(), v.end(), [](const CommandSchema& a, const CommandSchema& b) { return a.name < b.name; });
    return v;
}

} // namespace

const OptionSpec* CommandSchema::option(std::string_view key) const
{
    for (const auto& o : options)
        if (o.key == key)
            return &o;
    return nullptr;
}

bool CommandSchema::hasFlag(std::string_view flag) const
{
    return std::find(flags.begin(), flags.end(), flag) != flags.end();
}

const std::vector<CommandSchema>& commandSchemas()
{
    static const std::vector<CommandSchema> schemas = build();
    return schemas;
}

const CommandSchema* findCommand(std::string_view name)
{
    const auto& all = commandSchemas();
    auto it = std::lower_bound(
        all.begin(), all.end(), name, [](const CommandSchema& s, std::string_view n) { return s.name < n; });
    return it != all.end() && it->name == name ? &*it : nullptr;
}

const std::vector<std::string_view>& pteFields()
{
    static const std::vector<std::string_view> fields = [] {
        std::vector<std::string_view> f;
        for (const auto& n : pte::kFlagNames)
            f.push_back(n.name);
        f.push_back("pfn");
        f.push_back("entry");
        return f;
    }();
    return fields;
}

const std::vector<std::string_view>& frameFields()
{
    static const std::vector<std::string_view> fields = { "owner", "use" };
    return fields;
}

const std::vector<std::string_view>& swapFields()
{
    static const std::vector<std::string_view> fields = { "used", "size", "prio", "outs", "ins" };
    return fields;
}

std::size_t editDistance(std::string_view a, std::string_view b)
{
    if (a.size() > 64 || b.size() > 64)
        return std::max(a.size(), b.size());
    std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[j] = std::min({ prev[j] + 1, cur[j - 1] + 1, sub });
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

std::string_view closest(std::string_view word, const std::vector<std::string_view>& candidates)
{
    std::string_view best;
    std::size_t bestDistance = ~std::size_t { 0 };
    for (auto c : candidates) {
        const std::size_t d = editDistance(word, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    // A typo: at most 2 edits, and fewer than half of the word.
    if (best.empty() || bestDistance > 2 || bestDistance * 2 > std::max(word.size(), best.size()))
        return {};
    return best;
}

} // namespace pagelab::script
