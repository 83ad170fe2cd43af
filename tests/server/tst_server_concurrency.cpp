// Many writers at once on one database: every request succeeds (none answers 503 db.busy), on
// SQLite and on PostgreSQL. Write transactions take the SQLite write lock up front (BEGIN
// IMMEDIATE, waiting in the busy handler) and failures worth retrying are retried by
// store/transaction.h without sleeping; GETs run in read transactions beside them.
#include "demo/demoseed.h"
#include "platform/auth/authservice.h"
#include "suitebase.h"

#include <QTest>

using namespace hpf::test;

class TestServerConcurrency : public ServerSuite
{
    Q_OBJECT
public:
    using ServerSuite::ServerSuite;

private:
    static Call withdrawal(const QString &account, qint64 fen)
    {
        return {"POST",
                ServerFixture::withdrawalPath(),
                ServerFixture::withdrawalBody(account, fen),
                {{"Idempotency-Key", ServerFixture::newKey().toLatin1()}},
                {}};
    }
    Call unit(int index)
    {
        return {"POST",
                u"/api/v1/openings/units"_qs,
                f().unitOpeningBody(QStringLiteral("并发单位%1").arg(index),
                                    ServerFixture::validCreditCode(index)),
                {{"Idempotency-Key", ServerFixture::newKey().toLatin1()}},
                {}};
    }
    static Call opening(const QString &unitAccount, int person)
    {
        return {"POST",
                u"/api/v1/openings/accounts"_qs,
                ServerFixture::accountOpeningBody(unitAccount, person, 500000),
                {{"Idempotency-Key", ServerFixture::newKey().toLatin1()}},
                {}};
    }
    static Call login(const QString &username)
    {
        return {"POST",
                u"/api/v1/auth/login"_qs,
                {{u"username"_qs, username}, {u"password"_qs, QString(u"pw-"_qs + username)}},
                {},
                {}};
    }
    static QString describe(const QList<Reply> &replies)
    {
        QStringList out;
        for (const Reply &r : replies)
            out << QString::number(r.status) + u' ' + r.code();
        return out.join(u", "_qs);
    }

private slots:
    void parallelWritersAllSucceed_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("count");
        QTest::newRow("16 withdrawals from one account (one row, one audit head)") << u"withdrawal"_qs << 16;
        QTest::newRow("16 unit openings (one number sequence)") << u"unit"_qs << 16;
        QTest::newRow("16 account openings in one unit") << u"opening"_qs << 16;
        QTest::newRow("32 withdrawals, more than the worker threads") << u"withdrawal"_qs << 32;
    }

    void parallelWritersAllSucceed()
    {
        QFETCH(QString, kind);
        QFETCH(int, count);
        const QString teller = f().login(u"teller1"_qs);
        QVERIFY(!teller.isEmpty());
        const QString unitAccount = f().createUnit(teller, 1);
        QVERIFY(!unitAccount.isEmpty());
        const QString account = f().openAccount(teller, unitAccount, 1, 2000000);
        QVERIFY(!account.isEmpty());
        QCOMPARE(f().postRemittance(teller, unitAccount, u"2025-01"_qs, ServerFixture::newKey()).status, 201);

        const qint64 balanceBefore =
            f().get(u"/api/v1/accounts/"_qs + account, teller).json.value(u"balanceFen"_qs).toInteger();

        QList<Call> calls;
        for (int i = 0; i < count; ++i) {
            if (kind == u"withdrawal")
                calls.append(withdrawal(account, 1 + i));
            else if (kind == u"unit")
                calls.append(unit(100 + i));
            else
                calls.append(opening(unitAccount, 100 + i));
        }
        // Readers beside the writers: they must neither fail nor block the writers out.
        for (int i = 0; i < count / 2; ++i)
            calls.append({"GET", u"/api/v1/accounts/"_qs + account, {}, {}, {}});
        const QList<Reply> replies = f().parallel(calls, teller);
        QCOMPARE(replies.size(), calls.size());
        for (qsizetype i = 0; i < replies.size(); ++i) {
            const int expected = calls.at(i).method == "GET" ? 200 : 201;
            QVERIFY2(replies.at(i).status == expected, qPrintable(describe(replies)));
        }
        if (kind == u"withdrawal") {
            qint64 withdrawn = 0;
            for (int i = 0; i < count; ++i)
                withdrawn += 1 + i;
            const Reply acc = f().get(u"/api/v1/accounts/"_qs + account, teller);
            QCOMPARE(acc.json.value(u"balanceFen"_qs).toInteger(), balanceBefore - withdrawn);
        }
        QCOMPARE(f().ledgerInvariantViolation(), QString());
    }

    // Logins compute scrypt outside the transaction and then write (failed-login counter, session,
    // audit): 16 at once, the same user and different users, all succeed.
    void parallelLoginsAllSucceed_data()
    {
        QTest::addColumn<QStringList>("users");
        QTest::newRow("one user 16 times") << QStringList(16, u"teller1"_qs);
        QStringList mixed;
        const QStringList names{u"teller1"_qs,     u"teller1b"_qs,  u"teller2"_qs, u"supervisor1"_qs,
                                u"supervisor2"_qs, u"judicial1"_qs, u"loan1"_qs,   u"auditor1"_qs};
        for (int i = 0; i < 16; ++i)
            mixed << names.at(i % names.size());
        QTest::newRow("eight users twice each") << mixed;
    }

    void parallelLoginsAllSucceed()
    {
        QFETCH(QStringList, users);
        QList<Call> calls;
        for (const QString &u : std::as_const(users))
            calls.append(login(u));
        const QList<Reply> replies = f().parallel(calls, QString());
        for (const Reply &r : replies) {
            QVERIFY2(r.status == 200, qPrintable(describe(replies)));
            QVERIFY(!r.json.value(u"accessToken"_qs).toString().isEmpty());
        }
    }

    // Defect 1: supervisor grants check a password too (scrypt, failure counter, grant row, audit).
    // Logins and grant requests at once, for the same supervisors: every one succeeds, none answers
    // 503 db.busy, and each password is hashed once per request (not again on a retry).
    void parallelLoginsAndGrantsAllSucceed()
    {
        const QString judicial = f().login(u"judicial1"_qs);
        QVERIFY(!judicial.isEmpty());
        QList<Call> calls;
        QList<bool> isGrant;
        const QStringList supervisors{u"supervisor1"_qs, u"supervisor2"_qs};
        const QStringList users{u"supervisor1"_qs, u"supervisor2"_qs, u"teller1"_qs, u"auditor1"_qs};
        for (int i = 0; i < 24; ++i) {
            if (i % 2 == 0) {
                const QString sup = supervisors.at((i / 2) % 2);
                const QJsonObject hold{{u"accountNumber"_qs, u"100000000001"_qs},
                                       {u"kind"_qs, u"judicial"_qs},
                                       {u"amountFen"_qs, 100 + i}};
                calls.append({"POST",
                              u"/api/v1/grants"_qs,
                              {{u"supervisorUsername"_qs, sup},
                               {u"supervisorPassword"_qs, QString(u"pw-"_qs + sup)},
                               {u"idempotencyKey"_qs, ServerFixture::newKey()},
                               {u"summary"_qs, u"并发授权"_qs},
                               {u"request"_qs, QJsonObject{{u"method"_qs, u"POST"_qs},
                                                           {u"path"_qs, u"/api/v1/holds"_qs},
                                                           {u"body"_qs, hold}}}},
                              {{"Authorization", "Bearer " + judicial.toLatin1()}},
                              {}});
                isGrant.append(true);
            } else {
                calls.append(login(users.at((i / 2) % users.size())));
                isGrant.append(false);
            }
        }
        const qint64 hashedBefore = hpf::server::passwordChecksSoFar();
        const QList<Reply> replies = f().parallel(calls, QString());
        QCOMPARE(replies.size(), calls.size());
        for (qsizetype i = 0; i < replies.size(); ++i)
            QVERIFY2(replies.at(i).status == (isGrant.at(i) ? 201 : 200), qPrintable(describe(replies)));
        // One scrypt per request, however often a transaction had to be retried.
        QCOMPARE(hpf::server::passwordChecksSoFar() - hashedBefore, qint64(calls.size()));
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerConcurrency(b); });
}

#include "tst_server_concurrency.moc"
