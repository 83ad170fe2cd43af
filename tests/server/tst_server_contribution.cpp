// Remittances (汇缴) and back payments (补缴) through the HTTP API (issue 17): the preview equals the
// posting and an independent computation here (clamp, each side rounded by its own rule, the
// default policy and one with 元 rounding), months before the unit's or the person's first month,
// a person whose first month is later, stale previews, duplicate and concurrent postings, the
// list's postedAt; back payments for each reason on paid and unpaid person-months with their row
// refusals. The ledger invariant holds after every case. SQLite and PostgreSQL.
#include "contributionhelpers.h"
#include "server.h"

#include <QJsonArray>
#include <QTest>

using namespace hpf;
using namespace hpf::test;

namespace {

// base × ratio (ppm) rounded half up to `unit` fen: the test's own arithmetic, not the library's.
qint64 share(qint64 base, qint64 ppm, qint64 unit)
{
    const qint64 scaled = base * ppm; // < 2^63 for the bases here
    const qint64 divisor = 1000000 * unit;
    return (scaled / divisor + (scaled % divisor * 2 >= divisor ? 1 : 0)) * unit;
}

QString fullWidth(const QString &s)
{
    QString out;
    for (QChar c : s)
        out += c.isDigit() ? QChar(c.unicode() - u'0' + 0xFF10) : c;
    return out;
}

QJsonObject rowOf(const QString &account, std::optional<qint64> base = {}, std::optional<qint64> amount = {})
{
    QJsonObject row{{u"accountNumber"_qs, account}};
    if (base)
        row.insert(u"baseFen"_qs, *base);
    if (amount)
        row.insert(u"amountFen"_qs, *amount);
    return row;
}

} // namespace

class TestServerContribution : public ContributionSuite
{
    Q_OBJECT
public:
    using ContributionSuite::ContributionSuite;

private slots:
    // One person, one month: preview line == posted item == hand-computed == own computation.
    void previewEqualsPosting_data()
    {
        QTest::addColumn<QString>("rounding"); // fen | yuan (the unit side)
        QTest::addColumn<qint64>("base");
        QTest::addColumn<QString>("unitRatio");
        QTest::addColumn<QString>("personalRatio");
        QTest::addColumn<qint64>("expectedBase");
        QTest::addColumn<qint64>("expectedUnit");
        QTest::addColumn<qint64>("expectedPersonal");
        // 2025-07: the policy row of 2024-07-01 (floor 2,020.00, ceiling 25,866.00).
        QTest::newRow("8,888.88 x 7%")
            << u"fen"_qs << 888888LL << u"7"_qs << u"7"_qs << 888888LL << 62222LL << 62222LL;
        QTest::newRow("half up at .5 fen")
            << u"fen"_qs << 212350LL << u"7"_qs << u"5"_qs << 212350LL << 14865LL << 10618LL;
        QTest::newRow("odd ratios") << u"fen"_qs << 512345LL << u"5"_qs << u"12"_qs << 512345LL << 25617LL
                                    << 61481LL;
        QTest::newRow("below the floor")
            << u"fen"_qs << 100000LL << u"12"_qs << u"12"_qs << 202000LL << 24240LL << 24240LL;
        QTest::newRow("above the ceiling")
            << u"fen"_qs << 3000000LL << u"12"_qs << u"12"_qs << 2586600LL << 310392LL << 310392LL;
        QTest::newRow("7.5% ratio") << u"fen"_qs << 333333LL << u"7.5"_qs << u"7.5"_qs << 333333LL << 25000LL
                                    << 25000LL;
        QTest::newRow("yuan: 8,888.88 x 7%")
            << u"yuan"_qs << 888888LL << u"7"_qs << u"7"_qs << 888888LL << 62200LL << 62222LL;
        QTest::newRow("yuan: half up at 50 fen")
            << u"yuan"_qs << 505000LL << u"7"_qs << u"7"_qs << 505000LL << 35400LL << 35350LL;
    }

