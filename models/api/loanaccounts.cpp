#include "api/loanaccounts.h"

#include "domain/money.h"

#include <QRegularExpression>

namespace hpf::client::api {

namespace {

const QString kApplications = u"/api/v1/loans/applications"_qs;
const QString kAccounts = u"/api/v1/loans/accounts"_qs;

const QStringList kStatuses{u"repaying"_qs, u"overdue"_qs, u"settled"_qs};
const QStringList kMethods{u"equal_installment"_qs, u"equal_principal"_qs};
const QStringList kPostingKinds{u"disbursement"_qs, u"instalment"_qs, u"prepayment"_qs, u"penalty"_qs};
const QStringList kSources{u"bank"_qs, u"fund"_qs, u"center"_qs};

qint64 amount(Reader &r, QStringView key)
{
    const qint64 fen = r.integer(key);
    if (r.ok() && fen < 0)
        r.invalid(key, u"negative"_qs);
    return fen;
}

int count(Reader &r, QStringView key, int maximum)
{
    const qint64 n = r.integer(key);
    if (r.ok() && (n < 0 || n > maximum))
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

ops::Request post(const QString &path, const QJsonObject &body, const QString &summary)
{
    return {QByteArrayLiteral("POST"), path, body, summary};
}

QString accountPath(const QString &contract)
{
    return kAccounts + u'/' + segment(contract.trimmed());
}

} // namespace

const LoanAccountInstalment *LoanAccount::nextDue() const
{
    for (const LoanAccountInstalment &i : instalments) {
        if (!i.paid())
            return &i;
    }
    return nullptr;
}

qint64 LoanAccount::repayableFen(QDate today) const
{
    qint64 payable = 0;
    for (const LoanAccountInstalment &i : instalments) {
        if (i.paid())
            continue;
        payable += i.dueFen();
        if (i.dueOn > today)
            break;
    }
    return payable;
}

LoanAccount LoanAccount::read(Reader &r)
{
    LoanAccount a;
    a.contractNumber = r.id(u"contractNumber");
    a.applicationSerial = r.id(u"applicationSerial");
    a.status = oneOf(r, u"status", kStatuses);
    a.principalFen = amount(r, u"principalFen");
    a.outstandingFen = amount(r, u"outstandingFen");
    a.rate = r.id(u"rate");
    a.ratePpm = amount(r, u"ratePpm");
    a.method = oneOf(r, u"method", kMethods);
    a.termMonths = count(r, u"termMonths", 600);
    a.firstDueOn = r.date(u"firstDueOn");
    a.fromFundBalance = r.boolean(u"fromFundBalance");
    a.scheduleVersion = count(r, u"scheduleVersion", 10000);
    a.disbursedOn = r.optionalDate(u"disbursedOn");
    a.settledOn = r.optionalDate(u"settledOn");
    qint64 unpaidPrincipal = 0;
    int lastNumber = 0;
    QDate lastDue;
    for (Reader &i : r.objects(u"instalments")) {
        LoanAccountInstalment row;
        row.number = count(i, u"number", 10000);
        row.dueOn = i.date(u"dueOn");
        row.principalFen = amount(i, u"principalFen");
        row.interestFen = amount(i, u"interestFen");
        row.paymentFen = amount(i, u"paymentFen");
        row.paidPrincipalFen = amount(i, u"paidPrincipalFen");
        row.paidInterestFen = amount(i, u"paidInterestFen");
        row.penaltyFen = amount(i, u"penaltyFen");
        row.paidPenaltyFen = amount(i, u"paidPenaltyFen");
        row.daysPastDue = count(i, u"daysPastDue", 100000);
        row.paidOn = i.optionalDate(u"paidOn");
        // The schedule is printed and paid from: each row must add up and stay in order.
        if (i.ok() && row.paymentFen != row.principalFen + row.interestFen)
            i.invalid(u"paymentFen", u"not principal + interest"_qs);
        if (i.ok() && row.paidPrincipalFen > row.principalFen)
            i.invalid(u"paidPrincipalFen", u"more paid than owed"_qs);
        if (i.ok() && row.paidInterestFen > row.interestFen)
            i.invalid(u"paidInterestFen", u"more paid than owed"_qs);
        if (i.ok() && row.paidPenaltyFen > row.penaltyFen)
            i.invalid(u"paidPenaltyFen", u"more paid than owed"_qs);
        if (i.ok() && row.paid() && row.dueFen() != 0)
            i.invalid(u"paidOn", u"paid with money still owed"_qs);
        if (i.ok() && (row.number <= lastNumber || (lastDue.isValid() && row.dueOn <= lastDue)))
            i.invalid(u"number", u"not in order"_qs);
        lastNumber = row.number;
        lastDue = row.dueOn;
        unpaidPrincipal += row.principalFen - row.paidPrincipalFen;
        a.instalments.append(row);
    }
    if (r.ok() && a.outstandingFen > a.principalFen)
        r.invalid(u"outstandingFen", u"above the principal"_qs);
    if (r.ok() && a.settled() && (a.outstandingFen != 0 || !a.settledOn))
        r.invalid(u"settledOn", u"settled without its day or with money owed"_qs);
    if (r.ok() && !a.settled() && a.settledOn)
        r.invalid(u"settledOn", u"a settlement day on an open loan"_qs);
    if (r.ok() && !a.settled() && unpaidPrincipal != a.outstandingFen)
        r.invalid(u"outstandingFen", u"not the unpaid principal of the schedule"_qs);
    return a;
}

Result<LoanAccount> LoanAccount::fromJson(const QJsonObject &json)
{
    Reader r(json);
    LoanAccount a = read(r);
    if (!r.ok())
        return r.error();
    return a;
}

LoanAccountPosting LoanAccountPosting::read(Reader &r)
{
    LoanAccountPosting p;
    p.serial = r.id(u"serial");
    p.kind = oneOf(r, u"kind", kPostingKinds);
    p.source = oneOf(r, u"source", kSources);
    p.instalmentNumber = int(r.optionalInteger(u"instalmentNumber").value_or(0));
    p.principalFen = amount(r, u"principalFen");
    p.interestFen = amount(r, u"interestFen");
    p.penaltyFen = amount(r, u"penaltyFen");
    p.amountFen = amount(r, u"amountFen");
    p.outstandingAfterFen = amount(r, u"outstandingAfterFen");
    p.valueDate = r.date(u"valueDate");
    if (r.ok() && p.amountFen != p.principalFen + p.interestFen + p.penaltyFen)
        r.invalid(u"amountFen", u"not principal + interest + penalty"_qs);
    return p;
}

Result<LoanDisbursed> LoanDisbursed::fromJson(const QJsonObject &json)
{
    Reader r(json);
    LoanDisbursed d;
    d.serial = r.id(u"serial");
    Reader loan = r.object(u"loan");
    d.loan = LoanAccount::read(loan);
    Reader receipt = r.object(u"receipt");
    d.receipt = Receipt::read(receipt);
    if (r.ok() && d.loan.outstandingFen != d.loan.principalFen)
        r.invalid(u"loan", u"a new loan with principal repaid"_qs);
    if (!r.ok())
        return r.error();
    return d;
}

Result<LoanRepaid> LoanRepaid::fromJson(const QJsonObject &json)
{
    Reader r(json);
    LoanRepaid d;
    Reader posting = r.object(u"posting");
    d.posting = LoanAccountPosting::read(posting);
    Reader loan = r.object(u"loan");
    d.loan = LoanAccount::read(loan);
    Reader receipt = r.object(u"receipt");
    d.receipt = Receipt::read(receipt);
    if (r.ok() && d.posting.outstandingAfterFen != d.loan.outstandingFen)
        r.invalid(u"posting", u"outstanding differs from the loan's"_qs);
    if (!r.ok())
        return r.error();
    return d;
}

Result<LoanAccountList> LoanAccountList::fromJson(const QJsonObject &json)
{
    Reader r(json);
    LoanAccountList p;
    for (Reader &i : r.objects(u"items")) {
        LoanAccountSummary s;
        s.contractNumber = i.id(u"contractNumber");
        s.applicationSerial = i.id(u"applicationSerial");
        s.status = oneOf(i, u"status", kStatuses);
        s.principalFen = amount(i, u"principalFen");
        s.outstandingFen = amount(i, u"outstandingFen");
        s.termMonths = count(i, u"termMonths", 600);
        s.disbursedOn = i.optionalDate(u"disbursedOn");
        s.borrowerName = i.text(u"borrowerName");
        s.branchCode = i.id(u"branchCode");
        if (i.ok() && s.outstandingFen > s.principalFen)
            i.invalid(u"outstandingFen", u"above the principal"_qs);
        p.items.append(s);
    }
    p.page = count(r, u"page", 100000);
    p.pageSize = count(r, u"pageSize", 1000);
    p.total = amount(r, u"total");
    if (r.ok() && (p.items.size() > p.pageSize || p.total < qint64(p.page - 1) * p.pageSize + p.items.size()))
        r.invalid(u"total", u"does not fit the items"_qs);
    if (!r.ok())
        return r.error();
    return p;
}

Result<LoanApplicationRef> LoanApplicationRef::fromJson(const QJsonObject &json)
{
    Reader r(json);
    LoanApplicationRef a;
    a.serial = r.id(u"serial");
    a.status = r.id(u"status");
    a.contractNumber = r.optionalText(u"contractNumber");
    a.amountFen = amount(r, u"amountFen");
    a.termMonths = count(r, u"termMonths", 600);
    if (r.ok() && a.status == u"disbursed" && a.contractNumber.isEmpty())
        r.invalid(u"contractNumber", u"a disbursed application without its contract"_qs);
    if (r.ok() && a.status != u"disbursed" && !a.contractNumber.isEmpty())
        r.invalid(u"contractNumber", u"a contract before disbursement"_qs);
    if (!r.ok())
        return r.error();
    return a;
}

namespace loanaccounts {

bool isStatus(const QString &status)
{
    return kStatuses.contains(status);
}

Result<LookupKey> parseLookup(const QString &typed)
{
    QString text = typed.normalized(QString::NormalizationForm_KC).toUpper();
    text.remove(QRegularExpression(u"\\s"_qs));
    if (text.isEmpty())
        return makeError(u"loan.lookup_format"_qs, u"lookup"_qs, u"empty"_qs);
    static const QRegularExpression pattern(u"^(YW|DK)\\d{16}$"_qs);
    if (!pattern.match(text).hasMatch())
        return makeError(u"loan.lookup_format"_qs, u"lookup"_qs, u"YW or DK and 16 digits"_qs);
    return LookupKey{text.startsWith(u"DK"), text};
}

Result<qint64> parseAmount(const QString &typed, qint64 maximumFen)
{
    auto fen = money::parse(typed, u"amountFen"_qs);
    if (!fen)
        return fen.error();
    if (*fen == 0)
        return makeError(u"loan.amount_zero"_qs, u"amountFen"_qs);
    if (maximumFen > 0 && *fen > maximumFen)
        return makeError(u"loan.repay_above_due"_qs, u"amountFen"_qs, money::format(maximumFen));
    return fen;
}

ops::Request disburse(const QString &serial, bool fromFundBalance, const QString &summary)
{
    return post(kApplications + u'/' + segment(serial.trimmed()) + u"/disburse"_qs,
                {{u"fromFundBalance"_qs, fromFundBalance}}, summary);
}

ApiRequest getRequest(const QString &contract)
{
    return ApiRequest::get(accountPath(contract));
}

void get(ApiClient *api, const QString &contract, QObject *context,
         std::function<void(const Reply<LoanAccount> &)> done)
{
    api::fetch<LoanAccount>(api, getRequest(contract), context, &LoanAccount::fromJson, std::move(done));
}

ApiRequest applicationRequest(const QString &serial)
{
    return ApiRequest::get(kApplications + u'/' + segment(serial.trimmed()));
}

void application(ApiClient *api, const QString &serial, QObject *context,
                 std::function<void(const Reply<LoanApplicationRef> &)> done)
{
    api::fetch<LoanApplicationRef>(api, applicationRequest(serial), context, &LoanApplicationRef::fromJson,
                                   std::move(done));
}

ApiRequest listRequest(const QString &status, int page)
{
    QString path = kAccounts + u"?page="_qs + QString::number(std::max(1, page));
    if (isStatus(status))
        path += u"&status="_qs + status;
    return ApiRequest::get(path);
}

void list(ApiClient *api, const QString &status, int page, QObject *context,
          std::function<void(const Reply<LoanAccountList> &)> done)
{
    api::fetch<LoanAccountList>(api, listRequest(status, page), context, &LoanAccountList::fromJson,
                                std::move(done));
}

ops::Request repay(const QString &contract, qint64 amountFen, const QString &summary)
{
    return post(accountPath(contract) + u"/repayments"_qs, {{u"amountFen"_qs, amountFen}}, summary);
}

ops::Request prepay(const QString &contract, const PrepaymentInput &input, const QString &summary)
{
    QJsonObject body;
    if (input.kind == PrepaymentInput::Kind::Full) {
        body.insert(u"kind"_qs, u"full"_qs);
    } else {
        body.insert(u"kind"_qs, u"partial"_qs);
        body.insert(u"amountFen"_qs, input.amountFen);
        body.insert(u"keep"_qs, input.keepTerm ? u"term"_qs : u"payment"_qs);
    }
    return post(accountPath(contract) + u"/prepayments"_qs, body, summary);
}

} // namespace loanaccounts

} // namespace hpf::client::api
