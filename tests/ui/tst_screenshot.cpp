#include "clientcore.h"
#include "guitest.h"
#include "items/jsontablemodel.h"
#include "lookup/lookuppage.h"
#include "serverfixture.h"
#include "session/session.h"
#include "shell/mainwindow.h"
#include "shell/translations.h"
#include "widgets/messagebox.h"

#include <QDir>
#include <QImage>
#include <QLabel>
#include <QSet>

using namespace hpf;
using namespace hpf::ui;

// The main window in both languages, signed in with a lookup on screen, saved as PNG under the
// build directory (screenshots/) and checked to be a real picture, not a blank window.
class TestScreenshot : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void mainWindow_data();
    void mainWindow();

private:
    hpf::test::ServerFixture m_server;
};

void TestScreenshot::initTestCase()
{
    MessageBox::setAutoAnswer(QMessageBox::Ok);
    QVERIFY(m_server.prepare().isEmpty());
    QVERIFY(m_server.start().isEmpty());
}

void TestScreenshot::mainWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("lookupLabel"); // the translated page title in the navigation
    QTest::newRow("zh_CN") << u"zh_CN"_qs << u"综合查询"_qs;
    QTest::newRow("en") << u"en"_qs << u"Lookup"_qs;
}

void TestScreenshot::mainWindow()
{
    QFETCH(QString, language);
    QFETCH(QString, lookupLabel);
    QVERIFY(Translations::install(language) || language == u"en");
    hpf::test::ClientUnderTest client;
    client.start(client.options(m_server.url()));
    QVERIFY(hpf::test::signInThroughDialog(client.shell.get(), u"teller1"_qs, u"train-teller1"_qs));
    MainWindow *w = client.shell->mainWindow();
    QTRY_COMPARE_WITH_TIMEOUT(client.shell->core()->session()->state(), client::Session::State::Active,
                              15000);
    w->resize(1200, 760);
    LookupPage *lookup = w->page<LookupPage>();
    lookup->setKey(LookupPage::Key::Name);
    lookup->input()->setText(m_server.nameOf(m_server.personalAccounts().value(0)));
    QSignalSpy loaded(lookup->results(), &client::JsonTableModel::loaded);
    lookup->search();
    QVERIFY(loaded.wait(15000));
    QVERIFY(lookup->results()->rowCount() > 0);

    const QList<QAction *> actions = w->findChildren<QAction *>();
    const bool translated = std::any_of(actions.cbegin(), actions.cend(),
                                        [&](QAction *a) { return a->text().contains(lookupLabel); });
    QVERIFY2(translated, qPrintable(u"no action titled "_qs + lookupLabel));
    if (language == u"zh_CN")
        QCOMPARE(w->statusField(u"role"_qs), u"柜员"_qs);

    const QImage image = w->grab().toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), 1200 * int(w->devicePixelRatio()));
    QSet<QRgb> colours;
    qint64 nonBackground = 0;
    const QRgb background = image.pixel(image.width() / 2, image.height() - 40);
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb c = image.pixel(x, y);
            colours.insert(c);
            nonBackground += c != background ? 1 : 0;
        }
    }
    QVERIFY2(colours.size() > 16, qPrintable(u"only %1 colours"_qs.arg(colours.size())));
    QVERIFY(nonBackground > (image.width() / 2) * (image.height() / 2) / 50); // more than 2 % drawn

    const QString dir = QStringLiteral(HPF_BINARY_DIR) + u"/screenshots"_qs;
    QVERIFY(QDir().mkpath(dir));
    const QString file = dir + u"/mainwindow-"_qs + language + u".png"_qs;
    QVERIFY(image.save(file));
    qInfo("screenshot saved: %s", qPrintable(file));
}

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
