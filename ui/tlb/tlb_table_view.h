// The TLB's table: rows the focused event touches (a lookup, a fill, a removal) get a focus
// ring, rows a lesson highlights an outline (theme/marks.h), drawn over the rows so that the
// hit and miss tints and every entry's text stay as they are.
#pragma once

#include <QTableView>

namespace pagelab::ui {

class Theme;

class TlbTableView : public QTableView {
    Q_OBJECT

public:
    TlbTableView(const Theme& theme, QWidget* parent = nullptr);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    const Theme& theme_;
};

} // namespace pagelab::ui
