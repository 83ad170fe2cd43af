#include "domain/money.h"
#include "finance/policy.h"
#include "judicial/request.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <functional>

using namespace hpf;
using namespace hpf::judicial;

// The court request record (core/judicial/request.h): the strict JSON reader, the writer's round
// trip, 案号 normalising and every validate() code with its field, for each request type.
namespace {

using Mutate = std::function<void(Request &)>;

const QDate kToday(2026, 12, 4);

Request valid(RequestType type)
{
    Request r;
    r.type = type;
    r.accountNumber = u"620100000123"_qs;
    r.courtCode = u"京0105"_qs;
    r.caseNumber = u"（2026）京0105执1234号"_qs;
    r.ruling = {u"（2026）京0105执1234号之一"_qs, QDate(2026, 11, 20)};
    r.notice = {u"京0105协执字第88号"_qs, QDate(2026, 11, 21)};
    r.officers = {{u"张三"_qs, u"GZ-001"_qs, u"ZW-001"_qs}, {u"李四"_qs, u"GZ-002"_qs, u"ZW-002"_qs}};
    switch (type) {
    case RequestType::Query:
        break;
    case RequestType::Freeze:
        r.amountFen = 1'000'000;
        r.startDate = kToday;
        r.endDate = kToday.addYears(1);
        break;
    case RequestType::Renew:
        r.holdId = 7;
        r.newEndDate = kToday.addYears(2);
        break;
    case RequestType::Unfreeze:
        r.holdId = 7;
        r.grounds = u"debt_paid"_qs;
        break;
    case RequestType::Deduct:
        r.holdId = 7;
        r.amountFen = 500'000;
        r.withdrawalCondition = u"03"_qs;
        r.payee = {u"中国工商银行北京朝阳支行"_qs, u"北京市朝阳区人民法院"_qs, u"0200001234567890"_qs};
        r.caseCause = u"民间借贷纠纷"_qs;
        r.documentKind = DocumentKind::Judgment;
        r.filedOn = QDate(2026, 6, 1);
        r.creditor = {u"王五"_qs, u"110105199001011234"_qs, u"北京市朝阳区建国路1号"_qs, {}};
        break;
    }
    return r;
}

const finance::Policy &policy()
{
    static const finance::Policy p = finance::Policy::defaults().value();
    return p;
}

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

Q_DECLARE_METATYPE(Mutate)
Q_DECLARE_METATYPE(hpf::judicial::RequestType)

class TestJudicialRequest : public QObject
{
    Q_OBJECT

private slots:
    void typeCodes();
    void roundTrip_data();
    void roundTrip();
    void fromJsonRefuses_data();
    void fromJsonRefuses();
    void fromJsonReads();
    void normalize_data();
    void normalize();
    void courtPart_data();
    void courtPart();
    void validRequestsPass_data();
    void validRequestsPass();
    void validateRefuses_data();
    void validateRefuses();
};

void TestJudicialRequest::typeCodes()
{
    for (RequestType t : {RequestType::Query, RequestType::Freeze, RequestType::Renew, RequestType::Unfreeze,
                          RequestType::Deduct})
        QCOMPARE(typeFromCode(typeCode(t)), t);
    QVERIFY(!typeFromCode(u"Freeze").has_value());
    QVERIFY(!typeFromCode(u"").has_value());
    for (DocumentKind k :
         {DocumentKind::Judgment, DocumentKind::Mediation, DocumentKind::PaymentOrder, DocumentKind::Other})
        QCOMPARE(documentKindFromCode(documentKindCode(k)), k);
    QVERIFY(!documentKindFromCode(u"verdict").has_value());
    QCOMPARE(unfreezeGrounds(), (QStringList{u"debt_paid"_qs, u"guarantee"_qs, u"withdrawn"_qs,
                                             u"case_closed"_qs, u"other"_qs}));
}

void TestJudicialRequest::roundTrip_data()
{
    QTest::addColumn<RequestType>("type");
    QTest::addColumn<Mutate>("mutate");
    const Mutate none = [](Request &) {};
    QTest::newRow("query") << RequestType::Query << none;
    QTest::newRow("query by debtor") << RequestType::Query << Mutate([](Request &r) {
        r.accountNumber.clear();
        r.debtor = {u"赵六"_qs, u"11010519491231002X"_qs, {}, {}};
    });
    QTest::newRow("freeze amount") << RequestType::Freeze << none;
    QTest::newRow("freeze whole balance") << RequestType::Freeze << Mutate([](Request &r) {
        r.wholeBalance = true;
        r.amountFen = 0;
    });
    QTest::newRow("renew") << RequestType::Renew << none;
    // No freeze chosen yet: the JSON leaves holdId out and validate says judicial.hold_required.
    QTest::newRow("renew without a hold id")
        << RequestType::Renew << Mutate([](Request &r) { r.holdId = 0; });
    QTest::newRow("deduct without a hold id")
        << RequestType::Deduct << Mutate([](Request &r) { r.holdId = 0; });
    QTest::newRow("unfreeze part") << RequestType::Unfreeze << Mutate([](Request &r) { r.amountFen = 100; });
    QTest::newRow("unfreeze other grounds") << RequestType::Unfreeze << Mutate([](Request &r) {
        r.grounds = u"other"_qs;
        r.groundsText = u"双方和解"_qs;
    });
    QTest::newRow("deduct") << RequestType::Deduct << none;
    QTest::newRow("deduct court ordered, no condition") << RequestType::Deduct << Mutate([](Request &r) {
        r.courtOrdered = true;
        r.withdrawalCondition.clear();
        r.documentKind = DocumentKind::PaymentOrder;
        r.filedOn = {};
    });
    // The risk rules compare the creditor's address and unit: they must survive the stored JSON
    // even when the court sent no creditor name or id.
    QTest::newRow("deduct creditor address only") << RequestType::Deduct << Mutate([](Request &r) {
        r.creditor = {{}, {}, u"北京市朝阳区建国路1号"_qs, u"某某商贸有限公司"_qs};
    });
    QTest::newRow("debtor with address only") << RequestType::Freeze << Mutate([](Request &r) {
        r.debtor = {{}, {}, u"甘肃省兰州市城关区1号"_qs, {}};
    });
    QTest::newRow("maximum amount") << RequestType::Freeze
                                    << Mutate([](Request &r) { r.amountFen = money::kMaximumFen; });
}

void TestJudicialRequest::roundTrip()
{
    QFETCH(RequestType, type);
    QFETCH(Mutate, mutate);
    Request r = valid(type);
    mutate(r);
    const QJsonObject json = toJson(r);
    // through text, as every channel stores and sends it
    const QJsonObject text = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    const Result<Request> back = fromJson(text);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().field + u' ' + back.error().detail));
    QCOMPARE(*back, r);
    QCOMPARE(toJson(*back), json);
}

