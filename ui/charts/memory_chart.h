// Memory and swap breakdown (Qt Charts): one stacked horizontal bar for the RAM (frames by
// what they hold) and one per swap area (slots used and free), rebuilt from a MemoryBreakdown.
#pragma once

#include "charts/memory_breakdown.h"

#include <QChartView>

namespace pagelab::ui {

class Theme;

class MemoryChart : public QChartView {
    Q_OBJECT

public:
    MemoryChart(Theme& theme, QWidget* parent = nullptr);

    void setBreakdown(const MemoryBreakdown& b);
    const MemoryBreakdown& breakdown() const { return breakdown_; }
    // The bar sets drawn, by name (for tests): only categories with something in them.
    QStringList setNames() const;
    void setEmphasis(bool on);
    void restyle();

private:
    void rebuild();

    Theme& theme_;
    MemoryBreakdown breakdown_;
    bool emphasized_ = false;
};

} // namespace pagelab::ui
