#include "charts/rates_plot.h"

#include "charts/plot_style.h"
#include "theme/theme.h"

#include <algorithm>

namespace pagelab::ui {

RatesPlot::RatesPlot(Theme& theme, QWidget* parent)
    : QCustomPlot(parent)
    , theme_(theme)
{
    addGraph(xAxis, yAxis)->setName(tr("page faults per access"));
    addGraph(xAxis, yAxis)->setName(tr("major faults per access"));
    addGraph(xAxis, yAxis)->setName(tr("TLB hit ratio"));
    addGraph(xAxis, yAxis2)->setName(tr("swap-ins (right axis)"));
    xAxis->setLabel(tr("command"));
    yAxis->setLabel(axisTitle(tr("ratio per window")));
    yAxis2->setLabel(tr("swap-ins"));
    yAxis2->setVisible(true);
    yAxis->setRange(0, 1.05);
    xAxis->setRange(0, 1);
    yAxis2->setRange(0, 1);
    QSharedPointer<QCPAxisTickerFixed> intTicks(new QCPAxisTickerFixed);
    intTicks->setTickStep(1.0);
    intTicks->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    xAxis->setTicker(intTicks);
    placeLegendBelow(*this, 2);
    setToolTip(tr("Each point is the window since the previous command (along a long trace or "
                  "workload, since the previous point of its run): page faults and major faults per "
                  "memory access the program made, the share of TLB lookups that hit, and swap-ins."));
    restyle();
}

void RatesPlot::setSeries(const RateHistory::Series& s)
{
    graph(FaultGraph)->setData(s.x, s.faultRate, true);
    graph(MajorGraph)->setData(s.x, s.majorRate, true);
    graph(TlbGraph)->setData(s.tlbX, s.tlbHitRatio, true);
    graph(SwapInGraph)->setData(s.swapInsX, s.swapIns, true);
    double maxX = 1;
    for (const auto* xs : { &s.x, &s.tlbX, &s.swapInsX })
        if (!xs->isEmpty())
            maxX = std::max(maxX, xs->last());
    xAxis->setRange(0, maxX + 0.5);
    double maxRate = 1.0;
    for (double v : s.faultRate)
        maxRate = std::max(maxRate, v); // a kernel-mode fault may come without a user access
    yAxis->setRange(0, maxRate * 1.05);
    double maxSwap = 1.0;
    for (double v : s.swapIns)
        maxSwap = std::max(maxSwap, v);
    yAxis2->setRange(0, maxSwap * 1.05);
    replot(QCustomPlot::rpQueuedReplot); // once per turn of the event loop, however many steps
}

void RatesPlot::setEmphasis(bool faults, bool tlb)
{
    emphasizeFaults_ = faults;
    emphasizeTlb_ = tlb;
    restyle();
}

void RatesPlot::restyle()
{
    stylePlot(*this, theme_);
    const ColorRole roles[GraphCount]
        = { ColorRole::Series1, ColorRole::Series2, ColorRole::Series3, ColorRole::Series4 };
    const bool emphasized[GraphCount] = { emphasizeFaults_, emphasizeFaults_, emphasizeTlb_, false };
    const double dot = theme_.presentation() ? 9 : 6;
    for (int i = 0; i < GraphCount; ++i) {
        QCPGraph* g = graph(i);
        const QColor c = theme_.color(roles[i]);
        g->setPen(QPen(c, lineWidth(theme_, emphasized[i])));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, c, c, dot));
        g->setLineStyle(i == SwapInGraph ? QCPGraph::lsImpulse : QCPGraph::lsLine);
    }
    replot();
}

} // namespace pagelab::ui
