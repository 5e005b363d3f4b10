// A lesson's highlight of a whole panel (`log`, `console`, `player`): an outline in the theme's
// Highlight colour drawn over the panel's edge. It sits on top of the panel as a child that
// lets every click through, and follows the panel's size.
#pragma once

#include <QWidget>

namespace pagelab::ui {

class Theme;

class HighlightOutline : public QWidget {
    Q_OBJECT

public:
    // Outlines `target` (it becomes the parent); hidden until setOn(true).
    HighlightOutline(QWidget* target, const Theme& theme);

    void setOn(bool on);
    bool on() const { return on_; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const Theme& theme_;
    bool on_ = false;
};

} // namespace pagelab::ui
