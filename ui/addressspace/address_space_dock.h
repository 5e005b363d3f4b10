// The Address spaces view: every process's sparse virtual address space as bands of VMAs on a
// zoomable axis whose gaps are squeezed, pages coloured by state (not touched, resident,
// swapped, file clean/dirty, shared, device, with a mark for mlocked pages). The page the
// focused event touches flashes; a right click on a page offers commands (read, write, touch,
// mlock/munlock, munmap, invlpg) that the console runs.
//
// Highlight ids (lessons):
//   space.process.<proc>              a process's lane (<proc>: name or pid)
//   space.vma.<proc>.<start-hex>      the VMA that starts there
//   space.page.<proc>.<vaddr-hex>     the page holding that address
// Hex with or without 0x.
#pragma once

#include "addressspace/address_space_model.h"
#include "common/view_dock.h"

#include <optional>

class QLabel;

namespace pagelab::ui {

class AddressSpaceView;

class AddressSpaceDock : public ViewDock {
    Q_OBJECT

public:
    AddressSpaceDock(Player& player, Theme& theme, QWidget* parent = nullptr);

    void setHighlights(const QStringList& ids) override;
    QRect focusRect() const override;
    bool revealElement(const QString& id) override;

    const AddressSpaceModel& model() const { return model_; }
    AddressSpaceView* view() const { return view_; }

protected:
    Element element(const QString& id) const override;

private:
    void rebuild();
    void followCursor();
    void applyHighlights();
    void applyTheme();
    void showDetails(); // of the pick, as the state is now

    struct Pick {
        u32 pid = 0;
        QString name;
        std::optional<VAddr> va;
    };
    std::optional<Pick> pick_; // what the user clicked last

    AddressSpaceModel model_;
    AddressSpaceView* view_ = nullptr;
    QLabel* details_ = nullptr;
    QLabel* legend_ = nullptr;
};

} // namespace pagelab::ui
