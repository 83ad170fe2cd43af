// models/api/supervision (issue 19): the supervisor's day becomes typed values or api.contract naming
// the JSON path. Data-driven over a good answer and ugly ones: hours that are not 24, a negative
// count, a total that differs from the hours, a workstation whose oldest age does not match its
// depth; plus the request builders (the date in the query; a report's age only with items).
#include "api/supervision.h"

#include <QJsonDocument>
#include <QTest>

using namespace hpf;
using namespace hpf::client;

namespace {

const QByteArray kHours = "[0,0,0,0,0,0,0,0,0,3,1,0,0,0,0,0,0,0,0,0,0,0,0,0]";
const QByteArray kStation = R"({"workstation":"WS-0001-01","branchCode":"0001","username":"teller1",
    "outboxDepth":2,"oldestAgeSeconds":125,"reportedAt":"2025-07-15T10:00:00+08:00","secondsSinceReport":30})";

QByteArray day(const QByteArray &hours = kHours, const QByteArray &total = "4",
               const QByteArray &station = kStation)
{
    return R"({"date":"2025-07-15","branchCode":"0001","total":)" + total +
           R"(,"byHour":[{"business":"openings","hours":)" + hours +
           R"(}],"byBusiness":[{"business":"openings","count":4}],
    "pending":[{"kind":"loanApproval","operation":"loans.approve","reference":"YW2025071500000101",
      "loanKind":"fund","amountFen":10000000,"since":"2025-07-14T16:00:00+08:00","branchCode":"0001"}],
    "grants":[{"operation":"remittances.defer","count":2,"used":1}],"workstations":[)" +
           station + "]}";
}

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray replaced(QByteArray text, const QByteArray &from, const QByteArray &to)
{
    return text.replace(from, to);
}

} // namespace

Q_DECLARE_METATYPE(std::optional<qint64>)

class TestSupervisionApi : public QObject
{
    Q_OBJECT
private slots:
    void goodDay()
    {
        auto r = api::SupervisionDay::fromJson(object(day()));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().field + u' ' + r.error().detail));
        QCOMPARE(r->date, QDate(2025, 7, 15));
        QCOMPARE(r->branchCode, u"0001"_qs);
        QCOMPARE(r->total, qint64(4));
        QCOMPARE(r->byHour.size(), 1);
        QCOMPARE(r->byHour.first().hours.at(9), qint64(3));
        QCOMPARE(r->byHour.first().hours.at(10), qint64(1));
        QCOMPARE(r->byBusiness.first().second, qint64(4));
        QCOMPARE(r->pending.first().reference, u"YW2025071500000101"_qs);
        QCOMPARE(r->pending.first().amountFen, qint64(10000000));
        QCOMPARE(r->grants.first().used, qint64(1));
        QCOMPARE(r->workstations.first().oldestAgeSeconds, std::optional<qint64>(125));
        QCOMPARE(r->workstations.first().reportedAt.toSecsSinceEpoch(),
                 QDateTime(QDate(2025, 7, 15), QTime(2, 0), Qt::UTC).toSecsSinceEpoch());
    }

    void centerWideAndEmpty()
    {
        const QByteArray empty = R"({"date":"2025-07-15","branchCode":null,"total":0,"byHour":[],
            "byBusiness":[],"pending":[],"grants":[],"workstations":[]})";
        auto r = api::SupervisionDay::fromJson(object(empty));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().field + u' ' + r.error().detail));
        QVERIFY(r->branchCode.isEmpty());
        QVERIFY(r->byHour.isEmpty());
    }

    void badDay_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("23 hours") << day("[0,0,0,0,0,0,0,0,0,3,1,0,0,0,0,0,0,0,0,0,0,0,0]")
                                  << u"byHour[0].hours"_qs;
        QTest::newRow("25 hours") << day("[0,0,0,0,0,0,0,0,0,3,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0]")
                                  << u"byHour[0].hours"_qs;
        QTest::newRow("a negative hour")
            << day("[0,0,0,0,0,0,0,0,0,5,-1,0,0,0,0,0,0,0,0,0,0,0,0,0]") << u"byHour[0].hours"_qs;
        QTest::newRow("an hour as text")
            << day("[0,0,0,0,0,0,0,0,0,\"3\",1,0,0,0,0,0,0,0,0,0,0,0,0,0]") << u"byHour[0].hours"_qs;
        QTest::newRow("total differs") << day(kHours, "5") << u"total"_qs;
        QTest::newRow("negative total") << day(kHours, "-4") << u"total"_qs;
        QTest::newRow("no date") << replaced(day(), R"("date":"2025-07-15",)", "") << u"date"_qs;
        QTest::newRow("no workstations")
            << replaced(day(), R"(,"workstations":[)" + kStation + "]", "") << u"workstations"_qs;
        QTest::newRow("items without an age")
            << day(kHours, "4", replaced(kStation, R"("oldestAgeSeconds":125)", R"("oldestAgeSeconds":null)"))
            << u"workstations[0].oldestAgeSeconds"_qs;
        QTest::newRow("an age without items")
            << day(kHours, "4", replaced(kStation, R"("outboxDepth":2)", R"("outboxDepth":0)"))
            << u"workstations[0].oldestAgeSeconds"_qs;
        QTest::newRow("negative depth")
            << day(kHours, "4", replaced(kStation, R"("outboxDepth":2)", R"("outboxDepth":-2)"))
            << u"workstations[0].outboxDepth"_qs;
        QTest::newRow("negative grant count")
            << replaced(day(), R"("count":2,"used":1)", R"("count":-2,"used":1)") << u"grants[0].count"_qs;
        QTest::newRow("pending without a reference")
            << replaced(day(), R"("reference":"YW2025071500000101",)", "") << u"pending[0].reference"_qs;
    }
    void badDay()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QVERIFY(!object(json).isEmpty());
        auto r = api::SupervisionDay::fromJson(object(json));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, u"api.contract"_qs);
        QCOMPARE(r.error().field, field);
    }

    void requests_data()
    {
        QTest::addColumn<qint64>("depth");
        QTest::addColumn<std::optional<qint64>>("age");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << qint64(0) << std::optional<qint64>() << QByteArray(R"({"outboxDepth":0})");
        QTest::newRow("empty, an age given")
            << qint64(0) << std::optional<qint64>(5) << QByteArray(R"({"outboxDepth":0})");
        QTest::newRow("two") << qint64(2) << std::optional<qint64>(95)
                             << QByteArray(R"({"oldestAgeSeconds":95,"outboxDepth":2})");
        QTest::newRow("a clock gone backwards") << qint64(1) << std::optional<qint64>(-30)
                                                << QByteArray(R"({"oldestAgeSeconds":0,"outboxDepth":1})");
    }
    void requests()
    {
        QFETCH(qint64, depth);
        QFETCH(std::optional<qint64>, age);
        QFETCH(QByteArray, body);
        const ApiRequest rq = api::supervision::reportRequest(depth, age);
        QCOMPARE(rq.method, QByteArray("POST"));
        QCOMPARE(rq.path, u"/api/v1/supervision/workstation-report"_qs);
        QVERIFY(rq.idempotencyKey.isEmpty());
        QCOMPARE(QJsonDocument(rq.body).toJson(QJsonDocument::Compact), body);
        QCOMPARE(api::supervision::dayRequest(QDate(2025, 7, 5)).path,
                 u"/api/v1/supervision/day?date=2025-07-05"_qs);
    }
};

QTEST_GUILESS_MAIN(TestSupervisionApi)
#include "tst_supervisionapi.moc"
