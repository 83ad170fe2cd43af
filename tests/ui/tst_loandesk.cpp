// The loan desk (7001 贷款受理, 7002 审核审批) against a real hpf-server on SQLite (init + demo-seed),
// by keyboard:
// - an application taken for a demo member: the people row typed with full-width digits, the
//   property and the loan; F5 shows every rule (the amount above the limit ✗ with its reason, the
//   focus on the amount), the limit with its binding bound named, the rate and the schedule; the
//   limit typed, F5 again, Ctrl+Enter accepts: the serial and the due date 15 days on, read back
//   through the API;
// - refusals focusing their input (a term of 700 months, an identity with a wrong check digit, the
//   same person twice, a spouse row without a name, a commercial part without its rate);
// - 7002: loan1 cannot review its own application (loan.same_officer beside 审核), reviews the
//   demo's application accepted by loan2, cannot approve (no role: beside 批准); supervisor1
//   approves it; loan2 reviews loan1's application and supervisor1 refuses it with a reason (an
//   empty reason is refused beside 拒绝 first). Every step read back from the server.
#include "api/loans.h"
#include "clientcore.h"
#include "domain/errortext.h"
#include "domain/money.h"
#include "guitest.h"
#include "loan/applicationpage.h"
#include "loan/approvalpage.h"
#include "loan/loantext.h"
#include "loantest.h"
#include "serverfixture.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "widgets/messagebox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace hpf;
using namespace hpf::ui;
using hpf::test::choose;
using hpf::test::ClientUnderTest;
using hpf::test::enter;
using hpf::test::fullWidth;
using hpf::test::typeText;

namespace {

// The sum of the check digit of GB 11643 made wrong.
QString wrongCheckDigit(const QString &identity)
{
    const QChar last = identity.back();
    return identity.left(17) + (last == u'0' ? u'1' : u'0');
}

} // namespace

class TestLoanDesk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void applicationByKeyboard();
    void refusalFocusesTheField_data();
    void refusalFocusesTheField();
    void reviewAndDecide();

private:
    // Opens 7002 signed in as `user` with the first list loaded, or null.
    LoanApprovalPage *openApproval(ClientUnderTest &client, const QString &user);
    // Chooses the status filter, then the application `serial` in the list, and presses Enter.
    bool openByKeyboard(LoanApprovalPage *page, const QString &status, const QString &serial);
    // Presses Alt+`key` and waits for the step's answer.
    bool step(LoanApprovalPage *page, Qt::Key key);
    // Accepts a small fund loan for the next demo member through 7001 as loan1; its serial.
    QString acceptOne(ClientUnderTest &client);
    // Opens 7001 signed in as loan1 (banks loaded), or null.
    LoanApplicationPage *openApplication(ClientUnderTest &client);
    // Types the borrower row of `account` and a property, loan and term by keyboard.
    void fillBorrower(LoanApplicationPage *page, const QString &account, const QString &amount,
                      const QString &term);
    bool runCheck(LoanApplicationPage *page);

    hpf::test::ServerFixture m_server;
    int m_next = 8; // the next unused demo account (the lower ones serve the other desks' stories)
};

void TestLoanDesk::initTestCase()
{
    MessageBox::setAutoAnswer(QMessageBox::Yes);
    const QString error = m_server.prepare();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString started = m_server.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QVERIFY(m_server.personalAccounts().size() > 10);
}

LoanApplicationPage *TestLoanDesk::openApplication(ClientUnderTest &client)
{
    return hpf::test::openLoanApplication(client, m_server.url());
}

void TestLoanDesk::fillBorrower(LoanApplicationPage *page, const QString &account, const QString &amount,
                                const QString &term)
{
    hpf::test::fillLoanBorrower(page, m_server, account, amount, term);
}

bool TestLoanDesk::runCheck(LoanApplicationPage *page)
{
    return hpf::test::runLoanCheck(page);
}

