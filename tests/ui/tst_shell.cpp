#include "clientcore.h"
#include "domain/access.h"
#include "guitest.h"
#include "lookup/lookuppage.h"
#include "lookup/personpage.h"
#include "lookup/unitpage.h"
#include "net/apiclient.h"
#include "opening/sealpage.h"
#include "pagewalk.h"
#include "serverfixture.h"
#include "shell/helpwindow.h"
#include "shell/mainwindow.h"
#include "shell/outboxview.h"
#include "shell/pageregistry.h"
#include "store/outbox.h"
#include "widgets/messagebox.h"

#include <QAbstractItemModel>
#include <QCompleter>
#include <QDate>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>

using namespace hpf;
using namespace hpf::ui;
using hpf::test::ClientUnderTest;
using hpf::test::typeText;

// The shell built from the page registry: navigation, code box, shortcuts and role filter from the
// registry and the access table, navigation between pages with an argument, F1 help at the page's
// section of the user guide, and the outbox view; against a real hpf-server on loopback.
namespace {

// A purchase withdrawal (issue 17: POST /api/v1/withdrawals) of `amountFen` from `account`, the
// contract signed last month on the server's (system) clock.
QJsonObject purchaseWithdrawal(const QString &account, qint64 amountFen)
{
    return {{u"accountNumber"_qs, account},
            {u"type"_qs, u"purchase"_qs},
            {u"amountFen"_qs, amountFen},
            {u"evidence"_qs,
             QJsonObject{{u"eventDate"_qs, QDate::currentDate().addMonths(-1).toString(Qt::ISODate)},
                         {u"contractNumber"_qs, QString(u"UI-"_qs + account)},
                         {u"priceFen"_qs, qint64(900000000000)}}},
            {u"payee"_qs, QJsonObject{{u"bankCode"_qs, u"105"_qs},
                                      {u"accountNumber"_qs, u"6217000012345678"_qs},
                                      {u"name"_qs, u"测试收款人"_qs}}}};
}

} // namespace

class TestShell : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    // The registry itself (no server).
    void registryIsWellFormed();
    void everyAnchorIsInTheGuide();
    void guideAnchor_data();
    void guideAnchor();
    // The shell against the server.
    void navigationFollowsRole_data();
    void navigationFollowsRole();
    void transactionCodes_data();
    void transactionCodes();
    void everyShortcutOpensItsPage_data();
    void everyShortcutOpensItsPage();
    void navigationCarriesTheArgument_data();
    void navigationCarriesTheArgument();
    void navigatorRefuses_data();
    void navigatorRefuses();
    void helpOpensAtThePageSection_data();
    void helpOpensAtThePageSection();
    void outboxViewListsAQueuedOperation();
    void pagesAreBuiltAtSignIn();

private:
    MainWindow *signedIn(ClientUnderTest &client, const QString &user);
    static QString roleOf(const QString &user);

    hpf::test::ServerFixture m_server;
};

void TestShell::initTestCase()
{
    MessageBox::setAutoAnswer(QMessageBox::Ok);
    const QString error = m_server.prepare();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_server.start().isEmpty());
}

void TestShell::cleanup()
{
    if (!m_server.isRunning())
        QVERIFY(m_server.start(m_server.port()).isEmpty());
}

MainWindow *TestShell::signedIn(ClientUnderTest &client, const QString &user)
{
    return hpf::test::signedIn(client, m_server.url(), user);
}

QString TestShell::roleOf(const QString &user)
{
    static const QHash<QString, QString> roles{
        {u"teller1"_qs, access::role::teller},     {u"teller2"_qs, access::role::teller},
        {u"judicial1"_qs, access::role::judicial}, {u"supervisor1"_qs, access::role::supervisor},
        {u"loan1"_qs, access::role::loanOfficer},  {u"archivist1"_qs, access::role::archivist},
        {u"auditor1"_qs, access::role::auditor},
    };
    return roles.value(user);
}

