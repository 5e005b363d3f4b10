// The page the application opens on: what PageLab is, what it teaches, and example commands
// to try. Clicking an example puts it into the console (exampleChosen).
#pragma once

#include <QScrollArea>

class QLabel;
class QPushButton;

namespace pagelab::ui {

class Theme;

class WelcomePage : public QScrollArea {
    Q_OBJECT

public:
    explicit WelcomePage(const Theme& theme, QWidget* parent = nullptr);

    // The example commands, in the order they make sense to type.
    static QStringList examples();

Q_SIGNALS:
    void exampleChosen(const QString& command);

private:
    void applyTheme();

    const Theme& theme_;
    QLabel* title_ = nullptr;
    QLabel* subtitle_ = nullptr;
    QList<QLabel*> headings_;
    QList<QLabel*> bodies_;
    QList<QPushButton*> exampleButtons_;
    QWidget* page_ = nullptr;
};

} // namespace pagelab::ui
