#include "lessons/lesson_panel.h"

#include "lesson/highlight_resolver.h"
#include "lesson/lesson_check.h"
#include "lessons/lesson_progress.h"
#include "lessons/lesson_text.h"
#include "player/player.h"
#include "theme/theme.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace pagelab::ui {

namespace {

QLabel* richLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void setTextColor(QWidget* w, const QColor& color)
{
    QPalette p = w->palette();
    p.setColor(QPalette::WindowText, color);
    w->setPalette(p);
}

QString firstError(const RunOutcome& outcome)
{
    if (!outcome.parsed())
        return QString::fromStdString(outcome.diagnostics.front().format());
    for (const CommandOutcome& c : outcome.commands)
        if (!c.ok || c.expectFailed)
            return QString::fromStdString(c.error);
    return {};
}

} // namespace

std::vector<const lesson::Block*> blocksBeforeStep(const lesson::Lesson& lesson, std::size_t index)
{
    // The order of LessonRunner::openStep (engine/lesson/lesson_runner.cpp), block by block, so
    // the player can run each one under the lesson file's line numbers.
    std::vector<const lesson::Block*> blocks;
    for (std::size_t i = 0; i < index && i < lesson.steps.size(); ++i) {
        const lesson::LessonStep& s = lesson.steps[i];
        const lesson::Block* reveal = s.quiz ? &s.quiz->reveal : nullptr;
        const lesson::Block* solution = s.task ? &s.task->solution : nullptr;
        for (const lesson::Block* b :
            { &s.scenario, s.quizFirst() ? reveal : solution, s.quizFirst() ? solution : reveal })
            if (b && b->present())
                blocks.push_back(b);
    }
    return blocks;
}

LessonPanel::LessonPanel(Player& player, Theme& theme, LessonProgress& progress, QWidget* parent)
    : QDockWidget(tr("Lesson"), parent)
    , player_(player)
    , theme_(theme)
    , progress_(progress)
{
    setObjectName(QStringLiteral("lessonPanel"));
    buildUi();
    // A task's verdict when the animation reaches the end of the command, not before.
    connect(&player_, &Player::reached, this,
        [this](const CommandOutcome& outcome, const QString&, const QString& file, bool) {
            commandExecuted(outcome, file);
            showExplanationIfPlayed();
        });
    // The views change as the player moves: what a highlight points at may appear or go.
    connect(&player_, &Player::stateChanged, this, [this] { updateShownHighlights(); });
    connect(&player_, &Player::cursorMoved, this, [this] { updateShownHighlights(); });
    connect(&theme_, &Theme::changed, this, &LessonPanel::applyTheme);
    applyTheme();
    showStep();
}

