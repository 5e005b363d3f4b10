#include "eventlog/event_log_model.h"

#include "journal/message.h"

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

EventLogModel::EventLogModel(const Journal& journal, QObject* parent)
    : QAbstractTableModel(parent)
    , journal_(journal)
    , rows_(clampRows(journal.size()))
{
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
    const Message m = pagelab::describe(event.data);
    const QString templ = QCoreApplication::translate(kMessageContext, m.key);
    return QString::fromStdString(substitute(templ.toStdString(), m.args));
}

QVariant EventLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event& event = journal_.events()[static_cast<std::size_t>(index.row())];
    const auto label = labels_.constFind(event.command);

    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IndexColumn: return index.row() + 1;
        case CommandColumn: return label != labels_.cend() ? label->text : QString();
        case EventColumn: return QString::fromUtf8(eventName(event.data));
        case DescriptionColumn: return describe(event);
        }
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == CommandColumn && label != labels_.cend())
            return label->location + QStringLiteral(": ") + label->text;
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

void EventLogModel::update(const RunOutcome& outcome, const QString& source, const QString& file)
{
    // A command whose events start before the rows already shown restarted the journal.
    bool restarted = false;
    for (const CommandOutcome& c : outcome.commands)
        restarted = restarted || c.firstEvent < static_cast<std::size_t>(rows_);

    const QStringList lines = source.split(QLatin1Char('\n'));
    const auto& events = journal_.events();
    QHash<u32, Label> fresh;
    for (const CommandOutcome& c : outcome.commands) {
        if (c.firstEvent >= c.endEvent || c.endEvent > events.size())
            continue;
        const qsizetype lineIndex = static_cast<qsizetype>(c.line) - 1;
        Label label;
        label.text = lineIndex >= 0 && lineIndex < lines.size() ? lines.at(lineIndex).trimmed()
                                                                : QString::fromStdString(c.cmd);
        label.location = QStringLiteral("%1:%2").arg(file).arg(c.line);
        fresh.insert(events[c.firstEvent].command, label);
    }
    if (restarted || journal_.size() < static_cast<std::size_t>(rows_))
        labels_.clear();
    labels_.insert(fresh);
    catchUp(restarted);
}

void EventLogModel::update()
{
    catchUp(false);
}

void EventLogModel::catchUp(bool restarted)
{
    const int size = clampRows(journal_.size());
    if (restarted || size < rows_) {
        beginResetModel();
        rows_ = size;
        endResetModel();
    } else if (size > rows_) {
        beginInsertRows({}, rows_, size - 1);
        rows_ = size;
        endInsertRows();
    }
}

} // namespace pagelab::ui
