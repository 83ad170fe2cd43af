#include "clientcore.h"
#include "domain/access.h"
#include "guitest.h"
#include "items/jsontablemodel.h"
#include "lookup/lookuppage.h"
#include "lookup/unitpage.h"
#include "serverfixture.h"
#include "session/settings.h"
#include "shell/banner.h"
#include "shell/helpdialogs.h"
#include "shell/mainwindow.h"
#include "shell/pageregistry.h"
#include "shell/translations.h"
#include "widgets/documentprinter.h"
#include "widgets/messagebox.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace hpf;
using namespace hpf::ui;
using hpf::test::ClientUnderTest;

// Issue 19 (B), the shell's window against a real hpf-server: the training marker on screen, the
// saved PDF's report, pages built for the role and deleted at sign-out, the Help menu (About with
// the server's version, the shortcut list, Ctrl+Q), the remembered window, the navigation's width
// at every font scale, and 1003 used on its own.
class TestShellWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void trainingMarkerIsOnScreen_data();
    void trainingMarkerIsOnScreen();
    void pdfIsReported_data();
    void pdfIsReported();
    void nextUserFindsEmptyPages_data();
    void nextUserFindsEmptyPages();
    void onlyTheRolesPagesAreBuilt_data();
    void onlyTheRolesPagesAreBuilt();
    void aboutShowsTheVersions();
    void shortcutsListTheRolesKeys_data();
    void shortcutsListTheRolesKeys();
    void ctrlQQuitsThroughTheShell();
    void windowIsRemembered();
    void navigationFitsItsTitles_data();
    void navigationFitsItsTitles();
    void unitPageOnItsOwn();
    void loginDialogShowsItsLabels_data();
    void loginDialogShowsItsLabels();

private:
    MainWindow *signedIn(ClientUnderTest &client, const QString &user)
    {
        return hpf::test::signedIn(client, m_server.url(), user);
    }
    static QString roleOf(const QString &user)
    {
        static const QHash<QString, QString> roles{
            {u"teller1"_qs, access::role::teller},     {u"teller2"_qs, access::role::teller},
            {u"judicial1"_qs, access::role::judicial}, {u"supervisor1"_qs, access::role::supervisor},
            {u"loan1"_qs, access::role::loanOfficer},  {u"archivist1"_qs, access::role::archivist},
            {u"auditor1"_qs, access::role::auditor},
        };
        return roles.value(user);
    }

    hpf::test::ServerFixture m_server;
};

void TestShellWindow::initTestCase()
{
    MessageBox::setAutoAnswer(QMessageBox::Ok);
    const QString error = m_server.prepare();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_server.start().isEmpty());
}

void TestShellWindow::cleanup()
{
    Translations::applyFontScale(100);
    if (!m_server.isRunning())
        QVERIFY(m_server.start(m_server.port()).isEmpty());
}

void TestShellWindow::trainingMarkerIsOnScreen_data()
{
    QTest::addColumn<QString>("center");
    QTest::addColumn<bool>("signIn");
    QTest::newRow("the policy's own center, at the login") << QString() << false;
    QTest::newRow("the policy's own center, signed in") << QString() << true;
    QTest::newRow("a second center") << u"北京市住房公积金管理中心"_qs << true;
}

// The marker is a toolbar widget: shown through its action, it is on screen inside the window.
void TestShellWindow::trainingMarkerIsOnScreen()
{
    QFETCH(QString, center);
    QFETCH(bool, signIn);
    ClientUnderTest client;
    client.start(client.options(m_server.url()));
    MainWindow *w = client.shell->mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QVERIFY(!w->trainingMarker()->isVisible());
    w->setTrainingCenterName(center);
    w->setTrainingMode(true);
    if (signIn)
        QVERIFY(signedIn(client, u"teller1"_qs));
    QLabel *marker = w->trainingMarker();
    QTRY_VERIFY(marker->isVisible());
    QVERIFY(marker->width() > 0 && marker->height() > 0);
    const QRect onWindow(marker->mapTo(w, QPoint(0, 0)), marker->size());
    QVERIFY2(w->rect().contains(onWindow), qPrintable(u"%1,%2 %3x%4"_qs.arg(onWindow.x())
                                                          .arg(onWindow.y())
                                                          .arg(onWindow.width())
                                                          .arg(onWindow.height())));
    QVERIFY(!marker->visibleRegion().isEmpty());
    QVERIFY(marker->text().contains(center));
    QVERIFY(w->windowTitle().contains(u"TRAINING"_qs));
    w->setTrainingMode(false);
    QTRY_VERIFY(!marker->isVisible());
}

