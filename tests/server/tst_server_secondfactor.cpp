// The second factor (TOTP) and the password rules through the real HTTP stack, on SQLite and
// PostgreSQL: roles that must enrol get an enrolment-only session, enrolment with a first code and
// 10 recovery codes, sign-in and supervisor grants with the code, replay and recovery codes used
// once, wrong codes towards the lock, the secret sealed with a key the database does not hold,
// `user reset-2fa` and `user unlock`; password change (rules, history, other sessions end), reset
// and expiry forcing a change. Codes are computed from the enrolled secret (core/crypto/totp.h).
#include "crypto/sm4gcm.h"
#include "crypto/totp.h"
#include "platform/auth/userservice.h"
#include "platform/store/sql.h"
#include "suitebase.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace hpf::test;

class TestServerSecondFactor : public ServerSuite
{
    Q_OBJECT
public:
    using ServerSuite::ServerSuite;

protected:
    // As the default policy has it (the fixture's bare options force nothing).
    hpf::server::ServerOptions options() const override
    {
        hpf::server::ServerOptions o;
        o.secondFactorRoles = {u"supervisor"_qs, u"judicial"_qs, u"auditor"_qs};
        o.passwordMaxAgeDays = 90;
        return o;
    }

private:
    struct Signed
    {
        Reply reply;
        QString access() const { return reply.json.value(u"accessToken"_qs).toString(); }
        QString scope() const { return reply.json.value(u"scope"_qs).toString(); }
    };

    Signed signIn(const QString &user, const QJsonObject &extra = {}, const QString &password = {})
    {
        QJsonObject body{{u"username"_qs, user},
                         {u"password"_qs, password.isEmpty() ? QString(u"pw-"_qs + user) : password}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        return {f().post(u"/api/v1/auth/login"_qs, body)};
    }

    static QString unitQuery()
    {
        return u"/api/v1/units?creditCode="_qs + ServerFixture::validCreditCode(999);
    }

    qint64 nowSeconds() { return f().clock().now().toSecsSinceEpoch(); }

    QString codeNow(const QByteArray &secret) { return hpf::crypto::totp(secret, nowSeconds()); }

    // Enrols `token`'s user; returns the secret (the clock moves on by one step, so the
    // confirmation code is not the next sign-in's).
    QByteArray enrol(const QString &token, QStringList *recovery = nullptr)
    {
        const Reply start = f().post(u"/api/v1/auth/totp/enrol"_qs, {}, token);
        if (start.status != 201) {
            qWarning() << "enrol" << start.status << start.body;
            return {};
        }
        const QUrl uri(start.json.value(u"otpauthUri"_qs).toString());
        const QString secretText = QUrlQuery(uri).queryItemValue(u"secret"_qs);
        const QByteArray secret = hpf::crypto::base32Decode(secretText).value();
        const Reply confirm =
            f().post(u"/api/v1/auth/totp/confirm"_qs, {{u"code"_qs, codeNow(secret)}}, token);
        if (confirm.status != 200) {
            qWarning() << "confirm" << confirm.status << confirm.body;
            return {};
        }
        if (recovery) {
            for (const QJsonValue &v : confirm.json.value(u"recoveryCodes"_qs).toArray())
                recovery->append(v.toString());
        }
        f().clock().advanceSeconds(30);
        return secret;
    }

    qint64 count(const QString &sql)
    {
        auto conn = f().database().connection();
        hpf::server::Query q(*conn, sql);
        if (!q.exec().ok() || !q.next())
            return -1;
        return q.int64(0);
    }

    int audited(const QString &operation, const QString &outcome)
    {
        return int(
            count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE operation = '%1' AND outcome = '%2'")
                      .arg(operation, outcome)));
    }

