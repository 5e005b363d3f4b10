// The address space view follows the player: a lane per process with its VMAs, pages in the
// state the kernel reports (resident, locked, shared after fork, swapped to an area, device),
// highlight ids, the commands a page's context menu emits, zoom down to single pages, the
// page of the focused event, and painting at normal, presentation and 1M-frame sizes.
#include "addressspace/address_space_dock.h"
#include "addressspace/address_space_view.h"
#include "journal/event.h"
#include "player/player.h"
#include "theme/theme.h"
#include "view_test_rig.h"

#include <QLabel>
#include <QMenu>
#include <QPixmap>
#include <QSignalSpy>
#include <QTest>

using namespace pagelab;
using namespace pagelab::ui;

class TestAddressSpaceView : public QObject {
    Q_OBJECT

private:
    static bool grabs(QWidget* w, const char* name)
    {
        return testing::grabs(w, QStringLiteral("space"), name);
    }
    static void run(Player& p, const QString& text) { testing::runToEnd(p, text); }

    static const ProcessLane& lane(const AddressSpaceDock& dock, const char* name)
    {
        const ProcessLane* l = dock.model().lane(QString::fromLatin1(name));
        Q_ASSERT(l);
        return *l;
    }

    static const PageRecord* page(const AddressSpaceDock& dock, const char* proc, VAddr va)
    {
        const VmaBand* v = lane(dock, proc).vmaAt(va);
        return v ? v->page((va - v->start) >> kPageShift) : nullptr;
    }

private Q_SLOTS:
    void oneLanePerProcessWithItsVmas()
    {
        Player player;
        Theme theme;
        AddressSpaceDock dock(player, theme);
        QCOMPARE(dock.viewId(), QStringLiteral("space"));
        QVERIFY(dock.model().lanes().empty());
        run(player, QStringLiteral("machine frames=64\nprocess a layout=classic\nprocess b"));
        QCOMPARE(int(dock.model().lanes().size()), 2);
        const ProcessLane& a = lane(dock, "a");
        QCOMPARE(int(a.vmas.size()), 4);
        QCOMPARE(a.vmas.front().start, VAddr(0x400000));
        QCOMPARE(a.vmas.front().label, QStringLiteral("text"));
        QVERIFY(a.vmas.front().mapsLine.contains(QStringLiteral("r-xp")));
        QVERIFY(lane(dock, "b").vmas.empty());
        QVERIFY(dock.model().lane(QStringLiteral("2")) == &lane(dock, "b")); // by pid too
        // The axis squeezes the 128 TiB between the heap and the stack into one gap.
        const auto& segs = dock.model().segments();
        QCOMPARE(int(segs.size()), 2);
        QVERIFY(dock.model().totalLength() < 200);
        QVERIFY(dock.model().unitOf(0x400000) < dock.model().unitOf(0x7ffffffff000 - 1));
    }

    void pagesHaveTheKernelsState()
    {
        Player player;
        Theme theme;
        AddressSpaceDock dock(player, theme);
        run(player,
            QStringLiteral("machine frames=64\nprocess a\nmmap a len=16K at=0x10000000\n"
                           "write a 0x10000000 1\nmlock a 0x10001000 4096"));
        const PageRecord* written = page(dock, "a", 0x10000000);
        QVERIFY(written);
        QCOMPARE(written->state, PageState::Resident);
        QVERIFY(!written->locked);
        const PageRecord* locked = page(dock, "a", 0x10001000);
        QVERIFY(locked && locked->locked);
        QVERIFY(!page(dock, "a", 0x10002000)); // never touched: no PTE
        run(player, QStringLiteral("fork b a"));
        QCOMPARE(page(dock, "a", 0x10000000)->state, PageState::Shared); // COW: two mappers
        QCOMPARE(page(dock, "b", 0x10000000)->state, PageState::Shared);
        QCOMPARE(page(dock, "b", 0x10000000)->pfn, page(dock, "a", 0x10000000)->pfn);
        run(player, QStringLiteral("write b 0x10000000 2"));
        QCOMPARE(page(dock, "b", 0x10000000)->state, PageState::Resident);
        // Back to the COW break: the view draws the machine at that event, b on its new frame,
        // and at the PTE write before it; one event further back the page is still shared.
        const Pfn shared = page(dock, "a", 0x10000000)->pfn;
        while (!player.focusedEvent() || !std::holds_alternative<ev::CowBreak>(player.focusedEvent()->data))
            player.back();
        QCOMPARE(page(dock, "b", 0x10000000)->state, PageState::Resident);
        while (!std::holds_alternative<ev::PteWrite>(player.focusedEvent()->data))
            player.back();
        QCOMPARE(page(dock, "b", 0x10000000)->state, PageState::Resident);
        QVERIFY(page(dock, "b", 0x10000000)->pfn != shared);
        player.back();
        QVERIFY(!player.atCommandEnd());
        QCOMPARE(page(dock, "b", 0x10000000)->state, PageState::Shared);
        QCOMPARE(page(dock, "b", 0x10000000)->pfn, shared);
    }

