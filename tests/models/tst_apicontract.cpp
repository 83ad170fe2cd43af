// models/api: every response becomes a typed value or api.contract naming the field. Data-driven
// over missing fields, wrong types, extra fields, empty and oversized strings, nested paths.
#include "api/accounts.h"
#include "api/certificates.h"
#include "api/employeelists.h"
#include "api/judicial.h"
#include "api/openings.h"
#include "api/receipts.h"
#include "domain/errortext.h"

#include <QJsonDocument>
#include <QTest>

using namespace hpf::client;

namespace {

QByteArray receiptJson(const QByteArray &override = {})
{
    QByteArray base =
        R"({"serial":"YW2026112200000042","business":"account_seal","businessLabel":"个人账户封存",
        "center":{"name":"示例中心"},"branch":{"name":"营业部"},"teller":{"username":"teller1","name":"王芳"},
        "at":"2026-11-22T10:15:30+08:00","lines":[{"label":"姓名","value":"张*"}],
        "amounts":[{"label":"账户余额","fen":123456,"text":"1,234.56"}])";
    return base + override + "}";
}

// Decodes `json` as the named type; the error, or an empty error on success.
hpf::Error decode(const QString &type, const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    auto errorOf = [](const auto &result) { return result.ok() ? hpf::Error{} : result.error(); };
    if (type == u"Receipt")
        return errorOf(api::Receipt::fromJson(o));
    if (type == u"ReceiptRecord")
        return errorOf(api::ReceiptRecord::fromJson(o));
    if (type == u"JudicialFreeze")
        return errorOf(api::JudicialFreeze::fromJson(o));
    if (type == u"Account")
        return errorOf(api::Account::fromJson(o));
    if (type == u"AccountList")
        return errorOf(api::AccountList::fromJson(o));
    if (type == u"PersonOpened")
        return errorOf(api::PersonOpened::fromJson(o));
    if (type == u"UnitOpened")
        return errorOf(api::UnitOpened::fromJson(o));
    if (type == u"ExistingAccount")
        return errorOf(api::ExistingAccount::fromJson(o));
    if (type == u"ListCheck")
        return errorOf(api::ListCheck::fromJson(o));
    if (type == u"CertificateTypes")
        return errorOf(api::CertificateTypes::fromJson(o));
    if (type == u"CertificateBatchResult")
        return errorOf(api::CertificateBatchResult::fromJson(o));
    return hpf::Error{u"unknown type"_qs, type, {}};
}

} // namespace

class TestApiContract : public QObject
{
    Q_OBJECT
private slots:
    void fromJson_data();
    void fromJson();
    void receiptValues();
    void extraFieldsAreIgnored();
    void contractErrorHasTranslatedText();
    void requestsCarryTheirBody();
};

