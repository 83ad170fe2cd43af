// Crash safety (reliability.md T1) and tamper evidence, with the real hpf-server binary: post
// remittances with idempotency keys while the server is killed with SIGKILL at random moments,
// restart it, resend every unacknowledged key; then every acknowledged posting exists exactly once,
// journal sums equal balances, the audit chain verifies and SQLite's integrity check passes; what
// the server's audit chainer sealed before a kill keeps its position, and what was left unchained
// is chained afterwards with nothing lost.
// Then the same with many concurrent withdrawals (issue 13: serials from a PostgreSQL sequence).
// Audited reads are killed the same way: every read answered 200 has its record exactly once.
// Finally an audit row is edited directly in the database and `hpf-server audit verify` must fail
// naming that record.
#include "demo/demoseed.h"
#include "platform/store/sql.h"
#include "serverfixture.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>
#include <csignal>

using namespace hpf::test;

namespace {

QString pgBase()
{
    return qEnvironmentVariable("HPF_TEST_PG_URL");
}

} // namespace

class TestServerCrash : public QObject
{
    Q_OBJECT
public:
    explicit TestServerCrash(Backend b)
        : m_backend(b)
    {}

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    QString m_url;
    QString m_pgDatabase;
    std::unique_ptr<QProcess> m_proc;
    quint16 m_port = 0;
    QNetworkAccessManager m_nam;

    int cli(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr,
            const QByteArray &input = {})
    {
        return runProgram(QStringLiteral(HPF_SERVER_BINARY), args + QStringList{u"--database"_qs, m_url},
                          input, out, err);
    }

    bool startServer()
    {
        m_proc = std::make_unique<QProcess>();
        m_proc->setProcessChannelMode(QProcess::SeparateChannels);
        m_proc->start(QStringLiteral(HPF_SERVER_BINARY),
                      {u"serve"_qs, u"--port"_qs, u"0"_qs, u"--database"_qs, m_url});
        if (!m_proc->waitForStarted(10000))
            return false;
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (!out.contains('\n') && t.elapsed() < 20000) {
            m_proc->waitForReadyRead(500);
            out += m_proc->readAllStandardOutput();
        }
        const int i = out.indexOf("port=");
        if (i < 0)
            return false;
        m_port = quint16(out.mid(i + 5).trimmed().toUInt());
        return m_port > 0;
    }

    void killServer()
    {
        if (m_proc && m_proc->state() != QProcess::NotRunning) {
            ::kill(pid_t(m_proc->processId()), SIGKILL);
            m_proc->waitForFinished(10000);
        }
        m_proc.reset();
    }

