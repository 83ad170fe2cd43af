// The judicial desk (3001–3003) against the real hpf-server, by keyboard: a freeze registered with
// a supervisor's grant, a second court's freeze queued behind it, renewed, partly deducted,
// unfrozen — the queued one then in effect; every 协助执行回执 saved as PDF, rasterised by poppler
// and its QR read by zbarimg. Bad papers are refused on the named field before any grant; a teller
// sees only 受限 on the account; the expiring list opens the account on the desk; online requests are
// handled and rejected from the inbox with the grant.
#include "clientcore.h"
#include "judicial/expiringpage.h"
#include "judicial/inboxpage.h"
#include "judicial/receiptprint.h"
#include "judicialdesktest.h"
#include "lookup/personpage.h"
#include "serverfixture.h"
#include "shell/mainwindow.h"
#include "store/outbox.h"
#include "testsupport.h"
#include "transfer/transfertext.h"
#include "widgets/documentprinter.h"
#include "widgets/messagebox.h"

#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUuid>

using namespace hpf;
using namespace hpf::ui;
using hpf::test::ClientUnderTest;
using hpf::test::typeText;

class TestJudicialDesk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void lifecycleByKeyboard();
    void badPapersNameTheField_data();
    void badPapersNameTheField();
    void tellerSeesRestrictedOnly();
    void expiringOpensTheDesk();
    void inboxHandleAndReject();

private:
    MainWindow *signedIn(ClientUnderTest &client, const QString &user);
    // Starts `action` on the selected freeze by keyboard, types `papers`, authorises; the outcome.
    std::optional<client::api::JudicialOutcome> run(MainWindow *w, JudicialDeskPage *desk,
                                                    QPushButton *action, const hpf::test::Papers &papers);
    // Saves the desk's 回执 as PDF, rasterises it and returns what the QR holds.
    QString receiptQr(MainWindow *w, JudicialDeskPage *desk, const QString &name);
    bool seedOnlineRequests(const QString &account, QStringList *ids);

    hpf::test::ServerFixture m_server;
    QTemporaryDir m_dir;
};

void TestJudicialDesk::initTestCase()
{
    MessageBox::setAutoAnswer(QMessageBox::Ok);
    QVERIFY(m_dir.isValid());
    // The 回执's QR is read back with poppler and zbar (scripts/install-deps.sh installs them).
    for (const QString &tool : {u"pdftoppm"_qs, u"zbarimg"_qs})
        QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(), qPrintable(tool + u" is missing"_qs));
    const QString error = m_server.prepare();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_server.start().isEmpty());
}

void TestJudicialDesk::cleanup()
{
    if (!m_server.isRunning())
        QVERIFY(m_server.start(m_server.port()).isEmpty());
}

MainWindow *TestJudicialDesk::signedIn(ClientUnderTest &client, const QString &user)
{
    return hpf::test::signedIn(client, m_server.url(), user);
}

std::optional<client::api::JudicialOutcome> TestJudicialDesk::run(MainWindow *w, JudicialDeskPage *desk,
                                                                  QPushButton *action,
                                                                  const hpf::test::Papers &papers)
{
    return hpf::test::runDeskAction(w, desk, action, papers);
}

QString TestJudicialDesk::receiptQr(MainWindow *w, JudicialDeskPage *desk, const QString &name)
{
    return hpf::test::receiptQr(w, desk->receiptBar(), m_dir.filePath(name + u".pdf"_qs));
}

