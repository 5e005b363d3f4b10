// Command schemas: one valid line per command of the spec, typed values, every kind of
// error with its exact message and column, several errors per file, robustness.
#include "hw/paging_entry.h"
#include "script/command_schema.h"
#include "script/parser.h"

#include <QtTest/QtTest>

#include <chrono>
#include <random>

using namespace pagelab;
using namespace pagelab::script;

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QString diagnostics(const ParseResult& r)
{
    QStringList out;
    for (const auto& d : r.diagnostics)
        out << q(d.format());
    return out.join(QLatin1Char('\n'));
}

Command only(const ParseResult& r) // a copy: callers pass temporaries
{
    if (!r.ok() || r.script.commands.size() != 1)
        qFatal("expected exactly one command, got %d (%s)", int(r.script.commands.size()),
            qPrintable(diagnostics(r)));
    return r.script.commands.front();
}

// The spec's command list (spec/scenario-language.md).
const QStringList kSpecCommands
    = { "access", "access_ok", "clear_user", "copy_from_user", "copy_to_user", "cpu", "device", "driver_mmap",
          "echo", "exit", "expect", "fetch", "file", "flush_tlb", "fork", "get_user", "invlpg", "machine",
          "mlock", "mlockall", "mmap", "mprotect", "msync", "munlock", "munlockall", "munmap", "process",
          "pte", "put_user", "read", "reclaim", "shm_open", "shm_unlink", "show", "strncpy_from_user",
          "strnlen_user", "swapoff", "swapon", "switch", "sync", "touch", "trace", "workload", "write" };
// Commands PageLab adds to the language (documented in docs/scenario-language.md).
const QStringList kPageLabCommands = { "chardev_read", "chardev_write", "ioctl", "kderef", "open_path" };

} // namespace

