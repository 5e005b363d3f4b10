#include "addressspace/axis_labels.h"

#include <algorithm>
#include <limits>

namespace pagelab::ui {

AxisLabels placeAxisLabels(const std::vector<AxisLabel>& wanted, const QFontMetrics& fm, double right)
{
    AxisLabels out;
    const double space = fm.horizontalAdvance(QLatin1Char(' '));
    std::vector<double> rowEnd; // where each row's last text ends
    for (AxisLabel l : wanted) {
        const double w = fm.horizontalAdvance(l.text);
        l.x = std::min(l.x, right - w);
        int row = -1;
        const int rows = l.must ? AxisLabels::kMaxRows : 1;
        for (int r = 0; r < rows && row < 0; ++r) {
            if (r == int(rowEnd.size()))
                rowEnd.push_back(-std::numeric_limits<double>::infinity());
            if (l.x > rowEnd[std::size_t(r)] + space)
                row = r;
        }
        if (row < 0) {
            if (!l.must)
                continue;
            // Every row is taken here: right of the row that ends first.
            row = int(std::min_element(rowEnd.begin(), rowEnd.end()) - rowEnd.begin());
            l.x = rowEnd[std::size_t(row)] + space;
        }
        l.row = row;
        rowEnd[std::size_t(row)] = l.x + w;
        out.labels.push_back(l);
    }
    out.rows = std::max(1, int(rowEnd.size()));
    return out;
}

} // namespace pagelab::ui
