// `expect EXPR`: every term, every operator, negative numbers, and the errors.
#include "script/parser.h"

#include <QtTest/QtTest>

using namespace pagelab;
using namespace pagelab::script;

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QString describe(const ExprTerm& t)
{
    using K = ExprTerm::Kind;
    switch (t.kind) {
    case K::Number:
        return (t.negative ? QStringLiteral("num:-") : QStringLiteral("num:")) + QString::number(t.number);
    case K::String: return QStringLiteral("str:") + q(t.string);
    case K::Ret: return QStringLiteral("ret");
    case K::ValueField: return QStringLiteral("value");
    case K::Data: return QStringLiteral("data");
    case K::Signal: return QStringLiteral("signal");
    case K::ErrorCode: return QStringLiteral("error_code");
    case K::Stat: return QStringLiteral("stat:") + q(t.name);
    case K::Pte:
        return QStringLiteral("pte:%1:%2:%3:%4")
            .arg(q(t.name))
            .arg(t.addr, 0, 16)
            .arg(t.level)
            .arg(q(t.field));
    case K::Frame: return QStringLiteral("frame:%1:%2").arg(t.number).arg(q(t.field));
    case K::Swap: return QStringLiteral("swap:%1:%2").arg(q(t.name)).arg(q(t.field));
    }
    return {};
}

const char* opName(CompareOp op)
{
    switch (op) {
    case CompareOp::Eq: return "==";
    case CompareOp::Ne: return "!=";
    case CompareOp::Lt: return "<";
    case CompareOp::Le: return "<=";
    case CompareOp::Gt: return ">";
    case CompareOp::Ge: return ">=";
    }
    return "?";
}

} // namespace

class TestExpressions : public QObject {
    Q_OBJECT

private slots:
    void valid_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("lhs");
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("rhs");
        QTest::addColumn<QString>("text");

