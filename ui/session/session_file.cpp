#include "session/session_file.h"

#include "player/player.h"
#include "script/parser.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace pagelab::ui {

namespace {

const QString kFormat = QStringLiteral("pagelab-session");

QString tr(const char* text)
{
    return QCoreApplication::translate("pagelab::ui::SessionFile", text);
}

// FILE:LINE:COLUMN for a byte offset into the file, as every other error of PageLab says it.
QString locate(const QString& path, const QByteArray& bytes, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("%1:%2:%3").arg(path).arg(line).arg(column);
}

} // namespace

QString SessionFile::save(const QString& path, const Player& player)
{
    QJsonArray commands;
    for (const Player::QueuedCommand& c : player.allCommands()) {
        QJsonObject o;
        o.insert(QStringLiteral("file"), c.file);
        o.insert(QStringLiteral("line"), int(c.cmd.pos.line));
        o.insert(QStringLiteral("first"), c.first);
        o.insert(QStringLiteral("text"), QString::fromStdString(c.cmd.text));
        commands.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormat);
    root.insert(QStringLiteral("version"), kVersion);
    root.insert(QStringLiteral("position"), player.position());
    root.insert(QStringLiteral("shown"), qint64(player.shownEvents()));
    root.insert(QStringLiteral("commands"), commands);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1: error: cannot write the session: %2").arg(path, file.errorString());
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return tr("%1: error: cannot write the session: %2").arg(path, file.errorString());
    return {};
}

QString SessionFile::restore(const QString& path, Player& player)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1: error: cannot open the session: %2").arg(path, file.errorString());
    if (file.size() > kMaxBytes)
        return tr("%1: error: %2 bytes is more than a session file may have (64 MiB)")
            .arg(path)
            .arg(file.size());
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return tr("%1: error: not a session file: %2")
            .arg(locate(path, bytes, parseError.offset), parseError.errorString());
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return tr("%1:1:1: error: not a PageLab session (no \"format\": \"pagelab-session\")").arg(path);
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version < 1 || version > kVersion)
        return tr("%1:1:1: error: session format version %2; this PageLab reads version %3")
            .arg(path)
            .arg(version)
            .arg(kVersion);

    std::vector<Player::QueuedCommand> commands;
    const QJsonArray list = root.value(QStringLiteral("commands")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        const QString source = o.value(QStringLiteral("file")).toString();
        const int line = o.value(QStringLiteral("line")).toInt(1);
        const QString text = o.value(QStringLiteral("text")).toString();
        script::ParseResult parsed
            = script::parse(text.toStdString(), source.toStdString(), u32(std::max(line, 1)));
        if (!parsed.ok())
            return tr("%1: error: command %2 of the session does not parse: %3")
                .arg(path)
                .arg(i + 1)
                .arg(QString::fromStdString(parsed.diagnostics.front().format()));
        if (parsed.script.commands.size() != 1)
            return tr("%1: error: command %2 of the session is not one command").arg(path).arg(i + 1);
        commands.push_back(Player::QueuedCommand { std::move(parsed.script.commands.front()), source,
            o.value(QStringLiteral("first")).toBool(), true });
    }
    const int position = root.value(QStringLiteral("position")).toInt(-1);
    const qint64 shown = root.value(QStringLiteral("shown")).toInteger(-1);
    if (position < 0 || std::size_t(position) > commands.size() || shown < 0)
        return tr("%1: error: the cursor (position %2 of %3 commands) is outside the session")
            .arg(path)
            .arg(position)
            .arg(commands.size());
    player.restore(std::move(commands), position, std::size_t(shown));
    return {};
}

} // namespace pagelab::ui
