// Standing rent instructions (租房提取委托, issue 17) through the HTTP API and the withdrawal.instalment
// job over a moved clock: paid, skipped (the available balance cannot pay), ended (end month,
// account closed), suspended (a fresh property answer shows an own home), a repeated job that pays
// nothing twice; the set-up's refusals and the end route. SQLite and PostgreSQL.
#include "business/withdrawal/instructionservice.h"
#include "demo/demoseed.h"
#include "integration/sharing/trainingshareddata.h"
#include "platform/jobs/jobs.h"
#include "platform/store/sql.h"
#include "platform/store/transaction.h"
#include "server.h"
#include "suitebase.h"

#include <QJsonArray>
#include <QTest>

using namespace hpf;
using namespace hpf::test;

namespace {

const QString kInstructions = u"/api/v1/withdrawals/instructions"_qs;
constexpr qint64 kMonthFen = 144000; // one remittance of a 6,000.00 base at 12% + 12%

} // namespace

class TestServerWithdrawalInstalment : public ServerSuite
{
    Q_OBJECT
public:
    using ServerSuite::ServerSuite;

private:
    QString m_teller;
    int m_units = 0;

    // Each test function has a server of its own: the job kind is registered as serve does.
    void begin()
    {
        server::registerWithdrawalJobs(f().server().jobs(), f().server().context());
        at(QDate(2025, 7, 15));
    }

    void at(QDate day)
    {
        f().clock().set(QDateTime(day, QTime(9, 0)));
        m_teller = f().login(u"teller1"_qs);
    }

    QString member(int person)
    {
        m_teller = f().login(u"teller1"_qs);
        const QString unit = f().createUnit(m_teller, ++m_units);
        const QString account = f().openAccount(m_teller, unit, person, 600000);
        f().postRemittance(m_teller, unit, u"2025-07"_qs, ServerFixture::newKey());
        return account;
    }

    QJsonObject body(const QString &account, qint64 amount, const QString &start, const QString &end = {},
                     const QString &frequency = u"monthly"_qs, qint64 rent = 60000)
    {
        QJsonObject b{{u"accountNumber"_qs, account},
                      {u"frequency"_qs, frequency},
                      {u"amountFen"_qs, amount},
                      {u"startMonth"_qs, start},
                      {u"evidence"_qs, QJsonObject{{u"monthlyRentFen"_qs, rent}}},
                      {u"payee"_qs, QJsonObject{{u"bankCode"_qs, u"102"_qs},
                                                {u"accountNumber"_qs, u"6222020200112233445"_qs},
                                                {u"name"_qs, u"房东甲"_qs}}}};
        if (!end.isEmpty())
            b.insert(u"endMonth"_qs, end);
        return b;
    }

    int runJobs()
    {
        int total = 0;
        for (int i = 0; i < 10; ++i) {
            auto n = f().server().jobs().runDue();
            if (!n || *n == 0)
                break;
            total += *n;
        }
        return total;
    }

    QJsonObject instruction(const QString &id)
    {
        return f().get(kInstructions + u'/' + id, m_teller).json.value(u"instruction"_qs).toObject();
    }

