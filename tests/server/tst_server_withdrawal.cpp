// Withdrawals (提取) and closure (销户提取) through the HTTP API (issue 17): every type good and
// refused, closure exact to the fen against a hand-computed interest row, judicial holds
// (restricted, frozen), the supervisor grant above the policy's amount, duplicate and concurrent
// submits, the sharing interfaces' stored answers (audited, satisfying materials, stale refused)
// and the retired bare debit. The ledger invariant holds after every case. SQLite and PostgreSQL.
#include "domain/identity.h"
#include "integration/sharing/trainingshareddata.h"
#include "platform/store/sql.h"
#include "server.h"
#include "suitebase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace hpf;
using namespace hpf::test;

namespace {

const QString kCheck = u"/api/v1/withdrawals/check"_qs;
const QString kBase = u"600000"_qs; // 6,000.00 yuan: 720.00 per side and month at 12%
constexpr qint64 kMonthFen = 144000;

// A valid citizen number: a man (odd sequence) or a woman born on `birth`.
QString citizen(QDate birth, bool male)
{
    const QString first17 = u"110105"_qs + birth.toString(u"yyyyMMdd"_qs) + (male ? u"131"_qs : u"122"_qs);
    return first17 + identity::checkCharacter(first17);
}

QJsonObject payee(const QString &account = u"6217000012345678"_qs)
{
    return {{u"bankCode"_qs, u"105"_qs}, {u"accountNumber"_qs, account}, {u"name"_qs, u"测试收款人"_qs}};
}

QJsonObject parse(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace

class TestServerWithdrawal : public ServerSuite
{
    Q_OBJECT
public:
    using ServerSuite::ServerSuite;

private:
    QString m_teller;
    int m_units = 0;

    QDate today() { return f().clock().now().toLocalTime().date(); }

    void later(int days)
    {
        f().clock().advanceDays(days);
        m_teller = f().login(u"teller1"_qs);
    }

    // A unit of branch 0001 of its own and one member whose document is `documentNumber` (a demo
    // person when empty), opened on the clock's day with one remittance (144,000 fen). Sealed on
    // request.
    QString member(const QString &documentNumber = {}, bool sealed = false, int person = 7)
    {
        m_teller = f().login(u"teller1"_qs);
        const QString unit = f().createUnit(m_teller, ++m_units);
        QJsonObject body = ServerFixture::accountOpeningBody(unit, person, kBase.toLongLong());
        if (!documentNumber.isEmpty())
            body.insert(u"documentNumber"_qs, documentNumber);
        const Reply opened =
            f().post(u"/api/v1/openings/accounts"_qs, body, m_teller, ServerFixture::newKey());
        if (opened.status != 201)
            qWarning() << opened.body;
        const QString account =
            opened.json.value(u"account"_qs).toObject().value(u"accountNumber"_qs).toString();
        const Reply remitted = f().postRemittance(m_teller, unit, u"2025-07"_qs, ServerFixture::newKey());
        if (remitted.status != 201)
            qWarning() << remitted.body;
        if (sealed)
            f().post(u"/api/v1/accounts/"_qs + account + u"/seal"_qs, {{u"reason"_qs, u"01"_qs}}, m_teller,
                     ServerFixture::newKey());
        return account;
    }

    QJsonObject request(const QString &account, const QString &type, qint64 amount,
                        const QJsonObject &evidence)
    {
        QJsonObject body{{u"accountNumber"_qs, account}, {u"type"_qs, type}, {u"payee"_qs, payee()}};
        if (amount > 0)
            body.insert(u"amountFen"_qs, amount);
        if (!evidence.isEmpty())
            body.insert(u"evidence"_qs, evidence);
        return body;
    }

    Reply withdraw(const QJsonObject &body, const QString &key = ServerFixture::newKey(),
                   const QList<QPair<QByteArray, QByteArray>> &extra = {})
    {
        return f().post(ServerFixture::withdrawalPath(), body, m_teller, key, extra);
    }

    QJsonObject account(const QString &number)
    {
        return f().get(u"/api/v1/accounts/"_qs + number, m_teller).json;
    }

    qint64 sql(const QString &text)
    {
        auto conn = f().database().connection();
        if (!conn)
            return -1;
        server::Query q(*conn, text);
        if (!q.exec() || !q.next())
            return -1;
        return q.int64(0);
    }

    void checkLedger() { QCOMPARE(f().ledgerInvariantViolation(), QString()); }

    // The grant threshold lowered to `yuan` (the default policy's section with one value changed).
    void grantAbove(const QString &yuan)
    {
        QFile file(finance::Policy::defaultResourcePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QJsonObject w = root.value(u"withdrawal"_qs).toObject();
        w.insert(u"grantAbove"_qs, yuan);
        root.insert(u"withdrawal"_qs, w);
        auto policy = finance::Policy::fromJson(QJsonDocument(root).toJson(), u"test"_qs);
        QVERIFY(policy.ok());
        f().server().context().policy = *policy;
    }

private slots:
    void types_data()
    {
        QTest::addColumn<QString>("who"); // young | man65 | woman55 | sealed
        QTest::addColumn<QString>("type");
        QTest::addColumn<qint64>("amount"); // 0: none sent
        QTest::addColumn<QString>("evidence");
        QTest::addColumn<QString>("payeeAccount");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");

        const QString ok;
        const QString card = u"6217000012345678"_qs;
        const QString contract =
            uR"({"eventDate":"2025-05-01","contractNumber":"GF-1","priceFen":90000000})"_qs;
        QTest::newRow("purchase") << u"young"_qs << u"purchase"_qs << qint64(50000) << contract << card << 201
                                  << ok << ok;
        QTest::newRow("purchase, contract 13 months old")
            << u"young"_qs << u"purchase"_qs << qint64(50000)
            << uR"({"eventDate":"2024-06-14","contractNumber":"GF-1","priceFen":90000000})"_qs << card << 422
            << u"withdrawal.not_eligible"_qs << u"evidence.eventDate"_qs;
        QTest::newRow("purchase, contract signed tomorrow")
            << u"young"_qs << u"purchase"_qs << qint64(50000)
            << uR"({"eventDate":"2025-07-16","contractNumber":"GF-1","priceFen":90000000})"_qs << card << 422
            << u"withdrawal.not_eligible"_qs << u"evidence.eventDate"_qs;
        QTest::newRow("purchase, above the price")
            << u"young"_qs << u"purchase"_qs << qint64(50001)
            << uR"({"eventDate":"2025-05-01","contractNumber":"GF-2","priceFen":50000})"_qs << card << 422
            << u"withdrawal.amount_above_max"_qs << u"amountFen"_qs;
        QTest::newRow("purchase, more than the balance")
            << u"young"_qs << u"purchase"_qs << kMonthFen + 1 << contract << card << 422
            << u"account.insufficient_available"_qs << u"amountFen"_qs;
        QTest::newRow("purchase, 30 February")
            << u"young"_qs << u"purchase"_qs << qint64(1) << uR"({"eventDate":"2025-02-30"})"_qs << card
            << 422 << u"withdrawal.evidence_date"_qs << u"evidence.eventDate"_qs;
        QTest::newRow("purchase, unknown evidence")
            << u"young"_qs << u"purchase"_qs << qint64(1) << uR"({"lotteryTicket":"1"})"_qs << card << 400
            << u"request.unknown_field"_qs << u"evidence.lotteryTicket"_qs;
        QTest::newRow("purchase, zero") << u"young"_qs << u"purchase"_qs << qint64(-1) << contract << card
                                        << 400 << u"request.field_range"_qs << u"amountFen"_qs;
        QTest::newRow("purchase, no amount") << u"young"_qs << u"purchase"_qs << qint64(0) << contract << card
                                             << 400 << u"request.field_required"_qs << u"amountFen"_qs;
        QTest::newRow("purchase, full-width payee account")
            << u"young"_qs << u"purchase"_qs << qint64(100) << contract
            << u"６２１７ ００００ １２３４ ５６７８"_qs << 201 << ok << ok;
        QTest::newRow("purchase, payee account of 7 digits")
            << u"young"_qs << u"purchase"_qs << qint64(100) << contract << u"6217000"_qs << 422
            << u"payee.account"_qs << u"payee.accountNumber"_qs;
        QTest::newRow("purchase, payee account with a letter")
            << u"young"_qs << u"purchase"_qs << qint64(100) << contract << u"6217000A12345678"_qs << 422
            << u"payee.account"_qs << u"payee.accountNumber"_qs;
        QTest::newRow("build") << u"young"_qs << u"build"_qs << qint64(70000)
                               << uR"({"eventDate":"2025-01-10","priceFen":70000})"_qs << card << 201 << ok
                               << ok;
        QTest::newRow("retirement, man of 65")
            << u"man65"_qs << u"retirement"_qs << qint64(0) << QString() << card << 201 << ok << ok;
        QTest::newRow("retirement, woman of 55")
            << u"woman55"_qs << u"retirement"_qs << qint64(0) << QString() << card << 201 << ok << ok;
        QTest::newRow("retirement, too young")
            << u"young"_qs << u"retirement"_qs << qint64(0) << QString() << card << 422
            << u"withdrawal.not_eligible"_qs << u"accountNumber"_qs;
        QTest::newRow("retirement, wrong amount")
            << u"man65"_qs << u"retirement"_qs << qint64(100) << QString() << card << 422
            << u"withdrawal.amount_mismatch"_qs << u"amountFen"_qs;
        QTest::newRow("incapacity, not sealed") << u"young"_qs << u"incapacity"_qs << qint64(0) << QString()
                                                << card << 422 << u"account.state"_qs << u"accountNumber"_qs;
        QTest::newRow("incapacity, sealed")
            << u"sealed"_qs << u"incapacity"_qs << qint64(0) << QString() << card << 201 << ok << ok;
        QTest::newRow("abroad") << u"young"_qs << u"abroad"_qs << qint64(0)
                                << uR"({"eventDate":"2025-07-01"})"_qs << card << 201 << ok << ok;
        QTest::newRow("abroad, no date") << u"young"_qs << u"abroad"_qs << qint64(0) << QString() << card
                                         << 422 << u"withdrawal.not_eligible"_qs << u"evidence.eventDate"_qs;
        QTest::newRow("loan_fund, no loan")
            << u"young"_qs << u"loan_fund"_qs << qint64(1000) << QString() << card << 422
            << u"withdrawal.not_eligible"_qs << u"evidence.loanOutstandingFen"_qs;
        QTest::newRow("loan_fund") << u"young"_qs << u"loan_fund"_qs << qint64(1000)
                                   << uR"({"loanOutstandingFen":1000})"_qs << card << 201 << ok << ok;
        QTest::newRow("loan_commercial") << u"young"_qs << u"loan_commercial"_qs << qint64(90000)
                                         << uR"({"loanBank":"105","loanContractNumber":"DK-1",)"
                                            uR"("loanOutstandingFen":8000000})"_qs
                                         << card << 201 << ok << ok;
        QTest::newRow("rent") << u"young"_qs << u"rent"_qs << qint64(100000)
                              << uR"({"monthlyRentFen":120000})"_qs << card << 201 << ok << ok;
        QTest::newRow("rent, above the rent")
            << u"young"_qs << u"rent"_qs << qint64(120001) << uR"({"monthlyRentFen":120000})"_qs << card
            << 422 << u"withdrawal.amount_above_max"_qs << u"amountFen"_qs;
        QTest::newRow("rent, no rent") << u"young"_qs << u"rent"_qs << qint64(100) << QString() << card << 422
                                       << u"withdrawal.not_eligible"_qs << u"evidence.monthlyRentFen"_qs;
        QTest::newRow("death, no heir") << u"young"_qs << u"death"_qs << qint64(0) << QString() << card << 422
                                        << u"withdrawal.not_eligible"_qs << u"evidence.heir"_qs;
        QTest::newRow("death, heir")
            << u"young"_qs << u"death"_qs << qint64(0)
            << uR"({"eventDate":"2025-07-01","heir":{"name":"张继承","documentType":"01",)"
               uR"("documentNumber":"110105194912310025","relation":"子女"}})"_qs
            << card << 201 << ok << ok;
        QTest::newRow("death, heir without relation")
            << u"young"_qs << u"death"_qs << qint64(0)
            << uR"({"heir":{"name":"张继承","documentType":"01","documentNumber":"110105194912310025"}})"_qs
            << card << 400 << u"request.field_required"_qs << u"evidence.heir.relation"_qs;
        QTest::newRow("unknown type") << u"young"_qs << u"lottery"_qs << qint64(100) << QString() << card
                                      << 422 << u"withdrawal.type"_qs << u"type"_qs;
    }

    void types()
    {
        QFETCH(QString, who);
        QFETCH(QString, type);
        QFETCH(qint64, amount);
        QFETCH(QString, evidence);
        QFETCH(QString, payeeAccount);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);

        const QString number = who == u"man65"     ? member(citizen(QDate(1960, 3, 1), true))
                               : who == u"woman55" ? member(citizen(QDate(1970, 3, 1), false))
                               : who == u"sealed"  ? member({}, true)
                                                   : member();
        QVERIFY(!number.isEmpty());
        QJsonObject body = request(number, type, amount, parse(evidence));
        if (amount < 0)
            body.insert(u"amountFen"_qs, 0);
        body.insert(u"payee"_qs, payee(payeeAccount));
        const qint64 before = account(number).value(u"balanceFen"_qs).toInteger();
        const Reply r = withdraw(body);
        QVERIFY2(r.status == status, r.body.constData());
        if (status != 201) {
            QCOMPARE(r.code(), code);
            QCOMPARE(r.json.value(u"field"_qs).toString(), field);
            if (code == u"withdrawal.not_eligible")
                QVERIFY(!r.json.value(u"rules"_qs).toArray().isEmpty());
            QCOMPARE(account(number).value(u"balanceFen"_qs).toInteger(), before);
        } else {
            const bool closes = r.json.value(u"closed"_qs).toBool();
            QCOMPARE(r.json.value(u"type"_qs).toString(), type);
            QCOMPARE(r.json.value(u"payee"_qs).toObject().value(u"accountMasked"_qs).toString(),
                     u"6217********5678"_qs);
            QVERIFY(!r.body.contains("6217000012345678"));
            QCOMPARE(account(number).value(u"balanceFen"_qs).toInteger(),
                     before + r.json.value(u"interestFen"_qs).toInteger() -
                         r.json.value(u"amountFen"_qs).toInteger());
            if (closes) {
                QCOMPARE(account(number).value(u"state"_qs).toString(), u"05"_qs);
                QCOMPARE(r.json.value(u"balanceFen"_qs).toInteger(), 0);
            } else {
                QCOMPARE(r.json.value(u"amountFen"_qs).toInteger(), amount);
            }
            // The receipt: type, amount in figures and 大写, the payee masked.
            const QJsonObject receipt = r.json.value(u"receipt"_qs).toObject();
            QVERIFY(!QJsonDocument(receipt).toJson().contains("6217000012345678"));
            QCOMPARE(receipt.value(u"amounts"_qs).toArray().at(0).toObject().value(u"fen"_qs).toInteger(),
                     r.json.value(u"amountFen"_qs).toInteger());
            // GET answers the same.
            const Reply got =
                f().get(u"/api/v1/withdrawals/"_qs + r.json.value(u"serial"_qs).toString(), m_teller);
            QCOMPARE(got.status, 200);
            QCOMPARE(got.json, r.json);
        }
        checkLedger();
    }

    // 销户提取 of a man of 65: 144,000.00 fen since 2025-07-15, closed 100 days later. Interest by
    // hand: 144000 × 100 days × 1.5% ÷ 360 = 600 fen exactly.
    void closureExactToTheFen()
    {
        const QString number = member(citizen(QDate(1960, 3, 1), true));
        later(100);
        QCOMPARE(today(), QDate(2025, 10, 23));
        const Reply check =
            f().post(kCheck, {{u"accountNumber"_qs, number}, {u"type"_qs, u"retirement"_qs}}, m_teller);
        QVERIFY2(check.status == 200, check.body.constData());
        QVERIFY(check.json.value(u"eligible"_qs).toBool());
        QVERIFY(check.json.value(u"closesAccount"_qs).toBool());
        QCOMPARE(check.json.value(u"interestFen"_qs).toInteger(), 600);
        QCOMPARE(check.json.value(u"closingAmountFen"_qs).toInteger(), kMonthFen + 600);
        QCOMPARE(check.json.value(u"maxAmountFen"_qs).toInteger(), kMonthFen + 600);

        QJsonObject body = request(number, u"retirement"_qs, kMonthFen + 600, {});
        const Reply r = withdraw(body);
        QVERIFY2(r.status == 201, r.body.constData());
        QCOMPARE(r.json.value(u"principalFen"_qs).toInteger(), kMonthFen);
        QCOMPARE(r.json.value(u"interestFen"_qs).toInteger(), 600);
        QCOMPARE(r.json.value(u"amountFen"_qs).toInteger(), kMonthFen + 600);
        QCOMPARE(r.json.value(u"balanceFen"_qs).toInteger(), 0);
        QVERIFY(r.json.value(u"closed"_qs).toBool());
        QCOMPARE(r.json.value(u"closeReason"_qs).toString(), u"01"_qs);
        QCOMPARE(r.json.value(u"valueDate"_qs).toString(), u"2025-10-23"_qs);
        const QJsonObject acc = account(number);
        QCOMPARE(acc.value(u"state"_qs).toString(), u"05"_qs);
        QCOMPARE(acc.value(u"closedOn"_qs).toString(), u"2025-10-23"_qs);
        QCOMPARE(acc.value(u"closeReason"_qs).toString(), u"01"_qs);
        // The journal: interest 09 under its own serial, then the whole balance out as 12.
        const QString id =
            QString::number(sql(u"SELECT id FROM accounts WHERE account_number = '"_qs + number + u"'"_qs));
        QCOMPARE(sql(u"SELECT amount_fen FROM journal WHERE business_type = '09' AND account_id = "_qs + id),
                 600);
        QCOMPARE(sql(u"SELECT amount_fen FROM journal WHERE business_type = '12' AND account_id = "_qs + id),
                 -(kMonthFen + 600));
        // The receipt lines of the contract.
        QStringList labels;
        for (const QJsonValue &l : r.json.value(u"receipt"_qs).toObject().value(u"lines"_qs).toArray())
            labels << l.toObject().value(u"label"_qs).toString();
        for (const QString &label :
             {u"提取类型"_qs, u"收款银行"_qs, u"收款账号"_qs, u"收款人"_qs, u"账户余额"_qs, u"销户"_qs})
            QVERIFY2(labels.contains(label), qPrintable(label));
        const QJsonArray amounts = r.json.value(u"receipt"_qs).toObject().value(u"amounts"_qs).toArray();
        QCOMPARE(amounts.at(0).toObject().value(u"upper"_qs).toString(), u"壹仟肆佰肆拾陆元整"_qs);
        QCOMPARE(amounts.at(1).toObject().value(u"fen"_qs).toInteger(), 600);
        QCOMPARE(
            sql(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'withdrawals.create' AND outcome = 'ok'"_qs),
            1);
        // A closed account accepts nothing.
        const Reply again = withdraw(
            request(number, u"purchase"_qs, 1, parse(uR"({"eventDate":"2025-10-01","priceFen":9})"_qs)));
        QCOMPARE(again.status, 422);
        QCOMPARE(again.code(), u"account.state"_qs);
        checkLedger();
    }

    // A court's freeze: the check says restricted, only the unheld part can leave; no closure.
    void judicialHold()
    {
        const QString number = member(citizen(QDate(1960, 3, 1), true));
        QVERIFY(!f().registerFreeze(number, 100000).isEmpty());
        m_teller = f().login(u"teller1"_qs);
        const QJsonObject evidence = parse(uR"({"eventDate":"2025-07-01","priceFen":90000000})"_qs);
        QJsonObject check = request(number, u"purchase"_qs, 0, evidence);
        check.remove(u"payee"_qs);
        const Reply c = f().post(kCheck, check, m_teller);
        QVERIFY2(c.status == 200, c.body.constData());
        QVERIFY(c.json.value(u"account"_qs).toObject().value(u"restricted"_qs).toBool());
        QCOMPARE(c.json.value(u"account"_qs).toObject().value(u"availableFen"_qs).toInteger(),
                 kMonthFen - 100000);
        QCOMPARE(c.json.value(u"maxAmountFen"_qs).toInteger(), kMonthFen - 100000);
        QVERIFY(!c.body.contains("京0105")); // no judicial detail

        Reply r = withdraw(request(number, u"purchase"_qs, kMonthFen - 100000 + 1, evidence));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), u"account.frozen"_qs);
        r = withdraw(request(number, u"retirement"_qs, 0, {}));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), u"account.frozen"_qs);
        QCOMPARE(r.json.value(u"field"_qs).toString(), u"accountNumber"_qs);
        r = withdraw(request(number, u"purchase"_qs, kMonthFen - 100000, evidence));
        QVERIFY2(r.status == 201, r.body.constData());
        QCOMPARE(r.json.value(u"balanceFen"_qs).toInteger(), 100000);
        QCOMPARE(r.json.value(u"availableFen"_qs).toInteger(), 0);
        checkLedger();
    }

    // Above the policy's amount a supervisor authorises (conditional grant).
    void grantAboveThreshold()
    {
        grantAbove(u"1000.00"_qs);
        const QString number = member();
        const QJsonObject evidence = parse(uR"({"eventDate":"2025-07-01","priceFen":90000000})"_qs);
        Reply r = withdraw(request(number, u"purchase"_qs, 100000, evidence));
        QVERIFY2(r.status == 201, r.body.constData()); // exactly the threshold: no grant
        const QString second = member({}, false, 8);
        const QJsonObject body = request(second, u"purchase"_qs, 100001, evidence);
        const QString key = ServerFixture::newKey();
        r = withdraw(body, key);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), u"grant.required"_qs);
        QCOMPARE(r.json.value(u"field"_qs).toString(), u"amountFen"_qs);
        QCOMPARE(account(second).value(u"balanceFen"_qs).toInteger(), kMonthFen);
        // The refusal is stored against its key; the authorised request is a new one.
        const QString granted = ServerFixture::newKey();
        const QByteArray grant =
            f().grantFor(m_teller, u"supervisor1"_qs, granted, ServerFixture::withdrawalPath(), body);
        QVERIFY(!grant.isEmpty());
        r = withdraw(body, granted, {{"X-Supervisor-Grant", grant}});
        QVERIFY2(r.status == 201, r.body.constData());
        QCOMPARE(r.json.value(u"receipt"_qs)
                     .toObject()
                     .value(u"amounts"_qs)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"fen"_qs)
                     .toInteger(),
                 100001);
        checkLedger();
    }

    // The same key twice: the second answer is the first, replayed; one journal row.
    void duplicateSubmitReplays()
    {
        const QString number = member();
        const QJsonObject body = request(number, u"purchase"_qs, 1234,
                                         parse(uR"({"eventDate":"2025-07-01","priceFen":9000000})"_qs));
        const QString key = ServerFixture::newKey();
        const Reply first = withdraw(body, key);
        QVERIFY2(first.status == 201, first.body.constData());
        const Reply second = withdraw(body, key);
        QCOMPARE(second.status, 201);
        QCOMPARE(second.headers.value("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(second.json.value(u"serial"_qs), first.json.value(u"serial"_qs));
        QCOMPARE(sql(u"SELECT COUNT(*) FROM withdrawals"_qs), 1);
        QCOMPARE(account(number).value(u"balanceFen"_qs).toInteger(), kMonthFen - 1234);
        checkLedger();
    }

    // Two withdrawals with their own keys race for the same available balance: one wins.
    void concurrentSubmits()
    {
        const QString number = member();
        const QJsonObject body = request(number, u"purchase"_qs, 100000,
                                         parse(uR"({"eventDate":"2025-07-01","priceFen":9000000})"_qs));
        QList<Call> calls;
        for (int i = 0; i < 2; ++i)
            calls.append({"POST",
                          ServerFixture::withdrawalPath(),
                          body,
                          {{"Idempotency-Key", ServerFixture::newKey().toLatin1()}},
                          {}});
        const QList<Reply> replies = f().parallel(calls, m_teller);
        QCOMPARE(replies.size(), 2);
        int won = 0;
        for (const Reply &r : replies) {
            if (r.status == 201) {
                ++won;
            } else {
                QCOMPARE(r.status, 422);
                QCOMPARE(r.code(), u"account.insufficient_available"_qs);
            }
        }
        QCOMPARE(won, 1);
        QCOMPARE(account(number).value(u"balanceFen"_qs).toInteger(), kMonthFen - 100000);
        checkLedger();
    }

    // The sharing interfaces: asked by the check, stored and audited; a stored answer satisfies a
    // material (零要件) for 24 hours; an own home refuses rent.
    void sharedAnswers()
    {
        const QString documentNumber = citizen(QDate(1985, 3, 1), false);
        const QString number = member(documentNumber);
        const QString other = member({}, false, 9);
        const QJsonObject evidence = parse(uR"({"eventDate":"2025-07-01","priceFen":9000000})"_qs);
        QJsonObject check = request(number, u"purchase"_qs, 0, evidence);
        check.remove(u"payee"_qs);
        check.insert(u"queryShared"_qs, true);
        Reply c = f().post(kCheck, check, m_teller);
        QCOMPARE(c.status, 422);
        QCOMPARE(c.code(), u"sharing.unavailable"_qs);

        auto source = server::TrainingSharedData::fromJson(
            QJsonObject{{u"training"_qs, true},
                        {u"property"_qs,
                         QJsonObject{{u"01:"_qs + documentNumber,
                                      QJsonObject{{u"summary"_qs, u"名下住房 1 套（兰州市城关区…）"_qs}}}}}});
        QVERIFY(source.ok());
        f().server().context().sharedData = *source;
        c = f().post(kCheck, check, m_teller);
        QVERIFY2(c.status == 200, c.body.constData());
        const QJsonArray answers = c.json.value(u"sharedAnswers"_qs).toArray();
        QCOMPARE(answers.size(), 1);
        const QJsonObject answer = answers.at(0).toObject();
        QCOMPARE(answer.value(u"source"_qs).toString(), u"property"_qs);
        QVERIFY(answer.value(u"found"_qs).toBool());
        QCOMPARE(answer.value(u"provider"_qs).toString(), u"training"_qs);
        const QString answerId = answer.value(u"id"_qs).toString();
        bool satisfied = false;
        for (const QJsonValue &m : c.json.value(u"materials"_qs).toArray())
            if (m.toObject().value(u"code"_qs) == u"property_certificate"_qs)
                satisfied =
                    m.toObject().value(u"satisfiedBy"_qs).toObject().value(u"answerId"_qs).toString() ==
                    answerId;
        QVERIFY(satisfied);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM shared_answers"_qs), 1);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'sharing.query'"_qs), 1);
        QVERIFY(!c.body.contains(documentNumber.toUtf8()));

        // The answer stands in for the certificate on the record, which names it.
        QJsonObject body = request(number, u"purchase"_qs, 1000, evidence);
        body.insert(u"sharedAnswerIds"_qs, QJsonArray{answerId});
        Reply r = withdraw(body);
        QVERIFY2(r.status == 201, r.body.constData());
        QString by;
        for (const QJsonValue &m : r.json.value(u"materials"_qs).toArray())
            if (m.toObject().value(u"code"_qs) == u"property_certificate"_qs)
                by = m.toObject().value(u"satisfiedBy"_qs).toString();
        QCOMPARE(by, answerId);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM shared_answers WHERE used_by = '"_qs +
                     r.json.value(u"serial"_qs).toString() + u"'"_qs),
                 1);
        // An own home refuses rent (the fresh answer is a fact of the check and the withdrawal).
        r = withdraw(request(number, u"rent"_qs, 1000, parse(uR"({"monthlyRentFen":100000})"_qs)));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), u"withdrawal.not_eligible"_qs);
        QCOMPARE(r.json.value(u"field"_qs).toString(), u"sharedAnswerIds"_qs);
        // Another person's answer, an unknown one, a stale one.
        QJsonObject foreign = request(other, u"purchase"_qs, 1000, evidence);
        foreign.insert(u"sharedAnswerIds"_qs, QJsonArray{answerId});
        r = withdraw(foreign);
        QCOMPARE(r.code(), u"withdrawal.shared_answer"_qs);
        QCOMPARE(r.json.value(u"field"_qs).toString(), u"sharedAnswerIds[0]"_qs);
        body.insert(u"sharedAnswerIds"_qs, QJsonArray{answerId, u"999999"_qs});
        r = withdraw(body);
        QCOMPARE(r.code(), u"withdrawal.shared_answer"_qs);
        QCOMPARE(r.json.value(u"field"_qs).toString(), u"sharedAnswerIds[1]"_qs);
        f().clock().advanceSeconds(24 * 3600 + 1);
        m_teller = f().login(u"teller1"_qs);
        body.insert(u"sharedAnswerIds"_qs, QJsonArray{answerId});
        r = withdraw(body);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), u"withdrawal.shared_answer"_qs);
        checkLedger();
    }

    void retiredDebit()
    {
        const QString number = member();
        const Reply r =
            f().post(u"/api/v1/accounts/"_qs + number + u"/withdrawals"_qs,
                     {{u"amountFen"_qs, 100}, {u"reason"_qs, u"07"_qs}}, m_teller, ServerFixture::newKey());
        QCOMPARE(r.status, 410);
        QCOMPARE(r.code(), u"withdrawal.route_retired"_qs);
        QCOMPARE(account(number).value(u"balanceFen"_qs).toInteger(), kMonthFen);
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerWithdrawal(b); });
}

#include "tst_server_withdrawal.moc"
