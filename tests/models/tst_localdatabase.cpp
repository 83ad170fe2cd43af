#include "store/cachetables.h"
#include "store/fieldcipher.h"
#include "store/localdatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace hpf;
using namespace hpf::client;

class TestLocalDatabase : public QObject
{
    Q_OBJECT
private slots:
    void createsAndMigrates();
    void reopenKeepsData();
    void damagedFileIsQuarantinedNeverDeleted_data();
    void damagedFileIsQuarantinedNeverDeleted();
    void lockedFileIsRefusedNotQuarantined();
    void newerSchemaIsRefused();
    void outboxRowsSurviveTheCancelledStateMigration();
    void draftsAreEncryptedAndBoundToTheirRow();
    void withoutKeyNothingPersonalIsWritten();
    void recentItemsPurgedAtSignOut();
    void referenceCacheRoundTrip();

private:
    QTemporaryDir m_dir;
};

void TestLocalDatabase::createsAndMigrates()
{
    LocalDatabase db;
    const auto report = db.open(m_dir.filePath(u"new.sqlite"_qs));
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().detail));
    QVERIFY(report->created);
    QVERIFY(report->quarantinedPath.isEmpty());
    QCOMPARE(db.schemaVersion(), LocalDatabase::latestSchemaVersion());
    QSqlQuery q(db.database());
    QVERIFY(q.exec(u"PRAGMA journal_mode"_qs) && q.next());
    QCOMPARE(q.value(0).toString(), u"wal"_qs);
}

void TestLocalDatabase::reopenKeepsData()
{
    const QString path = m_dir.filePath(u"keep.sqlite"_qs);
    {
        LocalDatabase db;
        QVERIFY(db.open(path).ok());
        ReferenceCache cache(&db);
        QVERIFY(cache.store(u"code_tables"_qs, {"\"v1\"", "{\"a\":1}"}).ok());
    }
    LocalDatabase db;
    const auto report = db.open(path);
    QVERIFY(report.ok());
    QVERIFY(!report->created);
    QCOMPARE(ReferenceCache(&db).load(u"code_tables"_qs)->body, QByteArray("{\"a\":1}"));
}

void TestLocalDatabase::damagedFileIsQuarantinedNeverDeleted_data()
{
    QTest::addColumn<QByteArray>("damage");
    QTest::newRow("garbage") << QByteArray("this is not a database at all, just some bytes").repeated(200);
    QTest::newRow("truncated") << QByteArray("truncate");
    QTest::newRow("overwritten pages") << QByteArray("scribble");
}

void TestLocalDatabase::damagedFileIsQuarantinedNeverDeleted()
{
    QFETCH(QByteArray, damage);
    const QString path = m_dir.filePath(
        u"damaged-%1.sqlite"_qs.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')));
    if (damage == "truncate" || damage == "scribble") {
        {
            LocalDatabase db;
            QVERIFY(db.open(path).ok());
            QSqlQuery q(db.database());
            QVERIFY(q.exec(u"CREATE TABLE filler (x BLOB)"_qs));
            for (int i = 0; i < 200; ++i)
                QVERIFY(q.exec(u"INSERT INTO filler VALUES (randomblob(1000))"_qs));
            QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_qs));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        if (damage == "truncate") {
            QVERIFY(f.resize(f.size() / 3));
        } else {
            f.seek(4096 + 10);
            f.write(QByteArray(20000, '\xAB'));
        }
        f.close();
    } else {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(damage);
    }
    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();

    LocalDatabase db;
    const auto report = db.open(path);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().detail));
    QVERIFY(!report->quarantinedPath.isEmpty());
    QVERIFY(!report->quarantineReason.isEmpty());
    QFile kept(report->quarantinedPath);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), before); // moved aside byte for byte, never deleted
    QCOMPARE(db.schemaVersion(), LocalDatabase::latestSchemaVersion());
}

