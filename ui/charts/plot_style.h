// QCustomPlot in the theme's colours and fonts (presentation mode enlarges axes, labels and
// lines), shared by the rates and miss-ratio plots.
#pragma once

#include "theme/theme.h"

#include <QString>

class QCustomPlot;

namespace pagelab::ui {

// Applies the theme to the plot's background, axes, grid and legend (not to the graphs).
void stylePlot(QCustomPlot& plot, const Theme& theme);
// Moves the legend out of the plot area to a row under it, `columns` entries a line: inside,
// in any corner, it hid a curve (the miss-ratio legend covered Belady's anomaly at 3-5 frames).
void placeLegendBelow(QCustomPlot& plot, int columns);
// A vertical axis's title on two lines (broken at the space nearest its middle): in one, it
// ran past the ends of a short plot (presentation type in a short dock) and was cut.
QString axisTitle(const QString& text);
// The pen width of a data line: wider in presentation mode and when emphasized.
double lineWidth(const Theme& theme, bool emphasized);

} // namespace pagelab::ui
