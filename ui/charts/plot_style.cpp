#include "charts/plot_style.h"

#include "charts/qcustomplot_wrap.h"

#include <cstdlib>

namespace pagelab::ui {

double lineWidth(const Theme& theme, bool emphasized)
{
    const double base = theme.presentation() ? 3.0 : 1.5;
    return emphasized ? base * 2.5 : base;
}

QString axisTitle(const QString& text)
{
    int best = -1;
    for (int i = 0; i < text.size(); ++i)
        if (text[i] == QLatin1Char(' ')
            && (best < 0 || std::abs(i - text.size() / 2) < std::abs(best - text.size() / 2)))
            best = i;
    if (best < 0)
        return text;
    QString two = text;
    two[best] = QLatin1Char('\n');
    return two;
}

void placeLegendBelow(QCustomPlot& plot, int columns)
{
    auto* row = new QCPLayoutGrid;
    plot.plotLayout()->addElement(1, 0, row);
    row->addElement(0, 0, plot.legend); // taken out of the axis rect's inset layout
    plot.legend->setWrap(columns);
    plot.legend->setFillOrder(QCPLegend::foColumnsFirst, true); // the entries already there too
    plot.legend->setBorderPen(Qt::NoPen);
    row->setMargins(QMargins(0, 0, 0, 0));
    plot.plotLayout()->setRowStretchFactor(1, 0.001); // as high as the legend needs
    plot.plotLayout()->setRowSpacing(0);
}

void stylePlot(QCustomPlot& plot, const Theme& theme)
{
    const QColor text = theme.color(ColorRole::Text);
    const QColor grid = theme.color(ColorRole::Grid);
    plot.setBackground(theme.color(ColorRole::Surface));
    const QFont label = theme.uiFont();
    QFont ticks = theme.uiFont();
    ticks.setPointSizeF(ticks.pointSizeF() * 0.9);
    for (QCPAxis* axis : { plot.xAxis, plot.yAxis, plot.xAxis2, plot.yAxis2 }) {
        axis->setBasePen(QPen(text, 1));
        axis->setTickPen(QPen(text, 1));
        axis->setSubTickPen(QPen(text, 1));
        axis->setLabelColor(text);
        axis->setTickLabelColor(text);
        axis->setLabelFont(label);
        axis->setTickLabelFont(ticks);
        axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
        axis->grid()->setSubGridVisible(false);
    }
    plot.legend->setVisible(true);
    plot.legend->setFont(label);
    plot.legend->setTextColor(text);
    plot.legend->setBrush(theme.color(ColorRole::Surface));
}

} // namespace pagelab::ui
