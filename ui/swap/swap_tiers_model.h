// What the swap tiers view draws, gathered once per state change: the swap areas in the order
// Linux takes slots from them (SwapSpace::areas(): priority, then round-robin position), each
// slot's use count and swap-cache flag, the PTEs that hold each used slot, and the time every
// area has cost in swap-ins so far (from the journal's SwapIn events). Plain data: painting
// reads it, never the engine.
#pragma once

#include "journal/event.h"

#include <QHash>
#include <QPair>
#include <QString>
#include <QVector>

#include <cstddef>
#include <optional>

namespace pagelab {
class Session;
class Journal;
} // namespace pagelab

namespace pagelab::ui {

// One PTE that holds a swap entry (process name, page address).
struct SwapHolder {
    QString process;
    u64 va = 0;
};

struct SwapLane {
    QString name;
    u32 type = 0;
    int prio = 0;
    u64 size = 0;
    u64 used = 0;
    u64 latencyNs = 0;
    u64 outs = 0;
    u64 ins = 0;
    bool writeOk = true;
    u64 swapInTimeNs = 0; // sum of the SwapIn events' latency for this area, up to the cursor
    u64 swapIns = 0;      // how many SwapIn events read from this area
    int group = 0;        // lanes with equal priority share a group number (round-robin)
    bool groupShared = false;
    QVector<u32> count;   // references per slot (swap_map)
    QVector<bool> cached; // SWAP_HAS_CACHE per slot
};

// The slot the focused event touches, and which way the page moves.
struct SwapFlash {
    QString area;
    u64 slot = 0;
    bool toSwap = true; // SwapOut / SwapCacheAdd: memory -> slot; SwapIn / hit: slot -> memory
    Pfn pfn = 0;
    QString what; // a short word: "swap-out", "swap-in", "swap cache"
};

class SwapTiersModel {
public:
    // Rebuilds the lanes from `state` (the Session the player shows). The journal prefix
    // [0, visibleEvents) gives the swap-in time per area.
    void rebuild(const Session& state, const Journal& journal, std::size_t visibleEvents);
    // Only the swap-in time, up to the cursor.
    void updateSwapInTime(const Journal& journal, std::size_t visibleEvents);
    // The slot the event touches (SwapOut, SwapIn, SwapCacheAdd/Hit/Delete), else nullopt.
    static std::optional<SwapFlash> flashFor(const Event* event);

    const QVector<SwapLane>& lanes() const { return lanes_; }
    const SwapLane* lane(const QString& name) const;
    // The PTEs holding the slot, and the swap-cache frame, if any.
    QVector<SwapHolder> holders(u32 type, u64 slot) const;
    std::optional<Pfn> cacheFrame(u32 type, u64 slot) const;

private:
    void findHolders(const Session& state);
    void countSwapIns(const Journal& journal, std::size_t visibleEvents);

    QVector<SwapLane> lanes_;
    QHash<quint64, QVector<SwapHolder>> holders_; // key: type << 48 | slot
    QHash<quint64, Pfn> cache_;
    // Swap-in time counted incrementally: the journal only grows while the cursor moves on.
    std::size_t counted_ = 0;
    const Journal* countedJournal_ = nullptr;
    QHash<QString, QPair<u64, u64>> swapInTotals_; // area -> (time ns, count)
};

} // namespace pagelab::ui
