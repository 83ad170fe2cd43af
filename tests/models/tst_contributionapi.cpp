// models/api/contributions: every contribution and interest answer (remittance preview and posting,
// the month history, back payments and their row problems, deferrals, base adjustments, interest
// statements and runs) becomes a typed value or api.contract naming the JSON path. Data-driven over
// good answers, missing members, wrong types and ugly values (totals that are not the sum of their
// lines, negative money, a month 2026-13, an unknown status); the month and year a teller types
// (full-width digits, separators, out of range); the request builders (paths and bodies).
#include "api/contributions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace hpf;
using namespace hpf::client;

namespace {

const QByteArray kReceipt =
    R"({"serial":"YW2026120400000071","business":"remittance","businessLabel":"汇缴",
    "center":{"name":"兰州住房公积金管理中心"},"branch":{"name":"城关管理部"},"teller":{"username":"teller1","name":"王芳"},
    "at":"2026-12-04T08:00:00+08:00","lines":[{"label":"汇缴月份","value":"2026-11"}],
    "amounts":[{"label":"合计","text":"1,920.00","fen":192000}]})";

// Two people at 12% + 12%: bases 5,000.00 and 3,000.00 → 600 + 600 and 360 + 360 yuan.
const QByteArray kPreview =
    R"({"unitAccount":"62010001","unitName":"兰州甲公司","month":"2026-11","firstMonth":"2020-01",
    "lines":[{"accountNumber":"620100000001","name":"张*","baseFen":500000,"unitRatio":"12%","personalRatio":"12%",
    "unitAmountFen":60000,"personalAmountFen":60000,"amountFen":120000},
    {"accountNumber":"620100000002","name":"李*","baseFen":300000,"unitRatio":"12%","personalRatio":"12%",
    "unitAmountFen":36000,"personalAmountFen":36000,"amountFen":72000}],
    "excluded":[{"accountNumber":"620100000003","name":"王*","reason":"first_month_later","firstMonth":"2026-12"}],
    "employees":2,"unitTotalFen":96000,"personalTotalFen":96000,"totalFen":192000})";

QByteArray posted()
{
    return R"({"serial":"YW2026120400000071","unitAccount":"62010001","month":"2026-11","employees":2,
    "unitTotalFen":96000,"personalTotalFen":96000,"totalFen":192000,"items":[
    {"accountNumber":"620100000001","baseFen":500000,"unitAmountFen":60000,"personalAmountFen":60000,
    "amountFen":120000,"balanceFen":1120000},
    {"accountNumber":"620100000002","baseFen":300000,"unitAmountFen":36000,"personalAmountFen":36000,
    "amountFen":72000,"balanceFen":72000}],"receipt":)" +
           kReceipt + "}";
}

QByteArray backPayment()
{
    return R"({"serial":"YW2026120400000072","unitAccount":"62010001","month":"2026-05","reason":"01",
    "reasonLabel":"漏缴","lines":[{"accountNumber":"620100000001","name":"张*","baseFen":500000,
    "unitAmountFen":60000,"personalAmountFen":60000,"amountFen":120000,"balanceFen":1240000}],
    "employees":1,"totalFen":120000,"receipt":)" +
           kReceipt + "}";
}

const QByteArray kDeferral =
    R"({"id":7,"serial":"YW2026120400000073","unitAccount":"62010001","fromMonth":"2026-12","toMonth":"2027-05",
    "reason":"经营困难","approvedBy":"supervisor1","status":"approved","createdAt":"2026-12-04T08:00:00+08:00"})";

const QByteArray kAdjustmentRows =
    R"([{"row":0,"accountNumber":"620100000001","name":"张*","oldBaseFen":500000,"requestedBaseFen":600000,
    "newBaseFen":600000,"clamp":"none","code":"","field":""},
    {"row":1,"accountNumber":"620100000002","name":"李*","oldBaseFen":300000,"requestedBaseFen":100000,
    "newBaseFen":192000,"clamp":"floor","code":"","field":""}])";

QByteArray validation()
{
    return R"({"year":2026,"effectiveFrom":"2026-07-01","unitRatio":"12%","personalRatio":"12%","rows":)" +
           kAdjustmentRows + R"(,"errors":0,"clamped":1,"unchanged":3})";
}

