#include "items/jsontablemodel.h"

#include "domain/identity.h"
#include "domain/money.h"

namespace hpf::client {

JsonTableModel::JsonTableModel(ApiClient *api, const QList<JsonColumn> &columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
    , m_columns(columns)
{}

void JsonTableModel::setRevealPersonalData(bool reveal)
{
    if (reveal == m_reveal)
        return;
    m_reveal = reveal;
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
}

void JsonTableModel::load(const QString &path, const QString &itemsKey)
{
    load(ApiRequest::get(path), itemsKey);
}

void JsonTableModel::load(const ApiRequest &request, const QString &itemsKey)
{
    if (m_call)
        m_call->disconnect(this);
    m_call = m_api->send(request);
    connect(m_call, &ApiCall::finished, this, [this, itemsKey](const ApiResponse &r) {
        m_call = nullptr;
        if (r.ok())
            setItems(r.object().value(itemsKey).toArray(), r.object());
        else
            clear();
        emit loaded(r);
    });
}

void JsonTableModel::setItems(const QJsonArray &items, const QJsonObject &envelope)
{
    beginResetModel();
    m_items = items;
    m_envelope = envelope;
    endResetModel();
}

void JsonTableModel::clear()
{
    setItems({}, {});
}

QJsonObject JsonTableModel::record(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).toObject() : QJsonObject();
}

int JsonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int JsonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString JsonTableModel::formatCell(const QJsonValue &value, CellFormat format, bool reveal)
{
    switch (format) {
    case CellFormat::Text:
        return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
    case CellFormat::Amount:
        return value.isUndefined() || value.isNull() ? QString() : money::format(value.toInteger());
    case CellFormat::MaskedName:
        return reveal ? value.toString() : identity::maskName(value.toString());
    case CellFormat::MaskedId:
        return reveal ? value.toString() : identity::maskNumber(value.toString());
    }
    return {};
}

QVariant JsonTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JsonColumn &column = m_columns.at(index.column());
    const QJsonObject item = m_items.at(index.row()).toObject();
    switch (role) {
    case Qt::DisplayRole:
        return formatCell(item.value(column.key), column.format, m_reveal);
    case Qt::TextAlignmentRole:
        return column.format == CellFormat::Amount ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                   : QVariant();
    case RawRole:
        return item.value(column.key).toVariant();
    case RecordRole:
        return item.toVariantMap();
    default:
        return {};
    }
}

QVariant JsonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || section < 0 ||
        section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_columns.at(section).header;
}

} // namespace hpf::client
