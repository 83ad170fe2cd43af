#include "transfer/crossbrowser.h"

#include "clientcore.h"
#include "domain/identity.h"
#include "domain/money.h"
#include "transfer/transfertext.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hpf::ui {

CrossBrowser::CrossBrowser(client::ClientCore *core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_table(new QTableWidget(0, 7, this))
    , m_details(new QLabel(this))
{
    m_table->setObjectName(u"crossTable"_qs);
    m_table->setAccessibleName(tr("Cross-city transfers"));
    m_table->setHorizontalHeaderLabels({tr("Contact letter"), tr("Direction"), tr("Status"), tr("Person"),
                                        tr("Other center"), tr("Amount"), tr("Last change")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_details->setObjectName(u"crossBrowserDetails"_qs);
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_details, 1);
    connect(m_table, &QTableWidget::currentCellChanged, this, &CrossBrowser::onRowChanged);
}

int CrossBrowser::rowCount() const
{
    return m_table->rowCount();
}

QString CrossBrowser::detailsText() const
{
    return m_details->text();
}

void CrossBrowser::clear()
{
    m_items.clear();
    m_nextCursor.clear();
    m_wanted.clear();
    m_current.reset();
    m_table->setRowCount(0);
    m_details->clear();
}

void CrossBrowser::load(const client::api::CrossListQuery &query, const QStringList &first)
{
    m_query = query;
    m_query.cursor.clear();
    m_first = first;
    const QString keep = m_current ? m_current->letterNumber : QString();
    clear();
    m_wanted = keep; // reselect the transfer the teller was looking at
    loadMore();
}

void CrossBrowser::loadMore()
{
    client::api::CrossListQuery query = m_query;
    query.cursor = m_nextCursor;
    client::api::transfers::crossList(m_core->api(), query, this, [this](const auto &reply) {
        if (!reply.ok()) {
            emit loaded(false, reply.message);
            return;
        }
        m_items.append(reply.value().items);
        m_nextCursor = reply.value().nextCursor;
        // The statuses that need the teller first (stable: newest first within each group).
        std::stable_sort(m_items.begin(), m_items.end(), [this](const auto &a, const auto &b) {
            return m_first.contains(a.status) && !m_first.contains(b.status);
        });
        fill();
        emit loaded(true, QString());
    });
}

void CrossBrowser::fill()
{
    const QString keep = m_wanted;
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_items.size()));
    for (int r = 0; r < m_items.size(); ++r) {
        const client::api::CrossTransfer &t = m_items.at(r);
        const QString amount = t.transferOut ? money::format(t.transferOut->amountFen) : QString();
        const QStringList cells{t.letterNumber,
                                t.isIncoming() ? tr("in") : tr("out"),
                                TransferText::transferStatus(t.status),
                                identity::maskName(t.personName),
                                t.isIncoming() ? t.sendingCenter.name : t.receivingCenter.name,
                                amount,
                                t.updatedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_qs)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    if (!keep.isEmpty() && select(keep))
        return;
    if (!m_items.isEmpty() && m_table->currentRow() < 0) {
        m_table->setCurrentCell(0, 0);
        onRowChanged();
    }
}

bool CrossBrowser::select(const QString &letterNumber)
{
    for (int r = 0; r < m_items.size(); ++r) {
        if (m_items.at(r).letterNumber == letterNumber) {
            m_table->setCurrentCell(r, 0);
            onRowChanged();
            return true;
        }
    }
    return false;
}

void CrossBrowser::reloadCurrent()
{
    onRowChanged();
}

void CrossBrowser::onRowChanged()
{
    const int row = m_table->currentRow();
    m_current.reset();
    if (row < 0 || row >= m_items.size()) {
        m_wanted.clear();
        m_details->clear();
        emit currentChanged();
        return;
    }
    const QString letter = m_items.at(row).letterNumber;
    m_wanted = letter;
    m_details->setText(TransferText::transferDetails(m_items.at(row)));
    client::api::transfers::crossGet(m_core->api(), letter, this, [this, letter](const auto &reply) {
        if (letter != m_wanted)
            return;
        if (!reply.ok()) {
            m_details->setText(reply.message.toHtmlEscaped());
            emit currentChanged();
            return;
        }
        m_current = reply.value().transfer;
        m_details->setText(TransferText::transferDetails(*m_current));
        emit currentChanged();
    });
}

} // namespace hpf::ui
