#include "presentation/audience_layout.h"

#include "common/view_dock.h"
#include "presentation/event_caption.h"
#include "presentation/narration_view.h"

#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QScrollArea>
#include <QTimer>
#include <QToolBar>

#include <algorithm>

namespace pagelab::ui {

namespace {

constexpr Qt::Corner kCorners[4]
    = { Qt::TopLeftCorner, Qt::TopRightCorner, Qt::BottomLeftCorner, Qt::BottomRightCorner };

QDockWidget* makeDock(QWidget* content, const QString& name, QMainWindow& window)
{
    auto* dock = new QDockWidget(&window);
    dock->setObjectName(name);
    dock->setFeatures(QDockWidget::NoDockWidgetFeatures);
    dock->setWidget(content);
    dock->hide();
    return dock;
}

} // namespace

AudienceLayout::AudienceLayout(QMainWindow& window, const QList<ViewDock*>& views,
    const QList<QDockWidget*>& others, NarrationView* narration, EventCaption* caption)
    : QObject(&window)
    , window_(window)
    , views_(views)
    , others_(others)
    , narration_(narration)
    , caption_(caption)
    , narrationDock_(makeDock(narration, QStringLiteral("presentationNarrationDock"), window))
    , captionDock_(makeDock(caption, QStringLiteral("presentationCaptionDock"), window))
{
    window_.installEventFilter(this);
    connect(caption_, &EventCaption::textChanged, this, [this] {
        if (entered_ && caption_->neededHeight(window_.width()) != caption_->height())
            divide();
    });
}

ViewDock* AudienceLayout::view(const QString& id) const
{
    for (ViewDock* v : views_)
        if (v->viewId() == id)
            return v;
    return nullptr;
}

QList<QDockWidget*> AudienceLayout::allDocks() const
{
    QList<QDockWidget*> docks = others_;
    for (ViewDock* v : views_)
        docks << v;
    return docks << narrationDock_ << captionDock_;
}

void AudienceLayout::enter()
{
    if (entered_)
        return;
    entered_ = true;
    shownBefore_.clear();
    for (QDockWidget* dock : allDocks())
        if (!dock->isHidden())
            shownBefore_ << QPointer<QDockWidget>(dock);
    for (int i = 0; i < 4; ++i)
        corners_[i] = window_.corner(kCorners[i]);
    // The caption spans the bottom; the stage and the narration share the rest.
    window_.setCorner(Qt::BottomLeftCorner, Qt::BottomDockWidgetArea);
    window_.setCorner(Qt::BottomRightCorner, Qt::BottomDockWidgetArea);
    window_.setCorner(Qt::TopLeftCorner, Qt::LeftDockWidgetArea);
    window_.setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    hiddenBars_.clear();
    for (QToolBar* bar : window_.findChildren<QToolBar*>(QString(), Qt::FindDirectChildrenOnly))
        if (bar->isVisible()) {
            bar->hide();
            hiddenBars_ << QPointer<QToolBar>(bar);
        }
    window_.addDockWidget(Qt::BottomDockWidgetArea, captionDock_);
    window_.addDockWidget(Qt::RightDockWidgetArea, narrationDock_);
    hideTitleBars(true);
    arranged_.clear();
    arrange();
}

void AudienceLayout::leave()
{
    if (!entered_)
        return;
    entered_ = false;
    window_.removeDockWidget(captionDock_);
    window_.removeDockWidget(narrationDock_);
    hideTitleBars(false);
    for (int i = 0; i < 4; ++i)
        window_.setCorner(kCorners[i], corners_[i]);
    for (const QPointer<QToolBar>& bar : hiddenBars_)
        if (bar)
            bar->show();
    hiddenBars_.clear();
    if (normalLayout_)
        normalLayout_();
    for (QDockWidget* dock : allDocks())
        if (dock != narrationDock_ && dock != captionDock_)
            dock->setVisible(shownBefore_.contains(QPointer<QDockWidget>(dock)));
    arranged_.clear();
}

void AudienceLayout::hideTitleBars(bool hide)
{
    // An empty title widget hides a dock's title bar (its name means nothing to the room).
    for (QDockWidget* dock : allDocks()) {
        QWidget* previous = dock->titleBarWidget();
        QWidget* none = hide ? new QWidget(dock) : nullptr;
        if (none)
            none->setFixedSize(0, 0);
        dock->setTitleBarWidget(none);
        delete previous;
    }
}

void AudienceLayout::setStage(const QStringList& viewIds, bool narration)
{
    QStringList ids;
    for (const QString& id : viewIds)
        if (view(id) && !ids.contains(id))
            ids << id;
    wanted_ = ids;
    narrationShown_ = narration;
    if (entered_)
        arrange();
}

void AudienceLayout::arrange()
{
    // Every dock the room does not need goes; something else may have shown one meanwhile
    // (opening a lesson shows the lesson panel).
    const Shares shares = measure();
    stage_ = wanted_.mid(0, shares.views);
    for (QDockWidget* dock : others_)
        dock->hide();
    for (ViewDock* v : views_)
        if (!stage_.contains(v->viewId()))
            v->hide();
    if (arranged_ != stage_ && !stage_.isEmpty()) {
        const QList<ViewDock*> docks = stageDocks();
        // Out of their tab groups first, so that each split places a dock on its own.
        for (ViewDock* d : docks)
            window_.removeDockWidget(d);
        window_.addDockWidget(Qt::LeftDockWidgetArea, docks[0]);
        if (docks.size() >= 2)
            window_.splitDockWidget(docks[0], docks[1], Qt::Vertical);
        if (docks.size() >= 3)
            window_.splitDockWidget(docks[1], docks[2], Qt::Horizontal);
        arranged_ = stage_;
    }
    for (ViewDock* v : stageDocks())
        v->show();
    narrationDock_->setVisible(narrationShown_);
    captionDock_->show();
    apply(shares);
    // Once the window has laid the docks out at its size (and again if it was not full-screen yet).
    QTimer::singleShot(0, this, [this] {
        if (entered_)
            divide();
    });
}

QSize AudienceLayout::wantedSize(ViewDock* v)
{
    // The dock's hint, or, when the view scrolls, its content's with the dock's own bars and
    // margins around it when that is taller: a dock's hint stops at what a scroll area offers,
    // which clipped the walk's last rows and the forked child's lane.
    QSize size = v->sizeHint();
    if (!v->isVisible())
        return size;
    const QScrollArea* main = nullptr; // the largest: the view's own, not a details panel's
    for (const QScrollArea* area : v->findChildren<QScrollArea*>())
        if (area->widget() && area->isVisible()
            && (!main || area->viewport()->height() > main->viewport()->height()))
            main = area;
    if (main) {
        const int chrome = std::max(0, v->height() - main->viewport()->height());
        size.setHeight(std::max(size.height(), main->widget()->sizeHint().height() + chrome));
    }
    return size;
}

QList<ViewDock*> AudienceLayout::stageDocks() const
{
    QList<ViewDock*> docks;
    for (const QString& id : stage_)
        docks << view(id);
    return docks;
}

namespace {

// Splits `total` between parts that would like `wanted` each: each gets what it would like and
// a share of what is left in proportion, or, when they would like more than there is, its
// proportion of the total; never less than `least` of it.
QList<int> split(int total, const QList<int>& wanted, double least)
{
    int sum = 0;
    for (int w : wanted)
        sum += std::max(1, w);
    const int n = int(wanted.size());
    const int minimum = int(least * total);
    QList<int> sizes;
    int given = 0;
    for (int i = 0; i < n; ++i) {
        const int rest = total - given;
        int size = rest;
        if (i + 1 < n) {
            const int proportional = int(double(std::max(1, wanted[i])) / sum * total);
            size = std::clamp(proportional, minimum, std::max(minimum, rest - minimum * (n - 1 - i)));
        }
        sizes << size;
        given += size;
    }
    return sizes;
}

} // namespace

AudienceLayout::Shares AudienceLayout::measure(int views) const
{
    Shares s;
    const int w = window_.width();
    const int h = window_.height();
    s.caption = std::min(h / 2, caption_->neededHeight(w));
    s.above = h - s.caption;

    // The narrowest column whose text fits, with room for the zoom if possible.
    s.narration = 0;
    if (views >= 0) {
        // The stage as it stands, as the events play: the text, and so its column, are the same.
        s.narration = narrationShare_;
    } else if (narrationShown_) {
        double fits = 0;
        double fitsWithZoom = 0;
        for (double share = kMinNarrationShare; share <= kMaxNarrationShare + 1e-9 && !fitsWithZoom;
             share += 0.05) {
            const int text = narration_->textHeight(int(w * share));
            if (!fits && text <= s.above)
                fits = share;
            if (text + narration_->minimumZoomHeight() <= s.above)
                fitsWithZoom = share;
        }
        s.narration = fitsWithZoom ? fitsWithZoom : fits ? fits : kMaxNarrationShare;
    }
    s.stageWidth = w - int(w * s.narration);

    // As many of the wanted views as fit at the size they would like: a third beside the
    // second only when both fit side by side, a second under the first only when both fit.
    QList<QSize> hints;
    for (const QString& id : wanted_)
        hints << wantedSize(view(id));
    s.views = int(hints.size());
    if (s.views >= 3
        && (hints[1].width() + hints[2].width() > s.stageWidth
            || hints[0].height() + std::max(hints[1].height(), hints[2].height()) > s.above))
        s.views = 2;
    // A second view under the first when both fit, or when the first leaves it a third of the
    // height (it scrolls then; a view the step is about is better small than gone).
    if (s.views >= 2 && hints[0].height() + hints[1].height() > s.above
        && hints[0].height() > s.above * 2 / 3)
        s.views = 1;
    if (views >= 0)
        s.views = std::min(views, int(hints.size()));
    if (s.views >= 2) {
        const int below = s.views >= 3 ? std::max(hints[1].height(), hints[2].height()) : hints[1].height();
        s.rows = split(s.above, { hints[0].height(), below }, 0.25);
    }
    if (s.views >= 3)
        s.columns = split(s.stageWidth, { hints[1].width(), hints[2].width() }, 0.3);
    return s;
}

void AudienceLayout::resize()
{
    if (entered_ && !stage_.isEmpty() && stage_ == arranged_)
        apply(measure(int(stage_.size())));
}

void AudienceLayout::divide()
{
    if (!entered_)
        return;
    const Shares shares = measure();
    if (wanted_.mid(0, shares.views) != stage_)
        arrange(); // the type or the window changed what fits
    else
        apply(shares);
}

void AudienceLayout::apply(const Shares& s)
{
    if (stage_.isEmpty())
        return;
    narrationShare_ = s.narration;
    caption_->setFixedHeight(s.caption);
    const QList<ViewDock*> docks = stageDocks();
    if (narrationShown_)
        window_.resizeDocks(
            { docks[0], narrationDock_ }, { s.stageWidth, window_.width() - s.stageWidth }, Qt::Horizontal);
    window_.resizeDocks({ captionDock_ }, { s.caption }, Qt::Vertical);
    if (docks.size() >= 2)
        window_.resizeDocks({ docks[0], docks[1] }, s.rows, Qt::Vertical);
    if (docks.size() >= 3)
        window_.resizeDocks({ docks[1], docks[2] }, s.columns, Qt::Horizontal);
}

bool AudienceLayout::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == &window_ && event->type() == QEvent::Resize && entered_)
        QTimer::singleShot(0, this, &AudienceLayout::divide);
    return QObject::eventFilter(watched, event);
}

} // namespace pagelab::ui
