// Everything the simulated machine and its kernel hold, as text: configuration, statistics,
// CPU, TLB, every frame (metadata and a hash of its bytes), processes, and the kernel's VMAs,
// page metadata, reverse maps, swap cache, files, shm objects, devices, swap areas and
// replacement lists. Two Sessions with the same digest behave alike from then on. Tests of
// Session::clone and of the states between events compare Sessions this way.
#pragma once

#include "kernel/kernel.h"
#include "machine/machine.h"
#include "machine/session.h"

#include <sstream>
#include <string>

namespace pagelab::test {

inline u64 fnv1a(const u8* data, std::size_t n, u64 h = 1469598103934665603ull)
{
    for (std::size_t i = 0; i < n; ++i)
        h = (h ^ data[i]) * 1099511628211ull;
    return h;
}

inline std::string stateDigest(const Session& session)
{
    // The kernel's getters that a test needs are not all const (mm()): reading changes nothing.
    auto& s = const_cast<Session&>(session);
    Machine& m = s.machine();
    kernel::Kernel& k = s.kernel();
    std::ostringstream o;
    const MachineConfig& c = m.config();
    o << "config " << int(c.paging) << ' ' << c.frames << ' ' << c.tlb.entries << ':' << c.tlb.ways << ' '
      << c.tlb.stlbEntries << ':' << c.tlb.stlbWays << ' ' << c.pcid << ' ' << c.policy << '\n';
    const Stats& st = m.stats();
    o << "stats " << st.accesses << ' ' << st.tlbHits << ' ' << st.tlbMisses << ' ' << st.stlbHits << ' '
      << st.walks << ' ' << st.pageFaults << ' ' << st.minorFaults << ' ' << st.majorFaults << ' '
      << st.swapOuts << ' ' << st.swapIns << ' ' << st.evictions << ' ' << st.writebacks << '\n';
    const CpuState& cpu = m.cpu();
    o << "cpu " << int(cpu.mode) << ' ' << cpu.cr3 << ' ' << cpu.cr2 << ' ' << cpu.wp << cpu.smep << cpu.smap
      << cpu.nxe << cpu.pge << cpu.pse << cpu.pcide << cpu.ac;
    for (u64 p : cpu.pdpte)
        o << ' ' << p;
    o << '\n';
    auto tlbLevel = [&](const char* name, const std::vector<TlbEntry>& entries) {
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const TlbEntry& e = entries[i];
            if (e.valid)
                o << name << i << ' ' << e.pageVa << ' ' << e.pfn << ' ' << int(e.size) << ' ' << e.pcid
                  << ' ' << e.global << e.rights.user << e.rights.writable << e.rights.executable << e.dirty
                  << ' ' << e.lastUse << '\n';
        }
    };
    tlbLevel("l1.", m.tlb().l1());
    tlbLevel("stlb.", m.tlb().stlb());
    o << "free " << m.frames().freeFrames() << '\n';
    std::vector<u8> bytes(kPageSize);
    for (Pfn pfn = 0; pfn < m.memory().frameCount(); ++pfn) {
        const FrameInfo& f = m.memory().info(pfn);
        o << "frame " << pfn << ' ' << int(f.use) << ' ' << int(f.level) << ' ' << f.mapCount << ' '
          << f.owner << ' ' << m.frames().isFree(pfn);
        if (m.memory().hasContents(pfn)) {
            m.memory().readBytes(pfn * kPageSize, bytes);
            o << " bytes " << fnv1a(bytes.data(), bytes.size());
        }
        if (const kernel::PageMeta* meta = k.pageMeta(pfn))
            o << " meta " << int(meta->kind) << ' ' << meta->object << ' ' << meta->index << ' ' << meta->refs
              << ' ' << meta->locked;
        for (const auto& [pid, va] : k.rmapOf(pfn))
            o << " rmap " << pid << '@' << va;
        if (auto slot = k.swapCacheSlotOf(pfn))
            o << " swapcache " << slot->type << ':' << slot->offset;
        o << '\n';
    }
    for (const auto& p : m.processes()) {
        o << "process " << p->pid << ' ' << p->name << ' ' << p->topTable << ' ' << p->pcid
          << (p.get() == m.current() ? " current" : "") << (k.oomKilled(*p) ? " oom-killed" : "") << '\n';
        const kernel::Mm* mm = k.findMm(*p);
        if (!mm)
            continue;
        o << "  mm " << mm->lockFuture << ' ' << mm->brk << ' ' << mm->rss << '\n';
        for (const auto& [start, v] : mm->vmas)
            o << "  vma " << v.start << '-' << v.end << ' ' << v.flags << ' ' << int(v.backing) << ' '
              << v.object << ' ' << v.pgoff << ' ' << v.label << '\n';
    }
    for (const auto& f : k.files()) {
        o << "file " << f->id << ' ' << f->name << ' ' << f->size << ' '
          << fnv1a(f->disk.data(), f->disk.size());
        for (const auto& [index, pfn] : f->cache)
            o << " cache " << index << '=' << pfn;
        for (const auto& [index, dirty] : f->dirty)
            o << " dirty " << index << '=' << dirty;
        o << '\n';
    }
    for (const auto& shm : k.shms()) {
        o << "shm " << shm->id << ' ' << shm->name << ' ' << shm->size << ' ' << shm->unlinked << ' '
          << shm->mappings;
        for (const auto& [index, pfn] : shm->pages)
            o << " page " << index << '=' << pfn;
        for (u64 i = 0; i < (shm->size + kPageSize - 1) / kPageSize; ++i)
            if (auto slot = k.shmSwapSlot(shm->id, i))
                o << " swapped " << i << '=' << slot->type << ':' << slot->offset;
        o << '\n';
    }
    for (const auto& d : k.devices())
        o << "device " << d->id << ' ' << d->name << ' ' << d->pfn << ' ' << d->pages << ' '
          << fnv1a(d->contents.data(), d->contents.size()) << '\n';
    for (const kernel::SwapArea* a : k.swapSpace().areas()) {
        o << "swap " << a->type << ' ' << a->name << ' ' << a->size << ' ' << a->prio << ' ' << a->latencyNs
          << ' ' << a->used << ' ' << a->outs << ' ' << a->ins << ' ' << a->writeOk << ' ' << a->next;
        for (std::size_t i = 0; i < a->count.size(); ++i)
            if (a->count[i] || (i < a->cached.size() && a->cached[i]))
                o << " slot " << i << '=' << a->count[i] << '/' << (i < a->cached.size() ? a->cached[i] : 0);
        u64 store = 0;
        for (const auto& [slot, page] : a->store)
            store += slot * 31 + fnv1a(page.data(), page.size()); // order-free: an unordered_map
        o << " store " << a->store.size() << ' ' << store << '\n';
    }
    o << "policy " << toString(k.policy().kind());
    for (Pfn p : k.policy().order())
        o << ' ' << p;
    o << " active";
    for (Pfn p : k.policy().activeList())
        o << ' ' << p;
    o << "\nio " << k.ioTimeNs() << " swapcache " << k.swapCachePages() << '\n';
    return o.str();
}

} // namespace pagelab::test
