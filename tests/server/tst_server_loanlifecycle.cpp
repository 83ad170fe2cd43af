// Loan applications after acceptance (issue 18, part A): review (审核) and the decision (审批)
// with the separation of duties and the order of the steps, the branch-scoped list, and the
// training center's applications (demo-seed). SQLite and PostgreSQL.
#include "demo/demoseed.h"
#include "loanhelpers.h"
#include "platform/store/migrations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace hpf;
using namespace hpf::test;
using namespace hpf::test::loantest;

class TestServerLoanLifecycle : public LoanSuite
{
    Q_OBJECT
public:
    using LoanSuite::LoanSuite;

private slots:
    void lifecycle()
    {
        addUser(u"loan2"_qs, u"loan_officer"_qs, u"0001"_qs);
        const QString loan1 = f().login(u"loan1"_qs);
        const QString loan2 = f().login(u"loan2"_qs);
        const QString sup = f().login(u"supervisor1"_qs);
        const QString a = f().post(kApply, application(member(QDate(1990, 3, 1), 7), 10000000, 120), loan1,
                                   ServerFixture::newKey())
                              .json.value(u"serial"_qs)
                              .toString();
        const QString b = f().post(kApply, application(member(QDate(1991, 3, 1), 7), 10000000, 120), loan1,
                                   ServerFixture::newKey())
                              .json.value(u"serial"_qs)
                              .toString();
        QVERIFY(!a.isEmpty() && !b.isEmpty());

        const auto expect = [&](const Reply &r, int status, const QString &code) {
            QVERIFY2(r.status == status, r.body.constData());
            if (!code.isEmpty())
                QCOMPARE(r.code(), code);
        };
        expect(act(a, u"review"_qs, loan1), 403, u"loan.same_officer"_qs);
        expect(act(a, u"approve"_qs, sup), 409, u"loan.step"_qs);
        expect(act(a, u"review"_qs, sup), 403, u"auth.role_denied"_qs);
        expect(act(a, u"approve"_qs, loan2), 403, u"auth.role_denied"_qs);
        expect(act(a, u"refuse"_qs, sup, {{u"reason"_qs, u"材料不全"_qs}}), 409, u"loan.step"_qs);
        const Reply reviewed = act(a, u"review"_qs, loan2);
        expect(reviewed, 200, {});
        QCOMPARE(reviewed.json.value(u"status"_qs).toString(), u"reviewed"_qs);
        QCOMPARE(reviewed.json.value(u"reviewer"_qs).toString(), u"loan2"_qs);
        expect(act(a, u"review"_qs, loan2), 409, u"loan.step"_qs);
        const Reply approved = act(a, u"approve"_qs, sup);
        expect(approved, 200, {});
        QCOMPARE(approved.json.value(u"status"_qs).toString(), u"approved"_qs);
        QCOMPARE(approved.json.value(u"approver"_qs).toString(), u"supervisor1"_qs);
        QVERIFY(!approved.json.value(u"decidedAt"_qs).toString().isEmpty());
        expect(act(a, u"approve"_qs, sup), 409, u"loan.step"_qs);
        expect(act(a, u"refuse"_qs, sup, {{u"reason"_qs, u"x"_qs}}), 409, u"loan.step"_qs);

        expect(act(b, u"review"_qs, loan2), 200, {});
        expect(act(b, u"refuse"_qs, sup, {}), 400, u"request.field_required"_qs);
        const Reply refused = act(b, u"refuse"_qs, sup, {{u"reason"_qs, u"首付款凭证不符"_qs}});
        expect(refused, 200, {});
        QCOMPARE(refused.json.value(u"status"_qs).toString(), u"refused"_qs);
        QCOMPARE(refused.json.value(u"refusalReason"_qs).toString(), u"首付款凭证不符"_qs);
        expect(act(b, u"approve"_qs, sup), 409, u"loan.step"_qs);

        // Every step audited with the status before and after.
        QCOMPARE(sql(u"SELECT COUNT(*) FROM audit_log WHERE operation IN ('loans.review', 'loans.approve', "
                     "'loans.refuse') AND outcome = 'ok'"_qs),
                 4);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'loans.approve' AND outcome = 'ok' "
                     "AND before_state LIKE '%reviewed%' AND after_state LIKE '%approved%'"_qs),
                 1);

        // The reviewer promoted to supervisor still cannot approve what they reviewed.
        const QString c = f().post(kApply, application(member(QDate(1992, 3, 1), 7), 10000000, 120), loan1,
                                   ServerFixture::newKey())
                              .json.value(u"serial"_qs)
                              .toString();
        expect(act(c, u"review"_qs, loan2), 200, {});
        QVERIFY(exec(u"UPDATE users SET role = 'supervisor' WHERE username = 'loan2'"_qs));
        expect(act(c, u"approve"_qs, f().login(u"loan2"_qs)), 403, u"loan.same_person"_qs);
    }

    void list()
    {
        addUser(u"loan9"_qs, u"loan_officer"_qs, u"0002"_qs);
        const QString loan1 = f().login(u"loan1"_qs);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(f().post(kApply, application(member(QDate(1990, 3, 1 + i), 7), 10000000, 120), loan1,
                              ServerFixture::newKey())
                         .status,
                     201);
        const Reply all = f().get(kApply + u"?status=accepted"_qs, loan1);
        QCOMPARE(all.status, 200);
        QCOMPARE(all.json.value(u"total"_qs).toInt(), 3);
        QCOMPARE(
            all.json.value(u"items"_qs).toArray().first().toObject().value(u"borrowerName"_qs).toString(),
            u"借**"_qs);
        QCOMPARE(f().get(kApply + u"?status=approved"_qs, loan1).json.value(u"total"_qs).toInt(), 0);
        QCOMPARE(f().get(kApply + u"?page=2"_qs, loan1).json.value(u"items"_qs).toArray().size(), 0);
        QCOMPARE(f().get(kApply + u"?status=nonsense"_qs, loan1).status, 400);
        QCOMPARE(f().get(kApply + u"?page=0"_qs, loan1).status, 400);
        // Another branch's officer sees none of them and cannot open one.
        const QString other = f().login(u"loan9"_qs);
        QCOMPARE(f().get(kApply, other).json.value(u"total"_qs).toInt(), 0);
        const QString serial =
            all.json.value(u"items"_qs).toArray().first().toObject().value(u"serial"_qs).toString();
        QCOMPARE(f().get(kApply + u'/' + serial, other).status, 403);
        const Reply otherCheck =
            f().post(kCheck, application(member(QDate(1993, 3, 1), 7), 10000000, 120), other);
        QCOMPARE(otherCheck.status, 403);
        QCOMPARE(otherCheck.code(), u"auth.branch_denied"_qs);
        QCOMPARE(f().get(kApply, f().login(u"auditor1"_qs)).json.value(u"total"_qs).toInt(), 3);
        QCOMPARE(f().get(kApply, f().login(u"teller1"_qs)).status, 403);
    }

    // The training center (demo-seed): one application approved (loan1 → loan2 → supervisor1), one
    // accepted by loan2 waiting for loan1's review. On its own SQLite database, as the seed runs.
    void demoSeed()
    {
        if (m_backend != Backend::Sqlite)
            return; // the seed is backend-neutral; the one run is enough
        QTemporaryDir dir;
        auto config = server::DatabaseConfig::parse(u"sqlite:"_qs + dir.filePath(u"demo.db"_qs));
        QVERIFY(config.ok());
        server::Database database(*config);
        ManualClock clock(f().clock().now());
        QVERIFY(server::migrate(database, clock.now().toMSecsSinceEpoch()).ok());
        auto policy = finance::Policy::defaults();
        QVERIFY(policy.ok());
        crypto::ScryptParams fast;
        fast.n = 1024;
        auto log = server::seedDemo(database, *policy, clock, fast);
        QVERIFY2(log.ok(), log.ok() ? "" : qPrintable(log.error().detail));
        auto conn = database.connection();
        QVERIFY(conn.ok());
        server::Query q(*conn,
                        u"SELECT a.status, o.username, COALESCE(r.username, ''), COALESCE(p.username, '') "
                        "FROM loan_applications a JOIN users o ON o.id = a.officer_id "
                        "LEFT JOIN users r ON r.id = a.reviewer_id LEFT JOIN users p ON p.id = a.approver_id "
                        "ORDER BY a.id"_qs);
        QVERIFY(q.exec().ok());
        QStringList rows;
        while (q.next())
            rows << q.str(0) + u' ' + q.str(1) + u' ' + q.str(2) + u' ' + q.str(3);
        // issue 18: and the overdue loan's application (loanoverduedemo.cpp), disbursed.
        QCOMPARE(rows, (QStringList{u"approved loan1 loan2 supervisor1"_qs, u"accepted loan2  "_qs,
                                    u"disbursed loan1 loan2 supervisor1"_qs}));
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerLoanLifecycle(b); });
}

#include "tst_server_loanlifecycle.moc"
