#include "judicial/inboxpage.h"

#include "clientcore.h"
#include "domain/money.h"
#include "judicial/judicialtext.h"
#include "judicial/receiptprint.h"
#include "session/session.h"
#include "session/usertext.h"
#include "shell/grantdialog.h"
#include "shell/pageregistry.h"
#include "store/outbox.h"
#include "transfer/wrappedlabel.h"
#include "widgets/formsection.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hpf::ui {

JudicialInboxPage::JudicialInboxPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_table(new QTableWidget(0, 5, this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_handle(new QPushButton(tr("&Handle…"), this))
    , m_reason(new QLineEdit(this))
    , m_reject(new QPushButton(tr("Re&ject…"), this))
    , m_status(new QLabel(this))
    , m_receipt(new JudicialReceiptBar(printer, this))
    , m_operation(new client::ops::Operation(core->outbox(), this))
{
    setObjectName(u"judicialInboxPage"_qs);
    m_table->setObjectName(u"inboxTable"_qs);
    m_table->setAccessibleName(tr("Court requests received online"));
    m_table->setHorizontalHeaderLabels(
        {tr("Received"), tr("Request"), tr("Court"), tr("Case number"), tr("Account / debtor")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_handle->setObjectName(u"inboxHandle"_qs);
    m_reject->setObjectName(u"inboxReject"_qs);
    m_reason->setObjectName(u"inboxReason"_qs);
    m_reason->setPlaceholderText(tr("Reason for rejecting (sent to the court)"));
    m_status->setObjectName(u"inboxStatus"_qs);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_refresh);
    actions->addWidget(m_handle);
    actions->addStretch();
    // The reason on its own row: a long label and the field would otherwise widen the page.
    auto *rejectRow = new QHBoxLayout;
    rejectRow->addWidget(buddyLabel(tr("&Reason for rejecting:"), m_reason, this));
    rejectRow->addWidget(m_reason, 1);
    rejectRow->addWidget(m_reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrappedLabel(tr("Court requests received online, oldest first. Check each against the "
                                      "account before handling it; a supervisor authorises at this screen."),
                                   this));
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addLayout(rejectRow);
    layout->addWidget(m_status);
    layout->addWidget(m_receipt);
    connect(m_refresh, &QPushButton::clicked, this, &JudicialInboxPage::reload);
    connect(m_handle, &QPushButton::clicked, this, [this] { start(Pending::Handle); });
    connect(m_reject, &QPushButton::clicked, this, [this] { start(Pending::Reject); });
    connect(m_reason, &QLineEdit::returnPressed, this, [this] { start(Pending::Reject); });
    connect(m_operation, &client::ops::Operation::status, this, &JudicialInboxPage::setStatus);
    connect(m_operation, &client::ops::Operation::succeeded, this, &JudicialInboxPage::onSucceeded);
    connect(m_operation, &client::ops::Operation::failed, this,
            [this](const QString &message, const Error &error) {
                const QString text = JudicialText::message(error.code);
                setStatus(text.isEmpty() ? message : JudicialText::describe(error), true);
                m_pending = Pending::None;
            });
}

QString JudicialInboxPage::statusText() const
{
    return m_status->text();
}

void JudicialInboxPage::setStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? u"color: #b00020;"_qs : QString());
    m_status->setText(text);
}

void JudicialInboxPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_core->session()->user().username.isEmpty())
        reload();
}

void JudicialInboxPage::reload()
{
    client::api::judicial::inbox(m_core->api(), this, [this](const auto &reply) {
        if (!reply.ok()) {
            setStatus(reply.message, true);
            return;
        }
        m_items = reply.value().items;
        m_table->setRowCount(int(m_items.size()));
        for (int r = 0; r < m_items.size(); ++r) {
            const auto &i = m_items.at(r);
            const QString who =
                i.request.accountNumber.isEmpty() ? i.request.debtor.name : i.request.accountNumber;
            const QStringList cells{i.receivedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_qs),
                                    JudicialText::actionName(i.type), i.courtName, i.caseNumber, who};
            for (int c = 0; c < cells.size(); ++c)
                m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        }
        m_table->resizeColumnsToContents();
        if (!m_items.isEmpty())
            m_table->selectRow(0);
        emit loaded();
    });
}

void JudicialInboxPage::reset()
{
    m_items.clear();
    m_table->setRowCount(0);
    m_reason->clear();
    m_status->clear();
    m_receipt->clear();
    m_operation->forget();
    m_pending = Pending::None;
}

void JudicialInboxPage::start(Pending what)
{
    if (m_operation->isPending() || m_grantDialog)
        return;
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_items.size()) {
        setStatus(tr("Select a request first"), true);
        return;
    }
    const auto &item = m_items.at(row);
    if (what == Pending::Reject && m_reason->text().trimmed().isEmpty()) {
        setStatus(JudicialText::describe(makeError(u"judicial.field_required"_qs, u"reason"_qs)), true);
        m_reason->setFocus();
        return;
    }
    if (!m_core->isOnline()) {
        setStatus(client::usertext::describe(makeError(u"offline.refused"_qs, QString())), true);
        return;
    }
    const client::ops::Request request =
        what == Pending::Handle
            ? client::api::judicial::handle(item.id, tr("Online court request handled"))
            : client::api::judicial::reject(item.id, m_reason->text(), tr("Online court request rejected"));
    if (!m_operation->confirm(request))
        return;
    m_pending = what;
    m_receipt->clear();
    const QString summary = (what == Pending::Handle ? tr("Handle the online %1 request of %2, case %3")
                                                     : tr("Reject the online %1 request of %2, case %3"))
                                .arg(JudicialText::actionName(item.type), item.courtName, item.caseNumber);
    m_grantDialog = new GrantDialog(m_core->session(), m_operation, summary, this);
    connect(m_grantDialog, &QDialog::finished, this, [this] {
        m_grantDialog = nullptr;
        if (m_operation->cancel())
            m_pending = Pending::None;
    });
    connect(m_grantDialog, &GrantDialog::granted, this, [this] {
        if (m_operation->submit())
            emit submitted(m_operation->id());
    });
    m_grantDialog->open();
}

void JudicialInboxPage::onSucceeded(const client::ops::Outcome &outcome)
{
    const Pending done = std::exchange(m_pending, Pending::None);
    if (done == Pending::Reject) {
        const auto rejected = outcome.as<client::api::JudicialRejected>();
        if (!rejected)
            setStatus(client::usertext::describe(rejected.error()), true);
        else
            setStatus(tr("Request %1 rejected; the court will be told").arg(rejected->id), false);
        m_reason->clear();
    } else {
        const auto result = outcome.as<client::api::JudicialOutcome>();
        if (!result) {
            setStatus(client::usertext::describe(result.error()), true);
        } else {
            setStatus(tr("%1 done: serial %2, %3; the court's answer is queued")
                          .arg(JudicialText::actionName(result->type), result->serial,
                               JudicialText::stateName(result->freeze.state)),
                      false);
            m_receipt->setReceipt(result->receipt, m_training);
        }
    }
    reload();
}

PageDescriptor JudicialInboxPage::descriptor()
{
    return {.code = u"3003"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Online court requests"),
            .permission = u"desk.judicialInbox"_qs,
            .shortcut = QKeySequence(),
            .guideAnchor = u"线上请求3003"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new JudicialInboxPage(context.core(), context.printer(), parent);
                page->setTrainingMode(context.isTraining());
                connect(&context, &PageContext::trainingChanged, page, &JudicialInboxPage::setTrainingMode);
                resetOnSignOut(context, page);
                return page;
            }};
}

} // namespace hpf::ui
