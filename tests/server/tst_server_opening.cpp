// Account opening through HTTP on SQLite and PostgreSQL (issue 5): 单位开户 with every field rule,
// 个人开户 (derived birth date and sex, deposit preview with clamping, 一人一户 with the existing
// account named, a sealed account unsealed under the new unit), 灵活就业, and the 封存/启封 state
// machine. Oracles are core/domain and core/finance, never numbers copied from the server.
#include "domain/identity.h"
#include "domain/money.h"
#include "finance/deposit.h"
#include "finance/rate.h"
#include "openinghelpers.h"
#include "suitebase.h"

#include <QJsonDocument>
#include <QTest>

using namespace hpf::test;
using hpf::accountnumber::Kind;

namespace {

QJsonObject withValue(QJsonObject body, const QString &path, const QJsonValue &value)
{
    const QStringList parts = path.split(u'.');
    if (parts.size() == 1) {
        if (value.isUndefined())
            body.remove(path);
        else
            body.insert(path, value);
        return body;
    }
    body.insert(parts.at(0), withValue(body.value(parts.at(0)).toObject(), parts.mid(1).join(u'.'), value));
    return body;
}

hpf::finance::Policy policy()
{
    return *hpf::finance::Policy::defaults();
}

} // namespace

class TestServerOpening : public ServerSuite
{
    Q_OBJECT
public:
    using ServerSuite::ServerSuite;

private slots:
    void unitOpeningRules_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const QJsonValue none(QJsonValue::Undefined);
        QTest::newRow("valid") << u"name"_qs << QJsonValue(u"单位"_qs) << 201 << QString() << QString();
        QTest::newRow("credit code lower case, spaces")
            << u"creditCode"_qs << QJsonValue(u" 91350100m000100y43 "_qs) << 201 << QString() << QString();
        QTest::newRow("credit code full-width")
            << u"creditCode"_qs << QJsonValue(u"９１３５０１００Ｍ０００１００Ｙ４３"_qs) << 201 << QString()
            << QString();
        QTest::newRow("credit code check") << u"creditCode"_qs << QJsonValue(u"91350100M000100Y44"_qs) << 422
                                           << u"credit_code.checksum"_qs << u"creditCode"_qs;
        QTest::newRow("credit code empty")
            << u"creditCode"_qs << QJsonValue(u""_qs) << 400 << u"request.field_empty"_qs << u"creditCode"_qs;
        QTest::newRow("name missing")
            << u"name"_qs << none << 400 << u"request.field_required"_qs << u"name"_qs;
        QTest::newRow("name oversized") << u"name"_qs << QJsonValue(QString(101, u'名')) << 400
                                        << u"request.field_too_long"_qs << u"name"_qs;
        QTest::newRow("economic type unknown") << u"economicType"_qs << QJsonValue(u"999"_qs) << 422
                                               << u"unit.economic_type"_qs << u"economicType"_qs;
        QTest::newRow("legal rep check digit")
            << u"legalRepresentative.documentNumber"_qs << QJsonValue(u"110105194912310021"_qs) << 422
            << u"identity.checksum"_qs << u"legalRepresentative.documentNumber"_qs;
        QTest::newRow("legal rep lower-case x")
            << u"legalRepresentative.documentNumber"_qs << QJsonValue(u"11010519491231002x"_qs) << 201
            << QString() << QString();
        QTest::newRow("legal rep doc type")
            << u"legalRepresentative.documentType"_qs << QJsonValue(u"07"_qs) << 422
            << u"identity.document_type"_qs << u"legalRepresentative.documentType"_qs;
        QTest::newRow("legal rep unknown field")
            << u"legalRepresentative.age"_qs << QJsonValue(40) << 400 << u"request.unknown_field"_qs
            << u"legalRepresentative.age"_qs;
        QTest::newRow("contact mobile landline") << u"contact.mobile"_qs << QJsonValue(u"0931-8888888"_qs)
                                                 << 422 << u"mobile.format"_qs << u"contact.mobile"_qs;
        QTest::newRow("contact mobile +86")
            << u"contact.mobile"_qs << QJsonValue(u"+86 138 1234 5678"_qs) << 201 << QString() << QString();
        QTest::newRow("bank account letters") << u"bank.account"_qs << QJsonValue(u"6222ABC"_qs) << 422
                                              << u"bank.account"_qs << u"bank.account"_qs;
        QTest::newRow("bank code") << u"bank.code"_qs << QJsonValue(u"1A2"_qs) << 422 << u"bank.code"_qs
                                   << u"bank.code"_qs;
        QTest::newRow("unit ratio above policy")
            << u"unitRatio"_qs << QJsonValue(u"13"_qs) << 422 << u"deposit.ratio_range"_qs << u"unitRatio"_qs;
        QTest::newRow("personal ratio below policy") << u"personalRatio"_qs << QJsonValue(u"4.99"_qs) << 422
                                                     << u"deposit.ratio_range"_qs << u"personalRatio"_qs;
        QTest::newRow("ratio not a number")
            << u"unitRatio"_qs << QJsonValue(u"twelve"_qs) << 422 << u"rate.format"_qs << u"unitRatio"_qs;
        QTest::newRow("remittance day 0") << u"remittanceDay"_qs << QJsonValue(0) << 422
                                          << u"unit.remittance_day"_qs << u"remittanceDay"_qs;
        QTest::newRow("remittance day 32") << u"remittanceDay"_qs << QJsonValue(32) << 422
                                           << u"unit.remittance_day"_qs << u"remittanceDay"_qs;
        QTest::newRow("remittance day 31")
            << u"remittanceDay"_qs << QJsonValue(31) << 201 << QString() << QString();
        QTest::newRow("first month one back")
            << u"firstMonth"_qs << QJsonValue(u"2025-06"_qs) << 201 << QString() << QString();
        QTest::newRow("first month too far back") << u"firstMonth"_qs << QJsonValue(u"2025-05"_qs) << 422
                                                  << u"opening.first_month_past"_qs << u"firstMonth"_qs;
        QTest::newRow("first month too far ahead") << u"firstMonth"_qs << QJsonValue(u"2026-08"_qs) << 422
                                                   << u"opening.first_month_future"_qs << u"firstMonth"_qs;
        QTest::newRow("first month 13") << u"firstMonth"_qs << QJsonValue(u"2025-13"_qs) << 422
                                        << u"opening.month_format"_qs << u"firstMonth"_qs;
    }
    void unitOpeningRules()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const QString teller = f().login(u"teller1"_qs);
        QJsonObject body = withValue(unitOpeningBody(1), path, value);
        if (path != u"creditCode")
            body[u"creditCode"_qs] = u"91350100M000100Y43"_qs;
        const Reply r = f().post(u"/api/v1/openings/units"_qs, body, teller, ServerFixture::newKey());
        QCOMPARE(r.status, status);
        QCOMPARE(r.code(), code);
        QCOMPARE(r.json.value(u"field"_qs).toString(), field);
        if (status != 201) {
            QCOMPARE(scalar(f(), u"SELECT COUNT(*) FROM units"_qs), 0);
            return;
        }
        const QJsonObject unit = r.json.value(u"unit"_qs).toObject();
        auto number = hpf::accountnumber::parse(unit.value(u"unitAccount"_qs).toString(), Kind::Unit);
        QVERIFY(number.ok());
        QCOMPARE(unit.value(u"creditCode"_qs).toString(), u"91350100M000100Y43"_qs);
        QCOMPARE(unit.value(u"state"_qs).toString(), u"01"_qs);
        QCOMPARE(unit.value(u"contact"_qs).toObject().value(u"mobile"_qs).toString(), u"13812345678"_qs);
        const QJsonObject receipt = r.json.value(u"receipt"_qs).toObject();
        QCOMPARE(receipt.value(u"serial"_qs).toString(), r.json.value(u"serial"_qs).toString());
        QCOMPARE(receipt.value(u"business"_qs).toString(), u"unit_opening"_qs);
        QCOMPARE(receipt.value(u"branch"_qs).toObject().value(u"code"_qs).toString(), u"0001"_qs);
        QCOMPARE(receipt.value(u"teller"_qs).toObject().value(u"username"_qs).toString(), u"teller1"_qs);
        QCOMPARE(QDateTime::fromString(receipt.value(u"at"_qs).toString(), Qt::ISODate), f().clock().now());
        const QJsonObject fields = receipt.value(u"fields"_qs).toObject();
        QCOMPARE(fields.value(u"unitAccount"_qs).toString(), number->number);
        const QString repNumber =
            fields.value(u"legalRepresentative"_qs).toObject().value(u"documentNumber"_qs).toString();
        QCOMPARE(repNumber, hpf::identity::maskNumber(u"11010519491231002X"));
        QCOMPARE(fields.value(u"contact"_qs).toObject().value(u"mobile"_qs).toString(), u"138****5678"_qs);
        QCOMPARE(auditCount(f(), u"openings.unit"_qs), 1);
    }

    void unitDuplicateAndReplay()
    {
        const QString teller = f().login(u"teller1"_qs);
        const QString key = ServerFixture::newKey();
        const Reply first = f().post(u"/api/v1/openings/units"_qs, unitOpeningBody(7), teller, key);
        QCOMPARE(first.status, 201);
        const Reply replay = f().post(u"/api/v1/openings/units"_qs, unitOpeningBody(7), teller, key);
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.body, first.body);
        QCOMPARE(replay.headers.value("idempotent-replayed"), QByteArray("true"));
        QJsonObject changed = unitOpeningBody(7);
        changed[u"remittanceDay"_qs] = 10;
        QCOMPARE(f().post(u"/api/v1/openings/units"_qs, changed, teller, key).code(),
                 u"idempotency.payload_mismatch"_qs);
        const Reply dup =
            f().post(u"/api/v1/openings/units"_qs, unitOpeningBody(7), teller, ServerFixture::newKey());
        QCOMPARE(dup.status, 409);
        QCOMPARE(dup.code(), u"unit.exists"_qs);
        QCOMPARE(dup.json.value(u"existingUnit"_qs).toObject().value(u"unitAccount"_qs).toString(),
                 first.json.value(u"unit"_qs).toObject().value(u"unitAccount"_qs).toString());
        QCOMPARE(scalar(f(), u"SELECT COUNT(*) FROM units"_qs), 1);
        QCOMPARE(auditCount(f(), u"openings.unit"_qs, u"unit.exists"_qs), 1);
    }

    void personalOpeningRules_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const QString id = u"440524188001010014"_qs;
        QString fullWidth;
        for (QChar c : u"11010519491231002X"_qs)
            fullWidth += c == u'X' ? QChar(0xFF38) : QChar(c.unicode() - u'0' + 0xFF10);
        QTest::newRow("valid") << u"documentNumber"_qs << QJsonValue(id) << 201 << QString() << QString();
        QTest::newRow("full-width ID with X")
            << u"documentNumber"_qs << QJsonValue(fullWidth) << 201 << QString() << QString();
        QTest::newRow("lower-case x")
            << u"documentNumber"_qs << QJsonValue(u"11010519491231002x"_qs) << 201 << QString() << QString();
        QTest::newRow("wrong check digit") << u"documentNumber"_qs << QJsonValue(u"440524188001010015"_qs)
                                           << 422 << u"identity.checksum"_qs << u"documentNumber"_qs;
        QTest::newRow("impossible birth date") << u"documentNumber"_qs << QJsonValue(u"620102199002301232"_qs)
                                               << 422 << u"identity.birth_date"_qs << u"documentNumber"_qs;
        QTest::newRow("empty number") << u"documentNumber"_qs << QJsonValue(u" "_qs) << 400
                                      << u"request.field_empty"_qs << u"documentNumber"_qs;
        QTest::newRow("oversized number") << u"documentNumber"_qs << QJsonValue(QString(41, u'1')) << 400
                                          << u"request.field_too_long"_qs << u"documentNumber"_qs;
        QTest::newRow("document type") << u"documentType"_qs << QJsonValue(u"07"_qs) << 422
                                       << u"identity.document_type"_qs << u"documentType"_qs;
        QTest::newRow("mobile") << u"mobile"_qs << QJsonValue(u"1381234567"_qs) << 422 << u"mobile.format"_qs
                                << u"mobile"_qs;
        QTest::newRow("base zero") << u"wageBaseFen"_qs << QJsonValue(0) << 400 << u"request.field_range"_qs
                                   << u"wageBaseFen"_qs;
        QTest::newRow("base fraction")
            << u"wageBaseFen"_qs << QJsonValue(100.5) << 400 << u"request.field_type"_qs << u"wageBaseFen"_qs;
        QTest::newRow("first month past") << u"firstMonth"_qs << QJsonValue(u"2024-12"_qs) << 422
                                          << u"opening.first_month_past"_qs << u"firstMonth"_qs;
        QTest::newRow("unit account check") << u"unitAccount"_qs << QJsonValue(u"MISTYPE"_qs) << 422
                                            << u"account_number.characters"_qs << u"unitAccount"_qs;
        QTest::newRow("personal number as unit")
            << u"unitAccount"_qs << QJsonValue(*hpf::accountnumber::make(Kind::Personal, 5)) << 422
            << u"account_number.kind"_qs << u"unitAccount"_qs;
        QTest::newRow("unknown unit")
            << u"unitAccount"_qs << QJsonValue(*hpf::accountnumber::make(Kind::Unit, 4242)) << 404
            << u"unit.not_found"_qs << u"unitAccount"_qs;
    }
    void personalOpeningRules()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const QString teller = f().login(u"teller1"_qs);
        const QString unit = openUnit(f(), teller, 1);
        QVERIFY(!unit.isEmpty());
        const QJsonObject body = withValue(personalOpeningBody(unit, 1, 600000), path, value);
        const Reply r = f().post(u"/api/v1/openings/accounts"_qs, body, teller, ServerFixture::newKey());
        QCOMPARE(r.status, status);
        QCOMPARE(r.code(), code);
        QCOMPARE(r.json.value(u"field"_qs).toString(), field);
        QCOMPARE(scalar(f(), u"SELECT COUNT(*) FROM accounts"_qs), status == 201 ? 1 : 0);
        if (status == 201)
            QVERIFY(hpf::accountnumber::parse(accountOf(r), Kind::Personal).ok());
    }

    // Birth date and sex come from the number; the deposit is core/finance's, clamped with a warning.
    void personalDerivedFieldsAndDeposit_data()
    {
        QTest::addColumn<qint64>("base");
        QTest::addColumn<QString>("warning");
        QTest::newRow("ordinary") << qint64(888888) << QString();
        QTest::newRow("below floor") << qint64(100) << u"deposit.base_raised_to_floor"_qs;
        QTest::newRow("above ceiling") << qint64(99999999) << u"deposit.base_lowered_to_ceiling"_qs;
    }
    void personalDerivedFieldsAndDeposit()
    {
        QFETCH(qint64, base);
        QFETCH(QString, warning);
        const QString teller = f().login(u"teller1"_qs);
        const QString unit = openUnit(f(), teller, 2);
        QJsonObject body = personalOpeningBody(unit, 0, base);
        body[u"documentNumber"_qs] = u"11010519491231002X"_qs;
        body[u"name"_qs] = u"欧阳娜娜"_qs;
        const Reply r = f().post(u"/api/v1/openings/accounts"_qs, body, teller, ServerFixture::newKey());
        QCOMPARE(r.status, 201);
        const QJsonObject person = r.json.value(u"person"_qs).toObject();
        QCOMPARE(person.value(u"birthDate"_qs).toString(), u"1949-12-31"_qs);
        QCOMPARE(person.value(u"sex"_qs).toString(), u"2"_qs); // sequence 002: even → female
        auto expected = hpf::finance::computeMonthlyDeposit(policy(), QDate(2025, 7, 1), base,
                                                            hpf::finance::Rate::fromPpm(120000),
                                                            hpf::finance::Rate::fromPpm(100000));
        QVERIFY(expected.ok());
        const QJsonObject deposit = r.json.value(u"deposit"_qs).toObject();
        QCOMPARE(deposit.value(u"baseFen"_qs).toInteger(), expected->base);
        QCOMPARE(deposit.value(u"requestedBaseFen"_qs).toInteger(), base);
        QCOMPARE(deposit.value(u"unitAmountFen"_qs).toInteger(), expected->unitAmount);
        QCOMPARE(deposit.value(u"personalAmountFen"_qs).toInteger(), expected->personalAmount);
        QCOMPARE(deposit.value(u"totalFen"_qs).toInteger(), expected->total);
        const QJsonArray warnings = r.json.value(u"warnings"_qs).toArray();
        QCOMPARE(warnings.size(), warning.isEmpty() ? 0 : 1);
        if (!warning.isEmpty()) {
            QCOMPARE(warnings.at(0).toObject().value(u"code"_qs).toString(), warning);
            QCOMPARE(warnings.at(0).toObject().value(u"field"_qs).toString(), u"wageBaseFen"_qs);
        }
        const QJsonObject receipt = r.json.value(u"receipt"_qs).toObject();
        const QJsonObject masked = receipt.value(u"fields"_qs).toObject().value(u"person"_qs).toObject();
        QCOMPARE(masked.value(u"name"_qs).toString(), u"欧阳**"_qs);
        QCOMPARE(masked.value(u"documentNumber"_qs).toString(),
                 hpf::identity::maskNumber(u"11010519491231002X"));
        QVERIFY(!receipt.value(u"fields"_qs)
                     .toObject()
                     .value(u"person"_qs)
                     .toObject()
                     .value(u"documentNumber"_qs)
                     .toString()
                     .contains(u"19491231"));
        // The printed lines carry the same masked values, never the full identity number.
        QHash<QString, QString> lines;
        for (const QJsonValue &v : receipt.value(u"lines"_qs).toArray())
            lines.insert(v[u"label"].toString(), v[u"value"].toString());
        QCOMPARE(lines.value(u"姓名"_qs), u"欧阳**"_qs);
        QCOMPARE(lines.value(u"证件号码"_qs), hpf::identity::maskNumber(u"11010519491231002X"));
        QCOMPARE(lines.value(u"缴存基数"_qs), hpf::money::format(deposit.value(u"baseFen"_qs).toInteger()));
        QVERIFY(!QJsonDocument(receipt.value(u"lines"_qs).toArray()).toJson().contains("19491231"));
        const QJsonArray amounts = receipt.value(u"amounts"_qs).toArray();
        QCOMPARE(amounts.size(), 3);
        QCOMPARE(amounts.at(2).toObject().value(u"fen"_qs).toInteger(), expected->total);
        QCOMPARE(amounts.at(2).toObject().value(u"upper"_qs).toString(),
                 *hpf::money::toChineseUpper(expected->total));
        // The stored account carries the clamped base; the journal has the 开户 event.
        const Reply acc = f().get(u"/api/v1/accounts/"_qs + accountOf(r), teller);
        QCOMPARE(acc.json.value(u"baseFen"_qs).toInteger(), expected->base);
        const Reply journal = f().get(u"/api/v1/accounts/"_qs + accountOf(r) + u"/journal"_qs, teller);
        QCOMPARE(
            journal.json.value(u"items"_qs).toArray().at(0).toObject().value(u"businessType"_qs).toString(),
            u"03"_qs);
        QCOMPARE(f().ledgerInvariantViolation(), QString());
    }

    void onePersonOneAccount()
    {
        const QString teller = f().login(u"teller1"_qs);
        const QString unitA = openUnit(f(), teller, 3);
        const QString unitB = openUnit(f(), teller, 4);
        const Reply first = openPerson(f(), teller, unitA, 5);
        QCOMPARE(first.status, 201);
        for (const QString &unit : {unitB, unitA}) {
            const Reply again = openPerson(f(), teller, unit, 5);
            QCOMPARE(again.status, 409);
            QCOMPARE(again.code(), u"account.exists_active"_qs);
            const QJsonObject existing = again.json.value(u"existingAccount"_qs).toObject();
            QCOMPARE(existing.value(u"accountNumber"_qs).toString(), accountOf(first));
            QCOMPARE(existing.value(u"unitAccount"_qs).toString(), unitA);
            QCOMPARE(existing.value(u"sameUnit"_qs).toBool(), unit == unitA);
            QCOMPARE(existing.value(u"transferPossible"_qs).toBool(), unit != unitA);
        }
        QJsonObject otherName = personalOpeningBody(unitB, 5, 600000);
        otherName[u"name"_qs] = u"别人"_qs;
        QCOMPARE(f().post(u"/api/v1/openings/accounts"_qs, otherName, teller, ServerFixture::newKey()).code(),
                 u"person.name_mismatch"_qs);
        QCOMPARE(scalar(f(), u"SELECT COUNT(*) FROM accounts"_qs), 1);
        QCOMPARE(auditCount(f(), u"openings.account"_qs, u"account.exists_active"_qs), 2);
    }

    void sealedAccountIsUnsealedUnderNewUnit()
    {
        const QString teller = f().login(u"teller1"_qs);
        const QString unitA = openUnit(f(), teller, 5);
        const QString unitB = openUnit(f(), teller, 6);
        const QString account = accountOf(openPerson(f(), teller, unitA, 8));
        const Reply sealed = f().post(u"/api/v1/accounts/"_qs + account + u"/seal"_qs,
                                      {{u"reason"_qs, u"01"_qs}}, teller, ServerFixture::newKey());
        QCOMPARE(sealed.status, 200);
        QCOMPARE(sealed.json.value(u"account"_qs).toObject().value(u"state"_qs).toString(), u"02"_qs);
        const Reply moved = openPerson(f(), teller, unitB, 8, 700000);
        QCOMPARE(moved.status, 201);
        QCOMPARE(moved.json.value(u"action"_qs).toString(), u"unsealed"_qs);
        QCOMPARE(accountOf(moved), account);
        QCOMPARE(moved.json.value(u"previousUnitAccount"_qs).toString(), unitA);
        const Reply acc = f().get(u"/api/v1/accounts/"_qs + account, teller);
        QCOMPARE(acc.json.value(u"state"_qs).toString(), u"01"_qs);
        QCOMPARE(acc.json.value(u"unitAccount"_qs).toString(), unitB);
        QCOMPARE(acc.json.value(u"baseFen"_qs).toInteger(), 700000);
        QCOMPARE(scalar(f(), u"SELECT COUNT(*) FROM accounts"_qs), 1);
        QStringList types;
        const QJsonArray items = f().get(u"/api/v1/accounts/"_qs + account + u"/journal"_qs, teller)
                                     .json.value(u"items"_qs)
                                     .toArray();
        for (const QJsonValue &v : items)
            types << v.toObject().value(u"businessType"_qs).toString();
        QCOMPARE(types, (QStringList{u"03"_qs, u"05"_qs, u"04"_qs}));
        QCOMPARE(auditCount(f(), u"accounts.unseal"_qs), 1);
        QCOMPARE(auditCount(f(), u"accounts.seal"_qs), 1);
        QCOMPARE(moved.json.value(u"receipt"_qs).toObject().value(u"businessLabel"_qs).toString(),
                 u"个人开户（启封）"_qs);
    }

    void sealStateMachine_data()
    {
        QTest::addColumn<QString>("setState"); // account state forced before the call ("" = as opened)
        QTest::addColumn<QString>("unitState");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("seal normal") << QString() << QString() << u"seal"_qs << u"01"_qs << 200 << QString();
        QTest::newRow("seal sealed") << u"02"_qs << QString() << u"seal"_qs << u"01"_qs << 422
                                     << u"account.already_sealed"_qs;
        QTest::newRow("unseal sealed")
            << u"02"_qs << QString() << u"unseal"_qs << QString() << 200 << QString();
        QTest::newRow("unseal normal")
            << QString() << QString() << u"unseal"_qs << QString() << 422 << u"account.not_sealed"_qs;
        QTest::newRow("seal closed 03")
            << u"03"_qs << QString() << u"seal"_qs << u"01"_qs << 422 << u"account.closed"_qs;
        QTest::newRow("unseal closed 05")
            << u"05"_qs << QString() << u"unseal"_qs << QString() << 422 << u"account.closed"_qs;
        QTest::newRow("seal frozen 06")
            << u"06"_qs << QString() << u"seal"_qs << u"01"_qs << 422 << u"account.state_invalid"_qs;
        QTest::newRow("unseal, unit closed")
            << u"02"_qs << u"04"_qs << u"unseal"_qs << QString() << 422 << u"unit.not_open"_qs;
        QTest::newRow("seal, unit closed")
            << QString() << u"04"_qs << u"seal"_qs << u"02"_qs << 200 << QString();
        QTest::newRow("seal reason unknown")
            << QString() << QString() << u"seal"_qs << u"77"_qs << 422 << u"seal.reason"_qs;
    }
    void sealStateMachine()
    {
        QFETCH(QString, setState);
        QFETCH(QString, unitState);
        QFETCH(QString, action);
        QFETCH(QString, reason);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QString teller = f().login(u"teller1"_qs);
        const QString unit = openUnit(f(), teller, 9);
        const QString account = accountOf(openPerson(f(), teller, unit, 11));
        QVERIFY(!account.isEmpty());
        if (!setState.isEmpty())
            QVERIFY(execDb(f(), QStringLiteral("UPDATE accounts SET state = '%1'").arg(setState)));
        if (!unitState.isEmpty())
            QVERIFY(execDb(f(), QStringLiteral("UPDATE units SET state = '%1'").arg(unitState)));
        const QJsonObject body = reason.isEmpty() ? QJsonObject{} : QJsonObject{{u"reason"_qs, reason}};
        const Reply r = f().post(u"/api/v1/accounts/"_qs + account + u'/' + action, body, teller,
                                 ServerFixture::newKey());
        QCOMPARE(r.status, status);
        QCOMPARE(r.code(), code);
        const QString before = setState.isEmpty() ? u"01"_qs : setState;
        const QString expected = status == 200 ? (action == u"seal" ? u"02"_qs : u"01"_qs) : before;
        QCOMPARE(f().get(u"/api/v1/accounts/"_qs + account, teller).json.value(u"state"_qs).toString(),
                 expected);
        if (status == 200) {
            QCOMPARE(r.json.value(u"previousState"_qs).toString(), before);
            QCOMPARE(r.json.value(u"receipt"_qs).toObject().value(u"business"_qs).toString(),
                     action == u"seal" ? u"account_seal"_qs : u"account_unseal"_qs);
            QCOMPARE(auditCount(f(), u"accounts."_qs + action), 1);
        }
    }

    void sealRefusesMistypedNumberAndOtherBranch()
    {
        const QString teller = f().login(u"teller1"_qs);
        const QString account = accountOf(openPerson(f(), teller, openUnit(f(), teller, 12), 13));
        QString typo = account;
        typo[5] = typo[5] == u'0' ? u'1' : u'0';
        Reply r = f().post(u"/api/v1/accounts/"_qs + typo + u"/seal"_qs, {{u"reason"_qs, u"01"_qs}}, teller,
                           ServerFixture::newKey());
        QCOMPARE(r.code(), u"account_number.checksum"_qs);
        r = f().post(u"/api/v1/accounts/"_qs + account.toLower() + u"/seal"_qs, {{u"reason"_qs, u"01"_qs}},
                     f().login(u"teller2"_qs), ServerFixture::newKey());
        QCOMPARE(r.code(), u"auth.branch_denied"_qs);
    }

    void unitNotOpen()
    {
        const QString teller = f().login(u"teller1"_qs);
        const QString unit = openUnit(f(), teller, 14);
        QVERIFY(execDb(f(), u"UPDATE units SET state = '05'"_qs));
        const Reply r = openPerson(f(), teller, unit, 15);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), u"unit.not_open"_qs);
        const Reply list =
            f().post(u"/api/v1/units/"_qs + unit + u"/employee-lists"_qs,
                     {{u"rows"_qs, QJsonArray{personRow(16, 500000)}}}, teller, ServerFixture::newKey());
        QCOMPARE(list.code(), u"unit.not_open"_qs);
        QCOMPARE(scalar(f(), u"SELECT COUNT(*) FROM accounts"_qs), 0);
    }

    void flexibleRules_data()
    {
        QTest::addColumn<QString>("ratio");
        QTest::addColumn<qint64>("base");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("ok 12%") << u"12"_qs << qint64(500000) << 201 << QString() << QString();
        QTest::newRow("ok 24%") << u"24"_qs << qint64(2586600) << 201 << QString() << QString();
        QTest::newRow("ratio below") << u"9.99"_qs << qint64(500000) << 422 << u"deposit.ratio_range"_qs
                                     << u"ratio"_qs;
        QTest::newRow("ratio above") << u"24.01"_qs << qint64(500000) << 422 << u"deposit.ratio_range"_qs
                                     << u"ratio"_qs;
        QTest::newRow("base below floor refused")
            << u"12"_qs << qint64(201999) << 422 << u"deposit.base_range"_qs << u"wageBaseFen"_qs;
        QTest::newRow("base above ceiling refused")
            << u"12"_qs << qint64(2586601) << 422 << u"deposit.base_range"_qs << u"wageBaseFen"_qs;
    }
    void flexibleRules()
    {
        QFETCH(QString, ratio);
        QFETCH(qint64, base);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const QString teller = f().login(u"teller1"_qs);
        QJsonObject body = personRow(20, base);
        body.insert(u"ratio"_qs, ratio);
        body.insert(u"mobile"_qs, u"15000001111"_qs);
        const Reply r = f().post(u"/api/v1/openings/flexible"_qs, body, teller, ServerFixture::newKey());
        QCOMPARE(r.status, status);
        QCOMPARE(r.code(), code);
        QCOMPARE(r.json.value(u"field"_qs).toString(), field);
        if (status != 201)
            return;
        auto parsedRatio = hpf::finance::parsePercent(ratio);
        auto expected = hpf::finance::computeFlexibleDeposit(policy(), QDate(2025, 7, 1), base, *parsedRatio);
        QVERIFY(expected.ok());
        QCOMPARE(r.json.value(u"deposit"_qs).toObject().value(u"totalFen"_qs).toInteger(), expected->amount);
        QCOMPARE(r.json.value(u"deposit"_qs).toObject().value(u"unitAmountFen"_qs).toInteger(), 0);
        const QJsonObject account = r.json.value(u"account"_qs).toObject();
        QCOMPARE(account.value(u"kind"_qs).toString(), u"flexible"_qs);
        QVERIFY(hpf::accountnumber::parse(account.value(u"unitAccount"_qs).toString(), Kind::Unit).ok());
        // A second flexible worker shares the flexible-employment unit, which takes no remittances.
        body = personRow(21, base);
        body.insert(u"ratio"_qs, ratio);
        body.insert(u"mobile"_qs, u"15000001112"_qs);
        const Reply second = f().post(u"/api/v1/openings/flexible"_qs, body, teller, ServerFixture::newKey());
        QCOMPARE(second.status, 201);
        QCOMPARE(second.json.value(u"account"_qs).toObject().value(u"unitAccount"_qs),
                 account.value(u"unitAccount"_qs));
        // (It lives in the head office; move it to the teller's branch to reach the state rule.)
        QVERIFY(execDb(f(), u"UPDATE units SET branch_id = (SELECT id FROM branches WHERE code = '0001') "
                            "WHERE credit_code = 'FLEXIBLE-EMPLOYMENT'"_qs));
        const Reply remit = f().postRemittance(teller, account.value(u"unitAccount"_qs).toString(),
                                               u"2025-07"_qs, ServerFixture::newKey());
        QCOMPARE(remit.status, 422);
        QCOMPARE(remit.code(), u"unit.state"_qs);
        // Ordinary openings under it are refused too.
        QCOMPARE(openPerson(f(), teller, account.value(u"unitAccount"_qs).toString(), 22).code(),
                 u"unit.not_open"_qs);
        QJsonObject noMobile = personRow(23, base);
        noMobile.insert(u"ratio"_qs, ratio);
        QCOMPARE(f().post(u"/api/v1/openings/flexible"_qs, noMobile, teller, ServerFixture::newKey()).code(),
                 u"request.field_required"_qs);
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerOpening(b); });
}

#include "tst_server_opening.moc"
