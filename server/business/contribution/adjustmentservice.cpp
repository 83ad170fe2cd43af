#include "business/contribution/adjustmentservice.h"

#include "business/accounts/unitrecords.h"
#include "business/contribution/contributioncore.h"
#include "business/transfer/incitycore.h"
#include "domain/identity.h"
#include "finance/deposit.h"
#include "platform/context.h"
#include "platform/numbering/numbering.h"
#include "platform/store/sql.h"

#include <QHash>

namespace hpf::server {

namespace {

struct Judged
{
    QDate effectiveFrom;
    UnitRow unit;
    finance::Rate oldUnitRatio, newUnitRatio, oldPersonalRatio, newPersonalRatio;
    struct Row
    {
        int row = 0;
        qint64 accountId = 0;
        QString accountNumber;
        QString name;
        qint64 oldBaseFen = 0;
        qint64 requestedBaseFen = 0;
        qint64 newBaseFen = 0;
        QString clamp = u"none"_qs;
        QString code;
        QString field;
    };
    QList<Row> rows;
    int errors = 0;
    int clamped = 0;
    int unchanged = 0;

    QJsonArray rowsJson() const
    {
        QJsonArray out;
        for (const Row &r : rows)
            out.append(QJsonObject{{u"row"_qs, r.row},
                                   {u"accountNumber"_qs, r.accountNumber},
                                   {u"name"_qs, r.name},
                                   {u"oldBaseFen"_qs, r.oldBaseFen},
                                   {u"requestedBaseFen"_qs, r.requestedBaseFen},
                                   {u"newBaseFen"_qs, r.newBaseFen},
                                   {u"clamp"_qs, r.clamp},
                                   {u"code"_qs, r.code},
                                   {u"field"_qs, r.field}});
        return out;
    }
};

QString clampText(finance::BaseClamp c)
{
    switch (c) {
    case finance::BaseClamp::RaisedToFloor:
        return u"floor"_qs;
    case finance::BaseClamp::LoweredToCeiling:
        return u"ceiling"_qs;
    case finance::BaseClamp::None:
        break;
    }
    return u"none"_qs;
}

Result<finance::Rate> ratioOf(const QString &text, finance::Rate kept, const finance::RatioRange &range,
                              const QString &field)
{
    if (text.isEmpty())
        return kept;
    auto r = finance::parsePercent(text, field);
    if (!r)
        return r.error();
    if (!range.contains(*r))
        return makeError(u"deposit.ratio_range"_qs, field,
                         finance::toPercentString(range.min) + u"…"_qs + finance::toPercentString(range.max));
    return *r;
}

// What validate and submit both do: every check, every row judged. `lock` takes the unit's row lock.
Result<Judged> judge(ServiceContext &ctx, const AdjustmentRequest &request, bool lock)
{
    if (Status s = checkAdjustment(ctx, request); !s)
        return s.error();
    Judged j;
    const finance::ContributionPolicy &cp = ctx.server.policy.contribution();
    j.effectiveFrom = QDate(request.year, cp.adjustmentMonth, cp.adjustmentDay);
    const QDate effectiveMonth(request.year, cp.adjustmentMonth, 1);
    auto unit = findUnitByAccount(ctx, request.unitAccount, lock);
    if (!unit)
        return unit.error();
    j.unit = *unit;
    if (Status s = ctx.checkBranch(unit->branchId); !s)
        return s.error();
    if (unit->state != u"01")
        return makeError(u"unit.state"_qs, u"unitAccount"_qs);
    Query done(ctx.db, u"SELECT year, serial FROM base_adjustments WHERE unit_id = :u ORDER BY year DESC"_qs);
    done.bind(u":u"_qs, unit->id);
    if (Status s = done.exec(); !s)
        return s.error();
    while (done.next()) {
        if (done.int64(0) == request.year)
            return makeError(u"adjustment.duplicate"_qs, u"year"_qs, u"adjusted as "_qs + done.str(1));
        if (done.int64(0) > request.year)
            return makeError(u"adjustment.year"_qs, u"year"_qs,
                             QStringLiteral("%1 is adjusted already").arg(done.int64(0)));
    }
    done.finish();
    auto policy = ctx.server.policy.depositAt(j.effectiveFrom);
    if (!policy)
        return policy.error();
    auto terms = TermsHistory::forUnit(ctx, *unit);
    if (!terms)
        return terms.error();
    j.oldUnitRatio = terms->unitRatioAt(effectiveMonth);
    j.oldPersonalRatio = terms->personalRatioAt(effectiveMonth);
    auto ur = ratioOf(request.unitRatio, j.oldUnitRatio, policy->unitRatio, u"unitRatio"_qs);
    if (!ur)
        return ur.error();
    auto pr = ratioOf(request.personalRatio, j.oldPersonalRatio, policy->personalRatio, u"personalRatio"_qs);
    if (!pr)
        return pr.error();
    j.newUnitRatio = *ur;
    j.newPersonalRatio = *pr;

    // The unit's live employees by identity key.
    auto employees = unitEmployees(ctx, unit->id);
    if (!employees)
        return employees.error();
    QHash<qint64, Employee> byAccount;
    for (const Employee &e : *employees) {
        if (e.state == u"01")
            byAccount.insert(e.accountId, e);
    }
    QHash<QString, qint64> byKey;
    Query ids(ctx.db, u"SELECT a.id, p.document_type, p.document_number FROM accounts a JOIN persons p "
                      "ON p.id = a.person_id WHERE a.unit_id = :u AND a.state = '01'"_qs);
    ids.bind(u":u"_qs, unit->id);
    if (Status s = ids.exec(); !s)
        return s.error();
    while (ids.next())
        byKey.insert(identityKey(ids.str(1), ids.str(2)), ids.int64(0));
    ids.finish();

    const QDate today = ctx.now.toLocalTime().date();
    QHash<QString, int> seen;
    QSet<qint64> matched;
    for (int i = 0; i < request.rows.size(); ++i) {
        const AdjustmentRowInput &in = request.rows.at(i);
        Judged::Row row;
        row.row = i;
        row.name = in.name;
        row.requestedBaseFen = in.baseFen;
        const auto fail = [&](const QString &field, const QString &code) {
            row.field = field;
            row.code = code;
            ++j.errors;
            j.rows.append(row);
        };
        if (in.formatError) {
            fail(in.formatError->field, in.formatError->code);
            continue;
        }
        const auto type = identity::documentTypeFromCode(in.documentType);
        if (!type) {
            fail(u"documentType"_qs, u"identity.document_type"_qs);
            continue;
        }
        auto id = identity::parse(*type, in.documentNumber, today, u"documentNumber"_qs);
        if (!id) {
            fail(u"documentNumber"_qs, id.error().code);
            continue;
        }
        const QString key = identityKey(in.documentType, id->number);
        if (seen.contains(key)) {
            fail(u"documentNumber"_qs, u"adjustment.duplicate_row"_qs);
            continue;
        }
        seen.insert(key, i);
        const qint64 accountId = byKey.value(key);
        if (accountId == 0) {
            fail(u"documentNumber"_qs, u"adjustment.not_employee"_qs);
            continue;
        }
        const Employee e = byAccount.value(accountId);
        row.accountId = accountId;
        row.accountNumber = e.accountNumber;
        row.oldBaseFen = terms->baseAt(e, effectiveMonth);
        if (e.name != in.name) {
            fail(u"name"_qs, u"adjustment.name_mismatch"_qs);
            continue;
        }
        finance::BaseClamp clamp = finance::BaseClamp::None;
        auto base = finance::clampBase(in.baseFen, policy->base, &clamp);
        if (!base) {
            fail(u"baseFen"_qs, base.error().code);
            continue;
        }
        row.newBaseFen = *base;
        row.clamp = clampText(clamp);
        if (clamp != finance::BaseClamp::None)
            ++j.clamped;
        matched.insert(accountId);
        j.rows.append(row);
    }
    j.unchanged = int(byAccount.size() - matched.size());
    return j;
}

} // namespace

Status checkAdjustment(const ServiceContext &ctx, const AdjustmentRequest &request)
{
    const int thisYear = ctx.now.toLocalTime().date().year();
    if (request.year < thisYear - 1 || request.year > thisYear + 1)
        return makeError(u"adjustment.year"_qs, u"year"_qs,
                         QStringLiteral("%1 to %2").arg(thisYear - 1).arg(thisYear + 1));
    if (request.rows.isEmpty())
        return makeError(u"list.empty"_qs, u"rows"_qs);
    if (request.rows.size() > kMaxAdjustmentRows)
        return makeError(
            u"list.too_many_rows"_qs, u"rows"_qs,
            QStringLiteral("at most %1 rows, got %2").arg(kMaxAdjustmentRows).arg(request.rows.size()));
    return {};
}

Result<QJsonObject> validateAdjustment(ServiceContext &ctx, const AdjustmentRequest &request)
{
    auto j = judge(ctx, request, false);
    if (!j)
        return j.error();
    return QJsonObject{{u"year"_qs, request.year},
                       {u"effectiveFrom"_qs, j->effectiveFrom.toString(Qt::ISODate)},
                       {u"unitRatio"_qs, finance::toPercentString(j->newUnitRatio)},
                       {u"personalRatio"_qs, finance::toPercentString(j->newPersonalRatio)},
                       {u"rows"_qs, j->rowsJson()},
                       {u"errors"_qs, j->errors},
                       {u"clamped"_qs, j->clamped},
                       {u"unchanged"_qs, j->unchanged}};
}

Result<QJsonObject> submitAdjustment(ServiceContext &ctx, const AdjustmentRequest &request, Refusal *refusal)
{
    auto judged = judge(ctx, request, true);
    if (!judged)
        return judged.error();
    const Judged &j = *judged;
    if (j.errors > 0) {
        QJsonArray errors;
        for (const Judged::Row &r : j.rows) {
            if (!r.code.isEmpty())
                errors.append(QJsonObject{{u"row"_qs, r.row}, {u"field"_qs, r.field}, {u"code"_qs, r.code}});
        }
        if (refusal)
            *refusal = Refusal{{{u"rows"_qs, errors}}, 422};
        return makeError(u"adjustment.rows"_qs, u"rows"_qs,
                         QStringLiteral("%1 of %2 rows refused; nothing was changed")
                             .arg(j.errors)
                             .arg(request.rows.size()));
    }
    auto serial = nextSerial(ctx);
    if (!serial)
        return serial.error();
    const QString effectiveFrom = j.effectiveFrom.toString(Qt::ISODate);
    Query ins(
        ctx.db,
        u"INSERT INTO base_adjustments (unit_id, year, effective_from, serial, old_unit_ratio_ppm, "
        "new_unit_ratio_ppm, old_personal_ratio_ppm, new_personal_ratio_ppm, row_count, clamped, unchanged, "
        "operator_id, created_at) VALUES (:u, :y, :e, :s, :ou, :nu, :pold, :np, :n, :c, :k, :op, :now)"_qs);
    ins.bind(u":u"_qs, j.unit.id)
        .bind(u":y"_qs, request.year)
        .bind(u":e"_qs, effectiveFrom)
        .bind(u":s"_qs, *serial)
        .bind(u":ou"_qs, j.oldUnitRatio.ppm)
        .bind(u":nu"_qs, j.newUnitRatio.ppm)
        .bind(u":pold"_qs, j.oldPersonalRatio.ppm)
        .bind(u":np"_qs, j.newPersonalRatio.ppm)
        .bind(u":n"_qs, j.rows.size())
        .bind(u":c"_qs, j.clamped)
        .bind(u":k"_qs, j.unchanged)
        .bind(u":op"_qs, ctx.user().userId)
        .bind(u":now"_qs, ctx.nowMs);
    if (Status s = ins.exec(); !s)
        return s.error();
    Query id(ctx.db, u"SELECT id FROM base_adjustments WHERE serial = :s"_qs);
    id.bind(u":s"_qs, *serial);
    if (Status s = id.exec(); !s || !id.next())
        return s ? makeError(u"db.error"_qs, {}) : s.error();
    const qint64 adjustmentId = id.int64(0);
    id.finish();
    Query row(ctx.db, u"INSERT INTO base_adjustment_rows (adjustment_id, account_id, row_no, old_base_fen, "
                      "requested_base_fen, new_base_fen, clamp) VALUES (:a, :acc, :r, :o, :q, :n, :c)"_qs);
    // accounts.base_fen is the latest base (lookups show it); the month computations read the
    // history, so a month before the effective day keeps the old base.
    Query base(ctx.db, u"UPDATE accounts SET base_fen = :b WHERE id = :id"_qs);
    qint64 oldSum = 0, newSum = 0;
    for (const Judged::Row &r : j.rows) {
        row.bind(u":a"_qs, adjustmentId)
            .bind(u":acc"_qs, r.accountId)
            .bind(u":r"_qs, r.row)
            .bind(u":o"_qs, r.oldBaseFen)
            .bind(u":q"_qs, r.requestedBaseFen)
            .bind(u":n"_qs, r.newBaseFen)
            .bind(u":c"_qs, r.clamp);
        if (Status s = row.exec(); !s)
            return s.error();
        base.bind(u":b"_qs, r.newBaseFen).bind(u":id"_qs, r.accountId);
        if (Status s = base.exec(); !s)
            return s.error();
        oldSum += r.oldBaseFen;
        newSum += r.newBaseFen;
    }
    Query ratios(ctx.db, u"UPDATE units SET unit_ratio_ppm = :u, personal_ratio_ppm = :p WHERE id = :id"_qs);
    ratios.bind(u":u"_qs, j.newUnitRatio.ppm)
        .bind(u":p"_qs, j.newPersonalRatio.ppm)
        .bind(u":id"_qs, j.unit.id);
    if (Status s = ratios.exec(); !s)
        return s.error();

    ReceiptDraft draft;
    draft.serial = *serial;
    draft.business = u"base_adjustment"_qs;
    draft.businessLabel = u"缴存基数调整"_qs;
    draft.object = u"unit:"_qs + j.unit.unitAccount;
    draft.fields = QJsonObject{{u"year"_qs, request.year},
                               {u"effectiveFrom"_qs, effectiveFrom},
                               {u"count"_qs, int(j.rows.size())},
                               {u"clamped"_qs, j.clamped},
                               {u"unchanged"_qs, j.unchanged},
                               {u"unitRatio"_qs, finance::toPercentString(j.newUnitRatio)},
                               {u"personalRatio"_qs, finance::toPercentString(j.newPersonalRatio)}};
    draft.line(u"单位账号"_qs, j.unit.unitAccount);
    draft.line(u"单位名称"_qs, j.unit.name);
    draft.line(u"调整年度"_qs, QString::number(request.year));
    draft.line(u"生效日期"_qs, effectiveFrom);
    draft.line(u"单位缴存比例"_qs, finance::toPercentString(j.newUnitRatio));
    draft.line(u"个人缴存比例"_qs, finance::toPercentString(j.newPersonalRatio));
    draft.line(u"调整人数"_qs, QString::number(j.rows.size()));
    draft.line(u"按上下限调整人数"_qs, QString::number(j.clamped));
    auto receipt = issueReceipt(ctx, draft);
    if (!receipt)
        return receipt.error();
    // One record for the whole list: counts and sums before and after, not 5000 row bodies (the
    // rows are in base_adjustment_rows under the serial).
    const QJsonObject before{{u"unitRatio"_qs, finance::toPercentString(j.oldUnitRatio)},
                             {u"personalRatio"_qs, finance::toPercentString(j.oldPersonalRatio)},
                             {u"count"_qs, int(j.rows.size())},
                             {u"baseSumFen"_qs, oldSum}};
    const QJsonObject after{{u"serial"_qs, *serial},
                            {u"year"_qs, request.year},
                            {u"effectiveFrom"_qs, effectiveFrom},
                            {u"unitRatio"_qs, finance::toPercentString(j.newUnitRatio)},
                            {u"personalRatio"_qs, finance::toPercentString(j.newPersonalRatio)},
                            {u"count"_qs, int(j.rows.size())},
                            {u"clamped"_qs, j.clamped},
                            {u"unchanged"_qs, j.unchanged},
                            {u"baseSumFen"_qs, newSum}};
    if (Status s =
            ctx.audit(u"adjustments.submit"_qs, u"unit:"_qs + j.unit.unitAccount, u"ok"_qs, before, after);
        !s)
        return s.error();
    qCInfo(lcContribution) << "base adjustment" << j.unit.unitAccount << request.year << j.rows.size()
                           << "rows" << *serial;
    return QJsonObject{
        {u"serial"_qs, *serial},           {u"year"_qs, request.year}, {u"effectiveFrom"_qs, effectiveFrom},
        {u"count"_qs, int(j.rows.size())}, {u"clamped"_qs, j.clamped}, {u"unchanged"_qs, j.unchanged},
        {u"rows"_qs, j.rowsJson()},        {u"receipt"_qs, *receipt}};
}

Result<QJsonObject> listAdjustments(ServiceContext &ctx, const QString &unitAccount)
{
    auto unit = findUnitByAccount(ctx, unitAccount);
    if (!unit)
        return unit.error();
    if (Status s = ctx.checkBranch(unit->branchId); !s)
        return s.error();
    Query q(ctx.db,
            u"SELECT serial, year, effective_from, row_count, clamped, created_at FROM base_adjustments "
            "WHERE unit_id = :u ORDER BY year DESC"_qs);
    q.bind(u":u"_qs, unit->id);
    if (Status s = q.exec(); !s)
        return s.error();
    QJsonArray items;
    while (q.next())
        items.append(QJsonObject{{u"serial"_qs, q.str(0)},
                                 {u"year"_qs, q.int64(1)},
                                 {u"effectiveFrom"_qs, q.str(2)},
                                 {u"count"_qs, q.int64(3)},
                                 {u"clamped"_qs, q.int64(4)},
                                 {u"postedAt"_qs, isoTime(q.int64(5))}});
    return QJsonObject{{u"items"_qs, items}};
}

} // namespace hpf::server
