#include "welcome/welcome_page.h"

#include "theme/theme.h"
#include "welcome/lesson_browser.h"

#include <QAbstractItemModel>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pagelab::ui {

namespace {

struct Example {
    const char* command;
    const char* why;
};

// Commands this version runs; each line builds on the previous ones.
constexpr Example kExamples[] = {
    { "process p",
        QT_TRANSLATE_NOOP("pagelab::ui::WelcomePage", "a process with its own, empty address space") },
    { "pte p 0x40_0000 level=1 set=p,rw,us pfn=9",
        QT_TRANSLATE_NOOP(
            "pagelab::ui::WelcomePage", "map one page: the kernel writes the page-table entries") },
    { "access p 0x40_0123",
        QT_TRANSLATE_NOOP("pagelab::ui::WelcomePage", "a read: TLB miss, page walk, translation") },
    { "access p 0x40_0456", QT_TRANSLATE_NOOP("pagelab::ui::WelcomePage", "the same page again: a TLB hit") },
    { "access p 0x40_0456 op=write",
        QT_TRANSLATE_NOOP("pagelab::ui::WelcomePage", "a write sets the Dirty bit") },
    { "access p 0x80_0000",
        QT_TRANSLATE_NOOP("pagelab::ui::WelcomePage", "an unmapped address: a page fault") },
    { "pte p 0x40_0000",
        QT_TRANSLATE_NOOP("pagelab::ui::WelcomePage", "the entry at every level of the walk") },
    { "show tlb", QT_TRANSLATE_NOOP("pagelab::ui::WelcomePage", "what the TLB holds now") },
};

QLabel* wrappedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(false);
    return label;
}

} // namespace

QStringList WelcomePage::examples()
{
    QStringList list;
    for (const Example& e : kExamples)
        list.append(QString::fromLatin1(e.command));
    return list;
}

