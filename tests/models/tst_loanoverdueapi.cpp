// models/api/loanoverdue (issue 18, part F): the overdue list with its summary and the recorded
// reminder become typed values or api.contract naming the JSON path. Data-driven over a good
// answer and ugly ones: missing members, wrong types, negative money, a days-past-due of zero, an
// unknown reminder state, a state differing from its reminder, a ratio that is not 万分之 with two
// decimals or above the whole, more in arrears than lent, more rows than a page; plus the request
// builders (the page in the query, the reminder's note in the body, never in the URL).
#include "api/loanoverdue.h"

#include <QJsonDocument>
#include <QTest>

using namespace hpf;
using namespace hpf::client;

namespace {

const QByteArray kRow =
    R"({"contractNumber":"DK2026080500000012","status":"overdue","outstandingFen":4206731,"branchCode":"0001",
    "borrowerName":"黄*","oldestDueOn":"2026-09-05","daysPastDue":91,"overdueInstalments":3,
    "overdueFen":269280,"penaltyFen":7640,"reminderState":"open",
    "reminder":{"id":7,"thresholdDays":90,"status":"open","queuedOn":"2026-12-04"}})";

QByteArray page(const QByteArray &row = kRow, const QByteArray &summary = {})
{
    const QByteArray sum = summary.isEmpty()
                               ? QByteArray(R"({"asOf":"2026-12-05","loans":3,"balanceFen":54206731,
        "overdueLoans":1,"overdueBalanceFen":4206731,"ratioPerTenThousand":"776.05"})")
                               : summary;
    return R"({"items":[)" + row + R"(],"page":1,"pageSize":20,"total":1,"summary":)" + sum + "}";
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

