#include "loan/approvalpage.h"

#include "clientcore.h"
#include "domain/errortext.h"
#include "domain/money.h"
#include "loan/loantext.h"
#include "ops/operation.h"
#include "session/usertext.h"
#include "shell/pageregistry.h"
#include "transfer/transfertext.h"
#include "transfer/wrappedlabel.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace hpf::ui {

namespace {

constexpr int kSerialRole = Qt::UserRole;

QLabel *noteLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #b00020;"_qs);
    return label;
}

} // namespace

LoanApprovalPage::LoanApprovalPage(client::ClientCore *core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_filter(new QComboBox(this))
    , m_list(new QListWidget(this))
    , m_detail(new QLabel(this))
    , m_review(new QPushButton(tr("&Review (审核)"), this))
    , m_reviewNote(noteLabel(this, u"loanReviewNote"_qs))
    , m_approve(new QPushButton(tr("A&pprove (批准)"), this))
    , m_approveNote(noteLabel(this, u"loanApproveNote"_qs))
    , m_reason(new QLineEdit(this))
    , m_refuse(new QPushButton(tr("Re&fuse (拒绝)"), this))
    , m_refuseNote(noteLabel(this, u"loanRefuseNote"_qs))
    , m_status(new QLabel(this))
    , m_operation(new client::ops::Operation(core->outbox(), this))
{
    setObjectName(u"loanApprovalPage"_qs);
    m_filter->setObjectName(u"loanQueueStatus"_qs);
    m_list->setObjectName(u"loanQueue"_qs);
    m_list->setAccessibleName(tr("Loan applications"));
    m_detail->setObjectName(u"loanQueueDetail"_qs);
    m_review->setObjectName(u"loanReview"_qs);
    m_approve->setObjectName(u"loanApprove"_qs);
    m_refuse->setObjectName(u"loanRefuse"_qs);
    m_reason->setObjectName(u"loanRefuseReason"_qs);
    m_reason->setMaxLength(200);
    m_status->setObjectName(u"loanQueueStatusLine"_qs);
    for (QLabel *label : {m_detail, m_status}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_filter->addItem(tr("Every status"), QString());
    for (const QString &status : {u"accepted"_qs, u"reviewed"_qs, u"approved"_qs, u"refused"_qs})
        m_filter->addItem(LoanText::status(status), status);

    auto *top = new QFormLayout;
    top->addRow(tr("Status:"), m_filter);
    auto *steps = new QGridLayout;
    steps->addWidget(m_review, 0, 0);
    steps->addWidget(m_reviewNote, 0, 2);
    steps->addWidget(m_approve, 1, 0);
    steps->addWidget(m_approveNote, 1, 2);
    steps->addWidget(m_refuse, 2, 0);
    // The reason says what it is: a buddy label, so Alt+R and a screen reader reach it.
    auto *reasonLabel = new QLabel(tr("Refusal reaso&n:"), this);
    reasonLabel->setBuddy(m_reason);
    auto *reasonRow = new QHBoxLayout;
    reasonRow->addWidget(reasonLabel);
    reasonRow->addWidget(m_reason, 1);
    steps->addLayout(reasonRow, 2, 1);
    steps->addWidget(m_refuseNote, 2, 2);
    steps->setColumnStretch(2, 1);
    m_reason->setPlaceholderText(tr("Reason for the refusal"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrappedLabel(tr("The branch's loan applications with the date the decision is due "
                                      "(overdue ones are marked). Enter "
                                      "opens one. A loan officer who did not accept it reviews it; a "
                                      "supervisor who neither accepted nor "
                                      "reviewed it approves or refuses it with a reason."),
                                   this));
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_detail);
    layout->addLayout(steps);
    layout->addWidget(m_status);
    setTabOrder(m_filter, m_list);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &LoanApprovalPage::reload);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        clearNotes();
        open(item->data(kSerialRole).toString());
    });
    connect(m_review, &QPushButton::clicked, this, [this] { runStep(Step::Review); });
    connect(m_approve, &QPushButton::clicked, this, [this] { runStep(Step::Approve); });
    connect(m_refuse, &QPushButton::clicked, this, [this] { runStep(Step::Refuse); });
    connect(m_reason, &QLineEdit::returnPressed, this, [this] { runStep(Step::Refuse); });
    connect(m_operation, &client::ops::Operation::status, this, &LoanApprovalPage::setStatus);
    connect(m_operation, &client::ops::Operation::succeeded, this, &LoanApprovalPage::onSucceeded);
    connect(m_operation, &client::ops::Operation::failed, this, &LoanApprovalPage::onFailed);
    reset();
}