        auto row = [](const char* tag, const char* line, const char* lhs, const char* op, const char* rhs,
                       const char* text) {
            QTest::newRow(tag) << QString::fromLatin1(line) << QString::fromLatin1(lhs)
                               << QString::fromLatin1(op) << QString::fromLatin1(rhs)
                               << QString::fromLatin1(text);
        };
        row("ret eq", "expect ret == 0", "ret", "==", "num:0", "ret == 0");
        row("ne", "expect value != 0x10", "value", "!=", "num:16", "value != 0x10");
        row("lt", "expect data < 1", "data", "<", "num:1", "data < 1");
        row("le", "expect error_code <= 7", "error_code", "<=", "num:7", "error_code <= 7");
        row("gt", "expect stats.tlb_hits > 2", "stat:tlb_hits", ">", "num:2", "stats.tlb_hits > 2");
        row("ge", "expect stats.page_faults >= 0b11", "stat:page_faults", ">=", "num:3",
            "stats.page_faults >= 0b11");
        row("no blanks", "expect ret==-14", "ret", "==", "num:-18446744073709551602", "ret==-14");
        row("negative lhs", "expect -1 < ret", "num:-18446744073709551615", "<", "ret", "-1 < ret");
        row("signal string", "expect signal == \"SIGSEGV\"", "signal", "==", "str:SIGSEGV",
            "signal == \"SIGSEGV\"");
        row("string escapes", "expect data == \"a\\x41\\n\"", "data", "==", "str:aA\n",
            "data == \"a\\x41\\n\"");
        row("string with hash", "expect data == \"#1\" # comment", "data", "==", "str:#1", "data == \"#1\"");
        row("pte flag", "expect pte(p, 0x00ff_0000_0000_1000, 5).a == 1", "pte:p:ff000000001000:5:a",
            "==", "num:1", "pte(p, 0x00ff_0000_0000_1000, 5).a == 1");
        row("pte pfn", "expect pte(shell,0x400000,1).pfn == 40", "pte:shell:400000:1:pfn", "==", "num:40",
            "pte(shell,0x400000,1).pfn == 40");
        row("pte entry spaced", "expect pte ( p , 4096 , 1 ) . entry != 0", "pte:p:1000:1:entry",
            "!=", "num:0", "pte ( p , 4096 , 1 ) . entry != 0");
        row("pte nx", "expect pte(a.b, 0x1000, 2).nx == 0", "pte:a.b:1000:2:nx", "==", "num:0",
            "pte(a.b, 0x1000, 2).nx == 0");
        row("frame owner", "expect frame(12).owner == \"shell\"", "frame:12:owner", "==", "str:shell",
            "frame(12).owner == \"shell\"");
        row("frame use", "expect frame(0x10).use == \"free\"", "frame:16:use", "==", "str:free",
            "frame(0x10).use == \"free\"");
        row("swap used", "expect swap(fast).used > 0", "swap:fast:used", ">", "num:0", "swap(fast).used > 0");
        row("terms both sides", "expect ret == value", "ret", "==", "value", "ret == value");
        row("u64 max", "expect value == 0xffff_ffff_ffff_ffff", "value", "==", "num:18446744073709551615",
            "value == 0xffff_ffff_ffff_ffff");
        row("i64 min", "expect ret == -0x8000_0000_0000_0000", "ret", "==", "num:-9223372036854775808",
            "ret == -0x8000_0000_0000_0000");
        row("continued", "expect pte(p, \\\n  0x1000, 1).d \\\n == 1", "pte:p:1000:1:d", "==", "num:1",
            "pte(p, 0x1000, 1).d == 1");
        row("indented", "   expect   ret ==   0   ", "ret", "==", "num:0", "ret ==   0");
    }
    void valid()
    {
        QFETCH(QString, line);
        QFETCH(QString, lhs);
        QFETCH(QString, op);
        QFETCH(QString, rhs);
        QFETCH(QString, text);
        const ParseResult r = parse(line.toStdString(), "e.vms");
        QVERIFY2(r.ok(), r.ok() ? "" : r.diagnostics[0].format().c_str());
        QCOMPARE(r.script.commands.size(), std::size_t(1));
        const Command& c = r.script.commands[0];
        QCOMPARE(q(c.name), QStringLiteral("expect"));
        QVERIFY(c.expr.has_value());
        QVERIFY(c.args.empty() && c.options.empty() && c.flags.empty());
        QCOMPARE(describe(c.expr->lhs), lhs);
        QCOMPARE(QString::fromLatin1(opName(c.expr->op)), op);
        QCOMPARE(describe(c.expr->rhs), rhs);
        QCOMPARE(q(c.expr->text), text);
    }

    void negativeNumbersAreTwosComplement()
    {
        const ParseResult r = parse("expect ret == -14", "e");
        QVERIFY(r.ok());
        const ExprTerm& t = r.script.commands[0].expr->rhs;
        QVERIFY(t.negative);
        QCOMPARE(static_cast<i64>(t.number), i64(-14));
        const ParseResult p = parse("expect ret == 14", "e");
        QVERIFY(!p.script.commands[0].expr->rhs.negative);
    }

    void termPositions()
    {
        const ParseResult r = parse("expect  pte(p, 0x1000, 1).a  ==  \"x\"", "e");
        QVERIFY(r.ok());
        const Expr& e = *r.script.commands[0].expr;
        QCOMPARE(e.lhs.pos.column, 9u);
        QCOMPARE(e.rhs.pos.column, 34u);
        const ParseResult c = parse("expect ret \\\n  == -5", "e");
        QVERIFY(c.ok());
        QCOMPARE(c.script.commands[0].expr->rhs.pos.line, 2u);
        QCOMPARE(c.script.commands[0].expr->rhs.pos.column, 6u);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("line_no");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");

        auto row = [](const char* tag, const char* line, int column, const char* message, int lineNo = 1) {
            QTest::newRow(tag) << QString::fromLatin1(line) << lineNo << column
                               << QString::fromLatin1(message);
        };
        const QString terms
            = QStringLiteral("a number, a string, ret, value, data, signal, error_code, stats.KEY, "
                             "pte(NAME, ADDR, LEVEL).FIELD, frame(N).FIELD or swap(NAME).FIELD");
        row("alone", "expect", 7, "missing expression after 'expect' (e.g. expect ret == 0)");
        row("alone with comment", "expect   # nothing", 7,
            "missing expression after 'expect' (e.g. expect ret == 0)");
        row("no operator", "expect ret", 11,
            "expected a comparison operator (==, !=, <, <=, >, >=) after 'ret'");
        row("no operator after pte", "expect pte(p,1,1).a", 20,
            "expected a comparison operator (==, !=, <, <=, >, >=) after 'pte(p,1,1).a'");
        row("not an operator", "expect ret 0", 12,
            "expected a comparison operator (==, !=, <, <=, >, >=), found '0'");
        row("single =", "expect ret = 0", 12, "'=' is not a comparison: use '==' (or !=, <, <=, >, >=)");
        row("lone !", "expect ret ! 0", 12, "expected '!=', found '!'");
        row("no rhs", "expect ret ==", 14, "missing the right-hand side of the comparison after '=='");
        row("junk after rhs", "expect ret == 0 junk", 17, "unexpected 'junk' after the expression");
        row("second comparison", "expect ret == 0 == 1", 17, "unexpected '==' after the expression");
        row("unknown term", "expect rett == 0", 8, "unknown term 'rett' (did you mean 'ret'?)");
        row("unknown term far", "expect banana == 0", 8,
            ("unknown term 'banana' (expected " + terms + ")").toLatin1().constData());
        row("upper-case term", "expect RET == 0", 8,
            "unknown term 'RET' (expected a number, a string, ret, value, data, signal, "
            "error_code, stats.KEY, pte(NAME, ADDR, LEVEL).FIELD, frame(N).FIELD or swap(NAME).FIELD)");
        row("operator first", "expect == 1", 8,
            ("expected " + terms + ", found '=='").toLatin1().constData());
        row("rhs is junk", "expect ret == @", 15,
            ("expected " + terms + ", found '@'").toLatin1().constData());
        row("stats without key", "expect stats == 1", 8,
            "expected stats.KEY such as stats.tlb_hits, found 'stats'");
        row("stats dot", "expect stats. == 1", 8,
            "expected stats.KEY such as stats.tlb_hits, found 'stats.'");
        row("number overflow", "expect 18446744073709551616 == 1", 8,
            "number '18446744073709551616' does not fit in 64 bits");
        row("negative overflow", "expect ret == -9223372036854775809", 15,
            "number '-9223372036854775809' does not fit in 64 bits");
        row("bad number", "expect ret == 12abc", 15, "expected a number, found '12abc'");
        row("unterminated", "expect signal == \"SIGSEGV", 18, "unterminated string (missing closing '\"')");
        row("bad escape", "expect data == \"\\y\"", 17,
            "unknown escape '\\y' in string (expected \\n, \\t, \\\\, \\\", \\0 or \\xNN)");
        row("pte no paren", "expect pte == 1", 12, "expected '(' after 'pte', found '=='");
        row("pte missing comma", "expect pte(p, 0x1000).a == 1", 21,
            "expected ',' after '0x1000', found ')'");
        row("pte bad name", "expect pte(1, 0x1000, 1).a == 1", 12,
            "expected a process NAME ([a-z_][a-z0-9_.]*) after '(', found '1'");
        row("pte bad addr", "expect pte(p, q, 1).a == 1", 15,
            "expected ADDR (a number) after ',', found 'q'");
        row("pte negative addr", "expect pte(p, -1, 1).a == 1", 15,
            "expected ADDR (a number) after ',', found '-1'");
        row("pte missing field", "expect pte(p, 0x1000, 1)", 25,
            "expected '.FIELD' after ')', found the end of the line");
        row("pte bad field", "expect pte(p, 0x1000, 1).zz == 1", 26,
            "expected a field of pte(...) (one of p, rw, us, pwt, pcd, a, d, ps, g, nx, pfn, entry), found "
            "'zz'");
        row("pte unclosed", "expect pte(p, 0x1000, 1", 24,
            "expected ')' after '1', found the end of the line");
        row("frame bad n", "expect frame(x).owner == \"free\"", 14,
            "expected N (a number) after '(', found 'x'");
        row("frame bad field", "expect frame(1).pid == 1", 17,
            "expected a field of frame(...) (one of owner, use), found 'pid'");
        row("swap bad field", "expect swap(s).free == 1", 16,
            "expected a field of swap(...) (one of used, size, prio, outs, ins), found 'free'");
        row("on continued line", "expect ret \\\n == \\\n 0 0", 4, "unexpected '0' after the expression", 3);
    }
    void errors()
    {
        QFETCH(QString, line);
        QFETCH(int, line_no);
        QFETCH(int, column);
        QFETCH(QString, message);
        const ParseResult r = parse(line.toStdString(), "e.vms");
        QCOMPARE(r.diagnostics.size(), std::size_t(1));
        QCOMPARE(q(r.diagnostics[0].message), message);
        QCOMPARE(int(r.diagnostics[0].pos.line), line_no);
        QCOMPARE(int(r.diagnostics[0].pos.column), column);
        QVERIFY(r.script.commands.empty());
    }

    void expectIsAWordNotAPrefix()
    {
        // `expected` is not `expect`: an unknown command with a suggestion.
        const ParseResult r = parse("expected ret == 0", "e");
        QCOMPARE(r.diagnostics.size(), std::size_t(1));
        QCOMPARE(q(r.diagnostics[0].message),
            QStringLiteral("unknown command 'expected' (did you mean 'expect'?)"));
    }
};

QTEST_APPLESS_MAIN(TestExpressions)
#include "test_expressions.moc"
