#include "charts/rate_history.h"

#include "player/player.h"

namespace pagelab::ui {

int RateHistory::positionOf(const Player& player)
{
    return player.shownCommandNumber(); // `expect` checks are no points of their own
}

void RateHistory::record(int position, const Stats& stats, const std::vector<StatsSample>& along)
{
    samples_.erase(samples_.upper_bound(position), samples_.end());
    if (!along.empty()) {
        samples_.erase(samples_.upper_bound(position - 1), samples_.end());
        for (const StatsSample& s : along)
            if (s.total > 0 && s.done < s.total)
                samples_[position - 1 + double(s.done) / double(s.total)] = s.stats;
    }
    samples_[position] = stats;
}

void RateHistory::addAlong(int position, const std::vector<StatsSample>& along)
{
    const auto from = samples_.upper_bound(double(position - 1));
    if (along.empty() || (from != samples_.end() && from->first < double(position)))
        return; // none to add, or there already
    for (const StatsSample& s : along)
        if (s.total > 0 && s.done < s.total)
            samples_[position - 1 + double(s.done) / double(s.total)] = s.stats;
}

const Stats* RateHistory::at(int position) const
{
    const auto it = samples_.find(double(position));
    return it == samples_.end() ? nullptr : &it->second;
}

RateHistory::Series RateHistory::series() const
{
    Series s;
    const Stats* prev = nullptr;
    for (const auto& [pos, cur] : samples_) {
        // `machine` starts a new machine with zeroed counters: no window across it.
        if (prev && cur.userAccesses >= prev->userAccesses && cur.accesses >= prev->accesses
            && cur.tlbHits >= prev->tlbHits) {
            const double x = pos;
            const u64 accesses = cur.userAccesses - prev->userAccesses;
            if (accesses > 0) {
                s.x.push_back(x);
                s.faultRate.push_back(double(cur.pageFaults - prev->pageFaults) / double(accesses));
                s.majorRate.push_back(double(cur.majorFaults - prev->majorFaults) / double(accesses));
            }
            const u64 hits = cur.tlbHits - prev->tlbHits;
            const u64 lookups = hits + (cur.tlbMisses - prev->tlbMisses);
            if (lookups > 0) {
                s.tlbX.push_back(x);
                s.tlbHitRatio.push_back(double(hits) / double(lookups));
            }
            s.swapInsX.push_back(x);
            s.swapIns.push_back(double(cur.swapIns - prev->swapIns));
        }
        prev = &cur;
    }
    return s;
}

} // namespace pagelab::ui
