// Issue 15's "done when", on the training back end (a real hpf-server process, init + demo-seed):
// a court's electronic freeze, signed and sent by the training court client hpf-court, arrives
// and is handled on the desk's inbox (3003) with a supervisor's grant; on the desk (3001) a second
// court's freeze queues behind it; the first is renewed, partly deducted and unfrozen, and the
// queued one takes effect; every 协助执行回执 is printed to PDF and its QR read back by zbarimg;
// the court polls the center-signed answer. Then the server runs days later (faketime) and a
// freeze whose end date passed lapses on its own (the judicial.expiry job), its successor active.
#include "judicial/inboxpage.h"
#include "judicialdesktest.h"
#include "serverfixture.h"
#include "widgets/messagebox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTableWidget>

using namespace hpf;
using namespace hpf::ui;
using hpf::test::ClientUnderTest;

class TestJudicialDone : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void courtRequestThroughLifecycleToExpiry();

private:
    // Runs hpf-court with the training court's key against the fixture; its exit code and output.
    int court(const QStringList &arguments, QByteArray *out);
    QString receiptQr(MainWindow *w, JudicialReceiptBar *bar, const QString &name);

    hpf::test::ServerFixture m_server;
    QTemporaryDir m_dir;
};

void TestJudicialDone::initTestCase()
{
    MessageBox::setAutoAnswer(QMessageBox::Ok);
    QVERIFY(m_dir.isValid());
    // scripts/install-deps.sh installs them: poppler-utils, zbar-tools, faketime.
    for (const QString &tool : {u"pdftoppm"_qs, u"zbarimg"_qs, u"faketime"_qs})
        QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(), qPrintable(tool + u" is missing"_qs));
    const QString error = m_server.prepare();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(QFileInfo::exists(m_server.trainingCourtKey()), qPrintable(m_server.trainingCourtKey()));
    QVERIFY(m_server.start().isEmpty());
}

int TestJudicialDone::court(const QStringList &arguments, QByteArray *out)
{
    QStringList args = arguments;
    args.insert(1, u"--server"_qs);
    args.insert(2, m_server.url().toString());
    args.insert(3, u"--court"_qs);
    args.insert(4, u"京0105"_qs);
    args.insert(5, u"--key"_qs);
    args.insert(6, m_server.trainingCourtKey());
    QByteArray err;
    const int code = hpf::test::runProgram(QStringLiteral(HPF_COURT_BINARY), args, {}, out, &err);
    if (code != 0)
        qWarning("hpf-court %s: %s", qPrintable(arguments.value(0)), QByteArray(*out + err).constData());
    return code;
}

QString TestJudicialDone::receiptQr(MainWindow *w, JudicialReceiptBar *bar, const QString &name)
{
    return hpf::test::receiptQr(w, bar, m_dir.filePath(name + u".pdf"_qs));
}

