// The address axis's labels, placed in rows so that none is dropped: each stretch's first
// address and each squeezed gap's real size must show, so a label that would overlap the one
// before it goes to the next row up (up to kMaxRows; past that it moves right of the last
// label of the row that ends first). Extra addresses inside a stretch (when zoomed into it)
// show only in the bottom row, where there is room. Labels never run past the right edge.
#pragma once

#include <QFontMetrics>
#include <QString>

#include <vector>

namespace pagelab::ui {

struct AxisLabel {
    double tick = 0; // the position the label is about
    double x = 0;    // where its text starts
    int row = 0;     // 0: next to the plot, counting up
    QString text;
    bool gap = false;  // the size of a squeezed gap (else an address)
    bool must = false; // shown even when no row has room
};

struct AxisLabels {
    static constexpr int kMaxRows = 4;
    std::vector<AxisLabel> labels;
    int rows = 1;
};

// `wanted`: in order along the axis, each with tick, x (where its text would start), text,
// gap and must. `right`: the text's right limit.
AxisLabels placeAxisLabels(const std::vector<AxisLabel>& wanted, const QFontMetrics& fm, double right);

} // namespace pagelab::ui
