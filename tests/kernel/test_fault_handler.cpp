// The page-fault handler (kernel_fault.cpp): demand zero, access errors, page-cache pages for
// private and shared file mappings, SIGBUS past the end of a file, major and minor faults,
// copy-on-write after fork with reuse by the last mapper, shm, device holes, spurious faults
// from stale TLB entries and stack growth. Faults are driven through user accesses, as a
// program would take them.
#include "hw/paging_entry.h"
#include "kernel/kernel.h"

#include <QtTest>

using namespace pagelab;
using namespace pagelab::kernel;

namespace {

MachineConfig config(PagingMode mode, u64 frames, bool pcid)
{
    MachineConfig c;
    c.frames = frames;
    c.paging = mode;
    c.pcid = pcid;
    return c;
}

struct Rig {
    explicit Rig(PagingMode mode = PagingMode::Level4, u64 frames = 256, bool pcid = false)
        : m(config(mode, frames, pcid), journal)
    {
    }
    Journal journal;
    Machine m;
    Kernel k { m };
};

// A fixed mapping; returns 0 when mmap fails.
VAddr map(Kernel& k, Process& p, VAddr at, u64 len, u64 prot, bool shared = false, Backing b = Backing::Anon,
    const std::string& object = {})
{
    Kernel::MmapArgs a;
    a.len = len;
    a.at = at;
    a.fixed = true;
    a.prot = prot;
    a.shared = shared;
    a.backing = b;
    a.object = object;
    const SysResult r = k.mmap(p, a);
    return r.ok() ? r.addr : 0;
}

u64 pteOf(Rig& r, Process& p, VAddr va)
{
    auto addr = r.k.pteAddress(p, va, false);
    return addr ? r.m.memory().read(*addr, geometry(r.m.cpu().mode).entryBytes) : 0;
}

Pfn pfnOf(Rig& r, Process& p, VAddr va)
{
    return entryAddress(r.m.cpu().mode, pteOf(r, p, va)) >> kPageShift;
}

UserAccess rd(Rig& r, Process& p, VAddr va, u64& value, unsigned size = 1)
{
    return r.k.userAccess(p, va, AccessOp::Read, size, value);
}

UserAccess wr(Rig& r, Process& p, VAddr va, u64 value, unsigned size = 1)
{
    return r.k.userAccess(p, va, AccessOp::Write, size, value);
}

template <typename E>
int count(const Journal& j)
{
    int n = 0;
    for (const Event& e : j.events())
        n += std::holds_alternative<E>(e.data) ? 1 : 0;
    return n;
}

template <typename E>
const E* last(const Journal& j)
{
    const E* found = nullptr;
    for (const Event& e : j.events())
        if (const E* x = std::get_if<E>(&e.data))
            found = x;
    return found;
}

constexpr VAddr kA = 0x10000000;
constexpr VAddr kB = 0x20000000;

} // namespace

class TestFaultHandler : public QObject {
    Q_OBJECT

private slots:
    void demandZeroIsMinorZeroedAndCounted()
    {
        Rig r;
        Process& p = r.k.createProcess("p", false);
        // Leave garbage in the frame the allocator hands out next: do_anonymous_page zeroes it.
        auto junk = r.m.frames().allocate(FrameUse::User, 0);
        QVERIFY(junk);
        r.m.memory().write64(*junk << kPageShift, ~u64 { 0 });
        r.m.frames().release(*junk);
        QCOMPARE(map(r.k, p, kA, kPageSize, vm::READ | vm::WRITE), kA);
        u64 v = 1;
        const UserAccess a = rd(r, p, kA, v, 8);
        QVERIFY(a.ok);
        QCOMPARE(v, u64 { 0 });
        QCOMPARE(a.fault.what, std::string("demand-zero"));
        QVERIFY(a.fault.resolved);
        QVERIFY(!a.fault.major);
        QCOMPARE(*a.faultErrorCode, pf::U); // read, not present
        QCOMPARE(r.m.stats().pageFaults, u64 { 1 });
        QCOMPARE(r.m.stats().minorFaults, u64 { 1 });
        QCOMPARE(r.m.stats().majorFaults, u64 { 0 });
        QCOMPARE(r.k.mm(p).rss, u64 { 1 });
        QCOMPARE(count<ev::ZeroFill>(r.journal), 1);
        QCOMPARE(count<ev::VmaLookup>(r.journal), 1);
        QCOMPARE(last<ev::FaultResolved>(r.journal)->how, std::string("demand-zero"));
        QCOMPARE(pfnOf(r, p, kA), *junk);
    }

