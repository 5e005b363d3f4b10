// Files, the page cache, POSIX shm and device memory: creation errors, page cache lookups,
// shm objects that outlive shm_unlink while mapped, driver_mmap's remap_pfn_range PTEs and
// flags, and writeback by munmap (dirty bit), msync and sync.
#include "hw/paging_entry.h"
#include "kernel/kernel.h"

#include "kernel_rig.h"

#include <QtTest>

using namespace pagelab;
using namespace pagelab::kernel;

namespace {

constexpr u64 R = vm::READ, W = vm::WRITE;

std::vector<u8> bytes(const char* s)
{
    return std::vector<u8>(s, s + std::strlen(s));
}

struct Rig : KernelRig {
    using KernelRig::KernelRig;
    SysResult map(Process& p, Backing b, const std::string& obj, u64 len, bool shared, u64 offset = 0)
    {
        Kernel::MmapArgs a;
        a.len = len;
        a.backing = b;
        a.object = obj;
        a.shared = shared;
        a.offset = offset;
        return k.mmap(p, a);
    }
    // What filemap_fault / shmem_fault do for a write to a shared mapping, by hand.
    Pfn mapObjectPage(Process& p, VAddr va)
    {
        const Vma* v = k.mm(p).vmas.find(va);
        Pfn pfn = 0;
        bool major = false;
        if (v->backing == Backing::File)
            pfn = k.pageCacheGet(*k.fileById(v->object), v->pgoffAt(va), major);
        else
            pfn = k.shmGetPage(*k.shmById(v->object), v->pgoffAt(va));
        k.installPte(p, va, pfn, v->flags, (v->flags & W) && (v->flags & vm::SHARED));
        return pfn;
    }
    template <typename E>
    int count()
    {
        int n = 0;
        for (const Event& e : journal.events())
            n += std::holds_alternative<E>(e.data);
        return n;
    }
};

} // namespace

class TestKernelObjects : public QObject {
    Q_OBJECT

private slots:
    void filesAndFillPatterns()
    {
        Rig r;
        QVERIFY(r.k.createFile("f", 10, bytes("abc")).ok());
        QCOMPARE(r.k.findFile("f")->disk, bytes("abcabcabca"));
        QCOMPARE(r.k.createFile("f", 10, {}).error, err::kEEXIST);
        QVERIFY(r.k.createFile("z", 3, {}).ok());
        QCOMPARE(r.k.findFile("z")->disk, std::vector<u8>(3, 0));
        QVERIFY(r.k.fileById(r.k.findFile("z")->id) == r.k.findFile("z"));
        QVERIFY(!r.k.findFile("nope"));
    }

    void pageCacheMissThenHit()
    {
        Rig r;
        QVERIFY(r.k.createFile("f", 4096 + 10, bytes("xy")).ok());
        File& f = *r.k.findFile("f");
        bool major = false;
        const Pfn pfn = r.k.pageCacheGet(f, 1, major);
        QVERIFY(major);
        QCOMPARE(r.m.memory().read(pfn << kPageShift, 1), u64 { 'x' });
        QCOMPARE(r.m.memory().read((pfn << kPageShift) + 9, 1), u64 { 'y' });
        QCOMPARE(r.m.memory().read((pfn << kPageShift) + 10, 1), u64 { 0 }); // past EOF
        QCOMPARE(r.k.pageMeta(pfn)->refs, u32 { 1 });                        // the cache's
        QVERIFY(r.k.pageMeta(pfn)->kind == Backing::File);
        QCOMPARE(r.k.pageCacheGet(f, 1, major), pfn);
        QVERIFY(!major);
        QCOMPARE(r.count<ev::FileRead>(), 1);
        QCOMPARE(r.count<ev::PageCacheLookup>(), 2);
    }

    void shmOpenUnlinkErrors()
    {
        Rig r;
        QVERIFY(r.k.shmOpen("s", 8192).ok());
        QCOMPARE(r.k.shmOpen("s", 8192).error, err::kEEXIST);
        QCOMPARE(r.k.shmUnlink("nope").error, err::kENOENT);
        QVERIFY(r.k.shmUnlink("s").ok());
        QVERIFY(r.k.shms().empty()); // not mapped: gone at once
        QCOMPARE(r.k.shmUnlink("s").error, err::kENOENT);
        QVERIFY(r.k.shmOpen("s", 4096).ok()); // the name is free again
    }

