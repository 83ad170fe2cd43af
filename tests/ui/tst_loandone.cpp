// Issue 18's "done when", on the training back end (a real hpf-server on SQLite, init + demo-seed),
// every page driven by keyboard as the page tests do:
// - 7001 (loan1): a fund loan for a demo member far above any limit: every rule's verdict and the
//   limit with its bound shown; then 100,000.00 over 60 months: eligible, 2.1% 等额本息 with the
//   first payment 1,757.15 (hand-computed: 100,000 × r(1+r)^60 / ((1+r)^60 − 1), r = 2.1%/12),
//   accepted;
// - 7002: loan2 reviews it, supervisor1 approves it;
// - 7003 (loan1): 面签 with the TRAINING card reader (the borrower's test card file), the fed
//   camera's photo and synthetic pen strokes on both contracts; the center signs them; the signed
//   loan contract saved as PDF exactly as signed;
// - 7004 (loan1): disbursed under supervisor1's grant (schedule version 1: 1,757.15 = 1,582.15 +
//   175.00), instalment 1 repaid (outstanding 98,417.85), a partial prepayment of 50,000.00 keeping
//   the term (59 months of 864.45, the first interest 84.73 on 48,417.85), then in full: settled;
// - 4001 (teller1): 住房公积金贷款结清证明 (loan_settled) issued for the borrower, its QR read back
//   from the saved PDF.
#include "api/loanaccounts.h"
#include "api/loans.h"
#include "certificates/certificateissuepage.h"
#include "certificates/certificatetypeform.h"
#include "certs/codereader.h"
#include "clientcore.h"
#include "devices/camera.h"
#include "domain/errortext.h"
#include "domain/money.h"
#include "judicialdesktest.h"
#include "loan/accountpage.h"
#include "loan/loantext.h"
#include "loan/scheduletable.h"
#include "loan/signingdevices.h"
#include "loan/signingpage.h"
#include "loantest.h"
#include "shell/grantdialog.h"
#include "testsupport.h"
#include "widgets/messagebox.h"
#include "widgets/receiptbar.h"

#include <QFile>
#include <QPushButton>

using namespace hpf;
using namespace hpf::ui;
using hpf::test::ClientUnderTest;
using hpf::test::enter;
using hpf::test::typeText;

class TestLoanDone : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void applyOn7001();
    void reviewAndApproveOn7002();
    void signOn7003();
    void repayOn7004();
    void settlementCertificateOn4001();

private:
    // 7002 in a new client signed in as `user`, the list loaded.
    LoanApprovalPage *openApproval(ClientUnderTest &client, const QString &user);
    // Presses `key` in `target` on 7003 and waits for the step's answer; true when it was ok.
    bool signingStep(LoanSigningPage *page, QWidget *target, QKeyCombination key);

    hpf::test::ServerFixture m_server;
    QTemporaryDir m_files;
    QString m_account;  // the borrower's personal account
    QString m_serial;   // the application
    QString m_contract; // the loan contract number (DK…)
};

void TestLoanDone::initTestCase()
{
    QVERIFY(m_files.isValid());
    MessageBox::setAutoAnswer(QMessageBox::Yes);
    const QString error = m_server.prepare();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString started = m_server.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    // A demo member none of the seed's loan stories uses (tst_loandesk starts at 8 too).
    m_account = m_server.personalAccounts().value(8);
    QVERIFY(!m_account.isEmpty());
}

