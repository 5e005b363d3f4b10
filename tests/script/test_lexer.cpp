// Lexical rules of the scenario language: logical lines, tokens, and every value type.
#include "hw/paging_entry.h"
#include "script/lexer.h"

#include <QtTest/QtTest>

using namespace pagelab;
using namespace pagelab::script;

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}
QString q(const Message& m) // an error, in English
{
    return QString::fromStdString(render(m));
}

// A compact description of a logical line: "L:C|text" per piece, pieces joined by " / ".
QString describe(const LogicalLine& l)
{
    QStringList parts;
    for (const auto& p : l.pieces)
        parts << QStringLiteral("%1:%2|%3")
                     .arg(p.line)
                     .arg(p.column)
                     .arg(QString::fromUtf8(p.text.data(), qsizetype(p.text.size())));
    return parts.join(QStringLiteral(" / "));
}

using Parser = Converted (*)(std::string_view);

} // namespace

class TestLexer : public QObject {
    Q_OBJECT

private slots:
    // ---------------------------------------------------------------- logical lines
    void splitLines_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QStringList>("lines"); // describe() of each non-blank logical line

        QTest::newRow("one line") << "machine frames=64" << QStringList { "1:1|machine frames=64" };
        QTest::newRow("two lines") << "a\nb" << QStringList { "1:1|a", "2:1|b" };
        QTest::newRow("crlf") << "a\r\nb\r\n" << QStringList { "1:1|a", "2:1|b" };
        QTest::newRow("comment") << "show tlb # the TLB" << QStringList { "1:1|show tlb " };
        QTest::newRow("comment only") << "# nothing\n   # more" << QStringList {};
        QTest::newRow("hash in string") << "echo \"a # b\" # c" << QStringList { "1:1|echo \"a # b\" " };
        QTest::newRow("escaped quote in string")
            << "echo \"a \\\" # b\" # c" << QStringList { "1:1|echo \"a \\\" # b\" " };
        QTest::newRow("continuation")
            << "machine \\\n  frames=64" << QStringList { "1:1|machine  / 2:1|  frames=64" };
        QTest::newRow("continuation with trailing blanks")
            << "a \\  \t\nb" << QStringList { "1:1|a  / 2:1|b" };
        QTest::newRow("continuation glued") << "a\\\nb" << QStringList { "1:1|a / 2:1|b" };
        QTest::newRow("three pieces")
            << "a \\\nb \\\nc\nd" << QStringList { "1:1|a  / 2:1|b  / 3:1|c", "4:1|d" };
        QTest::newRow("no continuation after comment") << "a # x \\\nb" << QStringList { "1:1|a ", "2:1|b" };
        QTest::newRow("no continuation in open string")
            << "echo \"a \\\nb" << QStringList { "1:1|echo \"a \\", "2:1|b" };
        QTest::newRow("lone backslash at eof") << "\\" << QStringList {};
        QTest::newRow("backslash at eof after text") << "sync \\" << QStringList { "1:1|sync " };
        QTest::newRow("blank lines keep numbers") << "\n\n  a\n" << QStringList { "3:1|  a" };
    }
    void splitLines()
    {
        QFETCH(QString, source);
        QFETCH(QStringList, lines);
        const std::string src = source.toStdString();
        QStringList got;
        for (const auto& l : script::splitLines(src, 1))
            if (!l.blank())
                got << describe(l);
        QCOMPARE(got, lines);
    }

    void splitLinesFirstLineAndJoin()
    {
        const std::string src = "  mmap p \\\n    len=4K   \\\n\tprivate  # c\n";
        const auto lines = script::splitLines(src, 10);
        QVERIFY(!lines.empty());
        QCOMPARE(lines[0].pieces.size(), std::size_t(3));
        QCOMPARE(lines[0].pieces[0].line, 10u);
        QCOMPARE(lines[0].pieces[2].line, 12u);
        QCOMPARE(q(lines[0].joined()), QStringLiteral("mmap p len=4K private"));
        QCOMPARE(lines[0].start().line, 10u);
        QCOMPARE(lines[0].start().column, 3u);
        QCOMPARE(lines[0].end().line, 12u);
        QCOMPARE(lines[0].end().column, 9u); // "\tprivate" ends at column 8
    }

    // ---------------------------------------------------------------- tokens
    void tokenize_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("tokens"); // kind:column:text[=value]

        QTest::newRow("bare") << "access p 0x1000" << QStringList { "B:1:access", "B:8:p", "B:10:0x1000" };
        QTest::newRow("blanks") << "  a\t b  " << QStringList { "B:3:a", "B:6:b" };
        QTest::newRow("option") << "mmap p len=16K" << QStringList { "B:1:mmap", "B:6:p", "O:8:len=16K" };
        QTest::newRow("option with string")
            << "file f fill=\"a b\"" << QStringList { "B:1:file", "B:6:f", "O:8:fill=\"a b\"" };
        QTest::newRow("string") << "echo \"hi there\"" << QStringList { "B:1:echo", "S:6:\"hi there\"" };
        QTest::newRow("option value with =") << "x k=a=b" << QStringList { "B:1:x", "O:3:k=a=b" };
        QTest::newRow("comma and colon")
            << "x set=p,rw bytes=de:ad" << QStringList { "B:1:x", "O:3:set=p,rw", "O:12:bytes=de:ad" };
    }
    void tokenize()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, tokens);
        const std::string src = line.toStdString();
        const auto lines = script::splitLines(src, 1);
        std::vector<Token> out;
        const auto err = tokenizeCommand(lines.at(0), out);
        QVERIFY2(!err, err ? render(err->message).c_str() : "");
        QStringList got;
        for (const auto& t : out) {
            const char* k = t.kind == Token::Kind::Bare ? "B" : t.kind == Token::Kind::String ? "S" : "O";
            got << QStringLiteral("%1:%2:%3")
                       .arg(QLatin1String(k))
                       .arg(t.pos.column)
                       .arg(QString::fromStdString(std::string(t.text)));
            QCOMPARE(t.end.column, t.pos.column + u32(t.text.size()));
            if (t.kind == Token::Kind::Option)
                QCOMPARE(t.valuePos.column, t.pos.column + u32(t.key.size()) + 1);
        }
        QCOMPARE(got, tokens);
    }

    void tokenizeDecodes()
    {
        const std::string src = "x \"a\\n\\t\\\\\\\"\\0\\x41\\xff\" k=\"\\x7e\"";
        const auto lines = script::splitLines(src, 1);
        std::vector<Token> out;
        QVERIFY(!tokenizeCommand(lines.at(0), out));
        QCOMPARE(out.size(), std::size_t(3));
        QCOMPARE(out[1].decoded, std::string("a\n\t\\\"\0A\xff", 8));
        QVERIFY(out[2].valueIsString);
        QCOMPARE(out[2].decoded, std::string("~"));
        QCOMPARE(std::string(out[2].value), std::string("\"\\x7e\""));
    }

    void tokenizeErrors_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");

        QTest::newRow("unterminated") << "echo \"abc" << 6 << "unterminated string (missing closing '\"')";
        QTest::newRow("unterminated by escape")
            << "echo \"abc\\\"" << 6 << "unterminated string (missing closing '\"')";
        QTest::newRow("bad escape")
            << "echo \"a\\qb\"" << 8
            << "unknown escape '\\q' in string (expected \\n, \\t, \\\\, \\\", \\0 or \\xNN)";
        QTest::newRow("bad \\x") << "echo \"\\x4g\"" << 7 << "'\\x' in a string needs two hex digits (\\xNN)";
        QTest::newRow("short \\x") << "echo \"\\x4\"" << 7
                                   << "'\\x' in a string needs two hex digits (\\xNN)";
        QTest::newRow("junk after string")
            << "echo \"a\"b" << 9 << "expected a blank after the string, found 'b'";
        QTest::newRow("quote inside word") << "echo ab\"c\"" << 8 << "unexpected '\"' after 'ab'";
        QTest::newRow("no key") << "x =5" << 3 << "expected an option name before '=', found '=5'";
        QTest::newRow("no value")
            << "mmap p len=" << 8
            << "missing value for option 'len' (write len=VALUE with no blank around '=')";
        QTest::newRow("bad escape in option string")
            << "file f fill=\"\\z\"" << 14
            << "unknown escape '\\z' in string (expected \\n, \\t, \\\\, \\\", \\0 or \\xNN)";
        QTest::newRow("junk after option string")
            << "file f fill=\"a\"x" << 16 << "expected a blank after the string, found 'x'";
    }
    void tokenizeErrors()
    {
        QFETCH(QString, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const std::string src = line.toStdString();
        const auto lines = script::splitLines(src, 1);
        std::vector<Token> out;
        const auto err = tokenizeCommand(lines.at(0), out);
        QVERIFY(err.has_value());
        QCOMPARE(q(err->message), message);
        QCOMPARE(int(err->pos.column), column);
        QCOMPARE(err->pos.line, 1u);
    }

    void tokensKeepLinesAcrossContinuation()
    {
        const std::string src = "pte p 0x1000 \\\n   level=1 \\\n set=p";
        const auto lines = script::splitLines(src, 5);
        std::vector<Token> out;
        QVERIFY(!tokenizeCommand(lines.at(0), out));
        QCOMPARE(out.size(), std::size_t(5));
        QCOMPARE(out[3].pos.line, 6u);
        QCOMPARE(out[3].pos.column, 4u);
        QCOMPARE(out[4].pos.line, 7u);
        QCOMPARE(out[4].pos.column, 2u);
        QCOMPARE(out[4].valuePos.column, 6u);
    }

    // ---------------------------------------------------------------- values
    void values_data()
    {
        QTest::addColumn<int>("kind"); // index into parsers()
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<quint64>("number");
        QTest::addColumn<quint64>("second");
        QTest::addColumn<QString>("error"); // exact message when !ok

        enum { Num, Size, Time, Signed, Prot, Flags, Pair };
        auto good = [](const char* name, int kind, const char* text, quint64 n, quint64 second = 0) {
            QTest::newRow(name) << kind << QString::fromLatin1(text) << true << n << second << QString();
        };
        auto bad = [](const char* name, int kind, const char* text, const char* error) {
            QTest::newRow(name) << kind << QString::fromLatin1(text) << false << quint64(0) << quint64(0)
                                << QString::fromLatin1(error);
        };

        good("dec", Num, "4096", 4096);
        good("dec zero", Num, "0", 0);
        good("dec leading zero is decimal", Num, "010", 10);
        good("dec sep", Num, "1_000_000", 1000000);
        good("hex", Num, "0x7fff_ffff_f000", 0x7fff'ffff'f000ull);
        good("hex upper digits", Num, "0xDEADbeef", 0xdeadbeefull);
        good("hex upper prefix", Num, "0XFF", 255);
        good("bin", Num, "0b1010_0101", 0xa5);
        good("u64 max", Num, "18446744073709551615", ~0ull);
        good("u64 max hex", Num, "0xffff_ffff_ffff_ffff", ~0ull);
        bad("empty", Num, "", "expected a number, found ''");
        bad("word", Num, "x12", "expected a number, found 'x12'");
        bad("bare 0x", Num, "0x", "expected a number, found '0x'");
        bad("bare 0b", Num, "0b", "expected a number, found '0b'");
        bad("bin digit", Num, "0b102", "expected a number, found '0b102'");
        bad("hex digit", Num, "0x1g", "expected a number, found '0x1g'");
        bad("double sep", Num, "1__0", "expected a number, found '1__0'");
        bad("trailing sep", Num, "10_", "expected a number, found '10_'");
        bad("sep after prefix", Num, "0x_10", "expected a number, found '0x_10'");
        bad("suffix", Num, "12a", "expected a number, found '12a'");
        bad("negative", Num, "-1", "expected a number, found '-1'");
        bad("dec overflow", Num, "18446744073709551616",
            "number '18446744073709551616' does not fit in 64 bits");
        bad("hex overflow", Num, "0x1_0000_0000_0000_0000",
            "number '0x1_0000_0000_0000_0000' does not fit in 64 bits");
        bad("huge", Num, "99999999999999999999999999999999999999999999999",
            "number '9999999999999999999999999999999999999...' does not fit in 64 bits");

        good("size plain", Size, "4096", 4096);
        good("size K", Size, "16K", 16384);
        good("size M", Size, "2M", 2ull << 20);
        good("size G", Size, "1G", 1ull << 30);
        good("size T", Size, "3T", 3ull << 40);
        good("size hex K", Size, "0x10K", 16384);
        good("size largest T", Size, "16777215T", 16777215ull << 40);
        bad("size T overflow", Size, "16777216T", "size '16777216T' does not fit in 64 bits");
        bad("size lower k", Size, "16k",
            "expected a size (a number with an optional K, M, G or T suffix), found '16k'");
        bad("size KB", Size, "16KB",
            "expected a size (a number with an optional K, M, G or T suffix), found '16KB'");
        bad("size suffix only", Size, "K",
            "expected a size (a number with an optional K, M, G or T suffix), found 'K'");
        bad("size digits overflow", Size, "18446744073709551616K",
            "size '18446744073709551616K' does not fit in 64 bits");

        good("time ns", Time, "250ns", 250);
        good("time us", Time, "5us", 5000);
        good("time ms", Time, "3ms", 3000000);
        good("time s", Time, "2s", 2000000000);
        good("time bare is ns", Time, "7", 7);
        good("time hex", Time, "0x10us", 16000);
        bad("time hours", Time, "1h", "expected a time (a number with ns, us, ms or s), found '1h'");
        bad("time unit only", Time, "ms", "expected a time (a number with ns, us, ms or s), found 'ms'");
        bad("time overflow", Time, "18446744073709551615s",
            "time '18446744073709551615s' does not fit in 64 bits");

        good("signed positive", Signed, "5", 5);
        good("signed negative", Signed, "-3", quint64(-3ll));
        good("signed hex negative", Signed, "-0x10", quint64(-16ll));
        good("signed min", Signed, "-0x8000_0000_0000_0000", 0x8000'0000'0000'0000ull);
        good("signed max", Signed, "9223372036854775807", 0x7fff'ffff'ffff'ffffull);
        good("signed above i64 max", Signed, "9223372036854775808",
            0x8000'0000'0000'0000ull); // write p A 0xffff... size=8
        good("signed u64 max", Signed, "0xffff_ffff_ffff_ffff", ~0ull);
        bad("signed too big", Signed, "18446744073709551616",
            "number '18446744073709551616' does not fit in 64 bits");
        bad("signed too small", Signed, "-9223372036854775809",
            "number '-9223372036854775809' does not fit in 64 bits");
        bad("signed double minus", Signed, "--1", "expected a number (optionally negative), found '--1'");
        bad("signed plus", Signed, "+1", "expected a number (optionally negative), found '+1'");
        bad("signed minus only", Signed, "-", "expected a number (optionally negative), found '-'");

        good("prot none", Prot, "none", 0);
        good("prot r", Prot, "r", 1);
        good("prot w", Prot, "w", 2);
        good("prot x", Prot, "x", 4);
        good("prot rw", Prot, "rw", 3);
        good("prot rx", Prot, "rx", 5);
        good("prot wx", Prot, "wx", 6);
        good("prot rwx", Prot, "rwx", 7);
        const char* protError
            = "expected a protection (none, or r, w, x combined in that order: r, rw, rx, rwx, ...), found ";
        bad("prot out of order", Prot, "wr", (std::string(protError) + "'wr'").c_str());
        bad("prot repeated", Prot, "rr", (std::string(protError) + "'rr'").c_str());
        bad("prot xw", Prot, "xw", (std::string(protError) + "'xw'").c_str());
        bad("prot empty", Prot, "", (std::string(protError) + "''").c_str());
        bad("prot dash", Prot, "r-x", (std::string(protError) + "'r-x'").c_str());
        bad("prot upper", Prot, "RW", (std::string(protError) + "'RW'").c_str());
        bad("prot none plus", Prot, "noner", (std::string(protError) + "'noner'").c_str());

        good("flags p", Flags, "p", pte::P);
        good("flags three", Flags, "p,rw,us", pte::P | pte::RW | pte::US);
        good("flags all", Flags, "p,rw,us,pwt,pcd,a,d,ps,g,nx",
            pte::P | pte::RW | pte::US | pte::PWT | pte::PCD | pte::A | pte::D | pte::PS | pte::G | pte::NX);
        good("flags nx", Flags, "nx", pte::NX);
        good("flags repeated", Flags, "p,p", pte::P);
        const char* flagList
            = "expected a comma list of flags (p, rw, us, pwt, pcd, a, d, ps, g, nx), found ";
        bad("flags empty", Flags, "", (std::string(flagList) + "''").c_str());
        bad("flags trailing comma", Flags, "p,", (std::string(flagList) + "'p,'").c_str());
        bad("flags leading comma", Flags, ",p", (std::string(flagList) + "',p'").c_str());
        bad("flags unknown", Flags, "p,foo",
            "unknown flag 'foo' (expected a comma list of p, rw, us, pwt, pcd, a, d, ps, g, nx)");
        bad("flags upper", Flags, "P",
            "unknown flag 'P' (expected a comma list of p, rw, us, pwt, pcd, a, d, ps, g, nx)");

        good("pair", Pair, "16:4", 16, 4);
        good("pair single", Pair, "16", 16, 0);
        good("pair hex bin", Pair, "0x10:0b10", 16, 2);
        bad("pair empty second", Pair, "16:", "expected ENTRIES[:WAYS] such as 16:4, found '16:'");
        bad("pair empty first", Pair, ":4", "expected ENTRIES[:WAYS] such as 16:4, found ':4'");
        bad("pair words", Pair, "a:b", "expected ENTRIES[:WAYS] such as 16:4, found 'a:b'");
        bad("pair triple", Pair, "16:4:2", "expected ENTRIES[:WAYS] such as 16:4, found '16:4:2'");
        bad("pair overflow", Pair, "1:18446744073709551616",
            "number '18446744073709551616' does not fit in 64 bits");
    }
    void values()
    {
        QFETCH(int, kind);
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(quint64, number);
        QFETCH(quint64, second);
        QFETCH(QString, error);
        static const Parser parsers[]
            = { parseNumber, parseSize, parseTime, parseSigned, parseProt, parseFlags, parsePair };
        const std::string t = text.toStdString();
        const Converted c = parsers[kind](t);
        QCOMPARE(c.ok, ok);
        if (ok) {
            QCOMPARE(quint64(c.number), number);
            QCOMPARE(quint64(c.second), second);
            if (kind == 3)
                QCOMPARE(c.sign, static_cast<i64>(number));
        } else {
            QCOMPARE(q(c.error), error);
            QVERIFY(c.errorOffset <= t.size());
        }
    }

    void errorOffsets()
    {
        QCOMPARE(parseFlags("p,rw,foo").errorOffset, std::size_t(5));
        QCOMPARE(parseBytes("de:ad:zz").errorOffset, std::size_t(6));
        QCOMPARE(parseBytes("de;ad").errorOffset, std::size_t(2));
        QCOMPARE(parsePair("16:x").errorOffset, std::size_t(3));
    }

    void bytes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("bytes"); // empty: invalid

        QTest::newRow("four") << "de:ad:be:ef" << QByteArray::fromHex("deadbeef");
        QTest::newRow("one") << "ff" << QByteArray::fromHex("ff");
        QTest::newRow("upper") << "DE:aD" << QByteArray::fromHex("dead");
        QTest::newRow("zero") << "00:00" << QByteArray("\0\0", 2);
        QTest::newRow("no separators") << "dead" << QByteArray();
        QTest::newRow("single digit") << "d:e" << QByteArray();
        QTest::newRow("trailing colon") << "de:ad:" << QByteArray();
        QTest::newRow("leading colon") << ":de" << QByteArray();
        QTest::newRow("not hex") << "g0" << QByteArray();
        QTest::newRow("three digits") << "dea" << QByteArray();
        QTest::newRow("empty") << "" << QByteArray();
    }
    void bytes()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, bytes);
        const Converted c = parseBytes(text.toStdString());
        QCOMPARE(c.ok, !bytes.isEmpty());
        if (c.ok)
            QCOMPARE(
                QByteArray(reinterpret_cast<const char*>(c.bytes.data()), qsizetype(c.bytes.size())), bytes);
        else
            QCOMPARE(q(c.error),
                "expected bytes as hex pairs separated by ':' (de:ad:be:ef), found '" + text + "'");
    }

    void reals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("value");
        QTest::newRow("half") << "0.5" << true << 0.5;
        QTest::newRow("one") << "1" << true << 1.0;
        QTest::newRow("fraction") << "1.25" << true << 1.25;
        QTest::newRow("zero") << "0" << true << 0.0;
        QTest::newRow("leading dot") << ".5" << false << 0.0;
        QTest::newRow("trailing dot") << "1." << false << 0.0;
        QTest::newRow("exponent") << "1e3" << false << 0.0;
        QTest::newRow("negative") << "-0.5" << false << 0.0;
        QTest::newRow("two dots") << "1.2.3" << false << 0.0;
        QTest::newRow("word") << "half" << false << 0.0;
    }
    void reals()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(double, value);
        const Converted c = parseReal(text.toStdString());
        QCOMPARE(c.ok, ok);
        if (ok)
            QCOMPARE(c.real, value);
        else
            QCOMPARE(q(c.error), "expected a decimal number such as 0.5, found '" + text + "'");
    }

    void words_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("word");
        QTest::addColumn<bool>("path");
        QTest::newRow("letter") << "p" << true << true;
        QTest::newRow("underscore") << "_x" << true << true;
        QTest::newRow("dots digits") << "a.b_1.2" << true << true;
        QTest::newRow("digit first") << "1a" << false << true;
        QTest::newRow("upper") << "Shell" << false << true;
        QTest::newRow("dash") << "a-b" << false << true;
        QTest::newRow("dot first") << ".a" << false << true;
        QTest::newRow("empty") << "" << false << false;
        QTest::newRow("path") << "traces/ls.trace" << false << true;
        QTest::newRow("colon") << "a:b" << false << false;
    }
    void words()
    {
        QFETCH(QString, text);
        QFETCH(bool, word);
        QFETCH(bool, path);
        QCOMPARE(isWord(text.toStdString()), word);
        QCOMPARE(isPath(text.toStdString()), path);
    }

    void quotedEscapesAndShortens()
    {
        QCOMPARE(q(quote("abc")), QStringLiteral("'abc'"));
        QCOMPARE(q(quote(std::string("a\0\n\xff", 4))), QStringLiteral("'a\\x00\\x0a\\xff'"));
        const std::string longText(100, 'z');
        const std::string shown = quote(longText);
        QCOMPARE(shown.size(), std::size_t(37 + 3 + 2));
        QVERIFY(shown.ends_with("...'"));
    }
};

QTEST_APPLESS_MAIN(TestLexer)
#include "test_lexer.moc"
