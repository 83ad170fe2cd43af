// Authentication and authorisation through the real HTTP stack: wrong password, lockout (also
// under a parallel burst), one answer for every refused sign-in, expired and revoked tokens,
// refresh rotation and reuse, absolute session lifetime, sessions revoked by the user commands,
// role and branch denial, supervisor grants (self authorisation, reuse, different payload, missing
// grant).
#include "platform/auth/userservice.h"
#include "platform/store/sql.h"
#include "suitebase.h"

#include <QTest>

using namespace hpf::test;

class TestServerAuth : public ServerSuite
{
    Q_OBJECT
public:
    using ServerSuite::ServerSuite;

private:
    int auditCount(const QString &operation, const QString &outcome)
    {
        auto conn = f().database().connection();
        hpf::server::Query q(*conn,
                             u"SELECT COUNT(*) FROM audit_log WHERE operation = :o AND outcome = :r"_qs);
        q.bind(u":o"_qs, operation).bind(u":r"_qs, outcome);
        if (!q.exec().ok() || !q.next())
            return -1;
        return int(q.int64(0));
    }

    int auditOutcomeCount(const QString &outcome)
    {
        auto conn = f().database().connection();
        hpf::server::Query q(*conn, u"SELECT COUNT(*) FROM audit_log WHERE outcome = :r"_qs);
        q.bind(u":r"_qs, outcome);
        if (!q.exec().ok() || !q.next())
            return -1;
        return int(q.int64(0));
    }

    // A funded account in branch 0001 (teller1), returned with its number.
    QString fundedAccount()
    {
        const QString teller = f().login(u"teller1"_qs);
        const QString unit = f().createUnit(teller, 1);
        const QString account = f().openAccount(teller, unit, 1, 1000000);
        f().postRemittance(teller, unit, u"2025-06"_qs, ServerFixture::newKey());
        return account;
    }

    // A loan-security hold (issue 15: /holds is loan security only; judicial freezes and their
    // grants are in tst_server_judicial).
    QJsonObject holdBody(const QString &account, qint64 amount)
    {
        return {{u"accountNumber"_qs, account}, {u"kind"_qs, u"loan_security"_qs}, {u"amountFen"_qs, amount}};
    }

    Reply requestGrant(const QString &token, const QString &supervisor, const QString &key,
                       const QJsonObject &payload)
    {
        return f().post(u"/api/v1/grants"_qs,
                        {{u"supervisorUsername"_qs, supervisor},
                         {u"supervisorPassword"_qs, QString(u"pw-"_qs + supervisor)},
                         {u"idempotencyKey"_qs, key},
                         {u"summary"_qs, u"司法冻结 test"_qs},
                         {u"request"_qs, QJsonObject{{u"method"_qs, u"POST"_qs},
                                                     {u"path"_qs, u"/api/v1/holds"_qs},
                                                     {u"body"_qs, payload}}}},
                        token);
    }

private slots:
    void wrongPassword()
    {
        const Reply r = f().post(u"/api/v1/auth/login"_qs,
                                 {{u"username"_qs, u"teller1"_qs}, {u"password"_qs, u"nope-nope"_qs}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), u"auth.invalid_credentials"_qs);
        QVERIFY(r.headers.value("content-type").startsWith("application/problem+json"));
        const Reply unknown =
            f().post(u"/api/v1/auth/login"_qs, {{u"username"_qs, u"ghost"_qs}, {u"password"_qs, u"x"_qs}});
        QCOMPARE(unknown.status, 401);
        QCOMPARE(unknown.code(), u"auth.invalid_credentials"_qs);
        QCOMPARE(auditCount(u"auth.login"_qs, u"auth.invalid_credentials"_qs), 2);
    }