    void previewEqualsPosting()
    {
        start();
        QFETCH(QString, rounding);
        QFETCH(qint64, base);
        QFETCH(QString, unitRatio);
        QFETCH(QString, personalRatio);
        QFETCH(qint64, expectedBase);
        QFETCH(qint64, expectedUnit);
        QFETCH(qint64, expectedPersonal);
        if (rounding == u"yuan")
            QVERIFY(usePolicy([](QJsonObject &row) {
                QJsonObject r = row.value(u"rounding"_qs).toObject();
                r.insert(u"unit"_qs, QJsonObject{{u"precision"_qs, u"yuan"_qs}, {u"mode"_qs, u"half_up"_qs}});
                row.insert(u"rounding"_qs, r);
            }));
        const QString unit = openUnit(1, {}, unitRatio, personalRatio);
        const QString account = openPerson(unit, 1, base);
        QVERIFY(!account.isEmpty());
        // A second person, so that the totals add up more than one line.
        const QString other = openPerson(unit, 2, 600000);
        QVERIFY(!other.isEmpty());

        const Reply p = preview(unit, u"2025-07"_qs);
        QVERIFY2(p.status == 200, p.body.constData());
        const QJsonArray lines = p.json.value(u"lines"_qs).toArray();
        QCOMPARE(lines.size(), 2);
        const QJsonObject line = lines.at(0).toObject();
        QCOMPARE(line.value(u"accountNumber"_qs).toString(), account);
        QCOMPARE(line.value(u"baseFen"_qs).toInteger(), expectedBase);
        QCOMPARE(line.value(u"unitAmountFen"_qs).toInteger(), expectedUnit);
        QCOMPARE(line.value(u"personalAmountFen"_qs).toInteger(), expectedPersonal);
        QCOMPARE(line.value(u"amountFen"_qs).toInteger(), expectedUnit + expectedPersonal);
        // Percent strings as everywhere in the API (finance::toPercentString: "7.00", "7.50").
        QCOMPARE(line.value(u"unitRatio"_qs).toString(),
                 finance::toPercentString(*finance::parsePercent(unitRatio)));

        // The test's own computation from the policy row's floor and ceiling.
        auto row = f().server().context().policy.depositAt(QDate(2025, 7, 1));
        QVERIFY(row.ok());
        const qint64 clamped = std::clamp(base, row->base.floor, row->base.ceiling);
        QCOMPARE(clamped, expectedBase);
        const auto ppm = [](const QString &percent) {
            const QStringList parts = percent.split(u'.');
            return parts.value(0).toLongLong() * 10000 + parts.value(1).leftJustified(4, u'0').toLongLong();
        };
        QCOMPARE(share(clamped, ppm(unitRatio), rounding == u"yuan" ? 100 : 1), expectedUnit);
        QCOMPARE(share(clamped, ppm(personalRatio), 1), expectedPersonal);

        qint64 unitTotal = 0, personalTotal = 0;
        for (const QJsonValue &v : lines) {
            unitTotal += v.toObject().value(u"unitAmountFen"_qs).toInteger();
            personalTotal += v.toObject().value(u"personalAmountFen"_qs).toInteger();
        }
        QCOMPARE(p.json.value(u"unitTotalFen"_qs).toInteger(), unitTotal);
        QCOMPARE(p.json.value(u"personalTotalFen"_qs).toInteger(), personalTotal);
        QCOMPARE(p.json.value(u"totalFen"_qs).toInteger(), unitTotal + personalTotal);
        QCOMPARE(p.json.value(u"employees"_qs).toInt(), 2);

        // Posting what the teller confirmed gives the very same lines.
        const Reply posted = remit(unit, {{u"month"_qs, u"2025-07"_qs},
                                          {u"expectedTotalFen"_qs, unitTotal + personalTotal},
                                          {u"expectedEmployees"_qs, 2}});
        QVERIFY2(posted.status == 201, posted.body.constData());
        const QJsonObject item = posted.json.value(u"items"_qs).toArray().at(0).toObject();
        for (const QString &key : {u"accountNumber"_qs, u"baseFen"_qs, u"unitAmountFen"_qs,
                                   u"personalAmountFen"_qs, u"amountFen"_qs})
            QCOMPARE(item.value(key), line.value(key));
        QCOMPARE(posted.json.value(u"totalFen"_qs).toInteger(), unitTotal + personalTotal);
        QCOMPARE(balance(account), expectedUnit + expectedPersonal);
        const QJsonObject receipt = posted.json.value(u"receipt"_qs).toObject();
        QCOMPARE(receipt.value(u"serial"_qs).toString(), posted.json.value(u"serial"_qs).toString());
        QVERIFY2(f().ledgerInvariantViolation().isEmpty(), qPrintable(f().ledgerInvariantViolation()));
    }

