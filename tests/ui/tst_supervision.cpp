// 今日业务 (9002, issue 19) against a real hpf-server on SQLite (init + demo-seed, which works through
// the services today and leaves an application to approve):
// - supervisor1 opens 9002: the stacked bars hold, hour by hour and business by business, the
//   counts the server gives for the branch, the pie the share of each business, the pending table
//   the applications waiting for approval; the client's own workstation appears in the table as
//   its sign-in report left it (the heartbeat's outbox report, end to end);
// - F5, the minute timer and another date reload;
// - the auditor sees every branch; a teller has no 9002.
#include "api/supervision.h"
#include "clientcore.h"
#include "guitest.h"
#include "serverfixture.h"
#include "shell/mainwindow.h"
#include "supervision/daycharts.h"
#include "supervision/supervisionpage.h"
#include "testsupport.h"
#include "widgets/messagebox.h"

#include <QBarSet>
#include <QDateEdit>
#include <QPieSeries>
#include <QPieSlice>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QTimer>

using namespace hpf;
using namespace hpf::ui;
using hpf::test::ClientUnderTest;

class TestSupervision : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void chartsHoldTheServersNumbers();
    void refreshes();
    void auditorSeesEveryBranch();
    void tellerHasNoPage();

private:
    SupervisionPage *open(ClientUnderTest &client, const QString &user);
    // The server's day as a fresh request of the same client reads it.
    std::optional<client::api::SupervisionDay> serverDay(ClientUnderTest &client, QDate date);
    hpf::test::ServerFixture m_server;
};

void TestSupervision::initTestCase()
{
    MessageBox::setAutoAnswer(QMessageBox::Yes);
    const QString error = m_server.prepare();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString started = m_server.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
}

SupervisionPage *TestSupervision::open(ClientUnderTest &client, const QString &user)
{
    MainWindow *w = hpf::test::signedIn(client, m_server.url(), user);
    if (!w || !w->openCode(u"9002"_qs))
        return nullptr;
    auto *page = w->page<SupervisionPage>();
    if (!page || !QTest::qWaitFor([&] { return page->day().has_value(); }, 15000))
        return nullptr;
    return page;
}

std::optional<client::api::SupervisionDay> TestSupervision::serverDay(ClientUnderTest &client, QDate date)
{
    std::optional<client::api::SupervisionDay> out;
    bool done = false;
    client::api::supervision::day(client.shell->core()->api(), date, client.shell.get(),
                                  [&](const client::api::Reply<client::api::SupervisionDay> &reply) {
                                      if (reply.ok())
                                          out = reply.value();
                                      done = true;
                                  });
    (void)QTest::qWaitFor([&] { return done; }, 15000);
    return out;
}