    qint64 balance(const QString &account)
    {
        return f().get(u"/api/v1/accounts/"_qs + account, m_teller).json.value(u"balanceFen"_qs).toInteger();
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

private slots:
    // Paid twice, then skipped (44,000 left for 50,000), then ended after its end month.
    void paidSkippedEnded()
    {
        begin();
        const QString account = member(7);
        const Reply created = f().post(kInstructions, body(account, 50000, u"2025-07"_qs, u"2025-09"_qs),
                                       m_teller, ServerFixture::newKey());
        QVERIFY2(created.status == 201, created.body.constData());
        const QJsonObject ins = created.json.value(u"instruction"_qs).toObject();
        const QString id = ins.value(u"id"_qs).toString();
        QCOMPARE(ins.value(u"status"_qs).toString(), u"active"_qs);
        QCOMPARE(ins.value(u"nextDue"_qs).toString(), u"2025-07-01"_qs);
        QCOMPARE(ins.value(u"payee"_qs).toObject().value(u"accountMasked"_qs).toString(),
                 u"6222***********3445"_qs);
        QCOMPARE(created.json.value(u"receipt"_qs).toObject().value(u"business"_qs).toString(),
                 u"rent_instruction"_qs);

        QCOMPARE(runJobs(), 1); // July, due already
        QCOMPARE(balance(account), kMonthFen - 50000);
        QCOMPARE(instruction(id).value(u"nextDue"_qs).toString(), u"2025-08-01"_qs);
        QCOMPARE(runJobs(), 0); // August is not due yet

        at(QDate(2025, 8, 2));
        QCOMPARE(runJobs(), 1);
        QCOMPARE(balance(account), kMonthFen - 100000);
        at(QDate(2025, 9, 2));
        QCOMPARE(runJobs(), 1);
        QCOMPARE(balance(account), kMonthFen - 100000); // skipped: 44,000 < 50,000
        const QJsonObject done = instruction(id);
        QCOMPARE(done.value(u"status"_qs).toString(), u"ended"_qs);
        QCOMPARE(done.value(u"statusReason"_qs).toString(), u"end_month"_qs);
        QVERIFY(done.value(u"nextDue"_qs).isNull());
        const QJsonArray payments = done.value(u"payments"_qs).toArray();
        QCOMPARE(payments.size(), 3);
        QCOMPARE(payments.at(0).toObject().value(u"outcome"_qs).toString(), u"paid"_qs);
        QCOMPARE(payments.at(1).toObject().value(u"dueOn"_qs).toString(), u"2025-08-01"_qs);
        QCOMPARE(payments.at(2).toObject().value(u"outcome"_qs).toString(), u"skipped"_qs);
        QCOMPARE(payments.at(2).toObject().value(u"reason"_qs).toString(), u"insufficient_available"_qs);
        // Each payment is a withdrawal of its own, audited as the system user.
        const QString serial = payments.at(0).toObject().value(u"serial"_qs).toString();
        const Reply paid = f().get(u"/api/v1/withdrawals/"_qs + serial, m_teller);
        QCOMPARE(paid.status, 200);
        QCOMPARE(paid.json.value(u"receipt"_qs).toObject().value(u"business"_qs).toString(),
                 u"rent_instalment"_qs);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'withdrawals.instalment' AND "
                     "username = 'system'"_qs),
                 3); // two payments and the end
        QCOMPARE(sql(u"SELECT COUNT(*) FROM journal WHERE business_type = '11'"_qs), 2);