void TestLoanDone::applyOn7001()
{
    ClientUnderTest client;
    LoanApplicationPage *page = hpf::test::openLoanApplication(client, m_server.url());
    QVERIFY(page);

    // Far above any limit: every rule's verdict on screen and the limit with its binding bound.
    hpf::test::fillLoanBorrower(page, m_server, m_account, u"9,000,000"_qs, u"６０"_qs);
    QVERIFY2(hpf::test::runLoanCheck(page), qPrintable(page->statusText()));
    client::api::LoanCheck check = *page->lastCheck();
    QVERIFY(!check.judgement.eligible);
    QCOMPARE(check.judgement.rules.size(), 8);
    for (const client::api::LoanRuleVerdict &rule : check.judgement.rules) {
        const QString shown = rule.passed ? u"✓ "_qs + LoanText::rule(rule.rule) : LoanText::verdict(rule);
        QVERIFY2(page->checkText().contains(shown), qPrintable(page->checkText()));
    }
    QCOMPARE(check.judgement.rules.last().code, u"loan.amount_above_limit"_qs);
    QVERIFY(check.judgement.limit.has_value());
    const client::api::LoanLimit limit = *check.judgement.limit;
    QVERIFY(limit.amountFen >= 10000000); // 100,000.00 fits, as the next check shows
    QVERIFY2(page->checkText().contains(LoanText::bound(limit.boundBy)), qPrintable(page->checkText()));
    QVERIFY2(page->checkText().contains(money::format(limit.amountFen)), qPrintable(page->checkText()));

    // 100,000.00 over 60 months: eligible at 2.1%, the payment exact to the fen.
    QTRY_VERIFY(page->amountEdit()->hasFocus());
    enter(page->amountEdit(), u"100,000.00"_qs);
    QVERIFY2(hpf::test::runLoanCheck(page), qPrintable(page->statusText()));
    check = *page->lastCheck();
    QVERIFY2(check.judgement.eligible, qPrintable(page->checkText()));
    QVERIFY(check.schedule.has_value());
    QCOMPARE(check.schedule->principalFen, 10000000);
    QCOMPARE(check.schedule->installments.size(), 60);
    QCOMPARE(check.judgement.firstPaymentFen, 175715);
    QCOMPARE(check.schedule->installments.first().paymentFen, 175715);
    QCOMPARE(check.schedule->installments.first().interestFen, 17500); // 100,000 × 2.1% ÷ 12
    QVERIFY2(page->checkText().contains(u"1,757.15"_qs), qPrintable(page->checkText()));
    QVERIFY2(page->checkText().contains(check.judgement.rate + u'%'), qPrintable(page->checkText()));

    QSignalSpy finished(page, &LoanApplicationPage::finished);
    QTest::keyClick(page->methodCombo(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(finished.wait(30000) || !finished.isEmpty());
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(page->statusText()));
    QVERIFY(page->result().has_value());
    QCOMPARE(page->result()->status, u"accepted"_qs);
    QCOMPARE(page->result()->amountFen, 10000000);
    QCOMPARE(page->result()->officer, u"loan1"_qs);
    m_serial = page->result()->serial;
    QVERIFY2(page->resultText().contains(m_serial), qPrintable(page->resultText()));
}

LoanApprovalPage *TestLoanDone::openApproval(ClientUnderTest &client, const QString &user)
{
    MainWindow *w = hpf::test::signedIn(client, m_server.url(), user);
    if (!w || !w->openCode(u"7002"_qs))
        return nullptr;
    auto *page = w->page<LoanApprovalPage>();
    if (!page || !QTest::qWaitFor([&] { return page->page().has_value(); }, 10000))
        return nullptr;
    return page;
}

void TestLoanDone::reviewAndApproveOn7002()
{
    QVERIFY2(!m_serial.isEmpty(), "applyOn7001 takes the application first");
    {
        ClientUnderTest client;
        LoanApprovalPage *page = openApproval(client, u"loan2"_qs);
        QVERIFY(page);
        QVERIFY(hpf::test::openForApproval(page, u"accepted"_qs, m_serial));
        QVERIFY2(hpf::test::approvalStep(page, Qt::Key_R), qPrintable(page->reviewNote()));
        QCOMPARE(page->current()->status, u"reviewed"_qs);
        QCOMPARE(page->current()->reviewer, u"loan2"_qs);
    }
    {
        ClientUnderTest client;
        LoanApprovalPage *page = openApproval(client, u"supervisor1"_qs);
        QVERIFY(page);
        QVERIFY(hpf::test::openForApproval(page, u"reviewed"_qs, m_serial));
        QVERIFY2(hpf::test::approvalStep(page, Qt::Key_P), qPrintable(page->approveNote()));
        QCOMPARE(page->current()->status, u"approved"_qs);
        QCOMPARE(page->current()->approver, u"supervisor1"_qs);
        QVERIFY2(page->detailText().contains(LoanText::status(u"approved"_qs)),
                 qPrintable(page->detailText()));
    }
}

bool TestLoanDone::signingStep(LoanSigningPage *page, QWidget *target, QKeyCombination key)
{
    QSignalSpy finished(page, &LoanSigningPage::stepFinished);
    target->setFocus();
    QTest::keyClick(target, key.key(), key.keyboardModifiers());
    if (finished.isEmpty() && !finished.wait(15000))
        return false;
    if (!finished.first().first().toBool())
        qWarning("step refused: %s / %s", qPrintable(page->noteText()), qPrintable(page->statusText()));
    return finished.first().first().toBool();
}

void TestLoanDone::signOn7003()
{
    QVERIFY2(!m_serial.isEmpty(), "the application is approved first");
    ClientUnderTest client;
    QVERIFY(hpf::test::signedIn(client, m_server.url(), u"loan1"_qs));
    LoanSigningPage page(client.shell->core(), nullptr);
    page.setTraining(true);
    auto *camera = new client::devices::FedImageCamera;
    camera->feed(hpf::test::cameraImage());
    page.devices()->setCamera(camera);
    page.resize(900, 800);
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));

    QSignalSpy opened(&page, &LoanSigningPage::opened);
    page.serialEdit()->setFocus();
    enter(page.serialEdit(), m_serial);
    QVERIFY(opened.wait(15000) || !opened.isEmpty());
    QVERIFY(opened.first().first().toBool());
    QVERIFY(page.contract());
    QCOMPARE(page.contract()->parties.size(), 1);
    QCOMPARE(page.contract()->parties.first().name, m_server.nameOf(m_account));
    QCOMPARE(page.contract()->documents.size(), 2); // the loan and the mortgage contract
    QVERIFY(page.trainingText().contains(u"TRAINING"_qs));
    QCOMPARE(page.task(), LoanSigningPage::Task::Identity);

    // ID check: the borrower's card from the training card file, then the photo.
    QVERIFY(hpf::test::choose(page.cardCombo(), 0));
    QVERIFY(signingStep(&page, page.cardCombo(), QKeyCombination(Qt::Key_F6)));
    QVERIFY(page.session()->hasStep(0, u"identity"_qs));
    QCOMPARE(page.task(), LoanSigningPage::Task::Photo);
    QVERIFY(signingStep(&page, page.photoButton(), QKeyCombination(Qt::Key_F7)));
    QVERIFY(page.session()->hasStep(0, u"photo"_qs));

    // The signatures: the loan contract, then the mortgage contract; the center signs both.
    QCOMPARE(page.task(), LoanSigningPage::Task::Signature);
    QCOMPARE(page.taskDocument(), u"loan"_qs);
    hpf::test::sign(page.pad());
    QVERIFY(signingStep(&page, page.pad(), QKeyCombination(Qt::ControlModifier, Qt::Key_Return)));
    QCOMPARE(page.taskDocument(), u"mortgage"_qs);
    QSignalSpy signedDocs(&page, &LoanSigningPage::contractSigned);
    hpf::test::sign(page.pad());
    QVERIFY(signingStep(&page, page.pad(), QKeyCombination(Qt::ControlModifier, Qt::Key_Return)));
    QTRY_COMPARE_WITH_TIMEOUT(signedDocs.size(), 2, 30000);
    QCOMPARE(page.task(), LoanSigningPage::Task::Done);
    const QByteArray signedLoan = page.signedPdf(u"loan"_qs);
    QVERIFY(signedLoan.startsWith("%PDF"));
    QVERIFY(signedLoan.contains("%HPF-SIGNATURE"));
    QVERIFY(page.signedPdf(u"mortgage"_qs).contains("%HPF-SIGNATURE"));

    // Saved exactly as the center signed it (Ctrl+S writes what saveSignedPdf writes).
    QCOMPARE(page.documentCombo()->count(), 2);
    QVERIFY(hpf::test::choose(page.documentCombo(), u"loan"_qs));
    const QString path = m_files.filePath(u"signed-loan.pdf"_qs);
    const Status saved = page.saveSignedPdf(path);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().code));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), signedLoan);
}

