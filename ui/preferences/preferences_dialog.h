// Edit > Preferences: the language (applied at the next start, when every window is built in
// it), whether typed commands animate, and the player's speed.
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;

namespace pagelab::ui {

class Player;

class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    PreferencesDialog(Player& player, QWidget* parent = nullptr);

    QComboBox* languageBox() const { return language_; }
    QCheckBox* animateBox() const { return animate_; }

    // Applies the stored preferences to the player (at start).
    static void applyStored(Player& player);

private:
    void accept() override;

    Player& player_;
    QComboBox* language_ = nullptr;
    QCheckBox* animate_ = nullptr;
};

} // namespace pagelab::ui
