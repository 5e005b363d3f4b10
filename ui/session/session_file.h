// A saved session: every command of the player (those that ran and those still waiting), the
// file and line each came from, and where the cursor stood. Restoring runs them again: the
// engine is deterministic, so the state comes back exactly.
//
// Format: JSON, {"format": "pagelab-session", "version": 1, "position": N, "shown": E,
// "commands": [{"file": F, "line": L, "first": B, "text": T}, ...]}. Written atomically
// (QSaveFile: a crash never leaves half a file); a file that does not read back gives an error
// naming file, line and column, and the current session stays untouched.
#pragma once

#include <QString>

namespace pagelab::ui {

class Player;

class SessionFile {
public:
    static constexpr int kVersion = 1;
    // Bigger than any session a person builds by hand; refuses to read a stray huge file.
    static constexpr qint64 kMaxBytes = 64 * 1024 * 1024;

    // Returns an empty string on success, else the error in a sentence.
    static QString save(const QString& path, const Player& player);
    static QString restore(const QString& path, Player& player);
};

} // namespace pagelab::ui
