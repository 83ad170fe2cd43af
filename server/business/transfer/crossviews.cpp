#include "business/transfer/crosschannel.h"
#include "business/transfer/crossflow_p.h"
#include "business/transfer/crossservice.h"
#include "domain/access.h"
#include "domain/codetables.h"
#include "platform/context.h"
#include "platform/store/sql.h"

#include <QJsonArray>

// The reads of cross-city transfers: one transfer, the list (the receiving teller's transfers and
// the sending center's inbox, newest first), the centers a letter can go to, and the transit account.
namespace hpf::server {

using namespace cross;

namespace {

// A teller reads the transfers of the own branch; head office, admin and auditor read all.
bool seesAllBranches(const ServiceContext &ctx)
{
    const Principal &p = ctx.user();
    return p.headOffice || p.role == access::role::admin || p.role == access::role::auditor;
}

} // namespace

Result<QJsonObject> crossGet(ServiceContext &ctx, const QString &letter)
{
    if (!transfer::isLetterNumber(letter))
        return makeError(u"transfer.not_found"_qs, u"letterNumber"_qs, u"not a letter number"_qs);
    auto row = load(ctx, letter, {}, false);
    if (!row)
        return row.error();
    if (!*row)
        return makeError(u"transfer.not_found"_qs, u"letterNumber"_qs);
    if (Status s = ctx.checkBranch((*row)->branchId); !s)
        return s.error();
    auto json = toJson(ctx, **row, true);
    if (!json)
        return json.error();
    return QJsonObject{{u"transfer"_qs, *json}};
}

Result<QJsonObject> crossList(ServiceContext &ctx, const CrossListQuery &query)
{
    QString sql = u"SELECT id, letter_number, role FROM cross_transfers WHERE 1 = 1"_qs;
    if (!query.role.isEmpty())
        sql += u" AND role = :role"_qs;
    if (!query.statuses.isEmpty()) {
        QStringList names;
        for (int i = 0; i < query.statuses.size(); ++i)
            names.append(u":s"_qs + QString::number(i));
        sql += u" AND status IN ("_qs + names.join(u", "_qs) + u')';
    }
    const bool all = seesAllBranches(ctx);
    if (!all)
        sql += u" AND branch_id = :b"_qs;
    if (!query.cursor.isEmpty())
        sql += u" AND id < :cursor"_qs;
    sql += u" ORDER BY id DESC LIMIT :n"_qs;
    struct Key
    {
        qint64 id;
        QString letter;
        QString role;
    };
    QList<Key> keys;
    {
        Query q(ctx.db, sql);
        if (!query.role.isEmpty())
            q.bind(u":role"_qs, query.role);
        for (int i = 0; i < query.statuses.size(); ++i)
            q.bind(u":s"_qs + QString::number(i), query.statuses.at(i));
        if (!all)
            q.bind(u":b"_qs, ctx.user().branchId);
        if (!query.cursor.isEmpty())
            q.bind(u":cursor"_qs, query.cursor.toLongLong());
        q.bind(u":n"_qs, query.limit + 1);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            keys.append({q.int64(0), q.str(1), q.str(2)});
    }
    QString nextCursor;
    if (keys.size() > query.limit) {
        keys.removeLast();
        nextCursor = QString::number(keys.constLast().id); // the next page starts below it
    }
    QJsonArray items;
    for (const Key &key : keys) {
        auto row = load(ctx, key.letter, key.role, false);
        if (!row)
            return row.error();
        if (!*row)
            continue;
        auto json = toJson(ctx, **row, false);
        if (!json)
            return json.error();
        items.append(*json);
    }
    return QJsonObject{{u"items"_qs, items}, {u"nextCursor"_qs, nextCursor}};
}

Result<QJsonObject> transferCenters(ServiceContext &ctx)
{
    const finance::Policy &policy = ctx.server.policy;
    const QString own = policy.centerCode();
    const QList<QString> peers =
        ctx.server.transferChannel ? ctx.server.transferChannel->peerCodes() : QList<QString>();
    QJsonArray items;
    for (const auto &c : policy.transfer().centers) {
        if (c.code == own)
            continue;
        items.append(QJsonObject{{u"code"_qs, c.code},
                                 {u"name"_qs, c.name},
                                 {u"nameEn"_qs, c.nameEn},
                                 {u"connected"_qs, peers.contains(c.code)}});
    }
    return QJsonObject{{u"self"_qs, QJsonObject{{u"code"_qs, own}, {u"name"_qs, policy.centerName()}}},
                       {u"items"_qs, items}};
}

Result<QJsonObject> transitBalance(ServiceContext &ctx)
{
    Query q(ctx.db,
            u"SELECT coalesce(sum(amount_fen), 0), count(*) FROM transfer_transit WHERE state = 'held'"_qs);
    if (Status s = q.exec(); !s)
        return s.error();
    q.next();
    return QJsonObject{{u"balanceFen"_qs, q.int64(0)}, {u"count"_qs, q.int64(1)}};
}

} // namespace hpf::server