    void swappedFileAndDevicePages()
    {
        Player player;
        Theme theme;
        AddressSpaceDock dock(player, theme);
        run(player,
            QStringLiteral("machine frames=8\nswapon disk size=64K\nprocess p\nmmap p len=20K at=0x10000000\n"
                           "touch p 0x10000000 len=20K write"));
        const PageRecord* out = page(dock, "p", 0x10000000);
        QVERIFY(out);
        QCOMPARE(out->state, PageState::Swapped);
        QCOMPARE(out->swapArea, QStringLiteral("disk"));

        run(player,
            QStringLiteral(
                "machine frames=64\nfile f size=8K\ndevice d pfn=100 pages=1\nprocess a\n"
                "mmap a len=8K at=0x20000000 file=f shared\nwrite a 0x20000000 1\nread a 0x20001000\n"
                "driver_mmap a d len=4K at=0x30000000"));
        QCOMPARE(page(dock, "a", 0x20000000)->state, PageState::FileDirty);
        QCOMPARE(page(dock, "a", 0x20001000)->state, PageState::FileClean);
        QCOMPARE(page(dock, "a", 0x30000000)->state, PageState::Device);
        QCOMPARE(page(dock, "a", 0x30000000)->pfn, Pfn(100));
    }

    void acceptsItsHighlightIds()
    {
        Player player;
        Theme theme;
        AddressSpaceDock dock(player, theme);
        run(player, QStringLiteral("machine frames=64\nprocess a layout=classic\ntouch a 0x400000"));
        dock.setHighlights({ QStringLiteral("space.process.a"), QStringLiteral("space.vma.a.400000"),
            QStringLiteral("space.page.a.0x400000"), QStringLiteral("walk.cr3") });
        QCOMPARE(dock.highlights().size(), 3);
        dock.resize(1000, 400);
        dock.show();
        QVERIFY(grabs(dock.widget(), "highlights"));
    }

