// Every combination of U/S, R/W and NX at every level of a translation, under every setting of
// CR0.WP, CR4.SMEP, CR4.SMAP, EFLAGS.AC and EFER.NXE, for user and supervisor reads, writes
// and fetches, checked against an oracle written here from the SDM (vol. 3, 4.6.1 access
// rights, 4.7 error code, 4.8 accessed/dirty) and not calling checkRights.
//
// A/D expectations follow kvm-unit-tests x86/access.c: a non-leaf entry the walk has passed
// has A set (even if the access then faults); the leaf gets A, and D for a write, only when
// the access is allowed; an entry with a reserved bit is not modified.
#include "hw/page_walker.h"
#include "hw/paging_entry.h"

#include <QtTest>

#include <vector>

using namespace pagelab;

namespace {

constexpr u64 P = pte::P, RW = pte::RW, US = pte::US, A = pte::A, D = pte::D, PS = pte::PS, NX = pte::NX;

struct Expected {
    bool fault = false;
    u32 errorCode = 0;
    std::vector<bool> accessed; // per rights level, top first
    bool dirty = false;         // leaf D
};

struct Flags {
    bool wp, smep, smap, ac, nxe;
};

// The SDM rules, written out once more without sharing code with the walker.
Expected oracle(bool nxMode, const std::vector<u64>& entries, const Flags& f, Privilege priv, AccessOp op)
{
    const int n = static_cast<int>(entries.size());
    Expected e;
    e.accessed.assign(n, false);
    const bool user = priv == Privilege::User;
    const bool write = op == AccessOp::Write;
    const bool fetch = op == AccessOp::Fetch;

    // XD set while EFER.NXE=0 is a reserved bit: the walk stops at the first such entry
    // (4.7: RSVD=1, P=1). 32-bit entries have no bit 63.
    int reservedAt = -1;
    if (nxMode && !f.nxe) {
        for (int i = 0; i < n; ++i) {
            if (entries[i] & NX) {
                reservedAt = i;
                break;
            }
        }
    }
    const bool nxInForce = nxMode && f.nxe;
    u32 base = 0;
    if (write)
        base |= 2;
    if (user)
        base |= 4;
    if (fetch && (f.smep || nxInForce))
        base |= 16;
    if (reservedAt >= 0) {
        e.fault = true;
        e.errorCode = base | 1 | 8;
        for (int i = 0; i < reservedAt; ++i)
            e.accessed[i] = true;
        return e;
    }

    bool allUser = true, allWritable = true, anyNx = false;
    for (u64 entry : entries) {
        allUser = allUser && (entry & US);
        allWritable = allWritable && (entry & RW);
        anyNx = anyNx || (entry & NX);
    }
    bool allowed;
    if (user) {
        // User mode: U/S=1 everywhere; writes need R/W=1 everywhere (CR0.WP does not
        // matter); fetches need XD=0 everywhere when NX is in force.
        allowed = allUser && (!write || allWritable) && (!fetch || !(nxInForce && anyNx));
    } else if (fetch) {
        // Supervisor fetch: R/W does not matter; XD does; SMEP forbids user pages.
        allowed = !(nxInForce && anyNx) && !(f.smep && allUser);
    } else {
        // Supervisor data access: SMAP forbids user pages unless AC=1; writes need R/W=1
        // everywhere only when CR0.WP=1.
        const bool smapBlocks = f.smap && allUser && !f.ac;
        const bool wpBlocks = write && f.wp && !allWritable;
        allowed = !smapBlocks && !wpBlocks;
    }
    for (int i = 0; i < n - 1; ++i)
        e.accessed[i] = true;
    e.accessed[n - 1] = allowed;
    e.dirty = allowed && write;
    e.fault = !allowed;
    e.errorCode = allowed ? 0 : base | 1;
    return e;
}

const char* opName(AccessOp op)
{
    return op == AccessOp::Read ? "read" : op == AccessOp::Write ? "write" : "fetch";
}

} // namespace

