// The withdrawal pages (6001, 6002) and the change pages (2201, 2202) against a real hpf-server on
// SQLite (init + demo-seed), by keyboard:
// - a home-purchase withdrawal: evidence typed, F6 asks the sharing interfaces, every rule shown,
//   the amount and a full-width payee account typed, Enter withdraws; the receipt read back from
//   its PDF (type, 大写, the payee account masked), the balance checked through the API, 8001 opened
//   with the serial;
// - the demo retiree's closure: the amount fixed to balance + interest to date, the explicit
//   question, the amount above the policy's threshold authorised by a supervisor, the account closed
//   (05, reason 01) with a zero balance;
// - refusals focusing their input (a contract ten years old, a date that does not exist, an amount
//   above the maximum, a payee account of two digits, a frozen account shown as 受限);
// - a standing rent instruction set up, listed, shown and ended;
// - a unit's contact mobile changed (before → after) and a person's name changed under a grant.
#include "api/accounts.h"
#include "api/withdrawals.h"
#include "changes/personchangepage.h"
#include "changes/unitchangepage.h"
#include "clientcore.h"
#include "domain/money.h"
#include "guitest.h"
#include "judicialdesktest.h"
#include "serverfixture.h"
#include "shell/grantdialog.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "transfer/lookupfield.h"
#include "widgets/documentprinter.h"
#include "widgets/messagebox.h"
#include "widgets/receiptbar.h"
#include "withdrawal/evidenceform.h"
#include "withdrawal/instructionpage.h"
#include "withdrawal/payeeform.h"
#include "withdrawal/withdrawalpage.h"
#include "withdrawal/withdrawaltext.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace hpf;
using namespace hpf::ui;
using hpf::test::ClientUnderTest;
using hpf::test::enter;
using hpf::test::fetchAccount;
using hpf::test::typeText;

namespace {

// Chooses the combo's entry with `data` by keyboard (Home, then Down).
bool choose(QComboBox *combo, const QString &data)
{
    const int at = combo->findData(data);
    if (at < 0)
        return false;
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < at; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentIndex() == at;
}

} // namespace

class TestWithdrawalDesk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void purchaseWithSharedData();
    void retireeClosure();
    void refusalFocusesTheField_data();
    void refusalFocusesTheField();
    void rentInstruction();
    void unitChange();
    void personChange();

private:
    // Opens 6001 signed in as teller1 and loads `account` with `type` chosen, by keyboard.
    WithdrawalPage *openWithdrawal(ClientUnderTest &client, const QString &account, const QString &type);
    // Fills the payee (the first reference bank) and presses Enter in the memo.
    void payeeAndEnter(WithdrawalPage *page, const QString &accountNumber, const QString &name);
    // Runs the check (F5 or F6) and waits for it.
    bool runCheck(WithdrawalPage *page, bool shared);
    QString pdfText(const QString &pdf);

    QTemporaryDir m_dir;
    hpf::test::ServerFixture m_server;
    int m_next = 7; // the next unused demo account (0 buyer, 1 frozen, 3 withdrew, 4 renter, 6 mortgage)
};

void TestWithdrawalDesk::initTestCase()
{
    MessageBox::setAutoAnswer(QMessageBox::Yes);
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_qs).isEmpty(),
             "pdftotext is missing (poppler-utils)");
    const QString error = m_server.prepare();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString started = m_server.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
}

QString TestWithdrawalDesk::pdfText(const QString &pdf)
{
    QByteArray out;
    if (hpf::test::runProgram(u"pdftotext"_qs, {u"-enc"_qs, u"UTF-8"_qs, pdf, u"-"_qs}, {}, &out) != 0)
        return {};
    return QString::fromUtf8(out).remove(QRegularExpression(u"\\s"_qs));
}