void TestShell::registryIsWellFormed()
{
    const QList<PageDescriptor> &all = pages::all();
    QVERIFY(all.size() >= 13);
    QSet<QString> codes;
    QSet<QKeySequence> shortcuts;
    QString previous;
    for (const PageDescriptor &p : all) {
        QVERIFY2(QRegularExpression(u"^[1-9][0-9]{3}$"_qs).match(p.code).hasMatch(), qPrintable(p.code));
        QVERIFY2(p.code > previous, qPrintable(p.code)); // in code order, no duplicates
        previous = p.code;
        codes.insert(p.code);
        QVERIFY2(p.title && *p.title, qPrintable(p.code));
        QVERIFY2(!p.translatedTitle().isEmpty(), qPrintable(p.code));
        // The permission is in the access table and names roles: a page is never public.
        QVERIFY2(access::isKnown(p.permission), qPrintable(p.code + u' ' + p.permission));
        QVERIFY2(!access::isPublic(p.permission), qPrintable(p.code + u' ' + p.permission));
        QVERIFY2(!p.allows(QString()), qPrintable(p.code));
        QVERIFY2(!p.allows(u"nobody"_qs), qPrintable(p.code));
        QVERIFY2(p.create, qPrintable(p.code));
        QVERIFY2(pages::areaTitle(p.area()) != pages::areaTitle(u"0"_qs), qPrintable(p.code)); // a named area
        if (!p.shortcut.isEmpty()) {
            QVERIFY2(!shortcuts.contains(p.shortcut), qPrintable(p.code));
            shortcuts.insert(p.shortcut);
        }
        QCOMPARE(pages::find(p.code), &p);
        QCOMPARE(pages::find(u" "_qs + p.code + u' '), &p); // typed with spaces
    }
    QVERIFY(!pages::find(u"9999"_qs));
    QVERIFY(!pages::find(QString()));
    // The shell's own shortcuts are not taken by a page.
    for (const QKeySequence &own :
         {QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_G),
          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), QKeySequence(Qt::CTRL | Qt::Key_Q),
          QKeySequence(Qt::CTRL | Qt::Key_Comma)})
        QVERIFY(!shortcuts.contains(own));
    // Pages that take an argument: the people and unit pages.
    QVERIFY(pages::find(u"1002"_qs)->receive);
    QVERIFY(pages::find(u"1003"_qs)->receive);
}

void TestShell::everyAnchorIsInTheGuide()
{
    const QString guide = HelpWindow::guideMarkdown();
    QVERIFY2(!guide.isEmpty(), "the user guide is not in the resources");
    QFile source(QStringLiteral(HPF_USER_GUIDE));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QCOMPARE(guide, QString::fromUtf8(source.readAll())); // the resource is the guide in docs/
    const QStringList anchors = HelpWindow::anchors(guide);
    QVERIFY(anchors.size() > 5);
    for (const PageDescriptor &p : pages::all())
        QVERIFY2(anchors.contains(p.guideAnchor), qPrintable(p.code + u' ' + p.guideAnchor));
}

void TestShell::guideAnchor_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("anchor");
    QTest::newRow("chinese with 、") << u"四、查询"_qs << u"四查询"_qs;
    QTest::newRow("full-width brackets") << u"七、证明（亮码可办）"_qs << u"七证明亮码可办"_qs;
    QTest::newRow("latin lower-cased, spaces to hyphens")
        << u"HPF Counter 柜面系统 使用手册"_qs << u"hpf-counter-柜面系统-使用手册"_qs;
    QTest::newRow("ascii punctuation dropped") << u"Sign-in & lock (Ctrl+L)!"_qs << u"sign-in--lock-ctrll"_qs;
    QTest::newRow("digits and underscores kept") << u"2001 unit_opening"_qs << u"2001-unit_opening"_qs;
    QTest::newRow("surrounding spaces") << u"  回单 "_qs << u"回单"_qs;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only punctuation") << u"、。！"_qs << QString();
}

