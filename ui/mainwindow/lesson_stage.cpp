#include "mainwindow/lesson_stage.h"

#include "common/highlight_outline.h"
#include "common/view_dock.h"
#include "player/player.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QScopedValueRollback>
#include <QTimer>
#include <QToolBar>

#include <algorithm>

namespace pagelab::ui {

namespace {

// Where the views live when they are not on the stage: their tab groups, column by column.
const QList<QStringList>& leftGroups()
{
    static const QList<QStringList> groups { { QStringLiteral("space") },
        { QStringLiteral("frames"), QStringLiteral("swap") } };
    return groups;
}

const QList<QStringList>& middleGroups()
{
    static const QList<QStringList> groups { { QStringLiteral("walk"), QStringLiteral("tlb"),
        QStringLiteral("uaccess"), QStringLiteral("charts") } };
    return groups;
}

bool livesLeft(const QString& viewId)
{
    for (const QStringList& g : leftGroups())
        if (g.contains(viewId))
            return true;
    return false;
}

// On screen: shown, and wholly inside the window (a tab behind the current one of its group is
// moved out of it).
bool onScreen(const QWidget* w)
{
    if (!w || !w->isVisible() || w->width() <= 0 || w->height() <= 0)
        return false;
    const QWidget* window = w->window();
    return window->rect().contains(QRect(w->mapTo(window, QPoint(0, 0)), w->size()));
}

} // namespace

LessonStage::LessonStage(
    QMainWindow& window, const Parts& parts, Player& player, const Theme& theme, int layoutVersion)
    : QObject(&window)
    , window_(window)
    , parts_(parts)
    , player_(player)
    , theme_(theme)
    , layoutVersion_(layoutVersion)
{
    setObjectName(QStringLiteral("lessonStage"));
    for (const QString& id : { QStringLiteral("log"), QStringLiteral("console"), QStringLiteral("player") })
        if (QWidget* p = panel(id))
            outlines_.insert(id, new HighlightOutline(p, theme_));
    // When a block has played to its end, the views have settled: bring the highlights back
    // into view (the views follow the events while they play).
    connect(&player_, &Player::stateChanged, this, [this] {
        if (active_ && player_.atCommandEnd() && player_.queueSize() == 0)
            QTimer::singleShot(0, this, &LessonStage::reveal);
    });
}

QWidget* LessonStage::panel(const QString& id) const
{
    if (id == QLatin1String("log"))
        return parts_.log;
    if (id == QLatin1String("console"))
        return parts_.console;
    if (id == QLatin1String("player"))
        return parts_.player;
    return nullptr;
}

ViewDock* LessonStage::view(const QString& id) const
{
    for (ViewDock* v : parts_.views)
        if (v->viewId() == id)
            return v;
    return nullptr;
}

QByteArray LessonStage::homeState() const
{
    return active_ ? home_ : window_.saveState(layoutVersion_);
}

void LessonStage::setActive(bool on)
{
    if (on == active_)
        return;
    const QScopedValueRollback busy(rearranging_, true);
    if (on) {
        home_ = window_.saveState(layoutVersion_);
        active_ = true;
        built_ = false;
        return;
    }
    active_ = false;
    built_ = false;
    stage_.clear();
    setHighlights({});
    window_.restoreState(home_, layoutVersion_);
}

QList<ViewDock*> LessonStage::stageViews() const
{
    QList<ViewDock*> out;
    for (const QString& id : stage_)
        if (ViewDock* v = view(id))
            out << v;
    return out;
}

LessonStage::Arrangement LessonStage::arrangementFor(const QList<ViewDock*>& onStage) const
{
    // The step's views, each in a slot of its own in its column (in the views' order); views
    // move to the other column while theirs holds two more (the walk and the uaccess views
    // are tall: they count twice).
    QList<QDockWidget*> left, middle;
    for (ViewDock* v : parts_.views)
        if (onStage.contains(v))
            (livesLeft(v->viewId()) ? left : middle) << v;
    auto weight = [](const QList<QDockWidget*>& column) {
        int w = 0;
        for (QDockWidget* d : column) {
            const QString id = static_cast<ViewDock*>(d)->viewId();
            w += id == QLatin1String("walk") || id == QLatin1String("uaccess") ? 2 : 1;
        }
        return w;
    };
    while (middle.size() >= 2 && weight(middle) >= weight(left) + 2)
        left << middle.takeLast();
    while (left.size() >= 2 && weight(left) >= weight(middle) + 2)
        middle << left.takeLast();
    Arrangement a;
    for (QDockWidget* d : left)
        a.left << QList<QDockWidget*> { d };
    for (QDockWidget* d : middle)
        a.middle << QList<QDockWidget*> { d };
    // The other views wait as tabs behind a step's view of their column (one of their own tab
    // group if there is one), or keep their tab groups where the column has none.
    auto place = [&](Slots& column, const QList<QStringList>& groups) {
        const int stageSlots = int(column.size());
        for (const QStringList& g : groups) {
            QList<QDockWidget*> rest;
            for (const QString& id : g)
                if (ViewDock* v = view(id); v && !onStage.contains(v))
                    rest << v;
            if (rest.isEmpty())
                continue;
            if (stageSlots == 0) {
                column << rest;
                continue;
            }
            int at = 0;
            for (int i = 0; i < stageSlots; ++i)
                if (g.contains(static_cast<ViewDock*>(column[i].front())->viewId())) {
                    at = i;
                    break;
                }
            column[at] << rest;
        }
    };
    place(a.left, leftGroups());
    place(a.middle, middleGroups());
    return a;
}

void LessonStage::build(const Arrangement& a)
{
    const QScopedValueRollback busy(rearranging_, true);
    QList<QDockWidget*> all { parts_.lesson, parts_.console, parts_.log };
    for (ViewDock* v : parts_.views)
        all << v;
    QHash<QDockWidget*, bool> wasHidden;
    for (QDockWidget* d : all)
        wasHidden.insert(d, d->isHidden());
    for (QDockWidget* d : all)
        window_.removeDockWidget(d);
    // The left area, from top to bottom: the two columns of views side by side (each split
    // into its slots), then the console and the log side by side. The right area: the lesson,
    // the whole height. (The central widget is hidden: the two areas share the width.)
    QDockWidget* first = !a.left.isEmpty() ? a.left.front().front() : a.middle.front().front();
    window_.addDockWidget(Qt::LeftDockWidgetArea, first, Qt::Vertical);
    window_.addDockWidget(Qt::LeftDockWidgetArea, parts_.console, Qt::Vertical);
    if (!a.left.isEmpty() && !a.middle.isEmpty())
        window_.splitDockWidget(first, a.middle.front().front(), Qt::Horizontal);
    window_.splitDockWidget(parts_.console, parts_.log, Qt::Horizontal);
    for (const Slots* column : { &a.left, &a.middle })
        for (int i = 1; i < column->size(); ++i)
            window_.splitDockWidget((*column)[i - 1].front(), (*column)[i].front(), Qt::Vertical);
    window_.addDockWidget(Qt::RightDockWidgetArea, parts_.lesson, Qt::Vertical);
    for (const Slots* column : { &a.left, &a.middle })
        for (const auto& slot : *column)
            for (int i = 1; i < slot.size(); ++i)
                window_.tabifyDockWidget(slot.front(), slot[i]);
    const QList<ViewDock*> onStage = stageViews();
    for (QDockWidget* d : all)
        d->setVisible(d == parts_.lesson || d == parts_.console || d == parts_.log
            || onStage.contains(static_cast<ViewDock*>(d)) || !wasHidden.value(d));
    for (const Slots* column : { &a.left, &a.middle })
        for (const auto& slot : *column)
            slot.front()->raise();
    current_ = a;
    built_ = true;
}

void LessonStage::setStage(const QStringList& viewIds)
{
    stage_ = viewIds;
    if (!active_)
        return;
    const QList<ViewDock*> onStage = stageViews();
    const Arrangement a = arrangementFor(onStage);
    // Rebuilt when the step needs another arrangement, or something moved a view off screen.
    bool rebuild = !built_ || !(a == current_);
    for (ViewDock* v : onStage)
        rebuild = rebuild || v->isHidden() || v->isFloating();
    if (rebuild)
        build(a);
    for (ViewDock* v : onStage)
        v->raise();
    for (const QString& id : viewIds)
        if (QWidget* p = panel(id))
            p->show();
    parts_.lesson->show();
    resize();
    // Once the layout has settled: sizes again (the window may just have been shown) and
    // the highlighted elements into view.
    QTimer::singleShot(0, this, [this] {
        resize();
        reveal();
    });
}

void LessonStage::resize()
{
    if (!active_ || !built_)
        return;
    const QList<ViewDock*> onStage = stageViews();
    auto hasStage = [&](const Slots& column) {
        return std::any_of(column.begin(), column.end(), [&](const QList<QDockWidget*>& slot) {
            return onStage.contains(static_cast<ViewDock*>(slot.front()));
        });
    };
    const bool left = hasStage(current_.left), middle = hasStage(current_.middle);
    const int w = window_.width();
    const int h = window_.height();
    // The lesson's column: about a third; the views share the rest, more for the column with
    // the step's views.
    const int lesson = std::clamp(w * 3 / 10, 300, 560);
    const int views = std::max(2, w - lesson);
    QDockWidget* top
        = !current_.left.isEmpty() ? current_.left.front().front() : current_.middle.front().front();
    if (!current_.left.isEmpty() && !current_.middle.isEmpty()) {
        const int leftW = views * (left && middle ? 45 : left ? 60 : 35) / 100;
        window_.resizeDocks({ current_.left.front().front(), current_.middle.front().front(), parts_.lesson },
            { leftW, views - leftW, lesson }, Qt::Horizontal);
    } else {
        window_.resizeDocks({ top, parts_.lesson }, { views, lesson }, Qt::Horizontal);
    }
    // The console and the log: a strip under the views, side by side.
    const int strip = std::max(110, h * 17 / 100);
    const int columnH = std::max(100, h - strip);
    window_.resizeDocks({ top, parts_.console }, { columnH, strip }, Qt::Vertical);
    window_.resizeDocks({ parts_.console, parts_.log }, { views / 2, views - views / 2 }, Qt::Horizontal);
    // In a column, each view gets a share of the height after what it would like to have (a
    // column holds either the step's views only, or only views there as context).
    for (const Slots* column : { &current_.left, &current_.middle }) {
        QList<QDockWidget*> fronts;
        QList<int> weights;
        int total = 0;
        for (const auto& slot : *column) {
            fronts << slot.front();
            const int weight = std::clamp(slot.front()->sizeHint().height(), 120, columnH);
            weights << weight;
            total += weight;
        }
        if (fronts.size() < 2)
            continue;
        QList<int> sizes;
        for (int weight : weights)
            sizes << columnH * weight / total;
        window_.resizeDocks(fronts, sizes, Qt::Vertical);
    }
}

void LessonStage::setHighlights(const QStringList& ids)
{
    highlights_ = ids;
    for (ViewDock* v : parts_.views)
        v->setHighlights(ids);
    for (auto it = outlines_.begin(); it != outlines_.end(); ++it)
        it.value()->setOn(ids.contains(it.key()));
    reveal();
}

void LessonStage::reveal()
{
    // Backwards: where a view cannot show all of its elements at once, its first one wins.
    for (auto it = highlights_.crbegin(); it != highlights_.crend(); ++it) {
        const QString viewId = it->section(QLatin1Char('.'), 0, 0);
        if (ViewDock* v = view(viewId))
            v->revealElement(*it);
    }
}

bool LessonStage::viewShown(const QString& id) const
{
    if (ViewDock* v = view(id))
        return onScreen(v);
    return onScreen(panel(id));
}

bool LessonStage::elementShown(const QString& id) const
{
    const QString viewId = id.section(QLatin1Char('.'), 0, 0);
    if (ViewDock* v = view(viewId))
        return v->elementShown(id);
    const HighlightOutline* o = outlines_.value(id);
    return o && o->on() && onScreen(panel(id)) && onScreen(o);
}

} // namespace pagelab::ui
