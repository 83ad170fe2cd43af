#include "business/opening/unitlists.h"

#include "domain/codetables.h"
#include "platform/context.h"
#include "business/opening/unitservice.h"
#include "platform/store/sql.h"

#include <QDateTime>
#include <QJsonArray>

namespace hpf::server {

namespace {

// Bounded so a very large unit cannot make one response unbounded; the page says how many rows
// it shows and searches within them.
constexpr int kMaxEmployees = 5000;
constexpr int kMaxRemittances = 240; // twenty years of months

Result<UnitRow> visibleUnit(RequestContext &ctx, const QString &unitAccount)
{
    auto unit = findUnitByAccount(ctx, unitAccount);
    if (!unit)
        return unit.error();
    if (Status s = ctx.checkBranch(unit->branchId); !s)
        return s.error();
    return unit;
}

} // namespace

Result<QJsonObject> unitEmployees(RequestContext &ctx, const QString &unitAccount)
{
    auto unit = visibleUnit(ctx, unitAccount);
    if (!unit)
        return unit.error();
    Query q(ctx.db, u"SELECT a.account_number, p.document_type, p.document_number, p.name, a.state, a.base_fen,"
                    " a.balance_fen, a.held_fen, a.opened_on FROM accounts a JOIN persons p ON p.id = a.person_id"
                    " WHERE a.unit_id = :u ORDER BY a.account_number LIMIT %1"_qs.arg(kMaxEmployees + 1));
    q.bind(u":u"_qs, unit->id);
    if (Status s = q.exec(); !s)
        return s.error();
    QJsonArray items;
    bool truncated = false;
    while (q.next()) {
        if (items.size() == kMaxEmployees) {
            truncated = true;
            break;
        }
        const qint64 balance = q.int64(6);
        const qint64 held = q.int64(7);
        items.append(QJsonObject{{u"accountNumber"_qs, q.str(0)},
                                 {u"documentType"_qs, q.str(1)},
                                 {u"documentNumber"_qs, q.str(2)},
                                 {u"name"_qs, q.str(3)},
                                 {u"state"_qs, q.str(4)},
                                 {u"stateLabel"_qs, codes::accountStates().label(q.str(4))},
                                 {u"baseFen"_qs, q.int64(5)},
                                 {u"balanceFen"_qs, balance},
                                 {u"heldFen"_qs, held},
                                 {u"availableFen"_qs, qMax<qint64>(0, balance - held)},
                                 {u"openedOn"_qs, q.str(8)}});
    }
    return QJsonObject{{u"unitAccount"_qs, unit->unitAccount}, {u"items"_qs, items}, {u"truncated"_qs, truncated}};
}

Result<QJsonObject> unitRemittances(RequestContext &ctx, const QString &unitAccount)
{
    auto unit = visibleUnit(ctx, unitAccount);
    if (!unit)
        return unit.error();
    Query q(ctx.db, u"SELECT month, serial, employees, unit_total_fen, personal_total_fen, total_fen, created_at"
                    " FROM remittances WHERE unit_id = :u ORDER BY month DESC LIMIT %1"_qs.arg(kMaxRemittances));
    q.bind(u":u"_qs, unit->id);
    if (Status s = q.exec(); !s)
        return s.error();
    QJsonArray items;
    while (q.next()) {
        items.append(QJsonObject{{u"month"_qs, q.str(0)},
                                 {u"serial"_qs, q.str(1)},
                                 {u"employees"_qs, q.int64(2)},
                                 {u"unitTotalFen"_qs, q.int64(3)},
                                 {u"personalTotalFen"_qs, q.int64(4)},
                                 {u"totalFen"_qs, q.int64(5)},
                                 {u"postedAt"_qs, QDateTime::fromSecsSinceEpoch(q.int64(6)).toString(Qt::ISODate)}});
    }
    return QJsonObject{{u"unitAccount"_qs, unit->unitAccount}, {u"items"_qs, items}};
}

} // namespace hpf::server
