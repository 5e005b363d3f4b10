// Presentation mode's blank screen (B or period, as presentation programs do): black over the
// whole window, and no mouse pointer, until the key comes again. A child of the window it
// covers, kept at that window's size and on top of everything in it.
#pragma once

#include <QWidget>

namespace pagelab::ui {

class BlankScreen : public QWidget {
    Q_OBJECT

public:
    explicit BlankScreen(QWidget* window);

    bool blank() const { return isVisible(); }
    void setBlank(bool on);

Q_SIGNALS:
    void blankChanged(bool on);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
};

} // namespace pagelab::ui
