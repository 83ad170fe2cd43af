// The server's read path at a center's scale (issue 13), on SQLite and PostgreSQL:
// - read audit by group commit: the records of concurrent reads are committed together by one
//   writer per server, each read waits for ITS batch's commit before its data leaves the server,
//   and a failed batch fails every read in it with no data sent (the kill -9 test of acknowledged
//   reads is in tst_server_crash);
// - the person search in pages (limit, cursor), sending only what the result screens show, and
//   reaching accounts through an index.
#include "business/accounts/accountrecords.h"
#include "demo/demoseed.h"
#include "domain/identity.h"
#include "platform/audit/readaudit.h"
#include "platform/store/sql.h"
#include "suitebase.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

using namespace hpf::test;
using namespace hpf;
using namespace hpf::server;

namespace {

const QString kPerson = demoIdentityNumber(11);

} // namespace

class TestServerReadPath : public ServerSuite
{
    Q_OBJECT
public:
    using ServerSuite::ServerSuite;

private:
    QSqlDatabase db() { return *f().database().connection(); }
    Dialect dialect() { return f().database().dialect(); }

    qint64 count(const QString &sql, const QString &bind = {}, const QString &value = {})
    {
        Query q(db(), sql);
        if (!bind.isEmpty())
            q.bind(bind, value);
        return q.exec().ok() && q.next() ? q.int64(0) : -1;
    }

    // Makes every audit_log insert whose row matches `condition` (SQL over NEW) fail, the way a
    // full disk or a lost connection would fail the batch holding it.
    bool poison(const QString &condition)
    {
        if (dialect() == Dialect::Sqlite)
            return execSql(db(), u"CREATE TRIGGER test_poison BEFORE INSERT ON audit_log WHEN "_qs +
                                     condition + u" BEGIN SELECT RAISE(ABORT, 'injected failure'); END"_qs)
                .ok();
        return execSql(db(),
                       u"CREATE FUNCTION test_poison() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF "_qs +
                           condition +
                           u" THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$"_qs)
                   .ok() &&
               execSql(db(), u"CREATE TRIGGER test_poison BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE "
                             "FUNCTION test_poison()"_qs)
                   .ok();
    }

    static AuditRecord record(const QString &requestId, const QString &object, const QString &outcome)
    {
        AuditRecord r;
        r.at = 1'700'000'000'000;
        r.userId = 0;
        r.username = u"teller1"_qs;
        r.role = u"teller"_qs;
        r.branch = u"0001"_qs;
        r.workstation = u"desk-1"_qs;
        r.requestId = requestId;
        r.operation = u"accounts.get"_qs;
        r.object = object;
        r.outcome = outcome;
        return r;
    }

    struct Sent
    {
        QString requestId;
        QString object;
        QString outcome;
        bool ok = false;
    };

    // `threads` threads append `perThread` records each through one writer, all at once.
    QList<Sent> appendConcurrently(ReadAuditWriter &writer, int threads, int perThread,
                                   const std::function<QString(int, int)> &objectOf)
    {
        QThreadPool pool;
        pool.setMaxThreadCount(threads);
        QList<QFuture<QList<Sent>>> futures;
        for (int t = 0; t < threads; ++t) {
            futures.append(QtConcurrent::run(&pool, [&, t] {
                QList<Sent> out;
                auto conn = f().database().connection(); // this thread's connection
                for (int i = 0; i < perThread; ++i) {
                    Sent s{QStringLiteral("ra-%1-%2").arg(t).arg(i), objectOf(t, i),
                           i % 3 == 2 ? u"account.not_found"_qs : u"ok"_qs};
                    s.ok = conn &&
                           writer.append(*conn, dialect(), record(s.requestId, s.object, s.outcome)).ok();
                    out.append(s);
                }
                return out;
            }));
        }
        QList<Sent> all;
        for (auto &fu : futures)
            all += fu.result();
        return all;
    }

