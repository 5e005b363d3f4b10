// Session::clone and Session::statesDuring over every golden scenario (tests/golden/*/):
// - a clone taken between any two commands equals its original in every detail and, run on,
//   behaves exactly as the original does, without changing it;
// - the state right after each event of a command shows what that event says happened: a
//   frame it allocates is in use, a bit it sets is set, an entry it fills is in the TLB, a
//   process it creates exists ... (the GUI draws these states while it steps).
#include "common/state_digest.h"
#include "hw/page_walker.h"
#include "hw/paging_entry.h"
#include "journal/message.h"
#include "script/parser.h"

#include <QtTest>

#include <filesystem>
#include <fstream>
#include <map>
#include <numeric>
#include <sstream>

using namespace pagelab;

namespace {

struct Golden {
    std::string name;
    std::string file;
    std::vector<script::Command> commands;
};

std::vector<Golden> goldens()
{
    std::vector<Golden> out;
    for (const auto& dir : std::filesystem::directory_iterator(PAGELAB_GOLDEN_DIR)) {
        const auto path = dir.path() / "scenario.vms";
        if (!std::filesystem::exists(path))
            continue;
        std::ifstream in(path);
        std::stringstream text;
        text << in.rdbuf();
        script::ParseResult parsed = script::parse(text.str(), path.string());
        if (!parsed.ok())
            continue; // the golden of a parse error: nothing runs
        out.push_back({ dir.path().filename().string(), path.string(), std::move(parsed.script.commands) });
    }
    std::sort(out.begin(), out.end(), [](const Golden& a, const Golden& b) { return a.name < b.name; });
    return out;
}

std::string outcomeText(const CommandOutcome& o)
{
    return o.json + "\n" + o.text + "\n" + o.error;
}

std::string eventsText(const Journal& j)
{
    std::string s;
    for (const Event& e : j.events())
        s += std::to_string(e.command) + " " + describeEnglish(e) + "\n";
    return s;
}

// The events notShown() has a rule for.
template <typename E, typename... Kinds>
constexpr bool kOneOf = (std::is_same_v<E, Kinds> || ...);

template <typename E>
constexpr bool kChecked = kOneOf<E, ev::FrameAllocated, ev::FrameFreed, ev::AccessedSet, ev::DirtySet,
    ev::PteWrite, ev::TlbFill, ev::TlbEntryRemoved, ev::ProcessCreated, ev::ProcessForked, ev::ContextSwitch,
    ev::Cr3Load, ev::ZeroFill, ev::FileRead, ev::SwapIn, ev::CowBreak, ev::SwapOut, ev::ProcessExited,
    ev::VmaChange, ev::Writeback, ev::Discard, ev::RemapPfn, ev::SwapCacheAdd, ev::SwapCacheDelete,
    ev::SwapCacheHit, ev::TlbInvalidate, ev::CpuConfig, ev::Stac, ev::Clac>;

bool checked(const Event& e)
{
    return std::visit([]<typename E>(const E&) { return kChecked<E>; }, e.data);
}

// Why the state `s`, taken right after event `e` was recorded, does not show what `e` says
// happened; empty when it does.
std::string notShown(const Session& session, const Event& e)
{
    auto& s = const_cast<Session&>(session);
    const Machine& m = s.machine();
    const PagingMode mode = m.cpu().mode;
    auto entryAt = [&](PAddr a) { return m.memory().read(a, mode == PagingMode::Bits32 ? 4 : 8); };
    auto tlbSlot = [&](TlbLevel level, u32 set, u32 way) -> const TlbEntry* {
        const auto& entries = level == TlbLevel::L1 ? m.tlb().l1() : m.tlb().stlb();
        const u32 ways = level == TlbLevel::L1 ? m.config().tlb.ways : m.config().tlb.stlbWays;
        const std::size_t i = std::size_t(set) * ways + way;
        return i < entries.size() ? &entries[i] : nullptr;
    };
    auto processOf = [&](u32 pid) -> const Process* {
        for (const auto& q : m.processes())
            if (q->pid == pid)
                return q.get();
        return nullptr;
    };
    // The leaf entry that maps va in pid's tables, if any.
    auto leafOf = [&](u32 pid, VAddr va) -> std::optional<u64> {
        const Process* p = processOf(pid);
        const WalkPath path = p ? walkPath(m.cpuFor(*p), m.memory(), va) : WalkPath {};
        if (path.empty() || !(path.back().entry & pte::P))
            return std::nullopt;
        return path.back().entry;
    };
    auto maps = [&](u32 pid, VAddr va, Pfn pfn) {
        const auto e = leafOf(pid, va);
        return e && (entryAddress(mode, *e) >> kPageShift) == pfn;
    };
    auto fileNamed = [&](const std::string& name) -> const kernel::File* {
        for (const auto& f : s.kernel().files())
            if (f->name == name)
                return f.get();
        return nullptr;
    };
    return std::visit(
        [&]<typename E>(const E& ev) -> std::string {
            if constexpr (std::is_same_v<E, ev::FrameAllocated>) {
                if (m.frames().isFree(ev.pfn) || m.memory().info(ev.pfn).use != FrameUse(ev.use))
                    return "the frame is not in use for what was allocated";
            } else if constexpr (std::is_same_v<E, ev::FrameFreed>) {
                if (!m.frames().isFree(ev.pfn))
                    return "the frame is not free";
            } else if constexpr (std::is_same_v<E, ev::AccessedSet>) {
                if (!(entryAt(ev.entryAddr) & pte::A))
                    return "the entry's A bit is clear";
            } else if constexpr (std::is_same_v<E, ev::DirtySet>) {
                if (!(entryAt(ev.entryAddr) & pte::D))
                    return "the entry's D bit is clear";
            } else if constexpr (std::is_same_v<E, ev::PteWrite>) {
                const u64 mask = mode == PagingMode::Bits32 ? 0xffff'ffffull : ~u64 { 0 };
                if (m.memory().contains(ev.entryAddr) && entryAt(ev.entryAddr) != (ev.newEntry & mask))
                    return "the entry does not hold the value written";
            } else if constexpr (std::is_same_v<E, ev::TlbFill>) {
                const TlbEntry* t = tlbSlot(ev.level, ev.set, ev.way);
                if (!t || !t->valid || t->pageVa != ev.va || t->pcid != ev.pcid)
                    return "the TLB slot does not hold the entry filled";
            } else if constexpr (std::is_same_v<E, ev::TlbEntryRemoved>) {
                const TlbEntry* t = tlbSlot(ev.level, ev.set, ev.way);
                if (t && t->valid && t->pageVa == ev.va && t->pcid == ev.pcid)
                    return "the TLB slot still holds the entry removed";
            } else if constexpr (std::is_same_v<E, ev::ProcessCreated>) {
                if (!s.machine().findProcess(ev.name))
                    return "the process does not exist";
            } else if constexpr (std::is_same_v<E, ev::ProcessForked>) {
                if (!s.machine().findProcess(ev.childName))
                    return "the child does not exist";
            } else if constexpr (std::is_same_v<E, ev::ContextSwitch>) {
                if (!m.current() || m.current()->pid != ev.toPid)
                    return "another process is running";
            } else if constexpr (std::is_same_v<E, ev::Cr3Load>) {
                if (m.cpu().cr3 != (ev.newCr3 & ~(u64 { 1 } << 63)))
                    return "CR3 holds another value";
            } else if constexpr (std::is_same_v<E, ev::ZeroFill>) {
                // "frame %3 is zeroed and mapped"
                if (!maps(ev.pid, ev.va, ev.pfn))
                    return "the page's PTE does not map the zeroed frame";
            } else if constexpr (std::is_same_v<E, ev::FileRead>) {
                const kernel::File* f = fileNamed(ev.file);
                if (m.frames().isFree(ev.pfn) || !f || !f->cache.contains(ev.index)
                    || f->cache.at(ev.index) != ev.pfn)
                    return "the page is not in the page cache in that frame";
            } else if constexpr (std::is_same_v<E, ev::SwapCacheHit>) {
                // Found: the fault handler maps it next (FaultResolved).
                const auto slot = s.kernel().swapCacheSlotOf(ev.pfn);
                if (m.frames().isFree(ev.pfn) || !slot || slot->offset != ev.slot)
                    return "the frame is not in the swap cache with that slot";
            } else if constexpr (std::is_same_v<E, ev::ProcessExited>) {
                // Its memory is gone; the machine forgets the process right after.
                const Process* p = processOf(ev.pid);
                if (p && s.kernel().findMm(*p))
                    return "the process still has its mm";
            } else if constexpr (std::is_same_v<E, ev::VmaChange>) {
                const Process* p = processOf(ev.pid);
                const kernel::Mm* mm = p ? s.kernel().findMm(*p) : nullptr;
                if (!mm)
                    return "the process has no mm";
                if (ev.op == "munmap") {
                    if (mm->vmas.overlaps(ev.start, ev.end))
                        return "a VMA is still there";
                } else {
                    for (VAddr a = ev.start; a < ev.end; a += kPageSize) {
                        const kernel::Vma* v = mm->vmas.find(a);
                        if (!v || v->flags != ev.flags)
                            return "no VMA with those flags covers the range";
                    }
                }
            } else if constexpr (std::is_same_v<E, ev::Writeback>) {
                const kernel::File* f = fileNamed(ev.file);
                if (!f || (f->dirty.contains(ev.index) && f->dirty.at(ev.index)))
                    return "the page is still dirty";
            } else if constexpr (std::is_same_v<E, ev::Discard>) {
                const kernel::File* f = fileNamed(ev.file);
                if (f && f->cache.contains(ev.index) && f->cache.at(ev.index) == ev.pfn)
                    return "the page is still in the page cache";
            } else if constexpr (std::is_same_v<E, ev::RemapPfn>) {
                if (ev.pages > 0 && !maps(ev.pid, ev.va, ev.pfn))
                    return "the first page does not map the device frame";
            } else if constexpr (std::is_same_v<E, ev::SwapCacheAdd>) {
                const auto slot = s.kernel().swapCacheSlotOf(ev.pfn);
                if (!slot || slot->offset != ev.slot)
                    return "the frame is not in the swap cache with that slot";
            } else if constexpr (std::is_same_v<E, ev::SwapCacheDelete>) {
                if (const auto slot = s.kernel().swapCacheSlotOf(ev.pfn); slot && slot->offset == ev.slot)
                    return "the frame is still in the swap cache with that slot";
            } else if constexpr (std::is_same_v<E, ev::TlbInvalidate>) {
                for (const auto& t : m.tlb().l1())
                    if (t.valid && !t.global && t.pcid == ev.pcid && ev.va >= t.pageVa
                        && ev.va < t.pageVa + pageSizeBytes(t.size))
                        return "the TLB still translates the page";
            } else if constexpr (std::is_same_v<E, ev::CpuConfig>) {
                const CpuState& c = m.cpu();
                const std::map<std::string, bool> flags { { "CR0.WP", c.wp }, { "CR4.SMEP", c.smep },
                    { "CR4.SMAP", c.smap }, { "EFER.NXE", c.nxe }, { "CR4.PGE", c.pge }, { "CR4.PSE", c.pse },
                    { "EFLAGS.AC", c.ac } };
                if (flags.contains(ev.reg) && flags.at(ev.reg) != ev.value)
                    return "the flag has the other value";
            } else if constexpr (std::is_same_v<E, ev::Stac>) {
                if (!m.cpu().ac)
                    return "EFLAGS.AC is clear";
            } else if constexpr (std::is_same_v<E, ev::Clac>) {
                if (m.cpu().ac)
                    return "EFLAGS.AC is set";
            } else if constexpr (std::is_same_v<E, ev::SwapIn>) {
                if (m.frames().isFree(ev.pfn))
                    return "the frame read into is free";
            } else if constexpr (std::is_same_v<E, ev::CowBreak>) {
                // "frame %3 is copied to frame %4, now private and writable"
                if (m.frames().isFree(ev.newPfn))
                    return "the new frame is free";
                if (!maps(ev.pid, ev.va, ev.newPfn) || !(*leafOf(ev.pid, ev.va) & pte::RW))
                    return "the page's PTE does not map the new frame writable";
            } else if constexpr (std::is_same_v<E, ev::SwapOut>) {
                for (const kernel::SwapArea* a : s.kernel().swapSpace().areas())
                    if (a->name == ev.area && ev.slot < a->count.size() && a->count[ev.slot] == 0)
                        return "no PTE holds the slot written";
            }
            return {};
        },
        e.data);
}

} // namespace