    Reply requestGrant(const QString &token, const QString &supervisor, const QJsonObject &extra)
    {
        QJsonObject body{{u"supervisorUsername"_qs, supervisor},
                         {u"supervisorPassword"_qs, QString(u"pw-"_qs + supervisor)},
                         {u"idempotencyKey"_qs, ServerFixture::newKey()},
                         {u"summary"_qs, u"司法冻结 test"_qs},
                         {u"request"_qs, QJsonObject{{u"method"_qs, u"POST"_qs},
                                                     {u"path"_qs, u"/api/v1/holds"_qs},
                                                     {u"body"_qs, QJsonObject{{u"amountFen"_qs, 1}}}}}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        return f().post(u"/api/v1/grants"_qs, body, token);
    }

private slots:
    // Policy login.secondFactorRoles (supervisor, judicial, auditor): not enrolled yet → a session
    // that may only enrol; tellers and the others get a full session and may opt in.
    void rolesThatMustEnrol_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("scope");
        QTest::newRow("supervisor") << u"supervisor1"_qs << u"enrol"_qs;
        QTest::newRow("judicial") << u"judicial1"_qs << u"enrol"_qs;
        QTest::newRow("auditor") << u"auditor1"_qs << u"enrol"_qs;
        QTest::newRow("teller") << u"teller1"_qs << u"full"_qs;
        QTest::newRow("loan officer") << u"loan1"_qs << u"full"_qs;
        QTest::newRow("admin") << u"admin"_qs << u"full"_qs;
    }
    void rolesThatMustEnrol()
    {
        QFETCH(QString, user);
        QFETCH(QString, scope);
        const Signed s = signIn(user);
        QCOMPARE(s.reply.status, 200);
        QCOMPARE(s.scope(), scope);
        QCOMPARE(f().get(u"/api/v1/auth/me"_qs, s.access()).status, 200);
        const Reply read = f().get(unitQuery(), s.access());
        if (scope == u"enrol") {
            QCOMPARE(read.status, 403);
            QCOMPARE(read.code(), u"auth.enrolment_required"_qs);
        } else {
            QVERIFY2(read.code() != u"auth.enrolment_required"_qs && read.status != 401,
                     read.body.constData());
        }
    }

    void enrolThenSignInWithCode()
    {
        const Signed first = signIn(u"supervisor1"_qs);
        QCOMPARE(first.scope(), u"enrol"_qs);
        const Reply start = f().post(u"/api/v1/auth/totp/enrol"_qs, {}, first.access());
        QCOMPARE(start.status, 201);
        const QString uri = start.json.value(u"otpauthUri"_qs).toString();
        QVERIFY2(uri.startsWith(u"otpauth://totp/"_qs), qPrintable(uri));
        QVERIFY(uri.contains(u":supervisor1?"_qs));
        const QByteArray secret =
            hpf::crypto::base32Decode(QUrlQuery(QUrl(uri)).queryItemValue(u"secret"_qs)).value();
        QCOMPARE(secret.size(), 20);
        QCOMPARE(start.json.value(u"secret"_qs).toString(), hpf::crypto::base32Encode(secret, false));
        // Not confirmed yet: still enrolment-only, and a wrong first code is refused.
        const Reply wrong = f().post(
            u"/api/v1/auth/totp/confirm"_qs,
            {{u"code"_qs, codeNow(secret) == u"000000" ? u"111111"_qs : u"000000"_qs}}, first.access());
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.code(), u"auth.otp_invalid"_qs);
        const Reply ok =
            f().post(u"/api/v1/auth/totp/confirm"_qs, {{u"code"_qs, codeNow(secret)}}, first.access());
        QCOMPARE(ok.status, 200);
        const QJsonArray codes = ok.json.value(u"recoveryCodes"_qs).toArray();
        QCOMPARE(codes.size(), 10);
        QSet<QString> distinct;
        static const QRegularExpression shape(u"^[a-z2-7]{4}-[a-z2-7]{4}$"_qs);
        for (const QJsonValue &v : codes) {
            QVERIFY2(shape.match(v.toString()).hasMatch(), qPrintable(v.toString()));
            distinct.insert(v.toString());
        }
        QCOMPARE(distinct.size(), 10);
        // The same session is now a full one.
        QCOMPARE(f().get(unitQuery(), first.access()).code(), u"unit.not_found"_qs);
        // Enrolling again is refused.
        QCOMPARE(f().post(u"/api/v1/auth/totp/enrol"_qs, {}, first.access()).code(), u"totp.enrolled"_qs);
        QCOMPARE(audited(u"auth.totp_enrol"_qs, u"ok"_qs), 1);

