#include "presentation/presentation_keys.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWindow>

namespace pagelab::ui {

std::optional<PresentationKeys::Key> PresentationKeys::keyOf(const QKeyEvent& event)
{
    // A clicker sends plain keys; with Ctrl, Alt or Shift they are shortcuts of the window
    // (Alt+Right: the lesson's next step, Shift+PageDown: the player's Next).
    if ((event.modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return std::nullopt;
    switch (event.key()) {
    case Qt::Key_Space:
    case Qt::Key_PageDown:
    case Qt::Key_Right:
    case Qt::Key_Down: return Key::Forward;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
    case Qt::Key_Up: return Key::Back;
    case Qt::Key_B:
    case Qt::Key_Period: return Key::Blank;
    case Qt::Key_F5: return Key::Toggle;
    case Qt::Key_Escape: return Key::Leave;
    default: return std::nullopt;
    }
}

bool PresentationKeys::takesText(const QWidget* w)
{
    if (!w)
        return false;
    if (qobject_cast<const QLineEdit*>(w) || qobject_cast<const QAbstractSpinBox*>(w))
        return true;
    if (const auto* combo = qobject_cast<const QComboBox*>(w))
        return combo->isEditable();
    if (const auto* text = qobject_cast<const QTextEdit*>(w))
        return !text->isReadOnly();
    if (const auto* plain = qobject_cast<const QPlainTextEdit*>(w))
        return !plain->isReadOnly();
    return false;
}

PresentationKeys::PresentationKeys(QObject* parent)
    : QObject(parent)
{
}

PresentationKeys::~PresentationKeys()
{
    setActive(false);
}

void PresentationKeys::setActive(bool on)
{
    if (on == active_)
        return;
    active_ = on;
    if (on) {
        qApp->installEventFilter(this);
        // A text field that has the keyboard now gives it up.
        if (QWidget* focus = QApplication::focusWidget(); takesText(focus) && watches(focus) && sink_)
            sink_->setFocus(Qt::OtherFocusReason);
    } else {
        qApp->removeEventFilter(this);
    }
}

void PresentationKeys::setWindows(const QList<QWidget*>& windows)
{
    windows_.clear();
    for (QWidget* w : windows)
        windows_ << QPointer<QWidget>(w);
}

bool PresentationKeys::watches(const QObject* object) const
{
    const auto* widget = qobject_cast<const QWidget*>(object);
    if (!widget) {
        // Key events may go to the QWindow when no widget has the focus.
        for (const QPointer<QWidget>& w : windows_)
            if (w && w->windowHandle() == object)
                return true;
        return false;
    }
    const QWidget* window = widget->window();
    for (const QPointer<QWidget>& w : windows_)
        if (w == window)
            return true;
    return false;
}

bool PresentationKeys::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::FocusIn) {
        auto* widget = qobject_cast<QWidget*>(watched);
        if (takesText(widget) && watches(widget) && sink_ && sink_ != widget)
            sink_->setFocus(Qt::OtherFocusReason);
        return false;
    }
    if (type != QEvent::ShortcutOverride && type != QEvent::KeyPress && type != QEvent::KeyRelease)
        return false;
    auto* keyEvent = static_cast<QKeyEvent*>(event);
    const std::optional<Key> key = keyOf(*keyEvent);
    if (!key || !watches(watched))
        return false;
    if (type == QEvent::ShortcutOverride) {
        // Accepted: no shortcut takes the key, it comes as a KeyPress, and this filter takes it.
        event->accept();
        return true;
    }
    event->accept(); // taken here: it does not travel on to the parents
    if (type == QEvent::KeyPress) {
        switch (*key) {
        case Key::Forward: Q_EMIT forward(); break;
        case Key::Back: Q_EMIT back(); break;
        case Key::Blank:
            if (!keyEvent->isAutoRepeat())
                Q_EMIT blank();
            break;
        case Key::Toggle: Q_EMIT toggle(); break;
        case Key::Leave: Q_EMIT leave(); break;
        }
    }
    return true;
}

} // namespace pagelab::ui
