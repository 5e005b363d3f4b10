// User-mode accesses (kernel_fault.cpp): one access through the MMU with fault, handler and
// retry; byte ranges page by page that stop at a signal; physical reads and writes that reach
// RAM, device memory or nothing.
#include "hw/paging_entry.h"
#include "kernel/kernel.h"

#include <QtTest>

#include <stdexcept>

using namespace pagelab;
using namespace pagelab::kernel;

namespace {

MachineConfig config()
{
    MachineConfig c;
    c.frames = 128;
    return c;
}

struct Rig {
    Journal journal;
    Machine m { config(), journal };
    Kernel k { m };
};

VAddr map(Kernel& k, Process& p, VAddr at, u64 len, u64 prot)
{
    Kernel::MmapArgs a;
    a.len = len;
    a.at = at;
    a.fixed = true;
    a.prot = prot;
    const SysResult r = k.mmap(p, a);
    return r.ok() ? r.addr : 0;
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

} // namespace

class TestUserAccess : public QObject {
    Q_OBJECT

private slots:
    void sizesRoundTrip_data()
    {
        QTest::addColumn<unsigned>("size");
        QTest::addColumn<u64>("value");
        QTest::addColumn<u64>("expected");
        QTest::newRow("1 byte") << 1u << u64 { 0x1234 } << u64 { 0x34 };
        QTest::newRow("2 bytes") << 2u << u64 { 0x123456 } << u64 { 0x3456 };
        QTest::newRow("4 bytes") << 4u << u64 { 0x1122334455 } << u64 { 0x22334455 };
        QTest::newRow("8 bytes") << 8u << u64 { 0x1122334455667788 } << u64 { 0x1122334455667788 };
        QTest::newRow("3 bytes") << 3u << u64 { 0xaabbccdd } << u64 { 0xbbccdd };
    }

    void sizesRoundTrip()
    {
        QFETCH(unsigned, size);
        QFETCH(u64, value);
        QFETCH(u64, expected);
        Rig r;
        Process& p = r.k.createProcess("p", false);
        QCOMPARE(map(r.k, p, kA, kPageSize, vm::READ | vm::WRITE), kA);
        u64 v = value;
        QVERIFY(r.k.userAccess(p, kA + 0x100, AccessOp::Write, size, v).ok);
        u64 back = ~u64 { 0 };
        const UserAccess a = r.k.userAccess(p, kA + 0x100, AccessOp::Read, size, back);
        QVERIFY(a.ok);
        QCOMPARE(back, expected);
        QVERIFY(a.tlbHit);
        QCOMPARE(a.paddr & kPageMask, PAddr { 0x100 });
        // Little-endian in the frame, as the CPU stores it.
        QCOMPARE(r.m.memory().read(a.paddr, 1), expected & 0xff);
    }

