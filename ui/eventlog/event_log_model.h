// The journal as a table: one row per event the engine recorded, in order, up to the
// player's cursor. Rows are appended as the player steps on and removed as it steps back.
#pragma once

#include "journal/journal.h"

#include <QAbstractTableModel>

namespace pagelab::ui {

class Player;

class EventLogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { IndexColumn, CommandColumn, EventColumn, DescriptionColumn, ColumnCount };

    explicit EventLogModel(const Player& player, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Follows the player: rows up to its cursor (connected to Player::cursorMoved).
    void sync();

    // The sentence for one event, translated when a translation is loaded.
    static QString describe(const Event& event);

private:
    const Player& player_;
    i64 firstCommand_ = -1; // Event::command of the journal's first event, -1 when empty
    int rows_ = 0;
};

} // namespace pagelab::ui
