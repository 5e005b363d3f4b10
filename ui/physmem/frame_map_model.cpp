#include "physmem/frame_map_model.h"

#include "kernel/kernel.h"
#include "machine/machine.h"
#include "player/player.h"

#include <QCoreApplication>

#include <unordered_set>

namespace pagelab::ui {

namespace {

// lupdate files these strings under the class for its members and under the namespace for
// the free functions below: look in both.
QString tr(const char* text)
{
    const QString t = QCoreApplication::translate("pagelab::ui::FrameMapModel", text);
    return t != QLatin1String(text) ? t : QCoreApplication::translate("pagelab::ui", text);
}

QString hex(u64 v)
{
    return QStringLiteral("0x%1").arg(v, 0, 16);
}

} // namespace

void FrameMapModel::rebuild()
{
    const Session& s = player_.state();
    const Machine& m = s.machine();
    const kernel::Kernel& k = s.kernel();
    const PhysicalMemory& mem = m.memory();
    const u64 n = mem.frameCount();
    // Every code is written below: resize keeps the buffer of the last state (no refill of
    // 16M bytes), and the counts stay in a local array the compiler keeps in registers.
    codes_.resize(n);
    u8* codes = codes_.data();
    std::array<u64, std::size_t(FrameClass::Count)> counts {};
    // Dirty page-cache frames, from the files (few) rather than a lookup per frame.
    std::unordered_set<Pfn> dirty;
    for (const auto& f : k.files())
        for (const auto& [index, isDirty] : f->dirty)
            if (auto it = f->cache.find(index); isDirty && it != f->cache.end())
                dirty.insert(it->second);
    for (Pfn pfn = 0; pfn < n; ++pfn) {
        const FrameInfo& info = mem.info(pfn);
        if (info.use == FrameUse::Free) { // most frames of a big machine: the short way
            codes[pfn] = u8(FrameClass::Free);
            ++counts[std::size_t(FrameClass::Free)];
            continue;
        }
        FrameClass c = FrameClass::Free;
        u8 code = 0;
        switch (info.use) {
        case FrameUse::Free: break;
        case FrameUse::PageTable: c = FrameClass::PageTable; break;
        case FrameUse::Kernel:
        case FrameUse::Device: c = FrameClass::Kernel; break;
        case FrameUse::User: {
            const kernel::PageMeta* meta = k.pageMeta(pfn);
            c = FrameClass::Anon;
            if (meta) {
                if (meta->kind == kernel::Backing::Shm)
                    c = FrameClass::Shm;
                else if (meta->kind == kernel::Backing::File)
                    c = dirty.count(pfn) ? FrameClass::FileDirty : FrameClass::FileClean;
                else if (info.mapCount > 1)
                    c = FrameClass::Shared;
                if (meta->locked)
                    code |= kLockedBit;
            }
            break;
        }
        }
        codes[pfn] = code | u8(c);
        ++counts[std::size_t(c)];
    }
    counts_ = counts;
}

u32 FrameMapModel::owner(Pfn pfn) const
{
    return player_.state().machine().memory().info(pfn).owner;
}

u8 FrameMapModel::tableLevel(Pfn pfn) const
{
    return player_.state().machine().memory().info(pfn).level;
}

QString FrameMapModel::processName(u32 pid) const
{
    for (const auto& p : player_.state().machine().processes())
        if (p->pid == pid)
            return QString::fromStdString(p->name);
    return {};
}

QString FrameMapModel::describe(Pfn pfn) const
{
    if (pfn >= frameCount())
        return {};
    const Session& s = player_.state();
    const FrameInfo& info = s.machine().memory().info(pfn);
    QString text = tr("Frame %1 (physical %2): ").arg(pfn).arg(hex(pfn << kPageShift));
    const FrameClass c = frameClass(pfn);
    text += frameClassName(c);
    if (c == FrameClass::PageTable) {
        static const char* names[] = { "", "PT", "PD", "PDPT", "PML4", "PML5" };
        text += QStringLiteral(" (%1, level %2)")
                    .arg(QLatin1String(names[std::min<int>(info.level, 5)]))
                    .arg(info.level);
    }
    if (info.owner)
        text += QLatin1Char('\n') + tr("Owner: %1 (pid %2)").arg(processName(info.owner)).arg(info.owner);
    if (locked(pfn))
        text += QLatin1Char('\n') + tr("Locked in memory (mlock): reclaim leaves it alone");
    if (info.use == FrameUse::User) {
        if (const auto slot = s.kernel().swapCacheSlotOf(pfn)) {
            const auto* area = s.kernel().swapSpace().byType(slot->type);
            text += QLatin1Char('\n')
                + tr("In the swap cache: slot %1 of %2")
                      .arg(slot->offset)
                      .arg(area ? QString::fromStdString(area->name) : QString());
        }
        const auto& mappers = s.kernel().rmapOf(pfn);
        if (mappers.empty())
            text += QLatin1Char('\n') + tr("Mapped by no one (held by the page cache or shm object)");
        for (const auto& [pid, va] : mappers)
            text += QLatin1Char('\n')
                + tr("Mapped by %1 (pid %2) at %3").arg(processName(pid)).arg(pid).arg(hex(va));
    }
    return text;
}

std::vector<std::pair<QString, QString>> FrameMapModel::commands(Pfn pfn) const
{
    std::vector<std::pair<QString, QString>> out;
    if (pfn >= frameCount())
        return out;
    const Session& s = player_.state();
    if (s.machine().memory().info(pfn).use != FrameUse::User)
        return out;
    bool first = true;
    for (const auto& [pid, va] : s.kernel().rmapOf(pfn)) {
        const QString name = processName(pid);
        if (name.isEmpty())
            continue;
        const QString at = hex(va);
        out.emplace_back(
            tr("Read through %1 at %2").arg(name, at), QStringLiteral("read %1 %2").arg(name, at));
        if (!first)
            continue;
        first = false;
        out.emplace_back(
            tr("Write through %1 at %2").arg(name, at), QStringLiteral("write %1 %2 0").arg(name, at));
        if (locked(pfn))
            out.emplace_back(
                tr("munlock it in %1").arg(name), QStringLiteral("munlock %1 %2 4096").arg(name, at));
        else
            out.emplace_back(
                tr("mlock it in %1").arg(name), QStringLiteral("mlock %1 %2 4096").arg(name, at));
        out.emplace_back(
            tr("munmap it from %1").arg(name), QStringLiteral("munmap %1 %2 4096").arg(name, at));
    }
    return out;
}

QString frameClassName(FrameClass c)
{
    switch (c) {
    case FrameClass::Free: return tr("free");
    case FrameClass::PageTable: return tr("page table");
    case FrameClass::Anon: return tr("user page (anonymous)");
    case FrameClass::FileClean: return tr("page cache, clean");
    case FrameClass::FileDirty: return tr("page cache, dirty");
    case FrameClass::Shm: return tr("shared memory (shm)");
    case FrameClass::Shared: return tr("user page shared by several mappers (copy-on-write)");
    case FrameClass::Kernel: return tr("kernel");
    case FrameClass::Count: break;
    }
    return {};
}

} // namespace pagelab::ui
