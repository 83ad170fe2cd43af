#include "transfer/crosslistpage.h"

#include "clientcore.h"
#include "domain/codetables.h"
#include "domain/money.h"
#include "session/session.h"
#include "shell/pageregistry.h"
#include "transfer/crossbrowser.h"
#include "transfer/transfertext.h"
#include "widgets/formsection.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hpf::ui {

CrossListPage::CrossListPage(client::ClientCore *core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_role(new QComboBox(this))
    , m_statusFilter(new QComboBox(this))
    , m_search(new QPushButton(tr("&Search (F5)"), this))
    , m_more(new QPushButton(tr("&More"), this))
    , m_browser(new CrossBrowser(core, this))
    , m_receipts(new QComboBox(this))
    , m_openReceipt(new QPushButton(tr("&Print a receipt of this transfer (2006)…"), this))
    , m_status(new QLabel(this))
    , m_transit(new QLabel(this))
{
    setObjectName(u"crossListPage"_qs);
    m_role->setObjectName(u"listRole"_qs);
    m_role->addItem(tr("Both directions"), QString());
    m_role->addItem(tr("Transfers in"), u"in"_qs);
    m_role->addItem(tr("Transfers out"), u"out"_qs);
    m_statusFilter->setObjectName(u"listStatus"_qs);
    m_statusFilter->addItem(tr("Every status"), QString());
    for (const codes::Entry &e : codes::transferStatuses().entries) {
        const QString code = QString::fromUtf16(e.code);
        m_statusFilter->addItem(TransferText::transferStatus(code), code);
    }
    m_search->setObjectName(u"listSearch"_qs);
    m_more->setObjectName(u"listMore"_qs);
    m_status->setObjectName(u"listStatusText"_qs);
    m_status->setWordWrap(true);
    m_transit->setObjectName(u"listTransit"_qs);
    m_receipts->setObjectName(u"listReceipts"_qs);
    m_openReceipt->setObjectName(u"listOpenReceipt"_qs);

    m_role->setAccessibleName(tr("Direction"));
    m_statusFilter->setAccessibleName(tr("Status"));
    m_receipts->setAccessibleName(tr("Receipts of the transfer"));
    m_transit->setWordWrap(true);
    auto *filters = new QHBoxLayout;
    filters->addWidget(buddyLabel(tr("&Direction:"), m_role, this));
    filters->addWidget(m_role);
    filters->addWidget(buddyLabel(tr("Stat&us:"), m_statusFilter, this));
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_search);
    filters->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    // On its own line: a long count beside the filters would widen the page at a large font.
    layout->addWidget(m_transit);
    layout->addWidget(m_browser, 1);
    auto *below = new QHBoxLayout;
    below->addWidget(m_more);
    below->addStretch();
    below->addWidget(buddyLabel(tr("R&eceipt:"), m_receipts, this));
    below->addWidget(m_receipts);
    below->addWidget(m_openReceipt);
    layout->addLayout(below);
    layout->addWidget(m_status);

    auto *f5 = new QAction(this);
    f5->setShortcut(QKeySequence(Qt::Key_F5));
    f5->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(f5, &QAction::triggered, this, &CrossListPage::search);
    QWidget::addAction(f5);
    connect(m_search, &QPushButton::clicked, this, &CrossListPage::search);
    connect(m_more, &QPushButton::clicked, m_browser, &CrossBrowser::loadMore);
    connect(m_role, &QComboBox::activated, this, &CrossListPage::search);
    connect(m_statusFilter, &QComboBox::activated, this, &CrossListPage::search);
    connect(m_browser->table(), &QTableWidget::activated, this, [this] {
        if (m_browser->current() && m_browser->current()->isIncoming())
            emit openTransfer(m_browser->current()->letterNumber);
    });
    connect(m_browser, &CrossBrowser::currentChanged, this, &CrossListPage::fillReceipts);
    connect(m_openReceipt, &QPushButton::clicked, this, [this] {
        const QString serial = m_receipts->currentData().toString();
        if (!serial.isEmpty())
            emit openReceipt(serial);
    });
    connect(m_browser, &CrossBrowser::loaded, this, [this](bool ok, const QString &message) {
        if (!ok)
            setStatus(message, true);
        else
            setStatus(tr("%n transfer(s) listed", nullptr, m_browser->rowCount()), false);
        m_more->setEnabled(m_browser->hasMore());
        emit loaded(ok);
    });
    reset();
}

QString CrossListPage::statusText() const
{
    return m_status->text();
}

QString CrossListPage::transitText() const
{
    return m_transit->text();
}

void CrossListPage::fillReceipts()
{
    m_receipts->clear();
    if (const auto &t = m_browser->current()) {
        for (const client::api::CrossTransfer::ReceiptRef &r : t->receipts) {
            const QString what = r.business == u"transfer_contact_letter" ? tr("Contact letter")
                                 : r.business == u"transfer_out"          ? tr("Transfer-out receipt")
                                                                          : tr("Receipt");
            m_receipts->addItem(what + u' ' + r.serial, r.serial);
        }
    }
    m_receipts->setEnabled(m_receipts->count() > 0);
    m_openReceipt->setEnabled(m_receipts->count() > 0);
}

void CrossListPage::setStatus(const QString &text, bool error)
{
    TransferText::setStatus(m_status, text, error);
}

void CrossListPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_core->session()->user().username.isEmpty())
        search();
}

void CrossListPage::reset()
{
    m_browser->clear();
    m_role->setCurrentIndex(0);
    m_statusFilter->setCurrentIndex(0);
    m_status->clear();
    m_transit->clear();
    m_more->setEnabled(false);
    fillReceipts();
}

void CrossListPage::search()
{
    const QString status = m_statusFilter->currentData().toString();
    m_browser->load(
        {m_role->currentData().toString(), status.isEmpty() ? QStringList() : QStringList{status}, 50, {}});
    client::api::transfers::transit(m_core->api(), this, [this](const auto &reply) {
        if (reply.ok())
            m_transit->setText(tr("In transit here: %1 (%n transfer(s))", nullptr, reply.value().count)
                                   .arg(money::format(reply.value().balanceFen)));
        else
            m_transit->clear(); // a role without the transit read: the list still works
    });
}

PageDescriptor CrossListPage::descriptor()
{
    return {.code = u"5103"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Transfer query"),
            .permission = u"transfers.crossList"_qs,
            .shortcut = QKeySequence(),
            .guideAnchor = u"转移业务查询5103"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new CrossListPage(context.core(), parent);
                page->setFocusProxy(page->roleBox());
                connect(page, &CrossListPage::openTransfer, page, [&context](const QString &letter) {
                    if (context.mayOpen(u"5101"_qs))
                        context.open(u"5101"_qs, letter);
                });
                connect(page, &CrossListPage::openReceipt, page,
                        [&context](const QString &serial) { context.open(u"2006"_qs, serial); });
                resetOnSignOut(context, page);
                return page;
            }};
}

} // namespace hpf::ui
