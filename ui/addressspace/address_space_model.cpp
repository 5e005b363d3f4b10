#include "addressspace/address_space_model.h"

#include "hw/paging_entry.h"
#include "kernel/kernel.h"
#include "machine/machine.h"
#include "machine/session.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace pagelab::ui {

namespace {

using kernel::Kernel;

QString hex(u64 v, int width = 0)
{
    return QStringLiteral("%1").arg(v, width, 16, QLatin1Char('0'));
}

// The length of a stretch of `pages` pages on the axis: linear for small VMAs (each page
// readable at first sight), logarithmic beyond, so a 1 GiB heap does not crush a 4 KiB stack.
double stretchLength(u64 pages)
{
    const double p = double(pages);
    return p <= 16 ? p : 16 + 6 * std::log2(p / 16);
}

const kernel::File* fileOf(const Kernel& k, u32 id)
{
    for (const auto& f : k.files())
        if (f->id == id)
            return f.get();
    return nullptr;
}

// The state of one non-empty PTE, as the kernel's own bookkeeping says.
PageRecord classify(const Session& s, const kernel::Vma& vma, u64 index, u64 entry)
{
    const Kernel& k = s.kernel();
    const Machine& m = s.machine();
    PageRecord r;
    r.index = index;
    r.entry = entry;
    if (Kernel::isSwapPte(entry)) {
        r.state = PageState::Swapped;
        const auto slot = Kernel::swapPteSlot(entry);
        if (const auto* area = k.swapSpace().byType(slot.type))
            r.swapArea = QString::fromStdString(area->name);
        return r;
    }
    if (!(entry & (pte::P | Kernel::kPteProtNone))) {
        r.state = PageState::Untouched; // a hand-written entry with P clear: nothing mapped
        return r;
    }
    r.pfn = entryAddress(m.cpu().mode, entry) >> kPageShift;
    if (!(entry & pte::P))
        r.state = PageState::ProtNone;
    if (!m.memory().containsFrame(r.pfn) || vma.backing == kernel::Backing::Device) {
        r.state = PageState::Device;
        return r;
    }
    const kernel::PageMeta* meta = k.pageMeta(r.pfn);
    r.locked = meta && meta->locked;
    if (r.state == PageState::ProtNone)
        return r;
    const FrameInfo& info = m.memory().info(r.pfn);
    if (!meta) {
        r.state = PageState::Resident;
    } else if (meta->kind == kernel::Backing::Shm) {
        r.state = PageState::Shared;
    } else if (meta->kind == kernel::Backing::File) {
        const kernel::File* f = fileOf(k, meta->object);
        const bool dirty = (entry & pte::D) || (f && f->dirty.count(meta->index) && f->dirty.at(meta->index));
        r.state = dirty ? PageState::FileDirty : PageState::FileClean;
        if (info.mapCount > 1 && !dirty)
            r.state = PageState::Shared;
    } else {
        r.state = info.mapCount > 1 ? PageState::Shared : PageState::Resident; // COW-shared after fork
    }
    return r;
}

// Every non-empty 4 KiB PTE of [vma.start, vma.end), skipping whole tables that are absent:
// one inspect() per table, then the table's entries read straight from memory.
void scanPages(const Session& s, const Process& p, VmaBand& band, const kernel::Vma& vma)
{
    const Machine& m = s.machine();
    const CpuState cpu = m.cpuFor(p);
    const PagingGeometry& g = geometry(cpu.mode);
    // inspect() changes nothing; the machine only hands out its editor non-const.
    const PageTableEditor& editor = const_cast<Machine&>(m).editor();
    const u64 tableEntries = u64 { 1 } << g.indexBits(1);
    VAddr va = vma.start;
    while (va < vma.end && band.pages.size() < (u64 { 1 } << 24)) {
        const auto levels = editor.inspect(cpu, va);
        if (levels.empty())
            return;
        const WalkLevel& last = levels.back();
        const int shift = g.shift(last.level);
        const VAddr next = ((va >> shift) + 1) << shift;
        if (last.level == 1) {
            const PAddr table = last.entryAddr - g.index(va, 1) * u64(g.entryBytes);
            for (u64 i = g.index(va, 1); i < tableEntries && va < vma.end; ++i, va += kPageSize) {
                const u64 e = m.memory().read(table + i * u64(g.entryBytes), unsigned(g.entryBytes));
                if (e)
                    band.pages.push_back(classify(s, vma, (va - vma.start) >> kPageShift, e));
            }
            continue;
        }
        if ((last.entry & pte::P) && isLeaf(cpu, last.level, last.entry)) {
            // A large page (set by hand with `pte ... ps`): every 4 KiB page in it is resident.
            for (; va < next && va < vma.end; va += kPageSize) {
                PageRecord r;
                r.index = (va - vma.start) >> kPageShift;
                r.entry = last.entry;
                r.pfn = (largePageBase(cpu.mode, last.entry, g.leafSize(last.level))
                            + (va & ((u64 { 1 } << shift) - 1)))
                    >> kPageShift;
                r.state = PageState::Resident;
                band.pages.push_back(r);
            }
            continue;
        }
        va = std::max(next, va + kPageSize); // the whole range under a missing entry is empty
    }
}

} // namespace

const PageRecord* VmaBand::page(u64 index) const
{
    auto it = std::lower_bound(
        pages.begin(), pages.end(), index, [](const PageRecord& r, u64 i) { return r.index < i; });
    return it != pages.end() && it->index == index ? &*it : nullptr;
}