WithdrawalPage *TestWithdrawalDesk::openWithdrawal(ClientUnderTest &client, const QString &account,
                                                   const QString &type)
{
    MainWindow *w = hpf::test::signedIn(client, m_server.url(), u"teller1"_qs);
    if (!w || !w->openCode(u"6001"_qs))
        return nullptr;
    auto *page = w->page<WithdrawalPage>();
    if (!page)
        return nullptr;
    // The policy's types arrive with the reference data (the page lists them again on reset).
    for (int tries = 0; page->typeCombo()->findData(type) < 0 && tries < 50; ++tries) {
        QTest::qWait(200);
        page->reset();
    }
    if (page->typeCombo()->findData(type) < 0)
        return nullptr;
    enter(page->accountField()->edit(), account);
    if (!QTest::qWaitFor([&] { return page->accountField()->account().has_value(); }, 10000))
        return nullptr;
    if (!choose(page->typeCombo(), type))
        return nullptr;
    return page;
}

bool TestWithdrawalDesk::runCheck(WithdrawalPage *page, bool shared)
{
    QSignalSpy checked(page, &WithdrawalPage::checked);
    QTest::keyClick(page->typeCombo(), shared ? Qt::Key_F6 : Qt::Key_F5);
    return (checked.wait(30000) || !checked.isEmpty()) && checked.last().at(0).toBool();
}

void TestWithdrawalDesk::payeeAndEnter(WithdrawalPage *page, const QString &accountNumber,
                                       const QString &name)
{
    PayeeForm *payee = page->payeeForm();
    payee->bankCombo()->setFocus();
    QTest::keyClick(payee->bankCombo(), Qt::Key_Home);
    QTest::keyClick(payee->bankCombo(), Qt::Key_Return);
    QTRY_VERIFY(payee->accountEdit()->hasFocus());
    enter(payee->accountEdit(), accountNumber);
    QTRY_VERIFY(payee->nameEdit()->hasFocus());
    enter(payee->nameEdit(), name);
    QTRY_VERIFY(page->memoEdit()->hasFocus());
    QTest::keyClick(page->memoEdit(), Qt::Key_Return);
}

