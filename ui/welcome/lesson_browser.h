// The lesson browser on the welcome page: a card per lesson of a LessonListModel (title, level,
// progress such as "3 of 7 steps", summary, Start/Continue). A malformed lesson shows its
// FILE:LINE:COLUMN error instead of a button. Rebuilt from the model when it changes.
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QGridLayout;

namespace pagelab::ui {

class Theme;

class LessonBrowser : public QWidget {
    Q_OBJECT

public:
    explicit LessonBrowser(const Theme& theme, QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model);
    QAbstractItemModel* model() const { return model_; }

Q_SIGNALS:
    // Start or Continue was clicked.
    void lessonChosen(const QString& id);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    int columnsFor(int width) const;

    const Theme& theme_;
    QAbstractItemModel* model_ = nullptr;
    QGridLayout* grid_ = nullptr;
    int columns_ = 0;
};

} // namespace pagelab::ui