void TestLoanDesk::applicationByKeyboard()
{
    ClientUnderTest client;
    LoanApplicationPage *page = openApplication(client);
    QVERIFY(page);
    const QString account = m_server.personalAccounts().value(m_next++);

    // Far above any limit: the check answers, the amount rule fails with its reason.
    fillBorrower(page, account, u"9,000,000"_qs, u"６０"_qs);
    QVERIFY2(runCheck(page), qPrintable(page->statusText()));
    client::api::LoanCheck check = *page->lastCheck();
    QVERIFY2(!check.judgement.eligible, qPrintable(page->checkText()));
    QCOMPARE(check.judgement.rules.size(), 8);
    // 9,000,000 over five years fails the income test and the limit, both on the amount.
    const QStringList failing{u"income_share"_qs, u"amount"_qs};
    for (const client::api::LoanRuleVerdict &rule : check.judgement.rules) {
        if (!failing.contains(rule.rule)) {
            QVERIFY2(page->checkText().contains(u"✓ "_qs + LoanText::rule(rule.rule)),
                     qPrintable(page->checkText()));
            continue;
        }
        QVERIFY2(!rule.passed, qPrintable(rule.rule));
        QCOMPARE(rule.field, u"amountFen"_qs);
        QVERIFY2(page->checkText().contains(LoanText::verdict(rule)), qPrintable(page->checkText()));
    }
    QVERIFY(LoanText::verdict(check.judgement.rules.last()).startsWith(u"✗ "_qs));
    QCOMPARE(check.judgement.rules.last().code, u"loan.amount_above_limit"_qs);
    QVERIFY(page->amountEdit()->hasFocus());
    QVERIFY(check.judgement.limit.has_value());
    const client::api::LoanLimit limit = *check.judgement.limit;
    QVERIFY(limit.amountFen > 0 && limit.amountFen < 900000000);
    QVERIFY2(page->checkText().contains(LoanText::bound(limit.boundBy)), qPrintable(page->checkText()));
    QVERIFY2(page->checkText().contains(money::format(limit.amountFen)), qPrintable(page->checkText()));
    // Ctrl+Enter on a refused check accepts nothing.
    QSignalSpy finished(page, &LoanApplicationPage::finished);
    QTest::keyClick(page->amountEdit(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(finished.isEmpty() && !page->result());

    // The limit itself: eligible, the rate and the schedule shown.
    QTRY_VERIFY(page->amountEdit()->hasFocus());
    enter(page->amountEdit(), money::formatPlain(limit.amountFen));
    QVERIFY2(runCheck(page), qPrintable(page->statusText()));
    check = *page->lastCheck();
    QVERIFY2(check.judgement.eligible, qPrintable(page->checkText()));
    QVERIFY(check.schedule.has_value());
    QCOMPARE(check.schedule->principalFen, limit.amountFen);
    QCOMPARE(check.schedule->installments.size(), 60);
    QCOMPARE(check.schedule->installments.first().paymentFen, check.judgement.firstPaymentFen);
    QVERIFY2(page->checkText().contains(money::format(check.schedule->totalInterestFen)),
             qPrintable(page->checkText()));
    QVERIFY2(page->checkText().contains(check.judgement.rate + u'%'), qPrintable(page->checkText()));
    QCOMPARE(check.dueOn, check.appliedOn.addDays(15));

    // A change after the check: Ctrl+Enter checks again first, the second one accepts.
    page->contractEdit()->setFocus();
    page->contractEdit()->selectAll();
    typeText(page->contractEdit(), u"GF-2026-0809"_qs);
    QSignalSpy checked(page, &LoanApplicationPage::checked);
    QTest::keyClick(page->contractEdit(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(checked.wait(30000));
    QVERIFY(finished.isEmpty());
    QTest::keyClick(page->contractEdit(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(finished.wait(30000) || !finished.isEmpty());
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(page->statusText()));
    QVERIFY(page->result().has_value());
    const client::api::LoanApplication accepted = *page->result();
    QCOMPARE(accepted.status, u"accepted"_qs);
    QCOMPARE(accepted.amountFen, limit.amountFen);
    QCOMPARE(accepted.dueOn, accepted.appliedOn.addDays(15));
    QCOMPARE(accepted.purchaseContract, u"GF-2026-0809"_qs);
    QCOMPARE(accepted.officer, u"loan1"_qs);
    QVERIFY(accepted.parties.size() == 1 && accepted.parties.first().creditAuthorised);
    QVERIFY2(page->resultText().contains(accepted.serial), qPrintable(page->resultText()));
    QVERIFY2(page->resultText().contains(accepted.dueOn.toString(Qt::ISODate)),
             qPrintable(page->resultText()));
    // A second Ctrl+Enter does not take it twice.
    QTest::keyClick(page->contractEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTest::qWait(300);
    QCOMPARE(finished.size(), 1);

    // Read back through the API: what the page showed is what the server stored.
    std::optional<client::api::LoanApplication> stored;
    client::api::loans::get(client.shell->core()->api(), accepted.serial, page,
                            [&](const client::api::Reply<client::api::LoanApplication> &reply) {
                                QVERIFY2(reply.ok(), qPrintable(reply.message));
                                stored = reply.value();
                            });
    QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 10000);
    QCOMPARE(stored->serial, accepted.serial);
    QCOMPARE(stored->judgement.limit->amountFen, limit.amountFen);
    QCOMPARE(stored->judgement.rules.size(), 8);
}

void TestLoanDesk::refusalFocusesTheField_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("focus"); // objectName of the input that gets the focus
    QTest::newRow("term of 700 months") << u"term700"_qs << u"loanTerm"_qs;
    QTest::newRow("term not a number") << u"termText"_qs << u"loanTerm"_qs;
    QTest::newRow("wrong check digit") << u"checkDigit"_qs << u"loanPartyId0"_qs;
    QTest::newRow("the same person twice") << u"duplicate"_qs << u"loanPartyId1"_qs;
    QTest::newRow("spouse without a name") << u"spouseName"_qs << u"loanPartyName1"_qs;
    QTest::newRow("combination without its rate") << u"commercialRate"_qs << u"loanCommercialRate"_qs;
    QTest::newRow("price of three decimals") << u"price"_qs << u"loanPrice"_qs;
    QTest::newRow("empty address") << u"address"_qs << u"loanAddress"_qs;
}

void TestLoanDesk::refusalFocusesTheField()
{
    QFETCH(QString, what);
    QFETCH(QString, focus);
    ClientUnderTest client;
    LoanApplicationPage *page = openApplication(client);
    QVERIFY(page);
    const QString account = m_server.personalAccounts().value(m_next);
    fillBorrower(page, account, u"100,000"_qs, u"60"_qs);
    const LoanApplicationPage::PartyRow &borrower = page->partyRows().at(0);
    const LoanApplicationPage::PartyRow &spouse = page->partyRows().at(1);
    if (what == u"term700") {
        enter(page->termEdit(), u"700"_qs);
    } else if (what == u"termText") {
        enter(page->termEdit(), u"ten years"_qs);
    } else if (what == u"checkDigit") {
        enter(borrower.documentNumber, wrongCheckDigit(m_server.identityOf(account)));
    } else if (what == u"duplicate") {
        enter(spouse.documentNumber, m_server.identityOf(account));
        enter(spouse.name, m_server.nameOf(account));
    } else if (what == u"spouseName") {
        enter(spouse.documentNumber, m_server.identityOf(m_server.personalAccounts().value(m_next + 1)));
    } else if (what == u"commercialRate") {
        QVERIFY(choose(page->kindCombo(), u"combination"_qs));
        QVERIFY(page->commercialBox()->isVisible());
        enter(page->findChild<QLineEdit *>(u"loanCommercialAmount"_qs), u"200,000"_qs);
        enter(page->findChild<QLineEdit *>(u"loanCommercialTerm"_qs), u"60"_qs);
    } else if (what == u"price") {
        enter(page->priceEdit(), u"1,000.001"_qs);
    } else if (what == u"address") {
        page->addressEdit()->setFocus();
        page->addressEdit()->selectAll();
        QTest::keyClick(page->addressEdit(), Qt::Key_Delete);
    }
    QSignalSpy checked(page, &LoanApplicationPage::checked);
    page->methodCombo()->setFocus();
    QTest::keyClick(page->methodCombo(), Qt::Key_F5);
    // Refused in the form (no request) or by the server (a check that fails).
    checked.wait(3000);
    QVERIFY2(checked.isEmpty() || !checked.last().at(0).toBool(), qPrintable(page->checkText()));
    QVERIFY2(!page->statusText().isEmpty(), "no reason shown");
    QTRY_COMPARE(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString(), focus);
    QVERIFY(!page->lastCheck().has_value());
    QVERIFY(!page->result().has_value());
}

LoanApprovalPage *TestLoanDesk::openApproval(ClientUnderTest &client, const QString &user)
{
    // Already signed in (7001 first): the same window.
    MainWindow *w =
        client.shell ? client.shell->mainWindow() : hpf::test::signedIn(client, m_server.url(), user);
    if (!w || !w->openCode(u"7002"_qs))
        return nullptr;
    auto *page = w->page<LoanApprovalPage>();
    if (!page || !QTest::qWaitFor([&] { return page->page().has_value(); }, 10000))
        return nullptr;
    return page;
}

bool TestLoanDesk::openByKeyboard(LoanApprovalPage *page, const QString &status, const QString &serial)
{
    return hpf::test::openForApproval(page, status, serial);
}

bool TestLoanDesk::step(LoanApprovalPage *page, Qt::Key key)
{
    return hpf::test::approvalStep(page, key);
}

QString TestLoanDesk::acceptOne(ClientUnderTest &client)
{
    LoanApplicationPage *page = openApplication(client);
    if (!page)
        return {};
    fillBorrower(page, m_server.personalAccounts().value(m_next++), u"100,000"_qs, u"60"_qs);
    if (!runCheck(page) || !page->lastCheck()->judgement.eligible) {
        qWarning("%s\n%s", qPrintable(page->statusText()), qPrintable(page->checkText()));
        return {};
    }
    QSignalSpy finished(page, &LoanApplicationPage::finished);
    QTest::keyClick(page->methodCombo(), Qt::Key_Return, Qt::ControlModifier);
    if (!(finished.wait(30000) || !finished.isEmpty()) || !finished.last().at(0).toBool())
        return {};
    return page->result()->serial;
}

void TestLoanDesk::reviewAndDecide()
{
    QString own;
    QString demo;
    {
        ClientUnderTest client;
        own = acceptOne(client);
        QVERIFY(!own.isEmpty());
        LoanApprovalPage *page = openApproval(client, u"loan1"_qs);
        QVERIFY(page);
        // The accepting officer cannot review: the server's refusal beside 审核, nothing changed.
        QVERIFY(openByKeyboard(page, u"accepted"_qs, own));
        QVERIFY(page->reviewButton()->isEnabled());
        QVERIFY(!page->approveButton()->isEnabled());
        QVERIFY(!step(page, Qt::Key_R));
        QVERIFY2(page->reviewNote().contains(errortext::message(u"loan.same_officer"_qs)),
                 qPrintable(page->reviewNote()));
        QVERIFY(page->approveNote().isEmpty());
        QTRY_COMPARE(page->current()->status, u"accepted"_qs);

        // The demo's application accepted by loan2: loan1 reviews it.
        const QList<client::api::LoanApplicationSummary> accepted = page->page()->items; // reloaded below
        for (const client::api::LoanApplicationSummary &s : accepted) {
            QVERIFY(openByKeyboard(page, u"accepted"_qs, s.serial));
            if (page->current()->officer == u"loan2") {
                demo = s.serial;
                break;
            }
        }
        QVERIFY2(!demo.isEmpty(), "demo-seed has no application accepted by loan2");
        QVERIFY(step(page, Qt::Key_R));
        QCOMPARE(page->current()->status, u"reviewed"_qs);
        QCOMPARE(page->current()->reviewer, u"loan1"_qs);
        QVERIFY2(page->detailText().contains(LoanText::status(u"reviewed"_qs)),
                 qPrintable(page->detailText()));
        // A loan officer has no approval: the refusal beside 批准.
        QVERIFY(page->approveButton()->isEnabled());
        QVERIFY(!step(page, Qt::Key_P));
        QVERIFY2(!page->approveNote().isEmpty(), "no refusal beside the approve button");
        QVERIFY(page->reviewNote().isEmpty());
    }
    {
        ClientUnderTest client;
        LoanApprovalPage *page = openApproval(client, u"supervisor1"_qs);
        QVERIFY(page);
        QVERIFY(openByKeyboard(page, u"reviewed"_qs, demo));
        QVERIFY(step(page, Qt::Key_P));
        QCOMPARE(page->current()->status, u"approved"_qs);
        QCOMPARE(page->current()->approver, u"supervisor1"_qs);
        QVERIFY(page->current()->decidedAt.has_value());
        QVERIFY(!page->approveButton()->isEnabled() && !page->refuseButton()->isEnabled());
    }
    {
        ClientUnderTest client;
        LoanApprovalPage *page = openApproval(client, u"loan2"_qs);
        QVERIFY(page);
        QVERIFY(openByKeyboard(page, u"accepted"_qs, own));
        QVERIFY(step(page, Qt::Key_R));
        QCOMPARE(page->current()->reviewer, u"loan2"_qs);
    }
    {
        ClientUnderTest client;
        LoanApprovalPage *page = openApproval(client, u"supervisor1"_qs);
        QVERIFY(page);
        QVERIFY(openByKeyboard(page, u"reviewed"_qs, own));
        // No reason: refused beside 拒绝 without a request.
        page->reasonEdit()->setFocus();
        QTest::keyClick(page->reasonEdit(), Qt::Key_Return);
        QVERIFY(!page->refuseNote().isEmpty());
        QCOMPARE(page->current()->status, u"reviewed"_qs);
        enter(page->reasonEdit(), u"月收入证明与征信报告不符"_qs);
        QSignalSpy finished(page, &LoanApprovalPage::stepFinished);
        QVERIFY(finished.wait(10000) || !finished.isEmpty());
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(page->refuseNote()));
        QCOMPARE(page->current()->status, u"refused"_qs);
        QCOMPARE(page->current()->refusalReason, u"月收入证明与征信报告不符"_qs);
        QVERIFY2(page->detailText().contains(u"月收入证明与征信报告不符"_qs), qPrintable(page->detailText()));
        // The list of refused ones shows it.
        QVERIFY(openByKeyboard(page, u"refused"_qs, own));
    }
}

QTEST_MAIN(TestLoanDesk)
#include "tst_loandesk.moc"