void TestJudicialDone::courtRequestThroughLifecycleToExpiry()
{
    const QString account = m_server.personalAccounts().value(10);
    const QString later = m_server.personalAccounts().value(11); // for the expiry
    QVERIFY(!account.isEmpty() && !later.isEmpty());

    // 1. The court sends a freeze of 300.00 yuan over the online channel.
    judicial::Request r;
    r.type = judicial::RequestType::Freeze;
    r.accountNumber = account;
    r.courtCode = u"京0105"_qs;
    r.caseNumber = u"（2026）京0105执2001号"_qs;
    const QDate today = QDate::currentDate();
    r.ruling = {u"（2026）京0105执2001号"_qs, today.addDays(-2)};
    r.notice = {u"京0105协执2001号"_qs, today.addDays(-1)};
    r.officers = {{u"李明"_qs, u"W0105001"_qs, u"Z0105001"_qs}, {u"王强"_qs, u"W0105002"_qs, u"Z0105002"_qs}};
    r.amountFen = 30000;
    r.startDate = today;
    r.endDate = today.addYears(1);
    QFile file(m_dir.filePath(u"freeze.json"_qs));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(judicial::toJson(r)).toJson());
    file.close();
    QByteArray sent;
    QCOMPARE(court({u"send"_qs, file.fileName()}, &sent), 0);
    QVERIFY2(sent.contains("pending"), sent.constData());

    // 2. The judicial officer handles it on the inbox; the supervisor authorises; 回执 printed.
    ClientUnderTest client;
    MainWindow *w = hpf::test::signedIn(client, m_server.url(), u"judicial1"_qs);
    QVERIFY(w);
    QVERIFY(w->openCode(u"3003"_qs));
    auto *inbox = w->page<JudicialInboxPage>();
    int row = -1;
    QTRY_VERIFY_WITH_TIMEOUT(
        (row = int(std::find_if(inbox->items().cbegin(), inbox->items().cend(),
                                [&](const auto &i) { return i.request.caseNumber == r.caseNumber; }) -
                   inbox->items().cbegin())) < inbox->items().size(),
        15000);
    inbox->table()->setFocus();
    inbox->table()->setCurrentCell(row, 0);
    inbox->handleButton()->setFocus();
    QTest::keyClick(inbox->handleButton(), Qt::Key_Space);
    QTRY_VERIFY(inbox->grantDialog() && inbox->grantDialog()->isVisible());
    hpf::test::authorise(inbox->grantDialog());
    QTRY_VERIFY_WITH_TIMEOUT(inbox->receiptBar()->isVisible(), 20000);
    const QString onlineReceipt = inbox->receiptBar()->receiptData().number;
    QVERIFY(!onlineReceipt.isEmpty());
    QCOMPARE(receiptQr(w, inbox->receiptBar(), u"online"_qs), onlineReceipt);

    // The court polls: the center-signed answer carries that 回执 (hpf-court checks the signature).
    QByteArray polled;
    QCOMPARE(court({u"poll"_qs}, &polled), 0);
    QVERIFY2(polled.contains(onlineReceipt.toUtf8()), polled.constData());

    // 3. On the desk: the court's freeze is in effect; a second court's freeze queues behind it.
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    QVERIFY(w->openCode(u"3001"_qs));
    auto *desk = w->page<JudicialDeskPage>();
    QVERIFY2(hpf::test::searchAccount(desk, account), qPrintable(desk->statusText()));
    QVERIFY(desk->freezes() && desk->freezes()->active);
    const QString first = desk->freezes()->active->holdId;
    QCOMPARE(desk->freezes()->active->amountFen, 30000);
    const auto queued = hpf::test::runDeskAction(
        w, desk, desk->registerButton(),
        hpf::test::freezePapers(u"甘0102"_qs, u"（2026）甘0102执310号"_qs, QString()));
    QVERIFY2(queued, qPrintable(desk->statusText()));
    QCOMPARE(queued->freeze.state, u"waiting"_qs);
    QCOMPARE(receiptQr(w, desk->receiptBar(), u"queued"_qs), queued->receipt.number);

    // 4. Renew the court's freeze, 5. deduct part of it, 6. unfreeze the rest.
    const hpf::test::Papers papers = hpf::test::courtPapers(u"京0105"_qs, r.caseNumber);
    QVERIFY(desk->selectHold(first));
    hpf::test::Papers renew = papers;
    renew.append({u"newEndDate"_qs, today.addYears(2).toString(Qt::ISODate)});
    const auto renewed = hpf::test::runDeskAction(w, desk, desk->renewButton(), renew);
    QVERIFY2(renewed, qPrintable(desk->statusText()));
    QCOMPARE(renewed->freeze.renewals, 1);
    QCOMPARE(receiptQr(w, desk->receiptBar(), u"renewed"_qs), renewed->receipt.number);

    QVERIFY(desk->selectHold(first));
    hpf::test::Papers deduct = papers;
    deduct.append({{u"amountFen"_qs, u"120"_qs},
                   {u"courtOrdered"_qs, u"x"_qs},
                   {u"withdrawalCondition"_qs, QString()},
                   {u"payee.bank"_qs, u"中国工商银行北京朝阳支行"_qs},
                   {u"payee.name"_qs, u"北京市朝阳区人民法院"_qs},
                   {u"payee.account"_qs, u"0200001234567890123"_qs},
                   {u"caseCause"_qs, u"买卖合同纠纷"_qs},
                   {u"documentKind"_qs, u"J"_qs},
                   {u"filedOn"_qs, today.addMonths(-3).toString(Qt::ISODate)},
                   {u"creditor.name"_qs, u"某某贸易有限公司"_qs},
                   {u"creditor.address"_qs, QString()},
                   {u"creditor.unitName"_qs, QString()}});
    const auto deducted = hpf::test::runDeskAction(w, desk, desk->deductButton(), deduct);
    QVERIFY2(deducted, qPrintable(desk->statusText()));
    QCOMPARE(deducted->receipt.achievedFen, 12000);
    QCOMPARE(deducted->freeze.deductedFen, 12000);
    QCOMPARE(receiptQr(w, desk->receiptBar(), u"deducted"_qs), deducted->receipt.number);

    QVERIFY(desk->selectHold(first));
    hpf::test::Papers unfreeze = papers;
    unfreeze.append(
        {{u"amountFen"_qs, QString()}, {u"grounds"_qs, u"Debt"_qs}, {u"groundsText"_qs, QString()}});
    const auto released = hpf::test::runDeskAction(w, desk, desk->unfreezeButton(), unfreeze);
    QVERIFY2(released, qPrintable(desk->statusText()));
    QVERIFY(released->promoted);
    QCOMPARE(released->promoted->holdId, queued->freeze.holdId);
    QCOMPARE(receiptQr(w, desk->receiptBar(), u"unfrozen"_qs), released->receipt.number);
    QVERIFY(desk->freezes()->active);
    QCOMPARE(desk->freezes()->active->holdId, queued->freeze.holdId);

    // 7. Expiry on its own: a freeze ending in two days, another court's queued behind it.
    QVERIFY2(hpf::test::searchAccount(desk, later), qPrintable(desk->statusText()));
    hpf::test::Papers shortFreeze =
        hpf::test::freezePapers(u"甘0102"_qs, u"（2026）甘0102执402号"_qs, u"50"_qs);
    shortFreeze.last().second = today.addDays(2).toString(Qt::ISODate);
    const auto ending = hpf::test::runDeskAction(w, desk, desk->registerButton(), shortFreeze);
    QVERIFY2(ending, qPrintable(desk->statusText()));
    QCOMPARE(receiptQr(w, desk->receiptBar(), u"ending"_qs), ending->receipt.number);
    const auto next = hpf::test::runDeskAction(
        w, desk, desk->registerButton(),
        hpf::test::freezePapers(u"京0108"_qs, u"（2026）京0108执403号"_qs, u"80"_qs));
    QVERIFY2(next, qPrintable(desk->statusText()));
    QCOMPARE(next->freeze.state, u"waiting"_qs);
    QCOMPARE(receiptQr(w, desk->receiptBar(), u"next"_qs), next->receipt.number);

    // Five days later: nobody touches the account; the server's daily job ends the first freeze.
    m_server.kill();
    m_server.setDaysAhead(5);
    QVERIFY(m_server.start(m_server.port()).isEmpty());
    ClientUnderTest after;
    MainWindow *w2 = hpf::test::signedIn(after, m_server.url(), u"judicial1"_qs);
    QVERIFY(w2);
    // The expiring list is read first: it must already show the successor, not the lapsed one.
    QVERIFY(w2->openCode(u"3001"_qs));
    auto *desk2 = w2->page<JudicialDeskPage>();
    QTRY_VERIFY_WITH_TIMEOUT(hpf::test::searchAccount(desk2, later) && desk2->freezes() &&
                                 desk2->freezes()->active &&
                                 desk2->freezes()->active->holdId == next->freeze.holdId,
                             30000);
    const auto &history = desk2->freezes()->history;
    const auto expired = std::find_if(history.cbegin(), history.cend(),
                                      [&](const auto &f) { return f.holdId == ending->freeze.holdId; });
    QVERIFY(expired != history.cend());
    QCOMPARE(expired->state, u"expired"_qs);
    QCOMPARE(expired->endedOn, today.addDays(3)); // the day after its end date
}

QTEST_MAIN(TestJudicialDone)
#include "tst_judicialdone.moc"
