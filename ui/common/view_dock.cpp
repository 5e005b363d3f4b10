#include "common/view_dock.h"

#include <QScrollArea>

#include <algorithm>

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

ViewDock::Element ViewDock::element(const QString&) const
{
    return {};
}

QRect ViewDock::elementRect(const QString& id) const
{
    const Element e = element(id);
    if (!e.drawn())
        return {};
    return QRect(e.widget->mapTo(this, e.rect.topLeft()), e.rect.size());
}

QRect ViewDock::visiblePart(const QWidget* w) const
{
    if (w->isHidden())
        return {};
    QRect part = w->rect();
    for (const QWidget* a = w->parentWidget(); a; a = a->parentWidget()) {
        if (a->isHidden())
            return {};
        part &= QRect(w->mapFrom(a, QPoint(0, 0)), a->size());
        if (a == this)
            break;
    }
    // The dock inside the window: a tab behind the current one of its group is moved out of it.
    if (const QWidget* window = this->window(); window && window != this)
        part &= QRect(w->mapFrom(window, QPoint(0, 0)), window->size());
    return part;
}

bool ViewDock::elementShown(const QString& id) const
{
    // A tab behind the current one of its group stays "visible" but is moved out of the
    // window: visiblePart() clips it away.
    const Element e = element(id);
    return e.drawn() && isVisible() && visiblePart(e.widget).contains(e.rect);
}

bool ViewDock::revealElement(const QString& id)
{
    const Element e = element(id);
    if (!e.drawn())
        return false;
    // The scroll area whose content holds the drawing widget.
    for (QWidget* content = e.widget; content && content != this; content = content->parentWidget()) {
        QWidget* viewport = content->parentWidget();
        auto* scroll = viewport ? qobject_cast<QScrollArea*>(viewport->parentWidget()) : nullptr;
        if (scroll && scroll->widget() == content) {
            // The element whole when it fits, else its top left corner and as much as fits.
            const QRect r(e.widget->mapTo(content, e.rect.topLeft()), e.rect.size());
            const QSize room = scroll->viewport()->size();
            const int w = std::max(1, std::min(r.width() + 8, room.width())) / 2;
            const int h = std::max(1, std::min(r.height() + 8, room.height())) / 2;
            scroll->ensureVisible(r.left() - 4 + w, r.top() - 4 + h, w, h);
            break;
        }
    }
    return true;
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
