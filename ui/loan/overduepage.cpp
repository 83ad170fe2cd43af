#include "loan/overduepage.h"

#include "clientcore.h"
#include "domain/money.h"
#include "loan/loantext.h"
#include "ops/operation.h"
#include "session/usertext.h"
#include "shell/pageregistry.h"
#include "transfer/transfertext.h"
#include "transfer/wrappedlabel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hpf::ui {

namespace {

enum Column { Contract, Borrower, OldestDue, DaysPastDue, Overdue, Penalty, Outstanding, Reminder, Columns };

QString channelText(const QString &channel)
{
    if (channel == u"phone")
        return LoanOverduePage::tr("phone");
    if (channel == u"letter")
        return LoanOverduePage::tr("letter");
    if (channel == u"sms")
        return LoanOverduePage::tr("SMS");
    return channel;
}

QString reminderText(const client::api::OverdueLoan &loan)
{
    if (!loan.reminder)
        return LoanOverduePage::tr("none");
    const client::api::LoanReminder &r = *loan.reminder;
    if (r.status == u"done")
        return LoanOverduePage::tr("reminded (%1 days, %2)").arg(r.thresholdDays).arg(channelText(r.channel));
    if (r.status == u"superseded")
        return LoanOverduePage::tr("superseded (%1 days)").arg(r.thresholdDays);
    return LoanOverduePage::tr("to remind (%1 days, since %2)")
        .arg(r.thresholdDays)
        .arg(r.queuedOn.toString(Qt::ISODate));
}

} // namespace

