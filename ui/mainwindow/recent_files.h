// The File > Open Recent menu: the last scenarios and sessions opened, newest first, kept in
// QSettings; files that no longer exist drop out when the menu opens.
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace pagelab::ui {

class RecentFiles : public QObject {
    Q_OBJECT

public:
    static constexpr int kMax = 10;

    RecentFiles(QMenu* menu, QObject* parent = nullptr);

    void add(const QString& path);
    QStringList files() const;

Q_SIGNALS:
    void chosen(const QString& path);

private:
    void rebuild();

    QMenu* menu_;
};

} // namespace pagelab::ui