    void contextMenuEmitsCommands()
    {
        Player player;
        Theme theme;
        AddressSpaceDock dock(player, theme);
        run(player,
            QStringLiteral("machine frames=64\nprocess a\nmmap a len=16K at=0x10000000\ntouch a 0x10001000"));
        dock.resize(1000, 400);
        dock.show();
        AddressSpaceView* view = dock.view();
        const QRect r = view->pageRect(1, 0x10001000);
        QVERIFY(!r.isEmpty());
        const AddressSpaceView::Hit hit = view->hitAt(r.center());
        QVERIFY(hit.vma);
        QCOMPARE(hit.va, VAddr(0x10001000));
        QVERIFY(hit.page);
        QMenu menu;
        view->fillPageMenu(menu, hit);
        QStringList commands;
        for (QAction* a : menu.actions())
            if (a->data().isValid())
                commands << a->data().toString();
        QVERIFY(commands.contains(QStringLiteral("read a 0x10001000")));
        QVERIFY(commands.contains(QStringLiteral("touch a 0x10001000 write")));
        QVERIFY(commands.contains(QStringLiteral("mlock a 0x10001000 4096")));
        QVERIFY(commands.contains(QStringLiteral("munmap a 0x10001000 4096")));
        QVERIFY(commands.contains(QStringLiteral("invlpg a 0x10001000")));
        QSignalSpy spy(&dock, &ViewDock::commandRequested);
        for (QAction* a : menu.actions())
            if (a->data().toString() == QStringLiteral("read a 0x10001000"))
                a->trigger();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("read a 0x10001000"));
        // The command runs and the page stays resident.
        run(player, spy.at(0).at(0).toString());
        QVERIFY(page(dock, "a", 0x10001000));
    }

    void zoomsDownToSinglePages()
    {
        Player player;
        Theme theme;
        AddressSpaceDock dock(player, theme);
        run(player,
            QStringLiteral("machine frames=64\nprocess a layout=classic\nmmap a len=1G at=0x10000000"));
        dock.resize(1000, 400);
        dock.show();
        AddressSpaceView* view = dock.view();
        const VmaBand* big = lane(dock, "a").vmaAt(0x10000000);
        QVERIFY(big);
        QVERIFY(view->pixelsPerPage(*big) < 0.01); // 262144 pages in a few hundred pixels
        view->zoomTo(big->start, big->start + 0x10000);
        for (int i = 0; i < 80; ++i)
            view->zoomIn();
        QVERIFY(view->pixelsPerPage(*big) >= 16);
        QVERIFY(view->pixelsPerPage(*big) <= 64 * 1.01);
        QVERIFY(grabs(dock.widget(), "zoomed"));
        view->fit();
        QVERIFY(view->pixelsPerPage(*big) < 0.01);
    }

    void focusedEventFlashesItsPage()
    {
        Player player;
        Theme theme;
        AddressSpaceDock dock(player, theme);
        dock.resize(1000, 400);
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
        const QRect r = dock.focusRect();
        QVERIFY(!r.isEmpty());
        QVERIFY(dock.widget()->rect().contains(r.center()));
    }

    // Focus is a ring around the page: the page keeps the colour of its state (a yellow fill
    // over a resident page read as "file clean"), in every palette; the legend follows too.
    void focusedPageKeepsItsStateColour()
    {
        Player player;
        Theme theme;
        AddressSpaceDock dock(player, theme);
        dock.resize(1000, 400);
        dock.show();
        player.load(QStringLiteral("machine frames=64\nprocess a\nmmap a len=16K at=0x10000000\n"
                                   "write a 0x10002000 1\nread a 0x10002000"),
            QStringLiteral("<test>"));
        while (player.position() < 4)
            player.next();
        bool seen = false;
        while (player.canStepForward() && !seen) {
            player.step();
            const Event* e = player.focusedEvent();
            seen = e && std::holds_alternative<ev::Translated>(e->data);
        }
        QVERIFY(seen);
        QCOMPARE(page(dock, "a", 0x10002000)->state, PageState::Resident);
        AddressSpaceView* view = dock.view();
        const QRect cell = view->flashRect();
        QVERIFY(!cell.isEmpty());
        const QRect band = cell.adjusted(0, cell.height() / 3, 0, 0);
        for (Palette p : kPalettes) {
            theme.setColorPalette(p);
            const QImage shot = view->grab().toImage();
            QCOMPARE(shot.pixelColor(band.center()).rgb(), theme.color(ColorRole::PageResident).rgb());
            // The ring, just outside the page's cell.
            QCOMPARE(shot.pixelColor(band.left() - 3, band.center().y()).rgb(),
                theme.color(ColorRole::Focus).rgb());
            auto* legend = dock.findChild<QLabel*>(QStringLiteral("spaceLegend"));
            QVERIFY(legend);
            QVERIFY(legend->text().contains(theme.color(ColorRole::PageDevice).name()));
        }
    }

    // A process the OOM killer ends is shown killed, with the kernel's reason, not just gone.
    void oomKilledProcessIsShownKilled()
    {
        Player player;
        Theme theme;
        AddressSpaceDock dock(player, theme);
        run(player,
            QStringLiteral(
                "machine frames=16\nprocess small\nmmap small len=8K at=0x10000000\n"
                "touch small 0x10000000 len=8K write\nprocess big\nmmap big len=64K at=0x10000000\n"
                "touch big 0x10000000 len=64K write"));
        const ProcessLane& big = lane(dock, "big");
        QVERIFY(big.killed);
        QVERIFY(!big.gone);
        QVERIFY(big.vmas.empty());
        QVERIFY(big.oomPoints > 0);
        QVERIFY(big.oomReason.contains(QStringLiteral("no free frame")));
        QVERIFY(!lane(dock, "small").killed);
        // Once another process runs, the kernel reaps it; its lane stays, marked gone.
        run(player, QStringLiteral("read small 0x10000000"));
        QVERIFY(lane(dock, "big").killed);
        QVERIFY(lane(dock, "big").gone);
        QCOMPARE(dock.model().lanes().back().name, QStringLiteral("big"));
        dock.resize(900, 300);
        dock.show();
        QVERIFY(grabs(dock.widget(), "oom-killed"));
    }

    // The page details follow the state and go when their process does.
    void pageDetailsFollowTheStateAndLeaveWithTheProcess()
    {
        Player player;
        Theme theme;
        AddressSpaceDock dock(player, theme);
        dock.resize(1000, 400);
        dock.show();
        run(player, QStringLiteral("machine frames=64\nprocess a\nmmap a len=16K at=0x10000000"));
        AddressSpaceView* view = dock.view();
        const QRect cell = view->pageRect(1, 0x10001000);
        QVERIFY(!cell.isEmpty());
        QTest::mouseClick(view, Qt::LeftButton, {}, cell.adjusted(0, cell.height() / 3, 0, 0).center());
        auto* details = dock.findChild<QLabel*>(QStringLiteral("spaceDetails"));
        QVERIFY(details);
        QVERIFY(details->text().contains(QStringLiteral("not yet touched")));
        run(player, QStringLiteral("write a 0x10001000 1"));
        QVERIFY(details->text().contains(pageStateName(PageState::Resident)));
        run(player, QStringLiteral("exit a"));
        QVERIFY(!details->text().contains(QStringLiteral("0x10001000")));
        QVERIFY(details->text().contains(QStringLiteral("has exited")));
    }

    void paintsLargeMachinesAndPresentation()
    {
        Player player;
        Theme theme;
        AddressSpaceDock dock(player, theme);
        run(player,
            QStringLiteral("machine frames=1048576\nprocess a layout=classic\nmmap a len=2G at=0x10000000\n"
                           "touch a 0x10000000 len=64M write\nfork b a"));
        QCOMPARE(lane(dock, "a").vmaAt(0x10000000)->pages.size(), std::size_t(16384));
        dock.resize(1200, 500);
        dock.show();
        QVERIFY(grabs(dock.widget(), "large"));
        theme.setMode(Theme::Mode::Presentation);
        QVERIFY(grabs(dock.widget(), "large-presentation"));
    }
};

QTEST_MAIN(TestAddressSpaceView)
#include "test_address_space_view.moc"
