#include "business/opening/accountservice.h"

#include "domain/codetables.h"
#include "domain/identity.h"
#include "domain/money.h"
#include "platform/http/bodyreader.h"
#include "platform/context.h"
#include "platform/numbering/numbering.h"
#include "business/opening/unitservice.h"
#include "platform/store/sql.h"

namespace hpf::server {

namespace {

const QString kAccountColumns =
    u"SELECT a.id, a.account_number, p.id, p.document_type, p.document_number, p.name, un.id, "
    u"un.unit_account, "
    "a.branch_id, b.code, a.state, a.base_fen, a.balance_fen, a.held_fen, a.opened_on FROM accounts a "
    "JOIN persons p ON p.id = a.person_id JOIN units un ON un.id = a.unit_id "
    "JOIN branches b ON b.id = a.branch_id "_qs;

AccountRow readAccount(const Query &q)
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
    return a;
}

struct OpenInput
{
    QString unitAccount;
    identity::IdentityNumber id;
    QString name;
    qint64 baseFen = 0;
};

Result<OpenInput> readOpenInput(RequestContext &ctx)
{
    BodyReader body(ctx.body);
    OpenInput in;
    in.unitAccount = body.string(u"unitAccount"_qs, 20);
    const QString type = body.string(u"documentType"_qs, 2);
    const QString number = body.string(u"documentNumber"_qs, 40);
    in.name = body.string(u"name"_qs, 60);
    in.baseFen = body.integer(u"baseFen"_qs, 1, money::kMaximumFen);
    if (Status s = body.finish(); !s)
        return s.error();
    const auto docType = identity::documentTypeFromCode(type);
    if (!docType)
        return makeError(u"identity.document_type"_qs, u"documentType"_qs);
    auto id = identity::parse(*docType, number, ctx.now.toLocalTime().date(), u"documentNumber"_qs);
    if (!id)
        return id.error();
    in.id = *id;
    return in;
}

Result<AccountRow> queryOne(RequestContext &ctx, const QString &where, const QString &param,
                            const QVariant &v, bool lock)
{
    Query q(ctx.db, kAccountColumns + where +
                        (lock && ctx.dialect == Dialect::Postgres ? u" FOR UPDATE OF a"_qs : QString()));
    q.bind(param, v);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"account.not_found"_qs, u"accountNumber"_qs);
    return readAccount(q);
}

} // namespace