    void shmSharedByTwoProcessesSurvivesUnlink()
    {
        Rig r;
        const u64 initial = r.m.frames().freeFrames();
        QVERIFY(r.k.shmOpen("s", 8192).ok());
        Process& a = r.k.createProcess("a", false);
        Process& b = r.k.createProcess("b", false);
        const VAddr va = r.map(a, Backing::Shm, "s", 8192, true).addr;
        QVERIFY(r.map(b, Backing::Shm, "s", 0x1000, true).ok()); // moves b's search down
        const VAddr vb = r.map(b, Backing::Shm, "s", 8192, true).addr;
        QVERIFY(va != vb);
        const Pfn pa = r.mapObjectPage(a, va + 0x1000);
        const Pfn pb = r.mapObjectPage(b, vb + 0x1000);
        QCOMPARE(pa, pb);
        ShmObject* s = r.k.findShm("s");
        QCOMPARE(s->mappings, u32 { 3 });
        QCOMPARE(r.k.pageMeta(pa)->refs, u32 { 3 });
        QVERIFY(r.k.shmUnlink("s").ok());
        QVERIFY(!r.k.findShm("s"));
        QCOMPARE(r.k.shms().size(), std::size_t { 1 }); // alive while mapped
        QVERIFY(r.k.munmap(a, va, 8192).ok());
        QCOMPARE(r.k.shms().size(), std::size_t { 1 });
        QVERIFY(!r.m.frames().isFree(pa));
        r.k.exit(b);
        QVERIFY(r.k.shms().empty());
        QVERIFY(r.m.frames().isFree(pa));
        r.k.exit(a);
        QCOMPARE(r.m.frames().freeFrames(), initial);
    }

    void deviceErrors()
    {
        Rig r;                                                          // 64 frames of RAM
        QCOMPARE(r.k.createDevice("d", 10, 2, {}).error, err::kEINVAL); // inside RAM
        QCOMPARE(r.k.createDevice("d", 100, 0, {}).error, err::kEINVAL);
        QVERIFY(r.k.createDevice("d", 100, 4, bytes("io")).ok());
        QCOMPARE(r.k.createDevice("d", 200, 4, {}).error, err::kEEXIST);
        QCOMPARE(r.k.createDevice("e", 103, 4, {}).error, err::kEINVAL); // overlaps d
        QVERIFY(r.k.createDevice("e", 104, 1, {}).ok());
        QCOMPARE(r.k.findDevice("d")->contents.size(), std::size_t { 4 * 4096 });
        QCOMPARE(r.k.findDevice("d")->contents[3], u8 { 'o' });
        Process& p = r.k.createProcess("p", false);
        QCOMPARE(r.k.driverMmap(p, "nope", 4096, {}, R | W, 0).error, err::kENODEV);
        QCOMPARE(r.k.driverMmap(p, "d", 4096, {}, R | W, 4).error, err::kEINVAL);
        QCOMPARE(r.k.driverMmap(p, "d", 0, {}, R | W, 0).error, err::kEINVAL);
        QVERIFY(r.k.mm(p).vmas.empty());
    }

    void driverMmapFillsPtesNow()
    {
        Rig r;
        QVERIFY(r.k.createDevice("fb", 1000, 4, {}).ok());
        Process& p = r.k.createProcess("p", false);
        const u64 freeBefore = r.m.frames().freeFrames();
        // 3 pages asked from page 2 of a 4-page device: 2 mapped, the last one left empty.
        const SysResult res = r.k.driverMmap(p, "fb", 3 * 4096, VAddr { 0x50000000 }, R | W, 2);
        QVERIFY(res.ok());
        QCOMPARE(res.addr, VAddr { 0x50000000 });
        const Vma* v = r.k.mm(p).vmas.find(res.addr);
        QCOMPARE(v->end, res.addr + 3 * 4096);
        QCOMPARE(v->flags, R | W | vm::SHARED | vm::IO | vm::PFNMAP | vm::DONTEXPAND | vm::DONTDUMP);
        QVERIFY(v->backing == Backing::Device);
        QCOMPARE(r.pfnOf(p, res.addr), Pfn { 1002 });
        QCOMPARE(r.pfnOf(p, res.addr + 4096), Pfn { 1003 });
        QVERIFY(r.entry(p, res.addr) & pte::RW);
        QCOMPARE(r.entry(p, res.addr + 2 * 4096), u64 { 0 });
        QVERIFY(!r.k.pageMeta(1002));
        QCOMPARE(r.k.mm(p).rss, u64 { 0 }); // special PTEs are not RSS
        QCOMPARE(r.count<ev::RemapPfn>(), 1);
        QVERIFY(r.m.frames().freeFrames() < freeBefore); // only page tables
        Process& c = *r.k.fork(p, "c");
        QCOMPARE(r.pfnOf(c, res.addr), Pfn { 1002 });
        QVERIFY(r.entry(c, res.addr) & pte::RW); // shared: no COW
        QVERIFY(r.k.munmap(p, res.addr, 3 * 4096).ok());
        QCOMPARE(r.entry(p, res.addr), u64 { 0 });
        QCOMPARE(r.k.findDevice("fb")->contents.size(), std::size_t { 4 * 4096 });
    }