class TestRightsExhaustive : public QObject {
    Q_OBJECT

private slots:
    void allCombinations_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("leafLevel");
        QTest::addColumn<int>("cases"); // expected number of walks checked
        // The main one: 4-level paging, 4 KiB page: 2^12 entry combinations x 2^5 CPU flags x
        // 2 privileges x 3 operations.
        QTest::newRow("4level-4K") << int(PagingMode::Level4) << 1 << (4096 * 32 * 6);
        QTest::newRow("4level-2M") << int(PagingMode::Level4) << 2 << (512 * 32 * 6);
        QTest::newRow("4level-1G") << int(PagingMode::Level4) << 3 << (64 * 32 * 6);
        QTest::newRow("5level-1G") << int(PagingMode::Level5) << 3 << (512 * 32 * 6);
        QTest::newRow("pae-4K") << int(PagingMode::Pae) << 1 << (64 * 32 * 6);
        QTest::newRow("pae-2M") << int(PagingMode::Pae) << 2 << (8 * 32 * 6);
        // 32-bit: no XD bit; EFER.NXE is still varied to show it has no effect.
        QTest::newRow("32bit-4K") << int(PagingMode::Bits32) << 1 << (16 * 32 * 6);
        QTest::newRow("32bit-4M") << int(PagingMode::Bits32) << 2 << (4 * 32 * 6);
    }

    void allCombinations()
    {
        QFETCH(int, mode);
        QFETCH(int, leafLevel);
        QFETCH(int, cases);
        const auto m = static_cast<PagingMode>(mode);
        const PagingGeometry& g = geometry(m);
        const unsigned bytes = static_cast<unsigned>(g.entryBytes);
        const bool nxMode = m != PagingMode::Bits32;

        PhysicalMemory mem(64);
        CpuState cpu;
        cpu.mode = m;
        cpu.cr3 = 1 << kPageShift;
        const VAddr va = 0x4123'4567;
        const Pfn leafPfn = 0x40000; // 1 GiB aligned; the frame need not exist

        // Build the tables once; remember each entry's address and its value without rights.
        std::vector<PAddr> addr; // rights levels, top first
        std::vector<u64> plain;  // address | P (| PS for a large leaf)
        PAddr table = cpu.tableBase();
        Pfn next = 2;
        for (int l = g.levels; l >= leafLevel; --l) {
            const PAddr at = table + g.index(va, l) * bytes;
            if (l == leafLevel) {
                addr.push_back(at);
                plain.push_back((leafPfn << kPageShift) | P | (l > 1 ? PS : 0));
                break;
            }
            const u64 entry = (next << kPageShift) | P;
            mem.write(at, entry, bytes);
            table = next << kPageShift;
            ++next;
            if (m == PagingMode::Pae && l == 3)
                continue; // the PDPTE holds no rights (and lives in a register)
            addr.push_back(at);
            plain.push_back(entry);
        }
        loadPaePdptes(cpu, mem);
        const int n = static_cast<int>(addr.size());
        const int bitsPerLevel = nxMode ? 3 : 2;
        const u32 combos = 1u << (bitsPerLevel * n);

        std::vector<u64> entries(n);
        int checked = 0;
        int mismatches = 0;
        QStringList report;
        for (u32 combo = 0; combo < combos; ++combo) {
            for (int i = 0; i < n; ++i) {
                const u32 bits = combo >> (bitsPerLevel * i);
                entries[i] = plain[i] | ((bits & 1) ? US : 0) | ((bits & 2) ? RW : 0)
                    | (nxMode && (bits & 4) ? NX : 0);
            }
            for (u32 flags = 0; flags < 32; ++flags) {
                const Flags f { (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, (flags & 8) != 0,
                    (flags & 16) != 0 };
                cpu.wp = f.wp;
                cpu.smep = f.smep;
                cpu.smap = f.smap;
                cpu.ac = f.ac;
                cpu.nxe = f.nxe;
                for (auto priv : { Privilege::User, Privilege::Supervisor }) {
                    for (auto op : { AccessOp::Read, AccessOp::Write, AccessOp::Fetch }) {
                        for (int i = 0; i < n; ++i)
                            mem.write(addr[i], entries[i], bytes); // A and D clear
                        const WalkResult r = walk(cpu, mem, va, op, priv, nullptr);
                        const Expected e = oracle(nxMode, entries, f, priv, op);
                        ++checked;
                        bool same = r.ok() == !e.fault && (r.ok() || r.fault == FaultKind::PageFault)
                            && r.errorCode == e.errorCode && (r.reason == FaultReason::None) == !e.fault;
                        for (int i = 0; i < n; ++i) {
                            const u64 now = mem.read(addr[i], bytes);
                            const bool wantD = i == n - 1 && e.dirty;
                            if (bool(now & A) != e.accessed[i] || bool(now & D) != wantD
                                || (now & ~(A | D)) != entries[i])
                                same = false;
                        }
                        if (!same && ++mismatches <= 10) {
                            QString got;
                            for (int i = 0; i < n; ++i) {
                                const u64 now = mem.read(addr[i], bytes);
                                got += QString(" L%1:%2%3")
                                           .arg(i)
                                           .arg(now & A ? "A" : "-")
                                           .arg(now & D ? "D" : "-");
                            }
                            report << QString(
                                "combo=%1 wp=%2 smep=%3 smap=%4 ac=%5 nxe=%6 %7 %8: got fault=%9 "
                                "code=%10%11; want fault=%12 code=%13")
                                          .arg(combo, 0, 2)
                                          .arg(f.wp)
                                          .arg(f.smep)
                                          .arg(f.smap)
                                          .arg(f.ac)
                                          .arg(f.nxe)
                                          .arg(priv == Privilege::User ? "user" : "supervisor")
                                          .arg(opName(op))
                                          .arg(!r.ok())
                                          .arg(r.errorCode, 0, 16)
                                          .arg(got)
                                          .arg(e.fault)
                                          .arg(e.errorCode, 0, 16);
                        }
                    }
                }
            }
        }
        for (const QString& line : report)
            qWarning("%s", qPrintable(line));
        QCOMPARE(mismatches, 0);
        QCOMPARE(checked, cases);
    }
};

QTEST_APPLESS_MAIN(TestRightsExhaustive)
#include "test_rights_exhaustive.moc"
