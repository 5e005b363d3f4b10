#include "mainwindow/recent_files.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace pagelab::ui {

namespace {
const QString kKey = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QMenu* menu, QObject* parent)
    : QObject(parent)
    , menu_(menu)
{
    connect(menu_, &QMenu::aboutToShow, this, &RecentFiles::rebuild);
    rebuild();
}

QStringList RecentFiles::files() const
{
    QStringList list = QSettings().value(kKey).toStringList();
    list.erase(
        std::remove_if(list.begin(), list.end(), [](const QString& f) { return !QFileInfo::exists(f); }),
        list.end());
    return list;
}

void RecentFiles::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = QSettings().value(kKey).toStringList();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMax)
        list.removeLast();
    QSettings().setValue(kKey, list);
    rebuild();
}

void RecentFiles::rebuild()
{
    menu_->clear();
    const QStringList list = files();
    int n = 0;
    for (const QString& f : list) {
        QAction* a = menu_->addAction(
            QStringLiteral("&%1 %2").arg(++n % 10).arg(QDir::toNativeSeparators(QFileInfo(f).fileName())));
        a->setToolTip(QDir::toNativeSeparators(f));
        a->setStatusTip(QDir::toNativeSeparators(f));
        connect(a, &QAction::triggered, this, [this, f] { Q_EMIT chosen(f); });
    }
    if (list.isEmpty())
        menu_->addAction(tr("No recent files"))->setEnabled(false);
    else {
        menu_->addSeparator();
        connect(menu_->addAction(tr("Clear the list")), &QAction::triggered, this, [this] {
            QSettings().remove(kKey);
            rebuild();
        });
    }
}

} // namespace pagelab::ui
