#include "physmem/physical_memory_dock.h"

#include "physmem/frame_grid_view.h"
#include "player/player.h"
#include "theme/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <variant>

namespace pagelab::ui {

namespace {

// The frames an event touches: allocation, freeing, zero-fill, swap, page cache, the tables a
// walk reads or a PTE write changes, the frame an access reaches. TLB events name frames the
// TLB view shows; device frames (remap_pfn_range) are outside RAM.
QSet<Pfn> touchedFrames(const Event& e)
{
    QSet<Pfn> out;
    std::visit(
        [&](const auto& d) {
            using D = std::decay_t<decltype(d)>;
            if constexpr (std::is_same_v<D, ev::CowBreak>) {
                out.insert(d.oldPfn);
                out.insert(d.newPfn);
            } else if constexpr (std::is_same_v<D, ev::PageCacheLookup>) {
                if (d.hit)
                    out.insert(d.pfn);
            } else if constexpr (std::is_same_v<D, ev::Translated>) {
                out.insert(d.pa >> kPageShift);
            } else if constexpr (std::is_same_v<D, ev::WalkRead> || std::is_same_v<D, ev::PteWrite>) {
                out.insert(d.entryAddr >> kPageShift);
            } else if constexpr (
                std::is_same_v<D,
                    ev::TlbLookup> || std::is_same_v<D, ev::TlbFill> || std::is_same_v<D, ev::RemapPfn>) {
            } else if constexpr (requires { d.pfn; }) {
                out.insert(d.pfn);
            }
        },
        e.data);
    return out;
}

std::optional<u64> parseNumber(const QString& text)
{
    bool ok = false;
    const u64 v = text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive) ? text.mid(2).toULongLong(&ok, 16)
                                                                            : text.toULongLong(&ok, 10);
    return ok ? std::optional<u64>(v) : std::nullopt;
}

} // namespace

PhysicalMemoryDock::PhysicalMemoryDock(Player& player, Theme& theme, QWidget* parent)
    : ViewDock(tr("Physical memory"), QStringLiteral("frames"), player, theme, parent)
    , model_(player)
{
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* bar = new QHBoxLayout;
    view_ = new FrameGridView(model_, theme, content);
    overview_ = new QToolButton(content);
    overview_->setText(tr("Overview"));
    overview_->setToolTip(tr("Back to the map of every frame"));
    connect(overview_, &QToolButton::clicked, view_, &FrameGridView::overview);
    bar->addWidget(overview_);
    summary_ = new QLabel(content);
    summary_->setTextFormat(Qt::RichText);
    summary_->setWordWrap(true);
    bar->addWidget(summary_, 1);
    layout->addLayout(bar);
    layout->addWidget(view_, 1);
    details_
        = new QLabel(tr("Click a frame for its details; right-click a user frame for commands."), content);
    details_->setWordWrap(true);
    details_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(details_);
    // A short dock (presentation mode's large type on a small screen) scrolls rather than
    // letting the legend, the map and the details overlap.
    setScrollingContent(content);

    connect(view_, &FrameGridView::commandRequested, this, &ViewDock::commandRequested);
    connect(view_, &FrameGridView::selected, details_, &QLabel::setText);
    connect(view_, &FrameGridView::zoomChanged, this, &PhysicalMemoryDock::updateSummary);
    connect(&player, &Player::stateChanged, this, &PhysicalMemoryDock::rebuild);
    connect(&player, &Player::cursorMoved, this, &PhysicalMemoryDock::followCursor);
    connect(&theme, &Theme::changed, this, &PhysicalMemoryDock::applyTheme);
    applyTheme();
    rebuild();
}

void PhysicalMemoryDock::applyTheme()
{
    summary_->setFont(theme().uiFont());
    details_->setFont(theme().uiFont());
    view_->updateGeometry();
    view_->modelChanged(); // colours and cell sizes come from the theme
    updateSummary();
}

void PhysicalMemoryDock::rebuild()
{
    model_.rebuild();
    view_->modelChanged();
    updateSummary();
    applyHighlights();
    followCursor();
}