void TestLocalDatabase::lockedFileIsRefusedNotQuarantined()
{
    const QString path = m_dir.filePath(u"locked.sqlite"_qs);
    {
        LocalDatabase db;
        QVERIFY(db.open(path).ok());
    }
    QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"holder"_qs);
    holder.setDatabaseName(path);
    QVERIFY(holder.open());
    QSqlQuery lock(holder);
    QVERIFY(lock.exec(u"PRAGMA locking_mode=EXCLUSIVE"_qs));
    QVERIFY(lock.exec(u"BEGIN EXCLUSIVE"_qs));
    QVERIFY(lock.exec(u"INSERT INTO reference_data VALUES ('x', '', x'00', '')"_qs));

    LocalDatabase db;
    const auto report = db.open(path);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, u"store.locked"_qs);
    QVERIFY(QDir(m_dir.path()).entryList({u"locked.sqlite.corrupt*"_qs}).isEmpty());
    QVERIFY(lock.exec(u"ROLLBACK"_qs));
    lock.finish();
    holder.close();
    holder = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"holder"_qs);
}

void TestLocalDatabase::newerSchemaIsRefused()
{
    const QString path = m_dir.filePath(u"newer.sqlite"_qs);
    {
        LocalDatabase db;
        QVERIFY(db.open(path).ok());
        QSqlQuery q(db.database());
        QVERIFY(q.exec(u"PRAGMA user_version = 99"_qs));
    }
    LocalDatabase db;
    const auto report = db.open(path);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, u"store.migrate"_qs);
}

void TestLocalDatabase::outboxRowsSurviveTheCancelledStateMigration()
{
    // A schema-2 file (outbox states pending/done/failed) with unsent work in it.
    const QString path = m_dir.filePath(u"schema2.sqlite"_qs);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"schema2"_qs);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(
            u"CREATE TABLE outbox (id TEXT PRIMARY KEY, owner TEXT NOT NULL, server TEXT NOT NULL,"
            " created_at TEXT NOT NULL, method TEXT NOT NULL, path TEXT NOT NULL, summary TEXT NOT NULL,"
            " sealed_body BLOB NOT NULL, state TEXT NOT NULL CHECK (state IN ('pending','done','failed')),"
            " attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, request_id TEXT,"
            " response_status INTEGER, sealed_response BLOB, updated_at TEXT NOT NULL)"_qs));
        QVERIFY(
            q.exec(u"INSERT INTO outbox (id, owner, server, created_at, method, path, summary, sealed_body,"
                   " state, updated_at) VALUES ('op-1', 'teller1', 's', 't', 'POST', '/p', '单位开户', x'00',"
                   " 'pending', 't')"_qs));
        QVERIFY(q.exec(u"PRAGMA user_version = 2"_qs));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"schema2"_qs);
    LocalDatabase db;
    const auto report = db.open(path);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().detail));
    QCOMPARE(db.schemaVersion(), LocalDatabase::latestSchemaVersion());
    QSqlQuery q(db.database());
    QVERIFY(q.exec(u"SELECT id, state, summary FROM outbox"_qs) && q.next());
    QCOMPARE(q.value(0).toString(), u"op-1"_qs);
    QCOMPARE(q.value(1).toString(), u"pending"_qs);
    QCOMPARE(q.value(2).toString(), u"单位开户"_qs);
    QVERIFY(!q.next());
    QVERIFY(q.exec(u"UPDATE outbox SET state = 'cancelled' WHERE id = 'op-1'"_qs));
    QVERIFY(!q.exec(u"UPDATE outbox SET state = 'lost' WHERE id = 'op-1'"_qs)); // still checked
}

