// The physical memory view follows the player: every frame's class from FrameInfo and the
// kernel's page metadata (free, page table, anonymous, page cache clean/dirty, shm, shared
// by several mappers, the mlock mark), every mapper in the words for a frame, the commands a
// user frame's context menu emits, highlight ids, the density map and its zoom on a
// 1M-frame machine, and the frames of the focused event.
#include "hw/paging_entry.h"
#include "journal/event.h"
#include "machine/machine.h"
#include "physmem/frame_grid_view.h"
#include "physmem/physical_memory_dock.h"
#include "player/player.h"
#include "theme/palette.h"
#include "theme/theme.h"
#include "view_test_rig.h"

#include <QMenu>
#include <QPixmap>
#include <QSignalSpy>
#include <QTest>

using namespace pagelab;
using namespace pagelab::ui;

class TestPhysicalMemoryView : public QObject {
    Q_OBJECT

private:
    static bool grabs(QWidget* w, const char* name)
    {
        return testing::grabs(w, QStringLiteral("frames"), name);
    }
    static void run(Player& p, const QString& text) { testing::runToEnd(p, text); }

    // The frame a process's page lives in, as the engine's `pte` inspection reports it.
    static Pfn frameOf(Player& p, const char* proc, VAddr va)
    {
        Session& s = const_cast<Session&>(p.state());
        Process* process = s.machine().findProcess(proc);
        const auto levels = s.machine().editor().inspect(s.machine().cpuFor(*process), va);
        return entryAddress(s.machine().cpu().mode, levels.back().entry) >> kPageShift;
    }

private Q_SLOTS:
    void framesHaveTheirClass()
    {
        Player player;
        Theme theme;
        PhysicalMemoryDock dock(player, theme);
        QCOMPARE(dock.viewId(), QStringLiteral("frames"));
        run(player,
            QStringLiteral("machine frames=64\nprocess a layout=classic\nread a 0x400000\ntouch a 0x401000"));
        const FrameMapModel& m = dock.model();
        QCOMPARE(m.frameCount(), u64(64));
        QCOMPARE(m.count(FrameClass::Free), player.state().machine().frames().freeFrames());
        QVERIFY(m.count(FrameClass::PageTable) >= 4); // PML4, PDPT, PD, PT
        const Pfn data = frameOf(player, "a", 0x401000);
        QCOMPARE(m.frameClass(data), FrameClass::Anon);
        QCOMPARE(m.owner(data), u32(1));
        QVERIFY(m.describe(data).contains(QStringLiteral("Mapped by a (pid 1) at 0x401000")));
        const Pfn top = player.state().machine().processes().front()->topTable;
        QCOMPARE(m.frameClass(top), FrameClass::PageTable);
        QCOMPARE(int(m.tableLevel(top)), 4);
        QVERIFY(m.describe(top).contains(QStringLiteral("PML4")));
    }

    void sharedFileShmAndLocked()
    {
        Player player;
        Theme theme;
        PhysicalMemoryDock dock(player, theme);
        run(player,
            QStringLiteral(
                "machine frames=64\nfile f size=8K\nshm_open s size=4K\nprocess a\n"
                "mmap a len=8K at=0x20000000 file=f shared\nwrite a 0x20000000 1\nread a 0x20001000\n"
                "mmap a len=4K at=0x30000000 shm=s shared\ntouch a 0x30000000\n"
                "mmap a len=8K at=0x10000000\nwrite a 0x10000000 1\nmlock a 0x10001000 4096\nfork b a"));
        const FrameMapModel& m = dock.model();
        QCOMPARE(m.frameClass(frameOf(player, "a", 0x20000000)), FrameClass::FileDirty);
        QCOMPARE(m.frameClass(frameOf(player, "a", 0x20001000)), FrameClass::FileClean);
        QCOMPARE(m.frameClass(frameOf(player, "a", 0x30000000)), FrameClass::Shm);
        const Pfn cow = frameOf(player, "a", 0x10000000);
        QCOMPARE(m.frameClass(cow), FrameClass::Shared);
        QVERIFY(m.describe(cow).contains(QStringLiteral("Mapped by a (pid 1)")));
        QVERIFY(m.describe(cow).contains(QStringLiteral("Mapped by b (pid 2)")));
        QVERIFY(m.locked(frameOf(player, "a", 0x10001000)));
        QVERIFY(!m.locked(cow));
    }

