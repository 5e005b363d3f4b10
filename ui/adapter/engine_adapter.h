// The one place where the UI talks to the engine. It owns the long-lived Session that the
// console, scenario files and (later) lessons run commands through, and announces every run
// with one signal. Views hold the adapter by reference; nothing reaches for a global.
#pragma once

#include "machine/session.h"

#include <QObject>
#include <QString>

#include <memory>

namespace pagelab::ui {

class EngineAdapter : public QObject {
    Q_OBJECT

public:
    // The file name the console passes for typed commands ("<console>:1:5: error: ...").
    static QString consoleFile();

    explicit EngineAdapter(QObject* parent = nullptr);
    ~EngineAdapter() override;

    // Runs scenario text (one typed line or a whole file) and emits ran() with the outcome.
    RunOutcome run(const QString& text, const QString& file);

    const Session& session() const { return *session_; }
    const Journal& journal() const { return session_->journal(); }

Q_SIGNALS:
    // After every run; `source` is the text that ran, `file` the name it ran under.
    void ran(const pagelab::RunOutcome& outcome, const QString& source, const QString& file);

private:
    std::unique_ptr<Session> session_;
};

} // namespace pagelab::ui
