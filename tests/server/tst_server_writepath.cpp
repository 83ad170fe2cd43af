// The write path of a posting (issue 13) under concurrency, on SQLite and PostgreSQL: many
// withdrawals at once on one account and on many accounts — every acknowledged posting exactly
// once, 业务流水号 unique (also across two server instances on one database) and increasing in
// the order they are taken, Σ journal = Σ balances, one audit record per posting and a chain that
// verifies; the same Idempotency-Key sent twice at once or again later answers with the stored
// response; migration 9 continues the serials where the `sequences` row stopped; the chainer's
// head file belongs to one audit key.
#include "platform/audit/auditchain.h"
#include "platform/audit/auditkey.h"
#include "platform/localcall.h"
#include "platform/numbering/numbering.h"
#include "platform/store/migrations.h"
#include "platform/store/sql.h"
#include "suitebase.h"

#include <QDir>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace hpf::test;
using namespace hpf;
using namespace hpf::server;

class TestServerWritePath : public ServerSuite
{
    Q_OBJECT
public:
    using ServerSuite::ServerSuite;

private:
    static Call withdrawal(const QString &account, qint64 fen, const QString &key)
    {
        return {"POST",
                ServerFixture::withdrawalPath(),
                ServerFixture::withdrawalBody(account, fen),
                {{"Idempotency-Key", key.toLatin1()}},
                {}};
    }

    qint64 scalar(const QString &sql)
    {
        auto conn = f().database().connection();
        if (!conn)
            return -1;
        Query q(*conn, sql);
        return q.exec().ok() && q.next() ? q.int64(0) : -1;
    }

    qint64 balance(const QString &account, const QString &token)
    {
        return f().get(u"/api/v1/accounts/"_qs + account, token).json.value(u"balanceFen"_qs).toInteger();
    }

    // teller1's token, and `count` accounts of one unit with this month's remittance credited.
    QString m_teller;
    QStringList openAccounts(int count)
    {
        m_teller = f().login(u"teller1"_qs);
        const QString unit = f().createUnit(m_teller, 1);
        QStringList accounts;
        for (int i = 0; i < count; ++i)
            accounts << f().openAccount(m_teller, unit, 1 + i, 2000000);
        if (f().postRemittance(m_teller, unit, u"2025-01"_qs, ServerFixture::newKey()).status != 201)
            return {};
        return accounts;
    }

    // Links every pending audit record and checks the whole chain.
    // Chains what is pending and verifies the whole trail. The server's own chainer may hold the
    // chain lock at that moment (on PostgreSQL chainAll then chains nothing: "another server is
    // chaining"), so records still unchained are retried for a few seconds before they count.
    QString auditChainProblem()
    {
        auto conn = f().database().connection();
        if (!conn)
            return conn.error().detail;
        const AuditKey &key = *f().server().context().auditKey;
        QString problem;
        const bool settled = QTest::qWaitFor(
            [&] {
                const qint64 now = f().clock().now().toMSecsSinceEpoch();
                auto chained = chainAll(*conn, f().database().dialect(), key, {}, now);
                if (!chained) {
                    problem = chained.error().detail;
                    return true;
                }
                auto v = verifyAudit(*conn, key, VerifyOptions{now, 3'600'000});
                if (!v)
                    problem = v.error().detail;
                else if (!v->ok)
                    problem = v->reason;
                else
                    problem = v->unchained == 0 ? QString() : u"records left unchained"_qs;
                return problem != u"records left unchained"_qs;
            },
            10000);
        Q_UNUSED(settled); // when it never settles, `problem` says what is still wrong
        return problem;
    }

    static qint64 serialNumber(const QString &serial) { return serial.right(8).toLongLong(); }

private slots:
    void concurrentPostingsExactlyOnce_data()
    {
        QTest::addColumn<int>("accounts");
        QTest::addColumn<int>("postings");
        QTest::newRow("one account, 40 postings (one row lock)") << 1 << 40;
        QTest::newRow("8 accounts, 40 postings") << 8 << 40;
        QTest::newRow("20 accounts, 20 postings (one each)") << 20 << 20;
        QTest::newRow("3 accounts, 1 posting") << 3 << 1;
    }

