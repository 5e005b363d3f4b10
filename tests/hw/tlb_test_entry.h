// A valid TLB entry with full rights, for the TLB suites.
#pragma once

#include "hw/tlb.h"

namespace pagelab::test {

inline TlbEntry entry(
    VAddr pageVa, Pfn pfn, PageSize size = PageSize::Size4K, u16 pcid = 0, bool global = false)
{
    TlbEntry e;
    e.valid = true;
    e.pageVa = pageVa;
    e.pfn = pfn;
    e.size = size;
    e.pcid = pcid;
    e.global = global;
    e.rights = Rights { true, true, true };
    return e;
}

} // namespace pagelab::test
