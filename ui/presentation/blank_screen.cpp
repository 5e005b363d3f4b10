#include "presentation/blank_screen.h"

#include <QEvent>
#include <QPainter>

namespace pagelab::ui {

BlankScreen::BlankScreen(QWidget* window)
    : QWidget(window)
{
    setObjectName(QStringLiteral("presentationBlank"));
    setCursor(Qt::BlankCursor);
    hide();
    window->installEventFilter(this);
}

void BlankScreen::setBlank(bool on)
{
    if (on == isVisible())
        return;
    if (on) {
        setGeometry(parentWidget()->rect());
        show();
        raise();
    } else {
        hide();
    }
    Q_EMIT blankChanged(on);
}

bool BlankScreen::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void BlankScreen::paintEvent(QPaintEvent*)
{
    // Black whatever the theme: a blanked projector shows nothing (not a theme colour).
    QPainter(this).fillRect(rect(), Qt::black);
}

} // namespace pagelab::ui
