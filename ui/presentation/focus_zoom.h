// Presentation mode's zoom: the element the current event touches, magnified, with a label
// that says what it is ("Frame 5", "TLB set 1, way 0"). Views say where that element is
// (ViewDock::focusRect); the zoom looks again once the views have drawn the player's new
// position, so it shows the element as the event left it.
//
// It is a panel of its own in the presentation layout (under the narration), not an overlay:
// it covers no control and no caption. It shows nothing rather than nothing magnified: no
// event, no element on a visible view, an element that is one flat colour, or no room to
// magnify it at least kMinScale times.
#pragma once

#include <QFrame>
#include <QList>
#include <QPointer>

class QImage;
class QLabel;
class QTimer;

namespace pagelab::ui {

class Player;
class Theme;
class ViewDock;

class FocusZoom : public QFrame {
    Q_OBJECT

public:
    static constexpr double kMaxScale = 2.5;
    static constexpr double kMinScale = 1.25;

    FocusZoom(Player& player, Theme& theme, QWidget* parent = nullptr);

    // The views to look at, in order of preference (the stage's).
    void setViews(const QList<ViewDock*>& views);
    // The view the zoom shows now, or null when it shows nothing.
    ViewDock* current() const { return current_; }
    QString label() const; // what it magnifies
    double scale() const { return scale_; }
    void refresh(); // looks at the views again (queued after the player moved)

    // Whether every pixel of `image` has the same colour (nothing to see there).
    static bool isFlat(const QImage& image);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void clear();
    void applyTheme();

    Player& player_;
    Theme& theme_;
    QList<QPointer<ViewDock>> views_;
    QPointer<ViewDock> current_;
    double scale_ = 0;
    QLabel* label_ = nullptr;
    QLabel* picture_ = nullptr;
    QTimer* later_ = nullptr;
    int retries_ = 0; // turns left to wait for the views to draw the focused event
};

} // namespace pagelab::ui
