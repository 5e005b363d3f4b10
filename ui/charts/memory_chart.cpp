#include "charts/memory_chart.h"

#include "theme/theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QToolTip>
#include <QValueAxis>

namespace pagelab::ui {

namespace {

ColorRole roleOf(MemoryBreakdown::Category c)
{
    switch (c) {
    case MemoryBreakdown::Free: return ColorRole::FrameFree;
    case MemoryBreakdown::Anon: return ColorRole::PageResident;
    case MemoryBreakdown::CacheClean: return ColorRole::PageFileClean;
    case MemoryBreakdown::CacheDirty: return ColorRole::PageFileDirty;
    case MemoryBreakdown::Shm: return ColorRole::PageShared;
    case MemoryBreakdown::PageTables: return ColorRole::PageTable;
    case MemoryBreakdown::Locked: return ColorRole::PageLocked;
    case MemoryBreakdown::Kernel: return ColorRole::KernelSide;
    case MemoryBreakdown::Device:
    case MemoryBreakdown::CategoryCount: break;
    }
    return ColorRole::PageDevice;
}

} // namespace

MemoryChart::MemoryChart(Theme& theme, QWidget* parent)
    : QChartView(new QChart, parent)
    , theme_(theme)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    setToolTip(tr("Every frame of RAM by what it holds, and the slots of each swap area in use."));
    rebuild();
}

void MemoryChart::setBreakdown(const MemoryBreakdown& b)
{
    // Stepping moves the player at every event: most events change nothing here.
    if (b == breakdown_ && !chart()->series().isEmpty())
        return;
    breakdown_ = b;
    rebuild();
}

QStringList MemoryChart::setNames() const
{
    QStringList names;
    for (QAbstractSeries* s : chart()->series())
        if (auto* bars = qobject_cast<QHorizontalStackedBarSeries*>(s))
            for (QBarSet* set : bars->barSets())
                names << set->label();
    return names;
}

void MemoryChart::setEmphasis(bool on)
{
    emphasized_ = on;
    restyle();
}

void MemoryChart::rebuild()
{
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* a : c->axes()) {
        c->removeAxis(a);
        delete a;
    }

    const MemoryBreakdown& b = breakdown_;
    const int rows = 1 + int(b.swap.size());
    QStringList rowNames { tr("RAM (%1 frames)").arg(b.total) };
    for (const auto& a : b.swap)
        rowNames << tr("swap %1 (%2 slots)").arg(a.name).arg(a.size);

    auto* series = new QHorizontalStackedBarSeries;
    const auto addSet = [&](const QString& label, ColorRole role, const QList<qreal>& values) {
        auto* set = new QBarSet(label);
        set->append(values);
        const QColor colour = theme_.color(role);
        set->setColor(colour);
        set->setBorderColor(theme_.color(ColorRole::Grid));
        connect(set, &QBarSet::hovered, this, [this, label, values, rowNames](bool on, int index) {
            if (on && index >= 0 && index < values.size())
                QToolTip::showText(QCursor::pos(),
                    tr("%1: %2 pages, %3").arg(label).arg(values[index]).arg(rowNames[index]), this);
        });
        series->append(set);
    };
    for (int cat = 0; cat < MemoryBreakdown::CategoryCount; ++cat) {
        QList<qreal> values(rows, 0.0);
        values[0] = qreal(b.frames[cat]);
        if (cat == MemoryBreakdown::Free)
            for (int i = 0; i < b.swap.size(); ++i)
                values[i + 1] = qreal(b.swap[i].size - b.swap[i].used);
        if (cat != MemoryBreakdown::Free && b.frames[cat] == 0)
            continue; // the legend lists only what is there
        addSet(MemoryBreakdown::categoryName(MemoryBreakdown::Category(cat)),
            roleOf(MemoryBreakdown::Category(cat)), values);
    }
    if (!b.swap.isEmpty()) {
        QList<qreal> values(rows, 0.0);
        for (int i = 0; i < b.swap.size(); ++i)
            values[i + 1] = qreal(b.swap[i].used);
        addSet(tr("swapped out"), ColorRole::PageSwapped, values);
    }
    c->addSeries(series);

    auto* rowAxis = new QBarCategoryAxis;
    rowAxis->append(rowNames);
    auto* pageAxis = new QValueAxis;
    pageAxis->setLabelFormat(QStringLiteral("%d"));
    pageAxis->setTitleText(tr("pages"));
    u64 widest = b.total;
    for (const auto& a : b.swap)
        widest = std::max(widest, a.size);
    pageAxis->setRange(0, qreal(std::max<u64>(widest, 1)));
    c->addAxis(rowAxis, Qt::AlignLeft);
    c->addAxis(pageAxis, Qt::AlignBottom);
    series->attachAxis(rowAxis);
    series->attachAxis(pageAxis);
    c->setTitle(tr("Memory and swap"));
    restyle();
}

void MemoryChart::restyle()
{
    QChart* c = chart();
    const QColor text = theme_.color(ColorRole::Text);
    c->setBackgroundBrush(theme_.color(ColorRole::Surface));
    c->setBackgroundPen(emphasized_ ? QPen(theme_.color(ColorRole::Outline), 4) : QPen(Qt::NoPen));
    c->setTitleFont(theme_.headingFont());
    c->setTitleBrush(text);
    c->legend()->setFont(theme_.uiFont());
    c->legend()->setLabelColor(text);
    for (QAbstractAxis* a : c->axes()) {
        a->setLabelsFont(theme_.uiFont());
        a->setLabelsColor(text);
        a->setTitleFont(theme_.uiFont());
        a->setTitleBrush(text);
        a->setGridLineColor(theme_.color(ColorRole::Grid));
        a->setLinePenColor(theme_.color(ColorRole::Grid));
    }
    setBackgroundBrush(theme_.color(ColorRole::Surface));
}

} // namespace pagelab::ui
