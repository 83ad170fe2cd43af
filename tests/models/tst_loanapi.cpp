// models/api/loans: every loan response (the check with its rules, limit and schedule preview, the
// application, the 422 refusal's rules, the branch's queue) becomes a typed value or api.contract
// naming the JSON path. Data-driven over good answers, missing members, wrong types and ugly values
// (a limit that is not its binding bound, a schedule whose rows do not add up, eligible disagreeing
// with the rules, a due date not after the application, a decided application without its time, an
// unknown status); plus the request builders (paths, bodies, full-width digits normalised, the other
// kinds' parts not sent, identities never in a URL).
#include "api/loans.h"

#include <QJsonDocument>
#include <QTest>

using namespace hpf;
using namespace hpf::client;

namespace {

const QByteArray kRules =
    R"("rules":[{"rule":"deposit_months","passed":true,"detail":"12 >= 6"},
    {"rule":"term","passed":true,"detail":"3 <= 360"},
    {"rule":"amount","passed":true,"detail":"30000 <= 50000"}],)";

const QByteArray kJudgement = kRules + R"("eligible":true,"homeOrder":1,"priced":true,
    "continuousDepositMonths":12,"depositBalanceFen":2500000,"monthlyIncomeFen":800000,"monthlyDebtFen":0,
    "openLoans":0,"settledLoans":0,"rate":"2.85","ratePpm":28500,
    "limit":{"amountFen":50000,"boundBy":"balance_multiple","byCapFen":60000000,"byPriceFen":70000000,
    "byBalanceFen":50000,"byRepaymentFen":90000000},"firstPaymentFen":10050,"maxPaymentFen":400000)";

// 300.00 over three months: principal 100.00 a month, interest 0.50 + 0.33 + 0.17 (hand-made).
const QByteArray kSchedule =
    R"({"method":"equal_principal","principalFen":30000,"rate":"2.85","termMonths":3,
    "totalInterestFen":100,"totalPaymentFen":30100,"installments":[
    {"number":1,"dueDate":"2027-01-05","paymentFen":10050,"principalFen":10000,"interestFen":50,"remainingFen":20000},
    {"number":2,"dueDate":"2027-02-05","paymentFen":10033,"principalFen":10000,"interestFen":33,"remainingFen":10000},
    {"number":3,"dueDate":"2027-03-05","paymentFen":10017,"principalFen":10000,"interestFen":17,"remainingFen":0}]})";

QByteArray checkJson()
{
    return "{" + kJudgement +
           R"(,"appliedOn":"2026-12-05","dueOn":"2026-12-20",
    "borrower":{"accountNumber":"620100000001","balanceFen":2500000,"continuousDepositMonths":12},
    "schedule":)" +
           kSchedule + "}";
}

QByteArray applicationJson()
{
    return R"({"serial":"YW2026120500000021","kind":"fund","status":"accepted","officer":"loan1",
    "reviewer":null,"approver":null,"branchCode":"01","appliedOn":"2026-12-05","dueOn":"2026-12-20",
    "amountFen":30000,"termMonths":3,"method":"equal_principal","homeOrder":1,"rate":"2.85",
    "property":{"address":"兰州市城关区1号","priceFen":100000000,"purchaseContract":"GF-2026-1"},
    "bankCode":"102","bankName":"工商银行","judgement":{)" +
           kJudgement + R"(},"refusalReason":null,"decidedAt":null,
    "parties":[{"role":"borrower","documentType":"01","documentNumber":"620102199001011234","name":"张三",
    "monthlyIncomeFen":800000,"monthlyDebtFen":0,"hasAccount":true,"creditAuthorised":true}]})";
}

const QByteArray kPage =
    R"({"items":[{"serial":"YW2026120500000021","kind":"fund","status":"accepted","appliedOn":"2026-12-05",
    "dueOn":"2026-12-20","amountFen":30000,"termMonths":3,"borrowerName":"张*","branchCode":"01"}],
    "page":1,"pageSize":20,"total":1})";

