#include "addressspace/address_space_dock.h"

#include "addressspace/address_space_view.h"
#include "machine/machine.h"
#include "player/player.h"
#include "theme/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <variant>

namespace pagelab::ui {

namespace {

std::optional<u64> parseHex(const QString& text)
{
    QString t = text;
    if (t.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        t = t.mid(2);
    bool ok = false;
    const u64 v = t.toULongLong(&ok, 16);
    return ok ? std::optional<u64>(v) : std::nullopt;
}

// The page an event touches, when it names one: (pid, va) events, or an address of the
// running process (TLB lookups, walks, #PF).
std::optional<AddressSpaceView::PageRef> touchedPage(const Event& e, u32 currentPid)
{
    return std::visit(
        [&](const auto& d) -> std::optional<AddressSpaceView::PageRef> {
            using D = std::decay_t<decltype(d)>;
            if constexpr (requires {
                              d.pid;
                              d.va;
                          })
                return AddressSpaceView::PageRef { d.pid, d.va };
            else if constexpr (requires {
                                   d.pid;
                                   d.user;
                               })
                return AddressSpaceView::PageRef { d.pid, d.user };
            else if constexpr (std::is_same_v<D, ev::PageFault>)
                return AddressSpaceView::PageRef { currentPid, d.cr2 };
            else if constexpr (
                requires { d.va; } && !requires { d.pid; })
                return AddressSpaceView::PageRef { currentPid, d.va };
            else
                return std::nullopt;
        },
        e.data);
}

} // namespace

AddressSpaceDock::AddressSpaceDock(Player& player, Theme& theme, QWidget* parent)
    : ViewDock(tr("Address spaces"), QStringLiteral("space"), player, theme, parent)
{
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* bar = new QHBoxLayout;
    view_ = new AddressSpaceView(model_, theme, content);
    // Short button texts leave the legend room for fewer lines (presentation mode's large type).
    auto button = [&](const QString& text, const QString& tip, auto slot) {
        auto* b = new QToolButton(content);
        b->setText(text);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        connect(b, &QToolButton::clicked, view_, slot);
        bar->addWidget(b);
    };
    button(QStringLiteral("+"), tr("Zoom in around the middle (or use the mouse wheel over a VMA)"),
        &AddressSpaceView::zoomIn);
    button(QStringLiteral("\u2212"), tr("Zoom out"), &AddressSpaceView::zoomOut);
    button(tr("Fit"), tr("Show every VMA of every process"), &AddressSpaceView::fit);
    legend_ = new QLabel(content);
    legend_->setObjectName(QStringLiteral("spaceLegend"));
    legend_->setTextFormat(Qt::RichText);
    bar->addWidget(legend_, 1);
    layout->addLayout(bar);
    layout->addWidget(view_, 1);
    details_ = new QLabel(tr("Click a page for its details; right-click for commands."), content);
    details_->setObjectName(QStringLiteral("spaceDetails"));
    details_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details_->setWordWrap(true);
    layout->addWidget(details_);
    // Lanes keep a readable height (presentation mode's large type) and nothing overlaps when
    // the dock is short: the content scrolls instead (the view asks for every lane).
    setScrollingContent(content);

    connect(view_, &AddressSpaceView::commandRequested, this, &ViewDock::commandRequested);
    connect(view_, &AddressSpaceView::picked, this, [this](u32 pid, std::optional<VAddr> va) {
        const AddressSpaceView::Hit hit = view_->hitFor(pid, va);
        pick_ = Pick { pid, hit.lane ? hit.lane->name : QString(), va };
        showDetails();
    });
    connect(&player, &Player::stateChanged, this, &AddressSpaceDock::rebuild);
    connect(&player, &Player::cursorMoved, this, &AddressSpaceDock::followCursor);
    connect(&theme, &Theme::changed, this, &AddressSpaceDock::applyTheme);
    applyTheme();
    rebuild();
}

void AddressSpaceDock::applyTheme()
{
    details_->setFont(theme().monoFont());
    legend_->setFont(theme().uiFont());
    // The legend: a swatch per state, coloured from the theme.
    // The legend wraps between entries, never inside one ("not / touched" at large type).
    auto swatch = [&](ColorRole role, const QString& name) {
        return QStringLiteral(
            "<span style='white-space:nowrap'><span style='color:%1'>&#9632;</span>&nbsp;%2</span>&nbsp; ")
            .arg(theme().color(role).name(), name.toHtmlEscaped());
    };
    legend_->setText(swatch(ColorRole::PageUntouched, tr("not touched"))
        + swatch(ColorRole::PageResident, tr("resident")) + swatch(ColorRole::PageSwapped, tr("swapped"))
        + swatch(ColorRole::PageFileClean, tr("file clean"))
        + swatch(ColorRole::PageFileDirty, tr("file dirty")) + swatch(ColorRole::PageShared, tr("shared"))
        + swatch(ColorRole::PageDevice, tr("device")) + swatch(ColorRole::PageLocked, tr("locked")));
    legend_->setWordWrap(true);
    view_->updateGeometry();
    view_->update();
}

void AddressSpaceDock::rebuild()
{
    model_.rebuild(player().state());
    view_->modelChanged();
    showDetails();
    applyHighlights();
    followCursor();
}

// The details follow the state: a page that was swapped out says so; a process that exited
// (or a machine started anew) takes its details with it.
void AddressSpaceDock::showDetails()
{
    if (!pick_)
        return;
    const AddressSpaceView::Hit hit = view_->hitFor(pick_->pid, pick_->va);
    if (!hit.lane || hit.lane->name != pick_->name) {
        details_->setText(tr("%1 (pid %2) has exited: the page it showed here is gone. Click a page for "
                             "its details.")
                              .arg(pick_->name)
                              .arg(pick_->pid));
        return;
    }
    details_->setText(view_->describe(hit));
}

void AddressSpaceDock::followCursor()
{
    const Event* e = player().focusedEvent();
    const Process* current = player().state().machine().current();
    view_->setFlash(e ? touchedPage(*e, current ? current->pid : 0) : std::nullopt);
}

void AddressSpaceDock::setHighlights(const QStringList& ids)
{
    ViewDock::setHighlights(ids);
    applyHighlights();
}

void AddressSpaceDock::applyHighlights()
{
    QSet<u32> processes;
    QSet<QPair<u32, VAddr>> vmas, pages;
    for (const QString& id : highlights()) {
        const QStringList parts = id.split(QLatin1Char('.'));
        if (parts.size() < 3)
            continue;
        const ProcessLane* lane = model_.lane(parts[2]);
        if (!lane)
            continue;
        if (parts[1] == QLatin1String("process") && parts.size() == 3)
            processes.insert(lane->pid);
        else if (parts.size() == 4) {
            const auto addr = parseHex(parts[3]);
            if (!addr)
                continue;
            if (parts[1] == QLatin1String("vma")) {
                if (const VmaBand* v = lane->vmaAt(*addr))
                    vmas.insert({ lane->pid, v->start });
            } else if (parts[1] == QLatin1String("page"))
                pages.insert({ lane->pid, *addr & ~kPageMask });
        }
    }
    view_->setHighlights(processes, vmas, pages);
}

ViewDock::Element AddressSpaceDock::element(const QString& id) const
{
    const QStringList parts = id.split(QLatin1Char('.'));
    const ProcessLane* lane = parts.size() >= 3 ? model_.lane(parts[2]) : nullptr;
    if (!lane)
        return {};
    if (parts.size() == 3 && parts[1] == QLatin1String("process"))
        return { view_, view_->processRect(lane->pid) };
    const auto addr = parts.size() == 4 ? parseHex(parts[3]) : std::nullopt;
    const VmaBand* vma = addr ? lane->vmaAt(*addr) : nullptr;
    if (!vma)
        return {};
    if (parts[1] == QLatin1String("vma"))
        return { view_, view_->vmaRect(lane->pid, vma->start, vma->end) };
    if (parts[1] == QLatin1String("page"))
        return { view_, view_->pageRect(lane->pid, *addr) };
    return {};
}

bool AddressSpaceDock::revealElement(const QString& id)
{
    // Out of the zoomed window: show every VMA again (the page is then at least a few pixels).
    if (!element(id).drawn() || !view_->rect().contains(element(id).rect))
        view_->fit();
    return ViewDock::revealElement(id);
}

QRect AddressSpaceDock::focusRect() const
{
    const QRect r = view_->flashRect();
    if (r.isEmpty() || !widget())
        return {};
    return QRect(view_->mapTo(widget(), r.topLeft()), r.size());
}

} // namespace pagelab::ui
