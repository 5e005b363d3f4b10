#include "console/console_dock.h"

#include "console/command_text.h"
#include "console/history_line_edit.h"
#include "player/command_progress.h"
#include "player/player.h"
#include "script/parser.h"
#include "theme/theme.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>
#include <QVBoxLayout>

namespace pagelab::ui {

namespace {

constexpr int kMaxTranscriptBlocks = 20000;

QStringList commandWords()
{
    QStringList words;
    for (const std::string& name : script::commandNames())
        words.append(QString::fromStdString(name));
    words.sort();
    return words;
}

} // namespace

ConsoleDock::ConsoleDock(Player& player, const Theme& theme, QWidget* parent)
    : QDockWidget(tr("Console"), parent)
    , player_(player)
    , theme_(theme)
{
    setObjectName(QStringLiteral("consoleDock"));

    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    transcript_ = new QPlainTextEdit(body);
    transcript_->setObjectName(QStringLiteral("consoleTranscript"));
    transcript_->setReadOnly(true);
    transcript_->setMaximumBlockCount(kMaxTranscriptBlocks);
    transcript_->setUndoRedoEnabled(false);
    transcript_->setPlaceholderText(tr("What the machine says appears here."));
    layout->addWidget(transcript_, 1);
    // A long command running in the background: its progress and Cancel (hidden otherwise).
    layout->addWidget(new CommandProgress(player_, theme_, body));

    input_ = new HistoryLineEdit(body);
    input_->setObjectName(QStringLiteral("consoleInput"));
    input_->setPlaceholderText(tr("Type a command and press Enter"));
    input_->setToolTip(tr("A command of the scenario language, e.g. process p. "
                          "Up/Down: earlier commands. Tab: complete the command word."));
    input_->setClearButtonEnabled(true);
    layout->addWidget(input_);

    completer_ = new QCompleter(new QStringListModel(commandWords(), this), this);
    completer_->setCaseSensitivity(Qt::CaseInsensitive);
    completer_->setCompletionMode(QCompleter::PopupCompletion);
    input_->setCompleter(completer_);

    setWidget(body);
    setFocusProxy(input_);

    connect(input_, &QLineEdit::returnPressed, this, &ConsoleDock::submit);
    connect(&player_, &Player::executed, this, &ConsoleDock::showExecuted);
    connect(&player_, &Player::reached, this, &ConsoleDock::showReached);
    connect(&player_, &Player::rejected, this, &ConsoleDock::showRejected);
    connect(&player_, &Player::refused, this, [this](const QString&, const QString& why) { noteError(why); });
    connect(&player_, &Player::cancelled, this, [this](const QString& source, const QString& error) {
        append(error, ColorRole::Error, true);
        Q_UNUSED(source);
        note(tr("Cancelled: the machine is as it was before the command, which is not kept."));
    });
    connect(&theme_, &Theme::changed, this, &ConsoleDock::applyTheme);
    applyTheme();
}

void ConsoleDock::setInput(const QString& command)
{
    input_->setText(command);
    input_->setFocus(Qt::OtherFocusReason);
}

void ConsoleDock::note(const QString& text)
{
    append(text, ColorRole::MutedText);
}

void ConsoleDock::noteError(const QString& text)
{
    append(text, ColorRole::Error);
}

void ConsoleDock::submit()
{
    // The completer's popup may still be open when Enter runs the line.
    if (completer_->popup())
        completer_->popup()->hide();
    const QString command = input_->text();
    if (command.trimmed().isEmpty())
        return;
    input_->remember(command);
    input_->clear();
    runCommand(command);
}

void ConsoleDock::runCommand(const QString& command)
{
    append(QStringLiteral("› ") + command, ColorRole::Input, true);
    player_.submit(command, Player::consoleFile(), player_.typedMode());
}

void ConsoleDock::showExecuted(
    const CommandOutcome& c, const QString& source, const QString& file, bool again)
{
    // Typed commands were echoed when typed; those from files, lessons and replays are shown
    // here, a scenario's with its file name and line. A lesson's are shown as typed, and its
    // `expect` checks not at all unless one fails (they are its plumbing).
    if (file.endsWith(QLatin1String(".lesson")) && c.cmd == "expect")
        return;
    if (file != Player::consoleFile() || again) {
        const bool plain = file == Player::consoleFile() || file.endsWith(QLatin1String(".lesson"));
        const QString where
            = plain ? QString() : QStringLiteral("%1:%2 ").arg(QFileInfo(file).fileName()).arg(c.line);
        append((again ? QStringLiteral("↻ ") : QStringLiteral("› ")) + where + source.trimmed(),
            again ? ColorRole::MutedText : ColorRole::Input, !again);
    }
}

void ConsoleDock::showReached(const CommandOutcome& c, const QString& source, const QString& file, bool again)
{
    if (file.endsWith(QLatin1String(".lesson")) && c.cmd == "expect") {
        if (c.ok && !c.expectFailed)
            return;
        append(QStringLiteral("› ") + source.trimmed(), ColorRole::Input, true); // not echoed before
    }
    // In the language of the UI (command_text.h): the engine says it as message keys.
    if (!c.text.empty())
        append(commandOutputText(c),
            c.expectFailed ? ColorRole::Error : (again ? ColorRole::MutedText : ColorRole::Text));
    if (!c.ok || c.expectFailed)
        append(commandErrorText(c), ColorRole::Error, true);
}

void ConsoleDock::showRejected(const RunOutcome& outcome, const QString& source, const QString& file)
{
    Q_UNUSED(source);
    Q_UNUSED(file);
    for (const auto& d : outcome.diagnostics)
        append(diagnosticText(d), ColorRole::Error);
}

void ConsoleDock::append(const QString& text, ColorRole role, bool bold)
{
    QTextCharFormat format;
    format.setForeground(theme_.color(role));
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setProperty(QTextFormat::UserProperty, static_cast<int>(role));

    QTextCursor cursor(transcript_->document());
    cursor.movePosition(QTextCursor::End);
    if (!transcript_->document()->isEmpty())
        cursor.insertBlock();
    cursor.insertText(text, format);
    transcript_->verticalScrollBar()->setValue(transcript_->verticalScrollBar()->maximum());
}

void ConsoleDock::applyTheme()
{
    transcript_->setFont(theme_.monoFont());
    input_->setFont(theme_.monoFont());
    if (completer_->popup())
        completer_->popup()->setFont(theme_.monoFont());

    // Recolour what is already there: each fragment remembers its role.
    QTextCursor cursor(transcript_->document());
    for (QTextBlock block = transcript_->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat format = fragment.charFormat();
            if (!format.hasProperty(QTextFormat::UserProperty))
                continue;
            format.setForeground(
                theme_.color(static_cast<ColorRole>(format.intProperty(QTextFormat::UserProperty))));
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }
}

} // namespace pagelab::ui
