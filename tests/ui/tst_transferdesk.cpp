// The transfer pages (5001–5003, 5101–5103) against real hpf-server back ends, by keyboard:
// - an in-city transfer of a demo person on 5001, its receipt saved as PDF and its text read back,
//   the balances checked through the API (the source closed 03 with reason 06, the new account
//   holding principal + interest);
// - the demo's 一人多户 person shown on 1002 with the notice, opened on 5003, merged with a
//   supervisor's grant (the merged account 03 with reason 05, its money on the kept one);
// - the refusal a teller meets on a frozen account (受限, naming the account field, focus there);
// - the cross-city flow between TWO training back ends (620100 and 110100, peers folder shared):
//   apply at 110100 on 5101 (the 联系函 printed with its number), accept at 620100 on 5102 (the
//   转出凭证), back at 110100 5103 shows 00 once the jobs ran, balances checked at both centers,
//   and 撤销 then refused politely as too late.
#include "api/transfers.h"
#include "clientcore.h"
#include "domain/errortext.h"
#include "domain/money.h"
#include "guitest.h"
#include "judicialdesktest.h"
#include "lookup/personpage.h"
#include "serverfixture.h"
#include "shell/grantdialog.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "transfer/crossapplypage.h"
#include "transfer/crossbrowser.h"
#include "transfer/crossinboxpage.h"
#include "transfer/crosslistpage.h"
#include "transfer/incitypage.h"
#include "transfer/lookupfield.h"
#include "transfer/mergepage.h"
#include "transfer/transfertext.h"
#include "widgets/documentprinter.h"
#include "widgets/messagebox.h"
#include "widgets/receiptbar.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>

using namespace hpf;
using namespace hpf::ui;
using hpf::test::ClientUnderTest;
using hpf::test::enter;
using hpf::test::fetchAccount;
using hpf::test::typeText;

class TestTransferDesk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void inCityTransferByKeyboard();
    void frozenAccountIsRestricted();
    void mergeFromThePersonPage();
    void crossCityBetweenTwoCenters();

private:
    QString pdfText(const QString &pdf);
    // A unit of the demo center other than `unitAccount`, open (01), as the 5001 lookup shows it.
    QString otherOpenUnit(InCityTransferPage *page, const QString &unitAccount);

    QTemporaryDir m_dir;
    QTemporaryDir m_peers;
    hpf::test::ServerFixture m_lanzhou; // 620100, the policy's own center
    hpf::test::ServerFixture m_beijing; // 110100
};

void TestTransferDesk::initTestCase()
{
    MessageBox::setAutoAnswer(QMessageBox::Ok);
    QVERIFY(m_dir.isValid() && m_peers.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_qs).isEmpty(),
             "pdftotext is missing (poppler-utils)");
    m_lanzhou.setPeersDirectory(m_peers.path());
    m_beijing.setCenter(u"110100"_qs);
    m_beijing.setPeersDirectory(m_peers.path());
    for (hpf::test::ServerFixture *server : {&m_lanzhou, &m_beijing}) {
        const QString error = server->prepare();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString started = server->start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
    }
    QVERIFY(!m_lanzhou.legacyDuplicate().isEmpty());
}

QString TestTransferDesk::pdfText(const QString &pdf)
{
    QByteArray out;
    if (hpf::test::runProgram(u"pdftotext"_qs, {u"-enc"_qs, u"UTF-8"_qs, pdf, u"-"_qs}, {}, &out) != 0)
        return {};
    return QString::fromUtf8(out).remove(QRegularExpression(u"\\s"_qs));
}

QString TestTransferDesk::otherOpenUnit(InCityTransferPage *page, const QString &unitAccount)
{
    for (const QString &unit : m_lanzhou.unitAccounts()) {
        if (unit == unitAccount)
            continue;
        page->unitField()->edit()->clear();
        page->unitField()->setText(unit);
        if (QTest::qWaitFor([&] { return page->unitField()->unit().has_value(); }, 10000) &&
            page->unitField()->unit()->state == u"01")
            return unit;
    }
    return {};
}

