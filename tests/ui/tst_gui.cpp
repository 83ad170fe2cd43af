#include "shell/banner.h"
#include "clientcore.h"
#include "domain/identity.h"
#include "judicial/freezepage.h"
#include "shell/grantdialog.h"
#include "guitest.h"
#include "items/jsontablemodel.h"
#include "shell/lockoverlay.h"
#include "lookup/lookuppage.h"
#include "shell/mainwindow.h"
#include "widgets/messagebox.h"
#include "lookup/personpage.h"
#include "serverfixture.h"
#include "session/session.h"
#include "store/outbox.h"
#include "lookup/unitpage.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>

using namespace hpf;
using namespace hpf::ui;
using hpf::test::ClientUnderTest;
using hpf::test::signInThroughDialog;
using hpf::test::typeText;

// The client shell as a teller uses it, against a real hpf-server on loopback.
class TestGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void navigationFollowsRole_data();
    void navigationFollowsRole();
    void loginMessages_data();
    void loginMessages();
    void unreachableServerMessage();
    void transactionCodesAndShortcuts_data();
    void transactionCodesAndShortcuts();
    void identityNumberCheckedAsTyped_data();
    void identityNumberCheckedAsTyped();
    void lookupByEachKey_data();
    void lookupByEachKey();
    void personPageShowsBalancesHoldsAndJournal_data();
    void personPageShowsBalancesHoldsAndJournal();
    void idleLockKeepsTheDraft();
    void supervisorAuthorisesAFreeze();
    void offlineBannerAndRecovery();
    void draftRestoredAfterCrash();
    void corruptCacheIsQuarantinedAndReported();
    void keychainUnavailableBanner();

private:
    MainWindow *signedIn(ClientUnderTest &client, const QString &user);

    hpf::test::ServerFixture m_server;
    ClientUnderTest *m_current = nullptr;
};

void TestGui::initTestCase()
{
    MessageBox::setAutoAnswer(QMessageBox::Ok); // no real modal boxes in tests
    const QString error = m_server.prepare();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_server.start().isEmpty());
}

void TestGui::cleanup()
{
    if (!m_server.isRunning())
        QVERIFY(m_server.start(m_server.port()).isEmpty());
}

MainWindow *TestGui::signedIn(ClientUnderTest &client, const QString &user)
{
    return hpf::test::signedIn(client, m_server.url(), user);
}

void TestGui::navigationFollowsRole_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QList<PageId>>("pages");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("branch");
    const QList<PageId> lookup{PageId::Lookup, PageId::Person, PageId::Unit};
    const QList<PageId> teller = lookup + QList<PageId>{PageId::UnitOpening,
                                                        PageId::PersonOpening,
                                                        PageId::FlexibleOpening,
                                                        PageId::EmployeeList,
                                                        PageId::Seal,
                                                        PageId::Receipts,
                                                        PageId::CertificateIssue,
                                                        PageId::CertificateBatch,
                                                        PageId::CertificateVerify};
    QTest::newRow("teller") << u"teller1"_qs << teller << u"Teller"_qs << u"0001"_qs;
    QTest::newRow("teller of another branch") << u"teller2"_qs << teller << u"Teller"_qs << u"0002"_qs;
    QTest::newRow("judicial") << u"judicial1"_qs << (lookup + QList<PageId>{PageId::Freeze})
                              << u"Judicial assistance"_qs << u"0001"_qs;
    QTest::newRow("supervisor") << u"supervisor1"_qs
                                << (lookup + QList<PageId>{PageId::Receipts, PageId::CertificateVerify})
                                << u"Supervisor"_qs << u"0001"_qs;
    QTest::newRow("loan officer") << u"loan1"_qs << (lookup + QList<PageId>{PageId::CertificateVerify})
                                  << u"Loan officer"_qs << u"0001"_qs;
}

