#include "eventlog/event_log_model.h"

#include "common/engine_message.h"
#include "journal/message.h"
#include "player/player.h"

#include <QCoreApplication>

#include <limits>

namespace pagelab::ui {

namespace {

// The engine's message keys are translated under this context (see translations/README.md).
constexpr const char* kMessageContext = "EventMessage";

int clampRows(std::size_t n)
{
    return static_cast<int>(std::min<std::size_t>(n, std::numeric_limits<int>::max()));
}

} // namespace

EventLogModel::EventLogModel(const Player& player, QObject* parent)
    : QAbstractTableModel(parent)
    , player_(player)
{
    sync();
}

int EventLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : rows_;
}

int EventLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventLogModel::describe(const Event& event)
{
    return translatedMessage(kMessageContext, pagelab::describe(event.data));
}

QVariant EventLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // The player's journal, not the one of the last sync: a view may paint between a new
    // session (Player::load) and the cursorMoved that syncs the rows.
    const std::vector<Event>& events = player_.journal().events();
    if (static_cast<std::size_t>(index.row()) >= events.size())
        return {};
    const Event& event = events[static_cast<std::size_t>(index.row())];
    const Player::QueuedCommand* command = player_.historyCommand(event.command);

    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IndexColumn: return index.row() + 1;
        case CommandColumn: return command ? QString::fromStdString(command->cmd.text) : QString();
        case EventColumn: return QString::fromUtf8(eventName(event.data));
        case DescriptionColumn: return describe(event);
        }
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == CommandColumn && command)
            return QStringLiteral("%1:%2: %3")
                .arg(command->file)
                .arg(command->cmd.pos.line)
                .arg(QString::fromStdString(command->cmd.text));
        if (index.column() == DescriptionColumn)
            return describe(event);
    } else if (role == Qt::TextAlignmentRole && index.column() == IndexColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IndexColumn: return tr("#");
    case CommandColumn: return tr("Command line");
    case EventColumn: return tr("Event");
    case DescriptionColumn: return tr("Description");
    }
    return {};
}

void EventLogModel::sync()
{
    const int size = clampRows(player_.visibleJournalEvents());
    const Journal* journal = &player_.journal();
    // The player's two sessions run the same commands, so their journals agree event for
    // event: moving to the other one changes nothing shown, unless `machine` restarted it,
    // which shows in the command that recorded the first event.
    const i64 firstCommand = journal->size() ? i64(journal->events().front().command) : -1;
    const bool restarted = rows_ > 0 && (size == 0 || firstCommand != firstCommand_);
    firstCommand_ = firstCommand;
    if (restarted) {
        beginResetModel();
        rows_ = size;
        endResetModel();
    } else if (size < rows_) {
        beginRemoveRows({}, size, rows_ - 1);
        rows_ = size;
        endRemoveRows();
    } else if (size > rows_) {
        beginInsertRows({}, rows_, size - 1);
        rows_ = size;
        endInsertRows();
    }
}

} // namespace pagelab::ui
