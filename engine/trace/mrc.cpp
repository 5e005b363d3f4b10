#include "trace/mrc.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

namespace pagelab::trace {

u64 StackDistances::faults(u64 frames) const
{
    u64 f = cold + beyond;
    for (u64 d = frames + 1; d <= maxFrames; ++d)
        f += histogram[d];
    return f;
}

std::vector<std::pair<u64, u64>> StackDistances::curve() const
{
    std::vector<std::pair<u64, u64>> points(maxFrames);
    u64 f = cold + beyond;
    for (u64 c = maxFrames; c >= 1; --c) {
        points[c - 1] = { c, f };
        f += histogram[c];
    }
    return points;
}

StackDistances lruStackDistances(const DenseTrace& t, u64 maxFrames, const std::function<void(u64)>& progress)
{
    StackDistances s;
    s.references = t.size();
    s.maxFrames = maxFrames;
    s.histogram.assign(maxFrames + 1, 0);
    const std::size_t n = t.ids.size();
    // tree[1..n]: a Fenwick tree over access times 1..n (time i+1 for reference i).
    std::vector<u32> tree(n + 1, 0);
    std::vector<u32> last(t.distinct(), 0); // latest access time, 0 = never
    u64 live = 0;                           // markers in the tree (= distinct pages so far)
    constexpr u64 kProgressEvery = u64 { 1 } << 22;
    for (std::size_t i = 0; i < n; ++i) {
        const u32 x = t.ids[i];
        const u32 time = static_cast<u32>(i + 1);
        const u32 prev = last[x];
        if (prev == 0) {
            ++s.cold;
            ++live;
        } else {
            // markers at times <= prev (x's own included); the others are newer than prev
            u64 upTo = 0;
            for (u64 j = prev; j > 0; j &= j - 1)
                upTo += tree[j];
            const u64 distance = live - upTo + 1;
            if (distance <= maxFrames)
                ++s.histogram[distance];
            else
                ++s.beyond;
            for (u64 j = prev; j <= n; j += j & (~j + 1))
                --tree[j];
        }
        for (u64 j = time; j <= n; j += j & (~j + 1))
            ++tree[j];
        last[x] = time;
        if (progress && (i + 1) % kProgressEvery == 0)
            progress(i + 1);
    }
    return s;
}

std::vector<u64> sampleSizes(u64 maxFrames)
{
    std::vector<u64> sizes;
    if (maxFrames <= 64) {
        for (u64 c = 1; c <= maxFrames; ++c)
            sizes.push_back(c);
        return sizes;
    }
    for (u64 c = 1; c <= maxFrames; c <<= 1)
        sizes.push_back(c);
    for (u64 k = 1; k <= 32; ++k)
        sizes.push_back(std::max<u64>(1, maxFrames * k / 32));
    std::sort(sizes.begin(), sizes.end());
    sizes.erase(std::unique(sizes.begin(), sizes.end()), sizes.end());
    return sizes;
}

std::vector<std::pair<u64, u64>> policyCurve(const DenseTrace& t, Policy policy,
    const std::vector<u64>& sizes, unsigned threads, const std::function<void(u64)>& progress)
{
    std::vector<std::pair<u64, u64>> points(sizes.size());
    std::vector<u32> next;
    if (policy == Policy::Opt)
        next = nextUses(t);
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    threads = static_cast<unsigned>(std::min<std::size_t>(threads, sizes.size()));
    std::atomic<std::size_t> nextIndex { 0 };
    std::atomic<u64> done { 0 };
    // Largest sizes first: the slow ones start early.
    auto work = [&] {
        for (std::size_t k; (k = nextIndex.fetch_add(1)) < sizes.size();) {
            const std::size_t idx = sizes.size() - 1 - k;
            points[idx] = { sizes[idx], simulate(t, policy, sizes[idx], &next).faults };
            done.fetch_add(1);
        }
    };
    if (threads <= 1) {
        for (std::size_t idx = 0; idx < sizes.size(); ++idx) {
            points[idx] = { sizes[idx], simulate(t, policy, sizes[idx], &next).faults };
            if (progress)
                progress(idx + 1);
        }
        return points;
    }
    std::vector<std::thread> pool;
    for (unsigned i = 0; i < threads; ++i)
        pool.emplace_back(work);
    if (progress) {
        while (done.load() < sizes.size()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            progress(done.load());
        }
    }
    for (auto& th : pool)
        th.join();
    return points;
}

} // namespace pagelab::trace
