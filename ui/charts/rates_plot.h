// Fault rate and TLB hit ratio over time: x = the command number (player position), y = page
// faults (all and major) per access and the TLB hit ratio in each window between two
// samples, on the left axis (0..1); swap-ins per window on the right axis.
#pragma once

#include "charts/rate_history.h"

#include "charts/qcustomplot_wrap.h"

namespace pagelab::ui {

class Theme;

class RatesPlot : public QCustomPlot {
    Q_OBJECT

public:
    enum GraphIndex { FaultGraph, MajorGraph, TlbGraph, SwapInGraph, GraphCount };

    RatesPlot(Theme& theme, QWidget* parent = nullptr);

    void setSeries(const RateHistory::Series& s);
    // Lessons: a wider line for the fault rates (charts.faults) or the TLB ratio (charts.tlb).
    void setEmphasis(bool faults, bool tlb);
    void restyle();

private:
    Theme& theme_;
    bool emphasizeFaults_ = false;
    bool emphasizeTlb_ = false;
};

} // namespace pagelab::ui
