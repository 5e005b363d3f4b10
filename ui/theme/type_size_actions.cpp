#include "theme/type_size_actions.h"

#include "theme/theme.h"

#include <QAction>
#include <QEvent>
#include <QScreen>
#include <QSettings>
#include <QWidget>
#include <QWindow>

namespace pagelab::ui {

namespace {
const QString kNormalKey = QStringLiteral("view/typeScale");
const QString kPresentationKey = QStringLiteral("view/presentationTypeScale");
} // namespace

TypeSizeActions::TypeSizeActions(Theme& theme, QWidget* window)
    : QObject(window)
    , theme_(theme)
    , window_(window)
    , larger_(new QAction(tr("&Larger type"), window))
    , smaller_(new QAction(tr("&Smaller type"), window))
    , normal_(new QAction(tr("&Normal type size"), window))
{
    larger_->setObjectName(QStringLiteral("largerTypeAction"));
    smaller_->setObjectName(QStringLiteral("smallerTypeAction"));
    normal_->setObjectName(QStringLiteral("normalTypeAction"));
    // Ctrl++ needs Shift on many keyboards: Ctrl+= does the same, as in browsers.
    larger_->setShortcuts({ QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal) });
    smaller_->setShortcuts(QKeySequence::ZoomOut);
    normal_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    larger_->setStatusTip(tr("Larger type in this mode (presentation mode keeps its own size)"));
    smaller_->setStatusTip(tr("Smaller type in this mode (presentation mode keeps its own size)"));
    normal_->setStatusTip(tr("The type size this mode starts with"));
    connect(larger_, &QAction::triggered, &theme_, &Theme::enlargeType);
    connect(smaller_, &QAction::triggered, &theme_, &Theme::shrinkType);
    connect(normal_, &QAction::triggered, this, [this] { theme_.setTypeScale(theme_.mode(), 100); });

    const QSettings settings;
    theme_.setTypeScale(Theme::Mode::Normal, settings.value(kNormalKey, 100).toInt());
    theme_.setTypeScale(Theme::Mode::Presentation, settings.value(kPresentationKey, 100).toInt());
    followScreen(window_->screen());
    connect(&theme_, &Theme::changed, this, &TypeSizeActions::themeChanged);
    themeChanged();
    window_->installEventFilter(this); // the window handle exists from the first show
}

bool TypeSizeActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == window_ && event->type() == QEvent::Show && !watching_ && window_->windowHandle()) {
        watching_ = true;
        connect(window_->windowHandle(), &QWindow::screenChanged, this, &TypeSizeActions::followScreen);
        followScreen(window_->windowHandle()->screen());
    }
    return QObject::eventFilter(watched, event);
}

void TypeSizeActions::followScreen(QScreen* screen)
{
    if (screen_)
        disconnect(screen_, nullptr, this, nullptr);
    screen_ = screen;
    if (!screen_)
        return;
    // A projector's mode may change after it is plugged in: follow the new height too.
    connect(screen_, &QScreen::geometryChanged, this,
        [this](const QRect& geometry) { theme_.setScreenHeight(geometry.height()); });
    connect(screen_, &QObject::destroyed, this, [this] { screen_ = nullptr; });
    theme_.setScreenHeight(screen_->geometry().height());
}

void TypeSizeActions::themeChanged()
{
    larger_->setEnabled(theme_.canEnlargeType());
    smaller_->setEnabled(theme_.canShrinkType());
    normal_->setEnabled(theme_.typeScale() != 100);
    QSettings settings;
    settings.setValue(kNormalKey, theme_.typeScale(Theme::Mode::Normal));
    settings.setValue(kPresentationKey, theme_.typeScale(Theme::Mode::Presentation));
}

} // namespace pagelab::ui
