// qcustomplot.h uses Qt's `signals`, `slots`, `emit` and `foreach` keywords, which ui/ turns
// off (QT_NO_KEYWORDS): they are defined around the include only.
#pragma once

#include <QtGlobal>

#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef slots
#undef emit
#undef foreach
