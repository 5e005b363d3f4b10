#include "theme/palette.h"

#include <QCoreApplication>
#include <QSettings>

#include <array>

namespace pagelab::ui {

namespace {

const QString kPaletteKey = QStringLiteral("view/palette");

// One row per role: the standard palette at the desk and in presentation mode (the same hues,
// darker and more saturated, for a washed-out projector), the colour-blind-safe one at the
// desk and in presentation mode (the view colours stay; the chrome turns black on white), and
// high contrast (one set for both). Okabe–Ito: orange e69f00, sky blue 56b4e9, bluish green
// 009e73, yellow f0e442, blue 0072b2, vermillion d55e00, reddish purple cc79a7, black.
// Focus and Outline were chosen far (CIEDE2000) from every legend colour of their palette
// (and for the colour-blind one, from the simulated colours too): tests/ui/test_palettes.cpp.
struct Row {
    ColorRole role;
    QRgb standard, standardPresentation, colorBlind, colorBlindPresentation, highContrast;
};

// clang-format off
constexpr Row kRows[] = {
    // role                      standard  std/pres  cb        cb/pres   high contrast
    { ColorRole::Window,         0xf4f5f7, 0xffffff, 0xf4f5f7, 0xffffff, 0xffffff },
    { ColorRole::Surface,        0xffffff, 0xffffff, 0xffffff, 0xffffff, 0xffffff },
    { ColorRole::Text,           0x1f2328, 0x000000, 0x1f2328, 0x000000, 0x000000 },
    { ColorRole::MutedText,      0x6a737d, 0x404040, 0x6a737d, 0x404040, 0x333333 },
    { ColorRole::Accent,         0x1f5fa8, 0x003d99, 0x1f5fa8, 0x003d99, 0x0000b4 },
    { ColorRole::Input,          0x3a3f8f, 0x1a1a80, 0x3a3f8f, 0x1a1a80, 0x000080 },
    // Error and success: red and green look alike to most colour-blind people.
    { ColorRole::Error,          0xb31d28, 0xa00000, 0xa33d00, 0x8f3400, 0xc00000 },
    { ColorRole::Success,        0x1a7f37, 0x006600, 0x0063a0, 0x004c80, 0x006000 },
    { ColorRole::Highlight,      0xcce0f5, 0xffe080, 0xcce0f5, 0xffe080, 0xffff00 },

    { ColorRole::PageUnmapped,   0xf4f5f7, 0xffffff, 0xf4f5f7, 0xffffff, 0xffffff },
    { ColorRole::PageUntouched,  0xdfe3e8, 0xd0d0d0, 0xdddddd, 0xdddddd, 0xb4b4b4 },
    { ColorRole::PageResident,   0x56b4e9, 0x0072b2, 0x56b4e9, 0x56b4e9, 0x0050dc },
    { ColorRole::PageSwapped,    0xe69f00, 0xc06000, 0xe69f00, 0xe69f00, 0xff8c00 },
    { ColorRole::PageFileClean,  0x9ad0a0, 0x2e8b57, 0xf0e442, 0xf0e442, 0x78e678 },
    { ColorRole::PageFileDirty,  0x009e73, 0x00553d, 0x009e73, 0x009e73, 0x006400 },
    { ColorRole::PageShared,     0xcc79a7, 0x9c2a74, 0xcc79a7, 0xcc79a7, 0x8c00a0 },
    { ColorRole::PageLocked,     0x3d2b1f, 0x000000, 0x000000, 0x000000, 0x000000 },
    { ColorRole::PageDevice,     0xf0e442, 0xb8a800, 0xd55e00, 0xd55e00, 0xffe600 },
    { ColorRole::PageTable,      0x8c8cc8, 0x4b4b9b, 0x0072b2, 0x0072b2, 0x5a5a5a },
    { ColorRole::FrameFree,      0xffffff, 0xffffff, 0xffffff, 0xffffff, 0xffffff },

    { ColorRole::Hit,            0x1a7f37, 0x006600, 0x009e73, 0x009e73, 0x007800 },
    { ColorRole::Miss,           0xd55e00, 0xd55e00, 0xe69f00, 0xe69f00, 0xe65000 },
    { ColorRole::Fault,          0xb31d28, 0x8b0000, 0x5a1e46, 0x5a1e46, 0xc80000 },
    { ColorRole::Focus,          0x660099, 0xdd00ff, 0x000099, 0x000099, 0xee6688 },
    { ColorRole::Outline,        0x004444, 0xff4466, 0x990000, 0x990000, 0x550022 },
    { ColorRole::Grid,           0xc8ced6, 0x606060, 0xc8ced6, 0x606060, 0x808080 },
    { ColorRole::KernelSide,     0xe8d5f0, 0xc9a0dc, 0xf5e6a8, 0xf5e6a8, 0xf0c8ff },
    { ColorRole::UserSide,       0xb9dcf8, 0xa0c8e8, 0xc8e6ff, 0xc8e6ff, 0xb4dcff },

    { ColorRole::Series1,        0x0072b2, 0x004c80, 0x0072b2, 0x0072b2, 0x0050dc },
    { ColorRole::Series2,        0xd55e00, 0xa04000, 0xd55e00, 0xd55e00, 0xe65000 },
    { ColorRole::Series3,        0x009e73, 0x006b4e, 0x009e73, 0x009e73, 0x008c00 },
    { ColorRole::Series4,        0xcc79a7, 0x9c2a74, 0xcc79a7, 0xcc79a7, 0xb400b4 },
    { ColorRole::Series5,        0xe69f00, 0xa06c00, 0xe69f00, 0xe69f00, 0x000000 },
    { ColorRole::Series6,        0x56b4e9, 0x1f7fb8, 0x56b4e9, 0x56b4e9, 0x00b4dc },
};
// clang-format on

constexpr bool everyRoleOnce()
{
    if (std::size(kRows) != std::size_t(ColorRole::RoleCount))
        return false;
    for (std::size_t i = 0; i < std::size(kRows); ++i)
        if (kRows[i].role != ColorRole(i))
            return false;
    return true;
}
static_assert(everyRoleOnce(), "kRows: one row per ColorRole, in the enum's order");

} // namespace

QString paletteName(Palette palette)
{
    switch (palette) {
    case Palette::Standard: return QCoreApplication::translate("pagelab::ui::Palette", "Standard");
    case Palette::ColorBlind:
        return QCoreApplication::translate("pagelab::ui::Palette", "Colour-blind safe (Okabe–Ito)");
    case Palette::HighContrast: return QCoreApplication::translate("pagelab::ui::Palette", "High contrast");
    }
    return {};
}

QString paletteKey(Palette palette)
{
    switch (palette) {
    case Palette::Standard: return QStringLiteral("standard");
    case Palette::ColorBlind: return QStringLiteral("color-blind");
    case Palette::HighContrast: return QStringLiteral("high-contrast");
    }
    return {};
}

std::optional<Palette> paletteFromKey(const QString& key)
{
    for (Palette p : kPalettes)
        if (paletteKey(p) == key)
            return p;
    return std::nullopt;
}

Palette storedPalette()
{
    return paletteFromKey(QSettings().value(kPaletteKey).toString()).value_or(Palette::Standard);
}

void storePalette(Palette palette)
{
    QSettings().setValue(kPaletteKey, paletteKey(palette));
}

QRgb paletteColor(Palette palette, bool presentation, ColorRole role)
{
    const std::size_t i = std::size_t(role);
    if (i >= std::size(kRows))
        return 0xff000000;
    const Row& r = kRows[i];
    QRgb rgb = 0;
    switch (palette) {
    case Palette::Standard: rgb = presentation ? r.standardPresentation : r.standard; break;
    case Palette::ColorBlind: rgb = presentation ? r.colorBlindPresentation : r.colorBlind; break;
    case Palette::HighContrast: rgb = r.highContrast; break;
    }
    return 0xff000000 | rgb;
}

const std::vector<LegendGroup>& legendGroups()
{
    using R = ColorRole;
    static const std::vector<LegendGroup> groups {
        { "address space",
            { R::PageUntouched, R::PageResident, R::PageSwapped, R::PageFileClean, R::PageFileDirty,
                R::PageShared, R::PageDevice, R::PageLocked } },
        { "physical memory",
            { R::FrameFree, R::PageTable, R::PageResident, R::PageFileClean, R::PageFileDirty, R::PageShared,
                R::PageLocked } },
        { "swap slots", { R::PageSwapped, R::FrameFree, R::PageResident } },
        { "tlb marks", { R::Hit, R::Miss, R::Fault } },
        { "chart series", { R::Series1, R::Series2, R::Series3, R::Series4, R::Series5, R::Series6 } },
        { "uaccess buffers",
            { R::KernelSide, R::UserSide, R::PageResident, R::PageUntouched, R::PageSwapped } },
    };
    return groups;
}

} // namespace pagelab::ui
