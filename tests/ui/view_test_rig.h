// What the view suites share: running scenario text to its end through a Player, stepping
// to an event of a kind, and
// grabbing a widget (saved as PNG when PAGELAB_SAVE_GRABS=DIR is set by hand, to look at it).
#pragma once

#include "player/player.h"

#include <QPixmap>

#include <QTest>
#include <QWidget>
#include <variant>

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

// Steps the player until it shows an event of kind E; false when the queue ran out first.
template <typename E>
bool stepTo(Player& p)
{
    while (p.canStepForward()) {
        p.step();
        if (p.focusedEvent() && std::holds_alternative<E>(p.focusedEvent()->data))
            return true;
    }
    return false;
}

} // namespace pagelab::ui::testing