    void msyncWritesBackDirtyPages()
    {
        Rig r;
        QVERIFY(r.k.createFile("f", 4096 + 100, bytes("-")).ok());
        Process& p = r.k.createProcess("p", false);
        const VAddr va = r.map(p, Backing::File, "f", 8192, true).addr;
        QCOMPARE(r.k.msync(p, va + 1, 4096).error, err::kEINVAL);
        const Pfn pfn = r.mapObjectPage(p, va + 4096);
        // A user write through the MMU sets D in the PTE.
        const AccessResult w = r.m.access(va + 4096 + 5, AccessOp::Write, Privilege::User);
        QVERIFY(w.ok);
        r.m.memory().write(w.paddr, 'Z', 1);
        r.m.memory().write((pfn << kPageShift) + 200, 'Q', 1); // past EOF: never written back
        QVERIFY(r.entry(p, va + 4096) & pte::D);
        QCOMPARE(r.k.msync(p, va, 8192).error, 0);
        File& f = *r.k.findFile("f");
        QCOMPARE(f.disk[4096 + 5], u8 { 'Z' });
        QCOMPARE(f.disk[4096 + 4], u8 { '-' });
        QCOMPARE(f.disk.size(), std::size_t { 4096 + 100 });
        QVERIFY(!(r.entry(p, va + 4096) & pte::D));
        QVERIFY(f.dirty.empty() || !f.dirty.begin()->second);
        QCOMPARE(r.count<ev::Writeback>(), 1);
        QCOMPARE(r.k.msync(p, va, 8192).error, 0);
        QCOMPARE(r.count<ev::Writeback>(), 1);                   // clean now
        QCOMPARE(r.k.msync(p, va, 0x10000).error, err::kENOMEM); // a hole after the mapping
    }

    void writebackWriteProtectsEveryMappingSoTheNextStoreFaults()
    {
        // folio_mkclean: writeback cleans and write-protects every PTE of the page, in
        // every process, so the next store faults (wp_page_shared) and dirties it again.
        Rig r;
        QVERIFY(r.k.createFile("f", 4096, bytes("-")).ok());
        Process& p = r.k.createProcess("p", false);
        Process& q = r.k.createProcess("q", false);
        const VAddr vp = r.map(p, Backing::File, "f", 4096, true).addr;
        const VAddr vq = r.map(q, Backing::File, "f", 4096, true).addr;
        u64 value = 'P';
        QVERIFY(r.k.userAccess(p, vp, AccessOp::Write, 1, value).ok);
        value = 'Q';
        QVERIFY(r.k.userAccess(q, vq, AccessOp::Write, 1, value).ok);
        for (Process* x : { &p, &q })
            QCOMPARE(r.entry(*x, x == &p ? vp : vq) & (pte::RW | pte::D), pte::RW | pte::D);
        QCOMPARE(r.k.msync(p, vp, 4096).error, 0); // p's msync, q's PTE too
        File& f = *r.k.findFile("f");
        QCOMPARE(f.disk[0], u8 { 'Q' });
        for (Process* x : { &p, &q })
            QCOMPARE(r.entry(*x, x == &p ? vp : vq) & (pte::P | pte::RW | pte::D), pte::P);
        value = 'q';
        const UserAccess w = r.k.userAccess(q, vq, AccessOp::Write, 1, value);
        QVERIFY(w.ok);
        QCOMPARE(w.fault.what, std::string("shared-write"));
        QCOMPARE(r.entry(q, vq) & (pte::RW | pte::D), pte::RW | pte::D);
        QVERIFY(f.dirty[0]);
        QCOMPARE(r.k.sync(), u64 { 1 });
        QCOMPARE(f.disk[0], u8 { 'q' });
    }

