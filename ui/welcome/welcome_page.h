// The page the application opens on: what PageLab is, the lesson browser (lessonChosen), and
// example commands to try. Clicking an example puts it into the console (exampleChosen).
#pragma once

#include <QScrollArea>

class QAbstractItemModel;
class QLabel;
class QPushButton;

namespace pagelab::ui {

class LessonBrowser;
class Theme;

class WelcomePage : public QScrollArea {
    Q_OBJECT

public:
    explicit WelcomePage(const Theme& theme, QWidget* parent = nullptr);

    // The example commands, in the order they make sense to type.
    static QStringList examples();

    // The lessons to offer (a LessonListModel); the browser follows its changes.
    void setLessonModel(QAbstractItemModel* model);
    LessonBrowser* lessonBrowser() const { return lessonBrowser_; }

Q_SIGNALS:
    void exampleChosen(const QString& command);
    void lessonChosen(const QString& id);
    void resetProgressRequested();

private:
    void applyTheme();

    const Theme& theme_;
    QLabel* title_ = nullptr;
    QLabel* subtitle_ = nullptr;
    QList<QLabel*> headings_;
    QList<QLabel*> bodies_;
    QList<QPushButton*> exampleButtons_;
    QWidget* page_ = nullptr;
    LessonBrowser* lessonBrowser_ = nullptr;
    QLabel* noLessons_ = nullptr;
    QPushButton* resetProgress_ = nullptr;
};

} // namespace pagelab::ui