void TestGui::navigationFollowsRole()
{
    QFETCH(QString, user);
    QFETCH(QList<PageId>, pages);
    QFETCH(QString, role);
    QFETCH(QString, branch);
    ClientUnderTest client;
    MainWindow *w = signedIn(client, user);
    QVERIFY(w);
    QVERIFY(!client.shell->loginDialog()->isVisible());
    QCOMPARE(w->visiblePages(), pages);
    QCOMPARE(w->currentPage(), PageId::Lookup);
    QCOMPARE(w->statusField(u"role"_qs), role);
    QVERIFY2(w->statusField(u"branch"_qs).contains(branch), qPrintable(w->statusField(u"branch"_qs)));
    QVERIFY(w->statusField(u"user"_qs).contains(user));
    QCOMPARE(w->statusField(u"connection"_qs), u"Online"_qs);
    QCOMPARE(w->statusField(u"outbox"_qs), u"0 operation(s) waiting to be sent"_qs);
    QVERIFY(w->statusField(u"server"_qs).contains(QString::number(m_server.port())));
    QVERIFY(!w->trainingMarker()->isVisible()); // a configured server is not training
}

void TestGui::loginMessages_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<QString>("message");
    QTest::newRow("wrong password") << u"loan1"_qs << u"wrong"_qs << 1 << u"Wrong user id or password"_qs;
    QTest::newRow("unknown user") << u"nobody"_qs << u"wrong"_qs << 1 << u"Wrong user id or password"_qs;
    QTest::newRow("locked after five failures") << u"archivist1"_qs << u"wrong"_qs << 6 << u"is locked"_qs;
}

void TestGui::loginMessages()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(int, attempts);
    QFETCH(QString, message);
    ClientUnderTest client;
    client.start(client.options(m_server.url()));
    QSignalSpy failed(client.shell->core()->session(), &client::Session::signInFailed);
    for (int i = 0; i < attempts; ++i) {
        QVERIFY(signInThroughDialog(client.shell.get(), user, password));
        QVERIFY(failed.wait(15000));
    }
    const QString text = client.shell->loginDialog()->message();
    QVERIFY2(text.contains(message), qPrintable(text));
    QVERIFY2(text.contains(u"(request "_qs), qPrintable(text)); // staff can quote it
    QVERIFY(client.shell->loginDialog()->isVisible());
    QVERIFY(client.shell->loginDialog()->passwordEdit()->text().isEmpty());
}

void TestGui::unreachableServerMessage()
{
    ClientUnderTest client;
    client.start(client.options(QUrl(u"http://127.0.0.1:1"_qs)));
    client.shell->core()->api()->setRetryPolicy({2, 10, 20});
    QSignalSpy failed(client.shell->core()->session(), &client::Session::signInFailed);
    QVERIFY(signInThroughDialog(client.shell.get(), u"teller1"_qs, u"train-teller1"_qs));
    QVERIFY(failed.wait(15000));
    const QString text = client.shell->loginDialog()->message();
    QVERIFY2(text.contains(u"cannot be reached"_qs) && text.contains(u"(request "_qs), qPrintable(text));
}

