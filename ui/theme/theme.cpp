#include "theme/theme.h"

#include <QFontDatabase>

#include <algorithm>
#include <cstdlib>
#include <iterator>

namespace pagelab::ui {

namespace {

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

void Theme::setColorPalette(Palette palette)
{
    if (palette == palette_)
        return;
    palette_ = palette;
    Q_EMIT changed();
}

QColor Theme::color(ColorRole role) const
{
    return QColor::fromRgb(paletteColor(palette_, presentation(), role));
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

void Theme::setLanguage(const QString& code)
{
    if (code == language_)
        return;
    language_ = code;
    monoFamily_.clear();
    Q_EMIT changed();
}

QStringList Theme::monoFamilies(const QString& language)
{
    QStringList families;
    if (language.startsWith(QLatin1String("zh")))
        families << QStringLiteral("Noto Sans Mono CJK SC") << QStringLiteral("Noto Sans Mono CJK TC")
                 << QStringLiteral("Noto Sans Mono CJK JP") << QStringLiteral("WenQuanYi Zen Hei Mono");
    families << QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    return families;
}

QFont Theme::monoFont() const
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (monoFamily_.isEmpty()) { // looked up once per language: views ask for the font on every paint
        const QStringList families = monoFamilies(language_);
        monoFamily_ = families.last();
        for (const QString& family : families) {
            if (QFontDatabase::hasFamily(family)) {
                monoFamily_ = family;
                break;
            }
        }
    }
    f.setFamily(monoFamily_);
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