void LessonPanel::buildUi()
{
    auto* outer = new QWidget(this);
    auto* outerLayout = new QVBoxLayout(outer);
    outerLayout->setContentsMargins(0, 0, 0, 0);
    outerLayout->setSpacing(0);

    // The text scrolls: title, step, narration, the quiz's verdict and explanation, errors.
    scroll_ = new QScrollArea(outer);
    scroll_->setObjectName(QStringLiteral("lessonScroll"));
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::NoFrame);
    scroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // text wraps instead
    content_ = new QWidget(scroll_);
    auto* layout = new QVBoxLayout(content_);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(10);

    empty_ = richLabel(content_, QStringLiteral("lessonEmpty"));
    empty_->setText(tr("No lesson is open. Pick one in the lesson browser on the welcome page, or in the "
                       "Lessons menu."));
    title_ = richLabel(content_, QStringLiteral("lessonTitle"));
    stepLabel_ = richLabel(content_, QStringLiteral("lessonStep"));
    narration_ = richLabel(content_, QStringLiteral("lessonNarration"));
    quizResult_ = richLabel(content_, QStringLiteral("lessonQuizResult"));
    errorLabel_ = richLabel(content_, QStringLiteral("lessonError"));
    errorLabel_->setTextFormat(Qt::PlainText);
    for (QLabel* l : { empty_, title_, stepLabel_, narration_, quizResult_, errorLabel_ })
        layout->addWidget(l);
    layout->addStretch(1);
    scroll_->setWidget(content_);
    outerLayout->addWidget(scroll_, 1);

    // Below the text, always in view: the quiz's question and options, the task, and their
    // buttons (fitControls() gives them the height they need, scrolling only when even that
    // does not fit).
    controlsScroll_ = new QScrollArea(outer);
    controlsScroll_->setObjectName(QStringLiteral("lessonControls"));
    controlsScroll_->setWidgetResizable(true);
    controlsScroll_->setFrameShape(QFrame::NoFrame);
    controlsScroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    controls_ = new QWidget(controlsScroll_);
    auto* controlsLayout = new QVBoxLayout(controls_);
    controlsLayout->setContentsMargins(12, 4, 12, 4);
    controlsLayout->setSpacing(8);

    quizBox_ = new QFrame(controls_);
    quizBox_->setObjectName(QStringLiteral("lessonQuiz"));
    quizBox_->setFrameShape(QFrame::StyledPanel);
    auto* quizLayout = new QVBoxLayout(quizBox_);
    question_ = richLabel(quizBox_, QStringLiteral("lessonQuestion"));
    quizLayout->addWidget(question_);
    optionsLayout_ = new QVBoxLayout;
    quizLayout->addLayout(optionsLayout_);
    controlsLayout->addWidget(quizBox_);

    taskBox_ = new QFrame(controls_);
    taskBox_->setObjectName(QStringLiteral("lessonTask"));
    taskBox_->setFrameShape(QFrame::StyledPanel);
    auto* taskLayout = new QVBoxLayout(taskBox_);
    taskText_ = richLabel(taskBox_, QStringLiteral("lessonTaskText"));
    taskStatus_ = richLabel(taskBox_, QStringLiteral("lessonTaskStatus"));
    hint_ = richLabel(taskBox_, QStringLiteral("lessonHint"));
    taskLayout->addWidget(taskText_);
    taskLayout->addWidget(hint_);
    taskLayout->addWidget(taskStatus_);
    controlsLayout->addWidget(taskBox_);
    controlsScroll_->setWidget(controls_);
    controlsScroll_->installEventFilter(this); // its width decides the height its text needs
    outerLayout->addWidget(controlsScroll_, 0);

    // The quiz's and the task's buttons: never scrolled away.
    auto* actions = new QHBoxLayout;
    actions->setContentsMargins(12, 6, 12, 2);
    checkButton_ = new QPushButton(tr("Check answer"), outer);
    checkButton_->setObjectName(QStringLiteral("lessonCheckAnswer"));
    connect(checkButton_, &QPushButton::clicked, this, &LessonPanel::checkAnswer);
    hintButton_ = new QPushButton(tr("Hint"), outer);
    hintButton_->setObjectName(QStringLiteral("lessonHintButton"));
    solutionButton_ = new QPushButton(tr("Show me"), outer);
    solutionButton_->setObjectName(QStringLiteral("lessonShowMe"));
    solutionButton_->setToolTip(tr("Run the solution: the views show what it does"));
    connect(hintButton_, &QPushButton::clicked, this, &LessonPanel::showHint);
    connect(solutionButton_, &QPushButton::clicked, this, &LessonPanel::showSolution);
    for (QPushButton* b : { checkButton_, hintButton_, solutionButton_ }) {
        b->setMinimumWidth(1); // may shrink in a narrow dock with large type
        actions->addWidget(b);
    }
    actions->addStretch(1);
    outerLayout->addLayout(actions);

    // The step buttons, below everything.
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(12, 4, 12, 8);
    auto makeAction = [this](const QString& text, const QKeySequence& key, const QString& name, auto slot) {
        auto* a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut); // also in presentation mode, menus hidden
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    backAction_ = makeAction(tr("Previous step"), QKeySequence(Qt::ALT | Qt::Key_Left),
        QStringLiteral("lessonBackAction"), &LessonPanel::previousStep);
    nextAction_ = makeAction(tr("Next step"), QKeySequence(Qt::ALT | Qt::Key_Right),
        QStringLiteral("lessonNextAction"), &LessonPanel::nextStep);
    restartAction_ = makeAction(tr("Restart step"), QKeySequence(Qt::CTRL | Qt::Key_R),
        QStringLiteral("lessonRestartAction"), &LessonPanel::restartStep);
    auto makeButton = [&](QAction* action, const QString& text, const QString& name) {
        auto* b = new QPushButton(text, outer);
        b->setObjectName(name);
        b->setToolTip(QStringLiteral("%1 (%2)").arg(
            action->text(), action->shortcut().toString(QKeySequence::NativeText)));
        b->setMinimumWidth(1); // may shrink in a narrow dock with large type
        connect(b, &QPushButton::clicked, action, &QAction::trigger);
        return b;
    };
    backButton_ = makeButton(backAction_, tr("◀ Back"), QStringLiteral("lessonBack"));
    restartButton_ = makeButton(restartAction_, tr("Restart step"), QStringLiteral("lessonRestart"));
    nextButton_ = makeButton(nextAction_, tr("Next ▶"), QStringLiteral("lessonNext"));
    buttons->addWidget(backButton_);
    buttons->addStretch(1);
    buttons->addWidget(restartButton_);
    buttons->addStretch(1);
    buttons->addWidget(nextButton_);
    outerLayout->addLayout(buttons);
    setWidget(outer);
}