    void readThenWriteAnonNeedsOneFault()
    {
        Rig r;
        Process& p = r.k.createProcess("p", false);
        QCOMPARE(map(r.k, p, kA, kPageSize, vm::READ | vm::WRITE), kA);
        u64 v = 0;
        QVERIFY(rd(r, p, kA, v).ok);
        QVERIFY(pteOf(r, p, kA) & pte::RW); // a writable VMA gets a writable PTE at once
        QVERIFY(!(pteOf(r, p, kA) & pte::D));
        const UserAccess w = wr(r, p, kA + 8, 0xab);
        QVERIFY(w.ok);
        QVERIFY(!w.faultErrorCode);
        QVERIFY(pteOf(r, p, kA) & pte::D);
        QVERIFY(rd(r, p, kA + 8, v).ok);
        QCOMPARE(v, u64 { 0xab });
        QCOMPARE(r.m.stats().pageFaults, u64 { 1 });
    }

    void accessRules_data()
    {
        QTest::addColumn<bool>("mapped");
        QTest::addColumn<u64>("prot");
        QTest::addColumn<int>("op");
        QTest::addColumn<int>("signal");
        QTest::addColumn<int>("code");
        const int rd = int(AccessOp::Read), wr = int(AccessOp::Write), fx = int(AccessOp::Fetch);
        const int none = int(Signal::None), segv = int(Signal::Segv);
        const int ok = int(SegvCode::None), maperr = int(SegvCode::MapErr), accerr = int(SegvCode::AccErr);
        const u64 R = vm::READ, W = vm::WRITE, X = vm::EXEC;
        QTest::newRow("read unmapped: MAPERR") << false << R << rd << segv << maperr;
        QTest::newRow("write unmapped: MAPERR") << false << R << wr << segv << maperr;
        QTest::newRow("write read-only VMA: ACCERR") << true << R << wr << segv << accerr;
        QTest::newRow("read PROT_NONE: ACCERR") << true << u64 { 0 } << rd << segv << accerr;
        QTest::newRow("fetch non-exec VMA: ACCERR") << true << (R | W) << fx << segv << accerr;
        QTest::newRow("fetch exec VMA") << true << (R | X) << fx << none << ok;
        QTest::newRow("read write-only VMA (x86 W implies R)") << true << W << rd << none << ok;
        QTest::newRow("write write-only VMA") << true << W << wr << none << ok;
        QTest::newRow("read exec-only VMA") << true << X << rd << none << ok;
    }

    void accessRules()
    {
        QFETCH(bool, mapped);
        QFETCH(u64, prot);
        QFETCH(int, op);
        QFETCH(int, signal);
        QFETCH(int, code);
        Rig r;
        Process& p = r.k.createProcess("p", false);
        if (mapped)
            QCOMPARE(map(r.k, p, kA, kPageSize, prot), kA);
        u64 v = 0x5a;
        const UserAccess a = r.k.userAccess(p, kA + 0x10, AccessOp(op), 1, v);
        QCOMPARE(int(a.signal), signal);
        QCOMPARE(int(a.fault.code), code);
        QCOMPARE(a.ok, signal == int(Signal::None));
        if (signal != int(Signal::None)) {
            const ev::SignalSent* s = last<ev::SignalSent>(r.journal);
            QVERIFY(s);
            QCOMPARE(s->signal, std::string("SIGSEGV"));
            QCOMPARE(s->code, std::string(code == int(SegvCode::MapErr) ? "SEGV_MAPERR" : "SEGV_ACCERR"));
            QCOMPARE(s->va, kA + 0x10);
            // Refused by find_vma / access_error(), not by a retry limit.
            QCOMPARE(a.fault.what, std::string(code == int(SegvCode::MapErr) ? "no-vma" : "access-error"));
        }
    }