        // Sign-in now needs the code.
        const Signed without = signIn(u"supervisor1"_qs);
        QCOMPARE(without.reply.status, 401);
        QCOMPARE(without.reply.code(), u"auth.otp_required"_qs);
        // The confirmation's code is spent: replaying it in the same step is refused.
        const Signed replayConfirm = signIn(u"supervisor1"_qs, {{u"otp"_qs, codeNow(secret)}});
        QCOMPARE(replayConfirm.reply.code(), u"auth.otp_invalid"_qs);
        f().clock().advanceSeconds(30);
        const QString code = codeNow(secret);
        const Signed with = signIn(u"supervisor1"_qs, {{u"otp"_qs, code}});
        QCOMPARE(with.reply.status, 200);
        QCOMPARE(with.scope(), u"full"_qs);
        // The same code again within its window: refused (replay).
        const Signed replay = signIn(u"supervisor1"_qs, {{u"otp"_qs, code}});
        QCOMPARE(replay.reply.status, 401);
        QCOMPARE(replay.reply.code(), u"auth.otp_invalid"_qs);
        QVERIFY(audited(u"auth.login"_qs, u"auth.otp_invalid"_qs) >= 2);
        // A code of the previous step is accepted once the clock moved (±1 step), but not an older one.
        f().clock().advanceSeconds(30);
        const QString next = codeNow(secret);
        f().clock().advanceSeconds(30);
        QCOMPARE(signIn(u"supervisor1"_qs, {{u"otp"_qs, next}}).reply.status, 200);
        const QString old = hpf::crypto::totp(secret, nowSeconds() - 90);
        if (old != codeNow(secret) && old != hpf::crypto::totp(secret, nowSeconds() + 30))
            QCOMPARE(signIn(u"supervisor1"_qs, {{u"otp"_qs, old}}).reply.code(), u"auth.otp_invalid"_qs);
    }

    void recoveryCodeWorksOnce()
    {
        QStringList recovery;
        const QByteArray secret = enrol(signIn(u"teller1"_qs).access(), &recovery);
        QVERIFY(!secret.isEmpty());
        QCOMPARE(recovery.size(), 10);
        const Signed once = signIn(u"teller1"_qs, {{u"recoveryCode"_qs, recovery.at(3).toUpper()}});
        QCOMPARE(once.reply.status, 200);
        const Signed twice = signIn(u"teller1"_qs, {{u"recoveryCode"_qs, recovery.at(3)}});
        QCOMPARE(twice.reply.status, 401);
        QCOMPARE(twice.reply.code(), u"auth.otp_invalid"_qs);
        QCOMPARE(count(u"SELECT COUNT(*) FROM recovery_codes WHERE used_at IS NOT NULL"_qs), 1);
        // Stored as digests only.
        for (const QString &rc : std::as_const(recovery))
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM recovery_codes WHERE code_hash LIKE '%%1%'")
                               .arg(QString(rc).remove(u'-'))),
                     0);
    }

    void wrongCodesLockTheUser()
    {
        const QByteArray secret = enrol(signIn(u"loan1"_qs).access());
        QVERIFY(!secret.isEmpty());
        const QString right = codeNow(secret);
        const QString wrong = right == u"123456" ? u"654321"_qs : u"123456"_qs;
        for (int i = 0; i < 5; ++i)
            QCOMPARE(signIn(u"loan1"_qs, {{u"otp"_qs, wrong}}).reply.code(), u"auth.otp_invalid"_qs);
        // Locked now: even password and right code get the one refusal.
        const Signed locked = signIn(u"loan1"_qs, {{u"otp"_qs, right}});
        QCOMPARE(locked.reply.status, 401);
        QCOMPARE(locked.reply.code(), u"auth.invalid_credentials"_qs);
        QCOMPARE(audited(u"auth.lock"_qs, u"locked"_qs), 1);
        QVERIFY(
            hpf::server::unlockUser(f().database(), u"loan1"_qs, f().clock().now().toMSecsSinceEpoch()).ok());
        QCOMPARE(signIn(u"loan1"_qs, {{u"otp"_qs, right}}).reply.status, 200);
    }

    void grantNeedsTheSupervisorsCode()
    {
        const QByteArray secret = enrol(signIn(u"supervisor2"_qs).access());
        QVERIFY(!secret.isEmpty());
        const QString judicial = signIn(u"loan1"_qs).access(); // loan officers may request grants
        const Reply without = requestGrant(judicial, u"supervisor2"_qs, {});
        QCOMPARE(without.status, 401);
        QCOMPARE(without.code(), u"auth.otp_required"_qs);
        const Reply wrong = requestGrant(judicial, u"supervisor2"_qs, {{u"supervisorOtp"_qs, u"000000"_qs}});
        if (codeNow(secret) != u"000000") {
            QCOMPARE(wrong.status, 401);
            QCOMPARE(wrong.code(), u"auth.otp_invalid"_qs);
        }
        const Reply with =
            requestGrant(judicial, u"supervisor2"_qs, {{u"supervisorOtp"_qs, codeNow(secret)}});
        QCOMPARE(with.status, 201);
        QCOMPARE(audited(u"grants.create"_qs, u"ok"_qs), 1);
        QCOMPARE(audited(u"grants.create"_qs, u"auth.otp_required"_qs), 1);
        // A supervisor who has not enrolled still authorises with the password alone.
        QCOMPARE(requestGrant(judicial, u"supervisor1"_qs, {}).status, 201);
    }

    // The secret is sealed with the server's key: neither the Base32 text nor the raw bytes are in
    // the database, and another key does not open it.
    void secretIsSealed()
    {
        const QString token = signIn(u"teller1b"_qs).access();
        const Reply start = f().post(u"/api/v1/auth/totp/enrol"_qs, {}, token);
        QCOMPARE(start.status, 201);
        const QString secretText = start.json.value(u"secret"_qs).toString();
        auto conn = f().database().connection();
        hpf::server::Query q(*conn, u"SELECT secret_sealed, user_id FROM user_totp"_qs);
        QVERIFY(q.exec().ok() && q.next());
        const QString sealed = q.str(0);
        const qint64 userId = q.int64(1);
        q.finish();
        QVERIFY(!sealed.contains(secretText, Qt::CaseInsensitive));
        const QByteArray raw = QByteArray::fromBase64(sealed.toLatin1());
        const QByteArray secret = hpf::crypto::base32Decode(secretText).value();
        QVERIFY(!raw.contains(secret));
        const QByteArray aad = QByteArray("hpf-totp:") + QByteArray::number(userId);
        const auto opened = hpf::crypto::sm4GcmOpen(f().server().context().secondFactorKey, raw, aad);
        QCOMPARE(opened.value(), secret);
        QVERIFY(!hpf::crypto::sm4GcmOpen(QByteArray(16, 'k'), raw, aad));
    }

    void resetSecondFactor()
    {
        const QByteArray secret = enrol(signIn(u"judicial1"_qs).access());
        QVERIFY(!secret.isEmpty());
        const Signed before = signIn(u"judicial1"_qs, {{u"otp"_qs, codeNow(secret)}});
        QCOMPARE(before.scope(), u"full"_qs);
        QVERIFY(hpf::server::resetSecondFactor(f().database(), u"judicial1"_qs,
                                               f().clock().now().toMSecsSinceEpoch())
                    .ok());
        QCOMPARE(f().get(u"/api/v1/auth/me"_qs, before.access()).status, 401); // sessions ended
        const Signed after = signIn(u"judicial1"_qs);
        QCOMPARE(after.reply.status, 200);
        QCOMPARE(after.scope(), u"enrol"_qs);
        QCOMPARE(count(u"SELECT COUNT(*) FROM recovery_codes"_qs), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'users.reset_2fa'"_qs), 1);
    }

    void passwordRules_data()
    {
        QTest::addColumn<QString>("newPassword");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("rule");
        QTest::newRow("too short") << u"Ab1-xyz"_qs << u"user.password_weak"_qs << u"length"_qs;
        QTest::newRow("nine characters") << u"Abcdef12-"_qs << u"user.password_weak"_qs << u"length"_qs;
        QTest::newRow("two classes") << u"abcdefghij12"_qs << u"user.password_weak"_qs << u"classes"_qs;
        QTest::newRow("digits only") << u"123456789012"_qs << u"user.password_weak"_qs << u"classes"_qs;
        QTest::newRow("the user name") << u"Teller1-2025"_qs << u"user.password_weak"_qs << u"username"_qs;
        QTest::newRow("common") << u"Password123"_qs << u"user.password_weak"_qs << u"common"_qs;
        QTest::newRow("common, Chinese favourite")
            << u"WoAini@1314"_qs << u"user.password_weak"_qs << u"common"_qs;
        QTest::newRow("the current one") << u"pw-teller1"_qs << u"user.password_weak"_qs << u"username"_qs;
        QTest::newRow("good") << u"Counter-Spring-42"_qs << QString() << QString();
        QTest::newRow("good, Chinese characters") << u"柜面密码-2025-春"_qs << QString() << QString();
    }
    void passwordRules()
    {
        QFETCH(QString, newPassword);
        QFETCH(QString, code);
        QFETCH(QString, rule);
        const QString token = signIn(u"teller1"_qs).access();
        const Reply r =
            f().post(u"/api/v1/auth/password"_qs,
                     {{u"currentPassword"_qs, u"pw-teller1"_qs}, {u"newPassword"_qs, newPassword}}, token);
        if (code.isEmpty()) {
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json.value(u"scope"_qs).toString(), u"full"_qs);
            QCOMPARE(signIn(u"teller1"_qs, {}, newPassword).reply.status, 200);
            QCOMPARE(signIn(u"teller1"_qs).reply.status, 401);
        } else {
            QCOMPARE(r.status, 422);
            QCOMPARE(r.code(), code);
            QVERIFY2(r.json.value(u"detail"_qs).toString().startsWith(rule), r.body.constData());
        }
    }

    void passwordHistoryAndOtherSessions()
    {
        const QString other = signIn(u"teller1"_qs).access();
        QString token = signIn(u"teller1"_qs).access();
        QString current = u"pw-teller1"_qs;
        const QStringList passwords{u"First-Pass-01"_qs,  u"Second-Pass-02"_qs, u"Third-Pass-03"_qs,
                                    u"Fourth-Pass-04"_qs, u"Fifth-Pass-05"_qs,  u"Sixth-Pass-06"_qs};
        for (const QString &next : passwords) {
            const Reply r = f().post(u"/api/v1/auth/password"_qs,
                                     {{u"currentPassword"_qs, current}, {u"newPassword"_qs, next}}, token);
            QCOMPARE(r.status, 200);
            current = next;
        }
        // The session that changed it goes on; the other one has ended.
        QCOMPARE(f().get(u"/api/v1/auth/me"_qs, token).status, 200);
        QCOMPARE(f().get(u"/api/v1/auth/me"_qs, other).status, 401);
        // None of the last five (the current one included) again; the sixth-last is allowed.
        for (const QString &old : passwords.mid(1)) {
            const Reply again = f().post(u"/api/v1/auth/password"_qs,
                                         {{u"currentPassword"_qs, current}, {u"newPassword"_qs, old}}, token);
            QCOMPARE(again.code(), u"user.password_reused"_qs);
        }
        const Reply wrongCurrent = f().post(
            u"/api/v1/auth/password"_qs,
            {{u"currentPassword"_qs, u"not-it"_qs}, {u"newPassword"_qs, u"Seventh-Pass-07"_qs}}, token);
        QCOMPARE(wrongCurrent.status, 401);
        QCOMPARE(wrongCurrent.code(), u"auth.invalid_credentials"_qs);
        QCOMPARE(f().post(u"/api/v1/auth/password"_qs,
                          {{u"currentPassword"_qs, current}, {u"newPassword"_qs, passwords.first()}}, token)
                     .status,
                 200);
    }

    // `user reset-password` and the maximum age force a change at the next sign-in: the session
    // may only change the password, then it is a full one.
    void passwordChangeForced_data()
    {
        QTest::addColumn<QString>("cause");
        QTest::newRow("reset by the administrator") << u"reset"_qs;
        QTest::newRow("older than 90 days") << u"age"_qs;
    }
    void passwordChangeForced()
    {
        QFETCH(QString, cause);
        QString password = u"pw-teller2"_qs;
        if (cause == u"reset") {
            hpf::crypto::ScryptParams fast;
            fast.n = 1024;
            password = u"Temp-Reset-2025"_qs;
            QVERIFY(hpf::server::resetPassword(f().database(), u"teller2"_qs, password, fast,
                                               f().clock().now().toMSecsSinceEpoch())
                        .ok());
        } else {
            f().clock().advanceSeconds(89 * 24 * 3600);
            QCOMPARE(signIn(u"teller2"_qs).scope(), u"full"_qs);
            f().clock().advanceSeconds(2 * 24 * 3600);
        }
        const Signed s = signIn(u"teller2"_qs, {}, password);
        QCOMPARE(s.reply.status, 200);
        QCOMPARE(s.scope(), u"password"_qs);
        const Reply blocked = f().get(unitQuery(), s.access());
        QCOMPARE(blocked.status, 403);
        QCOMPARE(blocked.code(), u"auth.password_change_required"_qs);
        const Reply changed = f().post(
            u"/api/v1/auth/password"_qs,
            {{u"currentPassword"_qs, password}, {u"newPassword"_qs, u"Fresh-Counter-9"_qs}}, s.access());
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json.value(u"scope"_qs).toString(), u"full"_qs);
        QCOMPARE(f().get(unitQuery(), s.access()).code(), u"unit.not_found"_qs);
        QCOMPARE(signIn(u"teller2"_qs, {}, u"Fresh-Counter-9"_qs).scope(), u"full"_qs);
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerSecondFactor(b); });
}

#include "tst_server_secondfactor.moc"