std::pair<const PageRecord*, const PageRecord*> VmaBand::pagesIn(u64 first, u64 last) const
{
    auto cmp = [](const PageRecord& r, u64 i) { return r.index < i; };
    auto a = std::lower_bound(pages.begin(), pages.end(), first, cmp);
    auto b = std::lower_bound(a, pages.end(), last, cmp);
    const PageRecord* base = pages.data();
    return { base + (a - pages.begin()), base + (b - pages.begin()) };
}

const VmaBand* ProcessLane::vmaAt(VAddr va) const
{
    for (const VmaBand& v : vmas)
        if (va >= v.start && va < v.end)
            return &v;
    return nullptr;
}

void AddressSpaceModel::rebuild(const Session& session)
{
    lanes_.clear();
    const Machine& m = session.machine();
    const Kernel& k = session.kernel();
    for (const auto& proc : m.processes()) {
        ProcessLane lane;
        lane.pid = proc->pid;
        lane.name = QString::fromStdString(proc->name);
        lane.cr3 = u64(proc->topTable) << kPageShift;
        if (k.oomKilled(*proc)) {
            lane.killed = true;
            if (const auto* report = k.oomKillOf(proc->pid)) {
                lane.oomPoints = report->points;
                lane.oomReason = QString::fromStdString(report->reason);
            }
        }
        // None yet at the event that creates the process, before the kernel has made its mm.
        if (const kernel::Mm* mm = k.findMm(*proc)) {
            for (const kernel::Vma* v : mm->vmas.list()) {
                VmaBand band;
                band.start = v->start;
                band.end = v->end;
                band.flags = v->flags;
                band.label = QString::fromStdString(v->label);
                band.mapsLine = QStringLiteral("%1-%2 %3 %4 %5")
                                    .arg(hex(v->start, 8), hex(v->end, 8),
                                        QString::fromStdString(kernel::vmFlagsText(v->flags)),
                                        hex(v->pgoff << kPageShift, 8), band.label);
                scanPages(session, *proc, band, *v);
                lane.vmas.push_back(std::move(band));
            }
        }
        lanes_.push_back(std::move(lane));
    }
    // The OOM killer's victims that are gone: a lane each (the last report per pid).
    const std::size_t living = lanes_.size();
    for (const auto& report : k.oomKills()) {
        if (k.oomKillOf(report.pid) != &report)
            continue;
        const bool listed = std::any_of(lanes_.begin(), lanes_.begin() + std::ptrdiff_t(living),
            [&](const ProcessLane& l) { return l.pid == report.pid; });
        if (listed)
            continue;
        ProcessLane lane;
        lane.pid = report.pid;
        lane.name = QString::fromStdString(report.name);
        lane.killed = lane.gone = true;
        lane.oomPoints = report.points;
        lane.oomReason = QString::fromStdString(report.reason);
        lanes_.push_back(std::move(lane));
    }
    buildAxis();
}

void AddressSpaceModel::buildAxis()
{
    std::vector<std::pair<VAddr, VAddr>> ranges;
    for (const ProcessLane& l : lanes_)
        for (const VmaBand& v : l.vmas)
            ranges.emplace_back(v.start, v.end);
    std::sort(ranges.begin(), ranges.end());
    segments_.clear();
    for (const auto& [s, e] : ranges) {
        if (!segments_.empty() && s <= segments_.back().end)
            segments_.back().end = std::max(segments_.back().end, e);
        else
            segments_.push_back({ s, e, 0, 0 });
    }
    double u = kGap;
    for (AxisSegment& seg : segments_) {
        seg.u0 = u;
        seg.length = stretchLength((seg.end - seg.start) >> kPageShift);
        u += seg.length + kGap;
    }
    total_ = u;
}

const ProcessLane* AddressSpaceModel::lane(const QString& nameOrPid) const
{
    bool isNumber = false;
    const uint pid = nameOrPid.toUInt(&isNumber);
    for (const ProcessLane& l : lanes_)
        if (l.name == nameOrPid || (isNumber && l.pid == pid))
            return &l;
    return nullptr;
}

double AddressSpaceModel::unitOf(VAddr va) const
{
    for (const AxisSegment& s : segments_) {
        if (va < s.start)
            return s.u0 - kGap / 2;
        if (va <= s.end)
            return s.u0 + s.length * double(va - s.start) / double(s.end - s.start);
    }
    return total_;
}

const AxisSegment* AddressSpaceModel::segmentAt(double u) const
{
    auto it = std::upper_bound(
        segments_.begin(), segments_.end(), u, [](double x, const AxisSegment& s) { return x < s.u0; });
    if (it == segments_.begin())
        return nullptr;
    --it;
    return u < it->u0 + it->length ? &*it : nullptr;
}

VAddr AddressSpaceModel::addressAt(const AxisSegment& s, double u) const
{
    const double f = std::clamp((u - s.u0) / s.length, 0.0, 1.0);
    const VAddr va = s.start + VAddr(f * double(s.end - s.start));
    return std::min(va, s.end - 1);
}

QString pageStateName(PageState s)
{
    auto tr = [](const char* t) { return QCoreApplication::translate("pagelab::ui", t); };
    switch (s) {
    case PageState::Unmapped: return tr("unmapped");
    case PageState::Untouched: return tr("not yet touched");
    case PageState::Resident: return tr("resident");
    case PageState::Swapped: return tr("swapped out");
    case PageState::FileClean: return tr("file-backed, clean");
    case PageState::FileDirty: return tr("file-backed, dirty");
    case PageState::Shared: return tr("shared");
    case PageState::Device: return tr("device memory");
    case PageState::ProtNone: return tr("PROT_NONE (frame kept, not present)");
    }
    return {};
}

} // namespace pagelab::ui
