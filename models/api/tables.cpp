#include "api/tables.h"

namespace hpf::client::api::tables {

namespace {

struct Member
{
    const char16_t *key;
    CellFormat format;
};

QList<JsonColumn> columns(std::initializer_list<Member> members, const QStringList &headers)
{
    QList<JsonColumn> list;
    int i = 0;
    for (const Member &m : members)
        list.append({QString::fromUtf16(m.key), headers.value(i++), m.format});
    return list;
}

} // namespace

QList<JsonColumn> personSearch(const QStringList &headers)
{
    return columns({{u"accountNumber", CellFormat::Text},
                    {u"name", CellFormat::MaskedName},
                    {u"documentNumber", CellFormat::MaskedId},
                    {u"unitAccount", CellFormat::Text},
                    {u"state", CellFormat::Text}, // the code: the page shows its code table's text
                    {u"balanceFen", CellFormat::Amount},
                    {u"availableFen", CellFormat::Amount}},
                   headers);
}

QList<JsonColumn> holds(const QStringList &headers)
{
    return columns({{u"kind", CellFormat::Text},
                    {u"amountFen", CellFormat::Amount},
                    {u"status", CellFormat::Text},
                    {u"endsOn", CellFormat::Text},
                    {u"court", CellFormat::Text},
                    {u"caseNumber", CellFormat::Text}},
                   headers);
}

QList<JsonColumn> unitEmployees(const QStringList &headers)
{
    return columns({{u"accountNumber", CellFormat::Text},
                    {u"name", CellFormat::MaskedName},
                    {u"documentNumber", CellFormat::MaskedId},
                    {u"state", CellFormat::Text}, // the code: the page shows its code table's text
                    {u"baseFen", CellFormat::Amount},
                    {u"balanceFen", CellFormat::Amount}},
                   headers);
}

QList<JsonColumn> remittances(const QStringList &headers)
{
    return columns({{u"month", CellFormat::Text},
                    {u"serial", CellFormat::Text},
                    {u"employees", CellFormat::Text},
                    {u"totalFen", CellFormat::Amount}},
                   headers);
}

QString accountNumberAt(const JsonTableModel *model, int row)
{
    return model->record(row).value(u"accountNumber").toString();
}

bool holdsRestricted(const JsonTableModel *model, bool seesJudicialDetails)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QJsonObject hold = model->record(row);
        if (hold.value(u"restricted").toBool() ||
            (!seesJudicialDetails && hold.value(u"kind").toString() == u"judicial"))
            return true;
    }
    return false;
}

} // namespace hpf::client::api::tables
