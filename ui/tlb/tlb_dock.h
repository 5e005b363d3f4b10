// The TLB view: every slot of the L1 TLB (and the STLB when configured) as a table with its
// virtual page, frame, PCID, flags, page size and LRU rank in its set. The set a lookup
// probes flashes (hit or miss colour), the slot a fill writes flashes, the entries INVLPG or
// a flush removes flash in the Fault colour, struck out (the sentence names them); hit and
// miss counters; a PCID filter; a context menu asks for `invlpg` and `flush_tlb` commands.
//
// Highlight ids (lessons): tlb.set.<n> (L1 set n), tlb.entry.<set>.<way> (one L1 slot),
// tlb.stlb (every STLB slot). Numbers are decimal.
#pragma once

#include "common/view_dock.h"
#include "hw/types.h"

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace pagelab::ui {

class TlbModel;

class TlbDock : public ViewDock {
    Q_OBJECT

public:
    TlbDock(Player& player, Theme& theme, QWidget* parent = nullptr);

    void setHighlights(const QStringList& ids) override;
    QRect focusRect() const override;
    bool revealElement(const QString& id) override;

    TlbModel* model() const { return model_; }
    QTableView* view() const { return view_; }
    QComboBox* pcidFilter() const { return pcidFilter_; }
    QLabel* counters() const { return counters_; }
    QLabel* eventLabel() const { return eventLabel_; }
    // The commands the context menu offers for a row of the model ("" entries skipped).
    QStringList commandsFor(int modelRow) const;

protected:
    Element element(const QString& id) const override;

private:
    // The model rows an id names (a set's ways, one slot, every STLB slot), first to last.
    std::pair<int, int> rowsOf(const QString& id) const;
    void rebuild();
    void updateOverlay();
    void applyTheme();
    void applyPcidFilter();
    void showContextMenu(const QPoint& pos);
    // The process whose name an `invlpg` for this PCID names: the one tagged with it when
    // PCIDs are on, else the running process.
    QString processFor(u16 pcid, bool global) const;

    TlbModel* model_ = nullptr;
    QSortFilterProxyModel* proxy_ = nullptr;
    QTableView* view_ = nullptr;
    QComboBox* pcidFilter_ = nullptr;
    QLabel* counters_ = nullptr;
    QLabel* eventLabel_ = nullptr;
};

} // namespace pagelab::ui