void TestShell::guideAnchor()
{
    QFETCH(QString, heading);
    QFETCH(QString, anchor);
    QCOMPARE(hpf::ui::guideAnchor(heading), anchor);
}

void TestShell::navigationFollowsRole_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QString>("roleLabel");
    QTest::addColumn<QString>("branch");
    const QStringList lookup{u"1001"_qs, u"1002"_qs, u"1003"_qs};
    const QStringList teller =
        lookup + QStringList{u"2001"_qs, u"2002"_qs, u"2003"_qs, u"2004"_qs, u"2005"_qs,
                             u"2006"_qs, u"2101"_qs, u"2102"_qs, u"2103"_qs, u"2104"_qs,
                             u"2105"_qs, u"2201"_qs, u"2202"_qs, u"4001"_qs, u"4002"_qs,
                             u"4003"_qs, u"5001"_qs, u"5002"_qs, u"5003"_qs, u"5101"_qs,
                             u"5102"_qs, u"5103"_qs, u"6001"_qs, u"6002"_qs, u"8001"_qs};
    QTest::newRow("teller") << u"teller1"_qs << teller << u"Teller"_qs << u"0001"_qs;
    QTest::newRow("teller of another branch") << u"teller2"_qs << teller << u"Teller"_qs << u"0002"_qs;
    QTest::newRow("judicial") << u"judicial1"_qs
                              << (lookup + QStringList{u"2105"_qs, u"3001"_qs, u"3002"_qs, u"3003"_qs,
                                                       u"5103"_qs, u"8001"_qs})
                              << u"Judicial assistance"_qs << u"0001"_qs;
    QTest::newRow("supervisor") << u"supervisor1"_qs
                                << (lookup + QStringList{u"2006"_qs, u"2105"_qs, u"3001"_qs, u"3002"_qs,
                                                         u"4003"_qs, u"5103"_qs, u"7002"_qs, u"7004"_qs,
                                                         u"7005"_qs, u"7006"_qs, u"8002"_qs, u"8003"_qs,
                                                         u"9002"_qs})
                                << u"Supervisor"_qs << u"0001"_qs;
    QTest::newRow("loan officer") << u"loan1"_qs
                                  << (lookup + QStringList{u"2105"_qs, u"4003"_qs, u"5103"_qs, u"7001"_qs,
                                                           u"7002"_qs, u"7003"_qs, u"7004"_qs, u"7005"_qs,
                                                           u"7006"_qs, u"8001"_qs})
                                  << u"Loan officer"_qs << u"0001"_qs;
    QTest::newRow("archivist") << u"archivist1"_qs
                               << (lookup + QStringList{u"2105"_qs, u"5103"_qs, u"8001"_qs, u"8002"_qs,
                                                        u"8003"_qs, u"8004"_qs})
                               << u"Archivist"_qs << u"0001"_qs;
    QTest::newRow("auditor") << u"auditor1"_qs
                             << (lookup + QStringList{u"2105"_qs, u"3001"_qs, u"3002"_qs, u"4003"_qs,
                                                      u"5103"_qs, u"7002"_qs, u"7004"_qs, u"7005"_qs,
                                                      u"7006"_qs, u"8002"_qs, u"8003"_qs, u"8004"_qs,
                                                      u"9001"_qs, u"9002"_qs})
                             << u"Auditor"_qs << u"0001"_qs;
}