Error decode(const QString &type, const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return Error{u"test.bad_json"_qs, parseError.errorString(), QString::fromUtf8(json)};
    auto errorOf = [](const auto &result) { return result.ok() ? Error{} : result.error(); };
    if (type == u"Check")
        return errorOf(api::LoanCheck::fromJson(o));
    if (type == u"Application")
        return errorOf(api::LoanApplication::fromJson(o));
    if (type == u"Refusal")
        return errorOf(api::LoanRefusal::fromJson(o));
    if (type == u"Page")
        return errorOf(api::LoanApplicationPage::fromJson(o));
    return Error{u"unknown type"_qs, type, {}};
}

template<typename T>
T decoded(const QByteArray &json)
{
    const auto result = T::fromJson(QJsonDocument::fromJson(json).object());
    if (!result.ok())
        qWarning("decode failed at %s: %s", qPrintable(result.error().field),
                 qPrintable(result.error().detail));
    return result.ok() ? result.value() : T{};
}

QByteArray bodyOf(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

const QByteArray kAmountRule = R"({"rule":"amount","passed":true,"detail":"30000 <= 50000"})";
const QByteArray kAmountRefused =
    R"({"rule":"amount","passed":false,"code":"loan.amount_above_limit","field":"amountFen","detail":"x"})";

} // namespace

class TestLoanApi : public QObject
{
    Q_OBJECT
private slots:
    void readers_data();
    void readers();
    void checkValues();
    void applicationValues();
    void overdue_data();
    void overdue();
    void builders();
    void identitiesNeverInUrls();
};

