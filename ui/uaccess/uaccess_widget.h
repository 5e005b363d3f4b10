// Paints one uaccess routine: the kernel buffer and the user buffer side by side as byte
// rows (the user side split at page boundaries with each page's state), the bytes moved so
// far, the piece the focused event moves with an arrow, the #PF and what the handler did,
// the exception-table fixup, and the return value in large type with a sentence.
#pragma once

#include "uaccess/uaccess_model.h"

#include <QStringList>
#include <QWidget>

namespace pagelab::ui {

class Theme;

class UaccessWidget : public QWidget {
    Q_OBJECT

public:
    UaccessWidget(Theme& theme, QWidget* parent = nullptr);

    void setView(const UaccessView& view);
    const UaccessView& view() const { return view_; }
    void setHighlights(const QStringList& ids);
    void relayout();

    // Where the elements are (highlights, presentation zoom, tests). Empty when not shown.
    QRect kernelRect() const { return kernelRect_; }
    QRect userRect() const { return userRect_; }
    QRect faultRect() const { return faultRect_; }
    QRect fixupRect() const { return fixupRect_; }
    QRect returnRect() const { return returnRect_; }
    QRect movingRect() const { return movingRect_; } // the row(s) the focused event moves
    QString describeAt(const QPoint& pos) const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;

private:
    // One drawn line of the buffers: a page header, a run of bytes, or "…" for elided rows.
    struct Row {
        enum class Kind { PageHeader, Bytes, Elided } kind = Kind::Bytes;
        int page = 0;
        u64 first = 0; // buffer offset
        u64 count = 0;
        int y = 0;
    };
    void paintEmpty(QPainter& p);
    void paintRows(QPainter& p);
    void paintBoxes(QPainter& p);
    QString pageStateText(const UaccessPage& page) const;
    // The texts of the headings and boxes: relayout() sizes the boxes to them.
    QString kernelHeading() const;
    QString userHeading() const;
    QString faultText() const;
    QString fixupText() const;
    QString returnText() const;
    QColor pageStateColor(const UaccessPage& page) const;
    bool highlighted(const char* id) const;

    Theme& theme_;
    UaccessView view_;
    QStringList highlights_;
    QVector<Row> rows_;
    int bytesPerRow_ = 16;
    int cellWidth_ = 20;
    int rowHeight_ = 18;
    int addrWidth_ = 100;
    QRect kernelRect_, userRect_, faultRect_, fixupRect_, returnRect_, movingRect_, accessOkRect_;
    int contentHeight_ = 0;
    int headingHeight_ = 0, kernelHeadingWidth_ = 0, userHeadingWidth_ = 0;
    int sentenceHeight_ = 0; // of the return box's sentence
};

} // namespace pagelab::ui
