// The palettes (theme/palette.h): within every legend of every palette and mode the colours
// are far apart (CIEDE2000), for the colour-blind-safe palette also as people with
// protanopia, deuteranopia and tritanopia see them; the focus and outline rings differ from
// every legend colour and from each other; the theme switches palettes with one `changed`,
// and the choice is kept in QSettings. The colour science itself is checked against
// published values first.
#include "color_science.h"
#include "theme/palette.h"
#include "theme/theme.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace pagelab::ui;
using namespace pagelab::ui::testing;

namespace {

// Colours of one legend must be told apart at a glance; 10 is about five just-noticeable steps.
constexpr double kLegendMin = 10;
// A focus or outline ring must not be mistaken for any legend colour.
constexpr double kMarkMin = 15;
// ... nor as a colour-blind person sees them (the colour-blind-safe palette).
constexpr double kMarkMinSimulated = 10;

const char* paletteText(Palette p)
{
    switch (p) {
    case Palette::Standard: return "standard";
    case Palette::ColorBlind: return "colour-blind safe";
    case Palette::HighContrast: return "high contrast";
    }
    return "";
}

QColor colorOf(Palette p, bool presentation, ColorRole role)
{
    return QColor::fromRgb(paletteColor(p, presentation, role));
}

// The visions a palette promises to work for.
QList<Vision> visionsOf(Palette p)
{
    if (p == Palette::ColorBlind)
        return { Vision::Normal, Vision::Protanopia, Vision::Deuteranopia, Vision::Tritanopia };
    return { Vision::Normal };
}

double relativeLuminance(const QColor& c)
{
    return 0.2126 * toLinear(c.redF()) + 0.7152 * toLinear(c.greenF()) + 0.0722 * toLinear(c.blueF());
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestPalettes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the user's settings stay untouched
        QCoreApplication::setOrganizationName(QStringLiteral("PageLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_palettes"));
    }

    void ciede2000MatchesPublishedValues()
    {
        // Sharma, Wu and Dalal (2005), table 1: pairs 1, 7, 17 and 25.
        QCOMPARE(qRound(deltaE2000({ 50, 2.6772, -79.7751 }, { 50, 0, -82.7485 }) * 1e4), 20425);
        QCOMPARE(qRound(deltaE2000({ 50, 0, 0 }, { 50, -1, 2 }) * 1e4), 23669);
        QCOMPARE(qRound(deltaE2000({ 50, 2.5, 0 }, { 73, 25, -18 }) * 1e4), 271492);
        QCOMPARE(
            qRound(deltaE2000({ 60.2574, -34.0099, 36.2677 }, { 60.4626, -34.1751, 39.4387 }) * 1e4), 12644);
        QCOMPARE(deltaE(QColor(0x12, 0x34, 0x56), QColor(0x12, 0x34, 0x56)), 0.0);
    }

    void colourBlindnessSimulationConfusesWhatItShould()
    {
        // Grey stays grey for everyone; red and green that a trichromat tells apart at once
        // become near twins with protanopia and deuteranopia, blue and green with tritanopia.
        for (Vision v : kVisions)
            QVERIFY(deltaE(QColor(0x80, 0x80, 0x80), simulate(QColor(0x80, 0x80, 0x80), v)) < 1);
        const QColor red(0xc0, 0x60, 0x00), green(0x80, 0x80, 0x00);
        QVERIFY(deltaE(red, green) > 15);
        QVERIFY(deltaE(red, green, Vision::Deuteranopia) < 8);
        QVERIFY(deltaE(red, green, Vision::Protanopia) < 8);
        const QColor teal(0x00, 0x90, 0x90), blue(0x40, 0x80, 0xf0);
        QVERIFY(deltaE(teal, blue) > 15);
        QVERIFY(deltaE(teal, blue, Vision::Tritanopia) < deltaE(teal, blue) / 2);
    }

    void legendColoursArePairwiseDistinct()
    {
        for (Palette p : kPalettes)
            for (bool presentation : { false, true })
                for (Vision v : visionsOf(p))
                    for (const LegendGroup& g : legendGroups())
                        for (std::size_t i = 0; i < g.roles.size(); ++i)
                            for (std::size_t j = i + 1; j < g.roles.size(); ++j) {
                                const double d = deltaE(colorOf(p, presentation, g.roles[i]),
                                    colorOf(p, presentation, g.roles[j]), v);
                                QVERIFY2(d >= kLegendMin,
                                    qPrintable(
                                        QStringLiteral("%1 palette%2, %3 legend, roles %4 and %5: "
                                                       "deltaE %6 under %7")
                                            .arg(QLatin1String(paletteText(p)),
                                                presentation ? QStringLiteral(" (presentation)") : QString(),
                                                QLatin1String(g.name))
                                            .arg(int(g.roles[i]))
                                            .arg(int(g.roles[j]))
                                            .arg(d, 0, 'f', 1)
                                            .arg(QLatin1String(visionName(v)))));
                            }
    }

