#include "loan/accountpage.h"

#include "clientcore.h"
#include "domain/errortext.h"
#include "domain/money.h"
#include "loan/loantext.h"
#include "loan/postingspanel.h"
#include "loan/scheduletable.h"
#include "loanschedule.h"
#include "ops/operation.h"
#include "session/usertext.h"
#include "shell/grantdialog.h"
#include "shell/pageregistry.h"
#include "transfer/transfertext.h"
#include "transfer/wrappedlabel.h"
#include "widgets/documentprinter.h"
#include "widgets/fieldwidth.h"
#include "widgets/receiptbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace hpf::ui {

namespace api = client::api;

// The statuses of 7001/7002 are LoanText's; those after 面签 and of the loan are this page's.
QString LoanAccountPage::statusName(const QString &status)
{
    if (status == u"signed")
        return tr("Signed");
    if (status == u"disbursed")
        return tr("Disbursed");
    if (status == u"repaying")
        return tr("Repaying");
    if (status == u"overdue")
        return tr("Overdue");
    if (status == u"settled")
        return tr("Settled");
    return LoanText::status(status);
}

LoanAccountPage::LoanAccountPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_printer(printer)
    , m_lookup(new QLineEdit(this))
    , m_filter(new QComboBox(this))
    , m_list(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_schedule(new LoanScheduleTable(this))
    , m_fromFund(new QCheckBox(tr("The borrower repays from the &fund balance (提取还贷)"), this))
    , m_disburse(new QPushButton(tr("&Disburse"), this))
    , m_postings(new LoanPostingsPanel(this))
    , m_schedulePreview(new QPushButton(tr("Schedule pre&view"), this))
    , m_schedulePdf(new QPushButton(tr("Schedule as P&DF"), this))
    , m_status(new QLabel(this))
    , m_settled(new QLabel(this))
    , m_receipt(new ReceiptBar(printer, this))
    , m_operation(new client::ops::Operation(core->outbox(), this))
{
    setObjectName(u"loanAccountPage"_qs);
    m_lookup->setObjectName(u"loanLookup"_qs);
    m_lookup->setMaxLength(40);
    m_filter->setObjectName(u"loanListStatus"_qs);
    m_list->setObjectName(u"loanList"_qs);
    m_summary->setObjectName(u"loanSummary"_qs);
    m_schedule->setObjectName(u"loanSchedule"_qs);
    m_fromFund->setObjectName(u"loanFromFund"_qs);
    m_disburse->setObjectName(u"loanDisburse"_qs);
    m_schedulePdf->setObjectName(u"loanSchedulePdf"_qs);
    m_status->setObjectName(u"loanStatus"_qs);
    m_settled->setObjectName(u"loanSettled"_qs);
    for (QLabel *label : {m_summary, m_status, m_settled}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_filter->addItem(tr("All loans"), QString());
    m_filter->addItem(tr("Repaying"), u"repaying"_qs);
    m_filter->addItem(tr("Overdue"), u"overdue"_qs);
    m_filter->addItem(tr("Settled"), u"settled"_qs);
    m_list->setMaximumHeight(120);
    m_list->setAccessibleName(tr("Loans of the branch"));
    m_schedule->setAccessibleName(tr("Repayment schedule"));
    fitToChars(m_lookup, 20); // YW… or DK… and 16 digits

    auto *top = new QFormLayout;
    top->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    top->addRow(tr("Application serial or contract &number:"), m_lookup);
    auto *listRow = new QHBoxLayout;
    auto *listLabel = new QLabel(tr("Loans of the branch, &status:"), this);
    listLabel->setBuddy(m_filter);
    listRow->addWidget(listLabel);
    listRow->addWidget(m_filter);
    listRow->addStretch();
    auto *disburseRow = new QHBoxLayout;
    disburseRow->addWidget(m_fromFund);
    disburseRow->addWidget(m_disburse);
    disburseRow->addStretch();
    auto *printRow = new QHBoxLayout;
    printRow->addWidget(m_schedulePreview);
    printRow->addWidget(m_schedulePdf);
    printRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrappedLabel(
        tr("Type an application serial (YW…) or a contract number (DK…) and press Enter, or choose a "
           "loan of the list and press Enter. A signed application is disbursed under a supervisor's "
           "grant. A repayment pays what is due and at most the next instalment; more is a prepayment."),
        this));
    layout->addLayout(top);
    layout->addLayout(listRow);
    layout->addWidget(m_list);
    layout->addWidget(m_summary);
    layout->addLayout(disburseRow);
    layout->addWidget(m_schedule, 1);
    layout->addLayout(printRow);
    layout->addWidget(m_postings);
    layout->addWidget(m_status);
    layout->addWidget(m_settled);
    layout->addWidget(m_receipt);

    connect(m_lookup, &QLineEdit::returnPressed, this, [this] { open(m_lookup->text()); });
    connect(m_filter, &QComboBox::currentIndexChanged, this, &LoanAccountPage::reloadList);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { open(item->data(Qt::UserRole).toString()); });
    connect(m_disburse, &QPushButton::clicked, this, &LoanAccountPage::disburse);
    connect(m_postings, &LoanPostingsPanel::repayRequested, this, &LoanAccountPage::repay);
    connect(m_postings, &LoanPostingsPanel::prepayRequested, this, &LoanAccountPage::prepay);
    connect(m_schedulePreview, &QPushButton::clicked, this, [this] {
        if (m_loan)
            m_printer->preview(scheduleJob());
    });
    connect(m_schedulePdf, &QPushButton::clicked, this, [this] {
        if (m_loan)
            m_printer->exportPdf(scheduleJob(), u"还款计划表-%1.pdf"_qs.arg(m_loan->contractNumber));
    });
    connect(m_operation, &client::ops::Operation::status, this, &LoanAccountPage::setStatus);
    connect(m_operation, &client::ops::Operation::succeeded, this, &LoanAccountPage::onSucceeded);
    connect(m_operation, &client::ops::Operation::failed, this, &LoanAccountPage::onFailed);
    reset();
}

