// Colours and type sizes, in one place. Views ask the theme for a role, never write a colour
// literal; presentation mode (and later dark or high-contrast themes) change them all at once.
#pragma once

#include <QColor>
#include <QFont>
#include <QObject>
#include <QPalette>

namespace pagelab::ui {

enum class ColorRole {
    Window,    // the window background
    Surface,   // panels, the console and the log
    Text,      // body text
    MutedText, // secondary text: hints, line numbers
    Accent,    // headings, links, the console prompt
    Input,     // commands as the user typed them
    Error,     // errors with FILE:LINE:COLUMN
    Success,   // confirmations
    Highlight, // selection

    // Views: the state of a page or frame (design.md, Views).
    PageUnmapped,  // no VMA: empty space on an address axis
    PageUntouched, // inside a VMA, never touched: costs nothing
    PageResident,  // anonymous page in a frame
    PageSwapped,   // out in a swap area
    PageFileClean, // page-cache page, clean
    PageFileDirty, // page-cache page, dirty
    PageShared,    // shm or a frame with several mappers
    PageLocked,    // mlocked (drawn as a mark on top of the state)
    PageDevice,    // device memory (remap_pfn_range)
    PageTable,     // a frame holding a page table
    FrameFree,     // a free frame

    // Views: what happens now.
    Hit,        // TLB hit, a cache hit
    Miss,       // TLB miss
    Fault,      // a page fault, a signal, -EFAULT
    Flash,      // the element the current event touches
    Grid,       // lines between cells
    KernelSide, // kernel memory in the uaccess view
    UserSide,   // user memory in the uaccess view

    // Charts and swap lanes: distinct series colours, in order.
    Series1,
    Series2,
    Series3,
    Series4,
    Series5,
    Series6,
};

class Theme : public QObject {
    Q_OBJECT

public:
    enum class Mode { Normal, Presentation };

    explicit Theme(QObject* parent = nullptr);

    Mode mode() const { return mode_; }
    void setMode(Mode mode);
    bool presentation() const { return mode_ == Mode::Presentation; }

    QColor color(ColorRole role) const;
    QPalette palette() const;

    // Type size. Presentation type follows the screen: text keeps the same share of the
    // projected picture whatever the projector's resolution (18 pt on a 1080-pixel-high
    // screen, never below 12 pt). The user scales it further per mode (View > Larger type),
    // for the size of the room or of the desk.
    void setScreenHeight(int logicalPixels); // the screen the window is on (0: unknown)
    int screenHeight() const { return screenHeight_; }
    int typeScale() const; // per cent, in the current mode
    int typeScale(Mode mode) const { return mode == Mode::Presentation ? presentationScale_ : normalScale_; }
    void setTypeScale(Mode mode, int percent); // clamped to the steps below
    bool canEnlargeType() const;
    bool canShrinkType() const;
    void enlargeType(); // the next step up, in the current mode
    void shrinkType();
    static constexpr int kTypeScales[] = { 60, 70, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300 };

    int basePointSize() const; // body text
    QFont uiFont() const;      // menus, labels, tables
    QFont monoFont() const;    // the console and addresses
    QFont titleFont() const;   // the welcome page's title
    QFont headingFont() const; // section headings
    QFont captionFont() const; // presentation mode's caption: the current event's sentence
    QFont readingFont() const; // presentation mode's lesson text, a step above uiFont

Q_SIGNALS:
    void changed();

private:
    Mode mode_ = Mode::Normal;
    int screenHeight_ = 0;
    int normalScale_ = 100;
    int presentationScale_ = 100;
};

} // namespace pagelab::ui
