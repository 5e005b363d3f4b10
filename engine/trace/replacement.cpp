#include "trace/replacement.h"

#include "trace/trace_reader.h"

#include <algorithm>
#include <stdexcept>

namespace pagelab::trace {

namespace {

constexpr u32 kNone = ~u32 { 0 };

// Open addressing page -> dense id (faster than std::unordered_map for 1M+ pages).
class PageIndex {
public:
    explicit PageIndex(std::size_t expected)
    {
        std::size_t cap = 1024;
        while (cap < expected * 2)
            cap <<= 1;
        keys_.assign(cap, kEmpty);
        vals_.assign(cap, 0);
    }
    // The id of `page`, `fresh` when it is new.
    u32 find(u64 page, u32 fresh, bool& inserted)
    {
        std::size_t i = hash(page) & (keys_.size() - 1);
        while (true) {
            if (keys_[i] == page) {
                inserted = false;
                return vals_[i];
            }
            if (keys_[i] == kEmpty)
                break;
            i = (i + 1) & (keys_.size() - 1);
        }
        keys_[i] = page;
        vals_[i] = fresh;
        inserted = true;
        if (++used_ * 2 > keys_.size())
            grow();
        return fresh;
    }

private:
    static constexpr u64 kEmpty = ~u64 { 0 }; // page numbers are below 2^63
    static std::size_t hash(u64 x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdull;
        x ^= x >> 33;
        return static_cast<std::size_t>(x);
    }
    void grow()
    {
        std::vector<u64> keys(keys_.size() * 2, kEmpty);
        std::vector<u32> vals(keys.size());
        for (std::size_t j = 0; j < keys_.size(); ++j) {
            if (keys_[j] == kEmpty)
                continue;
            std::size_t i = hash(keys_[j]) & (keys.size() - 1);
            while (keys[i] != kEmpty)
                i = (i + 1) & (keys.size() - 1);
            keys[i] = keys_[j];
            vals[i] = vals_[j];
        }
        keys_.swap(keys);
        vals_.swap(vals);
    }
    std::vector<u64> keys_;
    std::vector<u32> vals_;
    std::size_t used_ = 0;
};

ReplacementResult runLru(const DenseTrace& t, u64 frames)
{
    const std::size_t n = t.distinct();
    std::vector<u32> prev(n, kNone), next(n, kNone);
    std::vector<u8> resident(n, 0), dirty(n, 0);
    u32 head = kNone, tail = kNone; // head = most recently used
    u64 count = 0;
    ReplacementResult r;
    const u32* ids = t.ids.data();
    const u8* writes = t.writes.data();
    for (std::size_t i = 0, end = t.ids.size(); i < end; ++i) {
        const u32 x = ids[i];
        if (resident[x]) {
            dirty[x] |= writes[i];
            if (x == head)
                continue;
            // unlink
            next[prev[x]] = next[x];
            if (next[x] != kNone)
                prev[next[x]] = prev[x];
            else
                tail = prev[x];
        } else {
            ++r.faults;
            if (count == frames) {
                const u32 v = tail;
                tail = prev[v];
                if (tail != kNone)
                    next[tail] = kNone;
                else
                    head = kNone;
                resident[v] = 0;
                ++r.evictions;
                r.dirtyEvictions += dirty[v];
            } else
                ++count;
            resident[x] = 1;
            dirty[x] = writes[i];
        }
        prev[x] = kNone;
        next[x] = head;
        if (head != kNone)
            prev[head] = x;
        head = x;
        if (tail == kNone)
            tail = x;
    }
    return r;
}

ReplacementResult runFifo(const DenseTrace& t, u64 frames)
{
    const std::size_t n = t.distinct();
    const std::size_t cap = static_cast<std::size_t>(std::min<u64>(frames, n));
    std::vector<u32> ring(cap);
    std::vector<u8> resident(n, 0), dirty(n, 0);
    std::size_t pos = 0, count = 0;
    ReplacementResult r;
    for (std::size_t i = 0, end = t.ids.size(); i < end; ++i) {
        const u32 x = t.ids[i];
        if (resident[x]) {
            dirty[x] |= t.writes[i];
            continue;
        }
        ++r.faults;
        if (count == cap) {
            const u32 v = ring[pos];
            resident[v] = 0;
            ++r.evictions;
            r.dirtyEvictions += dirty[v];
        } else
            ++count;
        ring[pos] = x;
        pos = pos + 1 == cap ? 0 : pos + 1;
        resident[x] = 1;
        dirty[x] = t.writes[i];
    }
    return r;
}

ReplacementResult runClock(const DenseTrace& t, u64 frames)
{
    const std::size_t n = t.distinct();
    const std::size_t cap = static_cast<std::size_t>(std::min<u64>(frames, n));
    std::vector<u32> slots(cap);
    std::vector<u8> resident(n, 0), referenced(n, 0), dirty(n, 0);
    std::size_t hand = 0, count = 0;
    ReplacementResult r;
    for (std::size_t i = 0, end = t.ids.size(); i < end; ++i) {
        const u32 x = t.ids[i];
        if (resident[x]) {
            referenced[x] = 1;
            dirty[x] |= t.writes[i];
            continue;
        }
        ++r.faults;
        if (count == cap) {
            while (referenced[slots[hand]]) {
                referenced[slots[hand]] = 0;
                hand = hand + 1 == cap ? 0 : hand + 1;
            }
            const u32 v = slots[hand];
            resident[v] = 0;
            ++r.evictions;
            r.dirtyEvictions += dirty[v];
        } else
            ++count;
        slots[hand] = x;
        hand = hand + 1 == cap ? 0 : hand + 1;
        resident[x] = 1;
        referenced[x] = 1;
        dirty[x] = t.writes[i];
    }
    return r;
}

ReplacementResult runOpt(const DenseTrace& t, u64 frames, const std::vector<u32>& nextUse)
{
    const std::size_t n = t.distinct();
    const std::size_t cap = static_cast<std::size_t>(std::min<u64>(frames, n));
    std::vector<u32> slotOf(n, kNone), slots(cap), curNext(n, 0);
    std::vector<u8> dirty(n, 0);
    std::vector<u64> heap; // (next use << 32 | id), a max-heap; stale entries are skipped
    heap.reserve(2 * cap + 16);
    std::size_t count = 0;
    ReplacementResult r;
    auto key = [](u32 nextUse, u32 id) { return u64 { nextUse } << 32 | id; };
    for (std::size_t i = 0, end = t.ids.size(); i < end; ++i) {
        const u32 x = t.ids[i];
        const u32 nu = nextUse[i];
        if (slotOf[x] != kNone) {
            dirty[x] |= t.writes[i];
        } else {
            ++r.faults;
            std::size_t slot = count;
            if (count == cap) {
                while (true) {
                    std::pop_heap(heap.begin(), heap.end());
                    const u64 top = heap.back();
                    heap.pop_back();
                    const u32 id = static_cast<u32>(top);
                    if (slotOf[id] != kNone && curNext[id] == static_cast<u32>(top >> 32)) {
                        slot = slotOf[id];
                        slotOf[id] = kNone;
                        ++r.evictions;
                        r.dirtyEvictions += dirty[id];
                        break;
                    }
                }
            } else
                ++count;
            slots[slot] = x;
            slotOf[x] = static_cast<u32>(slot);
            dirty[x] = t.writes[i];
        }
        curNext[x] = nu;
        heap.push_back(key(nu, x));
        std::push_heap(heap.begin(), heap.end());
        if (heap.size() > 2 * cap + 16) { // drop the stale entries
            heap.clear();
            for (std::size_t s = 0; s < count; ++s)
                heap.push_back(key(curNext[slots[s]], slots[s]));
            std::make_heap(heap.begin(), heap.end());
        }
    }
    return r;
}

} // namespace

std::optional<Policy> parsePolicy(std::string_view name)
{
    if (name == "lru")
        return Policy::Lru;
    if (name == "fifo")
        return Policy::Fifo;
    if (name == "clock")
        return Policy::Clock;
    if (name == "opt")
        return Policy::Opt;
    return std::nullopt;
}

std::string_view toString(Policy p)
{
    switch (p) {
    case Policy::Lru: return "lru";
    case Policy::Fifo: return "fifo";
    case Policy::Clock: return "clock";
    case Policy::Opt: return "opt";
    }
    return "?";
}

DenseTrace densify(const std::vector<u64>& refs)
{
    if (refs.size() >= kNone)
        throw std::length_error("a trace of more than 4294967294 references");
    DenseTrace t;
    t.ids.resize(refs.size());
    t.writes.resize(refs.size());
    PageIndex index(1u << 16);
    for (std::size_t i = 0; i < refs.size(); ++i) {
        bool inserted = false;
        const u64 page = refPage(refs[i]);
        const u32 id = index.find(page, static_cast<u32>(t.pageOf.size()), inserted);
        if (inserted)
            t.pageOf.push_back(page);
        t.ids[i] = id;
        t.writes[i] = refWrite(refs[i]) ? 1 : 0;
    }
    return t;
}

std::vector<u32> nextUses(const DenseTrace& t)
{
    const u32 n = static_cast<u32>(t.size());
    std::vector<u32> next(n), seen(t.distinct(), n);
    for (u32 i = n; i-- > 0;) {
        next[i] = seen[t.ids[i]];
        seen[t.ids[i]] = i;
    }
    return next;
}

ReplacementResult simulate(const DenseTrace& t, Policy policy, u64 frames, const std::vector<u32>* next)
{
    if (frames == 0)
        throw std::invalid_argument("a replacement simulation needs at least one frame");
    switch (policy) {
    case Policy::Lru: return runLru(t, frames);
    case Policy::Fifo: return runFifo(t, frames);
    case Policy::Clock: return runClock(t, frames);
    case Policy::Opt:
        if (next)
            return runOpt(t, frames, *next);
        return runOpt(t, frames, nextUses(t));
    }
    return {};
}

} // namespace pagelab::trace