void TestGui::transactionCodesAndShortcuts_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("opens");
    QTest::addColumn<int>("page");
    QTest::newRow("1003 unit") << u"teller1"_qs << u"1003"_qs << true << int(PageId::Unit);
    QTest::newRow("1002 person") << u"teller1"_qs << u"1002"_qs << true << int(PageId::Person);
    QTest::newRow("3001 refused to a teller") << u"teller1"_qs << u"3001"_qs << false << int(PageId::Lookup);
    QTest::newRow("3001 judicial") << u"judicial1"_qs << u"3001"_qs << true << int(PageId::Freeze);
    QTest::newRow("unknown code") << u"teller1"_qs << u"9999"_qs << false << int(PageId::Lookup);
    const std::pair<const char16_t *, PageId> tellerCodes[] = {{u"2001", PageId::UnitOpening},
                                                               {u"2002", PageId::PersonOpening},
                                                               {u"2003", PageId::FlexibleOpening},
                                                               {u"2004", PageId::EmployeeList},
                                                               {u"2005", PageId::Seal},
                                                               {u"2006", PageId::Receipts},
                                                               {u"4001", PageId::CertificateIssue},
                                                               {u"4002", PageId::CertificateBatch},
                                                               {u"4003", PageId::CertificateVerify}};
    for (const auto &[code, page] : tellerCodes)
        QTest::addRow("%s teller", qPrintable(QString::fromUtf16(code)))
            << u"teller1"_qs << QString::fromUtf16(code) << true << int(page);
    QTest::newRow("2001 refused to a supervisor")
        << u"supervisor1"_qs << u"2001"_qs << false << int(PageId::Lookup);
    QTest::newRow("2006 supervisor") << u"supervisor1"_qs << u"2006"_qs << true << int(PageId::Receipts);
    QTest::newRow("4001 refused to a loan officer")
        << u"loan1"_qs << u"4001"_qs << false << int(PageId::Lookup);
    QTest::newRow("4003 loan officer") << u"loan1"_qs << u"4003"_qs << true << int(PageId::CertificateVerify);
}

void TestGui::transactionCodesAndShortcuts()
{
    QFETCH(QString, user);
    QFETCH(QString, code);
    QFETCH(bool, opens);
    QFETCH(int, page);
    ClientUnderTest client;
    MainWindow *w = signedIn(client, user);
    QVERIFY(w);
    QVERIFY(QTest::qWaitForWindowActive(w));
    QTest::keyClick(w, Qt::Key_G, Qt::ControlModifier); // focus the code box
    QVERIFY(w->codeBox()->hasFocus());
    typeText(w->codeBox(), code);
    QTest::keyClick(w->codeBox(), Qt::Key_Return);
    QCOMPARE(int(w->currentPage()), page);
    QCOMPARE(w->codeBox()->text().isEmpty(), opens);
    if (!opens)
        QVERIFY(!w->statusBar()->currentMessage().isEmpty());
    // The function keys open the pages the role may use.
    QTest::keyClick(w, Qt::Key_F4);
    QCOMPARE(w->currentPage(), PageId::Unit);
    QTest::keyClick(w, Qt::Key_F2);
    QCOMPARE(w->currentPage(), PageId::Lookup);
    QTest::keyClick(w, Qt::Key_F6);
    QCOMPARE(w->currentPage(), user == u"judicial1" ? PageId::Freeze : PageId::Lookup);
    QTest::keyClick(w, Qt::Key_F2);
    QTest::keyClick(w, Qt::Key_F7);
    QCOMPARE(w->currentPage(), user == u"teller1" ? PageId::PersonOpening : PageId::Lookup);
    QTest::keyClick(w, Qt::Key_F2);
    QTest::keyClick(w, Qt::Key_F9);
    QCOMPARE(w->currentPage(), user == u"judicial1" ? PageId::Lookup : PageId::CertificateVerify);
}

void TestGui::identityNumberCheckedAsTyped_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason");
    QTest::newRow("wrong check digit") << u"110105194912310028"_qs << u"check digit"_qs;
    QTest::newRow("too short") << u"11010519491231"_qs << u"wrong length"_qs;
    QTest::newRow("impossible birth date") << u"110105194902300020"_qs << u"birth date"_qs;
    QTest::newRow("letters") << u"11010519491231002A"_qs << u"characters"_qs;
}

void TestGui::identityNumberCheckedAsTyped()
{
    QFETCH(QString, input);
    QFETCH(QString, reason);
    ClientUnderTest client;
    MainWindow *w = signedIn(client, u"teller1"_qs);
    QVERIFY(w);
    LookupPage *page = w->lookupPage();
    page->setKey(LookupPage::Key::IdentityNumber);
    typeText(page->input(), input);
    QVERIFY2(page->validationLabel()->text().contains(reason), qPrintable(page->validationLabel()->text()));
    QVERIFY(!page->searchButton()->isEnabled());
    // A valid number clears the message.
    page->input()->setText(m_server.identityOf(m_server.personalAccounts().value(0)));
    QVERIFY(page->validationLabel()->text().isEmpty());
    QVERIFY(page->searchButton()->isEnabled());
}