void TestJudicialRequest::fromJsonRefuses_data()
{
    QTest::addColumn<QByteArray>("patch"); // top-level keys replacing the valid freeze's
    QTest::addColumn<QString>("field");

    QTest::newRow("unknown field") << QByteArray(R"({"amount": 1})") << u"amount"_qs;
    QTest::newRow("unknown nested field")
        << QByteArray(R"({"ruling": {"number": "x", "date": "2026-11-20", "judge": "y"}})")
        << u"ruling.judge"_qs;
    QTest::newRow("unknown officer field")
        << QByteArray(R"({"officers": [{"name": "a", "workCard": "1", "dutyCard": "2", "phone": "3"}]})")
        << u"officers[0].phone"_qs;
    QTest::newRow("unknown payee field") << QByteArray(R"({"payee": {"iban": "x"}})") << u"payee.iban"_qs;
    QTest::newRow("type missing") << QByteArray(R"({"type": null})") << u"type"_qs;
    QTest::newRow("type unknown") << QByteArray(R"({"type": "seize"})") << u"type"_qs;
    QTest::newRow("type upper case") << QByteArray(R"({"type": "FREEZE"})") << u"type"_qs;
    QTest::newRow("courtCode number") << QByteArray(R"({"courtCode": 105})") << u"courtCode"_qs;
    QTest::newRow("caseNumber null") << QByteArray(R"({"caseNumber": null})") << u"caseNumber"_qs;
    QTest::newRow("ruling a string") << QByteArray(R"({"ruling": "（2026）京0105执1234号"})") << u"ruling"_qs;
    QTest::newRow("ruling date number")
        << QByteArray(R"({"ruling": {"number": "x", "date": 20261120}})") << u"ruling.date"_qs;
    QTest::newRow("officers an object") << QByteArray(R"({"officers": {"name": "a"}})") << u"officers"_qs;
    QTest::newRow("officer a string") << QByteArray(R"({"officers": ["张三"]})") << u"officers[0]"_qs;
    QTest::newRow("second officer card number")
        << QByteArray(
               R"({"officers": [{"name": "a", "workCard": "1", "dutyCard": "2"}, {"name": "b", "workCard": 1, "dutyCard": "2"}]})")
        << u"officers[1].workCard"_qs;
    QTest::newRow("five officers") << QByteArray(R"({"officers": [{}, {}, {}, {}, {}]})") << u"officers"_qs;
    QTest::newRow("wholeBalance string") << QByteArray(R"({"wholeBalance": "true"})") << u"wholeBalance"_qs;
    QTest::newRow("wholeBalance number") << QByteArray(R"({"wholeBalance": 1})") << u"wholeBalance"_qs;
    QTest::newRow("amount string") << QByteArray(R"({"amountFen": "1000"})") << u"amountFen"_qs;
    QTest::newRow("amount fraction") << QByteArray(R"({"amountFen": 10.5})") << u"amountFen"_qs;
    QTest::newRow("amount negative") << QByteArray(R"({"amountFen": -1})") << u"amountFen"_qs;
    QTest::newRow("amount above maximum")
        << QStringLiteral(R"({"amountFen": %1})").arg(money::kMaximumFen + 1).toUtf8() << u"amountFen"_qs;
    QTest::newRow("amount huge") << QByteArray(R"({"amountFen": 1e300})") << u"amountFen"_qs;
    QTest::newRow("amount beyond int64") << QByteArray(R"({"amountFen": 1e19})") << u"amountFen"_qs;
    QTest::newRow("amount negative huge") << QByteArray(R"({"amountFen": -1e19})") << u"amountFen"_qs;
    QTest::newRow("start date slashes") << QByteArray(R"({"startDate": "2026/12/04"})") << u"startDate"_qs;
    QTest::newRow("start date short") << QByteArray(R"({"startDate": "2026-12-4"})") << u"startDate"_qs;
    QTest::newRow("start date 30 Feb") << QByteArray(R"({"startDate": "2026-02-30"})") << u"startDate"_qs;
    QTest::newRow("end date with time")
        << QByteArray(R"({"endDate": "2027-12-04T00:00:00"})") << u"endDate"_qs;
    QTest::newRow("end date garbage") << QByteArray(R"({"endDate": "明年今日"})") << u"endDate"_qs;
    QTest::newRow("end date full-width digits")
        << QByteArray(R"({"endDate": "２０２７-１２-０４"})") << u"endDate"_qs;
    QTest::newRow("notice date bad") << QByteArray(R"({"notice": {"number": "x", "date": "2026-13-01"}})")
                                     << u"notice.date"_qs;
    QTest::newRow("holdId number") << QByteArray(R"({"holdId": 7})") << u"holdId"_qs;
    QTest::newRow("holdId zero") << QByteArray(R"({"holdId": "0"})") << u"holdId"_qs;
    QTest::newRow("holdId negative") << QByteArray(R"({"holdId": "-3"})") << u"holdId"_qs;
    QTest::newRow("holdId letters") << QByteArray(R"({"holdId": "7a"})") << u"holdId"_qs;
    QTest::newRow("holdId hex") << QByteArray(R"({"holdId": "0x10"})") << u"holdId"_qs;
    QTest::newRow("holdId too long") << QByteArray(R"({"holdId": "123456789012345678901"})") << u"holdId"_qs;
    QTest::newRow("holdId beyond int64")
        << QByteArray(R"({"holdId": "99999999999999999999"})") << u"holdId"_qs;
    QTest::newRow("accountNumber oversized")
        << QByteArray(R"({"accountNumber": "123456789012345678901"})") << u"accountNumber"_qs;
    QTest::newRow("caseNumber oversized")
        << QString(u"{\"caseNumber\": \"" + QString(61, u'执') + u"\"}").toUtf8() << u"caseNumber"_qs;
    QTest::newRow("officer name oversized")
        << QString(u"{\"officers\": [{\"name\": \"" + QString(61, u'张') + u"\"}]}").toUtf8()
        << u"officers[0].name"_qs;
    QTest::newRow("groundsText oversized")
        << QString(u"{\"groundsText\": \"" + QString(501, u'x') + u"\"}").toUtf8() << u"groundsText"_qs;
    QTest::newRow("debtor address oversized")
        << QString(u"{\"debtor\": {\"address\": \"" + QString(201, u'路') + u"\"}}").toUtf8()
        << u"debtor.address"_qs;
    QTest::newRow("withdrawalCondition oversized")
        << QByteArray(R"({"withdrawalCondition": "03030"})") << u"withdrawalCondition"_qs;
    QTest::newRow("documentKind unknown")
        << QByteArray(R"({"documentKind": "verdict"})") << u"documentKind"_qs;
    QTest::newRow("creditor an array") << QByteArray(R"({"creditor": []})") << u"creditor"_qs;
    QTest::newRow("filedOn bad") << QByteArray(R"({"filedOn": "2026-06-31"})") << u"filedOn"_qs;
}

