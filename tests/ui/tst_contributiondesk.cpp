// The contribution pages (2101–2105) against a real hpf-server (SQLite, init + demo-seed), by keyboard:
// - 2101: a unit typed, Enter in the suggested month previews it, Ctrl+Enter posts it; the posted
//   amounts equal the preview person by person to the fen, the receipt is saved as PDF and read back,
//   a second Ctrl+Enter posts nothing and the month previewed again is refused as posted; a roster
//   changed between preview and Ctrl+Enter is refused (remittance.preview_stale) and previewed again;
// - 2102: the demo's 郑敏 (three months missed) paid back for last month with reason 01 after a first
//   attempt that also ticked a paid colleague was refused on that colleague's row, nothing posted;
// - 2103: a deferral of the next months authorised by a supervisor at the teller's screen, listed;
// - 2104: a list of new bases with one base below the floor (clamped, marked) and one person of
//   another unit (refused on its row), then the corrected list submitted with its receipt;
// - 2105: the year's interest statement once the server's interest run is done, printed to PDF, and
//   the interest runs a supervisor sees.
#include "api/accounts.h"
#include "clientcore.h"
#include "contribution/adjustmentpage.h"
#include "contribution/backpaymentpage.h"
#include "contribution/deferralpage.h"
#include "contribution/interestpage.h"
#include "contribution/remittancepage.h"
#include "domain/money.h"
#include "guitest.h"
#include "judicialdesktest.h"
#include "lookup/lookuptext.h"
#include "lookup/summarypanel.h"
#include "serverfixture.h"
#include "shell/grantdialog.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "transfer/lookupfield.h"
#include "widgets/documentprinter.h"
#include "widgets/messagebox.h"
#include "widgets/receiptbar.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>

using namespace hpf;
using namespace hpf::ui;
using hpf::test::ClientUnderTest;
using hpf::test::enter;
using hpf::test::fetchAccount;
using hpf::test::typeText;

namespace {

QString monthFromNow(int months)
{
    const QDate today = QDate::currentDate();
    return QDate(today.year(), today.month(), 1).addMonths(months).toString(u"yyyy-MM"_qs);
}

} // namespace

class TestContributionDesk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void remittanceByKeyboard();
    void remittancePreviewStale();
    void backPaymentWithARefusedRow();
    void deferralWithGrant();
    void adjustmentClampedAndRefused();
    void interestStatementPrinted();

private:
    QString pdfText(const QString &pdf);
    // The demo accounts of `unit` (by the API), in the seed's order.
    QStringList accountsOf(client::ClientCore *core, const QString &unit);

    QTemporaryDir m_dir;
    hpf::test::ServerFixture m_server;
};

void TestContributionDesk::initTestCase()
{
    MessageBox::setAutoAnswer(QMessageBox::Ok);
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_qs).isEmpty(),
             "pdftotext is missing (poppler-utils)");
    const QString error = m_server.prepare();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString started = m_server.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QVERIFY(m_server.unitAccounts().size() >= 3);
}

QString TestContributionDesk::pdfText(const QString &pdf)
{
    QByteArray out;
    if (hpf::test::runProgram(u"pdftotext"_qs, {u"-enc"_qs, u"UTF-8"_qs, pdf, u"-"_qs}, {}, &out) != 0)
        return {};
    return QString::fromUtf8(out).remove(QRegularExpression(u"\\s"_qs));
}

QStringList TestContributionDesk::accountsOf(client::ClientCore *core, const QString &unit)
{
    QStringList out;
    for (const QString &account : m_server.personalAccounts()) {
        const auto a = fetchAccount(core, account);
        if (a && a->unitAccount == unit && a->state == u"01")
            out.append(account);
    }
    return out;
}

