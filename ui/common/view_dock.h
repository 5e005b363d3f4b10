// What every view is: a dock that follows the player and draws what the engine reports.
// Lessons highlight its elements by stable ids ("walk.entry.pml4", see docs/lesson-format.md),
// presentation mode zooms on the element being animated, File > Export draws it to PNG or SVG,
// and a click that acts on the machine asks for a command instead of touching the engine:
// the console runs it and shows it, so users learn the language.
#pragma once

#include <QDockWidget>
#include <QRect>
#include <QStringList>

namespace pagelab::ui {

class Player;
class Theme;

class ViewDock : public QDockWidget {
    Q_OBJECT

public:
    // `viewId` is the first word of this view's element ids ("space", "walk", "frames", ...).
    ViewDock(
        const QString& title, const QString& viewId, Player& player, Theme& theme, QWidget* parent = nullptr);

    QString viewId() const { return viewId_; }

    // Emphasizes these elements (ids of this view; others are ignored). Empty: none.
    virtual void setHighlights(const QStringList& ids);
    QStringList highlights() const { return highlights_; }

    // The widget File > Export draws (the dock's content by default).
    virtual QWidget* exportWidget() const;
    // The element the current event touches, in exportWidget() coordinates; empty when none.
    // Presentation mode zooms there.
    virtual QRect focusRect() const { return {}; }

Q_SIGNALS:
    // A click asks the machine to do something: the console runs this command.
    void commandRequested(const QString& command);

protected:
    // Puts `content` in a vertical scroll area as the dock's widget: a short dock (large type
    // in presentation mode) scrolls instead of squeezing or overlapping its parts.
    void setScrollingContent(QWidget* content);
    Player& player() const { return player_; }
    Theme& theme() const { return theme_; }

private:
    QString viewId_;
    Player& player_;
    Theme& theme_;
    QStringList highlights_;
};

} // namespace pagelab::ui
