#include "common/view_dock.h"

#include <QScrollArea>

namespace pagelab::ui {

ViewDock::ViewDock(const QString& title, const QString& viewId, Player& player, Theme& theme, QWidget* parent)
    : QDockWidget(title, parent)
    , viewId_(viewId)
    , player_(player)
    , theme_(theme)
{
    setObjectName(viewId + QStringLiteral("Dock"));
}

void ViewDock::setHighlights(const QStringList& ids)
{
    highlights_.clear();
    const QString prefix = viewId_ + QLatin1Char('.');
    for (const QString& id : ids)
        if (id == viewId_ || id.startsWith(prefix))
            highlights_ << id;
    if (widget())
        widget()->update();
}

QWidget* ViewDock::exportWidget() const
{
    return widget();
}

void ViewDock::setScrollingContent(QWidget* content)
{
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    setWidget(scroll);
}

} // namespace pagelab::ui
