// What the physical memory view draws: one small code per frame (its class and the mlock
// mark), made by one cheap pass over the machine's FrameInfo plus the kernel's page metadata
// for user frames, so a 16M-frame machine rebuilds quickly. Words for a frame (owner, every
// mapper, the commands that make sense) are asked for on demand, for one frame at a time.
#pragma once

#include "hw/types.h"

#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace pagelab::ui {

class Player;

enum class FrameClass : u8 { Free, PageTable, Anon, FileClean, FileDirty, Shm, Shared, Kernel, Count };

class FrameMapModel {
public:
    explicit FrameMapModel(const Player& player)
        : player_(player)
    {
    }

    void rebuild();

    u64 frameCount() const { return codes_.size(); }
    FrameClass frameClass(Pfn pfn) const { return FrameClass(codes_[pfn] & kClassMask); }
    bool locked(Pfn pfn) const { return codes_[pfn] & kLockedBit; }
    u32 owner(Pfn pfn) const;     // pid, 0 for the kernel or none
    u8 tableLevel(Pfn pfn) const; // for PageTable frames
    u64 count(FrameClass c) const { return counts_[std::size_t(c)]; }
    // One code a frame (the class in the low bits): the density map reads them in bulk.
    const u8* codes() const { return codes_.data(); }
    static constexpr u8 kClassMask = 0x0f;

    // The frame in words (tooltip): what it holds, for whom, and every mapper.
    QString describe(Pfn pfn) const;
    // (label, command) pairs for a user frame, through its mappers; empty for other frames.
    std::vector<std::pair<QString, QString>> commands(Pfn pfn) const;
    QString processName(u32 pid) const;

private:
    static constexpr u8 kLockedBit = 0x80;
    const Player& player_;
    std::vector<u8> codes_;
    std::array<u64, std::size_t(FrameClass::Count)> counts_ {};
};

QString frameClassName(FrameClass c);

} // namespace pagelab::ui