void TestTransferDesk::inCityTransferByKeyboard()
{
    ClientUnderTest client;
    MainWindow *w = hpf::test::signedIn(client, m_lanzhou.url(), u"teller1"_qs);
    QVERIFY(w);
    QVERIFY(w->openCode(u"5001"_qs));
    auto *page = w->page<InCityTransferPage>();
    QVERIFY(page);
    const QString account = m_lanzhou.personalAccounts().value(3);
    const auto before = fetchAccount(client.shell->core(), account);
    QVERIFY(before && before->state == u"01");

    // The account: Enter moves on to the receiving unit and the lookup shows the account.
    enter(page->accountField()->edit(), account);
    QTRY_VERIFY(page->unitField()->edit()->hasFocus());
    QTRY_VERIFY_WITH_TIMEOUT(page->accountField()->account().has_value(), 10000);
    QVERIFY(!page->accountField()->infoText().contains(u"受限"_qs));
    // Issue 19: what the lookup found shows in the "Looked up" panel beside the form, the state in
    // words from the code table.
    QLabel *info = page->accountField()->infoLabel();
    QVERIFY2(info->text().startsWith(TransferText::accountState(u"01"_qs)), qPrintable(info->text()));
    QVERIFY(info->isVisible());
    QVERIFY(info->parentWidget() && info->parentWidget()->objectName() == u"lookupSummary");
    QVERIFY(!info->parentWidget()->isAncestorOf(page->accountField()->edit()));
    const QString target = otherOpenUnit(page, before->unitAccount);
    QVERIFY2(!target.isEmpty(), "no other open demo unit");
    page->unitField()->edit()->setFocus();
    QTest::keyClick(page->unitField()->edit(), Qt::Key_Return);
    QTRY_VERIFY(page->memoEdit()->hasFocus());
    QSignalSpy finished(page, &InCityTransferPage::finished);
    typeText(page->memoEdit(), u"调动"_qs);
    QTest::keyClick(page->memoEdit(), Qt::Key_Return); // Enter in the last field transfers
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(page->statusText()));
    QVERIFY(page->result());
    const client::api::InCityResult r = *page->result();
    QCOMPARE(r.from.accountNumber, account);
    QCOMPARE(r.toUnit.unitAccount, target);
    QCOMPARE(r.amountFen, before->balanceFen.value_or(0) + r.interestFen);
    QVERIFY(page->statusText().contains(r.serial));
    QVERIFY(page->resultText().contains(r.to.accountNumber));

    // A second Enter does not transfer again.
    QTest::keyClick(page->memoEdit(), Qt::Key_Return);
    QTest::qWait(300);
    QCOMPARE(finished.size(), 1);

    // The receipt as the teller saves it, read back from the PDF.
    QVERIFY(page->receiptBar()->isVisible());
    const QString pdf = m_dir.filePath(u"incity.pdf"_qs);
    QVERIFY(w->printer()->savePdf(page->receiptBar()->printJob(), pdf).ok());
    // (pdftotext gives some ideographs as their Kangxi radical look-alikes: only safe characters; the
    // serial is the receipt's QR, read by the receipt tests.)
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(u"市内转移业务回单"_qs), qPrintable(text));
    QVERIFY2(text.contains(r.to.accountNumber), qPrintable(text));
    QVERIFY2(text.contains(money::format(r.amountFen).remove(u' ')), qPrintable(text));

    // Through the API: the source closed by the transfer, the new account holds the money.
    const auto from = fetchAccount(client.shell->core(), account);
    QVERIFY(from);
    QCOMPARE(from->state, u"03"_qs);
    QCOMPARE(from->closeReason, u"06"_qs);
    QCOMPARE(from->successorAccount, r.to.accountNumber);
    QCOMPARE(from->balanceFen.value_or(-1), 0);
    const auto to = fetchAccount(client.shell->core(), r.to.accountNumber);
    QVERIFY(to);
    QCOMPARE(to->state, u"01"_qs);
    QCOMPARE(to->unitAccount, target);
    QCOMPARE(to->balanceFen.value_or(-1), r.amountFen);
}

