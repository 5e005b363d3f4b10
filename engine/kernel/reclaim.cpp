// The replacement policies of reclaim.h. Every policy keeps its pages in an intrusive
// doubly-linked list keyed by frame number (O(1) insert, touch, remove); OPT scans its pages
// for the farthest next use, which is what Belady's algorithm needs anyway.
#include "kernel/reclaim.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace pagelab::kernel {

std::string_view toString(PolicyKind k)
{
    switch (k) {
    case PolicyKind::Lru: return "lru";
    case PolicyKind::Fifo: return "fifo";
    case PolicyKind::Clock: return "clock";
    case PolicyKind::Opt: return "opt";
    case PolicyKind::Linux: return "linux";
    }
    return "?";
}

bool policyFromName(std::string_view name, PolicyKind& out)
{
    for (PolicyKind k :
        { PolicyKind::Lru, PolicyKind::Fifo, PolicyKind::Clock, PolicyKind::Opt, PolicyKind::Linux }) {
        if (toString(k) == name) {
            out = k;
            return true;
        }
    }
    return false;
}

namespace {

// A list of pages, head = oldest (next victim candidate), tail = newest. The links live in
// a vector indexed by frame number (frames are dense and bounded by the machine's RAM), so
// a touch on every simulated access costs a few loads and stores, with no hashing.
class PageList {
public:
    bool contains(Pfn p) const { return p < nodes_.size() && nodes_[p].in; }
    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    Pfn front() const { return head_; }
    void prefetch(Pfn p) const
    {
        if (p < nodes_.size())
            __builtin_prefetch(&nodes_[p]);
    }
    // The first out.size() pages from the head.
    std::size_t front(std::span<Pfn> out) const
    {
        std::size_t n = 0;
        for (u32 at = size_ ? head_ : kNone; at != kNone && n < out.size(); at = nodes_[at].next)
            out[n++] = at;
        return n;
    }

    void pushBack(Pfn p)
    {
        if (p >= nodes_.size())
            grow(p);
        Node& n = nodes_[p];
        n = Node {};
        n.in = true;
        if (size_ == 0) {
            head_ = static_cast<u32>(p);
        } else {
            nodes_[tail_].next = static_cast<u32>(p);
            n.prev = tail_;
        }
        tail_ = static_cast<u32>(p);
        ++size_;
    }

    void erase(Pfn p)
    {
        if (!contains(p))
            return;
        Node& n = nodes_[p];
        if (n.prev != kNone)
            nodes_[n.prev].next = n.next;
        else
            head_ = n.next;
        if (n.next != kNone)
            nodes_[n.next].prev = n.prev;
        else
            tail_ = n.prev;
        n = Node {};
        --size_;
    }

    void moveToBack(Pfn p)
    {
        if (p == tail_ && contains(p))
            return; // already the most recent: the common case of a page used again and again
        erase(p);
        pushBack(p);
    }

    std::vector<Pfn> items() const
    {
        std::vector<Pfn> out;
        out.reserve(size_);
        for (u32 at = size_ ? head_ : kNone; at != kNone; at = nodes_[at].next)
            out.push_back(at);
        return out;
    }

private:
    static constexpr u32 kNone = ~u32 { 0 };
    // Frame numbers stay below PhysicalMemory::kMaxFrames (2^24); a bound well above it keeps
    // a stray number from allocating gigabytes.
    static constexpr Pfn kMaxPage = Pfn { 1 } << 28;

    struct Node {
        u32 prev = kNone, next = kNone;
        bool in = false;
    };

    void grow(Pfn p)
    {
        if (p >= kMaxPage)
            throw std::out_of_range("page " + std::to_string(p) + " is beyond any simulated frame");
        nodes_.resize(std::max<std::size_t>(p + 1, nodes_.size() * 2));
    }