void TestSupervision::chartsHoldTheServersNumbers()
{
    ClientUnderTest client;
    SupervisionPage *page = open(client, u"supervisor1"_qs);
    QVERIFY(page);
    // The client reported its outbox at sign-in; F5 until the page has read it back.
    QSignalSpy loaded(page, &SupervisionPage::loaded);
    const QString workstation = client.shell->core()->workstation();
    const auto listed = [&] {
        for (int row = 0; row < page->workstationTable()->rowCount(); ++row) {
            if (page->workstationTable()->item(row, 0)->text() == workstation)
                return true;
        }
        return false;
    };
    for (int attempt = 0; attempt < 30 && !listed(); ++attempt) {
        loaded.clear();
        QTest::keyClick(page->dateEdit(), Qt::Key_F5);
        QVERIFY(loaded.wait(10000) || !loaded.isEmpty());
        if (!listed())
            QTest::qWait(200);
    }
    QVERIFY2(listed(), qPrintable(workstation));
    const client::api::SupervisionDay shown = *page->day();
    const std::optional<client::api::SupervisionDay> server = serverDay(client, shown.date);
    QVERIFY(server.has_value());
    QVERIFY2(server->total > 0, "demo-seed left no operation of today");
    QCOMPARE(shown.total, server->total);
    QCOMPARE(shown.branchCode, server->branchCode); // the demo's 0001 is the head office: every branch

    // The stacked bars: one set per business, one value per hour shown; every hour with
    // operations is shown.
    DayCharts *charts = page->charts();
    QStackedBarSeries *bars = charts->hourSeries();
    QCOMPARE(bars->count(), server->byHour.size());
    qint64 drawn = 0;
    for (const client::api::BusinessHours &b : server->byHour) {
        QBarSet *set = nullptr;
        for (QBarSet *s : bars->barSets()) {
            if (s->label() == DayCharts::businessText(b.business))
                set = s;
        }
        QVERIFY2(set, qPrintable(b.business));
        QCOMPARE(set->count(), charts->lastHour() - charts->firstHour() + 1);
        for (int h = 0; h < 24; ++h) {
            if (h < charts->firstHour() || h > charts->lastHour()) {
                QCOMPARE(b.hours.at(h), qint64(0));
                continue;
            }
            QCOMPARE(qint64(set->at(h - charts->firstHour())), b.hours.at(h));
            drawn += qint64(set->at(h - charts->firstHour()));
        }
    }
    QCOMPARE(drawn, server->total);
    // The pie: one slice per business with its count.
    QPieSeries *pie = charts->businessSeries();
    QCOMPARE(pie->count(), server->byBusiness.size());
    for (const auto &[business, count] : server->byBusiness) {
        QPieSlice *slice = nullptr;
        for (QPieSlice *s : pie->slices()) {
            if (s->property("business").toString() == business)
                slice = s;
        }
        QVERIFY2(slice, qPrintable(business));
        QCOMPARE(qint64(slice->value()), count);
        QVERIFY2(slice->label().startsWith(DayCharts::businessText(business)), qPrintable(slice->label()));
    }
    // Waiting for a supervisor: the demo's applications as the server lists them.
    QCOMPARE(page->pendingTable()->rowCount(), server->pending.size());
    for (int row = 0; row < server->pending.size(); ++row)
        QCOMPARE(page->pendingTable()->item(row, 0)->text(), server->pending.at(row).reference);
    // This workstation: nothing waiting in its outbox.
    for (int row = 0; row < page->workstationTable()->rowCount(); ++row) {
        if (page->workstationTable()->item(row, 0)->text() == workstation) {
            QCOMPARE(page->workstationTable()->item(row, 2)->text(), u"supervisor1"_qs);
            QCOMPARE(page->workstationTable()->item(row, 3)->text(), u"0"_qs);
        }
    }
}

void TestSupervision::refreshes()
{
    ClientUnderTest client;
    SupervisionPage *page = open(client, u"supervisor1"_qs);
    QVERIFY(page);
    QSignalSpy loaded(page, &SupervisionPage::loaded);
    // F5.
    page->dateEdit()->setFocus();
    QTest::keyClick(page->dateEdit(), Qt::Key_F5);
    QVERIFY(loaded.wait(10000) || !loaded.isEmpty());
    QVERIFY(loaded.last().at(0).toBool());
    loaded.clear();
    // The minute's timer runs while the page is shown, and reloads.
    QVERIFY(page->refreshTimer()->isActive());
    QCOMPARE(page->refreshTimer()->interval(), SupervisionPage::kRefreshMs);
    page->refreshTimer()->setInterval(50);
    QVERIFY(loaded.wait(10000) || !loaded.isEmpty());
    page->refreshTimer()->setInterval(SupervisionPage::kRefreshMs);
    loaded.clear();
    // Yesterday, by keyboard (the day field is the last section: Down takes a day off).
    const QDate today = page->day()->date;
    page->dateEdit()->setCurrentSection(QDateTimeEdit::DaySection);
    QTest::keyClick(page->dateEdit(), Qt::Key_Down);
    QTRY_COMPARE(page->day()->date, today.addDays(-1));
    // Not after today: Up twice stops at today.
    QTest::keyClick(page->dateEdit(), Qt::Key_Up);
    QTest::keyClick(page->dateEdit(), Qt::Key_Up);
    QTRY_COMPARE(page->day()->date, today);
    QCOMPARE(page->dateEdit()->date(), today);
}

void TestSupervision::auditorSeesEveryBranch()
{
    ClientUnderTest client;
    SupervisionPage *page = open(client, u"auditor1"_qs);
    QVERIFY(page);
    QVERIFY(page->day()->branchCode.isEmpty());
    QVERIFY2(page->summaryText().contains(page->tr("every branch")), qPrintable(page->summaryText()));
}

void TestSupervision::tellerHasNoPage()
{
    ClientUnderTest client;
    MainWindow *w = hpf::test::signedIn(client, m_server.url(), u"teller1"_qs);
    QVERIFY(w);
    QVERIFY(!w->openCode(u"9002"_qs));
}

QTEST_MAIN(TestSupervision)
#include "tst_supervision.moc"
