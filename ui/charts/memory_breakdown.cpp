#include "charts/memory_breakdown.h"

#include "kernel/kernel.h"
#include "machine/session.h"

#include <QObject>

#include <unordered_map>

namespace pagelab::ui {

MemoryBreakdown MemoryBreakdown::of(const Session& state)
{
    MemoryBreakdown b;
    const Machine& m = state.machine();
    const kernel::Kernel& k = state.kernel();
    std::unordered_map<u32, const kernel::File*> files;
    for (const auto& f : k.files())
        files[f->id] = f.get();
    const PhysicalMemory& mem = m.memory();
    b.total = mem.frameCount();
    for (Pfn pfn = 0; pfn < b.total; ++pfn) {
        const FrameInfo& info = mem.info(pfn);
        switch (info.use) {
        case FrameUse::Free: ++b.frames[Free]; continue;
        case FrameUse::PageTable: ++b.frames[PageTables]; continue;
        case FrameUse::Kernel: ++b.frames[Kernel]; continue;
        case FrameUse::Device: ++b.frames[Device]; continue;
        case FrameUse::User: break;
        }
        const kernel::PageMeta* meta = k.pageMeta(pfn);
        if (!meta) {
            ++b.frames[Anon]; // a frame a `pte` command pointed at: user data without a kernel owner
            continue;
        }
        if (meta->locked) {
            ++b.frames[Locked];
            continue;
        }
        switch (meta->kind) {
        case kernel::Backing::Anon: ++b.frames[Anon]; break;
        case kernel::Backing::Shm: ++b.frames[Shm]; break;
        case kernel::Backing::Device: ++b.frames[Device]; break;
        case kernel::Backing::File: {
            const auto f = files.find(meta->object);
            bool dirty = false;
            if (f != files.end()) {
                const auto d = f->second->dirty.find(meta->index);
                dirty = d != f->second->dirty.end() && d->second;
            }
            ++b.frames[dirty ? CacheDirty : CacheClean];
            break;
        }
        }
    }
    for (const kernel::SwapArea* a : k.swapSpace().areas())
        b.swap.push_back({ QString::fromStdString(a->name), a->used, a->size });
    return b;
}

QString MemoryBreakdown::categoryName(Category c)
{
    switch (c) {
    case Free: return QObject::tr("free");
    case Anon: return QObject::tr("user anonymous");
    case CacheClean: return QObject::tr("page cache, clean");
    case CacheDirty: return QObject::tr("page cache, dirty");
    case Shm: return QObject::tr("shared memory");
    case PageTables: return QObject::tr("page tables");
    case Locked: return QObject::tr("locked (mlock)");
    case Kernel: return QObject::tr("kernel");
    case Device: return QObject::tr("device");
    case CategoryCount: break;
    }
    return {};
}

} // namespace pagelab::ui
