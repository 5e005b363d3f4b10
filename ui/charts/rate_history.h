// The statistics the rates chart plots, one sample per player position (commands whose
// effects are in the state shown). Stepping back truncates the history to the position, so
// the chart follows the player exactly; running again writes the samples anew.
#pragma once

#include "machine/stats.h"

#include <QVector>

#include <map>

namespace pagelab::ui {

class Player;

class RateHistory {
public:
    // The position the player's state() stands for: the command the cursor is in (its sample
    // follows the events shown so far, the whole command at its end), 0 before any command.
    // Commands are numbered as the player shows them: `expect` checks do not count.
    static int positionOf(const Player& player);

    // Records `stats` at `position` and drops every sample past it.
    void record(int position, const Stats& stats);
    void clear() { samples_.clear(); }

    int size() const { return int(samples_.size()); }
    int lastPosition() const { return samples_.empty() ? -1 : samples_.rbegin()->first; }
    const Stats* at(int position) const;

    // Per window between consecutive samples (x = the later position). A window without
    // accesses has no rate: it is left out rather than drawn as 0.
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
    std::map<int, Stats> samples_;
};

} // namespace pagelab::ui
