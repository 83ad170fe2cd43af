#include "transfer/incitypage.h"

#include "clientcore.h"
#include "domain/errortext.h"
#include "domain/identity.h"
#include "domain/money.h"
#include "ops/operation.h"
#include "session/usertext.h"
#include "shell/pageregistry.h"
#include "transfer/lookupfield.h"
#include "transfer/transfertext.h"
#include "transfer/wrappedlabel.h"
#include "widgets/fieldwidth.h"
#include "widgets/formnavigator.h"
#include "widgets/formsection.h"
#include "widgets/receiptbar.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hpf::ui {

InCityTransferPage::InCityTransferPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_account(new TransferLookupField(core, TransferLookupField::Kind::Personal, this))
    , m_toUnit(new TransferLookupField(core, TransferLookupField::Kind::Unit, this))
    , m_memo(new QLineEdit(this))
    , m_submit(new QPushButton(tr("T&ransfer"), this))
    , m_status(new QLabel(this))
    , m_resultLabel(new QLabel(this))
    , m_receipt(new ReceiptBar(printer, this))
    , m_operation(new client::ops::Operation(core->outbox(), this))
{
    setObjectName(u"inCityPage"_qs);
    m_account->edit()->setObjectName(u"inCityAccount"_qs);
    m_toUnit->edit()->setObjectName(u"inCityToUnit"_qs);
    m_memo->setObjectName(u"inCityMemo"_qs);
    m_memo->setMaxLength(100);
    m_submit->setObjectName(u"inCitySubmit"_qs);
    m_status->setObjectName(u"inCityStatus"_qs);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultLabel->setObjectName(u"inCityResult"_qs);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    fitToChars(m_memo, 40);
    QFormLayout *form = nullptr;
    auto *transfer = formSection(tr("Transfer"), this, &form);
    m_account->addTo(form, tr("Personal account number:"));
    m_toUnit->addTo(form, tr("Receiving unit account:"));
    form->addRow(tr("Memo (optional):"), m_memo);
    QWidget *content = scrolledContent(this);
    auto *sections = new SectionRow(content);
    sections->addSection(transfer);
    sections->addSection(TransferLookupField::summaryPanel(
                             {{tr("Account:"), m_account}, {tr("Receiving unit:"), m_toUnit}}, content),
                         1);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(
        wrappedLabel(tr("Move an account to another unit of this center: the interest to date and "
                        "the whole balance go with it; the old account is closed (reason: in-city "
                        "transfer). Enter moves to the next field; Enter in the memo transfers."),
                     content));
    layout->addWidget(sections);
    layout->addWidget(m_submit, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_receipt);
    layout->addStretch();
    chainTabOrder({m_account->edit(), m_toUnit->edit(), m_memo});

    auto *nav = new FormNavigator({m_account->edit(), m_toUnit->edit(), m_memo}, this);
    connect(nav, &FormNavigator::submitRequested, this, &InCityTransferPage::submit);
    connect(m_submit, &QPushButton::clicked, this, &InCityTransferPage::submit);
    connect(m_operation, &client::ops::Operation::status, this, &InCityTransferPage::setStatus);
    connect(m_operation, &client::ops::Operation::succeeded, this, &InCityTransferPage::onSucceeded);
    connect(m_operation, &client::ops::Operation::failed, this, &InCityTransferPage::onFailed);
    reset();
}

QString InCityTransferPage::statusText() const
{
    return m_status->text();
}

QString InCityTransferPage::resultText() const
{
    return m_resultLabel->text();
}

void InCityTransferPage::setStatus(const QString &text, bool error)
{
    TransferText::setStatus(m_status, text, error);
}

void InCityTransferPage::reset()
{
    m_account->clear();
    m_toUnit->clear();
    m_memo->clear();
    m_status->clear();
    m_resultLabel->clear();
    m_receipt->clear();
    m_result.reset();
    m_operation->forget();
    m_sent.clear();
    m_confirmed.clear();
}