void TestTransferDesk::frozenAccountIsRestricted()
{
    ClientUnderTest client;
    MainWindow *w = hpf::test::signedIn(client, m_lanzhou.url(), u"teller1"_qs);
    QVERIFY(w);
    QVERIFY(w->openCode(u"5001"_qs));
    auto *page = w->page<InCityTransferPage>();
    const QString frozen = m_lanzhou.personalAccounts().value(1); // the demo's active court freeze
    enter(page->accountField()->edit(), frozen);
    QTRY_VERIFY_WITH_TIMEOUT(page->accountField()->account().has_value(), 10000);
    QVERIFY2(page->accountField()->infoText().contains(u"受限"_qs),
             qPrintable(page->accountField()->infoText()));
    const QString target = otherOpenUnit(page, page->accountField()->account()->unitAccount);
    QVERIFY(!target.isEmpty());
    page->unitField()->edit()->setFocus();
    QTest::keyClick(page->unitField()->edit(), Qt::Key_Return);
    QSignalSpy finished(page, &InCityTransferPage::finished);
    QTest::keyClick(page->memoEdit(), Qt::Key_Return);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY2(page->statusText().contains(u"受限"_qs), qPrintable(page->statusText()));
    QVERIFY2(page->statusText().contains(errortext::fieldLabel(u"accountNumber"_qs)),
             qPrintable(page->statusText()));
    QTRY_VERIFY(page->accountField()->edit()->hasFocus());
    QVERIFY(!page->receiptBar()->isVisible());
    const auto after = fetchAccount(client.shell->core(), frozen);
    QVERIFY(after);
    QCOMPARE(after->state, u"01"_qs); // nothing moved
}

void TestTransferDesk::mergeFromThePersonPage()
{
    ClientUnderTest client;
    MainWindow *w = hpf::test::signedIn(client, m_lanzhou.url(), u"teller1"_qs);
    QVERIFY(w);
    const QString keep = m_lanzhou.legacyTwin();
    const QString merged = m_lanzhou.legacyDuplicate();
    const auto keptBefore = fetchAccount(client.shell->core(), keep);
    const auto mergedBefore = fetchAccount(client.shell->core(), merged);
    QVERIFY(keptBefore && mergedBefore);

    // 1002 shows 一人多户 and offers 5003.
    QVERIFY(w->openCode(u"1002"_qs, keep));
    auto *person = w->page<PersonPage>();
    QTRY_VERIFY_WITH_TIMEOUT(person->accountNumber() == keep, 10000);
    QTRY_VERIFY(person->multipleAccountsVisible());
    QVERIFY(person->multipleAccountsText().contains(u"一人多户"_qs));
    person->mergeButton()->setFocus();
    QTest::keyClick(person->mergeButton(), Qt::Key_Space);

    auto *page = w->page<MergePage>();
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->candidateTable()->rowCount() == 1, 10000);
    QCOMPARE(page->candidateTable()->item(0, 0)->text(), merged);
    QTRY_VERIFY(page->candidateTable()->hasFocus());
    QSignalSpy finished(page, &MergePage::finished);
    QTest::keyClick(page->candidateTable(), Qt::Key_Return); // Enter on the row: the grant is asked
    QTRY_VERIFY_WITH_TIMEOUT(page->grantDialog() && page->grantDialog()->isVisible(), 5000);
    QVERIFY(page->grantDialog()->summaryText().contains(merged));
    QVERIFY(hpf::test::authorise(page->grantDialog()));
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(page->statusText()));
    const client::api::InCityResult r = *page->result();
    QVERIFY(r.isMerge());
    QCOMPARE(r.from.accountNumber, merged);
    QCOMPARE(r.to.accountNumber, keep);
    QVERIFY(page->receiptBar()->isVisible());
    const QString pdf = m_dir.filePath(u"merge.pdf"_qs);
    QVERIFY(w->printer()->savePdf(page->receiptBar()->printJob(), pdf).ok());
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(u"合并业务回单"_qs) && text.contains(keep), qPrintable(text));

    const auto mergedAfter = fetchAccount(client.shell->core(), merged);
    const auto keptAfter = fetchAccount(client.shell->core(), keep);
    QVERIFY(mergedAfter && keptAfter);
    QCOMPARE(mergedAfter->state, u"03"_qs);
    QCOMPARE(mergedAfter->closeReason, u"05"_qs);
    QCOMPARE(mergedAfter->balanceFen.value_or(-1), 0);
    QCOMPARE(keptAfter->balanceFen.value_or(-1), keptBefore->balanceFen.value_or(0) + r.amountFen);
    QCOMPARE(r.amountFen, mergedBefore->balanceFen.value_or(0) + r.interestFen);
}