void TestWithdrawalDesk::purchaseWithSharedData()
{
    ClientUnderTest client;
    // The demo's buyer: the training property register knows the home she buys.
    const QString account = m_server.personalAccounts().value(0);
    WithdrawalPage *page = openWithdrawal(client, account, u"purchase"_qs);
    QVERIFY(page);
    const auto before = fetchAccount(client.shell->core(), account);
    QVERIFY(before && before->balanceFen.value_or(0) > 0);

    // Enter from the type moves through the purchase evidence only.
    QTest::keyClick(page->typeCombo(), Qt::Key_Return);
    EvidenceForm *e = page->evidenceForm();
    QTRY_VERIFY(e->edit(u"evidence.eventDate"_qs)->hasFocus());
    QVERIFY(!e->edit(u"evidence.loanBank"_qs)->isVisible());
    enter(e->edit(u"evidence.eventDate"_qs), QDate::currentDate().addDays(-20).toString(Qt::ISODate));
    enter(e->edit(u"evidence.contractNumber"_qs), u"GF-2026-0001"_qs);
    enter(e->edit(u"evidence.priceFen"_qs), u"1,200,000.00"_qs);
    enter(e->edit(u"evidence.propertyAddress"_qs), u"兰州市城关区庆阳路1号"_qs);
    QTRY_VERIFY(page->amountEdit()->hasFocus());

    QVERIFY2(runCheck(page, true), qPrintable(page->statusText()));
    const client::api::WithdrawalCheck check = *page->lastCheck();
    QVERIFY2(check.eligible, qPrintable(page->checkText()));
    QVERIFY(!check.closesAccount);
    QVERIFY(!check.sharedAnswers.isEmpty());
    QVERIFY2(page->checkText().contains(check.sharedAnswers.first().summary), qPrintable(page->checkText()));
    const bool satisfied = std::any_of(check.materials.cbegin(), check.materials.cend(),
                                       [](const auto &m) { return m.satisfiedBy.has_value(); });
    QVERIFY2(satisfied, qPrintable(page->checkText()));
    for (const auto &rule : check.rules)
        QVERIFY2(page->checkText().contains(u"✓ "_qs + WithdrawalText::rule(rule.rule)),
                 qPrintable(page->checkText()));
    QVERIFY(check.maxAmountFen > 0 && check.maxAmountFen <= before->availableFen.value_or(0));

    const qint64 amount = qMin<qint64>(100000, check.maxAmountFen); // 1,000.00 or all there is
    QTRY_VERIFY(page->amountEdit()->hasFocus());
    enter(page->amountEdit(), money::formatPlain(amount));
    QSignalSpy finished(page, &WithdrawalPage::finished);
    payeeAndEnter(page, u"６２２２ ０２０２ ００００ １２３４"_qs, u"张三"_qs);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(page->statusText()));
    const client::api::Withdrawal r = *page->result();
    QCOMPARE(r.type, u"purchase"_qs);
    QCOMPARE(r.amountFen, amount);
    QCOMPARE(r.interestFen, 0);
    QVERIFY(!r.closed);
    QCOMPARE(r.payee.accountMasked.left(4), u"6222"_qs);
    QVERIFY(r.payee.accountMasked.endsWith(u"1234"_qs));
    QVERIFY(!r.payee.accountMasked.contains(u"02020000"_qs));
    QCOMPARE(r.balanceFen, before->balanceFen.value_or(0) - amount);
    QVERIFY(!r.satisfiedMaterials().isEmpty()); // the record says which material the answer stands for

    // A second Enter does not withdraw again.
    QTest::keyClick(page->memoEdit(), Qt::Key_Return);
    QTest::qWait(300);
    QCOMPARE(finished.size(), 1);

    const QString pdf = m_dir.filePath(u"purchase.pdf"_qs);
    MainWindow *w = client.shell->mainWindow();
    QVERIFY(w->printer()->savePdf(page->receiptBar()->printJob(), pdf).ok());
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(money::format(amount).remove(u' ')), qPrintable(text));
    QVERIFY2(text.contains(r.payee.accountMasked), qPrintable(text));
    QVERIFY2(!text.contains(u"6222020200001234"_qs), qPrintable(text));
    QVERIFY2(text.contains(money::toChineseUpper(amount).value()), qPrintable(text));

    const auto after = fetchAccount(client.shell->core(), account);
    QVERIFY(after);
    QCOMPARE(after->balanceFen.value_or(-1), before->balanceFen.value_or(0) - amount);

    // 扫描材料 opens the archive desk with the serial.
    QTRY_VERIFY(page->scanButton()->isVisible());
    page->scanButton()->setFocus();
    QTest::keyClick(page->scanButton(), Qt::Key_Space);
    QTRY_COMPARE(w->currentPage(), u"8001"_qs);
}

void TestWithdrawalDesk::retireeClosure()
{
    // The demo's retiree (62, migrated 90 days ago with 87,654.32): closing pays interest to the
    // day, and the amount is above the policy's threshold, so a supervisor authorises it.
    const QString account = m_server.retireeAccount();
    QVERIFY2(!account.isEmpty(), "demo-seed printed no retiree");
    ClientUnderTest client;
    WithdrawalPage *page = openWithdrawal(client, account, u"retirement"_qs);
    QVERIFY(page);
    const auto before = fetchAccount(client.shell->core(), account);
    QVERIFY(before && before->state == u"01");
    QVERIFY(!page->evidenceForm()->isVisible()); // retirement needs no evidence
    QVERIFY(page->amountEdit()->isReadOnly());

    QVERIFY2(runCheck(page, false), qPrintable(page->statusText()));
    const client::api::WithdrawalCheck check = *page->lastCheck();
    QVERIFY2(check.eligible, qPrintable(page->checkText()));
    QVERIFY(check.closesAccount);
    QVERIFY(check.interestFen > 0);
    QCOMPARE(check.closingAmountFen, before->balanceFen.value_or(0) + check.interestFen);
    QCOMPARE(page->amountEdit()->text(), money::format(check.closingAmountFen));
    QVERIFY(check.needsGrant(check.closingAmountFen));

    QSignalSpy finished(page, &WithdrawalPage::finished);
    payeeAndEnter(page, u"6222020200005678"_qs, u"郑国强"_qs);
    // The explicit question (answered Yes by the test seam) named the account; then the grant.
    QTRY_VERIFY_WITH_TIMEOUT(page->grantDialog() && page->grantDialog()->isVisible(), 5000);
    QVERIFY2(MessageBox::lastText().contains(account), qPrintable(MessageBox::lastText()));
    QVERIFY(page->grantDialog()->summaryText().contains(money::format(check.closingAmountFen)));
    QVERIFY(hpf::test::authorise(page->grantDialog()));
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(page->statusText()));
    const client::api::Withdrawal r = *page->result();
    QVERIFY(r.closed);
    QCOMPARE(r.closeReason, u"01"_qs);
    QCOMPARE(r.principalFen, before->balanceFen.value_or(0));
    QCOMPARE(r.interestFen, check.interestFen);
    QCOMPARE(r.amountFen, check.closingAmountFen);
    QCOMPARE(r.balanceFen, 0);
    QVERIFY(page->resultText().contains(money::format(r.interestFen)));
    const auto after = fetchAccount(client.shell->core(), account);
    QVERIFY(after);
    QCOMPARE(after->state, u"05"_qs);
    QCOMPARE(after->closeReason, u"01"_qs);
    QCOMPARE(after->balanceFen.value_or(-1), 0);
}