void TestContributionDesk::remittanceByKeyboard()
{
    ClientUnderTest client;
    MainWindow *w = hpf::test::signedIn(client, m_server.url(), u"teller1"_qs);
    QVERIFY(w);
    QVERIFY(w->openCode(u"2101"_qs));
    auto *page = w->page<RemittancePage>();
    QVERIFY(page);
    const QString unit = m_server.unitAccounts().value(1);

    auto *summary = page->findChild<SummaryPanel *>();
    QVERIFY(summary);
    QVERIFY(summary->value(u"unitAccount"_qs).isEmpty());
    // The unit, Enter: the month after the last one posted is suggested (the demo posted twelve months
    // up to last month), and Enter there previews it.
    QSignalSpy suggested(page, &RemittancePage::monthSuggested);
    enter(page->unitField()->edit(), unit);
    QTRY_VERIFY(page->monthEdit()->hasFocus());
    QVERIFY(suggested.wait(10000) || !suggested.isEmpty());
    QCOMPARE(page->monthEdit()->text(), monthFromNow(0));
    QTRY_COMPARE(summary->value(u"unitAccount"_qs), unit);
    QSignalSpy previewed(page, &RemittancePage::previewed);
    QTest::keyClick(page->monthEdit(), Qt::Key_Return);
    QVERIFY(previewed.wait(15000));
    QVERIFY2(previewed.at(0).at(0).toBool(), qPrintable(page->statusText()));
    const client::api::RemittancePreview preview = *page->shownPreview();
    QVERIFY(preview.employees > 0);
    QCOMPARE(page->table()->rowCount(), int(preview.lines.size() + preview.excluded.size()));
    QVERIFY(page->totalsText().contains(money::format(preview.totalFen)));

    // Ctrl+Enter posts exactly the preview.
    QSignalSpy finished(page, &RemittancePage::finished);
    QTest::keyClick(page->confirmButton(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(page->statusText()));
    const client::api::RemittancePosted posted = *page->posted();
    QCOMPARE(posted.month, preview.month);
    QCOMPARE(posted.employees, preview.employees);
    QCOMPARE(posted.unitTotalFen, preview.unitTotalFen);
    QCOMPARE(posted.personalTotalFen, preview.personalTotalFen);
    QCOMPARE(posted.totalFen, preview.totalFen);
    for (const auto &line : preview.lines) {
        const auto it = std::find_if(posted.items.begin(), posted.items.end(), [&](const auto &item) {
            return item.accountNumber == line.accountNumber;
        });
        QVERIFY2(it != posted.items.end(), qPrintable(line.accountNumber));
        QCOMPARE(it->baseFen, line.baseFen);
        QCOMPARE(it->unitAmountFen, line.unitAmountFen);
        QCOMPARE(it->personalAmountFen, line.personalAmountFen);
        QCOMPARE(it->amountFen, line.amountFen);
    }
    QVERIFY(page->statusText().contains(posted.serial));

    // A second Ctrl+Enter does not post again.
    QTest::keyClick(page->receiptBar()->pdfButton(), Qt::Key_Return, Qt::ControlModifier);
    QTest::qWait(300);
    QCOMPARE(finished.size(), 1);

    const QString pdf = m_dir.filePath(u"remittance.pdf"_qs);
    QVERIFY(w->printer()->savePdf(page->receiptBar()->printJob(), pdf).ok());
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(money::format(posted.totalFen).remove(u' ')), qPrintable(text));

    // The same month again: refused as posted, focus on the month.
    page->monthEdit()->setFocus();
    QTest::keyClick(page->monthEdit(), Qt::Key_Return);
    QVERIFY(previewed.wait(15000));
    QVERIFY(!previewed.last().at(0).toBool());
    QVERIFY(!page->confirmButton()->isEnabled());
    QVERIFY2(!page->statusText().isEmpty(), "no refusal shown");
}

