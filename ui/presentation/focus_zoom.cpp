#include "presentation/focus_zoom.h"

#include "common/view_dock.h"
#include "player/player.h"
#include "theme/theme.h"

#include <QPixmap>
#include <QTimer>

namespace pagelab::ui {

FocusZoom::FocusZoom(Player& player, Theme& theme, QWidget* window)
    : QLabel(window)
    , player_(player)
    , theme_(theme)
    , hide_(new QTimer(this))
{
    setObjectName(QStringLiteral("focusZoom"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    hide_->setSingleShot(true);
    hide_->setInterval(kShowMs);
    connect(hide_, &QTimer::timeout, this, [this] {
        hide();
        current_ = nullptr;
    });
    connect(&player_, &Player::cursorMoved, this, &FocusZoom::refresh);
    hide();
}

void FocusZoom::refresh()
{
    if (!theme_.presentation() || !player_.focusedEvent()) {
        hide();
        current_ = nullptr;
        return;
    }
    for (ViewDock* v : views_) {
        QWidget* w = v->exportWidget();
        if (!w || !v->isVisible() || !w->isVisible())
            continue;
        QRect r = v->focusRect();
        if (r.isEmpty())
            continue;
        r = r.adjusted(-12, -12, 12, 12).intersected(w->rect());
        if (r.isEmpty())
            continue;
        const QWidget* window = parentWidget();
        const QSize room(window->width() * 2 / 5, window->height() * 2 / 5);
        QPixmap shot = w->grab(r).scaled(r.size() * 2, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        if (shot.width() > room.width() || shot.height() > room.height())
            shot = shot.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        setPixmap(shot);
        setStyleSheet(
            QStringLiteral("QLabel { border: 4px solid %1; background: %2; }")
                .arg(theme_.color(ColorRole::Focus).name(), theme_.color(ColorRole::Surface).name()));
        adjustSize();
        // In the corner of the view's dock that is farthest from the element.
        const QPoint dockTopLeft = v->mapTo(window, QPoint(0, 0));
        const QPoint elementCentre = w->mapTo(window, r.center());
        const QPoint dockCentre = dockTopLeft + QPoint(v->width() / 2, v->height() / 2);
        int x = elementCentre.x() < dockCentre.x() ? dockTopLeft.x() + v->width() - width() - 8
                                                   : dockTopLeft.x() + 8;
        int y = elementCentre.y() < dockCentre.y() ? dockTopLeft.y() + v->height() - height() - 8
                                                   : dockTopLeft.y() + 8;
        x = std::clamp(x, 0, std::max(0, window->width() - width()));
        y = std::clamp(y, 0, std::max(0, window->height() - height()));
        move(x, y);
        show();
        raise();
        current_ = v;
        hide_->start();
        return;
    }
    hide();
    current_ = nullptr;
}

} // namespace pagelab::ui