void TestJudicialDesk::lifecycleByKeyboard()
{
    ClientUnderTest client;
    MainWindow *w = signedIn(client, u"judicial1"_qs);
    QVERIFY(w);
    QVERIFY(w->openCode(u"3001"_qs));
    auto *desk = w->page<JudicialDeskPage>();
    const QString account = m_server.personalAccounts().value(6);
    QVERIFY2(hpf::test::searchAccount(desk, account), qPrintable(desk->statusText()));
    QVERIFY(desk->freezes());
    QVERIFY(!desk->freezes()->active);
    QVERIFY(desk->summaryText().contains(account));
    // The account's state in words from the code table (issue 19), not the bare code.
    QVERIFY2(desk->summaryText().contains(TransferText::accountState(u"01"_qs)),
             qPrintable(desk->summaryText()));

    // 1. A freeze of 300 yuan by 京0105, authorised by the supervisor.
    const auto first = run(w, desk, desk->registerButton(),
                           hpf::test::freezePapers(u"京0105"_qs, u"（2026）京0105执1234号"_qs, u"300"_qs));
    QVERIFY2(first, qPrintable(desk->statusText()));
    QCOMPARE(first->freeze.state, u"active"_qs);
    QCOMPARE(first->receipt.action, u"freeze"_qs);
    QCOMPARE(first->receipt.supervisor.isEmpty(), false);
    QVERIFY(desk->statusText().contains(first->serial));
    QCOMPARE(receiptQr(w, desk, u"freeze"_qs), first->receipt.number);
    QVERIFY(desk->scanDocumentsButton()->isVisible());
    QVERIFY(desk->freezes()->active);
    QCOMPARE(desk->freezes()->active->holdId, first->freeze.holdId);

    // 2. A second court's freeze of the whole balance: queued behind the first.
    const auto second = run(w, desk, desk->registerButton(),
                            hpf::test::freezePapers(u"甘0102"_qs, u"（2026）甘0102执77号"_qs, QString()));
    QVERIFY2(second, qPrintable(desk->statusText()));
    QCOMPARE(second->freeze.state, u"waiting"_qs);
    QCOMPARE(second->freeze.queuePosition, 1);
    QVERIFY(second->receipt.notes.contains(u"queued"_qs));
    QVERIFY(!second->receipt.requestedFen); // the whole balance
    QCOMPARE(receiptQr(w, desk, u"queued"_qs), second->receipt.number);
    QCOMPARE(desk->freezes()->queue.size(), 1);

    // 3. Renew the one in effect.
    QVERIFY(desk->selectHold(first->freeze.holdId));
    hpf::test::Papers renew = hpf::test::courtPapers(u"京0105"_qs, u"（2026）京0105执1234号"_qs);
    const QDate newEnd = QDate::currentDate().addYears(2);
    renew.append({u"newEndDate"_qs, newEnd.toString(Qt::ISODate)});
    const auto renewed = run(w, desk, desk->renewButton(), renew);
    QVERIFY2(renewed, qPrintable(desk->statusText()));
    QCOMPARE(renewed->receipt.action, u"renew"_qs);
    QCOMPARE(renewed->freeze.endDate, newEnd);
    QCOMPARE(renewed->freeze.renewals, 1);
    QCOMPARE(receiptQr(w, desk, u"renew"_qs), renewed->receipt.number);

    // 4. Deduct 100 yuan of it on the court's explicit order.
    QVERIFY(desk->selectHold(first->freeze.holdId));
    hpf::test::Papers deduct = hpf::test::courtPapers(u"京0105"_qs, u"（2026）京0105执1234号"_qs);
    deduct.append({{u"amountFen"_qs, u"100"_qs},
                   {u"courtOrdered"_qs, u"x"_qs},
                   {u"withdrawalCondition"_qs, QString()},
                   {u"payee.bank"_qs, u"中国工商银行北京朝阳支行"_qs},
                   {u"payee.name"_qs, u"北京市朝阳区人民法院"_qs},
                   {u"payee.account"_qs, u"0200001234567890123"_qs},
                   {u"caseCause"_qs, u"民间借贷纠纷"_qs},
                   {u"documentKind"_qs, u"M"_qs}, // a mediation statement: a risk sign
                   {u"filedOn"_qs, QDate::currentDate().addMonths(-6).toString(Qt::ISODate)},
                   {u"creditor.name"_qs, u"赵六"_qs},
                   {u"creditor.address"_qs, u"北京市朝阳区某路1号"_qs},
                   {u"creditor.unitName"_qs, u"某某公司"_qs}});
    const auto deducted = run(w, desk, desk->deductButton(), deduct);
    QVERIFY2(deducted, qPrintable(desk->statusText()));
    QCOMPARE(deducted->receipt.action, u"deduct"_qs);
    QCOMPARE(deducted->receipt.achievedFen, 10000);
    QCOMPARE(deducted->freeze.deductedFen, 10000);
    QCOMPARE(receiptQr(w, desk, u"deduct"_qs), deducted->receipt.number);
    // A private-lending case settled by mediation: flagged (never blocked), shown translated.
    QVERIFY(std::any_of(deducted->riskFlags.cbegin(), deducted->riskFlags.cend(),
                        [](const auto &f) { return f.code == u"risk.settled_not_judged"; }));
    QVERIFY2(desk->riskText().contains(u"settled by mediation"_qs), qPrintable(desk->riskText()));
    QVERIFY(!desk->riskText().contains(u"risk."_qs));

    // 5. Unfreeze the rest (amount empty = the whole freeze): the queued one takes effect.
    QVERIFY(desk->selectHold(first->freeze.holdId));
    hpf::test::Papers unfreeze = hpf::test::courtPapers(u"京0105"_qs, u"（2026）京0105执1234号"_qs);
    unfreeze.append(
        {{u"amountFen"_qs, QString()}, {u"grounds"_qs, u"Debt"_qs}, {u"groundsText"_qs, QString()}});
    const auto released = run(w, desk, desk->unfreezeButton(), unfreeze);
    QVERIFY2(released, qPrintable(desk->statusText()));
    QVERIFY(released->promoted);
    QCOMPARE(released->promoted->holdId, second->freeze.holdId);
    QCOMPARE(receiptQr(w, desk, u"unfreeze"_qs), released->receipt.number);
    QVERIFY(desk->freezes()->active);
    QCOMPARE(desk->freezes()->active->holdId, second->freeze.holdId);
    QVERIFY(desk->freezes()->queue.isEmpty());
    QVERIFY(desk->statusText().contains(u"has taken effect"_qs));

    // 扫描法律文书: the court's documents go to 8001 with the request's serial.
    QTest::keyClick(desk->scanDocumentsButton(), Qt::Key_Space);
    QTRY_COMPARE(w->currentPage(), u"8001"_qs);
}

