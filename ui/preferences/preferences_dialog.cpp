#include "preferences/preferences_dialog.h"

#include "player/player.h"
#include "preferences/language.h"
#include "theme/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>

namespace pagelab::ui {

namespace {
const QString kAnimateKey = QStringLiteral("player/animateTyped");
}

PreferencesDialog::PreferencesDialog(Player& player, Theme& theme, QWidget* parent)
    : QDialog(parent)
    , player_(player)
    , theme_(theme)
    , paletteBefore_(theme.colorPalette())
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto* form = new QFormLayout(this);

    language_ = new QComboBox(this);
    language_->setObjectName(QStringLiteral("languageBox"));
    language_->addItem(tr("As the system (%1)").arg(languageName(effectiveLanguage())), QString());
    for (const QString& code : shippedLanguages())
        language_->addItem(languageName(code), code);
    language_->setCurrentIndex(std::max(0, language_->findData(chosenLanguage())));
    form->addRow(tr("&Language:"), language_);
    auto* note = new QLabel(tr("The menus, views and lessons change language at the next start."), this);
    note->setWordWrap(true);
    form->addRow(QString(), note);

    palette_ = new QComboBox(this);
    palette_->setObjectName(QStringLiteral("paletteBox"));
    for (Palette p : kPalettes)
        palette_->addItem(paletteName(p), paletteKey(p));
    palette_->setCurrentIndex(std::max(0, palette_->findData(paletteKey(theme_.colorPalette()))));
    palette_->setToolTip(tr("The colours of every view and legend. The colour-blind-safe palette keeps page "
                            "states apart under red-green and blue-yellow colour blindness."));
    // Every view follows at once, so the choice can be judged on the screen; Cancel undoes it.
    connect(palette_, &QComboBox::currentIndexChanged, this, [this] {
        if (const auto p = paletteFromKey(palette_->currentData().toString()))
            theme_.setColorPalette(*p);
    });
    form->addRow(tr("&Colours:"), palette_);

    animate_ = new QCheckBox(tr("&Animate typed commands event by event"), this);
    animate_->setObjectName(QStringLiteral("animateBox"));
    animate_->setChecked(player_.typedMode() == Player::Mode::Animate);
    animate_->setToolTip(
        tr("Off: a typed command's result shows at once; Back still steps through its events."));
    form->addRow(QString(), animate_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void PreferencesDialog::applyStored(Player& player)
{
    player.setTypedMode(
        QSettings().value(kAnimateKey, true).toBool() ? Player::Mode::Animate : Player::Mode::Instant);
}

void PreferencesDialog::accept()
{
    const QString before = chosenLanguage();
    setChosenLanguage(language_->currentData().toString());
    QSettings().setValue(kAnimateKey, animate_->isChecked());
    storePalette(theme_.colorPalette());
    applyStored(player_);
    QDialog::accept();
    if (chosenLanguage() != before && isVisible() == false && parentWidget())
        QMessageBox::information(
            parentWidget(), tr("Language"), tr("PageLab speaks the new language from its next start."));
}

void PreferencesDialog::reject()
{
    theme_.setColorPalette(paletteBefore_);
    QDialog::reject();
}

} // namespace pagelab::ui