void TestGui::lookupByEachKey_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("accountIndex");
    QTest::newRow("identity number") << int(LookupPage::Key::IdentityNumber) << 0;
    QTest::newRow("name") << int(LookupPage::Key::Name) << 4;
    QTest::newRow("personal account") << int(LookupPage::Key::PersonalAccount) << 2;
    QTest::newRow("unit account") << int(LookupPage::Key::UnitAccount) << 0;
}

void TestGui::lookupByEachKey()
{
    QFETCH(int, key);
    QFETCH(int, accountIndex);
    ClientUnderTest client;
    MainWindow *w = signedIn(client, u"teller1"_qs);
    QVERIFY(w);
    LookupPage *page = w->lookupPage();
    page->setKey(LookupPage::Key(key));
    const QString account = m_server.personalAccounts().value(accountIndex);
    if (LookupPage::Key(key) == LookupPage::Key::UnitAccount) {
        const QString unit = m_server.unitAccounts().value(0);
        typeText(page->input(), unit);
        QSignalSpy loaded(w->unitPage(), &UnitPage::loaded);
        QTest::keyClick(page->input(), Qt::Key_Return);
        QVERIFY(loaded.wait(15000));
        QCOMPARE(loaded.at(0).at(0).toBool(), true);
        QCOMPARE(w->currentPage(), PageId::Unit);
        QCOMPARE(w->unitPage()->fieldText(u"unitAccount"_qs), unit);
        QVERIFY(w->unitPage()->fieldText(u"name"_qs).contains(u"示例"_qs));
        QVERIFY(w->unitPage()->fieldText(u"branch"_qs).contains(u"0001"_qs));
        // The employees table fills from the server; the filter narrows it to one account.
        const QList<QTableView *> tables = w->unitPage()->findChildren<QTableView *>();
        QVERIFY(!tables.isEmpty());
        QAbstractItemModel *employees = tables.first()->model();
        QTRY_VERIFY_WITH_TIMEOUT(employees->rowCount() > 1, 15000);
        const QString first = employees->index(0, 0).data().toString();
        auto *filter = w->unitPage()->findChild<QLineEdit *>(u"employeeFilter"_qs);
        QVERIFY(filter);
        typeText(filter, first);
        QCOMPARE(employees->rowCount(), 1);
        return;
    }
    const QString value = LookupPage::Key(key) == LookupPage::Key::IdentityNumber
                              ? m_server.identityOf(account)
                          : LookupPage::Key(key) == LookupPage::Key::Name ? m_server.nameOf(account)
                                                                          : account;
    typeText(page->input(), value);
    QSignalSpy results(page->results(), &client::JsonTableModel::loaded);
    QTest::keyClick(page->input(), Qt::Key_Return);
    QVERIFY(results.wait(15000));
    int row = -1;
    for (int r = 0; r < page->results()->rowCount(); ++r) {
        if (page->results()->record(r).value(u"accountNumber").toString() == account)
            row = r;
    }
    QVERIFY2(row >= 0, qPrintable(page->statusText()));
    // Names and numbers are masked for a teller.
    QCOMPARE(page->results()->index(row, 1).data().toString(), identity::maskName(m_server.nameOf(account)));
    QSignalSpy opened(w->personPage(), &PersonPage::loaded);
    page->resultView()->setCurrentIndex(page->results()->index(row, 0));
    emit page->resultView()->activated(page->results()->index(row, 0));
    QVERIFY(opened.wait(15000));
    QCOMPARE(w->currentPage(), PageId::Person);
    QCOMPARE(w->personPage()->accountNumber(), account);
}

