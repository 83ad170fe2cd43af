#include "archive/capturepage.h"
#include "clientcore.h"
#include "domain/identity.h"
#include "guitest.h"
#include "items/jsontablemodel.h"
#include "judicialdesktest.h"
#include "lookup/lookuppage.h"
#include "lookup/lookuptext.h"
#include "lookup/personpage.h"
#include "lookup/unitpage.h"
#include "serverfixture.h"
#include "session/session.h"
#include "shell/banner.h"
#include "shell/grantdialog.h"
#include "shell/lockoverlay.h"
#include "shell/mainwindow.h"
#include "store/outbox.h"
#include "widgets/messagebox.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>

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
    void loginMessages_data();
    void loginMessages();
    void unreachableServerMessage();
    void identityNumberCheckedAsTyped_data();
    void identityNumberCheckedAsTyped();
    void lookupByEachKey_data();
    void lookupByEachKey();
    void personPageShowsBalancesHoldsAndJournal_data();
    void personPageShowsBalancesHoldsAndJournal();
    void idleLockKeepsTheDraft();
    void anotherUserStartsClean();
    void supervisorAuthorisesAFreeze();
    void freezeEndDateRefusedBeforeTheGrant_data();
    void freezeEndDateRefusedBeforeTheGrant();
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

void TestGui::loginMessages_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<QString>("message");
    QTest::newRow("wrong password") << u"loan1"_qs << u"wrong"_qs << 1 << u"Wrong user id or password"_qs;
    QTest::newRow("unknown user") << u"nobody"_qs << u"wrong"_qs << 1 << u"Wrong user id or password"_qs;
    // Locked after five failures: the sixth gets the same answer (the lock is not revealed).
    QTest::newRow("locked after five failures")
        << u"archivist1"_qs << u"wrong"_qs << 6 << u"Wrong user id or password"_qs;
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
    LookupPage *page = w->page<LookupPage>();
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
    LookupPage *page = w->page<LookupPage>();
    page->setKey(LookupPage::Key(key));
    const QString account = m_server.personalAccounts().value(accountIndex);
    if (LookupPage::Key(key) == LookupPage::Key::UnitAccount) {
        const QString unit = m_server.unitAccounts().value(0);
        typeText(page->input(), unit);
        QSignalSpy loaded(w->page<UnitPage>(), &UnitPage::loaded);
        QTest::keyClick(page->input(), Qt::Key_Return);
        QVERIFY(loaded.wait(15000));
        QCOMPARE(loaded.at(0).at(0).toBool(), true);
        QCOMPARE(w->currentPage(), u"1003"_qs);
        QCOMPARE(w->page<UnitPage>()->fieldText(u"unitAccount"_qs), unit);
        QVERIFY(w->page<UnitPage>()->fieldText(u"name"_qs).contains(u"示例"_qs));
        QVERIFY(w->page<UnitPage>()->fieldText(u"branch"_qs).contains(u"0001"_qs));
        // The unit's name is labelled as one (单位名称), not as a person's 姓名; its state is a word.
        auto *nameValue = w->page<UnitPage>()->findChild<QLabel *>(u"name"_qs);
        QVERIFY(nameValue);
        auto *unitForm = qobject_cast<QFormLayout *>(nameValue->parentWidget()->layout());
        QVERIFY(unitForm);
        auto *nameLabel = qobject_cast<QLabel *>(unitForm->labelForField(nameValue));
        QVERIFY(nameLabel);
        QCOMPARE(nameLabel->text(), UnitPage::tr("Unit name:"));
        const QString unitState = w->page<UnitPage>()->fieldText(u"state"_qs);
        QVERIFY2(!unitState.isEmpty() &&
                     !QRegularExpression(u"^\\s*\\d+\\s*$"_qs).match(unitState).hasMatch(),
                 qPrintable(unitState));
        // The employees table fills from the server; the filter narrows it to one account.
        const QList<QTableView *> tables = w->page<UnitPage>()->findChildren<QTableView *>();
        QVERIFY(!tables.isEmpty());
        QAbstractItemModel *employees = tables.first()->model();
        QTRY_VERIFY_WITH_TIMEOUT(employees->rowCount() > 1, 15000);
        const QString first = employees->index(0, 0).data().toString();
        auto *filter = w->page<UnitPage>()->findChild<QLineEdit *>(u"employeeFilter"_qs);
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
    QSignalSpy opened(w->page<PersonPage>(), &PersonPage::loaded);
    // The state column shows the code's text (正常 …), not the code (01).
    const QString state = page->results()->record(row).value(u"state").toString();
    QVERIFY(!state.isEmpty());
    QCOMPARE(page->resultView()->model()->index(row, 4).data().toString(), LookupText::accountState(state));
    QVERIFY(page->resultView()->model()->index(row, 4).data().toString() != state);
    page->resultView()->setCurrentIndex(page->resultView()->model()->index(row, 0));
    emit page->resultView()->activated(page->resultView()->model()->index(row, 0));
    QVERIFY(opened.wait(15000));
    QCOMPARE(w->currentPage(), u"1002"_qs);
    QCOMPARE(w->page<PersonPage>()->accountNumber(), account);
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
    w->openCode(u"1002"_qs);
    QSignalSpy loaded(w->page<PersonPage>(), &PersonPage::loaded);
    w->page<PersonPage>()->showAccount(account);
    QVERIFY(loaded.wait(15000));
    PersonPage *p = w->page<PersonPage>();
    QCOMPARE(p->fieldText(u"accountNumber"_qs), account);
    const QString id = m_server.identityOf(account);
    QCOMPARE(p->fieldText(u"documentNumber"_qs), clearIdentity ? id : identity::maskNumber(id));
    QCOMPARE(p->fieldText(u"held"_qs), u"2,000.00"_qs);
    QVERIFY(!p->fieldText(u"balance"_qs).isEmpty());
    // The state reads as its code table's text (正常), never as the code 01.
    QCOMPARE(p->fieldText(u"state"_qs), LookupText::accountState(u"01"_qs));
    QVERIFY(!p->fieldText(u"state"_qs).contains(u"01"_qs));
    QCOMPARE(p->holdsVisible(), holds);
    // The demo account's 开户 event, its 12 monthly deposits and the last settlement year's interest.
    QTRY_VERIFY_WITH_TIMEOUT(p->totalsText().contains(u"of 14 entries"_qs), 15000);
    QVERIFY(p->totalsText().contains(u"credits"_qs));
    if (holds) {
        QTRY_VERIFY_WITH_TIMEOUT(p->holds()->rowCount() >= 1, 15000);
        // The hold's kind and status are shown as words, not as "judicial" and "active".
        auto *view = p->findChild<QTableView *>(u"holdsTable"_qs);
        QVERIFY(view);
        const QJsonObject hold = p->holds()->record(0);
        QCOMPARE(hold.value(u"kind").toString(), u"judicial"_qs);
        QCOMPARE(view->model()->index(0, 0).data().toString(), LookupText::holdKind(u"judicial"_qs));
        QVERIFY(view->model()->index(0, 0).data().toString() != u"judicial"_qs);
        const QString status = hold.value(u"status").toString();
        QVERIFY(!status.isEmpty());
        QCOMPARE(view->model()->index(0, 2).data().toString(), LookupText::holdStatus(status));
        QVERIFY(view->model()->index(0, 2).data().toString() != status);
    }
}

