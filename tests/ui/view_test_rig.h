// What the view suites share: running scenario text to its end through a Player, and
// grabbing a widget (saved as PNG when PAGELAB_SAVE_GRABS=DIR is set by hand, to look at it).
#pragma once

#include "player/player.h"

#include <QPixmap>
#include <QTest>
#include <QWidget>

namespace pagelab::ui::testing {

inline void runToEnd(Player& p, const QString& text)
{
    const RunOutcome out = p.run(text, QStringLiteral("<test>"), Player::Mode::Instant);
    QVERIFY2(out.ok(), out.commands.empty() ? "parse error" : out.commands.back().error.c_str());
}

inline bool grabs(QWidget* w, const QString& view, const char* name)
{
    const QPixmap pixmap = w->grab();
    const QString dir = qEnvironmentVariable("PAGELAB_SAVE_GRABS");
    if (!dir.isEmpty())
        pixmap.save(QStringLiteral("%1/%2-%3.png").arg(dir, view, QLatin1String(name)));
    return !pixmap.isNull();
}

} // namespace pagelab::ui::testing
