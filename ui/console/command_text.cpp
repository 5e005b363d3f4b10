#include "console/command_text.h"

#include "common/engine_message.h"
#include "script/script_messages.h"

#include <QCoreApplication>

namespace pagelab::ui {

namespace {

QString chomp(const std::string& s)
{
    QString q = QString::fromStdString(s);
    while (q.endsWith(QLatin1Char('\n')))
        q.chop(1);
    return q;
}

} // namespace

QString commandOutputText(const CommandOutcome& outcome)
{
    if (outcome.lines.empty())
        return chomp(outcome.text);
    QStringList lines;
    lines.reserve(static_cast<qsizetype>(outcome.lines.size()));
    for (const Message& line : outcome.lines)
        lines << translatedMessage(kCommandMessageContext, line);
    return lines.join(QLatin1Char('\n'));
}

QString diagnosticText(const script::Diagnostic& d)
{
    if (!d.sentence.key || !*d.sentence.key)
        return chomp(d.format());
    const QString templ = QCoreApplication::translate(kCommandMessageContext, script::txt::kErrorAt);
    return QString::fromStdString(substitute(templ.toStdString(),
        { d.file, std::to_string(d.pos.line), std::to_string(d.pos.column),
            translatedMessage(kCommandMessageContext, d.sentence).toStdString() }));
}

QString commandErrorText(const CommandOutcome& outcome)
{
    if (!outcome.diagnostic.sentence.key || !*outcome.diagnostic.sentence.key)
        return chomp(outcome.error);
    return diagnosticText(outcome.diagnostic);
}

} // namespace pagelab::ui