QByteArray adjusted()
{
    return R"({"serial":"YW2026120400000074","year":2026,"effectiveFrom":"2026-07-01","count":2,"clamped":1,
    "unchanged":3,"rows":)" +
           kAdjustmentRows + R"(,"receipt":)" + kReceipt + "}";
}

const QByteArray kStatement =
    R"({"unitAccount":"62010001","unitName":"兰州甲公司","year":2026,"settlementDate":"2026-06-30",
    "period":{"from":"2025-07-01","to":"2026-06-30"},"rates":[{"from":"2025-07-01","annual":"1.5%"}],
    "lines":[{"accountNumber":"620100000001","name":"张*","openingBalanceFen":1000000,"interestFen":15000,
    "closingBalanceFen":1015000},{"accountNumber":"620100000002","name":"李*","openingBalanceFen":0,
    "interestFen":0,"closingBalanceFen":0}],"employees":2,"totalInterestFen":15000,"serial":"YW2026070100000001"})";

const QByteArray kRuns =
    R"({"items":[{"year":2026,"settlementDate":"2026-06-30","status":"done","accountsPosted":42,
    "totalInterestFen":987654,"startedAt":"2026-07-01T00:00:01+08:00","finishedAt":"2026-07-01T00:00:09+08:00"},
    {"year":2027,"settlementDate":"2027-06-30","status":"queued","accountsPosted":0,"totalInterestFen":0,
    "startedAt":null,"finishedAt":null}],"nextSettlement":"2027-06-30"})";

Error decode(const QString &type, const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return Error{u"test.bad_json"_qs, parseError.errorString(), QString::fromUtf8(json)};
    auto errorOf = [](const auto &result) { return result.ok() ? Error{} : result.error(); };
    if (type == u"Preview")
        return errorOf(api::RemittancePreview::fromJson(o));
    if (type == u"Posted")
        return errorOf(api::RemittancePosted::fromJson(o));
    if (type == u"History")
        return errorOf(api::RemittanceHistory::fromJson(o));
    if (type == u"Rows")
        return errorOf(api::RowProblems::fromJson(o));
    if (type == u"BackPayment")
        return errorOf(api::BackPayment::fromJson(o));
    if (type == u"Deferral")
        return errorOf(api::DeferralCreated::fromJson(o));
    if (type == u"Deferrals")
        return errorOf(api::Deferrals::fromJson(o));
    if (type == u"Validation")
        return errorOf(api::AdjustmentValidation::fromJson(o));
    if (type == u"Adjusted")
        return errorOf(api::AdjustmentPosted::fromJson(o));
    if (type == u"Statement")
        return errorOf(api::InterestStatement::fromJson(o));
    if (type == u"Runs")
        return errorOf(api::InterestRuns::fromJson(o));
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

QByteArray with(QByteArray json, const char *from, const char *to)
{
    return json.replace(from, to);
}

} // namespace

class TestContributionApi : public QObject
{
    Q_OBJECT
private slots:
    void readers_data();
    void readers();
    void values();
    void months_data();
    void months();
    void years_data();
    void years();
    void builders();
};

