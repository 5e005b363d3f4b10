// Edit > Preferences: the language (applied at the next start, when every window is built in
// it), the colour palette (theme/palette.h: every view follows at once, Cancel goes back),
// whether typed commands animate, and the player's speed.
#pragma once

#include "theme/palette.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;

namespace pagelab::ui {

class Player;
class Theme;

class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    PreferencesDialog(Player& player, Theme& theme, QWidget* parent = nullptr);

    QComboBox* languageBox() const { return language_; }
    QComboBox* paletteBox() const { return palette_; }
    QCheckBox* animateBox() const { return animate_; }

    // Applies the stored preferences to the player (at start).
    static void applyStored(Player& player);

    void accept() override;
    void reject() override;

private:
    Player& player_;
    Theme& theme_;
    Palette paletteBefore_;
    QComboBox* language_ = nullptr;
    QComboBox* palette_ = nullptr;
    QCheckBox* animate_ = nullptr;
};

} // namespace pagelab::ui