LoanOverduePage::LoanOverduePage(client::ClientCore *core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, Columns, this))
    , m_channel(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_refresh(new QPushButton(tr("Refresh (F5)"), this))
    , m_record(new QPushButton(tr("&Record the reminder (Ctrl+Enter)"), this))
    , m_status(new QLabel(this))
    , m_operation(new client::ops::Operation(core->outbox(), this))
{
    setObjectName(u"loanOverduePage"_qs);
    m_summary->setObjectName(u"loanOverdueSummary"_qs);
    m_table->setObjectName(u"loanOverdueTable"_qs);
    m_table->setAccessibleName(tr("Loans in arrears"));
    m_channel->setObjectName(u"loanOverdueChannel"_qs);
    m_note->setObjectName(u"loanOverdueNote"_qs);
    m_refresh->setObjectName(u"loanOverdueRefresh"_qs);
    m_record->setObjectName(u"loanOverdueRecord"_qs);
    m_status->setObjectName(u"loanOverdueStatus"_qs);
    for (QLabel *label : {m_summary, m_status}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_table->setHorizontalHeaderLabels({tr("Contract"), tr("Borrower"), tr("Oldest due"), tr("Days past due"),
                                        tr("Overdue amount"), tr("Penalty (罚息)"), tr("Outstanding"),
                                        tr("Reminder")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_channel->addItem(tr("Phone (电话)"), u"phone"_qs);
    m_channel->addItem(tr("Letter (信函)"), u"letter"_qs);
    m_channel->addItem(tr("SMS (短信)"), u"sms"_qs);
    m_note->setMaxLength(200);
    m_note->setPlaceholderText(tr("What the borrower said (optional)"));

    auto *recordRow = new QHBoxLayout;
    auto *channelLabel = new QLabel(tr("Reminded &by:"), this);
    channelLabel->setBuddy(m_channel);
    auto *noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_note);
    recordRow->addWidget(channelLabel);
    recordRow->addWidget(m_channel);
    recordRow->addWidget(noteLabel);
    recordRow->addWidget(m_note, 1);
    recordRow->addWidget(m_record);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        wrappedLabel(tr("Loans with an instalment unpaid after its due date, the oldest first: "
                        "days past due, the unpaid principal and interest, the penalty interest "
                        "accrued by policy and the reminder the daily run queued. Enter or F5 "
                        "refreshes; Ctrl+Enter records that the borrower of the chosen row was "
                        "reminded."),
                     this));
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(recordRow);
    auto *below = new QHBoxLayout;
    below->addWidget(m_refresh);
    below->addStretch();
    layout->addLayout(below);
    layout->addWidget(m_status);
    setTabOrder(m_table, m_channel);
    setTabOrder(m_channel, m_note);
    setTabOrder(m_note, m_record);

    auto *f5 = new QAction(this);
    f5->setShortcut(QKeySequence(Qt::Key_F5));
    f5->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(f5, &QAction::triggered, this, &LoanOverduePage::reload);
    QWidget::addAction(f5);
    auto *ctrlEnter = new QAction(this);
    ctrlEnter->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    ctrlEnter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(ctrlEnter, &QAction::triggered, this, &LoanOverduePage::record);
    QWidget::addAction(ctrlEnter);
    connect(m_table, &QTableWidget::activated, this, &LoanOverduePage::reload);
    connect(m_table, &QTableWidget::currentCellChanged, this, &LoanOverduePage::updateButtons);
    connect(m_refresh, &QPushButton::clicked, this, &LoanOverduePage::reload);
    connect(m_record, &QPushButton::clicked, this, &LoanOverduePage::record);
    connect(m_operation, &client::ops::Operation::status, this, &LoanOverduePage::setStatus);
    connect(m_operation, &client::ops::Operation::succeeded, this, &LoanOverduePage::onSucceeded);
    connect(m_operation, &client::ops::Operation::failed, this, &LoanOverduePage::onFailed);
    reset();
}

QString LoanOverduePage::statusText() const
{
    return m_status->text();
}

QString LoanOverduePage::summaryText() const
{
    return m_summary->text();
}

void LoanOverduePage::setStatus(const QString &text, bool error)
{
    TransferText::setStatus(m_status, text, error);
}

void LoanOverduePage::setRole(const QString &role)
{
    m_showRatio = role == u"supervisor" || role == u"auditor" || role == u"admin";
    m_mayRecord = role == u"loan_officer";
    m_channel->setVisible(m_mayRecord);
    m_note->setVisible(m_mayRecord);
    m_record->setVisible(m_mayRecord);
    if (m_page)
        showList(*m_page);
    updateButtons();
}

void LoanOverduePage::reset()
{
    m_operation->forget();
    m_page.reset();
    m_table->setRowCount(0);
    m_summary->clear();
    m_note->clear();
    m_status->clear();
    m_channel->setCurrentIndex(0);
    updateButtons();
}

void LoanOverduePage::reload()
{
    const int generation = ++m_listGeneration;
    setStatus(tr("Loading the overdue loans…"), false);
    client::api::loanoverdue::list(
        m_core->api(), 1, this,
        [this, generation](const client::api::Reply<client::api::OverduePage> &reply) {
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

void LoanOverduePage::showList(const client::api::OverduePage &page)
{
    const QString selected = currentLoan() ? currentLoan()->contractNumber : QString();
    m_table->setRowCount(int(page.items.size()));
    int keep = page.items.isEmpty() ? -1 : 0;
    for (int row = 0; row < page.items.size(); ++row) {
        const client::api::OverdueLoan &l = page.items.at(row);
        const QStringList cells{l.contractNumber,
                                l.borrowerName,
                                l.oldestDueOn.toString(Qt::ISODate),
                                QString::number(l.daysPastDue),
                                money::format(l.overdueFen),
                                money::format(l.penaltyFen),
                                money::format(l.outstandingFen),
                                reminderText(l)};
        for (int column = 0; column < Columns; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column >= DaysPastDue && column <= Outstanding)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        if (l.contractNumber == selected)
            keep = row;
    }
    if (keep >= 0)
        m_table->setCurrentCell(keep, 0);
    m_table->resizeColumnsToContents();
    const client::api::OverdueSummary &s = page.summary;
    QString summary = tr("%n loan(s) in arrears", nullptr, int(s.overdueLoans));
    if (m_showRatio)
        summary += u" · "_qs + tr("overdue ratio (逾期率) %1‱ on %2: %3 in arrears of %4 lent in %5 loan(s)")
                                   .arg(s.ratioPerTenThousand, s.asOf.toString(Qt::ISODate),
                                        money::format(s.overdueBalanceFen), money::format(s.balanceFen))
                                   .arg(s.loans);
    m_summary->setText(summary);
    setStatus(
        page.total > page.items.size()
            ? tr("%1 of %2 loan(s) shown; the oldest arrears first").arg(page.items.size()).arg(page.total)
            : tr("%n loan(s) listed", nullptr, int(page.total)),
        false);
    updateButtons();
}

const client::api::OverdueLoan *LoanOverduePage::currentLoan() const
{
    const int row = m_table->currentRow();
    if (!m_page || row < 0 || row >= m_page->items.size())
        return nullptr;
    return &m_page->items.at(row);
}

void LoanOverduePage::updateButtons()
{
    const client::api::OverdueLoan *loan = currentLoan();
    m_record->setEnabled(m_mayRecord && loan && loan->reminderOpen());
}

void LoanOverduePage::record()
{
    if (m_operation->isPending()) {
        m_operation->resend(); // the same record again: same id, never a second one
        return;
    }
    const client::api::OverdueLoan *loan = currentLoan();
    if (!m_mayRecord || !loan)
        return;
    if (!loan->reminderOpen()) {
        setStatus(tr("%1 has no reminder to record").arg(loan->contractNumber), true);
        return;
    }
    if (!m_core->isOnline()) {
        // The queue may have moved on: a reminder is recorded against the list as it is now.
        setStatus(client::usertext::describe(makeError(u"offline.refused"_qs, QString())), true);
        return;
    }
    const auto request =
        client::api::loanoverdue::recordReminder(loan->reminder->id, m_channel->currentData().toString(),
                                                 m_note->text(), tr("Reminder %1").arg(loan->contractNumber));
    m_operation->start(request, client::ops::Operation::Mode::Interactive);
}

void LoanOverduePage::onSucceeded(const client::ops::Outcome &outcome)
{
    const auto result = outcome.as<client::api::ReminderRecorded>();
    m_operation->forget();
    if (!result) {
        setStatus(client::usertext::describe(result.error()), true);
        emit recorded(false);
        return;
    }
    m_note->clear();
    setStatus(tr("Reminder of %1 recorded (%2)").arg(result->contractNumber, channelText(result->channel)),
              false);
    emit recorded(true);
    reload();
}

void LoanOverduePage::onFailed(const QString &message, const Error &error)
{
    m_operation->forget();
    setStatus(LoanText::refusal(message, error), true);
    if (error.field == u"note")
        m_note->setFocus();
    emit recorded(false);
    reload();
}

PageDescriptor LoanOverduePage::descriptor()
{
    return {.code = u"7005"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Overdue loans"),
            .permission = u"loans.overdue"_qs,
            .shortcut = QKeySequence(),
            .guideAnchor = u"逾期管理7005"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new LoanOverduePage(context.core(), parent);
                page->setFocusProxy(page->table());
                page->setRole(context.user().role);
                connect(&context, &PageContext::userChanged, page,
                        [page](const client::UserInfo &user) { page->setRole(user.role); });
                resetOnSignOut(context, page);
                page->reload();
                return page;
            }};
}

} // namespace hpf::ui
