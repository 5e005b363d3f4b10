// The user-space access API (kernel_uaccess.cpp): each routine × outcome (success, fault at
// the start, fault midway, no NUL within n, n = 0, an address above TASK_SIZE_MAX, SMAP on
// and off), the COW break by a kernel write and the i486 CR0.WP=0 bug, the SMAP oops, and
// every start offset and length across a page boundary into an unmapped page.
#include "hw/paging_entry.h"
#include "kernel/kernel.h"

#include <QtTest>

#include <algorithm>

using namespace pagelab;
using namespace pagelab::kernel;

namespace {

constexpr VAddr kBase = 0x10000000; // two mapped pages; the page after them has no VMA
constexpr VAddr kHole = kBase + 2 * kPageSize;

struct Rig {
    Rig()
        : m(MachineConfig {}, journal)
    {
        p = &k.createProcess("a", false);
        Kernel::MmapArgs a;
        a.len = 2 * kPageSize;
        a.at = kBase;
        a.fixed = true;
        k.mmap(*p, a);
    }
    void put(VAddr va, const std::string& s) { k.userWrite(*p, va, std::vector<u8>(s.begin(), s.end())); }
    std::vector<u8> get(VAddr va, u64 n)
    {
        std::vector<u8> out;
        k.userRead(*p, va, out, n);
        return out;
    }
    int count(std::string_view name)
    {
        int n = 0;
        for (const Event& e : journal.events())
            n += eventName(e.data) == name;
        return n;
    }
    Journal journal;
    Machine m;
    Kernel k { m };
    Process* p = nullptr;
};

std::vector<u8> bytesOf(const std::string& s)
{
    return std::vector<u8>(s.begin(), s.end());
}

const VAddr kAbove = taskSizeMax(PagingMode::Level4); // the first address access_ok refuses

} // namespace

class TestUaccess : public QObject {
    Q_OBJECT
private slots:
    void accessOk_data();
    void accessOk();
    void getUser_data();
    void getUser();
    void putUser_data();
    void putUser();
    void copies_data();
    void copies();
    void strnlenUser_data();
    void strnlenUser();
    void strncpyFromUser_data();
    void strncpyFromUser();
    void smapBracketsEveryRoutine();
    void kernelWriteBreaksCow_data();
    void kernelWriteBreaksCow();
    void smapOops();
    void acrossBoundaryExhaustive();
};

void TestUaccess::accessOk_data()
{
    QTest::addColumn<VAddr>("addr");
    QTest::addColumn<u64>("size");
    QTest::addColumn<bool>("ok");
    QTest::newRow("user range") << kBase << u64 { 8192 } << true;
    QTest::newRow("size 0 at 0") << VAddr { 0 } << u64 { 0 } << true;
    QTest::newRow("ends at TASK_SIZE_MAX") << VAddr { kAbove - 8 } << u64 { 8 } << true;
    QTest::newRow("one byte past") << VAddr { kAbove - 8 } << u64 { 9 } << false;
    QTest::newRow("at TASK_SIZE_MAX") << kAbove << u64 { 1 } << false;
    QTest::newRow("size 0 at TASK_SIZE_MAX") << kAbove << u64 { 0 } << true;
    QTest::newRow("kernel address") << VAddr { 0xffff888000000000 } << u64 { 1 } << false;
    QTest::newRow("wraps") << VAddr { 0x1000 } << ~u64 { 0 } << false;
}

void TestUaccess::accessOk()
{
    QFETCH(VAddr, addr);
    QFETCH(u64, size);
    QFETCH(bool, ok);
    Rig r;
    QCOMPARE(r.k.accessOk(addr, size), ok);
}

