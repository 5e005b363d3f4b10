#include "presentation/zoom_label.h"

#include "eventlog/event_log_model.h"

#include <optional>
#include <type_traits>

namespace pagelab::ui {

namespace {

constexpr u64 kPageMask = ~u64(0xfff);

QString hex(u64 value)
{
    return QStringLiteral("0x") + QString::number(value, 16);
}

// The user address an event is about, if it names one.
template <typename E>
std::optional<u64> addressOf(const E& e)
{
    if constexpr (requires { e.va; })
        return e.va;
    else if constexpr (requires { e.cr2; })
        return e.cr2;
    else if constexpr (requires { e.user; })
        return e.user;
    else if constexpr (requires { e.addr; })
        return e.addr;
    else
        return std::nullopt;
}

template <typename E>
QString frameLabel(const E& e)
{
    if constexpr (requires { e.newPfn; })
        return ZoomLabel::tr("Frame %1").arg(e.newPfn);
    else if constexpr (requires { e.pfn; })
        return ZoomLabel::tr("Frame %1").arg(e.pfn);
    else if constexpr (requires { e.entryAddr; })
        return ZoomLabel::tr("Frame %1 (a page table)").arg(e.entryAddr >> 12);
    else
        return {};
}

template <typename E>
QString walkLabel(const E& e)
{
    if constexpr (requires {
                      e.level;
                      e.index;
                  })
        return ZoomLabel::tr("Level %1 entry %2").arg(int(e.level)).arg(e.index);
    else if constexpr (std::is_same_v<E, ev::AccessedSet>)
        return ZoomLabel::tr("Level %1 entry: A set").arg(int(e.level));
    else if constexpr (std::is_same_v<E, ev::DirtySet>)
        return ZoomLabel::tr("Level %1 entry: D set").arg(int(e.level));
    else if constexpr (requires { e.entryAddr; })
        return ZoomLabel::tr("Level %1 entry").arg(int(e.level));
    else if (const auto va = addressOf(e))
        return ZoomLabel::tr("Address %1").arg(hex(*va));
    else
        return {};
}

template <typename E>
QString tlbLabel(const E& e)
{
    if constexpr (requires {
                      e.set;
                      e.way;
                  })
        return ZoomLabel::tr("TLB set %1, way %2").arg(e.set).arg(e.way);
    else if constexpr (requires { e.va; })
        return ZoomLabel::tr("TLB entry for %1").arg(hex(e.va & kPageMask));
    else
        return {};
}

template <typename E>
QString swapLabel(const E& e)
{
    if constexpr (requires {
                      e.area;
                      e.slot;
                  })
        return ZoomLabel::tr("Swap area %1, slot %2").arg(QString::fromStdString(e.area)).arg(e.slot);
    else
        return {};
}

template <typename E>
QString uaccessLabel(const E& e)
{
    if constexpr (requires { e.routine; }) {
        const QString routine = QString::fromStdString(e.routine);
        if (const auto va = addressOf(e))
            return ZoomLabel::tr("%1 at %2").arg(routine, hex(*va));
        return routine;
    } else {
        return {};
    }
}

} // namespace

QString ZoomLabel::of(const QString& viewId, const Event& event)
{
    const QString label = std::visit(
        [&viewId](const auto& e) -> QString {
            if (viewId == QLatin1String("frames"))
                return frameLabel(e);
            if (viewId == QLatin1String("space")) {
                if (const auto va = addressOf(e))
                    return tr("Page %1").arg(hex(*va & kPageMask));
                return {};
            }
            if (viewId == QLatin1String("walk"))
                return walkLabel(e);
            if (viewId == QLatin1String("tlb"))
                return tlbLabel(e);
            if (viewId == QLatin1String("swap"))
                return swapLabel(e);
            if (viewId == QLatin1String("uaccess"))
                return uaccessLabel(e);
            return {};
        },
        event.data);
    return label.isEmpty() ? EventLogModel::describe(event) : label;
}

} // namespace pagelab::ui
