#include "presentation/stage_views.h"

#include "lesson/lesson.h"

#include <QHash>

namespace pagelab::ui {

QStringList stageViewIds(const lesson::LessonStep* step, const QStringList& known, int max)
{
    QStringList ids;
    const auto add = [&](const std::string& id) {
        const QString view = QString::fromStdString(id).section(QLatin1Char('.'), 0, 0);
        if (known.contains(view) && !ids.contains(view) && ids.size() < max)
            ids << view;
    };
    // The views the step names (`views: walk tlb`) come first, then those its highlights are in.
    if (step) {
        for (const lesson::StageView& v : step->views)
            add(v.id);
        for (const lesson::Highlight& h : step->highlights)
            add(h.id);
    }
    if (ids.isEmpty())
        for (const QString& id : kDefaultStage)
            if (known.contains(id) && ids.size() < max)
                ids << id;
    for (const QString& id : QStringList(ids)) {
        const QString companion = companionView(id);
        if (known.contains(companion) && !ids.contains(companion) && ids.size() < max)
            ids << companion;
    }
    return ids;
}

QString companionView(const QString& viewId)
{
    static const QHash<QString, QString> companions {
        { QStringLiteral("tlb"), QStringLiteral("walk") },      // a miss walks
        { QStringLiteral("walk"), QStringLiteral("frames") },   // the tables live in frames
        { QStringLiteral("space"), QStringLiteral("frames") },  // pages and where they are
        { QStringLiteral("frames"), QStringLiteral("space") },  // frames and whose they are
        { QStringLiteral("swap"), QStringLiteral("space") },    // which pages went out
        { QStringLiteral("uaccess"), QStringLiteral("space") }, // the user buffer's pages
    };
    return companions.value(viewId);
}

} // namespace pagelab::ui
