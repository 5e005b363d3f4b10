#include "theme/theme.h"

#include <QFontDatabase>

namespace pagelab::ui {

namespace {

// Normal mode: a calm light palette. Presentation mode: pure black on white for projectors,
// with stronger accents, and type about twice the size.
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

constexpr int kNormalPointSize = 10;
constexpr int kPresentationPointSize = 18;

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
    }
    return s.text;
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

int Theme::basePointSize() const
{
    return presentation() ? kPresentationPointSize : kNormalPointSize;
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

} // namespace pagelab::ui
