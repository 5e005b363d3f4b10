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

    // Where element `id` of this view (a highlight id) is drawn, in this dock's coordinates;
    // empty when the view does not draw it now. It may lie outside what can be seen (scrolled
    // away, behind another tab): elementShown() says whether it can, revealElement() makes it.
    QRect elementRect(const QString& id) const;
    // Whether element `id` is drawn whole where it can be seen: the dock is on screen (not
    // behind another tab of its group), and the element lies inside the visible part of the
    // widget that draws it (not scrolled away or clipped by its scroll area).
    bool elementShown(const QString& id) const;
    // Scrolls (zooms, turns to the right tab) so that element `id` can be seen; false when the
    // view does not draw it. The default scrolls the scroll area around the drawing widget.
    virtual bool revealElement(const QString& id);

    // The widget File > Export draws (the dock's content by default).
    virtual QWidget* exportWidget() const;
    // The element the current event touches, in exportWidget() coordinates; empty when none.
    // Presentation mode zooms there.
    virtual QRect focusRect() const { return {}; }

Q_SIGNALS:
    // A click asks the machine to do something: the console runs this command.
    void commandRequested(const QString& command);

protected:
    // An element as the view draws it: the widget and the rect in its coordinates.
    struct Element {
        QWidget* widget = nullptr;
        QRect rect;
        bool drawn() const { return widget && !rect.isEmpty(); }
    };
    // Per view: where element `id` is drawn (for an id naming several, such as frames.free, the
    // first of them); a null widget or an empty rect when it is not drawn now.
    virtual Element element(const QString& id) const;
    // The part of `w` that can be seen: its rect clipped by every parent up to this dock (a
    // scroll area's viewport), in w's coordinates; empty when w or a parent is hidden.
    QRect visiblePart(const QWidget* w) const;

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