void TestTransferDesk::crossCityBetweenTwoCenters()
{
    // The same person at both centers (the seeds share identities): the live account at 110100
    // receives, the account at 620100 sends.
    const int person = 4;
    const QString here = m_beijing.personalAccounts().value(person);
    const QString there = m_lanzhou.personalAccounts().value(person);
    QCOMPARE(m_beijing.identityOf(here), m_lanzhou.identityOf(there));

    ClientUnderTest beijing;
    MainWindow *wb = hpf::test::signedIn(beijing, m_beijing.url(), u"teller1"_qs);
    QVERIFY(wb);
    const auto hereBefore = fetchAccount(beijing.shell->core(), here);
    QVERIFY(hereBefore);

    // 5101 at the receiving center: the sending center from the directory (connected first).
    QVERIFY(wb->openCode(u"5101"_qs));
    auto *apply = wb->page<CrossApplyPage>();
    QTRY_VERIFY_WITH_TIMEOUT(apply->centerBox()->currentData(Qt::UserRole).toString() == u"620100"_qs, 15000);
    QVERIFY(!apply->centerBox()->currentText().contains(u"not connected"_qs));
    apply->centerBox()->setFocus();
    QTest::keyClick(apply->centerBox(), Qt::Key_Return);
    QTRY_VERIFY(apply->accountField()->edit()->hasFocus());
    enter(apply->accountField()->edit(), here);
    QTRY_VERIFY(apply->oldAccountEdit()->hasFocus());
    QTest::keyClicks(apply->oldAccountEdit(), there);
    QTest::keyClick(apply->oldAccountEdit(), Qt::Key_Return);
    typeText(apply->oldUnitEdit(), u"兰州示例单位"_qs);
    QTest::keyClick(apply->oldUnitEdit(), Qt::Key_Return);
    QSignalSpy applied(apply, &CrossApplyPage::applied);
    QTest::keyClicks(apply->phoneEdit(), u"13800000000"_qs);
    QTest::keyClick(apply->phoneEdit(), Qt::Key_Return);
    QVERIFY(applied.wait(30000));
    QVERIFY2(applied.at(0).at(0).toBool(), qPrintable(apply->statusText()));
    const QString letter = apply->letterNumber();
    QCOMPARE(letter.size(), 16);
    QVERIFY(letter.startsWith(u"110100"_qs));
    QVERIFY(apply->letterBar()->isVisible());
    const QString letterPdf = m_dir.filePath(u"letter.pdf"_qs);
    QVERIFY(wb->printer()->savePdf(apply->letterBar()->printJob(), letterPdf).ok());
    const QString letterText = pdfText(letterPdf);
    QVERIFY2(letterText.contains(u"联系函编号："_qs + letter), qPrintable(letterText));
    QVERIFY2(letterText.contains(u"异地转移接续联系函"_qs), qPrintable(letterText));

    // 5102 at the sending center: the letter arrives (BDC901 by the job), accepted with the receipt.
    ClientUnderTest lanzhou;
    MainWindow *wl = hpf::test::signedIn(lanzhou, m_lanzhou.url(), u"teller1"_qs);
    QVERIFY(wl);
    const auto thereBefore = fetchAccount(lanzhou.shell->core(), there);
    QVERIFY(thereBefore);
    QVERIFY(wl->openCode(u"5102"_qs));
    auto *inbox = wl->page<CrossInboxPage>();
    QVERIFY(QTest::qWaitFor(
        [&] {
            QSignalSpy loaded(inbox, &CrossInboxPage::loaded);
            QTest::keyClick(inbox->browser()->table(), Qt::Key_F5);
            loaded.wait(10000);
            return inbox->browser()->select(letter);
        },
        90000));
    QTRY_VERIFY_WITH_TIMEOUT(inbox->browser()->current() && inbox->browser()->current()->status == u"02"_qs,
                             10000);
    QVERIFY(inbox->browser()->detailsText().contains(letter));
    QTRY_VERIFY(inbox->acceptButton()->isEnabled());
    QSignalSpy accepted(inbox, &CrossInboxPage::finished);
    QTest::keyClick(inbox->browser()->table(), Qt::Key_A, Qt::AltModifier);
    QVERIFY(accepted.wait(30000));
    QVERIFY2(accepted.at(0).at(0).toBool(), qPrintable(inbox->statusText()));
    QVERIFY(inbox->receiptBar()->isVisible());
    const QString outPdf = m_dir.filePath(u"transfer-out.pdf"_qs);
    QVERIFY(wl->printer()->savePdf(inbox->receiptBar()->printJob(), outPdf).ok());
    const QString outText = pdfText(outPdf);
    QVERIFY2(outText.contains(letter) && outText.contains(u"异地转出"_qs), qPrintable(outText));

    // 5103 back at the receiving center: 00 once the jobs delivered 905 and 906.
    wb->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(wb));
    QVERIFY(wb->openCode(u"5103"_qs));
    auto *list = wb->page<CrossListPage>();
    QVERIFY(QTest::qWaitFor(
        [&] {
            QSignalSpy loaded(list, &CrossListPage::loaded);
            QTest::keyClick(list->roleBox(), Qt::Key_F5);
            loaded.wait(10000);
            if (!list->browser()->select(letter))
                return false;
            (void)QTest::qWaitFor([&] { return list->browser()->current().has_value(); }, 5000);
            return list->browser()->current() && list->browser()->current()->status == u"00"_qs;
        },
        120000));
    const client::api::CrossTransfer done = *list->browser()->current();
    QVERIFY(done.final);
    QVERIFY(done.transferOut);
    QVERIFY(list->browser()->detailsText().contains(u"History"_qs) || !done.history.isEmpty());
    QVERIFY(list->receiptButton()->isEnabled()); // the 联系函 and the credit are listed for reprint

    // The money: gone from 620100 (account closed 04 once confirmed), on the account at 110100.
    const qint64 amount = done.transferOut->amountFen;
    QCOMPARE(amount, thereBefore->balanceFen.value_or(0) + done.transferOut->interestFen);
    QTRY_VERIFY_WITH_TIMEOUT(fetchAccount(lanzhou.shell->core(), there)->state == u"04"_qs, 60000);
    const auto thereAfter = fetchAccount(lanzhou.shell->core(), there);
    QCOMPARE(thereAfter->balanceFen.value_or(-1), 0);
    QCOMPARE(thereAfter->closeReason, u"07"_qs);
    const auto hereAfter = fetchAccount(beijing.shell->core(), here);
    QCOMPARE(hereAfter->balanceFen.value_or(-1), hereBefore->balanceFen.value_or(0) + amount);

    // 撤销 now: refused politely, the money is on its way (here: already credited).
    wb->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(wb));
    QVERIFY(wb->openCode(u"5101"_qs, letter));
    QTRY_VERIFY_WITH_TIMEOUT(apply->transfer() && apply->transfer()->status == u"00"_qs, 10000);
    QVERIFY(apply->cancelButton()->isEnabled());
    QSignalSpy acted(apply, &CrossApplyPage::actionFinished);
    QTest::keyClick(apply, Qt::Key_W, Qt::AltModifier);
    QVERIFY(acted.wait(30000));
    QCOMPARE(acted.at(0).at(0).toBool(), false);
    QVERIFY2(apply->statusText().contains(u"can no longer be cancelled"_qs), qPrintable(apply->statusText()));
}

QTEST_MAIN(TestTransferDesk)
#include "tst_transferdesk.moc"
