#include "changes/personchangepage.h"

#include "changes/changetext.h"
#include "clientcore.h"
#include "domain/errortext.h"
#include "lookup/summarypanel.h"
#include "ops/operation.h"
#include "session/usertext.h"
#include "shell/grantdialog.h"
#include "shell/pageregistry.h"
#include "transfer/lookupfield.h"
#include "transfer/transfertext.h"
#include "transfer/wrappedlabel.h"
#include "widgets/fieldwidth.h"
#include "widgets/formnavigator.h"
#include "widgets/formsection.h"
#include "widgets/receiptbar.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hpf::ui {

PersonChangePage::PersonChangePage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_account(new TransferLookupField(core, TransferLookupField::Kind::Personal, this))
    , m_name(new QLineEdit(this))
    , m_mobile(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_submit(new QPushButton(tr("&Change"), this))
    , m_status(new QLabel(this))
    , m_resultLabel(new QLabel(this))
    , m_receipt(new ReceiptBar(printer, this))
    , m_operation(new client::ops::Operation(core->outbox(), this))
{
    setObjectName(u"personChangePage"_qs);
    m_account->edit()->setObjectName(u"personChangeAccount"_qs);
    m_name->setObjectName(u"personChangeName"_qs);
    m_name->setMaxLength(60);
    m_mobile->setObjectName(u"personChangeMobile"_qs);
    m_mobile->setMaxLength(20);
    m_reason->setObjectName(u"personChangeReason"_qs);
    m_reason->setMaxLength(200);
    m_submit->setObjectName(u"personChangeSubmit"_qs);
    m_status->setObjectName(u"personChangeStatus"_qs);
    m_resultLabel->setObjectName(u"personChangeResult"_qs);
    for (QLabel *label : {m_status, m_resultLabel}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Personal account number:"), m_account);
    form->addRow(tr("New name (after checking the documents):"), m_name);
    form->addRow(tr("New mobile:"), m_mobile);
    form->addRow(tr("Reason:"), m_reason);
    labelInput(form, m_account, m_account->edit());
    fitToChars(m_account->edit(), chars::accountNumber);
    fitToChars(m_name, chars::name);
    fitToChars(m_mobile, chars::phone);
    fitToChars(m_reason, 40);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        wrappedLabel(tr("Change a person's name or mobile: fill in only what changes and the reason; "
                        "Enter in the reason submits. A name change is authorised by a supervisor."),
                     this));
    // The form on the left, the looked-up person beside it (under it where the page is narrow).
    layout->addWidget(SummaryPanel::besideForm(form, SummaryPanel::Kind::Person, m_account, m_core, this));
    layout->addWidget(m_submit, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_receipt);
    layout->addStretch();

    auto *nav = new FormNavigator({m_account->edit(), m_name, m_mobile, m_reason}, this);
    connect(nav, &FormNavigator::submitRequested, this, &PersonChangePage::submit);
    connect(m_submit, &QPushButton::clicked, this, &PersonChangePage::submit);
    connect(m_operation, &client::ops::Operation::status, this, &PersonChangePage::setStatus);
    connect(m_operation, &client::ops::Operation::succeeded, this, &PersonChangePage::onSucceeded);
    connect(m_operation, &client::ops::Operation::failed, this, &PersonChangePage::onFailed);
    reset();
}

GrantDialog *PersonChangePage::grantDialog() const
{
    return m_grantDialog;
}

QString PersonChangePage::statusText() const
{
    return m_status->text();
}

QString PersonChangePage::resultText() const
{
    return m_resultLabel->text();
}

void PersonChangePage::setStatus(const QString &text, bool error)
{
    TransferText::setStatus(m_status, text, error);
}

void PersonChangePage::reset()
{
    if (m_grantDialog)
        m_grantDialog->close();
    m_account->clear();
    m_name->clear();
    m_mobile->clear();
    m_reason->clear();
    m_status->clear();
    m_resultLabel->clear();
    m_receipt->clear();
    m_operation->forget();
}

void PersonChangePage::showAccount(const QString &accountNumber)
{
    reset();
    m_account->setText(accountNumber);
    m_name->setFocus();
}

void PersonChangePage::submit()
{
    if (m_operation->isPending() || m_grantDialog)
        return;
    if (Status s = m_account->validate(); !s) {
        setStatus(errortext::describe(s.error()), true);
        m_account->edit()->setFocus();
        return;
    }
    client::api::PersonChangeInput in{m_account->number(), std::nullopt, std::nullopt, m_reason->text()};
    if (!m_name->text().trimmed().isEmpty())
        in.name = m_name->text();
    if (!m_mobile->text().trimmed().isEmpty())
        in.mobile = m_mobile->text();
    if (in.isEmpty()) {
        setStatus(tr("Nothing to change: type the new name or the new mobile"), true);
        m_name->setFocus();
        return;
    }
    if (in.reason.trimmed().isEmpty()) {
        setStatus(tr("Type the reason for the change"), true);
        m_reason->setFocus();
        return;
    }
    const client::ops::Request request = client::api::changes::personChange(in, tr("Person change"));
    m_resultLabel->clear();
    m_receipt->clear();
    if (!in.name) {
        m_operation->start(request, m_core->isOnline() ? client::ops::Operation::Mode::Interactive
                                                       : client::ops::Operation::Mode::Queued);
        return;
    }
    if (!m_core->isOnline()) {
        // The supervisor's grant is given now, at this screen: never queued.
        setStatus(client::usertext::describe(makeError(u"offline.refused"_qs, QString())), true);
        return;
    }
    if (!m_operation->confirm(request))
        return;
    m_grantDialog = new GrantDialog(
        m_core->session(), m_operation,
        tr("Name change of account %1 to %2").arg(in.accountNumber, in.name->trimmed()), this);
    connect(m_grantDialog, &QDialog::finished, this, [this] {
        if (m_operation->state() == client::ops::Operation::State::Confirmed)
            m_operation->cancel();
    });
    connect(m_grantDialog, &GrantDialog::granted, this, [this] { m_operation->submit(); });
    m_grantDialog->open();
}

void PersonChangePage::onSucceeded(const client::ops::Outcome &outcome)
{
    const auto result = outcome.as<client::api::ChangeResult>();
    if (!result) {
        setStatus(client::usertext::describe(result.error()), true);
        emit finished(false);
        return;
    }
    setStatus(tr("Changed: serial %1").arg(result.value().serial), false);
    m_resultLabel->setText(ChangeText::changes(result.value().changes));
    m_receipt->setReceipt(result.value().receipt, m_training);
    m_receipt->pdfButton()->setFocus();
    m_account->load(); // the lookup shows today's values again
    emit finished(true);
}

void PersonChangePage::onFailed(const QString &message, const Error &error)
{
    setStatus(TransferText::refusal(message, error), true);
    if (error.field == u"name" || error.code.startsWith(u"name.") || error.code == u"grant.required")
        m_name->setFocus();
    else if (error.field == u"mobile" || error.code.startsWith(u"mobile."))
        m_mobile->setFocus();
    else if (error.field == u"reason")
        m_reason->setFocus();
    else if (error.code == u"change.nothing")
        m_name->setFocus();
    else
        m_account->edit()->setFocus();
    emit finished(false);
}

PageDescriptor PersonChangePage::descriptor()
{
    return {.code = u"2202"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Person details change"),
            .permission = u"persons.change"_qs,
            .shortcut = QKeySequence(),
            .guideAnchor = u"个人信息变更2202"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new PersonChangePage(context.core(), context.printer(), parent);
                page->setFocusProxy(page->accountField());
                connect(&context, &PageContext::trainingChanged, page, &PersonChangePage::setTrainingMode);
                page->setTrainingMode(context.isTraining());
                resetOnSignOut(context, page);
                return page;
            },
            .receive = receiveWith(&PersonChangePage::showAccount)};
}

} // namespace hpf::ui
