#pragma once

#include "items/jsontablemodel.h"

#include <QStringList>

// The read-only tables of the lookup pages (JsonTableModel): which member of each row a column
// shows and how. The page gives the translated headers, in the order listed.
namespace hpf::client::api::tables {

// POST /persons/search: Account, Name, Document number, Unit account, State, Balance, Available.
QList<JsonColumn> personSearch(const QStringList &headers);
// An account's holds: Kind, Amount, Status, Ends on, Court, Case number.
QList<JsonColumn> holds(const QStringList &headers);
// A unit's employees: Account, Name, Document number, State, Deposit base, Balance.
QList<JsonColumn> unitEmployees(const QStringList &headers);
// A unit's remittances: Month, Serial, Employees, Total.
QList<JsonColumn> remittances(const QStringList &headers);

// The account number of a row of personSearch or unitEmployees; empty when it has none.
QString accountNumberAt(const JsonTableModel *model, int row);
// Whether the loaded holds include a judicial restriction the role may not see in detail (the server
// sends such holds as {"kind":"judicial","restricted":true}).
bool holdsRestricted(const JsonTableModel *model, bool seesJudicialDetails);

} // namespace hpf::client::api::tables
