#pragma once

#include "net/apiclient.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

namespace hpf::client {

// How a JSON field is shown in a table cell.
enum class CellFormat {
    Text,
    Amount,     // integer fen → "1,234.56", right-aligned
    MaskedName, // 张三 → 张* unless revealed
    MaskedId,   // 6201**********1234 unless revealed
};

struct JsonColumn
{
    QString key;    // field of each item
    QString header; // translated by the caller
    CellFormat format = CellFormat::Text;
};

// A read-only table over a JSON array loaded from one GET (search results, holds, employees,
// remittances). Masks personal fields unless the role needs them. Raw values: Qt::UserRole.
class JsonTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles { RawRole = Qt::UserRole, RecordRole };

    JsonTableModel(ApiClient *api, const QList<JsonColumn> &columns, QObject *parent = nullptr);

    void setRevealPersonalData(bool reveal);
    bool revealsPersonalData() const { return m_reveal; }

    // GETs `path` and shows the array under `itemsKey`; loaded() follows. A newer load() replaces
    // an older one still in flight.
    void load(const QString &path, const QString &itemsKey = QStringLiteral("items"));
    // The same for any read request (e.g. a search that sends its terms in a body).
    void load(const ApiRequest &request, const QString &itemsKey = QStringLiteral("items"));
    void setItems(const QJsonArray &items, const QJsonObject &envelope = {});
    void clear();
    bool isLoading() const { return !m_call.isNull(); }

    QJsonObject record(int row) const;
    const QJsonObject &envelope() const { return m_envelope; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString formatCell(const QJsonValue &value, CellFormat format, bool reveal);

signals:
    void loaded(const hpf::client::ApiResponse &response);

private:
    ApiClient *m_api;
    QList<JsonColumn> m_columns;
    QJsonArray m_items;
    QJsonObject m_envelope;
    bool m_reveal = false;
    QPointer<ApiCall> m_call;
};

} // namespace hpf::client