void TestShell::navigationFollowsRole()
{
    QFETCH(QString, user);
    QFETCH(QStringList, codes);
    QFETCH(QString, roleLabel);
    QFETCH(QString, branch);
    // The access table says the same as the list written out above.
    QStringList fromAccess;
    for (const PageDescriptor &p : pages::all()) {
        if (access::allows(roleOf(user), p.permission))
            fromAccess.append(p.code);
    }
    QCOMPARE(fromAccess, codes);

    ClientUnderTest client;
    MainWindow *w = signedIn(client, user);
    QVERIFY(w);
    QVERIFY(!client.shell->loginDialog()->isVisible());
    QCOMPARE(w->visiblePages(), codes);
    QCOMPARE(w->currentPage(), u"1001"_qs);
    // Grouped by business area (the first digit), in code order.
    QTreeWidget *nav = w->navigation();
    QStringList areas;
    for (const QString &c : codes) {
        if (!areas.contains(c.left(1)))
            areas.append(c.left(1));
    }
    QCOMPARE(nav->topLevelItemCount(), areas.size());
    for (int a = 0; a < nav->topLevelItemCount(); ++a) {
        QCOMPARE(nav->topLevelItem(a)->text(0), pages::areaTitle(areas.at(a)));
        QVERIFY(!(nav->topLevelItem(a)->flags() & Qt::ItemIsSelectable));
        for (int i = 0; i < nav->topLevelItem(a)->childCount(); ++i)
            QVERIFY(nav->topLevelItem(a)->child(i)->text(0).startsWith(areas.at(a)));
    }
    // The code box offers the same pages.
    QAbstractItemModel *offered = w->codeBox()->completer()->model();
    QStringList offeredCodes;
    for (int r = 0; r < offered->rowCount(); ++r)
        offeredCodes.append(
            offered->index(r, 0).data(w->codeBox()->completer()->completionRole()).toString());
    QCOMPARE(offeredCodes, codes);
    // Menu actions of the pages follow the role too.
    for (const PageDescriptor &p : pages::all()) {
        auto *action = w->findChild<QAction *>(u"open-"_qs + p.code);
        QVERIFY(action);
        QCOMPARE(action->isEnabled(), codes.contains(p.code));
    }
    QCOMPARE(w->statusField(u"role"_qs), roleLabel);
    QVERIFY2(w->statusField(u"branch"_qs).contains(branch), qPrintable(w->statusField(u"branch"_qs)));
    QVERIFY(w->statusField(u"user"_qs).contains(user));
    QCOMPARE(w->statusField(u"connection"_qs), u"Online"_qs);
    QCOMPARE(w->statusField(u"outbox"_qs), u"0 operation(s) waiting to be sent"_qs);
    QVERIFY(w->statusField(u"server"_qs).contains(QString::number(m_server.port())));
    QVERIFY(!w->trainingMarker()->isVisible()); // a configured server is not training

    // Signed out: nothing to navigate, the code box is off.
    client.shell->core()->session()->signOut();
    QTRY_VERIFY(client.shell->loginDialog()->isVisible());
    QVERIFY(w->visiblePages().isEmpty());
    QVERIFY(!w->codeBox()->isEnabled());
    QCOMPARE(w->codeBox()->completer()->model()->rowCount(), 0);
}

