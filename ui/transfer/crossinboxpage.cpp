#include "transfer/crossinboxpage.h"

#include "clientcore.h"
#include "domain/errortext.h"
#include "ops/operation.h"
#include "session/session.h"
#include "session/usertext.h"
#include "shell/pageregistry.h"
#include "transfer/crossbrowser.h"
#include "transfer/transfertext.h"
#include "transfer/wrappedlabel.h"
#include "widgets/formsection.h"
#include "widgets/receiptbar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hpf::ui {

namespace {
const QStringList kNeedsReview{u"02"_qs, u"06"_qs};
}

CrossInboxPage::CrossInboxPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_browser(new CrossBrowser(core, this))
    , m_accept(new QPushButton(tr("&Accept and transfer out"), this))
    , m_reason(new QLineEdit(this))
    , m_refuse(new QPushButton(tr("&Refuse"), this))
    , m_resend(new QPushButton(tr("&Send again"), this))
    , m_fail(new QPushButton(tr("End as &failed"), this))
    , m_status(new QLabel(this))
    , m_receipt(new ReceiptBar(printer, this))
    , m_operation(new client::ops::Operation(core->outbox(), this))
{
    setObjectName(u"crossInboxPage"_qs);
    m_accept->setObjectName(u"inboxAccept"_qs);
    m_reason->setObjectName(u"inboxReason"_qs);
    m_reason->setMaxLength(200);
    m_reason->setPlaceholderText(
        tr("Reason (for refusing or ending as failed; sent to the receiving center)"));
    m_refuse->setObjectName(u"inboxRefuse"_qs);
    m_resend->setObjectName(u"inboxResend"_qs);
    m_fail->setObjectName(u"inboxFail"_qs);
    m_status->setObjectName(u"inboxStatus"_qs);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_accept);
    actions->addStretch();
    // The reason and what it serves on their own row, so the row fits at a large font.
    auto *reasonRow = new QHBoxLayout;
    reasonRow->addWidget(buddyLabel(tr("Reaso&n:"), m_reason, this));
    reasonRow->addWidget(m_reason, 1);
    reasonRow->addWidget(m_refuse);
    reasonRow->addWidget(m_resend);
    reasonRow->addWidget(m_fail);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        wrappedLabel(tr("Contact letters from other centers for accounts here; those waiting for "
                        "review and those in negotiation first. Check the account, then accept or "
                        "refuse. F5 reloads."),
                     this));
    layout->addWidget(m_browser, 1);
    layout->addLayout(actions);
    layout->addLayout(reasonRow);
    layout->addWidget(m_status);
    layout->addWidget(m_receipt);

    auto *f5 = new QAction(this);
    f5->setShortcut(QKeySequence(Qt::Key_F5));
    f5->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(f5, &QAction::triggered, this, &CrossInboxPage::reload);
    QWidget::addAction(f5);
    connect(m_accept, &QPushButton::clicked, this, [this] { start(Action::Accept); });
    connect(m_refuse, &QPushButton::clicked, this, [this] { start(Action::Refuse); });
    connect(m_reason, &QLineEdit::returnPressed, this, [this] { start(Action::Refuse); });
    connect(m_resend, &QPushButton::clicked, this, [this] { start(Action::Resend); });
    connect(m_fail, &QPushButton::clicked, this, [this] { start(Action::Fail); });
    connect(m_browser, &CrossBrowser::currentChanged, this, &CrossInboxPage::updateButtons);
    connect(m_browser->table(), &QTableWidget::activated, this, [this] { m_accept->setFocus(); });
    connect(m_browser, &CrossBrowser::loaded, this, [this](bool ok, const QString &message) {
        if (!ok)
            setStatus(message, true);
        else if (m_browser->rowCount() == 0)
            setStatus(tr("No contact letter is waiting"), false);
        emit loaded(ok);
    });
    connect(m_operation, &client::ops::Operation::status, this, &CrossInboxPage::setStatus);
    connect(m_operation, &client::ops::Operation::succeeded, this, &CrossInboxPage::onSucceeded);
    connect(m_operation, &client::ops::Operation::failed, this,
            [this](const QString &message, const Error &error) {
                setStatus(TransferText::refusal(message, error), true);
                if (error.field == u"reason")
                    m_reason->setFocus();
                m_browser->reloadCurrent();
                emit finished(false);
            });
    updateButtons();
}