void TestContributionApi::readers_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field"); // empty: decodes; else the path api.contract names

    QTest::newRow("preview good") << u"Preview"_qs << kPreview << QString();
    QTest::newRow("preview without exclusions")
        << u"Preview"_qs << with(kPreview, R"("excluded":[)", R"("excludedX":[)") << QString();
    QTest::newRow("preview: unit total not the sum of the lines")
        << u"Preview"_qs
        << with(with(kPreview, R"("unitTotalFen":96000)", R"("unitTotalFen":96001)"), R"("totalFen":192000)",
                R"("totalFen":192001)")
        << u"unitTotalFen"_qs;
    QTest::newRow("preview: total not unit + personal")
        << u"Preview"_qs << with(kPreview, R"("totalFen":192000)", R"("totalFen":192001)") << u"totalFen"_qs;
    QTest::newRow("preview: line amount not the two shares")
        << u"Preview"_qs << with(kPreview, R"("amountFen":72000)", R"("amountFen":72001)")
        << u"lines[1].amountFen"_qs;
    QTest::newRow("preview: employees differ")
        << u"Preview"_qs << with(kPreview, R"("employees":2)", R"("employees":3)") << u"employees"_qs;
    QTest::newRow("preview: month 2026-13")
        << u"Preview"_qs << with(kPreview, R"("month":"2026-11")", R"("month":"2026-13")") << u"month"_qs;
    QTest::newRow("preview: negative base")
        << u"Preview"_qs << with(kPreview, R"("baseFen":300000)", R"("baseFen":-300000)")
        << u"lines[1].baseFen"_qs;
    QTest::newRow("preview: base a string")
        << u"Preview"_qs << with(kPreview, R"("baseFen":300000)", R"("baseFen":"3000.00")")
        << u"lines[1].baseFen"_qs;
    QTest::newRow("preview: exclusion without reason")
        << u"Preview"_qs << with(kPreview, R"("reason":"first_month_later",)", "")
        << u"excluded[0].reason"_qs;
    QTest::newRow("preview: exclusion first month 2026-1")
        << u"Preview"_qs << with(kPreview, R"("firstMonth":"2026-12")", R"("firstMonth":"2026-1")")
        << u"excluded[0].firstMonth"_qs;

    QTest::newRow("posted good") << u"Posted"_qs << posted() << QString();
    QTest::newRow("posted: receipt missing")
        << u"Posted"_qs << with(posted(), R"(,"receipt":)", R"(,"receiptX":)") << u"receipt"_qs;
    QTest::newRow("posted: employees differ from items")
        << u"Posted"_qs << with(posted(), R"("employees":2)", R"("employees":1)") << u"employees"_qs;
    QTest::newRow("posted: item balance missing")
        << u"Posted"_qs << with(posted(), R"(,"balanceFen":72000)", "") << u"items[1].balanceFen"_qs;

    const QByteArray history =
        R"({"unitAccount":"62010001","items":[{"month":"2026-11","serial":"YW1","employees":2,
        "unitTotalFen":96000,"personalTotalFen":96000,"totalFen":192000,"postedAt":"2026-12-04T08:00:00.123+08:00"}]})";
    QTest::newRow("history good") << u"History"_qs << history << QString();
    QTest::newRow("history: empty postedAt of an older server")
        << u"History"_qs << with(history, R"("2026-12-04T08:00:00.123+08:00")", R"("")") << QString();
    QTest::newRow("history: postedAt garbage")
        << u"History"_qs << with(history, R"("2026-12-04T08:00:00.123+08:00")", R"("yesterday")")
        << u"items[0].postedAt"_qs;

    const QByteArray rows =
        R"({"code":"backpay.rows","field":"rows","rows":[{"row":0,"field":"rows[0].accountNumber",
        "code":"account.not_found"},{"row":2,"field":"rows[2].amountFen","code":"backpay.not_paid"}]})";
    QTest::newRow("row problems good") << u"Rows"_qs << rows << QString();
    QTest::newRow("row problems: another problem without rows")
        << u"Rows"_qs << QByteArray(R"({"code":"unit.state","field":"unitAccount"})") << u"rows"_qs;
    QTest::newRow("row problems: negative row")
        << u"Rows"_qs << with(rows, R"("row":2)", R"("row":-2)") << u"rows[1].row"_qs;

    QTest::newRow("back payment good") << u"BackPayment"_qs << backPayment() << QString();
    QTest::newRow("back payment: total not the lines")
        << u"BackPayment"_qs << with(backPayment(), R"("totalFen":120000)", R"("totalFen":120001)")
        << u"totalFen"_qs;
    QTest::newRow("back payment: reason missing")
        << u"BackPayment"_qs << with(backPayment(), R"("reason":"01",)", "") << u"reason"_qs;

    const QByteArray created = R"({"deferral":)" + kDeferral + R"(,"receipt":)" + kReceipt + "}";
    QTest::newRow("deferral good") << u"Deferral"_qs << created << QString();
    QTest::newRow("deferral: unknown status")
        << u"Deferral"_qs << with(created, R"("approved")", R"("pending")") << u"deferral.status"_qs;
    QTest::newRow("deferral: ends before it starts")
        << u"Deferral"_qs << with(created, R"("toMonth":"2027-05")", R"("toMonth":"2026-05")")
        << u"deferral.toMonth"_qs;
    QTest::newRow("deferrals good") << u"Deferrals"_qs << QByteArray(R"({"items":[)" + kDeferral + "]}")
                                    << QString();
    QTest::newRow("deferrals: createdAt missing")
        << u"Deferrals"_qs
        << QByteArray(R"({"items":[)" + with(kDeferral, R"(,"createdAt":"2026-12-04T08:00:00+08:00")", "") +
                      "]}")
        << u"items[0].createdAt"_qs;

    QTest::newRow("validation good") << u"Validation"_qs << validation() << QString();
    QTest::newRow("validation: clamped count differs")
        << u"Validation"_qs << with(validation(), R"("clamped":1)", R"("clamped":0)") << u"errors"_qs;
    QTest::newRow("validation: unknown clamp")
        << u"Validation"_qs << with(validation(), R"("clamp":"floor")", R"("clamp":"bottom")")
        << u"rows[1].clamp"_qs;
    QTest::newRow("adjusted good") << u"Adjusted"_qs << adjusted() << QString();
    QTest::newRow("adjusted: count differs")
        << u"Adjusted"_qs << with(adjusted(), R"("count":2)", R"("count":5)") << u"count"_qs;
    QTest::newRow("adjusted: effectiveFrom 2026-02-30")
        << u"Adjusted"_qs << with(adjusted(), R"("2026-07-01","count")", R"("2026-02-30","count")")
        << u"effectiveFrom"_qs;

    QTest::newRow("statement good") << u"Statement"_qs << kStatement << QString();
    QTest::newRow("statement: total not the lines")
        << u"Statement"_qs << with(kStatement, R"("totalInterestFen":15000)", R"("totalInterestFen":15001)")
        << u"totalInterestFen"_qs;
    QTest::newRow("statement: negative interest")
        << u"Statement"_qs << with(kStatement, R"("interestFen":0)", R"("interestFen":-1)")
        << u"lines[1].interestFen"_qs;
    QTest::newRow("statement: period reversed")
        << u"Statement"_qs << with(kStatement, R"("to":"2026-06-30")", R"("to":"2025-06-30")")
        << u"period"_qs;
    QTest::newRow("statement: rate without start")
        << u"Statement"_qs << with(kStatement, R"({"from":"2025-07-01","annual")", R"({"annual")")
        << u"rates[0].from"_qs;

    QTest::newRow("runs good") << u"Runs"_qs << kRuns << QString();
    QTest::newRow("runs: unknown status")
        << u"Runs"_qs << with(kRuns, R"("status":"queued")", R"("status":"lost")") << u"items[1].status"_qs;
    QTest::newRow("runs: next settlement missing")
        << u"Runs"_qs << with(kRuns, R"(,"nextSettlement":"2027-06-30")", "") << u"nextSettlement"_qs;
}

