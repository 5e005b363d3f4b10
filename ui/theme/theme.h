// Colours and type sizes, in one place. Views ask the theme for a role, never write a colour
// literal; presentation mode and the palette chosen in Preferences (palette.h) change them all
// at once: every view redraws on `changed`.
#pragma once

#include "theme/color_role.h"
#include "theme/palette.h"

#include <QColor>
#include <QFont>
#include <QObject>
#include <QPalette>
#include <QString>
#include <QStringList>

namespace pagelab::ui {

class Theme : public QObject {
    Q_OBJECT

public:
    enum class Mode { Normal, Presentation };

    explicit Theme(QObject* parent = nullptr);

    Mode mode() const { return mode_; }
    void setMode(Mode mode);
    bool presentation() const { return mode_ == Mode::Presentation; }

    // The palette (Preferences; the main window applies the stored one at start).
    Palette colorPalette() const { return palette_; }
    void setColorPalette(Palette palette);

    QColor color(ColorRole role) const;
    QPalette palette() const;

    // Type size. Presentation type follows the screen: text keeps the same share of the
    // projected picture whatever the projector's resolution (18 pt on a 1080-pixel-high
    // screen, never below 12 pt). The user scales it further per mode (View > Larger type),
    // for the size of the room or of the desk.
    void setScreenHeight(int logicalPixels); // the screen the window is on (0: unknown)
    int screenHeight() const { return screenHeight_; }
    int typeScale() const; // per cent, in the current mode
    int typeScale(Mode mode) const { return mode == Mode::Presentation ? presentationScale_ : normalScale_; }
    void setTypeScale(Mode mode, int percent); // clamped to the steps below
    bool canEnlargeType() const;
    bool canShrinkType() const;
    void enlargeType(); // the next step up, in the current mode
    void shrinkType();
    static constexpr int kTypeScales[] = { 60, 70, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300 };

    // The UI's language ("en", "de", "zh_CN": preferences/language.h), for the fonts: Chinese
    // text in the mono font needs a CJK face with fixed-width glyphs, else the CJK characters
    // fall back to a proportional font and columns no longer line up.
    void setLanguage(const QString& code);
    QString language() const { return language_; }
    // The mono font's families for a language, the first installed one wins (the CJK faces
    // come from fonts-noto-cjk, scripts/setup-deps.sh).
    static QStringList monoFamilies(const QString& language);

    int basePointSize() const; // body text
    QFont uiFont() const;      // menus, labels, tables
    QFont monoFont() const;    // the console and addresses (a CJK monospace face in Chinese)
    QFont titleFont() const;   // the welcome page's title
    QFont headingFont() const; // section headings
    QFont captionFont() const; // presentation mode's caption: the current event's sentence
    QFont readingFont() const; // presentation mode's lesson text, a step above uiFont

Q_SIGNALS:
    void changed();

private:
    Mode mode_ = Mode::Normal;
    Palette palette_ = Palette::Standard;
    QString language_ = QStringLiteral("en");
    mutable QString monoFamily_; // the first of monoFamilies(language_) installed
    int screenHeight_ = 0;
    int normalScale_ = 100;
    int presentationScale_ = 100;
};

} // namespace pagelab::ui