void TestApiContract::fromJson_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field"); // empty: decodes

    const QByteArray longText = '"' + QByteArray(api::kMaxTextLength + 1, 'x') + '"';
    const QByteArray longId = '"' + QByteArray(api::kMaxIdLength + 1, '1') + '"';

    QTest::newRow("receipt ok") << u"Receipt"_qs << receiptJson() << QString();
    QTest::newRow("receipt minimal (no branch, teller, lines)")
        << u"Receipt"_qs
        << QByteArray(
               R"({"serial":"YW1","businessLabel":"x","center":{"name":"c"},"at":"2026-11-22T10:00:00+08:00"})")
        << QString();
    QTest::newRow("receipt without serial")
        << u"Receipt"_qs
        << QByteArray(R"({"businessLabel":"x","center":{"name":"c"},"at":"2026-11-22T10:00:00+08:00"})")
        << u"serial"_qs;
    QTest::newRow("receipt serial null")
        << u"Receipt"_qs
        << QByteArray(
               R"({"serial":null,"businessLabel":"x","center":{"name":"c"},"at":"2026-11-22T10:00:00Z"})")
        << u"serial"_qs;
    QTest::newRow("receipt empty serial")
        << u"Receipt"_qs
        << QByteArray(
               R"({"serial":"","businessLabel":"x","center":{"name":"c"},"at":"2026-11-22T10:00:00Z"})")
        << u"serial"_qs;
    QTest::newRow("receipt serial a number")
        << u"Receipt"_qs
        << QByteArray(
               R"({"serial":42,"businessLabel":"x","center":{"name":"c"},"at":"2026-11-22T10:00:00Z"})")
        << u"serial"_qs;
    QTest::newRow("receipt oversized serial")
        << u"Receipt"_qs
        << QByteArray(R"({"serial":)" + longId +
                      R"(,"businessLabel":"x","center":{"name":"c"},"at":"2026-11-22T10:00:00Z"})")
        << u"serial"_qs;
    QTest::newRow("receipt oversized label")
        << u"Receipt"_qs
        << QByteArray(R"({"serial":"YW1","businessLabel":)" + longText +
                      R"(,"center":{"name":"c"},"at":"2026-11-22T10:00:00Z"})")
        << u"businessLabel"_qs;
    QTest::newRow("receipt empty label is text")
        << u"Receipt"_qs
        << QByteArray(
               R"({"serial":"YW1","businessLabel":"","center":{"name":"c"},"at":"2026-11-22T10:00:00Z"})")
        << QString();
    QTest::newRow("receipt center not an object")
        << u"Receipt"_qs
        << QByteArray(R"({"serial":"YW1","businessLabel":"x","center":"c","at":"2026-11-22T10:00:00Z"})")
        << u"center"_qs;
    QTest::newRow("receipt center without name")
        << u"Receipt"_qs
        << QByteArray(R"({"serial":"YW1","businessLabel":"x","center":{},"at":"2026-11-22T10:00:00Z"})")
        << u"center.name"_qs;
    QTest::newRow("receipt bad time")
        << u"Receipt"_qs
        << QByteArray(R"({"serial":"YW1","businessLabel":"x","center":{"name":"c"},"at":"yesterday"})")
        << u"at"_qs;
    QTest::newRow("receipt line not an object")
        << u"Receipt"_qs << receiptJson(R"(,"lines":["x"])") << u"lines[0]"_qs;
    QTest::newRow("receipt line value a number")
        << u"Receipt"_qs << receiptJson(R"(,"lines":[{"label":"a","value":"b"},{"label":"c","value":3}])")
        << u"lines[1].value"_qs;
    QTest::newRow("receipt amount fen fractional")
        << u"Receipt"_qs << receiptJson(R"(,"amounts":[{"label":"a","text":"1","fen":1.5}])")
        << u"amounts[0].fen"_qs;
    QTest::newRow("receipt amount fen a string")
        << u"Receipt"_qs << receiptJson(R"(,"amounts":[{"label":"a","text":"1","fen":"100"}])")
        << u"amounts[0].fen"_qs;
    QTest::newRow("receipt lines not an array")
        << u"Receipt"_qs << receiptJson(R"(,"lines":{})") << u"lines"_qs;
    QTest::newRow("receipt teller without username")
        << u"Receipt"_qs << receiptJson(R"(,"teller":{"name":"王芳"})") << u"teller.username"_qs;
    QTest::newRow("empty object") << u"Receipt"_qs << QByteArray("{}") << u"serial"_qs;
    QTest::newRow("not an object at all") << u"Receipt"_qs << QByteArray("[1,2]") << u"serial"_qs;

    QTest::newRow("record ok") << u"ReceiptRecord"_qs
                               << QByteArray(R"({"receipt":)" + receiptJson() +
                                             R"(,"reprints":2,"lastReprintAt":"2026-11-23T09:00:00+08:00"})")
                               << QString();
    QTest::newRow("record never reprinted")
        << u"ReceiptRecord"_qs
        << QByteArray(R"({"receipt":)" + receiptJson() + R"(,"reprints":0,"lastReprintAt":null})")
        << QString();
    QTest::newRow("record nested failure names the path")
        << u"ReceiptRecord"_qs << QByteArray(R"({"receipt":{"serial":"YW1"},"reprints":0})")
        << u"receipt.businessLabel"_qs;
    QTest::newRow("record reprints missing")
        << u"ReceiptRecord"_qs << QByteArray(R"({"receipt":)" + receiptJson() + "}") << u"reprints"_qs;

    // A freeze as the judicial desk reads it (search, outcome).
    QTest::newRow("freeze ok")
        << u"JudicialFreeze"_qs
        << QByteArray(
               R"({"holdId":"7","state":"active","courtName":"京0105","caseNumber":"（2026）京0105执1号","registeredAt":"2026-12-01T08:00:00Z","amountFen":100})")
        << QString();
    QTest::newRow("freeze amount as text")
        << u"JudicialFreeze"_qs
        << QByteArray(
               R"({"holdId":"7","state":"active","courtName":"京0105","caseNumber":"（2026）京0105执1号","registeredAt":"2026-12-01T08:00:00Z","amountFen":"100"})")
        << u"amountFen"_qs;
    QTest::newRow("freeze amount beyond 2^53")
        << u"JudicialFreeze"_qs
        << QByteArray(
               R"({"holdId":"7","state":"active","courtName":"京0105","caseNumber":"（2026）京0105执1号","registeredAt":"2026-12-01T08:00:00Z","amountFen":1e300})")
        << u"amountFen"_qs;
    QTest::newRow("freeze case number missing")
        << u"JudicialFreeze"_qs
        << QByteArray(
               R"({"holdId":"7","state":"active","courtName":"x","registeredAt":"2026-12-01T08:00:00Z"})")
        << u"caseNumber"_qs;
    QTest::newRow("freeze state a number")
        << u"JudicialFreeze"_qs
        << QByteArray(
               R"({"holdId":"7","state":1,"courtName":"x","caseNumber":"y","registeredAt":"2026-12-01T08:00:00Z"})")
        << u"state"_qs;

    QTest::newRow("account minimal") << u"Account"_qs << QByteArray(R"({"accountNumber":"1","state":"01"})")
                                     << QString();
    QTest::newRow("account balance a string")
        << u"Account"_qs << QByteArray(R"({"accountNumber":"1","state":"01","balanceFen":"12"})")
        << u"balanceFen"_qs;
    QTest::newRow("account bad opening date")
        << u"Account"_qs << QByteArray(R"({"accountNumber":"1","state":"01","openedOn":"2026-13-40"})")
        << u"openedOn"_qs;
    QTest::newRow("account list item without state")
        << u"AccountList"_qs
        << QByteArray(R"({"items":[{"accountNumber":"1","state":"01"},{"accountNumber":"2"}]})")
        << u"items[1].state"_qs;
    QTest::newRow("account list empty") << u"AccountList"_qs << QByteArray(R"({"items":[]})") << QString();
    QTest::newRow("account list missing") << u"AccountList"_qs << QByteArray("{}") << u"items"_qs;

    const QByteArray opened = R"({"serial":"YW1","action":"opened","previousUnitAccount":"",
        "account":{"accountNumber":"1","kind":"employed","unitAccount":"8","unitName":"u","firstMonth":"2026-11"},
        "deposit":{"baseFen":500000,"unitAmountFen":60000,"personalAmountFen":60000,"totalFen":120000},
        "warnings":[{"code":"deposit.base_raised_to_floor"}],"receipt":)" +
                              receiptJson() + "}";
    QTest::newRow("person opened ok") << u"PersonOpened"_qs << opened << QString();
    QTest::newRow("person opened without deposit total")
        << u"PersonOpened"_qs << QByteArray(opened).replace(R"(,"totalFen":120000)", "")
        << u"deposit.totalFen"_qs;
    QTest::newRow("person opened warning without code")
        << u"PersonOpened"_qs
        << QByteArray(opened).replace(R"({"code":"deposit.base_raised_to_floor"})", "{}")
        << u"warnings[0].code"_qs;
    QTest::newRow("unit opened without unit")
        << u"UnitOpened"_qs << QByteArray(R"({"serial":"YW1","receipt":)" + receiptJson() + "}")
        << u"unit"_qs;
    QTest::newRow("existing account ok")
        << u"ExistingAccount"_qs
        << QByteArray(
               R"({"code":"account.exists_active","existingAccount":{"accountNumber":"1","state":"01","sameUnit":true}})")
        << QString();
    QTest::newRow("existing account sameUnit as text")
        << u"ExistingAccount"_qs
        << QByteArray(R"({"existingAccount":{"accountNumber":"1","state":"01","sameUnit":"yes"}})")
        << u"existingAccount.sameUnit"_qs;

    QTest::newRow("list check ok")
        << u"ListCheck"_qs
        << QByteArray(
               R"({"willOpen":3,"willUnseal":1,"errors":[{"row":2,"field":"documentNumber","code":"identity.checksum"}]})")
        << QString();
    QTest::newRow("list check error row missing")
        << u"ListCheck"_qs
        << QByteArray(R"({"willOpen":3,"willUnseal":1,"errors":[{"code":"identity.checksum"}]})")
        << u"errors[0].row"_qs;

    QTest::newRow("certificate types ok")
        << u"CertificateTypes"_qs
        << QByteArray(
               R"({"issuingAvailable":true,"types":[{"code":"deposit","title":"缴存证明","inputs":[{"name":"loanCity","label":"拟贷款城市","maxLength":20}]}]})")
        << QString();
    QTest::newRow("certificate type without code")
        << u"CertificateTypes"_qs << QByteArray(R"({"types":[{"title":"缴存证明"}]})") << u"types[0].code"_qs;
    QTest::newRow("batch item issued without certificate")
        << u"CertificateBatchResult"_qs
        << QByteArray(R"({"items":[{"accountNumber":"1","status":"issued"}]})") << u"items[0].certificate"_qs;
    QTest::newRow("batch item refused")
        << u"CertificateBatchResult"_qs
        << QByteArray(R"({"items":[{"accountNumber":"1","status":"refused","code":"cert.loan_record"}]})")
        << QString();
}

