#include "business/contribution/backpayservice.h"

#include "business/accounts/accountrecords.h"
#include "business/accounts/unitrecords.h"
#include "business/contribution/contributioncore.h"
#include "domain/accountnumber.h"
#include "domain/codetables.h"
#include "finance/deposit.h"
#include "platform/context.h"
#include "platform/numbering/numbering.h"
#include "platform/store/sql.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>

namespace hpf::server {

namespace {

QJsonObject rowError(int row, const QString &field, const QString &code)
{
    return {{u"row"_qs, row}, {u"field"_qs, field}, {u"code"_qs, code}};
}

bool paidReason(const QString &reason)
{
    return reason == u"02" || reason == u"04";
}

// An amount split between the unit and the person in the ratio of their rates (the unit's share
// rounded half up, the person's the rest), for a difference given as a sum.
void splitAmount(qint64 amount, finance::Rate unitRatio, finance::Rate personalRatio, BackPayLine &line)
{
    const qint64 u = unitRatio.ppm;
    const qint64 p = personalRatio.ppm;
    line.unitAmountFen = u + p > 0 ? (amount * u * 2 + (u + p)) / (2 * (u + p)) : 0;
    line.personalAmountFen = amount - line.unitAmountFen;
    line.amountFen = amount;
}

} // namespace

QJsonObject BackPayResult::summaryJson() const
{
    return {{u"serial"_qs, serial}, {u"unitAccount"_qs, unitAccount},     {u"month"_qs, month},
            {u"reason"_qs, reason}, {u"employees"_qs, int(lines.size())}, {u"totalFen"_qs, totalFen}};
}

QJsonObject BackPayResult::toJson() const
{
    QJsonArray items;
    for (const BackPayLine &l : lines)
        items.append(QJsonObject{{u"accountNumber"_qs, l.accountNumber},
                                 {u"name"_qs, l.name},
                                 {u"baseFen"_qs, l.baseFen},
                                 {u"unitAmountFen"_qs, l.unitAmountFen},
                                 {u"personalAmountFen"_qs, l.personalAmountFen},
                                 {u"amountFen"_qs, l.amountFen},
                                 {u"balanceFen"_qs, l.balanceFen}});
    return {{u"serial"_qs, serial},
            {u"unitAccount"_qs, unitAccount},
            {u"month"_qs, month},
            {u"reason"_qs, reason},
            {u"reasonLabel"_qs, codes::backPayReasons().label(reason)},
            {u"lines"_qs, items},
            {u"employees"_qs, int(lines.size())},
            {u"totalFen"_qs, totalFen},
            {u"receipt"_qs, receipt}};
}

Status checkBackPay(const ServiceContext &ctx, const BackPayRequest &request)
{
    const QDate month = parseMonthText(request.month);
    if (!month.isValid())
        return makeError(u"backpay.month"_qs, u"month"_qs, u"expected YYYY-MM"_qs);
    const QDate current = currentMonth(ctx);
    if (month >= current)
        return makeError(u"backpay.month"_qs, u"month"_qs, u"a back payment is for a past month"_qs);
    const int maxMonths = ctx.server.policy.contribution().backPayMaxMonths;
    if (month < current.addMonths(-maxMonths))
        return makeError(u"backpay.too_far_back"_qs, u"month"_qs,
                         QStringLiteral("at most %1 months back").arg(maxMonths));
    if (!codes::backPayReasons().contains(request.reason))
        return makeError(u"backpay.reason"_qs, u"reason"_qs);
    if (request.rows.isEmpty())
        return makeError(u"list.empty"_qs, u"rows"_qs);
    if (request.rows.size() > kMaxBackPayRows)
        return makeError(
            u"list.too_many_rows"_qs, u"rows"_qs,
            QStringLiteral("at most %1 rows, got %2").arg(kMaxBackPayRows).arg(request.rows.size()));
    return {};
}

Result<BackPayResult> postBackPayment(ServiceContext &ctx, const BackPayRequest &request, Refusal *refusal)
{
    if (Status s = checkBackPay(ctx, request); !s)
        return s.error();
    const QDate month = parseMonthText(request.month);
    // The unit's row lock: postings of one unit take turns, so two back payments of the same
    // person-month cannot both find it unpaid.
    auto unit = findUnitByAccount(ctx, request.unitAccount, true);
    if (!unit)
        return unit.error();
    if (Status s = ctx.checkBranch(unit->branchId); !s)
        return s.error();
    if (unit->state != u"01")
        return makeError(u"unit.state"_qs, u"unitAccount"_qs);
    auto first = unitFirstMonth(ctx, *unit);
    if (!first)
        return first.error();
    if (month < *first)
        return makeError(u"remittance.before_first_month"_qs, u"month"_qs,
                         u"the unit's first month is "_qs + monthOf(*first));
    if (request.reason == u"03") {
        Query q(ctx.db, u"SELECT COUNT(*) FROM deferrals WHERE unit_id = :u AND from_month <= :m "
                        "AND to_month >= :m2"_qs);
        q.bind(u":u"_qs, unit->id).bind(u":m"_qs, request.month).bind(u":m2"_qs, request.month);
        if (Status s = q.exec(); !s)
            return s.error();
        if (!q.next() || q.int64(0) == 0)
            return makeError(u"backpay.not_deferred"_qs, u"month"_qs);
    }
    auto policy = ctx.server.policy.depositAt(month);
    if (!policy)
        return policy.error();
    auto terms = TermsHistory::forUnit(ctx, *unit);
    if (!terms)
        return terms.error();
    const finance::Rate unitRatio = terms->unitRatioAt(month);
    const finance::Rate personalRatio = terms->personalRatioAt(month);

    QJsonArray errors;
    QHash<QString, int> seen;
    BackPayResult result;
    result.unitAccount = unit->unitAccount;
    result.month = request.month;
    result.reason = request.reason;
    for (int i = 0; i < request.rows.size(); ++i) {
        const BackPayRow &row = request.rows.at(i);
        if (row.formatError) {
            errors.append(rowError(i, row.formatError->field, row.formatError->code));
            continue;
        }
        auto number = accountnumber::parse(row.accountNumber, accountnumber::Kind::Personal);
        if (!number) {
            errors.append(rowError(i, u"accountNumber"_qs, number.error().code));
            continue;
        }
        if (seen.contains(number->number)) {
            errors.append(rowError(i, u"accountNumber"_qs, u"backpay.duplicate_row"_qs));
            continue;
        }
        seen.insert(number->number, i);
        auto account = findAccount(ctx, number->number);
        if (!account || account->unitId != unit->id || codes::isTerminalAccountState(account->state)) {
            if (!account && account.error().code != u"account.not_found")
                return account.error();
            errors.append(rowError(i, u"accountNumber"_qs, u"backpay.not_employee"_qs));
            continue;
        }
        auto employee = employeeById(ctx, account->id);
        if (!employee)
            return employee.error();
        if (employee->firstMonth > month) {
            errors.append(rowError(i, u"accountNumber"_qs, u"backpay.before_first_month"_qs));
            continue;
        }
        auto paid = paidForMonth(ctx, account->id, request.month);
        if (!paid)
            return paid.error();
        const qint64 baseInEffect = terms->baseAt(*employee, month);
        BackPayLine line;
        line.accountId = account->id;
        line.accountNumber = account->accountNumber;
        line.name = account->name;
        if (!paidReason(request.reason)) {
            if (*paid >= 0) {
                errors.append(rowError(i, u"accountNumber"_qs, u"backpay.month_paid"_qs));
                continue;
            }
            if (row.amountFen) {
                errors.append(rowError(i, u"amountFen"_qs, u"backpay.amount"_qs));
                continue;
            }
            auto d = finance::computeMonthlyDeposit(*policy, row.baseFen.value_or(baseInEffect), unitRatio,
                                                    personalRatio);
            if (!d) {
                errors.append(rowError(i, u"baseFen"_qs, d.error().code));
                continue;
            }
            line.baseFen = d->base;
            line.unitAmountFen = d->unitAmount;
            line.personalAmountFen = d->personalAmount;
            line.amountFen = d->total;
        } else {
            if (*paid < 0) {
                errors.append(rowError(i, u"accountNumber"_qs, u"backpay.month_unpaid"_qs));
                continue;
            }
            if (row.baseFen) {
                // The difference between the month's deposit on the new base and on the base it
                // was paid on, per side.
                auto now = finance::computeMonthlyDeposit(*policy, *row.baseFen, unitRatio, personalRatio);
                if (!now) {
                    errors.append(rowError(i, u"baseFen"_qs, now.error().code));
                    continue;
                }
                auto was = finance::computeMonthlyDeposit(*policy, baseInEffect, unitRatio, personalRatio);
                if (!was)
                    return was.error();
                line.baseFen = now->base;
                line.unitAmountFen = now->unitAmount - was->unitAmount;
                line.personalAmountFen = now->personalAmount - was->personalAmount;
                line.amountFen = line.unitAmountFen + line.personalAmountFen;
                if (line.amountFen <= 0 || line.unitAmountFen < 0 || line.personalAmountFen < 0) {
                    errors.append(rowError(i, u"baseFen"_qs, u"backpay.no_difference"_qs));
                    continue;
                }
                if (row.amountFen && *row.amountFen != line.amountFen) {
                    errors.append(rowError(i, u"amountFen"_qs, u"backpay.amount_mismatch"_qs));
                    continue;
                }
            } else {
                if (!row.amountFen) {
                    errors.append(rowError(i, u"amountFen"_qs, u"backpay.amount_required"_qs));
                    continue;
                }
                if (*row.amountFen <= 0) {
                    errors.append(rowError(i, u"amountFen"_qs, u"backpay.amount"_qs));
                    continue;
                }
                line.baseFen = baseInEffect;
                splitAmount(*row.amountFen, unitRatio, personalRatio, line);
            }
        }
        result.lines.append(line);
    }
    if (!errors.isEmpty()) {
        if (refusal)
            *refusal = Refusal{{{u"rows"_qs, errors}}, 422};
        return makeError(u"backpay.rows"_qs, u"rows"_qs,
                         QStringLiteral("%1 of %2 rows refused; nothing was posted")
                             .arg(errors.size())
                             .arg(request.rows.size()));
    }

    auto serial = nextSerial(ctx);
    if (!serial)
        return serial.error();
    result.serial = *serial;
    for (BackPayLine &l : result.lines) {
        auto after = postJournal(ctx, {l.accountId, *serial, u"02"_qs, l.amountFen, request.month, 0,
                                       u"补缴 "_qs + request.reason});
        if (!after)
            return after.error();
        l.balanceFen = *after;
        result.totalFen += l.amountFen;
    }
    Query ins(ctx.db,
              u"INSERT INTO back_payments (unit_id, month, reason, memo, serial, employees, total_fen, "
              "operator_id, created_at) VALUES (:u, :m, :r, :memo, :s, :n, :t, :op, :now)"_qs);
    ins.bind(u":u"_qs, unit->id)
        .bind(u":m"_qs, request.month)
        .bind(u":r"_qs, request.reason)
        .bind(u":memo"_qs, request.memo)
        .bind(u":s"_qs, *serial)
        .bind(u":n"_qs, result.lines.size())
        .bind(u":t"_qs, result.totalFen)
        .bind(u":op"_qs, ctx.user().userId)
        .bind(u":now"_qs, ctx.nowMs);
    if (Status s = ins.exec(); !s)
        return s.error();

    ReceiptDraft draft;
    draft.serial = *serial;
    draft.business = u"back_payment"_qs;
    draft.businessLabel = u"单位补缴"_qs;
    draft.object = u"unit:"_qs + unit->unitAccount;
    draft.fields = result.summaryJson();
    draft.line(u"单位账号"_qs, unit->unitAccount);
    draft.line(u"单位名称"_qs, unit->name);
    draft.line(u"补缴月份"_qs, request.month);
    draft.line(u"补缴原因"_qs, codes::backPayReasons().label(request.reason));
    draft.line(u"补缴人数"_qs, QString::number(result.lines.size()));
    draft.line(u"备注"_qs, request.memo);
    draft.amounts.append(amount(u"补缴金额合计"_qs, result.totalFen));
    auto receipt = issueReceipt(ctx, draft);
    if (!receipt)
        return receipt.error();
    result.receipt = *receipt;
    if (Status s = ctx.audit(u"remittances.backPay"_qs, u"unit:"_qs + unit->unitAccount, u"ok"_qs, {},
                             result.summaryJson());
        !s)
        return s.error();
    qCInfo(lcContribution) << "back payment" << unit->unitAccount << request.month << request.reason
                           << result.lines.size() << "employees" << *serial;
    return result;
}

Result<QJsonObject> listBackPayments(ServiceContext &ctx, const QString &unitAccount)
{
    auto unit = findUnitByAccount(ctx, unitAccount);
    if (!unit)
        return unit.error();
    if (Status s = ctx.checkBranch(unit->branchId); !s)
        return s.error();
    Query q(ctx.db, u"SELECT serial, month, reason, employees, total_fen, created_at FROM back_payments "
                    "WHERE unit_id = :u ORDER BY id DESC LIMIT 500"_qs);
    q.bind(u":u"_qs, unit->id);
    if (Status s = q.exec(); !s)
        return s.error();
    QJsonArray items;
    while (q.next())
        items.append(QJsonObject{{u"serial"_qs, q.str(0)},
                                 {u"month"_qs, q.str(1)},
                                 {u"reason"_qs, q.str(2)},
                                 {u"reasonLabel"_qs, codes::backPayReasons().label(q.str(2))},
                                 {u"employees"_qs, q.int64(3)},
                                 {u"totalFen"_qs, q.int64(4)},
                                 {u"postedAt"_qs, isoTime(q.int64(5))}});
    return QJsonObject{{u"items"_qs, items}};
}

} // namespace hpf::server
