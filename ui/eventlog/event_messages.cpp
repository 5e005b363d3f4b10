#include "eventlog/event_messages.h"

#include <QtGlobal>

namespace pagelab::ui {

// Generated from engine/journal/message.cpp (messageKeys() order) by
// translations/update_event_messages.py; tests/ui/test_event_messages.cpp fails when they differ.
const std::vector<const char*>& eventMessageSources()
{
    static const std::vector<const char*> sources {
        QT_TRANSLATE_NOOP("EventMessage", "TLB hit (%1) for %2: page frame %3, %4 page"),
        QT_TRANSLATE_NOOP("EventMessage", "TLB miss for %1 (PCID %2): the MMU must walk the page tables"),
        QT_TRANSLATE_NOOP("EventMessage", "TLB %1 set %2 way %3 now holds %4 -> frame %5 (%6 page)"),
        QT_TRANSLATE_NOOP("EventMessage",
            "TLB %1 set %2 way %3 now holds %4 -> frame %5 (%6 page), evicting the least "
            "recently used entry for %7"),
        QT_TRANSLATE_NOOP("EventMessage", "INVLPG %1 removed %2 TLB entries"),
        QT_TRANSLATE_NOOP("EventMessage", "Loading CR3 removed %1 non-global TLB entries"),
        QT_TRANSLATE_NOOP(
            "EventMessage", "Loading CR3 with the no-flush bit kept every TLB entry of PCID %1"),
        QT_TRANSLATE_NOOP(
            "EventMessage", "The whole TLB was flushed, global entries too: %1 entries removed"),
        QT_TRANSLATE_NOOP(
            "EventMessage", "Page walk (%1) for a %2 %3 of %4, starting at the table at physical %5"),
        QT_TRANSLATE_NOOP("EventMessage", "Level %1 entry %2 at physical %3 reads %4 [%5]"),
        QT_TRANSLATE_NOOP("EventMessage", "The CPU sets the Accessed bit in the level %1 entry at %2"),
        QT_TRANSLATE_NOOP("EventMessage", "The CPU sets the Dirty bit in the level %1 entry at %2"),
        QT_TRANSLATE_NOOP("EventMessage", "Page fault at %1: error code %2 (%3)"),
        QT_TRANSLATE_NOOP("EventMessage", "General-protection fault: %1 is not a canonical address"),
        QT_TRANSLATE_NOOP("EventMessage", "%1 translates to physical %2 (%3 page)"),
        QT_TRANSLATE_NOOP("EventMessage", "CR3 changes from %1 to %2"),
        QT_TRANSLATE_NOOP("EventMessage", "Level %1 entry at %2 changes from %3 to %4 [%5]"),
        QT_TRANSLATE_NOOP("EventMessage", "Frame %1 allocated for %2"),
        QT_TRANSLATE_NOOP("EventMessage", "Process %1 (pid %2) gets its own address space: CR3 = %3"),
        QT_TRANSLATE_NOOP("EventMessage", "Context switch to %1 (pid %2)"),
        QT_TRANSLATE_NOOP("EventMessage", "%1 is now %2"),
        QT_TRANSLATE_NOOP("EventMessage", "The fault handler finds the VMA %1-%2 (%3) of pid %4 around %5"),
        QT_TRANSLATE_NOOP("EventMessage", "No VMA of pid %1 contains %2: the address is not mapped"),
        QT_TRANSLATE_NOOP("EventMessage", "%1: pid %2 VMA %3-%4 %5 %6"),
        QT_TRANSLATE_NOOP(
            "EventMessage", "First touch of anonymous memory at %1 (pid %2): frame %3 is zeroed and mapped"),
        QT_TRANSLATE_NOOP("EventMessage", "Page %2 of file %1 is in the page cache (frame %3)"),
        QT_TRANSLATE_NOOP("EventMessage", "Page %2 of file %1 is not in the page cache"),
        QT_TRANSLATE_NOOP(
            "EventMessage", "Page %2 of file %1 is read from disk into frame %3 (a major fault)"),
        QT_TRANSLATE_NOOP("EventMessage",
            "Copy-on-write at %1 (pid %2): frame %3 is copied to frame %4, now private and "
            "writable"),
        QT_TRANSLATE_NOOP("EventMessage",
            "Copy-on-write at %1 (pid %2): frame %3 has no other mapper, so it is reused and "
            "made writable"),
        QT_TRANSLATE_NOOP("EventMessage", "The kernel sends %1 (%2) to pid %3 for %4"),
        QT_TRANSLATE_NOOP("EventMessage", "Frame %1 is free again"),
        QT_TRANSLATE_NOOP("EventMessage", "Dirty page %2 of file %1 (frame %3) is written back to disk"),
        QT_TRANSLATE_NOOP(
            "EventMessage", "remap_pfn_range maps %4 device page(s) from frame %3 at %2 for pid %1"),
        QT_TRANSLATE_NOOP("EventMessage",
            "fork: %3 (pid %2) is created as a copy of pid %1, sharing its pages "
            "copy-on-write"),
        QT_TRANSLATE_NOOP("EventMessage", "%1 (pid %2) exits; %3 frames are freed"),
        QT_TRANSLATE_NOOP("EventMessage", "The fault at %1 (pid %2) is resolved: %3%4"),
        QT_TRANSLATE_NOOP("EventMessage", "%1: access_ok(%2, %3) for pid %4 %5"),
        QT_TRANSLATE_NOOP(
            "EventMessage", "%1: STAC sets EFLAGS.AC, so SMAP lets the kernel touch user pages"),
        QT_TRANSLATE_NOOP("EventMessage", "%1: CLAC clears EFLAGS.AC, so SMAP guards user pages again"),
        QT_TRANSLATE_NOOP("EventMessage", "%1 copies %2 bytes %3 user address %4 (pid %5)"),
        QT_TRANSLATE_NOOP("EventMessage",
            "%1: the fault at %2 cannot be resolved; the exception table sends it to the "
            "fixup, and the routine returns %3"),
        QT_TRANSLATE_NOOP("EventMessage", "Kernel oops (no exception-table entry for this access): %1"),
        QT_TRANSLATE_NOOP("EventMessage",
            "Reclaim finds frame %1 referenced: the accessed bit was set in %2 PTE(s) and is "
            "now cleared, without a TLB flush (x86 ptep_clear_flush_young)"),
        QT_TRANSLATE_NOOP("EventMessage", "Reclaim finds frame %1 not referenced since it last looked"),
        QT_TRANSLATE_NOOP("EventMessage", "The %1 policy chooses frame %2 (%3 page) to evict"),
        QT_TRANSLATE_NOOP("EventMessage",
            "Frame %1 is written to swap area %2, slot %3; %4 PTE(s) now hold that swap entry "
            "with P=0"),
        QT_TRANSLATE_NOOP("EventMessage",
            "Page %1 of pid %2 is read from swap area %3, slot %4, into frame %5 (%6 ns; a "
            "major fault)"),
        QT_TRANSLATE_NOOP(
            "EventMessage", "Clean page %2 of file %1 (frame %3) is dropped from the page cache"),
        QT_TRANSLATE_NOOP(
            "EventMessage", "Page %2 of file %1 (frame %3), written back, is dropped from the page cache"),
        QT_TRANSLATE_NOOP("EventMessage", "Out of memory (%4): the OOM killer kills %1 (pid %2), badness %3"),
        QT_TRANSLATE_NOOP("EventMessage",
            "Frame %1 is clean in the swap cache: slot %3 of swap area %2 still holds its "
            "bytes, so nothing is written; %4 PTE(s) now hold that swap entry with P=0"),
        QT_TRANSLATE_NOOP("EventMessage", "Frame %1 joins the swap cache as slot %3 of swap area %2"),
        QT_TRANSLATE_NOOP("EventMessage",
            "Page %1 of pid %2 is found in the swap cache (frame %3, slot %5 of swap area "
            "%4): mapped without I/O, a minor fault"),
        QT_TRANSLATE_NOOP(
            "EventMessage", "Frame %1 leaves the swap cache (%4); slot %3 of swap area %2 is free again"),
        QT_TRANSLATE_NOOP("EventMessage",
            "Frame %1 leaves the swap cache (%4); slot %3 of swap area %2 stays, held by %5 "
            "swap PTE(s)"),
        QT_TRANSLATE_NOOP("EventMessage",
            "TLB %1 set %2 way %3: the entry for %4 -> frame %5 (%6 page, PCID %7) is removed"),
        QT_TRANSLATE_NOOP(
            "EventMessage", "TLB %1 set %2 way %3: the global entry for %4 -> frame %5 (%6 page) is removed"),
        QT_TRANSLATE_NOOP("EventMessage",
            "pte looks at the page walk (%1) of %2 in %3 (pid %4) from the table at physical "
            "%5: the TLB is not consulted and no Accessed or Dirty bit is set"),
    };
    return sources;
}

} // namespace pagelab::ui
