// What the audience sees in presentation mode, as an arrangement of the main window's docks:
// the stage (the views the lesson step is about, large, on the left), the narration column
// (NarrationView, on the right) and the caption (EventCaption) across the bottom. Every other
// dock, the toolbars and their file paths are hidden; leave() lays the normal docks out again
// (setNormalLayout) and shows those that were shown.
//
// divide() shares the screen again whenever the type size, the text or the window changes:
// the caption gets the height its sentence needs (two lines at least, half the screen at
// most), the narration column the least width at which its text fits (from kMinNarrationShare
// of the screen up to kMaxNarrationShare, beyond which its text scrolls), the stage the rest.
// One stage view fills the stage; two are stacked (the views are wide); three put the first on
// top and the other two side by side.
#pragma once

#include <functional>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QDockWidget;
class QMainWindow;
class QToolBar;

namespace pagelab::ui {

class EventCaption;
class NarrationView;
class ViewDock;

class AudienceLayout : public QObject {
    Q_OBJECT

public:
    static constexpr double kMinNarrationShare = 0.3;
    static constexpr double kMaxNarrationShare = 0.55;

    // `others`: the docks that are not views (console, log, lesson panel): hidden here.
    AudienceLayout(QMainWindow& window, const QList<ViewDock*>& views, const QList<QDockWidget*>& others,
        NarrationView* narration, EventCaption* caption);

    void enter();
    void leave();
    // Lays the docks out as in normal mode again, when leave() has put their places back (the
    // docks shown before come back). Not a state saved by enter(): with a lesson opened in
    // between, Qt 6.4's QMainWindow::restoreState crashed on it (test_presentation).
    void setNormalLayout(std::function<void()> arrange) { normalLayout_ = std::move(arrange); }
    bool entered() const { return entered_; }

    // The views the step is about, by id (the order says where, see above), and whether the
    // narration column is shown (a lesson is open). The stage shows as many of them as fit at
    // the size they would like (their size hints): the first always.
    void setStage(const QStringList& viewIds, bool narration = true);
    QStringList wantedStage() const { return wanted_; }
    QStringList stage() const { return stage_; } // shown
    bool narrationShown() const { return narrationShown_; }
    void divide();
    // The shares again for the views on the stage now, without adding or dropping one (as the
    // player moves: a walk grows by a row, the view under it gives up the room).
    void resize();

    QDockWidget* narrationDock() const { return narrationDock_; }
    QDockWidget* captionDock() const { return captionDock_; }
    double narrationShare() const { return narrationShare_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Shares {
        int caption = 0;      // height
        int above = 0;        // the height above the caption
        double narration = 0; // share of the width
        int stageWidth = 0;
        int views = 0;      // of the wanted views, how many fit
        QList<int> rows;    // heights of the first view and the row below it
        QList<int> columns; // widths of the second and third view
    };

    ViewDock* view(const QString& id) const;
    QList<ViewDock*> stageDocks() const;
    static QSize wantedSize(ViewDock* v); // what the view would like to show all of it
    QList<QDockWidget*> allDocks() const;
    // views: how many of the wanted ones (the narration keeps its column), -1: as many as fit
    Shares measure(int views = -1) const;
    void apply(const Shares& shares);
    void arrange();
    void hideTitleBars(bool hide);

    QMainWindow& window_;
    QList<ViewDock*> views_;
    QList<QDockWidget*> others_;
    NarrationView* narration_;
    EventCaption* caption_;
    QDockWidget* narrationDock_;
    QDockWidget* captionDock_;
    QStringList wanted_;
    QStringList stage_;
    QStringList arranged_; // the stage as the docks stand
    bool narrationShown_ = true;
    bool entered_ = false;
    double narrationShare_ = 0;
    QList<QPointer<QDockWidget>> shownBefore_; // the docks shown in normal mode
    std::function<void()> normalLayout_;
    QList<QPointer<QToolBar>> hiddenBars_;
    Qt::DockWidgetArea corners_[4] {};
};

} // namespace pagelab::ui
