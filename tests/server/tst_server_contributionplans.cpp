// Deferrals (缓缴) and the yearly base and ratio adjustment (基数调整) through the HTTP API (issue 17):
// the supervisor grant, month rules and overlaps, the deferred month's remittance refused and its
// back payment with reason 03 afterwards; adjustment rows matched by identity (full-width digits,
// a lower-case x), clamped to floor and ceiling, refused per row (wrong name, unknown person,
// duplicates, the policy's refusal), the duplicate year, ratios out of range, and the remittances
// before and after the effective day on the old and the new base. SQLite and PostgreSQL.
#include "contributionhelpers.h"
#include "server.h"

#include <QJsonArray>
#include <QTest>

using namespace hpf;
using namespace hpf::test;

namespace {

QString fullWidth(const QString &s)
{
    QString out;
    for (QChar c : s)
        out += c.isDigit() ? QChar(c.unicode() - u'0' + 0xFF10) : c;
    return out;
}

// A demo person whose citizen number ends in X (the lower-case x case).
int personWithX()
{
    for (int i = 100; i < 2000; ++i) {
        if (server::demoIdentityNumber(i).endsWith(u'X'))
            return i;
    }
    return -1;
}

QJsonObject adjustmentRow(int person, qint64 baseFen, const QString &name = {}, const QString &number = {})
{
    return {{u"documentType"_qs, u"01"_qs},
            {u"documentNumber"_qs, number.isEmpty() ? server::demoIdentityNumber(person) : number},
            {u"name"_qs, name.isEmpty() ? QStringLiteral("职工%1").arg(person) : name},
            {u"baseFen"_qs, baseFen}};
}

} // namespace

class TestServerContributionPlans : public ContributionSuite
{
    Q_OBJECT
public:
    using ContributionSuite::ContributionSuite;

private:
    Reply defer(const QString &unit, const QJsonObject &body, bool withGrant = true)
    {
        const QString path = units(unit, u"/deferrals"_qs);
        const QString key = ServerFixture::newKey();
        QList<QPair<QByteArray, QByteArray>> headers;
        if (withGrant)
            headers.append(
                {"X-Supervisor-Grant", f().grantFor(m_teller, u"supervisor1"_qs, key, path, body)});
        return f().post(path, body, m_teller, key, headers);
    }

    static QJsonObject months(const QString &from, const QString &to)
    {
        return {{u"fromMonth"_qs, from}, {u"toMonth"_qs, to}, {u"reason"_qs, u"生产经营困难"_qs}};
    }

private slots:
    void deferralLifecycle()
    {
        start();
        const QString unit = f().createUnit(m_teller, 1);
        const QString account = f().openAccount(m_teller, unit, 1, 500000);
        QVERIFY(!account.isEmpty());
        // Always under a supervisor.
        const Reply refused = defer(unit, months(u"2025-07"_qs, u"2025-09"_qs), false);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.code(), u"grant.required"_qs);
        const Reply made = defer(unit, months(u"2025-07"_qs, u"2025-09"_qs));
        QVERIFY2(made.status == 201, made.body.constData());
        const QJsonObject deferral = made.json.value(u"deferral"_qs).toObject();
        QCOMPARE(deferral.value(u"approvedBy"_qs).toString(), u"supervisor1"_qs);
        QCOMPARE(deferral.value(u"status"_qs).toString(), u"approved"_qs);
        QCOMPARE(made.json.value(u"receipt"_qs).toObject().value(u"serial"_qs), deferral.value(u"serial"_qs));
        // The deferred month is not remitted; the preview says so too.
        const Reply remit = f().post(units(unit, u"/remittances"_qs), {{u"month"_qs, u"2025-07"_qs}},
                                     m_teller, ServerFixture::newKey());
        QCOMPARE(remit.status, 409);
        QCOMPARE(remit.code(), u"remittance.deferred"_qs);
        QCOMPARE(preview(unit, u"2025-07"_qs).code(), u"remittance.deferred"_qs);
        QCOMPARE(defer(unit, months(u"2025-09"_qs, u"2025-10"_qs)).code(), u"deferral.overlap"_qs);
        QCOMPARE(defer(unit, months(u"2025-10"_qs, u"2025-10"_qs)).status, 201);

