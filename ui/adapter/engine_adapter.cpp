#include "adapter/engine_adapter.h"

#include <exception>

namespace pagelab::ui {

QString EngineAdapter::consoleFile()
{
    return QStringLiteral("<console>");
}

EngineAdapter::EngineAdapter(QObject* parent)
    : QObject(parent)
    , session_(std::make_unique<Session>())
{
}

EngineAdapter::~EngineAdapter() = default;

RunOutcome EngineAdapter::run(const QString& text, const QString& file)
{
    RunOutcome outcome;
    const std::string fileName = file.toStdString();
    try {
        outcome = session_->run(text.toStdString(), fileName);
    } catch (const std::exception& e) {
        // The Session reports command failures itself; this only keeps an unexpected engine
        // exception from taking the whole application down.
        outcome.diagnostics.push_back(script::Diagnostic { fileName, {}, e.what() });
    }
    Q_EMIT ran(outcome, text, file);
    return outcome;
}

} // namespace pagelab::ui
