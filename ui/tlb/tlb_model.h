// The TLB as a table: one row per slot, L1 set-major then way, then the STLB (as Tlb::l1()
// and Tlb::stlb() hold them). Rebuilt on stateChanged; the overlay (the set a lookup probes,
// the slot a fill writes, the entries INVLPG or a flush removes) follows the player's focused
// event on cursorMoved.
#pragma once

#include "hw/tlb.h"

#include <QAbstractTableModel>
#include <QColor>

#include <vector>

namespace pagelab::ui {

class Player;
class Theme;

class TlbModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        LevelColumn,
        SetColumn,
        WayColumn,
        PageColumn,
        FrameColumn,
        PcidColumn,
        SizeColumn,
        FlagsColumn,
        LruColumn,
        ColumnCount
    };
    // What the focused event does to a row.
    enum class Mark { None, LookupHit, LookupMiss, Filled, Removed };
    enum Role { PcidRole = Qt::UserRole + 1, MarkRole, ValidRole, HighlightedRole };

    struct Row {
        TlbLevel level = TlbLevel::L1;
        u32 set = 0;
        u32 way = 0;
        TlbEntry entry;
        int lruRank = 0; // 0 = most recently used valid entry of its set
    };

    TlbModel(Player& player, const Theme& theme, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Row& row(int r) const { return rows_[std::size_t(r)]; }
    // Row of a slot, or -1.
    int rowOf(TlbLevel level, u32 set, u32 way) const;
    Mark mark(int r) const;
    // The entry a row shows: the slot's, or, when the focused event removed it and the slot is
    // already empty (the player is at the command's end), the removed entry, struck out.
    TlbEntry shownEntry(int r) const;
    // The row shows a removed entry its slot no longer holds.
    bool isGhost(int r) const;
    // Rows the focused event touches (empty when it is not a TLB event).
    std::vector<int> markedRows() const;
    // A sentence about the focused TLB event ("" when it is not one).
    QString eventText() const { return eventText_; }
    bool hasStlb() const { return stlbRows_ > 0; }

    // Lesson highlights: ids of the form tlb.set.<n>, tlb.entry.<set>.<way>, tlb.stlb.
    void setHighlights(const QStringList& ids);
    bool highlighted(int r) const;

    // Re-reads the TLB from the player's state (stateChanged).
    void rebuild();
    // Re-reads the focused event (cursorMoved).
    void updateOverlay();

private:
    QColor markColor(Mark m) const;
    // Marks the entries removed by the focused event: itself when it is a TlbEntryRemoved, the
    // TlbEntryRemoved events just before it when it is the TlbInvalidate/TlbFlush they belong to.
    // Returns how it names them ("L1 set 1 way 0 (0x1000)", ...).
    QString markRemoved();

    Player& player_;
    const Theme& theme_;
    std::vector<Row> rows_;
    u32 l1Ways_ = 0;
    u32 l1Sets_ = 0;
    u32 stlbWays_ = 0;
    int stlbRows_ = 0;
    // Overlay.
    Mark overlayMark_ = Mark::None;
    TlbLevel overlayLevel_ = TlbLevel::L1;
    u32 overlaySet_ = 0;
    int overlayWay_ = -1;     // -1: the whole set
    int overlayStlbSet_ = -1; // a miss in both levels also marks this STLB set
    QString eventText_;
    std::vector<std::pair<int, TlbEntry>> removed_; // row, the entry it held
    // Highlights.
    std::vector<u32> hlSets_;
    std::vector<std::pair<u32, u32>> hlEntries_;
    bool hlStlb_ = false;
};

} // namespace pagelab::ui