void TestGui::idleLockKeepsTheDraft()
{
    ClientUnderTest client;
    MainWindow *w = signedIn(client, u"judicial1"_qs);
    QVERIFY(w);
    QVERIFY(w->openCode(u"3001"_qs));
    auto *f = w->page<JudicialDeskPage>();
    QVERIFY(QTest::qWaitForWindowActive(w));
    QVERIFY2(hpf::test::searchAccount(f, m_server.personalAccounts().value(2)), qPrintable(f->statusText()));
    f->registerButton()->setFocus();
    QTest::keyClick(f->registerButton(), Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QComboBox *>(f->form()->input(u"courtCode"_qs))->count() > 1,
                             15000);
    QLineEdit *caseEdit = f->form()->lineEdit(u"caseNumber"_qs);
    QLineEdit *amountEdit = f->form()->lineEdit(u"amountFen"_qs);
    QTest::keyClick(f->form()->input(u"courtCode"_qs), Qt::Key_Return); // Enter moves to the next field
    QVERIFY(caseEdit->hasFocus());
    typeText(caseEdit, u"（2026）京0105执1500号"_qs);
    amountEdit->setFocus();
    typeText(amountEdit, u"1,500.00"_qs);

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
    QCOMPARE(caseEdit->text(), u"（2026）京0105执1500号"_qs); // the form is untouched

    // Locked again, the teller signs out for a colleague; the draft waits for the next sign-in.
    session->lockNow();
    QVERIFY(w->lockOverlay()->isVisible());
    QTest::mouseClick(w->lockOverlay()->signOutButton(), Qt::LeftButton);
    QTRY_VERIFY(client.shell->loginDialog()->isVisible());
    QVERIFY(!w->lockOverlay()->isVisible());
    // Nothing personal left on screen: the page itself is gone (built anew at the next sign-in).
    QPointer<JudicialDeskPage> before = f;
    QTRY_VERIFY(before.isNull());
    QVERIFY(signInThroughDialog(client.shell.get(), u"judicial1"_qs, u"train-judicial1"_qs));
    QTRY_COMPARE_WITH_TIMEOUT(w->currentPage(), u"3001"_qs, 15000);
    f = w->page<JudicialDeskPage>();
    caseEdit = f->form()->lineEdit(u"caseNumber"_qs);
    amountEdit = f->form()->lineEdit(u"amountFen"_qs);
    QCOMPARE(f->accountEdit()->text(), m_server.personalAccounts().value(2));
    QCOMPARE(amountEdit->text(), u"1,500.00"_qs);
    QCOMPARE(caseEdit->text(), u"（2026）京0105执1500号"_qs);
    QCOMPARE(f->action(), JudicialDeskPage::Action::Freeze);
    QVERIFY(f->statusText().contains(u"restored"_qs));
}