void TestContributionDesk::remittancePreviewStale()
{
    ClientUnderTest client;
    MainWindow *w = hpf::test::signedIn(client, m_server.url(), u"teller1"_qs);
    QVERIFY(w);
    QVERIFY(w->openCode(u"2101"_qs));
    auto *page = w->page<RemittancePage>();
    const QString unit = m_server.unitAccounts().value(2);
    QSignalSpy suggested(page, &RemittancePage::monthSuggested);
    enter(page->unitField()->edit(), unit);
    QVERIFY(suggested.wait(10000) || !suggested.isEmpty());
    QSignalSpy previewed(page, &RemittancePage::previewed);
    page->monthEdit()->setFocus();
    QTest::keyClick(page->monthEdit(), Qt::Key_Return);
    QVERIFY(previewed.wait(15000));
    QVERIFY2(previewed.last().at(0).toBool(), qPrintable(page->statusText()));
    const client::api::RemittancePreview first = *page->shownPreview();
    QVERIFY(first.employees >= 2);

    // Another desk seals one of the people meanwhile (straight in the fixture's database).
    const QString sealed = first.lines.last().accountNumber;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"fixture"_qs);
        db.setDatabaseName(m_server.databasePath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.prepare(u"UPDATE accounts SET state = '02' WHERE account_number = ?"_qs));
        q.addBindValue(sealed);
        QVERIFY(q.exec());
        QCOMPARE(q.numRowsAffected(), 1);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"fixture"_qs);

    QSignalSpy finished(page, &RemittancePage::finished);
    QTest::keyClick(page->confirmButton(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(finished.wait(30000));
    QVERIFY(!finished.last().at(0).toBool());
    QVERIFY(!page->posted());
    // The page previews again by itself and keeps the refusal in view.
    QVERIFY(previewed.wait(15000));
    QVERIFY2(previewed.last().at(0).toBool(), qPrintable(page->statusText()));
    const client::api::RemittancePreview second = *page->shownPreview();
    QCOMPARE(second.employees, first.employees - 1);
    QVERIFY(std::any_of(second.excluded.begin(), second.excluded.end(),
                        [&](const auto &e) { return e.accountNumber == sealed; }));
    QVERIFY2(page->statusText().contains(u"Ctrl+Enter"_qs), qPrintable(page->statusText()));
    QTest::keyClick(page->confirmButton(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(page->statusText()));
    QCOMPARE(page->posted()->employees, second.employees);
    QCOMPARE(page->posted()->totalFen, second.totalFen);
}

void TestContributionDesk::backPaymentWithARefusedRow()
{
    ClientUnderTest client;
    MainWindow *w = hpf::test::signedIn(client, m_server.url(), u"teller1"_qs);
    QVERIFY(w);
    QVERIFY(w->openCode(u"2102"_qs));
    auto *page = w->page<BackPaymentPage>();
    QVERIFY(page);
    const QString unit = m_server.unitAccounts().value(0);
    QSignalSpy employees(page, &BackPaymentPage::employeesLoaded);
    enter(page->unitField()->edit(), unit);
    QVERIFY(employees.wait(15000));
    QVERIFY(employees.at(0).at(0).toBool());
    // The looked-up unit beside the form: its name labelled as a unit's, its state as a word; the
    // State column of the employees reads as words too.
    auto *summary = page->findChild<SummaryPanel *>();
    QVERIFY(summary);
    QTRY_COMPARE(summary->value(u"unitAccount"_qs), unit);
    QVERIFY2(summary->value(u"name"_qs).contains(u"示例"_qs), qPrintable(summary->value(u"name"_qs)));
    QCOMPARE(summary->value(u"state"_qs), LookupText::unitState(u"01"_qs));
    QVERIFY(page->table()->rowCount() > 0);
    for (int r = 0; r < page->table()->rowCount(); ++r) {
        const QString state = page->table()->item(r, BackPaymentPage::State)->text();
        QVERIFY2(!state.isEmpty() && !state.front().isDigit(), qPrintable(state));
    }
    // 郑敏 (the demo's missed months) and a colleague whose last month was paid.
    QString missed;
    QString paid;
    QTableWidget *table = page->table();
    for (int r = 0; r < table->rowCount(); ++r) {
        const QString name = table->item(r, BackPaymentPage::Name)->text();
        const QString account = table->item(r, BackPaymentPage::Account)->text();
        if (name.startsWith(u"郑"_qs) && missed.isEmpty())
            missed = account;
        else if (paid.isEmpty() && !name.startsWith(u"郑"_qs))
            paid = account;
    }
    QVERIFY2(!missed.isEmpty() && !paid.isEmpty(), "the demo unit lacks 郑敏 or a colleague");
    const auto before = fetchAccount(client.shell->core(), missed);
    QVERIFY(before);

    page->monthEdit()->setFocus();
    typeText(page->monthEdit(), monthFromNow(-1).replace(u'-', u'/')); // typed as 2026/11
    QTest::keyClick(page->monthEdit(), Qt::Key_Return);
    QTRY_VERIFY(page->reasonBox()->hasFocus());
    QCOMPARE(page->reasonBox()->currentData().toString(), u"01"_qs); // 漏缴 first
    QVERIFY(page->pick(missed));
    QVERIFY(page->pick(paid));
    QSignalSpy finished(page, &BackPaymentPage::finished);
    page->submitButton()->setFocus();
    QTest::keyClick(page->submitButton(), Qt::Key_Space);
    QVERIFY(finished.wait(30000));
    QVERIFY2(!finished.at(0).at(0).toBool(), qPrintable(page->statusText()));
    int paidRow = -1;
    int missedRow = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, BackPaymentPage::Account)->text() == paid)
            paidRow = r;
        if (table->item(r, BackPaymentPage::Account)->text() == missed)
            missedRow = r;
    }
    QVERIFY2(!page->rowProblem(paidRow).isEmpty(), qPrintable(page->statusText()));
    QVERIFY(page->rowProblem(missedRow).isEmpty());
    QCOMPARE(table->currentRow(), paidRow);
    const auto unchanged = fetchAccount(client.shell->core(), missed);
    QCOMPARE(unchanged->balanceFen, before->balanceFen); // nothing was posted

    // Untick the colleague and post 郑敏 alone.
    table->item(paidRow, BackPaymentPage::Pick)->setCheckState(Qt::Unchecked);
    QTest::keyClick(page->submitButton(), Qt::Key_Space);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(page->statusText()));
    const client::api::BackPayment r = *page->result();
    QCOMPARE(r.employees, 1);
    QCOMPARE(r.lines.at(0).accountNumber, missed);
    QCOMPARE(r.lines.at(0).amountFen, r.lines.at(0).unitAmountFen + r.lines.at(0).personalAmountFen);
    QVERIFY(r.totalFen > 0);
    const auto after = fetchAccount(client.shell->core(), missed);
    QCOMPARE(after->balanceFen.value_or(-1), before->balanceFen.value_or(0) + r.totalFen);
    QCOMPARE(r.lines.at(0).balanceFen, after->balanceFen.value_or(-1));
    QVERIFY(page->receiptBar()->hasReceipt());
    // A reset (sign-out) leaves nothing of the unit beside the form.
    page->reset();
    QVERIFY(page->findChild<SummaryPanel *>()->value(u"unitAccount"_qs).isEmpty());
    QVERIFY(page->findChild<SummaryPanel *>()->value(u"name"_qs).isEmpty());
}

