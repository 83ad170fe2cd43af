// Page 7004 贷款账户 (issue 18, part J) against a real hpf-server on SQLite (init + demo-seed), by
// keyboard as loan1:
// - a signed application opened by its serial (typed in lower case), disbursed under supervisor1's
//   grant: the schedule version 1 exact to the fen against domain.md §7 (500,000.00 at 2.6% over
//   360 months, 等额本息: 2,001.70 = 918.37 + 1,083.33), the receipt;
// - instalment 1 repaid from the bank (marked paid), a partial prepayment of 100,000.00 keeping the
//   term: the new schedule at once (359 months of 1,600.62, the first interest 864.68 on
//   399,081.63) and the printed schedule read back with pdftotext; a full prepayment settles it
//   (the 贷款结清证明's page named); the loan found again in the list of settled loans;
// - refusals on the right field: an amount of zero, above what is due, three decimals, too many
//   digits, letters (local), a partial prepayment not below the outstanding (the server's
//   loan.prepay_amount), a malformed lookup.
//
// The signed application: 面签 (part C's routes) needs the signing devices' data, which the UI
// fixture does not drive; the test moves a demo application to `signed` in the fixture's own
// database with the reference loan's amount, term and rate (as tst_server_loanaccount's
// markSignedForTest). TEST ONLY: the product has no such path.
#include "api/loanaccounts.h"
#include "domain/errortext.h"
#include "domain/money.h"
#include "guitest.h"
#include "judicialdesktest.h"
#include "loan/accountpage.h"
#include "loan/scheduletable.h"
#include "serverfixture.h"
#include "shell/grantdialog.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "widgets/receiptbar.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace hpf;
using namespace hpf::ui;
using hpf::test::ClientUnderTest;
using hpf::test::enter;
using hpf::test::typeText;

class TestLoanAccount : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void wholeLoan();
    void refusals_data();
    void refusals();
    void cleanupTestCase();

private:
    // A demo application not yet signed, moved to `signed` with the reference loan (see above).
    QString markSignedForTest();
    LoanAccountPage *openPage(ClientUnderTest &client);
    // Opens `typed` on the page by keyboard and waits for it.
    bool openByKeyboard(LoanAccountPage *page, const QString &typed);
    // Disburses the opened signed application by keyboard under supervisor1's grant.
    bool disburseByKeyboard(LoanAccountPage *page);
    QString pdfText(const QString &pdf);

    QTemporaryDir m_dir;
    hpf::test::ServerFixture m_server;
    std::unique_ptr<ClientUnderTest> m_client; // refusals(): one signed-in client for every row
    LoanAccountPage *m_refusalPage = nullptr;
};

void TestLoanAccount::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_qs).isEmpty(),
             "pdftotext is missing (poppler-utils)");
    const QString error = m_server.prepare();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString started = m_server.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
}

void TestLoanAccount::cleanupTestCase()
{
    m_client.reset();
}