    void badSizesAndPageCrossingThrow()
    {
        Rig r;
        Process& p = r.k.createProcess("p", false);
        u64 v = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, r.k.userAccess(p, kA, AccessOp::Read, 0, v));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, r.k.userAccess(p, kA, AccessOp::Read, 9, v));
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument, r.k.userAccess(p, kA + kPageSize - 4, AccessOp::Read, 8, v));
        QVERIFY(r.k.userAccess(p, kA + kPageSize - 8, AccessOp::Read, 8, v).signal == Signal::Segv);
    }

    void switchesToTheProcess()
    {
        Rig r;
        Process& p = r.k.createProcess("p", false);
        Process& q = r.k.createProcess("q", false);
        QCOMPARE(map(r.k, q, kA, kPageSize, vm::READ | vm::WRITE), kA);
        QCOMPARE(r.m.current(), &p);
        u64 v = 3;
        QVERIFY(r.k.userAccess(q, kA, AccessOp::Write, 1, v).ok);
        QCOMPARE(r.m.current(), &q);
        QCOMPARE(r.m.cpu().cr3 >> kPageShift, q.topTable);
    }

    void recordsTheFirstFault()
    {
        Rig r;
        Process& p = r.k.createProcess("p", false);
        QCOMPARE(map(r.k, p, kA, kPageSize, vm::READ | vm::WRITE), kA);
        u64 v = 1;
        const UserAccess a = r.k.userAccess(p, kA + 0x44, AccessOp::Write, 4, v);
        QVERIFY(a.ok);
        QVERIFY(a.faultErrorCode);
        QCOMPARE(*a.faultErrorCode, pf::W | pf::U);
        QCOMPARE(a.cr2, kA + 0x44);
        QVERIFY(a.fault.resolved);
        QVERIFY(a.signal == Signal::None);
        const UserAccess again = r.k.userAccess(p, kA + 0x44, AccessOp::Read, 4, v);
        QVERIFY(!again.faultErrorCode);
        QVERIFY(!again.fault.resolved);
    }

    void nonCanonicalIsSigsegvWithoutPageFault()
    {
        Rig r;
        Process& p = r.k.createProcess("p", false);
        u64 v = 0;
        const UserAccess a = r.k.userAccess(p, 0x0000'8000'0000'0000ull, AccessOp::Read, 1, v);
        QVERIFY(!a.ok);
        QVERIFY(a.signal == Signal::Segv);
        QVERIFY(!a.faultErrorCode);
        QCOMPARE(r.m.stats().pageFaults, u64 { 0 });
        QCOMPARE(last<ev::SignalSent>(r.journal)->signal, std::string("SIGSEGV"));
    }

    void rangesSpanPages()
    {
        Rig r;
        Process& p = r.k.createProcess("p", false);
        QCOMPARE(map(r.k, p, kA, 3 * kPageSize, vm::READ | vm::WRITE), kA);
        std::vector<u8> data(kPageSize + 100);
        for (std::size_t i = 0; i < data.size(); ++i)
            data[i] = static_cast<u8>(i * 7);
        const VAddr at = kA + kPageSize - 50; // 50 bytes, a whole page, 50 bytes
        const UserAccess w = r.k.userWrite(p, at, data);
        QVERIFY(w.ok);
        QCOMPARE(r.m.stats().pageFaults, u64 { 3 }); // one demand-zero fault per page
        std::vector<u8> out;
        const UserAccess rd = r.k.userRead(p, at, out, data.size());
        QVERIFY(rd.ok);
        QCOMPARE(out, data);
        QCOMPARE(r.k.mm(p).rss, u64 { 3 });
    }

    void rangeStopsAtTheFirstSignal()
    {
        Rig r;
        Process& p = r.k.createProcess("p", false);
        QCOMPARE(map(r.k, p, kA, kPageSize, vm::READ | vm::WRITE), kA); // the next page is unmapped
        const std::vector<u8> data(200, 0x5a);
        const UserAccess w = r.k.userWrite(p, kA + kPageSize - 100, data);
        QVERIFY(!w.ok);
        QVERIFY(w.signal == Signal::Segv);
        QVERIFY(w.fault.code == SegvCode::MapErr);
        QCOMPARE(last<ev::SignalSent>(r.journal)->va, kA + kPageSize);
        std::vector<u8> out;
        const UserAccess rd = r.k.userRead(p, kA + kPageSize - 100, out, 200);
        QVERIFY(!rd.ok);
        QCOMPARE(out.size(), std::size_t { 100 }); // the bytes before the fault
        QCOMPARE(out.front(), u8 { 0x5a });
        QCOMPARE(out.back(), u8 { 0x5a });
    }

    void readOnlyRangeRefusesWrites()
    {
        Rig r;
        Process& p = r.k.createProcess("p", false);
        QCOMPARE(map(r.k, p, kA, kPageSize, vm::READ), kA);
        const UserAccess w = r.k.userWrite(p, kA, { 1, 2, 3 });
        QVERIFY(w.signal == Signal::Segv);
        QVERIFY(w.fault.code == SegvCode::AccErr);
        QCOMPARE(last<ev::SignalSent>(r.journal)->code, std::string("SEGV_ACCERR"));
    }

    void physicalAccessReachesRamDevicesOrNothing()
    {
        Rig r;
        const Pfn dev = r.m.memory().frameCount() + 4;
        QVERIFY(r.k.createDevice("d", dev, 1, { 0x10, 0x20 }).ok());
        // RAM
        r.k.physWrite(5 * kPageSize + 8, 0xdeadbeef, 4);
        QCOMPARE(r.k.physRead(5 * kPageSize + 8, 4), u64 { 0xdeadbeef });
        QCOMPARE(r.m.memory().read(5 * kPageSize + 8, 4), u64 { 0xdeadbeef });
        // Device memory: its contents, not RAM (which would drop the write)
        const PAddr base = dev << kPageShift;
        QCOMPARE(r.k.physRead(base, 1), u64 { 0x10 });
        r.k.physWrite(base + 100, 0xbeef, 2);
        QCOMPARE(r.k.physRead(base + 100, 2), u64 { 0xbeef });
        QCOMPARE(r.k.findDevice("d")->contents[100], u8 { 0xef });
        QCOMPARE(r.k.findDevice("d")->contents[101], u8 { 0xbe });
        // Nothing behind the address: reads all ones, writes vanish
        const PAddr hole = (dev + 10) << kPageShift;
        r.k.physWrite(hole, 0, 8);
        QCOMPARE(r.k.physRead(hole, 8), ~u64 { 0 });
        QCOMPARE(r.k.physRead(hole, 2), u64 { 0xffff });
    }
};

QTEST_APPLESS_MAIN(TestUserAccess)
#include "test_user_access.moc"