class TestParser : public QObject {
    Q_OBJECT

private slots:
    void emptyInputs_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("empty") << "";
        QTest::newRow("newlines") << "\n\n\n";
        QTest::newRow("blanks") << "   \t \r\n  ";
        QTest::newRow("comments") << "# a scenario\n   # indented comment\n#";
        QTest::newRow("lone continuation") << "\\";
        QTest::newRow("continued blank") << "  \\\n  \\\n";
    }
    void emptyInputs()
    {
        QFETCH(QString, source);
        const ParseResult r = parse(source.toStdString(), "t.vms");
        QVERIFY2(r.ok(), qPrintable(diagnostics(r)));
        QVERIFY(r.script.commands.empty());
        QCOMPARE(r.script.file, std::string("t.vms"));
    }

    void commandNamesAreTheSpecs()
    {
        const auto names = commandNames();
        QStringList got;
        for (const auto& n : names)
            got << q(n);
        QStringList expected = kSpecCommands + kPageLabCommands;
        expected.sort();
        QCOMPARE(got, expected);
        QVERIFY(std::is_sorted(names.begin(), names.end()));
    }

    // Every command of the spec, in its full form, parses.
    void validCommands_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("args");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("flags");

        auto row = [](const char* tag, const char* line, const char* name, int args, QStringList options = {},
                       QStringList flags = {}) {
            QTest::newRow(tag) << QString::fromLatin1(line) << QString::fromLatin1(name) << args << options
                               << flags;
        };
        row("machine bare", "machine", "machine", 0);
        row("machine full",
            "machine paging=5level frames=64 tlb=16:4 stlb=512:8 pcid=on policy=clock seed=42", "machine", 0,
            { "frames", "paging", "pcid", "policy", "seed", "stlb", "tlb" });
        row("machine 32bit ram", "machine paging=32bit ram=16M", "machine", 0, { "paging", "ram" });
        row("machine 4level", "machine paging=4level policy=linux", "machine", 0, { "paging", "policy" });
        row("cpu", "cpu wp=1 smep=0 smap=1 nxe=1 pge=0 pse=1 ac=0", "cpu", 0,
            { "ac", "nxe", "pge", "pse", "smap", "smep", "wp" });
        row("cpu bare", "cpu", "cpu", 0);
        row("swapon", "swapon fast size=64M prio=-3 latency=100us", "swapon", 1,
            { "latency", "prio", "size" });
        row("swapoff", "swapoff fast", "swapoff", 1);
        row("process", "process shell", "process", 1);
        row("process classic", "process shell layout=classic", "process", 1, { "layout" });
        row("fork", "fork child shell", "fork", 2);
        row("exit", "exit child", "exit", 1);
        row("switch", "switch shell", "switch", 1);
        row("mmap anon", "mmap p len=16K at=0x7000_0000 prot=rw private anon fixed populate locked", "mmap",
            1, { "at", "len", "prot" }, { "private", "anon", "fixed", "populate", "locked" });
        row("mmap file", "mmap p len=8K prot=r shared file=data.bin offset=4K", "mmap", 1,
            { "file", "len", "offset", "prot" }, { "shared" });
        row("mmap shm", "mmap p len=4K shm=buf shared", "mmap", 1, { "len", "shm" }, { "shared" });
        row("munmap", "munmap p 0x7000_0000 16K", "munmap", 3);
        row("mprotect", "mprotect p 0x1000 4K rx", "mprotect", 4);
        row("mprotect none", "mprotect p 0x1000 4K none", "mprotect", 4);
        row("mlock", "mlock p 0x1000 8K", "mlock", 3);
        row("munlock", "munlock p 0x1000 8K", "munlock", 3);
        row("mlockall", "mlockall p current future", "mlockall", 1, {}, { "current", "future" });
        row("mlockall onfault", "mlockall p onfault", "mlockall", 1, {}, { "onfault" });
        row("munlockall", "munlockall p", "munlockall", 1);
        row("file fill", "file data.bin size=8K fill=\"hello\\n\"", "file", 1, { "fill", "size" });
        row("file byte", "file zeros size=4K byte=0x41", "file", 1, { "byte", "size" });
        row("shm_open", "shm_open buf size=4K", "shm_open", 1, { "size" });
        row("shm_unlink", "shm_unlink buf", "shm_unlink", 1);
        row("device", "device fb pfn=0xe0000 pages=16 fill=de:ad", "device", 1, { "fill", "pages", "pfn" });
        row("device string fill", "device fb pfn=100 pages=1 fill=\"pixels\"", "device", 1,
            { "fill", "pages", "pfn" });
        row("driver_mmap", "driver_mmap p fb len=64K at=0x5000_0000 prot=rw pgoff=2", "driver_mmap", 2,
            { "at", "len", "pgoff", "prot" });
        row("msync", "msync p 0x1000 4K", "msync", 3);
        row("sync", "sync", "sync", 0);
        row("reclaim", "reclaim", "reclaim", 0);
        row("reclaim pages", "reclaim pages=8", "reclaim", 0, { "pages" });
        row("read", "read p 0x1000", "read", 2);
        row("read size", "read p 0x1000 size=8", "read", 2, { "size" });
        row("read len", "read p 0x1000 len=32", "read", 2, { "len" });
        row("write value", "write p 0x1000 0xdead size=2", "write", 3, { "size" });
        row("write negative", "write p 0x1000 -1 size=1", "write", 3, { "size" });
        row("write u64 max", "write p 0x1000 0xffff_ffff_ffff_ffff size=8", "write", 3, { "size" });
        row("write string", "write p 0x1000 \"hi\\0\"", "write", 3);
        row("write bytes", "write p 0x1000 bytes=de:ad:be:ef", "write", 2, { "bytes" });
        row("fetch", "fetch p 0x400000", "fetch", 2);
        row("touch", "touch p 0x1000 len=64K write", "touch", 2, { "len" }, { "write" });
        row("touch bare", "touch p 0x1000", "touch", 2);
        row("access", "access p 0x1000 mode=supervisor op=fetch", "access", 2, { "mode", "op" });
        row("access bare", "access p 0x7fff_ffff_f000", "access", 2);
        row("pte walk", "pte p 0x1000", "pte", 2);
        row("pte set", "pte p 0x1000 level=1 set=p,rw,us clear=nx pfn=20 entry=0x0000_4000_0000_1007", "pte",
            2, { "clear", "entry", "level", "pfn", "set" });
        row("invlpg", "invlpg p 0x1000", "invlpg", 2);
        row("flush_tlb", "flush_tlb", "flush_tlb", 0);
        row("flush_tlb name", "flush_tlb p", "flush_tlb", 1);
        row("access_ok", "access_ok p 0x1000 4K", "access_ok", 3);
        row("get_user", "get_user p 0x1000 size=4", "get_user", 2, { "size" });
        row("put_user", "put_user p 0x1000 -14 size=8", "put_user", 3, { "size" });
        row("clear_user", "clear_user p 0x1000 100", "clear_user", 3);
        row("copy_to_user string", "copy_to_user p 0x1000 \"abc\"", "copy_to_user", 3);
        row("copy_to_user bytes", "copy_to_user p 0x1000 bytes=01:02", "copy_to_user", 2, { "bytes" });
        row("copy_from_user", "copy_from_user p 0x1000 16", "copy_from_user", 3);
        row("strnlen_user", "strnlen_user p 0x1000 4K", "strnlen_user", 3);
        row("strncpy_from_user", "strncpy_from_user p 0x1000 64", "strncpy_from_user", 3);
        row("trace", "trace p traces/ls.lackey format=lackey limit=1000", "trace", 2, { "format", "limit" });
        row("trace quoted", "trace p \"my traces/a b.txt\" format=addresses", "trace", 2, { "format" });
        row("workload", "workload p kind=zipf pages=100 count=10_000 theta=0.9 write=0.25 seed=7", "workload",
            1, { "count", "kind", "pages", "seed", "theta", "write" });
        row("show machine", "show machine", "show", 1);
        row("show process", "show process p", "show", 2);
        row("show vmas", "show vmas p", "show", 2);
        for (const char* what : { "frames", "swap", "tlb", "stats", "lru", "pagecache" })
            QTest::newRow(qPrintable(QStringLiteral("show %1").arg(QLatin1String(what))))
                << QStringLiteral("show %1").arg(QLatin1String(what)) << QStringLiteral("show") << 1
                << QStringList {} << QStringList {};
        row("expect", "expect ret == 0", "expect", 0);
        row("echo", "echo \"hello, world\"", "echo", 1);
        row("options before args", "access mode=user p op=write 0x1000", "access", 2, { "mode", "op" });
        row("flag between options", "mmap p private len=4K anon", "mmap", 1, { "len" },
            { "private", "anon" });
    }
    void validCommands()
    {
        QFETCH(QString, line);
        QFETCH(QString, name);
        QFETCH(int, args);
        QFETCH(QStringList, options);
        QFETCH(QStringList, flags);
        const ParseResult r = parse(line.toStdString(), "t.vms");
        QVERIFY2(r.ok(), qPrintable(diagnostics(r)));
        const Command& c = only(r);
        QCOMPARE(q(c.name), name);
        QCOMPARE(int(c.args.size()), args);
        QStringList keys;
        for (const auto& [k, v] : c.options)
            keys << q(k);
        QCOMPARE(keys, options);
        QStringList gotFlags;
        for (const auto& f : c.flags)
            gotFlags << q(f);
        QCOMPARE(gotFlags, flags);
        QCOMPARE(c.pos.line, 1u);
        QCOMPARE(c.pos.column, 1u);
        QCOMPARE(q(c.text), line);
        QCOMPARE(c.expr.has_value(), name == QLatin1String("expect"));
        // Every command of the spec has a schema, and every line above uses a spec command.
        QVERIFY(kSpecCommands.contains(name));
    }

    void typedValues()
    {
        {
            const Command& c
                = only(parse("machine paging=32bit frames=0x40 tlb=16:4 stlb=512 pcid=off seed=1_000", "t"));
            QCOMPARE(c.option("paging")->type, ValueType::Enum);
            QCOMPARE(c.option("paging")->word, std::string("32bit"));
            QCOMPARE(c.option("frames")->number, u64(64));
            QCOMPARE(c.option("tlb")->number, u64(16));
            QCOMPARE(c.option("tlb")->second, u64(4));
            QCOMPARE(c.option("stlb")->second, u64(0));
            QCOMPARE(c.option("pcid")->word, std::string("off"));
            QCOMPARE(c.option("seed")->number, u64(1000));
            QCOMPARE(c.option("frames")->pos.column, 29u);
            QCOMPARE(c.option("frames")->text, std::string("0x40"));
        }
        {
            const Command& c
                = only(parse("pte shell 0x40_0000 level=1 set=p,rw,us,nx clear=g pfn=0x28 entry=7", "t"));
            QCOMPARE(c.args.at(0).word, std::string("shell"));
            QCOMPARE(c.args.at(1).number, u64(0x400000));
            QCOMPARE(c.args.at(1).pos.column, 11u);
            QCOMPARE(c.option("set")->number, pte::P | pte::RW | pte::US | pte::NX);
            QCOMPARE(c.option("clear")->number, pte::G);
            QCOMPARE(c.option("level")->number, u64(1));
            QCOMPARE(c.option("pfn")->number, u64(40));
            QCOMPARE(c.option("entry")->number, u64(7));
        }
        {
            const Command& c = only(parse("swapon s size=1G prio=-3 latency=2ms", "t"));
            QCOMPARE(c.option("size")->number, u64(1) << 30);
            QCOMPARE(c.option("prio")->type, ValueType::Signed);
            QCOMPARE(c.option("prio")->sign, i64(-3));
            QCOMPARE(c.option("prio")->number, u64(-3ll));
            QCOMPARE(c.option("latency")->number, u64(2'000'000));
        }
        {
            const Command& c = only(parse("write p 0x1000 \"a\\x00b\"", "t"));
            QCOMPARE(c.args.at(2).type, ValueType::String);
            QCOMPARE(c.args.at(2).word, std::string("a\0b", 3));
            QCOMPARE(c.args.at(2).bytes, (std::vector<u8> { 'a', 0, 'b' }));
            QCOMPARE(c.args.at(2).text, std::string("\"a\\x00b\""));
        }
        {
            const Command& c = only(parse("write p 0x1000 -2 size=2", "t"));
            QCOMPARE(c.args.at(2).type, ValueType::Signed);
            QCOMPARE(c.args.at(2).sign, i64(-2));
            QCOMPARE(c.args.at(2).number, u64(-2ll));
        }
        {
            const Command& c = only(parse("write p 0x1000 bytes=de:ad", "t"));
            QCOMPARE(c.option("bytes")->bytes, (std::vector<u8> { 0xde, 0xad }));
        }
        {
            const Command& c = only(parse("mmap p len=2M prot=rx", "t"));
            QCOMPARE(c.option("len")->number, u64(2) << 20);
            QCOMPARE(c.option("prot")->number, u64(5));
        }
        {
            const Command& c = only(parse("workload w kind=zipf pages=10 count=5 theta=1.25 write=0.5", "t"));
            QCOMPARE(c.option("kind")->word, std::string("zipf"));
            QCOMPARE(c.option("theta")->type, ValueType::Real);
            QCOMPARE(c.option("theta")->real, 1.25);
            QCOMPARE(c.option("write")->real, 0.5);
            QCOMPARE(c.option("theta")->text, std::string("1.25"));
        }
        {
            const Command& c = only(parse("trace p traces/ls.lackey", "t"));
            QCOMPARE(c.args.at(1).type, ValueType::Path);
            QCOMPARE(c.args.at(1).word, std::string("traces/ls.lackey"));
            const Command& d = only(parse("trace p \"a b\"", "t"));
            QCOMPARE(d.args.at(1).type, ValueType::String);
            QCOMPARE(d.args.at(1).word, std::string("a b"));
        }
        {
            const Command& c = only(parse("echo \"tab\\there\"", "t"));
            QCOMPARE(c.args.at(0).word, std::string("tab\there"));
        }
        {
            const Command& c = only(parse("show process shell", "t"));
            QCOMPARE(c.args.at(0).type, ValueType::Enum);
            QCOMPARE(c.args.at(0).word, std::string("process"));
            QCOMPARE(c.args.at(1).word, std::string("shell"));
        }
        {
            const Command& c = only(parse("cpu wp=0 smep=1", "t"));
            QCOMPARE(c.option("wp")->type, ValueType::Number);
            QCOMPARE(c.option("wp")->number, u64(0));
            QCOMPARE(c.option("smep")->number, u64(1));
        }
        {
            const Command& c = only(parse("device d pfn=1 pages=1 fill=ff", "t"));
            QCOMPARE(c.option("fill")->type, ValueType::Bytes);
            QCOMPARE(c.option("fill")->bytes, (std::vector<u8> { 0xff }));
        }
    }

    // One invalid line per kind of error, with the exact message and column.
    void errors_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");

        auto row = [](const char* tag, const char* line, int column, const char* message) {
            QTest::newRow(tag) << QString::fromLatin1(line) << column << QString::fromLatin1(message);
        };
        row("unknown command", "acess p 0x1000", 1, "unknown command 'acess' (did you mean 'access'?)");
        row("unknown command far", "frobnicate", 1, "unknown command 'frobnicate'");
        row("unknown command indented", "   mmpa p len=4K", 4,
            "unknown command 'mmpa' (did you mean 'mmap'?)");
        row("not a command", "64", 1, "expected a command name, found '64'");
        row("option as command", "frames=64", 1, "expected a command name, found 'frames=64'");
        row("string as command", "\"echo\"", 1, "expected a command name, found '\"echo\"'");
        row("upper-case command", "Machine", 1, "expected a command name, found 'Machine'");
        row("unknown option", "machine frame=64", 9,
            "unknown option 'frame' for 'machine' (expected one of: paging, frames, ram, tlb, stlb, pcid, "
            "policy, seed)");
        row("option for optionless command", "fork a b x=1", 10,
            "unknown option 'x' for 'fork' (it takes no options)");
        row("flag given a value", "mmap p len=4K private=1", 15,
            "'private' is a flag of 'mmap': write it without '=VALUE'");
        row("duplicate option", "machine frames=1 frames=2", 18, "duplicate option 'frames'");
        row("duplicate flag", "mmap p len=4K fixed fixed", 21, "duplicate flag 'fixed'");
        row("bad number", "access p x12", 10, "expected a number, found 'x12'");
        row("number overflow", "machine frames=0x1_0000_0000_0000_0000", 16,
            "number '0x1_0000_0000_0000_0000' does not fit in 64 bits");
        row("bad enum", "machine paging=64bit", 16, "'paging' must be one of 32bit, pae, 4level, 5level");
        row("enum is case sensitive", "access p 0x1000 mode=User", 22,
            "'mode' must be one of user, supervisor");
        row("string for enum", "machine pcid=\"on\"", 14, "'pcid' must be one of on, off");
        row("positional enum", "show everything", 6,
            "WHAT of 'show' must be one of machine, process, vmas, frames, swap, tlb, stats, lru, pagecache");
        row("missing argument", "access p", 9, "missing argument ADDR for 'access'");
        row("missing argument before options", "access p mode=user", 9, "missing argument ADDR for 'access'");
        row("missing first argument", "exit", 5, "missing argument NAME for 'exit'");
        row("missing parent", "fork c", 7, "missing argument PARENT for 'fork'");
        row("flag where an argument is missing", "touch p write", 9,
            "missing argument ADDR for 'touch' before the flag 'write'");
        row("unexpected argument", "exit p q", 8, "unexpected argument 'q' for 'exit' (usage: exit NAME)");
        row("unexpected argument for sync", "sync now", 6,
            "unexpected argument 'now' for 'sync' (usage: sync)");
        row("unexpected flag-like word", "machine paging=pae x", 20,
            "unexpected argument 'x' for 'machine' (usage: machine [paging=32bit|pae|4level|5level] "
            "[frames=N | ram=SIZE] "
            "[tlb=ENTRIES[:WAYS]] [stlb=ENTRIES[:WAYS]] [pcid=on|off] [policy=lru|fifo|clock|opt|linux] "
            "[seed=N])");
        row("bit not 0 or 1", "cpu wp=2", 8, "'wp' must be 0 or 1");
        row("bit as word", "cpu pge=on", 9, "expected a number, found 'on'");
        row("access size", "read p 0x1000 size=3", 20, "'size' must be 1, 2, 4 or 8");
        row("byte too big", "file f size=4K byte=256", 21, "'byte' must be at most 255");
        row("fraction too big", "workload w kind=zipf pages=10 count=100 write=1.5", 47,
            "'write' must be between 0 and 1");
        row("bad fraction", "workload w kind=zipf pages=10 count=100 theta=x", 47,
            "expected a decimal number such as 0.5, found 'x'");
        row("frames or ram", "machine frames=64 ram=1M", 19, "give either frames= or ram=, not both");
        row("private or shared", "mmap p len=4K private shared", 23,
            "give either private or shared, not both");
        row("anon file shm", "mmap p len=4K file=f anon", 22, "give only one of anon, file= and shm=");
        row("offset needs file", "mmap p len=4K offset=0", 15,
            "offset= applies to a file mapping: give file=F too");
        row("size or len", "read p 0 len=2 size=1", 16, "give either size= or len=, not both");
        row("fill or byte", "file f size=1 fill=\"a\" byte=1", 24, "give either fill= or byte=, not both");
        row("missing option", "mmap p", 7, "missing option len=SIZE for 'mmap'");
        row("missing enum option", "workload w pages=1 count=1", 27,
            "missing option kind=seq|random|loop|zipf for 'workload'");
        row("missing size option", "get_user p 0x1000", 18, "missing option size=1|2|4|8 for 'get_user'");
        row("set needs level", "pte p 0x1000 set=p", 14,
            "set= needs level=N: the level of the entry to change (1 = PTE)");
        row("pfn needs level", "pte p 0x1000 pfn=3", 14,
            "pfn= needs level=N: the level of the entry to change (1 = PTE)");
        row("bad flag", "pte p 0x1000 level=1 set=p,foo", 28,
            "unknown flag 'foo' (expected a comma list of p, rw, us, pwt, pcd, a, d, ps, g, nx)");
        row("bad prot", "mprotect p 0x1000 4K wr", 22,
            "expected a protection (none, or r, w, x combined in that order: r, rw, rx, rwx, ...), found "
            "'wr'");
        row("bad size", "mmap p len=16k", 12,
            "expected a size (a number with an optional K, M, G or T suffix), found '16k'");
        row("bad time", "swapon s size=1M latency=5h", 26,
            "expected a time (a number with ns, us, ms or s), found '5h'");
        row("bad pair", "machine tlb=16:", 16, "expected ENTRIES[:WAYS] such as 16:4, found '16:'");
        row("bad bytes", "write p 0 bytes=de:a", 20,
            "expected bytes as hex pairs separated by ':' (de:ad:be:ef), found 'de:a'");
        row("bad signed", "swapon s size=1M prio=--3", 23,
            "expected a number (optionally negative), found '--3'");
        row("negative where unsigned", "reclaim pages=-1", 15, "expected a number, found '-1'");
        row("bad name", "process P1", 9, "expected a name ([a-z_][a-z0-9_.]*), found 'P1'");
        row("string for name", "process \"p\"", 9, "expected a name ([a-z_][a-z0-9_.]*), found '\"p\"'");
        row("string for number", "access p \"0x10\"", 10, "expected a number, found '\"0x10\"'");
        row("bad path", "trace p a:b", 9,
            "expected a file path (a \"string\", or letters, digits and _ . / + ~ -), found 'a:b'");
        row("echo needs a string", "echo hello", 6, "expected a string in double quotes, found 'hello'");
        row("echo missing", "echo", 5, "missing argument TEXT for 'echo'");
        row("write missing data", "write p 0x1000", 15,
            "give one of VALUE, \"string\" or bytes=... for 'write'");
        row("write two data", "write p 0x1000 5 bytes=01", 18,
            "give one of VALUE, \"string\" or bytes=... for 'write'");
        row("write size with string", "write p 0x1000 \"ab\" size=4", 21,
            "size= applies to a number VALUE, not to a string");
        row("write size with bytes", "write p 0x1000 bytes=01 size=4", 25,
            "size= applies to a number VALUE, not to bytes=");
        row("copy_to_user missing", "copy_to_user p 0x1000", 22,
            "give either \"string\" or bytes=... for 'copy_to_user'");
        row("copy_to_user number", "copy_to_user p 0x1000 5", 23,
            "expected a string in double quotes, found '5'");
        row("mlockall missing", "mlockall p", 11, "missing current, future or onfault for 'mlockall'");
        row("show process missing name", "show process", 13, "missing argument NAME for 'show process'");
        row("show tlb with name", "show tlb p", 10,
            "unexpected argument 'p' for 'show tlb' (only 'show process NAME' and 'show vmas NAME' take a "
            "NAME)");
        row("unterminated string", "echo \"abc", 6, "unterminated string (missing closing '\"')");
        row("bad escape", "echo \"a\\qb\"", 8,
            "unknown escape '\\q' in string (expected \\n, \\t, \\\\, \\\", \\0 or \\xNN)");
        row("missing option value", "mmap p len=", 8,
            "missing value for option 'len' (write len=VALUE with no blank around '=')");
        row("binary junk", "\x01\x02", 1, "expected a command name, found '\\x01\\x02'");
    }
    void errors()
    {
        QFETCH(QString, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const ParseResult r = parse(line.toStdString(), "bad.vms");
        QVERIFY(!r.ok());
        QCOMPARE(r.diagnostics.size(), std::size_t(1));
        const Diagnostic& d = r.diagnostics.front();
        QCOMPARE(q(d.message), message);
        QCOMPARE(d.pos.line, 1u);
        QCOMPARE(int(d.pos.column), column);
        QCOMPARE(q(d.file), QStringLiteral("bad.vms"));
        QVERIFY(r.script.commands.empty());
    }

    void diagnosticFormat()
    {
        const Diagnostic d { "lesson.vms", { 12, 7 }, "unknown command 'x'" };
        QCOMPARE(q(d.format()), QStringLiteral("lesson.vms:12:7: error: unknown command 'x'"));
        const ParseResult r = parse("machine frames=64\nprocess p\nacess p 0x1000\n", "scenario.vms");
        QCOMPARE(r.diagnostics.size(), std::size_t(1));
        QCOMPARE(q(r.diagnostics[0].format()),
            QStringLiteral("scenario.vms:3:1: error: unknown command 'acess' (did you mean 'access'?)"));
    }

    // One error per line, every bad line reported, good lines still parsed.
    void severalErrors()
    {
        const std::string src = "machine frame=64\n"
                                "process p\n"
                                "# comment\n"
                                "acess p 0x1000 mode=x mode=y\n"
                                "access p 0x1000\n"
                                "echo \"open\n"
                                "expect ret ==\n";
        const ParseResult r = parse(src, "f.vms");
        QCOMPARE(r.diagnostics.size(), std::size_t(4));
        QCOMPARE(r.diagnostics[0].pos.line, 1u);
        QCOMPARE(r.diagnostics[1].pos.line, 4u);
        QCOMPARE(r.diagnostics[2].pos.line, 6u);
        QCOMPARE(r.diagnostics[2].pos.column, 6u);
        QCOMPARE(r.diagnostics[3].pos.line, 7u);
        QCOMPARE(r.diagnostics[3].pos.column, 14u);
        QCOMPARE(r.script.commands.size(), std::size_t(2));
    }

    void firstLineOffsetsPositions()
    {
        const ParseResult r = parse("process p\n\naccess p zz", "<lesson>", 40);
        QCOMPARE(r.diagnostics.size(), std::size_t(1));
        QCOMPARE(r.diagnostics[0].pos.line, 42u);
        QCOMPARE(r.diagnostics[0].pos.column, 10u);
        QCOMPARE(r.script.commands.at(0).pos.line, 40u);
    }

    void continuationLines()
    {
        const ParseResult good = parse("mmap p \\\n    len=16K \\\n    prot=rw private\nshow tlb", "c.vms");
        QVERIFY2(good.ok(), qPrintable(diagnostics(good)));
        QCOMPARE(good.script.commands.size(), std::size_t(2));
        const Command& m = good.script.commands[0];
        QCOMPARE(q(m.text), QStringLiteral("mmap p len=16K prot=rw private"));
        QCOMPARE(m.pos.line, 1u);
        QCOMPARE(m.option("len")->pos.line, 2u);
        QCOMPARE(m.option("len")->pos.column, 9u);
        QCOMPARE(m.option("prot")->pos.line, 3u);
        QCOMPARE(good.script.commands[1].pos.line, 4u);

        const ParseResult bad = parse("machine paging=pae \\\n  frames=x # comment\n", "c.vms");
        QCOMPARE(bad.diagnostics.size(), std::size_t(1));
        QCOMPARE(bad.diagnostics[0].pos.line, 2u);
        QCOMPARE(bad.diagnostics[0].pos.column, 10u);
        QCOMPARE(q(bad.diagnostics[0].message), QStringLiteral("expected a number, found 'x'"));

        // A missing argument after a continuation points after the last argument.
        const ParseResult missing = parse("access \\\n  p", "c.vms");
        QCOMPARE(missing.diagnostics.size(), std::size_t(1));
        QCOMPARE(missing.diagnostics[0].pos.line, 2u);
        QCOMPARE(missing.diagnostics[0].pos.column, 4u);
    }

    void commentsAndStrings()
    {
        const ParseResult r = parse("echo \"# not a comment\" # a comment\nfile f size=1 fill=\"a#b\"", "t");
        QVERIFY2(r.ok(), qPrintable(diagnostics(r)));
        QCOMPARE(r.script.commands[0].args[0].word, std::string("# not a comment"));
        QCOMPARE(q(r.script.commands[0].text), QStringLiteral("echo \"# not a comment\""));
        QCOMPARE(r.script.commands[1].option("fill")->word, std::string("a#b"));
    }

    void schemaIsConsistent()
    {
        for (const auto& s : commandSchemas()) {
            bool optionalSeen = false;
            for (const auto& a : s.args) {
                QVERIFY2(!optionalSeen || a.optional, s.name.data()); // optional arguments are trailing
                optionalSeen = optionalSeen || a.optional;
                QCOMPARE(a.type == ValueType::Enum, !a.choices.empty());
            }
            for (const auto& o : s.options)
                QCOMPARE(o.type == ValueType::Enum, !o.choices.empty());
            for (const auto& r : s.rules)
                for (std::size_t i = 0; i < r.items.size(); ++i) {
                    const std::string_view item = r.items[i];
                    if (r.kind == Rule::Kind::ArgWhen && i >= 2)
                        continue; // values of the positional, not items
                    bool known = s.option(item) || s.hasFlag(item);
                    for (const auto& a : s.args)
                        known = known || (item.starts_with("@") && item.substr(1) == a.name);
                    QVERIFY2(known, (std::string(s.name) + ": " + std::string(item)).c_str());
                }
            QVERIFY(!s.usage.empty());
            QVERIFY(s.usage.starts_with(s.name));
        }
        QVERIFY(findCommand("machine"));
        QVERIFY(!findCommand("machin"));
    }

    // The golden scenarios of tests/golden parse, except those that expect exit status 2.
    void goldenScenariosParse()
    {
        QDir golden(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../golden"));
        if (!golden.exists())
            QSKIP("no tests/golden");
        int count = 0;
        for (const QString& dir : golden.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile file(golden.filePath(dir + QStringLiteral("/scenario.vms")));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            QFile exitFile(golden.filePath(dir + QStringLiteral("/expected_exit")));
            const bool syntaxError
                = exitFile.open(QIODevice::ReadOnly) && exitFile.readAll().trimmed() == "2";
            const QByteArray text = file.readAll();
            const ParseResult r
                = parse(std::string_view(text.constData(), std::size_t(text.size())), dir.toStdString());
            QVERIFY2(r.ok() != syntaxError, qPrintable(dir + QStringLiteral(": ") + diagnostics(r)));
            ++count;
        }
        qInfo("%d golden scenarios", count);
    }

    // Random bytes and mutations of a valid scenario: no crash, no hang, positions inside the text.
    void fuzz()
    {
        const std::string valid = "# scenario\n"
                                  "machine paging=4level frames=64 tlb=16:4\n"
                                  "cpu wp=1 smep=1\n"
                                  "process p\n"
                                  "pte p 0x1000 level=1 set=p,rw,us pfn=20 \\\n"
                                  "    entry=0x7\n"
                                  "access p 0x1000 mode=user op=write\n"
                                  "write p 0x1000 \"a\\x41\\n\" \n"
                                  "mmap p len=16K prot=rw private anon\n"
                                  "expect pte(p, 0x1000, 1).d == 1\n"
                                  "expect signal == \"SIGSEGV\"\n"
                                  "expect ret != -14\n"
                                  "show process p\n"
                                  "echo \"done\"\n";
        QVERIFY2(parse(valid, "v").ok(), qPrintable(diagnostics(parse(valid, "v"))));
        std::mt19937_64 rng(12345);
        const std::string alphabet = "ax0_=\"\\#\n ,.:()-<>!=\t\r'K1pxfe";
        for (int round = 0; round < 3000; ++round) {
            std::string text;
            const int mode = round % 3;
            if (mode == 0) {
                text.resize(rng() % 200);
                for (auto& c : text)
                    c = static_cast<char>(rng() & 0xff);
            } else {
                text = valid;
                const int edits = 1 + int(rng() % 8);
                for (int e = 0; e < edits && !text.empty(); ++e) {
                    const std::size_t at = rng() % text.size();
                    switch (rng() % 4) {
                    case 0: text[at] = alphabet[rng() % alphabet.size()]; break;
                    case 1: text.erase(at, 1 + rng() % 5); break;
                    case 2:
                        text.insert(
                            at, 1, mode == 1 ? alphabet[rng() % alphabet.size()] : char(rng() & 0xff));
                        break;
                    case 3: text.insert(at, text.substr(rng() % text.size(), rng() % 20)); break;
                    }
                }
            }
            const ParseResult r = parse(text, "fuzz", 1);
            checkPositions(text, r);
        }
        // Pathological inputs.
        for (const std::string& text :
            std::vector<std::string> { std::string(1 << 20, 'a'), "echo \"" + std::string(1 << 20, 'x'),
                "machine frames=" + std::string(100000, '9'), std::string(100000, '\\'), std::string("\\"),
                std::string("expect") + std::string(50000, '('), "echo \"\\", std::string(20000, '\n') + "x",
                std::string("expect pte(") + std::string(10000, ',') + ")", std::string("\0\0\0", 3),
                "mmap p len=4K " + std::string(100000, ' ') + "fixed" }) {
            const ParseResult r = parse(text, "fuzz");
            checkPositions(text, r);
        }
    }

    void hundredThousandLines()
    {
        auto timeParse = [](int lines, std::size_t& commands) {
            static const char* kinds[] = { "access p 0x7fff_ffff_f000 mode=user op=write\n",
                "pte p 0x1000 level=1 set=p,rw,us pfn=20\n", "expect pte(p, 0x1000, 1).d == 1\n",
                "mmap p len=16K prot=rw private anon # comment\n" };
            std::string text;
            for (int i = 0; i < lines; ++i)
                text += kinds[i % 4];
            const auto start = std::chrono::steady_clock::now();
            const ParseResult r = parse(text, "big.vms");
            const double seconds
                = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            commands = r.ok() ? r.script.commands.size() : 0;
            return seconds;
        };
#if defined(__OPTIMIZE__) && !defined(__SANITIZE_ADDRESS__)
        const int lines = 100000;
#else
        const int lines = 20000; // a Debug build with sanitizers is some 30 times slower
#endif
        std::size_t small = 0, big = 0;
        const double t10k = timeParse(lines / 10, small);
        const double t100k = timeParse(lines, big);
        QCOMPARE(small, std::size_t(lines / 10));
        QCOMPARE(big, std::size_t(lines));
        qInfo("parsed %d lines in %.3f s, %d lines in %.3f s", lines / 10, t10k, lines, t100k);
        // Linear, whatever the build: ten times the lines, not a hundred times the time.
        QVERIFY2(t100k < 25 * t10k + 0.05, "parsing time grows faster than the input");
#if defined(__OPTIMIZE__) && !defined(__SANITIZE_ADDRESS__)
        QVERIFY2(t100k < 1.0, "too slow");
#endif
    }

private:
    static void checkPositions(const std::string& text, const ParseResult& r)
    {
        std::vector<std::size_t> lengths;
        std::size_t start = 0;
        while (true) {
            const std::size_t nl = text.find('\n', start);
            lengths.push_back((nl == std::string::npos ? text.size() : nl) - start);
            if (nl == std::string::npos)
                break;
            start = nl + 1;
        }
        QCOMPARE(r.ok(), r.diagnostics.empty());
        for (const auto& d : r.diagnostics) {
            QVERIFY(!d.message.empty());
            QVERIFY2(d.pos.line >= 1 && d.pos.line <= lengths.size(), d.format().c_str());
            QVERIFY2(d.pos.column >= 1 && d.pos.column <= lengths[d.pos.line - 1] + 1, d.format().c_str());
        }
        for (const auto& c : r.script.commands) {
            QVERIFY(c.pos.line >= 1 && c.pos.line <= lengths.size());
            for (const auto& a : c.args)
                QVERIFY(a.pos.line >= 1 && a.pos.line <= lengths.size()
                    && a.pos.column <= lengths[a.pos.line - 1] + 1);
        }
    }
};

QTEST_APPLESS_MAIN(TestParser)
#include "test_parser.moc"