void TestShellWindow::pdfIsReported_data()
{
    QTest::addColumn<QString>("file"); // in a temporary folder unless absolute
    QTest::addColumn<bool>("saved");
    QTest::newRow("saved") << u"receipt.pdf"_qs << true;
    QTest::newRow("saved with a Chinese name") << u"回执.pdf"_qs << true;
    QTest::newRow("no such folder") << u"gone/receipt.pdf"_qs << false;
    QTest::newRow("read-only file system") << u"/proc/hpf-receipt.pdf"_qs << false;
}

// Success: a banner with the path and "Open folder", and a status message. Failure: a message box
// naming the path and the reason; no success banner left from before.
void TestShellWindow::pdfIsReported()
{
    QFETCH(QString, file);
    QFETCH(bool, saved);
    QTemporaryDir dir;
    const QString path = file.startsWith(u'/') ? file : dir.filePath(file);
    ClientUnderTest client;
    MainWindow *w = signedIn(client, u"teller1"_qs);
    QVERIFY(w);
    Banner *banner = w->banner(MainWindow::BannerId::Document);
    QVERIFY(banner);
    // One good PDF first, so a failure must also take the old report away.
    w->printer()->exportPdfTo(
        {u"first"_qs, QPageSize(QPageSize::A4), 1, [](QPainter &, const QRectF &, int) {}},
        dir.filePath(u"first.pdf"_qs));
    QTRY_VERIFY(banner->isVisible());
    PrintJob job{u"回执"_qs, QPageSize(QPageSize::A4), 1,
                 [](QPainter &p, const QRectF &r, int) { p.drawText(r, u"HPF"_qs); }};
    w->printer()->exportPdfTo(job, path);
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (saved) {
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(shown), qPrintable(banner->text()));
        QVERIFY(banner->actionButton()->isVisible());
        QVERIFY(!banner->actionButton()->text().isEmpty());
        QVERIFY(w->statusBar()->currentMessage().contains(shown));
        QVERIFY(QFileInfo(path).size() > 0);
    } else {
        QTRY_VERIFY(!banner->isVisible());
        QVERIFY2(MessageBox::lastText().contains(shown), qPrintable(MessageBox::lastText()));
        QVERIFY(w->statusBar()->currentMessage().contains(shown));
    }
    // Signing out takes the report (a path of the previous user's work) away.
    client.shell->core()->session()->signOut();
    QTRY_VERIFY(!banner->isVisible());
}

void TestShellWindow::nextUserFindsEmptyPages_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("teller to teller") << u"teller1"_qs << u"teller2"_qs;
    QTest::newRow("the same teller again") << u"teller1"_qs << u"teller1"_qs;
    QTest::newRow("teller to supervisor") << u"teller1"_qs << u"supervisor1"_qs;
}

// User A types into a page and signs out; user B signs in at the same workstation: every page is
// a new one, every input empty, every table without rows.
void TestShellWindow::nextUserFindsEmptyPages()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    ClientUnderTest client;
    MainWindow *w = signedIn(client, first);
    QVERIFY(w);
    QVERIFY(w->openCode(u"1001"_qs));
    auto *lookup = w->page<LookupPage>();
    QVERIFY(lookup);
    lookup->input()->setFocus();
    hpf::test::typeText(lookup->input(), m_server.personalAccounts().value(0));
    QCOMPARE(lookup->input()->text(), m_server.personalAccounts().value(0));
    QPointer<QWidget> before = w->pageWidget(u"1001"_qs);
    client.shell->core()->session()->signOut();
    QTRY_VERIFY(client.shell->loginDialog()->isVisible());
    QTRY_VERIFY(before.isNull()); // deleted, not only emptied
    for (const PageDescriptor &p : pages::all())
        QVERIFY2(!w->isBuilt(p.code) && !w->findChild<QWidget *>(u"page-"_qs + p.code), qPrintable(p.code));
    QCOMPARE(w->currentPage(), QString());

    QVERIFY(signedIn(client, second));
    QWidget *after = w->pageWidget(u"1001"_qs);
    QVERIFY(after);
    for (const PageDescriptor &p : pages::all()) {
        if (!w->isBuilt(p.code))
            continue;
        QWidget *page = w->pageWidget(p.code);
        for (QLineEdit *edit : page->findChildren<QLineEdit *>()) {
            QVERIFY2(!edit->text().contains(m_server.personalAccounts().value(0)),
                     qPrintable(p.code + u' ' + edit->objectName()));
        }
    }
    QCOMPARE(w->page<LookupPage>()->input()->text(), QString());
}

