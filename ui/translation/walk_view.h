// Paints a WalkPicture: the virtual address split into its index fields, then CR3, the TLB
// lookup, one row per paging-structure entry read (decoded bit by bit) and the result (the
// physical address, or the fault with its error code decoded). The focused step is filled
// with the Flash colour; steps not reached yet are not drawn. A `pte` look-up is drawn the
// same way, labelled as one: the TLB row says it was not consulted, no A/D is set.
#pragma once

#include "translation/walk_model.h"

#include <QHash>
#include <QWidget>

namespace pagelab::ui {

class Theme;

class WalkView : public QWidget {
    Q_OBJECT

public:
    WalkView(const Theme& theme, QWidget* parent = nullptr);

    void setPicture(const WalkPicture& picture);
    const WalkPicture& picture() const { return pic_; }
    // The address whose fields are shown when it differs from the walk's (typed by the user);
    // nullopt: the walk's address.
    void setProbeAddress(std::optional<VAddr> va, PagingMode mode);
    void setHighlights(const QStringList& ids);

    // Where each element was drawn, by highlight id (walk.cr3, walk.tlb, walk.field.pd,
    // walk.entry.pml4, walk.result).
    QRect elementRect(const QString& id) const { return rects_.value(id); }
    QStringList drawnIds() const { return rects_.keys(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    // Lays the elements out (rects_) and paints them when `p` is not null.
    int layoutAndPaint(QPainter* p);
    QString tooltipAt(const QPoint& pos) const;

    const Theme& theme_;
    WalkPicture pic_;
    std::optional<VAddr> probe_;
    PagingMode probeMode_ = PagingMode::Level4;
    QStringList highlights_;
    QHash<QString, QRect> rects_;
    QHash<QString, QString> tips_;
    int height_ = 200;
};

} // namespace pagelab::ui
