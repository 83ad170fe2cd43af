// The loan account through the HTTP API (issue 18, part B): disbursement of a signed application
// (grant, schedule version 1 exact to the fen against domain.md §7, loan_records, the posting,
// the receipt, the audit record), its refusals (not signed, no grant, twice, a retried key), and
// repayments posted by hand (penalty → interest → principal, above what is due, settlement with
// loan_records.settled_on). SQLite and PostgreSQL.
//
// 面签 (face-to-face signing) is built in a later session: until then markSignedForTest() moves an
// approved application to `signed` directly in the database. Product code never skips the step.
#include "business/certificates/signingkeys.h"
#include "business/loan/account/loanaccount.h"
#include "crypto/sm2.h"
#include "domain/identity.h"
#include "loanaccounthelpers.h"
#include "platform/auth/userservice.h"
#include "platform/jobs/jobs.h"
#include "platform/store/sql.h"
#include "server.h"
#include "serverfixture.h"
#include "suitebase.h"

#include <QJsonArray>
#include <QTest>

using namespace hpf;
using namespace hpf::test;
using namespace hpf::test::loanaccounttest;

class TestServerLoanAccount : public LoanAccountSuite
{
    Q_OBJECT
public:
    using LoanAccountSuite::LoanAccountSuite;

private:
    using LoanAccountSuite::disburse; // the test slot disburse() hides it otherwise
    Reply prepay(const QString &contract, const QJsonObject &body)
    {
        return f().post(u"/api/v1/loans/accounts/"_qs + contract + u"/prepayments"_qs, body,
                        f().login(u"loan1"_qs), ServerFixture::newKey());
    }

