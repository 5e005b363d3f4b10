// QCustomPlot in the theme's colours and fonts (presentation mode enlarges axes, labels and
// lines), shared by the rates and miss-ratio plots.
#pragma once

#include "theme/theme.h"

class QCustomPlot;

namespace pagelab::ui {

// Applies the theme to the plot's background, axes, grid and legend (not to the graphs).
void stylePlot(QCustomPlot& plot, const Theme& theme);
// The pen width of a data line: wider in presentation mode and when emphasized.
double lineWidth(const Theme& theme, bool emphasized);

} // namespace pagelab::ui
