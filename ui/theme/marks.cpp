#include "theme/marks.h"

#include "theme/theme.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace pagelab::ui {

namespace {

// The region between two rectangles, `inner` inside `outer`.
void fillRing(QPainter& p, const QRectF& outer, const QRectF& inner, const QColor& color)
{
    QPainterPath ring;
    ring.setFillRule(Qt::OddEvenFill);
    ring.addRect(outer);
    ring.addRect(inner);
    p.fillPath(ring, color);
}

double scale(const Theme& theme)
{
    return theme.presentation() ? 1.5 : 1.0;
}

} // namespace

int focusRingReach(const Theme& theme)
{
    return int(1 + 3 * scale(theme) + 0.5);
}

void paintFocusRing(QPainter& p, const QRectF& element, const Theme& theme, double pulse)
{
    const double s = scale(theme);
    const double gap = 1; // the Surface ring between the element and the focus ring
    const double width = (3 + 3 * (1 - std::clamp(pulse, 0.0, 1.0))) * s;
    const QRectF inner = element.adjusted(-gap, -gap, gap, gap);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    fillRing(p, inner, element, theme.color(ColorRole::Surface));
    fillRing(p, inner.adjusted(-width, -width, width, width), inner, theme.color(ColorRole::Focus));
    p.restore();
}

void paintOutline(QPainter& p, const QRectF& element, const Theme& theme)
{
    const double width = 2.5 * scale(theme);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    fillRing(p, element.adjusted(-width, -width, width, width), element, theme.color(ColorRole::Outline));
    p.restore();
}

} // namespace pagelab::ui
