#include "translation/walk_model.h"

#include "hw/page_walker.h"
#include "hw/paging_entry.h"
#include "journal/journal.h"

#include <QObject>

namespace pagelab::ui {

QString levelWord(int level)
{
    switch (level) {
    case 5: return QStringLiteral("pml5");
    case 4: return QStringLiteral("pml4");
    case 3: return QStringLiteral("pdpt");
    case 2: return QStringLiteral("pd");
    case 1: return QStringLiteral("pt");
    default: return QStringLiteral("offset");
    }
}

QString levelTitle(int level)
{
    return level == 0 ? QObject::tr("Offset") : levelWord(level).toUpper();
}

namespace {

int leafLevelOf(PageSize s)
{
    switch (s) {
    case PageSize::Size4K: return 1;
    case PageSize::Size2M:
    case PageSize::Size4M: return 2;
    case PageSize::Size1G: return 3;
    }
    return 1;
}

} // namespace

WalkPicture buildWalkPicture(const Journal& journal, std::size_t end, long long focused, const CpuState& cpu)
{
    WalkPicture pic;
    const std::vector<Event>& events = journal.events();
    end = std::min(end, events.size());
    // An access starts at its TLB lookup (a write through a clean entry looks up, then walks);
    // a `pte` look-up at its WalkInspected.
    std::size_t begin = end;
    while (begin > 0) {
        --begin;
        if (std::holds_alternative<ev::TlbLookup>(events[begin].data)
            || std::holds_alternative<ev::WalkInspected>(events[begin].data)) {
            pic.valid = true;
            break;
        }
    }
    if (!pic.valid)
        return pic;
    pic.mode = cpu.mode;
    auto focus = [&](std::size_t i, const QString& id) {
        if (focused >= 0 && std::size_t(focused) == i)
            pic.focusedId = id;
    };
    for (std::size_t i = begin; i < end && !pic.finished(); ++i) {
        const EventData& d = events[i].data;
        if (const auto* in = std::get_if<ev::WalkInspected>(&d)) {
            if (i != begin) // another look-up began
                break;
            pic.inspected = *in;
            pic.va = in->va;
            pic.mode = in->mode;
            // Drawn like an access's CR3 row; op and privilege stay unset: nothing is accessed.
            pic.start = ev::WalkStart { in->va, in->mode, in->tableBase, AccessOp::Read, Privilege::User };
            pic.startEvent = i;
            focus(i, QStringLiteral("walk.cr3"));
        } else if (const auto* l = std::get_if<ev::TlbLookup>(&d)) {
            if (pic.tlb || pic.inspected) // another access began
                break;
            pic.tlb = *l;
            pic.tlbEvent = i;
            pic.va = l->va;
            if (l->hit)
                pic.leafLevel = leafLevelOf(l->size);
            focus(i, QStringLiteral("walk.tlb"));
        } else if (const auto* s = std::get_if<ev::WalkStart>(&d)) {
            if (pic.inspected)
                break;
            pic.start = *s;
            pic.startEvent = i;
            pic.mode = s->mode;
            pic.op = s->op;
            pic.priv = s->priv;
            pic.entries.clear(); // a re-walk (D update) replaces the picture of the walk
            focus(i, QStringLiteral("walk.cr3"));
        } else if (const auto* r = std::get_if<ev::WalkRead>(&d)) {
            WalkEntryStep step;
            step.level = r->level;
            step.index = r->index;
            step.entryAddr = r->entryAddr;
            step.entry = r->entry;
            step.event = i;
            if (r->entry & 1) {
                step.reserved = hasReservedBits(cpu, r->level, r->entry);
                step.leaf = isLeaf(cpu, r->level, r->entry);
                if (step.leaf)
                    pic.leafLevel = r->level;
            }
            pic.entries.push_back(step);
            focus(i, QStringLiteral("walk.entry.") + levelWord(r->level));
        } else if (const auto* a = std::get_if<ev::AccessedSet>(&d)) {
            for (WalkEntryStep& e : pic.entries)
                if (e.level == a->level && e.entryAddr == a->entryAddr)
                    e.accessedSet = true;
            focus(i, QStringLiteral("walk.entry.") + levelWord(a->level));
        } else if (const auto* ds = std::get_if<ev::DirtySet>(&d)) {
            for (WalkEntryStep& e : pic.entries)
                if (e.level == ds->level && e.entryAddr == ds->entryAddr)
                    e.dirtySet = true;
            focus(i, QStringLiteral("walk.entry.") + levelWord(ds->level));
        } else if (const auto* f = std::get_if<ev::PageFault>(&d)) {
            pic.fault = *f;
            pic.resultEvent = i;
            focus(i, QStringLiteral("walk.result"));
        } else if (const auto* t = std::get_if<ev::Translated>(&d)) {
            pic.translated = *t;
            pic.resultEvent = i;
            pic.leafLevel = leafLevelOf(t->size);
            focus(i, QStringLiteral("walk.result"));
        }
    }
    return pic;
}

std::optional<PAddr> WalkPicture::inspectedAddress() const
{
    if (!inspected || !finished() || entries.empty())
        return std::nullopt;
    const WalkEntryStep& last = entries.back();
    if (!last.leaf || last.reserved)
        return std::nullopt;
    const PageSize size = geometry(mode).leafSize(last.level);
    const PAddr base
        = last.level > 1 ? largePageBase(mode, last.entry, size) : entryAddress(mode, last.entry);
    return base + (va & (pageSizeBytes(size) - 1));
}

} // namespace pagelab::ui
