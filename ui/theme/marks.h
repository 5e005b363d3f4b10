// How a view marks an element without hiding what it shows: rings around it, never a fill,
// so a focused or highlighted page, frame or slot keeps the colour of its state.
//  - Focus (the element the current event touches): a ring of ColorRole::Focus outside the
//    element with a thin Surface ring between, so it reads on any fill; thicker at the start
//    of its pulse (`pulse` runs 0 -> 1 as the views' 350 ms animation does).
//  - Outline (what a lesson highlights, or the user selected): a ring of ColorRole::Outline.
// Presentation mode draws both thicker.
#pragma once

#include <QRectF>

class QPainter;

namespace pagelab::ui {

class Theme;

void paintFocusRing(QPainter& p, const QRectF& element, const Theme& theme, double pulse = 1);
void paintOutline(QPainter& p, const QRectF& element, const Theme& theme);
// How far a focus ring reaches outside its element at rest (for repaint and zoom rectangles).
int focusRingReach(const Theme& theme);

} // namespace pagelab::ui