    void userFrameMenuEmitsCommands()
    {
        Player player;
        Theme theme;
        PhysicalMemoryDock dock(player, theme);
        run(player,
            QStringLiteral(
                "machine frames=64\nprocess a\nmmap a len=8K at=0x10000000\nwrite a 0x10000000 1"));
        const Pfn pfn = frameOf(player, "a", 0x10000000);
        QMenu menu;
        dock.view()->fillFrameMenu(menu, pfn);
        QStringList commands;
        for (QAction* a : menu.actions())
            commands << a->data().toString();
        QCOMPARE(commands.value(0), QStringLiteral("read a 0x10000000"));
        QVERIFY(commands.contains(QStringLiteral("mlock a 0x10000000 4096")));
        QSignalSpy spy(&dock, &ViewDock::commandRequested);
        menu.actions().first()->trigger();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("read a 0x10000000"));
        // A page-table frame offers nothing.
        QMenu none;
        dock.view()->fillFrameMenu(none, player.state().machine().processes().front()->topTable);
        QVERIFY(none.isEmpty());
    }

    void acceptsItsHighlightIds()
    {
        Player player;
        Theme theme;
        PhysicalMemoryDock dock(player, theme);
        run(player, QStringLiteral("machine frames=64\nprocess a layout=classic"));
        dock.setHighlights({ QStringLiteral("frames.frame.5"), QStringLiteral("frames.frame.0x10"),
            QStringLiteral("frames.pagetables"), QStringLiteral("frames.free"),
            QStringLiteral("space.process.a") });
        QCOMPARE(dock.highlights().size(), 4);
        dock.resize(900, 500);
        dock.show();
        QVERIFY(!dock.view()->densityMode());
        QVERIFY(grabs(dock.widget(), "highlights"));
        theme.setMode(Theme::Mode::Presentation);
        QVERIFY(grabs(dock.widget(), "presentation"));
    }

    void largeMachinesUseADensityMapWithZoom()
    {
        Player player;
        Theme theme;
        PhysicalMemoryDock dock(player, theme);
        dock.resize(900, 500);
        dock.show();
        run(player,
            QStringLiteral("machine frames=1048576\nprocess a\nmmap a len=64M at=0x10000000\ntouch a "
                           "0x10000000 len=64M write"));
        FrameGridView* view = dock.view();
        QCOMPARE(dock.model().frameCount(), u64(1048576));
        QVERIFY(dock.model().count(FrameClass::Anon) >= 16384);
        QVERIFY(view->densityMode());
        QVERIFY(!view->densityImage().isNull());
        QVERIFY(view->framesPerPixel() > 1);
        QVERIFY(u64(view->densityImage().width()) * view->densityImage().height() * view->framesPerPixel()
            >= dock.model().frameCount());
        QVERIFY(grabs(dock.widget(), "density"));
        view->zoomInto(500000);
        QVERIFY(!view->densityMode());
        QVERIFY(view->firstShown() <= 500000);
        QVERIFY(!view->frameRect(500000).isEmpty());
        QCOMPARE(view->frameAt(view->frameRect(500000).center()), std::optional<Pfn>(500000));
        QVERIFY(grabs(dock.widget(), "density-zoomed"));
        view->overview();
        QVERIFY(view->densityMode());
    }

    void focusedEventFlashesItsFrame()
    {
        Player player;
        Theme theme;
        PhysicalMemoryDock dock(player, theme);
        dock.resize(900, 500);
        dock.show();
        player.load(QStringLiteral(
                        "machine frames=64\nprocess a\nmmap a len=16K at=0x10000000\nwrite a 0x10002000 1"),
            QStringLiteral("<test>"));
        bool seen = false;
        while (player.canStepForward() && !seen) {
            player.step();
            const Event* e = player.focusedEvent();
            seen = e && std::holds_alternative<ev::ZeroFill>(e->data);
        }
        QVERIFY(seen);
        const Pfn pfn = std::get<ev::ZeroFill>(player.focusedEvent()->data).pfn;
        QCOMPARE(dock.view()->flashRect(), dock.view()->frameRect(pfn));
        QVERIFY(!dock.focusRect().isEmpty());
    }

    // A focused frame gets a ring and keeps its class's colour, in every palette.
    void focusedFrameKeepsItsClassColour()
    {
        Player player;
        Theme theme;
        PhysicalMemoryDock dock(player, theme);
        dock.resize(900, 500);
        dock.show();
        player.load(QStringLiteral("machine frames=64\nprocess a\nmmap a len=16K at=0x10000000\n"
                                   "write a 0x10002000 1\nread a 0x10002000"),
            QStringLiteral("<test>"));
        while (player.position() < 4)
            player.next();
        QVERIFY(testing::stepTo<ev::Translated>(player));
        const Pfn pfn = frameOf(player, "a", 0x10002000);
        QCOMPARE(dock.model().frameClass(pfn), FrameClass::Anon);
        FrameGridView* view = dock.view();
        const QRect cell = view->frameRect(pfn);
        QCOMPARE(view->flashRect(), cell);
        for (Palette p : kPalettes) {
            theme.setColorPalette(p);
            const QImage shot = view->grab().toImage();
            // Below the owner stripe and the frame number, above the lock mark: the class's fill.
            const QPoint inside(cell.center().x(), cell.bottom() - cell.height() / 3);
            QCOMPARE(shot.pixelColor(inside).rgb(), theme.color(ColorRole::PageResident).rgb());
            QCOMPARE(shot.pixelColor(cell.left() - 3, inside.y()).rgb(), theme.color(ColorRole::Focus).rgb());
        }
    }

    // Frame numbers line up: a power-of-two count of columns whatever the width, each row
    // labelled with its first frame, cells numbered when they are large enough.
    void columnsArePowersOfTwoAndRowsNumbered()
    {
        Player player;
        Theme theme;
        PhysicalMemoryDock dock(player, theme);
        run(player, QStringLiteral("machine frames=256\nprocess a layout=classic"));
        FrameGridView grid(dock.model(), theme); // sized by hand: no layout to wait for
        FrameGridView* view = &grid;
        for (int w = 420; w <= 1500; w += 97) {
            view->resize(w, 560);
            QVERIFY(!view->densityMode());
            const int columns = view->columns();
            QVERIFY2(columns > 0 && (columns & (columns - 1)) == 0, qPrintable(QString::number(columns)));
            QVERIFY(256 % columns == 0);
            QVERIFY(view->rowLabelWidth() > 0);
            QVERIFY(view->frameRect(0).left() >= view->rowLabelWidth());
            QCOMPARE(view->frameRect(u64(columns)).left(),
                view->frameRect(0).left()); // frame n*columns starts a row
            QCOMPARE(view->frameRect(u64(columns)).top(), view->frameRect(0).bottom() + 1);
            QCOMPARE(view->frameAt(view->frameRect(17).center()), std::optional<Pfn>(17));
        }
        view->resize(1400, 900);
        QVERIFY(view->numbersInCells());
        QVERIFY(grabs(view, "numbered"));
    }

    void deviceMemoryIsNoFrame()
    {
        Player player;
        Theme theme;
        PhysicalMemoryDock dock(player, theme);
        run(player,
            QStringLiteral("machine frames=64\ndevice d pfn=100 pages=2\nprocess a\ndriver_mmap a d len=8K "
                           "at=0x30000000\n"
                           "read a 0x30000000"));
        QCOMPARE(dock.model().frameCount(), u64(64));
        dock.resize(900, 500);
        dock.show();
        QVERIFY(grabs(dock.widget(), "device"));
    }
};

QTEST_MAIN(TestPhysicalMemoryView)
#include "test_physical_memory_view.moc"