QLineEdit *LoanAccountPage::repayEdit() const
{
    return m_postings->repayEdit();
}

QPushButton *LoanAccountPage::repayButton() const
{
    return m_postings->repayButton();
}

QComboBox *LoanAccountPage::prepayKindCombo() const
{
    return m_postings->prepayKindCombo();
}

QLineEdit *LoanAccountPage::prepayEdit() const
{
    return m_postings->prepayEdit();
}

QPushButton *LoanAccountPage::prepayButton() const
{
    return m_postings->prepayButton();
}

GrantDialog *LoanAccountPage::grantDialog() const
{
    return m_grantDialog;
}

QString LoanAccountPage::statusText() const
{
    return m_status->text();
}

QString LoanAccountPage::summaryText() const
{
    return m_summary->text();
}

QString LoanAccountPage::settledText() const
{
    return m_settled->text();
}

void LoanAccountPage::setStatus(const QString &text, bool error)
{
    TransferText::setStatus(m_status, text, error);
}

void LoanAccountPage::reset()
{
    if (m_grantDialog)
        m_grantDialog->close();
    m_lookup->clear();
    m_list->clear();
    m_summary->clear();
    m_schedule->clearLoan();
    m_fromFund->setChecked(false);
    m_postings->clear();
    m_status->clear();
    m_settled->clear();
    m_receipt->clear();
    m_application.reset();
    m_loan.reset();
    m_page.reset();
    m_action = Action::None;
    m_pendingLookup.clear();
    m_operation->forget();
    updateButtons();
}

void LoanAccountPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The branch's loans are listed when the page is first shown (again after a sign-out).
    if (!m_page)
        reloadList();
}

void LoanAccountPage::updateButtons()
{
    const bool awaiting = !m_loan && m_application && m_application->status == u"signed";
    m_fromFund->setVisible(awaiting);
    m_disburse->setVisible(awaiting);
    m_postings->setOpen(m_loan && !m_loan->settled());
    m_schedulePreview->setEnabled(m_loan.has_value());
    m_schedulePdf->setEnabled(m_loan.has_value());
}

bool LoanAccountPage::busy()
{
    if (m_operation->isPending()) {
        m_operation->resend(); // the same posting again: same id, never a second one
        setStatus(tr("Waiting for the server's answer; the request is sent again with the same id"), false);
        return true;
    }
    return m_grantDialog != nullptr;
}