    // The certificate signer (as tst_server_certificates): an active SM2 key.
    void installSigningKey()
    {
        auto key = crypto::Sm2Key::generate();
        QVERIFY(key.ok());
        QVERIFY(
            exec(QStringLiteral("INSERT INTO signing_keys (kid, public_pem, file_name, status, created_at) "
                                "VALUES ('%1', '%2', 'test', 'active', %3)")
                     .arg(QString::fromLatin1(key->keyId().toHex()), QString::fromLatin1(key->publicKeyPem()))
                     .arg(f().clock().now().addDays(-30).toMSecsSinceEpoch())));
        f().server().context().certificateSigner =
            std::make_shared<const server::CertificateSigner>(std::move(key).value(), false);
    }

private slots:
    // Schedule version 1 against domain.md §7: 500,000.00 at 2.6% over 360 months.
    void disburse_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("last");
        QTest::addColumn<qint64>("interest");
        QTest::newRow("等额本息") << u"equal_installment"_qs << qint64(200170) << qint64(-1)
                                  << qint64(22061148);
        QTest::newRow("等额本金") << u"equal_principal"_qs << qint64(247222) << qint64(139190)
                                  << qint64(19554167);
    }

    void disburse()
    {
        QFETCH(QString, method);
        QFETCH(qint64, first);
        QFETCH(qint64, last);
        QFETCH(qint64, interest);
        const QString serial = markSignedForTest(method);
        QVERIFY(!serial.isEmpty());
        const Reply r = disburse(serial, {{u"fromFundBalance"_qs, false}});
        QVERIFY2(r.status == 200, r.body.constData());
        const QJsonObject loan = r.json.value(u"loan"_qs).toObject();
        const QString contract = loan.value(u"contractNumber"_qs).toString();
        QVERIFY(contract.startsWith(u"DK20250715"_qs));
        QCOMPARE(loan.value(u"status"_qs).toString(), u"repaying"_qs);
        QCOMPARE(loan.value(u"principalFen"_qs).toInteger(), kPrincipal);
        QCOMPARE(loan.value(u"outstandingFen"_qs).toInteger(), kPrincipal);
        QCOMPARE(loan.value(u"rate"_qs).toString(), u"2.6"_qs);
        QCOMPARE(loan.value(u"firstDueOn"_qs).toString(), u"2025-08-15"_qs);
        QCOMPARE(loan.value(u"disbursedOn"_qs).toString(), u"2025-07-15"_qs);
        const QJsonArray rows = loan.value(u"instalments"_qs).toArray();
        QCOMPARE(rows.size(), 360);
        qint64 principal = 0;
        qint64 interestSum = 0;
        for (const QJsonValue &v : rows) {
            principal += v.toObject().value(u"principalFen"_qs).toInteger();
            interestSum += v.toObject().value(u"interestFen"_qs).toInteger();
        }
        QCOMPARE(principal, kPrincipal);
        QCOMPARE(interestSum, interest);
        QCOMPARE(rows.first().toObject().value(u"paymentFen"_qs).toInteger(), first);
        QCOMPARE(rows.first().toObject().value(u"dueOn"_qs).toString(), u"2025-08-15"_qs);
        QCOMPARE(rows.last().toObject().value(u"dueOn"_qs).toString(), u"2055-07-15"_qs);
        if (last >= 0)
            QCOMPARE(rows.last().toObject().value(u"paymentFen"_qs).toInteger(), last);
        // The first 等额本息 month: interest round(500,000.00 × 2.6% / 12) = 1,083.33.
        if (method == u"equal_installment")
            QCOMPARE(rows.first().toObject().value(u"interestFen"_qs).toInteger(), qint64(108333));

        QCOMPARE(sqlText(u"SELECT status FROM loan_applications WHERE serial = '"_qs + serial + u"'"_qs),
                 u"disbursed"_qs);
        QCOMPARE(
            sqlText(u"SELECT granted_on FROM loan_records WHERE contract_number = '"_qs + contract + u"'"_qs),
            u"2025-07-15"_qs);
        QCOMPARE(
            sql(u"SELECT COUNT(*) FROM loan_postings WHERE kind = 'disbursement' AND principal_fen = 50000000"_qs),
            qint64(1));
        QCOMPARE(sql(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'loans.disburse' AND outcome = 'ok' "
                     "AND after_state LIKE '%supervisor1%'"_qs),
                 qint64(1));
        QCOMPARE(r.json.value(u"receipt"_qs).toObject().value(u"business"_qs).toString(),
                 u"loan_disbursement"_qs);
        QCOMPARE(f().ledgerInvariantViolation(), QString());

        // GET /loans/accounts/{contract}: the same loan for the auditor; another branch's officer
        // is denied it.
        const Reply read = f().get(u"/api/v1/loans/accounts/"_qs + contract, f().login(u"auditor1"_qs));
        QCOMPARE(read.status, 200);
        QCOMPARE(read.json, loan);
        addUser(u"loan9"_qs, u"loan_officer"_qs, u"0002"_qs);
        const Reply other = f().get(u"/api/v1/loans/accounts/"_qs + contract, f().login(u"loan9"_qs));
        QCOMPARE(other.status, 403);
        QCOMPARE(other.code(), u"auth.branch_denied"_qs);
    }

    void disburseRefused_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("http");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("approved, not signed")
            << u"approved"_qs << QString() << 409 << u"loan.step"_qs << u"serial"_qs;
        QTest::newRow("reviewed") << u"reviewed"_qs << QString() << 409 << u"loan.step"_qs << u"serial"_qs;
        QTest::newRow("refused") << u"refused"_qs << QString() << 409 << u"loan.step"_qs << u"serial"_qs;
        QTest::newRow("no grant") << u"signed"_qs << u"nogrant"_qs << 403 << u"grant.required"_qs
                                  << u"X-Supervisor-Grant"_qs;
        QTest::newRow("twice") << u"signed"_qs << u"twice"_qs << 409 << u"loan.step"_qs << u"serial"_qs;
        QTest::newRow("unknown serial")
            << u"signed"_qs << u"unknown"_qs << 404 << u"loan.not_found"_qs << u"serial"_qs;
        QTest::newRow("string flag") << u"signed"_qs << u"string"_qs << 400 << u"request.field_type"_qs
                                     << u"fromFundBalance"_qs;
        QTest::newRow("unknown field")
            << u"signed"_qs << u"field"_qs << 400 << u"request.unknown_field"_qs << u"amountFen"_qs;
    }

    void disburseRefused()
    {
        QFETCH(QString, status);
        QFETCH(QString, change);
        QFETCH(int, http);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QString serial = markSignedForTest(u"equal_installment"_qs, kPrincipal, 360, 26000, status);
        QVERIFY(!serial.isEmpty());
        QJsonObject body;
        if (change == u"twice")
            QCOMPARE(disburse(serial).status, 200);
        if (change == u"unknown")
            serial = u"YW2025071599999999"_qs;
        if (change == u"string")
            body.insert(u"fromFundBalance"_qs, u"true"_qs);
        if (change == u"field")
            body.insert(u"amountFen"_qs, 1);
        const Reply r = disburse(serial, body, {}, change != u"nogrant");
        QVERIFY2(r.status == http, r.body.constData());
        QCOMPARE(r.code(), code);
        QCOMPARE(r.json.value(u"field"_qs).toString(), field);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM loans"_qs), qint64(change == u"twice" ? 1 : 0));
        QCOMPARE(sql(u"SELECT COUNT(*) FROM loan_records"_qs), qint64(change == u"twice" ? 1 : 0));
    }

    // The same Idempotency-Key sent again answers the stored response and disburses once.
    void disburseRetried()
    {
        const QString serial = markSignedForTest(u"equal_installment"_qs);
        const QString key = ServerFixture::newKey();
        const Reply first = disburse(serial, {}, key);
        QCOMPARE(first.status, 200);
        const Reply again = disburse(serial, {}, key);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(u"serial"_qs), first.json.value(u"serial"_qs));
        QCOMPARE(sql(u"SELECT COUNT(*) FROM loans"_qs), qint64(1));
        QCOMPARE(sql(u"SELECT COUNT(*) FROM loan_instalments"_qs), qint64(360));
    }

    // The first instalment in two parts (interest first), then above what is due.
    void repayments()
    {
        const QString contract = disbursed();
        QVERIFY(!contract.isEmpty());
        // 600.00 pays interest only (1,083.33 is due first).
        Reply r = repay(contract, {{u"amountFen"_qs, 60000}});
        QVERIFY2(r.status == 201, r.body.constData());
        QJsonObject posting = r.json.value(u"posting"_qs).toObject();
        QCOMPARE(posting.value(u"interestFen"_qs).toInteger(), qint64(60000));
        QCOMPARE(posting.value(u"principalFen"_qs).toInteger(), qint64(0));
        QCOMPARE(posting.value(u"outstandingAfterFen"_qs).toInteger(), kPrincipal);
        // The rest of instalment 1: 2,001.70 − 600.00 = 1,401.70 = interest 483.33 + principal 918.37.
        r = repay(contract, {{u"amountFen"_qs, 140170}});
        QVERIFY2(r.status == 201, r.body.constData());
        posting = r.json.value(u"posting"_qs).toObject();
        QCOMPARE(posting.value(u"interestFen"_qs).toInteger(), qint64(48333));
        QCOMPARE(posting.value(u"principalFen"_qs).toInteger(), qint64(91837));
        QCOMPARE(posting.value(u"instalmentNumber"_qs).toInteger(), qint64(1));
        const QJsonObject loan = r.json.value(u"loan"_qs).toObject();
        QCOMPARE(loan.value(u"outstandingFen"_qs).toInteger(), kPrincipal - 91837);
        QCOMPARE(loan.value(u"status"_qs).toString(), u"repaying"_qs);
        const QJsonObject one = loan.value(u"instalments"_qs).toArray().first().toObject();
        QCOMPARE(one.value(u"paidOn"_qs).toString(), u"2025-07-15"_qs);
        QCOMPARE(one.value(u"paidPrincipalFen"_qs).toInteger(), qint64(91837));
        // Instalment 2 is due 2025-09-15: paying it now is allowed, more than it is not.
        r = repay(contract, {{u"amountFen"_qs, 200171}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), u"loan.repay_above_due"_qs);
        QCOMPARE(r.json.value(u"field"_qs).toString(), u"amountFen"_qs);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM loan_postings WHERE kind = 'instalment'"_qs), qint64(2));
        QCOMPARE(sql(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'loans.repay' AND outcome = 'ok'"_qs),
                 qint64(2));
    }

    // Two repayments of 1,500.00 with their own keys race for instalment 1 (2,001.70 payable before
    // instalment 2 is due): one is posted, the other is above what is left (501.70).
    void concurrentRepayments()
    {
        const QString contract = disbursed();
        QVERIFY(!contract.isEmpty());
        QList<Call> calls;
        for (int i = 0; i < 2; ++i)
            calls.append({"POST",
                          u"/api/v1/loans/accounts/"_qs + contract + u"/repayments"_qs,
                          {{u"amountFen"_qs, 150000}},
                          {{"Idempotency-Key", ServerFixture::newKey().toLatin1()}},
                          {}});
        const QList<Reply> replies = f().parallel(calls, f().login(u"loan1"_qs));
        QCOMPARE(replies.size(), 2);
        int posted = 0;
        for (const Reply &r : replies) {
            if (r.status == 201) {
                ++posted;
            } else {
                QCOMPARE(r.status, 422);
                QCOMPARE(r.code(), u"loan.repay_above_due"_qs);
            }
        }
        QCOMPARE(posted, 1);
        QCOMPARE(
            sql(u"SELECT SUM(interest_fen + principal_fen) FROM loan_postings WHERE kind = 'instalment'"_qs),
            qint64(150000));
        QCOMPARE(
            sql(u"SELECT paid_interest_fen + paid_principal_fen FROM loan_instalments WHERE number = 1"_qs),
            qint64(150000));
    }

    // A one-month loan paid in full: settled, loan_records.settled_on set, nothing more accepted, and
    // the 贷款结清证明 (certificate type loan_settled) refused before and issued after.
    void settlement()
    {
        const QString contract = disbursed(1000000, 1);
        QVERIFY(!contract.isEmpty());
        installSigningKey();
        const QString account =
            sqlText(u"SELECT a.account_number FROM accounts a JOIN loans l ON l.account_id = a.id"_qs);
        const QJsonObject certificate{{u"type"_qs, u"loan_settled"_qs}, {u"accountNumber"_qs, account}};
        const QString teller = f().login(u"teller1"_qs);
        // 贷款结清证明 before settlement: the loan is not settled.
        Reply cert = f().post(u"/api/v1/certificates"_qs, certificate, teller, ServerFixture::newKey());
        QCOMPARE(cert.code(), u"cert.loan_record"_qs);
        // 10,000.00 + round(10,000.00 × 2.6% / 12) = 10,000.00 + 21.67.
        Reply r = repay(contract, {{u"amountFen"_qs, 1002167}});
        QVERIFY2(r.status == 201, r.body.constData());
        const QJsonObject loan = r.json.value(u"loan"_qs).toObject();
        QCOMPARE(loan.value(u"status"_qs).toString(), u"settled"_qs);
        QCOMPARE(loan.value(u"outstandingFen"_qs).toInteger(), qint64(0));
        QCOMPARE(loan.value(u"settledOn"_qs).toString(), u"2025-07-15"_qs);
        QCOMPARE(
            sqlText(u"SELECT settled_on FROM loan_records WHERE contract_number = '"_qs + contract + u"'"_qs),
            u"2025-07-15"_qs);
        r = repay(contract, {{u"amountFen"_qs, 1}});
        QCOMPARE(r.status, 409);
        QCOMPARE(r.code(), u"loan.settled"_qs);
        // The certificate module issues the 贷款结清证明 from loan_records.
        cert = f().post(u"/api/v1/certificates"_qs, certificate, teller, ServerFixture::newKey());
        QVERIFY2(cert.status == 201, cert.body.constData());
        const QJsonArray fields = cert.json.value(u"fields"_qs).toArray();
        QCOMPARE(fields.at(3).toObject().value(u"value"_qs).toString(), u"仅有一次贷款记录且已还清"_qs);
        QCOMPARE(fields.at(4).toObject().value(u"value"_qs).toString(), u"2025-07-15"_qs);
    }

    // 提取还贷: the loan.instalment job debits the fund account on each due date (journal 11 under
    // the posting's serial) while the balance allows the whole amount; then it refuses, audited.
    // The member has 7 × 1,440.00 = 10,080.00: five instalments of 2,001.70, 71.50 left.
    void fundInstalments()
    {
        server::registerLoanAccountJobs(f().server().jobs(), f().server().context());
        const QString serial = markSignedForTest(u"equal_installment"_qs);
        QVERIFY(!serial.isEmpty());
        const Reply r = disburse(serial, {{u"fromFundBalance"_qs, true}});
        QVERIFY2(r.status == 200, r.body.constData());
        QVERIFY(r.json.value(u"loan"_qs).toObject().value(u"fromFundBalance"_qs).toBool());
        const QString balance =
            u"SELECT balance_fen FROM accounts WHERE id = (SELECT account_id FROM loans)"_qs;
        QCOMPARE(sql(balance), qint64(1008000));
        QCOMPARE(runJobs(), 0); // the first instalment is due 2025-08-15

        f().clock().set(QDateTime(QDate(2025, 8, 15), QTime(9, 0)));
        QCOMPARE(runJobs(), 1);
        QCOMPARE(sql(balance), qint64(1008000 - 200170));
        QCOMPARE(sql(u"SELECT outstanding_fen FROM loans"_qs), kPrincipal - 91837);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM loan_postings p JOIN journal j ON j.serial = p.serial "
                     "WHERE p.kind = 'instalment' AND p.source = 'fund' AND j.business_type = '11' "
                     "AND j.amount_fen = -200170 AND p.interest_fen = 108333 AND p.principal_fen = 91837"_qs),
                 qint64(1));
        QCOMPARE(runJobs(), 0); // the next is due 2025-09-15
        QCOMPARE(sql(u"SELECT COUNT(*) FROM receipts WHERE business = 'loan_repayment_fund'"_qs), qint64(1));

        // Seven months later: four more paid, then January, February and March refused.
        f().clock().set(QDateTime(QDate(2026, 3, 16), QTime(9, 0)));
        runJobs();
        QCOMPARE(sql(balance), qint64(1008000 - 5 * 200170));
        QCOMPARE(sql(u"SELECT COUNT(*) FROM loan_instalments WHERE paid_on IS NOT NULL"_qs), qint64(5));
        QCOMPARE(sql(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'loans.instalment' "
                     "AND outcome = 'account.insufficient_available'"_qs),
                 qint64(3));
        QCOMPARE(sql(u"SELECT COUNT(*) FROM jobs WHERE kind = 'loan.instalment' AND state = 'queued'"_qs),
                 qint64(1)); // April
        QCOMPARE(f().ledgerInvariantViolation(), QString());
    }

    // Prepayments on 2025-09-01 of the reference loan whose instalment 1 (2,001.70) was paid on its
    // due date 2025-08-15: 49,908,163 fen outstanding, 17 days of interest to the day (÷ 360).
    // Hand-computed: interest on 100,000.00 = 100,000.00 × 2.6% × 17 / 360 = 122.777… → 122.78;
    // keep the term: 399,081.63 over 359 months → 1,600.62 (first interest 864.68); keep the
    // payment: the shortest term at or below 2,001.70 is 262 months (1,997.84); in full:
    // 499,081.63 × 2.6% × 17 / 360 = 612.757… → 612.76.
    void prepayments_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<qint64>("principal");
        QTest::addColumn<qint64>("interest");
        QTest::addColumn<int>("rows");
        QTest::addColumn<qint64>("payment");
        QTest::addColumn<QString>("lastDue");
        QTest::newRow("partial, keep the term")
            << QJsonObject{{u"kind"_qs, u"partial"_qs}, {u"amountFen"_qs, 10000000}, {u"keep"_qs, u"term"_qs}}
            << qint64(10000000) << qint64(12278) << 360 << qint64(160062) << u"2055-07-15"_qs;
        QTest::newRow("partial, keep the payment")
            << QJsonObject{{u"kind"_qs, u"partial"_qs},
                           {u"amountFen"_qs, 10000000},
                           {u"keep"_qs, u"payment"_qs}}
            << qint64(10000000) << qint64(12278) << 263 << qint64(199784) << u"2047-06-15"_qs;
        QTest::newRow("full") << QJsonObject{{u"kind"_qs, u"full"_qs}} << qint64(49908163) << qint64(61276)
                              << 360 << qint64(-1) << QString();
    }

    void prepayments()
    {
        QFETCH(QJsonObject, body);
        QFETCH(qint64, principal);
        QFETCH(qint64, interest);
        QFETCH(int, rows);
        QFETCH(qint64, payment);
        QFETCH(QString, lastDue);
        const QString contract = disbursed();
        QVERIFY(!contract.isEmpty());
        f().clock().set(QDateTime(QDate(2025, 8, 20), QTime(9, 0)));
        Reply r = prepay(contract, body); // instalment 1 is due and unpaid
        QCOMPARE(r.status, 409);
        QCOMPARE(r.code(), u"loan.prepay_blocked"_qs);
        f().clock().set(QDateTime(QDate(2025, 8, 15), QTime(9, 0)));
        QCOMPARE(repay(contract, {{u"amountFen"_qs, 200170}}).status, 201);
        f().clock().set(QDateTime(QDate(2025, 9, 1), QTime(9, 0)));
        r = prepay(contract, body);
        QVERIFY2(r.status == 201, r.body.constData());
        const QJsonObject posting = r.json.value(u"posting"_qs).toObject();
        QCOMPARE(posting.value(u"kind"_qs).toString(), u"prepayment"_qs);
        QCOMPARE(posting.value(u"principalFen"_qs).toInteger(), principal);
        QCOMPARE(posting.value(u"interestFen"_qs).toInteger(), interest);
        const QJsonObject loan = r.json.value(u"loan"_qs).toObject();
        QCOMPARE(loan.value(u"outstandingFen"_qs).toInteger(), kPrincipal - 91837 - principal);
        const QJsonArray list = loan.value(u"instalments"_qs).toArray();
        QCOMPARE(list.size(), rows);
        if (payment < 0) {
            QCOMPARE(loan.value(u"status"_qs).toString(), u"settled"_qs);
            QCOMPARE(sqlText(u"SELECT settled_on FROM loan_records WHERE contract_number = '"_qs + contract +
                             u"'"_qs),
                     u"2025-09-01"_qs);
            QCOMPARE(prepay(contract, body).code(), u"loan.settled"_qs);
            return;
        }
        QCOMPARE(loan.value(u"scheduleVersion"_qs).toInteger(), qint64(2));
        QCOMPARE(list.at(0).toObject().value(u"paidOn"_qs).toString(), u"2025-08-15"_qs); // carried over
        const QJsonObject second = list.at(1).toObject();
        QCOMPARE(second.value(u"number"_qs).toInteger(), qint64(2));
        QCOMPARE(second.value(u"dueOn"_qs).toString(), u"2025-09-15"_qs);
        QCOMPARE(second.value(u"paymentFen"_qs).toInteger(), payment);
        QCOMPARE(list.last().toObject().value(u"dueOn"_qs).toString(), lastDue);
        qint64 sum = 0;
        for (qsizetype i = 1; i < list.size(); ++i)
            sum += list.at(i).toObject().value(u"principalFen"_qs).toInteger();
        QCOMPARE(sum, kPrincipal - 91837 - principal);
        if (body.value(u"keep"_qs) == u"term"_qs)
            QCOMPARE(second.value(u"interestFen"_qs).toInteger(), qint64(86468));
        // The next repayment follows the new schedule.
        r = repay(contract, {{u"amountFen"_qs, payment}});
        QVERIFY2(r.status == 201, r.body.constData());
        QCOMPARE(r.json.value(u"posting"_qs).toObject().value(u"instalmentNumber"_qs).toInteger(), qint64(2));
    }

    void prepayBad_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("http");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("no kind") << QJsonObject{} << 400 << u"request.field_required"_qs << u"kind"_qs;
        QTest::newRow("kind half") << QJsonObject{{u"kind"_qs, u"half"_qs}} << 400
                                   << u"request.field_range"_qs << u"kind"_qs;
        QTest::newRow("partial without keep")
            << QJsonObject{{u"kind"_qs, u"partial"_qs}, {u"amountFen"_qs, 100}} << 400
            << u"request.field_required"_qs << u"keep"_qs;
        QTest::newRow("keep both") << QJsonObject{{u"kind"_qs, u"partial"_qs},
                                                  {u"amountFen"_qs, 100},
                                                  {u"keep"_qs, u"both"_qs}}
                                   << 400 << u"request.field_range"_qs << u"keep"_qs;
        QTest::newRow("full with an amount") << QJsonObject{{u"kind"_qs, u"full"_qs}, {u"amountFen"_qs, 100}}
                                             << 400 << u"request.unknown_field"_qs << u"amountFen"_qs;
        QTest::newRow("the whole outstanding as partial")
            << QJsonObject{{u"kind"_qs, u"partial"_qs},
                           {u"amountFen"_qs, kPrincipal},
                           {u"keep"_qs, u"term"_qs}}
            << 422 << u"loan.prepay_amount"_qs << u"amountFen"_qs;
        QTest::newRow("full-width amount") << QJsonObject{{u"kind"_qs, u"partial"_qs},
                                                          {u"amountFen"_qs, u"１００"_qs},
                                                          {u"keep"_qs, u"term"_qs}}
                                           << 400 << u"request.field_type"_qs << u"amountFen"_qs;
    }

    void prepayBad()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, http);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const QString contract = disbursed();
        QVERIFY(!contract.isEmpty());
        const Reply r = prepay(contract, body);
        QVERIFY2(r.status == http, r.body.constData());
        QCOMPARE(r.code(), code);
        QCOMPARE(r.json.value(u"field"_qs).toString(), field);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM loan_postings WHERE kind = 'prepayment'"_qs), qint64(0));
        QCOMPARE(sql(u"SELECT MAX(schedule_version) FROM loan_instalments"_qs), qint64(1));
    }

    void repayBad_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("contract");
        QTest::addColumn<int>("http");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("zero") << QJsonObject{{u"amountFen"_qs, 0}} << QString() << 400
                              << u"request.field_range"_qs << u"amountFen"_qs;
        QTest::newRow("negative") << QJsonObject{{u"amountFen"_qs, -100}} << QString() << 400
                                  << u"request.field_range"_qs << u"amountFen"_qs;
        QTest::newRow("full-width digits") << QJsonObject{{u"amountFen"_qs, u"１２３"_qs}} << QString() << 400
                                           << u"request.field_type"_qs << u"amountFen"_qs;
        QTest::newRow("missing") << QJsonObject{} << QString() << 400 << u"request.field_required"_qs
                                 << u"amountFen"_qs;
        QTest::newRow("oversized") << QJsonObject{{u"amountFen"_qs, qint64(1000000000000)}} << QString()
                                   << 400 << u"request.field_range"_qs << u"amountFen"_qs;
        QTest::newRow("unknown contract") << QJsonObject{{u"amountFen"_qs, 100}} << u"DK2025071599999999"_qs
                                          << 404 << u"loan.account_not_found"_qs << u"contract"_qs;
    }

    void repayBad()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, contract);
        QFETCH(int, http);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const QString real = disbursed();
        QVERIFY(!real.isEmpty());
        const Reply r = repay(contract.isEmpty() ? real : contract, body);
        QVERIFY2(r.status == http, r.body.constData());
        QCOMPARE(r.code(), code);
        QCOMPARE(r.json.value(u"field"_qs).toString(), field);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM loan_postings WHERE kind = 'instalment'"_qs), qint64(0));
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerLoanAccount(b); });
}

#include "tst_server_loanaccount.moc"
