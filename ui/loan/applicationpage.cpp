#include "loan/applicationpage.h"

#include "api/reference.h"
#include "clientcore.h"
#include "domain/errortext.h"
#include "domain/money.h"
#include "loan/loantext.h"
#include "ops/operation.h"
#include "session/usertext.h"
#include "shell/pageregistry.h"
#include "transfer/transfertext.h"
#include "transfer/wrappedlabel.h"
#include "widgets/fieldwidth.h"
#include "widgets/formnavigator.h"
#include "widgets/formsection.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace hpf::ui {

namespace {

QLineEdit *lineEdit(QWidget *parent, const QString &name, int maxLength)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setMaxLength(maxLength);
    return edit;
}

// A whole number typed with half- or full-width digits ("２４０"); nullopt when it is not one.
std::optional<int> parseWhole(const QString &text, int minimum, int maximum)
{
    const QString digits = text.normalized(QString::NormalizationForm_KC).trimmed();
    static const QRegularExpression shape(u"^\\d{1,6}$"_qs);
    if (!shape.match(digits).hasMatch())
        return std::nullopt;
    const int value = digits.toInt();
    if (value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

} // namespace

LoanApplicationPage::LoanApplicationPage(client::ClientCore *core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_parties(nullptr)
    , m_kind(new QComboBox(this))
    , m_amount(lineEdit(this, u"loanAmount"_qs, 20))
    , m_term(lineEdit(this, u"loanTerm"_qs, 4))
    , m_method(new QComboBox(this))
    , m_homeOrder(new QComboBox(this))
    , m_bank(new QComboBox(this))
    , m_address(lineEdit(this, u"loanAddress"_qs, 200))
    , m_price(lineEdit(this, u"loanPrice"_qs, 20))
    , m_contract(lineEdit(this, u"loanContract"_qs, 60))
    , m_commercialBox(new QWidget(this))
    , m_commercialAmount(lineEdit(m_commercialBox, u"loanCommercialAmount"_qs, 20))
    , m_commercialBank(new QComboBox(m_commercialBox))
    , m_commercialTerm(lineEdit(m_commercialBox, u"loanCommercialTerm"_qs, 4))
    , m_commercialRate(lineEdit(m_commercialBox, u"loanCommercialRate"_qs, 10))
    , m_conversionBox(new QWidget(this))
    , m_conversionBank(new QComboBox(m_conversionBox))
    , m_conversionContract(lineEdit(m_conversionBox, u"loanConversionContract"_qs, 60))
    , m_conversionOutstanding(lineEdit(m_conversionBox, u"loanConversionOutstanding"_qs, 20))
    , m_checkButton(new QPushButton(tr("&Check (F5)"), this))
    , m_acceptButton(new QPushButton(tr("&Accept the application (Ctrl+Enter)"), this))
    , m_checkLabel(new QLabel(this))
    , m_status(new QLabel(this))
    , m_resultLabel(new QLabel(this))
    , m_operation(new client::ops::Operation(core->outbox(), this))
{
    setObjectName(u"loanApplicationPage"_qs);
    m_kind->setObjectName(u"loanKind"_qs);
    m_method->setObjectName(u"loanMethod"_qs);
    m_homeOrder->setObjectName(u"loanHomeOrder"_qs);
    m_bank->setObjectName(u"loanBank"_qs);
    m_commercialBank->setObjectName(u"loanCommercialBank"_qs);
    m_conversionBank->setObjectName(u"loanConversionBank"_qs);
    m_checkButton->setObjectName(u"loanCheck"_qs);
    m_acceptButton->setObjectName(u"loanAccept"_qs);
    m_checkLabel->setObjectName(u"loanCheckResult"_qs);
    m_status->setObjectName(u"loanStatus"_qs);
    m_resultLabel->setObjectName(u"loanResult"_qs);
    for (QLabel *label : {m_checkLabel, m_status, m_resultLabel}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    for (const QString &kind : {u"fund"_qs, u"combination"_qs, u"conversion"_qs})
        m_kind->addItem(LoanText::kind(kind), kind);
    for (const QString &method : {u"equal_installment"_qs, u"equal_principal"_qs})
        m_method->addItem(LoanText::method(method), method);
    m_homeOrder->addItem(LoanText::homeOrder(1), 1);
    m_homeOrder->addItem(LoanText::homeOrder(2), 2);

    // The people on top, then the loan with the bank's part or the commercial loan it pays off.
    QWidget *content = scrolledContent(this);
    m_parties = new LoanPartiesForm(content);
    fitToChars(m_kind, 12);
    fitToChars(m_address, chars::unitName);
    fitToChars(m_price, chars::amount);
    fitToChars(m_contract, 24);
    fitToChars(m_homeOrder, 12);
    fitToChars(m_amount, chars::amount);
    fitToChars(m_term, 6);
    fitToChars(m_method, 16);
    for (QComboBox *bank : {m_bank, m_commercialBank, m_conversionBank})
        fitToChars(bank, 24);
    fitToChars(m_commercialAmount, chars::amount);
    fitToChars(m_commercialTerm, 6);
    fitToChars(m_commercialRate, 8);
    fitToChars(m_conversionContract, 24);
    fitToChars(m_conversionOutstanding, chars::amount);
    QFormLayout *loan = nullptr;
    QGroupBox *loanBox = formSection(tr("The loan"), content, &loan);
    loan->addRow(tr("Loan kind:"), m_kind);
    loan->addRow(tr("Property address:"), m_address);
    loan->addRow(tr("House price (yuan):"), m_price);
    loan->addRow(tr("Purchase contract number:"), m_contract);
    loan->addRow(tr("First or second home:"), m_homeOrder);
    loan->addRow(tr("Loan amount (yuan):"), m_amount);
    loan->addRow(tr("Term (months):"), m_term);
    loan->addRow(tr("Repayment method:"), m_method);
    loan->addRow(tr("Disbursing bank:"), m_bank);
    QFormLayout *commercial = nullptr;
    QGroupBox *commercialBox = formSection(tr("The bank's part (组合贷款)"), m_commercialBox, &commercial);
    commercial->addRow(tr("Amount (yuan):"), m_commercialAmount);
    commercial->addRow(tr("Bank:"), m_commercialBank);
    commercial->addRow(tr("Term (months):"), m_commercialTerm);
    commercial->addRow(tr("Rate (% a year):"), m_commercialRate);
    QFormLayout *conversion = nullptr;
    QGroupBox *conversionBox =
        formSection(tr("The commercial loan paid off (商转公)"), m_conversionBox, &conversion);
    conversion->addRow(tr("Bank:"), m_conversionBank);
    conversion->addRow(tr("Contract number:"), m_conversionContract);
    conversion->addRow(tr("Outstanding (yuan):"), m_conversionOutstanding);
    for (auto [box, section] :
         {std::pair{m_commercialBox, commercialBox}, {m_conversionBox, conversionBox}}) {
        auto *l = new QVBoxLayout(box);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(section);
    }
    auto *loanSide = new QWidget(content);
    auto *loanSideLayout = new QVBoxLayout(loanSide);
    loanSideLayout->setContentsMargins(0, 0, 0, 0);
    loanSideLayout->addWidget(m_commercialBox);
    loanSideLayout->addWidget(m_conversionBox);
    loanSideLayout->addStretch();
    auto *loanRow = new SectionRow(content);
    loanRow->addSection(loanBox);
    loanRow->addSection(loanSide);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_acceptButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(content);
    layout->addWidget(wrappedLabel(
        tr("Take one application for everyone on the loan: the borrower, the spouse, co-borrowers and "
           "guarantors (rows left empty are not sent). Tick the credit report authorisation only when the "
           "person signed it. F5 checks every rule, the limit and the schedule; Ctrl+Enter accepts exactly "
           "what was checked."),
        content));
    layout->addWidget(m_parties);
    layout->addWidget(loanRow);
    layout->addLayout(buttons);
    layout->addWidget(m_checkLabel);
    layout->addWidget(m_status);
    layout->addWidget(m_resultLabel);
    layout->addStretch();

    // Enter moves across a row, then down; the navigator skips the hidden boxes.
    QList<QWidget *> fields = m_parties->fields();
    fields << m_kind << m_address << m_price << m_contract << m_homeOrder << m_amount << m_term << m_method
           << m_bank << m_commercialAmount << m_commercialBank << m_commercialTerm << m_commercialRate
           << m_conversionBank << m_conversionContract << m_conversionOutstanding;
    auto *nav = new FormNavigator(fields, this);
    connect(nav, &FormNavigator::submitRequested, this, &LoanApplicationPage::check);
    chainTabOrder(fields + QList<QWidget *>{m_checkButton, m_acceptButton});
    auto *checkAction = new QAction(this);
    checkAction->setShortcut(Qt::Key_F5);
    checkAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(checkAction);
    connect(checkAction, &QAction::triggered, this, &LoanApplicationPage::check);
    auto *acceptAction = new QAction(this);
    acceptAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    acceptAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(acceptAction);
    connect(acceptAction, &QAction::triggered, this, &LoanApplicationPage::accept);
    connect(m_checkButton, &QPushButton::clicked, this, &LoanApplicationPage::check);
    connect(m_acceptButton, &QPushButton::clicked, this, &LoanApplicationPage::accept);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LoanApplicationPage::onKindChanged);
    connect(m_operation, &client::ops::Operation::status, this, &LoanApplicationPage::setStatus);
    connect(m_operation, &client::ops::Operation::succeeded, this, &LoanApplicationPage::onSucceeded);
    connect(m_operation, &client::ops::Operation::failed, this, &LoanApplicationPage::onFailed);
    reset();
}

QString LoanApplicationPage::statusText() const
{
    return m_status->text();
}

QString LoanApplicationPage::checkText() const
{
    return m_checkLabel->text();
}

QString LoanApplicationPage::resultText() const
{
    return m_resultLabel->text();
}

void LoanApplicationPage::setStatus(const QString &text, bool error)
{
    TransferText::setStatus(m_status, text, error);
}

void LoanApplicationPage::reloadBanks()
{
    for (QComboBox *combo : {m_bank, m_commercialBank, m_conversionBank}) {
        const QString current = combo->currentData().toString();
        combo->clear();
        for (const client::api::Bank &b : client::api::banks(m_core->reference()))
            combo->addItem(b.code + u' ' + b.name, b.code);
        if (const int at = combo->findData(current); at >= 0)
            combo->setCurrentIndex(at);
    }
}

void LoanApplicationPage::reset()
{
    reloadBanks();
    m_parties->clear();
    for (QLineEdit *edit :
         {m_amount, m_term, m_address, m_price, m_contract, m_commercialAmount, m_commercialTerm,
          m_commercialRate, m_conversionContract, m_conversionOutstanding})
        edit->clear();
    for (QComboBox *combo : {m_kind, m_method, m_homeOrder, m_bank, m_commercialBank, m_conversionBank})
        combo->setCurrentIndex(0);
    m_checkLabel->clear();
    m_status->clear();
    m_resultLabel->clear();
    m_check.reset();
    m_result.reset();
    m_checkedFingerprint.clear();
    m_checkPending.clear();
    m_sentRows.clear();
    m_operation->forget();
    onKindChanged();
    if (m_bank->count() == 0)
        setStatus(tr("No entrusted banks: the reference data has not been loaded"), true);
}

void LoanApplicationPage::onKindChanged()
{
    const QString kind = m_kind->currentData().toString();
    m_commercialBox->setVisible(kind == u"combination");
    m_conversionBox->setVisible(kind == u"conversion");
}

QStringList LoanApplicationPage::sentRoles() const
{
    QStringList roles;
    for (const int row : m_sentRows)
        roles.append(m_parties->rows().at(row).role);
    return roles;
}

bool LoanApplicationPage::readForm(client::api::LoanRequestInput *in, QList<int> *rows)
{
    // A local refusal names its input as the server would, so one focus rule serves both.
    const auto refuse = [this, rows](const QString &field, const QString &text) {
        m_sentRows = *rows;
        setStatus(LoanText::field(field, sentRoles()) + u": "_qs + text, true);
        focusField(field);
        return false;
    };
    const auto fen = [](QLineEdit *edit, const QString &field, bool emptyIsZero) -> Result<qint64> {
        if (emptyIsZero && edit->text().trimmed().isEmpty())
            return qint64(0);
        return money::parse(edit->text(), field);
    };
    rows->clear();
    in->parties.clear();
    for (int i = 0; i < m_parties->rows().size(); ++i) {
        const PartyRow &row = m_parties->rows().at(i);
        if (i > 0 && row.isEmpty())
            continue;
        const QString at = QStringLiteral("parties[%1].").arg(rows->size());
        rows->append(i);
        client::api::LoanPartyInput party;
        party.role = row.role;
        party.documentNumber = row.documentNumber->text();
        party.name = row.name->text();
        party.creditAuthorised = row.credit->isChecked();
        if (party.documentNumber.trimmed().isEmpty())
            return refuse(at + u"documentNumber"_qs, errortext::message(u"request.field_required"_qs));
        if (party.name.trimmed().isEmpty())
            return refuse(at + u"name"_qs, errortext::message(u"request.field_required"_qs));
        // The borrower's income is the repayment test's base: typed, even as 0. Others may leave it empty.
        auto income = fen(row.income, at + u"monthlyIncomeFen"_qs, row.role != u"borrower");
        if (!income)
            return refuse(income.error().field, errortext::message(income.error().code));
        auto debts = fen(row.debts, at + u"monthlyDebtFen"_qs, true);
        if (!debts)
            return refuse(debts.error().field, errortext::message(debts.error().code));
        party.monthlyIncomeFen = *income;
        party.monthlyDebtFen = *debts;
        in->parties.append(party);
    }
    in->kind = m_kind->currentData().toString();
    in->propertyAddress = m_address->text();
    in->purchaseContract = m_contract->text();
    in->homeOrder = m_homeOrder->currentData().toInt();
    in->method = m_method->currentData().toString();
    in->bankCode = m_bank->currentData().toString();
    if (in->propertyAddress.trimmed().isEmpty())
        return refuse(u"property.address"_qs, errortext::message(u"request.field_required"_qs));
    auto price = fen(m_price, u"property.priceFen"_qs, false);
    if (!price)
        return refuse(u"property.priceFen"_qs, errortext::message(price.error().code));
    in->priceFen = *price;
    if (in->purchaseContract.trimmed().isEmpty())
        return refuse(u"property.purchaseContract"_qs, errortext::message(u"request.field_required"_qs));
    auto amount = fen(m_amount, u"amountFen"_qs, false);
    if (!amount)
        return refuse(u"amountFen"_qs, errortext::message(amount.error().code));
    in->amountFen = *amount;
    const auto term = parseWhole(m_term->text(), 1, 600);
    if (!term)
        return refuse(u"termMonths"_qs, errortext::message(u"loan.term_invalid"_qs));
    in->termMonths = *term;
    if (in->kind == u"combination") {
        auto part = fen(m_commercialAmount, u"commercial.amountFen"_qs, false);
        if (!part)
            return refuse(u"commercial.amountFen"_qs, errortext::message(part.error().code));
        in->commercialAmountFen = *part;
        in->commercialBank = m_commercialBank->currentData().toString();
        const auto partTerm = parseWhole(m_commercialTerm->text(), 1, 600);
        if (!partTerm)
            return refuse(u"commercial.termMonths"_qs, errortext::message(u"loan.term_invalid"_qs));
        in->commercialTermMonths = *partTerm;
        in->commercialRate = m_commercialRate->text();
        if (in->commercialRate.trimmed().isEmpty())
            return refuse(u"commercial.rate"_qs, errortext::message(u"request.field_required"_qs));
    }
    if (in->kind == u"conversion") {
        in->conversionBank = m_conversionBank->currentData().toString();
        in->conversionContract = m_conversionContract->text();
        if (in->conversionContract.trimmed().isEmpty())
            return refuse(u"conversion.contractNumber"_qs, errortext::message(u"request.field_required"_qs));
        auto outstanding = fen(m_conversionOutstanding, u"conversion.outstandingFen"_qs, false);
        if (!outstanding)
            return refuse(u"conversion.outstandingFen"_qs, errortext::message(outstanding.error().code));
        in->conversionOutstandingFen = *outstanding;
    }
    return true;
}

void LoanApplicationPage::check()
{
    if (m_operation->isPending())
        return;
    client::api::LoanRequestInput input;
    QList<int> rows;
    if (!readForm(&input, &rows))
        return;
    const QString fingerprint = input.fingerprint();
    m_checkPending = fingerprint;
    m_sentRows = rows;
    setStatus(tr("Checking…"), false);
    client::api::loans::check(
        m_core->api(), input, this,
        [this, fingerprint](const client::api::Reply<client::api::LoanCheck> &reply) {
            if (fingerprint != m_checkPending)
                return; // a newer check was started
            m_checkPending.clear();
            if (!reply.ok() || reply.fromCache) {
                // A cached check says nothing about today's ledger.
                setStatus(reply.ok() ? client::usertext::describe(makeError(u"offline.refused"_qs, QString()))
                                     : LoanText::refusal(reply.message, reply.error(), sentRoles()),
                          true);
                if (!reply.ok())
                    focusField(reply.error().field);
                emit checked(false);
                return;
            }
            m_check = reply.value();
            m_checkedFingerprint = fingerprint;
            showCheck(*m_check);
            emit checked(true);
        });
}

void LoanApplicationPage::showCheck(const client::api::LoanCheck &c)
{
    m_checkLabel->setText(LoanText::checkSummary(c));
    if (const client::api::LoanRuleVerdict *refused = c.judgement.firstRefusal()) {
        setStatus(tr("Not eligible: %1").arg(LoanText::verdict(*refused)), true);
        focusField(refused->field);
        return;
    }
    setStatus(tr("Checked: eligible. Ctrl+Enter accepts the application."), false);
}

void LoanApplicationPage::accept()
{
    if (m_operation->isPending()) {
        m_operation->resend(); // the same application again: same id, never a second one
        setStatus(tr("Waiting for the server's answer; the application is sent again with the same id"),
                  false);
        return;
    }
    if (m_result)
        return; // accepted: reset (or open the page again) for another
    client::api::LoanRequestInput input;
    QList<int> rows;
    if (!readForm(&input, &rows))
        return;
    if (!m_check || input.fingerprint() != m_checkedFingerprint) {
        check(); // the form changed since the last check: check first
        return;
    }
    if (!m_check->judgement.eligible) {
        setStatus(tr("Not eligible: correct the form and check again"), true);
        return;
    }
    if (!m_core->isOnline()) {
        // Acceptance stores today's judgement of the ledger: never queued.
        setStatus(client::usertext::describe(makeError(u"offline.refused"_qs, QString())), true);
        return;
    }
    m_sentRows = rows;
    m_resultLabel->clear();
    m_operation->start(client::api::loans::apply(input, tr("Loan application")),
                       client::ops::Operation::Mode::Interactive);
}

void LoanApplicationPage::onSucceeded(const client::ops::Outcome &outcome)
{
    const auto result = outcome.as<client::api::LoanApplication>();
    if (!result) {
        setStatus(client::usertext::describe(result.error()), true);
        emit finished(false);
        return;
    }
    m_result = result.value();
    const client::api::LoanApplication &a = *m_result;
    setStatus(tr("Accepted: serial %1").arg(a.serial), false);
    m_resultLabel->setText(
        tr("Application %1 · %2 · %3 over %4 months at %5% · %6\nAccepted on %7 by %8; the "
           "decision is due by %9. Next: review (审核) on 7002 by another officer.")
            .arg(a.serial, LoanText::kind(a.kind), money::format(a.amountFen))
            .arg(a.termMonths)
            .arg(a.rate, a.bankName, a.appliedOn.toString(Qt::ISODate), a.officer,
                 a.dueOn.toString(Qt::ISODate)));
    emit finished(true);
}

void LoanApplicationPage::onFailed(const QString &message, const Error &error)
{
    QString text = LoanText::refusal(message, error, sentRoles());
    if (error.code == u"loan.not_eligible") {
        // The problem names every rule as the check does: show the failed ones.
        if (const auto refusal = m_operation->outcome().as<client::api::LoanRefusal>()) {
            for (const client::api::LoanRuleVerdict &v : refusal.value().rules) {
                if (!v.passed)
                    text += u'\n' + LoanText::verdict(v);
            }
        }
    }
    setStatus(text, true);
    // The ledger may have changed since the check: check again before retrying.
    m_checkedFingerprint.clear();
    focusField(error.field);
    emit finished(false);
}

void LoanApplicationPage::focusField(const QString &field)
{
    static const QRegularExpression party(u"^parties\\[(\\d+)\\](?:\\.(\\w+))?$"_qs);
    QWidget *target = nullptr;
    if (const auto m = party.match(field); m.hasMatch()) {
        const int index = m.captured(1).toInt();
        const PartyRow &row = m_parties->rows().at(index < m_sentRows.size() ? m_sentRows.at(index) : 0);
        const QString member = m.captured(2);
        if (member == u"name")
            target = row.name;
        else if (member == u"monthlyIncomeFen")
            target = row.income;
        else if (member == u"monthlyDebtFen")
            target = row.debts;
        else if (member == u"creditAuthorised")
            target = row.credit;
        else
            target = row.documentNumber;
    } else {
        const QHash<QString, QWidget *> widgets{
            {u"kind"_qs, m_kind},
            {u"amountFen"_qs, m_amount},
            {u"termMonths"_qs, m_term},
            {u"method"_qs, m_method},
            {u"homeOrder"_qs, m_homeOrder},
            {u"bankCode"_qs, m_bank},
            {u"property.address"_qs, m_address},
            {u"property.priceFen"_qs, m_price},
            {u"property.purchaseContract"_qs, m_contract},
            {u"parties"_qs, m_parties->rows().first().documentNumber},
            {u"commercial"_qs, m_commercialAmount},
            {u"commercial.amountFen"_qs, m_commercialAmount},
            {u"commercial.bankCode"_qs, m_commercialBank},
            {u"commercial.termMonths"_qs, m_commercialTerm},
            {u"commercial.rate"_qs, m_commercialRate},
            {u"conversion"_qs, m_conversionOutstanding},
            {u"conversion.bankCode"_qs, m_conversionBank},
            {u"conversion.contractNumber"_qs, m_conversionContract},
            {u"conversion.outstandingFen"_qs, m_conversionOutstanding},
        };
        target = widgets.value(field);
    }
    if (!target)
        return;
    target->setFocus();
    if (auto *edit = qobject_cast<QLineEdit *>(target))
        edit->selectAll();
}

PageDescriptor LoanApplicationPage::descriptor()
{
    return {.code = u"7001"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Loan application"),
            .permission = u"loans.apply"_qs,
            .shortcut = QKeySequence(),
            .guideAnchor = u"贷款受理7001"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new LoanApplicationPage(context.core(), parent);
                page->setFocusProxy(page->partyRows().first().documentNumber);
                resetOnSignOut(context, page);
                return page;
            },
            .receive = {}};
}

} // namespace hpf::ui