void LoanAccountPage::reloadList()
{
    const QString status = m_filter->currentData().toString();
    api::loanaccounts::list(
        m_core->api(), status, 1, this, [this, status](const api::Reply<api::LoanAccountList> &reply) {
            if (status != m_filter->currentData().toString())
                return; // the filter changed meanwhile
            m_list->clear();
            if (!reply.ok()) {
                setStatus(reply.message, true);
                emit listed(false);
                return;
            }
            m_page = reply.value();
            for (const api::LoanAccountSummary &s : m_page->items) {
                auto *item = new QListWidgetItem(
                    tr("%1 · %2 · %3 · outstanding %4 · %5")
                        .arg(s.contractNumber, s.borrowerName, money::format(s.principalFen),
                             money::format(s.outstandingFen), statusName(s.status)),
                    m_list);
                item->setData(Qt::UserRole, s.contractNumber);
            }
            if (m_page->total > m_page->items.size())
                setStatus(tr("%1 of %2 loans shown").arg(m_page->items.size()).arg(m_page->total), false);
            if (m_list->count() > 0)
                m_list->setCurrentRow(0);
            emit listed(true);
        });
}

void LoanAccountPage::open(const QString &typed)
{
    if (busy())
        return;
    auto key = api::loanaccounts::parseLookup(typed);
    if (!key) {
        setStatus(errortext::describe(key.error()), true);
        m_lookup->setFocus();
        m_lookup->selectAll();
        emit opened(false);
        return;
    }
    m_lookup->setText(key->value);
    m_application.reset();
    m_loan.reset();
    m_summary->clear();
    m_settled->clear();
    m_schedule->clearLoan();
    m_receipt->clear();
    m_operation->forget();
    updateButtons();
    openKey(*key);
}

void LoanAccountPage::openKey(const api::loanaccounts::LookupKey &key)
{
    m_pendingLookup = key.value;
    setStatus(tr("Looking up %1…").arg(key.value), false);
    if (key.contract) {
        loadLoan(key.value);
        return;
    }
    api::loanaccounts::application(
        m_core->api(), key.value, this,
        [this, serial = key.value](const api::Reply<api::LoanApplicationRef> &reply) {
            if (serial != m_pendingLookup)
                return;
            if (!reply.ok()) {
                m_pendingLookup.clear();
                setStatus(reply.message, true);
                m_lookup->setFocus();
                emit opened(false);
                return;
            }
            m_application = reply.value();
            if (!m_application->contractNumber.isEmpty()) {
                m_pendingLookup = m_application->contractNumber;
                loadLoan(m_application->contractNumber);
                return;
            }
            m_pendingLookup.clear();
            showApplication(*m_application);
        });
}

void LoanAccountPage::loadLoan(const QString &contract)
{
    api::loanaccounts::get(m_core->api(), contract, this,
                           [this, contract](const api::Reply<api::LoanAccount> &reply) {
                               if (contract != m_pendingLookup)
                                   return;
                               m_pendingLookup.clear();
                               if (!reply.ok()) {
                                   setStatus(reply.message, true);
                                   m_lookup->setFocus();
                                   emit opened(false);
                                   return;
                               }
                               showLoan(reply.value());
                               setStatus(tr("Loan %1").arg(contract), false);
                               emit opened(true);
                           });
}

void LoanAccountPage::showApplication(const api::LoanApplicationRef &a)
{
    m_summary->setText(tr("Application %1 · %2 · %3 over %n month(s)", nullptr, a.termMonths)
                           .arg(a.serial, statusName(a.status), money::format(a.amountFen)));
    updateButtons();
    if (a.status == u"signed") {
        setStatus(tr("Signed (面签 done): disburse under a supervisor's grant"), false);
        m_fromFund->setFocus();
        emit opened(true);
        return;
    }
    setStatus(tr("Application %1 is %2: only a signed application is disbursed")
                  .arg(a.serial, statusName(a.status)),
              true);
    m_lookup->setFocus();
    emit opened(false);
}