void TestShellWindow::onlyTheRolesPagesAreBuilt_data()
{
    QTest::addColumn<QString>("user");
    for (const QString &u :
         {u"teller1"_qs, u"judicial1"_qs, u"loan1"_qs, u"archivist1"_qs, u"auditor1"_qs, u"supervisor1"_qs})
        QTest::newRow(qPrintable(u)) << u;
}

// Start-up builds no page; a sign-in builds exactly the pages the role may open (a teller's client
// no longer asks for the supervisor's lists and gets 403).
void TestShellWindow::onlyTheRolesPagesAreBuilt()
{
    QFETCH(QString, user);
    ClientUnderTest client;
    client.start(client.options(m_server.url()));
    MainWindow *w = client.shell->mainWindow();
    for (const PageDescriptor &p : pages::all())
        QVERIFY2(!w->isBuilt(p.code), qPrintable(p.code));
    QVERIFY(signedIn(client, user));
    int built = 0;
    for (const PageDescriptor &p : pages::all()) {
        QCOMPARE(w->isBuilt(p.code), p.allows(roleOf(user)));
        built += w->isBuilt(p.code) ? 1 : 0;
    }
    QVERIFY(built > 0);
    QCOMPARE(built, int(pages::allowedFor(roleOf(user)).size()));
}

void TestShellWindow::aboutShowsTheVersions()
{
    ClientUnderTest client;
    MainWindow *w = signedIn(client, u"teller1"_qs);
    QVERIFY(w);
    auto *action = w->findChild<QAction *>(u"aboutAction"_qs);
    QVERIFY(action);
    action->trigger();
    QTRY_VERIFY(w->aboutDialog() && w->aboutDialog()->isVisible());
    AboutDialog *about = w->aboutDialog();
    QVERIFY2(about->versionText().contains(QCoreApplication::applicationVersion()),
             qPrintable(about->versionText()));
    QVERIFY(about->versionText().contains(QString::fromLatin1(qVersion())));
    QVERIFY(!about->licenceText().isEmpty());
    // The server's own answer (GET /api/v1/version), not a guess.
    QTRY_VERIFY_WITH_TIMEOUT(about->serverText().contains(u"hpf-server"_qs), 15000);
    QVERIFY(about->serverText().contains(u"v1"_qs));
    about->close();
    QTRY_VERIFY(!w->aboutDialog());

    // A server that stopped: the dialog says so instead of waiting for ever.
    m_server.kill();
    action->trigger();
    QTRY_VERIFY(w->aboutDialog());
    QSignalSpy answered(w->aboutDialog(), &AboutDialog::serverAnswered);
    QTRY_VERIFY_WITH_TIMEOUT(answered.count() == 1, 20000);
    QVERIFY(!w->aboutDialog()->serverText().contains(u"hpf-server"_qs));
}

void TestShellWindow::shortcutsListTheRolesKeys_data()
{
    QTest::addColumn<QString>("user");
    QTest::newRow("teller") << u"teller1"_qs;
    QTest::newRow("loan officer") << u"loan1"_qs;
    QTest::newRow("auditor") << u"auditor1"_qs;
}

// Built from the registry (the role's pages with a shortcut) and the shell's own keys; a page the
// role may not open is not listed.
void TestShellWindow::shortcutsListTheRolesKeys()
{
    QFETCH(QString, user);
    ClientUnderTest client;
    MainWindow *w = signedIn(client, user);
    QVERIFY(w);
    auto *action = w->findChild<QAction *>(u"shortcutsAction"_qs);
    QVERIFY(action);
    action->trigger();
    QTRY_VERIFY(w->shortcutsDialog() && w->shortcutsDialog()->isVisible());
    QTableWidget *table = w->shortcutsDialog()->table();
    QStringList keys;
    for (int r = 0; r < table->rowCount(); ++r)
        keys << table->item(r, 0)->text();
    const auto text = [](const QKeySequence &k) { return k.toString(QKeySequence::NativeText); };
    for (const PageDescriptor &p : pages::all()) {
        if (p.shortcut.isEmpty())
            continue;
        QVERIFY2(keys.contains(text(p.shortcut)) == p.allows(roleOf(user)), qPrintable(p.code));
    }
    for (const QKeySequence &own :
         {QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_G), QKeySequence(Qt::CTRL | Qt::Key_Q),
          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)})
        QVERIFY2(keys.contains(text(own)), qPrintable(text(own)));
    QCOMPARE(keys.size(), int(QSet<QString>(keys.begin(), keys.end()).size())); // each key once
    for (int r = 0; r < table->rowCount(); ++r)
        QVERIFY(!table->item(r, 1)->text().isEmpty());
}

