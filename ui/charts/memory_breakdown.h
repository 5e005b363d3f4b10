// What the frames of the machine hold and how full each swap area is, counted from the
// engine's per-frame records (FrameInfo, the kernel's PageMeta, the page cache's dirty map)
// and SwapSpace. Every frame is in exactly one category, so the bar adds up to the RAM.
#pragma once

#include "hw/types.h"

#include <QString>
#include <QVector>

#include <array>

namespace pagelab {
class Session;
}

namespace pagelab::ui {

struct MemoryBreakdown {
    enum Category {
        Free,
        Anon,
        CacheClean,
        CacheDirty,
        Shm,
        PageTables,
        Locked,
        Kernel,
        Device,
        CategoryCount
    };
    std::array<u64, CategoryCount> frames {}; // locked pages count as Locked, whatever backs them
    u64 total = 0;

    struct SwapArea {
        QString name;
        u64 used = 0;
        u64 size = 0;
        bool operator==(const SwapArea&) const = default;
    };
    QVector<SwapArea> swap;

    bool operator==(const MemoryBreakdown&) const = default;

    static MemoryBreakdown of(const Session& state);
    static QString categoryName(Category c);
};

} // namespace pagelab::ui
