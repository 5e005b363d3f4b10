// The architectural state of the simulated CPU that paging depends on.
#pragma once

#include "hw/types.h"

#include <array>

namespace pagelab {

struct CpuState {
    PagingMode mode = PagingMode::Level4;
    u64 cr3 = 0;        // as last written, bit 63 (no-flush) stripped
    u64 cr2 = 0;        // linear address of the last page fault
    bool wp = true;     // CR0.WP: supervisor writes honour R/W
    bool smep = false;  // CR4.SMEP
    bool smap = false;  // CR4.SMAP
    bool nxe = true;    // EFER.NXE
    bool pge = true;    // CR4.PGE: global pages
    bool pse = true;    // CR4.PSE: 4 MiB pages in 32-bit paging
    bool pcide = false; // CR4.PCIDE
    bool ac = false;    // EFLAGS.AC (set by STAC, cleared by CLAC)
    // PAE keeps the four PDPTEs in registers, loaded at MOV to CR3 (SDM 4.4.1).
    std::array<u64, 4> pdpte {};

    u16 pcid() const { return pcide ? static_cast<u16>(cr3 & 0xfff) : 0; }
    // The physical address of the top-level table (or of the PDPT in PAE mode).
    PAddr tableBase() const
    {
        switch (mode) {
        case PagingMode::Bits32: return cr3 & 0xffff'f000ull;
        case PagingMode::Pae: return cr3 & 0xffff'ffe0ull; // 32-byte aligned PDPT
        default: return cr3 & 0x000f'ffff'ffff'f000ull;
        }
    }
};

} // namespace pagelab
