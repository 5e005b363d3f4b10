#include "charts/charts_dock.h"

#include "charts/memory_chart.h"
#include "charts/mrc_panel.h"
#include "charts/qcustomplot_wrap.h"
#include "charts/rates_plot.h"
#include "machine/machine.h"
#include "player/player.h"
#include "theme/theme.h"

#include <QScrollArea>
#include <QTabWidget>

namespace pagelab::ui {

ChartsDock::ChartsDock(Player& player, Theme& theme, QWidget* parent)
    : ViewDock(tr("Charts"), QStringLiteral("charts"), player, theme, parent)
{
    tabs_ = new QTabWidget(this);
    rates_ = new RatesPlot(theme, tabs_);
    mrc_ = new MrcPanel(theme, tabs_);
    memory_ = new MemoryChart(theme, tabs_);
    tabs_->addTab(rates_, tr("Fault and TLB rates"));
    // The curves' controls scroll in their tab: a short dock (a lesson's stage at 1366x768)
    // still shows the whole rates plot, which the tallest tab would otherwise push out.
    auto* mrcScroll = new QScrollArea(tabs_);
    mrcScroll->setWidget(mrc_);
    mrcScroll->setWidgetResizable(true);
    mrcScroll->setFrameShape(QFrame::NoFrame);
    tabs_->addTab(mrcScroll, tr("Miss-ratio curves"));
    tabs_->addTab(memory_, tr("Memory and swap"));
    // A short dock scrolls up and down; sideways only the curve controls do (MrcPanel), so
    // every plot keeps the dock's width with both axes and their titles in view.
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(tabs_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidget(scroll);

    connect(&player, &Player::stateChanged, this, &ChartsDock::sync);
    connect(&theme, &Theme::changed, this, &ChartsDock::restyle);
    restyle();
    sync();
}

void ChartsDock::sync()
{
    const Session& state = player().state();
    const int position = RateHistory::positionOf(player());
    // At a command's end its samples along the way too (a long trace or workload).
    const CommandOutcome* outcome = player().atCommandEnd() ? player().currentOutcome() : nullptr;
    history_.record(position, state.machine().stats(),
        outcome && position == player().position() ? outcome->samples : std::vector<StatsSample> {});
    for (int k = 1; k < position; ++k) // long commands run while the chart did not look
        if (const CommandOutcome* o = player().historyOutcome(u32(k - 1)))
            history_.addAlong(k, o->samples);
    rates_->setSeries(history_.series());
    memory_->setBreakdown(MemoryBreakdown::of(state));
}

void ChartsDock::restyle()
{
    tabs_->setFont(theme().uiFont());
    rates_->restyle();
    mrc_->restyle();
    memory_->restyle();
}

void ChartsDock::setHighlights(const QStringList& ids)
{
    ViewDock::setHighlights(ids);
    const bool faults = ids.contains(QStringLiteral("charts.faults"));
    const bool tlb = ids.contains(QStringLiteral("charts.tlb"));
    const bool mrc = ids.contains(QStringLiteral("charts.mrc"));
    const bool memory = ids.contains(QStringLiteral("charts.memory"));
    rates_->setEmphasis(faults, tlb);
    mrc_->setEmphasis(mrc);
    memory_->setEmphasis(memory);
    // The tab with the first highlight comes to the front (the window brings the dock there).
    for (const QString& id : highlights())
        if (QWidget* page = pageOf(id)) {
            tabs_->setCurrentIndex(tabOf(page));
            break;
        }
}

int ChartsDock::tabOf(QWidget* page) const
{
    return page == rates_ ? RatesTab : page == mrc_ ? MrcTab : MemoryTab;
}

QWidget* ChartsDock::pageOf(const QString& id) const
{
    if (id == QLatin1String("charts.faults") || id == QLatin1String("charts.tlb"))
        return rates_;
    if (id == QLatin1String("charts.mrc"))
        return mrc_;
    if (id == QLatin1String("charts.memory"))
        return memory_;
    return nullptr;
}

ViewDock::Element ChartsDock::element(const QString& id) const
{
    // The chart: the plot of the rates or the curves, the memory chart (its tab must be current
    // to be seen).
    QWidget* page = pageOf(id);
    QWidget* drawn = page == mrc_ ? static_cast<QWidget*>(mrc_->plot()) : page;
    return drawn ? Element { drawn, drawn->rect() } : Element {};
}

bool ChartsDock::revealElement(const QString& id)
{
    QWidget* page = pageOf(id);
    if (!page)
        return false;
    tabs_->setCurrentIndex(tabOf(page));
    return ViewDock::revealElement(id);
}

QWidget* ChartsDock::exportWidget() const
{
    switch (tabs_->currentIndex()) {
    case RatesTab: return rates_;
    case MrcTab: return mrc_->plot();
    default: return memory_;
    }
}

} // namespace pagelab::ui