void TestJudicialDesk::badPapersNameTheField_data()
{
    QTest::addColumn<QString>("path");    // the input changed
    QTest::addColumn<QString>("value");   // typed there
    QTest::addColumn<QString>("label");   // the field the message names
    QTest::addColumn<QString>("message"); // part of the message
    QTest::newRow("end date in the past")
        << u"endDate"_qs << QDate::currentDate().addDays(-10).toString(Qt::ISODate) << u"Freeze until"_qs
        << u"in the past"_qs;
    QTest::newRow("end date not a date")
        << u"endDate"_qs << u"2026-02-30"_qs << u"Freeze until"_qs << u"YYYY-MM-DD"_qs;
    QTest::newRow("missing officer card") << u"officers[1].dutyCard"_qs << QString()
                                          << u"Officer 2 enforcement duty card no."_qs << u"Fill this in"_qs;
    QTest::newRow("case of another court")
        << u"caseNumber"_qs << u"（2026）甘01执1号"_qs << u"Case number"_qs << u"same court"_qs;
    QTest::newRow("ruling dated tomorrow")
        << u"ruling.date"_qs << QDate::currentDate().addDays(2).toString(Qt::ISODate) << u"Ruling date"_qs
        << u"after today"_qs;
    QTest::newRow("amount with three decimals")
        << u"amountFen"_qs << u"1.005"_qs << u"Amount"_qs << QString();
    QTest::newRow("amount zero") << u"amountFen"_qs << u"0"_qs << u"Amount"_qs << u"above zero"_qs;
}

