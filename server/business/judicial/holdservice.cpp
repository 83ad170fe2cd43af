#include "business/judicial/holdservice.h"

#include "domain/money.h"
#include "platform/http/bodyreader.h"
#include "business/opening/accountservice.h"
#include "platform/context.h"
#include "platform/numbering/numbering.h"
#include "platform/store/sql.h"

#include <QJsonArray>

namespace hpf::server {

namespace {

Status checkKindRole(const RequestContext &ctx, const QString &kind)
{
    const QString &role = ctx.user().role;
    if ((kind == u"judicial" && role == roles::judicial) ||
        (kind == u"loan_security" && role == roles::loanOfficer))
        return {};
    return makeError(u"auth.role_denied"_qs, u"kind"_qs, role + u" may not manage "_qs + kind + u" holds"_qs);
}

} // namespace

Status validateCreateHold(RequestContext &ctx)
{
    BodyReader body(ctx.body);
    body.string(u"accountNumber"_qs, 20);
    const QString kind = body.string(u"kind"_qs, 20);
    body.integer(u"amountFen"_qs, 1, money::kMaximumFen);
    body.string(u"court"_qs, 100, false);
    body.string(u"caseNumber"_qs, 100, false);
    const QString endsOn = body.string(u"endsOn"_qs, 10, false);
    if (Status s = body.finish(); !s)
        return s;
    if (kind != u"judicial" && kind != u"loan_security")
        return makeError(u"hold.kind"_qs, u"kind"_qs, u"judicial or loan_security"_qs);
    if (kind == u"judicial" && ctx.body.value(u"caseNumber"_qs).toString().trimmed().isEmpty())
        return makeError(u"request.field_required"_qs, u"caseNumber"_qs);
    if (!endsOn.isEmpty() && !QDate::fromString(endsOn, Qt::ISODate).isValid())
        return makeError(u"hold.ends_on"_qs, u"endsOn"_qs, u"expected YYYY-MM-DD"_qs);
    return checkKindRole(ctx, kind);
}

Result<QJsonObject> createHold(RequestContext &ctx)
{
    const QJsonObject &b = ctx.body;
    const QString accountNumber = b.value(u"accountNumber"_qs).toString().trimmed();
    const QString kind = b.value(u"kind"_qs).toString().trimmed();
    const qint64 amount = qint64(b.value(u"amountFen"_qs).toDouble());
    auto account = findAccount(ctx, accountNumber, true);
    if (!account)
        return account.error();
    if (Status s = ctx.checkBranch(account->branchId); !s)
        return s.error();
    if (account->state == u"03" || account->state == u"04" || account->state == u"05")
        return makeError(u"account.state"_qs, u"accountNumber"_qs);
    if (account->availableFen() < amount)
        return makeError(u"hold.insufficient_available"_qs, u"amountFen"_qs,
                         QStringLiteral("available %1, hold %2")
                             .arg(money::format(account->availableFen()), money::format(amount)));
    auto serial = nextSerial(ctx);
    if (!serial)
        return serial.error();
    Query upd(
        ctx.db,
        u"UPDATE accounts SET held_fen = held_fen + :x WHERE id = :id AND balance_fen - held_fen >= :x2"_qs);
    upd.bind(u":x"_qs, amount).bind(u":id"_qs, account->id).bind(u":x2"_qs, amount);
    if (Status s = upd.exec(); !s)
        return s.error();
    if (upd.rowsAffected() != 1)
        return makeError(u"hold.insufficient_available"_qs, u"amountFen"_qs);
    const QString endsOn = b.value(u"endsOn"_qs).toString().trimmed();
    Query ins(
        ctx.db,
        u"INSERT INTO holds (account_id, kind, amount_fen, status, court, case_number, ends_on, serial, "
        "created_by, created_at) VALUES (:a, :k, :x, 'active', :c, :n, :e, :s, :u, :now)"_qs);
    ins.bind(u":a"_qs, account->id)
        .bind(u":k"_qs, kind)
        .bind(u":x"_qs, amount)
        .bind(u":c"_qs, b.value(u"court"_qs).toString().trimmed())
        .bind(u":n"_qs, b.value(u"caseNumber"_qs).toString().trimmed())
        .bind(u":e"_qs, endsOn.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(endsOn))
        .bind(u":s"_qs, *serial)
        .bind(u":u"_qs, ctx.user().userId)
        .bind(u":now"_qs, ctx.nowMs);
    if (Status s = ins.exec(); !s)
        return s.error();
    Query id(ctx.db, u"SELECT id FROM holds WHERE serial = :s"_qs);
    id.bind(u":s"_qs, *serial);
    if (Status s = id.exec(); !s || !id.next())
        return s ? makeError(u"db.error"_qs, {}) : s.error();
    const QJsonObject result{{u"holdId"_qs, QString::number(id.int64(0))},
                             {u"serial"_qs, *serial},
                             {u"accountNumber"_qs, accountNumber},
                             {u"kind"_qs, kind},
                             {u"amountFen"_qs, amount},
                             {u"status"_qs, u"active"_qs},
                             {u"availableFen"_qs, account->availableFen() - amount}};
    if (Status s = ctx.audit(u"holds.create"_qs, u"account:"_qs + accountNumber, u"ok"_qs, account->toJson(),
                             result);
        !s)
        return s.error();
    return result;
}

Result<QJsonObject> releaseHold(RequestContext &ctx, const QString &holdId)
{
    bool ok = false;
    const qint64 id = holdId.toLongLong(&ok);
    if (!ok || id <= 0)
        return makeError(u"hold.not_found"_qs, u"holdId"_qs);
    Query q(ctx.db, u"SELECT account_id, kind, amount_fen, status FROM holds WHERE id = :id"_qs);
    q.bind(u":id"_qs, id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"hold.not_found"_qs, u"holdId"_qs);
    const qint64 accountId = q.int64(0);
    const QString kind = q.str(1);
    const qint64 amount = q.int64(2);
    if (Status s = checkKindRole(ctx, kind); !s)
        return s.error();
    auto account = findAccountById(ctx, accountId, true); // lock the account before touching the hold
    if (!account)
        return account.error();
    if (Status s = ctx.checkBranch(account->branchId); !s)
        return s.error();
    Query upd(ctx.db, u"UPDATE holds SET status = 'released', released_by = :u, released_at = :t "
                      "WHERE id = :id AND status = 'active'"_qs);
    upd.bind(u":u"_qs, ctx.user().userId).bind(u":t"_qs, ctx.nowMs).bind(u":id"_qs, id);
    if (Status s = upd.exec(); !s)
        return s.error();
    if (upd.rowsAffected() != 1)
        return makeError(u"hold.not_active"_qs, u"holdId"_qs);
    Query acc(ctx.db, u"UPDATE accounts SET held_fen = held_fen - :x WHERE id = :id"_qs);
    acc.bind(u":x"_qs, amount).bind(u":id"_qs, accountId);
    if (Status s = acc.exec(); !s)
        return s.error();
    const QJsonObject result{{u"holdId"_qs, holdId},
                             {u"accountNumber"_qs, account->accountNumber},
                             {u"status"_qs, u"released"_qs},
                             {u"availableFen"_qs, account->availableFen() + amount}};
    if (Status s = ctx.audit(u"holds.release"_qs, u"hold:"_qs + holdId, u"ok"_qs, account->toJson(), result);
        !s)
        return s.error();
    return result;
}

Result<QJsonObject> listHolds(RequestContext &ctx, const QString &accountNumber)
{
    auto account = findAccount(ctx, accountNumber);
    if (!account)
        return account.error();
    if (Status s = ctx.checkBranch(account->branchId); !s)
        return s.error();
    Query q(ctx.db, u"SELECT id, kind, amount_fen, status, court, case_number, ends_on, serial FROM holds "
                    "WHERE account_id = :a ORDER BY id"_qs);
    q.bind(u":a"_qs, account->id);
    if (Status s = q.exec(); !s)
        return s.error();
    QJsonArray items;
    const bool seeJudicial = ctx.user().role == roles::judicial || ctx.user().role == roles::supervisor ||
                             ctx.user().role == roles::auditor;
    while (q.next()) {
        const bool judicial = q.str(1) == u"judicial";
        QJsonObject h{{u"holdId"_qs, QString::number(q.int64(0))},
                      {u"kind"_qs, q.str(1)},
                      {u"amountFen"_qs, q.int64(2)},
                      {u"status"_qs, q.str(3)},
                      {u"serial"_qs, q.str(7)},
                      {u"endsOn"_qs, q.str(6)}};
        // Court details are confidential (reference/domain.md §5): only judicial staff see them.
        if (!judicial || seeJudicial) {
            h.insert(u"court"_qs, q.str(4));
            h.insert(u"caseNumber"_qs, q.str(5));
        }
        items.append(h);
    }
    return QJsonObject{{u"accountNumber"_qs, accountNumber},
                       {u"balanceFen"_qs, account->balanceFen},
                       {u"heldFen"_qs, account->heldFen},
                       {u"availableFen"_qs, account->availableFen()},
                       {u"items"_qs, items}};
}

} // namespace hpf::server
