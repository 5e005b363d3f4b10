#include "console/history_line_edit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>

namespace pagelab::ui {

namespace {
constexpr qsizetype kMaxHistory = 500;
}

HistoryLineEdit::HistoryLineEdit(QWidget* parent)
    : QLineEdit(parent)
{
}

void HistoryLineEdit::remember(const QString& command)
{
    if (!command.trimmed().isEmpty() && (history_.isEmpty() || history_.constLast() != command))
        history_.append(command);
    while (history_.size() > kMaxHistory)
        history_.removeFirst();
    position_ = history_.size();
    draft_.clear();
}

bool HistoryLineEdit::event(QEvent* event)
{
    // Tab would move the focus (QWidget::event handles it before keyPressEvent).
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Tab && key->modifiers() == Qt::NoModifier) {
            completeWord();
            return true;
        }
    }
    return QLineEdit::event(event);
}

bool HistoryLineEdit::completeWord()
{
    QCompleter* c = completer();
    const QString typed = text();
    if (!c || typed.isEmpty() || typed.contains(QLatin1Char(' ')))
        return false;
    c->setCompletionPrefix(typed);
    if (c->completionCount() == 0)
        return false;
    // One candidate: complete it. Several: extend to their common prefix and list them.
    QString common = c->currentCompletion();
    for (int i = 1; c->setCurrentRow(i); ++i) {
        const QString next = c->currentCompletion();
        qsizetype n = 0;
        while (n < common.size() && n < next.size() && common.at(n).toLower() == next.at(n).toLower())
            ++n;
        common.truncate(n);
    }
    if (c->completionCount() == 1) {
        setText(common + QLatin1Char(' '));
        if (c->popup())
            c->popup()->hide();
    } else {
        setText(common);
        c->complete();
    }
    return true;
}

void HistoryLineEdit::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Up && position_ > 0) {
        if (position_ == history_.size())
            draft_ = text();
        showEntry(position_ - 1);
        return;
    }
    if (event->key() == Qt::Key_Down && position_ < history_.size()) {
        showEntry(position_ + 1);
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void HistoryLineEdit::showEntry(qsizetype index)
{
    position_ = index;
    setText(index < history_.size() ? history_.at(index) : draft_);
    end(false);
}

} // namespace pagelab::ui
