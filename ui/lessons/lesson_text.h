// Lesson prose as rich text for Qt's labels: inline `code` and **bold** (docs/lesson-format.md),
// everything else escaped, so a lesson can never inject markup into the UI.
#pragma once

#include <QString>

#include <string>
#include <vector>

namespace pagelab::ui {

// One line or paragraph: HTML-escaped, `code` -> <code>, **bold** -> <b>.
QString lessonInlineHtml(const QString& text);

// The narration's paragraphs as <p> blocks. The parser joins a paragraph's lines with a space,
// so a paragraph that starts with "- " was a list: its " - " separators become list items.
QString lessonNarrationHtml(const std::vector<std::string>& paragraphs);

} // namespace pagelab::ui
