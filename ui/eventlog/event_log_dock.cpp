#include "eventlog/event_log_dock.h"

#include "eventlog/event_log_model.h"
#include "player/player.h"
#include "theme/theme.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pagelab::ui {

EventLogDock::EventLogDock(Player& player, const Theme& theme, QWidget* parent)
    : QDockWidget(tr("Event log"), parent)
    , theme_(theme)
{
    setObjectName(QStringLiteral("eventLogDock"));

    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    filter_ = new QLineEdit(body);
    filter_->setObjectName(QStringLiteral("eventLogFilter"));
    filter_->setPlaceholderText(tr("Filter events (e.g. TlbLookup, fault, 0x1000)"));
    filter_->setClearButtonEnabled(true);
    layout->addWidget(filter_);

    model_ = new EventLogModel(player, this);
    proxy_ = new QSortFilterProxyModel(this);
    proxy_->setSourceModel(model_);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy_->setFilterKeyColumn(-1); // any column

    view_ = new QTableView(body);
    view_->setObjectName(QStringLiteral("eventLogView"));
    view_->setModel(proxy_);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->setAlternatingRowColors(true);
    view_->setWordWrap(false);
    view_->setShowGrid(false);
    view_->verticalHeader()->hide();
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view_->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view_->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    layout->addWidget(view_, 1);

    detail_ = new QLabel(body);
    detail_->setObjectName(QStringLiteral("eventLogDetail"));
    detail_->setWordWrap(true);
    detail_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detail_->setFrameShape(QFrame::StyledPanel);
    detail_->setMargin(6);
    detail_->setTextFormat(Qt::PlainText);
    layout->addWidget(detail_);

    setWidget(body);

    connect(filter_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);
    connect(&player, &Player::cursorMoved, model_, &EventLogModel::sync);
    connect(model_, &QAbstractItemModel::rowsInserted, this, &EventLogDock::followNewRows);
    connect(model_, &QAbstractItemModel::modelReset, this, &EventLogDock::followNewRows);
    connect(model_, &QAbstractItemModel::rowsInserted, this, &EventLogDock::showDetail);
    connect(model_, &QAbstractItemModel::modelReset, this, &EventLogDock::showDetail);
    connect(proxy_, &QAbstractItemModel::modelReset, this, &EventLogDock::showDetail);
    connect(
        view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EventLogDock::showDetail);
    connect(&theme_, &Theme::changed, this, &EventLogDock::applyTheme);
    applyTheme();
    showDetail();
}

void EventLogDock::applyTheme()
{
    const QFontMetrics metrics(theme_.uiFont());
    view_->setFont(theme_.uiFont());
    view_->verticalHeader()->setDefaultSectionSize(metrics.height() + metrics.height() / 3);
    // Fixed widths sized for the font: resizing to contents would read every row.
    view_->setColumnWidth(EventLogModel::IndexColumn, metrics.horizontalAdvance(QStringLiteral("00000")));
    view_->setColumnWidth(
        EventLogModel::CommandColumn, metrics.horizontalAdvance(QStringLiteral("access p 0x40_0000_")));
    view_->setColumnWidth(
        EventLogModel::EventColumn, metrics.horizontalAdvance(QStringLiteral("FrameAllocated_")));
    // Presentation mode shows less: the console already shows the commands.
    view_->setColumnHidden(EventLogModel::CommandColumn, theme_.presentation());
    // Room for two lines, so the table does not jump when a longer sentence arrives.
    detail_->setMinimumHeight(2 * metrics.lineSpacing() + 2 * detail_->margin() + 2 * detail_->frameWidth());
}

void EventLogDock::showDetail()
{
    QModelIndex current = view_->selectionModel()->currentIndex();
    if (!current.isValid() && proxy_->rowCount() > 0)
        current = proxy_->index(proxy_->rowCount() - 1, 0);
    if (!current.isValid()) {
        detail_->setText(tr("Every step the machine takes appears here, in words."));
        return;
    }
    const auto cell = [&](int column) { return current.siblingAtColumn(column).data().toString(); };
    detail_->setText(tr("%1. %2 (%3): %4")
                         .arg(cell(EventLogModel::IndexColumn), cell(EventLogModel::EventColumn),
                             cell(EventLogModel::CommandColumn), cell(EventLogModel::DescriptionColumn)));
}

void EventLogDock::followNewRows()
{
    // Keep the newest event in sight unless the reader scrolled up to look at older ones.
    QScrollBar* bar = view_->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum() - 2;
    if (atBottom)
        QTimer::singleShot(0, view_, &QTableView::scrollToBottom);
}

} // namespace pagelab::ui