void TestWithdrawalDesk::refusalFocusesTheField_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("focus"); // object name of the input that must hold the focus
    QTest::addColumn<QString>("text");  // in the status line
    QTest::newRow("contract ten years old") << u"old"_qs << u"evidence_eventDate"_qs << u"✗"_qs;
    QTest::newRow("a date that does not exist")
        << u"baddate"_qs << u"evidence_eventDate"_qs << u"YYYY-MM-DD"_qs;
    QTest::newRow("amount above the maximum") << u"above"_qs << u"withdrawalAmount"_qs << QString();
    QTest::newRow("payee account of two digits") << u"payee"_qs << u"payeeAccount"_qs << QString();
    // The hold takes the money: the refusal names the amount (at most the available balance).
    QTest::newRow("frozen account") << u"frozen"_qs << u"withdrawalAmount"_qs << u"受限"_qs;
}

void TestWithdrawalDesk::refusalFocusesTheField()
{
    QFETCH(QString, what);
    QFETCH(QString, focus);
    QFETCH(QString, text);
    ClientUnderTest client;
    // The demo's active court freeze is on account 1.
    const QString account = m_server.personalAccounts().value(what == u"frozen" ? 1 : m_next++);
    WithdrawalPage *page = openWithdrawal(client, account, u"purchase"_qs);
    QVERIFY(page);
    EvidenceForm *e = page->evidenceForm();
    const QString date = what == u"old"       ? QDate::currentDate().addYears(-10).toString(Qt::ISODate)
                         : what == u"baddate" ? u"2026-02-30"_qs
                                              : QDate::currentDate().addDays(-10).toString(Qt::ISODate);
    enter(e->edit(u"evidence.eventDate"_qs), date);
    enter(e->edit(u"evidence.contractNumber"_qs), u"GF-2026-0002"_qs);
    enter(e->edit(u"evidence.priceFen"_qs), u"900000"_qs);
    enter(e->edit(u"evidence.propertyAddress"_qs), u"兰州市七里河区1号"_qs);
    if (what == u"baddate") {
        QTest::keyClick(page->amountEdit(), Qt::Key_F5); // refused before anything is sent
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), focus);
        QVERIFY2(page->statusText().contains(text), qPrintable(page->statusText()));
        QVERIFY(!page->lastCheck());
        return;
    }
    QSignalSpy checked(page, &WithdrawalPage::checked);
    QTest::keyClick(page->amountEdit(), Qt::Key_F5);
    QVERIFY(checked.wait(30000));
    if (what == u"old" || what == u"frozen") {
        QVERIFY(page->lastCheck());
        QVERIFY(!page->lastCheck()->eligible || page->lastCheck()->restricted);
        if (what == u"frozen")
            QVERIFY2(page->accountField()->infoText().contains(text),
                     qPrintable(page->accountField()->infoText()));
        else
            QVERIFY2(page->statusText().contains(text), qPrintable(page->statusText()));
        if (!page->lastCheck()->eligible) {
            QTRY_COMPARE(QApplication::focusWidget()->objectName(), focus);
            return;
        }
        // A freeze that leaves some money available: withdrawing all of the balance is refused.
        enter(page->amountEdit(), money::formatPlain(page->lastCheck()->balanceFen));
    } else {
        QVERIFY2(checked.at(0).at(0).toBool() && page->lastCheck()->eligible, qPrintable(page->checkText()));
        // Above the maximum by a fen; the payee row withdraws 100.00.
        enter(page->amountEdit(),
              what == u"above" ? money::formatPlain(page->lastCheck()->maxAmountFen + 1) : u"100.00"_qs);
    }
    const qint64 amount = money::parse(page->amountEdit()->text(), u"amount"_qs).value();
    QSignalSpy finished(page, &WithdrawalPage::finished);
    payeeAndEnter(page, what == u"payee" ? u"12"_qs : u"6222020200001234"_qs, u"李四"_qs);
    if (page->lastCheck()->needsGrant(amount)) {
        // An amount above the grant threshold asks the supervisor first; the server refuses after.
        QTRY_VERIFY_WITH_TIMEOUT(page->grantDialog() && page->grantDialog()->isVisible(), 5000);
        QVERIFY(hpf::test::authorise(page->grantDialog()));
    }
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), focus);
    if (!text.isEmpty())
        QVERIFY2(page->statusText().contains(text), qPrintable(page->statusText()));
    QVERIFY(!page->receiptBar()->isVisible());
}