// The screen locked, the teller signs out and a colleague signs in at the same workstation: none of
// the first teller's pages, results or drafts is shown to the colleague.
void TestGui::anotherUserStartsClean()
{
    ClientUnderTest client;
    MainWindow *w = signedIn(client, u"judicial1"_qs);
    QVERIFY(w);
    const QString account = m_server.personalAccounts().value(4);
    LookupPage *lookup = w->page<LookupPage>();
    QVERIFY(w->openCode(u"1001"_qs));
    lookup->setKey(LookupPage::Key::Name);
    typeText(lookup->input(), m_server.nameOf(account));
    QTest::keyClick(lookup->input(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(lookup->results()->rowCount() >= 1, 15000);
    QVERIFY(w->openCode(u"3001"_qs));
    auto *f = w->page<JudicialDeskPage>();
    QVERIFY2(hpf::test::searchAccount(f, m_server.personalAccounts().value(2)), qPrintable(f->statusText()));
    QVERIFY(f->startAction(JudicialDeskPage::Action::Freeze));
    f->form()->lineEdit(u"caseNumber"_qs)->setText(u"（2026）京0105执1501号"_qs);

    client::Session *session = client.shell->core()->session();
    QPointer<JudicialDeskPage> deskBefore = f;
    QPointer<LookupPage> lookupBefore = lookup;
    session->lockNow();
    QTest::mouseClick(w->lockOverlay()->signOutButton(), Qt::LeftButton);
    QTRY_VERIFY(client.shell->loginDialog()->isVisible());
    QVERIFY(signInThroughDialog(client.shell.get(), u"teller1"_qs, u"train-teller1"_qs));
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), client::Session::State::Active, 15000);
    QCOMPARE(session->user().username, u"teller1"_qs);
    QVERIFY(w->currentPage() != u"3001"_qs);
    QVERIFY(!w->openCode(u"3001"_qs)); // not the teller's page, and its draft is not the teller's
    // The first user's pages are deleted; the teller's are new and empty; 3001 is not even built.
    QTRY_VERIFY(deskBefore.isNull() && lookupBefore.isNull());
    QVERIFY(!w->isBuilt(u"3001"_qs));
    lookup = w->page<LookupPage>();
    QCOMPARE(lookup->results()->rowCount(), 0);
    QVERIFY(lookup->input()->text().isEmpty());
}

