// File > Export: draws a view to PNG (pixels, as on screen, at twice the resolution for
// slides) or SVG (vectors, for print and papers). The format follows the file's suffix.
#pragma once

#include <QString>

class QWidget;

namespace pagelab::ui {

// Returns an empty string on success, else the error in a sentence.
QString exportWidget(QWidget* widget, const QString& path);

} // namespace pagelab::ui
