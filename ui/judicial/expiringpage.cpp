#include "judicial/expiringpage.h"

#include "clientcore.h"
#include "judicial/judicialtext.h"
#include "session/session.h"
#include "shell/pageregistry.h"
#include "widgets/formsection.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hpf::ui {

JudicialExpiringPage::JudicialExpiringPage(client::ClientCore *core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_days(new QSpinBox(this))
    , m_load(new QPushButton(tr("Show"), this))
    , m_table(new QTableWidget(0, 7, this))
    , m_status(new QLabel(this))
{
    setObjectName(u"judicialExpiringPage"_qs);
    m_days->setObjectName(u"expiringDays"_qs);
    m_days->setRange(1, 366);
    m_days->setValue(30);
    m_days->setSuffix(tr(" days"));
    m_table->setObjectName(u"expiringTable"_qs);
    m_table->setAccessibleName(tr("Freezes ending soon"));
    m_table->setHorizontalHeaderLabels({tr("Ends on"), tr("Days left"), tr("State"), tr("Court"),
                                        tr("Case number"), tr("Account"), tr("Name")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->installEventFilter(this);
    m_status->setObjectName(u"expiringStatus"_qs);
    m_status->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->addWidget(buddyLabel(tr("Freezes ending &within:"), m_days, this));
    row->addWidget(m_days);
    row->addWidget(m_load);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    connect(m_load, &QPushButton::clicked, this, &JudicialExpiringPage::reload);
    connect(m_days, &QSpinBox::editingFinished, this, [this] {
        if (m_days->hasFocus())
            reload();
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int r, int) { openRow(r); });
}

QString JudicialExpiringPage::statusText() const
{
    return m_status->text();
}

void JudicialExpiringPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_defaultsLoaded || m_core->session()->user().username.isEmpty())
        return;
    m_defaultsLoaded = true;
    client::api::judicial::courts(m_core->api(), this, [this](const auto &reply) {
        if (reply.ok())
            m_days->setValue(reply.value().expiringDays);
        reload();
    });
}

void JudicialExpiringPage::reload()
{
    const int days = m_days->value();
    m_status->setText(tr("Loading…"));
    client::api::judicial::expiring(m_core->api(), days, this, [this](const auto &reply) {
        if (!reply.ok()) {
            m_status->setText(reply.message);
            return;
        }
        m_items = reply.value().items;
        m_table->setRowCount(int(m_items.size()));
        for (int r = 0; r < m_items.size(); ++r) {
            const auto &i = m_items.at(r);
            const QStringList cells{i.endDate.toString(Qt::ISODate),
                                    QString::number(i.daysLeft),
                                    JudicialText::stateName(i.state),
                                    i.courtName,
                                    i.caseNumber,
                                    i.accountNumber,
                                    i.personName};
            for (int c = 0; c < cells.size(); ++c)
                m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        }
        m_table->resizeColumnsToContents();
        if (!m_items.isEmpty())
            m_table->selectRow(0);
        m_status->setText(
            tr("%n freeze(s) end within %1 days", nullptr, int(m_items.size())).arg(reply.value().days));
        emit loaded();
    });
}

void JudicialExpiringPage::reset()
{
    m_items.clear();
    m_table->setRowCount(0);
    m_status->clear();
    m_defaultsLoaded = false;
}

bool JudicialExpiringPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openRow(m_table->currentRow());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void JudicialExpiringPage::openRow(int row)
{
    if (row >= 0 && row < m_items.size())
        emit accountRequested(m_items.at(row).accountNumber);
}

PageDescriptor JudicialExpiringPage::descriptor()
{
    return {.code = u"3002"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Freezes expiring"),
            .permission = u"desk.judicialExpiring"_qs,
            .shortcut = QKeySequence(),
            .guideAnchor = u"即将到期3002"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new JudicialExpiringPage(context.core(), parent);
                connect(page, &JudicialExpiringPage::accountRequested, page,
                        [&context](const QString &account) { context.open(u"3001"_qs, account); });
                resetOnSignOut(context, page);
                return page;
            }};
}

} // namespace hpf::ui
