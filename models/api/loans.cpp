#include "api/loans.h"

#include <QJsonDocument>

namespace hpf::client::api {

namespace {

const QString kBase = u"/api/v1/loans"_qs;
const QString kApplications = u"/api/v1/loans/applications"_qs;

const QStringList kStatuses{u"accepted"_qs, u"reviewed"_qs, u"approved"_qs,
                            u"refused"_qs,  u"signed"_qs,   u"disbursed"_qs};
const QStringList kBounds{u"center_cap"_qs, u"price_ratio"_qs, u"balance_multiple"_qs,
                          u"repayment_ability"_qs};
const QStringList kMethods{u"equal_installment"_qs, u"equal_principal"_qs};
const QStringList kKinds{u"fund"_qs, u"combination"_qs, u"conversion"_qs};
const QStringList kRoles{u"borrower"_qs, u"spouse"_qs, u"co_borrower"_qs, u"guarantor"_qs};

// Money the server reports here is never negative (maxPaymentFen excepted, read directly).
qint64 amount(Reader &r, QStringView key)
{
    const qint64 fen = r.integer(key);
    if (fen < 0)
        r.invalid(key, u"negative"_qs);
    return fen;
}

int count(Reader &r, QStringView key, int maximum)
{
    const qint64 n = r.integer(key);
    if (n < 0 || n > maximum)
        r.invalid(key, u"out of range"_qs);
    return int(n);
}

QString oneOf(Reader &r, QStringView key, const QStringList &allowed)
{
    const QString value = r.id(key);
    if (r.ok() && !allowed.contains(value))
        r.invalid(key, u"unknown value"_qs);
    return value;
}

int readHomeOrder(Reader &r, QStringView key)
{
    const qint64 order = r.integer(key);
    if (order < 1 || order > 3)
        r.invalid(key, u"1, 2 or 3"_qs);
    return int(order);
}

QString text(const QString &value)
{
    return value.trimmed();
}

// Full-width forms typed by an input method (６２０１…１２３ｘ, ４.２) as ASCII, without spaces,
// upper case: what the server's identity and bank checks expect.
QString compact(const QString &value)
{
    QString out = value.normalized(QString::NormalizationForm_KC);
    out.removeIf([](QChar c) { return c.isSpace(); });
    return out.toUpper();
}

ops::Request post(const QString &path, const QJsonObject &body, const QString &summary)
{
    return {QByteArrayLiteral("POST"), path, body, summary};
}

QString applicationPath(const QString &serial)
{
    return kApplications + u'/' + segment(serial.trimmed());
}

} // namespace

qint64 LoanLimit::boundFen(const QString &bound) const
{
    if (bound == u"center_cap")
        return byCapFen;
    if (bound == u"price_ratio")
        return byPriceFen;
    if (bound == u"balance_multiple")
        return byBalanceFen;
    if (bound == u"repayment_ability")
        return byRepaymentFen;
    return -1;
}

LoanRuleVerdict LoanRuleVerdict::read(Reader &r)
{
    LoanRuleVerdict v;
    v.rule = r.id(u"rule");
    v.passed = r.boolean(u"passed");
    v.detail = r.optionalText(u"detail");
    v.code = r.optionalText(u"code");
    v.field = r.optionalText(u"field");
    if (r.ok() && !v.passed && v.code.isEmpty())
        r.invalid(u"code", u"a refused rule without its code"_qs);
    return v;
}

LoanSchedule LoanSchedule::read(Reader &r)
{
    LoanSchedule s;
    s.method = oneOf(r, u"method", kMethods);
    s.principalFen = amount(r, u"principalFen");
    s.rate = r.id(u"rate");
    s.termMonths = count(r, u"termMonths", 600);
    s.totalInterestFen = amount(r, u"totalInterestFen");
    s.totalPaymentFen = amount(r, u"totalPaymentFen");
    qint64 principal = 0;
    qint64 interest = 0;
    for (Reader &i : r.objects(u"installments")) {
        LoanInstallment row;
        row.number = count(i, u"number", 600);
        row.dueDate = i.date(u"dueDate");
        row.paymentFen = amount(i, u"paymentFen");
        row.principalFen = amount(i, u"principalFen");
        row.interestFen = amount(i, u"interestFen");
        row.remainingFen = amount(i, u"remainingFen");
        if (i.ok() && row.paymentFen != row.principalFen + row.interestFen)
            i.invalid(u"paymentFen", u"not principal + interest"_qs);
        principal += row.principalFen;
        interest += row.interestFen;
        s.installments.append(row);
    }
    // The preview is shown as the schedule: its rows must add up to what it says.
    if (r.ok() && s.installments.size() != s.termMonths)
        r.invalid(u"installments", u"not one row a month"_qs);
    if (r.ok() && principal != s.principalFen)
        r.invalid(u"principalFen", u"not the sum of the rows"_qs);
    if (r.ok() && interest != s.totalInterestFen)
        r.invalid(u"totalInterestFen", u"not the sum of the rows"_qs);
    if (r.ok() && s.totalPaymentFen != s.principalFen + s.totalInterestFen)
        r.invalid(u"totalPaymentFen", u"not principal + interest"_qs);
    return s;
}

const LoanRuleVerdict *LoanJudgement::firstRefusal() const
{
    for (const LoanRuleVerdict &v : rules) {
        if (!v.passed)
            return &v;
    }
    return nullptr;
}

LoanJudgement LoanJudgement::read(Reader &r)
{
    LoanJudgement j;
    for (Reader &v : r.objects(u"rules"))
        j.rules.append(LoanRuleVerdict::read(v));
    j.eligible = r.boolean(u"eligible");
    j.homeOrder = readHomeOrder(r, u"homeOrder");
    j.priced = r.boolean(u"priced");
    j.continuousDepositMonths = count(r, u"continuousDepositMonths", 1200);
    j.depositBalanceFen = amount(r, u"depositBalanceFen");
    j.monthlyIncomeFen = amount(r, u"monthlyIncomeFen");
    j.monthlyDebtFen = amount(r, u"monthlyDebtFen");
    j.openLoans = count(r, u"openLoans", 100);
    j.settledLoans = count(r, u"settledLoans", 100);
    if (j.priced) {
        j.rate = r.id(u"rate");
        Reader l = r.object(u"limit");
        LoanLimit limit;
        limit.amountFen = amount(l, u"amountFen");
        limit.boundBy = oneOf(l, u"boundBy", kBounds);
        limit.byCapFen = amount(l, u"byCapFen");
        limit.byPriceFen = amount(l, u"byPriceFen");
        limit.byBalanceFen = amount(l, u"byBalanceFen");
        limit.byRepaymentFen = amount(l, u"byRepaymentFen");
        // The binding bound is the smallest; the limit is it rounded down to the policy's step.
        const qint64 smallest =
            std::min({limit.byCapFen, limit.byPriceFen, limit.byBalanceFen, limit.byRepaymentFen});
        if (l.ok() && limit.boundFen(limit.boundBy) != smallest)
            l.invalid(u"boundBy", u"not the smallest bound"_qs);
        if (l.ok() && limit.amountFen > smallest)
            l.invalid(u"amountFen", u"above the binding bound"_qs);
        j.limit = limit;
        j.firstPaymentFen = amount(r, u"firstPaymentFen");
        j.maxPaymentFen = r.integer(u"maxPaymentFen");
    }
    if (const auto commercial = r.optionalInteger(u"commercialFirstPaymentFen")) {
        j.commercialFirstPaymentFen = *commercial;
        if (*commercial < 0)
            r.invalid(u"commercialFirstPaymentFen", u"negative"_qs);
    }
    if (r.ok() && j.eligible != (j.firstRefusal() == nullptr))
        r.invalid(u"eligible", u"disagrees with the rules"_qs);
    return j;
}

Result<LoanCheck> LoanCheck::fromJson(const QJsonObject &json)
{
    Reader r(json);
    LoanCheck c;
    c.judgement = LoanJudgement::read(r);
    c.appliedOn = r.date(u"appliedOn");
    c.dueOn = r.date(u"dueOn");
    Reader b = r.object(u"borrower");
    c.borrowerAccount = b.id(u"accountNumber");
    c.borrowerBalanceFen = amount(b, u"balanceFen");
    c.borrowerDepositMonths = count(b, u"continuousDepositMonths", 1200);
    if (r.hasObject(u"schedule")) {
        Reader s = r.object(u"schedule");
        c.schedule = LoanSchedule::read(s);
    } else if (r.ok() && c.judgement.priced) {
        r.object(u"schedule"); // records the missing member
    }
    // The days to decide are policy data (15 in the shipped policy, 条例 第二十六条).
    if (r.ok() && c.dueOn <= c.appliedOn)
        r.invalid(u"dueOn", u"not after the application date"_qs);
    if (!r.ok())
        return r.error();
    return c;
}

QJsonObject LoanPartyInput::toJson() const
{
    return {{u"role"_qs, role},
            {u"documentType"_qs, documentType.isEmpty() ? u"01"_qs : documentType},
            {u"documentNumber"_qs, compact(documentNumber)},
            {u"name"_qs, text(name)},
            {u"monthlyIncomeFen"_qs, monthlyIncomeFen},
            {u"monthlyDebtFen"_qs, monthlyDebtFen},
            {u"creditAuthorised"_qs, creditAuthorised}};
}

QJsonObject LoanRequestInput::toJson() const
{
    QJsonArray people;
    for (const LoanPartyInput &p : parties)
        people.append(p.toJson());
    QJsonObject o{{u"kind"_qs, kind},
                  {u"amountFen"_qs, amountFen},
                  {u"termMonths"_qs, termMonths},
                  {u"method"_qs, method},
                  {u"homeOrder"_qs, homeOrder},
                  {u"bankCode"_qs, compact(bankCode)},
                  {u"property"_qs, QJsonObject{{u"address"_qs, text(propertyAddress)},
                                               {u"priceFen"_qs, priceFen},
                                               {u"purchaseContract"_qs, text(purchaseContract)}}},
                  {u"parties"_qs, people}};
    // The other kinds' parts are not sent at all: the server refuses them as unknown fields.
    if (kind == u"combination")
        o.insert(u"commercial"_qs, QJsonObject{{u"amountFen"_qs, commercialAmountFen},
                                               {u"bankCode"_qs, compact(commercialBank)},
                                               {u"termMonths"_qs, commercialTermMonths},
                                               {u"rate"_qs, compact(commercialRate)}});
    if (kind == u"conversion")
        o.insert(u"conversion"_qs, QJsonObject{{u"bankCode"_qs, compact(conversionBank)},
                                               {u"contractNumber"_qs, text(conversionContract)},
                                               {u"outstandingFen"_qs, conversionOutstandingFen}});
    return o;
}

QString LoanRequestInput::fingerprint() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

Result<LoanApplication> LoanApplication::fromJson(const QJsonObject &json)
{
    Reader r(json);
    LoanApplication a;
    a.serial = r.id(u"serial");
    a.kind = oneOf(r, u"kind", kKinds);
    a.status = oneOf(r, u"status", kStatuses);
    a.officer = r.id(u"officer");
    a.reviewer = r.optionalText(u"reviewer");
    a.approver = r.optionalText(u"approver");
    a.branchCode = r.id(u"branchCode");
    a.appliedOn = r.date(u"appliedOn");
    a.dueOn = r.date(u"dueOn");
    a.amountFen = amount(r, u"amountFen");
    a.termMonths = count(r, u"termMonths", 600);
    a.method = oneOf(r, u"method", kMethods);
    a.homeOrder = readHomeOrder(r, u"homeOrder");
    a.rate = r.id(u"rate");
    Reader p = r.object(u"property");
    a.propertyAddress = p.text(u"address");
    a.priceFen = amount(p, u"priceFen");
    a.purchaseContract = p.text(u"purchaseContract");
    a.bankCode = r.id(u"bankCode");
    a.bankName = r.text(u"bankName");
    Reader j = r.object(u"judgement");
    a.judgement = LoanJudgement::read(j);
    a.refusalReason = r.optionalText(u"refusalReason");
    if (!r.isNull(u"decidedAt"))
        a.decidedAt = r.dateTime(u"decidedAt");
    if (r.hasObject(u"commercial")) {
        Reader c = r.object(u"commercial");
        a.commercialAmountFen = amount(c, u"amountFen");
    }
    if (r.hasObject(u"conversion")) {
        Reader v = r.object(u"conversion");
        a.conversionOutstandingFen = amount(v, u"outstandingFen");
    }
    for (Reader &party : r.objects(u"parties")) {
        LoanPartyRecord record;
        record.role = oneOf(party, u"role", kRoles);
        record.documentType = party.id(u"documentType");
        record.documentNumber = party.id(u"documentNumber");
        record.name = party.text(u"name");
        record.monthlyIncomeFen = amount(party, u"monthlyIncomeFen");
        record.monthlyDebtFen = amount(party, u"monthlyDebtFen");
        record.hasAccount = party.boolean(u"hasAccount");
        record.creditAuthorised = party.boolean(u"creditAuthorised");
        a.parties.append(record);
    }
    const bool decided = loans::isDecided(a.status);
    if (r.ok() && a.dueOn <= a.appliedOn)
        r.invalid(u"dueOn", u"not after the application date"_qs);
    if (r.ok() && decided != a.decidedAt.has_value())
        r.invalid(u"decidedAt", u"a decision time exactly when approved or refused"_qs);
    if (r.ok() && a.status == u"refused" && a.refusalReason.isEmpty())
        r.invalid(u"refusalReason", u"a refusal without its reason"_qs);
    if (r.ok() && a.status != u"accepted" && a.reviewer.isEmpty())
        r.invalid(u"reviewer", u"reviewed without a reviewer"_qs);
    if (!r.ok())
        return r.error();
    return a;
}

Result<LoanRefusal> LoanRefusal::fromJson(const QJsonObject &json)
{
    Reader r(json);
    LoanRefusal refusal;
    for (Reader &v : r.objects(u"rules"))
        refusal.rules.append(LoanRuleVerdict::read(v));
    if (!r.ok())
        return r.error();
    return refusal;
}

bool LoanApplicationSummary::overdue(QDate today) const
{
    return !loans::isDecided(status) && dueOn.isValid() && today > dueOn;
}

Result<LoanApplicationPage> LoanApplicationPage::fromJson(const QJsonObject &json)
{
    Reader r(json);
    LoanApplicationPage page;
    for (Reader &i : r.objects(u"items")) {
        LoanApplicationSummary s;
        s.serial = i.id(u"serial");
        s.kind = oneOf(i, u"kind", kKinds);
        s.status = oneOf(i, u"status", kStatuses);
        s.appliedOn = i.date(u"appliedOn");
        s.dueOn = i.date(u"dueOn");
        s.amountFen = amount(i, u"amountFen");
        s.termMonths = count(i, u"termMonths", 600);
        s.borrowerName = i.text(u"borrowerName");
        s.branchCode = i.id(u"branchCode");
        page.items.append(s);
    }
    page.page = count(r, u"page", 100000);
    page.pageSize = count(r, u"pageSize", 1000);
    page.total = amount(r, u"total");
    if (r.ok() && page.page < 1)
        r.invalid(u"page", u"pages count from 1"_qs);
    if (r.ok() && page.items.size() > page.pageSize)
        r.invalid(u"items", u"more than a page"_qs);
    if (r.ok() && page.total < qint64(page.page - 1) * page.pageSize + page.items.size())
        r.invalid(u"total", u"fewer than the pages shown"_qs);
    if (!r.ok())
        return r.error();
    return page;
}

namespace loans {

bool isStatus(const QString &status)
{
    return kStatuses.contains(status);
}

bool isDecided(const QString &status)
{
    // signed (面签 done) and disbursed come after the approval, so they carry its decision time
    return status == u"approved" || status == u"refused" || status == u"signed" || status == u"disbursed";
}

ApiRequest checkRequest(const LoanRequestInput &input)
{
    return ApiRequest::search(kBase + u"/check"_qs, input.toJson());
}

void check(ApiClient *api, const LoanRequestInput &input, QObject *context,
           std::function<void(const Reply<LoanCheck> &)> done)
{
    api::fetch<LoanCheck>(api, checkRequest(input), context, &LoanCheck::fromJson, std::move(done));
}

ops::Request apply(const LoanRequestInput &input, const QString &summary)
{
    return post(kApplications, input.toJson(), summary);
}

void get(ApiClient *api, const QString &serial, QObject *context,
         std::function<void(const Reply<LoanApplication> &)> done)
{
    api::fetch<LoanApplication>(api, ApiRequest::get(applicationPath(serial)), context,
                                &LoanApplication::fromJson, std::move(done));
}

ApiRequest listRequest(const QString &status, int page)
{
    QString path = kApplications + u"?page="_qs + QString::number(std::max(1, page));
    if (isStatus(status))
        path += u"&status="_qs + status;
    return ApiRequest::get(path);
}

void list(ApiClient *api, const QString &status, int page, QObject *context,
          std::function<void(const Reply<LoanApplicationPage> &)> done)
{
    api::fetch<LoanApplicationPage>(api, listRequest(status, page), context, &LoanApplicationPage::fromJson,
                                    std::move(done));
}

ops::Request review(const QString &serial, const QString &summary)
{
    return post(applicationPath(serial) + u"/review"_qs, {}, summary);
}

ops::Request approve(const QString &serial, const QString &summary)
{
    return post(applicationPath(serial) + u"/approve"_qs, {}, summary);
}

ops::Request refuse(const QString &serial, const QString &reason, const QString &summary)
{
    return post(applicationPath(serial) + u"/refuse"_qs, {{u"reason"_qs, reason.trimmed()}}, summary);
}

} // namespace loans

} // namespace hpf::client::api
