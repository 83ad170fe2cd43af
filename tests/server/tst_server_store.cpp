// The store layer under the services: how failures are classified and retried
// (store/transaction.h: retried at once, never after a sleep; business refusals never), read
// transactions that see one snapshot, the busy timeout that makes a writer wait for another
// writer instead of failing, and prepared statements reused per connection (store/statementcache.h)
// with the right results for different bindings and for the same statement nested in itself.
#include "platform/store/sql.h"
#include "platform/store/statementcache.h"
#include "platform/store/transaction.h"
#include "suitebase.h"

#include <QSqlError>
#include <QTest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

using namespace hpf::test;
using namespace hpf;
using namespace hpf::server;

namespace {

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    Query q(db, sql);
    if (!q.exec().ok() || !q.next())
        return -1;
    return q.int64(0);
}

} // namespace

class TestServerStore : public ServerSuite
{
    Q_OBJECT
public:
    using ServerSuite::ServerSuite;

private:
    Dialect dialect() { return f().database().dialect(); }
    QSqlDatabase db() { return *f().database().connection(); }
    std::unique_ptr<Database> secondDatabase()
    {
        auto config = DatabaseConfig::parse(f().databaseUrl());
        return config ? std::make_unique<Database>(*config) : nullptr;
    }
    qint64 sequenceValue(const QString &name)
    {
        Query q(db(), u"SELECT value FROM sequences WHERE name = :n"_qs);
        q.bind(u":n"_qs, name);
        if (!q.exec().ok() || !q.next())
            return -1;
        return q.int64(0);
    }
    static Status insertSequence(const QSqlDatabase &db, const QString &name, qint64 value)
    {
        Query q(db, u"INSERT INTO sequences (name, value) VALUES (:n, :v)"_qs);
        q.bind(u":n"_qs, name).bind(u":v"_qs, value);
        return q.exec();
    }

private slots:
    void classifiesErrors_data()
    {
        QTest::addColumn<QString>("native");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("PG serialization failure") << u"40001"_qs << u""_qs << u"db.serialization"_qs;
        QTest::newRow("PG deadlock victim") << u"40P01"_qs << u""_qs << u"db.busy"_qs;
        QTest::newRow("PG lock not available") << u"55P03"_qs << u""_qs << u"db.busy"_qs;
        QTest::newRow("PG unique violation") << u"23505"_qs << u""_qs << u"db.conflict"_qs;
        QTest::newRow("PG admin shutdown") << u"57P01"_qs << u""_qs << u"db.unavailable"_qs;
        QTest::newRow("PG connection failure") << u"08006"_qs << u""_qs << u"db.unavailable"_qs;
        QTest::newRow("PG undefined table") << u"42P01"_qs << u""_qs << u"db.error"_qs;
        QTest::newRow("SQLite BUSY") << u"5"_qs << u""_qs << u"db.busy"_qs;
        QTest::newRow("SQLite LOCKED") << u"6"_qs << u""_qs << u"db.busy"_qs;
        QTest::newRow("SQLite by text only") << u""_qs << u"database is locked"_qs << u"db.busy"_qs;
        QTest::newRow("SQLite CONSTRAINT") << u"19"_qs << u"UNIQUE constraint failed"_qs << u"db.error"_qs;
        QTest::newRow("nothing at all") << u""_qs << u""_qs << u"db.error"_qs;
    }

    void classifiesErrors()
    {
        QFETCH(QString, native);
        QFETCH(QString, text);
        QFETCH(QString, code);
        const QSqlError e(text, {}, QSqlError::StatementError, native);
        QCOMPARE(classifySqlError(e, u"test"_qs).code, code);
    }

