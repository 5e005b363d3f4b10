#include "common/highlight_outline.h"

#include "theme/theme.h"

#include <QEvent>
#include <QPainter>

namespace pagelab::ui {

HighlightOutline::HighlightOutline(QWidget* target, const Theme& theme)
    : QWidget(target)
    , theme_(theme)
{
    setObjectName(QStringLiteral("highlightOutline"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    target->installEventFilter(this);
    connect(&theme_, &Theme::changed, this, qOverload<>(&QWidget::update));
    hide();
}

void HighlightOutline::setOn(bool on)
{
    on_ = on;
    setGeometry(parentWidget()->rect());
    setVisible(on);
    if (on)
        raise(); // above the panel's own widgets
}

bool HighlightOutline::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget()
        && (event->type() == QEvent::Resize || event->type() == QEvent::ChildAdded)) {
        setGeometry(parentWidget()->rect());
        if (on_)
            raise();
    }
    return QWidget::eventFilter(watched, event);
}

void HighlightOutline::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const int w = theme_.presentation() ? 5 : 3;
    p.setPen(QPen(theme_.color(ColorRole::Highlight), w));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(rect()).adjusted(w / 2.0, w / 2.0, -w / 2.0, -w / 2.0));
}

} // namespace pagelab::ui