    void lockout()
    {
        for (int i = 0; i < 5; ++i) {
            const Reply r = f().post(u"/api/v1/auth/login"_qs,
                                     {{u"username"_qs, u"teller1"_qs}, {u"password"_qs, u"bad"_qs}});
            QCOMPARE(r.status, 401);
        }
        const Reply locked = f().post(u"/api/v1/auth/login"_qs,
                                      {{u"username"_qs, u"teller1"_qs}, {u"password"_qs, u"pw-teller1"_qs}});
        // Refused with the answer of a wrong password (defect 5); the lock is audited, not revealed.
        QCOMPARE(locked.status, 401);
        QCOMPARE(locked.code(), u"auth.invalid_credentials"_qs);
        QVERIFY(locked.json.value(u"accessToken"_qs).toString().isEmpty());
        QCOMPARE(auditCount(u"auth.lock"_qs, u"locked"_qs), 1);
        QCOMPARE(auditCount(u"auth.login"_qs, u"auth.locked"_qs), 1);
        f().clock().advanceSeconds(29 * 60);
        QVERIFY(f().login(u"teller1"_qs).isEmpty());
        f().clock().advanceSeconds(2 * 60);
        QVERIFY(!f().login(u"teller1"_qs).isEmpty());
    }

    // Defect 2: parallel wrong guesses used to clear each other's lock (a failure below the limit
    // wrote locked_until = 0), so after a burst the right password still signed in.
    void burstOfWrongGuessesKeepsTheLock()
    {
        QList<Call> calls;
        for (int i = 0; i < 20; ++i)
            calls.append(
                {"POST",
                 u"/api/v1/auth/login"_qs,
                 {{u"username"_qs, u"teller1"_qs}, {u"password"_qs, QStringLiteral("guess-%1").arg(i)}},
                 {},
                 {}});
        const QList<Reply> burst = f().parallel(calls, QString());
        for (const Reply &r : burst) {
            QCOMPARE(r.status, 401);
            QCOMPARE(r.code(), u"auth.invalid_credentials"_qs);
        }
        const Reply right = f().post(u"/api/v1/auth/login"_qs,
                                     {{u"username"_qs, u"teller1"_qs}, {u"password"_qs, u"pw-teller1"_qs}});
        QCOMPARE(right.status, 401);
        QVERIFY(right.json.value(u"accessToken"_qs).toString().isEmpty());
        QVERIFY(auditCount(u"auth.lock"_qs, u"locked"_qs) >= 1);
        QCOMPARE(auditCount(u"auth.login"_qs, u"ok"_qs), 0);
        // The lock ends after the policy period, and only then.
        f().clock().advanceSeconds(31 * 60);
        QVERIFY(!f().login(u"teller1"_qs).isEmpty());
    }