    // A refusing policy (outOfRange "refuse"): the preview and the posting refuse alike.
    void refusingPolicy()
    {
        start();
        QVERIFY(usePolicy([](QJsonObject &row) {
            QJsonObject b = row.value(u"base"_qs).toObject();
            b.insert(u"outOfRange"_qs, u"refuse"_qs);
            row.insert(u"base"_qs, b);
        }));
        const QString unit = openUnit(1);
        // Opened under the default policy's clamp: the base is stored as given.
        const QString account = openPerson(unit, 1, 500000);
        QVERIFY(exec(QStringLiteral("UPDATE accounts SET base_fen = 100000 WHERE account_number = '%1'")
                         .arg(account)));
        QCOMPARE(preview(unit, u"2025-07"_qs).code(), u"deposit.base_range"_qs);
        const Reply r = remit(unit, {{u"month"_qs, u"2025-07"_qs}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), u"deposit.base_range"_qs);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM journal WHERE business_type = '01'"_qs), 0);
    }

    void monthRules_data()
    {
        QTest::addColumn<QString>("month");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("the unit's first month") << u"2025-07"_qs << 201 << QString();
        QTest::newRow("before the unit's first month")
            << u"2025-06"_qs << 422 << u"remittance.before_first_month"_qs;
        QTest::newRow("long before") << u"2019-01"_qs << 422 << u"remittance.before_first_month"_qs;
        QTest::newRow("next month") << u"2025-08"_qs << 422 << u"remittance.month_future"_qs;
        QTest::newRow("no leading zero") << u"2025-7"_qs << 422 << u"remittance.month"_qs;
        QTest::newRow("month 13") << u"2025-13"_qs << 422 << u"remittance.month"_qs;
        QTest::newRow("full-width digits") << fullWidth(u"2025-07"_qs) << 422 << u"remittance.month"_qs;
        QTest::newRow("a day") << u"2025-07-01"_qs << 400 << u"request.field_too_long"_qs;
        QTest::newRow("empty") << QString() << 400 << u"request.field_empty"_qs;
    }

    void monthRules()
    {
        start();
        QFETCH(QString, month);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QString unit = openUnit(1);
        QVERIFY(!openPerson(unit, 1, 500000).isEmpty());
        const Reply r = remit(unit, {{u"month"_qs, month}});
        QVERIFY2(r.status == status, r.body.constData());
        QCOMPARE(r.code(), code);
        if (status == 422) {
            QCOMPARE(r.json.value(u"field"_qs).toString(), u"month"_qs);
            QCOMPARE(preview(unit, month).code(), code); // the preview judges the month alike
        }
        QCOMPARE(sql(u"SELECT COUNT(*) FROM remittances"_qs), status == 201 ? 1 : 0);
    }

    // A unit without a profile row (from before the opening business): its opening month counts.
    void unitWithoutProfile()
    {
        start();
        const QString unit = openUnit(1);
        QVERIFY(!openPerson(unit, 1, 500000).isEmpty());
        QVERIFY(exec(u"DELETE FROM unit_profiles"_qs));
        QCOMPARE(remit(unit, {{u"month"_qs, u"2025-06"_qs}}).code(), u"remittance.before_first_month"_qs);
        QCOMPARE(remit(unit, {{u"month"_qs, u"2025-07"_qs}}).status, 201);
    }

