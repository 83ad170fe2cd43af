#include "base/privatefiles.h"
#include "store/cachetables.h"
#include "store/fieldcipher.h"
#include "store/localdatabase.h"
#include "store/outbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <optional>
#include <sys/stat.h>

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
    void filesArePrivate_data();
    void filesArePrivate();
    void existingFilesAreTightened();
    void damagedStoreNeverLosesUnsentRows_data();
    void damagedStoreNeverLosesUnsentRows();
    void unavailableStoreRefusesToTransact();

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

// Defect 8: created with umask 022, the folder is 0700 and the database, -wal and -shm 0600.
void TestLocalDatabase::filesArePrivate_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<int>("mode");
    QTest::newRow("folder") << u"/"_qs << 0700;
    QTest::newRow("database") << QString() << 0600;
    QTest::newRow("wal") << u"-wal"_qs << 0600;
    QTest::newRow("shm") << u"-shm"_qs << 0600;
}

void TestLocalDatabase::filesArePrivate()
{
    QFETCH(QString, suffix);
    QFETCH(int, mode);
    const QString folder = m_dir.filePath(u"private-%1"_qs.arg(QString::fromLatin1(QTest::currentDataTag())));
    const QString path = folder + u"/cache.sqlite"_qs;
    const mode_t previous = ::umask(022);
    LocalDatabase db;
    const bool opened = db.open(path).ok();
    ::umask(previous);
    QVERIFY(opened);
    QVERIFY(bool(ReferenceCache(&db).store(u"x"_qs, {"etag", "{}"}))); // the -wal and -shm exist now
    const QString file = suffix == u"/" ? folder : path + suffix;
    QVERIFY2(QFile::exists(file), qPrintable(file));
    QCOMPARE(privatefiles::permissionBits(file), mode);
}

void TestLocalDatabase::existingFilesAreTightened()
{
    const QString path = m_dir.filePath(u"older.sqlite"_qs);
    {
        LocalDatabase db;
        QVERIFY(db.open(path).ok());
    }
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    LocalDatabase db;
    QVERIFY(db.open(path).ok());
    QCOMPARE(privatefiles::permissionBits(path), 0600);
}

// reliability.md T8. A store with unsent operations is damaged (or held by another process); the
// client must not transact from it, must set the damaged file aside byte for byte (never delete
// it), and the unsent rows must remain recoverable from what was kept.
void TestLocalDatabase::damagedStoreNeverLosesUnsentRows_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<bool>("quarantined");
    QTest::addColumn<bool>("rowsReadableAfterRepair"); // header damage: IT restores the header
    QTest::newRow("garbage bytes") << u"garbage"_qs << true << false;
    QTest::newRow("truncated to half") << u"half"_qs << true << false;
    QTest::newRow("zero-length, rows in the -wal") << u"empty"_qs << true << false;
    QTest::newRow("header damaged") << u"header"_qs << true << true;
    QTest::newRow("locked by another process") << u"locked"_qs << false << true;
}