    QNetworkReply *post(const QString &path, const QJsonObject &body, const QString &token,
                        const QString &key)
    {
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        if (!key.isEmpty())
            req.setRawHeader("Idempotency-Key", key.toLatin1());
        return m_nam.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    QJsonObject postAndWait(const QString &path, const QJsonObject &body, const QString &token,
                            const QString &key, int *status = nullptr)
    {
        QNetworkReply *r = post(path, body, token, key);
        (void)QTest::qWaitFor([r] { return r->isFinished(); }, 20000);
        if (status)
            *status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject o = QJsonDocument::fromJson(r->readAll()).object();
        r->deleteLater();
        return o;
    }

    // 单位开户 for this month (the server runs on the system clock).
    static QJsonObject unitOpeningBody()
    {
        return {{u"creditCode"_qs, ServerFixture::validCreditCode(9)},
                {u"name"_qs, u"崩溃测试单位"_qs},
                {u"economicType"_qs, u"150"_qs},
                {u"legalRepresentative"_qs, QJsonObject{{u"name"_qs, u"王法人"_qs},
                                                        {u"documentType"_qs, u"01"_qs},
                                                        {u"documentNumber"_qs, u"11010519491231002X"_qs}}},
                {u"registeredAddress"_qs, u"兰州市城关区示例路1号"_qs},
                {u"contact"_qs, QJsonObject{{u"name"_qs, u"李联系"_qs}, {u"mobile"_qs, u"13812345678"_qs}}},
                {u"bank"_qs, QJsonObject{{u"code"_qs, u"102"_qs},
                                         {u"name"_qs, u"中国工商银行兰州分行"_qs},
                                         {u"account"_qs, u"2703000109200123456"_qs}}},
                {u"unitRatio"_qs, u"10"_qs},
                {u"personalRatio"_qs, u"10"_qs},
                {u"remittanceDay"_qs, 15},
                {u"firstMonth"_qs, QDate::currentDate().toString(u"yyyy-MM"_qs)}};
    }

    QString login()
    {
        return postAndWait(u"/api/v1/auth/login"_qs,
                           {{u"username"_qs, u"teller1"_qs}, {u"password"_qs, u"pw-teller1x"_qs}}, {}, {})
            .value(u"accessToken"_qs)
            .toString();
    }

    QMap<qint64, qint64> chainedPositions()
    {
        QMap<qint64, qint64> out;
        hpf::server::Database db(*hpf::server::DatabaseConfig::parse(m_url));
        auto conn = db.connection();
        if (!conn)
            return out;
        hpf::server::Query q(*conn, u"SELECT id, chain_seq FROM audit_log WHERE chain_seq IS NOT NULL"_qs);
        if (q.exec().ok()) {
            while (q.next())
                out.insert(q.int64(0), q.int64(1));
        }
        return out;
    }

    qint64 auditRows()
    {
        hpf::server::Database db(*hpf::server::DatabaseConfig::parse(m_url));
        auto conn = db.connection();
        if (!conn)
            return -1;
        hpf::server::Query q(*conn, u"SELECT COUNT(*) FROM audit_log"_qs);
        return q.exec().ok() && q.next() ? q.int64(0) : -1;
    }

private slots:
    void initTestCase()
    {
        const QString why = ServerFixture::unavailableReason(m_backend);
        if (!why.isEmpty()) {
            if (componentsRequired())
                QFAIL(qPrintable(u"CI=true and the backend is missing: "_qs + why));
            QSKIP(qPrintable(why));
        }
        if (m_backend == Backend::Sqlite) {
            m_url = u"sqlite:"_qs + m_dir.filePath(u"crash.db"_qs);
        } else {
            m_pgDatabase = u"hpf_crash_"_qs + QUuid::createUuid().toString(QUuid::Id128).left(12);
            QUrl u(pgBase());
            u.setPath(u"/postgres"_qs);
            QByteArray err;
            // Created through the CLI-independent path: psql is not required, use the server's driver.
            hpf::server::DatabaseConfig cfg = *hpf::server::DatabaseConfig::parse(pgBase());
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_qs, u"crash-admin"_qs);
                db.setHostName(cfg.host);
                db.setPort(cfg.port);
                db.setUserName(cfg.user);
                db.setDatabaseName(cfg.databaseName);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(u"CREATE DATABASE "_qs + m_pgDatabase));
            }
            QSqlDatabase::removeDatabase(u"crash-admin"_qs);
            QUrl db(pgBase());
            db.setPath(u"/"_qs + m_pgDatabase);
            m_url = db.toString();
        }
        QByteArray out, err;
        // The audit key outside the database, as production keeps it (init creates it).
        qputenv("HPF_AUDIT_KEY_FILE", m_dir.filePath(u"audit.key"_qs).toUtf8());
        // The key sealing stored responses must outlive each restart (PostgreSQL has no default).
        qputenv("HPF_RESPONSE_KEY_FILE", QFile::encodeName(m_dir.filePath(u"responses.key"_qs)));
        qputenv("HPF_ADMIN_PASSWORD", "admin-password-1");
        QCOMPARE(cli({u"init"_qs}, &out, &err), 0);
        qputenv("HPF_USER_PASSWORD", "pw-teller1x");
        QCOMPARE(cli({u"user"_qs, u"add"_qs, u"teller1"_qs, u"--role"_qs, u"teller"_qs, u"--branch"_qs,
                      u"0001"_qs},
                     &out, &err),
                 0);
        // Bad arguments: one line, non-zero exit.
        QCOMPARE(cli({u"user"_qs, u"add"_qs, u"x"_qs}, &out, &err), 2);
        QCOMPARE(err.trimmed().count('\n'), 0);
        QCOMPARE(cli({u"serve"_qs, u"--port"_qs, u"99999"_qs}, &out, &err), 2);
    }

    void cleanupTestCase()
    {
        killServer();
        if (!m_pgDatabase.isEmpty()) {
            hpf::server::DatabaseConfig cfg = *hpf::server::DatabaseConfig::parse(pgBase());
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_qs, u"crash-admin"_qs);
                db.setHostName(cfg.host);
                db.setPort(cfg.port);
                db.setUserName(cfg.user);
                db.setDatabaseName(cfg.databaseName);
                if (db.open())
                    QSqlQuery(db).exec(u"DROP DATABASE IF EXISTS "_qs + m_pgDatabase + u" WITH (FORCE)"_qs);
            }
            QSqlDatabase::removeDatabase(u"crash-admin"_qs);
        }
    }

    void killNineDuringPostings()
    {
        QVERIFY(startServer());
        QString token = login();
        QVERIFY(!token.isEmpty());
        int status = 0;
        const QJsonObject unit = postAndWait(u"/api/v1/openings/units"_qs, unitOpeningBody(), token,
                                             ServerFixture::newKey(), &status);
        QCOMPARE(status, 201);
        const QString unitAccount = unit.value(u"unit"_qs).toObject().value(u"unitAccount"_qs).toString();
        for (int i = 0; i < 5; ++i) {
            postAndWait(u"/api/v1/openings/accounts"_qs,
                        {{u"unitAccount"_qs, unitAccount},
                         {u"documentType"_qs, u"01"_qs},
                         {u"documentNumber"_qs, hpf::server::demoIdentityNumber(60 + i)},
                         {u"name"_qs, QStringLiteral("职工%1").arg(i)},
                         {u"wageBaseFen"_qs, 400000 + i * 1000}},
                        token, ServerFixture::newKey(), &status);
            QCOMPARE(status, 201);
        }
        // The unit and its people as migrated from an older system: their first month is before the
        // months below (issue 17 refuses a month before the unit's or a person's first month).
        {
            hpf::server::Database db(*hpf::server::DatabaseConfig::parse(m_url));
            auto conn = db.connection();
            QVERIFY(conn.ok());
            QVERIFY(hpf::server::Query(*conn, u"UPDATE unit_profiles SET first_month = '2024-01'"_qs)
                        .exec()
                        .ok());
            QVERIFY(hpf::server::Query(*conn, u"UPDATE account_profiles SET first_month = '2024-01'"_qs)
                        .exec()
                        .ok());
        }
        // 24 months of remittances (2024-07 .. 2026-06), each with its own key, sent in waves while
        // the server is killed at random moments.
        QMap<QString, QString> keyByMonth;
        for (int m = 0; m < 24; ++m)
            keyByMonth.insert(QDate(2024, 7, 1).addMonths(m).toString(u"yyyy-MM"_qs),
                              ServerFixture::newKey());
        QMap<QString, QString> acknowledged; // month -> serial
        QMap<qint64, qint64> sealed;         // audit id -> chain position, before the last crash
        auto *rng = QRandomGenerator::global();
        for (int crash = 0; crash < 6 && acknowledged.size() < keyByMonth.size(); ++crash) {
            QList<QPair<QString, QNetworkReply *>> inFlight;
            for (auto it = keyByMonth.cbegin(); it != keyByMonth.cend(); ++it) {
                if (!acknowledged.contains(it.key()))
                    inFlight.append({it.key(), post(u"/api/v1/units/"_qs + unitAccount + u"/remittances"_qs,
                                                    {{u"month"_qs, it.key()}}, token, it.value())});
            }
            QTest::qWait(rng->bounded(10, 100 + crash * 80));
            killServer();
            (void)QTest::qWaitFor(
                [&] {
                    return std::all_of(inFlight.cbegin(), inFlight.cend(),
                                       [](const auto &p) { return p.second->isFinished(); });
                },
                10000);
            for (const auto &[month, reply] : inFlight) {
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201)
                    acknowledged.insert(
                        month,
                        QJsonDocument::fromJson(reply->readAll()).object().value(u"serial"_qs).toString());
                reply->deleteLater();
            }
            QVERIFY(startServer());
            token = login();
            QVERIFY(!token.isEmpty());
            // The restarted server's chainer seals what the killed one left (it polls every
            // 250 ms): read the positions once it has, or a run whose postings all finished
            // before the first kill would have nothing sealed to compare.
            QVERIFY(QTest::qWaitFor([&] { return !chainedPositions().isEmpty(); }, 10000));
            // Nothing the chainer sealed before the crash moved or vanished.
            const QMap<qint64, qint64> chained = chainedPositions();
            for (auto it = sealed.cbegin(); it != sealed.cend(); ++it)
                QCOMPARE(chained.value(it.key()), it.value());
            sealed = chained;
        }
        // Resend every key (acknowledged ones must replay the same serial).
        for (auto it = keyByMonth.cbegin(); it != keyByMonth.cend(); ++it) {
            const QJsonObject r = postAndWait(u"/api/v1/units/"_qs + unitAccount + u"/remittances"_qs,
                                              {{u"month"_qs, it.key()}}, token, it.value(), &status);
            QCOMPARE(status, 201);
            if (acknowledged.contains(it.key()))
                QCOMPARE(r.value(u"serial"_qs).toString(), acknowledged.value(it.key()));
        }
        killServer();
        qInfo("acknowledged before the final resend: %d of %d", int(acknowledged.size()),
              int(keyByMonth.size()));

        auto config = hpf::server::DatabaseConfig::parse(m_url);
        QVERIFY(config.ok());
        {
            hpf::server::Database db(*config);
            auto conn = db.connection();
            QVERIFY(conn.ok());
            hpf::server::Query months(*conn, u"SELECT COUNT(*), COUNT(DISTINCT month) FROM remittances"_qs);
            QVERIFY(months.exec().ok() && months.next());
            QCOMPARE(months.int64(0), qint64(keyByMonth.size()));
            QCOMPARE(months.int64(1), qint64(keyByMonth.size()));
            hpf::server::Query sums(
                *conn,
                u"SELECT (SELECT SUM(balance_fen) FROM accounts), (SELECT SUM(amount_fen) FROM journal), "
                "(SELECT SUM(total_fen) FROM remittances), (SELECT COUNT(*) FROM journal)"_qs);
            QVERIFY(sums.exec().ok() && sums.next());
            QCOMPARE(sums.int64(0), sums.int64(1));
            QCOMPARE(sums.int64(1), sums.int64(2));
            // One row per employee and month, and the five 开户 events (amount 0).
            QCOMPARE(sums.int64(3), qint64(5 * keyByMonth.size() + 5));
            if (m_backend == Backend::Sqlite) {
                hpf::server::Query check(*conn, u"PRAGMA integrity_check"_qs);
                QVERIFY(check.exec().ok() && check.next());
                QCOMPARE(check.str(0), u"ok"_qs);
            }
        }
        QVERIFY(sealed.size() > 0); // the server chained while it ran
        QByteArray out, err;
        // What the last kill left unchained is chained now, after everything sealed before.
        QCOMPARE(cli({u"audit"_qs, u"chain"_qs}, &out, &err), 0);
        const QMap<qint64, qint64> chained = chainedPositions();
        for (auto it = sealed.cbegin(); it != sealed.cend(); ++it)
            QCOMPARE(chained.value(it.key()), it.value());
        QCOMPARE(qint64(chained.size()), auditRows());
        QCOMPARE(cli({u"audit"_qs, u"verify"_qs}, &out, &err), 0);
        QVERIFY2(out.startsWith("audit chain ok"), out.constData());
        QVERIFY2(out.contains(" 0 not chained yet"), out.constData());
    }

    // Audited reads (group commit of their records, issue 13) under kill -9: every read answered
    // 200 has its record exactly once, whatever batch it was in when the server died.
    void killNineDuringReads()
    {
        QString account;
        {
            hpf::server::Database db(*hpf::server::DatabaseConfig::parse(m_url));
            auto conn = db.connection();
            QVERIFY(conn.ok());
            hpf::server::Query q(*conn, u"SELECT account_number FROM accounts ORDER BY id LIMIT 1"_qs);
            QVERIFY(q.exec().ok() && q.next());
            account = q.str(0);
        }
        QSet<QString> acknowledged;
        int sent = 0;
        auto *rng = QRandomGenerator::global();
        for (int crash = 0; crash < 4; ++crash) {
            QVERIFY(startServer());
            const QString token = login();
            QVERIFY(!token.isEmpty());
            QList<QPair<QString, QNetworkReply *>> inFlight;
            for (int i = 0; i < 60; ++i, ++sent) {
                const QString rid = QStringLiteral("crash-read-%1").arg(sent);
                QNetworkRequest req(
                    QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/accounts/%2").arg(m_port).arg(account)));
                req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
                req.setRawHeader("X-Request-ID", rid.toLatin1());
                inFlight.append({rid, m_nam.get(req)});
            }
            QTest::qWait(rng->bounded(5, 60 + crash * 40));
            killServer();
            (void)QTest::qWaitFor(
                [&] {
                    return std::all_of(inFlight.cbegin(), inFlight.cend(),
                                       [](const auto &p) { return p.second->isFinished(); });
                },
                10000);
            for (const auto &[rid, reply] : inFlight) {
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status == 200) {
                    QVERIFY(reply->readAll().contains(account.toUtf8()));
                    acknowledged.insert(rid);
                }
                reply->deleteLater();
            }
        }
        qInfo("reads acknowledged before a kill: %d of %d", int(acknowledged.size()), sent);
        QVERIFY(!acknowledged.isEmpty());
        auto config = hpf::server::DatabaseConfig::parse(m_url);
        QVERIFY(config.ok());
        {
            hpf::server::Database db(*config);
            auto conn = db.connection();
            QVERIFY(conn.ok());
            hpf::server::Query q(*conn,
                                 u"SELECT request_id, COUNT(*), MIN(outcome), MIN(object) FROM audit_log "
                                 "WHERE operation = 'accounts.get' AND request_id LIKE 'crash-read-%' "
                                 "GROUP BY request_id"_qs);
            QVERIFY(q.exec().ok());
            QSet<QString> recorded;
            while (q.next()) {
                QCOMPARE(q.int64(1), 1);
                QCOMPARE(q.str(2), u"ok"_qs);
                QCOMPARE(q.str(3), u"account:"_qs + account);
                recorded.insert(q.str(0));
            }
            for (const QString &rid : std::as_const(acknowledged))
                QVERIFY2(recorded.contains(rid), qPrintable(rid));
        }
        QByteArray out, err;
        QCOMPARE(cli({u"audit"_qs, u"chain"_qs}, &out, &err), 0);
        QCOMPARE(cli({u"audit"_qs, u"verify"_qs}, &out, &err), 0);
        QVERIFY2(out.startsWith("audit chain ok"), out.constData());
    }

    // Issue 13: many withdrawals at once (each with its own key, several per account) while the
    // server is killed at random moments; every unacknowledged key is resent. Every acknowledged
    // posting exists exactly once with the serial it was acknowledged with, serials are unique,
    // journal sums equal balances, each posting has its audit record and the chain verifies.
    void killNineDuringConcurrentWithdrawals()
    {
        QStringList accounts;
        {
            hpf::server::Database db(*hpf::server::DatabaseConfig::parse(m_url));
            auto conn = db.connection();
            QVERIFY(conn.ok());
            hpf::server::Query q(*conn, u"SELECT account_number FROM accounts WHERE balance_fen > 10000"_qs);
            QVERIFY(q.exec().ok());
            while (q.next())
                accounts << q.str(0);
        }
        QVERIFY(accounts.size() >= 3); // the previous test's five accounts, credited every month
        QVERIFY(startServer());
        QString token = login();
        QVERIFY(!token.isEmpty());
        struct Posting
        {
            QString account;
            qint64 fen = 0;
        };
        QMap<QString, Posting> byKey;
        for (int i = 0; i < 40; ++i)
            byKey.insert(ServerFixture::newKey(), {accounts.at(i % accounts.size()), 1 + i});
        QMap<QString, QString> acknowledged; // key -> serial
        auto *rng = QRandomGenerator::global();
        for (int crash = 0; crash < 5 && acknowledged.size() < byKey.size(); ++crash) {
            QList<QPair<QString, QNetworkReply *>> inFlight;
            for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
                if (!acknowledged.contains(it.key()))
                    inFlight.append({it.key(), post(ServerFixture::withdrawalPath(),
                                                    ServerFixture::withdrawalBody(it->account, it->fen,
                                                                                  QDate::currentDate()),
                                                    token, it.key())});
            }
            QTest::qWait(rng->bounded(5, 60 + crash * 60));
            killServer();
            (void)QTest::qWaitFor(
                [&] {
                    return std::all_of(inFlight.cbegin(), inFlight.cend(),
                                       [](const auto &p) { return p.second->isFinished(); });
                },
                10000);
            for (const auto &[key, reply] : inFlight) {
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201)
                    acknowledged.insert(
                        key,
                        QJsonDocument::fromJson(reply->readAll()).object().value(u"serial"_qs).toString());
                reply->deleteLater();
            }
            QVERIFY(startServer());
            token = login();
            QVERIFY(!token.isEmpty());
        }
        int status = 0;
        QSet<QString> serials;
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
            const QJsonObject r =
                postAndWait(ServerFixture::withdrawalPath(),
                            ServerFixture::withdrawalBody(it->account, it->fen, QDate::currentDate()), token,
                            it.key(), &status);
            QCOMPARE(status, 201);
            if (acknowledged.contains(it.key()))
                QCOMPARE(r.value(u"serial"_qs).toString(), acknowledged.value(it.key()));
            serials.insert(r.value(u"serial"_qs).toString());
        }
        killServer();
        qInfo("withdrawals acknowledged before the final resend: %d of %d", int(acknowledged.size()),
              int(byKey.size()));
        QCOMPARE(serials.size(), byKey.size());
        {
            hpf::server::Database db(*hpf::server::DatabaseConfig::parse(m_url));
            auto conn = db.connection();
            QVERIFY(conn.ok());
            hpf::server::Query rows(*conn,
                                    u"SELECT serial, amount_fen FROM journal WHERE business_type = '11'"_qs);
            QVERIFY(rows.exec().ok());
            QMap<QString, qint64> journal;
            while (rows.next()) {
                QVERIFY2(!journal.contains(rows.str(0)), qPrintable(rows.str(0)));
                journal.insert(rows.str(0), rows.int64(1));
            }
            QCOMPARE(QSet<QString>(journal.keyBegin(), journal.keyEnd()), serials);
            hpf::server::Query sums(*conn, u"SELECT (SELECT SUM(balance_fen) FROM accounts), (SELECT "
                                           "SUM(amount_fen) FROM journal), (SELECT COUNT(*) FROM audit_log "
                                           "WHERE operation = 'withdrawals.create' AND outcome = 'ok')"_qs);
            QVERIFY(sums.exec().ok() && sums.next());
            QCOMPARE(sums.int64(0), sums.int64(1));
            QCOMPARE(sums.int64(2), qint64(byKey.size()));
            if (m_backend == Backend::Sqlite) {
                hpf::server::Query check(*conn, u"PRAGMA integrity_check"_qs);
                QVERIFY(check.exec().ok() && check.next());
                QCOMPARE(check.str(0), u"ok"_qs);
            }
        }
        QByteArray out, err;
        QCOMPARE(cli({u"audit"_qs, u"chain"_qs}, &out, &err), 0);
        QCOMPARE(qint64(chainedPositions().size()), auditRows());
        QCOMPARE(cli({u"audit"_qs, u"verify"_qs}, &out, &err), 0);
        QVERIFY2(out.startsWith("audit chain ok"), out.constData());
    }

    void tamperedAuditRowIsNamed()
    {
        auto config = hpf::server::DatabaseConfig::parse(m_url);
        QVERIFY(config.ok());
        {
            hpf::server::Database db(*config);
            auto conn = db.connection();
            QVERIFY(conn.ok());
            QVERIFY(hpf::server::execSql(
                        *conn, u"UPDATE audit_log SET after_state = '{\"totalFen\":1}' WHERE id = 7"_qs)
                        .ok());
        }
        QByteArray out, err;
        QCOMPARE(cli({u"audit"_qs, u"verify"_qs}, &out, &err), 1);
        QVERIFY2(err.contains("record 7"), err.constData());
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    for (Backend b : {Backend::Sqlite, Backend::Postgres}) {
        TestServerCrash suite(b);
        failures += QTest::qExec(&suite, argc, argv);
    }
    return failures;
}

#include "tst_server_crash.moc"
