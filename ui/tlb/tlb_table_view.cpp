#include "tlb/tlb_table_view.h"

#include "theme/marks.h"
#include "theme/theme.h"
#include "tlb/tlb_model.h"

#include <QPainter>

namespace pagelab::ui {

TlbTableView::TlbTableView(const Theme& theme, QWidget* parent)
    : QTableView(parent)
    , theme_(theme)
{
}

void TlbTableView::paintEvent(QPaintEvent* event)
{
    QTableView::paintEvent(event);
    QAbstractItemModel* m = model();
    if (!m || m->columnCount() == 0)
        return;
    QPainter p(viewport());
    const int inset = focusRingReach(theme_) / 2;
    const int last = m->columnCount() - 1;
    for (int r = 0; r < m->rowCount(); ++r) {
        const bool marked = m->index(r, 0).data(TlbModel::MarkRole).toInt() != int(TlbModel::Mark::None);
        const bool highlighted = m->index(r, 0).data(TlbModel::HighlightedRole).toBool();
        if (!marked && !highlighted)
            continue;
        const QRect row = visualRect(m->index(r, 0)).united(visualRect(m->index(r, last)));
        if (row.isEmpty() || !row.intersects(viewport()->rect()))
            continue;
        const QRect ring = row.adjusted(inset, inset, -inset - 1, -inset - 1);
        if (highlighted)
            paintOutline(p, ring, theme_);
        if (marked)
            paintFocusRing(p, ring, theme_);
    }
}

} // namespace pagelab::ui