void TestWithdrawalDesk::rentInstruction()
{
    ClientUnderTest client;
    MainWindow *w = hpf::test::signedIn(client, m_server.url(), u"teller1"_qs);
    QVERIFY(w);
    QVERIFY(w->openCode(u"6002"_qs));
    auto *page = w->page<InstructionPage>();
    QVERIFY(page);
    const QString account = m_server.personalAccounts().value(4); // the demo's renter: no own home
    QSignalSpy listed(page, &InstructionPage::listed);
    enter(page->accountField()->edit(), account);
    QVERIFY(listed.wait(15000));
    QCOMPARE(page->list()->count(), 0);

    QVERIFY(choose(page->frequencyCombo(), u"monthly"_qs));
    QTest::keyClick(page->frequencyCombo(), Qt::Key_Return);
    QTRY_VERIFY(page->amountEdit()->hasFocus());
    enter(page->amountEdit(), u"500"_qs);
    enter(page->startEdit(), QDate::currentDate().toString(u"yyyy-MM"_qs));
    enter(page->endEdit(), QDate::currentDate().addMonths(11).toString(u"yyyy-MM"_qs));
    enter(page->rentEdit(), u"1500"_qs);
    enter(page->leaseEdit(), u"ZL-2026-0001"_qs);
    QSignalSpy finished(page, &InstructionPage::finished);
    QSignalSpy relisted(page, &InstructionPage::listed);
    PayeeForm *payee = page->payeeForm();
    QTRY_VERIFY(payee->bankCombo()->hasFocus());
    QTest::keyClick(payee->bankCombo(), Qt::Key_Return);
    enter(payee->accountEdit(), u"6222020200007777"_qs);
    enter(payee->nameEdit(), u"房东甲"_qs);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(page->statusText()));
    QVERIFY(page->receiptBar()->isVisible());
    QVERIFY(relisted.wait(15000) || !relisted.isEmpty());
    QTRY_COMPARE(page->list()->count(), 1);
    QCOMPARE(page->instructions().first().status, u"active"_qs);
    QCOMPARE(page->instructions().first().amountFen, 50000);
    QTRY_VERIFY(page->detailsText().contains(u"7777"_qs));
    QVERIFY(!page->detailsText().contains(u"6222020200007777"_qs));

    // Ended with a reason (Enter in the reason).
    page->list()->setCurrentRow(0);
    enter(page->endReasonEdit(), u"租约提前解除"_qs);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(page->statusText()));
    QTRY_VERIFY(!page->instructions().isEmpty() && page->instructions().first().status == u"ended");
}