// Ctrl+Q goes the way of closing the window: signed out, the shell finishes.
void TestShellWindow::ctrlQQuitsThroughTheShell()
{
    ClientUnderTest client;
    MainWindow *w = signedIn(client, u"teller1"_qs);
    QVERIFY(w);
    QSignalSpy finished(client.shell.get(), &Shell::finished);
    QTest::keyClick(w, Qt::Key_Q, Qt::ControlModifier);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!w->isVisible());
    QVERIFY(!client.shell->core()->session()->isSignedIn());
}

// Maximised the first time; afterwards the size, place and navigation width the teller left.
void TestShellWindow::windowIsRemembered()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(u"settings.ini"_qs);
    int navigationWidth = 0;
    {
        ClientUnderTest client;
        auto options = client.options(m_server.url());
        options.settingsPath = ini;
        client.start(options);
        MainWindow *w = client.shell->mainWindow();
        QVERIFY(w->isMaximized());
        w->showNormal();
        w->resize(1000, 700);
        QVERIFY(QTest::qWaitForWindowExposed(w));
        const QList<int> sizes = w->splitter()->sizes();
        w->splitter()->setSizes({sizes.at(0) + 40, sizes.at(1) - 40});
        navigationWidth = w->splitter()->sizes().at(0);
        QVERIFY(w->close());
    }
    ClientUnderTest client;
    auto options = client.options(m_server.url());
    options.settingsPath = ini;
    client.start(options);
    MainWindow *w = client.shell->mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QVERIFY(!w->isMaximized());
    QCOMPARE(w->size(), QSize(1000, 700));
    QCOMPARE(w->splitter()->sizes().at(0), navigationWidth);
}

void TestShellWindow::navigationFitsItsTitles_data()
{
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("user");
    for (const int scale : {100, 150, 200}) {
        QTest::addRow("supervisor at %d %%", scale) << scale << u"supervisor1"_qs;
        QTest::addRow("loan officer at %d %%", scale) << scale << u"loan1"_qs;
    }
}

// No fixed width: the navigation opens as wide as its longest title in the current font, also
// after the font scale changes; squeezed (by the teller or a wide page) it keeps the codes and the
// start of every title, and each item's tooltip has the whole title.
void TestShellWindow::navigationFitsItsTitles()
{
    QFETCH(int, scale);
    QFETCH(QString, user);
    ClientUnderTest client;
    MainWindow *w = signedIn(client, user);
    QVERIFY(w);
    w->showNormal();
    w->resize(2400, 900); // room for the page beside the whole titles at any scale
    Translations::applyFontScale(scale);
    QTreeWidget *nav = w->navigation();
    QTRY_VERIFY(nav->font().pointSizeF() == QApplication::font().pointSizeF());
    int widest = 0;
    for (int a = 0; a < nav->topLevelItemCount(); ++a) {
        for (int i = 0; i < nav->topLevelItem(a)->childCount(); ++i) {
            QTreeWidgetItem *item = nav->topLevelItem(a)->child(i);
            widest =
                std::max(widest, nav->indentation() + nav->fontMetrics().horizontalAdvance(item->text(0)));
            QCOMPARE(item->toolTip(0), item->text(0));
        }
    }
    QVERIFY(widest > 0);
    QVERIFY2(w->navigationFitWidth() >= widest,
             qPrintable(u"%1 < %2"_qs.arg(w->navigationFitWidth()).arg(widest)));
    QTRY_VERIFY2(nav->viewport()->width() >= widest,
                 qPrintable(u"%1 < %2"_qs.arg(nav->viewport()->width()).arg(widest)));
    // Its minimum follows the font too: a code and eight characters of a title.
    const int codeAndStart =
        nav->fontMetrics().horizontalAdvance(u"0000  "_qs) + 8 * nav->fontMetrics().averageCharWidth();
    QVERIFY2(nav->minimumWidth() >= codeAndStart,
             qPrintable(u"%1 < %2"_qs.arg(nav->minimumWidth()).arg(codeAndStart)));
    QVERIFY(nav->minimumWidth() <= w->navigationFitWidth());
    // Not the whole window either: at 1280 pixels the page keeps most of it.
    QVERIFY2(nav->minimumWidth() < 1280 / 3, qPrintable(QString::number(nav->minimumWidth())));
}

