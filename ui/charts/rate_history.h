// The statistics the rates chart plots, one sample per player position (commands whose
// effects are in the state shown), and for a long command (a trace, a workload: millions of
// references) the engine's samples along its run between its position and the one before
// (CommandOutcome::samples), so the curve shows how the rate moves during the run. Stepping
// back truncates the history to the position, so the chart follows the player exactly;
// running again writes the samples anew. Rates are per access as the program issued them
// (Stats::userAccesses): a faulting access retried after its fault counts once.
#pragma once

#include "machine/stats.h"

#include <QVector>

#include <map>
#include <vector>

namespace pagelab::ui {

class Player;

class RateHistory {
public:
    // The position the player's state() stands for: the command the cursor is in (its sample
    // follows the events shown so far, the whole command at its end), 0 before any command.
    // Commands are numbered as the player shows them: `expect` checks do not count.
    static int positionOf(const Player& player);

    // Records `stats` at `position` and drops every sample past it. `along`: the counters
    // part-way through the command that ends at `position`, placed between position - 1 and
    // position by how far it had got (they replace that command's earlier ones).
    void record(int position, const Stats& stats, const std::vector<StatsSample>& along = {});
    // Adds the samples along the command at `position` (its x between position - 1 and
    // position) when it has none yet: commands that ran without the chart looking (a run to
    // the end) still show their runs.
    void addAlong(int position, const std::vector<StatsSample>& along);
    void clear() { samples_.clear(); }

    int size() const { return int(samples_.size()); } // positions and samples along commands
    int lastPosition() const { return samples_.empty() ? -1 : int(samples_.rbegin()->first); }
    const Stats* at(int position) const;

    // Per window between consecutive samples (x = the later one's place: a position, or a
    // fraction of the way to it). A window without accesses has no rate: it is left out
    // rather than drawn as 0.
    struct Series {
        QVector<double> x;
        QVector<double> faultRate; // page faults per access
        QVector<double> majorRate; // major faults per access
        QVector<double> tlbX;      // windows with TLB lookups
        QVector<double> tlbHitRatio;
        QVector<double> swapInsX; // every window
        QVector<double> swapIns;  // swap-ins in the window
    };
    Series series() const;

private:
    std::map<double, Stats> samples_; // by x
};

} // namespace pagelab::ui
