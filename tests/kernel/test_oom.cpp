// The OOM killer (kernel/kernel_reclaim.cpp oomKill, mm/oom_kill.c): with no free frame, no
// reclaimable page and no swap slot, the process with the highest badness (rss + swap
// entries + page tables) is killed; a faulting victim ends with SIGKILL; others go at once.
#include "hw/paging_entry.h"
#include "kernel/kernel.h"

#include <QtTest>

using namespace pagelab;
using namespace pagelab::kernel;

namespace {

struct Rig {
    explicit Rig(u64 frames)
        : m(
            [&] {
                MachineConfig c;
                c.frames = frames;
                return c;
            }(),
            journal)
    {
        journal.setEnabled(true);
    }
    Journal journal;
    Machine m;
    Kernel k { m };
    void map(Process& p, VAddr at, u64 len)
    {
        Kernel::MmapArgs a;
        a.len = len;
        a.at = at;
        a.fixed = true;
        k.mmap(p, a);
    }
    UserAccess write(Process& p, VAddr va)
    {
        u64 v = 1;
        return k.userAccess(p, va, AccessOp::Write, 1, v);
    }
    bool alive(const std::string& name) { return m.findProcess(name) != nullptr; }
    // Maps `pages` pages at kBase and writes each; false at the first failed write.
    bool writePages(Process& p, u64 pages);
};

constexpr VAddr kBase = 0x10000000;

bool Rig::writePages(Process& p, u64 pages)
{
    map(p, kBase, pages * kPageSize);
    for (u64 i = 0; i < pages; ++i)
        if (!write(p, kBase + i * kPageSize).ok)
            return false;
    return true;
}

} // namespace

class TestOom : public QObject {
    Q_OBJECT
private slots:
    void faulterIsLargest();
    void otherIsLargest();
    void swapAvoidsOom();
    void newProcessReclaimsForItsTable();
    void newProcessOomKillsTheRunningProcess();
    void forkFailsWithEnomemAndTheChosenParentDies();
};

void TestOom::faulterIsLargest()
{
    Rig r(16);
    Process& small = r.k.createProcess("small", false);
    r.map(small, kBase, 2 * kPageSize);
    r.write(small, kBase);
    Process& big = r.k.createProcess("big", false);
    r.map(big, kBase, 16 * kPageSize);
    UserAccess last;
    for (u64 i = 0; i < 16 && (last = r.write(big, kBase + i * kPageSize)).ok; ++i) { }
    QVERIFY(last.signal == Signal::Kill);
    QCOMPARE(std::string(toString(last.signal)), std::string("SIGKILL"));
    QVERIFY(r.write(small, kBase).ok); // the engine goes on; the victim is reaped
    QVERIFY(!r.alive("big"));
    QVERIFY(r.alive("small"));
}

void TestOom::otherIsLargest()
{
    Rig r(16);
    Process& big = r.k.createProcess("big", false);
    r.map(big, kBase, 16 * kPageSize);
    for (u64 i = 0; i < 8; ++i)
        QVERIFY(r.write(big, kBase + i * kPageSize).ok);
    Process& small = r.k.createProcess("small", false);
    r.map(small, kBase, 2 * kPageSize);
    const UserAccess a = r.write(small, kBase); // needs frames: big (8 + 4 tables) goes
    QVERIFY(a.ok);
    QVERIFY(!r.alive("big"));
    bool sawKill = false;
    for (const auto& e : r.journal.events())
        if (const auto* k = std::get_if<ev::OomKill>(&e.data))
            sawKill = k->name == "big";
    QVERIFY(sawKill);
}

void TestOom::swapAvoidsOom()
{
    Rig r(16);
    r.k.swapon("disk", 64, std::nullopt, 0);
    Process& p = r.k.createProcess("p", false);
    QVERIFY(r.writePages(p, 32));
    QVERIFY(r.alive("p"));
    QVERIFY(r.m.stats().swapOuts > 0);
}

// pgd_alloc is a GFP_KERNEL allocation: with every frame in use, creating (or forking) a
// process reclaims a page for the new top-level table instead of failing.
void TestOom::newProcessReclaimsForItsTable()
{
    Rig r(16);
    r.k.swapon("disk", 64, std::nullopt, 0);
    Process& p = r.k.createProcess("p", false);
    QVERIFY(r.writePages(p, 32));
    QCOMPARE(r.m.frames().freeFrames(), u64 { 0 });
    const u64 outs = r.m.stats().swapOuts;
    Process& q = r.k.createProcess("q", false);
    QVERIFY(r.m.memory().info(q.topTable).use == FrameUse::PageTable);
    QVERIFY(r.m.stats().swapOuts > outs);
    QCOMPARE(r.m.frames().freeFrames(), u64 { 0 });
    Process& child = *r.k.fork(p, "child");
    QCOMPARE(r.m.memory().info(child.topTable).owner, child.pid);
    QVERIFY(r.alive("p") && r.alive("q") && r.alive("child"));
}

// `process NAME` runs in no process's context: when the running process is the OOM
// killer's choice it goes at once (it is not the allocating task), and the new one starts.
void TestOom::newProcessOomKillsTheRunningProcess()
{
    Rig r(16);
    Process& p = r.k.createProcess("p", false);
    QVERIFY(r.writePages(p, 12)); // 12 pages and 4 tables: every frame
    QCOMPARE(r.m.frames().freeFrames(), u64 { 0 });
    QCOMPARE(r.m.current(), &p);
    const std::size_t from = r.journal.size();
    Process& q = r.k.createProcess("q", false);
    QVERIFY(!r.alive("p"));
    QVERIFY(r.alive("q"));
    QVERIFY(r.m.memory().info(q.topTable).use == FrameUse::PageTable);
    QCOMPARE(r.m.memory().info(q.topTable).owner, q.pid);
    bool killed = false;
    for (std::size_t i = from; i < r.journal.size(); ++i)
        if (const auto* e = std::get_if<ev::OomKill>(&r.journal.events()[i].data))
            killed = e->name == "p";
    QVERIFY(killed);
    QVERIFY(r.writePages(q, 4)); // the engine goes on with p's frames
}

// A fork whose parent is the OOM killer's only choice: pgd_alloc finds no frame, fork returns
// -ENOMEM (null here), and the parent meets its SIGKILL on the way back to user space.
void TestOom::forkFailsWithEnomemAndTheChosenParentDies()
{
    Rig r(16);
    Process& p = r.k.createProcess("p", false);
    QVERIFY(r.writePages(p, 12));
    QCOMPARE(r.m.frames().freeFrames(), u64 { 0 });
    const std::size_t from = r.journal.size();
    QCOMPARE(r.k.fork(p, "child"), nullptr);
    QVERIFY(!r.alive("child"));
    QVERIFY(r.k.oomKilled(p));
    QCOMPARE(r.m.frames().freeFrames(), u64 { 12 }); // its pages went; its tables go at exit
    bool killed = false;
    for (std::size_t i = from; i < r.journal.size(); ++i)
        if (const auto* e = std::get_if<ev::SignalSent>(&r.journal.events()[i].data))
            killed = e->pid == p.pid && e->signal == "SIGKILL";
    QVERIFY(killed);
    Process& q = r.k.createProcess("q", false); // the engine goes on
    QVERIFY(r.writePages(q, 4));
    QVERIFY(!r.alive("p"));
}

QTEST_APPLESS_MAIN(TestOom)
#include "test_oom.moc"