void TestContributionApi::readers()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const Error e = decode(type, json);
    if (field.isEmpty()) {
        QVERIFY2(e.code.isEmpty(), qPrintable(e.code + u' ' + e.field + u' ' + e.detail));
        return;
    }
    QCOMPARE(e.code, u"api.contract"_qs);
    QCOMPARE(e.field, field);
}

void TestContributionApi::values()
{
    const auto p = decoded<api::RemittancePreview>(kPreview);
    QCOMPARE(p.lines.size(), 2);
    QCOMPARE(p.lines.at(1).unitAmountFen, 36000);
    QCOMPARE(p.lines.at(0).unitRatio, u"12%"_qs);
    QCOMPARE(p.excluded.size(), 1);
    QCOMPARE(p.excluded.at(0).firstMonth, u"2026-12"_qs);
    QCOMPARE(p.totalFen, 192000);

    const auto posting = decoded<api::RemittancePosted>(posted());
    QCOMPARE(posting.totalFen, p.totalFen);
    QCOMPARE(posting.receipt.serial, u"YW2026120400000071"_qs);

    api::RemittanceHistory history;
    QCOMPARE(history.nextMonth(), QString());
    history.items = {{u"2026-11"_qs, u"YW1"_qs, 1, 1, {}},
                     {u"2026-12"_qs, u"YW2"_qs, 1, 1, {}},
                     {u"2025-06"_qs, u"YW0"_qs, 1, 1, {}}};
    QCOMPARE(history.nextMonth(), u"2027-01"_qs); // across the year end

    const auto d =
        decoded<api::DeferralCreated>(R"({"deferral":)" + kDeferral + R"(,"receipt":)" + kReceipt + "}");
    QCOMPARE(d.deferral.id, u"7"_qs); // a numeric id, as text
    QCOMPARE(d.deferral.approvedBy, u"supervisor1"_qs);

    const auto v = decoded<api::AdjustmentValidation>(validation());
    QCOMPARE(v.rows.at(1).clamp, u"floor"_qs);
    QVERIFY(v.rows.at(1).clamped());
    QVERIFY(!v.rows.at(0).clamped());
    QCOMPARE(v.rows.at(1).newBaseFen, 192000);
    QCOMPARE(v.unchanged, 3);

    const auto rows =
        decoded<api::RowProblems>(R"({"code":"adjustment.rows","rows":)" +
                                  with(kAdjustmentRows, R"("code":"","field":""}])",
                                       R"("code":"adjustment.not_employee","field":"rows[1]"}])") +
                                  "}");
    QCOMPARE(rows.rows.size(), 1); // the fine row is left out
    QCOMPARE(rows.rows.at(0).row, 1);
    QCOMPARE(rows.rows.at(0).code, u"adjustment.not_employee"_qs);

    const auto s = decoded<api::InterestStatement>(kStatement);
    QCOMPARE(s.periodFrom, QDate(2025, 7, 1));
    QCOMPARE(s.rates.at(0).annual, u"1.5%"_qs);
    QCOMPARE(s.lines.at(0).closingBalanceFen, 1015000);

    const auto runs = decoded<api::InterestRuns>(kRuns);
    QCOMPARE(runs.items.size(), 2);
    QVERIFY(runs.items.at(0).finishedAt.isValid());
    QVERIFY(!runs.items.at(1).startedAt.isValid());
    QCOMPARE(runs.nextSettlement, QDate(2027, 6, 30));
}

