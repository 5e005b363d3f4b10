// The roles a colour plays. Views ask the theme (theme.h) for a role, never write a colour
// literal; the palettes (palette.h) give every role its colour.
#pragma once

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
    Highlight, // the background of selected text and list rows

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
    Focus,      // a ring around the element the current event touches (never its fill)
    Outline,    // a ring around what a lesson highlights or the user selected
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

    RoleCount,     // not a role: how many there are
    Flash = Focus, // the old name of Focus
};

} // namespace pagelab::ui