        // Three months on, the deferral has ended; its months are paid with reason 03.
        f().clock().advanceDays(92);
        start();
        const Reply list = f().get(units(unit, u"/deferrals"_qs), m_teller);
        QCOMPARE(list.status, 200);
        const QJsonArray items = list.json.value(u"items"_qs).toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(1).toObject().value(u"status"_qs).toString(), u"ended"_qs);
        const QJsonObject row{{u"accountNumber"_qs, account}};
        const Reply back =
            f().post(units(unit, u"/back-payments"_qs),
                     {{u"month"_qs, u"2025-08"_qs}, {u"reason"_qs, u"03"_qs}, {u"rows"_qs, QJsonArray{row}}},
                     m_teller, ServerFixture::newKey());
        QVERIFY2(back.status == 201, back.body.constData());
        QCOMPARE(back.json.value(u"totalFen"_qs).toInteger(), 120000);
        QCOMPARE(back.json.value(u"reasonLabel"_qs).toString(), u"缓缴期满补缴"_qs);
        QVERIFY2(f().ledgerInvariantViolation().isEmpty(), qPrintable(f().ledgerInvariantViolation()));
    }

    void deferralMonths_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("this month only") << u"2025-07"_qs << u"2025-07"_qs << 201 << QString() << QString();
        QTest::newRow("twelve months") << u"2025-08"_qs << u"2026-07"_qs << 201 << QString() << QString();
        QTest::newRow("thirteen months")
            << u"2025-08"_qs << u"2026-08"_qs << 422 << u"deferral.months"_qs << u"toMonth"_qs;
        QTest::newRow("starts last month")
            << u"2025-06"_qs << u"2025-08"_qs << 422 << u"deferral.months"_qs << u"fromMonth"_qs;
        QTest::newRow("reversed") << u"2025-09"_qs << u"2025-08"_qs << 422 << u"deferral.months"_qs
                                  << u"toMonth"_qs;
        QTest::newRow("full-width") << fullWidth(u"2025-08"_qs) << u"2025-09"_qs << 422
                                    << u"deferral.months"_qs << u"fromMonth"_qs;
        QTest::newRow("a paid month")
            << u"2025-06"_qs << u"2025-06"_qs << 422 << u"deferral.months"_qs << u"fromMonth"_qs;
    }

    void deferralMonths()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        start();
        const QString unit = f().createUnit(m_teller, 1);
        QVERIFY(!f().openAccount(m_teller, unit, 1, 500000).isEmpty());
        const Reply r = defer(unit, months(from, to));
        QVERIFY2(r.status == status, r.body.constData());
        QCOMPARE(r.code(), code);
        QCOMPARE(r.json.value(u"field"_qs).toString(), field);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM deferrals"_qs), status == 201 ? 1 : 0);
    }

    void deferralOfAPaidMonth()
    {
        start();
        const QString unit = f().createUnit(m_teller, 1);
        QVERIFY(!f().openAccount(m_teller, unit, 1, 500000).isEmpty());
        QCOMPARE(f().post(units(unit, u"/remittances"_qs), {{u"month"_qs, u"2025-07"_qs}}, m_teller,
                          ServerFixture::newKey())
                     .status,
                 201);
        const Reply r = defer(unit, months(u"2025-07"_qs, u"2025-08"_qs));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), u"deferral.month_paid"_qs);
    }

    // One unit, seven people under it (person 1..6 and one whose number ends in X).
    void adjustmentRows()
    {
        start();
        const QString unit = f().createUnit(m_teller, 1);
        const int x = personWithX();
        QVERIFY(x > 0);
        QStringList accounts;
        for (int p : {1, 2, 3, 4, 5, 6, x})
            accounts << f().openAccount(m_teller, unit, p, 500000);
        QVERIFY(!accounts.contains(QString()));
        const QString otherUnit = f().createUnit(m_teller, 2);
        QVERIFY(!f().openAccount(m_teller, otherUnit, 9, 500000).isEmpty());
        QString lowerX = server::demoIdentityNumber(x);
        lowerX.replace(u'X', u'x');
        const QJsonArray rows{
            adjustmentRow(1, 600000),                                               // 0 plain
            adjustmentRow(2, 100000),                                               // 1 floor
            adjustmentRow(3, 3000000),                                              // 2 ceiling
            adjustmentRow(4, 700000, {}, fullWidth(server::demoIdentityNumber(4))), // 3 full-width
            adjustmentRow(x, 650000, {}, lowerX),                                   // 4 lower-case x
            adjustmentRow(5, 700000, u"别人"_qs),                                   // 5 wrong name
            adjustmentRow(9, 700000),                                               // 6 not an employee
            adjustmentRow(1, 710000),                                               // 7 duplicate
            adjustmentRow(6, 0),                                                    // 8 base 0
            QJsonObject{{u"documentType"_qs, u"77"_qs},
                        {u"documentNumber"_qs, u"A1"_qs},
                        {u"name"_qs, u"某人"_qs},
                        {u"baseFen"_qs, 1}}, // 9 document type
        };
        const QJsonObject body{{u"year"_qs, 2025}, {u"rows"_qs, rows}};
        const Reply v = f().post(units(unit, u"/base-adjustments/validate"_qs), body, m_teller);
        QVERIFY2(v.status == 200, v.body.constData());
        QCOMPARE(v.json.value(u"effectiveFrom"_qs).toString(), u"2025-07-01"_qs);
        QCOMPARE(v.json.value(u"errors"_qs).toInt(), 5);
        QCOMPARE(v.json.value(u"clamped"_qs).toInt(), 2);
        // Persons 5 (the wrong name) and 6 (base 0) are not matched: they would keep their base.
        QCOMPARE(v.json.value(u"unchanged"_qs).toInt(), 2);
        QStringList got;
        for (const QJsonValue &row : v.json.value(u"rows"_qs).toArray()) {
            const QJsonObject o = row.toObject();
            got << QStringLiteral("%1:%2:%3:%4")
                       .arg(o.value(u"row"_qs).toInt())
                       .arg(o.value(u"newBaseFen"_qs).toInteger())
                       .arg(o.value(u"clamp"_qs).toString(), o.value(u"code"_qs).toString());
        }
        QCOMPARE(got, (QStringList{
                          u"0:600000:none:"_qs, u"1:202000:floor:"_qs, u"2:2586600:ceiling:"_qs,
                          u"3:700000:none:"_qs, u"4:650000:none:"_qs, u"5:0:none:adjustment.name_mismatch"_qs,
                          u"6:0:none:adjustment.not_employee"_qs, u"7:0:none:adjustment.duplicate_row"_qs,
                          u"8:0:none:deposit.base_invalid"_qs, u"9:0:none:identity.document_type"_qs}));
        // Submitting the same list changes nothing.
        const Reply refused =
            f().post(units(unit, u"/base-adjustments"_qs), body, m_teller, ServerFixture::newKey());
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.code(), u"adjustment.rows"_qs);
        QCOMPARE(refused.json.value(u"rows"_qs).toArray().size(), 5);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM base_adjustments"_qs), 0);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM accounts WHERE base_fen <> 500000"_qs), 0);
    }

    // The new base and ratio apply from the effective day (2025-07-01) on, the old ones before it.
    void adjustmentThenRemittances()
    {
        start();
        const QString unit = f().createUnit(m_teller, 1);
        const QString a = f().openAccount(m_teller, unit, 1, 500000);
        const QString b = f().openAccount(m_teller, unit, 2, 500000);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        const QJsonObject body{{u"year"_qs, 2025},
                               {u"unitRatio"_qs, u"10"_qs},
                               {u"rows"_qs, QJsonArray{adjustmentRow(1, 800000)}}};
        const Reply r =
            f().post(units(unit, u"/base-adjustments"_qs), body, m_teller, ServerFixture::newKey());
        QVERIFY2(r.status == 201, r.body.constData());
        QCOMPARE(r.json.value(u"count"_qs).toInt(), 1);
        QCOMPARE(r.json.value(u"unchanged"_qs).toInt(), 1);
        QCOMPARE(r.json.value(u"receipt"_qs).toObject().value(u"serial"_qs), r.json.value(u"serial"_qs));
        // One audit record with counts and sums before and after, not the rows.
        QCOMPARE(sql(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'adjustments.submit'"_qs), 1);
        {
            auto conn = f().database().connection();
            QVERIFY(conn.ok());
            server::Query q(
                *conn,
                u"SELECT before_state, after_state FROM audit_log WHERE operation = 'adjustments.submit'"_qs);
            QVERIFY(q.exec().ok() && q.next());
            QVERIFY2(q.str(0).contains(u"\"baseSumFen\":500000"_qs), qPrintable(q.str(0)));
            QVERIFY2(q.str(1).contains(u"\"baseSumFen\":800000"_qs), qPrintable(q.str(1)));
        }
        const Reply june = f().post(units(unit, u"/remittances"_qs), {{u"month"_qs, u"2025-06"_qs}}, m_teller,
                                    ServerFixture::newKey());
        QVERIFY2(june.status == 201, june.body.constData());
        QCOMPARE(june.json.value(u"items"_qs).toArray().at(0).toObject().value(u"amountFen"_qs).toInteger(),
                 120000); // 5,000.00 × (12% + 12%)
        const Reply july = preview(unit, u"2025-07"_qs);
        const QJsonObject line = july.json.value(u"lines"_qs).toArray().at(0).toObject();
        QCOMPARE(line.value(u"baseFen"_qs).toInteger(), 800000);
        QCOMPARE(line.value(u"unitRatio"_qs).toString(), u"10.00"_qs); // finance::toPercentString
        QCOMPARE(line.value(u"unitAmountFen"_qs).toInteger(), 80000);
        QCOMPARE(line.value(u"personalAmountFen"_qs).toInteger(), 96000);
        // Person 2 was not in the list: the old base, the new unit ratio.
        QCOMPARE(july.json.value(u"lines"_qs).toArray().at(1).toObject().value(u"amountFen"_qs).toInteger(),
                 110000);
        // A back payment of June's difference (02) after the adjustment uses June's base as paid.
        const Reply diff = f().post(
            units(unit, u"/back-payments"_qs),
            {{u"month"_qs, u"2025-06"_qs},
             {u"reason"_qs, u"02"_qs},
             {u"rows"_qs, QJsonArray{QJsonObject{{u"accountNumber"_qs, a}, {u"baseFen"_qs, 600000}}}}},
            m_teller, ServerFixture::newKey());
        QVERIFY2(diff.status == 201, diff.body.constData());
        QCOMPARE(diff.json.value(u"totalFen"_qs).toInteger(), 24000);
        // The year once only; years out of range; ratios out of the policy's range.
        QCOMPARE(
            f().post(units(unit, u"/base-adjustments"_qs), body, m_teller, ServerFixture::newKey()).code(),
            u"adjustment.duplicate"_qs);
        QJsonObject earlier = body;
        earlier.insert(u"year"_qs, 2024);
        QCOMPARE(f().post(units(unit, u"/base-adjustments/validate"_qs), earlier, m_teller).code(),
                 u"adjustment.year"_qs);
        QJsonObject far = body;
        far.insert(u"year"_qs, 2023);
        QCOMPARE(f().post(units(unit, u"/base-adjustments/validate"_qs), far, m_teller).code(),
                 u"adjustment.year"_qs);
        QJsonObject ratio = body;
        ratio.insert(u"year"_qs, 2026);
        ratio.insert(u"unitRatio"_qs, u"13"_qs);
        const Reply high = f().post(units(unit, u"/base-adjustments/validate"_qs), ratio, m_teller);
        QCOMPARE(high.code(), u"deposit.ratio_range"_qs);
        QCOMPARE(high.json.value(u"field"_qs).toString(), u"unitRatio"_qs);
        ratio.insert(u"unitRatio"_qs, u"abc"_qs);
        QCOMPARE(
            f().post(units(unit, u"/base-adjustments/validate"_qs), ratio, m_teller).json.value(u"field"_qs),
            QJsonValue(u"unitRatio"_qs));
        const Reply list = f().get(units(unit, u"/base-adjustments"_qs), m_teller);
        QCOMPARE(list.json.value(u"items"_qs).toArray().size(), 1);
        QVERIFY2(f().ledgerInvariantViolation().isEmpty(), qPrintable(f().ledgerInvariantViolation()));
    }

    // outOfRange "refuse": a base outside the range is a row error, not a clamp.
    void adjustmentRefusedByPolicy()
    {
        start();
        QVERIFY(usePolicy([](QJsonObject &row) {
            QJsonObject b = row.value(u"base"_qs).toObject();
            b.insert(u"outOfRange"_qs, u"refuse"_qs);
            row.insert(u"base"_qs, b);
        }));
        const QString unit = f().createUnit(m_teller, 1);
        QVERIFY(!f().openAccount(m_teller, unit, 1, 500000).isEmpty());
        const Reply v =
            f().post(units(unit, u"/base-adjustments/validate"_qs),
                     {{u"year"_qs, 2025}, {u"rows"_qs, QJsonArray{adjustmentRow(1, 3000000)}}}, m_teller);
        QCOMPARE(v.status, 200);
        const QJsonObject row = v.json.value(u"rows"_qs).toArray().at(0).toObject();
        QCOMPARE(row.value(u"code"_qs).toString(), u"deposit.base_range"_qs);
        QCOMPARE(row.value(u"field"_qs).toString(), u"baseFen"_qs);
    }

    // The same list submitted twice at once: one adjustment.
    void concurrentSubmits()
    {
        start();
        const QString unit = f().createUnit(m_teller, 1);
        QVERIFY(!f().openAccount(m_teller, unit, 1, 500000).isEmpty());
        const QJsonObject body{{u"year"_qs, 2025}, {u"rows"_qs, QJsonArray{adjustmentRow(1, 800000)}}};
        QList<Call> calls;
        for (int i = 0; i < 3; ++i)
            calls.append({"POST",
                          units(unit, u"/base-adjustments"_qs),
                          body,
                          {{"Idempotency-Key", ServerFixture::newKey().toLatin1()}},
                          {}});
        int created = 0;
        for (const Reply &r : f().parallel(calls, m_teller)) {
            QVERIFY2(r.status == 201 || r.code() == u"adjustment.duplicate", r.body.constData());
            created += r.status == 201 ? 1 : 0;
        }
        QCOMPARE(created, 1);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM base_adjustment_rows"_qs), 1);
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerContributionPlans(b); });
}

#include "tst_server_contributionplans.moc"