QString TestLoanAccount::markSignedForTest()
{
    const QString connection = u"loanaccount-test"_qs;
    QString serial;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, connection);
        db.setDatabaseName(m_server.databasePath());
        if (!db.open()) {
            qWarning() << db.lastError().text();
        } else {
            QSqlQuery find(db);
            if (find.exec(u"SELECT serial FROM loan_applications WHERE status IN ('accepted', 'reviewed', "
                          "'approved') ORDER BY id LIMIT 1"_qs) &&
                find.next())
                serial = find.value(0).toString();
            find.finish();
            QSqlQuery update(db);
            update.prepare(
                u"UPDATE loan_applications SET status = 'signed', amount_fen = 50000000, "
                "term_months = 360, rate_ppm = 26000, method = 'equal_installment' WHERE serial = ?"_qs);
            update.addBindValue(serial);
            if (serial.isEmpty() || !update.exec() || update.numRowsAffected() != 1) {
                qWarning() << "no application to sign" << update.lastError().text();
                serial.clear();
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return serial;
}

LoanAccountPage *TestLoanAccount::openPage(ClientUnderTest &client)
{
    MainWindow *w = hpf::test::signedIn(client, m_server.url(), u"loan1"_qs);
    if (!w || !w->openCode(u"7004"_qs))
        return nullptr;
    return w->page<LoanAccountPage>();
}

bool TestLoanAccount::openByKeyboard(LoanAccountPage *page, const QString &typed)
{
    QSignalSpy opened(page, &LoanAccountPage::opened);
    enter(page->lookupEdit(), typed);
    return (opened.wait(15000) || !opened.isEmpty()) && opened.at(0).at(0).toBool();
}

bool TestLoanAccount::disburseByKeyboard(LoanAccountPage *page)
{
    QSignalSpy finished(page, &LoanAccountPage::finished);
    if (!page->disburseButton()->isVisible() || !page->fromFundCheck()->hasFocus())
        return false;
    QTest::keyClick(page->fromFundCheck(), Qt::Key_Tab); // to 放款
    if (!page->disburseButton()->hasFocus())
        return false;
    QTest::keyClick(page->disburseButton(), Qt::Key_Space);
    if (!QTest::qWaitFor([&] { return page->grantDialog() && page->grantDialog()->isVisible(); }, 5000))
        return false;
    if (!page->grantDialog()->summaryText().contains(u"500,000.00"_qs))
        return false;
    hpf::test::authorise(page->grantDialog());
    if (!(finished.wait(30000) || !finished.isEmpty()) || !finished.at(0).at(0).toBool())
        return false;
    // The grant dialog was the active window: the counter's window gets the keyboard back.
    page->window()->activateWindow();
    return QTest::qWaitForWindowActive(page->window());
}

QString TestLoanAccount::pdfText(const QString &pdf)
{
    QByteArray out;
    if (hpf::test::runProgram(u"pdftotext"_qs, {u"-enc"_qs, u"UTF-8"_qs, pdf, u"-"_qs}, {}, &out) != 0)
        return {};
    return QString::fromUtf8(out).remove(QRegularExpression(u"\\s"_qs));
}

void TestLoanAccount::wholeLoan()
{
    const QString serial = markSignedForTest();
    QVERIFY(!serial.isEmpty());
    ClientUnderTest client;
    LoanAccountPage *page = openPage(client);
    QVERIFY(page);

    // A lookup that is neither form stays in the field.
    QVERIFY(!openByKeyboard(page, u"YW123"_qs));
    QVERIFY(page->lookupEdit()->hasFocus());
    QVERIFY2(page->statusText().contains(errortext::message(u"loan.lookup_format"_qs)),
             qPrintable(page->statusText()));

    // The signed application by its serial, typed in lower case: disburse under a grant.
    QVERIFY(openByKeyboard(page, serial.toLower()));
    QCOMPARE(page->lookupEdit()->text(), serial);
    QVERIFY(page->disburseButton()->isVisible());
    QVERIFY(!page->repayButton()->isEnabled());
    QVERIFY(disburseByKeyboard(page));
    QVERIFY(page->loan().has_value());
    const QString contract = page->loan()->contractNumber;
    QVERIFY(contract.startsWith(u"DK"_qs));
    QCOMPARE(page->lookupEdit()->text(), contract);
    QVERIFY(page->receiptBar()->isVisible());
    QVERIFY(!page->disburseButton()->isVisible());
    LoanScheduleTable *table = page->scheduleTable();
    QCOMPARE(table->rowCount(), 360);
    QCOMPARE(table->cellText(0, LoanScheduleTable::Payment), u"2,001.70"_qs);
    QCOMPARE(table->cellText(0, LoanScheduleTable::Principal), u"918.37"_qs);
    QCOMPARE(table->cellText(0, LoanScheduleTable::Interest), u"1,083.33"_qs);
    QCOMPARE(table->cellText(0, LoanScheduleTable::Mark), LoanScheduleTable::tr("Open"));
    QCOMPARE(page->loan()->outstandingFen, 50000000);
    // After a posting the focus is on the receipt (print it first), as on the other pages.
    page->repayEdit()->setFocus();

    // Instalment 1 from the bank (not due yet: a repayment may pay the next instalment).
    QSignalSpy finished(page, &LoanAccountPage::finished);
    typeText(page->repayEdit(), u"2,001.70"_qs);
    QTest::keyClick(page->repayEdit(), Qt::Key_Return);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.takeFirst().at(0).toBool(), qPrintable(page->statusText()));
    QVERIFY(table->cellText(0, LoanScheduleTable::Mark)
                .startsWith(LoanScheduleTable::tr("Paid %1").arg(QString())));
    QCOMPARE(table->cellText(0, LoanScheduleTable::Paid), u"2,001.70"_qs);
    QCOMPARE(page->loan()->outstandingFen, 50000000 - 91837); // 499,081.63
    QVERIFY(page->summaryText().contains(u"499,081.63"_qs));

    // A partial prepayment keeping the term: the new schedule at once.
    page->prepayKindCombo()->setFocus();
    QCOMPARE(page->prepayKindCombo()->currentIndex(), 0);     // keep the term
    QTest::keyClick(page->prepayKindCombo(), Qt::Key_Return); // to the amount
    QVERIFY(page->prepayEdit()->hasFocus());
    typeText(page->prepayEdit(), u"100000"_qs);
    QTest::keyClick(page->prepayEdit(), Qt::Key_Return);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.takeFirst().at(0).toBool(), qPrintable(page->statusText()));
    const client::api::LoanAccount &after = *page->loan();
    QCOMPARE(after.scheduleVersion, 2);
    QCOMPARE(after.outstandingFen, 39908163); // 499,081.63 − 100,000.00
    QCOMPARE(table->rowCount(), 360);         // instalment 1 paid and 359 new ones
    QVERIFY(table->cellText(0, LoanScheduleTable::Mark)
                .startsWith(LoanScheduleTable::tr("Paid %1").arg(QString())));
    QCOMPARE(table->cellText(1, LoanScheduleTable::Number), u"2"_qs);
    QCOMPARE(table->cellText(1, LoanScheduleTable::Payment), u"1,600.62"_qs);
    QCOMPARE(table->cellText(1, LoanScheduleTable::Interest), u"864.68"_qs); // 399,081.63 × 2.6% ÷ 12
    qint64 principal = 0;
    for (const client::api::LoanAccountInstalment &i : after.instalments) {
        if (!i.paid())
            principal += i.principalFen;
    }
    QCOMPARE(principal, 39908163);
    QVERIFY(page->receiptBar()->isVisible());
    // The printed schedule carries the new figures.
    const QString pdf = m_dir.filePath(u"schedule.pdf"_qs);
    const Status saved = page->saveSchedulePdf(pdf);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().code));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(u"还款计划表"_qs), qPrintable(text.left(300)));
    QVERIFY2(text.contains(u"1,600.62"_qs), qPrintable(text.left(600)));
    QVERIFY2(text.contains(u"864.68"_qs), qPrintable(text.left(600)));
    QVERIFY2(text.contains(u"已还"_qs), qPrintable(text.left(600)));

    // In full: Home, Down, Down to 全部结清; Enter (no amount to type) prepays.
    page->prepayKindCombo()->setFocus();
    QTest::keyClick(page->prepayKindCombo(), Qt::Key_Home);
    QTest::keyClick(page->prepayKindCombo(), Qt::Key_Down);
    QTest::keyClick(page->prepayKindCombo(), Qt::Key_Down);
    QCOMPARE(page->prepayKindCombo()->currentIndex(), 2);
    QVERIFY(!page->prepayEdit()->isEnabled());
    QTest::keyClick(page->prepayKindCombo(), Qt::Key_Return);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.takeFirst().at(0).toBool(), qPrintable(page->statusText()));
    QVERIFY(page->loan()->settled());
    QCOMPARE(page->loan()->outstandingFen, 0);
    QVERIFY(page->statusText().contains(u"399,081.63"_qs)); // the principal paid in full
    QVERIFY2(page->settledText().contains(u"4001"_qs), qPrintable(page->settledText()));
    QVERIFY(!page->repayButton()->isEnabled());
    QVERIFY(!page->prepayButton()->isEnabled());

    // The list of settled loans has it; Enter opens it again.
    QSignalSpy listed(page, &LoanAccountPage::listed);
    page->statusCombo()->setFocus();
    QTest::keyClick(page->statusCombo(), Qt::Key_End); // 已结清
    QVERIFY(listed.wait(15000));
    QVERIFY(listed.at(0).at(0).toBool());
    QCOMPARE(page->list()->count(), 1);
    QVERIFY(page->list()->item(0)->text().contains(contract));
    page->list()->setFocus();
    QSignalSpy opened(page, &LoanAccountPage::opened);
    QTest::keyClick(page->list(), Qt::Key_Return);
    QVERIFY(opened.wait(15000));
    QVERIFY(page->loan()->settled());
    QCOMPARE(page->loan()->contractNumber, contract);
}

