// The supervisor's day view (issue 19), on both backends: the day's operations counted by business
// and hour from real requests at set times (refusals, reads, sign-ins, other days and other
// branches not counted), what waits for a supervisor, the day's grants, the workstations' outbox
// reports, and the date's range.
#include "platform/auth/userservice.h"
#include "platform/store/sql.h"
#include "serverfixture.h"
#include "suitebase.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace hpf;
using namespace hpf::test;

namespace {

const QDate kDay(2025, 7, 15);

// One request at a time of the day: hour -1 is the day before at 23:30, 24 the day after at 00:30.
struct Step
{
    int hour;
    QString user;
    QString action; // unit, account, seal, refused (the same unit again), read
};

QDateTime at(int hour)
{
    if (hour < 0)
        return QDateTime(kDay.addDays(-1), QTime(23, 30));
    if (hour > 23)
        return QDateTime(kDay.addDays(1), QTime(0, 30));
    return QDateTime(kDay, QTime(hour, 30));
}

// "business@hour=count" for every hour with operations, sorted, space-separated.
QString hoursText(const QJsonObject &day)
{
    QStringList out;
    for (const QJsonValue &v : day.value(u"byHour"_qs).toArray()) {
        const QJsonArray hours = v.toObject().value(u"hours"_qs).toArray();
        if (hours.size() != 24)
            return u"not 24 hours"_qs;
        for (int h = 0; h < 24; ++h) {
            if (hours.at(h).toInteger() != 0)
                out << QStringLiteral("%1@%2=%3")
                           .arg(v.toObject().value(u"business"_qs).toString())
                           .arg(h)
                           .arg(hours.at(h).toInteger());
        }
    }
    out.sort();
    return out.join(u' ');
}

// byBusiness and total must say what byHour says.
bool consistent(const QJsonObject &day)
{
    qint64 total = 0;
    QHash<QString, qint64> perBusiness;
    for (const QJsonValue &v : day.value(u"byHour"_qs).toArray()) {
        for (const QJsonValue &n : v.toObject().value(u"hours"_qs).toArray()) {
            perBusiness[v.toObject().value(u"business"_qs).toString()] += n.toInteger();
            total += n.toInteger();
        }
    }
    for (const QJsonValue &v : day.value(u"byBusiness"_qs).toArray()) {
        if (perBusiness.take(v.toObject().value(u"business"_qs).toString()) !=
            v.toObject().value(u"count"_qs).toInteger())
            return false;
    }
    return perBusiness.isEmpty() && total == day.value(u"total"_qs).toInteger();
}

} // namespace

Q_DECLARE_METATYPE(QList<Step>)

class TestServerSupervision : public ServerSuite
{
    Q_OBJECT
public:
    using ServerSuite::ServerSuite;

private:
    // A supervisor of 0002 (the fixture's two are both of 0001).
    void addSupervisorOf0002()
    {
        crypto::ScryptParams fast;
        fast.n = 1024;
        QVERIFY(server::addUser(f().database(), u"supervisor3"_qs, u"supervisor3"_qs, u"supervisor"_qs,
                                u"0002"_qs, u"pw-supervisor3"_qs, fast, f().clock().now().toMSecsSinceEpoch())
                    .ok());
    }

    QJsonObject day(const QString &user, int expectStatus = 200, const QString &query = {})
    {
        const Reply r = f().get(u"/api/v1/supervision/day"_qs + (query.isEmpty() ? QString() : u'?' + query),
                                f().login(user));
        if (r.status != expectStatus)
            qWarning() << r.status << r.body;
        return r.status == expectStatus ? r.json : QJsonObject{{u"status"_qs, r.status}};
    }

    Reply report(const QString &user, const QJsonObject &body, const QByteArray &workstation)
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!workstation.isEmpty())
            headers.append({"X-Workstation", workstation});
        return f().post(u"/api/v1/supervision/workstation-report"_qs, body, f().login(user), {}, headers);
    }

    void insertReviewedApplication(const QString &serial, const QString &branch)
    {
        auto conn = f().database().connection();
        QVERIFY(conn.ok());
        server::Query q(
            *conn, u"INSERT INTO loan_applications (serial, kind, status, officer_id, branch_id, "
                   "applied_on, due_on, amount_fen, term_months, method, home_order, rate_ppm, "
                   "property_address, price_fen, purchase_contract, bank_code, judgement, created_at, "
                   "updated_at) SELECT :s, 'fund', 'reviewed', u.id, b.id, '2025-07-01', '2025-07-16', "
                   "10000000, 120, 'equal_installment', 1, 26000, '测试路3号', 100000000, 'GF-3', '105', "
                   "'{}', 0, 0 FROM users u, branches b WHERE u.username = 'loan1' AND b.code = :b"_qs);
        q.bind(u":s"_qs, serial).bind(u":b"_qs, branch);
        QVERIFY(q.exec().ok());
    }