void TestGui::personPageShowsBalancesHoldsAndJournal_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("holds");
    QTest::addColumn<bool>("clearIdentity");
    QTest::newRow("teller") << u"teller1"_qs << false << false;
    QTest::newRow("judicial") << u"judicial1"_qs << true << true;
    QTest::newRow("supervisor") << u"supervisor1"_qs << true << false;
}

void TestGui::personPageShowsBalancesHoldsAndJournal()
{
    QFETCH(QString, user);
    QFETCH(bool, holds);
    QFETCH(bool, clearIdentity);
    ClientUnderTest client;
    MainWindow *w = signedIn(client, user);
    QVERIFY(w);
    const QString account = m_server.personalAccounts().value(1); // carries the demo judicial hold
    w->openPage(PageId::Person);
    QSignalSpy loaded(w->personPage(), &PersonPage::loaded);
    w->personPage()->showAccount(account);
    QVERIFY(loaded.wait(15000));
    PersonPage *p = w->personPage();
    QCOMPARE(p->fieldText(u"accountNumber"_qs), account);
    const QString id = m_server.identityOf(account);
    QCOMPARE(p->fieldText(u"documentNumber"_qs), clearIdentity ? id : identity::maskNumber(id));
    QCOMPARE(p->fieldText(u"held"_qs), u"2,000.00"_qs);
    QVERIFY(!p->fieldText(u"balance"_qs).isEmpty());
    QVERIFY(p->fieldText(u"state"_qs).startsWith(u"01"_qs));
    QCOMPARE(p->holdsVisible(), holds);
    // The demo account's 开户 event and its 6 monthly deposits.
    QTRY_VERIFY_WITH_TIMEOUT(p->totalsText().contains(u"of 7 entries"_qs), 15000);
    QVERIFY(p->totalsText().contains(u"credits"_qs));
    if (holds)
        QTRY_VERIFY_WITH_TIMEOUT(p->holds()->rowCount() >= 1, 15000);
}