class TestLoanOverdueApi : public QObject
{
    Q_OBJECT
private slots:
    void goodPage()
    {
        auto r = api::OverduePage::fromJson(object(page()));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().field + u' ' + r.error().detail));
        QCOMPARE(r->items.size(), 1);
        const api::OverdueLoan &l = r->items.first();
        QCOMPARE(l.contractNumber, u"DK2026080500000012"_qs);
        QCOMPARE(l.daysPastDue, 91);
        QCOMPARE(l.overdueFen, qint64(269280));
        QCOMPARE(l.penaltyFen, qint64(7640));
        QVERIFY(l.reminder.has_value());
        QCOMPARE(l.reminder->id, qint64(7));
        QCOMPARE(l.reminder->queuedOn, QDate(2026, 12, 4));
        QVERIFY(l.reminderOpen());
        QCOMPARE(r->summary.ratioPerTenThousand, u"776.05"_qs);
        QCOMPARE(r->summary.overdueBalanceFen, qint64(4206731));
    }

    void noReminder()
    {
        const QByteArray row =
            replaced(replaced(kRow, R"("reminderState":"open")", R"("reminderState":"none")"),
                     R"({"id":7,"thresholdDays":90,"status":"open","queuedOn":"2026-12-04"})", "null");
        auto r = api::OverduePage::fromJson(object(page(row)));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().field + u' ' + r.error().detail));
        QVERIFY(!r->items.first().reminder.has_value());
        QVERIFY(!r->items.first().reminderOpen());
    }

    void doneReminder()
    {
        const QByteArray row =
            replaced(replaced(kRow, R"("reminderState":"open")", R"("reminderState":"done")"),
                     R"("status":"open","queuedOn")", R"("status":"done","channel":"sms","queuedOn")");
        auto r = api::OverduePage::fromJson(object(page(row)));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().field + u' ' + r.error().detail));
        QCOMPARE(r->items.first().reminder->channel, u"sms"_qs);
        QVERIFY(!r->items.first().reminderOpen());
    }

    void badPage_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("negative penalty")
            << page(replaced(kRow, "\"penaltyFen\":7640", "\"penaltyFen\":-1")) << u"items[0].penaltyFen"_qs;
        QTest::newRow("penalty as text")
            << page(replaced(kRow, "\"penaltyFen\":7640", "\"penaltyFen\":\"76.40\""))
            << u"items[0].penaltyFen"_qs;
        QTest::newRow("zero days past due")
            << page(replaced(kRow, "\"daysPastDue\":91", "\"daysPastDue\":0")) << u"items[0].daysPastDue"_qs;
        QTest::newRow("fractional days") << page(replaced(kRow, "\"daysPastDue\":91", "\"daysPastDue\":9.5"))
                                         << u"items[0].daysPastDue"_qs;
        QTest::newRow("no contract") << page(replaced(kRow, "\"contractNumber\":\"DK2026080500000012\",", ""))
                                     << u"items[0].contractNumber"_qs;
        QTest::newRow("settled in the list")
            << page(replaced(kRow, "\"status\":\"overdue\"", "\"status\":\"settled\""))
            << u"items[0].status"_qs;
        QTest::newRow("unknown reminder state")
            << page(replaced(kRow, R"("reminderState":"open")", R"("reminderState":"later")"))
            << u"items[0].reminderState"_qs;
        QTest::newRow("state differs from reminder")
            << page(replaced(kRow, R"("reminderState":"open")", R"("reminderState":"done")"))
            << u"items[0].reminderState"_qs;
        QTest::newRow("reminder missing")
            << page(replaced(
                   replaced(kRow, "\"reminder\":{", "\"remindr\":{"),
                   R"(,"remindr":{"id":7,"thresholdDays":90,"status":"open","queuedOn":"2026-12-04"})", ""))
            << u"items[0].reminder"_qs;
        QTest::newRow("state without reminder")
            << page(replaced(kRow, R"({"id":7,"thresholdDays":90,"status":"open","queuedOn":"2026-12-04"})",
                             "null"))
            << u"items[0].reminder"_qs;
        QTest::newRow("reminder id zero")
            << page(replaced(kRow, R"("id":7)", R"("id":0)")) << u"items[0].reminder.id"_qs;
        QTest::newRow("reminder bad date")
            << page(replaced(kRow, "2026-12-04", "2026-02-30")) << u"items[0].reminder.queuedOn"_qs;
        QTest::newRow("unknown channel") << page(replaced(kRow, R"("status":"open","queuedOn")",
                                                          R"("status":"open","channel":"fax","queuedOn")"))
                                         << u"items[0].reminder.channel"_qs;
        QTest::newRow("ratio three decimals")
            << page(kRow, R"({"asOf":"2026-12-05","loans":3,"balanceFen":54206731,"overdueLoans":1,
                "overdueBalanceFen":4206731,"ratioPerTenThousand":"776.054"})")
            << u"summary.ratioPerTenThousand"_qs;
        QTest::newRow("ratio full-width")
            << page(kRow, R"({"asOf":"2026-12-05","loans":3,"balanceFen":54206731,"overdueLoans":1,
                "overdueBalanceFen":4206731,"ratioPerTenThousand":"７76.05"})")
            << u"summary.ratioPerTenThousand"_qs;
        QTest::newRow("ratio above the whole")
            << page(kRow, R"({"asOf":"2026-12-05","loans":3,"balanceFen":54206731,"overdueLoans":1,
                "overdueBalanceFen":4206731,"ratioPerTenThousand":"10000.01"})")
            << u"summary.ratioPerTenThousand"_qs;
        QTest::newRow("ratio as number")
            << page(kRow, R"({"asOf":"2026-12-05","loans":3,"balanceFen":54206731,"overdueLoans":1,
                "overdueBalanceFen":4206731,"ratioPerTenThousand":776.05})")
            << u"summary.ratioPerTenThousand"_qs;
        QTest::newRow("more in arrears than lent")
            << page(kRow, R"({"asOf":"2026-12-05","loans":3,"balanceFen":100,"overdueLoans":1,
                "overdueBalanceFen":4206731,"ratioPerTenThousand":"10000.00"})")
            << u"summary.overdueBalanceFen"_qs;
        QTest::newRow("no summary") << QByteArray(R"({"items":[],"page":1,"pageSize":20,"total":0})")
                                    << u"summary"_qs;
        QTest::newRow("page zero") << replaced(page(), "\"page\":1", "\"page\":0") << u"page"_qs;
        QTest::newRow("total below the rows")
            << replaced(page(), "\"total\":1", "\"total\":0") << u"total"_qs;
        QTest::newRow("more rows than a page")
            << replaced(page(), "\"pageSize\":20", "\"pageSize\":0") << u"pageSize"_qs;
    }

    void badPage()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const QJsonObject o = object(json);
        QVERIFY2(!o.isEmpty(), json.constData());
        auto r = api::OverduePage::fromJson(o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, u"api.contract"_qs);
        QCOMPARE(r.error().field, field);
    }

    void recorded_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("ok");
        QTest::newRow("good") << QByteArray(
                                     R"({"id":7,"contractNumber":"DK1","status":"done","channel":"phone",
            "thresholdDays":3})")
                              << true;
        QTest::newRow("not done") << QByteArray(
                                         R"({"id":7,"contractNumber":"DK1","status":"open","channel":"phone",
            "thresholdDays":3})") << false;
        QTest::newRow("fax") << QByteArray(R"({"id":7,"contractNumber":"DK1","status":"done","channel":"fax",
            "thresholdDays":3})")
                             << false;
        QTest::newRow("id zero") << QByteArray(
                                        R"({"id":0,"contractNumber":"DK1","status":"done","channel":"sms",
            "thresholdDays":3})") << false;
        QTest::newRow("threshold zero") << QByteArray(R"({"id":7,"contractNumber":"DK1","status":"done",
            "channel":"sms","thresholdDays":0})")
                                        << false;
    }

    void recorded()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, ok);
        auto r = api::ReminderRecorded::fromJson(object(json));
        QCOMPARE(r.ok(), ok);
        if (!ok)
            QCOMPARE(r.error().code, u"api.contract"_qs);
    }

    void requests()
    {
        QCOMPARE(api::loanoverdue::listRequest(0).path, u"/api/v1/loans/overdue?page=1"_qs);
        QCOMPARE(api::loanoverdue::listRequest(3).path, u"/api/v1/loans/overdue?page=3"_qs);
        const ops::Request r = api::loanoverdue::recordReminder(
            42, u"letter"_qs, u"  借款人 13912345678 称下周还  "_qs, u"Reminder DK1"_qs);
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, u"/api/v1/loans/overdue/reminders/42/done"_qs);
        QCOMPARE(r.body.value(u"channel"_qs).toString(), u"letter"_qs);
        QCOMPARE(r.body.value(u"note"_qs).toString(), u"借款人 13912345678 称下周还"_qs);
        QVERIFY(!r.path.contains(u"1391"_qs)); // what was said stays in the body
        const ops::Request bare = api::loanoverdue::recordReminder(1, u"sms"_qs, u"   "_qs, u"x"_qs);
        QVERIFY(!bare.body.contains(u"note"_qs));
        QVERIFY(api::loanoverdue::isChannel(u"phone"_qs));
        QVERIFY(!api::loanoverdue::isChannel(u"Phone"_qs));
    }
};

QTEST_GUILESS_MAIN(TestLoanOverdueApi)
#include "tst_loanoverdueapi.moc"