private slots:
    void countsByHourAndBusiness_data()
    {
        QTest::addColumn<QList<Step>>("steps");
        QTest::addColumn<QString>("branch0001"); // what supervisor1 sees
        QTest::addColumn<QString>("branch0002"); // what a supervisor of 0002 sees
        QTest::addColumn<qint64>("centerTotal"); // what the auditor (head office) counts
        const QString t1 = u"teller1"_qs, t1b = u"teller1b"_qs, t2 = u"teller2"_qs;
        QTest::newRow("empty day") << QList<Step>{} << QString() << QString() << qint64(0);
        QTest::newRow("one unit at 9")
            << QList<Step>{{9, t1, u"unit"_qs}} << u"openings@9=1"_qs << QString() << qint64(1);
        QTest::newRow("two hours, two businesses")
            << QList<Step>{{9, t1, u"unit"_qs},
                           {9, t1, u"account"_qs},
                           {10, t1, u"seal"_qs},
                           {10, t1b, u"unit"_qs}}
            << u"accounts@10=1 openings@10=1 openings@9=2"_qs << QString() << qint64(4);
        QTest::newRow("another branch's operations")
            << QList<Step>{{9, t1, u"unit"_qs}, {11, t2, u"unit"_qs}, {11, t2, u"account"_qs}}
            << u"openings@9=1"_qs << u"openings@11=2"_qs << qint64(3);
        QTest::newRow("refusals and reads are not operations")
            << QList<Step>{{9, t1, u"unit"_qs}, {9, t1, u"refused"_qs}, {9, t1, u"read"_qs}}
            << u"openings@9=1"_qs << QString() << qint64(1);
        QTest::newRow("the first and the last hour, not the days around")
            << QList<Step>{{-1, t1, u"unit"_qs},
                           {0, t1, u"unit"_qs},
                           {23, t1, u"unit"_qs},
                           {24, t1, u"unit"_qs}}
            << u"openings@0=1 openings@23=1"_qs << QString() << qint64(2);
    }
    void countsByHourAndBusiness()
    {
        QFETCH(QList<Step>, steps);
        QFETCH(QString, branch0001);
        QFETCH(QString, branch0002);
        QFETCH(qint64, centerTotal);
        addSupervisorOf0002();
        int index = 1;
        QHash<QString, QString> lastUnit, lastAccount;
        for (const Step &step : steps) {
            f().clock().set(at(step.hour));
            const QString token = f().login(step.user);
            QVERIFY(!token.isEmpty());
            if (step.action == u"unit") {
                lastUnit[step.user] = f().createUnit(token, index++);
                QVERIFY(!lastUnit[step.user].isEmpty());
            } else if (step.action == u"account") {
                lastAccount[step.user] = f().openAccount(token, lastUnit[step.user], index++, 500000);
                QVERIFY(!lastAccount[step.user].isEmpty());
            } else if (step.action == u"seal") {
                const Reply r = f().post(u"/api/v1/accounts/"_qs + lastAccount[step.user] + u"/seal"_qs,
                                         {{u"reason"_qs, u"01"_qs}}, token, ServerFixture::newKey());
                QCOMPARE(r.status, 200);
            } else if (step.action == u"refused") {
                QVERIFY(f().createUnit(token, index - 1).isEmpty()); // the same credit code again
            } else if (step.action == u"read") {
                QCOMPARE(f().get(u"/api/v1/units/"_qs + lastUnit[step.user], token).status, 200);
            } else {
                QFAIL(qPrintable(step.action));
            }
        }
        // Asked the day after, so that the day after's step is in the past too.
        f().clock().set(QDateTime(kDay.addDays(1), QTime(12, 0)));
        const QString query = u"date="_qs + kDay.toString(Qt::ISODate);
        const QJsonObject own = day(u"supervisor1"_qs, 200, query);
        QCOMPARE(hoursText(own), branch0001);
        QVERIFY(consistent(own));
        QCOMPARE(own.value(u"branchCode"_qs).toString(), u"0001"_qs);
        const QJsonObject other = day(u"supervisor3"_qs, 200, query);
        QCOMPARE(hoursText(other), branch0002);
        QVERIFY(consistent(other));
        const QJsonObject center = day(u"auditor1"_qs, 200, query);
        QCOMPARE(center.value(u"total"_qs).toInteger(), centerTotal);
        QVERIFY(center.value(u"branchCode"_qs).isNull());
        QVERIFY(consistent(center));
    }

    void dateRange_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QDate today = kDay; // the fixture's clock
        QTest::newRow("no date: today") << QString() << 200 << QString();
        QTest::newRow("today") << u"date="_qs + today.toString(Qt::ISODate) << 200 << QString();
        QTest::newRow("366 days ago")
            << u"date="_qs + today.addDays(-366).toString(Qt::ISODate) << 200 << QString();
        QTest::newRow("367 days ago")
            << u"date="_qs + today.addDays(-367).toString(Qt::ISODate) << 400 << u"request.field_range"_qs;
        QTest::newRow("tomorrow") << u"date="_qs + today.addDays(1).toString(Qt::ISODate) << 400
                                  << u"request.field_range"_qs;
        QTest::newRow("year 9999") << u"date=9999-12-31"_qs << 400 << u"request.field_range"_qs;
        QTest::newRow("30 February") << u"date=2025-02-30"_qs << 400 << u"request.field_type"_qs;
        QTest::newRow("no leading zeros") << u"date=2025-7-5"_qs << 400 << u"request.field_type"_qs;
        QTest::newRow("full-width digit") << u"date=%EF%BC%92025-07-15"_qs << 400 << u"request.field_type"_qs;
        QTest::newRow("with a time") << u"date=2025-07-15T10:00"_qs << 400 << u"request.field_type"_qs;
        QTest::newRow("empty") << u"date="_qs << 400 << u"request.field_type"_qs;
        QTest::newRow("unknown parameter") << u"day=2025-07-15"_qs << 400 << u"request.unknown_field"_qs;
    }
    void dateRange()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QString, code);
        const Reply r = f().get(u"/api/v1/supervision/day"_qs + (query.isEmpty() ? QString() : u'?' + query),
                                f().login(u"supervisor1"_qs));
        QCOMPARE(r.status, status);
        if (status == 200) {
            QVERIFY(r.json.value(u"date"_qs).toString().size() == 10);
            return;
        }
        QCOMPARE(r.code(), code);
        QCOMPARE(r.json.value(u"field"_qs).toString(),
                 code == u"request.unknown_field" ? u"day"_qs : u"date"_qs);
    }

    void whoMayRead_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("status");
        QTest::newRow("supervisor") << u"supervisor1"_qs << 200;
        QTest::newRow("auditor") << u"auditor1"_qs << 200;
        QTest::newRow("teller") << u"teller1"_qs << 403;
        QTest::newRow("loan officer") << u"loan1"_qs << 403;
        QTest::newRow("admin") << u"admin"_qs << 403;
    }
    void whoMayRead()
    {
        QFETCH(QString, user);
        QFETCH(int, status);
        QCOMPARE(f().get(u"/api/v1/supervision/day"_qs, f().login(user)).status, status);
    }

    // Applications waiting for a supervisor's decision, branch by branch; the day's grants by the
    // operation they authorised, with how many were used.
    void pendingAndGrants()
    {
        addSupervisorOf0002();
        insertReviewedApplication(u"YW2025071500000101"_qs, u"0001"_qs);
        insertReviewedApplication(u"YW2025071500000102"_qs, u"0002"_qs);
        const QString teller = f().login(u"teller1"_qs);
        const QString unit = f().createUnit(teller, 1);
        QVERIFY(!unit.isEmpty());
        QVERIFY(!f().grantFor(teller, u"supervisor1"_qs, ServerFixture::newKey(),
                              u"/api/v1/units/"_qs + unit + u"/deferrals"_qs, {})
                     .isEmpty());
        const QJsonObject own = day(u"supervisor1"_qs);
        const QJsonArray pending = own.value(u"pending"_qs).toArray();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.at(0).toObject().value(u"reference"_qs).toString(), u"YW2025071500000101"_qs);
        QCOMPARE(pending.at(0).toObject().value(u"operation"_qs).toString(), u"loans.approve"_qs);
        const QJsonArray grants = own.value(u"grants"_qs).toArray();
        QCOMPARE(grants.size(), 1);
        QCOMPARE(grants.at(0).toObject().value(u"count"_qs).toInteger(), 1);
        QCOMPARE(grants.at(0).toObject().value(u"used"_qs).toInteger(), 0);
        const QJsonObject other = day(u"supervisor3"_qs);
        QCOMPARE(other.value(u"pending"_qs).toArray().size(), 1);
        QCOMPARE(other.value(u"grants"_qs).toArray().size(), 0);
        QCOMPARE(day(u"auditor1"_qs).value(u"pending"_qs).toArray().size(), 2);
        // Tomorrow the grant is yesterday's; the application still waits.
        f().clock().advanceDays(1);
        QCOMPARE(day(u"supervisor1"_qs).value(u"grants"_qs).toArray().size(), 0);
        QCOMPARE(day(u"supervisor1"_qs).value(u"pending"_qs).toArray().size(), 1);
    }

    void workstationReports_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QByteArray>("workstation");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        const QJsonObject two{{u"outboxDepth"_qs, 2}, {u"oldestAgeSeconds"_qs, 95}};
        QTest::newRow("two waiting") << u"teller1"_qs << QByteArray("WS-0001-01") << two << 204 << QString();
        QTest::newRow("empty outbox") << u"teller1"_qs << QByteArray("WS-0001-01")
                                      << QJsonObject{{u"outboxDepth"_qs, 0}} << 204 << QString();
        QTest::newRow("no workstation header")
            << u"teller1"_qs << QByteArray() << two << 400 << u"X-Workstation"_qs;
        QTest::newRow("blank workstation")
            << u"teller1"_qs << QByteArray("   ") << two << 400 << u"X-Workstation"_qs;
        QTest::newRow("items without an age")
            << u"teller1"_qs << QByteArray("WS-0001-01") << QJsonObject{{u"outboxDepth"_qs, 2}} << 400
            << u"oldestAgeSeconds"_qs;
        QTest::newRow("an age without items")
            << u"teller1"_qs << QByteArray("WS-0001-01")
            << QJsonObject{{u"outboxDepth"_qs, 0}, {u"oldestAgeSeconds"_qs, 3}} << 400
            << u"oldestAgeSeconds"_qs;
        QTest::newRow("negative depth") << u"teller1"_qs << QByteArray("WS-0001-01")
                                        << QJsonObject{{u"outboxDepth"_qs, -1}} << 400 << u"outboxDepth"_qs;
        QTest::newRow("depth as text")
            << u"teller1"_qs << QByteArray("WS-0001-01") << QJsonObject{{u"outboxDepth"_qs, u"2"_qs}} << 400
            << u"outboxDepth"_qs;
        QTest::newRow("unknown member")
            << u"teller1"_qs << QByteArray("WS-0001-01")
            << QJsonObject{{u"outboxDepth"_qs, 0}, {u"user"_qs, u"x"_qs}} << 400 << u"user"_qs;
        QTest::newRow("a supervisor's own workstation")
            << u"supervisor1"_qs << QByteArray("WS-0001-09") << two << 204 << QString();
    }
    void workstationReports()
    {
        QFETCH(QString, user);
        QFETCH(QByteArray, workstation);
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        const Reply r = report(user, body, workstation);
        QCOMPARE(r.status, status);
        const QJsonArray stations = day(u"supervisor1"_qs).value(u"workstations"_qs).toArray();
        if (status != 204) {
            QCOMPARE(r.json.value(u"field"_qs).toString(), field);
            QCOMPARE(stations.size(), 0);
            return;
        }
        QCOMPARE(stations.size(), 1);
        const QJsonObject w = stations.at(0).toObject();
        QCOMPARE(w.value(u"workstation"_qs).toString(), QString::fromLatin1(workstation));
        QCOMPARE(w.value(u"username"_qs).toString(), user);
        QCOMPARE(w.value(u"outboxDepth"_qs).toInteger(), body.value(u"outboxDepth"_qs).toInteger());
        if (body.contains(u"oldestAgeSeconds"_qs))
            QCOMPARE(w.value(u"oldestAgeSeconds"_qs).toInteger(),
                     body.value(u"oldestAgeSeconds"_qs).toInteger());
        else
            QVERIFY(w.value(u"oldestAgeSeconds"_qs).isNull());
    }

    // The last report wins; the oldest item ages while nobody reports; another branch's
    // workstation is the head office's to see, not this branch's.
    void lastReportAndAge()
    {
        QCOMPARE(
            report(u"teller1"_qs, {{u"outboxDepth"_qs, 5}, {u"oldestAgeSeconds"_qs, 600}}, "WS-A").status,
            204);
        QCOMPARE(
            report(u"teller1b"_qs, {{u"outboxDepth"_qs, 1}, {u"oldestAgeSeconds"_qs, 10}}, "WS-A").status,
            204);
        QCOMPARE(report(u"teller2"_qs, {{u"outboxDepth"_qs, 0}}, "WS-B").status, 204);
        f().clock().advanceSeconds(90);
        const QJsonArray own = day(u"supervisor1"_qs).value(u"workstations"_qs).toArray();
        QCOMPARE(own.size(), 1);
        const QJsonObject a = own.at(0).toObject();
        QCOMPARE(a.value(u"username"_qs).toString(), u"teller1b"_qs);
        QCOMPARE(a.value(u"outboxDepth"_qs).toInteger(), 1);
        QCOMPARE(a.value(u"secondsSinceReport"_qs).toInteger(), 90);
        QCOMPARE(a.value(u"oldestAgeSeconds"_qs).toInteger(), 100);
        const QJsonArray center = day(u"auditor1"_qs).value(u"workstations"_qs).toArray();
        QCOMPARE(center.size(), 2);
        QCOMPARE(center.at(1).toObject().value(u"branchCode"_qs).toString(), u"0002"_qs);
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerSupervision(b); });
}

#include "tst_server_supervision.moc"
