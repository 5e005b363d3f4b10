// The replacement policies of reclaim.h. Every policy keeps its pages in an intrusive
// doubly-linked list keyed by frame number (O(1) insert, touch, remove); OPT scans its pages
// for the farthest next use, which is what Belady's algorithm needs anyway.
#include "kernel/reclaim.h"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

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

// A list of pages, head = oldest (next victim candidate), tail = newest.
class PageList {
public:
    bool contains(Pfn p) const { return nodes_.count(p) != 0; }
    std::size_t size() const { return nodes_.size(); }
    bool empty() const { return nodes_.empty(); }
    Pfn front() const { return head_; }

    void pushBack(Pfn p)
    {
        const bool wasEmpty = nodes_.empty();
        Node& n = nodes_[p];
        n = Node {};
        if (wasEmpty) {
            head_ = p;
        } else {
            Node& t = nodes_.at(tail_);
            t.next = p;
            t.hasNext = true;
            n.prev = tail_;
            n.hasPrev = true;
        }
        tail_ = p;
    }

    void erase(Pfn p)
    {
        auto it = nodes_.find(p);
        if (it == nodes_.end())
            return;
        const Node n = it->second;
        if (n.hasPrev) {
            Node& pr = nodes_.at(n.prev);
            pr.next = n.next;
            pr.hasNext = n.hasNext;
        } else {
            head_ = n.next;
        }
        if (n.hasNext) {
            Node& nx = nodes_.at(n.next);
            nx.prev = n.prev;
            nx.hasPrev = n.hasPrev;
        } else {
            tail_ = n.prev;
        }
        nodes_.erase(it);
    }

    void moveToBack(Pfn p)
    {
        erase(p);
        pushBack(p);
    }

    std::vector<Pfn> items() const
    {
        std::vector<Pfn> out;
        out.reserve(nodes_.size());
        if (nodes_.empty())
            return out;
        Pfn at = head_;
        for (;;) {
            out.push_back(at);
            const Node& n = nodes_.at(at);
            if (!n.hasNext)
                break;
            at = n.next;
        }
        return out;
    }

private:
    struct Node {
        Pfn prev = 0, next = 0;
        bool hasPrev = false, hasNext = false;
    };
    std::unordered_map<Pfn, Node> nodes_;
    Pfn head_ = 0, tail_ = 0;
};

// FIFO and exact LRU differ only in what a touch does: LRU moves the page to the MRU end.
class ListPolicy : public ReplacementPolicy {
public:
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
    std::vector<Pfn> order() const override { return list_.items(); }

private:
    PageList list_;
};

// Belady's OPT: the page whose next use is farthest away (never used again first).
class OptPolicy : public ReplacementPolicy {
public:
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
    PolicyKind kind() const override { return PolicyKind::Linux; }
    void insert(Pfn page) override
    {
        if (active_.contains(page) || inactive_.contains(page))
            return;
        inactive_.pushBack(page);
        referenced_[page] = false;
    }
    void touch(Pfn page) override
    {
        auto it = referenced_.find(page);
        if (it == referenced_.end())
            return;
        if (inactive_.contains(page)) {
            if (it->second) { // second access: folio_activate
                inactive_.erase(page);
                active_.pushBack(page);
                it->second = false;
            } else {
                it->second = true; // first access: PG_referenced
            }
        } else {
            it->second = true;
        }
    }
    void remove(Pfn page) override
    {
        active_.erase(page);
        inactive_.erase(page);
        referenced_.erase(page);
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
            bool& flag = referenced_[p];
            if (young || flag) {
                // folio_check_references: referenced again -> activate (PageLab does not
                // distinguish the once-referenced "keep" case from activation).
                inactive_.erase(p);
                active_.pushBack(p);
                flag = false;
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

    PageList active_, inactive_;
    std::unordered_map<Pfn, bool> referenced_; // PG_referenced
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
