// The translation view: the last access up to the player's cursor, built from the journal's
// events (TLB lookup, CR3, one entry per level, A/D, the result or the fault), the address
// split into the fields of the paging mode (a large page folds the lower fields into the
// offset), the focused step, lesson highlights and the commands the view asks for.
#include "machine/machine.h"
#include "player/player.h"
#include "theme/theme.h"
#include "translation/translation_dock.h"
#include "translation/walk_view.h"
#include "view_test_rig.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace pagelab;
using pagelab::ui::Player;
using pagelab::ui::Theme;
using pagelab::ui::TranslationDock;
using pagelab::ui::WalkPicture;

namespace {

const char* kOnePage = "machine frames=64\n"
                       "process p\n"
                       "pte p 0x401000 level=1 set=p,rw,us pfn=11\n";

using pagelab::ui::testing::stepTo;

QStringList fieldIds(const ui::WalkView& v)
{
    QStringList out;
    for (const char* w : { "pml5", "pml4", "pdpt", "pd", "pt", "offset" })
        if (!v.elementRect(QStringLiteral("walk.field.") + QLatin1String(w)).isEmpty())
            out << QLatin1String(w);
    return out;
}

} // namespace

class TestTranslationView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsAFourLevelWalk()
    {
        Player player;
        Theme theme;
        TranslationDock dock(player, theme);
        QVERIFY(player
                    .run(QString::fromLatin1(kOnePage) + QStringLiteral("access p 0x401234 op=write\n"),
                        QStringLiteral("<test>"))
                    .ok());
        const WalkPicture& pic = dock.walkView()->picture();
        QVERIFY(pic.valid);
        QCOMPARE(pic.va, VAddr(0x401234));
        QVERIFY(pic.tlb && !pic.tlb->hit);
        QVERIFY(pic.start);
        QCOMPARE(pic.entries.size(), std::size_t(4));
        QCOMPARE(int(pic.entries.front().level), 4);
        QCOMPARE(int(pic.entries.back().level), 1);
        QCOMPARE(int(pic.entries.back().index), 1); // (0x401234 >> 12) & 511
        QVERIFY(pic.entries.back().leaf);
        QVERIFY(pic.entries.back().accessedSet);
        QVERIFY(pic.entries.back().dirtySet); // a write sets D in the leaf
        QVERIFY(pic.translated);
        QCOMPARE(pic.translated->pa, PAddr(0xb234));
        QCOMPARE(fieldIds(*dock.walkView()), QStringList({ "pml4", "pdpt", "pd", "pt", "offset" }));
        for (const char* id : { "walk.cr3", "walk.tlb", "walk.entry.pml4", "walk.entry.pt", "walk.result" })
            QVERIFY2(!dock.walkView()->elementRect(QLatin1String(id)).isEmpty(), id);
    }

    void stepsShowTheWalkSoFar()
    {
        Player player;
        Theme theme;
        TranslationDock dock(player, theme);
        QVERIFY(player
                    .load(QString::fromLatin1(kOnePage) + QStringLiteral("access p 0x401000\n"),
                        QStringLiteral("<test>"))
                    .ok());
        const ui::WalkView& v = *dock.walkView();
        QVERIFY(stepTo<ev::TlbLookup>(player));
        QCOMPARE(v.picture().focusedId, QStringLiteral("walk.tlb"));
        QVERIFY(v.picture().entries.empty());
        QVERIFY(!v.picture().finished());
        QVERIFY(!dock.focusRect().isEmpty());
        QVERIFY(stepTo<ev::WalkStart>(player));
        QCOMPARE(v.picture().focusedId, QStringLiteral("walk.cr3"));
        QVERIFY(stepTo<ev::WalkRead>(player));
        QCOMPARE(v.picture().focusedId, QStringLiteral("walk.entry.pml4"));
        QCOMPARE(v.picture().entries.size(), std::size_t(1));
        QVERIFY(v.elementRect(QStringLiteral("walk.entry.pdpt")).isEmpty()); // not yet
        QVERIFY(stepTo<ev::WalkRead>(player));
        if (qEnvironmentVariableIsSet("PAGELAB_SHOT_DIR")) {
            dock.resize(900, 600);
            dock.grab().save(qEnvironmentVariable("PAGELAB_SHOT_DIR") + QStringLiteral("/walk-step.png"));
        }
        player.back();
        player.back();
        player.back();
        QCOMPARE(v.picture().focusedId, QStringLiteral("walk.cr3"));
        QVERIFY(v.picture().entries.empty());
        player.finish();
        QVERIFY(v.picture().translated);
    }

    void aTlbHitEndsTheWalk()
    {
        Player player;
        Theme theme;
        TranslationDock dock(player, theme);
        QVERIFY(
            player
                .run(QString::fromLatin1(kOnePage) + QStringLiteral("access p 0x401000\naccess p 0x401008\n"),
                    QStringLiteral("<test>"))
                .ok());
        const WalkPicture& pic = dock.walkView()->picture();
        QVERIFY(pic.tlb && pic.tlb->hit);
        QVERIFY(pic.entries.empty());
        QVERIFY(!pic.start);
        QVERIFY(pic.translated && pic.translated->fromTlb);
        QVERIFY(dock.walkView()->elementRect(QStringLiteral("walk.cr3")).isEmpty());
    }

    void largePagesFoldTheLowerFields()
    {
        Player player;
        Theme theme;
        TranslationDock dock(player, theme);
        QVERIFY(
            player
                .run(QStringLiteral("machine frames=1024\nprocess p\n"
                                    "pte p 0x200000 level=2 set=p,rw,us,ps pfn=0x200\naccess p 0x201234\n"),
                    QStringLiteral("<test>"))
                .ok());
        QCOMPARE(dock.walkView()->picture().leafLevel, 2);
        QCOMPARE(fieldIds(*dock.walkView()), QStringList({ "pml4", "pdpt", "pd", "offset" }));
        QVERIFY(player
                    .run(QStringLiteral(
                             "pte p 0x40000000 level=3 set=p,rw,us,ps pfn=0x40000\naccess p 0x41234567"),
                        QStringLiteral("<test>"))
                    .ok());
        QCOMPARE(dock.walkView()->picture().leafLevel, 3);
        QCOMPARE(fieldIds(*dock.walkView()), QStringList({ "pml4", "pdpt", "offset" }));
    }

    void faultsDecodeTheErrorCodeAndReservedBits()
    {
        Player player;
        Theme theme;
        TranslationDock dock(player, theme);
        QVERIFY(player
                    .run(QStringLiteral("machine frames=64\nprocess p\n"
                                        "pte p 0x1000 level=1 set=p,rw,us entry=0x0000_4000_0000_1007\n"
                                        "access p 0x1000\n"),
                        QStringLiteral("<test>"))
                    .ok());
        const WalkPicture& pic = dock.walkView()->picture();
        QVERIFY(pic.fault);
        QCOMPARE(pic.fault->errorCode, u32(0xd));
        QVERIFY(pic.entries.back().reserved);
        QVERIFY(!pic.entries.front().reserved);
        QVERIFY(!dock.walkView()->elementRect(QStringLiteral("walk.result")).isEmpty());
    }

    void otherModesSplitDifferently()
    {
        Player player;
        Theme theme;
        TranslationDock dock(player, theme);
        QVERIFY(player
                    .run(QStringLiteral("machine paging=32bit frames=64\nprocess p\n"
                                        "pte p 0x401000 level=1 set=p,rw,us pfn=11\naccess p 0x401000\n"),
                        QStringLiteral("<test>"))
                    .ok());
        QCOMPARE(fieldIds(*dock.walkView()), QStringList({ "pd", "pt", "offset" }));
        QVERIFY(player
                    .run(QStringLiteral("machine paging=pae frames=64\nprocess p\n"
                                        "pte p 0x401000 level=1 set=p,rw,us pfn=11\naccess p 0x401000\n"),
                        QStringLiteral("<test>"))
                    .ok());
        QCOMPARE(fieldIds(*dock.walkView()), QStringList({ "pdpt", "pd", "pt", "offset" }));
        QVERIFY(player
                    .run(QStringLiteral("machine paging=5level frames=64\nprocess p\n"
                                        "pte p 0x401000 level=1 set=p,rw,us pfn=11\naccess p 0x401000\n"),
                        QStringLiteral("<test>"))
                    .ok());
        QCOMPARE(fieldIds(*dock.walkView()), QStringList({ "pml5", "pml4", "pdpt", "pd", "pt", "offset" }));
    }

    void typedAddressShowsItsFieldsAndAsksForAnAccess()
    {
        Player player;
        Theme theme;
        TranslationDock dock(player, theme);
        QVERIFY(player.run(QString::fromLatin1(kOnePage), QStringLiteral("<test>")).ok());
        QVERIFY(!dock.walkView()->picture().valid);
        dock.addressField()->setText(QStringLiteral("7f0000001000"));
        QCOMPARE(fieldIds(*dock.walkView()), QStringList({ "pml4", "pdpt", "pd", "pt", "offset" }));
        QSignalSpy spy(&dock, &ui::ViewDock::commandRequested);
        dock.findChild<QPushButton*>()->click();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("access p 0x7f0000001000"));
        QCOMPARE(dock.commands(),
            QStringList({ QStringLiteral("invlpg p 0x7f0000001000"),
                QStringLiteral("access p 0x7f0000001000 op=read"),
                QStringLiteral("access p 0x7f0000001000 op=write") }));
        for (const QString& c : dock.commands())
            QVERIFY(player.run(c, QStringLiteral("<test>")).ok());
    }

    void aLookUpShowsItsWalkWithoutSideEffects()
    {
        Player player;
        Theme theme;
        TranslationDock dock(player, theme);
        QVERIFY(player.run(QString::fromLatin1(kOnePage), QStringLiteral("<test>")).ok());
        // The field and Look up ask the console for `pte`, which users then see and learn.
        dock.addressField()->setText(QStringLiteral("0x401234"));
        QSignalSpy spy(&dock, &ui::ViewDock::commandRequested);
        dock.lookUpButton()->click();
        QCOMPARE(spy.size(), 1);
        const QString command = spy.at(0).at(0).toString();
        QCOMPARE(command, QStringLiteral("pte p 0x401234"));
        QVERIFY(player.run(command, QStringLiteral("<test>")).ok());

        const WalkPicture& pic = dock.walkView()->picture();
        QVERIFY(pic.valid);
        QVERIFY(pic.inspected);
        QCOMPARE(pic.va, VAddr(0x401234));
        QVERIFY(!pic.tlb); // not consulted
        QVERIFY(!pic.op);  // nothing accessed
        QCOMPARE(pic.entries.size(), std::size_t(4));
        QCOMPARE(int(pic.entries.front().level), 4);
        QCOMPARE(int(pic.entries.back().level), 1);
        for (const auto& e : pic.entries) {
            QVERIFY(!e.accessedSet && !e.dirtySet);
            QVERIFY(!(e.entry & 0x20)); // A is still clear: the look-up set nothing
        }
        QVERIFY(pic.finished());
        QCOMPARE(pic.inspectedAddress().value_or(0), PAddr(0xb234));
        for (const char* id : { "walk.tlb", "walk.cr3", "walk.entry.pml4", "walk.entry.pt", "walk.result" })
            QVERIFY2(!dock.walkView()->elementRect(QLatin1String(id)).isEmpty(), id);
        // Not an access: no TLB lookup, miss or walk is counted.
        const Stats& st = player.state().machine().stats();
        QCOMPARE(st.tlbHits + st.tlbMisses, u64(0));
        QCOMPARE(st.walks, u64(0));
    }

    void aLaterAccessShowsItsOwnWalkAgain()
    {
        Player player;
        Theme theme;
        TranslationDock dock(player, theme);
        QVERIFY(
            player
                .load(QString::fromLatin1(kOnePage)
                        + QStringLiteral("access p 0x401000\npte p 0x401000\naccess p 0x401008 op=write\n"),
                    QStringLiteral("<test>"))
                .ok());
        const ui::WalkView& v = *dock.walkView();
        QVERIFY(stepTo<ev::WalkInspected>(player));
        QVERIFY(v.picture().inspected);
        QCOMPARE(v.picture().focusedId, QStringLiteral("walk.cr3"));
        QVERIFY(v.picture().entries.empty());
        QVERIFY(stepTo<ev::WalkRead>(player));
        QCOMPARE(v.picture().entries.size(), std::size_t(1));
        QVERIFY(v.picture().inspected);
        // The look-up sees the A bits the first access set.
        QVERIFY(v.picture().entries.front().entry & 0x20);
        // Stepping onto the next access replaces the look-up with that access's walk.
        QVERIFY(stepTo<ev::TlbLookup>(player));
        QVERIFY(!v.picture().inspected);
        QVERIFY(v.picture().tlb);
        QCOMPARE(v.picture().va, VAddr(0x401008));
        player.finish();
        QVERIFY(!v.picture().inspected);
        QVERIFY(v.picture().translated);
        QCOMPARE(v.picture().translated->pa, PAddr(0xb008));
        // Back onto the look-up: it shows again.
        while (player.canStepBack() && !v.picture().inspected)
            player.back();
        QVERIFY(v.picture().inspected);
    }

    void aLookUpOfAnUnmappedAddressEndsAtTheMissingEntry()
    {
        Player player;
        Theme theme;
        TranslationDock dock(player, theme);
        QVERIFY(player
                    .run(QString::fromLatin1(kOnePage) + QStringLiteral("pte p 0x7f0000000000\n"),
                        QStringLiteral("<test>"))
                    .ok());
        const WalkPicture& pic = dock.walkView()->picture();
        QVERIFY(pic.inspected);
        QCOMPARE(pic.entries.size(), std::size_t(1)); // the PML4 entry for it is not present
        QVERIFY(pic.finished());
        QVERIFY(!pic.inspectedAddress());
        QVERIFY(!dock.walkView()->elementRect(QStringLiteral("walk.result")).isEmpty());
        if (qEnvironmentVariableIsSet("PAGELAB_SHOT_DIR")) {
            dock.resize(900, 600);
            dock.grab().save(qEnvironmentVariable("PAGELAB_SHOT_DIR") + QStringLiteral("/walk-lookup.png"));
        }
    }

    void highlightsAndPainting()
    {
        Player player;
        Theme theme;
        TranslationDock dock(player, theme);
        QVERIFY(player
                    .run(QString::fromLatin1(kOnePage) + QStringLiteral("access p 0x401000\n"),
                        QStringLiteral("<test>"))
                    .ok());
        dock.setHighlights({ QStringLiteral("walk.entry.pd"), QStringLiteral("tlb.set.1") });
        QCOMPARE(dock.highlights(), QStringList({ QStringLiteral("walk.entry.pd") }));
        dock.resize(900, 600);
        QVERIFY(!dock.grab().isNull());
        theme.setMode(Theme::Mode::Presentation);
        QVERIFY(!dock.grab().isNull());
        if (qEnvironmentVariableIsSet("PAGELAB_SHOT_DIR"))
            dock.grab().save(
                qEnvironmentVariable("PAGELAB_SHOT_DIR") + QStringLiteral("/walk-presentation.png"));
        theme.setMode(Theme::Mode::Normal);
        if (qEnvironmentVariableIsSet("PAGELAB_SHOT_DIR"))
            dock.grab().save(qEnvironmentVariable("PAGELAB_SHOT_DIR") + QStringLiteral("/walk-normal.png"));
    }
};

QTEST_MAIN(TestTranslationView)
#include "test_translation_view.moc"
