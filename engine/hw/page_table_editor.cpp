#include "hw/page_table_editor.h"

#include "hw/paging_entry.h"
#include "journal/journal.h"

namespace pagelab {

namespace {

// Reads an entry; outside simulated RAM it reads as 0 (not present), as in the walk.
u64 readEntry(const PhysicalMemory& mem, PAddr addr, unsigned bytes)
{
    return mem.contains(addr, bytes) ? mem.read(addr, bytes) : 0;
}

} // namespace

PageTableEditor::PageTableEditor(PhysicalMemory& mem, Journal* journal)
    : mem_(mem)
    , journal_(journal)
{
}

std::optional<PAddr> PageTableEditor::ensureEntry(
    const CpuState& cpu, VAddr va, int level, const std::function<std::optional<Pfn>(int tableLevel)>& alloc)
{
    const PagingMode mode = cpu.mode;
    const PagingGeometry& g = geometry(mode);
    if (level < 1 || level > g.levels || !isCanonical(mode, va))
        return std::nullopt;
    const unsigned bytes = static_cast<unsigned>(g.entryBytes);
    PAddr table = cpu.tableBase();
    for (int l = g.levels; l > level; --l) {
        const PAddr entryAddr = table + g.index(va, l) * bytes;
        if (!mem_.contains(entryAddr, bytes))
            return std::nullopt;
        u64 entry = mem_.read(entryAddr, bytes);
        if (!(entry & pte::P)) {
            const auto pfn = alloc(l - 1);
            if (!pfn || !mem_.containsFrame(*pfn))
                return std::nullopt;
            mem_.zeroFrame(*pfn); // a new table starts with every entry not present
            // A PAE PDPTE has only P: R/W and U/S are reserved there (SDM table 4-8).
            const u64 flags = (mode == PagingMode::Pae && l == 3) ? pte::P : (pte::P | pte::RW | pte::US);
            entry = (*pfn << kPageShift) | flags;
            writeEntry(entryAddr, l, entry, mode);
        } else if (isLeaf(cpu, l, entry)) { // never true for a PAE PDPTE
            return std::nullopt;            // a large page maps this address above `level`
        }
        table = entryAddress(mode, entry);
    }
    const PAddr entryAddr = table + g.index(va, level) * bytes;
    if (!mem_.contains(entryAddr, bytes))
        return std::nullopt;
    return entryAddr;
}

void PageTableEditor::writeEntry(PAddr entryAddr, int level, u64 value, PagingMode mode)
{
    const unsigned bytes = static_cast<unsigned>(geometry(mode).entryBytes);
    if (bytes == 4)
        value &= 0xffff'ffffull;
    const u64 old = readEntry(mem_, entryAddr, bytes);
    mem_.write(entryAddr, value, bytes);
    record(journal_, ev::PteWrite { static_cast<u8>(level), entryAddr, old, value });
}

std::vector<WalkLevel> PageTableEditor::inspect(const CpuState& cpu, VAddr va) const
{
    const WalkPath p = path(cpu, va);
    return std::vector<WalkLevel>(p.begin(), p.end());
}

} // namespace pagelab
