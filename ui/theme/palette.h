// The palettes a user can pick in Preferences: every colour of every role, per palette and
// mode, in one table (palette.cpp), and the legends whose colours must be told apart.
//  - Standard: calm colours for the desk, darker and more saturated ones in presentation mode.
//  - Colour-blind safe: Okabe–Ito hues, told apart under deuteranopia, protanopia and
//    tritanopia (tests/ui/test_palettes.cpp checks the simulated colours).
//  - High contrast: black on white and saturated colours far apart in lightness.
// Focus (the element the current event touches) and Outline (a lesson's highlight, a
// selection) are drawn as rings around an element, never as its fill, in colours that no
// legend uses: an element keeps the colour of its state while it is focused or highlighted.
#pragma once

#include "theme/color_role.h"

#include <QRgb>
#include <QString>

#include <optional>
#include <vector>

namespace pagelab::ui {

enum class Palette { Standard, ColorBlind, HighContrast };
inline constexpr Palette kPalettes[] = { Palette::Standard, Palette::ColorBlind, Palette::HighContrast };

QString paletteName(Palette palette); // translated, for Preferences
QString paletteKey(Palette palette);  // stable, for QSettings: "standard", "color-blind", "high-contrast"
std::optional<Palette> paletteFromKey(const QString& key);

// The palette chosen in Preferences (QSettings "view/palette"), Standard when none was.
Palette storedPalette();
void storePalette(Palette palette);

QRgb paletteColor(Palette palette, bool presentation, ColorRole role);

// Colours shown side by side with a meaning: a view's legend (the address space's page
// states, the physical memory's frame classes), the swap slots, the TLB's marks, the chart
// series, the two buffers of the uaccess view with the page states beside them.
struct LegendGroup {
    const char* name;
    std::vector<ColorRole> roles;
};
const std::vector<LegendGroup>& legendGroups();

} // namespace pagelab::ui