void TestJudicialRequest::fromJsonRefuses()
{
    QFETCH(QByteArray, patch);
    QFETCH(QString, field);
    QJsonObject json = toJson(valid(RequestType::Freeze));
    const QJsonObject p = QJsonDocument::fromJson(patch).object();
    QVERIFY2(!p.isEmpty(), patch.constData());
    for (auto it = p.begin(); it != p.end(); ++it)
        json.insert(it.key(), it.value());
    const Result<Request> r = fromJson(json);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, u"judicial.invalid"_qs);
    QCOMPARE(r.error().field, field);
    QVERIFY(!r.error().detail.isEmpty());
}

void TestJudicialRequest::fromJsonReads()
{
    // Strings are trimmed, the 案号 normalised, a missing optional field left empty.
    const Result<Request> r = fromJson(parse(R"({"type": "unfreeze", "courtCode": " 京0105 ",
        "caseNumber": "(２０２６) 京0105执 1234号", "holdId": " 42 ", "grounds": "guarantee"})"));
    QVERIFY(r.ok());
    QCOMPARE(r->type, RequestType::Unfreeze);
    QCOMPARE(r->courtCode, u"京0105"_qs);
    QCOMPARE(r->caseNumber, u"（2026）京0105执1234号"_qs);
    QCOMPARE(r->holdId, qint64(42));
    QCOMPARE(r->amountFen, qint64(0));
    QVERIFY(r->officers.isEmpty());
    QVERIFY(!r->ruling.date.isValid());
    // an empty object is read (validate() then names what is missing); a missing type is not
    QVERIFY(!fromJson(QJsonObject()).ok());
}