void TestContributionDesk::deferralWithGrant()
{
    ClientUnderTest client;
    MainWindow *w = hpf::test::signedIn(client, m_server.url(), u"teller1"_qs);
    QVERIFY(w);
    QVERIFY(w->openCode(u"2103"_qs));
    auto *page = w->page<DeferralPage>();
    QVERIFY(page);
    const QString unit = m_server.unitAccounts().value(2);
    QSignalSpy list(page, &DeferralPage::listLoaded);
    enter(page->unitField()->edit(), unit);
    QVERIFY(list.wait(15000));
    QCOMPARE(page->listTable()->rowCount(), 0);
    enter(page->fromEdit(), monthFromNow(1));
    enter(page->toEdit(), monthFromNow(3));
    enter(page->reasonEdit(), u"经营困难，已审阅财务报表"_qs);
    QTRY_VERIFY(page->memoEdit()->hasFocus());
    QSignalSpy finished(page, &DeferralPage::finished);
    QTest::keyClick(page->memoEdit(), Qt::Key_Return); // Enter in the last field asks for the grant
    QTRY_VERIFY_WITH_TIMEOUT(page->grantDialog() && page->grantDialog()->isVisible(), 5000);
    QVERIFY(page->grantDialog()->summaryText().contains(unit));
    QVERIFY(hpf::test::authorise(page->grantDialog()));
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(page->statusText()));
    const client::api::Deferral d = page->result()->deferral;
    QCOMPARE(d.fromMonth, monthFromNow(1));
    QCOMPARE(d.toMonth, monthFromNow(3));
    QCOMPARE(d.approvedBy, u"supervisor1"_qs);
    QCOMPARE(d.status, u"approved"_qs);
    QTRY_COMPARE_WITH_TIMEOUT(page->listTable()->rowCount(), 1, 10000);
    QVERIFY(page->receiptBar()->hasReceipt());
}

