// View > Larger type, Smaller type and Normal type size (Ctrl++, Ctrl+-, Ctrl+0) for the
// current mode, so that an instructor can size the type to the room (design.md, Presentation
// mode) and a student to the desk. Each mode keeps its own size between runs (QSettings). It
// also tells the theme the height of the screen the window is on, and follows the window
// to another screen (a projector plugged in), so presentation type fits the picture.
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QScreen;
class QWidget;

namespace pagelab::ui {

class Theme;

class TypeSizeActions : public QObject {
    Q_OBJECT

public:
    // `window` is the top-level window whose screen counts; the actions are its children.
    TypeSizeActions(Theme& theme, QWidget* window);

    QAction* larger() const { return larger_; }
    QAction* smaller() const { return smaller_; }
    QAction* normal() const { return normal_; }
    QList<QAction*> actions() const { return { larger_, smaller_, normal_ }; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void followScreen(QScreen* screen);
    void themeChanged(); // enables the actions and keeps the sizes

    Theme& theme_;
    QWidget* window_;
    QAction* larger_;
    QAction* smaller_;
    QAction* normal_;
    QScreen* screen_ = nullptr;
    bool watching_ = false; // connected to the window handle's screenChanged
};

} // namespace pagelab::ui