void TestGui::supervisorAuthorisesAFreeze()
{
    ClientUnderTest client;
    MainWindow *w = signedIn(client, u"judicial1"_qs);
    QVERIFY(w);
    QVERIFY(w->openCode(u"3001"_qs));
    auto *f = w->page<JudicialDeskPage>();
    const QString account = m_server.personalAccounts().value(6);
    QVERIFY2(hpf::test::searchAccount(f, account), qPrintable(f->statusText()));
    f->registerButton()->setFocus();
    QTest::keyClick(f->registerButton(), Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QComboBox *>(f->form()->input(u"courtCode"_qs))->count() > 1,
                             15000);
    const QString typed = hpf::test::typePapers(
        f, hpf::test::freezePapers(u"京0105"_qs, u"（2026）京0105执99号"_qs, u"300"_qs));
    QVERIFY2(typed.isEmpty(), qPrintable(typed));
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
    QSignalSpy submitted(f, &JudicialDeskPage::submitted);
    QTest::mouseClick(g->authoriseButton(), Qt::LeftButton);
    QVERIFY(submitted.wait(15000));
    QTRY_VERIFY_WITH_TIMEOUT(f->statusText().contains(u"Freeze done"_qs), 15000);
    QVERIFY(f->form()->lineEdit(u"caseNumber"_qs)->text().isEmpty());
    const auto item = client.shell->core()->outbox()->item(submitted.at(0).at(0).toString());
    QVERIFY(item);
    QCOMPARE(item->state, client::Outbox::State::Done);
    QVERIFY(!item->grant.isEmpty());

    // 扫描法律文书 (issue 14): the court's documents go to 8001 with the request's serial.
    const QString serial = item->response.value(u"request").toObject().value(u"serial").toString();
    QVERIFY(!serial.isEmpty());
    QTRY_VERIFY(f->scanDocumentsButton()->isVisible());
    QTest::keyClick(f->scanDocumentsButton(), Qt::Key_Space);
    QTRY_COMPARE(w->currentPage(), u"8001"_qs);
    QCOMPARE(w->page<ArchiveCapturePage>()->serialEdit()->text(), serial);
}

// Issue 12 defect 11: an end date before today, or beyond the policy's freeze period, is refused
// on the page with the translated text, before any supervisor is asked for a grant.
void TestGui::freezeEndDateRefusedBeforeTheGrant_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("message");
    QTest::newRow("yesterday") << -1 << u"in the past"_qs;
    QTest::newRow("a year ago") << -365 << u"in the past"_qs;
    QTest::newRow("37 months ahead") << 37 * 31 << u"longer than the law allows"_qs;
}