void TestContributionDesk::adjustmentClampedAndRefused()
{
    ClientUnderTest client;
    MainWindow *w = hpf::test::signedIn(client, m_server.url(), u"teller1"_qs);
    QVERIFY(w);
    const QString unit = m_server.unitAccounts().value(1);
    const QStringList mine = accountsOf(client.shell->core(), unit);
    const QStringList theirs = accountsOf(client.shell->core(), m_server.unitAccounts().value(2));
    QVERIFY(!mine.isEmpty() && !theirs.isEmpty());
    const QString a = mine.first();
    const QString stranger = theirs.first();

    QVERIFY(w->openCode(u"2104"_qs));
    auto *page = w->page<AdjustmentPage>();
    QVERIFY(page);
    enter(page->unitField()->edit(), unit);
    QTRY_VERIFY(page->yearEdit()->hasFocus());
    QCOMPARE(page->yearEdit()->text(), QString::number(QDate::currentDate().year()));

    const QString header = u"证件类型,证件号码,姓名,缴存基数\n"_qs;
    auto writeList = [&](const QString &name, const QString &body) {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        f.write((header + body).toUtf8());
        return f.fileName();
    };
    // 100.00 yuan is below any floor of the policy; the stranger works for another unit.
    const QString bad =
        writeList(u"bad.csv"_qs, u"01,%1,%2,100.00\n01,%3,%4,6000.00\n"_qs.arg(
                                     m_server.identityOf(a), m_server.nameOf(a),
                                     m_server.identityOf(stranger), m_server.nameOf(stranger)));
    QSignalSpy validated(page, &AdjustmentPage::validated);
    page->loadFile(bad);
    QVERIFY(validated.wait(30000));
    QVERIFY2(!validated.at(0).at(0).toBool(), qPrintable(page->statusText()));
    QVERIFY(page->validation());
    QCOMPARE(page->validation()->errors, 1);
    QCOMPARE(page->validation()->clamped, 1);
    QCOMPARE(page->cell(0, AdjustmentPage::Account), a);
    QVERIFY(!page->cell(0, AdjustmentPage::Clamp).isEmpty()); // marked as raised to the floor
    QVERIFY(page->cell(0, AdjustmentPage::Problem).isEmpty());
    QVERIFY(!page->cell(1, AdjustmentPage::Problem).isEmpty());
    QVERIFY(!page->submitButton()->isEnabled());
    const qint64 floor = page->validation()->rows.at(0).newBaseFen;
    QVERIFY(floor > 10000);

    const QString good =
        writeList(u"good.csv"_qs, u"01,%1,%2,100.00\n"_qs.arg(m_server.identityOf(a), m_server.nameOf(a)));
    page->loadFile(good);
    QVERIFY(validated.wait(30000));
    QVERIFY2(validated.last().at(0).toBool(), qPrintable(page->statusText()));
    QTRY_VERIFY(page->submitButton()->hasFocus());
    QSignalSpy finished(page, &AdjustmentPage::finished);
    QTest::keyClick(page->submitButton(), Qt::Key_Space);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(page->statusText()));
    QCOMPARE(page->result()->count, 1);
    QCOMPARE(page->result()->clamped, 1);
    QCOMPARE(page->result()->rows.at(0).newBaseFen, floor);
    QVERIFY(page->receiptBar()->hasReceipt());
}