void PhysicalMemoryDock::updateSummary()
{
    // One entry never wraps inside ("shared/shm 1" broke after the slash at large type).
    auto swatch = [&](ColorRole role, const QString& name, u64 count) {
        return QStringLiteral(
            "<span style='white-space:nowrap'><span style='color:%1'>&#9632;</span>&nbsp;%2&nbsp;%3"
            "</span>&nbsp; ")
            .arg(theme().color(role).name(), name.toHtmlEscaped())
            .arg(count);
    };
    const auto& m = model_;
    QString text = swatch(ColorRole::FrameFree, tr("free"), m.count(FrameClass::Free))
        + swatch(ColorRole::PageTable, tr("page tables"), m.count(FrameClass::PageTable))
        + swatch(ColorRole::PageResident, tr("anonymous"), m.count(FrameClass::Anon))
        + swatch(ColorRole::PageFileClean, tr("cache clean"), m.count(FrameClass::FileClean))
        + swatch(ColorRole::PageFileDirty, tr("cache dirty"), m.count(FrameClass::FileDirty))
        + swatch(
            ColorRole::PageShared, tr("shared/shm"), m.count(FrameClass::Shared) + m.count(FrameClass::Shm))
        + swatch(ColorRole::PageLocked, tr("locked mark"), 0)
              .replace(QStringLiteral("&nbsp;0</span>"), QStringLiteral("</span>"));
    if (view_->densityMode())
        text += tr("(%1 frames per dot; click to zoom in)").arg(view_->framesPerPixel());
    else if (view_->zoomed())
        text += tr("(frames from %1; wheel scrolls)").arg(view_->firstShown());
    summary_->setText(text);
    overview_->setEnabled(view_->zoomed());
}

void PhysicalMemoryDock::followCursor()
{
    const Event* e = player().focusedEvent();
    QSet<Pfn> frames;
    if (e)
        for (Pfn pfn : touchedFrames(*e))
            if (pfn < model_.frameCount())
                frames.insert(pfn);
    view_->setFlash(frames);
}

void PhysicalMemoryDock::setHighlights(const QStringList& ids)
{
    ViewDock::setHighlights(ids);
    applyHighlights();
}

void PhysicalMemoryDock::applyHighlights()
{
    QSet<Pfn> frames;
    bool tables = false, free = false;
    for (const QString& id : highlights()) {
        const QStringList parts = id.split(QLatin1Char('.'));
        if (parts.size() == 2 && parts[1] == QLatin1String("pagetables"))
            tables = true;
        else if (parts.size() == 2 && parts[1] == QLatin1String("free"))
            free = true;
        else if (parts.size() == 3 && parts[1] == QLatin1String("frame"))
            if (auto pfn = parseNumber(parts[2]))
                frames.insert(*pfn);
    }
    view_->setHighlights(frames, tables, free);
}

std::optional<Pfn> PhysicalMemoryDock::frameOf(const QString& id) const
{
    const QStringList parts = id.split(QLatin1Char('.'));
    if (parts.size() == 3 && parts[1] == QLatin1String("frame")) {
        const auto pfn = parseNumber(parts[2]);
        return pfn && *pfn < model_.frameCount() ? std::optional<Pfn>(*pfn) : std::nullopt;
    }
    if (parts.size() != 2)
        return std::nullopt;
    const FrameClass wanted = parts[1] == QLatin1String("free") ? FrameClass::Free : FrameClass::PageTable;
    if (parts[1] != QLatin1String("free") && parts[1] != QLatin1String("pagetables"))
        return std::nullopt;
    if (model_.count(wanted) == 0)
        return std::nullopt;
    // Among the frames shown first (a zoomed grid), else the first of the machine.
    const u64 n = model_.frameCount();
    for (u64 pfn = view_->firstShown(); pfn < n; ++pfn)
        if (model_.frameClass(pfn) == wanted)
            return pfn;
    for (u64 pfn = 0; pfn < n; ++pfn)
        if (model_.frameClass(pfn) == wanted)
            return pfn;
    return std::nullopt;
}

ViewDock::Element PhysicalMemoryDock::element(const QString& id) const
{
    const auto pfn = frameOf(id);
    return pfn ? Element { view_, view_->frameRect(*pfn) } : Element {};
}

bool PhysicalMemoryDock::revealElement(const QString& id)
{
    const auto pfn = frameOf(id);
    if (!pfn)
        return false;
    if (view_->frameRect(*pfn).isEmpty()) // outside the zoomed grid
        view_->zoomInto(*pfn);
    return ViewDock::revealElement(id);
}

QRect PhysicalMemoryDock::focusRect() const
{
    const QRect r = view_->flashRect();
    if (r.isEmpty() || !widget())
        return {};
    return QRect(view_->mapTo(widget(), r.topLeft()), r.size());
}

} // namespace pagelab::ui