void LoanAccountPage::showLoan(const api::LoanAccount &loan)
{
    m_loan = loan;
    const QDate today = QDate::currentDate();
    QString text = tr("Contract %1 (application %2) · %3 · principal %4 · outstanding %5 · %6% %7 over %n "
                      "month(s) · schedule version %8",
                      nullptr, loan.termMonths)
                       .arg(loan.contractNumber, loan.applicationSerial, statusName(loan.status),
                            money::format(loan.principalFen), money::format(loan.outstandingFen), loan.rate,
                            LoanText::method(loan.method))
                       .arg(loan.scheduleVersion);
    if (const api::LoanAccountInstalment *next = loan.nextDue(); next && !loan.settled())
        text += u'\n' + tr("Next: instalment %1 due %2, %3 to pay; a repayment may pay up to %4 today")
                            .arg(next->number)
                            .arg(next->dueOn.toString(Qt::ISODate), money::format(next->dueFen()),
                                 money::format(loan.repayableFen(today)));
    if (loan.fromFundBalance)
        text += u'\n' + tr("Repaid from the borrower's fund balance on each due date");
    m_summary->setText(text);
    m_schedule->setLoan(loan, today);
    if (loan.settled()) {
        // The certificate desk (4001, 证明开具) issues the 贷款结清证明 from the settled loan record;
        // it is a counter page with its own permission, so the officer is told where to go.
        m_settled->setText(tr("Settled on %1. The loan settlement certificate (贷款结清证明) is issued on "
                              "page 4001 (Issue certificate) with the type “loan settled”.")
                               .arg(loan.settledOn ? loan.settledOn->toString(Qt::ISODate) : QString()));
    } else {
        m_settled->clear();
    }
    updateButtons();
    if (!loan.settled())
        repayEdit()->setFocus();
}

void LoanAccountPage::disburse()
{
    if (busy() || !m_application || m_application->status != u"signed" || m_loan)
        return;
    if (!m_core->isOnline()) {
        // Money leaves the fund now: never queued.
        setStatus(client::usertext::describe(makeError(u"offline.refused"_qs, QString())), true);
        return;
    }
    const client::ops::Request request =
        api::loanaccounts::disburse(m_application->serial, m_fromFund->isChecked(), tr("Loan disbursement"));
    if (!m_operation->confirm(request))
        return;
    m_action = Action::Disburse;
    const QString summary =
        tr("Disburse loan application %1: %2 over %n month(s)%3", nullptr, m_application->termMonths)
            .arg(m_application->serial, money::format(m_application->amountFen),
                 m_fromFund->isChecked() ? tr(", repaid from the fund balance") : QString());
    m_grantDialog = new GrantDialog(m_core->session(), m_operation, summary, this);
    connect(m_grantDialog, &QDialog::finished, this, [this] {
        if (m_operation->state() == client::ops::Operation::State::Confirmed) {
            m_operation->cancel();
            setStatus(tr("Not disbursed: the grant was cancelled"), false);
        }
    });
    connect(m_grantDialog, &GrantDialog::granted, this, [this] { m_operation->submit(); });
    m_grantDialog->open();
}

void LoanAccountPage::repay()
{
    if (busy() || !m_loan || m_loan->settled())
        return;
    auto fen = m_postings->repayment(m_loan->repayableFen(QDate::currentDate()));
    if (!fen) {
        focusField(fen.error().field, fen.error().code, Action::Repay);
        setStatus(errortext::describe(fen.error()), true);
        return;
    }
    start(Action::Repay, api::loanaccounts::repay(m_loan->contractNumber, *fen, tr("Loan repayment")));
}

void LoanAccountPage::prepay()
{
    if (busy() || !m_loan || m_loan->settled())
        return;
    auto input = m_postings->prepayment();
    if (!input) {
        focusField(input.error().field, input.error().code, Action::Prepay);
        setStatus(errortext::describe(input.error()), true);
        return;
    }
    start(Action::Prepay, api::loanaccounts::prepay(m_loan->contractNumber, *input, tr("Loan prepayment")));
}

void LoanAccountPage::start(Action action, const client::ops::Request &request)
{
    if (!m_core->isOnline()) {
        // Posted against today's schedule and interest: never queued.
        setStatus(client::usertext::describe(makeError(u"offline.refused"_qs, QString())), true);
        return;
    }
    m_action = action;
    m_receipt->clear();
    m_operation->start(request, client::ops::Operation::Mode::Interactive);
}

void LoanAccountPage::onSucceeded(const client::ops::Outcome &outcome)
{
    const Action action = m_action;
    m_action = Action::None;
    api::Receipt receipt;
    if (action == Action::Disburse) {
        const auto d = outcome.as<api::LoanDisbursed>();
        if (!d) {
            setStatus(client::usertext::describe(d.error()), true);
            emit finished(false);
            return;
        }
        m_application->status = u"disbursed"_qs;
        m_application->contractNumber = d->loan.contractNumber;
        m_lookup->setText(d->loan.contractNumber);
        showLoan(d->loan);
        receipt = d->receipt;
        setStatus(tr("Disbursed: contract %1, serial %2").arg(d->loan.contractNumber, d->serial), false);
    } else {
        const auto r = outcome.as<api::LoanRepaid>();
        if (!r) {
            setStatus(client::usertext::describe(r.error()), true);
            emit finished(false);
            return;
        }
        showLoan(r->loan);
        receipt = r->receipt;
        const api::LoanAccountPosting &p = r->posting;
        setStatus(tr("Posted %1 (principal %2, interest %3, penalty %4), serial %5; outstanding %6")
                      .arg(money::format(p.amountFen), money::format(p.principalFen),
                           money::format(p.interestFen), money::format(p.penaltyFen), p.serial,
                           money::format(p.outstandingAfterFen)),
                  false);
        repayEdit()->clear();
        prepayEdit()->clear();
    }
    m_receipt->setReceipt(receipt, m_training);
    m_receipt->pdfButton()->setFocus();
    emit finished(true);
}