void TestLoanApi::readers_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");  // empty: decodes
    QTest::addColumn<QString>("field"); // the path api.contract names
    const QString contract = u"api.contract"_qs;
    const QByteArray check = checkJson();
    const QByteArray app = applicationJson();

    QTest::newRow("check good") << u"Check"_qs << check << QString() << QString();
    QTest::newRow("check: rules missing")
        << u"Check"_qs << QByteArray(check).replace(R"("rules":)", R"("rulesX":)") << contract << u"rules"_qs;
    QTest::newRow("check: passed a string")
        << u"Check"_qs
        << QByteArray(check).replace(R"("passed":true,"detail":"12)", R"("passed":"yes","detail":"12)")
        << contract << u"rules[0].passed"_qs;
    QTest::newRow("check: eligible with a refused rule")
        << u"Check"_qs << QByteArray(check).replace(kAmountRule, kAmountRefused) << contract
        << u"eligible"_qs;
    QTest::newRow("check: refused and not eligible")
        << u"Check"_qs
        << QByteArray(check)
               .replace(kAmountRule, kAmountRefused)
               .replace(R"("eligible":true)", R"("eligible":false)")
        << QString() << QString();
    QTest::newRow("check: refused rule without its code")
        << u"Check"_qs
        << QByteArray(check)
               .replace(kAmountRule, R"({"rule":"amount","passed":false,"detail":"x"})")
               .replace(R"("eligible":true)", R"("eligible":false)")
        << contract << u"rules[2].code"_qs;
    QTest::newRow("check: bound named not the smallest")
        << u"Check"_qs
        << QByteArray(check).replace(R"("boundBy":"balance_multiple")", R"("boundBy":"center_cap")")
        << contract << u"limit.boundBy"_qs;
    QTest::newRow("check: limit rounded down below its bound")
        << u"Check"_qs << QByteArray(check).replace(R"("amountFen":50000,)", R"("amountFen":49900,)")
        << QString() << QString();
    QTest::newRow("check: unknown bound")
        << u"Check"_qs << QByteArray(check).replace(R"("boundBy":"balance_multiple")", R"("boundBy":"mood")")
        << contract << u"limit.boundBy"_qs;
    QTest::newRow("check: limit missing when priced")
        << u"Check"_qs << QByteArray(check).replace(R"("limit":)", R"("limitX":)") << contract << u"limit"_qs;
    QTest::newRow("check: a negative balance bound")
        << u"Check"_qs << QByteArray(check).replace(R"("byBalanceFen":50000)", R"("byBalanceFen":-1)")
        << contract << u"limit.byBalanceFen"_qs;
    QTest::newRow("check: negative max payment is a fact")
        << u"Check"_qs << QByteArray(check).replace(R"("maxPaymentFen":400000)", R"("maxPaymentFen":-5000)")
        << QString() << QString();
    QTest::newRow("check: home order 4")
        << u"Check"_qs << QByteArray(check).replace(R"("homeOrder":1)", R"("homeOrder":4)") << contract
        << u"homeOrder"_qs;
    QTest::newRow("check: due date on the application date")
        << u"Check"_qs << QByteArray(check).replace(R"("dueOn":"2026-12-20")", R"("dueOn":"2026-12-05")")
        << contract << u"dueOn"_qs;
    QTest::newRow("check: applied on 2026-02-30")
        << u"Check"_qs
        << QByteArray(check).replace(R"("appliedOn":"2026-12-05")", R"("appliedOn":"2026-02-30")") << contract
        << u"appliedOn"_qs;
    QTest::newRow("check: borrower missing")
        << u"Check"_qs << QByteArray(check).replace(R"("borrower":)", R"("borrowerX":)") << contract
        << u"borrower"_qs;
    QTest::newRow("check: schedule missing when priced")
        << u"Check"_qs << QByteArray(check).replace(R"("schedule":)", R"("scheduleX":)") << contract
        << u"schedule"_qs;
    QTest::newRow("check: unpriced needs no limit or schedule")
        << u"Check"_qs
        << QByteArray(check)
               .replace(R"("priced":true)", R"("priced":false)")
               .replace(R"("limit":)", R"("limitX":)")
               .replace(R"("schedule":)", R"("scheduleX":)")
        << QString() << QString();
    QTest::newRow("check: row not principal + interest")
        << u"Check"_qs << QByteArray(check).replace(R"("paymentFen":10033)", R"("paymentFen":10034)")
        << contract << u"schedule.installments[1].paymentFen"_qs;
    QTest::newRow("check: interest not the rows' sum")
        << u"Check"_qs
        << QByteArray(check).replace(R"("totalInterestFen":100,"totalPaymentFen":30100)",
                                     R"("totalInterestFen":101,"totalPaymentFen":30101)")
        << contract << u"schedule.totalInterestFen"_qs;
    QTest::newRow("check: a row missing") << u"Check"_qs
                                          << QByteArray(check).replace(R"("termMonths":3,
    "totalInterestFen")",
                                                                       R"("termMonths":4,
    "totalInterestFen")") << contract << u"schedule.installments"_qs;
    QTest::newRow("check: due date of a row not a date")
        << u"Check"_qs << QByteArray(check).replace(R"("dueDate":"2027-02-05")", R"("dueDate":"Feb")")
        << contract << u"schedule.installments[1].dueDate"_qs;
    QTest::newRow("check: unknown method")
        << u"Check"_qs << QByteArray(check).replace(R"("method":"equal_principal")", R"("method":"balloon")")
        << contract << u"schedule.method"_qs;
    QTest::newRow("check: balance as text")
        << u"Check"_qs
        << QByteArray(check).replace(R"("depositBalanceFen":2500000)", R"("depositBalanceFen":"25000.00")")
        << contract << u"depositBalanceFen"_qs;

    QTest::newRow("application good") << u"Application"_qs << app << QString() << QString();
    QTest::newRow("application: unknown status")
        << u"Application"_qs << QByteArray(app).replace(R"("status":"accepted")", R"("status":"signed2")")
        << contract << u"status"_qs;
    QTest::newRow("application: approved without a decision time")
        << u"Application"_qs
        << QByteArray(app)
               .replace(R"("status":"accepted")", R"("status":"approved")")
               .replace(R"("reviewer":null,"approver":null)", R"("reviewer":"loan2","approver":"super1")")
        << contract << u"decidedAt"_qs;
    QTest::newRow("application: approved")
        << u"Application"_qs
        << QByteArray(app)
               .replace(R"("status":"accepted")", R"("status":"approved")")
               .replace(R"("reviewer":null,"approver":null)", R"("reviewer":"loan2","approver":"super1")")
               .replace(R"("decidedAt":null)", R"("decidedAt":"2026-12-06T02:00:00Z")")
        << QString() << QString();
    QTest::newRow("application: refused without a reason")
        << u"Application"_qs
        << QByteArray(app)
               .replace(R"("status":"accepted")", R"("status":"refused")")
               .replace(R"("reviewer":null,"approver":null)", R"("reviewer":"loan2","approver":"super1")")
               .replace(R"("decidedAt":null)", R"("decidedAt":"2026-12-06T02:00:00Z")")
        << contract << u"refusalReason"_qs;
    QTest::newRow("application: reviewed without a reviewer")
        << u"Application"_qs << QByteArray(app).replace(R"("status":"accepted")", R"("status":"reviewed")")
        << contract << u"reviewer"_qs;
    QTest::newRow("application: judgement limit wrong")
        << u"Application"_qs << QByteArray(app).replace(R"("amountFen":50000,)", R"("amountFen":50001,)")
        << contract << u"judgement.limit.amountFen"_qs;
    QTest::newRow("application: party role unknown")
        << u"Application"_qs << QByteArray(app).replace(R"("role":"borrower")", R"("role":"uncle")")
        << contract << u"parties[0].role"_qs;
    QTest::newRow("application: property missing")
        << u"Application"_qs << QByteArray(app).replace(R"("property":)", R"("propertyX":)") << contract
        << u"property"_qs;
    QTest::newRow("application: due date before acceptance")
        << u"Application"_qs << QByteArray(app).replace(R"("dueOn":"2026-12-20")", R"("dueOn":"2026-12-01")")
        << contract << u"dueOn"_qs;

    QTest::newRow("refusal good") << u"Refusal"_qs << QByteArray("{\"rules\":[" + kAmountRefused + "]}")
                                  << QString() << QString();
    QTest::newRow("refusal: rules not an array")
        << u"Refusal"_qs << QByteArray(R"({"rules":{}})") << contract << u"rules"_qs;

    QTest::newRow("page good") << u"Page"_qs << kPage << QString() << QString();
    QTest::newRow("check: a policy of 30 days")
        << u"Check"_qs << QByteArray(check).replace(R"("dueOn":"2026-12-20")", R"("dueOn":"2027-01-04")")
        << QString() << QString();
    QTest::newRow("page: empty") << u"Page"_qs
                                 << QByteArray(R"({"items":[],"page":1,"pageSize":20,"total":0})")
                                 << QString() << QString();
    QTest::newRow("page: total below the items")
        << u"Page"_qs << QByteArray(kPage).replace(R"("total":1)", R"("total":0)") << contract << u"total"_qs;
    QTest::newRow("page: page 0") << u"Page"_qs << QByteArray(kPage).replace(R"("page":1)", R"("page":0)")
                                  << contract << u"page"_qs;
    QTest::newRow("page: item without a serial")
        << u"Page"_qs << QByteArray(kPage).replace(R"("serial":"YW2026120500000021",)", "") << contract
        << u"items[0].serial"_qs;
    QTest::newRow("page: amount as text")
        << u"Page"_qs << QByteArray(kPage).replace(R"("amountFen":30000)", R"("amountFen":"300.00")")
        << contract << u"items[0].amountFen"_qs;
}