    std::vector<Node> nodes_;
    std::size_t size_ = 0;
    u32 head_ = kNone, tail_ = kNone;
};

// FIFO and exact LRU differ only in what a touch does: LRU moves the page to the MRU end.
class ListPolicy : public ReplacementPolicy {
public:
    std::unique_ptr<ReplacementPolicy> clone() const override { return std::make_unique<ListPolicy>(*this); }
    explicit ListPolicy(PolicyKind k)
        : kind_(k)
    {
    }
    PolicyKind kind() const override { return kind_; }
    void insert(Pfn page) override
    {
        if (!list_.contains(page))
            list_.pushBack(page);
        else if (kind_ == PolicyKind::Lru)
            list_.moveToBack(page);
    }
    void touch(Pfn page) override
    {
        if (kind_ == PolicyKind::Lru && list_.contains(page))
            list_.moveToBack(page);
    }
    void remove(Pfn page) override { list_.erase(page); }
    bool pickVictim(const Referenced&, Pfn& victim) override
    {
        if (list_.empty())
            return false;
        victim = list_.front();
        list_.erase(victim);
        return true;
    }
    std::size_t size() const override { return list_.size(); }
    void prefetch(Pfn page) const override { list_.prefetch(page); }
    std::size_t likelyVictims(std::span<Pfn> out) const override { return list_.front(out); }
    std::vector<Pfn> order() const override { return list_.items(); }

private:
    PolicyKind kind_;
    PageList list_;
};

// Clock (second chance): the pages on a circle in insertion order; the hand is the list's
// head. A referenced page under the hand has its bit cleared (by the callback) and the hand
// moves past it, i.e. it goes to the back; the first unreferenced page is the victim.
class ClockPolicy : public ReplacementPolicy {
public:
    std::unique_ptr<ReplacementPolicy> clone() const override { return std::make_unique<ClockPolicy>(*this); }
    PolicyKind kind() const override { return PolicyKind::Clock; }
    void insert(Pfn page) override
    {
        if (!list_.contains(page))
            list_.pushBack(page); // just behind the hand
    }
    void touch(Pfn) override { } // the hardware sets the referenced bit; nothing to move
    void remove(Pfn page) override { list_.erase(page); }
    bool pickVictim(const Referenced& referenced, Pfn& victim) override
    {
        if (list_.empty())
            return false;
        // At most one full turn clears every bit; the second turn then finds a victim.
        for (std::size_t steps = 0, limit = 2 * list_.size() + 1; steps < limit; ++steps) {
            const Pfn p = list_.front();
            if (referenced && referenced(p)) {
                list_.moveToBack(p); // second chance: the hand advances past it
                continue;
            }
            victim = p;
            list_.erase(p);
            return true;
        }
        victim = list_.front();
        list_.erase(victim);
        return true;
    }
    std::size_t size() const override { return list_.size(); }
    // The pages under the hand: the victims unless their referenced bits are set.
    std::size_t likelyVictims(std::span<Pfn> out) const override { return list_.front(out); }
    std::vector<Pfn> order() const override { return list_.items(); }

private:
    PageList list_;
};

// Belady's OPT: the page whose next use is farthest away (never used again first).
class OptPolicy : public ReplacementPolicy {
public:
    std::unique_ptr<ReplacementPolicy> clone() const override { return std::make_unique<OptPolicy>(*this); }
    explicit OptPolicy(NextUse future)
        : future_(std::move(future))
    {
    }
    PolicyKind kind() const override { return PolicyKind::Opt; }
    void insert(Pfn page) override
    {
        if (!list_.contains(page))
            list_.pushBack(page);
    }
    void touch(Pfn) override { }
    void remove(Pfn page) override { list_.erase(page); }
    bool pickVictim(const Referenced&, Pfn& victim) override
    {
        if (!future_)
            throw std::logic_error(
                "the OPT policy needs the future of the reference string (trace runs only)");
        if (list_.empty())
            return false;
        bool have = false;
        u64 best = 0;
        for (Pfn p : list_.items()) { // ties: the oldest page (first in insertion order)
            const u64 d = future_(p);
            if (!have || d > best) {
                have = true;
                best = d;
                victim = p;
            }
        }
        list_.erase(victim);
        return true;
    }
    std::size_t size() const override { return list_.size(); }
    std::vector<Pfn> order() const override
    {
        std::vector<Pfn> out = list_.items();
        if (!future_)
            return out;
        std::stable_sort(out.begin(), out.end(), [&](Pfn a, Pfn b) { return future_(a) > future_(b); });
        return out;
    }

private:
    NextUse future_;
    PageList list_;
};

// Linux's two LRU lists (mm/swap.c, mm/vmscan.c), simplified: folio_add_lru puts a new page
// on the inactive list; mark_page_accessed sets PG_referenced on the first access and
// activates on the second; shrink_active_list refills the inactive list from the tail of
// the active one while inactive_is_low (1:1 for small memories), clearing the referenced
// state; shrink_inactive_list takes pages from the inactive tail: referenced ones are
// activated, the first unreferenced one is reclaimed.
class LinuxPolicy : public ReplacementPolicy {
public:
    std::unique_ptr<ReplacementPolicy> clone() const override { return std::make_unique<LinuxPolicy>(*this); }
    PolicyKind kind() const override { return PolicyKind::Linux; }
    void insert(Pfn page) override
    {
        if (active_.contains(page) || inactive_.contains(page))
            return;
        inactive_.pushBack(page);
        setReferenced(page, false);
    }
    void touch(Pfn page) override
    {
        if (inactive_.contains(page)) {
            if (referenced_[page]) { // second access: folio_activate
                inactive_.erase(page);
                active_.pushBack(page);
                referenced_[page] = false;
            } else {
                referenced_[page] = true; // first access: PG_referenced
            }
        } else if (active_.contains(page)) {
            referenced_[page] = true;
        }
    }
    void remove(Pfn page) override
    {
        active_.erase(page);
        inactive_.erase(page);
    }
    bool pickVictim(const Referenced& referenced, Pfn& victim) override
    {
        if (size() == 0)
            return false;
        for (std::size_t rounds = 0, limit = 4 * size() + 4; rounds < limit; ++rounds) {
            shrinkActive(referenced);
            if (inactive_.empty())
                continue;
            const Pfn p = inactive_.front(); // the tail in Linux's terms: the oldest
            const bool young = referenced && referenced(p);
            if (young || referenced_[p]) {
                // folio_check_references: referenced again -> activate (PageLab does not
                // distinguish the once-referenced "keep" case from activation).
                inactive_.erase(p);
                active_.pushBack(p);
                referenced_[p] = false;
                continue;
            }
            victim = p;
            remove(p);
            return true;
        }
        victim = inactive_.empty() ? active_.front() : inactive_.front();
        remove(victim);
        return true;
    }
    std::size_t size() const override { return active_.size() + inactive_.size(); }
    std::vector<Pfn> order() const override
    {
        std::vector<Pfn> out = inactive_.items();
        for (Pfn p : active_.items())
            out.push_back(p);
        return out;
    }
    std::vector<Pfn> activeList() const override { return active_.items(); }

private:
    // shrink_active_list while inactive_is_low: the oldest active pages are deactivated with
    // their referenced state cleared (Linux keeps referenced executable pages; PageLab does not).
    void shrinkActive(const Referenced& referenced)
    {
        while (!active_.empty() && inactive_.size() < active_.size()) {
            const Pfn p = active_.front();
            if (referenced)
                referenced(p); // page_referenced clears the accessed bits
            active_.erase(p);
            inactive_.pushBack(p);
            referenced_[p] = false;
        }
    }

    // A page on either list always has its flag (pushBack bounds the page number).
    void setReferenced(Pfn page, bool value)
    {
        if (page >= referenced_.size())
            referenced_.resize(std::max<std::size_t>(page + 1, referenced_.size() * 2), 0);
        referenced_[page] = value;
    }

    PageList active_, inactive_;
    std::vector<u8> referenced_; // PG_referenced, by frame number (meaningful for listed pages)
};

} // namespace

std::unique_ptr<ReplacementPolicy> makePolicy(PolicyKind kind, NextUse future)
{
    switch (kind) {
    case PolicyKind::Lru:
    case PolicyKind::Fifo: return std::make_unique<ListPolicy>(kind);
    case PolicyKind::Clock: return std::make_unique<ClockPolicy>();
    case PolicyKind::Opt: return std::make_unique<OptPolicy>(std::move(future));
    case PolicyKind::Linux: return std::make_unique<LinuxPolicy>();
    }
    return nullptr;
}

} // namespace pagelab::kernel