void TestJudicialRequest::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("already") << u"（2026）京0105执1234号"_qs << u"（2026）京0105执1234号"_qs;
    QTest::newRow("half-width parentheses") << u"(2026)京0105执1234号"_qs << u"（2026）京0105执1234号"_qs;
    QTest::newRow("full-width digits")
        << u"（２０２６）京０１０５执１２３４号"_qs << u"（2026）京0105执1234号"_qs;
    QTest::newRow("tortoise-shell brackets") << u"〔2026〕京0105执1234号"_qs << u"（2026）京0105执1234号"_qs;
    QTest::newRow("square brackets") << u"[2026]京01执恢1号"_qs << u"（2026）京01执恢1号"_qs;
    QTest::newRow("spaces and ideographic space")
        << u" （2026） 京0105\u3000执 1234 号 "_qs << u"（2026）京0105执1234号"_qs;
    QTest::newRow("empty") << QString() << QString();
}

void TestJudicialRequest::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QCOMPARE(normalizeCaseNumber(input), normalized);
    QCOMPARE(normalizeCaseNumber(normalized), normalized); // idempotent
}

void TestJudicialRequest::courtPart_data()
{
    QTest::addColumn<QString>("caseNumber");
    QTest::addColumn<QString>("court"); // empty: refused
    QTest::newRow("district court") << u"（2026）京0105执1234号"_qs << u"京0105"_qs;
    QTest::newRow("intermediate court") << u"（2026）京01执保12号"_qs << u"京01"_qs;
    QTest::newRow("high court") << u"（2025）甘执恢3号"_qs << u"甘"_qs;
    QTest::newRow("supreme court") << u"（2024）最高法执监1号"_qs << u"最高法"_qs;
    QTest::newRow("half-width parentheses") << u"(2026)京0105执1234号"_qs << QString();
    QTest::newRow("no year") << u"京0105执1234号"_qs << QString();
    QTest::newRow("short year") << u"（26）京0105执1234号"_qs << QString();
    QTest::newRow("five court digits") << u"（2026）京01050执1234号"_qs << QString();
    QTest::newRow("no type") << u"（2026）京01051234号"_qs << QString();
    QTest::newRow("no number") << u"（2026）京0105执号"_qs << QString();
    QTest::newRow("no 号") << u"（2026）京0105执1234"_qs << QString();
    QTest::newRow("number too long") << u"（2026）京0105执1234567号"_qs << QString();
    QTest::newRow("latin court") << u"（2026）BJ0105执1234号"_qs << QString();
    QTest::newRow("trailing text") << u"（2026）京0105执1234号之一"_qs << QString();
    QTest::newRow("garbage") << u"请查收"_qs << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestJudicialRequest::courtPart()
{
    QFETCH(QString, caseNumber);
    QFETCH(QString, court);
    const Result<QString> r = caseCourtPart(caseNumber);
    if (court.isEmpty()) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, u"judicial.case_number"_qs);
        QCOMPARE(r.error().field, u"caseNumber"_qs);
    } else {
        QVERIFY(r.ok());
        QCOMPARE(*r, court);
    }
}