void InCityTransferPage::showAccount(const QString &accountNumber)
{
    reset();
    m_account->setText(accountNumber);
    m_toUnit->edit()->setFocus();
}

QString InCityTransferPage::formSignature() const
{
    return QStringList{m_account->number(), m_toUnit->number(), m_memo->text().trimmed()}.join(u'\x1f');
}

void InCityTransferPage::submit()
{
    if (m_operation->isPending()) {
        m_operation->resend(); // the same operation again: same id, never a second transfer
        setStatus(tr("Waiting for the server's answer; the transfer is sent again with the same id"), false);
        return;
    }
    if (!m_confirmed.isEmpty() && formSignature() == m_confirmed)
        return; // already transferred: a late second Enter must not try again
    for (TransferLookupField *field : {m_account, m_toUnit}) {
        if (Status s = field->validate(); !s) {
            setStatus(errortext::describe(s.error()), true);
            field->edit()->setFocus();
            return;
        }
    }
    const client::ops::Request request = client::api::transfers::inCity(
        m_account->number(), m_toUnit->number(), m_memo->text(), tr("In-city transfer"));
    const auto mode =
        m_core->isOnline() ? client::ops::Operation::Mode::Interactive : client::ops::Operation::Mode::Queued;
    if (!m_operation->start(request, mode))
        return;
    m_sent = formSignature();
    m_result.reset();
    m_resultLabel->clear();
    m_receipt->clear();
}

void InCityTransferPage::onSucceeded(const client::ops::Outcome &outcome)
{
    const auto result = outcome.as<client::api::InCityResult>();
    if (!result) {
        setStatus(client::usertext::describe(result.error()), true);
        emit finished(false);
        return;
    }
    m_result = result.value();
    m_confirmed = m_sent;
    const client::api::InCityResult &r = *m_result;
    setStatus(tr("Transferred: serial %1").arg(r.serial), false);
    m_resultLabel->setText(
        tr("From %1 (%2, now %3)\nTo %4 (%5, %6)\nPrincipal %7 · interest to date %8 · amount moved %9 · "
           "value date %10")
            .arg(r.from.accountNumber, r.fromUnit.name, TransferText::accountState(r.from.state),
                 r.to.accountNumber, r.toUnit.name, TransferText::accountState(r.to.state),
                 money::format(r.principalFen), money::format(r.interestFen), money::format(r.amountFen))
            .arg(QLocale().toString(r.valueDate, QLocale::ShortFormat)));
    m_receipt->setReceipt(r.receipt, m_training);
    m_receipt->pdfButton()->setFocus();
    emit finished(true);
}

void InCityTransferPage::onFailed(const QString &message, const Error &error)
{
    setStatus(TransferText::refusal(message, error), true);
    // Focus what the refusal names: the account (also for money held on it), the receiving unit, the memo.
    if (error.field == u"toUnitAccount" || error.code.startsWith(u"unit.") ||
        error.code == u"transfer.same_unit" || error.code == u"transfer.unit_state" ||
        error.code == u"auth.branch_denied")
        m_toUnit->edit()->setFocus();
    else if (error.field == u"memo")
        m_memo->setFocus();
    else
        m_account->edit()->setFocus();
    emit finished(false);
}

PageDescriptor InCityTransferPage::descriptor()
{
    return {.code = u"5001"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "In-city transfer"),
            .permission = u"transfers.inCity"_qs,
            .shortcut = QKeySequence(),
            .guideAnchor = u"市内转移5001"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new InCityTransferPage(context.core(), context.printer(), parent);
                page->setFocusProxy(page->accountField());
                connect(&context, &PageContext::trainingChanged, page, &InCityTransferPage::setTrainingMode);
                page->setTrainingMode(context.isTraining());
                resetOnSignOut(context, page);
                return page;
            },
            .receive = receiveWith(&InCityTransferPage::showAccount)};
}

} // namespace hpf::ui
