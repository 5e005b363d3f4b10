// The console: type a command of the scenario language, see what the machine says. Every run
// through the shared Player (typed here, a scenario file, a lesson) shows up in the
// transcript; errors appear in their own colour as FILE:LINE:COLUMN: error: ...
#pragma once

#include "machine/session.h"

#include <QDockWidget>
#include <QPointer>
#include <QTextCharFormat>

class QCompleter;
class QPlainTextEdit;

namespace pagelab::ui {

class Player;
class HistoryLineEdit;
class Theme;
enum class ColorRole;

class ConsoleDock : public QDockWidget {
    Q_OBJECT

public:
    ConsoleDock(Player& player, const Theme& theme, QWidget* parent = nullptr);

    // Puts a command into the input line (the welcome page's examples) and focuses it.
    void setInput(const QString& command);
    // Runs a command as if typed (views acting by pointing use this: users see the command
    // that does what they clicked, and learn the language).
    void runCommand(const QString& command);
    // A line of information from the application (not from the machine).
    void note(const QString& text);
    void noteError(const QString& text);

    QPlainTextEdit* transcript() const { return transcript_; }
    HistoryLineEdit* input() const { return input_; }

private:
    void submit();
    // A command starts (Player::executed): commands from files and lessons are echoed.
    void showExecuted(const CommandOutcome& outcome, const QString& source, const QString& file, bool again);
    // The player reached its end (Player::reached): what it printed, after its events.
    void showReached(const CommandOutcome& outcome, const QString& source, const QString& file, bool again);
    void showRejected(const RunOutcome& outcome, const QString& source, const QString& file);
    void append(const QString& text, ColorRole role, bool bold = false);
    void applyTheme();

    Player& player_;
    const Theme& theme_;
    QPlainTextEdit* transcript_ = nullptr;
    HistoryLineEdit* input_ = nullptr;
    QCompleter* completer_ = nullptr;
};

} // namespace pagelab::ui
