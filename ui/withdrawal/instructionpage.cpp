#include "withdrawal/instructionpage.h"

#include "clientcore.h"
#include "domain/errortext.h"
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
#include "withdrawal/payeeform.h"
#include "withdrawal/withdrawaltext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace hpf::ui {

namespace {

bool isMonth(const QString &text)
{
    static const QRegularExpression shape(u"^\\d{4}-(0[1-9]|1[0-2])$"_qs);
    return shape.match(text).hasMatch();
}

} // namespace

InstructionPage::InstructionPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_account(new TransferLookupField(core, TransferLookupField::Kind::Personal, this))
    , m_list(new QListWidget(this))
    , m_details(new QLabel(this))
    , m_endReason(new QLineEdit(this))
    , m_endButton(new QPushButton(tr("&End instruction"), this))
    , m_frequency(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_start(new QLineEdit(this))
    , m_end(new QLineEdit(this))
    , m_rent(new QLineEdit(this))
    , m_lease(new QLineEdit(this))
    , m_payee(new PayeeForm(core->reference(), this))
    , m_create(new QPushButton(tr("&Set up instruction"), this))
    , m_status(new QLabel(this))
    , m_receipt(new ReceiptBar(printer, this))
    , m_operation(new client::ops::Operation(core->outbox(), this))
{
    setObjectName(u"instructionPage"_qs);
    m_account->edit()->setObjectName(u"instructionAccount"_qs);
    m_list->setObjectName(u"instructionList"_qs);
    m_details->setObjectName(u"instructionDetails"_qs);
    m_endReason->setObjectName(u"instructionEndReason"_qs);
    m_endReason->setMaxLength(200);
    m_endButton->setObjectName(u"instructionEnd"_qs);
    m_frequency->setObjectName(u"instructionFrequency"_qs);
    m_frequency->addItem(WithdrawalText::frequency(u"monthly"_qs), u"monthly"_qs);
    m_frequency->addItem(WithdrawalText::frequency(u"quarterly"_qs), u"quarterly"_qs);
    m_amount->setObjectName(u"instructionAmount"_qs);
    m_start->setObjectName(u"instructionStart"_qs);
    m_start->setPlaceholderText(u"YYYY-MM"_qs);
    m_end->setObjectName(u"instructionEndMonth"_qs);
    m_end->setPlaceholderText(u"YYYY-MM"_qs);
    m_rent->setObjectName(u"instructionRent"_qs);
    m_lease->setObjectName(u"instructionLease"_qs);
    m_lease->setMaxLength(40);
    m_create->setObjectName(u"instructionCreate"_qs);
    m_status->setObjectName(u"instructionStatus"_qs);
    for (QLabel *label : {m_details, m_status}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    m_list->setAccessibleName(tr("Standing instructions of the account"));
    m_frequency->setAccessibleName(tr("Frequency"));
    fitToChars(m_amount, chars::amount);
    fitToChars(m_start, chars::month);
    fitToChars(m_end, chars::month);
    fitToChars(m_rent, chars::amount);
    fitToChars(m_lease, 24);
    QWidget *content = scrolledContent(this);
    QFormLayout *top = nullptr;
    auto *accountBox = formSection(tr("Account"), content, &top);
    m_account->addTo(top, tr("Personal account number:"));
    auto *first = new SectionRow(content);
    first->addSection(accountBox);
    first->addSection(TransferLookupField::summaryPanel({{tr("Account:"), m_account}}, content), 1);
    // The account's instructions, and ending one.
    auto *existing = new QGroupBox(tr("Standing instructions"), content);
    auto *endRow = new QHBoxLayout;
    endRow->addWidget(buddyLabel(tr("Reason to end:"), m_endReason, existing));
    endRow->addWidget(m_endReason, 1);
    endRow->addWidget(m_endButton);
    auto *existingLayout = new QVBoxLayout(existing);
    existingLayout->addWidget(m_list);
    existingLayout->addWidget(m_details);
    existingLayout->addLayout(endRow);
    QFormLayout *form = nullptr;
    auto *created = formSection(tr("New instruction"), content, &form);
    form->addRow(tr("Frequency:"), m_frequency);
    form->addRow(tr("Amount per period (yuan):"), m_amount);
    form->addRow(tr("First month (YYYY-MM):"), m_start);
    form->addRow(tr("Last month (YYYY-MM, optional):"), m_end);
    form->addRow(tr("Monthly rent (yuan):"), m_rent);
    form->addRow(tr("Lease contract number:"), m_lease);
    m_payee->addRowsTo(form);
    auto *second = new SectionRow(content);
    second->addSection(existing, 1);
    second->addSection(created);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(wrappedLabel(
        tr("Standing rent withdrawals: the platform pays each period until the last month, the account "
           "closes or the person is found to own a home. Enter in the account lists its instructions."),
        content));
    layout->addWidget(first);
    layout->addWidget(second);
    layout->addWidget(m_create, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addWidget(m_receipt);
    layout->addStretch();
    chainTabOrder(QList<QWidget *>{m_account->edit(), m_list, m_endReason, m_frequency, m_amount, m_start,
                                   m_end, m_rent, m_lease}
                  << m_payee->fields());

    auto *nav = new FormNavigator(
        QList<QWidget *>{m_frequency, m_amount, m_start, m_end, m_rent, m_lease} << m_payee->fields(), this);
    connect(nav, &FormNavigator::submitRequested, this, &InstructionPage::create);
    connect(m_account, &TransferLookupField::loaded, this, [this](bool ok) {
        if (ok)
            loadList();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &InstructionPage::showDetails);
    connect(m_endReason, &QLineEdit::returnPressed, this, &InstructionPage::end);
    connect(m_endButton, &QPushButton::clicked, this, &InstructionPage::end);
    connect(m_create, &QPushButton::clicked, this, &InstructionPage::create);
    connect(m_operation, &client::ops::Operation::status, this, &InstructionPage::setStatus);
    connect(m_operation, &client::ops::Operation::succeeded, this, &InstructionPage::onSucceeded);
    connect(m_operation, &client::ops::Operation::failed, this, &InstructionPage::onFailed);
    reset();
}

QString InstructionPage::statusText() const
{
    return m_status->text();
}

QString InstructionPage::detailsText() const
{
    return m_details->text();
}

void InstructionPage::setStatus(const QString &text, bool error)
{
    TransferText::setStatus(m_status, text, error);
}

void InstructionPage::reset()
{
    m_account->clear();
    m_list->clear();
    m_items.clear();
    m_listedFor.clear();
    m_details->clear();
    m_endReason->clear();
    m_frequency->setCurrentIndex(0);
    for (QLineEdit *e : {m_amount, m_start, m_end, m_rent, m_lease})
        e->clear();
    m_start->setText(QDate::currentDate().addMonths(1).toString(u"yyyy-MM"_qs));
    m_payee->clear();
    m_status->clear();
    m_receipt->clear();
    m_checking = false;
    m_operation->forget();
}

void InstructionPage::showAccount(const QString &accountNumber)
{
    reset();
    m_account->setText(accountNumber); // loads the account, then its instructions
}

void InstructionPage::loadList()
{
    const QString account = m_account->number();
    if (account.isEmpty())
        return;
    client::api::withdrawals::instructions(
        m_core->api(), account, this,
        [this, account](const client::api::Reply<client::api::InstructionList> &reply) {
            if (account != m_account->number())
                return;
            if (!reply.ok()) {
                setStatus(reply.message, true);
                emit listed(false);
                return;
            }
            const int row = m_list->currentRow();
            m_items = reply.value().items;
            m_listedFor = account;
            const QSignalBlocker blocker(m_list);
            m_list->clear();
            for (const client::api::Instruction &i : m_items)
                m_list->addItem(WithdrawalText::instructionLine(i));
            if (m_items.isEmpty())
                m_details->setText(tr("No standing instructions on this account"));
            else
                m_list->setCurrentRow(qBound(0, row, int(m_items.size()) - 1));
            if (!m_items.isEmpty())
                showDetails(m_list->currentRow());
            emit listed(true);
        });
}

void InstructionPage::showDetails(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    const QString id = m_items.at(row).id;
    client::api::withdrawals::instruction(
        m_core->api(), id, this, [this, id](const client::api::Reply<client::api::InstructionAnswer> &reply) {
            if (!reply.ok()) {
                m_details->setText(reply.message);
                emit detailsShown(false);
                return;
            }
            const client::api::Instruction &i = reply.value().instruction;
            QStringList lines{
                WithdrawalText::instructionLine(i),
                tr("Payee: %1 %2 (%3)").arg(i.payee.bankName, i.payee.accountMasked, i.payee.name)};
            for (const client::api::InstructionPayment &p : i.payments)
                lines.append(u"  "_qs + WithdrawalText::payment(p));
            if (i.payments.isEmpty())
                lines.append(tr("  No payments yet"));
            m_details->setText(lines.join(u'\n'));
            emit detailsShown(id == i.id);
        });
}

void InstructionPage::create()
{
    if (m_operation->isPending() || m_checking)
        return;
    if (Status s = m_account->validate(); !s) {
        setStatus(errortext::describe(s.error()), true);
        m_account->edit()->setFocus();
        return;
    }
    for (QLineEdit *month : {m_start, m_end}) {
        const QString text = month->text().trimmed();
        if ((month == m_start || !text.isEmpty()) && !isMonth(text)) {
            setStatus(tr("Not a month: type it as YYYY-MM, e.g. 2027-01"), true);
            month->setFocus();
            return;
        }
    }
    for (QLineEdit *money : {m_amount, m_rent}) {
        if (money == m_rent && money->text().trimmed().isEmpty())
            continue;
        if (auto fen = money::parse(money->text(),
                                    money == m_amount ? u"amountFen"_qs : u"evidence.monthlyRentFen"_qs);
            !fen) {
            setStatus(errortext::describe(fen.error()), true);
            money->setFocus();
            return;
        }
    }
    if (!m_core->isOnline()) {
        setStatus(client::usertext::describe(makeError(u"offline.refused"_qs, QString())), true);
        return;
    }
    // The rent rule wants to know whether the person owns a home: ask the sharing interfaces first.
    m_checking = true;
    setStatus(tr("Asking the sharing interfaces…"), false);
    client::api::WithdrawalCheckQuery query{m_account->number(), u"rent"_qs, std::nullopt, {}, true};
    client::api::withdrawals::check(
        m_core->api(), query, this, [this](const client::api::Reply<client::api::WithdrawalCheck> &reply) {
            m_checking = false;
            if (!reply.ok()) {
                setStatus(WithdrawalText::refusal(reply.message, reply.error()), true);
                m_account->edit()->setFocus();
                return;
            }
            QStringList ids;
            for (const client::api::SharedAnswer &a : reply.value().sharedAnswers)
                ids.append(a.id);
            send(ids);
        });
}

void InstructionPage::send(const QStringList &sharedAnswerIds)
{
    client::api::InstructionApplication a;
    a.accountNumber = m_account->number();
    a.frequency = m_frequency->currentData().toString();
    a.amountFen = money::parse(m_amount->text()).value();
    a.startMonth = m_start->text().trimmed();
    a.endMonth = m_end->text().trimmed();
    if (!m_rent->text().trimmed().isEmpty())
        a.evidence.monthlyRentFen = money::parse(m_rent->text()).value();
    a.evidence.contractNumber = m_lease->text();
    a.sharedAnswerIds = sharedAnswerIds;
    a.payee = m_payee->input();
    m_receipt->clear();
    m_operation->start(client::api::withdrawals::instruct(a, tr("Standing rent instruction")),
                       client::ops::Operation::Mode::Interactive);
}

void InstructionPage::end()
{
    if (m_operation->isPending())
        return;
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_items.size()) {
        setStatus(tr("Choose the instruction to end"), true);
        m_list->setFocus();
        return;
    }
    if (m_endReason->text().trimmed().isEmpty()) {
        setStatus(tr("Type the reason to end the instruction"), true);
        m_endReason->setFocus();
        return;
    }
    m_operation->start(client::api::withdrawals::endInstruction(m_items.at(row).id, m_endReason->text(),
                                                                tr("End rent instruction")),
                       m_core->isOnline() ? client::ops::Operation::Mode::Interactive
                                          : client::ops::Operation::Mode::Queued);
}

void InstructionPage::onSucceeded(const client::ops::Outcome &outcome)
{
    const auto answer = outcome.as<client::api::InstructionAnswer>();
    if (!answer) {
        setStatus(client::usertext::describe(answer.error()), true);
        emit finished(false);
        return;
    }
    const client::api::Instruction &i = answer.value().instruction;
    if (answer.value().receipt) {
        setStatus(tr("Instruction No. %1 set up").arg(i.id), false);
        m_receipt->setReceipt(*answer.value().receipt, m_training);
        m_receipt->pdfButton()->setFocus();
    } else {
        setStatus(tr("Instruction No. %1: %2").arg(i.id, WithdrawalText::instructionStatus(i.status)), false);
        m_endReason->clear();
    }
    loadList();
    emit finished(true);
}

void InstructionPage::onFailed(const QString &message, const Error &error)
{
    setStatus(WithdrawalText::refusal(message, error), true);
    const QString &f = error.field;
    if (f == u"frequency" || error.code == u"instruction.frequency")
        m_frequency->setFocus();
    else if (f == u"amountFen" || error.code == u"withdrawal.amount_above_max")
        m_amount->setFocus();
    else if (f == u"startMonth" || error.code == u"instruction.months")
        m_start->setFocus();
    else if (f == u"endMonth")
        m_end->setFocus();
    else if (f == u"evidence.monthlyRentFen")
        m_rent->setFocus();
    else if (f == u"evidence.contractNumber")
        m_lease->setFocus();
    else if (f == u"reason" || error.code == u"instruction.status")
        m_endReason->setFocus();
    else if (!m_payee->focusField(f.isEmpty() ? error.code : f))
        m_account->edit()->setFocus();
    emit finished(false);
}

PageDescriptor InstructionPage::descriptor()
{
    return {.code = u"6002"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Standing rent instructions"),
            .permission = u"withdrawals.instruct"_qs,
            .shortcut = QKeySequence(),
            .guideAnchor = u"租房提取委托6002"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new InstructionPage(context.core(), context.printer(), parent);
                page->setFocusProxy(page->accountField());
                connect(&context, &PageContext::trainingChanged, page, &InstructionPage::setTrainingMode);
                page->setTrainingMode(context.isTraining());
                resetOnSignOut(context, page);
                return page;
            },
            .receive = receiveWith(&InstructionPage::showAccount)};
}

} // namespace hpf::ui
