#include "theme/theme.h"

#include <QFontDatabase>

#include <algorithm>
#include <cstdlib>
#include <iterator>

namespace pagelab::ui {

namespace {

// Normal mode: a calm light palette. Presentation mode: pure black on white for projectors,
// with stronger accents, and larger type sized to the screen (basePointSize).
struct Scheme {
    QColor window, surface, text, muted, accent, input, error, success, highlight;
};

const Scheme kNormal {
    .window = QColor(0xf4, 0xf5, 0xf7),
    .surface = QColor(0xff, 0xff, 0xff),
    .text = QColor(0x1f, 0x23, 0x28),
    .muted = QColor(0x6a, 0x73, 0x7d),
    .accent = QColor(0x1f, 0x5f, 0xa8),
    .input = QColor(0x3a, 0x3f, 0x8f),
    .error = QColor(0xb3, 0x1d, 0x28),
    .success = QColor(0x1a, 0x7f, 0x37),
    .highlight = QColor(0xcc, 0xe0, 0xf5),
};

const Scheme kPresentation {
    .window = QColor(0xff, 0xff, 0xff),
    .surface = QColor(0xff, 0xff, 0xff),
    .text = QColor(0x00, 0x00, 0x00),
    .muted = QColor(0x40, 0x40, 0x40),
    .accent = QColor(0x00, 0x3d, 0x99),
    .input = QColor(0x1a, 0x1a, 0x80),
    .error = QColor(0xa0, 0x00, 0x00),
    .success = QColor(0x00, 0x66, 0x00),
    .highlight = QColor(0xff, 0xe0, 0x80),
};

// The view colours: a colour-blind-safe set (Okabe–Ito based) in normal mode; in presentation
// mode the same hues, darker and more saturated, so they survive a washed-out projector.
QColor viewColor(ColorRole role, bool presentation)
{
    const auto pick = [presentation](QRgb normal, QRgb present) {
        return QColor::fromRgb(presentation ? present : normal);
    };
    switch (role) {
    case ColorRole::PageUnmapped: return pick(0xf4f5f7, 0xffffff);
    case ColorRole::PageUntouched: return pick(0xdfe3e8, 0xd0d0d0);
    case ColorRole::PageResident: return pick(0x56b4e9, 0x0072b2);
    case ColorRole::PageSwapped: return pick(0xe69f00, 0xc06000);
    case ColorRole::PageFileClean: return pick(0x9ad0a0, 0x2e8b57);
    case ColorRole::PageFileDirty: return pick(0x009e73, 0x00553d);
    case ColorRole::PageShared: return pick(0xcc79a7, 0x9c2a74);
    case ColorRole::PageLocked: return pick(0x3d2b1f, 0x000000);
    case ColorRole::PageDevice: return pick(0xf0e442, 0xb8a800);
    case ColorRole::PageTable: return pick(0x8c8cc8, 0x4b4b9b);
    case ColorRole::FrameFree: return pick(0xffffff, 0xffffff);
    case ColorRole::Hit: return pick(0x1a7f37, 0x006600);
    case ColorRole::Miss: return pick(0xd55e00, 0xb03000);
    case ColorRole::Fault: return pick(0xb31d28, 0xa00000);
    case ColorRole::Flash: return pick(0xffd400, 0xffb000);
    case ColorRole::Grid: return pick(0xc8ced6, 0x606060);
    case ColorRole::KernelSide: return pick(0xe8d5f0, 0xc9a0dc);
    case ColorRole::UserSide: return pick(0xd5e8f5, 0xa0c8e8);
    case ColorRole::Series1: return pick(0x0072b2, 0x004c80);
    case ColorRole::Series2: return pick(0xd55e00, 0xa04000);
    case ColorRole::Series3: return pick(0x009e73, 0x006b4e);
    case ColorRole::Series4: return pick(0xcc79a7, 0x9c2a74);
    case ColorRole::Series5: return pick(0xe69f00, 0xa06c00);
    case ColorRole::Series6: return pick(0x56b4e9, 0x1f7fb8);
    default: return pick(0x000000, 0x000000);
    }
}

constexpr int kNormalPointSize = 10;
// Presentation type: 18 pt on a screen 1080 pixels high, in proportion on others (a 720p
// projector shows 12 pt as large as a 1080p one shows 18), never below kMinPresentationPointSize.
constexpr int kPresentationPointSize = 18;
constexpr int kReferenceScreenHeight = 1080;
constexpr int kMinPresentationPointSize = 12;
constexpr int kMaxPointSize = 120;

// The step of Theme::kTypeScales nearest to `percent`.
int nearestScale(int percent)
{
    int best = 100;
    for (int s : Theme::kTypeScales)
        if (std::abs(s - percent) < std::abs(best - percent))
            best = s;
    return best;
}

} // namespace

Theme::Theme(QObject* parent)
    : QObject(parent)
{
}

void Theme::setMode(Mode mode)
{
    if (mode == mode_)
        return;
    mode_ = mode;
    Q_EMIT changed();
}

QColor Theme::color(ColorRole role) const
{
    const Scheme& s = presentation() ? kPresentation : kNormal;
    switch (role) {
    case ColorRole::Window: return s.window;
    case ColorRole::Surface: return s.surface;
    case ColorRole::Text: return s.text;
    case ColorRole::MutedText: return s.muted;
    case ColorRole::Accent: return s.accent;
    case ColorRole::Input: return s.input;
    case ColorRole::Error: return s.error;
    case ColorRole::Success: return s.success;
    case ColorRole::Highlight: return s.highlight;
    default: break;
    }
    return viewColor(role, presentation());
}

QPalette Theme::palette() const
{
    QPalette p;
    p.setColor(QPalette::Window, color(ColorRole::Window));
    p.setColor(QPalette::WindowText, color(ColorRole::Text));
    p.setColor(QPalette::Base, color(ColorRole::Surface));
    p.setColor(QPalette::AlternateBase, color(ColorRole::Window));
    p.setColor(QPalette::Text, color(ColorRole::Text));
    p.setColor(QPalette::Button, color(ColorRole::Window));
    p.setColor(QPalette::ButtonText, color(ColorRole::Text));
    p.setColor(QPalette::ToolTipBase, color(ColorRole::Surface));
    p.setColor(QPalette::ToolTipText, color(ColorRole::Text));
    p.setColor(QPalette::PlaceholderText, color(ColorRole::MutedText));
    p.setColor(QPalette::Highlight, color(ColorRole::Highlight));
    p.setColor(QPalette::HighlightedText, color(ColorRole::Text));
    p.setColor(QPalette::Link, color(ColorRole::Accent));
    p.setColor(QPalette::Disabled, QPalette::Text, color(ColorRole::MutedText));
    p.setColor(QPalette::Disabled, QPalette::WindowText, color(ColorRole::MutedText));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, color(ColorRole::MutedText));
    return p;
}