void TestJudicialDesk::badPapersNameTheField()
{
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(QString, label);
    QFETCH(QString, message);
    ClientUnderTest client;
    MainWindow *w = signedIn(client, u"judicial1"_qs);
    QVERIFY(w);
    QVERIFY(w->openCode(u"3001"_qs));
    auto *desk = w->page<JudicialDeskPage>();
    QVERIFY2(hpf::test::searchAccount(desk, m_server.personalAccounts().value(7)),
             qPrintable(desk->statusText()));
    desk->registerButton()->setFocus();
    QTest::keyClick(desk->registerButton(), Qt::Key_Space);
    auto *court = qobject_cast<QComboBox *>(desk->form()->input(u"courtCode"_qs));
    QTRY_VERIFY_WITH_TIMEOUT(court->count() > 1, 15000);
    hpf::test::Papers papers = hpf::test::freezePapers(u"京0105"_qs, u"（2026）京0105执99号"_qs, u"50"_qs);
    const QDate typedDate = QDate::fromString(value, Qt::ISODate);
    for (auto &[p, v] : papers) {
        if (p == path)
            v = value;
        // A past end with a period that starts before it: the refusal is "in the past".
        if (p == u"startDate" && path == u"endDate" && typedDate.isValid() &&
            typedDate < QDate::currentDate())
            v = typedDate.addDays(-30).toString(Qt::ISODate);
    }
    QVERIFY2(hpf::test::typePapers(desk, papers).isEmpty(), qPrintable(desk->statusText()));
    QVERIFY2(desk->statusText().startsWith(label + u':'), qPrintable(desk->statusText()));
    QVERIFY2(desk->statusText().contains(message), qPrintable(desk->statusText()));
    // The message is on screen: the open form never squeezes the status line away.
    const auto *status = desk->findChild<QLabel *>(u"judicialStatus"_qs);
    QVERIFY(status && status->isVisible());
    QVERIFY2(status->height() >= status->fontMetrics().lineSpacing(),
             qPrintable(QString::number(status->height())));
    QCOMPARE(QApplication::focusWidget(), desk->form()->input(path)); // the officer corrects it there
    QVERIFY(!desk->grantDialog());                                    // no supervisor asked
    if (qEnvironmentVariableIntValue("HPF_KEEP_TEST_OUTPUT") == 1)    // to look at the desk
        w->grab().save(
            QDir::temp().filePath(u"judicialdesk-%1.png"_qs.arg(QString::fromUtf8(QTest::currentDataTag()))));
    QCOMPARE(client.shell->core()->outbox()->pendingCount(), 0);
}

void TestJudicialDesk::tellerSeesRestrictedOnly()
{
    const QString account = m_server.personalAccounts().value(1); // the demo judicial hold
    {
        // The judicial officer sees the court and case of that freeze.
        ClientUnderTest client;
        MainWindow *w = signedIn(client, u"judicial1"_qs);
        QVERIFY(w);
        QVERIFY(w->openCode(u"3001"_qs));
        auto *desk = w->page<JudicialDeskPage>();
        QVERIFY2(hpf::test::searchAccount(desk, account), qPrintable(desk->statusText()));
        QVERIFY(desk->freezes()->active || !desk->freezes()->queue.isEmpty());
    }
    ClientUnderTest client;
    MainWindow *w = signedIn(client, u"teller1"_qs);
    QVERIFY(w);
    QVERIFY(!w->openCode(u"3001"_qs)); // not the teller's desk
    QVERIFY(!w->openCode(u"3002"_qs));
    QVERIFY(!w->openCode(u"3003"_qs));
    QVERIFY(w->openCode(u"1002"_qs));
    auto *person = w->page<PersonPage>();
    QSignalSpy loaded(person, &PersonPage::loaded);
    person->showAccount(account);
    QVERIFY(loaded.wait(15000));
    QTRY_VERIFY_WITH_TIMEOUT(person->restrictedVisible(), 15000);
    QVERIFY(!person->holdsVisible());
    // Nothing of the court anywhere on the page: no label holds a court or a case number.
    for (const QLabel *label : person->findChildren<QLabel *>()) {
        QVERIFY2(!label->text().contains(u"法院"_qs) && !label->text().contains(u"执"_qs),
                 qPrintable(label->text()));
    }
}