void TestApiContract::fromJson()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const hpf::Error error = decode(type, json);
    if (field.isEmpty()) {
        QVERIFY2(error.code.isEmpty(), qPrintable(error.code + u' ' + error.field + u' ' + error.detail));
        return;
    }
    QCOMPARE(error.code, u"api.contract"_qs);
    QCOMPARE(error.field, field);
    QVERIFY(!error.detail.isEmpty());
}

void TestApiContract::receiptValues()
{
    const auto r = api::Receipt::fromJson(QJsonDocument::fromJson(receiptJson()).object());
    QVERIFY(r.ok());
    QCOMPARE(r->serial, u"YW2026112200000042"_qs);
    QCOMPARE(r->businessLabel, u"个人账户封存"_qs);
    QCOMPARE(r->tellerName, u"王芳"_qs);
    QCOMPARE(r->at, QDateTime(QDate(2026, 11, 22), QTime(2, 15, 30), Qt::UTC));
    QCOMPARE(r->lines.size(), 1);
    QCOMPARE(r->amounts.value(0).fen, qint64(123456));
}

void TestApiContract::extraFieldsAreIgnored()
{
    const auto plain = api::Receipt::fromJson(QJsonDocument::fromJson(receiptJson()).object());
    const auto extra = api::Receipt::fromJson(
        QJsonDocument::fromJson(receiptJson(R"(,"futureField":{"x":[1,2]},"workstation":"W1")")).object());
    QVERIFY(plain.ok() && extra.ok());
    QCOMPARE(*extra, *plain);
}