void TestUaccess::getUser_data()
{
    QTest::addColumn<VAddr>("addr");
    QTest::addColumn<unsigned>("size");
    QTest::addColumn<i64>("ret");
    QTest::addColumn<u64>("value");
    QTest::addColumn<bool>("faulted");
    QTest::newRow("success 8") << kBase << 8u << i64 { 0 } << u64 { 0x6f77206f6c6c6568 } << true;
    QTest::newRow("success 1") << VAddr { kBase + 1 } << 1u << i64 { 0 } << u64 { 0x65 } << true;
    QTest::newRow("success 2") << VAddr { kBase + 2 } << 2u << i64 { 0 } << u64 { 0x6c6c } << true;
    QTest::newRow("fault at start") << kHole << 4u << i64 { -14 } << u64 { 0 } << true;
    QTest::newRow("fault midway (crosses into the hole)")
        << VAddr { kHole - 2 } << 4u << i64 { -14 } << u64 { 0 } << true;
    QTest::newRow("above TASK_SIZE_MAX") << VAddr { kAbove - 4 } << 8u << i64 { -14 } << u64 { 0 } << false;
}

void TestUaccess::getUser()
{
    QFETCH(VAddr, addr);
    QFETCH(unsigned, size);
    QFETCH(i64, ret);
    QFETCH(u64, value);
    QFETCH(bool, faulted);
    Rig r;
    UaccessResult g = r.k.getUser(*r.p, addr, size); // first touch: a demand-zero fault
    if (ret == 0) {
        QCOMPARE(g.ret, 0);
        QVERIFY(g.faultErrorCode.has_value());
        QCOMPARE(*g.faultErrorCode, u32 { 0 }); // supervisor read, not present: U=0
        QCOMPARE(g.faultKind, std::string("demand-zero"));
        r.put(kBase, "hello world");
        g = r.k.getUser(*r.p, addr, size);
        QVERIFY(!g.faultErrorCode);
    }
    QCOMPARE(g.ret, ret);
    QCOMPARE(g.value, value);
    QCOMPARE(g.faultErrorCode.has_value(), faulted && ret == 0 ? false : faulted);
    QCOMPARE(g.fixup, ret != 0 && faulted);
}

void TestUaccess::putUser_data()
{
    QTest::addColumn<VAddr>("addr");
    QTest::addColumn<unsigned>("size");
    QTest::addColumn<i64>("ret");
    QTest::newRow("success 4") << kBase << 4u << i64 { 0 };
    QTest::newRow("success 8 across the two mapped pages")
        << VAddr { kBase + kPageSize - 3 } << 8u << i64 { 0 };
    QTest::newRow("fault at start") << kHole << 2u << i64 { -14 };
    QTest::newRow("fault midway: nothing stored") << VAddr { kHole - 2 } << 4u << i64 { -14 };
    QTest::newRow("above TASK_SIZE_MAX") << kAbove << 1u << i64 { -14 };
}

void TestUaccess::putUser()
{
    QFETCH(VAddr, addr);
    QFETCH(unsigned, size);
    QFETCH(i64, ret);
    Rig r;
    r.put(kHole - 8, "ABCDEFGH");
    const UaccessResult w = r.k.putUser(*r.p, addr, 0x1122334455667788, size);
    QCOMPARE(w.ret, ret);
    if (ret == 0) {
        const std::vector<u8> got = r.get(addr, size);
        for (unsigned i = 0; i < size; ++i)
            QCOMPARE(got[i], static_cast<u8>(0x1122334455667788 >> (8 * i)));
    } else {
        QCOMPARE(r.get(kHole - 8, 8), bytesOf("ABCDEFGH")); // a faulting store writes nothing
    }
}

// clear_user, copy_to_user, copy_from_user: bytes NOT done; copy_from_user zero-fills.
void TestUaccess::copies_data()
{
    QTest::addColumn<QString>("routine");
    QTest::addColumn<VAddr>("addr");
    QTest::addColumn<u64>("n");
    QTest::addColumn<i64>("ret");
    for (const char* f : { "clear_user", "copy_to_user", "copy_from_user" }) {
        const QString q = f;
        QTest::addRow("%s success", f) << q << kBase << u64 { 100 } << i64 { 0 };
        QTest::addRow("%s across mapped pages", f) << q << VAddr { kBase + 4000 } << u64 { 200 } << i64 { 0 };
        QTest::addRow("%s fault at start", f) << q << kHole << u64 { 10 } << i64 { 10 };
        QTest::addRow("%s fault midway", f) << q << VAddr { kHole - 16 } << u64 { 40 } << i64 { 24 };
        QTest::addRow("%s n=0", f) << q << kHole << u64 { 0 } << i64 { 0 };
        QTest::addRow("%s above TASK_SIZE_MAX", f) << q << VAddr { kAbove - 4 } << u64 { 8 } << i64 { 8 };
    }
}