        // A job of a date already handled (a run repeated after an interruption) pays nothing.
        auto conn = f().database().connection();
        QVERIFY(conn.ok());
        QVERIFY(server::runInTransaction(
                    *conn, f().database().dialect(), server::TxMode::Write,
                    [&](server::Transaction &) -> Result<server::TxEnd> {
                        server::JobRequest job;
                        job.kind = QString::fromLatin1(server::kInstalmentJob);
                        job.payload = {{u"instructionId"_qs, id}, {u"dueOn"_qs, u"2025-08-01"_qs}};
                        job.dedupeKey = u"again"_qs;
                        auto r = server::enqueueJob(*conn, job, f().clock().now().toMSecsSinceEpoch());
                        if (!r)
                            return r.error();
                        return server::TxEnd::Commit;
                    })
                    .ok());
        QCOMPARE(runJobs(), 1);
        QCOMPARE(balance(account), kMonthFen - 100000);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM instruction_payments"_qs), 3);
        QCOMPARE(f().ledgerInvariantViolation(), QString());
    }

    // A fresh property answer showing an own home suspends the instruction; nothing is paid.
    void suspendedByPropertyAnswer()
    {
        begin();
        const QString account = member(8);
        const Reply created =
            f().post(kInstructions, body(account, 30000, u"2025-07"_qs), m_teller, ServerFixture::newKey());
        QVERIFY2(created.status == 201, created.body.constData());
        const QString id = created.json.value(u"instruction"_qs).toObject().value(u"id"_qs).toString();
        auto source = server::TrainingSharedData::fromJson(
            QJsonObject{{u"training"_qs, true},
                        {u"property"_qs, QJsonObject{{QString(u"01:"_qs + server::demoIdentityNumber(8)),
                                                      QJsonObject{{u"summary"_qs, u"名下住房 1 套"_qs}}}}}});
        QVERIFY(source.ok());
        f().server().context().sharedData = *source;
        QCOMPARE(runJobs(), 1);
        const QJsonObject ins = instruction(id);
        QCOMPARE(ins.value(u"status"_qs).toString(), u"suspended"_qs);
        QCOMPARE(ins.value(u"statusReason"_qs).toString(), u"own_home"_qs);
        QCOMPARE(ins.value(u"payments"_qs).toArray().at(0).toObject().value(u"reason"_qs).toString(),
                 u"own_home"_qs);
        QCOMPARE(balance(account), kMonthFen);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM shared_answers WHERE source = 'property' AND found = 1"_qs), 1);
        // A suspended instruction can be ended by the teller; ending it twice is refused.
        Reply end = f().post(kInstructions + u'/' + id + u"/end"_qs, {{u"reason"_qs, u"购房"_qs}}, m_teller,
                             ServerFixture::newKey());
        QVERIFY2(end.status == 200, end.body.constData());
        QCOMPARE(end.json.value(u"instruction"_qs).toObject().value(u"status"_qs).toString(), u"ended"_qs);
        end = f().post(kInstructions + u'/' + id + u"/end"_qs, {{u"reason"_qs, u"again"_qs}}, m_teller,
                       ServerFixture::newKey());
        QCOMPARE(end.status, 409);
        QCOMPARE(end.code(), u"instruction.status"_qs);
    }

    // The account closes before the next due date: the instruction ends without paying.
    void endedWhenTheAccountCloses()
    {
        begin();
        const QString account = member(9);
        const Reply created =
            f().post(kInstructions, body(account, 30000, u"2025-08"_qs), m_teller, ServerFixture::newKey());
        QVERIFY2(created.status == 201, created.body.constData());
        const QString id = created.json.value(u"instruction"_qs).toObject().value(u"id"_qs).toString();
        QJsonObject death = ServerFixture::withdrawalBody(account, 1);
        death.insert(u"type"_qs, u"death"_qs);
        death.remove(u"amountFen"_qs);
        death.insert(u"evidence"_qs,
                     QJsonObject{{u"heir"_qs, QJsonObject{{u"name"_qs, u"张继承"_qs},
                                                          {u"documentType"_qs, u"01"_qs},
                                                          {u"documentNumber"_qs, u"110105194912310025"_qs},
                                                          {u"relation"_qs, u"配偶"_qs}}}});
        const Reply closed =
            f().post(ServerFixture::withdrawalPath(), death, m_teller, ServerFixture::newKey());
        QVERIFY2(closed.status == 201, closed.body.constData());
        at(QDate(2025, 8, 2));
        QCOMPARE(runJobs(), 1);
        const QJsonObject ins = instruction(id);
        QCOMPARE(ins.value(u"status"_qs).toString(), u"ended"_qs);
        QCOMPARE(ins.value(u"statusReason"_qs).toString(), u"account_closed"_qs);
        QVERIFY(ins.value(u"payments"_qs).toArray().isEmpty());
        QCOMPARE(f().ledgerInvariantViolation(), QString());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("weekly") << u"frequency=weekly"_qs << 422 << u"instruction.frequency"_qs
                                << u"frequency"_qs;
        QTest::newRow("start last month")
            << u"startMonth=2025-06"_qs << 422 << u"instruction.months"_qs << u"startMonth"_qs;
        QTest::newRow("start month 13")
            << u"startMonth=2025-13"_qs << 422 << u"instruction.months"_qs << u"startMonth"_qs;
        QTest::newRow("end before start")
            << u"endMonth=2025-06"_qs << 422 << u"instruction.months"_qs << u"endMonth"_qs;
        QTest::newRow("above the cap") << u"amountFen=150001;rent=200000"_qs << 422
                                       << u"withdrawal.amount_above_max"_qs << u"amountFen"_qs;
        QTest::newRow("above the rent")
            << u"amountFen=60001"_qs << 422 << u"withdrawal.amount_above_max"_qs << u"amountFen"_qs;
        QTest::newRow("a quarter of the cap")
            << u"frequency=quarterly;amountFen=450000;rent=200000"_qs << 201 << QString() << QString();
        QTest::newRow("no rent") << u"rent=0"_qs << 422 << u"withdrawal.not_eligible"_qs
                                 << u"evidence.monthlyRentFen"_qs;
        QTest::newRow("twice") << u"twice"_qs << 409 << u"instruction.duplicate"_qs << u"accountNumber"_qs;
    }

    void refusals()
    {
        QFETCH(QString, change);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        begin();
        const QString account = member(10);
        qint64 rent = 60000;
        QJsonObject b = body(account, 50000, u"2025-07"_qs);
        for (const QString &pair : change.split(u';')) {
            const QString k = pair.section(u'=', 0, 0);
            const QString v = pair.section(u'=', 1);
            if (k == u"rent")
                rent = v.toLongLong();
            else if (k == u"amountFen")
                b.insert(k, v.toLongLong());
            else if (k != u"twice")
                b.insert(k, v);
        }
        QJsonObject evidence;
        if (rent > 0)
            evidence.insert(u"monthlyRentFen"_qs, rent);
        b.insert(u"evidence"_qs, evidence);
        if (change == u"twice")
            QCOMPARE(f().post(kInstructions, b, m_teller, ServerFixture::newKey()).status, 201);
        const Reply r = f().post(kInstructions, b, m_teller, ServerFixture::newKey());
        QVERIFY2(r.status == status, r.body.constData());
        if (status != 201) {
            QCOMPARE(r.code(), code);
            QCOMPARE(r.json.value(u"field"_qs).toString(), field);
        }
        const Reply listed =
            f().post(kInstructions + u"/search"_qs, {{u"accountNumber"_qs, account}}, m_teller);
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.json.value(u"items"_qs).toArray().size(),
                 status == 201 || change == u"twice" ? 1 : 0);
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerWithdrawalInstalment(b); });
}

#include "tst_server_withdrawalinstalment.moc"