    void retryPolicy_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("dialect");
        QTest::addColumn<int>("attempt");
        QTest::addColumn<bool>("retry");
        const int sqlite = int(Dialect::Sqlite);
        const int pg = int(Dialect::Postgres);
        QTest::newRow("serialization, first attempt") << u"db.serialization"_qs << pg << 1 << true;
        QTest::newRow("serialization, 7th attempt") << u"db.serialization"_qs << pg << 7 << true;
        QTest::newRow("serialization, 8th attempt: out") << u"db.serialization"_qs << pg << 8 << false;
        QTest::newRow("PG deadlock (busy), 7th") << u"db.busy"_qs << pg << 7 << true;
        QTest::newRow("unique race, SQLite") << u"db.conflict"_qs << sqlite << 3 << true;
        QTest::newRow("SQLite busy after the timeout, first") << u"db.busy"_qs << sqlite << 1 << true;
        QTest::newRow("SQLite busy after the timeout, second: out") << u"db.busy"_qs << sqlite << 2 << false;
        QTest::newRow("db.error never") << u"db.error"_qs << pg << 1 << false;
        QTest::newRow("db.unavailable never") << u"db.unavailable"_qs << sqlite << 1 << false;
        QTest::newRow("business refusal never") << u"account.frozen"_qs << pg << 1 << false;
        QTest::newRow("empty code never") << u""_qs << sqlite << 1 << false;
        QTest::newRow("attempt 0 (nonsense) still bounded") << u"db.busy"_qs << sqlite << 0 << true;
    }

    void retryPolicy()
    {
        QFETCH(QString, code);
        QFETCH(int, dialect);
        QFETCH(int, attempt);
        QFETCH(bool, retry);
        QCOMPARE(RetryPolicy{}.shouldRetry(Error{code, {}, {}}, Dialect(dialect), attempt), retry);
    }

    void retriesThenCommitsOnce()
    {
        int calls = 0;
        const Status s =
            runInTransaction(db(), dialect(), TxMode::Write, [&](Transaction &tx) -> Result<TxEnd> {
                ++calls;
                if (Status w = insertSequence(tx.db(), u"tx.retry"_qs, calls); !w)
                    return w.error();
                if (calls < 3)
                    return Error{u"db.serialization"_qs, {}, u"injected"_qs};
                return TxEnd::Commit;
            });
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
        QCOMPARE(calls, 3);
        QCOMPARE(sequenceValue(u"tx.retry"_qs), 3); // the failed attempts left nothing behind
    }

    void givesUpAfterThePolicy()
    {
        int calls = 0;
        RetryPolicy policy;
        policy.maxAttempts = 4;
        const Status s = runInTransaction(
            db(), dialect(), TxMode::Write,
            [&](Transaction &tx) -> Result<TxEnd> {
                ++calls;
                (void)insertSequence(tx.db(), u"tx.giveup"_qs, calls);
                return Error{u"db.conflict"_qs, {}, u"injected"_qs};
            },
            policy);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, u"db.conflict"_qs);
        QCOMPARE(calls, 4);
        QCOMPARE(sequenceValue(u"tx.giveup"_qs), -1);
    }

    void businessRefusalIsNotRetried()
    {
        int calls = 0;
        const Status s =
            runInTransaction(db(), dialect(), TxMode::Write, [&](Transaction &tx) -> Result<TxEnd> {
                ++calls;
                (void)insertSequence(tx.db(), u"tx.refused"_qs, calls);
                return Error{u"account.frozen"_qs, {}, {}};
            });
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, u"account.frozen"_qs);
        QCOMPARE(calls, 1);
        QCOMPARE(sequenceValue(u"tx.refused"_qs), -1);
    }

    void rollbackEndKeepsNothing()
    {
        const Status s =
            runInTransaction(db(), dialect(), TxMode::Write, [&](Transaction &tx) -> Result<TxEnd> {
                if (Status w = insertSequence(tx.db(), u"tx.rollback"_qs, 1); !w)
                    return w.error();
                return TxEnd::Rollback;
            });
        QVERIFY(s.ok());
        QCOMPARE(sequenceValue(u"tx.rollback"_qs), -1);
    }

    // A read transaction sees one snapshot: a row another connection commits meanwhile appears
    // only in the next transaction.
    void readTransactionSeesOneSnapshot()
    {
        auto other = secondDatabase();
        QVERIFY(other);
        qint64 first = -1, second = -1;
        const Status s =
            runInTransaction(db(), dialect(), TxMode::Read, [&](Transaction &tx) -> Result<TxEnd> {
                first = scalar(tx.db(), u"SELECT COUNT(*) FROM sequences"_qs);
                const Status w =
                    runInTransaction(*other, TxMode::Write, [&](Transaction &otx) -> Result<TxEnd> {
                        if (Status e = insertSequence(otx.db(), u"tx.snapshot"_qs, 1); !e)
                            return e.error();
                        return TxEnd::Commit;
                    });
                if (!w)
                    return w.error();
                second = scalar(tx.db(), u"SELECT COUNT(*) FROM sequences"_qs);
                return TxEnd::Commit;
            });
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
        QVERIFY(first >= 0);
        QCOMPARE(second, first);
        QCOMPARE(scalar(db(), u"SELECT COUNT(*) FROM sequences"_qs), first + 1);
    }

    void readTransactionRefusesWritesOnPostgres()
    {
        const Status s =
            runInTransaction(db(), dialect(), TxMode::Read, [&](Transaction &tx) -> Result<TxEnd> {
                if (Status e = insertSequence(tx.db(), u"tx.readonly"_qs, 1); !e)
                    return e.error();
                return TxEnd::Commit;
            });
        if (dialect() == Dialect::Postgres) {
            QVERIFY(!s.ok()); // READ ONLY: a GET handler that writes fails loudly
            QCOMPARE(sequenceValue(u"tx.readonly"_qs), -1);
        } else {
            QVERIFY(s.ok()); // SQLite's deferred transaction would upgrade; GETs do not write
            QCOMPARE(sequenceValue(u"tx.readonly"_qs), 1);
        }
    }

    // Another connection holds the write lock (SQLite) or the row (PostgreSQL) for a moment: the
    // writer waits for it (busy timeout / row lock) and succeeds on its first attempt.
    void writerWaitsForAnotherWriter()
    {
        QVERIFY(insertSequence(db(), u"tx.contended"_qs, 0).ok());
        auto other = secondDatabase();
        QVERIFY(other);
        QAtomicInt holding = 0;
        auto holder = QtConcurrent::run([&] {
            return runInTransaction(*other, TxMode::Write, [&](Transaction &tx) -> Result<TxEnd> {
                Query q(tx.db(), u"UPDATE sequences SET value = value + 1 WHERE name = 'tx.contended'"_qs);
                if (Status e = q.exec(); !e)
                    return e.error();
                holding = 1;
                QThread::msleep(400); // the test's other writer: holds its lock for a while
                return TxEnd::Commit;
            });
        });
        QTRY_VERIFY_WITH_TIMEOUT(holding.loadAcquire() == 1, 10000);
        int calls = 0;
        const Status s =
            runInTransaction(db(), dialect(), TxMode::Write, [&](Transaction &tx) -> Result<TxEnd> {
                ++calls;
                Query q(tx.db(), u"UPDATE sequences SET value = value + 10 WHERE name = 'tx.contended'"_qs);
                if (Status e = q.exec(); !e)
                    return e.error();
                return TxEnd::Commit;
            });
        holder.waitForFinished();
        QVERIFY(holder.result().ok());
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
        QCOMPARE(calls, 1);
        QCOMPARE(sequenceValue(u"tx.contended"_qs), 11);
    }

    // Many writers at once doing read-modify-write on one row, from threads of this process (on
    // SQLite they take turns on the per-file mutex) and through a second Database (as a second
    // instance would): every increment lands once and no writer gives up with db.busy.
    void manyWritersReadModifyWrite_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("increments");
        QTest::addColumn<bool>("twoDatabases");
        QTest::newRow("2 threads") << 2 << 30 << false;
        QTest::newRow("8 threads") << 8 << 15 << false;
        QTest::newRow("8 threads over two Database objects") << 8 << 15 << true;
        QTest::newRow("1 thread") << 1 << 10 << false;
    }

    void manyWritersReadModifyWrite()
    {
        QFETCH(int, threads);
        QFETCH(int, increments);
        QFETCH(bool, twoDatabases);
        QVERIFY(insertSequence(db(), u"tx.rmw"_qs, 0).ok());
        auto other = secondDatabase();
        QVERIFY(other);
        const QString forUpdate = f().database().forUpdate();
        QList<QFuture<QString>> futures;
        for (int t = 0; t < threads; ++t) {
            Database &database = twoDatabases && t % 2 ? *other : f().database();
            futures.append(QtConcurrent::run([&database, increments, forUpdate]() -> QString {
                for (int i = 0; i < increments; ++i) {
                    const Status s =
                        runInTransaction(database, TxMode::Write, [&](Transaction &tx) -> Result<TxEnd> {
                            Query read(tx.db(),
                                       u"SELECT value FROM sequences WHERE name = 'tx.rmw'"_qs + forUpdate);
                            if (Status e = read.exec(); !e)
                                return e.error();
                            if (!read.next())
                                return Error{u"db.error"_qs, {}, u"row missing"_qs};
                            const qint64 value = read.int64(0);
                            read.finish();
                            Query write(tx.db(), u"UPDATE sequences SET value = :v WHERE name = 'tx.rmw'"_qs);
                            write.bind(u":v"_qs, value + 1);
                            if (Status e = write.exec(); !e)
                                return e.error();
                            return TxEnd::Commit;
                        });
                    if (!s)
                        return QString(s.error().code + u": "_qs + s.error().detail);
                }
                return QString();
            }));
        }
        for (QFuture<QString> &fu : futures)
            QCOMPARE(fu.result(), QString());
        QCOMPARE(sequenceValue(u"tx.rmw"_qs), qint64(threads * increments));
    }

    void placeholders_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("two") << u"SELECT a FROM t WHERE a = :x AND b = :y"_qs
                             << QStringList{u":x"_qs, u":y"_qs};
        QTest::newRow("repeated once") << u"VALUES (:a, :a, :b1)"_qs << QStringList{u":a"_qs, u":b1"_qs};
        QTest::newRow("PostgreSQL cast is not one")
            << u"SELECT x::text, :v::bigint"_qs << QStringList{u":v"_qs};
        QTest::newRow("time literal is not one") << u"SELECT '12:30'"_qs << QStringList{};
        QTest::newRow("glued to an operator") << u"WHERE t.c=:v1"_qs << QStringList{u":v1"_qs};
        QTest::newRow("none") << u"SELECT 1"_qs << QStringList{};
    }

    void placeholders()
    {
        QFETCH(QString, sql);
        QFETCH(QStringList, names);
        QCOMPARE(StatementCache::placeholdersOf(sql), names);
    }

    void statementsAreReused()
    {
        const QSqlDatabase conn = db();
        auto cache = StatementCache::forConnection(conn.connectionName());
        QVERIFY(cache);
        const QString sql = u"SELECT code, is_head_office FROM branches WHERE code = :c"_qs;
        const auto before = cache->stats();
        const QList<std::pair<QString, int>> cases{
            {u"0000"_qs, 1}, {u"0001"_qs, 0}, {u"nope"_qs, -1}, {u"0002"_qs, 0}, {u"0000"_qs, 1}};
        for (int round = 0; round < 4; ++round) {
            for (const auto &[code, head] : cases) {
                Query q(conn, sql);
                q.bind(u":c"_qs, code);
                QVERIFY(q.exec().ok());
                if (head < 0) {
                    QVERIFY(!q.next());
                } else {
                    QVERIFY(q.next());
                    QCOMPARE(q.str(0), code);
                    QCOMPARE(q.int64(1), qint64(head));
                }
            }
        }
        const auto after = cache->stats();
        QCOMPARE(after.prepares - before.prepares, 1);
        QCOMPARE(after.hits - before.hits, 4 * cases.size() - 1);
        if (dialect() == Dialect::Postgres) {
            // The server's own view: repeating a statement adds no prepared statement.
            const QString count = u"SELECT COUNT(*) FROM pg_prepared_statements"_qs;
            const qint64 n1 = scalar(conn, count);
            for (int i = 0; i < 20; ++i) {
                Query q(conn, sql);
                q.bind(u":c"_qs, u"0001"_qs);
                QVERIFY(q.exec().ok());
                QVERIFY(q.next());
            }
            QCOMPARE(scalar(conn, count), n1);
        }
    }

    // The same SQL used by a second Query while the first is still alive (and holds the cached
    // statement): the second prepares its own, both answer for their own bindings, and the first
    // can run again afterwards. (Reading two forward-only results interleaved is what SQLite
    // allows; Qt's PostgreSQL driver streams one result at a time per connection, cached or not,
    // so there the outer rows are read first.)
    void nestedUseOfOneStatement()
    {
        const QSqlDatabase conn = db();
        auto cache = StatementCache::forConnection(conn.connectionName());
        QVERIFY(cache);
        const QString sql = u"SELECT id, code FROM branches WHERE id >= :min ORDER BY id"_qs;
        const auto codesFrom = [](Query &q) {
            QStringList codes;
            while (q.next())
                codes << q.str(1);
            return codes;
        };
        QStringList seen;
        Query outer(conn, sql);
        outer.bind(u":min"_qs, 0);
        QVERIFY(outer.exec().ok());
        if (dialect() == Dialect::Sqlite) {
            while (outer.next()) {
                Query inner(conn, sql);
                inner.bind(u":min"_qs, outer.int64(0));
                QVERIFY(inner.exec().ok());
                seen << outer.str(1) + u'>' + codesFrom(inner).join(u',');
            }
        } else {
            QList<std::pair<qint64, QString>> rows;
            while (outer.next())
                rows.append({outer.int64(0), outer.str(1)});
            for (const auto &[id, code] : rows) {
                Query inner(conn, sql);
                inner.bind(u":min"_qs, id);
                QVERIFY(inner.exec().ok());
                seen << code + u'>' + codesFrom(inner).join(u',');
            }
        }
        QCOMPARE(seen, (QStringList{u"0000>0000,0001,0002"_qs, u"0001>0001,0002"_qs, u"0002>0002"_qs}));
        // The outer statement again, with another binding, while the inner one sits in the cache.
        outer.bind(u":min"_qs, 2);
        QVERIFY(outer.exec().ok());
        QCOMPARE(codesFrom(outer).size(), 2);
        QCOMPARE(cache->stats().size >= 1, true);
    }

    void unboundValuesDoNotLeak()
    {
        const QSqlDatabase conn = db();
        const QString sql = u"SELECT COALESCE(:c, 'none')"_qs;
        {
            Query q(conn, sql);
            q.bind(u":c"_qs, u"0001"_qs);
            QVERIFY(q.exec().ok());
            QVERIFY(q.next());
            QCOMPARE(q.str(0), u"0001"_qs);
        }
        Query q(conn, sql); // reused, nothing bound this time
        QVERIFY(q.exec().ok());
        QVERIFY(q.next());
        QCOMPARE(q.str(0), u"none"_qs);
    }

    void cacheIsBounded()
    {
        StatementCache cache(2);
        const QSqlDatabase conn = db();
        for (const QString &sql : {u"SELECT 1"_qs, u"SELECT 2"_qs, u"SELECT 3"_qs})
            cache.put(sql, {QSqlQuery(conn), {}});
        QCOMPARE(cache.stats().size, 2);
        QCOMPARE(cache.stats().evictions, 1);
        QVERIFY(!cache.take(u"SELECT 1"_qs)); // the least recently used went
        QVERIFY(cache.take(u"SELECT 3"_qs));
        cache.put(u"SELECT 2"_qs, {QSqlQuery(conn), {}}); // already there: no second copy
        QCOMPARE(cache.stats().size, 1);
    }

    // The server forgot the session's prepared statements (DEALLOCATE ALL, as a pooler's DISCARD
    // ALL does): the one statement that finds out fails, the cache is dropped, and the next use
    // prepares afresh and answers right.
    void cacheIsClearedWhenTheServerForgetsStatements()
    {
        if (dialect() != Dialect::Postgres)
            QSKIP("PostgreSQL only: SQLite statements live in the client library and cannot be lost");
        const QSqlDatabase conn = db();
        auto cache = StatementCache::forConnection(conn.connectionName());
        QVERIFY(cache);
        const QString sql = u"SELECT COUNT(*) FROM branches WHERE code <> :c"_qs;
        const auto countOthers = [&]() -> qint64 {
            Query q(conn, sql);
            q.bind(u":c"_qs, u"0000"_qs);
            if (!q.exec().ok() || !q.next())
                return -1;
            return q.int64(0);
        };
        QCOMPARE(countOthers(), 2);
        QVERIFY(execSql(conn, u"DEALLOCATE ALL"_qs).ok());
        const qint64 clears = cache->stats().clears;
        QCOMPARE(countOthers(), -1); // prepared statement ... does not exist (26000)
        QCOMPARE(cache->stats().clears, clears + 1);
        QCOMPARE(cache->stats().size, 0);
        QCOMPARE(countOthers(), 2);
        QCOMPARE(countOthers(), 2);
    }

    void cacheIsClearedWhenTheConnectionReopens()
    {
        QSqlDatabase conn = db();
        auto cache = StatementCache::forConnection(conn.connectionName());
        QVERIFY(cache);
        QCOMPARE(scalar(conn, u"SELECT COUNT(*) FROM branches"_qs), 3);
        QVERIFY(cache->stats().size > 0);
        const qint64 clears = cache->stats().clears;
        conn.close();
        const QSqlDatabase reopened = db();
        QVERIFY(reopened.isOpen());
        QCOMPARE(cache->stats().size, 0);
        QCOMPARE(cache->stats().clears, clears + 1);
        QCOMPARE(scalar(reopened, u"SELECT COUNT(*) FROM branches"_qs), 3);
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerStore(b); });
}

#include "tst_server_store.moc"
