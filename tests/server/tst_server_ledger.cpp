// The ledger through HTTP: remittance posting per the deposit rules (and refusing a second posting
// of a unit-month), one account per person, identity and credit-code validation, lookups, and the
// freeze-vs-debit race: many concurrent holds and withdrawals never take available below zero and
// every loser gets a clean business error, never a 5xx.
#include "demo/demoseed.h"
#include "finance/deposit.h"
#include "suitebase.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace hpf::test;

class TestServerLedger : public ServerSuite
{
    Q_OBJECT
public:
    using ServerSuite::ServerSuite;

protected:
    hpf::server::ServerOptions options() const override
    {
        hpf::server::ServerOptions o;
        o.grantRequired.clear(); // the race below is about the ledger, not about grants
        return o;
    }

private slots:
    void remittanceCreditsEveryEmployee()
    {
        const QString teller = f().login(u"teller1"_qs);
        const QString unit = f().createUnit(teller, 2);
        QVERIFY(!unit.isEmpty());
        const QList<qint64> bases{100, 888888, 99999999}; // below the floor, ordinary, above the ceiling
        QStringList accounts;
        for (int i = 0; i < bases.size(); ++i)
            accounts << f().openAccount(teller, unit, 20 + i, bases.at(i));
        const Reply r = f().postRemittance(teller, unit, u"2025-06"_qs, ServerFixture::newKey());
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(u"employees"_qs).toInt(), 3);
        auto policy = hpf::finance::Policy::defaults();
        QVERIFY(policy.ok());
        qint64 total = 0;
        for (int i = 0; i < bases.size(); ++i) {
            auto expected = hpf::finance::computeMonthlyDeposit(*policy, QDate(2025, 6, 1), bases.at(i),
                                                                hpf::finance::Rate::fromPpm(120000),
                                                                hpf::finance::Rate::fromPpm(120000));
            QVERIFY(expected.ok());
            const Reply acc = f().get(u"/api/v1/accounts/"_qs + accounts.at(i), teller);
            QCOMPARE(acc.json.value(u"balanceFen"_qs).toInteger(), expected->total);
            total += expected->total;
        }
        QCOMPARE(r.json.value(u"totalFen"_qs).toInteger(), total);
        // 8,888.88 × 12% = 1,066.67 per side (HALF_UP to the fen).
        QCOMPARE(f().get(u"/api/v1/accounts/"_qs + accounts.at(1), teller)
                     .json.value(u"balanceFen"_qs)
                     .toInteger(),
                 2 * 106667);
        const Reply again = f().postRemittance(teller, unit, u"2025-06"_qs, ServerFixture::newKey());
        QCOMPARE(again.status, 409);
        QCOMPARE(again.code(), u"remittance.duplicate"_qs);
        // The 开户 event (03, amount 0) and the remittance.
        const Reply journal =
            f().get(u"/api/v1/accounts/"_qs + accounts.at(0) + u"/journal?limit=10"_qs, teller);
        QCOMPARE(journal.json.value(u"total"_qs).toInt(), 2);
        QCOMPARE(f().ledgerInvariantViolation(), QString());