QString LoanApprovalPage::statusText() const
{
    return m_status->text();
}

QString LoanApprovalPage::detailText() const
{
    return m_detail->text();
}

QString LoanApprovalPage::reviewNote() const
{
    return m_reviewNote->text();
}

QString LoanApprovalPage::approveNote() const
{
    return m_approveNote->text();
}

QString LoanApprovalPage::refuseNote() const
{
    return m_refuseNote->text();
}

void LoanApprovalPage::setStatus(const QString &text, bool error)
{
    TransferText::setStatus(m_status, text, error);
}

void LoanApprovalPage::reset()
{
    m_operation->forget();
    m_page.reset();
    m_current.reset();
    m_list->clear();
    m_detail->clear();
    m_reason->clear();
    m_status->clear();
    clearNotes();
    showCurrent();
    const QSignalBlocker blocker(m_filter);
    m_filter->setCurrentIndex(0);
}

void LoanApprovalPage::clearNotes()
{
    for (QLabel *note : {m_reviewNote, m_approveNote, m_refuseNote})
        note->clear();
}

void LoanApprovalPage::reload()
{
    const int generation = ++m_listGeneration;
    setStatus(tr("Loading the applications…"), false);
    client::api::loans::list(
        m_core->api(), m_filter->currentData().toString(), 1, this,
        [this, generation](const client::api::Reply<client::api::LoanApplicationPage> &reply) {
            if (generation != m_listGeneration)
                return;
            if (!reply.ok()) {
                setStatus(reply.message, true);
                emit listed(false);
                return;
            }
            m_page = reply.value();
            showList(*m_page);
            emit listed(true);
        });
}

