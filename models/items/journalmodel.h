#pragma once

#include "net/apiclient.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QPointer>

namespace hpf::client {

// The journal (明细) of one personal account, loaded a page at a time as the view scrolls
// (canFetchMore/fetchMore), with running totals of what has been loaded.
class JournalModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Serial, ValueDate, Business, Credit, Debit, BalanceAfter, Operator, ColumnCount };
    Q_ENUM(Column)
    enum Roles { FenRole = Qt::UserRole };

    explicit JournalModel(ApiClient *api, QObject *parent = nullptr);

    void setPageSize(int rows) { m_pageSize = qBound(1, rows, 200); }
    // Clears the table and loads the first page of `accountNumber`.
    void setAccount(const QString &accountNumber);
    QString account() const { return m_account; }
    void clear();

    qint64 totalRows() const { return m_total; }
    qint64 creditFen() const { return m_creditFen; } // sum of loaded credits
    qint64 debitFen() const { return m_debitFen; }   // sum of loaded debits (positive)
    bool isFetching() const { return !m_call.isNull(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void pageLoaded(const hpf::client::ApiResponse &response);
    void totalsChanged();

private:
    void request(qint64 offset);

    ApiClient *m_api;
    QString m_account;
    QJsonArray m_rows;
    qint64 m_total = -1; // unknown until the first page arrives
    qint64 m_creditFen = 0;
    qint64 m_debitFen = 0;
    int m_pageSize = 50;
    QPointer<ApiCall> m_call;
};

} // namespace hpf::client