    void fetchFromNonExecMapsThenFaultsOnNx()
    {
        // x86 access_error() does not look at VM_EXEC: the first fetch maps the page (NX set
        // in the PTE), the retried fetch faults with P=1 and I/D=1 and that one is refused.
        Rig r;
        Process& p = r.k.createProcess("p", false);
        QCOMPARE(map(r.k, p, kA, kPageSize, vm::READ), kA);
        u64 v = 0;
        const UserAccess a = r.k.userAccess(p, kA, AccessOp::Fetch, 1, v);
        QCOMPARE(*a.faultErrorCode, pf::U | pf::ID);
        QVERIFY(pteOf(r, p, kA) & pte::NX);
        QVERIFY(a.signal == Signal::Segv);
        QVERIFY(a.fault.code == SegvCode::AccErr);
        QCOMPARE(r.m.stats().pageFaults, u64 { 2 });
        QCOMPARE(r.m.stats().minorFaults, u64 { 1 });
    }

    void privateFileReadMapsTheCachePage()
    {
        Rig r;
        QVERIFY(r.k.createFile("f", 2 * kPageSize, { 'h', 'i' }).ok());
        Process& p = r.k.createProcess("p", false);
        QCOMPARE(map(r.k, p, kA, 2 * kPageSize, vm::READ | vm::WRITE, false, Backing::File, "f"), kA);
        u64 v = 0;
        const UserAccess a = rd(r, p, kA, v, 2);
        QVERIFY(a.ok);
        QCOMPARE(v, u64 { 'h' | ('i' << 8) });
        QCOMPARE(a.fault.what, std::string("page-cache"));
        QVERIFY(a.fault.major);
        File* f = r.k.findFile("f");
        QVERIFY(f->cache.count(0));
        QCOMPARE(pfnOf(r, p, kA), f->cache.at(0));
        QVERIFY(!(pteOf(r, p, kA) & pte::RW)); // private: read-only until written
    }

    void privateFileWriteCopies_data()
    {
        QTest::addColumn<bool>("readFirst");
        QTest::newRow("write first (do_cow_fault)") << false;
        QTest::newRow("read, then write (do_wp_page)") << true;
    }

    void privateFileWriteCopies()
    {
        QFETCH(bool, readFirst);
        Rig r;
        QVERIFY(r.k.createFile("f", kPageSize, { 'x' }).ok());
        Process& p = r.k.createProcess("p", false);
        QCOMPARE(map(r.k, p, kA, kPageSize, vm::READ | vm::WRITE, false, Backing::File, "f"), kA);
        u64 v = 0;
        if (readFirst)
            QVERIFY(rd(r, p, kA, v).ok);
        const UserAccess w = wr(r, p, kA, 'Y');
        QVERIFY(w.ok);
        QCOMPARE(w.fault.what, std::string("cow-copy"));
        File* f = r.k.findFile("f");
        const Pfn cache = f->cache.at(0);
        QVERIFY(pfnOf(r, p, kA) != cache);
        QCOMPARE(r.m.memory().read(cache << kPageShift, 1), u64 { 'x' }); // the cache keeps the file's byte
        QVERIFY(!f->dirty[0]);
        QVERIFY(rd(r, p, kA, v).ok);
        QCOMPARE(v, u64 { 'Y' });
        const ev::CowBreak* c = last<ev::CowBreak>(r.journal);
        QVERIFY(c && !c->reused);
        QCOMPARE(c->oldPfn, cache);
    }