void TestShell::transactionCodes_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("page");    // the page shown afterwards
    QTest::addColumn<QString>("message"); // the status message of a refusal
    QTest::newRow("1003 unit") << u"teller1"_qs << u"1003"_qs << u"1003"_qs << QString();
    QTest::newRow("1002 person") << u"teller1"_qs << u"1002"_qs << u"1002"_qs << QString();
    QTest::newRow("3001 refused to a teller")
        << u"teller1"_qs << u"3001"_qs << u"1001"_qs << u"Your role may not open 3001 Judicial assistance"_qs;
    QTest::newRow("3001 judicial") << u"judicial1"_qs << u"3001"_qs << u"3001"_qs << QString();
    QTest::newRow("unknown code") << u"teller1"_qs << u"9999"_qs << u"1001"_qs
                                  << u"Unknown transaction code 9999"_qs;
    QTest::newRow("unknown in an area that exists")
        << u"judicial1"_qs << u"3009"_qs << u"1001"_qs << u"Unknown transaction code 3009"_qs;
    QTest::newRow("short code") << u"teller1"_qs << u"1"_qs << u"1001"_qs << u"Unknown transaction code 1"_qs;
    for (const char16_t *code :
         {u"2001", u"2002", u"2003", u"2004", u"2005", u"2006", u"4001", u"4002", u"4003"}) {
        const QString c = QString::fromUtf16(code);
        QTest::addRow("%s teller", qPrintable(c)) << u"teller1"_qs << c << c << QString();
    }
    QTest::newRow("2001 refused to a supervisor")
        << u"supervisor1"_qs << u"2001"_qs << u"1001"_qs << u"may not open 2001"_qs;
    QTest::newRow("2006 supervisor") << u"supervisor1"_qs << u"2006"_qs << u"2006"_qs << QString();
    QTest::newRow("4001 refused to a loan officer")
        << u"loan1"_qs << u"4001"_qs << u"1001"_qs << u"may not open 4001"_qs;
    QTest::newRow("4003 loan officer") << u"loan1"_qs << u"4003"_qs << u"4003"_qs << QString();
    QTest::newRow("4003 refused to an archivist")
        << u"archivist1"_qs << u"4003"_qs << u"1001"_qs << u"may not open 4003"_qs;
}

void TestShell::transactionCodes()
{
    QFETCH(QString, user);
    QFETCH(QString, code);
    QFETCH(QString, page);
    QFETCH(QString, message);
    ClientUnderTest client;
    MainWindow *w = signedIn(client, user);
    QVERIFY(w);
    QVERIFY(QTest::qWaitForWindowActive(w));
    QTest::keyClick(w, Qt::Key_G, Qt::ControlModifier); // focus the code box
    QVERIFY(w->codeBox()->hasFocus());
    typeText(w->codeBox(), code);
    QTest::keyClick(w->codeBox(), Qt::Key_Return);
    QCOMPARE(w->currentPage(), page);
    const bool opens = message.isEmpty();
    QCOMPARE(w->codeBox()->text().isEmpty(), opens); // a refused code stays to be corrected
    if (opens)
        QVERIFY(w->statusBar()->currentMessage().isEmpty());
    else
        QVERIFY2(w->statusBar()->currentMessage().contains(message),
                 qPrintable(w->statusBar()->currentMessage()));
}

void TestShell::everyShortcutOpensItsPage_data()
{
    QTest::addColumn<QString>("user");
    for (const char *user : {"teller1", "judicial1", "supervisor1", "loan1", "archivist1", "auditor1"})
        QTest::newRow(user) << QString::fromLatin1(user);
}

void TestShell::everyShortcutOpensItsPage()
{
    QFETCH(QString, user);
    ClientUnderTest client;
    MainWindow *w = signedIn(client, user);
    QVERIFY(w);
    int tried = 0;
    for (const PageDescriptor &p : pages::all()) {
        if (p.shortcut.isEmpty())
            continue;
        QVERIFY(w->openCode(u"1001"_qs));
        QVERIFY(QTest::qWaitForWindowActive(w));
        QTest::keySequence(w, p.shortcut);
        const bool allowed = access::allows(roleOf(user), p.permission);
        QVERIFY2(w->currentPage() == (allowed ? p.code : u"1001"_qs),
                 qPrintable(p.code + u" → "_qs + w->currentPage()));
        ++tried;
    }
    QVERIFY(tried >= 8);
}

