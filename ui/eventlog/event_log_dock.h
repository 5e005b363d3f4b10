// The event log: every micro-step of the machine in words, newest at the bottom, with a filter.
#pragma once

#include <QDockWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace pagelab::ui {

class Player;
class EventLogModel;
class Theme;

class EventLogDock : public QDockWidget {
    Q_OBJECT

public:
    EventLogDock(Player& player, const Theme& theme, QWidget* parent = nullptr);

    EventLogModel* model() const { return model_; }
    QTableView* view() const { return view_; }
    QLineEdit* filter() const { return filter_; }
    // The whole sentence of the selected event (or of the newest one), word-wrapped.
    QLabel* detail() const { return detail_; }

private:
    void applyTheme();
    void followNewRows();
    void showDetail();

    const Theme& theme_;
    EventLogModel* model_ = nullptr;
    QSortFilterProxyModel* proxy_ = nullptr;
    QTableView* view_ = nullptr;
    QLineEdit* filter_ = nullptr;
    QLabel* detail_ = nullptr;
};

} // namespace pagelab::ui
