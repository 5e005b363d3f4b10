// The keyboard in presentation mode, as presentation remotes ("clickers") send it: Space,
// PageDown, Right and Down go forward, PageUp, Left and Up go back, B and period blank the
// screen, F5 toggles presentation mode and Esc leaves it.
//
// Whatever widget was clicked last, these keys do that: an application event filter takes
// them (and their ShortcutOverride, so no shortcut and no widget sees them) in the windows it
// watches. It also keeps text fields from taking the keyboard there: a field that gets the
// focus (a click into it) hands it to the focus sink, so Space never types.
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class QKeyEvent;
class QWidget;

namespace pagelab::ui {

class PresentationKeys : public QObject {
    Q_OBJECT

public:
    enum class Key { Forward, Back, Blank, Toggle, Leave };
    // The clicker key an event is, if any (modifiers other than the keypad's: none).
    static std::optional<Key> keyOf(const QKeyEvent& event);
    // Whether `w` takes typed text (a line edit, an editable text or spin box, an editable combo).
    static bool takesText(const QWidget* w);

    explicit PresentationKeys(QObject* parent = nullptr);
    ~PresentationKeys() override;

    // On: the filter watches the windows and takes the keys. Off: keys are the widgets' again.
    void setActive(bool on);
    bool active() const { return active_; }
    void setWindows(const QList<QWidget*>& windows);
    // Where the keyboard focus goes instead of a text field (a widget that types nothing).
    void setFocusSink(QWidget* sink) { sink_ = sink; }

Q_SIGNALS:
    void forward();
    void back();
    void blank();
    void toggle();
    void leave();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool watches(const QObject* object) const;

    bool active_ = false;
    QList<QPointer<QWidget>> windows_;
    QPointer<QWidget> sink_;
};

} // namespace pagelab::ui
