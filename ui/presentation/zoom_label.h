// What presentation mode's zoom shows, in words: the element of a view that an event touches
// ("Frame 5", "Page 0x10000000", "TLB set 1, way 0", "Level 1 entry 3"), named from the event's
// own fields. When the event names nothing of that view, its sentence says what happens.
#pragma once

#include "journal/event.h"

#include <QCoreApplication>
#include <QString>

namespace pagelab::ui {

class ZoomLabel {
    Q_DECLARE_TR_FUNCTIONS(ZoomLabel)

public:
    static QString of(const QString& viewId, const Event& event);
};

} // namespace pagelab::ui
