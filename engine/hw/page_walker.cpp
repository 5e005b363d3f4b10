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

// The helpers take the paging mode as an argument (not from `cpu`): the walk is instantiated
// per mode, and with a constant mode each of them folds to a few instructions.
inline bool reservedBitsSet(const CpuState& cpu, PagingMode mode, int level, u64 entry)
{
    if (mode == PagingMode::Bits32) {
        // 32-bit entries hold no bits above MAXPHYADDR = 32; only a 4 MiB PDE has reserved
        // bits (21:13, PSE-36 not simulated). With CR4.PSE=0 the PS bit is ignored.
        return level == 2 && cpu.pse && (entry & pte::PS) && (entry & kRsvd4M) != 0;
    }
    if (mode == PagingMode::Pae && level == 3)
        return (entry & kRsvdPaePdpte) != 0;
    u64 rsvd = mode == PagingMode::Pae ? kRsvdAddrPae : kRsvdAddr4Level;
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

inline bool leafEntry(const CpuState& cpu, PagingMode mode, int level, u64 entry)
{
    if (level == 1)
        return true;
    if (!(entry & pte::PS))
        return false;
    switch (mode) {
    case PagingMode::Bits32: return level == 2 && cpu.pse; // PS ignored when CR4.PSE=0 (4.3)
    case PagingMode::Pae: return level == 2;               // a PDPTE never maps a page
    case PagingMode::Level4:
    case PagingMode::Level5: return level <= 3; // 2 MiB and 1 GiB pages
    }
    return false;
}

// PagingGeometry's numbers as constants of the mode (same values, see paging_entry.cpp).
constexpr int levelsOf(PagingMode mode)
{
    return mode == PagingMode::Bits32 ? 2 : mode == PagingMode::Pae ? 3 : mode == PagingMode::Level4 ? 4 : 5;
}
constexpr unsigned entryBytesOf(PagingMode mode)
{
    return mode == PagingMode::Bits32 ? 4 : 8;
}
constexpr u64 indexOf(PagingMode mode, VAddr va, int level)
{
    if (mode == PagingMode::Bits32)
        return (va >> (12 + 10 * (level - 1))) & 0x3ff;
    return (va >> (12 + 9 * (level - 1))) & (mode == PagingMode::Pae && level == 3 ? 0x3 : 0x1ff);
}
constexpr PageSize leafSizeOf(PagingMode mode, int level)
{
    return level == 1 ? PageSize::Size4K
        : level == 2  ? (mode == PagingMode::Bits32 ? PageSize::Size4M : PageSize::Size2M)
                      : PageSize::Size1G;
}
constexpr bool canonicalIn(PagingMode mode, VAddr va)
{
    if (mode == PagingMode::Bits32 || mode == PagingMode::Pae)
        return va <= 0xffff'ffffull; // 32-bit linear addresses
    const auto top = static_cast<i64>(va) >> ((mode == PagingMode::Level4 ? 48 : 57) - 1);
    return top == 0 || top == -1;
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
    return reservedBitsSet(cpu, cpu.mode, level, entry);
}

bool isLeaf(const CpuState& cpu, int level, u64 entry)
{
    return leafEntry(cpu, cpu.mode, level, entry);
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
namespace {

template <PagingMode Mode>
WalkResult walkIn(
    const CpuState& cpu, PhysicalMemory& mem, VAddr va, AccessOp op, Privilege priv, Journal* journal)
{
    WalkResult r;
    // 4/5-level: a non-canonical address raises #GP before any paging-structure access
    // (SDM 4.5). In 32-bit and PAE modes an address above 4 GiB cannot exist: same answer.
    if (!canonicalIn(Mode, va)) {
        r.fault = FaultKind::GeneralProtection;
        r.reason = FaultReason::NonCanonical;
        return r;
    }
    const PAddr base = cpu.tableBase();
    record(journal, ev::WalkStart { va, Mode, base, op, priv });

    constexpr unsigned bytes = entryBytesOf(Mode);
    const bool nxInForce = Mode != PagingMode::Bits32 && cpu.nxe;
    // The rights combine over the levels (SDM 4.6.1): U/S and R/W ANDed, XD ORed. Kept as
    // entry bits, one AND and one OR per level, and turned into Rights at the leaf.
    u64 allowedBits = pte::US | pte::RW;
    u64 nxBits = 0;
    PAddr table = base;
#pragma GCC unroll 5
    for (int level = levelsOf(Mode); level >= 1; --level) {
        const u64 index = indexOf(Mode, va, level);
        const PAddr entryAddr = table + index * bytes;
        // SDM 4.4.1: PAE PDPTEs come from the registers loaded with CR3, not from memory.
        const bool pdpteRegister = Mode == PagingMode::Pae && level == 3;
        const u64 entry = pdpteRegister ? cpu.pdpte[index] : readEntry(mem, entryAddr, bytes);
        r.levels[r.depth++] = WalkLevel { static_cast<u8>(level), static_cast<u16>(index), entryAddr, entry };
        record(journal, ev::WalkRead { static_cast<u8>(level), static_cast<u16>(index), entryAddr, entry });

        if (!(entry & pte::P)) {
            fail(r, cpu, op, priv, FaultReason::NotPresent);
            return r;
        }
        if (reservedBitsSet(cpu, Mode, level, entry)) {
            fail(r, cpu, op, priv, FaultReason::Reserved); // SDM 4.7: RSVD=1 with P=1
            return r;
        }
        if (pdpteRegister) {
            table = tableAddress(Mode, entry); // no R/W, U/S, XD or A in a PAE PDPTE
            continue;
        }
        allowedBits &= entry;
        nxBits |= entry;

        if (!leafEntry(cpu, Mode, level, entry)) {
            if (!(entry & pte::A)) {
                mem.write(entryAddr, entry | pte::A, bytes);
                record(journal, ev::AccessedSet { static_cast<u8>(level), entryAddr });
            }
            table = tableAddress(Mode, entry);
            continue;
        }

        const Rights rights { (allowedBits & pte::US) != 0, (allowedBits & pte::RW) != 0,
            !(nxInForce && (nxBits & pte::NX)) };
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
        r.size = leafSizeOf(Mode, level);
        const PAddr pageBase = tableAddress(Mode, entry) & ~(pageSizeBytes(r.size) - 1);
        r.pagePfn = pageBase >> kPageShift;
        r.paddr = pageBase + (va & (pageSizeBytes(r.size) - 1));
        r.global = (entry & pte::G) != 0;
        r.dirty = (updated & pte::D) != 0;
        return r;
    }
    return r; // not reached: level 1 is always a leaf
}

// Not built on walkPathIn(): that reads the last entry too, and this exists so that the
// replay can ask for that entry's line without waiting for it (reading it here made a whole
// replay about 15% slower).
template <PagingMode Mode>
std::optional<PAddr> leafEntryAddressIn(const CpuState& cpu, const PhysicalMemory& mem, VAddr va)
{
    if (!canonicalIn(Mode, va))
        return std::nullopt;
    constexpr unsigned bytes = entryBytesOf(Mode);
    PAddr table = cpu.tableBase();
#pragma GCC unroll 5
    for (int level = levelsOf(Mode); level >= 1; --level) {
        const u64 index = indexOf(Mode, va, level);
        const PAddr entryAddr = table + index * bytes;
        if (level == 1)
            return entryAddr;
        const bool pdpteRegister = Mode == PagingMode::Pae && level == 3;
        const u64 entry = pdpteRegister ? cpu.pdpte[index] : readEntry(mem, entryAddr, bytes);
        if (!(entry & pte::P))
            return std::nullopt;
        if (!pdpteRegister && leafEntry(cpu, Mode, level, entry))
            return entryAddr;
        table = tableAddress(Mode, entry);
    }
    return std::nullopt; // not reached: level 1 returns above
}

template <PagingMode Mode>
WalkPath walkPathIn(const CpuState& cpu, const PhysicalMemory& mem, VAddr va)
{
    WalkPath path;
    if (!canonicalIn(Mode, va))
        return path;
    constexpr unsigned bytes = entryBytesOf(Mode);
    PAddr table = cpu.tableBase();
#pragma GCC unroll 5
    for (int level = levelsOf(Mode); level >= 1; --level) {
        const u64 index = indexOf(Mode, va, level);
        const PAddr entryAddr = table + index * bytes;
        const bool pdpteRegister = Mode == PagingMode::Pae && level == 3;
        const u64 entry = pdpteRegister ? cpu.pdpte[index] : readEntry(mem, entryAddr, bytes);
        path.levels[path.depth++]
            = WalkLevel { static_cast<u8>(level), static_cast<u16>(index), entryAddr, entry };
        if (!(entry & pte::P) || reservedBitsSet(cpu, Mode, level, entry)
            || (!pdpteRegister && leafEntry(cpu, Mode, level, entry)))
            break;
        table = tableAddress(Mode, entry);
    }
    return path;
}

} // namespace

WalkPath walkPath(const CpuState& cpu, const PhysicalMemory& mem, VAddr va)
{
    switch (cpu.mode) {
    case PagingMode::Bits32: return walkPathIn<PagingMode::Bits32>(cpu, mem, va);
    case PagingMode::Pae: return walkPathIn<PagingMode::Pae>(cpu, mem, va);
    case PagingMode::Level4: return walkPathIn<PagingMode::Level4>(cpu, mem, va);
    case PagingMode::Level5: return walkPathIn<PagingMode::Level5>(cpu, mem, va);
    }
    return {};
}

WalkResult walk(
    const CpuState& cpu, PhysicalMemory& mem, VAddr va, AccessOp op, Privilege priv, Journal* journal)
{
    switch (cpu.mode) {
    case PagingMode::Bits32: return walkIn<PagingMode::Bits32>(cpu, mem, va, op, priv, journal);
    case PagingMode::Pae: return walkIn<PagingMode::Pae>(cpu, mem, va, op, priv, journal);
    case PagingMode::Level4: return walkIn<PagingMode::Level4>(cpu, mem, va, op, priv, journal);
    case PagingMode::Level5: return walkIn<PagingMode::Level5>(cpu, mem, va, op, priv, journal);
    }
    return walkIn<PagingMode::Level4>(cpu, mem, va, op, priv, journal);
}

std::optional<PAddr> leafEntryAddress(const CpuState& cpu, const PhysicalMemory& mem, VAddr va)
{
    switch (cpu.mode) {
    case PagingMode::Bits32: return leafEntryAddressIn<PagingMode::Bits32>(cpu, mem, va);
    case PagingMode::Pae: return leafEntryAddressIn<PagingMode::Pae>(cpu, mem, va);
    case PagingMode::Level4: return leafEntryAddressIn<PagingMode::Level4>(cpu, mem, va);
    case PagingMode::Level5: return leafEntryAddressIn<PagingMode::Level5>(cpu, mem, va);
    }
    return std::nullopt;
}

void loadPaePdptes(CpuState& cpu, const PhysicalMemory& mem)
{
    // SDM 4.4.1: CR3 bits 31:5 locate the 32-byte aligned PDPT.
    const PAddr base = cpu.cr3 & 0xffff'ffe0ull;
    for (std::size_t i = 0; i < cpu.pdpte.size(); ++i)
        cpu.pdpte[i] = readEntry(mem, base + 8 * i, 8);
}

} // namespace pagelab