void TestUaccess::copies()
{
    QFETCH(QString, routine);
    QFETCH(VAddr, addr);
    QFETCH(u64, n);
    QFETCH(i64, ret);
    Rig r;
    const std::string pattern(2 * kPageSize, 'x');
    r.put(kBase, pattern);
    const u64 done = n - static_cast<u64>(ret);
    std::vector<u8> src(n);
    for (u64 i = 0; i < n; ++i)
        src[i] = static_cast<u8>('A' + i % 26);
    UaccessResult res;
    if (routine == "clear_user")
        res = r.k.clearUser(*r.p, addr, n);
    else if (routine == "copy_to_user")
        res = r.k.copyToUser(*r.p, addr, src);
    else
        res = r.k.copyFromUser(*r.p, addr, n);
    QCOMPARE(res.ret, ret);
    QCOMPARE(res.fixup, ret != 0 && addr < kAbove - 8);
    if (routine == "copy_from_user") {
        QCOMPARE(res.data.size(), n);
        for (u64 i = 0; i < n; ++i)
            QCOMPARE(res.data[i], u8(i < done ? 'x' : 0));
        return;
    }
    if (done == 0)
        return;
    const std::vector<u8> got = r.get(addr, done);
    for (u64 i = 0; i < done; ++i)
        QCOMPARE(got[i], routine == "clear_user" ? u8 { 0 } : src[i]);
}

void TestUaccess::strnlenUser_data()
{
    QTest::addColumn<VAddr>("addr");
    QTest::addColumn<QByteArray>("text"); // written at addr (no NUL unless given)
    QTest::addColumn<u64>("n");
    QTest::addColumn<i64>("ret");
    QTest::newRow("success: length with NUL")
        << kBase << QByteArray("hello\0", 6) << u64 { 100 } << i64 { 6 };
    QTest::newRow("unaligned") << VAddr { kBase + 3 } << QByteArray("hi\0", 3) << u64 { 100 } << i64 { 3 };
    QTest::newRow("no NUL within n: count+1") << kBase << QByteArray(40, 'a') << u64 { 16 } << i64 { 17 };
    // do_strnlen_user reads whole words: a NUL past n in the last word gives a value > n
    // that is not n+1.
    QTest::newRow("no NUL within n, NUL in the last word")
        << kBase << QByteArray("hello\0", 6) << u64 { 3 } << i64 { 6 };
    QTest::newRow("fault at start") << kHole << QByteArray() << u64 { 10 } << i64 { 0 };
    QTest::newRow("fault midway") << VAddr { kHole - 5 } << QByteArray(5, 'a') << u64 { 10 } << i64 { 0 };
    QTest::newRow("NUL just before the hole")
        << VAddr { kHole - 5 } << QByteArray("abcd\0", 5) << u64 { 10 } << i64 { 5 };
    QTest::newRow("n=0") << kBase << QByteArray("x\0", 2) << u64 { 0 } << i64 { 0 };
    QTest::newRow("above TASK_SIZE_MAX") << kAbove << QByteArray() << u64 { 10 } << i64 { 0 };
}

void TestUaccess::strnlenUser()
{
    QFETCH(VAddr, addr);
    QFETCH(QByteArray, text);
    QFETCH(u64, n);
    QFETCH(i64, ret);
    Rig r;
    r.put(kBase, std::string(2 * kPageSize, 'z'));
    if (!text.isEmpty())
        r.put(addr, text.toStdString());
    QCOMPARE(r.k.strnlenUser(*r.p, addr, n).ret, ret);
}

