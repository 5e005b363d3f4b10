#include "welcome/lesson_browser.h"

#include "lessons/lesson_list_model.h"
#include "theme/theme.h"

#include <QAbstractItemModel>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace pagelab::ui {

namespace {

QLabel* label(const QString& text, QWidget* parent, const QFont& font, const QColor& color)
{
    auto* l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setFont(font);
    QPalette p = l->palette();
    p.setColor(QPalette::WindowText, color);
    l->setPalette(p);
    return l;
}

} // namespace

LessonBrowser::LessonBrowser(const Theme& theme, QWidget* parent)
    : QWidget(parent)
    , theme_(theme)
{
    setObjectName(QStringLiteral("lessonBrowser"));
    grid_ = new QGridLayout(this);
    grid_->setContentsMargins(0, 0, 0, 0);
    grid_->setSpacing(10);
    connect(&theme_, &Theme::changed, this, &LessonBrowser::rebuild);
}

void LessonBrowser::setModel(QAbstractItemModel* model)
{
    if (model_)
        disconnect(model_, nullptr, this, nullptr);
    model_ = model;
    if (model_) {
        connect(model_, &QAbstractItemModel::modelReset, this, &LessonBrowser::rebuild);
        connect(model_, &QAbstractItemModel::layoutChanged, this, &LessonBrowser::rebuild);
        connect(model_, &QAbstractItemModel::dataChanged, this, &LessonBrowser::rebuild);
        connect(model_, &QAbstractItemModel::rowsInserted, this, &LessonBrowser::rebuild);
        connect(model_, &QAbstractItemModel::rowsRemoved, this, &LessonBrowser::rebuild);
    }
    rebuild();
}

int LessonBrowser::columnsFor(int width) const
{
    return std::clamp(width / (theme_.basePointSize() * 26), 1, 3);
}

void LessonBrowser::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (model_ && columnsFor(width()) != columns_)
        rebuild();
}

void LessonBrowser::rebuild()
{
    while (QLayoutItem* item = grid_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!model_)
        return;
    // As many cards side by side as fit with readable lines (fewer when the type is large).
    const int columns = columns_ = columnsFor(width());
    for (int c = 0; c < 3; ++c)
        grid_->setColumnStretch(c, c < columns ? 1 : 0);
    const QFont ui = theme_.uiFont();
    QFont titleFont = ui;
    titleFont.setBold(true);
    titleFont.setPointSizeF(ui.pointSizeF() * 1.15);
    const int rows = model_->rowCount();
    for (int row = 0; row < rows; ++row) {
        const QModelIndex i = model_->index(row, 0);
        const QString id = i.data(LessonListModel::IdRole).toString();
        const QString error = i.data(LessonListModel::ErrorRole).toString();

        auto* card = new QFrame(this);
        card->setObjectName(QStringLiteral("lessonCard_%1").arg(id));
        card->setFrameShape(QFrame::StyledPanel);
        card->setToolTip(i.data(Qt::ToolTipRole).toString());
        auto* layout = new QVBoxLayout(card);
        layout->setContentsMargins(12, 10, 12, 10);
        layout->addWidget(
            label(i.data(Qt::DisplayRole).toString(), card, titleFont, theme_.color(ColorRole::Accent)));
        if (!error.isEmpty()) {
            auto* e = label(error, card, theme_.monoFont(), theme_.color(ColorRole::Error));
            e->setTextInteractionFlags(Qt::TextSelectableByMouse);
            layout->addWidget(e);
            layout->addStretch(1);
        } else {
            const QString level = i.data(LessonListModel::LevelTextRole).toString();
            const QString progress = i.data(LessonListModel::ProgressTextRole).toString();
            const QString meta = level.isEmpty() ? progress : tr("%1 · %2").arg(level, progress);
            auto* metaLabel = label(meta, card, ui, theme_.color(ColorRole::MutedText));
            metaLabel->setObjectName(QStringLiteral("lessonProgress_%1").arg(id));
            layout->addWidget(metaLabel);
            layout->addWidget(label(
                i.data(LessonListModel::SummaryRole).toString(), card, ui, theme_.color(ColorRole::Text)));
            layout->addStretch(1);
            const bool started = i.data(LessonListModel::StartedRole).toBool();
            const bool finished = i.data(LessonListModel::FinishedRole).toBool();
            auto* button = new QPushButton(
                finished ? tr("Start again") : (started ? tr("Continue") : tr("Start")), card);
            button->setObjectName(QStringLiteral("lessonStart_%1").arg(id));
            button->setFont(ui);
            button->setCursor(Qt::PointingHandCursor);
            connect(button, &QPushButton::clicked, this, [this, id] { Q_EMIT lessonChosen(id); });
            auto* buttonRow = new QHBoxLayout;
            buttonRow->addStretch(1);
            buttonRow->addWidget(button);
            layout->addLayout(buttonRow);
        }
        grid_->addWidget(card, row / columns, row % columns);
        card->show(); // rebuilt while the page may be visible
    }
}

} // namespace pagelab::ui