void TestContributionApi::months_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("month");
    QTest::newRow("plain") << u"2026-05"_qs << u"2026-05"_qs;
    QTest::newRow("one digit") << u"2026-5"_qs << u"2026-05"_qs;
    QTest::newRow("compact") << u"202605"_qs << u"2026-05"_qs;
    QTest::newRow("slash") << u"2026/05"_qs << u"2026-05"_qs;
    QTest::newRow("dot") << u"2026.12"_qs << u"2026-12"_qs;
    QTest::newRow("chinese") << u"2026年5月"_qs << u"2026-05"_qs;
    QTest::newRow("full-width digits") << u"２０２６－０５"_qs << u"2026-05"_qs;
    QTest::newRow("spaces") << u" 2026 - 05 "_qs << u"2026-05"_qs;
    QTest::newRow("ideographic space") << u"2026-05\u3000"_qs << u"2026-05"_qs;
    QTest::newRow("month 13") << u"2026-13"_qs << QString();
    QTest::newRow("month 0") << u"2026-00"_qs << QString();
    QTest::newRow("year 1899") << u"1899-12"_qs << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("date") << u"2026-05-01"_qs << QString();
    QTest::newRow("five digits") << u"20265"_qs << QString();
    QTest::newRow("letters") << u"May 2026"_qs << QString();
    QTest::newRow("oversized") << QString(5000, u'9') << QString();
}

void TestContributionApi::months()
{
    QFETCH(QString, typed);
    QFETCH(QString, month);
    QCOMPARE(api::contributions::normaliseMonth(typed), month);
}

void TestContributionApi::years_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("year");
    QTest::newRow("plain") << u"2026"_qs << 2026;
    QTest::newRow("full-width") << u"２０２５"_qs << 2025;
    QTest::newRow("with 年") << u"2024年"_qs << 2024;
    QTest::newRow("spaces") << u" 2026 "_qs << 2026;
    QTest::newRow("two digits") << u"26"_qs << 0;
    QTest::newRow("3000") << u"3000"_qs << 0;
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("negative") << u"-2026"_qs << 0;
}