    // request id -> (object, outcome) of every audit_log row with a request id "ra-…".
    QMultiHash<QString, QPair<QString, QString>> stored()
    {
        QMultiHash<QString, QPair<QString, QString>> out;
        Query q(db(), u"SELECT request_id, object, outcome FROM audit_log WHERE request_id LIKE 'ra-%'"_qs);
        if (q.exec().ok()) {
            while (q.next())
                out.insert(q.str(0), {q.str(1), q.str(2)});
        }
        return out;
    }

private slots:
    // Many concurrent reads: each record stored exactly once, with its own object and outcome,
    // whatever the batch bound; identity numbers masked and digested into audit_subjects.
    void concurrentRecordsEachOnce_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("perThread");
        QTest::addColumn<int>("maxBatch");
        QTest::addColumn<QString>("kind");
        QTest::newRow("one read") << 1 << 1 << 64 << u"account"_qs;
        QTest::newRow("one thread, sequential") << 1 << 20 << 64 << u"account"_qs;
        QTest::newRow("8 threads") << 8 << 25 << 64 << u"account"_qs;
        QTest::newRow("16 threads, batches of 1") << 16 << 8 << 1 << u"account"_qs;
        QTest::newRow("16 threads, batches of 3") << 16 << 8 << 3 << u"account"_qs;
        QTest::newRow("12 threads, more than one INSERT per batch") << 12 << 20 << 64 << u"account"_qs;
        QTest::newRow("identity numbers (subjects)") << 8 << 10 << 64 << u"identity"_qs;
        QTest::newRow("ugly objects") << 8 << 10 << 5 << u"ugly"_qs;
        QTest::newRow("identical objects") << 8 << 10 << 64 << u"same"_qs;
    }

    void concurrentRecordsEachOnce()
    {
        QFETCH(int, threads);
        QFETCH(int, perThread);
        QFETCH(int, maxBatch);
        QFETCH(QString, kind);
        const qint64 subjectsBefore = count(u"SELECT COUNT(*) FROM audit_subjects"_qs);
        ReadAuditWriter writer(maxBatch);
        const auto objectOf = [&](int t, int i) -> QString {
            if (kind == u"identity")
                return u"person:documentType=01 documentNumber="_qs + demoIdentityNumber(100 + t * 50 + i);
            if (kind == u"ugly") {
                const QStringList ugly{u""_qs,
                                       u"'; DROP TABLE audit_log; --"_qs,
                                       u"账户:中文 \"引号\" \\ "_qs,
                                       QString(2000, u'x'),
                                       u"a\u0000b"_qs,
                                       u":s0 :id1 ?"_qs};
                return ugly.at((t + i) % ugly.size());
            }
            if (kind == u"same")
                return u"account:100000000001"_qs;
            return QStringLiteral("account:%1").arg(100000000000 + t * 1000 + i);
        };
        const QList<Sent> sent = appendConcurrently(writer, threads, perThread, objectOf);
        QCOMPARE(sent.size(), threads * perThread);
        const auto rows = stored();
        QCOMPARE(rows.size(), sent.size());
        for (const Sent &s : sent) {
            QVERIFY2(s.ok, qPrintable(s.requestId));
            QCOMPARE(rows.count(s.requestId), 1);
            const auto [object, outcome] = rows.value(s.requestId);
            QCOMPARE(outcome, s.outcome);
            if (kind == u"identity") {
                QVERIFY(!object.contains(s.object.section(u'=', -1)));
                QVERIFY(object.contains(identity::maskNumber(s.object.section(u'=', -1))));
            } else if (kind != u"ugly") {
                QCOMPARE(object, s.object);
            }
        }
        const ReadAuditStats stats = writer.stats();
        QCOMPARE(stats.records, qint64(sent.size()));
        QCOMPARE(stats.failedBatches, 0);
        QVERIFY(stats.largestBatch <= maxBatch);
        QVERIFY(stats.batches <= stats.records);
        if (threads == 1)
            QCOMPARE(stats.batches, stats.records); // a lone read never waits for company
        if (kind == u"identity") {
            QCOMPARE(count(u"SELECT COUNT(*) FROM audit_subjects"_qs) - subjectsBefore, qint64(sent.size()));
            QCOMPARE(count(u"SELECT COUNT(*) FROM audit_subjects s JOIN audit_log l ON l.id = s.audit_id "
                           "WHERE l.request_id LIKE 'ra-%'"_qs),
                     qint64(sent.size()));
        }
        qInfo("%lld records in %lld transactions (largest %d)", stats.records, stats.batches,
              stats.largestBatch);
    }

    // The regression of issue 13: reads that arrive while a commit is in progress share the next
    // one. The first record's batch is held up by a lock on audit_log; the seven reads that come
    // meanwhile queue and go in ONE transaction when it ends (before: eight transactions).
    void readsArrivingDuringACommitShareTheNext()
    {
        ReadAuditWriter writer;
        QSqlDatabase lockConn = db();
        QVERIFY(execSql(lockConn, dialect() == Dialect::Sqlite ? u"BEGIN IMMEDIATE"_qs : u"BEGIN"_qs).ok());
        if (dialect() == Dialect::Postgres)
            QVERIFY(execSql(lockConn, u"LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE"_qs).ok());
        QThreadPool pool;
        pool.setMaxThreadCount(8);
        QList<QFuture<bool>> futures;
        const auto appendOne = [&](int i) {
            auto conn = f().database().connection();
            return conn &&
                   writer
                       .append(*conn, dialect(),
                               record(QStringLiteral("ra-share-%1").arg(i), u"account:1"_qs, u"ok"_qs))
                       .ok();
        };
        futures.append(QtConcurrent::run(&pool, appendOne, 0));
        // The first one is being written (and waits for the lock).
        QTRY_VERIFY_WITH_TIMEOUT(writer.stats().writing && writer.stats().queued == 0, 5000);
        for (int i = 1; i < 8; ++i)
            futures.append(QtConcurrent::run(&pool, appendOne, i));
        QTRY_COMPARE_WITH_TIMEOUT(writer.stats().queued, 7, 5000);
        QVERIFY(execSql(lockConn, u"COMMIT"_qs).ok());
        for (auto &fu : futures)
            QVERIFY(fu.result());
        const ReadAuditStats stats = writer.stats();
        QCOMPARE(stats.records, 8);
        QCOMPARE(stats.batches, 2);
        QCOMPARE(stats.largestBatch, 7);
        QCOMPARE(stored().size(), 8);
    }

    // A batch that fails fails every record in it, and only those: a record is acknowledged if and
    // only if it is stored; the poisoned one never is.
    void failedBatchFailsItsRecords_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("perThread");
        QTest::addColumn<int>("maxBatch");
        QTest::newRow("alone") << 1 << 3 << 64;
        QTest::newRow("among concurrent reads") << 8 << 15 << 64;
        QTest::newRow("among concurrent reads, small batches") << 8 << 15 << 2;
    }

    void failedBatchFailsItsRecords()
    {
        QFETCH(int, threads);
        QFETCH(int, perThread);
        QFETCH(int, maxBatch);
        QVERIFY(poison(u"NEW.object LIKE '%poison%'"_qs));
        ReadAuditWriter writer(maxBatch);
        const QList<Sent> sent = appendConcurrently(writer, threads, perThread, [](int t, int i) {
            return i == 1 ? QStringLiteral("account:poison-%1").arg(t)
                          : QStringLiteral("account:%1-%2").arg(t).arg(i);
        });
        const auto rows = stored();
        int failed = 0;
        for (const Sent &s : sent) {
            QCOMPARE(rows.count(s.requestId), s.ok ? 1 : 0);
            if (s.object.contains(u"poison"))
                QVERIFY(!s.ok);
            failed += s.ok ? 0 : 1;
        }
        QVERIFY(failed >= threads); // every poisoned one, and whatever shared its batch
        QVERIFY(writer.stats().failedBatches >= 1);
        QCOMPARE(writer.stats().failedRecords, qint64(failed));
        QCOMPARE(writer.stats().records, qint64(sent.size() - failed));
        // Once the cause is gone the writer goes on.
        QVERIFY(execSql(db(), u"DROP TRIGGER test_poison"_qs +
                                  (dialect() == Dialect::Postgres ? u" ON audit_log"_qs : QString())));
        auto conn = f().database().connection();
        QVERIFY(writer.append(*conn, dialect(), record(u"ra-after"_qs, u"account:1"_qs, u"ok"_qs)).ok());
        QCOMPARE(stored().count(u"ra-after"_qs), 1);
    }

    // Through HTTP: many reads at once on several connections, each with its own record once.
    void concurrentReadsOverHttp()
    {
        const QString teller = f().login(u"teller1"_qs);
        const QString account = f().openAccount(teller, f().createUnit(teller, 1), 11, 500000);
        QVERIFY(!account.isEmpty());
        QList<Call> calls;
        for (int i = 0; i < 48; ++i) {
            Call c{"GET", u"/api/v1/accounts/"_qs + account, {}, {}, {}};
            if (i % 4 == 3)
                c.path = u"/api/v1/accounts/999999999999"_qs; // refused, still recorded
            c.headers.append({"X-Request-ID", QStringLiteral("ra-http-%1").arg(i).toLatin1()});
            calls.append(c);
        }
        const QList<Reply> replies = f().parallel(calls, teller);
        const auto rows = stored();
        for (int i = 0; i < calls.size(); ++i) {
            const QString rid = QStringLiteral("ra-http-%1").arg(i);
            QCOMPARE(replies.at(i).status, i % 4 == 3 ? 404 : 200);
            QCOMPARE(rows.count(rid), 1);
            QCOMPARE(rows.value(rid).second, i % 4 == 3 ? u"account.not_found"_qs : u"ok"_qs);
            QCOMPARE(rows.value(rid).first, u"account:"_qs + (i % 4 == 3 ? u"999999999999"_qs : account));
        }
        const ReadAuditStats stats = f().server().context().readAudit.stats();
        qInfo("server: %lld read records in %lld transactions (largest %d)", stats.records, stats.batches,
              stats.largestBatch);
    }

    // No record, no data: when the read's record cannot be committed, the read fails with the
    // store's error and none of what was read is sent.
    void readWithoutRecordSendsNoData_data()
    {
        QTest::addColumn<QString>("request");
        QTest::addColumn<QString>("operation");
        QTest::newRow("account") << u"GET /api/v1/accounts/%A"_qs << u"accounts.get"_qs;
        QTest::newRow("journal") << u"GET /api/v1/accounts/%A/journal"_qs << u"accounts.journal"_qs;
        QTest::newRow("holds") << u"GET /api/v1/accounts/%A/holds"_qs << u"holds.list"_qs;
        QTest::newRow("person search") << u"POST /api/v1/persons/search"_qs << u"persons.search"_qs;
    }

    void readWithoutRecordSendsNoData()
    {
        QFETCH(QString, request);
        QFETCH(QString, operation);
        const QString teller = f().login(u"teller1"_qs);
        const QString account = f().openAccount(teller, f().createUnit(teller, 1), 11, 500000);
        QVERIFY(!account.isEmpty());
        const QString path = request.mid(request.indexOf(u' ') + 1).replace(u"%A"_qs, account);
        const auto send = [&] {
            return request.startsWith(u"POST"_qs)
                       ? f().post(path, {{u"documentType"_qs, u"01"_qs}, {u"documentNumber"_qs, kPerson}},
                                  teller)
                       : f().get(path, teller);
        };
        const Reply before = send(); // the data is there
        QCOMPARE(before.status, 200);
        QVERIFY(before.body.contains(account.toUtf8()));

        QVERIFY(poison(u"NEW.operation = '"_qs + operation + u"'"_qs));
        const qint64 records =
            count(u"SELECT COUNT(*) FROM audit_log WHERE operation = :o"_qs, u":o"_qs, operation);
        const Reply r = send();
        QVERIFY2(r.status >= 500, r.body.constData());
        QVERIFY2(r.code().startsWith(u"db."_qs), r.body.constData());
        QVERIFY(!r.body.contains(account.toUtf8()));
        QVERIFY(!r.body.contains("items"));
        QVERIFY(!r.body.contains(u"职工11"_qs.toUtf8()));
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE operation = :o"_qs, u":o"_qs, operation),
                 records);
    }

    // Pages of a name shared by seven accounts: every account once, in order, whatever the page
    // size; a client that sends neither limit nor cursor gets them all as before.
    void personSearchPages_data()
    {
        QTest::addColumn<QJsonValue>("limit");
        QTest::addColumn<int>("pages");
        QTest::newRow("absent (the current client)") << QJsonValue(QJsonValue::Undefined) << 1;
        QTest::newRow("1") << QJsonValue(1) << 7;
        QTest::newRow("3") << QJsonValue(3) << 3;
        QTest::newRow("7: exactly one full page") << QJsonValue(7) << 1;
        QTest::newRow("50") << QJsonValue(50) << 1;
    }

    void personSearchPages()
    {
        QFETCH(QJsonValue, limit);
        QFETCH(int, pages);
        const QString teller = f().login(u"teller1"_qs);
        const QString unit = f().createUnit(teller, 1);
        QStringList accounts;
        for (int i = 0; i < 7; ++i)
            accounts.append(f().openAccount(teller, unit, 20 + i, 500000));
        QVERIFY(!accounts.contains(QString()));
        QVERIFY(execSql(db(), u"UPDATE persons SET name = '同名人'"_qs).ok());
        QJsonObject body{{u"name"_qs, u"同名人"_qs}};
        if (!limit.isUndefined())
            body.insert(u"limit"_qs, limit);
        QStringList seen;
        int n = 0;
        for (;; ++n) {
            const Reply r = f().post(u"/api/v1/persons/search"_qs, body, teller);
            QCOMPARE(r.status, 200);
            for (const QJsonValue &v : r.json.value(u"items"_qs).toArray()) {
                const QJsonObject item = v.toObject();
                seen.append(item.value(u"accountNumber"_qs).toString());
                // What the screen shows, not the deposit base, held amount or opening date.
                QVERIFY(item.contains(u"balanceFen"_qs) && item.contains(u"availableFen"_qs));
                QVERIFY(!item.contains(u"baseFen"_qs));
                QVERIFY(!item.contains(u"heldFen"_qs));
                QVERIFY(!item.contains(u"openedOn"_qs));
            }
            if (!r.json.contains(u"nextCursor"_qs))
                break;
            QVERIFY(n < 10);
            body.insert(u"cursor"_qs, r.json.value(u"nextCursor"_qs));
        }
        QCOMPARE(n + 1, pages);
        QCOMPARE(seen, accounts); // account order, none twice, none missing
    }

    void personSearchRefusesBadPages_data()
    {
        QTest::addColumn<QJsonValue>("limit");
        QTest::addColumn<QJsonValue>("cursor");
        QTest::addColumn<QString>("code");
        QTest::newRow("limit 0") << QJsonValue(0) << QJsonValue(QJsonValue::Undefined)
                                 << u"request.field_range"_qs;
        QTest::newRow("limit 51") << QJsonValue(51) << QJsonValue(QJsonValue::Undefined)
                                  << u"request.field_range"_qs;
        QTest::newRow("limit -1") << QJsonValue(-1) << QJsonValue(QJsonValue::Undefined)
                                  << u"request.field_range"_qs;
        QTest::newRow("limit 2.5") << QJsonValue(2.5) << QJsonValue(QJsonValue::Undefined)
                                   << u"request.field_type"_qs;
        QTest::newRow("limit as text")
            << QJsonValue(u"3"_qs) << QJsonValue(QJsonValue::Undefined) << u"request.field_type"_qs;
        QTest::newRow("cursor not a number")
            << QJsonValue(QJsonValue::Undefined) << QJsonValue(u"abc"_qs) << u"request.field_invalid"_qs;
        QTest::newRow("cursor 0") << QJsonValue(QJsonValue::Undefined) << QJsonValue(u"0"_qs)
                                  << u"request.field_invalid"_qs;
        QTest::newRow("cursor negative")
            << QJsonValue(QJsonValue::Undefined) << QJsonValue(u"-5"_qs) << u"request.field_invalid"_qs;
        QTest::newRow("cursor overflowing")
            << QJsonValue(QJsonValue::Undefined) << QJsonValue(u"99999999999999999999"_qs)
            << u"request.field_invalid"_qs;
        QTest::newRow("cursor too long") << QJsonValue(QJsonValue::Undefined) << QJsonValue(QString(21, u'1'))
                                         << u"request.field_too_long"_qs;
        QTest::newRow("cursor as a number")
            << QJsonValue(QJsonValue::Undefined) << QJsonValue(5) << u"request.field_type"_qs;
    }

    void personSearchRefusesBadPages()
    {
        QFETCH(QJsonValue, limit);
        QFETCH(QJsonValue, cursor);
        QFETCH(QString, code);
        QJsonObject body{{u"name"_qs, u"职工1"_qs}};
        if (!limit.isUndefined())
            body.insert(u"limit"_qs, limit);
        if (!cursor.isUndefined())
            body.insert(u"cursor"_qs, cursor);
        const Reply r = f().post(u"/api/v1/persons/search"_qs, body, f().login(u"teller1"_qs));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), code);
    }

    // At a million accounts a scan is seconds: each way of searching reaches accounts (and
    // persons) through an index. SQLite: no SCAN step in the plan. PostgreSQL prefers scans of the
    // test's tiny tables, so it plans with sequential scans disabled: a "Seq Scan" left in the
    // plan means no index could serve (its plans at 1,000,000 rows are in bench/server/README.md).
    void personSearchUsesIndexes_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("index"); // that the plan must use
        QTest::newRow("document") << u"WHERE p.document_type = :t AND p.document_number = :v"_qs
                                  << u"accounts_person"_qs;
        QTest::newRow("account") << u"WHERE a.account_number = :v"_qs << QString();
        QTest::newRow("name") << u"WHERE p.name = :v"_qs << u"accounts_person"_qs;
    }

    void personSearchUsesIndexes()
    {
        QFETCH(QString, where);
        QFETCH(QString, index);
        const bool sqlite = dialect() == Dialect::Sqlite;
        const QString sql = (sqlite ? u"EXPLAIN QUERY PLAN "_qs : u"EXPLAIN "_qs) + accountColumnsSql() +
                            QString(where).replace(u":t"_qs, u"'01'"_qs).replace(u":v"_qs, u"'x'"_qs) +
                            u" AND a.id > 0 ORDER BY a.id LIMIT 51"_qs;
        QSqlQuery q(db());
        if (!sqlite)
            QVERIFY(q.exec(u"SET enable_seqscan = off"_qs));
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        QStringList plan;
        while (q.next())
            plan.append(q.value(sqlite ? 3 : 0).toString().trimmed());
        if (!sqlite)
            QVERIFY(QSqlQuery(db()).exec(u"RESET enable_seqscan"_qs));
        QVERIFY(!plan.isEmpty());
        QVERIFY2(plan.join(u' ').contains(index), qPrintable(plan.join(u" | "_qs)));
        for (const QString &step : plan) {
            if (sqlite)
                QVERIFY2(!step.startsWith(u"SCAN"_qs), qPrintable(plan.join(u" | "_qs)));
            else
                QVERIFY2(!step.contains(u"Seq Scan on accounts"_qs) &&
                             !step.contains(u"Seq Scan on persons"_qs),
                         qPrintable(plan.join(u" | "_qs)));
        }
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerReadPath(b); });
}

#include "tst_server_readpath.moc"