void TestShell::navigationCarriesTheArgument_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("from"); // the page that asks, its signal
    QTest::addColumn<QByteArray>("signal");
    QTest::addColumn<QString>("to"); // the page that opens with the argument
    QTest::newRow("lookup → person") << u"teller1"_qs << u"1001"_qs << QByteArray("openPerson") << u"1002"_qs;
    QTest::newRow("lookup → unit") << u"teller1"_qs << u"1001"_qs << QByteArray("openUnit") << u"1003"_qs;
    QTest::newRow("unit → person") << u"judicial1"_qs << u"1003"_qs << QByteArray("openPerson") << u"1002"_qs;
    QTest::newRow("person → unit") << u"auditor1"_qs << u"1002"_qs << QByteArray("openUnit") << u"1003"_qs;
    QTest::newRow("unit opening → unit")
        << u"teller1"_qs << u"2001"_qs << QByteArray("openUnit") << u"1003"_qs;
    QTest::newRow("person opening → person")
        << u"teller1"_qs << u"2002"_qs << QByteArray("openPerson") << u"1002"_qs;
    QTest::newRow("flexible opening → person")
        << u"teller1"_qs << u"2003"_qs << QByteArray("openPerson") << u"1002"_qs;
    QTest::newRow("the navigator itself") << u"supervisor1"_qs << QString() << QByteArray() << u"1002"_qs;
}

void TestShell::navigationCarriesTheArgument()
{
    QFETCH(QString, user);
    QFETCH(QString, from);
    QFETCH(QByteArray, signal);
    QFETCH(QString, to);
    ClientUnderTest client;
    MainWindow *w = signedIn(client, user);
    QVERIFY(w);
    const QString argument =
        to == u"1002" ? m_server.personalAccounts().value(3) : m_server.unitAccounts().value(0);
    if (from.isEmpty()) {
        QVERIFY(w->pageContext()->open(to, argument));
    } else {
        QVERIFY(w->openCode(from));
        QWidget *asking = w->pageWidget(from);
        QVERIFY(asking);
        // The page emits its own signal, as when the teller activates a result.
        QVERIFY(QMetaObject::invokeMethod(asking, signal.constData(), Q_ARG(QString, argument)));
    }
    QCOMPARE(w->currentPage(), to);
    if (to == u"1002")
        QTRY_COMPARE_WITH_TIMEOUT(w->page<PersonPage>()->accountNumber(), argument, 15000);
    else
        QTRY_COMPARE_WITH_TIMEOUT(w->page<UnitPage>()->unitAccount(), argument, 15000);
    QCOMPARE(w->navigation()->currentItem()->data(0, Qt::UserRole).toString(), to);
}

void TestShell::navigatorRefuses_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("argument");
    QTest::addColumn<bool>("opens");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown code") << u"teller1"_qs << u"9999"_qs << u"x"_qs << false
                                  << u"Unknown transaction code 9999"_qs;
    QTest::newRow("empty code") << u"teller1"_qs << QString() << QString() << false
                                << u"Unknown transaction code"_qs;
    QTest::newRow("code with letters")
        << u"teller1"_qs << u"10a1"_qs << QString() << false << u"Unknown transaction code 10a1"_qs;
    QTest::newRow("forbidden with an argument")
        << u"teller1"_qs << u"3001"_qs << u"123"_qs << false << u"may not open 3001"_qs;
    QTest::newRow("forbidden to an archivist")
        << u"archivist1"_qs << u"2006"_qs << QString() << false << u"may not open 2006"_qs;
    // A page without a receiver opens and ignores the argument.
    QTest::newRow("argument to a page that takes none")
        << u"teller1"_qs << u"2005"_qs << u"12345"_qs << true << QString();
}

void TestShell::navigatorRefuses()
{
    QFETCH(QString, user);
    QFETCH(QString, code);
    QFETCH(QString, argument);
    QFETCH(bool, opens);
    QFETCH(QString, message);
    ClientUnderTest client;
    MainWindow *w = signedIn(client, user);
    QVERIFY(w);
    QCOMPARE(w->pageContext()->open(code, argument), opens);
    QCOMPARE(w->currentPage(), opens ? code : u"1001"_qs);
    QCOMPARE(w->pageContext()->mayOpen(code), opens);
    if (!opens)
        QVERIFY2(w->statusBar()->currentMessage().contains(message),
                 qPrintable(w->statusBar()->currentMessage()));
}