void TestJudicialRequest::validRequestsPass_data()
{
    QTest::addColumn<RequestType>("type");
    QTest::addColumn<Mutate>("mutate");
    const Mutate none = [](Request &) {};
    QTest::newRow("query") << RequestType::Query << none;
    QTest::newRow("query by debtor, no documents") << RequestType::Query << Mutate([](Request &r) {
        r.accountNumber.clear();
        r.debtor = {u"赵六"_qs, u"11010519491231002X"_qs, {}, {}};
        r.ruling = {};
        r.notice.number.clear();
    });
    QTest::newRow("freeze") << RequestType::Freeze << none;
    QTest::newRow("freeze whole balance") << RequestType::Freeze << Mutate([](Request &r) {
        r.wholeBalance = true;
        r.amountFen = 0;
    });
    QTest::newRow("freeze ends today")
        << RequestType::Freeze << Mutate([](Request &r) { r.endDate = kToday; });
    QTest::newRow("freeze one day") << RequestType::Freeze << Mutate([](Request &r) {
        r.startDate = kToday;
        r.endDate = kToday;
    });
    QTest::newRow("freeze exactly the maximum")
        << RequestType::Freeze << Mutate([](Request &r) { r.endDate = r.startDate.addMonths(36); });
    QTest::newRow("freeze maximum amount")
        << RequestType::Freeze << Mutate([](Request &r) { r.amountFen = money::kMaximumFen; });
    QTest::newRow("freeze case number half-width")
        << RequestType::Freeze << Mutate([](Request &r) { r.caseNumber = u"(２０２６)京0105执1234号"_qs; });
    QTest::newRow("documents dated today") << RequestType::Freeze << Mutate([](Request &r) {
        r.ruling.date = kToday;
        r.notice.date = kToday;
    });
    QTest::newRow("intermediate court") << RequestType::Freeze << Mutate([](Request &r) {
        r.courtCode = u"京01"_qs;
        r.caseNumber = u"（2026）京01执保9号"_qs;
    });
    QTest::newRow("renew ends today")
        << RequestType::Renew << Mutate([](Request &r) { r.newEndDate = kToday; });
    // A renewal may add the full period to the freeze's current end (民诉法解释 第四百八十五条;
    // finance::AccountHolds checks it against the stored end date): a freeze ending in a year may
    // be renewed to four years from today.
    QTest::newRow("renew full period after a far end")
        << RequestType::Renew << Mutate([](Request &r) { r.newEndDate = kToday.addYears(1).addMonths(36); });
    QTest::newRow("unfreeze all") << RequestType::Unfreeze << none;
    QTest::newRow("unfreeze part") << RequestType::Unfreeze << Mutate([](Request &r) { r.amountFen = 1; });
    for (const QString &g : unfreezeGrounds())
        QTest::addRow("unfreeze grounds %s", qPrintable(g))
            << RequestType::Unfreeze << Mutate([g](Request &r) {
                   r.grounds = g;
                   r.groundsText = u"说明"_qs;
               });
    QTest::newRow("deduct by condition") << RequestType::Deduct << none;
    QTest::newRow("deduct court ordered") << RequestType::Deduct << Mutate([](Request &r) {
        r.courtOrdered = true;
        r.withdrawalCondition.clear();
    });
    QTest::newRow("deduct both bases")
        << RequestType::Deduct << Mutate([](Request &r) { r.courtOrdered = true; });
}

