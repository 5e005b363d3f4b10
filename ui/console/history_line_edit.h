// The console's input line: Up and Down walk through the commands typed before, as in a shell;
// Tab completes the command word from the completer's list.
#pragma once

#include <QLineEdit>
#include <QStringList>

namespace pagelab::ui {

class HistoryLineEdit : public QLineEdit {
    Q_OBJECT

public:
    explicit HistoryLineEdit(QWidget* parent = nullptr);

    // Records a command (consecutive duplicates once) and resets the walk to the end.
    void remember(const QString& command);
    const QStringList& history() const { return history_; }

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void showEntry(qsizetype index);
    bool completeWord();

    QStringList history_;
    qsizetype position_ = 0; // == history_.size() while editing a new line
    QString draft_;          // the new line being typed, kept while walking the history
};

} // namespace pagelab::ui
