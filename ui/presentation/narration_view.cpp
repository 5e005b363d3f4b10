#include "presentation/narration_view.h"

#include "presentation/focus_zoom.h"

#include "common/view_dock.h"
#include "theme/theme.h"

#include <QFontMetrics>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace pagelab::ui {

namespace {
constexpr int kMargin = 16;
constexpr int kGap = 10;
} // namespace

NarrationView::NarrationView(FocusZoom* zoom, Theme& theme, QWidget* parent)
    : QWidget(parent)
    , theme_(theme)
    , heading_(new QLabel)
    , text_(new QLabel)
    , zoom_(zoom)
{
    setObjectName(QStringLiteral("presentationNarration"));
    heading_->setObjectName(QStringLiteral("presentationStepHeading"));
    text_->setObjectName(QStringLiteral("presentationStepText"));
    for (QLabel* l : { heading_, text_ }) {
        l->setTextFormat(Qt::RichText);
        l->setWordWrap(true);
        l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    textBox_ = new QWidget;
    auto* layout = new QVBoxLayout(textBox_);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(kGap);
    layout->addWidget(heading_);
    layout->addWidget(text_);
    layout->addStretch(1);
    scroll_ = new QScrollArea(this);
    scroll_->setObjectName(QStringLiteral("presentationNarrationScroll"));
    scroll_->setFrameShape(QFrame::NoFrame);
    scroll_->setWidgetResizable(true);
    scroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the text wraps instead
    scroll_->setFocusPolicy(Qt::NoFocus);
    scroll_->setWidget(textBox_);
    zoom_->setParent(this);
    connect(&theme_, &Theme::changed, this, &NarrationView::applyTheme);
    applyTheme();
}

void NarrationView::setText(const QString& heading, const QString& html)
{
    heading_->setText(heading);
    heading_->setVisible(!heading.isEmpty());
    text_->setText(html);
    place();
}

QString NarrationView::heading() const
{
    return heading_->text();
}

QString NarrationView::html() const
{
    return text_->text();
}

int NarrationView::textHeight(int width) const
{
    const int inner = std::max(1, width - 2 * kMargin);
    int h = text_->heightForWidth(inner);
    if (heading_->isVisibleTo(this))
        h += heading_->heightForWidth(inner) + kGap;
    return h + 2 * kMargin;
}

int NarrationView::minimumZoomHeight() const
{
    return QFontMetrics(theme_.uiFont()).lineSpacing() * 6;
}

bool NarrationView::textFits() const
{
    return textHeight(width()) <= scroll_->height() + 2 * kMargin;
}

void NarrationView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    place();
}

void NarrationView::place()
{
    // The text first, as high as it needs; the zoom below it when there is room for one.
    const QRect inner = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const int text = std::min(inner.height(), textHeight(width()) - 2 * kMargin);
    scroll_->setGeometry(inner.x(), inner.y(), inner.width(), text);
    const int left = inner.height() - text - kGap;
    if (left >= minimumZoomHeight()) {
        zoom_->setGeometry(inner.x(), inner.y() + text + kGap, inner.width(), left);
        zoom_->show();
    } else {
        zoom_->hide();
    }
}

void NarrationView::applyTheme()
{
    heading_->setFont(theme_.headingFont());
    text_->setFont(theme_.readingFont());
    QPalette accent = heading_->palette();
    accent.setColor(QPalette::WindowText, theme_.color(ColorRole::Accent));
    heading_->setPalette(accent);
    place();
}

void NarrationView::showEnd()
{
    // Once the new text is laid out.
    QTimer::singleShot(0, this, [this] {
        if (QScrollBar* bar = scroll_->verticalScrollBar())
            bar->setValue(bar->maximum());
    });
}

} // namespace pagelab::ui
