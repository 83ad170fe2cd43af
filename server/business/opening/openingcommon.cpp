#include "business/opening/openingcommon.h"

#include "business/accounts/unitrecords.h"
#include "domain/codetables.h"
#include "domain/mobile.h"
#include "domain/money.h"
#include "finance/rate.h"
#include "platform/context.h"
#include "platform/numbering/numbering.h"
#include "platform/store/sql.h"

#include <QJsonDocument>

namespace hpf::server {

Q_LOGGING_CATEGORY(lcOpening, "hpf.server.opening")

QString monthText(QDate month)
{
    return month.toString(u"yyyy-MM"_qs);
}

Result<QDate> parseFirstMonth(const ServiceContext &ctx, const QString &text, const QString &field,
                              const OpeningLimits &limits)
{
    const QDate today = ctx.now.toLocalTime().date();
    const QDate current(today.year(), today.month(), 1);
    if (text.isEmpty())
        return current;
    const QDate month = text.size() == 7 ? QDate::fromString(text, u"yyyy-MM"_qs) : QDate();
    if (!month.isValid())
        return makeError(u"opening.month_format"_qs, field, u"YYYY-MM"_qs);
    if (month < current.addMonths(-limits.maxMonthsBack))
        return makeError(u"opening.first_month_past"_qs, field,
                         QStringLiteral("at most %1 month(s) back").arg(limits.maxMonthsBack));
    if (month > current.addMonths(limits.maxMonthsAhead))
        return makeError(u"opening.first_month_future"_qs, field,
                         QStringLiteral("at most %1 months ahead").arg(limits.maxMonthsAhead));
    return month;
}

QJsonObject amount(const QString &label, qint64 fen)
{
    auto upper = money::toChineseUpper(fen);
    return {{u"label"_qs, label},
            {u"fen"_qs, fen},
            {u"text"_qs, money::format(fen)},
            {u"upper"_qs, upper ? *upper : QString()}};
}

void ReceiptDraft::line(const QString &label, const QString &value)
{
    if (!value.isEmpty())
        lines.append(QJsonObject{{u"label"_qs, label}, {u"value"_qs, value}});
}

Result<QJsonObject> issueReceipt(ServiceContext &ctx, const ReceiptDraft &draft)
{
    Query b(ctx.db, u"SELECT code, name FROM branches WHERE id = :b"_qs);
    b.bind(u":b"_qs, ctx.user().branchId);
    if (Status s = b.exec(); !s)
        return s.error();
    if (!b.next())
        return makeError(u"db.error"_qs, {}, u"branch of the user missing"_qs);
    const QDateTime local = ctx.now.toLocalTime();
    const QJsonObject receipt{
        {u"serial"_qs, draft.serial},
        {u"business"_qs, draft.business},
        {u"businessLabel"_qs, draft.businessLabel},
        {u"center"_qs, QJsonObject{{u"code"_qs, ctx.server.policy.centerCode()},
                                   {u"name"_qs, ctx.server.policy.centerName()}}},
        {u"branch"_qs, QJsonObject{{u"code"_qs, b.str(0)}, {u"name"_qs, b.str(1)}}},
        {u"teller"_qs,
         QJsonObject{{u"username"_qs, ctx.user().username}, {u"name"_qs, ctx.user().displayName}}},
        {u"workstation"_qs, ctx.workstation},
        {u"at"_qs, local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate)},
        {u"date"_qs, local.date().toString(Qt::ISODate)},
        {u"fields"_qs, draft.fields},
        {u"amounts"_qs, draft.amounts},
        {u"lines"_qs, draft.lines},
    };
    Query ins(ctx.db, u"INSERT INTO receipts (serial, business, object, branch_id, operator_id, body, "
                      "created_at) VALUES (:s, :bu, :o, :b, :u, :body, :t)"_qs);
    ins.bind(u":s"_qs, draft.serial)
        .bind(u":bu"_qs, draft.business)
        .bind(u":o"_qs, draft.object)
        .bind(u":b"_qs, ctx.user().branchId)
        .bind(u":u"_qs, ctx.user().userId)
        .bind(u":body"_qs, compactJson(receipt))
        .bind(u":t"_qs, ctx.nowMs);
    if (Status s = ins.exec(); !s)
        return s.error();
    return receipt;
}

Status postEvent(ServiceContext &ctx, qint64 accountId, qint64 balanceFen, const QString &serial,
                 const QString &businessType, const QString &memo)
{
    Query ins(ctx.db,
              u"INSERT INTO journal (account_id, serial, business_type, amount_fen, balance_after_fen, "
              "value_date, operator_id, branch_id, memo, created_at) VALUES (:a, :s, :t, 0, :bal, :d, :op, "
              ":b, :memo, :now)"_qs);
    ins.bind(u":a"_qs, accountId)
        .bind(u":s"_qs, serial)
        .bind(u":t"_qs, businessType)
        .bind(u":bal"_qs, balanceFen)
        .bind(u":d"_qs, ctx.now.toLocalTime().date().toString(Qt::ISODate))
        .bind(u":op"_qs, ctx.user().userId)
        .bind(u":b"_qs, ctx.user().branchId)
        .bind(u":memo"_qs, memo.left(200))
        .bind(u":now"_qs, ctx.nowMs);
    return ins.exec();
}

