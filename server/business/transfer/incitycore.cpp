#include "business/transfer/incitycore.h"

#include "business/accounts/debitcheck.h"
#include "business/accounts/interesttodate.h"
#include "business/opening/openingcommon.h"
#include "business/transfer/transferschema.h"
#include "domain/codetables.h"
#include "platform/context.h"
#include "platform/numbering/numbering.h"
#include "platform/store/sql.h"

#include <QJsonDocument>

namespace hpf::server {

Q_LOGGING_CATEGORY(lcTransfer, "hpf.server.transfer")

namespace {

const QString kOpen = u"01"_qs;
const QString kClosed = u"03"_qs;       // 销户
const QString kReasonInCity = u"06"_qs; // close_reason 市内转移
const QString kReasonMerge = u"05"_qs;  // close_reason 个人合并

Result<qint64> count(ServiceContext &ctx, const QString &sql, const QList<QPair<QString, QVariant>> &binds)
{
    Query q(ctx.db, sql);
    for (const auto &[name, value] : binds)
        q.bind(name, value);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.int64(0) : 0;
}

} // namespace

QString identityKey(const QString &documentType, const QString &documentNumber)
{
    if (documentType == u"01" && documentNumber.size() == 18)
        return u"01:"_qs + documentNumber.left(17);
    if (documentType == u"01" && documentNumber.size() == 15)
        return u"01:"_qs + documentNumber.left(6) + u"19"_qs + documentNumber.mid(6, 9);
    return documentType + u':' + documentNumber;
}

Status checkSource(ServiceContext &ctx, const AccountRow &source, const QString &field)
{
    if (codes::isTerminalAccountState(source.state))
        return makeError(u"transfer.source_closed"_qs, field,
                         u"the account is "_qs + codes::accountStates().label(source.state));
    // A court's freeze (active, or waiting in the queue behind one) keeps the money where it is:
    // moving the account would leave the freeze on an empty, closed account. Which court is not said.
    auto judicial = count(ctx,
                          u"SELECT COUNT(*) FROM holds WHERE account_id = :a AND kind = 'judicial' "
                          "AND status IN ('active', 'waiting')"_qs,
                          {{u":a"_qs, source.id}});
    if (!judicial)
        return judicial.error();
    if (*judicial > 0)
        return makeError(u"account.frozen"_qs, field,
                         u"the balance is frozen by a judicial authority; the account cannot be moved"_qs);
    if (ctx.server.policy.transfer().inCityRefusesOpenLoan) {
        auto holds = count(ctx,
                           u"SELECT COUNT(*) FROM holds WHERE account_id = :a AND kind = 'loan_security' "
                           "AND status = 'active'"_qs,
                           {{u":a"_qs, source.id}});
        if (!holds)
            return holds.error();
        // The loan may be recorded under the person's other document record (15/18 digits).
        auto loans = count(ctx,
                           u"SELECT COUNT(*) FROM loan_records l JOIN persons lp ON lp.id = l.person_id "
                           "WHERE "_qs +
                               identityKeySql(u"lp"_qs) + u" = :k AND l.settled_on IS NULL"_qs,
                           {{u":k"_qs, identityKey(source.documentType, source.documentNumber)}});
        if (!loans)
            return loans.error();
        if (*holds > 0 || *loans > 0)
            return makeError(u"transfer.open_loan"_qs, field,
                             u"the person has an open housing provident fund loan"_qs);
    }
    return {};
}

Status checkReceivingUnit(ServiceContext &ctx, const AccountRow &source, const UnitRow &toUnit)
{
    const QString field = u"toUnitAccount"_qs;
    if (toUnit.state != kOpen || isFlexibleUnit(ctx, toUnit.id))
        return makeError(u"transfer.unit_state"_qs, field,
                         u"the receiving unit is "_qs + codes::unitAccountStates().label(toUnit.state));
    if (toUnit.id == source.unitId)
        return makeError(u"transfer.same_unit"_qs, field);
    if (Status s = ctx.checkBranch(toUnit.branchId); !s)
        return makeError(s.error().code, field, s.error().detail);
    return {};
}

Result<Moved> moveAccount(ServiceContext &ctx, const AccountRow &source, const Move &move)
{
    const bool merge = move.kind == MoveKind::Merge;
    const QDate today = ctx.now.toLocalTime().date();
    const QString todayText = today.toString(Qt::ISODate);
    const QString type = merge ? u"71"_qs : u"06"_qs;
    const QString suffix = move.memo.isEmpty() ? QString() : u" "_qs + move.memo;
    Moved out;
    out.principalFen = source.balanceFen;

    // Interest to date first, on the source: what the account earned under its old unit.
    auto interest = interestToDate(ctx, source, today);
    if (!interest)
        return interest.error();
    out.interestFen = interest->interest;
    // Its own serial (the journal keeps one row per account and serial, and the move's debit
    // carries the business serial); the memo names the business.
    if (auto posted = postInterestOwed(ctx, source, *interest, u"转移结息 "_qs + move.serial); !posted)
        return posted.error();
    auto charged = findAccountById(ctx, source.id);
    if (!charged)
        return charged.error();
    out.amountFen = charged->balanceFen;
    if (Status s = checkDebit(ctx, *charged, out.amountFen); !s)
        return s.error();

    // The source is closed before the new account exists: one live account per person
    // (accounts_one_per_person) holds at every statement.
    const QString reason = merge ? kReasonMerge : kReasonInCity;
    Query close(ctx.db,
                u"UPDATE accounts SET state = :to, closed_on = :d, close_reason = :r, successor_id = :s "
                "WHERE id = :id AND state = :from"_qs);
    close.bind(u":to"_qs, kClosed)
        .bind(u":d"_qs, todayText)
        .bind(u":r"_qs, reason)
        .bind(u":s"_qs, merge ? QVariant(move.keep->id) : QVariant(QMetaType(QMetaType::LongLong)))
        .bind(u":id"_qs, source.id)
        .bind(u":from"_qs, source.state);
    if (Status s = close.exec(); !s)
        return s.error();
    if (close.rowsAffected() != 1)
        return makeError(u"db.conflict"_qs, {}, u"the account changed meanwhile"_qs);

    qint64 toId = 0;
    QString toNumber;
    if (merge) {
        toId = move.keep->id;
        toNumber = move.keep->accountNumber;
    } else {
        auto number = nextPersonalAccount(ctx);
        if (!number)
            return number.error();
        Query ins(ctx.db,
                  u"INSERT INTO accounts (account_number, person_id, unit_id, branch_id, state, base_fen, "
                  "opened_on, created_at) VALUES (:n, :p, :u, :b, '01', :base, :d, :now) RETURNING id"_qs);
        ins.bind(u":n"_qs, *number)
            .bind(u":p"_qs, source.personId)
            .bind(u":u"_qs, move.toUnit->id)
            .bind(u":b"_qs, move.toUnit->branchId)
            .bind(u":base"_qs, source.baseFen)
            .bind(u":d"_qs, todayText)
            .bind(u":now"_qs, ctx.nowMs);
        if (Status s = ins.exec(); !s)
            return s.error();
        if (!ins.next())
            return makeError(u"db.error"_qs, {}, u"no account id returned"_qs);
        toId = ins.int64(0);
        ins.finish();
        toNumber = *number;
        // An employed account under the new unit; the first deposit month stays the person's.
        Query profile(ctx.db, u"INSERT INTO account_profiles (account_id, kind, first_month) SELECT :n, "
                              "'employed', first_month FROM account_profiles WHERE account_id = :o"_qs);
        profile.bind(u":n"_qs, toId).bind(u":o"_qs, source.id);
        if (Status s = profile.exec(); !s)
            return s.error();
        Query link(ctx.db, u"UPDATE accounts SET successor_id = :s WHERE id = :id"_qs);
        link.bind(u":s"_qs, toId).bind(u":id"_qs, source.id);
        if (Status s = link.exec(); !s)
            return s.error();
    }

    // The journals name each other's account, so the history reads on across the move.
    const QString outMemo = (merge ? u"个人合并 并入 "_qs : u"市内转移 转出至 "_qs) + toNumber + suffix;
    const QString inMemo =
        (merge ? u"个人合并 并自 "_qs : u"市内转移 转入自 "_qs) + source.accountNumber + suffix;
    if (auto d = postJournal(ctx, {source.id, move.serial, type, -out.amountFen, {}, 0, outMemo}); !d)
        return d.error();
    if (auto c = postJournal(ctx, {toId, move.serial, type, out.amountFen, {}, 0, inMemo}); !c)
        return c.error();

    auto from = findAccountById(ctx, source.id);
    if (!from)
        return from.error();
    auto to = findAccountById(ctx, toId);
    if (!to)
        return to.error();
    out.from = *from;
    out.to = *to;
    QJsonObject fromAfter = out.from.toJson();
    fromAfter.insert(u"serial"_qs, move.serial);
    if (Status s = ctx.audit(ctx.operation, u"account:"_qs + source.accountNumber, u"ok"_qs, source.toJson(),
                             fromAfter);
        !s)
        return s.error();
    QJsonObject toAfter = out.to.toJson();
    toAfter.insert(u"serial"_qs, move.serial);
    if (Status s = ctx.audit(ctx.operation, u"account:"_qs + toNumber, u"ok"_qs,
                             merge ? move.keep->toJson() : QJsonObject(), toAfter);
        !s)
        return s.error();
    // No account numbers in the log (personal data): the serial finds the business.
    qCInfo(lcTransfer) << ctx.operation << "moved one account" << move.serial;
    return out;
}

Status storeTransfer(ServiceContext &ctx, const QString &serial, const QString &kind, qint64 branchId,
                     const QJsonObject &body)
{
    Query q(ctx.db, u"INSERT INTO in_city_transfers (serial, kind, branch_id, body, created_at) "
                    "VALUES (:s, :k, :b, :body, :now)"_qs);
    q.bind(u":s"_qs, serial)
        .bind(u":k"_qs, kind)
        .bind(u":b"_qs, branchId)
        .bind(u":body"_qs, compactJson(body))
        .bind(u":now"_qs, ctx.nowMs);
    return q.exec();
}

Result<StoredTransfer> loadTransfer(ServiceContext &ctx, const QString &serial)
{
    Query q(ctx.db, u"SELECT kind, branch_id, body FROM in_city_transfers WHERE serial = :s"_qs);
    q.bind(u":s"_qs, serial);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"transfer.not_found"_qs, u"serial"_qs);
    return StoredTransfer{q.str(0), q.int64(1), QJsonDocument::fromJson(q.str(2).toUtf8()).object()};
}

QJsonObject unitRefJson(const UnitRow &unit)
{
    return {{u"unitAccount"_qs, unit.unitAccount}, {u"name"_qs, unit.name}};
}

} // namespace hpf::server