class TestSessionClone : public QObject {
    Q_OBJECT

private slots:
    void goldensFound() { QVERIFY(goldens().size() > 50); }

    void cloneBetweenCommandsRunsOnAlike()
    {
        for (const Golden& g : goldens()) {
            const std::size_t n = g.commands.size();
            Session reference;
            std::vector<CommandOutcome> expected;
            for (std::size_t i = 0; i < n; ++i)
                expected.push_back(reference.execute(g.commands[i], g.file, i == 0));
            const std::string expectedState = test::stateDigest(reference);
            const std::string expectedEvents = eventsText(reference.journal());
            // Up to a dozen split points per scenario, first and last included.
            const std::size_t stride = std::max<std::size_t>(1, n / 12);
            for (std::size_t split = 0; split <= n; split += (split == n ? 1 : std::min(stride, n - split))) {
                Session original;
                for (std::size_t i = 0; i < split; ++i)
                    original.execute(g.commands[i], g.file, i == 0);
                const std::string before = test::stateDigest(original);
                std::unique_ptr<Session> copy = original.clone();
                QCOMPARE(test::stateDigest(*copy), before);
                QCOMPARE(eventsText(copy->journal()), eventsText(original.journal()));
                for (Session* s : { copy.get(), &original })
                    for (std::size_t i = split; i < n; ++i) {
                        const CommandOutcome o = s->execute(g.commands[i], g.file, i == 0);
                        QVERIFY2(outcomeText(o) == outcomeText(expected[i]),
                            qPrintable(QString::fromStdString(g.name + " split at " + std::to_string(split)
                                + ", command " + std::to_string(i + 1) + ":\n" + outcomeText(o)
                                + "\nexpected\n" + outcomeText(expected[i]))));
                    }
                QVERIFY2(test::stateDigest(*copy) == expectedState, g.name.c_str());
                QVERIFY2(test::stateDigest(original) == expectedState, g.name.c_str());
                QVERIFY2(eventsText(copy->journal()) == expectedEvents, g.name.c_str());
            }
        }
    }

