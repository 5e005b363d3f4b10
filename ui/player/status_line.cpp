#include "player/status_line.h"

#include <QEvent>
#include <QFontMetrics>

namespace pagelab::ui {

namespace {
const QString kSeparator = QStringLiteral(" · ");
}

StatusLine::StatusLine(QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
}

void StatusLine::setParts(const QString& counts, const QString& command, const QString& event)
{
    counts_ = counts;
    command_ = command;
    event_ = event;
    setToolTip(fullText());
    fit();
}

QString StatusLine::fullText() const
{
    QStringList parts;
    for (const QString& p : { counts_, command_, event_ })
        if (!p.isEmpty())
            parts << p;
    return parts.join(kSeparator);
}

QSize StatusLine::minimumSizeHint() const
{
    // The counts, at least: the command may shrink to "…".
    const QFontMetrics fm(font());
    return { fm.horizontalAdvance(counts_.isEmpty() ? QStringLiteral("Command 00 of 00") : counts_)
            + contentsMargins().left() + contentsMargins().right(),
        fm.height() };
}

void StatusLine::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    fit();
}

void StatusLine::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fit();
}

void StatusLine::fit()
{
    const QFontMetrics fm(font());
    const int room = contentsRect().width();
    const QString full = fullText();
    if (fm.horizontalAdvance(full) <= room || command_.isEmpty()) {
        setText(fm.elidedText(full, Qt::ElideRight, room));
        return;
    }
    // The command gives way first, then (too narrow even for counts and event) the end.
    QString fixed = counts_;
    if (!event_.isEmpty())
        fixed += kSeparator + event_;
    const int forCommand = room - fm.horizontalAdvance(fixed + kSeparator);
    const QString command = fm.elidedText(command_, Qt::ElideRight, std::max(0, forCommand));
    QStringList parts;
    for (const QString& p : { counts_, command, event_ })
        if (!p.isEmpty())
            parts << p;
    setText(fm.elidedText(parts.join(kSeparator), Qt::ElideRight, room));
}

} // namespace pagelab::ui