QString CrossInboxPage::statusText() const
{
    return m_status->text();
}

void CrossInboxPage::setStatus(const QString &text, bool error)
{
    TransferText::setStatus(m_status, text, error);
}

void CrossInboxPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_core->session()->user().username.isEmpty())
        reload();
}

void CrossInboxPage::reset()
{
    m_browser->clear();
    m_reason->clear();
    m_status->clear();
    m_receipt->clear();
    m_operation->forget();
    updateButtons();
}

void CrossInboxPage::reload()
{
    m_browser->load({u"out"_qs, kNeedsReview, 50, {}}, kNeedsReview);
}

void CrossInboxPage::updateButtons()
{
    const auto &t = m_browser->current();
    const QString status = t ? t->status : QString();
    const bool idle = !m_operation->isPending();
    m_accept->setEnabled(idle && status == u"02");
    m_refuse->setEnabled(idle && status == u"02");
    m_resend->setEnabled(idle && status == u"06");
    m_fail->setEnabled(idle && status == u"06");
}

void CrossInboxPage::start(Action action)
{
    const auto &t = m_browser->current();
    if (!t || m_operation->isPending())
        return;
    const QString reason = m_reason->text().trimmed();
    if ((action == Action::Refuse || action == Action::Fail) && reason.isEmpty()) {
        setStatus(errortext::fieldLabel(u"reason"_qs) + u": "_qs + tr("required"), true);
        m_reason->setFocus();
        return;
    }
    const QString letter = t->letterNumber;
    client::ops::Request request;
    switch (action) {
    case Action::Accept:
        request = client::api::transfers::crossAccept(letter, tr("Cross-city transfer out"));
        break;
    case Action::Refuse:
        request = client::api::transfers::crossRefuse(letter, reason, tr("Cross-city transfer refused"));
        break;
    case Action::Resend:
        request = client::api::transfers::crossResend(letter, tr("Cross-city transfer sent again"));
        break;
    case Action::Fail:
        request = client::api::transfers::crossFail(letter, reason, tr("Cross-city transfer failed"));
        break;
    }
    m_receipt->clear();
    m_operation->start(request);
    updateButtons();
}

void CrossInboxPage::onSucceeded(const client::ops::Outcome &outcome)
{
    const auto change = outcome.as<client::api::CrossTransferChange>();
    if (!change) {
        setStatus(client::usertext::describe(change.error()), true);
        emit finished(false);
        return;
    }
    setStatus(tr("Contact letter %1: %2")
                  .arg(change->transfer.letterNumber, TransferText::transferStatus(change->transfer.status)),
              false);
    if (change->receipt) {
        m_receipt->setReceipt(*change->receipt, m_training);
        m_receipt->printButton()->setFocus();
    }
    m_reason->clear();
    m_browser->load({u"out"_qs, kNeedsReview, 50, {}}, kNeedsReview);
    updateButtons();
    emit finished(true);
}

PageDescriptor CrossInboxPage::descriptor()
{
    return {.code = u"5102"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Transfer-out review"),
            .permission = u"desk.transferInbox"_qs,
            .shortcut = QKeySequence(),
            .guideAnchor = u"转出审核5102"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new CrossInboxPage(context.core(), context.printer(), parent);
                page->setFocusProxy(page->browser()->table());
                connect(&context, &PageContext::trainingChanged, page, &CrossInboxPage::setTrainingMode);
                page->setTrainingMode(context.isTraining());
                resetOnSignOut(context, page);
                return page;
            }};
}

} // namespace hpf::ui