// 1003 / F4 without an argument: the page asks for the unit account itself.
void TestShellWindow::unitPageOnItsOwn()
{
    ClientUnderTest client;
    MainWindow *w = signedIn(client, u"teller1"_qs);
    QVERIFY(w);
    QTest::keyClick(w, Qt::Key_F4);
    QCOMPARE(w->currentPage(), u"1003"_qs);
    auto *page = w->page<UnitPage>();
    QVERIFY(page);
    QTRY_VERIFY(page->unitInput()->hasFocus());
    const QString unit = m_server.unitAccounts().value(0);
    QVERIFY(!unit.isEmpty());
    hpf::test::enter(page->unitInput(), unit);
    QTRY_COMPARE_WITH_TIMEOUT(page->unitAccount(), unit, 15000);
    QVERIFY(!page->fieldText(u"name"_qs).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(page->employees()->rowCount() > 0, 15000);
    // An unknown unit: a message, no unit.
    hpf::test::enter(page->unitInput(), u"99999999999"_qs);
    QTRY_VERIFY_WITH_TIMEOUT(!page->statusText().isEmpty() && page->unitAccount().isEmpty(), 15000);
    // Letters cannot be typed into it.
    page->unitInput()->clear();
    QTest::keyClicks(page->unitInput(), u"ab12"_qs);
    QCOMPARE(page->unitInput()->text(), u"12"_qs);
}

void TestShellWindow::loginDialogShowsItsLabels_data()
{
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("state");
    for (const int scale : {100, 150, 200}) {
        for (const QString &state : {u"start"_qs, u"long server name"_qs, u"wrong password"_qs})
            QTest::addRow("%s at %d %%", qPrintable(state), scale) << scale << state;
    }
}

// Every label of the login dialog is shown whole: a wrapped one as high as its text needs, the
// others as wide as their text, all inside the dialog.
void TestShellWindow::loginDialogShowsItsLabels()
{
    QFETCH(int, scale);
    QFETCH(QString, state);
    ClientUnderTest client;
    client.start(client.options(m_server.url()));
    LoginDialog *login = client.shell->loginDialog();
    QTRY_VERIFY(login->isVisible());
    Translations::applyFontScale(scale);
    if (state == u"long server name")
        login->setServerDescription(
            u"培训服务器 127.0.0.1:65535（培训）· 北京市住房公积金管理中心 · 第二培训中心，"
            "仅供练习，所办业务均不生效"_qs);
    if (state == u"wrong password") {
        QVERIFY(hpf::test::signInThroughDialog(client.shell.get(), u"teller1"_qs, u"not-the-password"_qs));
        QTRY_VERIFY_WITH_TIMEOUT(!login->message().isEmpty(), 15000);
    }
    const auto problems = [login] {
        QStringList out;
        for (QLabel *label : login->findChildren<QLabel *>()) {
            if (!label->isVisible() || label->text().isEmpty())
                continue;
            const QRect inDialog(label->mapTo(login, QPoint(0, 0)), label->size());
            const int needHeight =
                label->wordWrap() ? label->heightForWidth(label->width()) : label->minimumSizeHint().height();
            if (!login->rect().contains(inDialog) || label->height() < needHeight ||
                (!label->wordWrap() && label->width() < label->minimumSizeHint().width()))
                out << u"%1 \"%2\": %3x%4"_qs.arg(label->objectName(), label->text())
                           .arg(label->width())
                           .arg(label->height());
        }
        return out;
    };
    QTRY_VERIFY2(problems().isEmpty(), qPrintable(problems().join(u"; "_qs)));
}

QTEST_MAIN(TestShellWindow)
#include "tst_shellwindow.moc"