        // The unit page's lists: every employee with its balance, the posted month.
        const Reply employees = f().get(u"/api/v1/units/"_qs + unit + u"/employees"_qs, teller);
        QCOMPARE(employees.status, 200);
        const QJsonArray rows = employees.json.value(u"items"_qs).toArray();
        QCOMPARE(rows.size(), bases.size());
        qint64 listed = 0;
        for (const QJsonValue &row : rows) {
            QVERIFY(accounts.contains(row.toObject().value(u"accountNumber"_qs).toString()));
            listed += row.toObject().value(u"balanceFen"_qs).toInteger();
        }
        QCOMPARE(listed, total);
        const Reply history = f().get(u"/api/v1/units/"_qs + unit + u"/remittances"_qs, teller);
        QCOMPARE(history.status, 200);
        const QJsonArray months = history.json.value(u"items"_qs).toArray();
        QCOMPARE(months.size(), 1);
        QCOMPARE(months.at(0).toObject().value(u"month"_qs).toString(), u"2025-06"_qs);
        QCOMPARE(months.at(0).toObject().value(u"totalFen"_qs).toInteger(), total);
        QCOMPARE(f().get(u"/api/v1/units/899999999X/employees"_qs, teller).status, 404);
    }

    void openingRules_data()
    {
        QTest::addColumn<QString>("documentNumber");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("valid X check") << u"11010519491231002X"_qs << 201 << QString();
        QTest::newRow("bad check digit") << u"110105194912310021"_qs << 422 << u"identity.checksum"_qs;
        QTest::newRow("too short") << u"1101051949123"_qs << 422 << u"identity.length"_qs;
    }
    void openingRules()
    {
        QFETCH(QString, documentNumber);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QString teller = f().login(u"teller1"_qs);
        const QString unit = f().createUnit(teller, 3);
        const QJsonObject body{{u"unitAccount"_qs, unit},
                               {u"documentType"_qs, u"01"_qs},
                               {u"documentNumber"_qs, documentNumber},
                               {u"name"_qs, u"张三"_qs},
                               {u"wageBaseFen"_qs, 500000}};
        const Reply r = f().post(u"/api/v1/openings/accounts"_qs, body, teller, ServerFixture::newKey());
        QCOMPARE(r.status, status);
        QCOMPARE(r.code(), code);
        if (status == 201) {
            // 一人一户: the same person again.
            const Reply second =
                f().post(u"/api/v1/openings/accounts"_qs, body, teller, ServerFixture::newKey());
            QCOMPARE(second.status, 409);
            QCOMPARE(second.code(), u"account.exists_active"_qs);
        }
    }

    void unitRules()
    {
        const QString teller = f().login(u"teller1"_qs);
        QJsonObject body = f().unitOpeningBody(u"单位"_qs, u"91350100M000100Y44"_qs);
        Reply r = f().post(u"/api/v1/openings/units"_qs, body, teller, ServerFixture::newKey());
        QCOMPARE(r.code(), u"credit_code.checksum"_qs);
        body[u"creditCode"_qs] = u"91350100M000100Y43"_qs;
        body[u"unitRatio"_qs] = u"13"_qs;
        r = f().post(u"/api/v1/openings/units"_qs, body, teller, ServerFixture::newKey());
        QCOMPARE(r.code(), u"deposit.ratio_range"_qs);
        QCOMPARE(r.json.value(u"field"_qs).toString(), u"unitRatio"_qs);
        body[u"unitRatio"_qs] = u"5"_qs;
        QCOMPARE(f().post(u"/api/v1/openings/units"_qs, body, teller, ServerFixture::newKey()).status, 201);
        QCOMPARE(f().post(u"/api/v1/openings/units"_qs, body, teller, ServerFixture::newKey()).code(),
                 u"unit.exists"_qs);
        const Reply found = f().get(u"/api/v1/units?creditCode=91350100M000100Y43"_qs, teller);
        QCOMPARE(found.status, 200);
        QCOMPARE(
            f().get(u"/api/v1/units/"_qs + found.json.value(u"unitAccount"_qs).toString(), teller).status,
            200);
    }

    void lookups()
    {
        const QString teller = f().login(u"teller1"_qs);
        const QString unit = f().createUnit(teller, 4);
        const QString account = f().openAccount(teller, unit, 40, 600000);
        const QString id = hpf::server::demoIdentityNumber(40);
        const auto search = [&](const QJsonObject &terms) {
            return f()
                .post(u"/api/v1/persons/search"_qs, terms, teller)
                .json.value(u"items"_qs)
                .toArray()
                .size();
        };
        QCOMPARE(search({{u"documentType"_qs, u"01"_qs}, {u"documentNumber"_qs, id}}), 1);
        QCOMPARE(search({{u"accountNumber"_qs, account}}), 1);
        QCOMPARE(search({{u"name"_qs, u"职工40"_qs}}), 1);
        QCOMPARE(f().get(u"/api/v1/accounts/100999999999"_qs, teller).code(), u"account.not_found"_qs);
        for (const QString &month : {u"2025-03"_qs, u"2025-04"_qs, u"2025-05"_qs})
            QCOMPARE(f().postRemittance(teller, unit, month, ServerFixture::newKey()).status, 201);
        // The 开户 event first, then the three remittances.
        const Reply page =
            f().get(u"/api/v1/accounts/"_qs + account + u"/journal?offset=2&limit=1"_qs, teller);
        QCOMPARE(page.json.value(u"total"_qs).toInt(), 4);
        QCOMPARE(page.json.value(u"items"_qs).toArray().first().toObject().value(u"month"_qs).toString(),
                 u"2025-04"_qs);
        QCOMPARE(f().get(u"/api/v1/accounts/"_qs + account + u"/journal?limit=500"_qs, teller).status, 400);
    }

    // Issue 12 defect 11: a freeze's end date (its inclusive last day) is not before today and, for
    // a judicial freeze, not beyond the policy's longest freeze period (36 months) from its start
    // (today here). Dates are the fixture clock's today + months + days unless the row gives the
    // text itself. Issue 15: judicial freezes moved to /api/v1/judicial/freezes (the court request
    // record: end date "endDate", strict dates), loan security stays on /api/v1/holds ("endsOn").
    void freezeEndDate_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("months");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QString judicial = u"judicial"_qs;
        const QString past = u"judicial.end_in_past"_qs;
        const QString late = u"judicial.period_too_long"_qs;
        const QString malformed = u"judicial.invalid"_qs;
        QTest::newRow("yesterday") << judicial << QString() << 0 << -1 << 422 << past;
        QTest::newRow("a year ago") << judicial << QString() << -12 << 0 << 422 << past;
        QTest::newRow("today (its last day)") << judicial << QString() << 0 << 0 << 201 << QString();
        QTest::newRow("tomorrow") << judicial << QString() << 0 << 1 << 201 << QString();
        QTest::newRow("one year") << judicial << QString() << 12 << 0 << 201 << QString();
        QTest::newRow("36 months, the limit") << judicial << QString() << 36 << 0 << 201 << QString();
        QTest::newRow("a day beyond the limit") << judicial << QString() << 36 << 1 << 422 << late;
        QTest::newRow("far future") << judicial << u"2999-12-31"_qs << 0 << 0 << 422 << late;
        QTest::newRow("loan security may run longer")
            << u"loan_security"_qs << QString() << 360 << 0 << 201 << QString();
        QTest::newRow("loan security in the past")
            << u"loan_security"_qs << QString() << 0 << -1 << 422 << u"hold.ends_on_past"_qs;
        QTest::newRow("loan security, 30 February")
            << u"loan_security"_qs << u"2026-02-30"_qs << 0 << 0 << 422 << u"hold.ends_on"_qs;
        QTest::newRow("30 February") << judicial << u"2026-02-30"_qs << 0 << 0 << 422 << malformed;
        QTest::newRow("no leading zeros") << judicial << u"2026-7-1"_qs << 0 << 0 << 422 << malformed;
        QTest::newRow("no dashes") << judicial << u"20260701"_qs << 0 << 0 << 422 << malformed;
        QTest::newRow("words") << judicial << u"next year"_qs << 0 << 0 << 422 << malformed;
        QTest::newRow("full-width digits")
            << judicial << u"２０２６-０７-０１"_qs << 0 << 0 << 422 << malformed;
        QTest::newRow("a time too") << judicial << u"2026-07-01T00:00"_qs << 0 << 0 << 422 << malformed;
    }
    void freezeEndDate()
    {
        QFETCH(QString, kind);
        QFETCH(QString, text);
        QFETCH(int, months);
        QFETCH(int, days);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QString teller = f().login(u"teller1"_qs);
        const QString unit = f().createUnit(teller, 5);
        const QString account = f().openAccount(teller, unit, 50, 600000);
        QCOMPARE(f().postRemittance(teller, unit, u"2025-07"_qs, ServerFixture::newKey()).status, 201);
        const QDate today = f().clock().now().toLocalTime().date();
        const QString endsOn =
            text.isEmpty() ? today.addMonths(months).addDays(days).toString(Qt::ISODate) : text;
        Reply r;
        QString field = u"endsOn"_qs;
        if (kind == u"judicial") {
            QJsonObject body = f().freezeRequest(account, 100, 9);
            body.insert(u"endDate"_qs, endsOn);
            // A period that ended before today (not one that ends before it starts).
            const QDate end = QDate::fromString(endsOn, Qt::ISODate);
            if (end.isValid() && end < today)
                body.insert(u"startDate"_qs, endsOn);
            r = f().judicialPost(u"/api/v1/judicial/freezes"_qs, body);
            field = u"endDate"_qs;
        } else {
            const QJsonObject hold{{u"accountNumber"_qs, account},
                                   {u"kind"_qs, kind},
                                   {u"amountFen"_qs, 100},
                                   {u"endsOn"_qs, endsOn}};
            r = f().post(u"/api/v1/holds"_qs, hold, f().login(u"loan1"_qs), ServerFixture::newKey());
        }
        QVERIFY2(r.status == status, qPrintable(endsOn + u": "_qs + QString::fromUtf8(r.body)));
        if (!code.isEmpty()) {
            QCOMPARE(r.code(), code);
            QCOMPARE(r.json.value(u"field"_qs).toString(), field);
        }
    }

    void freezeVersusDebitRace()
    {
        const QString teller = f().login(u"teller1"_qs);
        const QString judicial = f().login(u"judicial1"_qs);
        const QString loan = f().login(u"loan1"_qs);
        const QString unit = f().createUnit(teller, 5);
        const QString account = f().openAccount(teller, unit, 50, 2000000);
        for (const QString &month : {u"2025-01"_qs, u"2025-02"_qs})
            QCOMPARE(f().postRemittance(teller, unit, month, ServerFixture::newKey()).status, 201);
        const qint64 balance =
            f().get(u"/api/v1/accounts/"_qs + account, teller).json.value(u"balanceFen"_qs).toInteger();
        QVERIFY(balance > 0);
        auto *rng = QRandomGenerator::global();
        int wins = 0, refusals = 0;
        for (int round = 0; round < 6; ++round) {
            QList<Call> calls;
            for (int i = 0; i < 24; ++i) {
                const qint64 amount = balance / 8 + rng->bounded(1000);
                // Issue 15: loan-security holds (/holds), judicial freezes (the first takes
                // effect, later ones wait; a freeze above available is recorded with a
                // shortfall) and withdrawals race on the account row.
                const int pick = int(rng->bounded(3));
                if (pick == 0) {
                    calls.append({"POST",
                                  u"/api/v1/holds"_qs,
                                  {{u"accountNumber"_qs, account},
                                   {u"kind"_qs, u"loan_security"_qs},
                                   {u"amountFen"_qs, amount}},
                                  {{"Idempotency-Key", ServerFixture::newKey().toLatin1()},
                                   {"Authorization", "Bearer " + loan.toLatin1()}},
                                  {}});
                } else if (pick == 1) {
                    calls.append({"POST",
                                  u"/api/v1/judicial/freezes"_qs,
                                  f().freezeRequest(account, amount, round * 100 + i),
                                  {{"Idempotency-Key", ServerFixture::newKey().toLatin1()},
                                   {"Authorization", "Bearer " + judicial.toLatin1()}},
                                  {}});
                } else {
                    calls.append({"POST",
                                  ServerFixture::withdrawalPath(),
                                  ServerFixture::withdrawalBody(account, amount),
                                  {{"Idempotency-Key", ServerFixture::newKey().toLatin1()}},
                                  {}});
                }
            }
            const QList<Reply> replies = f().parallel(calls, teller);
            for (const Reply &r : replies) {
                QVERIFY2(r.status < 500, r.body.constData());
                if (r.status == 201) {
                    ++wins;
                } else {
                    QCOMPARE(r.status, 422);
                    QVERIFY2(r.code() == u"hold.insufficient_available" ||
                                 r.code() == u"account.insufficient_available" ||
                                 r.code() == u"account.frozen",
                             r.body.constData());
                    ++refusals;
                }
            }
            QCOMPARE(f().ledgerInvariantViolation(), QString());
            // Top the account up for the next round.
            QCOMPARE(f().postRemittance(teller, unit,
                                        QStringLiteral("2024-%1").arg(round + 7, 2, 10, QLatin1Char('0')),
                                        ServerFixture::newKey())
                         .status,
                     201);
        }
        QVERIFY(wins > 0);
        QVERIFY(refusals > 0);
        const Reply acc = f().get(u"/api/v1/accounts/"_qs + account, teller);
        QVERIFY(acc.json.value(u"availableFen"_qs).toInteger() >= 0);
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerLedger(b); });
}

#include "tst_server_ledger.moc"