void TestLoanAccount::refusals_data()
{
    QTest::addColumn<QString>("kind"); // repay | prepay
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("focus");
    QTest::newRow("zero") << u"repay"_qs << u"0.00"_qs << u"loan.amount_zero"_qs << u"loanRepayAmount"_qs;
    QTest::newRow("above due") << u"repay"_qs << u"2,001.71"_qs << u"loan.repay_above_due"_qs
                               << u"loanRepayAmount"_qs;
    QTest::newRow("three decimals") << u"repay"_qs << u"10.001"_qs << u"money.decimals"_qs
                                    << u"loanRepayAmount"_qs;
    QTest::newRow("too many digits") << u"repay"_qs << u"12345678901234567"_qs << u"money.too_large"_qs
                                     << u"loanRepayAmount"_qs;
    QTest::newRow("letters") << u"repay"_qs << u"12元a"_qs << u"money.format"_qs << u"loanRepayAmount"_qs;
    QTest::newRow("prepay zero") << u"prepay"_qs << u"0"_qs << u"loan.amount_zero"_qs
                                 << u"loanPrepayAmount"_qs;
    QTest::newRow("prepay empty") << u"prepay"_qs << QString() << u"money.empty"_qs << u"loanPrepayAmount"_qs;
    // The server's refusal: a partial prepayment must stay below the outstanding 500,000.00.
    QTest::newRow("prepay not below the outstanding")
        << u"prepay"_qs << u"500000"_qs << u"loan.prepay_amount"_qs << u"loanPrepayAmount"_qs;
}