void TestJudicialDesk::expiringOpensTheDesk()
{
    ClientUnderTest client;
    MainWindow *w = signedIn(client, u"judicial1"_qs);
    QVERIFY(w);
    // A freeze ending in 10 days, registered first.
    QVERIFY(w->openCode(u"3001"_qs));
    auto *desk = w->page<JudicialDeskPage>();
    const QString account = m_server.personalAccounts().value(8);
    QVERIFY2(hpf::test::searchAccount(desk, account), qPrintable(desk->statusText()));
    hpf::test::Papers papers = hpf::test::freezePapers(u"京0108"_qs, u"（2026）京0108执5号"_qs, u"20"_qs);
    papers.last().second = QDate::currentDate().addDays(10).toString(Qt::ISODate);
    QVERIFY2(run(w, desk, desk->registerButton(), papers), qPrintable(desk->statusText()));

    QVERIFY(w->openCode(u"3002"_qs));
    auto *expiring = w->page<JudicialExpiringPage>();
    QTRY_VERIFY_WITH_TIMEOUT(!expiring->items().isEmpty(), 15000);
    QCOMPARE(expiring->daysBox()->value(), 30); // the policy's default
    int row = -1;
    for (int i = 0; i < expiring->items().size(); ++i) {
        if (expiring->items().at(i).accountNumber == account)
            row = i;
    }
    QVERIFY(row >= 0);
    QVERIFY(expiring->items().at(row).daysLeft <= 11);
    // Fewer days: the freeze drops out of the list.
    QSignalSpy reloaded(expiring, &JudicialExpiringPage::loaded);
    expiring->daysBox()->setFocus();
    expiring->daysBox()->selectAll();
    typeText(expiring->daysBox(), u"5"_qs);
    QTest::keyClick(expiring->daysBox(), Qt::Key_Return);
    QVERIFY(reloaded.wait(15000));
    for (const auto &i : expiring->items())
        QVERIFY(i.accountNumber != account);
    // Back to 30 days, Enter on its row opens the account on the desk.
    expiring->daysBox()->selectAll();
    typeText(expiring->daysBox(), u"30"_qs);
    QTest::keyClick(expiring->daysBox(), Qt::Key_Return);
    QVERIFY(reloaded.wait(15000));
    for (int i = 0; i < expiring->items().size(); ++i) {
        if (expiring->items().at(i).accountNumber == account)
            row = i;
    }
    expiring->table()->setFocus();
    expiring->table()->selectRow(row);
    QSignalSpy opened(desk, &JudicialDeskPage::loaded);
    QTest::keyClick(expiring->table(), Qt::Key_Return);
    QTRY_COMPARE(w->currentPage(), u"3001"_qs);
    QVERIFY(opened.wait(15000) || !opened.isEmpty());
    QCOMPARE(desk->accountEdit()->text(), account);
}

// Two requests as the online court channel stores them (pending on the desk): written straight into
// the fixture's SQLite database, the channel itself is jcourt's (tests/server).
bool TestJudicialDesk::seedOnlineRequests(const QString &account, QStringList *ids)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"fixture"_qs);
    db.setDatabaseName(m_server.databasePath());
    bool ok = db.open();
    for (int i = 0; ok && i < 2; ++i) {
        judicial::Request r;
        r.type = judicial::RequestType::Freeze;
        r.accountNumber = account;
        r.courtCode = u"京0105"_qs;
        r.caseNumber = u"（2026）京0105执%1号"_qs.arg(700 + i);
        const QDate day = QDate::currentDate().addDays(-3);
        r.ruling = {r.caseNumber, day};
        r.notice = {r.caseNumber + u"之一"_qs, day};
        r.officers = {{u"李明"_qs, u"W1"_qs, u"Z1"_qs}, {u"王强"_qs, u"W2"_qs, u"Z2"_qs}};
        r.amountFen = 5000;
        r.startDate = QDate::currentDate().addDays(-1);
        r.endDate = r.startDate.addYears(1);
        QSqlQuery q(db);
        ok = q.prepare(
            u"INSERT INTO judicial_requests (type, channel, status, court_code, case_number, "
            "created_at, request, message_id) VALUES ('freeze', 'online', 'pending', ?, ?, ?, ?, ?)"_qs);
        q.addBindValue(r.courtCode);
        q.addBindValue(r.caseNumber);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch() + i);
        q.addBindValue(QString::fromUtf8(QJsonDocument(judicial::toJson(r)).toJson(QJsonDocument::Compact)));
        q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        ok = ok && q.exec();
        if (!ok)
            qWarning("%s", qPrintable(q.lastError().text()));
        ids->append(q.lastInsertId().toString());
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"fixture"_qs);
    return ok;
}