void TestContributionDesk::interestStatementPrinted()
{
    ClientUnderTest client;
    MainWindow *w = hpf::test::signedIn(client, m_server.url(), u"supervisor1"_qs);
    QVERIFY(w);
    QVERIFY(w->openCode(u"2105"_qs));
    auto *page = w->page<InterestStatementPage>();
    QVERIFY(page);
    QVERIFY(page->runsBox()->isVisibleTo(page)); // supervisors see the runs
    const QDate today = QDate::currentDate();
    const int year = today > QDate(today.year(), 6, 30) ? today.year() : today.year() - 1;
    QCOMPARE(page->yearEdit()->text(), QString::number(year));
    const QString unit = m_server.unitAccounts().value(0);
    enter(page->unitField()->edit(), unit);
    QTRY_VERIFY(page->yearEdit()->hasFocus());
    // `serve` queued the latest due year at start; the statement is there once the run is done.
    QSignalSpy loaded(page, &InterestStatementPage::loaded);
    const QDeadlineTimer deadline(40000);
    while (!page->statement() && !deadline.hasExpired()) {
        loaded.clear();
        page->yearEdit()->setFocus();
        QTest::keyClick(page->yearEdit(), Qt::Key_Return);
        QVERIFY(loaded.wait(15000));
        if (!loaded.at(0).at(0).toBool())
            QTest::qWait(1000);
    }
    QVERIFY2(page->statement(), qPrintable(page->statusText()));
    const client::api::InterestStatement s = *page->statement();
    QCOMPARE(s.unitAccount, unit);
    QCOMPARE(s.year, year);
    QCOMPARE(s.settlementDate, QDate(year, 6, 30));
    QCOMPARE(page->table()->rowCount(), int(s.lines.size()));
    // The demo's remittances of the twelve months before are dated in their months: the year earned
    // interest, and each closing balance holds the opening, the year's deposits and the interest.
    qint64 total = 0;
    for (const auto &line : s.lines) {
        QVERIFY(line.interestFen >= 0);
        QVERIFY(line.closingBalanceFen > line.openingBalanceFen + line.interestFen);
        total += line.interestFen;
    }
    QCOMPARE(total, s.totalInterestFen);
    QVERIFY2(s.totalInterestFen > 0, qPrintable(page->statusText()));

    const QString pdf = m_dir.filePath(u"statement.pdf"_qs);
    QVERIFY(page->pdfButton()->isEnabled());
    QVERIFY(w->printer()->savePdf(page->printJob(), pdf).ok());
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(u"结息对账单"_qs), qPrintable(text));
    QVERIFY2(text.contains(unit), qPrintable(text));
    QVERIFY2(text.contains(money::format(s.totalInterestFen).remove(u' ')), qPrintable(text));

    // The runs: the year done.
    QSignalSpy runs(page, &InterestStatementPage::runsLoaded);
    page->refreshRuns();
    QVERIFY(runs.wait(15000));
    QVERIFY(runs.last().at(0).toBool());
    bool found = false;
    for (int r = 0; r < page->runsTable()->rowCount(); ++r)
        found = found || page->runsTable()->item(r, 0)->text() == QString::number(year);
    QVERIFY(found);
}

QTEST_MAIN(TestContributionDesk)
#include "tst_contributiondesk.moc"