QList<QAction*> LessonPanel::stepActions() const
{
    return { backAction_, nextAction_, restartAction_ };
}

const lesson::LessonStep* LessonPanel::step() const
{
    return lesson_ && step_ < stepCount() ? &lesson_->steps[std::size_t(step_)] : nullptr;
}

bool LessonPanel::openLesson(std::shared_ptr<const lesson::Lesson> lesson, int step)
{
    lesson_ = std::move(lesson);
    step_ = 0;
    if (!lesson_ || lesson_->steps.empty()) {
        lesson_.reset();
        showStep();
        return false;
    }
    return openStep(step);
}

bool LessonPanel::openStep(int index)
{
    if (!lesson_ || index < 0 || index >= stepCount())
        return false;
    step_ = index;
    quizAnswered_ = answerCorrect_ = taskDone_ = explanationPending_ = false;
    error_.clear();
    const QString file = QString::fromStdString(lesson_->file);

    // Instant runs are replays of what the student saw: no task check while they run.
    opening_ = true;
    player_.load(QString(), file);
    bool ok = true;
    for (const lesson::Block* b : blocksBeforeStep(*lesson_, std::size_t(index)))
        if (!(ok = noteRun(
                  player_.run(QString::fromStdString(b->text), file, Player::Mode::Instant, b->line))))
            break;
    // The step's own commands start here: its scenario, reveal, solution, the student's.
    firstCommand_ = u32(player_.position());
    const lesson::LessonStep& s = lesson_->steps[std::size_t(index)];
    highlights_.clear();
    stage_.clear();
    for (const lesson::StageView& v : s.views)
        if (!stage_.contains(QString::fromStdString(v.id)))
            stage_ << QString::fromStdString(v.id);
    for (const lesson::Highlight& h : s.highlights) {
        highlights_ << QString::fromStdString(h.id);
        const QString view = QString::fromStdString(std::string(lesson::viewOfHighlight(h.id)));
        if (!stage_.contains(view) && !lesson::stageViewProblem(view.toStdString()))
            stage_ << view;
    }
    shown_.clear();
    opening_ = false;
    Q_EMIT stageChanged(stage_);
    if (ok)
        ok = runAnimated(s.scenario);

    const QString id = QString::fromStdString(lesson_->id);
    progress_.setLastStep(id, index);
    showStep();
    updateStepDone();
    updateShownHighlights(true);
    Q_EMIT stepOpened(index);
    return ok;
}

void LessonPanel::nextStep()
{
    if (lesson_ && step_ + 1 < stepCount())
        openStep(step_ + 1);
}

void LessonPanel::previousStep()
{
    if (lesson_ && step_ > 0)
        openStep(step_ - 1);
}

void LessonPanel::restartStep()
{
    if (lesson_)
        openStep(step_);
}

bool LessonPanel::runAnimated(const lesson::Block& block)
{
    if (!block.present())
        return true;
    // What is still queued (an earlier reveal) runs first, so blocks run in the lesson's order.
    if (player_.queueSize() > 0)
        player_.finish();
    return noteRun(player_.run(QString::fromStdString(block.text), QString::fromStdString(lesson_->file),
        Player::Mode::Animate, block.line));
}