void TestUaccess::strncpyFromUser_data()
{
    QTest::addColumn<VAddr>("addr");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<u64>("n");
    QTest::addColumn<i64>("ret");
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("success") << kBase << QByteArray("hello\0", 6) << u64 { 100 } << i64 { 5 }
                             << QByteArray("hello");
    QTest::newRow("long string, word loop") << VAddr { kBase + 1 } << QByteArray("abcdefghijklmnopq\0", 18)
                                            << u64 { 100 } << i64 { 17 } << QByteArray("abcdefghijklmnopq");
    QTest::newRow("no NUL within n: n, not terminated")
        << kBase << QByteArray("hello\0", 6) << u64 { 3 } << i64 { 3 } << QByteArray("hel");
    QTest::newRow("fault at start") << kHole << QByteArray() << u64 { 10 } << i64 { -14 } << QByteArray();
    QTest::newRow("fault midway") << VAddr { kHole - 5 } << QByteArray(5, 'a') << u64 { 10 } << i64 { -14 }
                                  << QByteArray(5, 'a');
    QTest::newRow("NUL just before the hole (word read crosses it)")
        << VAddr { kHole - 5 } << QByteArray("abcd\0", 5) << u64 { 10 } << i64 { 4 } << QByteArray("abcd");
    QTest::newRow("n=0") << kBase << QByteArray("x\0", 2) << u64 { 0 } << i64 { 0 } << QByteArray();
    QTest::newRow("above TASK_SIZE_MAX")
        << kAbove << QByteArray() << u64 { 10 } << i64 { -14 } << QByteArray();
}

void TestUaccess::strncpyFromUser()
{
    QFETCH(VAddr, addr);
    QFETCH(QByteArray, text);
    QFETCH(u64, n);
    QFETCH(i64, ret);
    QFETCH(QByteArray, data);
    Rig r;
    r.put(kBase, std::string(2 * kPageSize, 'z'));
    if (!text.isEmpty())
        r.put(addr, text.toStdString());
    const UaccessResult s = r.k.strncpyFromUser(*r.p, addr, n);
    QCOMPARE(s.ret, ret);
    QCOMPARE(QByteArray(reinterpret_cast<const char*>(s.data.data()), static_cast<int>(s.data.size())), data);
}

void TestUaccess::smapBracketsEveryRoutine()
{
    for (bool smap : { false, true }) {
        Rig r;
        r.put(kBase, std::string("abc\0", 4));
        r.m.setCpuFlag("smap", smap);
        r.k.getUser(*r.p, kBase, 4);
        r.k.putUser(*r.p, kBase, 1, 1);
        r.k.clearUser(*r.p, kBase + 8, 8);
        r.k.copyToUser(*r.p, kBase + 16, bytesOf("x"));
        r.k.copyFromUser(*r.p, kBase, 4);
        r.k.strnlenUser(*r.p, kBase, 8);
        r.k.strncpyFromUser(*r.p, kBase, 8);
        const UaccessResult f = r.k.copyFromUser(*r.p, kHole - 2, 4); // fault: CLAC still runs
        QCOMPARE(f.ret, 2);
        QCOMPARE(r.count("Stac"), smap ? 8 : 0);
        QCOMPARE(r.count("Clac"), smap ? 8 : 0);
        QCOMPARE(r.count("Oops"), 0);
        QVERIFY(!r.m.cpu().ac);
    }
}

void TestUaccess::kernelWriteBreaksCow_data()
{
    QTest::addColumn<bool>("wp");
    QTest::addColumn<bool>("viaCopy");
    QTest::newRow("wp=1 put_user") << true << false;
    QTest::newRow("wp=1 copy_to_user") << true << true;
    QTest::newRow("wp=0 put_user (i486 bug)") << false << false;
    QTest::newRow("wp=0 copy_to_user (i486 bug)") << false << true;
}