void LoanApprovalPage::showList(const client::api::LoanApplicationPage &page)
{
    const QString selected =
        m_list->currentItem() ? m_list->currentItem()->data(kSerialRole).toString() : QString();
    m_list->clear();
    const QDate today = QDate::currentDate();
    for (const client::api::LoanApplicationSummary &s : page.items) {
        QString line = tr("%1 · %2 · %3 · %4 months · %5 · applied %6 · due %7")
                           .arg(s.serial, s.borrowerName, money::format(s.amountFen))
                           .arg(s.termMonths)
                           .arg(LoanText::status(s.status), s.appliedOn.toString(Qt::ISODate),
                                s.dueOn.toString(Qt::ISODate));
        const bool overdue = s.overdue(today);
        if (overdue)
            line += u" · "_qs + tr("OVERDUE");
        auto *item = new QListWidgetItem(line, m_list);
        item->setData(kSerialRole, s.serial);
        if (overdue)
            item->setForeground(QColor(0xb0, 0x00, 0x20));
        if (s.serial == selected)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    setStatus(page.total > page.items.size()
                  ? tr("%1 of %2 application(s); the newest first").arg(page.items.size()).arg(page.total)
                  : tr("%n application(s)", nullptr, int(page.total)),
              false);
}

void LoanApprovalPage::open(const QString &serial)
{
    if (serial.trimmed().isEmpty())
        return;
    setStatus(tr("Opening %1…").arg(serial), false);
    client::api::loans::get(m_core->api(), serial, this,
                            [this](const client::api::Reply<client::api::LoanApplication> &reply) {
                                if (!reply.ok()) {
                                    setStatus(reply.message, true);
                                    emit opened(false);
                                    return;
                                }
                                m_current = reply.value();
                                m_status->clear();
                                showCurrent();
                                emit opened(true);
                            });
}

void LoanApprovalPage::showCurrent()
{
    const bool accepted = m_current && m_current->status == u"accepted";
    const bool reviewed = m_current && m_current->status == u"reviewed";
    m_review->setEnabled(accepted);
    m_approve->setEnabled(reviewed);
    m_refuse->setEnabled(reviewed);
    m_reason->setEnabled(reviewed);
    if (!m_current) {
        m_detail->clear();
        return;
    }
    const client::api::LoanApplication &a = *m_current;
    QStringList lines{
        tr("%1 · %2 · %3 · %4 over %5 months at %6% · %7 · %8")
            .arg(a.serial, LoanText::status(a.status), LoanText::kind(a.kind), money::format(a.amountFen))
            .arg(a.termMonths)
            .arg(a.rate, LoanText::method(a.method), a.bankName)};
    lines.append(tr("Accepted %1 by %2 · reviewed by %3 · decided by %4 · due %5")
                     .arg(a.appliedOn.toString(Qt::ISODate), a.officer,
                          a.reviewer.isEmpty() ? u"—"_qs : a.reviewer,
                          a.approver.isEmpty() ? u"—"_qs : a.approver, a.dueOn.toString(Qt::ISODate)));
    lines.append(tr("Property: %1 · price %2 · contract %3 · %4")
                     .arg(a.propertyAddress, money::format(a.priceFen), a.purchaseContract,
                          LoanText::homeOrder(a.homeOrder)));
    for (const client::api::LoanPartyRecord &p : a.parties)
        lines.append(tr("%1: %2 · income %3 · debts %4 · credit authorisation %5")
                         .arg(LoanText::role(p.role), p.name, money::format(p.monthlyIncomeFen),
                              money::format(p.monthlyDebtFen), p.creditAuthorised ? tr("yes") : tr("no")));
    for (const client::api::LoanRuleVerdict &v : a.judgement.rules)
        lines.append(LoanText::verdict(v));
    if (a.judgement.limit)
        lines.append(tr("Limit %1, bound by %2")
                         .arg(money::format(a.judgement.limit->amountFen),
                              LoanText::bound(a.judgement.limit->boundBy)));
    if (!a.refusalReason.isEmpty())
        lines.append(tr("Refused: %1").arg(a.refusalReason));
    m_detail->setText(lines.join(u'\n'));
}

QLabel *LoanApprovalPage::noteOf(Step step) const
{
    switch (step) {
    case Step::Review:
        return m_reviewNote;
    case Step::Approve:
        return m_approveNote;
    case Step::Refuse:
        return m_refuseNote;
    }
    return m_reviewNote;
}

void LoanApprovalPage::runStep(Step step)
{
    if (m_operation->isPending()) {
        m_operation->resend(); // the same step again: same id, never a second one
        return;
    }
    if (!m_current)
        return;
    clearNotes();
    client::ops::Request request;
    const QString serial = m_current->serial;
    switch (step) {
    case Step::Review:
        request = client::api::loans::review(serial, tr("Loan review"));
        break;
    case Step::Approve:
        request = client::api::loans::approve(serial, tr("Loan approval"));
        break;
    case Step::Refuse:
        if (m_reason->text().trimmed().isEmpty()) {
            m_refuseNote->setText(LoanText::field(u"reason"_qs) + u": "_qs +
                                  errortext::message(u"request.field_required"_qs));
            m_reason->setFocus();
            return;
        }
        request = client::api::loans::refuse(serial, m_reason->text(), tr("Loan refusal"));
        break;
    }
    if (!m_core->isOnline()) {
        // A step decides on the application as it is now: never queued.
        noteOf(step)->setText(client::usertext::describe(makeError(u"offline.refused"_qs, QString())));
        return;
    }
    m_step = step;
    m_operation->start(request, client::ops::Operation::Mode::Interactive);
}

void LoanApprovalPage::onSucceeded(const client::ops::Outcome &outcome)
{
    const auto result = outcome.as<client::api::LoanApplication>();
    if (!result) {
        noteOf(m_step)->setText(client::usertext::describe(result.error()));
        emit stepFinished(false);
        return;
    }
    m_current = result.value();
    m_operation->forget();
    m_reason->clear();
    showCurrent();
    setStatus(tr("%1 is now %2").arg(m_current->serial, LoanText::status(m_current->status)), false);
    reload();
    emit stepFinished(true);
}

void LoanApprovalPage::onFailed(const QString &message, const Error &error)
{
    // Beside the button pressed: the separation of duties (loan.same_officer, loan.same_person), a
    // role without the step (auth.role_denied), a step out of order (loan.step).
    noteOf(m_step)->setText(LoanText::refusal(message, error));
    m_operation->forget();
    // The application may have moved on meanwhile: show it as it is now.
    if (m_current)
        open(m_current->serial);
    emit stepFinished(false);
}

PageDescriptor LoanApprovalPage::descriptor()
{
    return {.code = u"7002"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Loan review and approval"),
            .permission = u"loans.list"_qs,
            .shortcut = QKeySequence(),
            .guideAnchor = u"审核审批7002"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new LoanApprovalPage(context.core(), parent);
                page->setFocusProxy(page->list());
                resetOnSignOut(context, page);
                page->reload();
                return page;
            },
            .receive = receiveWith(&LoanApprovalPage::open)};
}

} // namespace hpf::ui