bool LessonPanel::noteRun(const RunOutcome& outcome)
{
    const QString error = firstError(outcome);
    if (error.isEmpty())
        return true;
    showError(error);
    return false;
}

void LessonPanel::showError(const QString& message)
{
    error_ = message;
    errorLabel_->setText(message);
    errorLabel_->setVisible(true);
    Q_EMIT errorOccurred(message);
}

void LessonPanel::commandExecuted(const CommandOutcome& outcome, const QString& file)
{
    if (!lesson_ || opening_)
        return;
    // A lesson block that failed while it played (animated runs report here, not in run()).
    if (file == QString::fromStdString(lesson_->file) && (!outcome.ok || outcome.expectFailed))
        showError(QString::fromStdString(outcome.error));
    checkTask();
}

void LessonPanel::checkTask()
{
    const lesson::LessonStep* s = step();
    if (!s || !s->task || taskDone_)
        return;
    if (!player_.holds(QString::fromStdString(s->task->expect)).value_or(false))
        return;
    taskDone_ = true;
    showStep();
    updateStepDone();
    Q_EMIT taskCompleted();
}

void LessonPanel::updateStepDone()
{
    const lesson::LessonStep* s = step();
    if (!s || (s->quiz && !quizAnswered_) || (s->task && !taskDone_))
        return;
    progress_.markStepDone(QString::fromStdString(lesson_->id), step_, stepCount());
}

QString LessonPanel::selectedLetters() const
{
    QString letters;
    const lesson::LessonStep* s = step();
    for (int i = 0; s && s->quiz && i < optionButtons_.size(); ++i)
        if (optionButtons_[i]->isChecked())
            letters += QLatin1Char(s->quiz->options[std::size_t(i)].letter);
    return letters;
}

void LessonPanel::setAnswer(const QString& letters)
{
    const lesson::LessonStep* s = step();
    for (int i = 0; s && s->quiz && i < optionButtons_.size(); ++i) {
        const bool on = letters.contains(QLatin1Char(s->quiz->options[std::size_t(i)].letter));
        // Radio buttons are exclusive: only set the one that is on.
        if (on || qobject_cast<QCheckBox*>(optionButtons_[i]))
            optionButtons_[i]->setChecked(on);
    }
}

void LessonPanel::checkAnswer()
{
    const lesson::LessonStep* s = step();
    if (!s || !s->quiz || quizAnswered_ || selectedLetters().isEmpty())
        return;
    quizAnswered_ = true;
    answer_ = selectedLetters();
    answerCorrect_ = selectedLetters() == QString::fromStdString(s->quiz->correctLetters());
    runReveal(*s);
    updateStepDone();
    // The verdict and the explanation follow the narration: scroll down to them.
    QTimer::singleShot(0, this, [this] { scroll_->ensureWidgetVisible(quizResult_); });
}

void LessonPanel::runReveal(const lesson::LessonStep& s)
{
    explanationPending_ = true;
    showStep();
    runAnimated(s.quiz->reveal);
    showExplanationIfPlayed();
}

void LessonPanel::showExplanationIfPlayed()
{
    if (!explanationPending_ || player_.queueSize() > 0 || !player_.atCommandEnd())
        return;
    explanationPending_ = false;
    showStep();
    Q_EMIT explanationShownChanged();
    QTimer::singleShot(0, this, [this] { scroll_->ensureWidgetVisible(quizResult_); });
}

void LessonPanel::updateShownHighlights(bool force)
{
    if (opening_)
        return;
    QStringList shown;
    if (lesson_ && !highlights_.isEmpty()) {
        const Session& state = player_.state();
        const lesson::StageState stage { state, player_.journal(), player_.visibleJournalEvents(),
            firstCommand_ };
        for (const QString& id : highlights_)
            if (!lesson::unresolvedHighlight(id.toStdString(), stage))
                shown << id;
    }
    if (shown == shown_ && !force)
        return;
    shown_ = shown;
    Q_EMIT highlightsChanged(shown_);
}

void LessonPanel::revealAnswer()
{
    const lesson::LessonStep* s = step();
    if (!s || !s->quiz || quizAnswered_)
        return;
    quizAnswered_ = true;
    answer_.clear(); // nobody answered: no verdict, only the answer
    answerCorrect_ = false;
    runReveal(*s);
    updateStepDone();
}