    void concurrentPostingsExactlyOnce()
    {
        QFETCH(int, accounts);
        QFETCH(int, postings);
        const QStringList numbers = openAccounts(accounts);
        QCOMPARE(numbers.size(), accounts);
        QMap<QString, qint64> before;
        for (const QString &a : numbers)
            before.insert(a, balance(a, m_teller));
        const qint64 journalBefore = scalar(u"SELECT COUNT(*) FROM journal"_qs);
        const qint64 auditBefore =
            scalar(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'withdrawals.create'"_qs);

        QList<Call> calls;
        QMap<QString, qint64> expected = before;
        for (int i = 0; i < postings; ++i) {
            const QString account = numbers.at(i % accounts);
            calls.append(withdrawal(account, 1 + i, ServerFixture::newKey()));
            expected[account] -= 1 + i;
        }
        const QList<Reply> replies = f().parallel(calls, m_teller);
        QCOMPARE(replies.size(), calls.size());
        QSet<QString> serials;
        for (const Reply &r : replies) {
            QVERIFY2(r.status == 201, qPrintable(QString::number(r.status) + u' ' + r.code()));
            const QString serial = r.json.value(u"serial"_qs).toString();
            QVERIFY2(serial.startsWith(u"YW20250715"_qs) && serial.size() == 18, qPrintable(serial));
            serials.insert(serial);
        }
        QCOMPARE(serials.size(), postings); // unique

        // Every acknowledged posting exactly once, with its serial, and nothing else.
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM journal"_qs) - journalBefore, qint64(postings));
        QCOMPARE(scalar(u"SELECT COUNT(DISTINCT serial) FROM journal WHERE business_type = '11'"_qs),
                 qint64(postings));
        for (const QString &serial : std::as_const(serials))
            QCOMPARE(scalar(u"SELECT COUNT(*) FROM journal WHERE serial = '"_qs + serial + u"'"_qs),
                     qint64(1));
        for (const QString &a : numbers)
            QCOMPARE(balance(a, m_teller), expected.value(a));
        QCOMPARE(f().ledgerInvariantViolation(), QString());
        // One audit record per posting, and the chain over all of them verifies.
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'withdrawals.create'"_qs) -
                     auditBefore,
                 qint64(postings));
        QCOMPARE(auditChainProblem(), QString());

        // A later posting's serial is above every earlier one.
        const Reply next =
            f().post(ServerFixture::withdrawalPath(), ServerFixture::withdrawalBody(numbers.first(), 1),
                     m_teller, ServerFixture::newKey());
        QCOMPARE(next.status, 201);
        const qint64 nextNumber = serialNumber(next.json.value(u"serial"_qs).toString());
        for (const QString &serial : std::as_const(serials))
            QVERIFY2(serialNumber(serial) < nextNumber, qPrintable(serial));
    }

    // One after another, serials strictly increase (with gaps allowed on PostgreSQL only after a
    // rollback, which none of these has).
    void sequentialSerialsIncrease()
    {
        const QStringList numbers = openAccounts(2);
        QCOMPARE(numbers.size(), 2);
        qint64 last = 0;
        for (int i = 0; i < 12; ++i) {
            const Reply r = f().post(ServerFixture::withdrawalPath(),
                                     ServerFixture::withdrawalBody(numbers.at(i % 2), 1 + i), m_teller,
                                     ServerFixture::newKey());
            QCOMPARE(r.status, 201);
            const qint64 n = serialNumber(r.json.value(u"serial"_qs).toString());
            QVERIFY2(n > last, qPrintable(QStringLiteral("%1 after %2").arg(n).arg(last)));
            last = n;
        }
    }

    // The same key several times at once: one effect; each answer is the stored 201 (same serial)
    // or idempotency.in_flight (409) while the first is still running; afterwards every resend
    // replays the stored answer.
    void sameKeyConcurrently_data()
    {
        QTest::addColumn<int>("copies");
        QTest::addColumn<int>("otherPostings");
        QTest::newRow("twice") << 2 << 0;
        QTest::newRow("8 times") << 8 << 0;
        QTest::newRow("8 times among 16 other postings") << 8 << 16;
    }