void TestGui::freezeEndDateRefusedBeforeTheGrant()
{
    QFETCH(int, days);
    QFETCH(QString, message);
    ClientUnderTest client;
    MainWindow *w = signedIn(client, u"judicial1"_qs);
    QVERIFY(w);
    QVERIFY(w->openCode(u"3001"_qs));
    auto *f = w->page<JudicialDeskPage>();
    QVERIFY2(hpf::test::searchAccount(f, m_server.personalAccounts().value(6)), qPrintable(f->statusText()));
    f->registerButton()->setFocus();
    QTest::keyClick(f->registerButton(), Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QComboBox *>(f->form()->input(u"courtCode"_qs))->count() > 1,
                             15000);
    hpf::test::Papers papers = hpf::test::freezePapers(u"京0105"_qs, u"（2026）京0105执98号"_qs, u"300"_qs);
    const QDate end = QDate::currentDate().addDays(days);
    papers.last().second = end.toString(Qt::ISODate);
    // The period starts before it ends (else "ends before it starts" is the first refusal).
    papers[papers.size() - 2].second = std::min(end, QDate::currentDate().addDays(-1)).toString(Qt::ISODate);
    const QString typed = hpf::test::typePapers(f, papers);
    QVERIFY2(typed.isEmpty(), qPrintable(typed));
    QVERIFY2(f->statusText().contains(message), qPrintable(f->statusText()));
    QVERIFY(f->statusText().contains(u"Freeze until"_qs));
    QVERIFY(!f->grantDialog());
    QCOMPARE(client.shell->core()->outbox()->pendingCount(), 0);
}

void TestGui::offlineBannerAndRecovery()
{
    ClientUnderTest client;
    MainWindow *w = signedIn(client, u"judicial1"_qs);
    QVERIFY(w);
    Banner *offline = w->banner(MainWindow::BannerId::Offline);
    QVERIFY(!offline->isVisible());
    // The officer has the account and the papers on screen when the connection goes.
    QVERIFY(w->openCode(u"3001"_qs));
    auto *f = w->page<JudicialDeskPage>();
    QVERIFY2(hpf::test::searchAccount(f, m_server.personalAccounts().value(7)), qPrintable(f->statusText()));
    f->registerButton()->setFocus();
    QTest::keyClick(f->registerButton(), Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QComboBox *>(f->form()->input(u"courtCode"_qs))->count() > 1,
                             15000);
    hpf::test::Papers papers = hpf::test::freezePapers(u"京0105"_qs, u"（2025）京0105执1号"_qs, u"10"_qs);
    const auto last = papers.takeLast(); // typed, but not yet submitted
    QVERIFY(hpf::test::typePapers(f, papers).isEmpty());
    typeText(f->form()->lineEdit(last.first), last.second);
    m_server.kill();
    QTRY_VERIFY_WITH_TIMEOUT(offline->isVisible(), 10000);
    QCOMPARE(w->statusField(u"connection"_qs), u"Offline"_qs);
    // A freeze must not wait: refused with a clear message, nothing queued.
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    f->form()->lineEdit(last.first)->setFocus();
    QTest::keyClick(f->form()->lineEdit(last.first), Qt::Key_Return);
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
    auto *f = w->page<JudicialDeskPage>();
    QVERIFY2(hpf::test::searchAccount(f, m_server.personalAccounts().value(3)), qPrintable(f->statusText()));
    QVERIFY(f->startAction(JudicialDeskPage::Action::Freeze));
    f->form()->lineEdit(u"caseNumber"_qs)->setFocus();
    typeText(f->form()->lineEdit(u"caseNumber"_qs), u"(2025)草稿7号"_qs);
    const hpf::ui::ShellOptions options = first->options(m_server.url());
    // "Crash": the client disappears without signing out or closing anything.
    first->shell.reset();

    ClientUnderTest second;
    second.keychain = std::move(first->keychain); // the same keychain holds the cache key
    second.start(options);
    QVERIFY(signInThroughDialog(second.shell.get(), u"judicial1"_qs, u"train-judicial1"_qs));
    MainWindow *w2 = second.shell->mainWindow();
    QTRY_COMPARE_WITH_TIMEOUT(w2->currentPage(), u"3001"_qs, 15000);
    auto *f2 = w2->page<JudicialDeskPage>();
    QCOMPARE(f2->accountEdit()->text(), m_server.personalAccounts().value(3));
    QCOMPARE(f2->form()->lineEdit(u"caseNumber"_qs)->text(), u"(2025)草稿7号"_qs);
    QCOMPARE(f2->action(), JudicialDeskPage::Action::Freeze);
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
