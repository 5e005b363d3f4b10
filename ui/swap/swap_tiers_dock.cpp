#include "swap/swap_tiers_dock.h"

#include "player/player.h"
#include "swap/swap_tiers_widget.h"
#include "theme/theme.h"

#include <QScrollArea>

namespace pagelab::ui {

SwapTiersDock::SwapTiersDock(Player& player, Theme& theme, QWidget* parent)
    : ViewDock(tr("Swap tiers"), QStringLiteral("swap"), player, theme, parent)
{
    view_ = new SwapTiersWidget(theme, this);
    view_->setModel(&model_);
    scroll_ = new QScrollArea(this);
    scroll_->setWidgetResizable(true);
    scroll_->setWidget(view_);
    setWidget(scroll_);
    connect(view_, &SwapTiersWidget::commandRequested, this, &ViewDock::commandRequested);
    connect(&player, &Player::stateChanged, this, &SwapTiersDock::rebuild);
    connect(&player, &Player::cursorMoved, this, &SwapTiersDock::updateFlash);
    connect(&theme, &Theme::changed, view_, &SwapTiersWidget::relayout);
    rebuild();
    updateFlash();
}

void SwapTiersDock::rebuild()
{
    model_.rebuild(player().state(), player().journal(), player().visibleJournalEvents());
    view_->relayout();
}

void SwapTiersDock::updateFlash()
{
    view_->setFlash(SwapTiersModel::flashFor(player().focusedEvent()));
}

void SwapTiersDock::setHighlights(const QStringList& ids)
{
    ViewDock::setHighlights(ids);
    view_->setHighlights(highlights());
    // Bring a highlighted lane into view.
    for (const QString& id : highlights()) {
        const QStringList parts = id.split(QLatin1Char('.'));
        if (parts.size() >= 3) {
            const QRect r = view_->laneRect(parts[2]);
            if (!r.isEmpty())
                scroll_->ensureVisible(r.center().x(), r.center().y(), r.width() / 2, r.height() / 2);
        }
    }
}

ViewDock::Element SwapTiersDock::element(const QString& id) const
{
    const QStringList parts = id.split(QLatin1Char('.'));
    if (parts.size() == 3 && parts[1] == QLatin1String("area"))
        return { view_, view_->laneRect(parts[2]) };
    bool ok = false;
    const u64 slot = parts.size() == 4 ? parts[3].toULongLong(&ok, 0) : 0;
    if (ok && parts[1] == QLatin1String("slot"))
        return { view_, view_->slotRect(parts[2], slot) };
    return {};
}

QWidget* SwapTiersDock::exportWidget() const
{
    return view_;
}

QRect SwapTiersDock::focusRect() const
{
    return view_->flashRect();
}

} // namespace pagelab::ui