Result<UnitRow> flexibleUnit(ServiceContext &ctx)
{
    Query q(ctx.db, u"SELECT u.unit_account FROM unit_profiles p JOIN units u ON u.id = p.unit_id "
                    "WHERE p.kind = 'flexible'"_qs);
    if (Status s = q.exec(); !s)
        return s.error();
    if (q.next())
        return findUnitByAccount(ctx, q.str(0));
    Query head(ctx.db, u"SELECT id FROM branches ORDER BY is_head_office DESC, id LIMIT 1"_qs);
    if (Status s = head.exec(); !s)
        return s.error();
    const qint64 branchId = head.next() ? head.int64(0) : ctx.user().branchId;
    auto number = nextUnitAccount(ctx);
    if (!number)
        return number.error();
    Query ins(ctx.db,
              u"INSERT INTO units (unit_account, credit_code, name, branch_id, state, unit_ratio_ppm, "
              "personal_ratio_ppm, created_at) VALUES (:a, :c, :n, :b, '99', 0, 0, :t) RETURNING id"_qs);
    ins.bind(u":a"_qs, *number)
        .bind(u":c"_qs, u"FLEXIBLE-EMPLOYMENT"_qs)
        .bind(u":n"_qs, u"灵活就业人员"_qs)
        .bind(u":b"_qs, branchId)
        .bind(u":t"_qs, ctx.nowMs);
    if (Status s = ins.exec(); !s)
        return s.error();
    if (!ins.next())
        return makeError(u"db.error"_qs, {}, u"no id returned"_qs);
    Query prof(ctx.db,
               u"INSERT INTO unit_profiles (unit_id, kind, opened_on) VALUES (:u, 'flexible', :d)"_qs);
    prof.bind(u":u"_qs, ins.int64(0)).bind(u":d"_qs, ctx.now.toLocalTime().date().toString(Qt::ISODate));
    if (Status s = prof.exec(); !s)
        return s.error();
    qCInfo(lcOpening) << "created the flexible-employment unit" << *number;
    return findUnitByAccount(ctx, *number);
}

bool isFlexibleUnit(ServiceContext &ctx, qint64 unitId)
{
    Query q(ctx.db, u"SELECT 1 FROM unit_profiles WHERE unit_id = :u AND kind = 'flexible'"_qs);
    q.bind(u":u"_qs, unitId);
    return q.exec().ok() && q.next();
}

Result<QJsonObject> unitProfileJson(ServiceContext &ctx, qint64 unitId)
{
    Query q(
        ctx.db,
        u"SELECT u.unit_account, u.credit_code, u.name, b.code, u.state, u.unit_ratio_ppm, "
        "u.personal_ratio_ppm, p.kind, p.economic_type, p.legal_rep_name, p.legal_rep_doc_type, "
        "p.legal_rep_doc_number, p.registered_address, p.office_address, p.contact_name, p.contact_mobile, "
        "p.bank_code, p.bank_name, p.bank_account, p.remittance_day, p.first_month, p.opened_on "
        "FROM units u JOIN branches b ON b.id = u.branch_id LEFT JOIN unit_profiles p ON p.unit_id = u.id "
        "WHERE u.id = :u"_qs);
    q.bind(u":u"_qs, unitId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"unit.not_found"_qs, u"unitAccount"_qs);
    QJsonObject o{{u"unitAccount"_qs, q.str(0)},
                  {u"creditCode"_qs, q.str(1)},
                  {u"name"_qs, q.str(2)},
                  {u"branch"_qs, q.str(3)},
                  {u"state"_qs, q.str(4)},
                  {u"stateLabel"_qs, codes::unitAccountStates().label(q.str(4))},
                  {u"unitRatio"_qs, finance::toPercentString(finance::Rate::fromPpm(q.int64(5)))},
                  {u"personalRatio"_qs, finance::toPercentString(finance::Rate::fromPpm(q.int64(6)))},
                  {u"kind"_qs, q.isNull(7) ? u"employer"_qs : q.str(7)}};
    if (!q.isNull(7) && q.str(7) == u"employer") {
        o.insert(u"economicType"_qs, q.str(8));
        o.insert(u"economicTypeLabel"_qs, codes::economicTypes().label(q.str(8)));
        o.insert(u"legalRepresentative"_qs, QJsonObject{{u"name"_qs, q.str(9)},
                                                        {u"documentType"_qs, q.str(10)},
                                                        {u"documentNumber"_qs, q.str(11)}});
        o.insert(u"registeredAddress"_qs, q.str(12));
        o.insert(u"officeAddress"_qs, q.str(13));
        o.insert(u"contact"_qs, QJsonObject{{u"name"_qs, q.str(14)}, {u"mobile"_qs, q.str(15)}});
        o.insert(u"bank"_qs,
                 QJsonObject{{u"code"_qs, q.str(16)}, {u"name"_qs, q.str(17)}, {u"account"_qs, q.str(18)}});
        o.insert(u"remittanceDay"_qs, q.int64(19));
        o.insert(u"firstMonth"_qs, q.str(20));
        o.insert(u"openedOn"_qs, q.str(21));
    }
    return o;
}

} // namespace hpf::server