    void sameKeyConcurrently()
    {
        QFETCH(int, copies);
        QFETCH(int, otherPostings);
        const QStringList numbers = openAccounts(2);
        QCOMPARE(numbers.size(), 2);
        const qint64 before = balance(numbers.first(), m_teller);
        const QString key = ServerFixture::newKey();
        QList<Call> calls;
        for (int i = 0; i < copies; ++i) {
            calls.append(withdrawal(numbers.first(), 123, key));
            for (int j = 0; j < otherPostings / copies; ++j)
                calls.append(withdrawal(numbers.last(), 1, ServerFixture::newKey()));
        }
        const QList<Reply> replies = f().parallel(calls, m_teller);
        QString serial;
        int created = 0;
        for (qsizetype i = 0; i < replies.size(); ++i) {
            const Reply &r = replies.at(i);
            if (calls.at(i).body.value(u"accountNumber"_qs).toString() == numbers.last()) {
                QCOMPARE(r.status, 201);
                continue;
            }
            if (r.status == 409) {
                QCOMPARE(r.code(), u"idempotency.in_flight"_qs);
                continue;
            }
            QCOMPARE(r.status, 201);
            ++created;
            const QString s = r.json.value(u"serial"_qs).toString();
            if (serial.isEmpty())
                serial = s;
            QCOMPARE(s, serial);
        }
        if (created == 0) { // every copy met another in flight: the first may still commit later
            const Reply r = f().call(calls.first(), m_teller);
            QCOMPARE(r.status, 201);
            serial = r.json.value(u"serial"_qs).toString();
        }
        QVERIFY(!serial.isEmpty());
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM journal WHERE serial = '"_qs + serial + u"'"_qs), qint64(1));
        QCOMPARE(balance(numbers.first(), m_teller), before - 123);

        const Reply again = f().call(calls.first(), m_teller);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.headers.value("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(again.json.value(u"serial"_qs).toString(), serial);
        QCOMPARE(balance(numbers.first(), m_teller), before - 123);
        QCOMPARE(f().ledgerInvariantViolation(), QString());
        QCOMPARE(auditChainProblem(), QString());
    }

    // Two server instances (two connection pools) on one database, several threads each taking
    // serials in their own transactions: no serial twice, and each thread's own serials increase.
    void serialsUniqueAcrossInstances_data()
    {
        QTest::addColumn<int>("threadsPerInstance");
        QTest::addColumn<int>("serialsPerThread");
        QTest::newRow("1 thread each, 50 serials") << 1 << 50;
        QTest::newRow("4 threads each, 25 serials") << 4 << 25;
    }

    void serialsUniqueAcrossInstances()
    {
        QFETCH(int, threadsPerInstance);
        QFETCH(int, serialsPerThread);
        auto config = DatabaseConfig::parse(f().databaseUrl());
        QVERIFY(config.ok());
        Database secondDatabase(*config);
        ServerContext &first = f().server().context();
        ServerContext second(secondDatabase, first.clock, first.policy);
        QList<QFuture<QStringList>> futures;
        for (ServerContext *instance : {&first, &second}) {
            for (int t = 0; t < threadsPerInstance; ++t) {
                futures.append(QtConcurrent::run([instance, serialsPerThread] {
                    QStringList taken;
                    for (int i = 0; i < serialsPerThread; ++i) {
                        QString serial;
                        const Status s = runLocally(*instance, {u"teller1"_qs, u"test.serial"_qs, u"test"_qs},
                                                    [&](ServiceContext &ctx) -> Status {
                                                        auto v = nextSerial(ctx);
                                                        if (!v)
                                                            return v.error();
                                                        serial = *v;
                                                        return {};
                                                    });
                        taken << (s ? serial : u"error: "_qs + s.error().code);
                    }
                    return taken;
                }));
            }
        }
        QSet<QString> all;
        for (QFuture<QStringList> &fu : futures) {
            const QStringList taken = fu.result();
            QCOMPARE(taken.size(), serialsPerThread);
            qint64 last = 0;
            for (const QString &serial : taken) {
                QVERIFY2(!serial.startsWith(u"error"_qs), qPrintable(serial));
                QVERIFY2(serialNumber(serial) > last, qPrintable(serial));
                last = serialNumber(serial);
                all.insert(serial);
            }
        }
        QCOMPARE(all.size(), 2 * threadsPerInstance * serialsPerThread);
    }

    // Migration 9 on a database whose serials came from the `sequences` row: the next serial
    // continues after the row's value (PostgreSQL); SQLite keeps using the row.
    void migrationContinuesSerials_data()
    {
        QTest::addColumn<qint64>("rowValue");
        QTest::newRow("no serial taken yet (no row)") << qint64(-1);
        QTest::newRow("row at 0") << qint64(0);
        QTest::newRow("row at 41") << qint64(41);
        QTest::newRow("row near the 8-digit wrap") << qint64(99999998);
    }

    void migrationContinuesSerials()
    {
        QFETCH(qint64, rowValue);
        auto conn = f().database().connection();
        QVERIFY(conn.ok());
        const bool pg = f().database().dialect() == Dialect::Postgres;
        // Back to the state before migration 9, with the row where an older server left it.
        if (pg)
            QVERIFY(execSql(*conn, u"DROP SEQUENCE serial_numbers"_qs).ok());
        QVERIFY(execSql(*conn, u"DELETE FROM schema_migrations WHERE version = 9"_qs).ok());
        QVERIFY(execSql(*conn, u"DELETE FROM sequences WHERE name = 'serial'"_qs).ok());
        if (rowValue >= 0)
            QVERIFY(execSql(*conn, u"INSERT INTO sequences (name, value) VALUES ('serial', "_qs +
                                       QString::number(rowValue) + u")"_qs)
                        .ok());
        auto version = migrate(f().database(), 0);
        QVERIFY(version.ok());
        QCOMPARE(*version, latestSchemaVersion());
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM schema_migrations WHERE version = 9"_qs), qint64(1));
        QString serial;
        QVERIFY(runLocally(f().server().context(), {u"teller1"_qs, u"test.serial"_qs, u"test"_qs},
                           [&](ServiceContext &ctx) -> Status {
                               auto v = nextSerial(ctx);
                               if (!v)
                                   return v.error();
                               serial = *v;
                               return {};
                           })
                    .ok());
        QCOMPARE(serialNumber(serial), (qMax<qint64>(rowValue, 0) + 1) % 100000000);
        // Running the migrations again changes nothing.
        QVERIFY(migrate(f().database(), 0).ok());
        if (pg)
            QCOMPARE(scalar(u"SELECT last_value FROM serial_numbers"_qs), qMax<qint64>(rowValue, 0) + 1);
    }

    // The sequences row (account numbers, certificate numbers, SQLite serials) in one statement:
    // created on first use, blocks of several values consecutive, never handed out twice.
    void reserveSequenceBlocks_data()
    {
        QTest::addColumn<QList<qint64>>("counts");
        QTest::addColumn<QList<qint64>>("firsts");
        QTest::newRow("first use creates the row") << QList<qint64>{1} << QList<qint64>{1};
        QTest::newRow("one after another") << QList<qint64>{1, 1, 1} << QList<qint64>{1, 2, 3};
        QTest::newRow("blocks") << QList<qint64>{5, 1, 3, 1} << QList<qint64>{1, 6, 7, 10};
        QTest::newRow("first use is a block") << QList<qint64>{100, 1} << QList<qint64>{1, 101};
    }

    void reserveSequenceBlocks()
    {
        QFETCH(QList<qint64>, counts);
        QFETCH(QList<qint64>, firsts);
        QList<qint64> got;
        for (qint64 count : counts) {
            QVERIFY(runLocally(f().server().context(), {u"teller1"_qs, u"test.sequence"_qs, u"test"_qs},
                               [&](ServiceContext &ctx) -> Status {
                                   auto v = reserveSequence(ctx, u"test.block"_qs, count);
                                   if (!v)
                                       return v.error();
                                   got.append(*v);
                                   return {};
                               })
                        .ok());
        }
        QCOMPARE(got, firsts);
    }

    // Found by the benchmark: every key in one directory shared one audit.head, so a second
    // PostgreSQL database (default key files side by side in ~/.local/share/hpf-server) failed
    // `audit verify` with "records removed from the end" at the first's high-water mark.
    void auditHeadIsPerKey_data()
    {
        QTest::addColumn<QString>("keyName");
        QTest::addColumn<QString>("headName");
        QTest::newRow("SQLite default") << u"audit.key"_qs << u"audit.head"_qs;
        QTest::newRow("PostgreSQL default")
            << u"audit-127.0.0.1-5432-hpf.key"_qs << u"audit-127.0.0.1-5432-hpf.head"_qs;
        QTest::newRow("other database, same host")
            << u"audit-127.0.0.1-5432-hpf_test.key"_qs << u"audit-127.0.0.1-5432-hpf_test.head"_qs;
        QTest::newRow("no suffix") << u"chainkey"_qs << u"chainkey.head"_qs;
        QTest::newRow("several dots") << u"a.b.key"_qs << u"a.b.head"_qs;
    }

    void auditHeadIsPerKey()
    {
        QFETCH(QString, keyName);
        QFETCH(QString, headName);
        QTemporaryDir dir;
        auto key = AuditKey::create(dir.filePath(keyName));
        QVERIFY(key.ok());
        QCOMPARE((*key)->headPath(), QDir(dir.path()).absoluteFilePath(headName));
        auto other = AuditKey::create(dir.filePath(u"audit-other.key"_qs));
        QVERIFY(other.ok());
        QVERIFY((*other)->headPath() != (*key)->headPath());
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerWritePath(b); });
}

#include "tst_server_writepath.moc"