void Theme::setScreenHeight(int logicalPixels)
{
    const int height = std::max(0, logicalPixels);
    if (height == screenHeight_)
        return;
    const int before = basePointSize();
    screenHeight_ = height;
    if (basePointSize() != before)
        Q_EMIT changed();
}

int Theme::typeScale() const
{
    return typeScale(mode_);
}

void Theme::setTypeScale(Mode mode, int percent)
{
    int& scale = mode == Mode::Presentation ? presentationScale_ : normalScale_;
    const int snapped = nearestScale(percent);
    if (snapped == scale)
        return;
    scale = snapped;
    if (mode == mode_)
        Q_EMIT changed();
}

bool Theme::canEnlargeType() const
{
    return typeScale() < std::end(kTypeScales)[-1];
}

bool Theme::canShrinkType() const
{
    return typeScale() > kTypeScales[0];
}

void Theme::enlargeType()
{
    const int* next = std::upper_bound(std::begin(kTypeScales), std::end(kTypeScales), typeScale());
    if (next != std::end(kTypeScales))
        setTypeScale(mode_, *next);
}

void Theme::shrinkType()
{
    const int* first = std::begin(kTypeScales);
    const int* at = std::lower_bound(first, std::end(kTypeScales), typeScale());
    if (at != first)
        setTypeScale(mode_, *(at - 1));
}

int Theme::basePointSize() const
{
    if (!presentation())
        return std::clamp((kNormalPointSize * normalScale_ + 50) / 100, 6, kMaxPointSize);
    const int height = screenHeight_ > 0 ? screenHeight_ : kReferenceScreenHeight;
    const int forScreen = std::max(kMinPresentationPointSize,
        (kPresentationPointSize * height + kReferenceScreenHeight / 2) / kReferenceScreenHeight);
    return std::clamp((forScreen * presentationScale_ + 50) / 100, 6, kMaxPointSize);
}

QFont Theme::uiFont() const
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    f.setPointSize(basePointSize());
    return f;
}

QFont Theme::monoFont() const
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    f.setStyleHint(QFont::Monospace);
    f.setPointSize(basePointSize());
    return f;
}

QFont Theme::titleFont() const
{
    QFont f = uiFont();
    f.setPointSize(basePointSize() * 2);
    f.setBold(true);
    return f;
}

QFont Theme::headingFont() const
{
    QFont f = uiFont();
    f.setPointSize(basePointSize() * 13 / 10);
    f.setBold(true);
    return f;
}

QFont Theme::readingFont() const
{
    QFont f = uiFont();
    f.setPointSize(std::min(kMaxPointSize, basePointSize() * 6 / 5));
    return f;
}

QFont Theme::captionFont() const
{
    QFont f = uiFont();
    f.setPointSize(std::min(kMaxPointSize, basePointSize() * 3 / 2));
    f.setWeight(QFont::DemiBold);
    return f;
}

} // namespace pagelab::ui
