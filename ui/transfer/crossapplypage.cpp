#include "transfer/crossapplypage.h"

#include "clientcore.h"
#include "domain/errortext.h"
#include "ops/operation.h"
#include "session/session.h"
#include "session/usertext.h"
#include "shell/pageregistry.h"
#include "transfer/lookupfield.h"
#include "transfer/transfertext.h"
#include "transfer/wrappedlabel.h"
#include "widgets/fieldwidth.h"
#include "widgets/formnavigator.h"
#include "widgets/formsection.h"
#include "widgets/receiptbar.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace hpf::ui {

CrossApplyPage::CrossApplyPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_center(new QComboBox(this))
    , m_account(new TransferLookupField(core, TransferLookupField::Kind::Personal, this))
    , m_oldAccount(new QLineEdit(this))
    , m_oldUnit(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_apply(new QPushButton(tr("&Apply and print the contact letter"), this))
    , m_status(new QLabel(this))
    , m_letterLabel(new QLabel(this))
    , m_details(new QLabel(this))
    , m_refresh(new QPushButton(tr("Refresh (F5)"), this))
    , m_progress(new QPushButton(tr("Ask the sending center for &progress"), this))
    , m_cancel(new QPushButton(tr("&Withdraw the application"), this))
    , m_letter(new ReceiptBar(printer, this))
    , m_operation(new client::ops::Operation(core->outbox(), this))
    , m_action(new client::ops::Operation(core->outbox(), this))
{
    setObjectName(u"crossApplyPage"_qs);
    m_center->setObjectName(u"crossCenter"_qs);
    m_account->edit()->setObjectName(u"crossAccount"_qs);
    m_oldAccount->setObjectName(u"crossOldAccount"_qs);
    m_oldAccount->setMaxLength(20);
    m_oldUnit->setObjectName(u"crossOldUnit"_qs);
    m_oldUnit->setMaxLength(100);
    m_phone->setObjectName(u"crossPhone"_qs);
    m_phone->setMaxLength(20);
    m_apply->setObjectName(u"crossApply"_qs);
    m_status->setObjectName(u"crossStatus"_qs);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_letterLabel->setObjectName(u"crossLetterNumber"_qs);
    m_letterLabel->setStyleSheet(u"font-size: 16pt; font-weight: bold;"_qs);
    m_letterLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(u"crossDetails"_qs);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_progress->setObjectName(u"crossProgress"_qs);
    m_cancel->setObjectName(u"crossCancel"_qs);
    m_refresh->setObjectName(u"crossRefresh"_qs);
    m_letter->setObjectName(u"crossLetterBar"_qs);

    m_center->setAccessibleName(tr("Sending center"));
    fitToChars(m_oldAccount, 21);
    fitToChars(m_oldUnit, chars::unitName);
    fitToChars(m_phone, chars::phone);
    QWidget *content = scrolledContent(this);
    QFormLayout *form = nullptr;
    auto *application = formSection(tr("Application"), content, &form);
    form->addRow(tr("Sending center:"), m_center);
    m_account->addTo(form, tr("Personal account here (new unit):"));
    form->addRow(tr("Account at the sending center:"), m_oldAccount);
    form->addRow(tr("Unit name at the sending center:"), m_oldUnit);
    form->addRow(tr("Phone (optional):"), m_phone);
    auto *sections = new SectionRow(content);
    sections->addSection(application);
    sections->addSection(TransferLookupField::summaryPanel({{tr("Account here:"), m_account}}, content), 1);
    auto *follow = new QHBoxLayout;
    follow->addWidget(m_refresh);
    follow->addWidget(m_progress);
    follow->addWidget(m_cancel);
    follow->addStretch();
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(
        wrappedLabel(tr("The worker applies here, at the receiving center, with an account already "
                        "opened under the new unit. The contact letter goes to the sending center, "
                        "which answers with the balance and the money."),
                     content));
    layout->addWidget(sections);
    layout->addWidget(m_apply, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addWidget(m_letterLabel);
    layout->addWidget(m_letter);
    layout->addWidget(m_details);
    layout->addLayout(follow);
    layout->addStretch();
    chainTabOrder({m_center, m_account->edit(), m_oldAccount, m_oldUnit, m_phone});

    auto *nav = new FormNavigator({m_center, m_account->edit(), m_oldAccount, m_oldUnit, m_phone}, this);
    connect(nav, &FormNavigator::submitRequested, this, &CrossApplyPage::apply);
    connect(m_apply, &QPushButton::clicked, this, &CrossApplyPage::apply);
    connect(m_refresh, &QPushButton::clicked, this, &CrossApplyPage::refresh);
    connect(m_progress, &QPushButton::clicked, this, [this] { act(false); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { act(true); });
    auto *f5 = new QAction(this);
    f5->setShortcut(QKeySequence(Qt::Key_F5));
    f5->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(f5, &QAction::triggered, this, &CrossApplyPage::refresh);
    QWidget::addAction(f5);
    for (client::ops::Operation *op : {m_operation, m_action}) {
        connect(op, &client::ops::Operation::status, this, &CrossApplyPage::setStatus);
        connect(op, &client::ops::Operation::failed, this,
                [this, op](const QString &message, const Error &error) {
                    onFailed(message, error, op == m_operation);
                });
    }
    connect(m_operation, &client::ops::Operation::succeeded, this, &CrossApplyPage::onApplied);
    connect(m_action, &client::ops::Operation::succeeded, this, &CrossApplyPage::onActed);
    reset();
}

QString CrossApplyPage::statusText() const
{
    return m_status->text();
}

QString CrossApplyPage::detailsText() const
{
    return m_details->text();
}

void CrossApplyPage::setStatus(const QString &text, bool error)
{
    TransferText::setStatus(m_status, text, error);
}

void CrossApplyPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_centersLoaded && !m_core->session()->user().username.isEmpty())
        loadCenters();
}

void CrossApplyPage::reset()
{
    m_account->clear();
    m_oldAccount->clear();
    m_oldUnit->clear();
    m_phone->clear();
    m_status->clear();
    m_letterLabel->clear();
    m_details->clear();
    m_letter->clear();
    m_letterNumber.clear();
    m_transfer.reset();
    m_operation->forget();
    m_action->forget();
    m_centersLoaded = false;
    m_center->clear();
    for (QPushButton *b : {m_refresh, m_progress, m_cancel})
        b->setEnabled(false);
}

void CrossApplyPage::loadCenters()
{
    m_centersLoaded = true;
    client::api::transfers::centers(m_core->api(), this, [this](const auto &reply) {
        if (!reply.ok()) {
            m_centersLoaded = false;
            setStatus(reply.message, true);
            emit centersLoaded(false);
            return;
        }
        // Connected centers first; the others listed but disabled, saying why.
        auto *model = new QStandardItemModel(m_center);
        QList<client::api::TransferCenters::Center> items = reply.value().items;
        std::stable_sort(items.begin(), items.end(),
                         [](const auto &a, const auto &b) { return a.connected && !b.connected; });
        for (const auto &c : items) {
            auto *item = new QStandardItem(
                c.connected ? c.name + u" ("_qs + c.code + u')'
                            : tr("%1 (%2) — not connected: no channel to this center").arg(c.name, c.code));
            item->setData(c.code, Qt::UserRole);
            if (!c.connected)
                item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            model->appendRow(item);
        }
        m_center->setModel(model);
        m_center->setCurrentIndex(items.isEmpty() || !items.first().connected ? -1 : 0);
        if (m_center->currentIndex() < 0)
            setStatus(
                tr("No other center can be reached from this one: transfers in cannot be applied for now"),
                true);
        emit centersLoaded(true);
    });
}

void CrossApplyPage::apply()
{
    if (m_operation->isPending()) {
        m_operation->resend();
        return;
    }
    const QString center = m_center->currentData(Qt::UserRole).toString();
    if (center.isEmpty()) {
        setStatus(errortext::fieldLabel(u"sendingCenter"_qs) + u": "_qs + tr("choose a connected center"),
                  true);
        m_center->setFocus();
        return;
    }
    if (Status s = m_account->validate(); !s) {
        setStatus(errortext::describe(s.error()), true);
        m_account->edit()->setFocus();
        return;
    }
    for (QLineEdit *edit : {m_oldAccount, m_oldUnit}) {
        if (edit->text().trimmed().isEmpty()) {
            setStatus(errortext::fieldLabel(edit == m_oldAccount ? u"oldAccount"_qs : u"oldUnitName"_qs) +
                          u": "_qs + tr("required"),
                      true);
            edit->setFocus();
            return;
        }
    }
    const client::api::CrossApplication application{center, m_account->number(), m_oldAccount->text(),
                                                    m_oldUnit->text(), m_phone->text()};
    if (!m_operation->start(
            client::api::transfers::crossApply(application, tr("Cross-city transfer application"))))
        return;
    m_letter->clear();
    m_letterLabel->clear();
}

void CrossApplyPage::onApplied(const client::ops::Outcome &outcome)
{
    const auto result = outcome.as<client::api::CrossApplied>();
    if (!result) {
        setStatus(client::usertext::describe(result.error()), true);
        emit applied(false);
        return;
    }
    setStatus(tr("Applied: the contact letter is ready to print; the sending center is being told"), false);
    m_letter->setReceipt(result->letter, m_training);
    show(result->transfer);
    m_letter->printButton()->setFocus();
    emit applied(true);
}

void CrossApplyPage::follow(const QString &letterNumber)
{
    m_letterNumber = letterNumber.trimmed();
    m_letter->clear();
    refresh();
}

void CrossApplyPage::refresh()
{
    if (m_letterNumber.isEmpty())
        return;
    const QString letter = m_letterNumber;
    client::api::transfers::crossGet(m_core->api(), letter, this, [this, letter](const auto &reply) {
        if (letter != m_letterNumber)
            return;
        if (!reply.ok()) {
            setStatus(reply.message, true);
            return;
        }
        show(reply.value().transfer);
    });
}

void CrossApplyPage::show(const client::api::CrossTransfer &transfer)
{
    m_transfer = transfer;
    m_letterNumber = transfer.letterNumber;
    m_letterLabel->setText(tr("Contact letter number: %1").arg(transfer.letterNumber));
    m_details->setText(TransferText::transferDetails(transfer));
    const bool open = !transfer.final;
    m_refresh->setEnabled(true);
    m_progress->setEnabled(open && transfer.isIncoming());
    // 撤销 stays offered until the transfer is cancelled, refused or failed: once the sending center
    // has accepted, the server says so and the page explains it (the money is on its way).
    static const QStringList kEndedWithoutMoney{u"05"_qs, u"13"_qs, u"40"_qs};
    m_cancel->setEnabled(transfer.isIncoming() && !transfer.cancelRequested &&
                         !kEndedWithoutMoney.contains(transfer.status));
    emit transferShown();
}

void CrossApplyPage::act(bool cancel)
{
    if (!m_transfer || m_action->isPending())
        return;
    const QString letter = m_transfer->letterNumber;
    m_pendingCancel = cancel;
    const client::ops::Request request =
        cancel ? client::api::transfers::crossCancel(letter, tr("Cancel a cross-city transfer"))
               : client::api::transfers::crossProgress(letter, tr("Cross-city transfer progress query"));
    m_action->start(request);
}

void CrossApplyPage::onActed(const client::ops::Outcome &outcome)
{
    const auto change = outcome.as<client::api::CrossTransferChange>();
    if (!change) {
        setStatus(client::usertext::describe(change.error()), true);
        emit actionFinished(false);
        return;
    }
    show(change->transfer);
    setStatus(change->transfer.cancelRequested || change->transfer.status == u"05"
                  ? tr("Cancellation sent: the application ends once the sending center agrees")
                  : tr("Progress query sent: press F5 in a moment to see the answer"),
              false);
    emit actionFinished(true);
}

void CrossApplyPage::onFailed(const QString &message, const Error &error, bool application)
{
    if (error.code == u"transfer.cancel_too_late") {
        setStatus(
            tr("The sending center has already accepted this transfer: it can no longer be cancelled. The "
               "money is on its way; follow it here or in 5103. (%1)")
                .arg(message),
            true);
        refresh();
        emit actionFinished(false);
        return;
    }
    if (!application && m_pendingCancel && error.code == u"transfer.status" && m_transfer &&
        m_transfer->final && (m_transfer->status == u"00" || m_transfer->status == u"20")) {
        // Already completed: the money is on the account here; say so instead of "status".
        setStatus(
            tr("This transfer is already completed (%1): the money has been credited here, so it can no "
               "longer be cancelled. (%2)")
                .arg(TransferText::transferStatus(m_transfer->status), message),
            true);
        emit actionFinished(false);
        return;
    }
    setStatus(TransferText::refusal(message, error), true);
    if (error.field == u"sendingCenter" || error.code == u"transfer.center_unknown" ||
        error.code == u"transfer.center_self" || error.code == u"transfer.unavailable")
        m_center->setFocus();
    else if (error.field == u"oldAccount")
        m_oldAccount->setFocus();
    else if (error.field == u"oldUnitName")
        m_oldUnit->setFocus();
    else if (error.field == u"phone")
        m_phone->setFocus();
    else if (error.field == u"accountNumber" || error.code.startsWith(u"account.") ||
             error.code == u"transfer.account_state" || error.code == u"transfer.duplicate")
        m_account->edit()->setFocus();
    if (application)
        emit applied(false);
    else
        emit actionFinished(false);
}

PageDescriptor CrossApplyPage::descriptor()
{
    return {.code = u"5101"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Cross-city transfer in"),
            .permission = u"transfers.crossApply"_qs,
            .shortcut = QKeySequence(),
            .guideAnchor = u"异地转入申请5101"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new CrossApplyPage(context.core(), context.printer(), parent);
                page->setFocusProxy(page->centerBox());
                connect(&context, &PageContext::trainingChanged, page, &CrossApplyPage::setTrainingMode);
                page->setTrainingMode(context.isTraining());
                resetOnSignOut(context, page);
                return page;
            },
            .receive = receiveWith(&CrossApplyPage::follow)};
}

} // namespace hpf::ui
