#include "translation/translation_dock.h"

#include "machine/machine.h"
#include "player/player.h"
#include "theme/theme.h"
#include "translation/walk_view.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pagelab::ui {

namespace {

std::optional<VAddr> parseAddress(QString s)
{
    s = s.trimmed();
    if (s.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        s = s.mid(2);
    s.remove(QLatin1Char('_'));
    bool ok = false;
    const VAddr v = s.toULongLong(&ok, 16);
    return ok && !s.isEmpty() ? std::optional<VAddr>(v) : std::nullopt;
}

} // namespace

TranslationDock::TranslationDock(Player& player, Theme& theme, QWidget* parent)
    : ViewDock(tr("Translation"), QStringLiteral("walk"), player, theme, parent)
{
    setObjectName(QStringLiteral("translationDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    auto* top = new QHBoxLayout;
    addressLabel_ = new QLabel(tr("Address:"), body);
    top->addWidget(addressLabel_);
    address_ = new QLineEdit(body);
    address_->setObjectName(QStringLiteral("walkAddress"));
    address_->setPlaceholderText(tr("hex, e.g. 0x401000: shows its fields"));
    address_->setClearButtonEnabled(true);
    address_->setToolTip(tr("Split an address into its fields without accessing it; "
                            "Look up runs `pte` on it to see its walk with no side effect, "
                            "Access runs `access` on it"));
    top->addWidget(address_, 1);
    accessButton_ = new QPushButton(tr("Access"), body);
    accessButton_->setToolTip(tr("Run `access` on this address in the running process"));
    top->addWidget(accessButton_);
    lookUpButton_ = new QPushButton(tr("Look up"), body);
    lookUpButton_->setObjectName(QStringLiteral("walkLookUp"));
    lookUpButton_->setToolTip(tr("Run `pte` on this address in the running process: the walk is read "
                                 "without the TLB and without setting Accessed or Dirty bits"));
    top->addWidget(lookUpButton_);
    layout->addLayout(top);

    view_ = new WalkView(theme, body);
    view_->setContextMenuPolicy(Qt::CustomContextMenu);
    scroll_ = new QScrollArea(body);
    scroll_->setWidget(view_);
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll_, 1);
    setWidget(body);

    connect(&player, &Player::stateChanged, this, &TranslationDock::rebuild);
    connect(&player, &Player::cursorMoved, this, &TranslationDock::rebuild);
    connect(address_, &QLineEdit::textChanged, this, &TranslationDock::probeChanged);
    connect(accessButton_, &QPushButton::clicked, this, [this] {
        const auto va = parseAddress(address_->text());
        const QString proc = currentProcess();
        if (va && !proc.isEmpty())
            Q_EMIT commandRequested(QStringLiteral("access %1 0x%2").arg(proc, QString::number(*va, 16)));
    });
    connect(lookUpButton_, &QPushButton::clicked, this, [this] {
        const auto va = parseAddress(address_->text());
        const QString proc = currentProcess();
        if (va && !proc.isEmpty())
            Q_EMIT commandRequested(QStringLiteral("pte %1 0x%2").arg(proc, QString::number(*va, 16)));
    });
    connect(address_, &QLineEdit::returnPressed, lookUpButton_, &QPushButton::click);
    connect(view_, &QWidget::customContextMenuRequested, this, &TranslationDock::showContextMenu);
    connect(&theme, &Theme::changed, this, &TranslationDock::applyTheme);
    applyTheme();
    rebuild();
}

void TranslationDock::rebuild()
{
    const Player& p = player();
    const Event* focused = p.focusedEvent();
    const std::size_t end = p.visibleJournalEvents();
    const long long focusedIndex = focused && end > 0 ? static_cast<long long>(end - 1) : -1;
    view_->setPicture(buildWalkPicture(p.journal(), end, focusedIndex, p.state().machine().cpu()));
    probeChanged();
    const QRect r = view_->elementRect(view_->picture().focusedId);
    if (!r.isEmpty())
        scroll_->ensureVisible(r.center().x(), r.center().y(), r.width() / 2, r.height() / 2);
}

void TranslationDock::probeChanged()
{
    const auto va = parseAddress(address_->text());
    accessButton_->setEnabled(va.has_value() && !currentProcess().isEmpty());
    lookUpButton_->setEnabled(accessButton_->isEnabled());
    view_->setProbeAddress(va, player().state().machine().cpu().mode);
}

void TranslationDock::applyTheme()
{
    address_->setFont(theme().monoFont());
    addressLabel_->setFont(theme().uiFont());
    accessButton_->setFont(theme().uiFont());
    lookUpButton_->setFont(theme().uiFont());
    view_->setPicture(view_->picture());
}

void TranslationDock::setHighlights(const QStringList& ids)
{
    ViewDock::setHighlights(ids);
    view_->setHighlights(highlights());
    for (const QString& id : highlights()) {
        const QRect r = view_->elementRect(id);
        if (!r.isEmpty()) {
            scroll_->ensureVisible(r.center().x(), r.center().y(), r.width() / 2, r.height() / 2);
            break;
        }
    }
}

ViewDock::Element TranslationDock::element(const QString& id) const
{
    return { view_, view_->elementRect(id) };
}

QWidget* TranslationDock::exportWidget() const
{
    return view_;
}

QRect TranslationDock::focusRect() const
{
    return view_->elementRect(view_->picture().focusedId);
}

QString TranslationDock::currentProcess() const
{
    if (const Process* proc = player().state().machine().current())
        return QString::fromStdString(proc->name);
    return {};
}

VAddr TranslationDock::shownAddress() const
{
    if (const auto va = parseAddress(address_->text()))
        return *va;
    return view_->picture().va;
}

QStringList TranslationDock::commands() const
{
    const QString proc = currentProcess();
    if (proc.isEmpty() || (!view_->picture().valid && !parseAddress(address_->text())))
        return {};
    const QString addr = QStringLiteral("0x") + QString::number(shownAddress(), 16);
    return { QStringLiteral("invlpg %1 %2").arg(proc, addr),
        QStringLiteral("access %1 %2 op=read").arg(proc, addr),
        QStringLiteral("access %1 %2 op=write").arg(proc, addr) };
}

void TranslationDock::showContextMenu(const QPoint& pos)
{
    const QStringList cmds = commands();
    if (cmds.isEmpty())
        return;
    QMenu menu(this);
    const QString labels[] = { tr("Invalidate its TLB entry (%1)"), tr("Read it (%1)"), tr("Write it (%1)") };
    for (int i = 0; i < cmds.size() && i < 3; ++i) {
        const QString c = cmds[i];
        connect(menu.addAction(labels[i].arg(c)), &QAction::triggered, this,
            [this, c] { Q_EMIT commandRequested(c); });
    }
    menu.exec(view_->mapToGlobal(pos));
}

} // namespace pagelab::ui
