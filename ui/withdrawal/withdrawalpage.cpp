#include "withdrawal/withdrawalpage.h"

#include "clientcore.h"
#include "domain/errortext.h"
#include "domain/money.h"
#include "finance/policy.h"
#include "logging.h"
#include "ops/operation.h"
#include "reference/referencesync.h"
#include "session/usertext.h"
#include "shell/grantdialog.h"
#include "shell/pageregistry.h"
#include "transfer/lookupfield.h"
#include "transfer/transfertext.h"
#include "transfer/wrappedlabel.h"
#include "widgets/fieldwidth.h"
#include "widgets/formnavigator.h"
#include "widgets/formsection.h"
#include "widgets/messagebox.h"
#include "widgets/receiptbar.h"
#include "withdrawal/evidenceform.h"
#include "withdrawal/payeeform.h"
#include "withdrawal/withdrawaltext.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hpf::ui {

WithdrawalPage::WithdrawalPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_account(new TransferLookupField(core, TransferLookupField::Kind::Personal, this))
    , m_type(new QComboBox(this))
    , m_evidence(new EvidenceForm(this))
    , m_sharedButton(new QPushButton(tr("Query &shared data (F6)"), this))
    , m_checkButton(new QPushButton(tr("&Check (F5)"), this))
    , m_checkLabel(new QLabel(this))
    , m_amount(new QLineEdit(this))
    , m_payee(new PayeeForm(core->reference(), this))
    , m_memo(new QLineEdit(this))
    , m_submit(new QPushButton(tr("&Withdraw"), this))
    , m_status(new QLabel(this))
    , m_resultLabel(new QLabel(this))
    , m_receipt(new ReceiptBar(printer, this))
    , m_scan(new QPushButton(tr("Scan &materials"), this))
    , m_operation(new client::ops::Operation(core->outbox(), this))
{
    setObjectName(u"withdrawalPage"_qs);
    m_account->edit()->setObjectName(u"withdrawalAccount"_qs);
    m_type->setObjectName(u"withdrawalType"_qs);
    m_amount->setObjectName(u"withdrawalAmount"_qs);
    m_amount->setMaxLength(20);
    m_memo->setObjectName(u"withdrawalMemo"_qs);
    m_memo->setMaxLength(200);
    m_checkButton->setObjectName(u"withdrawalCheck"_qs);
    m_sharedButton->setObjectName(u"withdrawalShared"_qs);
    m_submit->setObjectName(u"withdrawalSubmit"_qs);
    m_scan->setObjectName(u"withdrawalScan"_qs);
    m_checkLabel->setObjectName(u"withdrawalCheckResult"_qs);
    m_status->setObjectName(u"withdrawalStatus"_qs);
    m_resultLabel->setObjectName(u"withdrawalResult"_qs);
    for (QLabel *label : {m_checkLabel, m_status, m_resultLabel}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    m_type->setAccessibleName(tr("Withdrawal type"));
    fitToChars(m_amount, chars::amount);
    fitToChars(m_memo, 40);
    // Sections in the order of the work: whose account and why, the evidence, then the payment;
    // two side by side where the page is wide. The check's answer sits under them.
    QWidget *content = scrolledContent(this);
    QFormLayout *top = nullptr;
    auto *accountBox = formSection(tr("Account and type"), content, &top);
    m_account->addTo(top, tr("Personal account number:"));
    top->addRow(tr("Withdrawal type:"), m_type);
    auto *first = new SectionRow(content);
    first->addSection(accountBox);
    first->addSection(TransferLookupField::summaryPanel({{tr("Account:"), m_account}}, content), 1);
    QFormLayout *paymentForm = nullptr;
    auto *payment = formSection(tr("Payment"), content, &paymentForm);
    paymentForm->addRow(tr("Amount (yuan):"), m_amount);
    m_payee->addRowsTo(paymentForm);
    paymentForm->addRow(tr("Memo (optional):"), m_memo);
    auto *second = new SectionRow(content);
    second->addSection(m_evidence);
    second->addSection(payment, 1);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_sharedButton);
    checkRow->addWidget(m_checkButton);
    checkRow->addStretch();
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(wrappedLabel(
        tr("Withdraw from an account for one of the reasons of the regulations. Type the account, choose "
           "the type and the evidence it needs, then check (F5; F6 first asks the sharing interfaces). "
           "Retirement, incapacity, settling abroad and death close the account: the amount is the "
           "balance with the interest to date. Enter in the memo checks again when the form changed, "
           "else withdraws."),
        content));
    layout->addWidget(first);
    layout->addWidget(second);
    layout->addLayout(checkRow);
    layout->addWidget(m_checkLabel);
    layout->addWidget(m_submit, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_receipt);
    layout->addWidget(m_scan, 0, Qt::AlignLeft);
    layout->addStretch();

    QList<QWidget *> fields{m_account->edit(), m_type};
    // Every evidence input is listed: the navigator skips the hidden ones.
    for (const QString &type : {u"death"_qs, u"purchase"_qs, u"loan_commercial"_qs, u"rent"_qs}) {
        m_evidence->setType(type);
        for (QWidget *w : m_evidence->fields()) {
            if (!fields.contains(w))
                fields.append(w);
        }
    }
    fields << m_amount << m_payee->fields() << m_memo;
    chainTabOrder(fields);
    auto *nav = new FormNavigator(fields, this);
    connect(nav, &FormNavigator::submitRequested, this, &WithdrawalPage::submit);
    auto *checkAction = new QAction(this);
    checkAction->setShortcut(Qt::Key_F5);
    checkAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(checkAction);
    connect(checkAction, &QAction::triggered, this, [this] { check(false); });
    auto *sharedAction = new QAction(this);
    sharedAction->setShortcut(Qt::Key_F6);
    sharedAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(sharedAction);
    connect(sharedAction, &QAction::triggered, this, [this] { check(true); });
    connect(m_checkButton, &QPushButton::clicked, this, [this] { check(false); });
    connect(m_sharedButton, &QPushButton::clicked, this, [this] { check(true); });
    connect(m_submit, &QPushButton::clicked, this, &WithdrawalPage::submit);
    connect(m_scan, &QPushButton::clicked, this, [this] {
        if (m_result)
            emit scanMaterialsRequested(m_result->serial);
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, &WithdrawalPage::onTypeChanged);
    // Another account typed after a withdrawal: the next one starts (the receipt stays until then).
    connect(m_account->edit(), &QLineEdit::textEdited, this, [this] {
        if (!m_result || m_operation->isPending())
            return;
        m_result.reset();
        m_check.reset();
        m_checkedSignature.clear();
        m_checkLabel->clear();
        m_resultLabel->clear();
        m_receipt->clear();
        m_scan->setVisible(false);
        m_operation->forget();
    });
    connect(m_operation, &client::ops::Operation::status, this, &WithdrawalPage::setStatus);
    connect(m_operation, &client::ops::Operation::succeeded, this, &WithdrawalPage::onSucceeded);
    connect(m_operation, &client::ops::Operation::failed, this, &WithdrawalPage::onFailed);
    reset();
}

GrantDialog *WithdrawalPage::grantDialog() const
{
    return m_grantDialog;
}

QString WithdrawalPage::statusText() const
{
    return m_status->text();
}

QString WithdrawalPage::checkText() const
{
    return m_checkLabel->text();
}

QString WithdrawalPage::resultText() const
{
    return m_resultLabel->text();
}

void WithdrawalPage::setStatus(const QString &text, bool error)
{
    TransferText::setStatus(m_status, text, error);
}

void WithdrawalPage::reloadTypes()
{
    const QString current = m_type->currentData().toString();
    const QSignalBlocker blocker(m_type);
    m_type->clear();
    for (const finance::WithdrawalType &t : m_core->reference()->policy().withdrawal().types)
        m_type->addItem(t.reason + u' ' + WithdrawalText::typeName(t), t.type);
    if (const int at = m_type->findData(current); at >= 0)
        m_type->setCurrentIndex(at);
}

void WithdrawalPage::reset()
{
    if (m_grantDialog)
        m_grantDialog->close();
    reloadTypes();
    m_account->clear();
    m_type->setCurrentIndex(0);
    m_evidence->clear();
    m_amount->clear();
    m_payee->clear();
    m_memo->clear();
    m_checkLabel->clear();
    m_status->clear();
    m_resultLabel->clear();
    m_receipt->clear();
    m_scan->setVisible(false);
    m_check.reset();
    m_result.reset();
    m_checkedSignature.clear();
    m_checkPending.clear();
    m_confirming = false;
    m_operation->forget();
    onTypeChanged();
    if (m_type->count() == 0)
        setStatus(tr("The policy lists no withdrawal types: the reference data has not been loaded"), true);
}

void WithdrawalPage::showAccount(const QString &accountNumber)
{
    reset();
    m_account->setText(accountNumber);
    m_type->setFocus();
}

void WithdrawalPage::onTypeChanged()
{
    m_evidence->setType(m_type->currentData().toString());
    const finance::WithdrawalType *t =
        m_core->reference()->policy().withdrawal().type(m_type->currentData().toString());
    // A closure's amount is the server's figure, shown after the check; never typed.
    m_amount->setReadOnly(t && t->closesAccount);
    m_amount->clear();
}

QString WithdrawalPage::checkSignature() const
{
    client::api::WithdrawalEvidence evidence;
    QString field;
    QString message;
    const bool read = m_evidence->read(&evidence, &field, &message);
    return QStringList{m_account->number(), m_type->currentData().toString(),
                       read ? evidence.fingerprint() : u"?"_qs}
        .join(u'\x1f');
}

bool WithdrawalPage::readEvidence(client::api::WithdrawalEvidence *evidence)
{
    QString field;
    QString message;
    if (m_evidence->read(evidence, &field, &message))
        return true;
    setStatus(errortext::fieldLabel(field) + u": "_qs + message, true);
    m_evidence->focusField(field);
    return false;
}

void WithdrawalPage::check(bool queryShared)
{
    if (Status s = m_account->validate(); !s) {
        setStatus(errortext::describe(s.error()), true);
        m_account->edit()->setFocus();
        return;
    }
    if (m_type->currentIndex() < 0) {
        setStatus(tr("Choose the withdrawal type"), true);
        m_type->setFocus();
        return;
    }
    client::api::WithdrawalCheckQuery query{
        m_account->number(), m_type->currentData().toString(), std::nullopt, {}, queryShared};
    if (!readEvidence(&query.evidence))
        return;
    if (!m_amount->isReadOnly() && !m_amount->text().trimmed().isEmpty()) {
        if (auto fen = money::parse(m_amount->text(), u"amountFen"_qs))
            query.amountFen = fen.value();
    }
    const QString signature = checkSignature();
    m_checkPending = signature;
    setStatus(queryShared ? tr("Asking the sharing interfaces and checking…") : tr("Checking…"), false);
    client::api::withdrawals::check(
        m_core->api(), query, this,
        [this, signature](const client::api::Reply<client::api::WithdrawalCheck> &reply) {
            if (signature != m_checkPending)
                return; // a newer check was started
            m_checkPending.clear();
            if (!reply.ok() || reply.fromCache) {
                // A cached check says nothing about today's balance, holds or answers.
                setStatus(reply.ok() ? client::usertext::describe(makeError(u"offline.refused"_qs, QString()))
                                     : WithdrawalText::refusal(reply.message, reply.error()),
                          true);
                if (!reply.ok())
                    focusField(reply.error().field, reply.error().code);
                emit checked(false);
                return;
            }
            m_check = reply.value();
            m_checkedSignature = signature;
            showCheck(*m_check);
            emit checked(true);
        });
}

void WithdrawalPage::showCheck(const client::api::WithdrawalCheck &c)
{
    m_checkLabel->setText(WithdrawalText::checkSummary(c));
    if (c.closesAccount)
        m_amount->setText(money::format(c.closingAmountFen));
    if (const client::api::WithdrawalRuleVerdict *refused = c.firstRefusal()) {
        setStatus(tr("Not eligible: %1").arg(WithdrawalText::verdict(*refused)), true);
        focusField(refused->field, refused->code);
        return;
    }
    setStatus(tr("Checked: eligible. Enter the amount and the payee, then withdraw."), false);
    (c.closesAccount ? static_cast<QWidget *>(m_payee->bankCombo()) : m_amount)->setFocus();
}

void WithdrawalPage::submit()
{
    if (m_operation->isPending()) {
        m_operation->resend(); // the same withdrawal again: same id, never a second payment
        setStatus(tr("Waiting for the server's answer; the withdrawal is sent again with the same id"),
                  false);
        return;
    }
    if (m_grantDialog || m_confirming || m_result)
        return; // a grant or the closure question is open, or this withdrawal is done (reset for another)
    if (!m_check || checkSignature() != m_checkedSignature) {
        check(false); // the form changed since the last check: check first
        return;
    }
    if (!m_check->eligible) {
        setStatus(tr("Not eligible: correct the form and check again"), true);
        return;
    }
    client::api::WithdrawalApplication a{m_check->accountNumber, m_check->type, std::nullopt, {}, {},
                                         m_payee->input(),       m_memo->text()};
    if (!readEvidence(&a.evidence))
        return;
    for (const client::api::SharedAnswer &answer : m_check->sharedAnswers)
        a.sharedAnswerIds.append(answer.id);
    auto fen = money::parse(m_amount->text(), u"amountFen"_qs);
    if (!fen) {
        setStatus(errortext::describe(fen.error()), true);
        m_amount->setFocus();
        return;
    }
    a.amountFen = fen.value();
    if (!m_core->isOnline()) {
        // Money leaves the fund now, against today's check: never queued.
        setStatus(client::usertext::describe(makeError(u"offline.refused"_qs, QString())), true);
        return;
    }
    if (!m_check->closesAccount) {
        withdraw(a, fen.value());
        return;
    }
    m_confirming = true;
    MessageBox::ask(this, QMessageBox::Warning, tr("Close the account"),
                    tr("This withdrawal closes account %1: %2 (balance with the interest to date) is paid "
                       "and the account accepts nothing afterwards. Continue?")
                        .arg(a.accountNumber, money::format(fen.value())),
                    QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
                    [this, a, amount = fen.value()](QMessageBox::StandardButton answer) {
                        m_confirming = false;
                        if (answer == QMessageBox::Yes)
                            withdraw(a, amount);
                        else
                            setStatus(tr("Not withdrawn: the account stays open"), false);
                    });
}

void WithdrawalPage::withdraw(const client::api::WithdrawalApplication &a, qint64 amountFen)
{
    const client::ops::Request request = client::api::withdrawals::create(a, tr("Withdrawal"));
    m_resultLabel->clear();
    m_receipt->clear();
    if (!m_check->needsGrant(amountFen)) {
        m_operation->start(request, client::ops::Operation::Mode::Interactive);
        return;
    }
    if (!m_operation->confirm(request))
        return;
    const QString summary = tr("Withdrawal of %1 from account %2 (%3): above %4, a supervisor authorises it")
                                .arg(money::format(amountFen), a.accountNumber, m_check->typeName,
                                     money::format(m_check->grantAboveFen));
    m_grantDialog = new GrantDialog(m_core->session(), m_operation, summary, this);
    connect(m_grantDialog, &QDialog::finished, this, [this] {
        if (m_operation->state() == client::ops::Operation::State::Confirmed)
            m_operation->cancel();
    });
    connect(m_grantDialog, &GrantDialog::granted, this, [this] { m_operation->submit(); });
    m_grantDialog->open();
}

void WithdrawalPage::onSucceeded(const client::ops::Outcome &outcome)
{
    const auto result = outcome.as<client::api::Withdrawal>();
    if (!result) {
        setStatus(client::usertext::describe(result.error()), true);
        emit finished(false);
        return;
    }
    m_result = result.value();
    const client::api::Withdrawal &w = *m_result;
    setStatus(tr("Withdrawn: serial %1").arg(w.serial), false);
    QString text =
        tr("%1 · account %2 · principal %3 · interest %4 · paid %5 · balance now %6\nTo %7 %8 (%9)")
            .arg(w.typeName, w.accountNumber, money::format(w.principalFen), money::format(w.interestFen),
                 money::format(w.amountFen), money::format(w.balanceFen), w.payee.bankName,
                 w.payee.accountMasked, w.payee.name);
    if (w.closed)
        text += u'\n' + tr("The account is closed (%1)").arg(TransferText::closeReason(w.closeReason));
    if (const QStringList satisfied = w.satisfiedMaterials(); !satisfied.isEmpty())
        text += u'\n' + tr("Satisfied by shared data: %1").arg(satisfied.join(u", "_qs));
    m_resultLabel->setText(text);
    m_receipt->setReceipt(w.receipt, m_training);
    m_scan->setVisible(true);
    m_receipt->pdfButton()->setFocus();
    emit finished(true);
}

void WithdrawalPage::onFailed(const QString &message, const Error &error)
{
    QString text = WithdrawalText::refusal(message, error);
    if (error.code == u"withdrawal.not_eligible") {
        // The problem names every rule as the check does: show them with their verdicts.
        if (const auto refusal = m_operation->outcome().as<client::api::WithdrawalRefusal>()) {
            for (const client::api::WithdrawalRuleVerdict &v : refusal.value().rules) {
                if (!v.passed)
                    text += u'\n' + WithdrawalText::verdict(v);
            }
        }
    }
    setStatus(text, true);
    // Checked facts may have changed (a hold, the interest of a new day): check again before retrying.
    if (error.code.startsWith(u"withdrawal.") || error.code.startsWith(u"account."))
        m_checkedSignature.clear();
    focusField(error.field, error.code);
    emit finished(false);
}

void WithdrawalPage::focusField(const QString &field, const QString &code)
{
    if (field.startsWith(u"evidence.") && m_evidence->focusField(field))
        return;
    if (field.startsWith(u"payee.") || code.startsWith(u"payee.")) {
        m_payee->focusField(field.isEmpty() ? code : field);
        return;
    }
    if (field == u"type" || code == u"withdrawal.type") {
        m_type->setFocus();
    } else if (field == u"amountFen" || code == u"grant.required" || code == u"withdrawal.amount_above_max" ||
               code == u"withdrawal.amount_mismatch" || code == u"account.insufficient_available") {
        m_amount->setFocus();
        m_amount->selectAll();
    } else if (field == u"memo") {
        m_memo->setFocus();
    } else if (field.startsWith(u"sharedAnswerIds")) {
        m_sharedButton->setFocus();
    } else {
        m_account->edit()->setFocus();
    }
}

PageDescriptor WithdrawalPage::descriptor()
{
    return {.code = u"6001"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Withdrawal"),
            .permission = u"withdrawals.create"_qs,
            .shortcut = QKeySequence(),
            .guideAnchor = u"提取6001"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new WithdrawalPage(context.core(), context.printer(), parent);
                page->setFocusProxy(page->accountField());
                connect(&context, &PageContext::trainingChanged, page, &WithdrawalPage::setTrainingMode);
                page->setTrainingMode(context.isTraining());
                connect(page, &WithdrawalPage::scanMaterialsRequested, page,
                        [&context](const QString &serial) { context.open(u"8001"_qs, serial); });
                resetOnSignOut(context, page);
                return page;
            },
            .receive = receiveWith(&WithdrawalPage::showAccount)};
}

} // namespace hpf::ui