void TestLoanApi::readers()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const Error e = decode(type, json);
    QCOMPARE(e.code, code);
    if (!code.isEmpty())
        QCOMPARE(e.field, field);
}

void TestLoanApi::checkValues()
{
    const auto c = decoded<api::LoanCheck>(checkJson());
    QCOMPARE(c.judgement.rules.size(), 3);
    QVERIFY(c.judgement.eligible);
    QVERIFY(c.judgement.firstRefusal() == nullptr);
    QCOMPARE(c.judgement.rate, u"2.85"_qs);
    QVERIFY(c.judgement.limit.has_value());
    QCOMPARE(c.judgement.limit->amountFen, 50000);
    QCOMPARE(c.judgement.limit->boundBy, u"balance_multiple"_qs);
    QCOMPARE(c.judgement.firstPaymentFen, 10050);
    QCOMPARE(c.dueOn, QDate(2026, 12, 20));
    QCOMPARE(c.borrowerAccount, u"620100000001"_qs);
    QVERIFY(c.schedule.has_value());
    QCOMPARE(c.schedule->installments.size(), 3);
    QCOMPARE(c.schedule->installments.first().paymentFen, 10050);
    QCOMPARE(c.schedule->installments.last().remainingFen, 0);
    QCOMPARE(c.schedule->totalInterestFen, 100);

    const auto refused = decoded<api::LoanCheck>(checkJson()
                                                     .replace(kAmountRule, kAmountRefused)
                                                     .replace(R"("eligible":true)", R"("eligible":false)"));
    QVERIFY(refused.judgement.firstRefusal() != nullptr);
    QCOMPARE(refused.judgement.firstRefusal()->code, u"loan.amount_above_limit"_qs);
    QCOMPARE(refused.judgement.firstRefusal()->field, u"amountFen"_qs);
}

