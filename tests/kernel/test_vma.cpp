// The VMA tree: lookup (find_vma), insert with vma_merge, munmap splitting (__split_vma),
// mprotect/mlock splitting and merging back, top-down free-area search, and the text of flags.
#include "kernel/kernel.h"
#include "kernel/vma.h"

#include <QtTest>

using namespace pagelab;
using namespace pagelab::kernel;

namespace {

using Layout = std::vector<Vma>;

constexpr u64 R = vm::READ, W = vm::WRITE, X = vm::EXEC, S = vm::SHARED;
constexpr u64 kDevice = vm::IO | vm::PFNMAP | vm::DONTEXPAND | vm::DONTDUMP;

Vma anon(VAddr start, VAddr end, u64 flags = R | W, std::string label = {})
{
    Vma v;
    v.start = start;
    v.end = end;
    v.flags = flags;
    v.label = std::move(label);
    return v;
}

Vma object(Backing b, u32 obj, u64 pgoff, VAddr start, VAddr end, u64 flags = R | W)
{
    Vma v;
    v.start = start;
    v.end = end;
    v.flags = flags;
    v.backing = b;
    v.object = obj;
    v.pgoff = pgoff;
    v.label = std::string(toString(b)) + std::to_string(obj);
    return v;
}

Vma file(u32 obj, u64 pgoff, VAddr start, VAddr end, u64 flags = R | W)
{
    return object(Backing::File, obj, pgoff, start, end, flags);
}

// "1000-3000 rw-p" for anon, "1000-3000 rw-p file1@2" for an object (name@pgoff).
QString describe(const Vma& v)
{
    QString s = QStringLiteral("%1-%2 %3")
                    .arg(v.start, 0, 16)
                    .arg(v.end, 0, 16)
                    .arg(QString::fromStdString(vmFlagsText(v.flags)));
    if (v.backing != Backing::Anon)
        s += QStringLiteral(" %1@%2").arg(QString::fromStdString(v.label)).arg(v.pgoff);
    else if (!v.label.empty())
        s += QLatin1Char(' ') + QString::fromStdString(v.label);
    return s;
}

QStringList describe(const VmaTree& t)
{
    QStringList out;
    for (const Vma* v : t.list())
        out << describe(*v);
    return out;
}

QStringList describe(const std::vector<Vma>& vs)
{
    QStringList out;
    for (const Vma& v : vs)
        out << describe(v);
    return out;
}

VmaTree build(const Layout& layout)
{
    VmaTree t;
    for (const Vma& v : layout)
        t.insert(v);
    return t;
}

} // namespace

Q_DECLARE_METATYPE(Layout)
Q_DECLARE_METATYPE(pagelab::kernel::Vma)
Q_DECLARE_METATYPE(pagelab::PagingMode)

