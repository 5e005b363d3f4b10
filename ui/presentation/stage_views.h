// The views a lesson step is about: what presentation mode puts on its stage, large.
//
// A step's highlight ids start with the id of their view ("walk.entry.pt", "tlb.set.1"); the
// stage is those views, in the order the step first names them, then each one's companion (the
// view that shows the other side of what it shows: the walk for the TLB, the frames for the
// address spaces), at most `max` in all. The layout shows as many as fit, from the first: the
// companions only fill room the step's own views leave (views do not scale their drawing up).
// Highlights of the log, the console or the player name no view: the caption and the
// presenter's screen stand for those. A step that names no view shows the translation and the
// address spaces, where most lessons start.
#pragma once

#include <QStringList>

namespace pagelab::lesson {
struct LessonStep;
} // namespace pagelab::lesson

namespace pagelab::ui {

// The fallback stage, and the largest one that stays readable on a 720p projector.
inline const QStringList kDefaultStage { QStringLiteral("walk"), QStringLiteral("space") };
constexpr int kMaxStageViews = 3;

// The view that shows the other side of `viewId`'s story, or "" (the charts have none).
QString companionView(const QString& viewId);

// `known`: the view ids the window has (MainWindow::views()). Null step: the default stage.
QStringList stageViewIds(const lesson::LessonStep* step, const QStringList& known, int max = kMaxStageViews);

} // namespace pagelab::ui