void TestLoanApi::applicationValues()
{
    const auto a = decoded<api::LoanApplication>(applicationJson());
    QCOMPARE(a.serial, u"YW2026120500000021"_qs);
    QCOMPARE(a.status, u"accepted"_qs);
    QVERIFY(a.reviewer.isEmpty());
    QVERIFY(!a.decidedAt.has_value());
    QCOMPARE(a.dueOn, QDate(2026, 12, 20));
    QCOMPARE(a.priceFen, 100000000);
    QCOMPARE(a.parties.size(), 1);
    QVERIFY(a.parties.first().creditAuthorised);
    QVERIFY(!a.commercialAmountFen.has_value());
    const auto page = decoded<api::LoanApplicationPage>(kPage);
    QCOMPARE(page.items.size(), 1);
    QCOMPARE(page.items.first().borrowerName, u"张*"_qs);
}

void TestLoanApi::overdue_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("overdue");
    QTest::newRow("on the due date") << u"accepted"_qs << QDate(2026, 12, 20) << false;
    QTest::newRow("the day after") << u"accepted"_qs << QDate(2026, 12, 21) << true;
    QTest::newRow("reviewed, late") << u"reviewed"_qs << QDate(2027, 1, 1) << true;
    QTest::newRow("approved, late") << u"approved"_qs << QDate(2027, 1, 1) << false;
    QTest::newRow("refused, late") << u"refused"_qs << QDate(2027, 1, 1) << false;
    QTest::newRow("signed, late") << u"signed"_qs << QDate(2027, 1, 1) << false;
    QTest::newRow("disbursed, late") << u"disbursed"_qs << QDate(2027, 1, 1) << false;
    QTest::newRow("applied today") << u"accepted"_qs << QDate(2026, 12, 5) << false;
}

void TestLoanApi::overdue()
{
    QFETCH(QString, status);
    QFETCH(QDate, today);
    QFETCH(bool, overdue);
    api::LoanApplicationSummary s;
    s.status = status;
    s.appliedOn = QDate(2026, 12, 5);
    s.dueOn = QDate(2026, 12, 20);
    QCOMPARE(s.overdue(today), overdue);
}