void LoanAccountPage::onFailed(const QString &message, const Error &error)
{
    const Action action = m_action;
    m_action = Action::None;
    setStatus(TransferText::refusal(message, error), true);
    focusField(error.field, error.code, action);
    emit finished(false);
}

void LoanAccountPage::focusField(const QString &field, const QString &code, Action action)
{
    QLineEdit *amount = action == Action::Prepay ? prepayEdit() : repayEdit();
    if (code == u"loan.prepay_blocked" || code == u"loan.repay_above_due") {
        amount = repayEdit(); // pay the instalment first, or no more than is due
    } else if (field == u"keep" || field == u"kind") {
        prepayKindCombo()->setFocus();
        return;
    } else if (field != u"amountFen" && code != u"loan.prepay_amount") {
        if (action == Action::Disburse || code.startsWith(u"grant.")) {
            m_disburse->setFocus();
            return;
        }
        m_lookup->setFocus();
        m_lookup->selectAll();
        return;
    }
    amount->setFocus();
    amount->selectAll();
}

PrintJob LoanAccountPage::scheduleJob() const
{
    PrintJob job;
    if (!m_loan)
        return job;
    auto data = std::make_shared<printing::LoanScheduleData>();
    const api::LoanAccount &l = *m_loan;
    data->centerName = m_receipt->hasReceipt() ? m_receipt->receipt().centerName : QString();
    data->contractNumber = l.contractNumber;
    data->applicationSerial = l.applicationSerial;
    data->principalFen = l.principalFen;
    data->outstandingFen = l.outstandingFen;
    data->rate = l.rate;
    data->method = l.method;
    data->termMonths = l.termMonths;
    data->scheduleVersion = l.scheduleVersion;
    data->disbursedOn = l.disbursedOn.value_or(QDate());
    data->settledOn = l.settledOn.value_or(QDate());
    for (const api::LoanAccountInstalment &i : l.instalments)
        data->lines.append({i.number, i.dueOn, i.principalFen, i.interestFen,
                            i.paidPrincipalFen + i.paidInterestFen + i.paidPenaltyFen, i.penaltyFen, i.paid(),
                            i.daysPastDue});
    data->today = QDate::currentDate();
    data->printedAt = QDateTime::currentDateTimeUtc();
    data->printedBy = m_displayName;
    data->training = m_training;
    job.title = u"还款计划表 %1"_qs.arg(l.contractNumber);
    job.pageCount = printing::loanSchedulePageCount(*data, QRectF(0, 0, 2480, 3508));
    job.paintPage = [data](QPainter &painter, const QRectF &page, int index) {
        printing::paintLoanSchedule(painter, page, *data, index);
    };
    return job;
}

Status LoanAccountPage::saveSchedulePdf(const QString &path) const
{
    if (!m_loan)
        return makeError(u"pdf.nothing"_qs, QString(), u"no loan shown"_qs);
    return m_printer->savePdf(scheduleJob(), path);
}

PageDescriptor LoanAccountPage::descriptor()
{
    return {.code = u"7004"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Loan account"),
            .permission = u"loans.account"_qs,
            .shortcut = QKeySequence(),
            .guideAnchor = u"贷款账户7004"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new LoanAccountPage(context.core(), context.printer(), parent);
                page->setFocusProxy(page->lookupEdit());
                connect(&context, &PageContext::trainingChanged, page, &LoanAccountPage::setTrainingMode);
                page->setTrainingMode(context.isTraining());
                connect(&context, &PageContext::userChanged, page,
                        [page](const client::UserInfo &user) { page->setUser(user.displayName); });
                resetOnSignOut(context, page);
                return page;
            },
            .receive = receiveWith(&LoanAccountPage::open)};
}

} // namespace hpf::ui
