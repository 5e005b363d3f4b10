// Whether a lesson's highlight shows something (docs/lesson-format.md, "When a highlight shows").
// A highlight id names a view element; the element exists only in some machine states: a page
// needs its process and a VMA over it, a frame number must be below the machine's frames, the
// walk view needs an access or a `pte` look-up of the open step to draw, and so on. check-lesson
// asks this after each block of a step; the lesson panel asks it whenever the player moves and
// lets the views outline exactly the ids that resolve, so an outline never points at nothing.
//
// The rules follow what each view draws (ui/<view>/): keep them in step when a view changes.
#pragma once

#include "journal/journal.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace pagelab {
class Session;
}

namespace pagelab::lesson {

// What the views show: the machine they draw, the journal up to the player's cursor, and where
// the open step began.
struct StageState {
    const Session& session;  // the machine state the views draw
    const Journal& journal;  // the journal the views read
    std::size_t shownEvents; // events [0, shownEvents) of the journal are shown
    // The first command of the open step (Event::command numbering): the walk and the uaccess
    // call a highlight points at must come from this command or a later one, so that an outline
    // never lands on what an earlier step left in the view.
    u32 firstCommand = 0;
};

// Why the known highlight id `id` (see highlightProblem) shows nothing in `state`, as a sentence
// for check-lesson; nullopt when it shows something.
std::optional<std::string> unresolvedHighlight(std::string_view id, const StageState& state);

// The view a highlight id belongs to: its first word ("walk" for walk.entry.pt).
std::string_view viewOfHighlight(std::string_view id);

// The tab of the charts view a charts.* id shows ("rates", "mrc", "memory"), "" for another id.
// The view shows one tab at a time, so one step may highlight only one of them.
std::string_view chartsTabOf(std::string_view id);

} // namespace pagelab::lesson