void TestJudicialRequest::validRequestsPass()
{
    QFETCH(RequestType, type);
    QFETCH(Mutate, mutate);
    Request r = valid(type);
    mutate(r);
    const Status s = validate(r, kToday, policy());
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().code + u' ' + s.error().field));
}

void TestJudicialRequest::validateRefuses_data()
{
    QTest::addColumn<RequestType>("type");
    QTest::addColumn<Mutate>("mutate");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const auto row = [](const char *name, RequestType t, Mutate m, const char16_t *code,
                        const char16_t *field) {
        QTest::newRow(name) << t << m << QString::fromUtf16(code) << QString::fromUtf16(field);
    };
    using T = RequestType;

    // court and 案号
    row(
        "court missing", T::Freeze, [](Request &r) { r.courtCode.clear(); }, u"judicial.field_required",
        u"courtCode");
    row(
        "court not listed", T::Freeze, [](Request &r) { r.courtCode = u"沪0101"_qs; },
        u"judicial.court_unknown", u"courtCode");
    row(
        "court full-width digits", T::Freeze, [](Request &r) { r.courtCode = u"京０１０５"_qs; },
        u"judicial.court_unknown", u"courtCode");
    row(
        "case number missing", T::Freeze, [](Request &r) { r.caseNumber.clear(); },
        u"judicial.field_required", u"caseNumber");
    row(
        "case number garbage", T::Freeze, [](Request &r) { r.caseNumber = u"京0105执"_qs; },
        u"judicial.case_number", u"caseNumber");
    row(
        "case number other court", T::Freeze, [](Request &r) { r.caseNumber = u"（2026）京0108执1234号"_qs; },
        u"judicial.case_number", u"caseNumber");
    row(
        "case number parent court", T::Freeze, [](Request &r) { r.caseNumber = u"（2026）京01执1234号"_qs; },
        u"judicial.case_number", u"caseNumber");
    row(
        "case number other court on a query", T::Query,
        [](Request &r) { r.caseNumber = u"（2026）甘0102执1号"_qs; }, u"judicial.case_number", u"caseNumber");

    // documents
    row(
        "ruling number missing", T::Freeze, [](Request &r) { r.ruling.number.clear(); },
        u"judicial.field_required", u"ruling.number");
    row(
        "ruling date missing", T::Renew, [](Request &r) { r.ruling.date = {}; }, u"judicial.field_required",
        u"ruling.date");
    row(
        "notice number missing", T::Deduct, [](Request &r) { r.notice.number.clear(); },
        u"judicial.field_required", u"notice.number");
    row(
        "notice date missing", T::Unfreeze, [](Request &r) { r.notice.date = {}; },
        u"judicial.field_required", u"notice.date");
    row(
        "query notice date missing", T::Query, [](Request &r) { r.notice.date = {}; },
        u"judicial.field_required", u"notice.date");
    row(
        "ruling tomorrow", T::Freeze, [](Request &r) { r.ruling.date = kToday.addDays(1); },
        u"judicial.document_date", u"ruling.date");
    row(
        "notice tomorrow", T::Freeze, [](Request &r) { r.notice.date = kToday.addDays(1); },
        u"judicial.document_date", u"notice.date");
    row(
        "notice before ruling", T::Freeze, [](Request &r) { r.notice.date = r.ruling.date.addDays(-1); },
        u"judicial.document_date", u"notice.date");

    // officers
    row(
        "no officers", T::Freeze, [](Request &r) { r.officers.clear(); }, u"judicial.officers", u"officers");
    row(
        "one officer", T::Freeze, [](Request &r) { r.officers.removeLast(); }, u"judicial.officers",
        u"officers");
    row(
        "three officers", T::Freeze, [](Request &r) { r.officers.append(r.officers.first()); },
        u"judicial.officers", u"officers");
    row(
        "one officer on a query", T::Query, [](Request &r) { r.officers.removeFirst(); },
        u"judicial.officers", u"officers");
    row(
        "officer name missing", T::Freeze, [](Request &r) { r.officers[0].name.clear(); },
        u"judicial.field_required", u"officers[0].name");
    row(
        "work card missing", T::Freeze, [](Request &r) { r.officers[1].workCard.clear(); },
        u"judicial.field_required", u"officers[1].workCard");
    row(
        "duty card missing", T::Deduct, [](Request &r) { r.officers[1].dutyCard.clear(); },
        u"judicial.field_required", u"officers[1].dutyCard");

    // the account
    row(
        "no account, no debtor", T::Freeze, [](Request &r) { r.accountNumber.clear(); },
        u"judicial.field_required", u"accountNumber");
    row(
        "no account, debtor without id", T::Query,
        [](Request &r) {
            r.accountNumber.clear();
            r.debtor = {u"赵六"_qs, {}, {}, {}};
        },
        u"judicial.field_required", u"accountNumber");

    // freeze
    row(
        "amount zero", T::Freeze, [](Request &r) { r.amountFen = 0; }, u"judicial.amount_invalid",
        u"amountFen");
    row(
        "amount negative", T::Freeze, [](Request &r) { r.amountFen = -1; }, u"judicial.amount_invalid",
        u"amountFen");
    row(
        "amount above maximum", T::Freeze, [](Request &r) { r.amountFen = money::kMaximumFen + 1; },
        u"judicial.amount_invalid", u"amountFen");
    row(
        "start missing", T::Freeze, [](Request &r) { r.startDate = {}; }, u"judicial.field_required",
        u"startDate");
    row(
        "end missing", T::Freeze, [](Request &r) { r.endDate = {}; }, u"judicial.field_required", u"endDate");
    row(
        "end before start", T::Freeze, [](Request &r) { r.endDate = r.startDate.addDays(-1); },
        u"judicial.period_invalid", u"endDate");
    row(
        "end yesterday", T::Freeze,
        [](Request &r) {
            r.startDate = kToday.addMonths(-1);
            r.endDate = kToday.addDays(-1);
        },
        u"judicial.end_in_past", u"endDate");
    row(
        "one day too long", T::Freeze, [](Request &r) { r.endDate = r.startDate.addMonths(36).addDays(1); },
        u"judicial.period_too_long", u"endDate");
    row(
        "century", T::Freeze, [](Request &r) { r.endDate = QDate(2126, 1, 1); }, u"judicial.period_too_long",
        u"endDate");
    row(
        "started long ago", T::Freeze,
        [](Request &r) {
            r.startDate = QDate(1999, 1, 1);
            r.endDate = kToday;
        },
        u"judicial.period_too_long", u"endDate");

    // renew
    row(
        "renew without hold", T::Renew, [](Request &r) { r.holdId = 0; }, u"judicial.hold_required",
        u"holdId");
    row(
        "renew negative hold", T::Renew, [](Request &r) { r.holdId = -1; }, u"judicial.hold_required",
        u"holdId");
    row(
        "renew without new end", T::Renew, [](Request &r) { r.newEndDate = {}; }, u"judicial.field_required",
        u"newEndDate");
    row(
        "renew to yesterday", T::Renew, [](Request &r) { r.newEndDate = kToday.addDays(-1); },
        u"judicial.end_in_past", u"newEndDate");

    // unfreeze
    row(
        "unfreeze without hold", T::Unfreeze, [](Request &r) { r.holdId = 0; }, u"judicial.hold_required",
        u"holdId");
    row(
        "unfreeze negative amount", T::Unfreeze, [](Request &r) { r.amountFen = -1; },
        u"judicial.amount_invalid", u"amountFen");
    row(
        "unfreeze above maximum", T::Unfreeze, [](Request &r) { r.amountFen = money::kMaximumFen + 1; },
        u"judicial.amount_invalid", u"amountFen");
    row(
        "grounds missing", T::Unfreeze, [](Request &r) { r.grounds.clear(); }, u"judicial.grounds",
        u"grounds");
    row(
        "grounds unknown", T::Unfreeze, [](Request &r) { r.grounds = u"paid"_qs; }, u"judicial.grounds",
        u"grounds");
    row(
        "grounds in Chinese", T::Unfreeze, [](Request &r) { r.grounds = u"债务已清偿"_qs; },
        u"judicial.grounds", u"grounds");
    row(
        "other grounds without text", T::Unfreeze, [](Request &r) { r.grounds = u"other"_qs; },
        u"judicial.field_required", u"groundsText");

    // deduct
    row(
        "deduct without hold", T::Deduct, [](Request &r) { r.holdId = 0; }, u"judicial.hold_required",
        u"holdId");
    row(
        "deduct zero", T::Deduct, [](Request &r) { r.amountFen = 0; }, u"judicial.amount_invalid",
        u"amountFen");
    row(
        "deduct negative", T::Deduct, [](Request &r) { r.amountFen = -5; }, u"judicial.amount_invalid",
        u"amountFen");
    row(
        "deduct above maximum", T::Deduct, [](Request &r) { r.amountFen = money::kMaximumFen + 1; },
        u"judicial.amount_invalid", u"amountFen");
    row(
        "deduct without basis", T::Deduct, [](Request &r) { r.withdrawalCondition.clear(); },
        u"judicial.deduct_basis", u"withdrawalCondition");
    row(
        "deduct unknown TQYY", T::Deduct, [](Request &r) { r.withdrawalCondition = u"42"_qs; },
        u"judicial.deduct_basis", u"withdrawalCondition");
    row(
        "deduct TQYY one digit", T::Deduct, [](Request &r) { r.withdrawalCondition = u"3"_qs; },
        u"judicial.deduct_basis", u"withdrawalCondition");
    row(
        "deduct TQYY unknown though court ordered", T::Deduct,
        [](Request &r) {
            r.courtOrdered = true;
            r.withdrawalCondition = u"00"_qs;
        },
        u"judicial.deduct_basis", u"withdrawalCondition");
    row(
        "payee bank missing", T::Deduct, [](Request &r) { r.payee.bank.clear(); }, u"judicial.field_required",
        u"payee.bank");
    row(
        "payee name missing", T::Deduct, [](Request &r) { r.payee.name.clear(); }, u"judicial.field_required",
        u"payee.name");
    row(
        "payee account missing", T::Deduct, [](Request &r) { r.payee.account.clear(); },
        u"judicial.field_required", u"payee.account");
}

void TestJudicialRequest::validateRefuses()
{
    QFETCH(RequestType, type);
    QFETCH(Mutate, mutate);
    QFETCH(QString, code);
    QFETCH(QString, field);
    Request r = valid(type);
    QVERIFY(validate(r, kToday, policy()).ok());
    mutate(r);
    const Status s = validate(r, kToday, policy());
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, code);
    QCOMPARE(s.error().field, field);
}

QTEST_GUILESS_MAIN(TestJudicialRequest)
#include "tst_judicialrequest.moc"