void TestLocalDatabase::draftsAreEncryptedAndBoundToTheirRow()
{
    LocalDatabase db;
    QVERIFY(db.open(m_dir.filePath(u"drafts.sqlite"_qs)).ok());
    FieldCipher cipher;
    cipher.setKey(FieldCipher::generateKey());
    DraftStore drafts(&db, &cipher);
    const QJsonObject payload{{u"idNumber"_qs, u"11010519491231002X"_qs}, {u"name"_qs, u"张三"_qs}};
    QVERIFY(drafts.save(u"teller01"_qs, u"person-open"_qs, payload).ok());
    QVERIFY(drafts.save(u"teller01"_qs, u"unit-open"_qs, QJsonObject{{u"x"_qs, 1}}).ok());
    QCOMPARE(drafts.load(u"teller01"_qs, u"person-open"_qs), std::optional<QJsonObject>(payload));

    QSqlQuery q(db.database());
    QVERIFY(q.exec(u"SELECT sealed_payload FROM drafts"_qs));
    while (q.next()) {
        const QByteArray raw = q.value(0).toByteArray();
        QVERIFY(!raw.contains("11010519491231002X"));
        QVERIFY(!raw.contains(QString(u"张三"_qs).toUtf8()));
    }
    // A sealed value copied into another row does not open there.
    QVERIFY(q.exec(
        u"UPDATE drafts SET sealed_payload = (SELECT sealed_payload FROM drafts WHERE form = 'person-open')"
        " WHERE form = 'unit-open'"_qs));
    QCOMPARE(drafts.load(u"teller01"_qs, u"unit-open"_qs), std::nullopt);
    // Another key cannot read it either.
    FieldCipher other;
    other.setKey(FieldCipher::generateKey());
    QCOMPARE(DraftStore(&db, &other).load(u"teller01"_qs, u"person-open"_qs), std::nullopt);
}

void TestLocalDatabase::withoutKeyNothingPersonalIsWritten()
{
    LocalDatabase db;
    QVERIFY(db.open(m_dir.filePath(u"nokey.sqlite"_qs)).ok());
    FieldCipher noKey;
    DraftStore drafts(&db, &noKey);
    QVERIFY(!drafts.isPersistent());
    QVERIFY(drafts.save(u"t"_qs, u"f"_qs, QJsonObject{{u"name"_qs, u"李四"_qs}}).ok());
    QCOMPARE(drafts.load(u"t"_qs, u"f"_qs)->value(u"name").toString(), u"李四"_qs);
    RecentItems recent(&db, &noKey);
    QVERIFY(recent.remember(u"t"_qs, {u"person"_qs, u"P1"_qs, u"李四"_qs, {}}).ok());
    QCOMPARE(recent.list(u"t"_qs).size(), 1);
    QSqlQuery q(db.database());
    QVERIFY(q.exec(u"SELECT (SELECT count(*) FROM drafts) + (SELECT count(*) FROM recent_items)"_qs) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestLocalDatabase::recentItemsPurgedAtSignOut()
{
    LocalDatabase db;
    QVERIFY(db.open(m_dir.filePath(u"recent.sqlite"_qs)).ok());
    FieldCipher cipher;
    cipher.setKey(FieldCipher::generateKey());
    ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC));
    RecentItems recent(&db, &cipher, clock);
    QVERIFY(recent.remember(u"a"_qs, {u"person"_qs, u"P1"_qs, u"张三"_qs, {}}).ok());
    clock.advanceSeconds(5);
    QVERIFY(recent.remember(u"a"_qs, {u"unit"_qs, u"U1"_qs, u"某公司"_qs, {}}).ok());
    QVERIFY(recent.remember(u"b"_qs, {u"person"_qs, u"P2"_qs, u"王五"_qs, {}}).ok());
    const auto listA = recent.list(u"a"_qs);
    QCOMPARE(listA.size(), 2);
    QCOMPARE(listA.first().key, u"U1"_qs); // newest first
    QCOMPARE(listA.last().label, u"张三"_qs);
    QVERIFY(recent.purgeOwner(u"a"_qs).ok());
    QVERIFY(recent.list(u"a"_qs).isEmpty());
    QCOMPARE(recent.list(u"b"_qs).size(), 1);
}

void TestLocalDatabase::referenceCacheRoundTrip()
{
    LocalDatabase db;
    QVERIFY(db.open(m_dir.filePath(u"ref.sqlite"_qs)).ok());
    ReferenceCache cache(&db);
    QCOMPARE(cache.load(u"policy"_qs), std::nullopt);
    QVERIFY(cache.store(u"policy"_qs, {"\"e1\"", "{}"}).ok());
    QVERIFY(cache.store(u"policy"_qs, {"\"e2\"", "{\"v\":2}"}).ok());
    QCOMPARE(cache.load(u"policy"_qs)->etag, QByteArray("\"e2\""));
}

QTEST_GUILESS_MAIN(TestLocalDatabase)
#include "tst_localdatabase.moc"