void TestLoanAccount::refusals()
{
    QFETCH(QString, kind);
    QFETCH(QString, typed);
    QFETCH(QString, code);
    QFETCH(QString, focus);
    if (!m_client) {
        const QString serial = markSignedForTest();
        QVERIFY(!serial.isEmpty());
        m_client = std::make_unique<ClientUnderTest>();
        m_refusalPage = openPage(*m_client);
        QVERIFY(m_refusalPage);
        QVERIFY(openByKeyboard(m_refusalPage, serial));
        QVERIFY(disburseByKeyboard(m_refusalPage));
    }
    LoanAccountPage *page = m_refusalPage;
    QVERIFY(page);
    const qint64 outstanding = page->loan()->outstandingFen;
    QSignalSpy finished(page, &LoanAccountPage::finished);
    QLineEdit *edit = kind == u"repay" ? page->repayEdit() : page->prepayEdit();
    if (kind == u"prepay") {
        page->prepayKindCombo()->setFocus();
        QTest::keyClick(page->prepayKindCombo(), Qt::Key_Home);
        QTest::keyClick(page->prepayKindCombo(), Qt::Key_Return);
        QVERIFY(edit->hasFocus());
    }
    // Delete what the previous row left (typing nothing would not replace it).
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    enter(edit, typed);
    if (code.startsWith(u"money.") || code == u"loan.amount_zero" || code == u"loan.repay_above_due") {
        QTest::qWait(50); // refused here, before anything is sent
        QVERIFY(finished.isEmpty());
    } else {
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
    }
    QTRY_VERIFY(QApplication::focusWidget() != nullptr);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), focus);
    QVERIFY2(page->statusText().contains(errortext::message(code)), qPrintable(page->statusText()));
    QCOMPARE(page->loan()->outstandingFen, outstanding); // nothing was posted
    QCOMPARE(page->loan()->outstandingFen, 50000000);
}

QTEST_MAIN(TestLoanAccount)
#include "tst_loanaccount.moc"
