// Processes and the mmap family: the classic layout, mmap/munmap/mprotect with their errno
// and exact VMA boundaries, PTE rights, fork's copy-on-write setup, exit freeing everything,
// and the frame reference counts behind them.
#include "hw/paging_entry.h"
#include "kernel/kernel.h"

#include "kernel_rig.h"

#include <QtTest>

using namespace pagelab;
using namespace pagelab::kernel;

namespace {

constexpr u64 R = vm::READ, W = vm::WRITE, X = vm::EXEC;
constexpr VAddr kBase = 0x7ffff7fff000; // mmap_base, 4-level, no randomisation

struct Rig : KernelRig {
    using KernelRig::KernelRig;
    // What do_anonymous_page does for a write, without the fault handler.
    Pfn touch(Process& p, VAddr va)
    {
        const Vma* v = k.mm(p).vmas.find(va);
        auto pfn = k.allocUserFrame(p.pid, Backing::Anon, 0, 0);
        if (!v || !pfn || !k.installPte(p, va, *pfn, v->flags, v->flags & W))
            return 0;
        return *pfn;
    }
    SysResult map(Process& p, u64 len, std::optional<VAddr> at = {}, bool fixed = false, u64 prot = R | W)
    {
        Kernel::MmapArgs a;
        a.len = len;
        a.at = at;
        a.fixed = fixed;
        a.prot = prot;
        return k.mmap(p, a);
    }
    QString vmas(Process& p)
    {
        QStringList out;
        for (const Vma* v : k.mm(p).vmas.list())
            out << QStringLiteral("%1-%2 %3")
                       .arg(v->start, 0, 16)
                       .arg(v->end, 0, 16)
                       .arg(QString::fromStdString(vmFlagsText(v->flags & vm::kProtMask)));
        return out.join(QLatin1Char(' '));
    }
};

} // namespace