WelcomePage::WelcomePage(const Theme& theme, QWidget* parent)
    : QScrollArea(parent)
    , theme_(theme)
{
    setObjectName(QStringLiteral("welcomePage"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // text wraps instead

    page_ = new QWidget(this);
    page_->setObjectName(QStringLiteral("welcomeContent"));
    page_->setMaximumWidth(1100);
    auto* layout = new QVBoxLayout(page_);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(12);

    title_ = new QLabel(tr("PageLab"), page_);
    subtitle_ = wrappedLabel(
        tr("How Linux manages memory, shown step by step on a faithful model of an x86 machine."), page_);
    layout->addWidget(title_);
    layout->addWidget(subtitle_);

    auto addSection = [&](const QString& heading, const QString& body) {
        auto* h = new QLabel(heading, page_);
        headings_.append(h);
        layout->addWidget(h);
        auto* b = wrappedLabel(body, page_);
        bodies_.append(b);
        layout->addWidget(b);
    };

    // The lessons come first: they are the way in for a newcomer.
    auto* lessonsHeading = new QHBoxLayout;
    auto* lessonsTitle = new QLabel(tr("Lessons"), page_);
    headings_.append(lessonsTitle);
    lessonsHeading->addWidget(lessonsTitle);
    lessonsHeading->addStretch(1);
    resetProgress_ = new QPushButton(tr("Reset progress"), page_);
    resetProgress_->setObjectName(QStringLiteral("welcomeResetProgress"));
    resetProgress_->setToolTip(tr("Forget which lesson steps you have done"));
    connect(resetProgress_, &QPushButton::clicked, this, &WelcomePage::resetProgressRequested);
    lessonsHeading->addWidget(resetProgress_);
    layout->addLayout(lessonsHeading);
    auto* lessonsIntro
        = wrappedLabel(tr("Each lesson plays step by step in the lesson panel: it runs commands, "
                          "asks you to predict what happens, and gives you tasks the machine "
                          "checks. Alt+Right and Alt+Left move between steps."),
            page_);
    bodies_.append(lessonsIntro);
    layout->addWidget(lessonsIntro);
    noLessons_ = wrappedLabel(tr("No lessons were found. Set PAGELAB_LESSONS_DIR to the lessons folder of "
                                 "PageLab's sources."),
        page_);
    bodies_.append(noLessons_);
    noLessons_->hide(); // until a model says there are none
    layout->addWidget(noLessons_);
    lessonBrowser_ = new LessonBrowser(theme_, page_);
    connect(lessonBrowser_, &LessonBrowser::lessonChosen, this, &WelcomePage::lessonChosen);
    layout->addWidget(lessonBrowser_);

    addSection(tr("What you can explore"),
        tr("<ul>"
           "<li>Virtual address spaces: every process has its own page tables, found through CR3.</li>"
           "<li>The page walk: how the MMU splits an address into table indexes, level by level, "
           "in 32-bit, PAE, 4-level and 5-level paging.</li>"
           "<li>The TLB: hits, misses, sets and ways, PCIDs and global pages.</li>"
           "<li>Page faults: the error code, CR2, and why the access was refused.</li>"
           "<li>The Accessed and Dirty bits, and the rights each level grants.</li>"
           "<li>The kernel: demand paging, copy-on-write after fork, mmap of files and shared "
           "memory, device memory, swap with priorities, page replacement, mlock and the OOM "
           "killer.</li>"
           "<li>How the kernel reads and writes user memory: access_ok, get_user, put_user, "
           "copy_to_user, copy_from_user and friends, with their faults and -EFAULT.</li>"
           "</ul>"));

    addSection(tr("Try it"),
        tr("Click a command to put it into the console below, then press Enter. "
           "Every step the machine takes appears in the event log."));

    auto* examplesBox = new QFrame(page_);
    examplesBox->setObjectName(QStringLiteral("welcomeExamples"));
    examplesBox->setFrameShape(QFrame::StyledPanel);
    auto* grid = new QGridLayout(examplesBox);
    grid->setContentsMargins(12, 12, 12, 12);
    grid->setHorizontalSpacing(16);
    grid->setColumnStretch(1, 1);
    int row = 0;
    for (const Example& e : kExamples) {
        const QString command = QString::fromLatin1(e.command);
        auto* button = new QPushButton(command, examplesBox);
        button->setObjectName(QStringLiteral("welcomeExample%1").arg(row));
        button->setCursor(Qt::PointingHandCursor);
        button->setToolTip(tr("Put this command into the console"));
        // May shrink below its text in a narrow window (large presentation type).
        button->setMinimumWidth(1);
        connect(button, &QPushButton::clicked, this, [this, command] { Q_EMIT exampleChosen(command); });
        exampleButtons_.append(button);
        auto* why = new QLabel(tr(e.why), examplesBox);
        why->setWordWrap(true);
        bodies_.append(why);
        grid->addWidget(button, row, 0);
        grid->addWidget(why, row, 1);
        ++row;
    }
    layout->addWidget(examplesBox);

    addSection(tr("Where to go next"),
        tr("The console speaks the scenario language described in <i>docs/scenario-language.md</i>; "
           "File → Open… steps through a whole .vms file. The Lessons menu opens any lesson. Press F5 "
           "for presentation mode."));
    layout->addStretch(1);

    auto* outer = new QWidget(this);
    auto* centering = new QHBoxLayout(outer);
    centering->setContentsMargins(0, 0, 0, 0);
    centering->addWidget(page_);
    setWidget(outer);

    connect(&theme_, &Theme::changed, this, &WelcomePage::applyTheme);
    applyTheme();
}

void WelcomePage::setLessonModel(QAbstractItemModel* model)
{
    lessonBrowser_->setModel(model);
    auto updateEmpty = [this, model] { noLessons_->setVisible(!model || model->rowCount() == 0); };
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, updateEmpty);
    updateEmpty();
}

void WelcomePage::applyTheme()
{
    title_->setFont(theme_.titleFont());
    QPalette titlePalette = title_->palette();
    titlePalette.setColor(QPalette::WindowText, theme_.color(ColorRole::Accent));
    title_->setPalette(titlePalette);

    QPalette muted = subtitle_->palette();
    muted.setColor(QPalette::WindowText, theme_.color(ColorRole::MutedText));
    subtitle_->setPalette(muted);
    subtitle_->setFont(theme_.headingFont());
    for (QLabel* h : std::as_const(headings_))
        h->setFont(theme_.headingFont());
    for (QLabel* b : std::as_const(bodies_))
        b->setFont(theme_.uiFont());
    for (QPushButton* button : std::as_const(exampleButtons_)) {
        button->setFont(theme_.monoFont());
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 4px 10px;"));
    }
    resetProgress_->setFont(theme_.uiFont());
    page_->setMaximumWidth(theme_.basePointSize() * 110);
}

} // namespace pagelab::ui
