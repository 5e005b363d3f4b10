#include "presentation/presenter_window.h"

#include "lessons/lesson_panel.h"
#include "lessons/lesson_text.h"
#include "player/player.h"
#include "presentation/event_caption.h"
#include "presentation/lesson_stepper.h"
#include "presentation/step_text.h"
#include "theme/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace pagelab::ui {

namespace {

QLabel* textLabel(const QString& name, QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setObjectName(name);
    l->setTextFormat(Qt::RichText);
    l->setWordWrap(true);
    l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return l;
}

} // namespace

PresenterWindow::PresenterWindow(Player& player, Theme& theme, LessonPanel& lessons, LessonStepper& stepper)
    : player_(player)
    , theme_(theme)
    , lessons_(lessons)
    , stepper_(stepper)
    , ticker_(new QTimer(this))
{
    setObjectName(QStringLiteral("presenterWindow"));
    setWindowTitle(tr("PageLab: presenter view"));

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 12, 16, 12);
    outer->setSpacing(10);

    // The top line: where the lesson is, whether the room sees anything, the time.
    auto* top = new QHBoxLayout;
    title_ = textLabel(QStringLiteral("presenterTitle"), this);
    blank_ = new QLabel(tr("The audience's screen is blank (B or period to show it)"), this);
    blank_->setObjectName(QStringLiteral("presenterBlank"));
    blank_->hide();
    elapsed_ = new QLabel(this);
    elapsed_->setObjectName(QStringLiteral("presenterElapsed"));
    top->addWidget(title_, 1);
    top->addWidget(blank_);
    top->addWidget(elapsed_);
    outer->addLayout(top);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(24);
    outer->addLayout(columns, 1);

    // Left: the step as the room reads it, then the notes.
    auto* scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto* left = new QWidget(scroll);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(sectionTitle(tr("This step")));
    text_ = textLabel(QStringLiteral("presenterStepText"), left);
    leftLayout->addWidget(text_);
    leftLayout->addWidget(sectionTitle(tr("Notes")));
    notes_ = textLabel(QStringLiteral("presenterNotes"), left);
    leftLayout->addWidget(notes_);
    leftLayout->addStretch(1);
    scroll->setWidget(left);
    columns->addWidget(scroll, 11);

    // Right: the event now, what the next press does, the console.
    auto* right = new QVBoxLayout;
    right->addWidget(sectionTitle(tr("Now")));
    caption_ = new EventCaption(player_, theme_, this);
    caption_->setObjectName(QStringLiteral("presenterCaption"));
    right->addWidget(caption_);
    right->addWidget(sectionTitle(tr("Next")));
    next_ = textLabel(QStringLiteral("presenterNext"), this);
    right->addWidget(next_);
    right->addWidget(sectionTitle(tr("Console")));
    consoleBox_ = new QVBoxLayout;
    right->addLayout(consoleBox_, 1);
    columns->addLayout(right, 9);

    ticker_->setInterval(1000);
    connect(ticker_, &QTimer::timeout, this, &PresenterWindow::tick);
    connect(&player_, &Player::cursorMoved, this, &PresenterWindow::refresh);
    connect(&player_, &Player::queueChanged, this, &PresenterWindow::refresh);
    connect(&lessons_, &LessonPanel::stepOpened, this, &PresenterWindow::refresh);
    connect(&stepper_, &LessonStepper::moved, this, &PresenterWindow::refresh);
    connect(&theme_, &Theme::changed, this, &PresenterWindow::applyTheme);
    applyTheme();
    restartClock();
}

QLabel* PresenterWindow::sectionTitle(const QString& text)
{
    auto* l = new QLabel(text, this);
    sections_ << l;
    return l;
}

void PresenterWindow::setConsole(QWidget* console)
{
    console_ = console;
    if (console)
        consoleBox_->addWidget(console);
}

QWidget* PresenterWindow::takeConsole()
{
    QWidget* console = console_;
    if (console)
        consoleBox_->removeWidget(console);
    console_ = nullptr;
    return console;
}

void PresenterWindow::setBlank(bool blank)
{
    blank_->setVisible(blank);
}

void PresenterWindow::restartClock()
{
    clock_.start();
    ticker_->start();
    tick();
}

QString PresenterWindow::elapsedText() const
{
    const qint64 s = clock_.isValid() ? clock_.elapsed() / 1000 : 0;
    return tr("Elapsed %1:%2:%3")
        .arg(s / 3600)
        .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

void PresenterWindow::tick()
{
    elapsed_->setText(elapsedText());
}

QString PresenterWindow::nextText() const
{
    return next_->text();
}

QString PresenterWindow::notesHtml() const
{
    return notes_->text();
}

void PresenterWindow::refresh()
{
    const lesson::Lesson* lesson = lessons_.lesson();
    const int step = lessons_.currentStep();
    if (lesson) {
        title_->setText(QStringLiteral("<b>%1</b> · %2")
                            .arg(lessonInlineHtml(QString::fromStdString(lesson->title)),
                                StepText::heading(*lesson, step)));
        text_->setText(
            StepText::audienceHtml(*lesson, step, lessons_.explanationShown(), lessons_.taskDone()));
        const QString notes = StepText::notesHtml(*lesson, step);
        notes_->setText(notes.isEmpty() ? tr("No notes for this step.") : notes);
    } else {
        title_->setText(tr("No lesson is open"));
        text_->clear();
        notes_->clear();
    }
    QString next;
    switch (stepper_.next()) {
    case LessonStepper::Next::Event:
        next = player_.atCommandEnd() ? tr("The next press runs the next command.")
                                      : tr("The next press shows event %1 of %2.")
                                            .arg(player_.shownEvents() + 1)
                                            .arg(player_.commandEvents().size());
        break;
    case LessonStepper::Next::Reveal: next = tr("The next press reveals the quiz's answer."); break;
    case LessonStepper::Next::Solution: next = tr("The next press runs the task's solution."); break;
    case LessonStepper::Next::Step: next = tr("The next press opens the next step."); break;
    case LessonStepper::Next::Nothing:
        next = lesson ? tr("This is the end of the lesson.") : tr("Nothing is left to play.");
        break;
    }
    next = QStringLiteral("<p><b>%1</b></p>").arg(next.toHtmlEscaped());
    if (lesson)
        next += StepText::previewHtml(*lesson, step + 1);
    next_->setText(next);
}

void PresenterWindow::applyTheme()
{
    QPalette p = palette();
    p.setColor(QPalette::Window, theme_.color(ColorRole::Window));
    p.setColor(QPalette::WindowText, theme_.color(ColorRole::Text));
    setPalette(p);
    setAutoFillBackground(true);
    const QFont ui = theme_.uiFont();
    for (QLabel* l : { title_, text_, notes_, next_, blank_, elapsed_ })
        l->setFont(ui);
    QFont heading = theme_.headingFont();
    for (QLabel* l : sections_) {
        l->setFont(heading);
        QPalette accent = l->palette();
        accent.setColor(QPalette::WindowText, theme_.color(ColorRole::Accent));
        l->setPalette(accent);
    }
    elapsed_->setFont(heading);
    QPalette warn = blank_->palette();
    warn.setColor(QPalette::WindowText, theme_.color(ColorRole::Error));
    blank_->setPalette(warn);
    blank_->setFont(heading);
    refresh();
}

} // namespace pagelab::ui
