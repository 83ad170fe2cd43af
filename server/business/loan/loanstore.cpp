// Rows and JSON of loan applications (loanstore.h).
#include "business/loan/loanstore.h"

#include "business/loan/outside/loanoutside.h"
#include "business/reference/banks.h"
#include "platform/context.h"
#include "platform/store/sql.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace hpf::server {

namespace {

QVariant nullable(bool present, const QVariant &value)
{
    return present ? value : QVariant(value.metaType());
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QString methodName(finance::RepaymentMethod m)
{
    return m == finance::RepaymentMethod::EqualPrincipal ? u"equal_principal"_qs : u"equal_installment"_qs;
}

} // namespace

QString boundName(finance::LimitBound bound)
{
    switch (bound) {
    case finance::LimitBound::CenterCap:
        return u"center_cap"_qs;
    case finance::LimitBound::PriceRatio:
        return u"price_ratio"_qs;
    case finance::LimitBound::BalanceMultiple:
        return u"balance_multiple"_qs;
    case finance::LimitBound::RepaymentAbility:
        return u"repayment_ability"_qs;
    }
    return {};
}

QJsonObject judgementJson(const JudgedLoan &judged)
{
    const finance::LoanJudgement &j = judged.judgement;
    QJsonArray rules;
    for (const finance::LoanVerdict &v : j.rules) {
        QJsonObject rule{{u"rule"_qs, v.rule}, {u"passed"_qs, v.passed}, {u"detail"_qs, v.detail}};
        if (!v.passed) {
            rule.insert(u"code"_qs, v.code);
            rule.insert(u"field"_qs, v.field);
        }
        rules.append(rule);
    }
    QJsonObject out{{u"rules"_qs, rules},
                    {u"eligible"_qs, j.eligible},
                    {u"homeOrder"_qs, int(j.homeOrder)},
                    {u"priced"_qs, j.priced},
                    {u"continuousDepositMonths"_qs, judged.facts.continuousDepositMonths},
                    {u"depositBalanceFen"_qs, judged.facts.depositBalance},
                    {u"monthlyIncomeFen"_qs, judged.facts.monthlyIncome},
                    {u"monthlyDebtFen"_qs, judged.facts.monthlyDebt},
                    {u"openLoans"_qs, judged.facts.openLoans},
                    {u"settledLoans"_qs, judged.facts.settledLoans}};
    if (j.priced) {
        out.insert(u"rate"_qs, finance::toPercentString(j.rate));
        out.insert(u"ratePpm"_qs, j.rate.ppm);
        out.insert(u"limit"_qs, QJsonObject{{u"amountFen"_qs, j.limit.amount},
                                            {u"boundBy"_qs, boundName(j.limit.boundBy)},
                                            {u"byCapFen"_qs, j.limit.byCap},
                                            {u"byPriceFen"_qs, j.limit.byPrice},
                                            {u"byBalanceFen"_qs, j.limit.byBalance},
                                            {u"byRepaymentFen"_qs, j.limit.byRepayment}});
        out.insert(u"firstPaymentFen"_qs, j.firstPayment);
        out.insert(u"maxPaymentFen"_qs, j.maxPayment);
    }
    if (judged.commercialFirstPaymentFen > 0)
        out.insert(u"commercialFirstPaymentFen"_qs, judged.commercialFirstPaymentFen);
    return out;
}

QJsonObject scheduleJson(const finance::Schedule &s)
{
    QJsonArray rows;
    for (const finance::Installment &i : s.installments)
        rows.append(QJsonObject{{u"number"_qs, i.number},
                                {u"dueDate"_qs, i.dueDate.toString(Qt::ISODate)},
                                {u"paymentFen"_qs, i.payment},
                                {u"principalFen"_qs, i.principal},
                                {u"interestFen"_qs, i.interest},
                                {u"remainingFen"_qs, i.remaining}});
    return {{u"method"_qs, methodName(s.method)},
            {u"principalFen"_qs, s.principal},
            {u"rate"_qs, finance::toPercentString(s.annualRate)},
            {u"termMonths"_qs, s.termMonths},
            {u"totalInterestFen"_qs, s.totalInterest},
            {u"totalPaymentFen"_qs, s.totalPayment},
            {u"installments"_qs, rows}};
}

Result<qint64> storeApplication(ServiceContext &ctx, const QString &serial, const LoanRequest &r,
                                const JudgedLoan &judged)
{
    Query q(
        ctx.db,
        u"INSERT INTO loan_applications (serial, kind, status, officer_id, branch_id, applied_on, due_on, "
        "amount_fen, term_months, method, home_order, rate_ppm, property_address, price_fen, "
        "purchase_contract, "
        "bank_code, commercial_amount_fen, commercial_bank, commercial_term, commercial_rate_ppm, "
        "conversion_bank, conversion_contract, conversion_outstanding_fen, judgement, created_at, "
        "updated_at) "
        "VALUES (:s, :k, 'accepted', :o, :b, :ao, :do, :amt, :term, :m, :ho, :rate, :addr, :price, :pc, "
        ":bank, "
        ":ca, :cb, :ct, :cr, :vb, :vc, :vo, :j, :now, :now2)"_qs);
    const bool combination = r.commercialAmountFen.has_value();
    q.bind(u":s"_qs, serial)
        .bind(u":k"_qs, r.kind)
        .bind(u":o"_qs, ctx.user().userId)
        .bind(u":b"_qs, ctx.user().branchId)
        .bind(u":ao"_qs, judged.appliedOn.toString(Qt::ISODate))
        .bind(u":do"_qs, judged.dueOn.toString(Qt::ISODate))
        .bind(u":amt"_qs, r.amountFen)
        .bind(u":term"_qs, r.termMonths)
        .bind(u":m"_qs, methodName(r.method))
        .bind(u":ho"_qs, int(judged.judgement.homeOrder))
        .bind(u":rate"_qs, judged.judgement.rate.ppm)
        .bind(u":addr"_qs, r.propertyAddress)
        .bind(u":price"_qs, r.priceFen)
        .bind(u":pc"_qs, r.purchaseContract)
        .bind(u":bank"_qs, r.bankCode)
        .bind(u":ca"_qs, nullable(combination, QVariant::fromValue(r.commercialAmountFen.value_or(0))))
        .bind(u":cb"_qs, nullableText(r.commercialBank))
        .bind(u":ct"_qs, nullable(combination, QVariant::fromValue(qint64(r.commercialTermMonths))))
        .bind(u":cr"_qs, nullable(combination, QVariant::fromValue(r.commercialRatePpm)))
        .bind(u":vb"_qs, nullableText(r.conversionBank))
        .bind(u":vc"_qs, nullableText(r.conversionContract))
        .bind(u":vo"_qs, nullable(r.conversionOutstandingFen.has_value(),
                                  QVariant::fromValue(r.conversionOutstandingFen.value_or(0))))
        .bind(u":j"_qs, compactJson(judgementJson(judged)))
        .bind(u":now"_qs, ctx.nowMs)
        .bind(u":now2"_qs, ctx.nowMs);
    if (Status s = q.exec(); !s)
        return s.error();
    Query id(ctx.db, u"SELECT id FROM loan_applications WHERE serial = :s"_qs);
    id.bind(u":s"_qs, serial);
    if (Status s = id.exec(); !s)
        return s.error();
    if (!id.next())
        return makeError(u"db.conflict"_qs, {}, u"the application row is missing"_qs);
    const qint64 applicationId = id.int64(0);
    id.finish();
    for (int i = 0; i < r.parties.size(); ++i) {
        const LoanParty &p = r.parties.at(i);
        Query party(
            ctx.db,
            u"INSERT INTO loan_parties (application_id, position, role, person_id, document_type, "
            "document_number, name, monthly_income_fen, monthly_debt_fen, account_id, "
            "credit_authorised_at) VALUES (:a, :pos, :r, :p, :t, :n, :name, :inc, :debt, :acc, :ca)"_qs);
        const qint64 person = judged.personIds.value(i);
        const qint64 account = judged.accountIds.value(i);
        party.bind(u":a"_qs, applicationId)
            .bind(u":pos"_qs, i)
            .bind(u":r"_qs, p.role)
            .bind(u":p"_qs, nullable(person > 0, QVariant::fromValue(person)))
            .bind(u":t"_qs, p.documentType)
            .bind(u":n"_qs, p.documentNumber)
            .bind(u":name"_qs, p.name)
            .bind(u":inc"_qs, p.monthlyIncomeFen)
            .bind(u":debt"_qs, p.monthlyDebtFen)
            .bind(u":acc"_qs, nullable(account > 0, QVariant::fromValue(account)))
            .bind(u":ca"_qs, nullable(p.creditAuthorised, QVariant::fromValue(ctx.nowMs)));
        if (Status s = party.exec(); !s)
            return s.error();
    }
    return applicationId;
}

Result<QJsonObject> applicationJson(ServiceContext &ctx, const QString &serial)
{
    Query q(
        ctx.db,
        u"SELECT a.id, a.kind, a.status, o.username, r.username, p.username, b.code, a.applied_on, a.due_on, "
        "a.amount_fen, a.term_months, a.method, a.home_order, a.rate_ppm, a.property_address, a.price_fen, "
        "a.purchase_contract, a.bank_code, a.commercial_amount_fen, a.commercial_bank, a.commercial_term, "
        "a.commercial_rate_ppm, a.conversion_bank, a.conversion_contract, a.conversion_outstanding_fen, "
        "a.judgement, a.refusal_reason, a.decided_at FROM loan_applications a "
        "JOIN users o ON o.id = a.officer_id LEFT JOIN users r ON r.id = a.reviewer_id "
        "LEFT JOIN users p ON p.id = a.approver_id JOIN branches b ON b.id = a.branch_id "
        "WHERE a.serial = :s"_qs);
    q.bind(u":s"_qs, serial);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"loan.not_found"_qs, u"serial"_qs);
    const qint64 id = q.int64(0);
    const auto text = [&](int i) { return q.isNull(i) ? QJsonValue() : QJsonValue(q.str(i)); };
    const auto number = [&](int i) { return q.isNull(i) ? QJsonValue() : QJsonValue(q.int64(i)); };
    QJsonObject out{
        {u"serial"_qs, serial},
        {u"kind"_qs, q.str(1)},
        {u"status"_qs, q.str(2)},
        {u"officer"_qs, q.str(3)},
        {u"reviewer"_qs, text(4)},
        {u"approver"_qs, text(5)},
        {u"branchCode"_qs, q.str(6)},
        {u"appliedOn"_qs, q.str(7)},
        {u"dueOn"_qs, q.str(8)},
        {u"amountFen"_qs, q.int64(9)},
        {u"termMonths"_qs, q.int64(10)},
        {u"method"_qs, q.str(11)},
        {u"homeOrder"_qs, q.int64(12)},
        {u"rate"_qs, finance::toPercentString(finance::Rate::fromPpm(q.int64(13)))},
        {u"property"_qs, QJsonObject{{u"address"_qs, q.str(14)},
                                     {u"priceFen"_qs, q.int64(15)},
                                     {u"purchaseContract"_qs, q.str(16)}}},
        {u"bankCode"_qs, q.str(17)},
        {u"bankName"_qs, entrustedBankName(q.str(17))},
        {u"judgement"_qs, QJsonDocument::fromJson(q.str(25).toUtf8()).object()},
        {u"refusalReason"_qs, text(26)},
        {u"decidedAt"_qs,
         q.isNull(27)
             ? QJsonValue()
             : QJsonValue(
                   QDateTime::fromMSecsSinceEpoch(q.int64(27), QTimeZone::utc()).toString(Qt::ISODate))},
    };
    if (!q.isNull(18))
        out.insert(u"commercial"_qs,
                   QJsonObject{{u"amountFen"_qs, q.int64(18)},
                               {u"bankCode"_qs, q.str(19)},
                               {u"termMonths"_qs, q.int64(20)},
                               {u"rate"_qs, finance::toPercentString(finance::Rate::fromPpm(q.int64(21)))}});
    if (!q.isNull(24))
        out.insert(u"conversion"_qs, QJsonObject{{u"bankCode"_qs, q.str(22)},
                                                 {u"contractNumber"_qs, q.str(23)},
                                                 {u"outstandingFen"_qs, number(24)}});
    q.finish();
    Query p(ctx.db,
            u"SELECT role, document_type, document_number, name, monthly_income_fen, monthly_debt_fen, "
            "account_id IS NOT NULL, credit_authorised_at IS NOT NULL FROM loan_parties "
            "WHERE application_id = :a ORDER BY position"_qs);
    p.bind(u":a"_qs, id);
    if (Status s = p.exec(); !s)
        return s.error();
    QJsonArray parties;
    while (p.next())
        parties.append(QJsonObject{{u"role"_qs, p.str(0)},
                                   {u"documentType"_qs, p.str(1)},
                                   {u"documentNumber"_qs, p.str(2)},
                                   {u"name"_qs, p.str(3)},
                                   {u"monthlyIncomeFen"_qs, p.int64(4)},
                                   {u"monthlyDebtFen"_qs, p.int64(5)},
                                   {u"hasAccount"_qs, p.int64(6) != 0},
                                   {u"creditAuthorised"_qs, p.int64(7) != 0}});
    out.insert(u"parties"_qs, parties);
    p.finish();
    // issue 18: the outside answers kept with the application and the materials they satisfy.
    auto outside = outsideAnswersJson(ctx, id);
    if (!outside)
        return outside.error();
    for (auto it = outside->begin(); it != outside->end(); ++it)
        out.insert(it.key(), it.value());
    // issue 18: the loan's contract number once disbursed (the desk opens the loan with it).
    Query loan(ctx.db, u"SELECT contract_number FROM loans WHERE application_id = :a"_qs);
    loan.bind(u":a"_qs, id);
    if (Status s = loan.exec(); !s)
        return s.error();
    out.insert(u"contractNumber"_qs, loan.next() ? QJsonValue(loan.str(0)) : QJsonValue());
    return out;
}

} // namespace hpf::server
