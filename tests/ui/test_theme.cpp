// The theme's type sizes: presentation type follows the screen's height, the user's type
// scale moves in steps per mode, and `changed` fires only when a size really changes.
#include "theme/theme.h"

#include <QFontInfo>
#include <QFontMetrics>
#include <QSignalSpy>
#include <QTest>

using pagelab::ui::Theme;

class TestTheme : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void presentationTypeFollowsTheScreen()
    {
        Theme t;
        t.setMode(Theme::Mode::Presentation);
        QCOMPARE(t.basePointSize(), 18); // screen not known yet: as on 1080 pixels
        t.setScreenHeight(1080);
        QCOMPARE(t.basePointSize(), 18);
        t.setScreenHeight(720); // the same share of a 720p projector's picture
        QCOMPARE(t.basePointSize(), 12);
        t.setScreenHeight(1440);
        QCOMPARE(t.basePointSize(), 24);
        t.setScreenHeight(2160);
        QCOMPARE(t.basePointSize(), 36);
        t.setScreenHeight(480); // never smaller than 12 pt
        QCOMPARE(t.basePointSize(), 12);
    }

    void normalTypeIgnoresTheScreen()
    {
        Theme t;
        QSignalSpy changed(&t, &Theme::changed);
        t.setScreenHeight(720);
        t.setScreenHeight(2160);
        QCOMPARE(t.basePointSize(), 10);
        QCOMPARE(changed.count(), 0); // nothing to redraw
        t.setMode(Theme::Mode::Presentation);
        QCOMPARE(t.basePointSize(), 36);
    }

    void typeScaleStepsPerMode()
    {
        Theme t;
        QSignalSpy changed(&t, &Theme::changed);
        t.enlargeType();
        QCOMPARE(t.typeScale(), 110);
        QCOMPARE(t.basePointSize(), 11);
        QCOMPARE(changed.count(), 1);
        t.shrinkType();
        t.shrinkType();
        QCOMPARE(t.typeScale(), 90);
        QCOMPARE(t.basePointSize(), 9);

        // Presentation mode keeps its own scale.
        t.setScreenHeight(1080);
        t.setMode(Theme::Mode::Presentation);
        QCOMPARE(t.typeScale(), 100);
        QCOMPARE(t.basePointSize(), 18);
        t.enlargeType();
        t.enlargeType();
        QCOMPARE(t.typeScale(), 125);
        QCOMPARE(t.basePointSize(), 23); // 18 * 1.25 = 22.5, rounded
        t.setMode(Theme::Mode::Normal);
        QCOMPARE(t.typeScale(), 90);
        QCOMPARE(t.typeScale(Theme::Mode::Presentation), 125);
    }

    // In Chinese the mono font is a CJK face with fixed-width glyphs (fonts-noto-cjk,
    // scripts/setup-deps.sh): a Chinese character is as wide as two digits, so columns of
    // mixed text line up; the system's mono font took CJK glyphs from a proportional fallback.
    void chineseMonoTextHasAMonospaceCjkFace()
    {
        QCOMPARE(
            Theme::monoFamilies(QStringLiteral("zh_CN")).first(), QStringLiteral("Noto Sans Mono CJK SC"));
        QCOMPARE(Theme::monoFamilies(QStringLiteral("de")).size(), 1);
        Theme t;
        QSignalSpy changed(&t, &Theme::changed);
        t.setLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(changed.count(), 1);
        const QFont mono = t.monoFont();
        QCOMPARE(QFontInfo(mono).family(), QStringLiteral("Noto Sans Mono CJK SC"));
        // (fontconfig calls it "dual" width, not fixed pitch: the width is the test.)
        const QFontMetrics fm(mono);
        const int hanzi = fm.horizontalAdvance(QStringLiteral("页表项缺页"));
        const int digits = fm.horizontalAdvance(QStringLiteral("0123456789"));
        QVERIFY2(
            std::abs(hanzi - digits) <= 2, qPrintable(QStringLiteral("%1 vs %2").arg(hanzi).arg(digits)));
        QCOMPARE(mono.pointSize(), t.basePointSize());
    }

    void typeScaleStopsAtItsEnds()
    {
        Theme t;
        for (int i = 0; i < 30; ++i)
            t.enlargeType();
        QCOMPARE(t.typeScale(), 300);
        QVERIFY(!t.canEnlargeType());
        QVERIFY(t.canShrinkType());
        for (int i = 0; i < 30; ++i)
            t.shrinkType();
        QCOMPARE(t.typeScale(), 60);
        QVERIFY(!t.canShrinkType());
        QCOMPARE(t.basePointSize(), 6);
    }

    void storedScalesSnapToAStep()
    {
        // A hand-edited or stale setting: the nearest step, not an absurd size.
        Theme t;
        t.setTypeScale(Theme::Mode::Normal, 103);
        QCOMPARE(t.typeScale(), 100);
        t.setTypeScale(Theme::Mode::Normal, 100000);
        QCOMPARE(t.typeScale(), 300);
        t.setTypeScale(Theme::Mode::Normal, -5);
        QCOMPARE(t.typeScale(), 60);
        QSignalSpy changed(&t, &Theme::changed);
        t.setTypeScale(Theme::Mode::Presentation, 200); // not the mode in use: no redraw
        QCOMPARE(changed.count(), 0);
        QCOMPARE(t.typeScale(Theme::Mode::Presentation), 200);
    }
};

QTEST_MAIN(TestTheme)
#include "test_theme.moc"