void TestLoanApi::builders()
{
    api::LoanRequestInput in;
    in.kind = u"combination"_qs;
    in.amountFen = 30000000;
    in.termMonths = 240;
    in.method = u"equal_principal"_qs;
    in.homeOrder = 1;
    in.bankCode = u"１０２"_qs;
    in.propertyAddress = u" 兰州市城关区1号 "_qs;
    in.priceFen = 100000000;
    in.purchaseContract = u" GF-2026-1 "_qs;
    in.parties = {
        {u"borrower"_qs, {}, u"６２０１０２１９９００１０１１２３ｘ"_qs, u" 张三 "_qs, 800000, 0, true},
        {u"spouse"_qs, u"01"_qs, u"620102199202021234"_qs, u"李四"_qs, 600000, 100000, false}};
    in.commercialAmountFen = 20000000;
    in.commercialBank = u"105"_qs;
    in.commercialTermMonths = 240;
    in.commercialRate = u"４.2"_qs;
    in.conversionOutstandingFen = 1; // another kind's part: never sent
    const ops::Request r = api::loans::apply(in, u"贷款受理"_qs);
    const QJsonObject borrower = r.body.value(u"parties"_qs).toArray().at(0).toObject();
    QCOMPARE(borrower.value(u"documentNumber"_qs).toString(), u"62010219900101123X"_qs);
    QCOMPARE(borrower.value(u"name"_qs).toString(), u"张三"_qs);
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, u"/api/v1/loans/applications"_qs);
    QCOMPARE(r.summary, u"贷款受理"_qs);
    QCOMPARE(
        bodyOf(r.body),
        QByteArray(
            R"({"amountFen":30000000,"bankCode":"102","commercial":{"amountFen":20000000,"bankCode":"105",)"
            R"("rate":"4.2","termMonths":240},"homeOrder":1,"kind":"combination","method":"equal_principal",)"
            R"("parties":[{"creditAuthorised":true,"documentNumber":"62010219900101123X","documentType":"01",)"
            R"("monthlyDebtFen":0,"monthlyIncomeFen":800000,"name":"张三","role":"borrower"},)"
            R"({"creditAuthorised":false,"documentNumber":"620102199202021234","documentType":"01",)"
            R"("monthlyDebtFen":100000,"monthlyIncomeFen":600000,"name":"李四","role":"spouse"}],)"
            R"("property":{"address":"兰州市城关区1号","priceFen":100000000,"purchaseContract":"GF-2026-1"},)"
            R"("termMonths":240})"));

    in.kind = u"conversion"_qs;
    in.conversionBank = u"103"_qs;
    in.conversionContract = u" JY-1 "_qs;
    in.conversionOutstandingFen = 40000000;
    const QJsonObject conversion = api::loans::apply(in, {}).body;
    QVERIFY(!conversion.contains(u"commercial"_qs));
    QCOMPARE(bodyOf(conversion.value(u"conversion"_qs).toObject()),
             QByteArray(R"({"bankCode":"103","contractNumber":"JY-1","outstandingFen":40000000})"));
    in.kind = u"fund"_qs;
    const QJsonObject fund = api::loans::apply(in, {}).body;
    QVERIFY(!fund.contains(u"commercial"_qs) && !fund.contains(u"conversion"_qs));
    // The check is sent the same body as the application: it judges what would be accepted.
    QCOMPARE(api::loans::checkRequest(in).body, fund);
    QCOMPARE(in.fingerprint(), QString::fromUtf8(bodyOf(fund)));

    const ops::Request review = api::loans::review(u" YW2026120500000021 "_qs, u"审核"_qs);
    QCOMPARE(review.path, u"/api/v1/loans/applications/YW2026120500000021/review"_qs);
    QVERIFY(review.body.isEmpty());
    QCOMPARE(api::loans::approve(u"YW1"_qs, {}).path, u"/api/v1/loans/applications/YW1/approve"_qs);
    const ops::Request refuse = api::loans::refuse(u"YW1"_qs, u" 收入不足 "_qs, {});
    QCOMPARE(refuse.path, u"/api/v1/loans/applications/YW1/refuse"_qs);
    QCOMPARE(bodyOf(refuse.body), QByteArray(R"({"reason":"收入不足"})"));
    // A serial with a slash stays one segment.
    QCOMPARE(api::loans::review(u"a/b"_qs, {}).path, u"/api/v1/loans/applications/a%2Fb/review"_qs);

    QCOMPARE(api::loans::listRequest(u"accepted"_qs, 2).path,
             u"/api/v1/loans/applications?page=2&status=accepted"_qs);
    QCOMPARE(api::loans::listRequest({}, 0).path, u"/api/v1/loans/applications?page=1"_qs);
    QCOMPARE(api::loans::listRequest(u"x&y"_qs, 1).path, u"/api/v1/loans/applications?page=1"_qs);
}

void TestLoanApi::identitiesNeverInUrls()
{
    api::LoanRequestInput in;
    in.parties = {{u"borrower"_qs, {}, u"620102199001011234"_qs, u"张三"_qs, 1, 0, true}};
    const ApiRequest check = api::loans::checkRequest(in);
    QCOMPARE(check.method, QByteArray("POST"));
    QVERIFY(check.readOnly);
    QCOMPARE(check.path, u"/api/v1/loans/check"_qs);
    QVERIFY(!check.path.contains(u"620102"_qs));
    QVERIFY(bodyOf(check.body).contains("620102199001011234"));
    QVERIFY(!api::loans::apply(in, {}).path.contains(u"620102"_qs));
}

QTEST_GUILESS_MAIN(TestLoanApi)
#include "tst_loanapi.moc"
