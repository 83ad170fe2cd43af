#include "business/accounts/accountrecords.h"

#include "domain/codetables.h"
#include "platform/context.h"
#include "platform/store/sql.h"

#include <QJsonArray>

namespace hpf::server {

const QString &accountColumnsSql()
{
    static const QString columns =
        u"SELECT a.id, a.account_number, p.id, p.document_type, p.document_number, p.name, un.id, "
        u"un.unit_account, "
        "a.branch_id, b.code, a.state, a.base_fen, a.balance_fen, a.held_fen, a.opened_on, a.closed_on, "
        "a.close_reason, succ.account_number FROM accounts a "
        "JOIN persons p ON p.id = a.person_id JOIN units un ON un.id = a.unit_id "
        "JOIN branches b ON b.id = a.branch_id LEFT JOIN accounts succ ON succ.id = a.successor_id "_qs;
    return columns;
}

QString accountColumnsSql(const QString &extra)
{
    QString sql = accountColumnsSql();
    const qsizetype from = sql.indexOf(u" FROM accounts a "_qs);
    sql.insert(from, u", "_qs + extra);
    return sql;
}

AccountRow readAccountRow(const Query &q)
{
    AccountRow a;
    a.id = q.int64(0);
    a.accountNumber = q.str(1);
    a.personId = q.int64(2);
    a.documentType = q.str(3);
    a.documentNumber = q.str(4);
    a.name = q.str(5);
    a.unitId = q.int64(6);
    a.unitAccount = q.str(7);
    a.branchId = q.int64(8);
    a.branchCode = q.str(9);
    a.state = q.str(10);
    a.baseFen = q.int64(11);
    a.balanceFen = q.int64(12);
    a.heldFen = q.int64(13);
    a.openedOn = q.str(14);
    a.closedOn = q.isNull(15) ? QString() : q.str(15);
    a.closeReason = q.isNull(16) ? QString() : q.str(16);
    a.successorAccount = q.isNull(17) ? QString() : q.str(17);
    return a;
}

namespace {

Result<AccountRow> queryOne(ServiceContext &ctx, const QString &where, const QString &param,
                            const QVariant &v, bool lock)
{
    Query q(ctx.db, accountColumnsSql() + where +
                        (lock && ctx.dialect == Dialect::Postgres ? u" FOR UPDATE OF a"_qs : QString()));
    q.bind(param, v);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"account.not_found"_qs, u"accountNumber"_qs);
    return readAccountRow(q);
}

} // namespace

QJsonObject AccountRow::toJson() const
{
    QJsonObject o{{u"accountNumber"_qs, accountNumber},
                  {u"documentType"_qs, documentType},
                  {u"documentNumber"_qs, documentNumber},
                  {u"name"_qs, name},
                  {u"unitAccount"_qs, unitAccount},
                  {u"branch"_qs, branchCode},
                  {u"state"_qs, state},
                  {u"stateLabel"_qs, codes::accountStates().label(state)},
                  {u"baseFen"_qs, baseFen},
                  {u"balanceFen"_qs, balanceFen},
                  {u"heldFen"_qs, heldFen},
                  {u"availableFen"_qs, availableFen()},
                  {u"openedOn"_qs, openedOn}};
    if (!closedOn.isEmpty())
        o.insert(u"closedOn"_qs, closedOn);
    if (!closeReason.isEmpty()) {
        o.insert(u"closeReason"_qs, closeReason);
        o.insert(u"closeReasonLabel"_qs, codes::closeReasons().label(closeReason));
    }
    if (!successorAccount.isEmpty())
        o.insert(u"successorAccount"_qs, successorAccount);
    if (otherAccounts >= 0)
        o.insert(u"otherAccounts"_qs, otherAccounts);
    if (!predecessorAccounts.isEmpty())
        o.insert(u"predecessorAccounts"_qs, QJsonArray::fromStringList(predecessorAccounts));
    return o;
}

Result<AccountRow> findAccount(ServiceContext &ctx, const QString &accountNumber, bool lock)
{
    return queryOne(ctx, u"WHERE a.account_number = :n"_qs, u":n"_qs, accountNumber, lock);
}

Result<AccountRow> findAccountById(ServiceContext &ctx, qint64 id, bool lock)
{
    return queryOne(ctx, u"WHERE a.id = :id"_qs, u":id"_qs, id, lock);
}

Result<qint64> postJournal(ServiceContext &ctx, const JournalPosting &j)
{
    return postJournal(ctx, j, ctx.now.toLocalTime().date().toString(Qt::ISODate));
}

Result<qint64> postJournal(ServiceContext &ctx, const JournalPosting &j, const QString &valueDate)
{
    // The balance after comes back with the update: one round trip, not two.
    // held = min(balance, claim): a whole-balance freeze or a freeze short of its amount catches
    // later credits (business/judicial/judicialschema.h); a debit never goes below held.
    Query upd(ctx.db,
              u"UPDATE accounts SET balance_fen = balance_fen + :x, held_fen = CASE WHEN "
              "balance_fen + :x3 < claim_fen THEN balance_fen + :x4 ELSE claim_fen END WHERE id = :id "
              "AND balance_fen - held_fen + :x2 >= 0 RETURNING balance_fen"_qs);
    upd.bind(u":x"_qs, j.amountFen)
        .bind(u":x3"_qs, j.amountFen)
        .bind(u":x4"_qs, j.amountFen)
        .bind(u":id"_qs, j.accountId)
        .bind(u":x2"_qs, j.amountFen);
    if (Status s = upd.exec(); !s)
        return s.error();
    if (!upd.next())
        return makeError(u"account.insufficient_available"_qs, u"amountFen"_qs);
    const qint64 after = upd.int64(0);
    upd.finish();
    Query ins(ctx.db,
              u"INSERT INTO journal (account_id, serial, business_type, amount_fen, balance_after_fen, "
              "value_date, month, operator_id, branch_id, remittance_id, memo, created_at) VALUES (:a, :s, "
              ":t, :x, :after, :d, :m, :op, :b, :r, :memo, :now)"_qs);
    ins.bind(u":a"_qs, j.accountId)
        .bind(u":s"_qs, j.serial)
        .bind(u":t"_qs, j.businessType)
        .bind(u":x"_qs, j.amountFen)
        .bind(u":after"_qs, after)
        .bind(u":d"_qs, valueDate)
        .bind(u":m"_qs, j.month.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(j.month))
        .bind(u":op"_qs, ctx.user().userId)
        .bind(u":b"_qs, ctx.user().branchId)
        .bind(u":r"_qs,
              j.remittanceId > 0 ? QVariant(j.remittanceId) : QVariant(QMetaType(QMetaType::LongLong)))
        .bind(u":memo"_qs, j.memo)
        .bind(u":now"_qs, ctx.nowMs);
    if (Status s = ins.exec(); !s)
        return s.error();
    return after;
}

} // namespace hpf::server