    // Who a month credits: a person whose own first month is later, a sealed account.
    void excludedPeople()
    {
        start();
        const QString unit = openUnit(1, u"2025-06"_qs);
        const QString now = openPerson(unit, 1, 500000, u"2025-06"_qs);
        const QString later = openPerson(unit, 2, 500000, u"2025-08"_qs);
        const QString sealed = openPerson(unit, 3, 500000, u"2025-06"_qs);
        QVERIFY(!now.isEmpty() && !later.isEmpty() && !sealed.isEmpty());
        QCOMPARE(f().post(u"/api/v1/accounts/"_qs + sealed + u"/seal"_qs, {{u"reason"_qs, u"01"_qs}},
                          m_teller, ServerFixture::newKey())
                     .status,
                 200);
        const Reply p = preview(unit, u"2025-07"_qs);
        QVERIFY2(p.status == 200, p.body.constData());
        QCOMPARE(p.json.value(u"employees"_qs).toInt(), 1);
        QCOMPARE(p.json.value(u"firstMonth"_qs).toString(), u"2025-06"_qs);
        const QJsonArray excluded = p.json.value(u"excluded"_qs).toArray();
        QCOMPARE(excluded.size(), 2);
        QCOMPARE(excluded.at(0).toObject().value(u"accountNumber"_qs).toString(), later);
        QCOMPARE(excluded.at(0).toObject().value(u"reason"_qs).toString(), u"first_month_later"_qs);
        QCOMPARE(excluded.at(0).toObject().value(u"firstMonth"_qs).toString(), u"2025-08"_qs);
        QCOMPARE(excluded.at(1).toObject().value(u"reason"_qs).toString(), u"sealed"_qs);
        // The roster names people: the preview is an audited read.
        QCOMPARE(sql(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'remittances.preview'"_qs), 1);
        const Reply r = remit(unit, {{u"month"_qs, u"2025-07"_qs}});
        QVERIFY2(r.status == 201, r.body.constData());
        QCOMPARE(r.json.value(u"employees"_qs).toInt(), 1);
        QCOMPARE(balance(later), 0);
        QCOMPARE(balance(now), 120000);
        // Only persons whose first month has come: nobody but `now` for 2025-06 either.
        QCOMPARE(remit(unit, {{u"month"_qs, u"2025-06"_qs}}).json.value(u"employees"_qs).toInt(), 1);
        // Every person left out: remittance.no_employees.
        const QString empty = openUnit(2);
        QVERIFY(!openPerson(empty, 4, 500000, u"2025-08"_qs).isEmpty());
        QCOMPARE(remit(empty, {{u"month"_qs, u"2025-07"_qs}}).code(), u"remittance.no_employees"_qs);
    }

    void stalePreview_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<qint64>("delta");
        QTest::newRow("total one fen less") << u"expectedTotalFen"_qs << -1LL;
        QTest::newRow("total one fen more") << u"expectedTotalFen"_qs << 1LL;
        QTest::newRow("one employee more") << u"expectedEmployees"_qs << 1LL;
    }

    void stalePreview()
    {
        start();
        QFETCH(QString, field);
        QFETCH(qint64, delta);
        const QString unit = openUnit(1);
        QVERIFY(!openPerson(unit, 1, 888888).isEmpty());
        const Reply p = preview(unit, u"2025-07"_qs);
        QCOMPARE(p.status, 200);
        // Someone joins between the preview and the confirmation: the preview is stale.
        QVERIFY(!openPerson(unit, 2, 500000).isEmpty());
        const qint64 shown =
            p.json.value(field == u"expectedEmployees" ? u"employees"_qs : u"totalFen"_qs).toInteger();
        const Reply stale = remit(unit, {{u"month"_qs, u"2025-07"_qs}, {field, shown}});
        QCOMPARE(stale.status, 409);
        QCOMPARE(stale.code(), u"remittance.preview_stale"_qs);
        QCOMPARE(stale.json.value(u"field"_qs).toString(), field);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM journal WHERE business_type = '01'"_qs), 0);
        const Reply again = preview(unit, u"2025-07"_qs);
        const qint64 now =
            again.json.value(field == u"expectedEmployees" ? u"employees"_qs : u"totalFen"_qs).toInteger();
        QCOMPARE(remit(unit, {{u"month"_qs, u"2025-07"_qs}, {field, now + delta}}).code(),
                 u"remittance.preview_stale"_qs);
        QCOMPARE(remit(unit, {{u"month"_qs, u"2025-07"_qs}, {field, now}}).status, 201);
    }

    // The same month sent four times at once (different keys), then replayed with the first key.
    void duplicateAndConcurrent()
    {
        start();
        const QString unit = f().createUnit(m_teller, 1);
        for (int p = 1; p <= 3; ++p)
            QVERIFY(!f().openAccount(m_teller, unit, p, 500000 + p * 1000).isEmpty());
        QList<Call> calls;
        for (int i = 0; i < 4; ++i)
            calls.append({"POST",
                          units(unit, u"/remittances"_qs),
                          {{u"month"_qs, u"2025-05"_qs}},
                          {{"Idempotency-Key", ServerFixture::newKey().toLatin1()}},
                          {}});
        const QList<Reply> replies = f().parallel(calls, m_teller);
        int created = 0;
        for (const Reply &r : replies) {
            QVERIFY2(r.status == 201 || (r.status == 409 && r.code() == u"remittance.duplicate"),
                     r.body.constData());
            created += r.status == 201 ? 1 : 0;
        }
        QCOMPARE(created, 1);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM journal WHERE business_type = '01' AND month = '2025-05'"_qs), 3);
        const QString key = ServerFixture::newKey();
        const Reply first = remit(unit, {{u"month"_qs, u"2025-06"_qs}}, key);
        const Reply replay = remit(unit, {{u"month"_qs, u"2025-06"_qs}}, key);
        QCOMPARE(first.status, 201);
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.headers.value("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(replay.json.value(u"serial"_qs), first.json.value(u"serial"_qs));
        QCOMPARE(sql(u"SELECT COUNT(*) FROM journal WHERE business_type = '01' AND month = '2025-06'"_qs), 3);
        QCOMPARE(remit(unit, {{u"month"_qs, u"2025-06"_qs}}).code(), u"remittance.duplicate"_qs);
        QCOMPARE(preview(unit, u"2025-06"_qs).status, 409);
        QVERIFY2(f().ledgerInvariantViolation().isEmpty(), qPrintable(f().ledgerInvariantViolation()));
    }

    void listPostedAt()
    {
        start();
        const QString unit = f().createUnit(m_teller, 1);
        QVERIFY(!f().openAccount(m_teller, unit, 1, 500000).isEmpty());
        QCOMPARE(remit(unit, {{u"month"_qs, u"2025-06"_qs}}).status, 201);
        const Reply list = f().get(units(unit, u"/remittances"_qs), m_teller);
        QCOMPARE(list.status, 200);
        const QString postedAt =
            list.json.value(u"items"_qs).toArray().at(0).toObject().value(u"postedAt"_qs).toString();
        const QDateTime at = QDateTime::fromString(postedAt, Qt::ISODate);
        QVERIFY2(at.isValid(), qPrintable(postedAt));
        QCOMPARE(at.toSecsSinceEpoch(), f().clock().now().toSecsSinceEpoch());
    }

    // Back payments: person 1 paid in 2025-05 (base 5,000.00, 12% + 12%), 2025-04 unpaid.
    void backPayment_data()
    {
        QTest::addColumn<QString>("month");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QJsonObject>("row"); // "self" stands for person 1's account
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("rowField");
        QTest::addColumn<qint64>("unitFen");
        QTest::addColumn<qint64>("personalFen");
        const auto row = [](std::optional<qint64> base, std::optional<qint64> amount) {
            return rowOf(u"self"_qs, base, amount);
        };
        QTest::newRow("01 unpaid month") << u"2025-04"_qs << u"01"_qs << row({}, {}) << 201 << QString()
                                         << QString() << 60000LL << 60000LL;
        QTest::newRow("01 with its own base") << u"2025-04"_qs << u"01"_qs << row(600000, {}) << 201
                                              << QString() << QString() << 72000LL << 72000LL;
        QTest::newRow("01 base clamped") << u"2025-04"_qs << u"01"_qs << row(100000, {}) << 201 << QString()
                                         << QString() << 24240LL << 24240LL;
        QTest::newRow("01 paid month") << u"2025-05"_qs << u"01"_qs << row({}, {}) << 422
                                       << u"backpay.month_paid"_qs << u"accountNumber"_qs << 0LL << 0LL;
        QTest::newRow("01 with an amount") << u"2025-04"_qs << u"01"_qs << row({}, 500) << 422
                                           << u"backpay.amount"_qs << u"amountFen"_qs << 0LL << 0LL;
        QTest::newRow("02 new base") << u"2025-05"_qs << u"02"_qs << row(600000, {}) << 201 << QString()
                                     << QString() << 12000LL << 12000LL;
        QTest::newRow("02 new base and its amount") << u"2025-05"_qs << u"02"_qs << row(600000, 24000) << 201
                                                    << QString() << QString() << 12000LL << 12000LL;
        QTest::newRow("02 amount mismatch") << u"2025-05"_qs << u"02"_qs << row(600000, 24001) << 422
                                            << u"backpay.amount_mismatch"_qs << u"amountFen"_qs << 0LL << 0LL;
        QTest::newRow("02 lower base") << u"2025-05"_qs << u"02"_qs << row(400000, {}) << 422
                                       << u"backpay.no_difference"_qs << u"baseFen"_qs << 0LL << 0LL;
        QTest::newRow("04 odd amount split") << u"2025-05"_qs << u"04"_qs << row({}, 3001) << 201 << QString()
                                             << QString() << 1501LL << 1500LL;
        QTest::newRow("04 nothing given") << u"2025-05"_qs << u"04"_qs << row({}, {}) << 422
                                          << u"backpay.amount_required"_qs << u"amountFen"_qs << 0LL << 0LL;
        QTest::newRow("04 unpaid month") << u"2025-04"_qs << u"04"_qs << row({}, 100) << 422
                                         << u"backpay.month_unpaid"_qs << u"accountNumber"_qs << 0LL << 0LL;
        QTest::newRow("04 negative amount") << u"2025-05"_qs << u"04"_qs << row({}, -5) << 422
                                            << u"backpay.amount"_qs << u"amountFen"_qs << 0LL << 0LL;
        QTest::newRow("03 month never deferred") << u"2025-04"_qs << u"03"_qs << row({}, {}) << 422
                                                 << u"backpay.not_deferred"_qs << QString() << 0LL << 0LL;
        QTest::newRow("this month") << u"2025-07"_qs << u"01"_qs << row({}, {}) << 422 << u"backpay.month"_qs
                                    << QString() << 0LL << 0LL;
        QTest::newRow("24 months back (the test policy's limit)")
            << u"2023-07"_qs << u"01"_qs << row({}, {}) << 201 << QString() << QString() << 60000LL
            << 60000LL;
        QTest::newRow("25 months back") << u"2023-06"_qs << u"01"_qs << row({}, {}) << 422
                                        << u"backpay.too_far_back"_qs << QString() << 0LL << 0LL;
        QTest::newRow("unknown reason") << u"2025-04"_qs << u"05"_qs << row({}, {}) << 422
                                        << u"backpay.reason"_qs << QString() << 0LL << 0LL;
        QTest::newRow("full-width month") << fullWidth(u"2025-04"_qs) << u"01"_qs << row({}, {}) << 422
                                          << u"backpay.month"_qs << QString() << 0LL << 0LL;
    }

    void backPayment()
    {
        QFETCH(QString, month);
        QFETCH(QString, reason);
        QFETCH(QJsonObject, row);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, rowField);
        QFETCH(qint64, unitFen);
        QFETCH(qint64, personalFen);
        start();
        QVERIFY(usePolicyJson([](QJsonObject &root) {
            QJsonObject c = root.value(u"contribution"_qs).toObject();
            c.insert(u"backPayMaxMonths"_qs, 24);
            root.insert(u"contribution"_qs, c);
        }));
        const QString unit = f().createUnit(m_teller, 1);
        const QString account = f().openAccount(m_teller, unit, 1, 500000);
        QVERIFY(!account.isEmpty());
        QCOMPARE(remit(unit, {{u"month"_qs, u"2025-05"_qs}}).status, 201);
        const qint64 before = balance(account);
        row.insert(u"accountNumber"_qs, account);
        const Reply r =
            f().post(units(unit, u"/back-payments"_qs),
                     {{u"month"_qs, month}, {u"reason"_qs, reason}, {u"rows"_qs, QJsonArray{row}}}, m_teller,
                     ServerFixture::newKey());
        QVERIFY2(r.status == status, r.body.constData());
        if (status == 201) {
            const QJsonObject line = r.json.value(u"lines"_qs).toArray().at(0).toObject();
            QCOMPARE(line.value(u"unitAmountFen"_qs).toInteger(), unitFen);
            QCOMPARE(line.value(u"personalAmountFen"_qs).toInteger(), personalFen);
            QCOMPARE(line.value(u"amountFen"_qs).toInteger(), unitFen + personalFen);
            QCOMPARE(r.json.value(u"totalFen"_qs).toInteger(), unitFen + personalFen);
            QCOMPARE(balance(account), before + unitFen + personalFen);
            QCOMPARE(line.value(u"balanceFen"_qs).toInteger(), before + unitFen + personalFen);
            QCOMPARE(
                sql(QStringLiteral("SELECT COUNT(*) FROM journal WHERE business_type = '02' AND month = '%1'")
                        .arg(month)),
                1);
            QCOMPARE(r.json.value(u"receipt"_qs).toObject().value(u"serial"_qs), r.json.value(u"serial"_qs));
            QCOMPARE(
                sql(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'remittances.backPay' AND outcome = 'ok'"_qs),
                1);
            const Reply list = f().get(units(unit, u"/back-payments"_qs), m_teller);
            QCOMPARE(list.json.value(u"items"_qs).toArray().at(0).toObject().value(u"reason"_qs).toString(),
                     reason);
        } else {
            QCOMPARE(r.code(), rowField.isEmpty() ? code : u"backpay.rows"_qs);
            if (!rowField.isEmpty()) {
                const QJsonObject e = r.json.value(u"rows"_qs).toArray().at(0).toObject();
                QCOMPARE(e.value(u"row"_qs).toInt(), 0);
                QCOMPARE(e.value(u"field"_qs).toString(), rowField);
                QCOMPARE(e.value(u"code"_qs).toString(), code);
            }
            QCOMPARE(balance(account), before);
            QCOMPARE(sql(u"SELECT COUNT(*) FROM back_payments"_qs), 0);
        }
        QVERIFY2(f().ledgerInvariantViolation().isEmpty(), qPrintable(f().ledgerInvariantViolation()));
    }

    // Row refusals of a list: every bad row named, nothing posted; then the good rows alone post.
    void backPaymentRows()
    {
        start();
        const QString unit = f().createUnit(m_teller, 1);
        const QString a = f().openAccount(m_teller, unit, 1, 500000);
        const QString b = f().openAccount(m_teller, unit, 2, 500000);
        const QString joinedLater = f().openAccount(m_teller, unit, 3, 500000);
        const QString otherUnit = f().createUnit(m_teller, 2);
        const QString stranger = f().openAccount(m_teller, otherUnit, 4, 500000);
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !joinedLater.isEmpty() && !stranger.isEmpty());
        QVERIFY(exec(
            QStringLiteral("UPDATE account_profiles SET first_month = '2025-05' WHERE account_id = (SELECT "
                           "id FROM accounts WHERE account_number = '%1')")
                .arg(joinedLater)));
        const QJsonArray rows{rowOf(fullWidth(a)), rowOf(a),      rowOf(stranger), rowOf(joinedLater),
                              rowOf(u"1234"_qs),   QJsonValue(7), rowOf(b)};
        const QJsonObject body{{u"month"_qs, u"2025-04"_qs}, {u"reason"_qs, u"01"_qs}, {u"rows"_qs, rows}};
        const Reply r = f().post(units(unit, u"/back-payments"_qs), body, m_teller, ServerFixture::newKey());
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), u"backpay.rows"_qs);
        QStringList got;
        for (const QJsonValue &v : r.json.value(u"rows"_qs).toArray())
            got << QString::number(v.toObject().value(u"row"_qs).toInt()) + u':' +
                       v.toObject().value(u"code"_qs).toString();
        QCOMPARE(got, (QStringList{u"1:backpay.duplicate_row"_qs, u"2:backpay.not_employee"_qs,
                                   u"3:backpay.before_first_month"_qs, u"4:account_number.length"_qs,
                                   u"5:request.field_type"_qs}));
        QCOMPARE(sql(u"SELECT COUNT(*) FROM journal WHERE business_type = '02'"_qs), 0);
        // The full-width number of row 0 is `a`; with the bad rows gone the list posts.
        const Reply ok = f().post(units(unit, u"/back-payments"_qs),
                                  {{u"month"_qs, u"2025-04"_qs},
                                   {u"reason"_qs, u"01"_qs},
                                   {u"memo"_qs, u"漏缴两人"_qs},
                                   {u"rows"_qs, QJsonArray{rowOf(fullWidth(a)), rowOf(b)}}},
                                  m_teller, ServerFixture::newKey());
        QVERIFY2(ok.status == 201, ok.body.constData());
        QCOMPARE(ok.json.value(u"employees"_qs).toInt(), 2);
        QCOMPARE(ok.json.value(u"totalFen"_qs).toInteger(), 240000);
        // The same person-month again is paid now.
        const Reply again = f().post(
            units(unit, u"/back-payments"_qs),
            {{u"month"_qs, u"2025-04"_qs}, {u"reason"_qs, u"01"_qs}, {u"rows"_qs, QJsonArray{rowOf(a)}}},
            m_teller, ServerFixture::newKey());
        QCOMPARE(again.json.value(u"rows"_qs).toArray().at(0).toObject().value(u"code"_qs).toString(),
                 u"backpay.month_paid"_qs);
        // A month before the unit's first month.
        QVERIFY(backdate(unit, u"2025-03"_qs));
        QCOMPARE(f().post(units(unit, u"/back-payments"_qs),
                          {{u"month"_qs, u"2025-02"_qs},
                           {u"reason"_qs, u"01"_qs},
                           {u"rows"_qs, QJsonArray{rowOf(a)}}},
                          m_teller, ServerFixture::newKey())
                     .code(),
                 u"remittance.before_first_month"_qs);
        QCOMPARE(
            f().post(units(unit, u"/back-payments"_qs),
                     {{u"month"_qs, u"2025-04"_qs}, {u"reason"_qs, u"01"_qs}, {u"rows"_qs, QJsonArray{}}},
                     m_teller, ServerFixture::newKey())
                .code(),
            u"list.empty"_qs);
        QVERIFY2(f().ledgerInvariantViolation().isEmpty(), qPrintable(f().ledgerInvariantViolation()));
    }

    // Two back payments of the same person-month at once: one posts, the other finds it paid.
    void concurrentBackPayments()
    {
        start();
        const QString unit = f().createUnit(m_teller, 1);
        const QString a = f().openAccount(m_teller, unit, 1, 500000);
        QList<Call> calls;
        for (int i = 0; i < 3; ++i)
            calls.append(
                {"POST",
                 units(unit, u"/back-payments"_qs),
                 {{u"month"_qs, u"2025-04"_qs}, {u"reason"_qs, u"01"_qs}, {u"rows"_qs, QJsonArray{rowOf(a)}}},
                 {{"Idempotency-Key", ServerFixture::newKey().toLatin1()}},
                 {}});
        int created = 0;
        for (const Reply &r : f().parallel(calls, m_teller)) {
            QVERIFY2(r.status == 201 || r.code() == u"backpay.rows", r.body.constData());
            created += r.status == 201 ? 1 : 0;
        }
        QCOMPARE(created, 1);
        QCOMPARE(balance(a), 120000);
        QVERIFY2(f().ledgerInvariantViolation().isEmpty(), qPrintable(f().ledgerInvariantViolation()));
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerContribution(b); });
}

#include "tst_server_contribution.moc"
