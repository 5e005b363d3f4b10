// The uaccess view: the routine's buffers, the bytes that moved event by event, the page
// states, the fault and its fixup, the return value, keeping the last routine, highlights,
// and painting at normal and presentation sizes.
#include "player/player.h"
#include "theme/theme.h"
#include "uaccess/uaccess_dock.h"
#include "uaccess/uaccess_widget.h"

#include <QTest>

using namespace pagelab;
using namespace pagelab::ui;

namespace {

// 0x10000000-0x10002000 is mapped, 0x10002000 is not: the copy stops there after 6 bytes.
const char* kSetup = "machine frames=64\n"
                     "process a\n"
                     "mmap a len=8K at=0x10000000 prot=rw\n";
const char* kShortCopy = "copy_to_user a 0x10001ffc \"0123456789\"\n";

int doneCount(const UaccessView& v)
{
    return int(std::count(v.done.begin(), v.done.end(), true));
}

} // namespace

class TestUaccessView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void explainsWithNoRoutine()
    {
        Player player;
        Theme theme;
        UaccessDock dock(player, theme);
        dock.resize(700, 500);
        QVERIFY(!dock.current().valid);
        QVERIFY(player.run(QString::fromLatin1(kSetup), QStringLiteral("<test>")).ok());
        QVERIFY(!dock.current().valid);
        QVERIFY(!dock.exportWidget()->grab().isNull());
    }

    void shortCopyStopsAtTheUnmappedPage()
    {
        Player player;
        Theme theme;
        UaccessDock dock(player, theme);
        dock.resize(900, 700);
        QVERIFY(
            player
                .run(QString::fromLatin1(kSetup) + QString::fromLatin1(kShortCopy), QStringLiteral("<test>"))
                .ok());
        const UaccessView& v = dock.current();
        QVERIFY(v.valid);
        QCOMPARE(v.routine, QStringLiteral("copy_to_user"));
        QVERIFY(v.toUser);
        QCOMPARE(v.user, u64(0x10001ffc));
        QCOMPARE(v.length, u64(10));
        QVERIFY(v.finished);
        QCOMPARE(v.ret, i64(6));
        QVERIFY(v.fixupRet.has_value());
        QCOMPARE(*v.fixupRet, i64(6));
        QCOMPARE(doneCount(v), 4);
        QCOMPARE(v.userBytes[0], int('0'));
        QCOMPARE(v.userBytes[3], int('3'));
        QCOMPARE(v.userBytes[4], -1);
        QCOMPARE(v.kernelBytes[9], int('9'));
        QCOMPARE(v.pages.size(), 2);
        QCOMPARE(v.pages[0].base, u64(0x10001000));
        QCOMPARE(v.pages[0].count, u64(4));
        QCOMPARE(v.pages[0].state, UaccessPage::State::FaultedIn);
        QCOMPARE(v.pages[0].how, QStringLiteral("demand-zero"));
        QCOMPARE(v.pages[1].state, UaccessPage::State::NoVma);
        QVERIFY(v.fault.has_value());
        QCOMPARE(v.fault->cr2, u64(0x10002000));
        QVERIFY(v.fault->handled);
        QVERIFY(!v.fault->resolved);
        QVERIFY(*v.accessOk);
        QVERIFY(returnSentence(v).contains(QStringLiteral("6 of 10")));
        QVERIFY(!dock.view()->fixupRect().isEmpty());
        QVERIFY(!dock.view()->faultRect().isEmpty());
        QVERIFY(!dock.view()->returnRect().isEmpty());
        QVERIFY(!dock.exportWidget()->grab().isNull());
    }

    void bytesMoveEventByEvent()
    {
        Player player;
        Theme theme;
        UaccessDock dock(player, theme);
        dock.resize(900, 700);
        player.load(QString::fromLatin1(kSetup) + QString::fromLatin1(kShortCopy), QStringLiteral("<test>"));
        // Up to the command, then into it until the first piece moves.
        while (player.canStepForward() && !dock.current().valid)
            player.step();
        QVERIFY(dock.current().valid);
        QVERIFY(!dock.current().finished);
        QCOMPARE(doneCount(dock.current()), 0);
        QCOMPARE(dock.current().pages[0].state, UaccessPage::State::NotPresent);
        while (player.canStepForward()
            && !(player.focusedEvent()
                && std::holds_alternative<ev::UaccessCopy>(player.focusedEvent()->data)))
            player.step();
        QCOMPARE(doneCount(dock.current()), 4);
        QCOMPARE(dock.current().lastMovedCount, u64(4));
        QVERIFY(!dock.current().fixupRet);
        QVERIFY(!dock.view()->movingRect().isEmpty());
        QCOMPARE(dock.focusRect(), dock.view()->movingRect());
        QVERIFY(!dock.exportWidget()->grab().isNull());
        // The next event moves nothing: no piece flashes.
        player.step();
        QCOMPARE(dock.current().lastMovedCount, u64(0));
        player.back();
        player.back();
        QCOMPARE(doneCount(dock.current()), 0);
    }

    void keepsTheLastRoutine()
    {
        Player player;
        Theme theme;
        UaccessDock dock(player, theme);
        QVERIFY(player
                    .run(QString::fromLatin1(kSetup)
                            + QStringLiteral("copy_from_user a 0x10000ff0 40\n"
                                             "touch a 0x10000000\n"),
                        QStringLiteral("<test>"))
                    .ok());
        const UaccessView& v = dock.current();
        QCOMPARE(v.routine, QStringLiteral("copy_from_user"));
        QVERIFY(!v.toUser);
        QCOMPARE(v.ret, i64(0));
        QCOMPARE(doneCount(v), 40);
        QCOMPARE(v.kernelBytes[39], 0); // fresh anonymous memory reads as zeros
        QCOMPARE(v.pages.size(), 2);
        QCOMPARE(v.pages[0].count, u64(16));
    }

    void accessOkRefusesAndGetUserFaults()
    {
        Player player;
        Theme theme;
        UaccessDock dock(player, theme);
        QVERIFY(player
                    .run(QString::fromLatin1(kSetup) + QStringLiteral("access_ok a 0xfffffffffffff000 16\n"),
                        QStringLiteral("<test>"))
                    .ok());
        QCOMPARE(dock.current().routine, QStringLiteral("access_ok"));
        QVERIFY(dock.current().accessOk.has_value());
        QVERIFY(!*dock.current().accessOk);
        QCOMPARE(dock.current().ret, i64(0));
        QVERIFY(player.run(QStringLiteral("get_user a 0x20000000 size=4\n"), QStringLiteral("<test>")).ok());
        const UaccessView& v = dock.current();
        QCOMPARE(v.routine, QStringLiteral("get_user"));
        QCOMPARE(v.ret, i64(-14));
        QVERIFY(v.fault && !v.fault->resolved);
        QCOMPARE(v.pages[0].state, UaccessPage::State::NoVma);
        QVERIFY(returnSentence(v).contains(QStringLiteral("-EFAULT")));
    }

    void highlightsAndPresentation()
    {
        Player player;
        Theme theme;
        UaccessDock dock(player, theme);
        dock.resize(1000, 800);
        QVERIFY(player
                    .run(QString::fromLatin1(kSetup) + QStringLiteral("clear_user a 0x10000000 8192\n"),
                        QStringLiteral("<test>"))
                    .ok());
        QCOMPARE(dock.current().ret, i64(0));
        dock.setHighlights({ QStringLiteral("uaccess.kernel"), QStringLiteral("uaccess.return"),
            QStringLiteral("swap.area.x") });
        QCOMPARE(dock.highlights(),
            QStringList({ QStringLiteral("uaccess.kernel"), QStringLiteral("uaccess.return") }));
        QVERIFY(!dock.exportWidget()->grab().isNull());
        theme.setMode(Theme::Mode::Presentation);
        QVERIFY(!dock.exportWidget()->grab().isNull());
        QVERIFY(dock.view()->kernelRect().height() > 0);
    }
};

QTEST_MAIN(TestUaccessView)
#include "test_uaccess_view.moc"