void TestJudicialDesk::inboxHandleAndReject()
{
    const QString account = m_server.personalAccounts().value(9);
    QStringList ids;
    QVERIFY(seedOnlineRequests(account, &ids));
    ClientUnderTest client;
    MainWindow *w = signedIn(client, u"judicial1"_qs);
    QVERIFY(w);
    QVERIFY(w->openCode(u"3003"_qs));
    auto *inbox = w->page<JudicialInboxPage>();
    QTRY_VERIFY_WITH_TIMEOUT(inbox->items().size() >= 2, 15000);

    // Nothing selected: handling asks for a selection, no grant is opened.
    inbox->table()->clearSelection();
    inbox->table()->setCurrentItem(nullptr);
    inbox->handleButton()->setFocus();
    QTest::keyClick(inbox->handleButton(), Qt::Key_Space);
    QVERIFY2(inbox->statusText().contains(u"Select a request"_qs), qPrintable(inbox->statusText()));
    QVERIFY(!inbox->grantDialog());

    // Handle the oldest: the supervisor authorises, the freeze is registered, the 回执 is printable.
    const int first = int(std::find_if(inbox->items().cbegin(), inbox->items().cend(),
                                       [&](const auto &i) { return i.id == ids.at(0); }) -
                          inbox->items().cbegin());
    QVERIFY(first < inbox->items().size());
    QCOMPARE(inbox->items().at(first).request.accountNumber, account);
    inbox->table()->setFocus();
    inbox->table()->setCurrentCell(first, 0);
    inbox->handleButton()->setFocus();
    QTest::keyClick(inbox->handleButton(), Qt::Key_Space);
    QTRY_VERIFY(inbox->grantDialog() && inbox->grantDialog()->isVisible());
    QSignalSpy loaded(inbox, &JudicialInboxPage::loaded);
    hpf::test::authorise(inbox->grantDialog());
    QTRY_VERIFY_WITH_TIMEOUT(inbox->receiptBar()->isVisible(), 20000);
    QVERIFY2(inbox->statusText().contains(u"Freeze done"_qs), qPrintable(inbox->statusText()));
    QVERIFY(loaded.wait(15000) || !loaded.isEmpty());
    for (const auto &i : inbox->items())
        QVERIFY(i.id != ids.at(0)); // no longer pending

    // Reject the other: a reason is required, named on its field, before any grant.
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    int second = -1;
    for (int i = 0; i < inbox->items().size(); ++i) {
        if (inbox->items().at(i).id == ids.at(1))
            second = i;
    }
    QVERIFY(second >= 0);
    inbox->table()->setCurrentCell(second, 0);
    inbox->reasonEdit()->clear();
    inbox->rejectButton()->setFocus();
    QTest::keyClick(inbox->rejectButton(), Qt::Key_Space);
    QVERIFY2(inbox->statusText().startsWith(u"Reason for rejecting"_qs), qPrintable(inbox->statusText()));
    QVERIFY(!inbox->grantDialog());
    QCOMPARE(QApplication::focusWidget(), inbox->reasonEdit());
    typeText(inbox->reasonEdit(), u"账户不属于被执行人"_qs);
    QTest::keyClick(inbox->reasonEdit(), Qt::Key_Return);
    QTRY_VERIFY(inbox->grantDialog() && inbox->grantDialog()->isVisible());
    hpf::test::authorise(inbox->grantDialog());
    QTRY_VERIFY_WITH_TIMEOUT(inbox->statusText().contains(u"rejected"_qs), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(std::none_of(inbox->items().cbegin(), inbox->items().cend(),
                                          [&](const auto &i) { return i.id == ids.at(1); }),
                             15000);
}

QTEST_MAIN(TestJudicialDesk)
#include "tst_judicialdesk.moc"
