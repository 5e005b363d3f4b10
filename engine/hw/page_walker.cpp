#include "hw/page_walker.h"

#include "hw/paging_entry.h"
#include "journal/journal.h"

namespace pagelab {

namespace {

// Bits hi..lo set (hi >= lo).
constexpr u64 bitRange(int hi, int lo)
{
    return ((~u64 { 0 }) >> (63 - hi)) & ~((u64 { 1 } << lo) - 1);
}

// Reserved-bit masks with MAXPHYADDR = 46 (SDM 4.1.4), from the entry-format tables of
// SDM 4.3 (32-bit), 4.4.2 (PAE) and 4.5 (4/5-level). Table numbers differ between SDM
// editions, so the tables are named by title.
constexpr u64 kRsvdAddr4Level = bitRange(51, 46); // 4/5-level: 51:M reserved, 62:52 ignored
constexpr u64 kRsvdAddrPae = bitRange(62, 46);    // PAE PDE/PTE: 62:M reserved
// "Format of a PAE Page-Directory-Pointer-Table Entry": only P, PWT, PCD and the address;
// 2:1, 8:5 and 63:M are reserved.
constexpr u64 kRsvdPaePdpte = bitRange(2, 1) | bitRange(8, 5) | bitRange(63, 46);
constexpr u64 kRsvd2M = bitRange(20, 13); // "... Page-Directory Entry that Maps a 2-MByte Page"
constexpr u64 kRsvd1G = bitRange(29, 13); // "... Page-Directory-Pointer-Table Entry that Maps a 1-GByte Page"
// "Format of a 32-Bit Page-Directory Entry that Maps a 4-MByte Page": bits (M-20):13 hold
// PSE-36 address bits and 21 is reserved; with MAXPHYADDR 32 that leaves 21:13 reserved.
constexpr u64 kRsvd4M = bitRange(21, 13);

// A paging-structure entry. An address outside simulated RAM reads as 0 (not present)
// rather than as the all-ones of an empty bus, so a stray table pointer gives a clean #PF.
// Entries are naturally aligned, so an entry never straddles a frame: checking its frame
// (inline) is enough.
inline u64 readEntry(const PhysicalMemory& mem, PAddr addr, unsigned bytes)
{
    return mem.containsFrame(addr >> kPageShift) ? mem.read(addr, bytes) : 0;
}

// The address field of an entry, bits M-1:12 (as entryAddress(), inline for the hot path).
inline PAddr tableAddress(PagingMode mode, u64 entry)
{
    return entry & (mode == PagingMode::Bits32 ? 0xffff'f000ull : bitRange(45, 12));
}

inline bool reservedBitsSet(const CpuState& cpu, int level, u64 entry)
{
    if (cpu.mode == PagingMode::Bits32) {
        // 32-bit entries hold no bits above MAXPHYADDR = 32; only a 4 MiB PDE has reserved
        // bits (21:13, PSE-36 not simulated). With CR4.PSE=0 the PS bit is ignored.
        return level == 2 && cpu.pse && (entry & pte::PS) && (entry & kRsvd4M) != 0;
    }
    if (cpu.mode == PagingMode::Pae && level == 3)
        return (entry & kRsvdPaePdpte) != 0;
    u64 rsvd = cpu.mode == PagingMode::Pae ? kRsvdAddrPae : kRsvdAddr4Level;
    if (!cpu.nxe)
        rsvd |= pte::NX; // XD is reserved while EFER.NXE=0
    if (level >= 4)
        rsvd |= pte::PS; // bit 7 is reserved in a PML4E and a PML5E ("Format of a PML4 Entry")
    else if (level == 3 && (entry & pte::PS))
        rsvd |= kRsvd1G;
    else if (level == 2 && (entry & pte::PS))
        rsvd |= kRsvd2M;
    return (entry & rsvd) != 0;
}

inline bool leafEntry(const CpuState& cpu, int level, u64 entry)
{
    if (level == 1)
        return true;
    if (!(entry & pte::PS))
        return false;
    switch (cpu.mode) {
    case PagingMode::Bits32: return level == 2 && cpu.pse; // PS ignored when CR4.PSE=0 (4.3)
    case PagingMode::Pae: return level == 2;               // a PDPTE never maps a page
    case PagingMode::Level4:
    case PagingMode::Level5: return level <= 3; // 2 MiB and 1 GiB pages
    }
    return false;
}

inline void fail(WalkResult& r, const CpuState& cpu, AccessOp op, Privilege priv, FaultReason reason)
{
    const bool rsvd = reason == FaultReason::Reserved;
    r.fault = FaultKind::PageFault;
    r.reason = reason;
    r.errorCode = errorCodeFor(cpu, op, priv, /*present=*/rsvd, rsvd);
}

} // namespace

bool hasReservedBits(const CpuState& cpu, int level, u64 entry)
{
    return reservedBitsSet(cpu, level, entry);
}

bool isLeaf(const CpuState& cpu, int level, u64 entry)
{
    return leafEntry(cpu, level, entry);
}

u32 errorCodeFor(const CpuState& cpu, AccessOp op, Privilege priv, bool present, bool rsvd)
{
    u32 code = 0;
    if (present)
        code |= pf::P;
    if (op == AccessOp::Write)
        code |= pf::W;
    if (priv == Privilege::User)
        code |= pf::U;
    if (rsvd)
        code |= pf::RSVD;
    // SDM 4.7: I/D is set for fetches only if SMEP=1, or NX is in force (PAE/4/5-level
    // paging with IA32_EFER.NXE=1); otherwise it is 0.
    const bool nxInForce = cpu.mode != PagingMode::Bits32 && cpu.nxe;
    if (op == AccessOp::Fetch && (cpu.smep || nxInForce))
        code |= pf::ID;
    return code;
}

u32 checkRights(const CpuState& cpu, const Rights& rights, AccessOp op, Privilege priv, FaultReason* reason)
{
    // SDM 4.6.1. `rights` are already combined over the levels (U/S and R/W ANDed, XD ORed).
    const bool nxInForce = cpu.mode != PagingMode::Bits32 && cpu.nxe;
    FaultReason why = FaultReason::None;
    if (priv == Privilege::User) {
        if (!rights.user)
            why = FaultReason::UserAccessToSupervisor;
        else if (op == AccessOp::Write && !rights.writable)
            why = FaultReason::WriteToReadOnly; // user writes honour R/W whatever CR0.WP
        else if (op == AccessOp::Fetch && nxInForce && !rights.executable)
            why = FaultReason::FetchFromNx;
    } else if (op == AccessOp::Fetch) {
        // Supervisor fetch: R/W does not matter; XD does; SMEP forbids user addresses.
        if (nxInForce && !rights.executable)
            why = FaultReason::FetchFromNx;
        else if (cpu.smep && rights.user)
            why = FaultReason::Smep;
    } else {
        // Supervisor data access. SMAP forbids user addresses unless EFLAGS.AC=1 (implicit
        // supervisor accesses are not modelled); this holds for writes with CR0.WP=0 too.
        if (cpu.smap && rights.user && !cpu.ac)
            why = FaultReason::Smap;
        else if (op == AccessOp::Write && cpu.wp && !rights.writable)
            why = FaultReason::WriteToReadOnly; // CR0.WP=0: supervisor writes ignore R/W
    }
    if (reason)
        *reason = why;
    return why == FaultReason::None ? 0 : errorCodeFor(cpu, op, priv, true, false);
}

// Accessed and dirty flags (SDM 4.8), following kvm-unit-tests x86/access.c
// (ac_emulate_access): an entry that references a table gets A as soon as the walk has
// checked it (present, no reserved bit) and moves on, even if the walk later faults lower
// down or on the combined rights; access.c expects the PDE's A after the PTE is reached and
// treats it as "don't care" only when the walk faults. The leaf gets A (and D on a write)
// only when the access is allowed. An entry that is not present or has a reserved bit set
// is never modified. PAE PDPTEs live in registers and have no A flag.
WalkResult walk(
    const CpuState& cpu, PhysicalMemory& mem, VAddr va, AccessOp op, Privilege priv, Journal* journal)
{
    WalkResult r;
    const PagingMode mode = cpu.mode;
    // 4/5-level: a non-canonical address raises #GP before any paging-structure access
    // (SDM 4.5). In 32-bit and PAE modes an address above 4 GiB cannot exist: same answer.
    if (!isCanonical(mode, va)) {
        r.fault = FaultKind::GeneralProtection;
        r.reason = FaultReason::NonCanonical;
        return r;
    }
    const PagingGeometry& g = geometry(mode);
    const PAddr base = cpu.tableBase();
    record(journal, ev::WalkStart { va, mode, base, op, priv });

    const unsigned bytes = static_cast<unsigned>(g.entryBytes);
    const bool nxInForce = mode != PagingMode::Bits32 && cpu.nxe;
    Rights rights { true, true, true };
    PAddr table = base;
    for (int level = g.levels; level >= 1; --level) {
        // Same as g.index(va, level), inline for the hot path: 10 index bits per level in
        // 32-bit paging, 2 for the PAE PDPT, 9 otherwise.
        const int shift = bytes == 4 ? 12 + 10 * (level - 1) : 12 + 9 * (level - 1);
        const u64 indexMask = bytes == 4 ? 0x3ff : (mode == PagingMode::Pae && level == 3) ? 0x3 : 0x1ff;
        const u64 index = (va >> shift) & indexMask;
        const PAddr entryAddr = table + index * bytes;
        // SDM 4.4.1: PAE PDPTEs come from the registers loaded with CR3, not from memory.
        const bool pdpteRegister = mode == PagingMode::Pae && level == 3;
        const u64 entry = pdpteRegister ? cpu.pdpte[index] : readEntry(mem, entryAddr, bytes);
        r.levels[r.depth++] = WalkLevel { static_cast<u8>(level), static_cast<u16>(index), entryAddr, entry };
        record(journal, ev::WalkRead { static_cast<u8>(level), static_cast<u16>(index), entryAddr, entry });

        if (!(entry & pte::P)) {
            fail(r, cpu, op, priv, FaultReason::NotPresent);
            return r;
        }
        if (reservedBitsSet(cpu, level, entry)) {
            fail(r, cpu, op, priv, FaultReason::Reserved); // SDM 4.7: RSVD=1 with P=1
            return r;
        }
        if (pdpteRegister) {
            table = tableAddress(mode, entry); // no R/W, U/S, XD or A in a PAE PDPTE
            continue;
        }
        rights.user = rights.user && (entry & pte::US);
        rights.writable = rights.writable && (entry & pte::RW);
        if (nxInForce && (entry & pte::NX))
            rights.executable = false;

        if (!leafEntry(cpu, level, entry)) {
            if (!(entry & pte::A)) {
                mem.write(entryAddr, entry | pte::A, bytes);
                record(journal, ev::AccessedSet { static_cast<u8>(level), entryAddr });
            }
            table = tableAddress(mode, entry);
            continue;
        }

        r.rights = rights;
        FaultReason reason = FaultReason::None;
        if (const u32 code = checkRights(cpu, rights, op, priv, &reason)) {
            r.fault = FaultKind::PageFault;
            r.reason = reason;
            r.errorCode = code;
            return r; // no A/D in the leaf for a faulting access
        }
        u64 updated = entry | pte::A;
        if (op == AccessOp::Write)
            updated |= pte::D;
        if (updated != entry) {
            mem.write(entryAddr, updated, bytes);
            if (!(entry & pte::A))
                record(journal, ev::AccessedSet { static_cast<u8>(level), entryAddr });
            if ((updated ^ entry) & pte::D)
                record(journal, ev::DirtySet { static_cast<u8>(level), entryAddr });
        }
        r.size = g.leafSize(level);
        const PAddr pageBase = tableAddress(mode, entry) & ~(pageSizeBytes(r.size) - 1);
        r.pagePfn = pageBase >> kPageShift;
        r.paddr = pageBase + (va & (pageSizeBytes(r.size) - 1));
        r.global = (entry & pte::G) != 0;
        r.dirty = (updated & pte::D) != 0;
        return r;
    }
    return r; // not reached: level 1 is always a leaf
}

void loadPaePdptes(CpuState& cpu, const PhysicalMemory& mem)
{
    // SDM 4.4.1: CR3 bits 31:5 locate the 32-byte aligned PDPT.
    const PAddr base = cpu.cr3 & 0xffff'ffe0ull;
    for (std::size_t i = 0; i < cpu.pdpte.size(); ++i)
        cpu.pdpte[i] = readEntry(mem, base + 8 * i, 8);
}

} // namespace pagelab