class TestKernelMm : public QObject {
    Q_OBJECT

private slots:
    void classicLayout_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<VAddr>("text");
        QTest::addColumn<VAddr>("stackTop");
        QTest::newRow("4-level") << int(PagingMode::Level4) << VAddr { 0x400000 } << VAddr { 0x7ffffffff000 };
        QTest::newRow("5-level") << int(PagingMode::Level5) << VAddr { 0x400000 } << VAddr { 0x7ffffffff000 };
        QTest::newRow("pae") << int(PagingMode::Pae) << VAddr { 0x08048000 } << VAddr { 0xc0000000 };
        QTest::newRow("32-bit") << int(PagingMode::Bits32) << VAddr { 0x08048000 } << VAddr { 0xc0000000 };
    }
    void classicLayout()
    {
        QFETCH(int, mode);
        QFETCH(VAddr, text);
        QFETCH(VAddr, stackTop);
        MachineConfig c;
        c.paging = PagingMode(mode);
        Rig r(c);
        Process& p = r.k.createProcess("init", true);
        const auto list = r.k.mm(p).vmas.list();
        QCOMPARE(list.size(), std::size_t { 4 });
        QCOMPARE(list[0]->start, text);
        QCOMPARE(list[0]->end, text + 4 * kPageSize);
        QCOMPARE(list[0]->flags, R | X);
        QCOMPARE(list[0]->label, std::string("text"));
        QCOMPARE(list[1]->start, text + 4 * kPageSize);
        QCOMPARE(list[1]->flags, R | W);
        QCOMPARE(list[2]->label, std::string("[heap]")); // not merged with data: other name
        QCOMPARE(list[2]->start, text + 6 * kPageSize);
        QCOMPARE(r.k.mm(p).brk, list[2]->end);
        QCOMPARE(list[3]->end, stackTop);
        QCOMPARE(list[3]->start, stackTop - 32 * kPageSize);
        QCOMPARE(list[3]->flags, R | W | vm::GROWSDOWN);
        QCOMPARE(r.k.createProcess("bare", false).pid, p.pid + 1);
        QVERIFY(r.k.mm(*r.m.findProcess("bare")).vmas.empty());
    }

    void mmapSearchesTopDownAndMerges()
    {
        Rig r;
        Process& p = r.k.createProcess("p", false);
        QCOMPARE(r.map(p, 5000).addr, kBase - 0x2000); // len rounded up to 2 pages
        QCOMPARE(r.map(p, 0x1000).addr, kBase - 0x3000);
        QCOMPARE(r.vmas(p), QStringLiteral("7ffff7ffc000-7ffff7fff000 rw-p")); // vma_merge
        // A hint is taken when free, else ignored.
        QCOMPARE(r.map(p, 0x1000, 0x20000000).addr, VAddr { 0x20000000 });
        QCOMPARE(r.map(p, 0x1000, 0x20000000).addr, kBase - 0x4000);
        MachineConfig c;
        c.paging = PagingMode::Pae;
        Rig r32(c);
        QCOMPARE(r32.map(r32.k.createProcess("q", false), 0x1000).addr, VAddr { 0xb7ffe000 });
    }

    void mmapErrors_data()
    {
        QTest::addColumn<u64>("len");
        QTest::addColumn<qint64>("at"); // -1: none
        QTest::addColumn<bool>("fixed");
        QTest::addColumn<u64>("prot");
        QTest::addColumn<int>("backing");
        QTest::addColumn<QString>("object");
        QTest::addColumn<u64>("offset");
        QTest::addColumn<int>("error");
        const int anon = int(Backing::Anon), file = int(Backing::File), shm = int(Backing::Shm);
        QTest::newRow("len 0") << u64 { 0 } << qint64 { -1 } << false << (R | W) << anon << "" << u64 { 0 }
                               << err::kEINVAL;
        QTest::newRow("fixed unaligned") << u64 { 4096 } << qint64 { 0x10000010 } << true << (R | W) << anon
                                         << "" << u64 { 0 } << err::kEINVAL;
        QTest::newRow("fixed without address")
            << u64 { 4096 } << qint64 { -1 } << true << (R | W) << anon << "" << u64 { 0 } << err::kEINVAL;
        QTest::newRow("fixed past TASK_SIZE") << u64 { 0x2000 } << qint64 { 0x7ffffffff000 - 0x1000 } << true
                                              << (R | W) << anon << "" << u64 { 0 } << err::kENOMEM;
        QTest::newRow("longer than user space") << (u64 { 1 } << 48) << qint64 { -1 } << false << (R | W)
                                                << anon << "" << u64 { 0 } << err::kENOMEM;
        QTest::newRow("unknown prot") << u64 { 4096 } << qint64 { -1 } << false << u64 { 0x10 } << anon << ""
                                      << u64 { 0 } << err::kEINVAL;
        QTest::newRow("no such file")
            << u64 { 4096 } << qint64 { -1 } << false << R << file << "nope" << u64 { 0 } << err::kENOENT;
        QTest::newRow("no such shm") << u64 { 4096 } << qint64 { -1 } << false << R << shm << "nope"
                                     << u64 { 0 } << err::kENOENT;
        QTest::newRow("unaligned offset")
            << u64 { 4096 } << qint64 { -1 } << false << R << file << "f" << u64 { 100 } << err::kEINVAL;
        QTest::newRow("fixed at the top fits") << u64 { 0x1000 } << qint64 { 0x7ffffffff000 - 0x1000 } << true
                                               << (R | W) << anon << "" << u64 { 0 } << 0;
    }
    void mmapErrors()
    {
        QFETCH(u64, len);
        QFETCH(qint64, at);
        QFETCH(bool, fixed);
        QFETCH(u64, prot);
        QFETCH(int, backing);
        QFETCH(QString, object);
        QFETCH(u64, offset);
        QFETCH(int, error);
        Rig r;
        Process& p = r.k.createProcess("p", false);
        QVERIFY(r.k.createFile("f", 8192, {}).ok());
        Kernel::MmapArgs a;
        a.len = len;
        if (at >= 0)
            a.at = VAddr(at);
        a.fixed = fixed;
        a.prot = prot;
        a.backing = Backing(backing);
        a.object = object.toStdString();
        a.offset = offset;
        QCOMPARE(r.k.mmap(p, a).error, error);
        QCOMPARE(r.k.mm(p).vmas.size(), std::size_t(error ? 0 : 1));
    }

    void fixedMappingReplacesAndFreesFrames()
    {
        Rig r;
        Process& p = r.k.createProcess("p", false);
        QCOMPARE(r.map(p, 0x4000, 0x10000000, true).addr, VAddr { 0x10000000 });
        const Pfn mid = r.touch(p, 0x10001000);
        QVERIFY(mid);
        QCOMPARE(r.k.pageMeta(mid)->refs, u32 { 1 });
        QCOMPARE(r.k.mm(p).rss, u64 { 1 });
        const u64 freeBefore = r.m.frames().freeFrames();
        QVERIFY(r.map(p, 0x1000, 0x10001000, true, R).ok());
        QCOMPARE(r.vmas(p),
            QStringLiteral("10000000-10001000 rw-p 10001000-10002000 r--p 10002000-10004000 rw-p"));
        QCOMPARE(r.entry(p, 0x10001000), u64 { 0 });
        QVERIFY(!r.k.pageMeta(mid));
        QVERIFY(r.m.frames().isFree(mid));
        QCOMPARE(r.m.frames().freeFrames(), freeBefore + 1);
        QCOMPARE(r.k.mm(p).rss, u64 { 0 });
    }

    void munmapSplitsAndChecks()
    {
        Rig r;
        Process& p = r.k.createProcess("p", false);
        QVERIFY(r.map(p, 0x4000, 0x10000000, true).ok());
        QCOMPARE(r.k.munmap(p, 0x10000010, 0x1000).error, err::kEINVAL);
        QCOMPARE(r.k.munmap(p, 0x10000000, 0).error, err::kEINVAL);
        QCOMPARE(r.k.munmap(p, 0x7ffffffff000, 0x2000).error, err::kEINVAL);
        QCOMPARE(r.k.munmap(p, 0x30000000, 0x1000).error, 0); // nothing there: fine
        r.touch(p, 0x10002000);
        QCOMPARE(r.k.munmap(p, 0x10001000, 0x1001).error, 0); // rounded up to 2 pages
        QCOMPARE(r.vmas(p), QStringLiteral("10000000-10001000 rw-p 10003000-10004000 rw-p"));
        QCOMPARE(r.entry(p, 0x10002000), u64 { 0 });
        QCOMPARE(r.k.munmap(p, 0x0fff0000, 0x100000).error, 0); // across both pieces
        QVERIFY(r.k.mm(p).vmas.empty());
    }

    void mprotectRulesAndPteBits()
    {
        Rig r;
        Process& p = r.k.createProcess("p", false);
        QVERIFY(r.map(p, 0x3000, 0x10000000, true).ok());
        const Pfn pfn = r.touch(p, 0x10001000);
        QVERIFY(r.entry(p, 0x10001000) & pte::RW);
        QVERIFY(r.entry(p, 0x10001000) & pte::NX);
        QCOMPARE(r.k.mprotect(p, 0x10000800, 0x1000, R).error, err::kEINVAL);
        QCOMPARE(r.k.mprotect(p, 0x10000000, 0x4000, R).error, err::kENOMEM); // hole after it
        QCOMPARE(r.k.mprotect(p, 0x10000000, 0x1000, 0x40).error, err::kEINVAL);
        QCOMPARE(r.vmas(p), QStringLiteral("10000000-10003000 rw-p")); // nothing changed

        QCOMPARE(r.k.mprotect(p, 0x10001000, 0x1000, R).error, 0);
        QCOMPARE(r.vmas(p),
            QStringLiteral("10000000-10001000 rw-p 10001000-10002000 r--p 10002000-10003000 rw-p"));
        u64 e = r.entry(p, 0x10001000);
        QVERIFY((e & pte::P) && !(e & pte::RW) && (e & pte::NX));
        QCOMPARE(r.k.mprotect(p, 0x10001000, 0x1000, R | W | X).error, 0);
        e = r.entry(p, 0x10001000);
        QVERIFY((e & pte::RW) && !(e & pte::NX)); // anonymous and mapped once: writable again
        QCOMPARE(r.k.mprotect(p, 0x10001000, 0x1000, 0).error, 0);
        e = r.entry(p, 0x10001000);
        QVERIFY(!(e & pte::P) && (e & Kernel::kPteProtNone));
        QCOMPARE(r.k.pageMeta(pfn)->refs, u32 { 1 }); // PROT_NONE keeps the page
        QCOMPARE(r.k.mprotect(p, 0x10000000, 0x3000, R | W).error, 0);
        QCOMPARE(r.vmas(p), QStringLiteral("10000000-10003000 rw-p")); // merged back
        QCOMPARE(r.pfnOf(p, 0x10001000), pfn);
        QVERIFY(r.entry(p, 0x10001000) & pte::P);
    }

    void mprotectFlushesTheStaleTlbEntry()
    {
        Rig r;
        Process& p = r.k.createProcess("p", false);
        QVERIFY(r.map(p, 0x1000, 0x10000000, true).ok());
        r.touch(p, 0x10000000);
        QVERIFY(r.m.access(0x10000000, AccessOp::Write, Privilege::User).ok);
        QVERIFY(r.k.mprotect(p, 0x10000000, 0x1000, R).ok());
        const AccessResult a = r.m.access(0x10000000, AccessOp::Write, Privilege::User);
        QVERIFY(!a.ok);
        QCOMPARE(a.errorCode, pf::P | pf::W | pf::U);
    }

    void noNxWithout64BitEntries()
    {
        MachineConfig c;
        c.paging = PagingMode::Bits32;
        Rig r(c);
        Process& p = r.k.createProcess("p", false);
        QVERIFY(r.map(p, 0x1000, 0x10000000, true, R).ok());
        r.touch(p, 0x10000000);
        const u64 e = r.entry(p, 0x10000000);
        QCOMPARE(e & (pte::P | pte::US | pte::RW), pte::P | pte::US);
    }

    void forkSetsUpCopyOnWrite()
    {
        Rig r;
        Process& parent = r.k.createProcess("parent", true);
        const Pfn data = r.touch(parent, 0x404000); // private writable
        const Pfn text = r.touch(parent, 0x400000); // private read-only
        Kernel::MmapArgs a;
        a.len = 0x1000;
        a.shared = true;
        const VAddr shared = r.k.mmap(parent, a).addr;
        const Pfn sh = r.k.shmGetPage(*r.k.shmById(r.k.mm(parent).vmas.find(shared)->object), 0);
        QVERIFY(r.k.installPte(parent, shared, sh, R | W | vm::SHARED, true));
        // The parent has the data page in its TLB as writable: fork must flush it.
        QVERIFY(r.m.access(0x404000, AccessOp::Write, Privilege::User).ok);

        Process& child = *r.k.fork(parent, "child");
        QCOMPARE(r.m.current(), &parent);
        QCOMPARE(r.vmas(child), r.vmas(parent));
        for (Process* p : { &parent, &child }) {
            QCOMPARE(r.pfnOf(*p, 0x404000), data);
            QVERIFY(!(r.entry(*p, 0x404000) & pte::RW));
            QCOMPARE(r.pfnOf(*p, 0x400000), text);
            QCOMPARE(r.pfnOf(*p, shared), sh);
            QVERIFY(r.entry(*p, shared) & pte::RW); // shared stays writable
        }
        QVERIFY(!(r.entry(child, 0x404000) & pte::A));
        QCOMPARE(r.k.pageMeta(data)->refs, u32 { 2 });
        QCOMPARE(r.m.memory().info(data).mapCount, u16 { 2 });
        QCOMPARE(r.k.pageMeta(sh)->refs, u32 { 3 }); // two PTEs + the shm object
        QCOMPARE(r.k.mm(child).rss, u64 { 3 });
        QCOMPARE(r.k.shmById(r.k.mm(child).vmas.find(shared)->object)->mappings, u32 { 2 });
        const AccessResult w = r.m.access(0x404000, AccessOp::Write, Privilege::User);
        QVERIFY(!w.ok);
        QCOMPARE(w.errorCode, pf::P | pf::W | pf::U); // the COW fault

        // mprotect on a COW page keeps it read-only: the write must still fault.
        QVERIFY(r.k.mprotect(child, 0x404000, 0x1000, R | W).ok());
        QVERIFY(!(r.entry(child, 0x404000) & pte::RW));
    }

    void exitFreesEverything_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("pcid");
        QTest::newRow("4-level") << int(PagingMode::Level4) << false;
        QTest::newRow("4-level pcid") << int(PagingMode::Level4) << true;
        QTest::newRow("5-level") << int(PagingMode::Level5) << false;
        QTest::newRow("pae") << int(PagingMode::Pae) << false;
        QTest::newRow("32-bit") << int(PagingMode::Bits32) << false;
    }
    void exitFreesEverything()
    {
        QFETCH(int, mode);
        QFETCH(bool, pcid);
        MachineConfig c;
        c.paging = PagingMode(mode);
        c.pcid = pcid;
        Rig r(c);
        const u64 initial = r.m.frames().freeFrames();
        Process& a = r.k.createProcess("a", true);
        r.touch(a, r.k.mm(a).vmas.list()[1]->start);
        r.touch(a, r.k.mm(a).vmas.list()[3]->start);
        Kernel::MmapArgs shared;
        shared.len = 0x2000;
        shared.shared = true;
        const VAddr s = r.k.mmap(a, shared).addr;
        QVERIFY(r.k.installPte(
            a, s, r.k.shmGetPage(*r.k.shmById(r.k.mm(a).vmas.find(s)->object), 0), R | W | vm::SHARED, true));
        Process& b = *r.k.fork(a, "b");
        r.k.createProcess("c", false);
        const u32 bPid = b.pid;
        Process gone;
        gone.pid = a.pid;
        r.k.exit(a); // a was running: the machine switches to b
        QVERIFY(r.m.current());
        QCOMPARE(r.m.current()->pid, bPid);
        QVERIFY(!r.m.findProcess("a"));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, r.k.mm(gone));
        QCOMPARE(r.k.shms().size(), std::size_t { 1 }); // b still maps the shared anon object
        r.k.exit(*r.m.findProcess("b"));
        QVERIFY(r.k.shms().empty());
        r.k.exit(*r.m.findProcess("c"));
        QCOMPARE(r.m.frames().freeFrames(), initial);
        QVERIFY(r.m.processes().empty());
        bool exited = false;
        for (const Event& e : r.journal.events())
            if (auto* x = std::get_if<ev::ProcessExited>(&e.data); x && x->name == "a")
                exited = x->framesFreed > 0;
        QVERIFY(exited);
    }

    void exitLeavesNoTlbEntryBehind_data()
    {
        QTest::addColumn<bool>("pcid");
        QTest::newRow("no pcid") << false;
        QTest::newRow("pcid") << true;
    }
    void exitLeavesNoTlbEntryBehind()
    {
        QFETCH(bool, pcid);
        MachineConfig c;
        c.pcid = pcid;
        Rig r(c);
        Process& a = r.k.createProcess("a", false);
        Process& b = r.k.createProcess("b", false);
        QVERIFY(r.map(a, 0x1000, 0x10000000, true).ok());
        r.touch(a, 0x10000000);
        QVERIFY(r.m.access(0x10000000, AccessOp::Read, Privilege::User).ok);
        const u16 pcidA = a.pcid;
        r.k.exit(a);
        QCOMPARE(r.m.current(), &b);
        for (const TlbEntry& e : r.m.tlb().l1())
            QVERIFY(!e.valid || e.pcid != pcidA);
    }

    void childExitLeavesParentPagesMapped()
    {
        Rig r;
        Process& parent = r.k.createProcess("parent", true);
        const Pfn data = r.touch(parent, 0x404000);
        Process& child = *r.k.fork(parent, "child");
        r.k.exit(child);
        QCOMPARE(r.k.pageMeta(data)->refs, u32 { 1 });
        QCOMPARE(r.m.memory().info(data).mapCount, u16 { 1 });
        QCOMPARE(r.pfnOf(parent, 0x404000), data);
        // The parent is the last mapper: mprotect may give the write right back.
        QVERIFY(r.k.mprotect(parent, 0x404000, 0x1000, R | W).ok());
        QVERIFY(r.entry(parent, 0x404000) & pte::RW);
    }

    void populatePrefaultsThroughTheFaultHandler()
    {
        Rig r;
        Process& p = r.k.createProcess("p", false);
        Kernel::MmapArgs a;
        a.len = 0x3000;
        a.populate = true;
        const VAddr va = r.k.mmap(p, a).addr;
        for (VAddr x = va; x < va + 0x3000; x += kPageSize)
            QVERIFY(r.entry(p, x) & pte::P);
        QCOMPARE(r.k.mm(p).rss, u64 { 3 });
        a.populate = false;
        a.locked = true;
        const VAddr locked = r.k.mmap(p, a).addr;
        QVERIFY(r.k.mm(p).vmas.find(locked)->flags & vm::LOCKED);
        QVERIFY(r.entry(p, locked + 0x2000) & pte::P);
    }
};

QTEST_APPLESS_MAIN(TestKernelMm)
#include "test_kernel_mm.moc"
