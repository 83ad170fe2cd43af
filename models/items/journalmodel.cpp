#include "items/journalmodel.h"

#include "domain/money.h"

#include <QUrl>

namespace hpf::client {

JournalModel::JournalModel(ApiClient *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{}

void JournalModel::clear()
{
    if (m_call)
        m_call->disconnect(this);
    m_call = nullptr;
    beginResetModel();
    m_rows = {};
    m_total = -1;
    m_creditFen = 0;
    m_debitFen = 0;
    endResetModel();
    emit totalsChanged();
}

void JournalModel::setAccount(const QString &accountNumber)
{
    clear();
    m_account = accountNumber;
    if (!m_account.isEmpty())
        request(0);
}

void JournalModel::request(qint64 offset)
{
    const QString path = u"/api/v1/accounts/%1/journal?offset=%2&limit=%3"_qs.arg(
        QString::fromLatin1(QUrl::toPercentEncoding(m_account)), QString::number(offset),
        QString::number(m_pageSize));
    m_call = m_api->send(ApiRequest::get(path));
    const QString account = m_account;
    connect(m_call, &ApiCall::finished, this, [this, account, offset](const ApiResponse &r) {
        m_call = nullptr;
        if (account != m_account || offset != m_rows.size())
            return; // an answer for something no longer shown
        if (r.ok()) {
            const QJsonObject o = r.object();
            const QJsonArray page = o.value(u"items").toArray();
            m_total = o.value(u"total").toInteger(m_rows.size() + page.size());
            if (!page.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
                for (const QJsonValue &v : page) {
                    m_rows.append(v);
                    const qint64 fen = v.toObject().value(u"amountFen").toInteger();
                    (fen >= 0 ? m_creditFen : m_debitFen) += fen >= 0 ? fen : -fen;
                }
                endInsertRows();
            } else {
                m_total = m_rows.size(); // the server has no more, whatever it counted
            }
            emit totalsChanged();
        }
        emit pageLoaded(r);
    });
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject row = m_rows.at(index.row()).toObject();
    const qint64 fen = row.value(u"amountFen").toInteger();
    if (role == Qt::TextAlignmentRole) {
        const bool amount =
            index.column() == Credit || index.column() == Debit || index.column() == BalanceAfter;
        return amount ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    }
    if (role == FenRole) {
        switch (index.column()) {
        case Credit:
            return fen > 0 ? fen : 0;
        case Debit:
            return fen < 0 ? -fen : 0;
        case BalanceAfter:
            return row.value(u"balanceAfterFen").toInteger();
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Serial:
        return row.value(u"serial").toString();
    case ValueDate:
        return row.value(u"valueDate").toString();
    case Business: {
        const QString label = row.value(u"businessTypeLabel").toString();
        return label.isEmpty() ? row.value(u"businessType").toString() : label;
    }
    case Credit:
        return fen > 0 ? money::format(fen) : QString();
    case Debit:
        return fen < 0 ? money::format(-fen) : QString();
    case BalanceAfter:
        return money::format(row.value(u"balanceAfterFen").toInteger());
    case Operator:
        return row.value(u"operator").toString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Serial:
        return tr("Serial");
    case ValueDate:
        return tr("Date");
    case Business:
        return tr("Business");
    case Credit:
        return tr("Credit");
    case Debit:
        return tr("Debit");
    case BalanceAfter:
        return tr("Balance");
    case Operator:
        return tr("Operator");
    case ColumnCount:
        break;
    }
    return {};
}

bool JournalModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_account.isEmpty() && m_total > m_rows.size();
}

void JournalModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent) && !m_call)
        request(m_rows.size());
}

} // namespace hpf::client