    void mprotectKeepsCleanSharedFilePagesWriteNotified()
    {
        Rig r;
        QVERIFY(r.k.createFile("f", 8192, bytes("-")).ok());
        Process& p = r.k.createProcess("p", false);
        const VAddr va = r.map(p, Backing::File, "f", 8192, true).addr;
        const Vma* v = r.k.mm(p).vmas.find(va);
        bool major = false;
        File& f = *r.k.findFile("f");
        // Page 0 mapped clean and read-only (as a read fault maps it), page 1 written.
        QVERIFY(r.k.installPte(p, va, r.k.pageCacheGet(f, 0, major), v->flags, false));
        r.mapObjectPage(p, va + 4096);
        QVERIFY(r.m.access(va + 4096, AccessOp::Write, Privilege::User).ok);
        QVERIFY(r.k.mprotect(p, va, 8192, R).ok());
        QVERIFY(!(r.entry(p, va + 4096) & pte::RW));
        QVERIFY(r.k.mprotect(p, va, 8192, R | W).ok());
        QVERIFY(!(r.entry(p, va) & pte::RW));     // clean: the next write must fault
        QVERIFY(r.entry(p, va + 4096) & pte::RW); // dirty already
    }

    void privateFilePagesAreNotWrittenBack()
    {
        Rig r;
        QVERIFY(r.k.createFile("f", 4096, bytes("-")).ok());
        Process& p = r.k.createProcess("p", false);
        const VAddr va = r.map(p, Backing::File, "f", 4096, false).addr;
        const Pfn pfn = r.mapObjectPage(p, va); // a private file page is mapped read-only
        QVERIFY(!(r.entry(p, va) & pte::RW));
        QCOMPARE(r.k.pageMeta(pfn)->refs, u32 { 2 });
        QCOMPARE(r.k.sync(), u64 { 0 });
    }

    void munmapAndSyncCarryTheDirtyBit()
    {
        Rig r;
        QVERIFY(r.k.createFile("f", 4096, bytes("-")).ok());
        QVERIFY(r.k.createFile("g", 4096, bytes("-")).ok());
        Process& p = r.k.createProcess("p", false);
        const VAddr vf = r.map(p, Backing::File, "f", 4096, true).addr;
        const VAddr vg = r.map(p, Backing::File, "g", 4096, true).addr;
        const Pfn pf = r.mapObjectPage(p, vf);
        r.mapObjectPage(p, vg);
        for (VAddr va : { vf, vg }) {
            const AccessResult w = r.m.access(va, AccessOp::Write, Privilege::User);
            QVERIFY(w.ok);
            r.m.memory().write(w.paddr, 'W', 1);
        }
        // zap_pte_range moves D into the page cache; the page stays cached.
        QVERIFY(r.k.munmap(p, vf, 4096).ok());
        QVERIFY(r.k.findFile("f")->dirty[0]);
        QCOMPARE(r.k.pageMeta(pf)->refs, u32 { 1 });
        QCOMPARE(r.k.findFile("f")->disk[0], u8 { '-' });
        QCOMPARE(r.k.sync(), u64 { 2 }); // f from the cache, g from its PTE
        QCOMPARE(r.k.findFile("f")->disk[0], u8 { 'W' });
        QCOMPARE(r.k.findFile("g")->disk[0], u8 { 'W' });
        QCOMPARE(r.k.sync(), u64 { 0 });
    }

    void sharedAnonymousIsAnUnlinkedShmObject()
    {
        Rig r;
        Process& p = r.k.createProcess("p", false);
        const VAddr va = r.map(p, Backing::Anon, "", 4096, true).addr;
        const Vma* v = r.k.mm(p).vmas.find(va);
        QVERIFY(v->backing == Backing::Shm);
        QVERIFY(v->flags & vm::SHARED);
        QCOMPARE(v->label, std::string("anon"));
        QCOMPARE(r.k.shms().size(), std::size_t { 1 });
        QVERIFY(r.k.shms().front()->unlinked);
        QVERIFY(!r.k.findShm("dev/zero"));
        QVERIFY(r.k.munmap(p, va, 4096).ok());
        QVERIFY(r.k.shms().empty());
    }
};

QTEST_APPLESS_MAIN(TestKernelObjects)
#include "test_kernel_objects.moc"