void TestWithdrawalDesk::unitChange()
{
    ClientUnderTest client;
    MainWindow *w = hpf::test::signedIn(client, m_server.url(), u"teller1"_qs);
    QVERIFY(w);
    QVERIFY(w->openCode(u"2201"_qs));
    auto *page = w->page<UnitChangePage>();
    QVERIFY(page);
    const QString unit = m_server.unitAccounts().value(0);
    QSignalSpy history(page, &UnitChangePage::historyLoaded);
    enter(page->unitField()->edit(), unit);
    QVERIFY(history.wait(15000));
    QTRY_VERIFY(page->edit(u"name"_qs)->hasFocus());
    // Only the contact's mobile changes (full-width digits typed), the rest stays.
    page->edit(u"contact.name"_qs)->setFocus();
    typeText(page->edit(u"contact.name"_qs), u"李联系"_qs);
    page->edit(u"contact.mobile"_qs)->setFocus();
    typeText(page->edit(u"contact.mobile"_qs), u"１３９００１３９０００"_qs);
    QSignalSpy finished(page, &UnitChangePage::finished);
    enter(page->reasonEdit(), u"联系人换手机"_qs);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(page->statusText()));
    // The mobile masked in the answer: its last four digits after the arrow.
    QVERIFY2(page->resultText().contains(u"9000"_qs), qPrintable(page->resultText()));
    QVERIFY2(page->resultText().contains(u"→"_qs), qPrintable(page->resultText()));
    QVERIFY(page->receiptBar()->isVisible());
    QTRY_VERIFY(page->historyText().contains(page->receiptBar()->receipt().serial));

    // The same values again: nothing to change, refused by the server.
    page->edit(u"contact.name"_qs)->setFocus();
    QSignalSpy again(page, &UnitChangePage::finished);
    enter(page->reasonEdit(), u"再次提交"_qs);
    QVERIFY(again.wait(30000));
    QCOMPARE(again.at(0).at(0).toBool(), false);
}

void TestWithdrawalDesk::personChange()
{
    ClientUnderTest client;
    MainWindow *w = hpf::test::signedIn(client, m_server.url(), u"teller1"_qs);
    QVERIFY(w);
    QVERIFY(w->openCode(u"2202"_qs));
    auto *page = w->page<PersonChangePage>();
    QVERIFY(page);
    const QString account = m_server.personalAccounts().value(m_next++);
    enter(page->accountField()->edit(), account);
    QTRY_VERIFY(page->nameEdit()->hasFocus());

    // A mobile only: no grant.
    QTest::keyClick(page->nameEdit(), Qt::Key_Return);
    enter(page->mobileEdit(), u"13912345678"_qs);
    QSignalSpy finished(page, &PersonChangePage::finished);
    enter(page->reasonEdit(), u"换号"_qs);
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(page->statusText()));
    QVERIFY(!page->grantDialog());

    // A name: the supervisor authorises at this screen.
    page->reset();
    enter(page->accountField()->edit(), account);
    QTRY_VERIFY(page->nameEdit()->hasFocus());
    enter(page->nameEdit(), u"张改名"_qs);
    QTest::keyClick(page->mobileEdit(), Qt::Key_Return);
    enter(page->reasonEdit(), u"户籍更名"_qs);
    QTRY_VERIFY_WITH_TIMEOUT(page->grantDialog() && page->grantDialog()->isVisible(), 5000);
    QVERIFY(hpf::test::authorise(page->grantDialog()));
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(page->statusText()));
    QVERIFY2(page->resultText().contains(u"→"_qs), qPrintable(page->resultText()));
    QVERIFY(page->receiptBar()->isVisible());
}

QTEST_MAIN(TestWithdrawalDesk)
#include "tst_withdrawaldesk.moc"