QJsonObject AccountRow::toJson() const
{
    return {{u"accountNumber"_qs, accountNumber},
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
}

Status validateOpenAccount(RequestContext &ctx)
{
    auto in = readOpenInput(ctx);
    return in ? Status{} : Status{in.error()};
}

Result<QJsonObject> openAccount(RequestContext &ctx)
{
    auto in = readOpenInput(ctx);
    if (!in)
        return in.error();
    auto unit = findUnitByAccount(ctx, in->unitAccount, true);
    if (!unit)
        return unit.error();
    if (Status s = ctx.checkBranch(unit->branchId); !s)
        return s.error();
    if (unit->state != u"01")
        return makeError(u"unit.state"_qs, u"unitAccount"_qs, u"the unit account is not 01 正常"_qs);
    const QString docType = identity::documentTypeCode(in->id.type);
    Query p(ctx.db, u"SELECT id, name FROM persons WHERE document_type = :t AND document_number = :n"_qs);
    p.bind(u":t"_qs, docType).bind(u":n"_qs, in->id.number);
    if (Status s = p.exec(); !s)
        return s.error();
    qint64 personId = 0;
    if (p.next()) {
        personId = p.int64(0);
        if (p.str(1) != in->name)
            return makeError(u"person.name_mismatch"_qs, u"name"_qs,
                             u"this document number is registered under another name"_qs);
        Query live(ctx.db, u"SELECT account_number FROM accounts WHERE person_id = :p "
                           "AND state NOT IN ('03', '04', '05')"_qs);
        live.bind(u":p"_qs, personId);
        if (Status s = live.exec(); !s)
            return s.error();
        if (live.next())
            return makeError(u"account.exists"_qs, u"documentNumber"_qs,
                             u"one person, one account (一人一户): "_qs + live.str(0));
    } else {
        Query ins(ctx.db, u"INSERT INTO persons (document_type, document_number, name, created_at) "
                          "VALUES (:t, :n, :name, :now)"_qs);
        ins.bind(u":t"_qs, docType)
            .bind(u":n"_qs, in->id.number)
            .bind(u":name"_qs, in->name)
            .bind(u":now"_qs, ctx.nowMs);
        if (Status s = ins.exec(); !s)
            return s.error();
        Query id(ctx.db, u"SELECT id FROM persons WHERE document_type = :t AND document_number = :n"_qs);
        id.bind(u":t"_qs, docType).bind(u":n"_qs, in->id.number);
        if (Status s = id.exec(); !s || !id.next())
            return s ? makeError(u"db.error"_qs, {}) : s.error();
        personId = id.int64(0);
    }
    auto number = nextPersonalAccount(ctx);
    if (!number)
        return number.error();
    Query ins(ctx.db,
              u"INSERT INTO accounts (account_number, person_id, unit_id, branch_id, state, base_fen, "
              "opened_on, created_at) VALUES (:a, :p, :u, :b, '01', :base, :d, :now)"_qs);
    ins.bind(u":a"_qs, *number)
        .bind(u":p"_qs, personId)
        .bind(u":u"_qs, unit->id)
        .bind(u":b"_qs, unit->branchId)
        .bind(u":base"_qs, in->baseFen)
        .bind(u":d"_qs, ctx.now.toLocalTime().date().toString(Qt::ISODate))
        .bind(u":now"_qs, ctx.nowMs);
    if (Status s = ins.exec(); !s)
        return s.error();
    auto account = findAccount(ctx, *number);
    if (!account)
        return account.error();
    const QJsonObject view = account->toJson();
    if (Status s = ctx.audit(u"accounts.open"_qs, u"account:"_qs + *number, u"ok"_qs, {}, view); !s)
        return s.error();
    return view;
}

Result<AccountRow> findAccount(RequestContext &ctx, const QString &accountNumber, bool lock)
{
    return queryOne(ctx, u"WHERE a.account_number = :n"_qs, u":n"_qs, accountNumber, lock);
}

Result<AccountRow> findAccountById(RequestContext &ctx, qint64 id, bool lock)
{
    return queryOne(ctx, u"WHERE a.id = :id"_qs, u":id"_qs, id, lock);
}

Result<QJsonObject> findPersons(RequestContext &ctx)
{
    const QUrlQuery &query = ctx.request.query;
    const QString type = query.queryItemValue(u"documentType"_qs, QUrl::FullyDecoded);
    const QString number = query.queryItemValue(u"documentNumber"_qs, QUrl::FullyDecoded);
    const QString name = query.queryItemValue(u"name"_qs, QUrl::FullyDecoded);
    const QString accountNumber = query.queryItemValue(u"accountNumber"_qs, QUrl::FullyDecoded);
    QString where;
    QString param;
    QVariant value;
    if (!number.isEmpty()) {
        if (number.size() > 40 || type.size() > 2)
            return makeError(u"request.field_too_long"_qs, u"documentNumber"_qs);
        where = u"WHERE p.document_type = :t AND p.document_number = :v"_qs;
        param = u":v"_qs;
        value = identity::normalize(number);
    } else if (!accountNumber.isEmpty()) {
        if (accountNumber.size() > 20)
            return makeError(u"request.field_too_long"_qs, u"accountNumber"_qs);
        where = u"WHERE a.account_number = :v"_qs;
        param = u":v"_qs;
        value = accountNumber;
    } else if (!name.isEmpty()) {
        if (name.size() > 60)
            return makeError(u"request.field_too_long"_qs, u"name"_qs);
        where = u"WHERE p.name = :v"_qs;
        param = u":v"_qs;
        value = name;
    } else {
        return makeError(u"request.field_required"_qs, u"documentNumber"_qs,
                         u"give documentType+documentNumber, accountNumber or name"_qs);
    }
    Query q(ctx.db, kAccountColumns + where + u" ORDER BY a.id LIMIT 50"_qs);
    q.bind(param, value);
    if (!number.isEmpty())
        q.bind(u":t"_qs, type.isEmpty() ? u"01"_qs : type);
    if (Status s = q.exec(); !s)
        return s.error();
    QJsonArray items;
    while (q.next()) {
        const AccountRow a = readAccount(q);
        if (ctx.checkBranch(a.branchId).ok() || ctx.user().role == roles::judicial)
            items.append(a.toJson());
    }
    return QJsonObject{{u"items"_qs, items}};
}

Result<QJsonObject> accountJournal(RequestContext &ctx, const QString &accountNumber)
{
    auto account = findAccount(ctx, accountNumber);
    if (!account)
        return account.error();
    if (Status s = ctx.checkBranch(account->branchId); !s)
        return s.error();
    bool okOffset = true, okLimit = true;
    const QString offsetText = ctx.request.query.queryItemValue(u"offset"_qs);
    const QString limitText = ctx.request.query.queryItemValue(u"limit"_qs);
    const qint64 offset = offsetText.isEmpty() ? 0 : offsetText.toLongLong(&okOffset);
    const qint64 limit = limitText.isEmpty() ? 50 : limitText.toLongLong(&okLimit);
    if (!okOffset || offset < 0)
        return makeError(u"request.field_range"_qs, u"offset"_qs);
    if (!okLimit || limit < 1 || limit > 200)
        return makeError(u"request.field_range"_qs, u"limit"_qs, u"1..200"_qs);
    Query q(ctx.db,
            u"SELECT j.serial, j.business_type, j.amount_fen, j.balance_after_fen, j.value_date, j.month, "
            "u.username, b.code, j.memo FROM journal j JOIN users u ON u.id = j.operator_id "
            "JOIN branches b ON b.id = j.branch_id WHERE j.account_id = :a ORDER BY j.id "
            "LIMIT :l OFFSET :o"_qs);
    q.bind(u":a"_qs, account->id).bind(u":l"_qs, limit).bind(u":o"_qs, offset);
    if (Status s = q.exec(); !s)
        return s.error();
    QJsonArray items;
    while (q.next()) {
        items.append(QJsonObject{{u"serial"_qs, q.str(0)},
                                 {u"businessType"_qs, q.str(1)},
                                 {u"businessTypeLabel"_qs, codes::depositBusinessTypes().label(q.str(1))},
                                 {u"amountFen"_qs, q.int64(2)},
                                 {u"balanceAfterFen"_qs, q.int64(3)},
                                 {u"valueDate"_qs, q.str(4)},
                                 {u"month"_qs, q.isNull(5) ? QJsonValue() : QJsonValue(q.str(5))},
                                 {u"operator"_qs, q.str(6)},
                                 {u"branch"_qs, q.str(7)},
                                 {u"memo"_qs, q.str(8)}});
    }
    Query c(ctx.db, u"SELECT COUNT(*) FROM journal WHERE account_id = :a"_qs);
    c.bind(u":a"_qs, account->id);
    if (Status s = c.exec(); !s || !c.next())
        return s ? makeError(u"db.error"_qs, {}) : s.error();
    return QJsonObject{{u"accountNumber"_qs, accountNumber},
                       {u"total"_qs, c.int64(0)},
                       {u"offset"_qs, offset},
                       {u"limit"_qs, limit},
                       {u"items"_qs, items}};
}

Result<qint64> postJournal(RequestContext &ctx, const JournalPosting &j)
{
    Query upd(ctx.db, u"UPDATE accounts SET balance_fen = balance_fen + :x WHERE id = :id "
                      "AND balance_fen - held_fen + :x2 >= 0"_qs);
    upd.bind(u":x"_qs, j.amountFen).bind(u":id"_qs, j.accountId).bind(u":x2"_qs, j.amountFen);
    if (Status s = upd.exec(); !s)
        return s.error();
    if (upd.rowsAffected() != 1)
        return makeError(u"account.insufficient_available"_qs, u"amountFen"_qs);
    Query bal(ctx.db, u"SELECT balance_fen FROM accounts WHERE id = :id"_qs);
    bal.bind(u":id"_qs, j.accountId);
    if (Status s = bal.exec(); !s || !bal.next())
        return s ? makeError(u"db.error"_qs, {}) : s.error();
    const qint64 after = bal.int64(0);
    Query ins(ctx.db,
              u"INSERT INTO journal (account_id, serial, business_type, amount_fen, balance_after_fen, "
              "value_date, month, operator_id, branch_id, remittance_id, memo, created_at) VALUES (:a, :s, "
              ":t, :x, :after, :d, :m, :op, :b, :r, :memo, :now)"_qs);
    ins.bind(u":a"_qs, j.accountId)
        .bind(u":s"_qs, j.serial)
        .bind(u":t"_qs, j.businessType)
        .bind(u":x"_qs, j.amountFen)
        .bind(u":after"_qs, after)
        .bind(u":d"_qs, ctx.now.toLocalTime().date().toString(Qt::ISODate))
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

Status validateWithdrawal(RequestContext &ctx)
{
    BodyReader body(ctx.body);
    body.integer(u"amountFen"_qs, 1, money::kMaximumFen);
    const QString reason = body.string(u"reason"_qs, 2);
    if (Status s = body.finish(); !s)
        return s;
    if (!codes::withdrawalReasons().contains(reason))
        return makeError(u"withdrawal.reason"_qs, u"reason"_qs, u"not a 提取原因 code"_qs);
    return {};
}

Result<QJsonObject> withdraw(RequestContext &ctx, const QString &accountNumber)
{
    const qint64 amount = qint64(ctx.body.value(u"amountFen"_qs).toDouble());
    const QString reason = ctx.body.value(u"reason"_qs).toString();
    auto account = findAccount(ctx, accountNumber, true);
    if (!account)
        return account.error();
    if (Status s = ctx.checkBranch(account->branchId); !s)
        return s.error();
    if (account->state != u"01" && account->state != u"02")
        return makeError(u"account.state"_qs, u"accountNumber"_qs,
                         u"withdrawals need state 01 or 02, the account is "_qs + account->state);
    if (account->availableFen() < amount)
        return makeError(u"account.insufficient_available"_qs, u"amountFen"_qs,
                         QStringLiteral("available %1, requested %2")
                             .arg(money::format(account->availableFen()), money::format(amount)));
    auto serial = nextSerial(ctx);
    if (!serial)
        return serial.error();
    auto after = postJournal(ctx, {account->id, *serial, u"11"_qs, -amount, {}, 0, u"TQYY "_qs + reason});
    if (!after)
        return after.error();
    const QJsonObject result{{u"serial"_qs, *serial},
                             {u"accountNumber"_qs, accountNumber},
                             {u"amountFen"_qs, amount},
                             {u"balanceFen"_qs, *after},
                             {u"availableFen"_qs, *after - account->heldFen}};
    if (Status s = ctx.audit(u"withdrawals.create"_qs, u"account:"_qs + accountNumber, u"ok"_qs,
                             account->toJson(), result);
        !s)
        return s.error();
    return result;
}

} // namespace hpf::server