void TestShell::helpOpensAtThePageSection_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("code");
    for (const PageDescriptor &p : pages::all()) {
        const QString user = hpf::test::demoUserFor(p);
        QTest::addRow("%s", qPrintable(p.code)) << user << p.code;
    }
}

void TestShell::helpOpensAtThePageSection()
{
    QFETCH(QString, user);
    QFETCH(QString, code);
    ClientUnderTest client;
    MainWindow *w = signedIn(client, user);
    QVERIFY(w);
    QVERIFY(w->openCode(code));
    QVERIFY(QTest::qWaitForWindowActive(w));
    QTest::keyClick(w, Qt::Key_F1);
    HelpWindow *help = w->helpWindow();
    QVERIFY(help);
    QTRY_VERIFY(help->isVisible());
    const QString anchor = pages::find(code)->guideAnchor;
    QCOMPARE(help->currentAnchor(), anchor);
    const QTextBlock block = help->browser()->textCursor().block();
    QVERIFY(block.blockFormat().headingLevel() > 0);
    QCOMPARE(hpf::ui::guideAnchor(block.text()), anchor);
    QVERIFY(help->browser()->toPlainText().contains(u"使用手册"_qs)); // the guide, in Chinese
    // An unknown anchor shows the guide from its top.
    QVERIFY(!help->showAnchor(u"no-such-section"_qs));
    QVERIFY(help->currentAnchor().isEmpty());
    QCOMPARE(help->browser()->textCursor().position(), 0);
}

void TestShell::outboxViewListsAQueuedOperation()
{
    ClientUnderTest client;
    MainWindow *w = signedIn(client, u"teller1"_qs);
    QVERIFY(w);
    client::ClientCore *core = client.shell->core();
    core->api()->setRetryPolicy({2, 20, 40});
    const QString account = m_server.personalAccounts().value(5);
    m_server.kill(); // the operation cannot be sent: it waits in the outbox
    QSignalSpy finished(core->outbox(), &client::Outbox::finished);
    const auto id = core->outbox()->submit(
        client::ApiRequest::post(u"/api/v1/withdrawals"_qs, purchaseWithdrawal(account, 100), QString()),
        u"部分提取"_qs);
    QVERIFY(id.ok());
    QVERIFY(finished.wait(15000));
    QTRY_COMPARE(w->statusField(u"outbox"_qs), u"1 operation(s) waiting to be sent"_qs);

    // From the status bar's pending count.
    QTest::mouseClick(w->outboxButton(), Qt::LeftButton);
    OutboxView *view = w->outboxView();
    QVERIFY(view);
    QTRY_VERIFY(view->isVisible());
    QTreeWidget *table = view->table();
    QTreeWidgetItem *row = nullptr;
    for (int r = 0; r < table->topLevelItemCount(); ++r) {
        if (table->topLevelItem(r)->text(OutboxView::SummaryColumn) == u"部分提取")
            row = table->topLevelItem(r);
    }
    QVERIFY(row);
    QCOMPARE(row->data(OutboxView::StateColumn, Qt::UserRole).toInt(), int(client::Outbox::State::Pending));
    QCOMPARE(row->text(OutboxView::StateColumn), u"Waiting to be sent"_qs);
    QVERIFY(!row->text(OutboxView::TimeColumn).isEmpty());
    const int attempts = row->text(OutboxView::AttemptsColumn).toInt();
    QVERIFY(attempts >= 1);
    for (int c = 0; c < table->columnCount(); ++c) // never personal data in clear
        QVERIFY2(!row->text(c).contains(account), qPrintable(row->text(c)));
    QVERIFY(view->resendButton()->isEnabled());

    // "Resend now" tries again with the same key (still no server: one more attempt).
    QTest::mouseClick(view->resendButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int r = 0; r < table->topLevelItemCount(); ++r) {
                QTreeWidgetItem *i = table->topLevelItem(r);
                if (i->text(OutboxView::SummaryColumn) == u"部分提取")
                    return i->text(OutboxView::AttemptsColumn).toInt() > attempts;
            }
            return false;
        }(),
        15000);

    // With the server back the operation is sent and listed as done; the view follows.
    QVERIFY(m_server.start(m_server.port()).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(core->isOnline(), 15000);
    if (view->resendButton()->isEnabled())
        QTest::mouseClick(view->resendButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(core->outbox()->pendingCount(), 0, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int r = 0; r < table->topLevelItemCount(); ++r) {
                QTreeWidgetItem *i = table->topLevelItem(r);
                if (i->text(OutboxView::SummaryColumn) == u"部分提取")
                    return i->data(OutboxView::StateColumn, Qt::UserRole).toInt() ==
                           int(client::Outbox::State::Done);
            }
            return false;
        }(),
        15000);
    QVERIFY(!view->resendButton()->isEnabled());

    // An operation the server refuses is listed as refused, with the reason in words.
    finished.clear();
    QVERIFY(core->outbox()
                ->submit(client::ApiRequest::post(u"/api/v1/withdrawals"_qs, purchaseWithdrawal(account, -5),
                                                  QString()),
                         u"部分提取（错误）"_qs)
                .ok());
    QVERIFY(finished.wait(15000));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int r = 0; r < table->topLevelItemCount(); ++r) {
                QTreeWidgetItem *i = table->topLevelItem(r);
                if (i->text(OutboxView::SummaryColumn) == u"部分提取（错误）")
                    return i->data(OutboxView::StateColumn, Qt::UserRole).toInt() ==
                               int(client::Outbox::State::Failed) &&
                           i->text(OutboxView::StateColumn) == u"Refused" &&
                           !i->text(OutboxView::ErrorColumn).isEmpty();
            }
            return false;
        }(),
        15000);

    // Also from the menu; locking the screen closes it.
    view->close();
    auto *action = w->findChild<QAction *>(u"outboxAction"_qs);
    QVERIFY(action);
    action->trigger();
    QTRY_VERIFY(view->isVisible());
    core->session()->lockNow();
    QTRY_VERIFY(!view->isVisible());
}