    void statesDuringShowWhatEachEventSays()
    {
        std::size_t checkedEvents = 0;
        std::vector<std::string> problems;
        for (const Golden& g : goldens()) {
            Session s;
            for (std::size_t i = 0; i < g.commands.size(); ++i) {
                const bool first = i == 0;
                // Which events the command records: from a run on a copy.
                std::unique_ptr<Session> trial = s.clone();
                const CommandOutcome t = trial->execute(g.commands[i], g.file, first);
                const std::size_t count = t.endEvent - t.firstEvent;
                // Copies at the events with a rule, and at the last one.
                std::vector<std::size_t> at;
                for (std::size_t k = 1; k <= count; ++k)
                    if (k == count || checked(trial->journal().events()[t.firstEvent + k - 1]))
                        at.push_back(k);
                const std::string before = test::stateDigest(s);
                const auto states = s.statesDuring(g.commands[i], g.file, first, at);
                QCOMPARE(states.size(), at.size());
                QCOMPARE(test::stateDigest(s), before); // nothing ran on `s`
                const CommandOutcome o = s.execute(g.commands[i], g.file, first);
                QCOMPARE(o.endEvent - o.firstEvent, count);
                if (count == 0)
                    continue;
                // The same run: the copy at the last event has recorded what the command did.
                QCOMPARE(eventsText(states.back()->journal()), eventsText(s.journal()));
                const std::string where
                    = g.name + " command " + std::to_string(i + 1) + " (" + g.commands[i].text + ")";
                for (std::size_t n = 0; n < at.size(); ++n) {
                    const Event& e = s.journal().events()[o.firstEvent + at[n] - 1];
                    if (!checked(e))
                        continue;
                    const std::string problem = notShown(*states[n], e);
                    if (!problem.empty())
                        problems.push_back(where + ", event " + std::to_string(at[n]) + " ("
                            + describeEnglish(e) + "): " + problem);
                    ++checkedEvents;
                }
            }
        }
        if (qEnvironmentVariableIsSet("PAGELAB_ALL_PROBLEMS"))
            for (const std::string& p : problems)
                qInfo("%s", p.c_str());
        std::string all;
        for (std::size_t i = 0; i < problems.size() && i < 40; ++i)
            all += problems[i] + "\n";
        QVERIFY2(problems.empty(),
            qPrintable(
                QString::number(problems.size()) + " problems, the first:\n" + QString::fromStdString(all)));
        QVERIFY(checkedEvents > 1000);
    }

    void statesDuringTakesOnlyWhatIsAsked()
    {
        Session s;
        s.run("machine frames=16\nprocess p\nmmap p len=8K at=0x10000\n", "t.vms");
        const auto parsed = script::parse("write p 0x10000 7\n", "t.vms");
        const auto& cmd = parsed.script.commands.at(0);
        const auto states = s.statesDuring(cmd, "t.vms", false, { 2, 2, 5, 100000 });
        QCOMPARE(states.size(), std::size_t { 2 }); // 2 (once) and 5; no command has 100000 events
        QVERIFY(s.statesDuring(cmd, "t.vms", false, {}).empty());
        QCOMPARE(s.machine().stats().accesses, u64 { 0 });
    }

    void cloneKeepsNoObserverAndNoProgressHook()
    {
        Session s;
        int calls = 0;
        s.setProgress([&](u64, u64) {
            ++calls;
            return true;
        });
        s.run("machine frames=64\nprocess p\n", "t.vms");
        auto copy = s.clone();
        copy->run("workload p kind=zipf pages=32 count=200000\n", "t.vms");
        QCOMPARE(calls, 0);
    }
};

QTEST_APPLESS_MAIN(TestSessionClone)
#include "test_session_clone.moc"
