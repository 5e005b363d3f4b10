// The kernel and user memory view: the uaccess routine being stepped (copy_to_user,
// copy_from_user, clear_user, get_user, put_user, strnlen_user, strncpy_from_user,
// access_ok and the lesson syscalls built on them), its kernel and user buffers side by side,
// the bytes moving event by event, the #PF and the exception-table fixup, and the return
// value. With no uaccess command current it keeps the last one, or explains with an example.
//
// Highlight ids: uaccess.kernel   uaccess.user   uaccess.fault   uaccess.fixup   uaccess.return
#pragma once

#include "common/view_dock.h"
#include "machine/session.h"
#include "uaccess/uaccess_model.h"

#include <optional>

namespace pagelab::ui {

class UaccessWidget;

class UaccessDock : public ViewDock {
    Q_OBJECT

public:
    UaccessDock(Player& player, Theme& theme, QWidget* parent = nullptr);

    void setHighlights(const QStringList& ids) override;
    QWidget* exportWidget() const override;
    QRect focusRect() const override;

    const UaccessView& current() const;
    UaccessWidget* view() const { return view_; }

protected:
    Element element(const QString& id) const override;

private:
    void refresh();
    void remember(const CommandOutcome& outcome);

    UaccessWidget* view_ = nullptr;
    // The outcome of the last uaccess command that ran: its return value once other
    // commands have run after it (the player keeps only the current command's outcome).
    std::optional<CommandOutcome> lastOutcome_;
};

} // namespace pagelab::ui
