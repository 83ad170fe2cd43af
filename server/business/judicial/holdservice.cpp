#include "business/judicial/holdservice.h"

#include "business/accounts/accountrecords.h"
#include "domain/money.h"
#include "platform/context.h"
#include "platform/numbering/numbering.h"
#include "platform/store/sql.h"

namespace hpf::server {

namespace {

// Judicial freezes have their own lifecycle (judicialservice.h): /holds keeps loan security only.
Error judicialKind(const QString &field)
{
    return makeError(u"hold.kind"_qs, field,
                     u"judicial freezes are registered and lifted through /api/v1/judicial/freezes"_qs);
}

Status checkKindRole(const ServiceContext &ctx, const QString &kind)
{
    const QString &role = ctx.user().role;
    if (kind == u"loan_security" && role == access::role::loanOfficer)
        return {};
    return makeError(u"auth.role_denied"_qs, u"kind"_qs, role + u" may not manage "_qs + kind + u" holds"_qs);
}

// The end date the court states is stored as given (民诉法解释 第四百八十五条: which legal ceiling fits
// a provident fund balance is unsettled, reference/domain.md §5); it is the hold's inclusive last
// day, as in finance::AccountHolds. It may not lie before today, and a judicial freeze may not run
// longer than the policy's freeze period (freeze.maxMonthsPerPeriod, 36 months by default: the
// longest legal ceiling, other property rights) from today, when it takes effect.
Status checkEndsOn(const ServiceContext &ctx, const HoldInput &input)
{
    if (input.endsOn.isEmpty())
        return {};
    const QDate endsOn = QDate::fromString(input.endsOn, Qt::ISODate);
    if (!endsOn.isValid() || input.endsOn.size() != 10)
        return makeError(u"hold.ends_on"_qs, u"endsOn"_qs, u"expected YYYY-MM-DD"_qs);
    const QDate today = ctx.now.toLocalTime().date();
    if (endsOn < today)
        return makeError(u"hold.ends_on_past"_qs, u"endsOn"_qs,
                         u"the hold ends before today (%1)"_qs.arg(today.toString(Qt::ISODate)));
    const int months = ctx.server.policy.freezeLimits().maxMonthsPerPeriod;
    const QDate latest = today.addMonths(months);
    if (input.kind == u"judicial" && endsOn > latest)
        return makeError(u"hold.ends_on_too_late"_qs, u"endsOn"_qs,
                         u"a judicial freeze runs at most %1 months, until %2"_qs.arg(months).arg(
                             latest.toString(Qt::ISODate)));
    return {};
}

} // namespace

QJsonObject HoldCreated::toJson() const
{
    return {{u"holdId"_qs, QString::number(holdId)},
            {u"serial"_qs, serial},
            {u"accountNumber"_qs, accountNumber},
            {u"kind"_qs, kind},
            {u"amountFen"_qs, amountFen},
            {u"status"_qs, u"active"_qs},
            {u"availableFen"_qs, availableFen}};
}

QJsonObject HoldReleased::toJson() const
{
    return {{u"holdId"_qs, holdId},
            {u"accountNumber"_qs, accountNumber},
            {u"status"_qs, u"released"_qs},
            {u"availableFen"_qs, availableFen}};
}

Status checkHold(const ServiceContext &ctx, const HoldInput &input)
{
    const QString &kind = input.kind;
    if (kind == u"judicial")
        return judicialKind(u"kind"_qs);
    if (kind != u"loan_security")
        return makeError(u"hold.kind"_qs, u"kind"_qs, u"loan_security"_qs);
    if (Status s = checkEndsOn(ctx, input); !s)
        return s;
    return checkKindRole(ctx, kind);
}

Result<HoldCreated> createHold(ServiceContext &ctx, const HoldInput &input)
{
    const QString &accountNumber = input.accountNumber;
    const QString &kind = input.kind;
    const qint64 amount = input.amountFen;
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
    // Available > 0 means held = claim (nothing short): both grow by the amount.
    Query upd(ctx.db,
              u"UPDATE accounts SET held_fen = held_fen + :x, claim_fen = claim_fen + :x3 WHERE id = :id "
              "AND balance_fen - held_fen >= :x2"_qs);
    upd.bind(u":x"_qs, amount).bind(u":x3"_qs, amount).bind(u":id"_qs, account->id).bind(u":x2"_qs, amount);
    if (Status s = upd.exec(); !s)
        return s.error();
    if (upd.rowsAffected() != 1)
        return makeError(u"hold.insufficient_available"_qs, u"amountFen"_qs);
    const QString &endsOn = input.endsOn;
    Query ins(
        ctx.db,
        u"INSERT INTO holds (account_id, kind, amount_fen, status, court, case_number, ends_on, serial, "
        "created_by, created_at) VALUES (:a, :k, :x, 'active', :c, :n, :e, :s, :u, :now)"_qs);
    ins.bind(u":a"_qs, account->id)
        .bind(u":k"_qs, kind)
        .bind(u":x"_qs, amount)
        .bind(u":c"_qs, input.court)
        .bind(u":n"_qs, input.caseNumber)
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
    const HoldCreated result{id.int64(0), *serial, accountNumber,
                             kind,        amount,  account->availableFen() - amount};
    if (Status s = ctx.audit(u"holds.create"_qs, u"account:"_qs + accountNumber, u"ok"_qs, account->toJson(),
                             result.toJson());
        !s)
        return s.error();
    return result;
}

Result<HoldReleased> releaseHold(ServiceContext &ctx, const QString &holdId)
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
    if (kind == u"judicial")
        return judicialKind(u"holdId"_qs);
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
    // held = min(balance, claim) (business/judicial/judicialschema.h).
    Query acc(ctx.db, u"UPDATE accounts SET claim_fen = claim_fen - :x, held_fen = CASE WHEN balance_fen < "
                      "claim_fen - :x2 THEN balance_fen ELSE claim_fen - :x3 END WHERE id = :id"_qs);
    acc.bind(u":x"_qs, amount).bind(u":x2"_qs, amount).bind(u":x3"_qs, amount).bind(u":id"_qs, accountId);
    if (Status s = acc.exec(); !s)
        return s.error();
    auto after = findAccountById(ctx, accountId);
    if (!after)
        return after.error();
    const HoldReleased result{holdId, account->accountNumber, after->availableFen()};
    if (Status s = ctx.audit(u"holds.release"_qs, u"hold:"_qs + holdId, u"ok"_qs, account->toJson(),
                             result.toJson());
        !s)
        return s.error();
    return result;
}

Result<AccountHolds> listHolds(ServiceContext &ctx, const QString &accountNumber)
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
    AccountHolds out{accountNumber, account->balanceFen, account->heldFen, account->availableFen(), {}};
    const QString &role = ctx.user().role;
    const bool seeJudicial =
        role == access::role::judicial || role == access::role::supervisor || role == access::role::auditor;
    while (q.next()) {
        const bool judicial = q.str(1) == u"judicial";
        HoldRow h{q.int64(0), q.str(1), q.int64(2), q.str(3), q.str(7), q.str(6), !judicial || seeJudicial,
                  {},         {}};
        if (h.courtVisible) {
            h.court = q.str(4);
            h.caseNumber = q.str(5);
        }
        out.items.append(h);
    }
    return out; // an audited read (platform/audit/readaudit.cpp)
}

} // namespace hpf::server