    void focusAndOutlineDifferFromEveryLegendColour()
    {
        for (Palette p : kPalettes)
            for (bool presentation : { false, true }) {
                const QColor focus = colorOf(p, presentation, ColorRole::Focus);
                const QColor outline = colorOf(p, presentation, ColorRole::Outline);
                const QColor surface = colorOf(p, presentation, ColorRole::Surface);
                for (Vision v : visionsOf(p)) {
                    const double min = v == Vision::Normal ? kMarkMin : kMarkMinSimulated;
                    QVERIFY2(deltaE(focus, outline, v) >= min, paletteText(p));
                    for (const LegendGroup& g : legendGroups())
                        for (ColorRole role : g.roles)
                            for (const auto& [mark, color] :
                                { std::pair { "focus", focus }, std::pair { "outline", outline } }) {
                                const double d = deltaE(color, colorOf(p, presentation, role), v);
                                QVERIFY2(d >= min,
                                    qPrintable(
                                        QStringLiteral("%1 palette%2: %3 and role %4 (%5 legend): "
                                                       "deltaE %6 under %7")
                                            .arg(QLatin1String(paletteText(p)),
                                                presentation ? QStringLiteral(" (presentation)") : QString(),
                                                QLatin1String(mark))
                                            .arg(int(role))
                                            .arg(QLatin1String(g.name))
                                            .arg(d, 0, 'f', 1)
                                            .arg(QLatin1String(visionName(v)))));
                            }
                }
                // A ring must stand out against the view's background too (WCAG non-text 3:1).
                QVERIFY2(contrastRatio(focus, surface) >= 3, paletteText(p));
                QVERIFY2(contrastRatio(outline, surface) >= 3, paletteText(p));
            }
    }

    void everyRoleHasAnOpaqueColourInEveryPalette()
    {
        for (Palette p : kPalettes)
            for (bool presentation : { false, true })
                for (int r = 0; r < int(ColorRole::RoleCount); ++r)
                    QCOMPARE(qAlpha(paletteColor(p, presentation, ColorRole(r))), 255);
        // The palettes differ where it matters: the colour-blind-safe one is not the standard one.
        QVERIFY(paletteColor(Palette::Standard, false, ColorRole::PageDevice)
            != paletteColor(Palette::ColorBlind, false, ColorRole::PageDevice));
    }

    void themeSwitchesPaletteWithOneChange()
    {
        Theme t;
        QCOMPARE(t.colorPalette(), Palette::Standard);
        QSignalSpy changed(&t, &Theme::changed);
        const QColor before = t.color(ColorRole::PageFileClean);
        t.setColorPalette(Palette::ColorBlind);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(t.color(ColorRole::PageFileClean).rgb(),
            paletteColor(Palette::ColorBlind, false, ColorRole::PageFileClean));
        QVERIFY(t.color(ColorRole::PageFileClean) != before);
        t.setColorPalette(Palette::ColorBlind);
        QCOMPARE(changed.count(), 1); // nothing to redraw
        t.setMode(Theme::Mode::Presentation);
        QCOMPARE(t.color(ColorRole::Text).rgb(), paletteColor(Palette::ColorBlind, true, ColorRole::Text));
        QCOMPARE(t.palette().color(QPalette::Text), t.color(ColorRole::Text));
    }

    void paletteChoiceIsKept()
    {
        QSettings().remove(QStringLiteral("view/palette"));
        QCOMPARE(storedPalette(), Palette::Standard);
        for (Palette p : kPalettes) {
            QCOMPARE(paletteFromKey(paletteKey(p)), std::optional<Palette>(p));
            QVERIFY(!paletteName(p).isEmpty());
            storePalette(p);
            QCOMPARE(storedPalette(), p);
        }
        QSettings().setValue(QStringLiteral("view/palette"), QStringLiteral("no-such-palette"));
        QCOMPARE(storedPalette(), Palette::Standard);
    }
};

QTEST_MAIN(TestPalettes)
#include "test_palettes.moc"