    void sharedFileWriteDirtiesTheCachePage()
    {
        Rig r;
        QVERIFY(r.k.createFile("f", kPageSize, { 'a' }).ok());
        Process& p = r.k.createProcess("p", false);
        Process& q = r.k.createProcess("q", false);
        QCOMPARE(map(r.k, p, kA, kPageSize, vm::READ | vm::WRITE, true, Backing::File, "f"), kA);
        QCOMPARE(map(r.k, q, kB, kPageSize, vm::READ, true, Backing::File, "f"), kB);
        QVERIFY(wr(r, p, kA + 1, 'Z').ok);
        File* f = r.k.findFile("f");
        QCOMPARE(pfnOf(r, p, kA), f->cache.at(0));
        QVERIFY(f->dirty[0]);
        QCOMPARE(r.m.memory().read((f->cache.at(0) << kPageShift) + 1, 1), u64 { 'Z' });
        u64 v = 0;
        QVERIFY(rd(r, q, kB + 1, v).ok); // the other process sees the write through the cache
        QCOMPARE(v, u64 { 'Z' });
        QCOMPARE(pfnOf(r, q, kB), f->cache.at(0));
    }

    void sharedFileReadThenWriteIsWriteNotified()
    {
        // vma_wants_writenotify: a read maps the shared file page read-only, so the first
        // write faults and dirties the page (wp_page_shared -> fault_dirty_shared_page).
        Rig r;
        QVERIFY(r.k.createFile("f", kPageSize, { 'a' }).ok());
        Process& p = r.k.createProcess("p", false);
        QCOMPARE(map(r.k, p, kA, kPageSize, vm::READ | vm::WRITE, true, Backing::File, "f"), kA);
        u64 v = 0;
        QVERIFY(rd(r, p, kA, v).ok);
        File* f = r.k.findFile("f");
        QVERIFY(!(pteOf(r, p, kA) & pte::RW));
        QVERIFY(!f->dirty[0]);
        const UserAccess w = wr(r, p, kA, 'b');
        QVERIFY(w.ok);
        QCOMPARE(w.fault.what, std::string("shared-write"));
        QVERIFY(f->dirty[0]);
        QVERIFY(pteOf(r, p, kA) & pte::RW);
        QCOMPARE(pfnOf(r, p, kA), f->cache.at(0));
    }

    void readPastEndOfFileIsSigbus()
    {
        // filemap_fault: pages at or past DIV_ROUND_UP(i_size, PAGE_SIZE) are SIGBUS; the
        // tail of the last page reads as zeros.
        Rig r;
        QVERIFY(r.k.createFile("f", kPageSize + 100, { 'q' }).ok());
        Process& p = r.k.createProcess("p", false);
        QCOMPARE(map(r.k, p, kA, 4 * kPageSize, vm::READ, false, Backing::File, "f"), kA);
        u64 v = 1;
        QVERIFY(rd(r, p, kA + kPageSize + 2000, v).ok);
        QCOMPARE(v, u64 { 0 });
        const UserAccess a = rd(r, p, kA + 2 * kPageSize, v);
        QVERIFY(!a.ok);
        QVERIFY(a.signal == Signal::Bus);
        QCOMPARE(last<ev::SignalSent>(r.journal)->code, std::string("BUS_ADRERR"));
        QCOMPARE(last<ev::SignalSent>(r.journal)->signal, std::string("SIGBUS"));
    }

    void majorThenMinorFromTheCache()
    {
        Rig r;
        QVERIFY(r.k.createFile("f", kPageSize, { 'm' }).ok());
        Process& p = r.k.createProcess("p", false);
        Process& q = r.k.createProcess("q", false);
        QCOMPARE(map(r.k, p, kA, kPageSize, vm::READ, false, Backing::File, "f"), kA);
        QCOMPARE(map(r.k, q, kB, kPageSize, vm::READ, false, Backing::File, "f"), kB);
        u64 v = 0;
        const UserAccess first = rd(r, p, kA, v);
        QVERIFY(first.fault.major);
        const UserAccess second = rd(r, q, kB, v);
        QVERIFY(second.ok);
        QVERIFY(!second.fault.major);
        QCOMPARE(v, u64 { 'm' });
        QCOMPARE(r.m.stats().majorFaults, u64 { 1 });
        QCOMPARE(r.m.stats().minorFaults, u64 { 1 });
        QCOMPARE(count<ev::FileRead>(r.journal), 1);
        QCOMPARE(pfnOf(r, p, kA), pfnOf(r, q, kB));
    }

