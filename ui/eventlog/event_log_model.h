// The journal as a table: one row per event the engine recorded, in order. Rows are appended
// after each run; when the journal restarts (a `machine` command) the model resets.
#pragma once

#include "journal/journal.h"
#include "machine/session.h"

#include <QAbstractTableModel>
#include <QHash>

namespace pagelab::ui {

class EventLogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { IndexColumn, CommandColumn, EventColumn, DescriptionColumn, ColumnCount };

    // The journal must outlive the model (the EngineAdapter's Session owns it).
    explicit EventLogModel(const Journal& journal, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Catches up with the journal after a run: `source` and `file` label each event with the
    // command line it came from.
    void update(const RunOutcome& outcome, const QString& source, const QString& file);
    // Catches up without labels (the journal changed outside a run).
    void update();

    // The sentence for one event, translated when a translation is loaded.
    static QString describe(const Event& event);

private:
    struct Label {
        QString text;     // the command's source line
        QString location; // FILE:LINE
    };
    void catchUp(bool restarted);

    const Journal& journal_;
    int rows_ = 0;
    QHash<u32, Label> labels_; // by Event::command
};

} // namespace pagelab::ui
