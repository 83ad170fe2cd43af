#include "business/opening/employeelistservice.h"

#include "business/accounts/unitrecords.h"
#include "business/opening/openingcommon.h"
#include "business/opening/personopening.h"
#include "domain/accountnumber.h"
#include "domain/codetables.h"
#include "finance/rate.h"
#include "platform/context.h"
#include "platform/numbering/numbering.h"
#include "platform/store/sql.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>

namespace hpf::server {

namespace {

struct Row
{
    PersonInput person;
    QList<Error> errors;
    QJsonObject conflict;
    PersonState state;
    DepositTerms terms;
};

Status checkList(ServiceContext &ctx, const EmployeeListRequest &in)
{
    if (in.rows.isEmpty())
        return makeError(u"list.empty"_qs, u"rows"_qs);
    if (in.rows.size() > kMaxListRows)
        return makeError(u"list.too_many_rows"_qs, u"rows"_qs,
                         QStringLiteral("at most %1 rows, got %2").arg(kMaxListRows).arg(in.rows.size()));
    if (auto m = parseFirstMonth(ctx, in.firstMonth, u"firstMonth"_qs); !m)
        return m.error();
    return {};
}

QJsonObject errorJson(int row, const Error &e, const QJsonObject &conflict = {})
{
    QJsonObject o{{u"row"_qs, row}, {u"field"_qs, e.field}, {u"code"_qs, e.code}};
    if (!e.detail.isEmpty())
        o.insert(u"detail"_qs, e.detail);
    if (!conflict.isEmpty())
        o.insert(u"existingAccount"_qs, conflict);
    return o;
}

struct Analysis
{
    UnitRow unit;
    OpeningTarget target;
    QList<Row> rows;
    int invalid = 0;
    QJsonArray errors;   // one entry per failing field
    QJsonArray warnings; // clamped bases, with the row
};

// Judges every row: format and policy first, then (for the rows still valid) the database.
Result<Analysis> analyse(ServiceContext &ctx, const EmployeeListRequest &in, PersonOpener &opener, bool lock)
{
    Analysis a;
    auto unit = findUnitByAccount(ctx, in.unitAccount, lock);
    if (!unit)
        return unit.error();
    if (Status s = ctx.checkBranch(unit->branchId); !s)
        return s.error();
    if (unit->state != u"01" || isFlexibleUnit(ctx, unit->id))
        return makeError(u"unit.not_open"_qs, u"unitAccount"_qs,
                         u"the unit account is "_qs + codes::unitAccountStates().label(unit->state));
    a.unit = *unit;
    a.target.unitId = unit->id;
    a.target.unitAccount = unit->unitAccount;
    a.target.unitName = unit->name;
    a.target.branchId = unit->branchId;
    a.target.unitRatio = finance::Rate::fromPpm(unit->unitRatioPpm);
    a.target.personalRatio = finance::Rate::fromPpm(unit->personalRatioPpm);
    a.target.firstMonth = *parseFirstMonth(ctx, in.firstMonth, u"firstMonth"_qs);

    const QDate today = ctx.now.toLocalTime().date();
    QHash<QString, int> seen;
    a.rows.resize(in.rows.size());
    for (qsizetype i = 0; i < in.rows.size(); ++i) {
        Row &row = a.rows[i];
        const EmployeeListRow &input = in.rows.at(i);
        if (input.formatError) {
            row.errors.append(*input.formatError);
            continue;
        }
        row.errors = validatePerson(input.fields, today, row.person);
        if (!row.errors.isEmpty())
            continue;
        const QString key = identity::documentTypeCode(row.person.id.type) + u':' + row.person.id.number;
        if (const auto it = seen.constFind(key); it != seen.constEnd()) {
            row.errors.append(makeError(u"list.duplicate_row"_qs, u"documentNumber"_qs,
                                        QStringLiteral("the same person as row %1").arg(it.value())));
            continue;
        }
        seen.insert(key, int(i));
        auto terms = computeTerms(ctx, a.target, row.person.wageBaseFen);
        if (!terms) {
            row.errors.append(terms.error());
            continue;
        }
        row.terms = *terms;
        auto st = opener.lookup(row.person);
        if (!st)
            return st.error(); // a database error aborts (and may retry) the whole list
        row.state = *st;
        if (Status s = opener.check(row.person, row.state, a.target, &row.conflict); !s)
            row.errors.append(s.error());
    }
    for (qsizetype i = 0; i < a.rows.size(); ++i) {
        const Row &row = a.rows.at(i);
        if (!row.errors.isEmpty())
            ++a.invalid;
        for (const Error &e : row.errors)
            a.errors.append(errorJson(int(i), e, row.conflict));
        for (const QJsonValue &w : row.terms.warnings) {
            QJsonObject o = w.toObject();
            o.insert(u"row"_qs, int(i));
            a.warnings.append(o);
        }
    }
    return a;
}

} // namespace

Status checkEmployeeList(ServiceContext &ctx, const EmployeeListRequest &request)
{
    return checkList(ctx, request);
}

Result<EmployeeListJudgement> judgeEmployeeList(ServiceContext &ctx, const EmployeeListRequest &request)
{
    if (Status s = checkList(ctx, request); !s)
        return s.error();
    PersonOpener opener(ctx);
    auto a = analyse(ctx, request, opener, false);
    if (!a)
        return a.error();
    int unseal = 0, open = 0;
    for (const Row &row : std::as_const(a->rows)) {
        if (row.errors.isEmpty())
            ++(row.state.accountId != 0 ? unseal : open);
    }
    return EmployeeListJudgement{a->unit.unitAccount, a->rows.size(), a->invalid, open, unseal,
                                 a->errors,           a->warnings};
}

Result<EmployeeListOpened> openEmployeeList(ServiceContext &ctx, const EmployeeListRequest &request,
                                            Refusal *refusal)
{
    QElapsedTimer timer;
    timer.start();
    if (Status s = checkList(ctx, request); !s)
        return s.error();
    PersonOpener opener(ctx);
    auto a = analyse(ctx, request, opener, true);
    if (!a)
        return a.error();
    const qsizetype total = a->rows.size();
    if (a->invalid > 0 && (!request.skipInvalid || a->invalid == total)) {
        if (refusal)
            *refusal = Refusal{
                {{u"rowsTotal"_qs, total}, {u"invalidRows"_qs, a->invalid}, {u"errors"_qs, a->errors}}, 0};
        return makeError(a->invalid == total && request.skipInvalid ? u"list.nothing_to_open"_qs
                                                                    : u"list.rows_invalid"_qs,
                         u"rows"_qs, QStringLiteral("%1 of %2 rows fail").arg(a->invalid).arg(total));
    }
    auto serial = nextSerial(ctx);
    if (!serial)
        return serial.error();
    qint64 newAccounts = 0;
    for (const Row &row : std::as_const(a->rows))
        newAccounts += row.errors.isEmpty() && row.state.accountId == 0 ? 1 : 0;
    qint64 nextNumber = 0;
    if (newAccounts > 0) {
        auto first = reserveSequence(ctx, u"personal_account"_qs, newAccounts);
        if (!first)
            return first.error();
        nextNumber = *first;
    }
    QJsonArray accounts, skipped;
    qint64 unitTotal = 0, personalTotal = 0;
    int opened = 0, unsealed = 0;
    for (qsizetype i = 0; i < total; ++i) {
        const Row &row = a->rows.at(i);
        if (!row.errors.isEmpty()) {
            QJsonArray errs;
            for (const Error &e : row.errors)
                errs.append(errorJson(int(i), e, row.conflict));
            skipped.append(QJsonObject{{u"row"_qs, int(i)}, {u"errors"_qs, errs}});
            continue;
        }
        QString number;
        if (row.state.accountId == 0) {
            auto n = accountnumber::make(accountnumber::Kind::Personal, nextNumber++);
            if (!n)
                return n.error();
            number = *n;
        }
        auto done = opener.apply(row.person, row.state, a->target, row.terms, *serial, number);
        if (!done)
            return done.error();
        ++(done->action == u"unsealed" ? unsealed : opened);
        unitTotal += row.terms.unitAmountFen;
        personalTotal += row.terms.personalAmountFen;
        QJsonObject item{{u"row"_qs, int(i)},
                         {u"accountNumber"_qs, done->accountNumber},
                         {u"action"_qs, done->action},
                         {u"baseFen"_qs, row.terms.baseFen},
                         {u"unitAmountFen"_qs, row.terms.unitAmountFen},
                         {u"personalAmountFen"_qs, row.terms.personalAmountFen}};
        if (!done->previousUnitAccount.isEmpty())
            item.insert(u"previousUnitAccount"_qs, done->previousUnitAccount);
        accounts.append(item);
    }
    const QJsonObject summary{{u"unitAccount"_qs, a->unit.unitAccount},
                              {u"unitName"_qs, a->unit.name},
                              {u"firstMonth"_qs, monthText(a->target.firstMonth)},
                              {u"rowsTotal"_qs, total},
                              {u"opened"_qs, opened},
                              {u"unsealed"_qs, unsealed},
                              {u"skipped"_qs, skipped.size()}};
    ReceiptDraft draft;
    draft.serial = *serial;
    draft.business = u"employee_list"_qs;
    draft.businessLabel = u"清册开户"_qs;
    draft.object = u"unit:"_qs + a->unit.unitAccount;
    draft.fields = summary;
    draft.line(u"单位账号"_qs, a->unit.unitAccount);
    draft.line(u"单位名称"_qs, a->unit.name);
    draft.line(u"清册行数"_qs, QString::number(total));
    draft.line(u"开户人数"_qs, QString::number(opened));
    draft.line(u"启封人数"_qs, QString::number(unsealed));
    draft.line(u"剔除行数"_qs, QString::number(skipped.size()));
    draft.line(u"首次缴存月份"_qs, monthText(a->target.firstMonth));
    draft.amounts = {amount(u"单位月缴存额合计"_qs, unitTotal), amount(u"个人月缴存额合计"_qs, personalTotal),
                     amount(u"月缴存额合计"_qs, unitTotal + personalTotal)};
    auto receipt = issueReceipt(ctx, draft);
    if (!receipt)
        return receipt.error();
    // One audit record for the list; every account carries the serial in its journal (开户 / 启封),
    // and every unsealed account has its own before/after record (PersonOpener::apply).
    QJsonObject after = summary;
    after.insert(u"serial"_qs, *serial);
    if (!accounts.isEmpty()) {
        after.insert(u"firstAccount"_qs, accounts.first().toObject().value(u"accountNumber"_qs));
        after.insert(u"lastAccount"_qs, accounts.last().toObject().value(u"accountNumber"_qs));
    }
    if (Status s = ctx.audit(ctx.operation, draft.object, u"ok"_qs, {}, after); !s)
        return s.error();
    qCInfo(lcOpening) << "employee list" << *serial << a->unit.unitAccount << "rows" << total << "opened"
                      << opened << "unsealed" << unsealed << "skipped" << skipped.size() << "in"
                      << timer.elapsed() << "ms";
    return EmployeeListOpened{*serial,     summary,   accounts,      skipped,
                              a->warnings, unitTotal, personalTotal, *receipt};
}

} // namespace hpf::server
