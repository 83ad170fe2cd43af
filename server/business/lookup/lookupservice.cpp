#include "business/lookup/lookupservice.h"

#include "business/transfer/transferschema.h"
#include "domain/identity.h"
#include "platform/context.h"
#include "platform/store/sql.h"

namespace hpf::server {

namespace {

// Bounded so a very large unit cannot make one response unbounded; the page says how many rows
// it shows and searches within them.
constexpr int kMaxEmployees = 5000;
constexpr int kMaxRemittances = 240; // twenty years of months

Result<UnitRow> visibleUnit(ServiceContext &ctx, const QString &unitAccount)
{
    auto unit = findUnitByAccount(ctx, unitAccount);
    if (!unit)
        return unit.error();
    if (Status s = ctx.checkBranch(unit->branchId); !s)
        return s.error();
    return unit;
}

// 一人多户: the other live accounts of a person with the same identity key (a 15-digit legacy
// number and its 18-digit form are one person), on the persons_identity_key index. Only the
// lookups read it; postings use accountColumnsSql() without it.
QString otherAccountsSql()
{
    static const QString sql = u"(SELECT COUNT(*) FROM accounts oa JOIN persons op ON op.id = oa.person_id "
                               "WHERE "_qs +
                               identityKeySql(u"op"_qs) + u" = "_qs + identityKeySql(u"p"_qs) +
                               u" AND oa.id <> a.id AND oa.state NOT IN ('03', '04', '05'))"_qs;
    return sql;
}

AccountRow readLookupRow(const Query &q)
{
    AccountRow a = readAccountRow(q);
    a.otherAccounts = q.int64(kAccountColumnCount);
    return a;
}

Result<UnitView> viewOf(ServiceContext &ctx, Result<UnitRow> unit)
{
    if (!unit)
        return unit.error();
    return UnitView{*unit, ctx.checkBranch(unit->branchId).ok()};
}

} // namespace

Result<UnitView> getUnit(ServiceContext &ctx, const QString &unitAccount)
{
    return viewOf(ctx, findUnitByAccount(ctx, unitAccount));
}

Result<UnitView> findUnit(ServiceContext &ctx, const QString &creditCode)
{
    return viewOf(ctx, findUnitByCreditCode(ctx, creditCode));
}

Result<AccountRow> getAccount(ServiceContext &ctx, const QString &accountNumber)
{
    Query q(ctx.db, accountColumnsSql(otherAccountsSql()) + u"WHERE a.account_number = :n"_qs);
    q.bind(u":n"_qs, accountNumber);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"account.not_found"_qs, u"accountNumber"_qs);
    AccountRow account = readLookupRow(q);
    q.finish();
    if (Status s = ctx.checkBranch(account.branchId); !s && ctx.user().role != access::role::judicial)
        return s.error();
    // The accounts this one took over (市内转移, 个人合并): their journals hold the history before.
    Query p(ctx.db, u"SELECT account_number FROM accounts WHERE successor_id = :id ORDER BY id"_qs);
    p.bind(u":id"_qs, account.id);
    if (Status s = p.exec(); !s)
        return s.error();
    while (p.next())
        account.predecessorAccounts.append(p.str(0));
    return account;
}

Result<PersonPage> findPersons(ServiceContext &ctx, const PersonQuery &query)
{
    const QString &type = query.documentType;
    const QString &number = query.documentNumber;
    const QString &name = query.name;
    const QString &accountNumber = query.accountNumber;
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
    if (query.limit < 1 || query.limit > 50)
        return makeError(u"request.field_range"_qs, u"limit"_qs, u"1..50"_qs);
    if (query.afterId < 0)
        return makeError(u"request.field_range"_qs, u"cursor"_qs);
    // One row more than the page tells whether another page follows. The LIMIT is part of the SQL
    // text (at most 50 texts per search kind) so the statement stays a cached prepared one.
    Query q(ctx.db, accountColumnsSql(otherAccountsSql()) + where +
                        u" AND a.id > :after ORDER BY a.id LIMIT %1"_qs.arg(query.limit + 1));
    q.bind(param, value).bind(u":after"_qs, query.afterId);
    if (!number.isEmpty())
        q.bind(u":t"_qs, type.isEmpty() ? u"01"_qs : type);
    if (Status s = q.exec(); !s)
        return s.error();
    PersonPage page;
    int rows = 0;
    while (q.next()) {
        if (++rows > query.limit)
            break;
        const AccountRow a = readLookupRow(q);
        page.nextAfterId = a.id;
        if (ctx.checkBranch(a.branchId).ok() || ctx.user().role == access::role::judicial)
            page.items.append(a);
    }
    if (rows <= query.limit)
        page.nextAfterId = 0;
    return page;
}

