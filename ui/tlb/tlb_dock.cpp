#include "tlb/tlb_dock.h"

#include "machine/machine.h"
#include "player/player.h"
#include "theme/theme.h"
#include "tlb/tlb_model.h"
#include "tlb/tlb_table_view.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pagelab::ui {

namespace {

QString hex(u64 v)
{
    return QStringLiteral("0x") + QString::number(v, 16);
}

// Keeps the rows of one PCID (global entries match every PCID, as in a lookup).
class PcidFilterProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setPcid(int pcid) // -1: all
    {
        pcid_ = pcid;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        if (pcid_ < 0)
            return true;
        const auto* m = static_cast<const TlbModel*>(sourceModel());
        const TlbEntry& e = m->row(row).entry;
        Q_UNUSED(parent);
        return e.valid && (e.global || int(e.pcid) == pcid_);
    }

private:
    int pcid_ = -1;
};

} // namespace

TlbDock::TlbDock(Player& player, Theme& theme, QWidget* parent)
    : ViewDock(tr("TLB"), QStringLiteral("tlb"), player, theme, parent)
{
    setObjectName(QStringLiteral("tlbDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    auto* top = new QHBoxLayout;
    counters_ = new QLabel(body);
    counters_->setObjectName(QStringLiteral("tlbCounters"));
    top->addWidget(counters_, 1);
    pcidFilter_ = new QComboBox(body);
    pcidFilter_->setObjectName(QStringLiteral("tlbPcidFilter"));
    pcidFilter_->setToolTip(tr("Show the entries one PCID can use (global entries match every PCID)"));
    top->addWidget(pcidFilter_);
    layout->addLayout(top);

    model_ = new TlbModel(player, theme, this);
    proxy_ = new PcidFilterProxy(this);
    proxy_->setSourceModel(model_);

    view_ = new TlbTableView(theme, body);
    view_->setObjectName(QStringLiteral("tlbView"));
    view_->setModel(proxy_);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->setWordWrap(false);
    view_->verticalHeader()->hide();
    view_->horizontalHeader()->setStretchLastSection(false);
    view_->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view_->setContextMenuPolicy(Qt::CustomContextMenu);
    layout->addWidget(view_, 1);

    eventLabel_ = new QLabel(body);
    eventLabel_->setObjectName(QStringLiteral("tlbEvent"));
    eventLabel_->setWordWrap(true);
    eventLabel_->setTextFormat(Qt::PlainText);
    layout->addWidget(eventLabel_);
    setWidget(body);

    connect(&player, &Player::stateChanged, this, &TlbDock::rebuild);
    connect(&player, &Player::cursorMoved, this, &TlbDock::updateOverlay);
    connect(pcidFilter_, &QComboBox::currentIndexChanged, this, &TlbDock::applyPcidFilter);
    connect(view_, &QWidget::customContextMenuRequested, this, &TlbDock::showContextMenu);
    connect(&theme, &Theme::changed, this, &TlbDock::applyTheme);
    applyTheme();
    rebuild();
}

void TlbDock::rebuild()
{
    const int rowsBefore = model_->rowCount();
    model_->rebuild();
    if (model_->rowCount() != rowsBefore)
        view_->resizeColumnsToContents();
    // PCIDs present, for the filter; keep the choice when it still exists.
    const QVariant chosen = pcidFilter_->currentData();
    QSet<int> pcids;
    for (int r = 0; r < model_->rowCount(); ++r)
        if (model_->row(r).entry.valid && !model_->row(r).entry.global)
            pcids.insert(model_->row(r).entry.pcid);
    QList<int> sorted(pcids.begin(), pcids.end());
    std::sort(sorted.begin(), sorted.end());
    const QSignalBlocker block(pcidFilter_);
    pcidFilter_->clear();
    pcidFilter_->addItem(tr("All PCIDs"), -1);
    for (int p : sorted)
        pcidFilter_->addItem(tr("PCID %1").arg(p), p);
    const int at = pcidFilter_->findData(chosen.isValid() ? chosen : QVariant(-1));
    pcidFilter_->setCurrentIndex(std::max(at, 0));
    applyPcidFilter();

    const Stats& s = player().state().machine().stats();
    const u64 lookups = s.tlbHits + s.tlbMisses;
    counters_->setText(tr("Hits %1 (STLB %2) · misses %3 · hit rate %4%")
                           .arg(s.tlbHits)
                           .arg(s.stlbHits)
                           .arg(s.tlbMisses)
                           .arg(lookups ? 100.0 * double(s.tlbHits) / double(lookups) : 0.0, 0, 'f', 1));
    updateOverlay();
}

void TlbDock::updateOverlay()
{
    model_->updateOverlay();
    eventLabel_->setText(model_->eventText());
    const std::vector<int> rows = model_->markedRows();
    if (!rows.empty()) {
        const QModelIndex at = proxy_->mapFromSource(model_->index(rows.front(), 0));
        if (at.isValid())
            view_->scrollTo(at);
    }
}

void TlbDock::applyPcidFilter()
{
    static_cast<PcidFilterProxy*>(proxy_)->setPcid(pcidFilter_->currentData().toInt());
}

void TlbDock::applyTheme()
{
    QFont mono = theme().monoFont();
    view_->setFont(mono);
    view_->horizontalHeader()->setFont(theme().uiFont());
    counters_->setFont(theme().uiFont());
    eventLabel_->setFont(theme().uiFont());
    pcidFilter_->setFont(theme().uiFont());
    view_->verticalHeader()->setDefaultSectionSize(QFontMetrics(mono).height() + 6);
    view_->resizeColumnsToContents();
    view_->viewport()->update(); // the palette's colours
}

void TlbDock::setHighlights(const QStringList& ids)
{
    ViewDock::setHighlights(ids);
    model_->setHighlights(highlights());
    for (int r = 0; r < model_->rowCount(); ++r) {
        if (model_->highlighted(r)) {
            const QModelIndex at = proxy_->mapFromSource(model_->index(r, 0));
            if (at.isValid())
                view_->scrollTo(at);
            break;
        }
    }
}

std::pair<int, int> TlbDock::rowsOf(const QString& id) const
{
    const QStringList parts = id.split(QLatin1Char('.'));
    bool ok1 = false, ok2 = false;
    if (parts.size() == 2 && parts[1] == QLatin1String("stlb")) {
        int first = -1, last = -1;
        for (int r = 0; r < model_->rowCount(); ++r)
            if (model_->row(r).level == TlbLevel::Stlb) {
                first = first < 0 ? r : first;
                last = r;
            }
        return { first, last };
    }
    if (parts.size() == 3 && parts[1] == QLatin1String("set")) {
        const u32 set = parts[2].toUInt(&ok1, 0);
        const int first = ok1 ? model_->rowOf(TlbLevel::L1, set, 0) : -1;
        int last = first;
        while (first >= 0 && model_->rowOf(TlbLevel::L1, set, u32(last - first + 1)) >= 0)
            ++last;
        return { first, last };
    }
    if (parts.size() == 4 && parts[1] == QLatin1String("entry")) {
        const u32 set = parts[2].toUInt(&ok1, 0), way = parts[3].toUInt(&ok2, 0);
        const int r = ok1 && ok2 ? model_->rowOf(TlbLevel::L1, set, way) : -1;
        return { r, r };
    }
    return { -1, -1 };
}

ViewDock::Element TlbDock::element(const QString& id) const
{
    const auto [first, last] = rowsOf(id);
    if (first < 0)
        return {};
    const QModelIndex a = proxy_->mapFromSource(model_->index(first, 0));
    const QModelIndex b = proxy_->mapFromSource(model_->index(last, 0));
    if (!a.isValid() || !b.isValid()) // filtered out (another PCID)
        return {};
    // The rows' band, as wide as what the viewport shows of it (the table may scroll sideways).
    const QRect rows = view_->visualRect(a).united(view_->visualRect(b));
    const int right = std::min(view_->viewport()->width(), view_->horizontalHeader()->length());
    return { view_->viewport(), QRect(0, rows.top(), std::max(1, right), rows.height()) };
}

bool TlbDock::revealElement(const QString& id)
{
    const auto [first, last] = rowsOf(id);
    if (first < 0)
        return false;
    const QModelIndex b = proxy_->mapFromSource(model_->index(last, 0));
    const QModelIndex a = proxy_->mapFromSource(model_->index(first, 0));
    if (b.isValid())
        view_->scrollTo(b);
    if (a.isValid())
        view_->scrollTo(a);
    return a.isValid();
}

QRect TlbDock::focusRect() const
{
    QRect rect;
    for (int r : model_->markedRows()) {
        const QModelIndex first = proxy_->mapFromSource(model_->index(r, 0));
        const QModelIndex last = proxy_->mapFromSource(model_->index(r, TlbModel::ColumnCount - 1));
        if (!first.isValid())
            continue;
        rect |= view_->visualRect(first).united(view_->visualRect(last));
    }
    if (rect.isEmpty())
        return {};
    return QRect(view_->viewport()->mapTo(exportWidget(), rect.topLeft()), rect.size());
}

QString TlbDock::processFor(u16 pcid, bool global) const
{
    const Machine& m = player().state().machine();
    if (m.cpu().pcide && !global)
        for (const auto& p : m.processes())
            if (p->pcid == pcid)
                return QString::fromStdString(p->name);
    if (const Process* p = m.current())
        return QString::fromStdString(p->name);
    return {};
}

QStringList TlbDock::commandsFor(int modelRow) const
{
    QStringList out;
    if (modelRow >= 0 && modelRow < model_->rowCount()) {
        const TlbEntry& e = model_->row(modelRow).entry;
        if (e.valid) {
            const QString proc = processFor(e.pcid, e.global);
            if (!proc.isEmpty()) {
                out << QStringLiteral("invlpg %1 %2").arg(proc, hex(e.pageVa));
                out << QStringLiteral("flush_tlb %1").arg(proc);
            }
        }
    }
    out << QStringLiteral("flush_tlb");
    return out;
}

void TlbDock::showContextMenu(const QPoint& pos)
{
    const QModelIndex at = proxy_->mapToSource(view_->indexAt(pos));
    const QStringList commands = commandsFor(at.isValid() ? at.row() : -1);
    QMenu menu(this);
    for (const QString& c : commands) {
        QString label = c.startsWith(QLatin1String("invlpg")) ? tr("Invalidate this page (%1)").arg(c)
            : c == QLatin1String("flush_tlb")                 ? tr("Flush the whole TLB (%1)").arg(c)
                                              : tr("Flush this process's entries (%1)").arg(c);
        QAction* a = menu.addAction(label);
        connect(a, &QAction::triggered, this, [this, c] { Q_EMIT commandRequested(c); });
    }
    menu.exec(view_->viewport()->mapToGlobal(pos));
}

} // namespace pagelab::ui