// Start-up builds no page: the login window needs none. A sign-in builds the pages the role may
// open before the pages hear of the user (a draft may reopen its page), and a page built after the
// shell set the training mode knows it. Signed out and in again: a new set (nothing of the previous
// session survives; tst_shellwindow checks the contents).
void TestShell::pagesAreBuiltAtSignIn()
{
    ClientUnderTest client;
    client.start(client.options(m_server.url()));
    MainWindow *w = client.shell->mainWindow();
    for (const PageDescriptor &p : pages::all())
        QVERIFY2(!w->findChild<QWidget *>(u"page-"_qs + p.code), qPrintable(p.code));
    w->setTrainingMode(true);
    QVERIFY(signedIn(client, u"teller1"_qs));
    for (const PageDescriptor &p : pages::all())
        QVERIFY2((w->findChild<QWidget *>(u"page-"_qs + p.code) != nullptr) == p.allows(access::role::teller),
                 qPrintable(p.code));
    QCOMPARE(w->currentPage(), u"1001"_qs);
    QVERIFY(w->page<SealPage>()->isTrainingMode());
    QPointer<QWidget> first = w->pageWidget(u"1001"_qs);
    client.shell->core()->session()->signOut();
    QTRY_VERIFY(client.shell->loginDialog()->isVisible());
    QTRY_VERIFY(first.isNull());
    QVERIFY(signedIn(client, u"teller1"_qs));
    QVERIFY(w->pageWidget(u"1001"_qs));
    QCOMPARE(w->findChildren<QWidget *>(u"page-1001"_qs).size(), 1);
    QVERIFY(w->page<SealPage>()->isTrainingMode());
}

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
