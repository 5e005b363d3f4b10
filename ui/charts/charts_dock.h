// The Charts view (design.md, Views): three tabs.
//  - Rates: page faults (all, major) per access, TLB hit ratio and swap-ins per command,
//    one sample per player position; stepping back drops the samples past the cursor.
//  - Miss-ratio curves: LRU (Mattson), FIFO, Clock, OPT for a trace or workload, computed
//    on a worker thread with progress and Cancel.
//  - Memory: frames by what they hold and swap slots in use, rebuilt on each state.
// Highlight ids (lessons): charts.faults, charts.tlb (the rates tab, that line wider),
// charts.mrc (the curves tab), charts.memory (the memory tab). Each raises its tab.
#pragma once

#include "charts/rate_history.h"
#include "common/view_dock.h"

class QTabWidget;

namespace pagelab::ui {

class MemoryChart;
class MrcPanel;
class RatesPlot;

class ChartsDock : public ViewDock {
    Q_OBJECT

public:
    enum Tab { RatesTab, MrcTab, MemoryTab };

    ChartsDock(Player& player, Theme& theme, QWidget* parent = nullptr);

    void setHighlights(const QStringList& ids) override;
    QWidget* exportWidget() const override;
    bool revealElement(const QString& id) override;

    QTabWidget* tabs() const { return tabs_; }
    const RateHistory& rateHistory() const { return history_; }
    RatesPlot* ratesPlot() const { return rates_; }
    MrcPanel* mrcPanel() const { return mrc_; }
    MemoryChart* memoryChart() const { return memory_; }

protected:
    Element element(const QString& id) const override;

private:
    // The tab an id shows: the rates plot, the curves, the memory chart; null for none.
    QWidget* pageOf(const QString& id) const;
    int tabOf(QWidget* page) const; // rates_, mrc_ or memory_
    void sync();
    void restyle();

    RateHistory history_;
    QTabWidget* tabs_ = nullptr;
    RatesPlot* rates_ = nullptr;
    MrcPanel* mrc_ = nullptr;
    MemoryChart* memory_ = nullptr;
};

} // namespace pagelab::ui
