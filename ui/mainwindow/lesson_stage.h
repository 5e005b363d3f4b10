// While a lesson runs, the lesson and its views own the window: the stage. Each step names the
// views it is about (LessonPanel::stage()); they come to the front, all visible at the same time
// and sized to be readable, and the elements the step highlights are scrolled into view.
//
// The lesson's layout: the lesson panel is a column of its own on the right, the whole height;
// the views are in two columns beside it (where pages live on the left: address spaces,
// physical memory, swap; how an address is translated in the middle: walk, TLB, uaccess,
// charts); the console and the event log share a strip under the views. A step's views each get a slot of
// their own in their column (two views that share a tab group are split apart); when one column would hold
// two views more than the other, views move over; the others wait behind the step's views as tabs. The layout
// from before the lesson comes back when it ends (and is what the window saves on quit).
//
// Highlights: views outline their own elements (ViewDock::setHighlights); `log`, `console` and
// `player` get an outline around the whole panel (HighlightOutline).
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

class QDockWidget;
class QMainWindow;
class QToolBar;
class QWidget;

namespace pagelab::ui {

class HighlightOutline;
class Player;
class Theme;
class ViewDock;

class LessonStage : public QObject {
    Q_OBJECT

public:
    struct Parts {
        QList<ViewDock*> views; // space walk frames tlb swap uaccess charts
        QDockWidget* lesson = nullptr;
        QDockWidget* console = nullptr;
        QDockWidget* log = nullptr;
        QToolBar* player = nullptr;
    };
    // `layoutVersion`: of QMainWindow::saveState, for the layout kept while the lesson runs.
    LessonStage(
        QMainWindow& window, const Parts& parts, Player& player, const Theme& theme, int layoutVersion);

    bool active() const { return active_; }
    // True while the stage moves docks around (they hide and show: not the user's doing).
    bool rearranging() const { return rearranging_; }
    void forgetArrangement() { built_ = false; } // the docks were moved: the next setStage rebuilds
    // On: the lesson takes the window (the layout so far is kept). Off: it is given back.
    void setActive(bool on);
    // The layout from before the lesson while one runs, else the window's own.
    QByteArray homeState() const;

    // The step's views ("walk", "tlb", "log" ...): to the front, visible together, sized.
    void setStage(const QStringList& viewIds);
    QStringList stage() const { return stage_; }
    // The highlight ids to outline (those that show something now, LessonPanel::shownHighlights).
    void setHighlights(const QStringList& ids);
    QStringList highlights() const { return highlights_; }
    // Scrolls every highlighted element into view (the first of a view wins when not all fit).
    void reveal();
    // Sizes the columns and slots for the current stage (after a resize, a type size change).
    void resize();

    // Whether view `id` can be seen now: its dock in the window and in front of its tab group
    // (a panel or the player bar on screen).
    bool viewShown(const QString& id) const;
    // Whether highlighted element `id` can be seen now: drawn whole in the visible part of its
    // view, or the outlined panel on screen.
    bool elementShown(const QString& id) const;
    // The widget a `log`, `console` or `player` view id stands for; null for other ids.
    QWidget* panel(const QString& id) const;
    HighlightOutline* outline(const QString& id) const { return outlines_.value(id); }

private:
    using Slots = QList<QList<QDockWidget*>>; // each slot: its docks, the front one first
    struct Arrangement {
        Slots left, middle;
        bool operator==(const Arrangement&) const = default;
    };
    Arrangement arrangementFor(const QList<ViewDock*>& onStage) const;
    void build(const Arrangement& a);
    ViewDock* view(const QString& id) const;
    QList<ViewDock*> stageViews() const;

    QMainWindow& window_;
    Parts parts_;
    Player& player_;
    const Theme& theme_;
    int layoutVersion_ = 0;
    bool active_ = false;
    QByteArray home_;
    QStringList stage_;
    QStringList highlights_;
    Arrangement current_;
    bool built_ = false;
    bool rearranging_ = false;
    QHash<QString, HighlightOutline*> outlines_;
};

} // namespace pagelab::ui
