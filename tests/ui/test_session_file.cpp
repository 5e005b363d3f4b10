// Saving and restoring a whole session: the state and the player's position come back
// exactly; a damaged or foreign file gives an error with file, line and column and leaves
// the current session untouched; the file is written atomically.
#include "export/view_exporter.h"
#include "machine/machine.h"
#include "player/player.h"
#include "session/session_file.h"

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace pagelab;
using pagelab::ui::Player;
using pagelab::ui::SessionFile;

namespace {
const char* kScenario = "machine frames=32\n"
                        "process a layout=classic\n"
                        "mmap a len=0x4000 at=0x10000000 prot=rw private anon\n"
                        "write a 0x10000000 0x1234\n"
                        "fork b a\n"
                        "write b 0x10000000 0x99\n"
                        "read a 0x10000000\n";

QString fingerprint(const Player& p)
{
    const Machine& m = p.state().machine();
    QString s = QStringLiteral("%1/%2/%3 ").arg(p.historySize()).arg(p.queueSize()).arg(p.shownEvents());
    s += QStringLiteral("faults=%1 accesses=%2 ").arg(m.stats().pageFaults).arg(m.stats().accesses);
    for (Pfn f = 0; f < m.memory().frameCount(); ++f)
        s += QString::number(m.memory().read64(f * kPageSize), 16) + QLatin1Char(',');
    return s;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
} // namespace

class TestSessionFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsStateAndCursor()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.pagelab"));
        Player p;
        p.load(QString::fromUtf8(kScenario), QStringLiteral("lesson.vms"));
        for (int i = 0; i < 5; ++i)
            p.next();
        p.step(); // inside the sixth command
        p.step();
        const QString before = fingerprint(p);
        QVERIFY(SessionFile::save(path, p).isEmpty());

        Player q;
        QVERIFY(SessionFile::restore(path, q).isEmpty());
        QCOMPARE(fingerprint(q), before);
        // The rest of the scenario is still waiting, and runs as it would have.
        q.finish();
        p.finish();
        QCOMPARE(fingerprint(q), fingerprint(p));
        QCOMPARE(q.allCommands().front().file, QStringLiteral("lesson.vms"));
    }

    void damagedFileLeavesTheSessionUntouched_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("{\n  \"format\": \"pagelab-session\",\n  oops\n}")
                                  << QStringLiteral("s.pagelab:3:");
        QTest::newRow("foreign") << QByteArray("{\"format\": \"something\"}")
                                 << QStringLiteral("not a PageLab session");
        QTest::newRow("newer") << QByteArray("{\"format\": \"pagelab-session\", \"version\": 99}")
                               << QStringLiteral("version 99");
        QTest::newRow("bad command") << QByteArray(
            "{\"format\": \"pagelab-session\", \"version\": 1, \"position\": 1, \"shown\": 0,"
            " \"commands\": [{\"file\": \"x.vms\", \"line\": 4, \"first\": true, \"text\": \"acces a\"}]}")
                                     << QStringLiteral("x.vms:4:1");
        QTest::newRow("cursor outside") << QByteArray(
            "{\"format\": \"pagelab-session\", \"version\": 1, \"position\": 5, \"shown\": 0,"
            " \"commands\": [{\"file\": \"x.vms\", \"line\": 1, \"first\": true, \"text\": \"process a\"}]}")
                                        << QStringLiteral("outside the session");
    }

    void damagedFileLeavesTheSessionUntouched()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.pagelab"));
        writeFile(path, bytes);
        Player p;
        p.run(QString::fromUtf8(kScenario), QStringLiteral("<test>"));
        const QString before = fingerprint(p);
        const QString message = SessionFile::restore(path, p);
        QVERIFY2(message.contains(error), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("error")));
        QCOMPARE(fingerprint(p), before);
    }

    void missingFileSaysSo()
    {
        Player p;
        QVERIFY(SessionFile::restore(QStringLiteral("/nonexistent/x.pagelab"), p)
                    .contains(QStringLiteral("cannot open")));
        QVERIFY(SessionFile::save(QStringLiteral("/nonexistent/dir/x.pagelab"), p)
                    .contains(QStringLiteral("cannot write")));
    }

    void exportWritesPngAndSvg()
    {
        QTemporaryDir dir;
        QLabel label(QStringLiteral("frame 7: page table (level 1)"));
        label.resize(300, 60);
        const QString png = dir.filePath(QStringLiteral("v.png"));
        const QString svg = dir.filePath(QStringLiteral("v.svg"));
        QVERIFY(ui::exportWidget(&label, png).isEmpty());
        QVERIFY(ui::exportWidget(&label, svg).isEmpty());
        QCOMPARE(QImage(png).size(), QSize(600, 120)); // twice the size, for slides
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("<svg"));
    }
};

QTEST_MAIN(TestSessionFile)
#include "test_session_file.moc"