void TestLocalDatabase::damagedStoreNeverLosesUnsentRows()
{
    QFETCH(QString, damage);
    QFETCH(bool, quarantined);
    QFETCH(bool, rowsReadableAfterRepair);
    const QString path = m_dir.filePath(u"t8-%1.sqlite"_qs.arg(damage));
    constexpr int unsent = 200;
    {
        LocalDatabase db;
        QVERIFY(db.open(path).ok());
        QSqlQuery q(db.database());
        QVERIFY(q.exec(u"PRAGMA wal_autocheckpoint=0"_qs)); // the crash image keeps rows in the -wal
        for (int i = 0; i < unsent; ++i) {
            QVERIFY(q.exec(
                u"INSERT INTO outbox (id, owner, server, created_at, method, path, summary, "
                "sealed_body, state, updated_at, meta_sealed) VALUES ('unsent-%1', 'teller01', 's', "
                "'t', 'POST', '', '', randomblob(300), 'pending', 't', 1)"_qs.arg(i, 3, 10, QChar(u'0'))));
        }
        if (damage != u"empty")
            QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_qs));
        // What a power cut leaves: copy the files while the connection is still open.
        for (const char *suffix : {"", "-wal"}) {
            QFile::remove(path + u".image"_qs + QLatin1String(suffix));
            QVERIFY(QFile::copy(path + QLatin1String(suffix), path + u".image"_qs + QLatin1String(suffix)));
        }
    }
    for (const char *suffix : {"", "-wal", "-shm"}) {
        QFile::remove(path + QLatin1String(suffix));
        if (QFile::exists(path + u".image"_qs + QLatin1String(suffix)))
            QVERIFY(QFile::rename(path + u".image"_qs + QLatin1String(suffix), path + QLatin1String(suffix)));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    if (damage == u"garbage") {
        const QByteArray junk = QByteArray("\x13\x37 not a database ").repeated(int(file.size() / 20 + 1));
        file.write(junk.left(file.size()));
    } else if (damage == u"half") {
        QVERIFY(file.resize(file.size() / 2));
    } else if (damage == u"empty") {
        QVERIFY(file.resize(0));
    } else if (damage == u"header") {
        file.write("SQLite format 2\0"); // the 16-byte magic string
    }
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray damagedBytes = file.readAll();
    file.close();
    QFile walFile(path + u"-wal"_qs);
    const QByteArray walBytes = walFile.open(QIODevice::ReadOnly) ? walFile.readAll() : QByteArray();
    walFile.close();

    QSqlDatabase holder;
    std::optional<QSqlQuery> lock;
    if (damage == u"locked") {
        holder = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"t8-holder"_qs);
        holder.setDatabaseName(path);
        QVERIFY(holder.open());
        lock.emplace(holder);
        QVERIFY(lock->exec(u"PRAGMA locking_mode=EXCLUSIVE"_qs));
        QVERIFY(lock->exec(u"BEGIN EXCLUSIVE"_qs));
        QVERIFY(lock->exec(u"UPDATE outbox SET attempts = attempts WHERE 0"_qs));
    }

    LocalDatabase db;
    const auto report = db.open(path);
    if (!quarantined) {
        // Refused: not opened, not moved, not replaced.
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, u"store.locked"_qs);
        QVERIFY(!db.isOpen());
        QVERIFY(QDir(m_dir.path()).entryList({QFileInfo(path).fileName() + u".corrupt*"_qs}).isEmpty());
        lock->exec(u"ROLLBACK"_qs);
        lock.reset();
        holder.close();
        holder = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"t8-holder"_qs);
        QVERIFY(db.open(path).ok());
        QSqlQuery q(db.database());
        QVERIFY(q.exec(u"SELECT count(*) FROM outbox WHERE state = 'pending'"_qs) && q.next());
        QCOMPARE(q.value(0).toInt(), unsent);
        return;
    }
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().detail));
    QVERIFY(!report->quarantinedPath.isEmpty());
    QVERIFY(report->quarantinedPath.startsWith(path + u".corrupt-"_qs));
    QVERIFY(!report->quarantineReason.isEmpty());
    // The fresh store has no rows from the damaged one (it never pretends to).
    {
        QSqlQuery q(db.database());
        QVERIFY(q.exec(u"SELECT count(*) FROM outbox"_qs) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    db.close();
    // Kept byte for byte, with its -wal: nothing we did lost anything.
    QFile kept(report->quarantinedPath);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), damagedBytes);
    kept.close();
    QCOMPARE(privatefiles::permissionBits(report->quarantinedPath), 0600);
    if (!walBytes.isEmpty()) {
        QFile keptWal(report->quarantinedPath + u"-wal"_qs);
        QVERIFY(keptWal.open(QIODevice::ReadOnly));
        const QByteArray bytes = keptWal.readAll();
        QCOMPARE(bytes, walBytes);
        QVERIFY(bytes.contains("unsent-199")); // the unsent rows are in what was kept
    }
    if (rowsReadableAfterRepair) {
        // What the operations guide tells IT to do: repair a copy, never the kept file.
        const QString copy = m_dir.filePath(u"repaired-%1.sqlite"_qs.arg(damage));
        QVERIFY(QFile::copy(report->quarantinedPath, copy));
        QFile repaired(copy);
        QVERIFY(repaired.open(QIODevice::ReadWrite));
        repaired.write(QByteArray("SQLite format 3\0", 16));
        repaired.close();
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"t8-repaired"_qs);
        raw.setDatabaseName(copy);
        QVERIFY(raw.open());
        {
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"SELECT count(*) FROM outbox WHERE state = 'pending'"_qs) && q.next());
            QCOMPARE(q.value(0).toInt(), unsent);
        }
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"t8-repaired"_qs);
    }
}

// A store that cannot be opened: the outbox refuses new operations instead of keeping them in memory.
void TestLocalDatabase::unavailableStoreRefusesToTransact()
{
    LocalDatabase db; // never opened
    FieldCipher cipher;
    cipher.setKey(QByteArray(16, '\x42'));
    Outbox outbox(&db, &cipher, nullptr);
    outbox.setUnavailable(u"store.locked: database is locked"_qs);
    const auto id = outbox.submit(ApiRequest::post(u"/api/v1/openings/units"_qs, QJsonObject{}, QString()),
                                  u"单位开户"_qs);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().code, u"store.unavailable"_qs);
    QCOMPARE(outbox.pendingCount(), 0);
}

QTEST_GUILESS_MAIN(TestLocalDatabase)
#include "tst_localdatabase.moc"
