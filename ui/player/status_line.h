// The player bar's "where am I" line: the counts (command n of m, event i of k) and the
// focused event's name always show; the command's text between them is elided to the room
// the bar leaves (at 1366x768 and in presentation mode a long mmap line never fit). The whole
// line is the tooltip.
#pragma once

#include <QLabel>

namespace pagelab::ui {

class StatusLine : public QLabel {
    Q_OBJECT

public:
    explicit StatusLine(QWidget* parent = nullptr);

    // Shown as "counts · command · event" (empty parts left out).
    void setParts(const QString& counts, const QString& command, const QString& event);
    QString fullText() const;

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void fit();

    QString counts_, command_, event_;
};

} // namespace pagelab::ui