class TestVma : public QObject {
    Q_OBJECT

private slots:
    void insertMerges_data()
    {
        QTest::addColumn<Layout>("inserts");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("anon adjacent same flags merge")
            << Layout { anon(0x1000, 0x3000), anon(0x3000, 0x5000) } << QStringList { "1000-5000 rw-p" };
        QTest::newRow("anon inserted below merges")
            << Layout { anon(0x3000, 0x5000), anon(0x1000, 0x3000) } << QStringList { "1000-5000 rw-p" };
        QTest::newRow("anon filling a hole merges three") << Layout { anon(0x1000, 0x2000),
            anon(0x3000, 0x4000), anon(0x2000, 0x3000) } << QStringList { "1000-4000 rw-p" };
        QTest::newRow("anon not adjacent") << Layout { anon(0x1000, 0x2000), anon(0x3000, 0x4000) }
                                           << QStringList { "1000-2000 rw-p", "3000-4000 rw-p" };
        QTest::newRow("anon different prot") << Layout { anon(0x1000, 0x3000), anon(0x3000, 0x5000, R) }
                                             << QStringList { "1000-3000 rw-p", "3000-5000 r--p" };
        QTest::newRow("anon locked vs not") << Layout { anon(0x1000, 0x3000, R | W | vm::LOCKED),
            anon(0x3000, 0x5000) } << QStringList { "1000-3000 rw-p locked", "3000-5000 rw-p" };
        QTest::newRow("heap label vs anon mmap") << Layout { anon(0x1000, 0x3000, R | W, "[heap]"),
            anon(0x3000, 0x5000) } << QStringList { "1000-3000 rw-p [heap]", "3000-5000 rw-p" };
        QTest::newRow("heap grows into heap")
            << Layout { anon(0x1000, 0x3000, R | W, "[heap]"), anon(0x3000, 0x5000, R | W, "[heap]") }
            << QStringList { "1000-5000 rw-p [heap]" };
        QTest::newRow("stack growsdown vs anon below")
            << Layout { anon(0x5000, 0x8000, R | W | vm::GROWSDOWN, "[stack]"), anon(0x3000, 0x5000) }
            << QStringList { "3000-5000 rw-p", "5000-8000 rw-p growsdown [stack]" };
        QTest::newRow("file contiguous pgoff") << Layout { file(1, 0, 0x1000, 0x3000),
            file(1, 2, 0x3000, 0x4000) } << QStringList { "1000-4000 rw-p file1@0" };
        QTest::newRow("file below with contiguous pgoff") << Layout { file(1, 5, 0x3000, 0x4000),
            file(1, 3, 0x1000, 0x3000) } << QStringList { "1000-4000 rw-p file1@3" };
        QTest::newRow("file pgoff gap") << Layout { file(1, 0, 0x1000, 0x3000), file(1, 3, 0x3000, 0x4000) }
                                        << QStringList { "1000-3000 rw-p file1@0", "3000-4000 rw-p file1@3" };
        QTest::newRow("file pgoff going back")
            << Layout { file(1, 2, 0x1000, 0x3000), file(1, 0, 0x3000, 0x5000) }
            << QStringList { "1000-3000 rw-p file1@2", "3000-5000 rw-p file1@0" };
        QTest::newRow("two files") << Layout { file(1, 0, 0x1000, 0x3000), file(2, 2, 0x3000, 0x4000) }
                                   << QStringList { "1000-3000 rw-p file1@0", "3000-4000 rw-p file2@2" };
        QTest::newRow("file vs anon") << Layout { file(1, 0, 0x1000, 0x3000), anon(0x3000, 0x4000) }
                                      << QStringList { "1000-3000 rw-p file1@0", "3000-4000 rw-p" };
        QTest::newRow("file private vs shared")
            << Layout { file(1, 0, 0x1000, 0x3000), file(1, 2, 0x3000, 0x4000, R | W | S) }
            << QStringList { "1000-3000 rw-p file1@0", "3000-4000 rw-s file1@2" };
        QTest::newRow("shm contiguous pgoff")
            << Layout { object(Backing::Shm, 4, 0, 0x1000, 0x2000, R | W | S),
                   object(Backing::Shm, 4, 1, 0x2000, 0x3000, R | W | S) }
            << QStringList { "1000-3000 rw-s shm4@0" };
        // vma_merge(): "if (vm_flags & VM_SPECIAL) return NULL" - remap_pfn_range VMAs stay apart.
        QTest::newRow("device never merges")
            << Layout { object(Backing::Device, 7, 0, 0x1000, 0x2000, R | W | S | kDevice),
                   object(Backing::Device, 7, 1, 0x2000, 0x3000, R | W | S | kDevice) }
            << QStringList { "1000-2000 rw-s io pfnmap dontexpand dontdump device7@0",
                   "2000-3000 rw-s io pfnmap dontexpand dontdump device7@1" };
    }
    void insertMerges()
    {
        QFETCH(Layout, inserts);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(build(inserts)), expected);
    }

    void insertReturnsTheMergedVma()
    {
        VmaTree t;
        t.insert(anon(0x1000, 0x2000));
        const Vma& v = t.insert(anon(0x2000, 0x4000));
        QCOMPARE(v.start, VAddr { 0x1000 });
        QCOMPARE(v.end, VAddr { 0x4000 });
        QCOMPARE(t.size(), std::size_t { 1 });
    }

    void anonPgoffIsTheVirtualPageNumber()
    {
        VmaTree t;
        Vma v = anon(0x7000, 0x9000);
        v.pgoff = 99; // ignored: anon VMAs read "page va >> 12" (do_mmap, MAP_ANONYMOUS)
        t.insert(v);
        QCOMPARE(t.find(0x8000)->pgoff, u64 { 7 });
        QCOMPARE(t.find(0x8000)->pgoffAt(0x8000), u64 { 8 });
    }

    void insertRejectsOverlapAndBadRanges()
    {
        VmaTree t;
        t.insert(anon(0x2000, 0x4000));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, t.insert(anon(0x3000, 0x5000)));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, t.insert(anon(0x1000, 0x3000)));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, t.insert(anon(0x5000, 0x5000)));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, t.insert(anon(0x5800, 0x6000)));
        QCOMPARE(describe(t), QStringList { "2000-4000 rw-p" });
    }

    void remove_data()
    {
        QTest::addColumn<Layout>("layout");
        QTest::addColumn<VAddr>("start");
        QTest::addColumn<VAddr>("end");
        QTest::addColumn<QStringList>("left");
        QTest::addColumn<QStringList>("removed");

        QTest::newRow("middle splits in two")
            << Layout { anon(0x1000, 0x9000) } << VAddr { 0x3000 } << VAddr { 0x5000 }
            << QStringList { "1000-3000 rw-p", "5000-9000 rw-p" } << QStringList { "3000-5000 rw-p" };
        QTest::newRow("middle of a file keeps pgoff")
            << Layout { file(1, 10, 0x1000, 0x9000) } << VAddr { 0x3000 } << VAddr { 0x5000 }
            << QStringList { "1000-3000 rw-p file1@10", "5000-9000 rw-p file1@14" }
            << QStringList { "3000-5000 rw-p file1@12" };
        QTest::newRow("head") << Layout { anon(0x1000, 0x4000) } << VAddr { 0x1000 } << VAddr { 0x2000 }
                              << QStringList { "2000-4000 rw-p" } << QStringList { "1000-2000 rw-p" };
        QTest::newRow("tail") << Layout { anon(0x1000, 0x4000) } << VAddr { 0x3000 } << VAddr { 0x4000 }
                              << QStringList { "1000-3000 rw-p" } << QStringList { "3000-4000 rw-p" };
        QTest::newRow("whole") << Layout { anon(0x1000, 0x4000) } << VAddr { 0x1000 } << VAddr { 0x4000 }
                               << QStringList {} << QStringList { "1000-4000 rw-p" };
        QTest::newRow("across several")
            << Layout { anon(0x1000, 0x3000), anon(0x3000, 0x5000, R), anon(0x6000, 0x8000) }
            << VAddr { 0x2000 } << VAddr { 0x7000 } << QStringList { "1000-2000 rw-p", "7000-8000 rw-p" }
            << QStringList { "2000-3000 rw-p", "3000-5000 r--p", "6000-7000 rw-p" };
        QTest::newRow("hole is a no-op")
            << Layout { anon(0x1000, 0x3000), anon(0x6000, 0x8000) } << VAddr { 0x4000 } << VAddr { 0x6000 }
            << QStringList { "1000-3000 rw-p", "6000-8000 rw-p" } << QStringList {};
        QTest::newRow("empty range") << Layout { anon(0x1000, 0x3000) } << VAddr { 0x2000 }
                                     << VAddr { 0x2000 } << QStringList { "1000-3000 rw-p" }
                                     << QStringList {};
    }
    void remove()
    {
        QFETCH(Layout, layout);
        QFETCH(VAddr, start);
        QFETCH(VAddr, end);
        QFETCH(QStringList, left);
        QFETCH(QStringList, removed);
        VmaTree t = build(layout);
        QCOMPARE(describe(t.remove(start, end)), removed);
        QCOMPARE(describe(t), left);
    }

    void removeDoesNotMergeWhatIsLeft()
    {
        // munmap never merges: a tree of two pieces that could merge only arises by remove.
        VmaTree t = build({ anon(0x1000, 0x4000) });
        t.remove(0x2000, 0x3000);
        QCOMPARE(t.size(), std::size_t { 2 });
    }

    void protectSplitsAndMergesBack_data()
    {
        QTest::addColumn<Vma>("vma");
        QTest::addColumn<QStringList>("split");
        QTest::newRow("anon") << anon(0x1000, 0x5000)
                              << QStringList { "1000-2000 rw-p", "2000-3000 r--p", "3000-5000 rw-p" };
        QTest::newRow("file") << file(3, 8, 0x1000, 0x5000)
                              << QStringList { "1000-2000 rw-p file3@8", "2000-3000 r--p file3@9",
                                     "3000-5000 rw-p file3@10" };
    }
    void protectSplitsAndMergesBack()
    {
        QFETCH(Vma, vma);
        QFETCH(QStringList, split);
        VmaTree t = build({ vma });
        const QStringList whole = describe(t);
        t.protect(0x2000, 0x3000, R);
        QCOMPARE(describe(t), split);
        t.protect(0x2000, 0x3000, R | W);
        QCOMPARE(describe(t), whole);
    }

    void protectKeepsOtherFlags()
    {
        VmaTree t = build({ anon(0x1000, 0x3000, R | W | vm::LOCKED | vm::GROWSDOWN, "[stack]") });
        t.protect(0x1000, 0x3000, R | X | vm::SHARED); // only the prot bits are taken
        QCOMPARE(describe(t), QStringList { "1000-3000 r-xp locked growsdown [stack]" });
    }

    void protectMergesWithNeighbours()
    {
        // mprotect_fixup() -> vma_merge(): the changed range joins neighbours that now match.
        VmaTree t = build({ anon(0x1000, 0x2000, R), anon(0x2000, 0x4000), anon(0x4000, 0x5000, R) });
        QCOMPARE(t.size(), std::size_t { 3 });
        t.protect(0x2000, 0x4000, R);
        QCOMPARE(describe(t), QStringList { "1000-5000 r--p" });
    }

    void protectAcrossAHoleChangesOnlyMappedPages()
    {
        VmaTree t = build({ anon(0x1000, 0x3000), anon(0x4000, 0x6000) });
        t.protect(0x2000, 0x5000, R);
        QCOMPARE(describe(t),
            (QStringList { "1000-2000 rw-p", "2000-3000 r--p", "4000-5000 r--p", "5000-6000 rw-p" }));
    }

    void setFlagsLockedSplitsAndMergesBack()
    {
        VmaTree t = build({ anon(0x1000, 0x5000) });
        t.setFlags(0x2000, 0x4000, vm::LOCKED, true);
        QCOMPARE(describe(t), (QStringList { "1000-2000 rw-p", "2000-4000 rw-p locked", "4000-5000 rw-p" }));
        t.setFlags(0x2000, 0x3000, vm::LOCKED, false);
        QCOMPARE(describe(t), (QStringList { "1000-3000 rw-p", "3000-4000 rw-p locked", "4000-5000 rw-p" }));
        t.setFlags(0x3000, 0x4000, vm::LOCKED, false);
        QCOMPARE(describe(t), QStringList { "1000-5000 rw-p" });
        t.setFlags(0x1000, 0x5000, vm::LOCKED | vm::LOCKONFAULT, true);
        QCOMPARE(describe(t), QStringList { "1000-5000 rw-p locked lockonfault" });
    }

    void fullyMapped_data()
    {
        QTest::addColumn<VAddr>("start");
        QTest::addColumn<VAddr>("end");
        QTest::addColumn<bool>("mapped");
        // Layout: [1000,3000) [3000,5000 r) [6000,8000): a hole at [5000,6000).
        QTest::newRow("one vma") << VAddr { 0x1000 } << VAddr { 0x3000 } << true;
        QTest::newRow("two touching vmas") << VAddr { 0x2000 } << VAddr { 0x4000 } << true;
        QTest::newRow("up to the hole") << VAddr { 0x1000 } << VAddr { 0x5000 } << true;
        QTest::newRow("across the hole") << VAddr { 0x1000 } << VAddr { 0x7000 } << false;
        QTest::newRow("the hole") << VAddr { 0x5000 } << VAddr { 0x6000 } << false;
        QTest::newRow("starts below all") << VAddr { 0x0 } << VAddr { 0x2000 } << false;
        QTest::newRow("ends above all") << VAddr { 0x7000 } << VAddr { 0x9000 } << false;
        QTest::newRow("last vma") << VAddr { 0x6000 } << VAddr { 0x8000 } << true;
        QTest::newRow("empty range") << VAddr { 0x5000 } << VAddr { 0x5000 } << true;
    }
    void fullyMapped()
    {
        QFETCH(VAddr, start);
        QFETCH(VAddr, end);
        QFETCH(bool, mapped);
        VmaTree t = build({ anon(0x1000, 0x3000), anon(0x3000, 0x5000, R), anon(0x6000, 0x8000) });
        QCOMPARE(t.fullyMapped(start, end), mapped);
    }

    void findFreeArea_data()
    {
        QTest::addColumn<Layout>("layout");
        QTest::addColumn<u64>("len");
        QTest::addColumn<VAddr>("low");
        QTest::addColumn<VAddr>("high");
        QTest::addColumn<bool>("found");
        QTest::addColumn<VAddr>("at");

        QTest::newRow("empty: just below high") << Layout {} << u64 { 0x2000 } << VAddr { 0x1000 }
                                                << VAddr { 0x10000 } << true << VAddr { 0xe000 };
        QTest::newRow("below the top vma")
            << Layout { anon(0xe000, 0x10000) } << u64 { 0x2000 } << VAddr { 0x1000 } << VAddr { 0x10000 }
            << true << VAddr { 0xc000 };
        QTest::newRow("skips a gap too small")
            << Layout { anon(0xf000, 0x10000), anon(0xc000, 0xe000) } << u64 { 0x2000 } << VAddr { 0x1000 }
            << VAddr { 0x10000 } << true << VAddr { 0xa000 };
        QTest::newRow("gap that fits exactly")
            << Layout { anon(0xf000, 0x10000), anon(0xc000, 0xd000) } << u64 { 0x2000 } << VAddr { 0x1000 }
            << VAddr { 0x10000 } << true << VAddr { 0xd000 };
        QTest::newRow("high inside a vma")
            << Layout { anon(0x8000, 0xc000) } << u64 { 0x2000 } << VAddr { 0x1000 } << VAddr { 0xa000 }
            << true << VAddr { 0x6000 };
        QTest::newRow("vmas above high ignored")
            << Layout { anon(0xa000, 0xc000) } << u64 { 0x2000 } << VAddr { 0x1000 } << VAddr { 0x9000 }
            << true << VAddr { 0x7000 };
        QTest::newRow("vma below low ignored")
            << Layout { anon(0x1000, 0x2000) } << u64 { 0x2000 } << VAddr { 0x3000 } << VAddr { 0x5000 }
            << true << VAddr { 0x3000 };
        QTest::newRow("length rounded up to pages") << Layout {} << u64 { 0x1001 } << VAddr { 0x1000 }
                                                    << VAddr { 0x10000 } << true << VAddr { 0xe000 };
        QTest::newRow("no space: last gap below low")
            << Layout { anon(0x2000, 0x10000) } << u64 { 0x2000 } << VAddr { 0x1000 } << VAddr { 0x10000 }
            << false << VAddr { 0 };
        QTest::newRow("no space: every gap too small")
            << Layout { anon(0x2000, 0x3000), anon(0x4000, 0x5000) } << u64 { 0x2000 } << VAddr { 0x1000 }
            << VAddr { 0x6000 } << false << VAddr { 0 };
        QTest::newRow("no space: window smaller than len")
            << Layout {} << u64 { 0x3000 } << VAddr { 0x1000 } << VAddr { 0x3000 } << false << VAddr { 0 };
        QTest::newRow("zero length") << Layout {} << u64 { 0 } << VAddr { 0x1000 } << VAddr { 0x3000 }
                                     << false << VAddr { 0 };
    }
    void findFreeArea()
    {
        QFETCH(Layout, layout);
        QFETCH(u64, len);
        QFETCH(VAddr, low);
        QFETCH(VAddr, high);
        QFETCH(bool, found);
        QFETCH(VAddr, at);
        const auto got = build(layout).findFreeArea(len, low, high);
        QCOMPARE(got.has_value(), found);
        if (found)
            QCOMPARE(*got, at);
    }

    void findFirstEndingAfter_data()
    {
        QTest::addColumn<VAddr>("va");
        QTest::addColumn<VAddr>("start"); // 0: none
        QTest::addColumn<bool>("contains");
        // Layout: [2000,4000) [6000,8000).
        QTest::newRow("below all: the first") << VAddr { 0x1000 } << VAddr { 0x2000 } << false;
        QTest::newRow("at a start") << VAddr { 0x2000 } << VAddr { 0x2000 } << true;
        QTest::newRow("last byte") << VAddr { 0x3fff } << VAddr { 0x2000 } << true;
        QTest::newRow("end is exclusive") << VAddr { 0x4000 } << VAddr { 0x6000 } << false;
        QTest::newRow("in the gap") << VAddr { 0x5000 } << VAddr { 0x6000 } << false;
        QTest::newRow("inside the last") << VAddr { 0x7000 } << VAddr { 0x6000 } << true;
        QTest::newRow("above all") << VAddr { 0x8000 } << VAddr { 0 } << false;
    }
    void findFirstEndingAfter()
    {
        QFETCH(VAddr, va);
        QFETCH(VAddr, start);
        QFETCH(bool, contains);
        const VmaTree t = build({ anon(0x2000, 0x4000), anon(0x6000, 0x8000, R) });
        const Vma* v = t.findFirstEndingAfter(va);
        QCOMPARE(v ? v->start : VAddr { 0 }, start);
        QCOMPARE(t.find(va) != nullptr, contains);
        if (contains)
            QCOMPARE(t.find(va), v);
    }

    void overlaps_data()
    {
        QTest::addColumn<VAddr>("start");
        QTest::addColumn<VAddr>("end");
        QTest::addColumn<bool>("overlap");
        // Layout: [2000,4000) [6000,8000).
        QTest::newRow("below") << VAddr { 0x0 } << VAddr { 0x2000 } << false;
        QTest::newRow("exactly the gap") << VAddr { 0x4000 } << VAddr { 0x6000 } << false;
        QTest::newRow("last page of the first") << VAddr { 0x3000 } << VAddr { 0x5000 } << true;
        QTest::newRow("first page of the second") << VAddr { 0x5000 } << VAddr { 0x7000 } << true;
        QTest::newRow("covering all") << VAddr { 0x0 } << VAddr { 0x10000 } << true;
        QTest::newRow("above") << VAddr { 0x8000 } << VAddr { 0x9000 } << false;
    }
    void overlaps()
    {
        QFETCH(VAddr, start);
        QFETCH(VAddr, end);
        QFETCH(bool, overlap);
        QCOMPARE(build({ anon(0x2000, 0x4000), anon(0x6000, 0x8000, R) }).overlaps(start, end), overlap);
    }

    void vmFlagsText_data()
    {
        QTest::addColumn<u64>("flags");
        QTest::addColumn<QString>("text");
        QTest::newRow("data") << (R | W) << "rw-p";
        QTest::newRow("text") << (R | X) << "r-xp";
        QTest::newRow("shared") << (R | W | S) << "rw-s";
        QTest::newRow("none") << u64 { 0 } << "---p";
        QTest::newRow("device") << (R | W | S | kDevice) << "rw-s io pfnmap dontexpand dontdump";
        QTest::newRow("locked") << (R | W | vm::LOCKED) << "rw-p locked";
        QTest::newRow("stack") << (R | W | vm::GROWSDOWN) << "rw-p growsdown";
    }
    void vmFlagsText()
    {
        QFETCH(u64, flags);
        QFETCH(QString, text);
        QCOMPARE(QString::fromStdString(kernel::vmFlagsText(flags)), text);
    }

    void names()
    {
        QCOMPARE(toString(Backing::Anon), std::string_view("anon"));
        QCOMPARE(toString(Backing::File), std::string_view("file"));
        QCOMPARE(toString(Backing::Shm), std::string_view("shm"));
        QCOMPARE(toString(Backing::Device), std::string_view("device"));
        QCOMPARE(toString(Signal::None), std::string_view("none"));
        QCOMPARE(toString(Signal::Segv), std::string_view("SIGSEGV"));
        QCOMPARE(toString(Signal::Bus), std::string_view("SIGBUS"));
        QCOMPARE(err::name(err::kEINVAL), std::string_view("EINVAL"));
        QCOMPARE(err::name(err::kENOMEM), std::string_view("ENOMEM"));
        QCOMPARE(err::name(err::kEACCES), std::string_view("EACCES"));
        QCOMPARE(err::name(err::kEOVERFLOW), std::string_view("EOVERFLOW"));
        QCOMPARE(err::name(999), std::string_view("EUNKNOWN"));
    }

    void taskSizeMax_data()
    {
        QTest::addColumn<PagingMode>("mode");
        QTest::addColumn<VAddr>("top");
        QTest::newRow("32-bit") << PagingMode::Bits32 << VAddr { 0xc000'0000 };
        QTest::newRow("PAE") << PagingMode::Pae << VAddr { 0xc000'0000 };
        QTest::newRow("4-level") << PagingMode::Level4 << VAddr { 0x7fff'ffff'f000 };
        QTest::newRow("5-level") << PagingMode::Level5 << VAddr { 0xff'ffff'ffff'f000 };
    }
    void taskSizeMax()
    {
        QFETCH(PagingMode, mode);
        QFETCH(VAddr, top);
        QCOMPARE(kernel::taskSizeMax(mode), top);
    }
};

QTEST_APPLESS_MAIN(TestVma)
#include "test_vma.moc"