void TestLoanDone::repayOn7004()
{
    QVERIFY2(!m_serial.isEmpty(), "the application is signed first");
    ClientUnderTest client;
    MainWindow *w = hpf::test::signedIn(client, m_server.url(), u"loan1"_qs);
    QVERIFY(w && w->openCode(u"7004"_qs));
    LoanAccountPage *page = w->page<LoanAccountPage>();
    QVERIFY(page);
    QSignalSpy opened(page, &LoanAccountPage::opened);
    enter(page->lookupEdit(), m_serial);
    QVERIFY(opened.wait(15000) || !opened.isEmpty());
    QVERIFY2(opened.at(0).at(0).toBool(), qPrintable(page->statusText()));

    // Disbursed under supervisor1's grant.
    QSignalSpy finished(page, &LoanAccountPage::finished);
    QVERIFY(page->disburseButton()->isVisible());
    QVERIFY(page->fromFundCheck()->hasFocus());
    QTest::keyClick(page->fromFundCheck(), Qt::Key_Tab); // to 放款
    QVERIFY(page->disburseButton()->hasFocus());
    QTest::keyClick(page->disburseButton(), Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(page->grantDialog() && page->grantDialog()->isVisible(), 5000);
    QVERIFY2(page->grantDialog()->summaryText().contains(u"100,000.00"_qs),
             qPrintable(page->grantDialog()->summaryText()));
    QVERIFY(hpf::test::authorise(page->grantDialog()));
    QVERIFY(finished.wait(30000) || !finished.isEmpty());
    QVERIFY2(finished.takeFirst().at(0).toBool(), qPrintable(page->statusText()));
    QVERIFY(page->loan().has_value());
    // The grant dialog was the active window: the counter's window gets the keyboard back.
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    m_contract = page->loan()->contractNumber;
    QVERIFY(m_contract.startsWith(u"DK"_qs));
    QVERIFY(page->receiptBar()->isVisible());
    LoanScheduleTable *table = page->scheduleTable();
    QCOMPARE(table->rowCount(), 60);
    QCOMPARE(table->cellText(0, LoanScheduleTable::Payment), u"1,757.15"_qs);
    QCOMPARE(table->cellText(0, LoanScheduleTable::Principal), u"1,582.15"_qs);
    QCOMPARE(table->cellText(0, LoanScheduleTable::Interest), u"175.00"_qs);
    QCOMPARE(page->loan()->outstandingFen, 10000000);

    // Instalment 1.
    page->repayEdit()->setFocus();
    typeText(page->repayEdit(), u"1,757.15"_qs);
    QTest::keyClick(page->repayEdit(), Qt::Key_Return);
    QVERIFY(finished.wait(30000) || !finished.isEmpty());
    QVERIFY2(finished.takeFirst().at(0).toBool(), qPrintable(page->statusText()));
    QCOMPARE(table->cellText(0, LoanScheduleTable::Paid), u"1,757.15"_qs);
    QCOMPARE(page->loan()->outstandingFen, 9841785); // 100,000.00 − 1,582.15
    QVERIFY2(page->summaryText().contains(u"98,417.85"_qs), qPrintable(page->summaryText()));

    // A partial prepayment of 50,000.00 keeping the term: 59 months of 864.45 on 48,417.85.
    page->prepayKindCombo()->setFocus();
    QCOMPARE(page->prepayKindCombo()->currentIndex(), 0); // keep the term
    QTest::keyClick(page->prepayKindCombo(), Qt::Key_Return);
    QVERIFY(page->prepayEdit()->hasFocus());
    typeText(page->prepayEdit(), u"50000"_qs);
    QTest::keyClick(page->prepayEdit(), Qt::Key_Return);
    QVERIFY(finished.wait(30000) || !finished.isEmpty());
    QVERIFY2(finished.takeFirst().at(0).toBool(), qPrintable(page->statusText()));
    QCOMPARE(page->loan()->scheduleVersion, 2);
    QCOMPARE(page->loan()->outstandingFen, 4841785);
    QCOMPARE(table->rowCount(), 60);
    QCOMPARE(table->cellText(1, LoanScheduleTable::Number), u"2"_qs);
    QCOMPARE(table->cellText(1, LoanScheduleTable::Payment), u"864.45"_qs);
    QCOMPARE(table->cellText(1, LoanScheduleTable::Interest), u"84.73"_qs); // 48,417.85 × 2.1% ÷ 12

    // In full (全部结清, the third kind): settled; the page names the certificate's page.
    page->prepayKindCombo()->setFocus();
    QTest::keyClick(page->prepayKindCombo(), Qt::Key_Home);
    QTest::keyClick(page->prepayKindCombo(), Qt::Key_Down);
    QTest::keyClick(page->prepayKindCombo(), Qt::Key_Down);
    QCOMPARE(page->prepayKindCombo()->currentIndex(), 2);
    QTest::keyClick(page->prepayKindCombo(), Qt::Key_Return);
    QVERIFY(finished.wait(30000) || !finished.isEmpty());
    QVERIFY2(finished.takeFirst().at(0).toBool(), qPrintable(page->statusText()));
    QVERIFY(page->loan()->settled());
    QCOMPARE(page->loan()->outstandingFen, 0);
    QVERIFY2(page->statusText().contains(u"48,417.85"_qs), qPrintable(page->statusText()));
    QVERIFY2(page->settledText().contains(u"4001"_qs), qPrintable(page->settledText()));
}

void TestLoanDone::settlementCertificateOn4001()
{
    QVERIFY2(!m_contract.isEmpty(), "the loan is settled first");
    MessageBox::setAutoAnswer(QMessageBox::Ok);
    ClientUnderTest client;
    MainWindow *w = hpf::test::signedIn(client, m_server.url(), u"teller1"_qs);
    QVERIFY(w);
    QTest::keyClick(w, Qt::Key_F8);
    QCOMPARE(w->currentPage(), u"4001"_qs);
    CertificateIssuePage *page = w->page<CertificateIssuePage>();
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->typeForm()->isLoaded(), 15000);
    QVERIFY(page->personInput()->hasFocus());
    page->setKey(CertificateIssuePage::Key::PersonalAccount);
    QSignalSpy found(page, &CertificateIssuePage::personsFound);
    typeText(page->personInput(), m_account);
    QTest::keyClick(page->personInput(), Qt::Key_Return);
    QVERIFY(found.wait(15000));
    QCOMPARE(found.at(0).at(0).toInt(), 1);
    QComboBox *types = page->typeForm()->typeBox();
    QVERIFY(types->hasFocus());
    const int target = types->findData(u"loan_settled"_qs);
    QVERIFY(target >= 0);
    while (types->currentIndex() < target)
        QTest::keyClick(types, Qt::Key_Down);
    QCOMPARE(types->currentText(), u"住房公积金贷款结清证明"_qs);
    QSignalSpy issued(page, &CertificateIssuePage::issued);
    QTest::keyClick(types, Qt::Key_Return);
    QVERIFY2(issued.wait(20000) || !issued.isEmpty(), qPrintable(page->statusText()));
    QVERIFY(page->certificate());
    const client::api::Certificate c = *page->certificate();
    QCOMPARE(c.title, u"住房公积金贷款结清证明"_qs);
    QCOMPARE(c.accountNumber, m_account);
    QVERIFY(page->document().training);

    const QString pdf = m_files.filePath(u"loan_settled.pdf"_qs);
    const Status saved = page->savePdf(pdf);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().detail));
    const auto scanned = client::CodeReader::readFile(pdf);
    QVERIFY2(scanned.ok(), scanned.ok() ? "" : qPrintable(scanned.error().detail));
    QCOMPARE(*scanned, c.code);
}

QTEST_MAIN(TestLoanDone)
#include "tst_loandone.moc"