    // Defect 5: an unknown user, a wrong password, a locked and a disabled account get the same
    // status, code and body (same X-Request-ID, so the bodies must be byte for byte equal).
    void oneAnswerForEveryRefusal_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("auditedOutcome");
        QTest::newRow("unknown user")
            << u"-"_qs << u"nobody-here"_qs << u"pw-nobody-here"_qs << u"auth.invalid_credentials"_qs;
        QTest::newRow("unknown user, 256-character password")
            << u"-"_qs << u"ghost"_qs << QString(256, u'x') << u"auth.invalid_credentials"_qs;
        QTest::newRow("wrong password")
            << u"-"_qs << u"teller1"_qs << u"pw-teller2"_qs << u"auth.invalid_credentials"_qs;
        QTest::newRow("locked, right password")
            << u"locked"_qs << u"teller1"_qs << u"pw-teller1"_qs << u"auth.locked"_qs;
        QTest::newRow("locked, wrong password")
            << u"locked"_qs << u"teller1"_qs << u"nope"_qs << u"auth.locked"_qs;
        QTest::newRow("disabled, right password")
            << u"disabled"_qs << u"teller1"_qs << u"pw-teller1"_qs << u"auth.disabled"_qs;
        QTest::newRow("disabled, wrong password")
            << u"disabled"_qs << u"teller1"_qs << u"nope"_qs << u"auth.disabled"_qs;
        QTest::newRow("case of the name differs")
            << u"-"_qs << u"TELLER1"_qs << u"pw-teller1"_qs << u"auth.invalid_credentials"_qs;
    }
    void oneAnswerForEveryRefusal()
    {
        QFETCH(QString, state);
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(QString, auditedOutcome);
        const auto attempt = [&](const QString &name, const QString &pw) {
            return f().call({"POST",
                             u"/api/v1/auth/login"_qs,
                             {{u"username"_qs, name}, {u"password"_qs, pw}},
                             {{"X-Request-ID", "same-request-id"}},
                             {}});
        };
        // The reference: a wrong password for another existing user.
        const Reply reference = attempt(u"teller2"_qs, u"wrong-wrong"_qs);
        QCOMPARE(reference.status, 401);
        if (state == u"locked") {
            for (int i = 0; i < 5; ++i)
                QCOMPARE(attempt(u"teller1"_qs, u"bad"_qs).status, 401);
        } else if (state == u"disabled") {
            QVERIFY(hpf::server::setUserDisabled(f().database(), u"teller1"_qs, true,
                                                 f().clock().now().toMSecsSinceEpoch())
                        .ok());
        }
        const int before = auditCount(u"auth.login"_qs, auditedOutcome);
        const Reply r = attempt(username, password);
        QCOMPARE(r.status, reference.status);
        QCOMPARE(r.body, reference.body);
        QCOMPARE(r.headers.value("content-type"), reference.headers.value("content-type"));
        QCOMPARE(r.headers.value("www-authenticate"), reference.headers.value("www-authenticate"));
        QCOMPARE(auditCount(u"auth.login"_qs, auditedOutcome), before + 1);
    }

    void expiredTokenAndRefreshRotation()
    {
        const Reply login = f().post(u"/api/v1/auth/login"_qs,
                                     {{u"username"_qs, u"teller1"_qs}, {u"password"_qs, u"pw-teller1"_qs}});
        QCOMPARE(login.status, 200);
        const QString access = login.json.value(u"accessToken"_qs).toString();
        const QString refresh = login.json.value(u"refreshToken"_qs).toString();
        QCOMPARE(f().get(u"/api/v1/auth/me"_qs, access).status, 200);
        f().clock().advanceSeconds(16 * 60);
        const Reply expired = f().get(u"/api/v1/auth/me"_qs, access);
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.code(), u"auth.token_expired"_qs);
        const Reply rotated = f().post(u"/api/v1/auth/refresh"_qs, {{u"refreshToken"_qs, refresh}});
        QCOMPARE(rotated.status, 200);
        const QString access2 = rotated.json.value(u"accessToken"_qs).toString();
        QVERIFY(access2 != access);
        QCOMPARE(f().get(u"/api/v1/auth/me"_qs, access2).json.value(u"username"_qs).toString(),
                 u"teller1"_qs);
        const Reply reused = f().post(u"/api/v1/auth/refresh"_qs, {{u"refreshToken"_qs, refresh}});
        QCOMPARE(reused.status, 401);
        QCOMPARE(reused.code(), u"auth.refresh_invalid"_qs);
    }

    // Defect 4: replaying a rotated refresh token revokes the whole family, the newer tokens too.
    void refreshReuseRevokesTheFamily()
    {
        const Reply login = f().post(u"/api/v1/auth/login"_qs,
                                     {{u"username"_qs, u"teller1"_qs}, {u"password"_qs, u"pw-teller1"_qs}});
        QCOMPARE(login.status, 200);
        const QString first = login.json.value(u"refreshToken"_qs).toString();
        const Reply second = f().post(u"/api/v1/auth/refresh"_qs, {{u"refreshToken"_qs, first}});
        QCOMPARE(second.status, 200);
        const Reply third =
            f().post(u"/api/v1/auth/refresh"_qs,
                     {{u"refreshToken"_qs, second.json.value(u"refreshToken"_qs).toString()}});
        QCOMPARE(third.status, 200);
        const QString newestAccess = third.json.value(u"accessToken"_qs).toString();
        const QString newestRefresh = third.json.value(u"refreshToken"_qs).toString();
        QCOMPARE(f().get(u"/api/v1/auth/me"_qs, newestAccess).status, 200);
        // The first token, two rotations old, comes back: someone else holds a copy.
        const Reply replay = f().post(u"/api/v1/auth/refresh"_qs, {{u"refreshToken"_qs, first}});
        QCOMPARE(replay.status, 401);
        QCOMPARE(replay.code(), u"auth.refresh_invalid"_qs);
        QCOMPARE(f().get(u"/api/v1/auth/me"_qs, newestAccess).code(), u"auth.token_invalid"_qs);
        const Reply newest = f().post(u"/api/v1/auth/refresh"_qs, {{u"refreshToken"_qs, newestRefresh}});
        QCOMPARE(newest.status, 401);
        QCOMPARE(newest.code(), u"auth.refresh_invalid"_qs);
        QCOMPARE(auditCount(u"auth.refresh"_qs, u"auth.refresh_reused"_qs), 1);
        // Other sessions of the same user are not touched.
        QVERIFY(!f().login(u"teller1"_qs).isEmpty());
    }

    // Defect 4: `hpf-server user reset-password` and `user disable` end the user's sessions.
    void userCommandsRevokeSessions_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("reset-password") << u"reset-password"_qs;
        QTest::newRow("disable") << u"disable"_qs;
    }
    void userCommandsRevokeSessions()
    {
        QFETCH(QString, command);
        const Reply login = f().post(u"/api/v1/auth/login"_qs,
                                     {{u"username"_qs, u"teller1"_qs}, {u"password"_qs, u"pw-teller1"_qs}});
        QCOMPARE(login.status, 200);
        const QString access = login.json.value(u"accessToken"_qs).toString();
        const QString refresh = login.json.value(u"refreshToken"_qs).toString();
        const QString other = f().login(u"teller1b"_qs);
        const qint64 now = f().clock().now().toMSecsSinceEpoch();
        hpf::crypto::ScryptParams fast;
        fast.n = 1024;
        const hpf::Status s = command == u"disable"
                                  ? hpf::server::setUserDisabled(f().database(), u"teller1"_qs, true, now)
                                  : hpf::server::resetPassword(f().database(), u"teller1"_qs,
                                                               u"Fresh-Start-2025"_qs, fast, now);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
        QCOMPARE(f().get(u"/api/v1/auth/me"_qs, access).status, 401);
        const Reply refreshed = f().post(u"/api/v1/auth/refresh"_qs, {{u"refreshToken"_qs, refresh}});
        QCOMPARE(refreshed.status, 401);
        QCOMPARE(refreshed.code(), u"auth.refresh_invalid"_qs);
        QCOMPARE(f().get(u"/api/v1/auth/me"_qs, other).status, 200);
    }

    // Defect 4: refreshing every few minutes does not keep a session alive past the absolute
    // lifetime (ServerOptions::sessionMaxSeconds, policy login.sessionMaxHours, 12 h by default).
    void absoluteSessionLifetime()
    {
        const Reply login = f().post(u"/api/v1/auth/login"_qs,
                                     {{u"username"_qs, u"teller1"_qs}, {u"password"_qs, u"pw-teller1"_qs}});
        QCOMPARE(login.status, 200);
        QString refresh = login.json.value(u"refreshToken"_qs).toString();
        QString access;
        const qint64 started = f().clock().now().toMSecsSinceEpoch();
        int refreshes = 0;
        for (;;) {
            f().clock().advanceSeconds(10 * 60);
            const Reply r = f().post(u"/api/v1/auth/refresh"_qs, {{u"refreshToken"_qs, refresh}});
            const qint64 elapsed = f().clock().now().toMSecsSinceEpoch() - started;
            if (r.status != 200) {
                QCOMPARE(r.status, 401);
                QCOMPARE(r.code(), u"auth.refresh_invalid"_qs);
                QCOMPARE(elapsed, qint64(12) * 3600 * 1000);
                break;
            }
            QVERIFY2(elapsed <= qint64(12) * 3600 * 1000, "refreshed past the absolute lifetime");
            // Neither token outlives the session.
            QVERIFY(r.json.value(u"expiresIn"_qs).toInteger() * 1000 <= qint64(12) * 3600 * 1000 - elapsed);
            QVERIFY(r.json.value(u"refreshExpiresIn"_qs).toInteger() * 1000 <=
                    qint64(12) * 3600 * 1000 - elapsed);
            refresh = r.json.value(u"refreshToken"_qs).toString();
            access = r.json.value(u"accessToken"_qs).toString();
            QVERIFY(++refreshes < 100);
        }
        QCOMPARE(refreshes, 71);
        QCOMPARE(f().get(u"/api/v1/auth/me"_qs, access).status, 401);
    }

    // The idle-locked screen is unlocked with the password of the session's own user; the
    // session stays, and wrong passwords count towards the lock like any other.
    void unlockKeepsTheSession()
    {
        const QString token = f().login(u"teller1"_qs);
        const auto unlock = [&](const QString &password) {
            return f().post(u"/api/v1/auth/unlock"_qs, {{u"password"_qs, password}}, token);
        };
        const Reply wrong = unlock(u"pw-teller1b"_qs);
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.code(), u"auth.invalid_credentials"_qs);
        QCOMPARE(unlock(u"pw-teller1"_qs).status, 204);
        QCOMPARE(f().get(u"/api/v1/auth/me"_qs, token).status, 200);
        QCOMPARE(auditCount(u"auth.unlock"_qs, u"ok"_qs), 1);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(unlock(u"bad"_qs).status, 401);
        QCOMPARE(unlock(u"pw-teller1"_qs).code(), u"auth.invalid_credentials"_qs); // locked
        QCOMPARE(auditCount(u"auth.unlock"_qs, u"auth.locked"_qs), 1);
    }

    void revokedToken()
    {
        const QString token = f().login(u"teller1"_qs);
        QCOMPARE(f().post(u"/api/v1/auth/logout"_qs, {}, token).status, 204);
        const Reply after = f().get(u"/api/v1/auth/me"_qs, token);
        QCOMPARE(after.status, 401);
        QCOMPARE(after.code(), u"auth.token_invalid"_qs);
        QCOMPARE(f().get(u"/api/v1/auth/me"_qs).code(), u"auth.required"_qs);
    }

    void roleDenied_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("body");
        QTest::newRow("auditor opens a unit")
            << u"auditor1"_qs << u"/api/v1/openings/units"_qs << QJsonObject{};
        QTest::newRow("supervisor opens an account")
            << u"supervisor1"_qs << u"/api/v1/openings/accounts"_qs << QJsonObject{};
        QTest::newRow("teller freezes") << u"teller1"_qs << u"/api/v1/holds"_qs << QJsonObject{};
        QTest::newRow("admin posts remittance") << u"admin"_qs << u"/api/v1/units/8000000001/remittances"_qs
                                                << QJsonObject{{u"month"_qs, u"2025-06"_qs}};
    }
    void roleDenied()
    {
        QFETCH(QString, user);
        QFETCH(QString, path);
        QFETCH(QJsonObject, body);
        const Reply r = f().post(path, body, f().login(user), ServerFixture::newKey());
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), u"auth.role_denied"_qs);
        QVERIFY(auditOutcomeCount(u"auth.role_denied"_qs) >= 1);
    }

    void branchDenied()
    {
        const QString account = fundedAccount();
        const QString other = f().login(u"teller2"_qs);
        const Reply read = f().get(u"/api/v1/accounts/"_qs + account, other);
        QCOMPARE(read.status, 403);
        QCOMPARE(read.code(), u"auth.branch_denied"_qs);
        const Reply debit =
            f().post(ServerFixture::withdrawalPath(), ServerFixture::withdrawalBody(account, 100), other,
                     ServerFixture::newKey());
        QCOMPARE(debit.status, 403);
        QCOMPARE(debit.code(), u"auth.branch_denied"_qs);
        // The head office (auditor1 in 0000) may look.
        QCOMPARE(f().get(u"/api/v1/accounts/"_qs + account, f().login(u"auditor1"_qs)).status, 200);
    }

    void selfAuthorisationDenied()
    {
        const QString account = fundedAccount();
        const QString judicial = f().login(u"judicial1"_qs);
        const Reply self = requestGrant(judicial, u"judicial1"_qs, u"k-self"_qs, holdBody(account, 100));
        QCOMPARE(self.status, 403);
        QCOMPARE(self.code(), u"grant.self_authorisation"_qs);
        const Reply notSupervisor =
            requestGrant(judicial, u"teller1"_qs, u"k-self"_qs, holdBody(account, 100));
        QCOMPARE(notSupervisor.status, 403);
        QCOMPARE(notSupervisor.code(), u"grant.not_supervisor"_qs);
        QCOMPARE(auditCount(u"grants.create"_qs, u"grant.self_authorisation"_qs), 1);
    }

    void grantRequiredThenUsedOnce()
    {
        const QString account = fundedAccount();
        const QString judicial = f().login(u"loan1"_qs);
        const QString key = ServerFixture::newKey();
        const QJsonObject body = holdBody(account, 5000);
        const Reply without = f().post(u"/api/v1/holds"_qs, body, judicial, key);
        QCOMPARE(without.status, 403);
        QCOMPARE(without.code(), u"grant.required"_qs);
        const Reply grant = requestGrant(judicial, u"supervisor1"_qs, key, body);
        QCOMPARE(grant.status, 201);
        const QByteArray token = grant.json.value(u"grant"_qs).toString().toLatin1();
        // The refusal above was not stored: the same key now goes through with the grant.
        const Reply with =
            f().post(u"/api/v1/holds"_qs, body, judicial, key, {{"X-Supervisor-Grant", token}});
        QCOMPARE(with.status, 201);
        // Reused for another operation (new key): refused.
        const Reply reused = f().post(u"/api/v1/holds"_qs, holdBody(account, 5000), judicial,
                                      ServerFixture::newKey(), {{"X-Supervisor-Grant", token}});
        QCOMPARE(reused.status, 403);
        QCOMPARE(reused.code(), u"grant.used"_qs);
    }

    void grantForDifferentPayload()
    {
        const QString account = fundedAccount();
        const QString judicial = f().login(u"loan1"_qs);
        const QString key = ServerFixture::newKey();
        const Reply grant = requestGrant(judicial, u"supervisor2"_qs, key, holdBody(account, 100));
        QCOMPARE(grant.status, 201);
        const QByteArray token = grant.json.value(u"grant"_qs).toString().toLatin1();
        const Reply other = f().post(u"/api/v1/holds"_qs, holdBody(account, 99999), judicial, key,
                                     {{"X-Supervisor-Grant", token}});
        QCOMPARE(other.status, 403);
        QCOMPARE(other.code(), u"grant.mismatch"_qs);
        // An expired grant is refused too.
        f().clock().advanceSeconds(121);
        const Reply late = f().post(u"/api/v1/holds"_qs, holdBody(account, 100), judicial, key,
                                    {{"X-Supervisor-Grant", token}});
        QCOMPARE(late.code(), u"grant.expired"_qs);
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerAuth(b); });
}

#include "tst_server_auth.moc"