void TestUaccess::kernelWriteBreaksCow()
{
    QFETCH(bool, wp);
    QFETCH(bool, viaCopy);
    Rig r;
    r.put(kBase, "AAAA");
    Process& child = *r.k.fork(*r.p, "child");
    r.m.setCpuFlag("wp", wp);
    const UaccessResult w
        = viaCopy ? r.k.copyToUser(child, kBase, bytesOf("BBBB")) : r.k.putUser(child, kBase, 0x42424242, 4);
    QCOMPARE(w.ret, 0);
    QCOMPARE(w.faultErrorCode.has_value(), wp);
    if (wp)
        QCOMPARE(w.faultKind, std::string("cow-copy"));
    std::vector<u8> c, p;
    r.k.userRead(child, kBase, c, 4);
    r.k.userRead(*r.p, kBase, p, 4);
    QCOMPARE(c, bytesOf("BBBB"));
    QCOMPARE(p, wp ? bytesOf("AAAA") : bytesOf("BBBB")); // wp=0: the shared frame was written
}

void TestUaccess::smapOops()
{
    Rig r;
    r.put(kBase, "secret!!");
    r.m.setCpuFlag("smap", true);
    const UaccessResult o = r.k.kernelDeref(*r.p, kBase, false, 0);
    QVERIFY(o.faultErrorCode.has_value());
    QCOMPARE(*o.faultErrorCode, u32 { 1 }); // present, supervisor read
    QVERIFY(o.oops.find("unable to handle page fault for address: 0000000010000000") != std::string::npos);
    QVERIFY(o.oops.find("#PF: supervisor read access in kernel mode") != std::string::npos);
    QVERIFY(o.oops.find("error_code(0x0001) - permissions violation") != std::string::npos);
    QCOMPARE(r.count("Oops"), 1);
    r.m.setCpuFlag("smap", false);
    const UaccessResult ok = r.k.kernelDeref(*r.p, kBase, false, 0);
    QVERIFY(ok.oops.empty());
    QCOMPARE(ok.value, u64 { 0x2121746572636573 });
    const UaccessResult hole = r.k.kernelDeref(*r.p, kHole, false, 0); // no fixup: oops too
    QVERIFY(hole.oops.find("not-present page") != std::string::npos);
}

// Every start offset in the last 12 bytes before the hole, every length up to 20: the
// copy routines do every byte before the hole and none after.
void TestUaccess::acrossBoundaryExhaustive()
{
    for (u64 off = 1; off <= 12; ++off) {
        for (u64 n = 0; n <= 20; ++n) {
            Rig r;
            r.put(kHole - 16, "0123456789abcdef");
            const VAddr at = kHole - off;
            const u64 can = std::min(n, off);
            const i64 left = static_cast<i64>(n - can);
            QCOMPARE(r.k.copyFromUser(*r.p, at, n).ret, left);
            QCOMPARE(r.k.copyToUser(*r.p, at, std::vector<u8>(n, 'Q')).ret, left);
            QCOMPARE(r.k.clearUser(*r.p, at, n).ret, left);
            const std::vector<u8> got = r.get(kHole - 16, 16);
            for (u64 i = 0; i < 16; ++i) {
                const bool touched = i >= 16 - off && i < 16 - off + can;
                const u8 orig = static_cast<u8>("0123456789abcdef"[i]);
                QCOMPARE(got[i], touched ? u8 { 0 } : orig);
            }
            // No NUL in the string before the hole: strnlen 0 unless n stops first.
            r.put(kHole - 16, "0123456789abcdef");
            const i64 len = r.k.strnlenUser(*r.p, at, n).ret;
            const i64 cpy = r.k.strncpyFromUser(*r.p, at, n).ret;
            if (n == 0) {
                QCOMPARE(len, 0);
                QCOMPARE(cpy, 0);
            } else if (n <= off) {
                QVERIFY(len > static_cast<i64>(n));
                QCOMPARE(cpy, static_cast<i64>(n));
            } else {
                QCOMPARE(len, 0);
                QCOMPARE(cpy, -14);
            }
        }
    }
}

QTEST_APPLESS_MAIN(TestUaccess)
#include "test_uaccess.moc"