void TestGui::idleLockKeepsTheDraft()
{
    ClientUnderTest client;
    MainWindow *w = signedIn(client, u"judicial1"_qs);
    QVERIFY(w);
    QVERIFY(w->openCode(u"3001"_qs));
    FreezePage *f = w->freezePage();
    QVERIFY(QTest::qWaitForWindowActive(w));
    f->accountEdit()->setFocus();
    typeText(f->accountEdit(), m_server.personalAccounts().value(2));
    QTest::keyClick(f->accountEdit(), Qt::Key_Return); // Enter moves to the next field
    QVERIFY(f->amountEdit()->hasFocus());
    typeText(f->amountEdit(), u"1,500.00"_qs);
    QTest::keyClick(f->amountEdit(), Qt::Key_Return);
    QVERIFY(f->courtEdit()->hasFocus());
    typeText(f->courtEdit(), u"福州市鼓楼区人民法院"_qs);

    client::Session *session = client.shell->core()->session();
    session->setIdleTimeoutMs(300);
    QTRY_VERIFY_WITH_TIMEOUT(w->lockOverlay()->isVisible(), 5000);
    QCOMPARE(session->state(), client::Session::State::Locked);
    QVERIFY(!w->codeBox()->isEnabled() || !w->menuBar()->isEnabled());
    session->setIdleTimeoutMs(0);

    typeText(w->lockOverlay()->passwordEdit(), u"wrong"_qs);
    QTest::mouseClick(w->lockOverlay()->unlockButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(w->lockOverlay()->message().contains(u"Wrong"_qs), 15000);
    typeText(w->lockOverlay()->passwordEdit(), u"train-judicial1"_qs);
    QTest::keyClick(w->lockOverlay()->passwordEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!w->lockOverlay()->isVisible(), 15000);
    QCOMPARE(f->courtEdit()->text(), u"福州市鼓楼区人民法院"_qs); // the form is untouched

    // Locked again, the teller signs out for a colleague; the draft waits for the next sign-in.
    session->lockNow();
    QVERIFY(w->lockOverlay()->isVisible());
    QTest::mouseClick(w->lockOverlay()->signOutButton(), Qt::LeftButton);
    QTRY_VERIFY(client.shell->loginDialog()->isVisible());
    QVERIFY(!w->lockOverlay()->isVisible());
    QVERIFY(f->accountEdit()->text().isEmpty()); // nothing personal left on screen
    QVERIFY(signInThroughDialog(client.shell.get(), u"judicial1"_qs, u"train-judicial1"_qs));
    QTRY_COMPARE_WITH_TIMEOUT(w->currentPage(), PageId::Freeze, 15000);
    QCOMPARE(f->amountEdit()->text(), u"1,500.00"_qs);
    QCOMPARE(f->courtEdit()->text(), u"福州市鼓楼区人民法院"_qs);
    QVERIFY(f->statusText().contains(u"restored"_qs));
}

void TestGui::supervisorAuthorisesAFreeze()
{
    ClientUnderTest client;
    MainWindow *w = signedIn(client, u"judicial1"_qs);
    QVERIFY(w);
    QVERIFY(w->openCode(u"3001"_qs));
    FreezePage *f = w->freezePage();
    const QString account = m_server.personalAccounts().value(6);
    f->accountEdit()->setText(account);
    f->amountEdit()->setText(u"300"_qs);
    f->courtEdit()->setText(u"测试法院"_qs);
    f->caseEdit()->setText(u"(2025)测执99号"_qs);
    QTest::mouseClick(f->submitButton(), Qt::LeftButton);
    QTRY_VERIFY(f->grantDialog() && f->grantDialog()->isVisible());
    GrantDialog *g = f->grantDialog();
    QVERIFY2(g->summaryText().contains(u"300.00"_qs) && g->summaryText().contains(account),
             qPrintable(g->summaryText()));
    // The teller cannot authorise their own operation.
    typeText(g->supervisorEdit(), u"judicial1"_qs);
    typeText(g->passwordEdit(), u"train-judicial1"_qs);
    QTest::mouseClick(g->authoriseButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(g->message().contains(u"your own"_qs), 15000);
    g->supervisorEdit()->setText(u"supervisor1"_qs);
    typeText(g->passwordEdit(), u"train-supervisor1"_qs);
    QSignalSpy submitted(f, &FreezePage::submitted);
    QTest::mouseClick(g->authoriseButton(), Qt::LeftButton);
    QVERIFY(submitted.wait(15000));
    QTRY_VERIFY_WITH_TIMEOUT(f->statusText().contains(u"Freeze registered"_qs), 15000);
    QVERIFY(f->accountEdit()->text().isEmpty());
    const auto item = client.shell->core()->outbox()->item(submitted.at(0).at(0).toString());
    QVERIFY(item);
    QCOMPARE(item->state, client::Outbox::State::Done);
    QVERIFY(!item->grant.isEmpty());
}

void TestGui::offlineBannerAndRecovery()
{
    ClientUnderTest client;
    MainWindow *w = signedIn(client, u"judicial1"_qs);
    QVERIFY(w);
    Banner *offline = w->banner(MainWindow::BannerId::Offline);
    QVERIFY(!offline->isVisible());
    m_server.kill();
    QTRY_VERIFY_WITH_TIMEOUT(offline->isVisible(), 10000);
    QCOMPARE(w->statusField(u"connection"_qs), u"Offline"_qs);
    // A freeze must not wait: refused with a clear message, nothing queued.
    QVERIFY(w->openCode(u"3001"_qs));
    FreezePage *f = w->freezePage();
    f->accountEdit()->setText(m_server.personalAccounts().value(7));
    f->amountEdit()->setText(u"10"_qs);
    f->caseEdit()->setText(u"(2025)离线1号"_qs);
    QTest::mouseClick(f->submitButton(), Qt::LeftButton);
    QVERIFY2(f->statusText().contains(u"must not wait"_qs), qPrintable(f->statusText()));
    QVERIFY(!f->grantDialog());
    QCOMPARE(client.shell->core()->outbox()->pendingCount(), 0);

    QVERIFY(m_server.start(m_server.port()).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!offline->isVisible(), 15000);
    QCOMPARE(w->statusField(u"connection"_qs), u"Online"_qs);
}

void TestGui::draftRestoredAfterCrash()
{
    auto first = std::make_unique<ClientUnderTest>();
    MainWindow *w = signedIn(*first, u"judicial1"_qs);
    QVERIFY(w);
    QSignalSpy key(first->shell->core(), &client::ClientCore::cacheKeyReady);
    QTRY_VERIFY(first->shell->core()->hasCacheKey());
    QVERIFY(w->openCode(u"3001"_qs));
    typeText(w->freezePage()->accountEdit(), u"123456"_qs);
    typeText(w->freezePage()->caseEdit(), u"(2025)草稿7号"_qs);
    const hpf::ui::ShellOptions options = first->options(m_server.url());
    // "Crash": the client disappears without signing out or closing anything.
    first->shell.reset();

    ClientUnderTest second;
    second.keychain = std::move(first->keychain); // the same keychain holds the cache key
    second.start(options);
    QVERIFY(signInThroughDialog(second.shell.get(), u"judicial1"_qs, u"train-judicial1"_qs));
    MainWindow *w2 = second.shell->mainWindow();
    QTRY_COMPARE_WITH_TIMEOUT(w2->currentPage(), PageId::Freeze, 15000);
    QCOMPARE(w2->freezePage()->accountEdit()->text(), u"123456"_qs);
    QCOMPARE(w2->freezePage()->caseEdit()->text(), u"(2025)草稿7号"_qs);
}

void TestGui::corruptCacheIsQuarantinedAndReported()
{
    ClientUnderTest client;
    const auto options = client.options(m_server.url());
    QDir().mkpath(options.dataDirectory);
    QFile damaged(QDir(options.dataDirectory).filePath(u"cache.sqlite"_qs));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray(8192, 'x')); // not an SQLite file at all
    damaged.close();
    client.start(options);
    Banner *banner = client.shell->mainWindow()->banner(MainWindow::BannerId::Cache);
    QVERIFY(banner->isVisible());
    const QString quarantined = client.shell->core()->storeReport().quarantinedPath;
    QVERIFY(!quarantined.isEmpty());
    QVERIFY2(banner->text().contains(QDir::toNativeSeparators(quarantined)), qPrintable(banner->text()));
    QVERIFY(QFile::exists(quarantined)); // kept, never deleted
    QCOMPARE(QFile(quarantined).size(), 8192);
    // The client works on with a fresh cache.
    QVERIFY(signInThroughDialog(client.shell.get(), u"teller1"_qs, u"train-teller1"_qs));
    QTRY_COMPARE_WITH_TIMEOUT(client.shell->core()->session()->state(), client::Session::State::Active,
                              15000);
}

void TestGui::keychainUnavailableBanner()
{
    ClientUnderTest client;
    client.keychain->setUnavailable(true);
    client.start(client.options(m_server.url()));
    Banner *banner = client.shell->mainWindow()->banner(MainWindow::BannerId::Keychain);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
    QVERIFY(banner->text().contains(u"remembers nothing"_qs));
    QVERIFY(!client.shell->core()->hasCacheKey());
    // Still works: sign in, drafts in memory only.
    QVERIFY(signInThroughDialog(client.shell.get(), u"teller1"_qs, u"train-teller1"_qs));
    QTRY_COMPARE_WITH_TIMEOUT(client.shell->core()->session()->state(), client::Session::State::Active,
                              15000);
    QVERIFY(!client.shell->core()->session()->isRemembered());
}

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