    void copyOnWriteAfterForkThenReuseByLastMapper()
    {
        Rig r;
        Process& parent = r.k.createProcess("parent", false);
        QCOMPARE(map(r.k, parent, kA, kPageSize, vm::READ | vm::WRITE), kA);
        QVERIFY(wr(r, parent, kA, 0x11).ok);
        const Pfn original = pfnOf(r, parent, kA);
        Process& child = *r.k.fork(parent, "child");
        QVERIFY(!(pteOf(r, parent, kA) & pte::RW));

        const UserAccess c = wr(r, child, kA, 0x22);
        QVERIFY(c.ok);
        QCOMPARE(c.fault.what, std::string("cow-copy"));
        QCOMPARE(*c.faultErrorCode, pf::P | pf::W | pf::U);
        QVERIFY(pfnOf(r, child, kA) != original);
        u64 v = 0;
        QVERIFY(rd(r, parent, kA, v).ok);
        QCOMPARE(v, u64 { 0x11 });

        // The parent is now the page's only mapper: wp_can_reuse_anon_folio, no copy.
        const u64 freeBefore = r.m.frames().freeFrames();
        const UserAccess pw = wr(r, parent, kA, 0x33);
        QVERIFY(pw.ok);
        QCOMPARE(pw.fault.what, std::string("cow-reuse"));
        QCOMPARE(pfnOf(r, parent, kA), original);
        QCOMPARE(r.m.frames().freeFrames(), freeBefore);
        QVERIFY(last<ev::CowBreak>(r.journal)->reused);
        QVERIFY(rd(r, child, kA, v).ok);
        QCOMPARE(v, u64 { 0x22 });
    }

    void shmInTwoProcessesSharesFrames()
    {
        Rig r;
        QVERIFY(r.k.shmOpen("s", 2 * kPageSize).ok());
        Process& p = r.k.createProcess("p", false);
        Process& q = r.k.createProcess("q", false);
        QCOMPARE(map(r.k, p, kA, 2 * kPageSize, vm::READ | vm::WRITE, true, Backing::Shm, "s"), kA);
        QCOMPARE(map(r.k, q, kB, 2 * kPageSize, vm::READ | vm::WRITE, true, Backing::Shm, "s"), kB);
        const UserAccess w = wr(r, p, kA + kPageSize + 8, 0x1234, 2);
        QVERIFY(w.ok);
        QCOMPARE(w.fault.what, std::string("shm"));
        u64 v = 0;
        QVERIFY(rd(r, q, kB + kPageSize + 8, v, 2).ok);
        QCOMPARE(v, u64 { 0x1234 });
        QCOMPARE(pfnOf(r, p, kA + kPageSize), pfnOf(r, q, kB + kPageSize));
        QVERIFY(wr(r, q, kB, 7).ok); // and the other way round
        QVERIFY(rd(r, p, kA, v).ok);
        QCOMPARE(v, u64 { 7 });
    }

    void deviceHoleIsSigbus()
    {
        // A PFNMAP VMA has no ->fault: what remap_pfn_range did not fill is VM_FAULT_SIGBUS.
        Rig r;
        const Pfn devPfn = r.m.memory().frameCount() + 16;
        QVERIFY(r.k.createDevice("d", devPfn, 1, { 0x42 }).ok());
        Process& p = r.k.createProcess("p", false);
        const u64 flags
            = vm::READ | vm::WRITE | vm::SHARED | vm::IO | vm::PFNMAP | vm::DONTEXPAND | vm::DONTDUMP;
        r.k.mm(p).vmas.insert(
            Vma { kA, kA + 2 * kPageSize, flags, Backing::Device, r.k.findDevice("d")->id, 0, "d" });
        QVERIFY(r.k.installPte(p, kA, devPfn, flags, true));
        u64 v = 0;
        QVERIFY(rd(r, p, kA, v).ok);
        QCOMPARE(v, u64 { 0x42 }); // device contents, not RAM
        const UserAccess a = rd(r, p, kA + kPageSize, v);
        QVERIFY(a.signal == Signal::Bus);
        QCOMPARE(a.fault.what, std::string("pfnmap-hole"));
    }

