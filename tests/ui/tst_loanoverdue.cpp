// 逾期管理 (7005, issue 18 part F) against a real hpf-server on SQLite (init + demo-seed, whose
// overdue loan was disbursed four months ago and never repaid), by keyboard:
// - loan1 sees the loan with its days past due, overdue amount and 罚息 as the API reports them,
//   no 逾期率 line, and records the open reminder by phone with a note (Ctrl+Enter): the server
//   has it done, a second Ctrl+Enter has nothing to record;
// - F5 and Enter refresh;
// - supervisor1 sees the 逾期率 in 万分之 (the server's summary), and no record button;
// - a teller has no 7005.
#include "api/loanoverdue.h"
#include "clientcore.h"
#include "domain/money.h"
#include "guitest.h"
#include "loan/overduepage.h"
#include "serverfixture.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "widgets/messagebox.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

using namespace hpf;
using namespace hpf::ui;
using hpf::test::ClientUnderTest;

class TestLoanOverdue : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void officerRecordsReminder();
    void supervisorSeesRatio();
    void tellerHasNoPage();

private:
    LoanOverduePage *open(ClientUnderTest &client, const QString &user);
    hpf::test::ServerFixture m_server;
};

void TestLoanOverdue::initTestCase()
{
    MessageBox::setAutoAnswer(QMessageBox::Yes);
    const QString error = m_server.prepare();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString started = m_server.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
}

LoanOverduePage *TestLoanOverdue::open(ClientUnderTest &client, const QString &user)
{
    MainWindow *w = hpf::test::signedIn(client, m_server.url(), user);
    if (!w || !w->openCode(u"7005"_qs))
        return nullptr;
    auto *page = w->page<LoanOverduePage>();
    if (!page || !QTest::qWaitFor([&] { return page->page().has_value(); }, 15000))
        return nullptr;
    return page;
}

void TestLoanOverdue::officerRecordsReminder()
{
    ClientUnderTest client;
    LoanOverduePage *page = open(client, u"loan1"_qs);
    QVERIFY(page);
    const client::api::OverduePage &list = *page->page();
    QCOMPARE(list.items.size(), 1);
    const client::api::OverdueLoan loan = list.items.first();
    QVERIFY(loan.contractNumber.startsWith(u"DK"_qs));
    // Disbursed four months ago: the first instalment is three months and more past due.
    QVERIFY2(loan.daysPastDue >= 85, qPrintable(QString::number(loan.daysPastDue)));
    QVERIFY(loan.overdueInstalments >= 3);
    QVERIFY(loan.penaltyFen > 0);
    QVERIFY(loan.reminderOpen());
    QTableWidget *table = page->table();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), loan.contractNumber);
    QCOMPARE(table->item(0, 3)->text(), QString::number(loan.daysPastDue));
    QCOMPARE(table->item(0, 4)->text(), money::format(loan.overdueFen));
    QCOMPARE(table->item(0, 5)->text(), money::format(loan.penaltyFen));
    // An officer gets the count, not the 逾期率.
    QVERIFY2(!page->summaryText().contains(u"‱"_qs), qPrintable(page->summaryText()));

    // F5 and Enter refresh.
    QSignalSpy listed(page, &LoanOverduePage::listed);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F5);
    QVERIFY(listed.wait(10000) || !listed.isEmpty());
    QVERIFY(listed.last().at(0).toBool());
    listed.clear();
    table->setCurrentCell(0, 0);
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(listed.wait(10000) || !listed.isEmpty());
    listed.clear();

    // Tab to the channel: letter; Tab to the note; Ctrl+Enter records.
    page->channelCombo()->setFocus(); // Tab inside the table moves between its cells
    QTRY_VERIFY(page->channelCombo()->hasFocus());
    QTest::keyClick(page->channelCombo(), Qt::Key_Down);
    QCOMPARE(page->channelCombo()->currentData().toString(), u"letter"_qs);
    QTest::keyClick(page->channelCombo(), Qt::Key_Tab);
    QTRY_VERIFY(page->noteEdit()->hasFocus());
    hpf::test::typeText(page->noteEdit(), u"寄送催收函"_qs);
    QVERIFY(page->recordButton()->isEnabled());
    QSignalSpy recorded(page, &LoanOverduePage::recorded);
    QTest::keyClick(page->noteEdit(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(recorded.wait(15000) || !recorded.isEmpty());
    QVERIFY2(recorded.last().at(0).toBool(), qPrintable(page->statusText()));
    QVERIFY(listed.wait(10000) || !listed.isEmpty());
    // Read back: the reminder is done by letter, nothing more to record.
    const client::api::OverdueLoan after = page->page()->items.first();
    QVERIFY(after.reminder.has_value());
    QCOMPARE(after.reminder->status, u"done"_qs);
    QCOMPARE(after.reminder->channel, u"letter"_qs);
    QVERIFY(!page->recordButton()->isEnabled());
    QVERIFY2(page->table()->item(0, 7)->text().contains(page->tr("letter")),
             qPrintable(page->table()->item(0, 7)->text()));
    recorded.clear();
    QTest::keyClick(page->noteEdit(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(page->statusText().contains(after.contractNumber), qPrintable(page->statusText()));
    QVERIFY(recorded.isEmpty()); // nothing sent
}

void TestLoanOverdue::supervisorSeesRatio()
{
    ClientUnderTest client;
    LoanOverduePage *page = open(client, u"supervisor1"_qs);
    QVERIFY(page);
    const client::api::OverdueSummary &s = page->page()->summary;
    QCOMPARE(s.overdueLoans, qint64(1));
    QVERIFY(s.balanceFen >= s.overdueBalanceFen && s.overdueBalanceFen > 0);
    QVERIFY(s.ratioPerTenThousand != u"0.00"_qs);
    QVERIFY2(page->summaryText().contains(s.ratioPerTenThousand + u"‱"_qs), qPrintable(page->summaryText()));
    QVERIFY(page->recordButton()->isHidden());
}

void TestLoanOverdue::tellerHasNoPage()
{
    ClientUnderTest client;
    MainWindow *w = hpf::test::signedIn(client, m_server.url(), u"teller1"_qs);
    QVERIFY(w);
    QVERIFY(!w->openCode(u"7005"_qs));
}

QTEST_MAIN(TestLoanOverdue)
#include "tst_loanoverdue.moc"