void LessonPanel::showHint()
{
    hint_->setVisible(true);
    fitControls();
}

void LessonPanel::showSolution()
{
    const lesson::LessonStep* s = step();
    if (s && s->task && !taskDone_)
        runAnimated(s->task->solution);
}

bool LessonPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == controlsScroll_ && event->type() == QEvent::Resize) {
        const auto* resize = static_cast<QResizeEvent*>(event);
        if (resize->size().width() != resize->oldSize().width())
            QTimer::singleShot(0, this, &LessonPanel::fitControls);
        return false;
    }
    // A click on an option's text ticks its button (the text is a label so that it can wrap).
    if (event->type() == QEvent::MouseButtonRelease) {
        const int i = optionLabels_.indexOf(qobject_cast<QLabel*>(watched));
        if (i >= 0 && optionButtons_[i]->isEnabled()) {
            optionButtons_[i]->click();
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

void LessonPanel::showStep()
{
    const lesson::LessonStep* s = step();
    const bool open = s != nullptr;
    empty_->setVisible(!open);
    for (QWidget* w : std::initializer_list<QWidget*> { title_, stepLabel_, narration_ })
        w->setVisible(open);
    backAction_->setEnabled(open && step_ > 0);
    nextAction_->setEnabled(open && step_ + 1 < stepCount());
    restartAction_->setEnabled(open);
    backButton_->setEnabled(backAction_->isEnabled());
    nextButton_->setEnabled(nextAction_->isEnabled());
    restartButton_->setEnabled(restartAction_->isEnabled());
    errorLabel_->setVisible(!error_.isEmpty());
    errorLabel_->setText(error_);
    if (!s) {
        for (QWidget* w : std::initializer_list<QWidget*> {
                 quizBox_, taskBox_, quizResult_, checkButton_, hintButton_, solutionButton_ })
            w->hide();
        fitControls();
        return;
    }
    title_->setText(lessonInlineHtml(QString::fromStdString(lesson_->title)));
    stepLabel_->setText(tr("Step %1 of %2: %3")
                            .arg(step_ + 1)
                            .arg(stepCount())
                            .arg(lessonInlineHtml(QString::fromStdString(s->title))));
    narration_->setText(lessonNarrationHtml(s->narration));

    // The quiz: radio buttons for one right answer, check boxes when several are.
    quizBox_->setVisible(bool(s->quiz));
    qDeleteAll(optionButtons_);
    qDeleteAll(optionLabels_);
    optionButtons_.clear();
    optionLabels_.clear();
    while (QLayoutItem* item = optionsLayout_->takeAt(0))
        delete item;
    if (s->quiz) {
        const lesson::Quiz& q = *s->quiz;
        const bool several = q.correctLetters().size() > 1;
        question_->setText(lessonInlineHtml(QString::fromStdString(q.question))
            + (several ? QStringLiteral("<br><i>%1</i>").arg(tr("Several answers are right.")) : QString()));
        for (const lesson::QuizOption& o : q.options) {
            auto* row = new QHBoxLayout;
            QAbstractButton* button = several ? static_cast<QAbstractButton*>(new QCheckBox(quizBox_))
                                              : static_cast<QAbstractButton*>(new QRadioButton(quizBox_));
            button->setObjectName(QStringLiteral("lessonOption_%1").arg(QLatin1Char(o.letter)));
            button->setText(QStringLiteral("%1)").arg(QLatin1Char(o.letter)));
            button->setEnabled(!quizAnswered_);
            button->setChecked(quizAnswered_ && answer_.contains(QLatin1Char(o.letter)));
            auto* label = richLabel(quizBox_, QString());
            label->setTextInteractionFlags(Qt::NoTextInteraction);
            QString text = lessonInlineHtml(QString::fromStdString(o.text));
            if (quizAnswered_ && o.correct)
                text = QStringLiteral("<b>%1</b> ✓").arg(text);
            label->setText(text);
            label->installEventFilter(this);
            label->setFont(theme_.uiFont());
            button->setFont(theme_.uiFont());
            row->addWidget(button, 0, Qt::AlignTop);
            row->addWidget(label, 1);
            optionsLayout_->addLayout(row);
            button->show(); // created while the panel may be visible
            label->show();
            optionButtons_.append(button);
            optionLabels_.append(label);
        }
        checkButton_->setEnabled(!quizAnswered_);
        if (quizAnswered_) {
            const QString letters = QString::fromStdString(q.correctLetters())
                                        .split(QString(), Qt::SkipEmptyParts)
                                        .join(QStringLiteral(", "));
            const QString verdict = answer_.isEmpty() ? tr("The answer is %1.").arg(letters)
                : answerCorrect_                      ? tr("Right.")
                                                      : tr("Not quite: the answer is %1.").arg(letters);
            const QString explanation = explanationPending_
                ? QStringLiteral("<i>%1</i>")
                      .arg(
                          tr("The explanation follows when the views have shown the answer.").toHtmlEscaped())
                : lessonInlineHtml(QString::fromStdString(q.explain));
            quizResult_->setText(QStringLiteral("<b>%1</b> %2").arg(verdict.toHtmlEscaped(), explanation));
            setTextColor(quizResult_, theme_.color(answerCorrect_ ? ColorRole::Success : ColorRole::Text));
        }
    }
    quizResult_->setVisible(s->quiz && quizAnswered_);
    checkButton_->setVisible(bool(s->quiz));

    taskBox_->setVisible(bool(s->task));
    solutionButton_->setVisible(bool(s->task));
    hintButton_->setVisible(s->task && !s->task->hint.empty());
    if (s->task) {
        const lesson::Task& t = *s->task;
        taskText_->setText(QStringLiteral("<b>%1</b> %2")
                               .arg(tr("Task:"), lessonInlineHtml(QString::fromStdString(t.text))));
        hint_->setText(lessonInlineHtml(QString::fromStdString(t.hint)));
        hint_->setVisible(false);
        hintButton_->setEnabled(!taskDone_);
        solutionButton_->setEnabled(!taskDone_);
        taskStatus_->setText(taskDone_ ? tr("<b>Done.</b> The machine is in the state the task asked for.")
                                       : tr("Not done yet: type commands in the console."));
        setTextColor(taskStatus_, theme_.color(taskDone_ ? ColorRole::Success : ColorRole::MutedText));
    }
    fitControls();
    QTimer::singleShot(0, this, &LessonPanel::fitControls); // once the new texts are laid out
}

void LessonPanel::fitControls()
{
    const bool any = !quizBox_->isHidden() || !taskBox_->isHidden();
    controlsScroll_->setVisible(any);
    if (!any)
        return;
    // At the width they have when they fit (no scroll bar then).
    const int width = std::max(1, controlsScroll_->width() - 2 * controlsScroll_->frameWidth());
    const int needed
        = (controls_->hasHeightForWidth() ? controls_->heightForWidth(width) : controls_->sizeHint().height())
        + 2 * controlsScroll_->frameWidth() + 2;
    // Room for a few lines of narration stays above them.
    const QWidget* body = widget();
    const int room = body ? body->height() * 11 / 20 : needed;
    controlsScroll_->setFixedHeight(std::max(1, std::min(needed, std::max(room, 1))));
}

void LessonPanel::resizeEvent(QResizeEvent* event)
{
    QDockWidget::resizeEvent(event);
    fitControls();
}

void LessonPanel::applyTheme()
{
    // Presentation mode: the theme's larger type; the panel's text wraps, so it stays readable.
    const QFont ui = theme_.uiFont();
    for (QWidget* w : content_->findChildren<QWidget*>())
        w->setFont(ui);
    for (QWidget* w : controls_->findChildren<QWidget*>())
        w->setFont(ui);
    for (QPushButton* b :
        { backButton_, restartButton_, nextButton_, checkButton_, hintButton_, solutionButton_ })
        b->setFont(ui);
    title_->setFont(theme_.headingFont());
    QFont stepFont = ui;
    stepFont.setBold(true);
    stepLabel_->setFont(stepFont);
    setTextColor(title_, theme_.color(ColorRole::Accent));
    setTextColor(stepLabel_, theme_.color(ColorRole::MutedText));
    setTextColor(errorLabel_, theme_.color(ColorRole::Error));
    setTextColor(empty_, theme_.color(ColorRole::MutedText));
    showStep();
}

} // namespace pagelab::ui
