// Employee lists (清册), concurrency, receipts and renumbering through HTTP on SQLite and
// PostgreSQL (issue 5): per-row errors with row + field + code, all-or-nothing (one bad row in a
// forced submission opens nothing), explicit leaving-out of failing rows, one idempotency key per
// list, N parallel identical submissions → one account, reprint counting, and the migration that
// gives existing numbers their check character.
#include "openinghelpers.h"
#include "platform/store/migration_opening.h"
#include "suitebase.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

using namespace hpf::test;
using hpf::accountnumber::Kind;

namespace {

QJsonArray rows(int first, int count, qint64 base = 500000)
{
    QJsonArray out;
    for (int i = 0; i < count; ++i)
        out.append(personRow(first + i, base));
    return out;
}

QString listPath(const QString &unit, bool validate = false)
{
    return u"/api/v1/units/"_qs + unit + u"/employee-lists"_qs + (validate ? u"/validate"_qs : QString());
}

} // namespace

class TestServerOpeningList : public ServerSuite
{
    Q_OBJECT
public:
    using ServerSuite::ServerSuite;

private slots:
    void badRowsInAList_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("wrong check digit")
            << u"documentNumber"_qs << QJsonValue(u"440524188001010015"_qs) << u"identity.checksum"_qs;
        QTest::newRow("future birth date") << u"documentNumber"_qs << QJsonValue(u"620102203001011232"_qs)
                                           << u"identity.birth_date_future"_qs;
        QTest::newRow("empty name") << u"name"_qs << QJsonValue(u""_qs) << u"request.field_empty"_qs;
        QTest::newRow("mobile") << u"mobile"_qs << QJsonValue(u"123"_qs) << u"mobile.format"_qs;
        QTest::newRow("base not a number")
            << u"wageBaseFen"_qs << QJsonValue(u"5000"_qs) << u"request.field_type"_qs;
        QTest::newRow("unknown column") << u"salary"_qs << QJsonValue(5) << u"request.unknown_field"_qs;
        QTest::newRow("duplicate person")
            << u"documentNumber"_qs << QJsonValue(hpf::server::demoIdentityNumber(100))
            << u"list.duplicate_row"_qs;
    }
    // One bad row: a forced submission opens nothing; validate lists the row; skipInvalid opens the rest.
    void badRowsInAList()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        const QString teller = f().login(u"teller1"_qs);
        const QString unit = openUnit(f(), teller, 1);
        QJsonArray list = rows(100, 5);
        QJsonObject bad = list.at(3).toObject();
        bad.insert(field, value);
        list[3] = bad;
        const Reply check = f().post(listPath(unit, true), {{u"rows"_qs, list}}, teller);
        QCOMPARE(check.status, 200);
        QCOMPARE(check.json.value(u"valid"_qs).toBool(), false);
        QCOMPARE(check.json.value(u"willOpen"_qs).toInt(), 4);
        const QJsonObject e = check.json.value(u"errors"_qs).toArray().at(0).toObject();
        QCOMPARE(e.value(u"row"_qs).toInt(), 3);
        QCOMPARE(e.value(u"code"_qs).toString(), code);
        QCOMPARE(e.value(u"field"_qs).toString(), field);

        const qint64 receiptsBefore = scalar(f(), u"SELECT COUNT(*) FROM receipts"_qs); // the unit's
        const Reply forced = f().post(listPath(unit), {{u"rows"_qs, list}}, teller, ServerFixture::newKey());
        QCOMPARE(forced.status, 422);
        QCOMPARE(forced.code(), u"list.rows_invalid"_qs);
        QCOMPARE(forced.json.value(u"errors"_qs).toArray().at(0).toObject().value(u"row"_qs).toInt(), 3);
        QCOMPARE(forced.json.value(u"invalidRows"_qs).toInt(), 1);
        QCOMPARE(scalar(f(), u"SELECT COUNT(*) FROM accounts"_qs), 0);
        QCOMPARE(scalar(f(), u"SELECT COUNT(*) FROM persons"_qs), 0);
        QCOMPARE(scalar(f(), u"SELECT COUNT(*) FROM receipts"_qs), receiptsBefore);
        QCOMPARE(scalar(f(), u"SELECT COUNT(*) FROM journal"_qs), 0);

        const QString key = ServerFixture::newKey();
        const QJsonObject skipping{{u"rows"_qs, list}, {u"skipInvalid"_qs, true}};
        const Reply done = f().post(listPath(unit), skipping, teller, key);
        QCOMPARE(done.status, 201);
        QCOMPARE(done.json.value(u"summary"_qs).toObject().value(u"opened"_qs).toInt(), 4);
        const QJsonArray skipped = done.json.value(u"skipped"_qs).toArray();
        QCOMPARE(skipped.size(), 1);
        QCOMPARE(skipped.at(0).toObject().value(u"row"_qs).toInt(), 3);
        QCOMPARE(scalar(f(), u"SELECT COUNT(*) FROM accounts"_qs), 4);
        // The same key again: the stored answer, nothing opened twice.
        const Reply replay = f().post(listPath(unit), skipping, teller, key);
        QCOMPARE(replay.body, done.body);
        QCOMPARE(replay.headers.value("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(scalar(f(), u"SELECT COUNT(*) FROM accounts"_qs), 4);
        QCOMPARE(auditCount(f(), u"employee_lists.submit"_qs), 1);
        QCOMPARE(f().ledgerInvariantViolation(), QString());
    }

    void listConflictsWithTheLedger()
    {
        const QString teller = f().login(u"teller1"_qs);
        const QString unitA = openUnit(f(), teller, 2);
        const QString unitB = openUnit(f(), teller, 3);
        const QString active = accountOf(openPerson(f(), teller, unitA, 200));
        const QString sealed = accountOf(openPerson(f(), teller, unitA, 201));
        QCOMPARE(f().post(u"/api/v1/accounts/"_qs + sealed + u"/seal"_qs, {{u"reason"_qs, u"01"_qs}}, teller,
                          ServerFixture::newKey())
                     .status,
                 200);
        const QJsonArray list = rows(200, 4); // 200 active elsewhere, 201 sealed, 202 and 203 new
        Reply r = f().post(listPath(unitB), {{u"rows"_qs, list}}, teller, ServerFixture::newKey());
        QCOMPARE(r.code(), u"list.rows_invalid"_qs);
        const QJsonObject e = r.json.value(u"errors"_qs).toArray().at(0).toObject();
        QCOMPARE(e.value(u"row"_qs).toInt(), 0);
        QCOMPARE(e.value(u"code"_qs).toString(), u"account.exists_active"_qs);
        QCOMPARE(e.value(u"existingAccount"_qs).toObject().value(u"accountNumber"_qs).toString(), active);
        r = f().post(listPath(unitB), {{u"rows"_qs, list}, {u"skipInvalid"_qs, true}}, teller,
                     ServerFixture::newKey());
        QCOMPARE(r.status, 201);
        const QJsonObject summary = r.json.value(u"summary"_qs).toObject();
        QCOMPARE(summary.value(u"opened"_qs).toInt(), 2);
        QCOMPARE(summary.value(u"unsealed"_qs).toInt(), 1);
        QCOMPARE(summary.value(u"skipped"_qs).toInt(), 1);
        const QJsonObject moved = r.json.value(u"accounts"_qs).toArray().at(0).toObject();
        QCOMPARE(moved.value(u"accountNumber"_qs).toString(), sealed);
        QCOMPARE(moved.value(u"action"_qs).toString(), u"unsealed"_qs);
        QCOMPARE(f().get(u"/api/v1/accounts/"_qs + sealed, teller).json.value(u"unitAccount"_qs).toString(),
                 unitB);
        QCOMPARE(scalar(f(), u"SELECT COUNT(*) FROM accounts"_qs), 4);
        // Every row skipped: nothing to open.
        r = f().post(listPath(unitB), {{u"rows"_qs, rows(200, 1)}, {u"skipInvalid"_qs, true}}, teller,
                     ServerFixture::newKey());
        QCOMPARE(r.code(), u"list.nothing_to_open"_qs);
    }

    void listLimits()
    {
        const QString teller = f().login(u"teller1"_qs);
        const QString unit = openUnit(f(), teller, 4);
        QCOMPARE(
            f().post(listPath(unit), {{u"rows"_qs, QJsonArray{}}}, teller, ServerFixture::newKey()).code(),
            u"list.empty"_qs);
        QJsonArray tooMany;
        for (int i = 0; i < 20001; ++i)
            tooMany.append(QJsonObject{});
        QCOMPARE(f().post(listPath(unit), {{u"rows"_qs, tooMany}}, teller, ServerFixture::newKey()).code(),
                 u"list.too_many_rows"_qs);
        QCOMPARE(f().post(listPath(unit), {{u"rows"_qs, u"x"_qs}}, teller, ServerFixture::newKey()).code(),
                 u"request.field_type"_qs);
        QJsonArray huge;
        huge.append(QJsonObject{{u"name"_qs, QString(9 * 1024 * 1024, u'a')}});
        QCOMPARE(f().post(listPath(unit), {{u"rows"_qs, huge}}, teller, ServerFixture::newKey()).status, 413);
        QString typo = unit;
        typo[3] = typo[3] == u'0' ? u'1' : u'0';
        QCOMPARE(f().post(listPath(typo), {{u"rows"_qs, rows(1, 1)}}, teller, ServerFixture::newKey()).code(),
                 u"account_number.checksum"_qs);
    }

    // A few thousand rows in one transaction: numbers unique, valid and consecutive.
    void largeList()
    {
        const int n = 3000;
        const QString teller = f().login(u"teller1"_qs);
        const QString unit = openUnit(f(), teller, 5);
        QElapsedTimer timer;
        timer.start();
        const Reply r =
            f().post(listPath(unit), {{u"rows"_qs, rows(1000, n, 800000)}}, teller, ServerFixture::newKey());
        qInfo("%d rows opened in %lld ms (%s)", n, timer.elapsed(), qPrintable(backendName(m_backend)));
        QCOMPARE(r.status, 201);
        const QJsonArray accounts = r.json.value(u"accounts"_qs).toArray();
        QCOMPARE(accounts.size(), n);
        QSet<QString> seen;
        qint64 previous = 0;
        for (const QJsonValue &v : accounts) {
            auto number =
                hpf::accountnumber::parse(v.toObject().value(u"accountNumber"_qs).toString(), Kind::Personal);
            QVERIFY(number.ok());
            QVERIFY(previous == 0 || number->sequence == previous + 1);
            previous = number->sequence;
            seen.insert(number->number);
        }
        QCOMPARE(seen.size(), n);
        QCOMPARE(scalar(f(), u"SELECT COUNT(*) FROM accounts"_qs), n);
        QCOMPARE(scalar(f(), u"SELECT COUNT(*) FROM journal WHERE business_type = '03'"_qs), n);
        const qint64 perSide = 800000 * 12 / 100;
        QCOMPARE(r.json.value(u"totals"_qs).toObject().value(u"unitAmountFen"_qs).toInteger(), perSide * n);
        // A single opening afterwards continues the sequence.
        auto next = hpf::accountnumber::parse(accountOf(openPerson(f(), teller, unit, 9000)), Kind::Personal);
        QVERIFY(next.ok());
        QCOMPARE(next->sequence, previous + 1);
    }

    void parallelIdenticalSubmitsOpenOneAccount()
    {
        const QString teller = f().login(u"teller1"_qs);
        const QString unit = openUnit(f(), teller, 6);
        const QByteArray key = ServerFixture::newKey().toLatin1();
        QList<Call> calls;
        for (int i = 0; i < 12; ++i)
            calls.append({"POST",
                          u"/api/v1/openings/accounts"_qs,
                          personalOpeningBody(unit, 300, 600000),
                          {{"Idempotency-Key", key}},
                          {}});
        const QList<Reply> replies = f().parallel(calls, teller);
        int created = 0;
        QString number;
        for (const Reply &r : replies) {
            if (r.status == 201) {
                ++created;
                QVERIFY(number.isEmpty() || number == accountOf(r));
                number = accountOf(r);
            } else {
                QCOMPARE(r.status, 409);
                QCOMPARE(r.code(), u"idempotency.in_flight"_qs);
            }
        }
        QVERIFY(created >= 1);
        QCOMPARE(scalar(f(), u"SELECT COUNT(*) FROM accounts"_qs), 1);
        // Different keys, same person: one account, the others told which one.
        QList<Call> others;
        for (int i = 0; i < 8; ++i)
            others.append({"POST",
                           u"/api/v1/openings/accounts"_qs,
                           personalOpeningBody(unit, 301, 600000),
                           {{"Idempotency-Key", ServerFixture::newKey().toLatin1()}},
                           {}});
        const QList<Reply> raced = f().parallel(others, teller);
        int won = 0;
        for (const Reply &r : raced) {
            if (r.status == 201) {
                ++won;
                continue;
            }
            QCOMPARE(r.status, 409);
            QCOMPARE(r.code(), u"account.exists_active"_qs);
        }
        QCOMPARE(won, 1);
        QCOMPARE(scalar(f(), u"SELECT COUNT(*) FROM accounts"_qs), 2);
    }

    void receiptsAndReprints()
    {
        const QString teller = f().login(u"teller1"_qs);
        const Reply opened = openPerson(f(), teller, openUnit(f(), teller, 7), 400);
        const QString serial = opened.json.value(u"serial"_qs).toString();
        QVERIFY(serial.startsWith(u"YW20250715"));
        Reply r = f().get(u"/api/v1/receipts/"_qs + serial, teller);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"reprints"_qs).toInt(), 0);
        QCOMPARE(r.json.value(u"receipt"_qs).toObject(), opened.json.value(u"receipt"_qs).toObject());
        const QString key = ServerFixture::newKey();
        const QString path = u"/api/v1/receipts/"_qs + serial + u"/reprints"_qs;
        f().clock().advanceSeconds(300); // within the access token's life
        r = f().post(path, {}, teller, key);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"reprint"_qs).toBool(), true);
        QCOMPARE(r.json.value(u"reprintNumber"_qs).toInt(), 1);
        QCOMPARE(QDateTime::fromString(r.json.value(u"reprintedAt"_qs).toString(), Qt::ISODate),
                 f().clock().now());
        QCOMPARE(f().post(path, {}, teller, key).json.value(u"reprintNumber"_qs).toInt(), 1); // replay
        r = f().post(path, {{u"reason"_qs, u"客户遗失"_qs}}, teller, ServerFixture::newKey());
        QCOMPARE(r.json.value(u"reprintNumber"_qs).toInt(), 2);
        QCOMPARE(f().get(u"/api/v1/receipts/"_qs + serial, teller).json.value(u"reprints"_qs).toInt(), 2);
        QCOMPARE(auditCount(f(), u"receipts.reprint"_qs), 2);
        QCOMPARE(f().get(u"/api/v1/receipts/"_qs + serial, f().login(u"teller2"_qs)).code(),
                 u"auth.branch_denied"_qs);
        QCOMPARE(f().get(u"/api/v1/receipts/YW2025071599999999"_qs, teller).code(), u"receipt.not_found"_qs);
        QCOMPARE(f().get(u"/api/v1/receipts/YW2025-07"_qs, teller).code(), u"serial.format"_qs);
        QCOMPARE(f().post(path, {}, f().login(u"auditor1"_qs), ServerFixture::newKey()).code(),
                 u"auth.role_denied"_qs);
    }

    // Migration 2 appends the check character to numbers issued before it (both dialects' SQL).
    void migrationRenumbersLegacyNumbers()
    {
        QVERIFY(execDb(
            f(), u"INSERT INTO units (unit_account, credit_code, name, branch_id, state, unit_ratio_ppm, "
                 "personal_ratio_ppm, created_at) SELECT '8000000042', 'LEGACY', '旧单位', id, '01', "
                 "120000, 120000, 0 FROM branches WHERE code = '0001'"_qs));
        QVERIFY(execDb(f(), u"INSERT INTO persons (document_type, document_number, name, created_at) "
                            "VALUES ('01', '440524188001010014', '旧职工', 0)"_qs));
        QVERIFY(execDb(
            f(), u"INSERT INTO accounts (account_number, person_id, unit_id, branch_id, state, base_fen, "
                 "opened_on, created_at) SELECT '100000000913', p.id, u.id, u.branch_id, '01', 1, "
                 "'2020-01-01', 0 FROM persons p, units u WHERE u.credit_code = 'LEGACY'"_qs));
        const QStringList statements = hpf::server::openingMigration().statements;
        for (const QString &s : statements.mid(statements.size() - 4))
            QVERIFY2(execDb(f(), s), qPrintable(s.left(80)));
        const QString unit = u"8000000042"_qs + hpf::accountnumber::checkCharacter(u"8000000042");
        const QString account = u"100000000913"_qs + hpf::accountnumber::checkCharacter(u"100000000913");
        QCOMPARE(scalar(f(), u"SELECT COUNT(*) FROM units WHERE unit_account = :a"_qs, {{u":a"_qs, unit}}),
                 1);
        QCOMPARE(
            scalar(f(), u"SELECT COUNT(*) FROM accounts WHERE account_number = :a"_qs, {{u":a"_qs, account}}),
            1);
        QVERIFY(hpf::accountnumber::parse(unit, Kind::Unit).ok());
        QVERIFY(hpf::accountnumber::parse(account, Kind::Personal).ok());
        QCOMPARE(scalar(f(),
                        u"SELECT COUNT(*) FROM account_number_history WHERE old_number = '100000000913' "
                        "AND new_number = :n"_qs,
                        {{u":n"_qs, account}}),
                 1);
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerOpeningList(b); });
}

#include "tst_server_openinglist.moc"