void TestContributionApi::years()
{
    QFETCH(QString, typed);
    QFETCH(int, year);
    QCOMPARE(api::contributions::normaliseYear(typed), year);
}

void TestContributionApi::builders()
{
    using namespace api::contributions;
    QCOMPARE(previewPath(u" 62010001 "_qs, u"2026-11"_qs),
             u"/api/v1/units/62010001/remittances/preview?month=2026-11"_qs);
    // A typed unit cannot escape its path segment.
    QVERIFY(!previewPath(u"../admin"_qs, u"2026-11"_qs).contains(u"/../"_qs));

    const ops::Request post = api::contributions::post(u"62010001"_qs, u"2026-11"_qs, 192000, 2, u"汇缴"_qs);
    QCOMPARE(post.method, QByteArray("POST"));
    QCOMPARE(post.path, u"/api/v1/units/62010001/remittances"_qs);
    QCOMPARE(post.body.value(u"expectedTotalFen"_qs).toInteger(), 192000);
    QCOMPARE(post.body.value(u"expectedEmployees"_qs).toInt(), 2);
    QCOMPARE(post.body.size(), 3);

    const ops::Request back =
        backPay(u"62010001"_qs, u"2026-05"_qs, u"02"_qs, u"  "_qs,
                {{u"620100000001"_qs, std::nullopt, 12345}, {u"620100000002"_qs, 300000, {}}}, u"补缴"_qs);
    QCOMPARE(back.path, u"/api/v1/units/62010001/back-payments"_qs);
    QVERIFY(!back.body.contains(u"memo"_qs)); // blank memo left out
    const QJsonArray rows = back.body.value(u"rows"_qs).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject().value(u"amountFen"_qs).toInteger(), 12345);
    QVERIFY(!rows.at(0).toObject().contains(u"baseFen"_qs));
    QCOMPARE(rows.at(1).toObject().value(u"baseFen"_qs).toInteger(), 300000);
    QVERIFY(!rows.at(1).toObject().contains(u"amountFen"_qs));

    const ops::Request deferral =
        defer(u"62010001"_qs, u"2026-12"_qs, u"2027-05"_qs, u" 经营困难 "_qs, u"证明已阅"_qs, u"缓缴"_qs);
    QCOMPARE(deferral.path, u"/api/v1/units/62010001/deferrals"_qs);
    QCOMPARE(deferral.body.value(u"reason"_qs).toString(), u"经营困难"_qs);
    QCOMPARE(deferral.body.value(u"memo"_qs).toString(), u"证明已阅"_qs);

    api::AdjustmentRequest adjustment{
        2026, QString(), u"10%"_qs, {{QString(), u"620102199001011234"_qs, u"张三"_qs, 600000}}};
    const ApiRequest validate = validateAdjustmentRequest(u"62010001"_qs, adjustment);
    QCOMPARE(validate.method, QByteArray("POST"));
    QVERIFY(validate.readOnly); // a read sent as POST: the identity numbers stay out of the URL
    QCOMPARE(validate.path, u"/api/v1/units/62010001/base-adjustments/validate"_qs);
    QVERIFY(!validate.path.contains(u"620102199001011234"_qs));
    QVERIFY(!validate.body.contains(u"unitRatio"_qs));
    QCOMPARE(validate.body.value(u"personalRatio"_qs).toString(), u"10%"_qs);
    const QJsonObject row = validate.body.value(u"rows"_qs).toArray().at(0).toObject();
    QCOMPARE(row.value(u"documentType"_qs).toString(), u"01"_qs);
    QCOMPARE(row.value(u"baseFen"_qs).toInteger(), 600000);
    const ops::Request submit = submitAdjustment(u"62010001"_qs, adjustment, u"基数调整"_qs);
    QCOMPARE(submit.path, u"/api/v1/units/62010001/base-adjustments"_qs);
    QCOMPARE(submit.body, validate.body);

    const ops::Request run = api::interest::run(2026, u"结息"_qs);
    QCOMPARE(run.path, u"/api/v1/interest/runs"_qs);
    QCOMPARE(run.body.value(u"year"_qs).toInt(), 2026);
}

QTEST_GUILESS_MAIN(TestContributionApi)
#include "tst_contributionapi.moc"
