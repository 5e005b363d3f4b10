#include "export/view_exporter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QWidget>

namespace pagelab::ui {

QString exportWidget(QWidget* widget, const QString& path)
{
    const auto tr = [](const char* s) { return QCoreApplication::translate("pagelab::ui", s); };
    if (!widget || widget->size().isEmpty())
        return tr("There is nothing to export: the view is hidden or empty.");
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(widget->size());
        svg.setViewBox(QRect(QPoint(0, 0), widget->size()));
        svg.setTitle(widget->windowTitle());
        svg.setDescription(tr("Exported from PageLab"));
        QPainter painter;
        if (!painter.begin(&svg))
            return tr("%1: cannot write the SVG file").arg(path);
        widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        painter.end();
        return {};
    }
    // PNG (and anything else Qt writes): rendered at twice the size, sharp on a slide.
    QImage image(widget->size() * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(widget->palette().window().color());
    QPainter painter(&image);
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.end();
    if (!image.save(path))
        return tr("%1: cannot write the image (is the suffix .png, .jpg or .svg?)").arg(path);
    return {};
}

} // namespace pagelab::ui