Result<JournalPage> accountJournal(ServiceContext &ctx, const JournalQuery &query)
{
    auto account = findAccount(ctx, query.accountNumber);
    if (!account)
        return account.error();
    if (Status s = ctx.checkBranch(account->branchId); !s)
        return s.error();
    if (query.offset < 0)
        return makeError(u"request.field_range"_qs, u"offset"_qs);
    if (query.limit < 1 || query.limit > 200)
        return makeError(u"request.field_range"_qs, u"limit"_qs, u"1..200"_qs);
    Query q(ctx.db,
            u"SELECT j.serial, j.business_type, j.amount_fen, j.balance_after_fen, j.value_date, j.month, "
            "u.username, b.code, j.memo FROM journal j JOIN users u ON u.id = j.operator_id "
            "JOIN branches b ON b.id = j.branch_id WHERE j.account_id = :a ORDER BY j.id "
            "LIMIT :l OFFSET :o"_qs);
    q.bind(u":a"_qs, account->id).bind(u":l"_qs, query.limit).bind(u":o"_qs, query.offset);
    if (Status s = q.exec(); !s)
        return s.error();
    JournalPage page{query.accountNumber, 0, query.offset, query.limit, {}};
    while (q.next()) {
        page.items.append({q.str(0), q.str(1), q.int64(2), q.int64(3), q.str(4),
                           q.isNull(5) ? std::nullopt : std::optional<QString>(q.str(5)), q.str(6), q.str(7),
                           q.str(8)});
    }
    Query c(ctx.db, u"SELECT COUNT(*) FROM journal WHERE account_id = :a"_qs);
    c.bind(u":a"_qs, account->id);
    if (Status s = c.exec(); !s || !c.next())
        return s ? makeError(u"db.error"_qs, {}) : s.error();
    page.total = c.int64(0);
    return page;
}

Result<UnitEmployees> unitEmployees(ServiceContext &ctx, const QString &unitAccount)
{
    auto unit = visibleUnit(ctx, unitAccount);
    if (!unit)
        return unit.error();
    Query q(ctx.db,
            u"SELECT a.account_number, p.document_type, p.document_number, p.name, a.state, a.base_fen,"
            " a.balance_fen, a.held_fen, a.opened_on FROM accounts a JOIN persons p ON p.id = a.person_id"
            " WHERE a.unit_id = :u ORDER BY a.account_number LIMIT %1"_qs.arg(kMaxEmployees + 1));
    q.bind(u":u"_qs, unit->id);
    if (Status s = q.exec(); !s)
        return s.error();
    UnitEmployees out{unit->unitAccount, {}, false};
    while (q.next()) {
        if (out.items.size() == kMaxEmployees) {
            out.truncated = true;
            break;
        }
        out.items.append(
            {q.str(0), q.str(1), q.str(2), q.str(3), q.str(4), q.int64(5), q.int64(6), q.int64(7), q.str(8)});
    }
    return out;
}

Result<UnitRemittances> unitRemittances(ServiceContext &ctx, const QString &unitAccount)
{
    auto unit = visibleUnit(ctx, unitAccount);
    if (!unit)
        return unit.error();
    Query q(ctx.db,
            u"SELECT month, serial, employees, unit_total_fen, personal_total_fen, total_fen, created_at"
            " FROM remittances WHERE unit_id = :u ORDER BY month DESC LIMIT %1"_qs.arg(kMaxRemittances));
    q.bind(u":u"_qs, unit->id);
    if (Status s = q.exec(); !s)
        return s.error();
    UnitRemittances out{unit->unitAccount, {}};
    while (q.next())
        out.items.append({q.str(0), q.str(1), q.int64(2), q.int64(3), q.int64(4), q.int64(5), q.int64(6)});
    return out;
}

} // namespace hpf::server
