// The trace readers (engine/trace/trace_reader.h): lackey records (I/L/S/M, the banner,
// accesses crossing a page), pages and addresses with R/W, malformed lines naming FILE:LINE,
// the limit, and lines split across the reader's buffer.
#include "trace/trace_reader.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>

using namespace pagelab;
using namespace pagelab::trace;

namespace {

std::string writeFile(const QTemporaryDir& dir, const std::string& name, const std::string& text)
{
    const std::string path = dir.filePath(QString::fromStdString(name)).toStdString();
    std::FILE* f = std::fopen(path.c_str(), "wb");
    std::fwrite(text.data(), 1, text.size(), f);
    std::fclose(f);
    return path;
}

} // namespace

class TestTraceReader : public QObject {
    Q_OBJECT

private slots:
    void formats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // page[w] ...
        QTest::newRow("pages decimal and hex") << "pages"
                                               << "1\n0x10\n  7 W\n8 r\n"
                                               << "1 16 7w 8";
        QTest::newRow("pages comments, blanks, CRLF") << "pages"
                                                      << "# c\n\n3\r\n4 w\r\n"
                                                      << "3 4w";
        QTest::newRow("pages last line without newline") << "pages"
                                                         << "5\n6"
                                                         << "5 6";
        QTest::newRow("addresses") << "addresses"
                                   << "0x1000\n1fff W\n0x7ffd1234 R\n"
                                   << "1 1w 524241";
        QTest::newRow("lackey banner and records")
            << "lackey"
            << "==1== Lackey\nI  04001000,3\n S 04222cac,8\n L 04222cac,8\n"
            << "16385 16930w 16930";
        QTest::newRow("lackey modify is a load then a store") << "lackey"
                                                              << " M 04223ff0,4\n"
                                                              << "16931 16931w";
        QTest::newRow("lackey access crossing a page touches both") << "lackey"
                                                                    << " L 04224ffc,8\n"
                                                                    << "16932 16933";
    }
    void formats()
    {
        QFETCH(QString, format);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const std::string path = writeFile(dir, "t", text.toStdString());
        std::vector<u64> refs;
        std::string error;
        QVERIFY2(readTrace(path, *parseTraceFormat(format.toStdString()), 0, refs, error), error.c_str());
        QStringList got;
        for (u64 r : refs)
            got << QString::number(refPage(r)) + (refWrite(r) ? "w" : "");
        QCOMPARE(got.join(' '), expected);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("before"); // references read before the bad line
        QTest::newRow("pages letter") << "pages"
                                      << "1\n2\nx3\n4\n"
                                      << 3 << 2;
        QTest::newRow("pages bad R/W") << "pages"
                                       << "1 Q\n"
                                       << 1 << 0;
        QTest::newRow("pages trailing junk") << "pages"
                                             << "1\n2 W extra\n"
                                             << 2 << 1;
        QTest::newRow("addresses not hex") << "addresses"
                                           << "0x10\nzz\n"
                                           << 2 << 1;
        QTest::newRow("lackey unknown record") << "lackey"
                                               << "I  0400,1\n X 0400,1\n"
                                               << 2 << 1;
        QTest::newRow("lackey no size") << "lackey"
                                        << " L 0400\n"
                                        << 1 << 0;
        QTest::newRow("lackey size zero") << "lackey"
                                          << " L 0400,0\n"
                                          << 1 << 0;
    }
    void malformed()
    {
        QFETCH(QString, format);
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, before);
        QTemporaryDir dir;
        const std::string path = writeFile(dir, "bad.trace", text.toStdString());
        std::vector<u64> refs;
        std::string error;
        QVERIFY(!readTrace(path, *parseTraceFormat(format.toStdString()), 0, refs, error));
        const std::string prefix = path + ":" + std::to_string(line) + ": error: ";
        QVERIFY2(error.rfind(prefix, 0) == 0, error.c_str());
        QCOMPARE(int(refs.size()), before);
    }

    void missing_file()
    {
        std::vector<u64> refs;
        std::string error;
        QVERIFY(!readTrace("/nonexistent/x.pages", TraceFormat::Pages, 0, refs, error));
        QVERIFY(error.find("cannot open") != std::string::npos);
    }

    void limit_caps_references()
    {
        QTemporaryDir dir;
        const std::string path = writeFile(dir, "t", "1\n2\n3\nbad\n");
        std::vector<u64> refs;
        std::string error;
        // The limit stops before the bad line: it is never read.
        QVERIFY(readTrace(path, TraceFormat::Pages, 3, refs, error));
        QCOMPARE(refs.size(), std::size_t { 3 });
        // A lackey M line gives two references: the limit cuts inside it.
        const std::string lk = writeFile(dir, "l", " M 1000,4\n M 2000,4\n");
        refs.clear();
        QVERIFY(readTrace(lk, TraceFormat::Lackey, 3, refs, error));
        QCOMPARE(refs.size(), std::size_t { 3 });
        QCOMPARE(refPage(refs[2]), u64 { 2 });
    }

    void big_file_across_buffers()
    {
        // More than the 1 MiB buffer: lines split between reads must parse.
        QTemporaryDir dir;
        std::string text;
        const u64 n = 300000;
        for (u64 i = 0; i < n; ++i)
            text += std::to_string(i * 7919 % 100003) + (i % 3 == 0 ? " W\n" : "\n");
        QVERIFY(text.size() > (1u << 20));
        const std::string path = writeFile(dir, "big", text);
        std::vector<u64> refs;
        std::string error;
        QVERIFY(readTrace(path, TraceFormat::Pages, 0, refs, error));
        QCOMPARE(refs.size(), std::size_t(n));
        for (u64 i = 0; i < n; ++i) {
            QCOMPARE(refPage(refs[i]), i * 7919 % 100003);
            QCOMPARE(refWrite(refs[i]), i % 3 == 0);
        }
    }

    void round_trip_pages_writer()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("w").toStdString();
        const std::vector<u64> refs = { makeRef(5, false), makeRef(1u << 30, true), makeRef(0, false) };
        std::FILE* f = std::fopen(path.c_str(), "wb");
        QVERIFY(writePagesTrace(f, refs));
        std::fclose(f);
        std::vector<u64> back;
        std::string error;
        QVERIFY(readTrace(path, TraceFormat::Pages, 0, back, error));
        QCOMPARE(back, refs);
    }
};

QTEST_APPLESS_MAIN(TestTraceReader)
#include "test_trace_reader.moc"