void TestApiContract::contractErrorHasTranslatedText()
{
    QVERIFY(hpf::errortext::knownCodes().contains(u"api.contract"_qs));
    const QString text = hpf::errortext::describe(api::contractError(u"receipt.serial"_qs, u"missing"_qs));
    QVERIFY2(text.contains(u"receipt.serial"_qs), qPrintable(text));
    QVERIFY2(text.contains(u"does not match"_qs), qPrintable(text));
}

void TestApiContract::requestsCarryTheirBody()
{
    const ops::Request seal = api::accounts::seal(u"1000 0/1"_qs, u"01"_qs, QString(), u"封存"_qs);
    QCOMPARE(seal.path, u"/api/v1/accounts/1000%200%2F1/seal"_qs); // a typed number cannot reach another path
    QCOMPARE(seal.body.value(u"reason").toString(), u"01"_qs);
    QVERIFY(!seal.body.contains(u"memo"));
    const ops::Request flexible = api::openings::openFlexible(
        {u"01"_qs, u"110101199003077777"_qs, u"张三"_qs, QString(), 500000, QDate(2026, 11, 1)}, u"12"_qs,
        u"x"_qs);
    QCOMPARE(flexible.body.value(u"firstMonth").toString(), u"2026-11"_qs);
    QCOMPARE(flexible.body.value(u"wageBaseFen").toInteger(), qint64(500000));
    QVERIFY(!flexible.body.contains(u"mobile"));
    QCOMPARE(flexible.body.value(u"ratio").toString(), u"12"_qs);
}

QTEST_GUILESS_MAIN(TestApiContract)
#include "tst_apicontract.moc"
