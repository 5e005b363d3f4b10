// Presentation mode's zoom: the element the current event touches, magnified in a corner of
// its view, so the back row sees what changed. Views say where that element is
// (ViewDock::focusRect); the zoom follows the player and fades out when nothing moves.
#pragma once

#include <QLabel>
#include <QList>

class QTimer;

namespace pagelab::ui {

class Player;
class Theme;
class ViewDock;

class FocusZoom : public QLabel {
    Q_OBJECT

public:
    static constexpr int kShowMs = 2500;

    FocusZoom(Player& player, Theme& theme, QWidget* window);

    void setViews(const QList<ViewDock*>& views) { views_ = views; }
    // The view the zoom shows now, or null when hidden.
    ViewDock* current() const { return current_; }
    void refresh(); // looks at the views again (after the player moved)

private:
    Player& player_;
    Theme& theme_;
    QList<ViewDock*> views_;
    ViewDock* current_ = nullptr;
    QTimer* hide_ = nullptr;
};

} // namespace pagelab::ui
