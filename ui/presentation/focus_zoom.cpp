#include "presentation/focus_zoom.h"

#include "common/view_dock.h"
#include "player/player.h"
#include "presentation/zoom_label.h"
#include "theme/theme.h"

#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace pagelab::ui {

namespace {
constexpr int kMargin = 12; // around the element, so that its outline shows
constexpr int kBorder = 3;  // the frame around the picture
} // namespace

FocusZoom::FocusZoom(Player& player, Theme& theme, QWidget* parent)
    : QFrame(parent)
    , player_(player)
    , theme_(theme)
    , label_(new QLabel(this))
    , picture_(new QLabel(this))
    , later_(new QTimer(this))
{
    setObjectName(QStringLiteral("focusZoom"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    label_->setObjectName(QStringLiteral("focusZoomLabel"));
    label_->setTextFormat(Qt::PlainText);
    label_->setWordWrap(true);
    label_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    picture_->setObjectName(QStringLiteral("focusZoomPicture"));
    picture_->setAlignment(Qt::AlignCenter);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(label_);
    layout->addWidget(picture_, 1, Qt::AlignLeft | Qt::AlignTop);
    // Views redraw on the same signal: look once they have.
    later_->setSingleShot(true);
    later_->setInterval(0);
    connect(later_, &QTimer::timeout, this, &FocusZoom::refresh);
    // The views redraw on the same signal, possibly after this refresh: a focused event that no
    // view shows yet is looked for again on the next turns of the event loop.
    connect(&player_, &Player::cursorMoved, this, [this] {
        retries_ = 2;
        later_->start();
    });
    connect(&theme_, &Theme::changed, this, &FocusZoom::applyTheme);
    applyTheme();
    clear();
}

void FocusZoom::setViews(const QList<ViewDock*>& views)
{
    views_.clear();
    for (ViewDock* v : views)
        views_ << QPointer<ViewDock>(v);
    later_->start();
}

QString FocusZoom::label() const
{
    return current_ ? label_->text() : QString();
}

bool FocusZoom::isFlat(const QImage& image)
{
    if (image.isNull())
        return true;
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) != first)
                return false;
    return true;
}

void FocusZoom::clear()
{
    current_ = nullptr;
    scale_ = 0;
    label_->clear();
    picture_->clear();
    label_->hide();
    picture_->hide();
}

void FocusZoom::refresh()
{
    const Event* event = player_.focusedEvent();
    if (!theme_.presentation() || !event || !isVisible()) {
        clear();
        return;
    }
    // The room for the picture: this panel less the label's line.
    const int labelHeight = label_->fontMetrics().lineSpacing() * 2 + 4;
    const QSize room(width() - 2 * kBorder, height() - labelHeight - 2 * kBorder);
    for (const QPointer<ViewDock>& v : views_) {
        QWidget* w = v ? v->exportWidget() : nullptr;
        if (!w || !v->isVisible() || !w->isVisible())
            continue;
        QRect r = v->focusRect();
        if (r.isEmpty())
            continue;
        r = r.adjusted(-kMargin, -kMargin, kMargin, kMargin).intersected(w->rect());
        if (r.isEmpty() || room.isEmpty())
            continue;
        double scale
            = std::min({ kMaxScale, double(room.width()) / r.width(), double(room.height()) / r.height() });
        if (scale < kMinScale) {
            // A long element (a TLB row, a walk entry with its bits): its start, where a row
            // says what it is (the level, the set), magnified.
            scale = kMinScale;
            const QSize part(std::min(r.width(), int(room.width() / scale)),
                std::min(r.height(), int(room.height() / scale)));
            if (part.width() < 2 * kMargin || part.height() < 2 * kMargin)
                continue;
            r = QRect(QPoint(r.left(), r.center().y() - part.height() / 2), part);
        }
        const QPixmap shot = w->grab(r);
        if (isFlat(shot.toImage()))
            continue;
        const qreal dpr = shot.devicePixelRatio();
        QPixmap big = shot.scaled(
            (QSizeF(r.size()) * scale * dpr).toSize(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
        big.setDevicePixelRatio(dpr);
        picture_->setPixmap(big);
        picture_->setFixedSize(big.deviceIndependentSize().toSize() + QSize(2 * kBorder, 2 * kBorder));
        label_->setText(tr("Magnified: %1").arg(ZoomLabel::of(v->viewId(), *event)));
        label_->show();
        picture_->show();
        current_ = v;
        scale_ = scale;
        return;
    }
    clear();
    if (retries_ > 0) {
        --retries_;
        later_->start();
    }
}

void FocusZoom::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    later_->start();
}

void FocusZoom::applyTheme()
{
    QFont f = theme_.uiFont();
    f.setBold(true);
    label_->setFont(f);
    QPalette p = label_->palette();
    p.setColor(QPalette::WindowText, theme_.color(ColorRole::Accent));
    label_->setPalette(p);
    picture_->setStyleSheet(QStringLiteral("QLabel { border: %1px solid %2; }")
                                .arg(kBorder)
                                .arg(theme_.color(ColorRole::Focus).name()));
    later_->start();
}

} // namespace pagelab::ui