    void driverMmapBeyondTheDeviceIsSigbus()
    {
        // remap_pfn_range fills what the device has; the rest of the VMA has no PTEs.
        Rig r;
        const Pfn devPfn = r.m.memory().frameCount() + 8;
        QVERIFY(r.k.createDevice("d", devPfn, 1, { 0x77 }).ok());
        Process& p = r.k.createProcess("p", false);
        const SysResult m = r.k.driverMmap(p, "d", 2 * kPageSize, kA, vm::READ | vm::WRITE, 0);
        QVERIFY(m.ok());
        u64 v = 0;
        const UserAccess in = rd(r, p, m.addr, v);
        QVERIFY(in.ok);
        QVERIFY(!in.faultErrorCode); // filled at mmap time: no fault
        QCOMPARE(v, u64 { 0x77 });
        QVERIFY(wr(r, p, m.addr + 3, 0x99).ok);
        QCOMPARE(r.k.findDevice("d")->contents[3], u8 { 0x99 });
        const UserAccess out = wr(r, p, m.addr + kPageSize, 1);
        QVERIFY(out.signal == Signal::Bus);
        QCOMPARE(last<ev::SignalSent>(r.journal)->code, std::string("BUS_ADRERR"));
    }

    void everyPagingMode_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("32-bit") << int(PagingMode::Bits32);
        QTest::newRow("PAE") << int(PagingMode::Pae);
        QTest::newRow("4-level") << int(PagingMode::Level4);
        QTest::newRow("5-level") << int(PagingMode::Level5);
    }

    void everyPagingMode()
    {
        // Demand zero, COW after fork with reuse, and ACCERR read the PTE in each format.
        QFETCH(int, mode);
        Rig r { PagingMode(mode) };
        Process& parent = r.k.createProcess("parent", false);
        QCOMPARE(map(r.k, parent, kA, kPageSize, vm::READ | vm::WRITE), kA);
        QCOMPARE(map(r.k, parent, kB, kPageSize, vm::READ), kB);
        QVERIFY(wr(r, parent, kA, 0x11).ok);
        const Pfn original = pfnOf(r, parent, kA);
        Process& child = *r.k.fork(parent, "child");
        const UserAccess c = wr(r, child, kA, 0x22);
        QCOMPARE(c.fault.what, std::string("cow-copy"));
        QVERIFY(pfnOf(r, child, kA) != original);
        const UserAccess p = wr(r, parent, kA, 0x33);
        QCOMPARE(p.fault.what, std::string("cow-reuse"));
        QCOMPARE(pfnOf(r, parent, kA), original);
        u64 v = 0;
        QVERIFY(rd(r, child, kA, v).ok);
        QCOMPARE(v, u64 { 0x22 });
        QVERIFY(rd(r, parent, kA, v).ok);
        QCOMPARE(v, u64 { 0x33 });
        QVERIFY(wr(r, parent, kB, 1).fault.code == SegvCode::AccErr);
    }

    void copyOnWriteWithPcids()
    {
        // With PCIDs a switch keeps the other process's TLB entries: the COW break must not
        // leave either process reading through a stale translation.
        Rig r { PagingMode::Level4, 256, true };
        Process& parent = r.k.createProcess("parent", false);
        QCOMPARE(map(r.k, parent, kA, kPageSize, vm::READ | vm::WRITE), kA);
        QVERIFY(wr(r, parent, kA, 1).ok);
        Process& child = *r.k.fork(parent, "child");
        u64 v = 0;
        QVERIFY(rd(r, child, kA, v).ok);  // the child's PCID caches the shared, read-only page
        QVERIFY(rd(r, parent, kA, v).ok); // and so does the parent's
        QCOMPARE(wr(r, parent, kA, 2).fault.what, std::string("cow-copy"));
        QCOMPARE(wr(r, child, kA, 3).fault.what, std::string("cow-reuse"));
        QVERIFY(rd(r, parent, kA, v).ok);
        QCOMPARE(v, u64 { 2 });
        QVERIFY(rd(r, child, kA, v).ok);
        QCOMPARE(v, u64 { 3 });
    }

    void outOfFramesWithoutSwapCallsTheOomKiller()
    {
        // 12 frames: the PML4, then PDPT + PD + PT for kA and 7 pages leave one frame free.
        Rig r { PagingMode::Level4, 12 };
        Process& p = r.k.createProcess("p", false);
        QCOMPARE(map(r.k, p, kA, 16 * kPageSize, vm::READ | vm::WRITE), kA);
        QCOMPARE(map(r.k, p, kB, kPageSize, vm::READ | vm::WRITE), kB);
        for (VAddr va = kA; va < kA + 7 * kPageSize; va += kPageSize)
            QVERIFY(wr(r, p, va, 1).ok);
        QCOMPARE(r.m.frames().freeFrames(), u64 { 1 });
        // kB needs a page and a new page table. Anonymous pages cannot be reclaimed without
        // swap, so the OOM killer (out_of_memory) chooses the largest process: p itself, whose
        // access ends with SIGKILL. Its frames come back; nothing leaks.
        const UserAccess b = wr(r, p, kB, 1);
        QVERIFY(!b.ok);
        QVERIFY(b.signal == Signal::Kill);
        QCOMPARE(r.k.mm(p).rss, u64 { 0 });
        QVERIFY(r.m.frames().freeFrames() >= u64 { 8 });
        QCOMPARE(r.m.stats().minorFaults, u64 { 7 });
    }

    void staleTlbEntryGivesSpuriousFault()
    {
        Rig r;
        Process& p = r.k.createProcess("p", false);
        QCOMPARE(map(r.k, p, kA, kPageSize, vm::READ), kA);
        u64 v = 0;
        QVERIFY(rd(r, p, kA, v).ok); // the TLB now holds a read-only translation
        // Make VMA and PTE writable behind the TLB's back (no INVLPG).
        r.k.mm(p).vmas.protect(kA, kA + kPageSize, vm::READ | vm::WRITE);
        auto addr = r.k.pteAddress(p, kA, false);
        r.m.editor().writeEntry(*addr, 1, pteOf(r, p, kA) | pte::RW, r.m.cpu().mode);
        const u64 minorBefore = r.m.stats().minorFaults;
        r.journal.clear();
        const UserAccess w = wr(r, p, kA, 9);
        QVERIFY(w.ok);
        QCOMPARE(*w.faultErrorCode, pf::P | pf::W | pf::U);
        QCOMPARE(w.fault.what, std::string("spurious"));
        // flush_tlb_fix_spurious_fault() is empty on x86: the #PF itself dropped the stale
        // entry, so the handler issues no INVLPG and the retry misses the TLB and walks.
        QCOMPARE(count<ev::TlbInvalidate>(r.journal), 0);
        QCOMPARE(count<ev::TlbFill>(r.journal), 1);
        QCOMPARE(r.m.stats().minorFaults, minorBefore + 1);
        QCOMPARE(r.m.stats().pageFaults, u64 { 2 });
        QCOMPARE(last<ev::FaultResolved>(r.journal)->how, std::string("spurious"));
    }

    void brokenPteRightsAreAccerr_data()
    {
        QTest::addColumn<u64>("clear");
        QTest::addColumn<u64>("set");
        QTest::addColumn<int>("op");
        QTest::addColumn<int>("signal");
        QTest::addColumn<QString>("what");
        const u64 none = 0;
        QTest::newRow("read, U/S=0") << pte::US << none << int(AccessOp::Read) << int(Signal::Segv)
                                     << "access-error";
        QTest::newRow("write, U/S=0")
            << pte::US << none << int(AccessOp::Write) << int(Signal::Segv) << "pte-rights";
        QTest::newRow("read, reserved bit 51")
            << none << (u64 { 1 } << 51) << int(AccessOp::Read) << int(Signal::Segv) << "reserved-bit";
    }

    void brokenPteRightsAreAccerr()
    {
        QFETCH(u64, clear);
        QFETCH(u64, set);
        QFETCH(int, op);
        QFETCH(int, signal);
        QFETCH(QString, what);
        Rig r;
        Process& p = r.k.createProcess("p", false);
        QCOMPARE(map(r.k, p, kA, kPageSize, vm::READ | vm::WRITE), kA);
        u64 v = 0;
        QVERIFY(rd(r, p, kA, v).ok);
        auto addr = r.k.pteAddress(p, kA, false);
        r.m.editor().writeEntry(*addr, 1, (pteOf(r, p, kA) & ~clear) | set, r.m.cpu().mode);
        r.m.tlb().invlpg(kA, r.m.cpu().pcid(), nullptr);
        const UserAccess a = r.k.userAccess(p, kA, AccessOp(op), 1, v);
        QVERIFY(!a.ok);
        QCOMPARE(int(a.signal), signal);
        QCOMPARE(QString::fromStdString(std::string(a.fault.what)), what);
    }

    void stackGrowsDownNearItsStart()
    {
        Rig r;
        Process& p = r.k.createProcess("p", true);
        const Vma* stack = nullptr;
        for (const Vma* v : r.k.mm(p).vmas.list())
            if (v->flags & vm::GROWSDOWN)
                stack = v;
        QVERIFY(stack);
        const VAddr start = stack->start;
        const VAddr end = stack->end;
        const UserAccess a = wr(r, p, start - 3 * kPageSize + 8, 1);
        QVERIFY(a.ok);
        const Vma* grown = r.k.mm(p).vmas.find(start - 3 * kPageSize);
        QVERIFY(grown);
        QCOMPARE(grown->start, start - 3 * kPageSize);
        QCOMPARE(grown->end, end);
        QCOMPARE(last<ev::VmaChange>(r.journal)->op, std::string("expand-stack"));
        // Far below the stack is not the stack.
        const UserAccess far = wr(r, p, start - 1000 * kPageSize, 1);
        QVERIFY(far.signal == Signal::Segv);
        QVERIFY(far.fault.code == SegvCode::MapErr);
    }

    void lockedVmaLocksFaultedPages()
    {
        Rig r;
        Process& p = r.k.createProcess("p", false);
        QCOMPARE(map(r.k, p, kA, kPageSize, vm::READ | vm::WRITE), kA);
        r.k.mm(p).vmas.setFlags(kA, kA + kPageSize, vm::LOCKED | vm::LOCKONFAULT, true);
        u64 v = 0;
        QVERIFY(rd(r, p, kA, v).ok);
        const PageMeta* meta = r.k.pageMeta(pfnOf(r, p, kA));
        QVERIFY(meta);
        QVERIFY(meta->locked);
    }

    void handleFaultDirectly()
    {
        // The handler alone (as MAP_POPULATE calls it): a write fault maps a writable page.
        Rig r;
        Process& p = r.k.createProcess("p", false);
        QCOMPARE(map(r.k, p, kA, kPageSize, vm::READ | vm::WRITE), kA);
        const FaultResult f = r.k.handleFault(p, kA + 5, pf::U | pf::W);
        QVERIFY(f.resolved);
        QCOMPARE(f.what, std::string("demand-zero"));
        QVERIFY(pteOf(r, p, kA) & pte::RW);
        const FaultResult none = r.k.handleFault(p, kB, pf::U);
        QVERIFY(!none.resolved);
        QVERIFY(none.code == SegvCode::MapErr);
        QCOMPARE(r.m.stats().pageFaults, u64 { 2 });
        QCOMPARE(r.m.stats().minorFaults, u64 { 1 });
    }
};

QTEST_APPLESS_MAIN(TestFaultHandler)
#include "test_fault_handler.moc"
