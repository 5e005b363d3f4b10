// The audience's column in presentation mode: the open lesson step's heading and text (its
// narration, its quiz and task, from StepText), and under them the zoom (FocusZoom) in the
// room the text leaves. The text wraps to the column's width; the layout (AudienceLayout)
// widens the column until the text fits, and only when it cannot does the text scroll.
#pragma once

#include <QWidget>

class QLabel;
class QScrollArea;

namespace pagelab::ui {

class FocusZoom;
class Theme;

class NarrationView : public QWidget {
    Q_OBJECT

public:
    NarrationView(FocusZoom* zoom, Theme& theme, QWidget* parent = nullptr);

    void setText(const QString& heading, const QString& html);
    // Scrolls to the end of the text, where an answer's explanation or a task's verdict was
    // added: a room cannot scroll, so what just appeared is what it sees.
    void showEnd();
    QString heading() const;
    QString html() const;
    // The height heading and text need at column width `width` (margins included).
    int textHeight(int width) const;
    // The least room the zoom is given a place in; below it the text takes everything.
    int minimumZoomHeight() const;
    FocusZoom* zoom() const { return zoom_; }
    // Whether the text has all the height it needs (no scroll bar).
    bool textFits() const;

    // It places its parts itself (no layout): any size will do, the layout gives it one.
    QSize minimumSizeHint() const override { return { 0, 0 }; }
    QSize sizeHint() const override { return { 400, 300 }; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void place();
    void applyTheme();

    Theme& theme_;
    QLabel* heading_ = nullptr;
    QLabel* text_ = nullptr;
    QWidget* textBox_ = nullptr;
    QScrollArea* scroll_ = nullptr;
    FocusZoom* zoom_ = nullptr;
};

} // namespace pagelab::ui
