// 8001 档案采集 driven by the keyboard: a test capture::Scanner fed known pages (the device the
// tests feed), the archive routes of the contract served by tests/support/fakearchive.h (the real
// routes are on the server branch; the lead's end-to-end test runs this flow against hpf-server).
// Serial + Enter loads record and checklist; Ctrl+1/2 choose the material; F5 scans (feeder batch,
// a blank page flagged and deleted, a jam that keeps the pages before it); Ctrl+Up reorders; Ctrl+R
// turns; the checklist completes; Ctrl+U uploads and the record shows its 档号; pages dropped.
#include "archive/archivetext.h"
#include "archive/capturepage.h"
#include "archive/capturestore.h"
#include "archive/checkpage.h"
#include "archive/searchpage.h"
#include "archive/viewerpage.h"
#include "capture/scanner.h"
#include "clientcore.h"
#include "fakearchive.h"
#include "imaging/codec.h"
#include "secrets/credentialstore.h"
#include "session/session.h"
#include "store/outbox.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace hpf;
using namespace hpf::client;

namespace {

// The device the tests feed: each scan() delivers the queued pages, then finishes with `end`.
class FedScanner : public capture::Scanner
{
public:
    using capture::Scanner::Scanner;
    QList<QImage> queue;
    Status end;
    capture::ScanSettings last;
    bool busy = false;

    void listDevices() override
    {
        QTimer::singleShot(0, this, [this] {
            emit devicesListed({capture::ScannerDevice{u"test:0"_qs, u"Noname"_qs, u"frontend-tester"_qs,
                                                       u"virtual device"_qs}},
                               Status());
        });
    }
    void scan(const capture::ScanSettings &settings) override
    {
        last = settings;
        busy = true;
        QTimer::singleShot(0, this, [this] {
            const QList<QImage> pages = std::exchange(queue, {});
            for (const QImage &image : pages) {
                capture::ScannedPage page;
                page.image = image;
                page.dpi = last.dpi;
                page.mode = last.mode;
                page.scannerMake = u"Noname"_qs;
                page.scannerModel = u"frontend-tester"_qs;
                page.scannedAt = QDateTime::currentDateTimeUtc();
                emit pageScanned(page);
            }
            busy = false;
            emit finished(std::exchange(end, Status()));
        });
    }
    void cancel() override {}
    bool isBusy() const override { return busy; }
};

QImage textPage(int seed)
{
    QImage image(620, 877, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter p(&image);
    for (int line = 0; line < 18; ++line)
        p.fillRect(50, 60 + line * 42, 120 + (line * 71 + seed * 137) % 400, 15, Qt::black);
    return image;
}

} // namespace

namespace hpf::test {
// Text from an input method arrives as key events that carry text.
inline void typeChinese(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}
} // namespace hpf::test

namespace {

QImage blankPage()
{
    QImage image(620, 877, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    return image;
}

} // namespace

class TestArchiveCapture : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void captureByKeyboardAndUpload();
    void unknownSerialIsRefused();
    void sharedDataSatisfiesMaterials();
    void searchByNameAndOpen();
    void checkReportAndSummary();
    void checkNamesCoverTheServer_data();
    void checkNamesCoverTheServer();

private:
    QTemporaryDir m_dir;
    hpf::test::ScriptedHttpServer *m_server = nullptr;
    hpf::test::FakeArchive m_backend;
    MemoryCredentialStore *m_keychain = nullptr;
    ClientCore *m_core = nullptr;
    FedScanner *m_scanner = nullptr;
    ui::ArchiveCapturePage *m_page = nullptr;
};

void TestArchiveCapture::init()
{
    m_backend = hpf::test::FakeArchive();
    m_server = new hpf::test::ScriptedHttpServer(this);
    QVERIFY(m_server->listen());
    m_server->setHandler([this](const hpf::test::ScriptedHttpServer::Request &rq) {
        if (rq.path == "/api/v1/auth/login")
            return hpf::test::ScriptedHttpServer::Reply::json(
                200, R"({"accessToken":"a","refreshToken":"r","scope":"full","user":{"username":"teller1",
                "displayName":"王芳","role":"teller","branch":"0001"}})");
        return m_backend.handle(rq);
    });
    m_keychain = new MemoryCredentialStore(this);
    ClientOptions options;
    options.dataDirectory = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
    options.workstation = u"WS-TEST"_qs;
    options.credentials = m_keychain;
    options.heartbeatMs = 60000;
    m_core = new ClientCore(options, this);
    QVERIFY(m_core->openStore().ok());
    QSignalSpy keyReady(m_core, &ClientCore::cacheKeyReady);
    m_core->loadCacheKey();
    QVERIFY(keyReady.wait(5000) || !keyReady.isEmpty());
    QVERIFY(m_core->hasCacheKey());
    m_core->connectTo(m_server->url());
    QSignalSpy signedIn(m_core->session(), &Session::signedIn);
    m_core->session()->signIn(u"teller1"_qs, u"x"_qs);
    QVERIFY(signedIn.wait(5000) || !signedIn.isEmpty());
    m_core->setScannerFactory([this](QObject *parent) {
        m_scanner = new FedScanner(parent);
        return m_scanner;
    });
    m_page = new ui::ArchiveCapturePage(m_core);
    m_page->resize(1000, 700);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page));
    QVERIFY(m_scanner);
}

void TestArchiveCapture::cleanup()
{
    delete m_page;
    m_page = nullptr;
    delete m_core;
    m_core = nullptr;
    delete m_keychain;
    delete m_server;
}

void TestArchiveCapture::captureByKeyboardAndUpload()
{
    const QString serial = m_backend.recordSerial;
    QSignalSpy loaded(m_page, &ui::ArchiveCapturePage::recordLoaded);
    m_page->serialEdit()->setFocus();
    QTest::keyClicks(m_page->serialEdit(), serial);
    QTest::keyClick(m_page->serialEdit(), Qt::Key_Return);
    QVERIFY(loaded.wait(10000));
    QVERIFY2(m_page->recordText().contains(u"个人账户设立"_qs), qPrintable(m_page->recordText()));
    QVERIFY(!m_page->recordText().contains(u"110101"_qs)); // the identity number only masked
    QCOMPARE(m_page->checklist()->count(), 3);
    QCOMPARE(m_page->missingMaterials(), (QStringList{u"id_card"_qs, u"application"_qs}));

    // Ctrl+1: identity card; the feeder delivers front and back.
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClick(focus, Qt::Key_1, Qt::ControlModifier);
    m_scanner->queue = {textPage(1), textPage(2)};
    QSignalSpy changed(m_page, &ui::ArchiveCapturePage::pagesChanged);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F5);
    QTRY_VERIFY2_WITH_TIMEOUT(m_page->strip()->count() == 2, qPrintable(m_page->statusText()), 10000);
    QCOMPARE(m_scanner->last.dpi, 300); // the policy's default
    QVERIFY(m_page->missingMaterials() == QStringList{u"application"_qs});

    // A blank back is flagged; selected and deleted by keyboard.
    m_scanner->queue = {blankPage()};
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->strip()->count(), 3, 10000);
    QVERIFY(m_page->strip()->item(2)->text().contains(m_page->tr("blank?")));
    m_page->strip()->setFocus();
    m_page->strip()->setCurrentRow(2);
    QTest::keyClick(m_page->strip(), Qt::Key_Delete);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->strip()->count(), 2, 5000);

    // Ctrl+2: the form; the scanner jams after one page: that page is kept, the teller is told.
    QTest::keyClick(m_page->strip(), Qt::Key_2, Qt::ControlModifier);
    m_scanner->queue = {textPage(3)};
    m_scanner->end = makeError(u"capture.jammed"_qs, QString());
    QTest::keyClick(m_page->strip(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->strip()->count(), 3, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_page->statusText().contains(m_page->tr("The pages scanned before are kept").left(10)), 5000);
    QVERIFY(m_page->missingMaterials().isEmpty());

    // Reorder: the form to the front (Ctrl+Up twice), then turn it (Ctrl+R).
    const auto pages = [&] { return m_core->captureStore()->list(serial); };
    const QString formId = pages().at(2).id;
    m_page->strip()->setCurrentRow(2);
    QTest::keyClick(m_page->strip(), Qt::Key_Up, Qt::ControlModifier);
    QTest::keyClick(m_page->strip(), Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(pages().at(0).id, formId);
    QCOMPARE(m_page->strip()->currentRow(), 0);
    QTest::keyClick(m_page->strip(), Qt::Key_R, Qt::ControlModifier);
    auto turned = imaging::decodePage(*m_core->captureStore()->data(formId), pages().at(0).mediaType);
    QVERIFY(turned.ok());
    QCOMPARE(turned->size(), QSize(877, 620));
    // Ctrl+K crops it to its content with a margin; Ctrl+D finds it straight and leaves it.
    QTest::keyClick(m_page->strip(), Qt::Key_K, Qt::ControlModifier);
    auto cropped = imaging::decodePage(*m_core->captureStore()->data(formId), pages().at(0).mediaType);
    QVERIFY(cropped.ok());
    QVERIFY2(cropped->width() < 877 && cropped->height() < 620,
             qPrintable(u"%1x%2"_qs.arg(cropped->width()).arg(cropped->height())));
    QCOMPARE(m_page->strip()->currentRow(), 0);
    QTest::keyClick(m_page->strip(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(m_page->statusText(), m_page->tr("The page is straight"));
    QCOMPARE(imaging::decodePage(*m_core->captureStore()->data(formId), pages().at(0).mediaType)->size(),
             cropped->size());

    // Ctrl+U: the package is built, sent in chunks and committed; the record shows its 档号.
    QSignalSpy uploaded(m_page, &ui::ArchiveCapturePage::uploaded);
    QTest::keyClick(m_page->strip(), Qt::Key_U, Qt::ControlModifier);
    QVERIFY2(uploaded.wait(20000) || !uploaded.isEmpty(), qPrintable(m_page->statusText()));
    QCOMPARE(uploaded.first().at(1).toString(), u"HPF-2026-GR-000001"_qs);
    QCOMPARE(m_backend.creates, 1);
    QCOMPARE(m_backend.commits, 1);
    QVERIFY(m_page->recordText().contains(u"HPF-2026-GR-000001"_qs));
    QVERIFY(m_core->captureStore()->list(serial).isEmpty());
    // The manifest the server received: 3 pages with their materials in the new order, and the use copy.
    const QJsonArray files = m_backend.uploads.begin()->manifest.value(u"files").toArray();
    QCOMPARE(files.size(), 4);
    QCOMPARE(files.at(0).toObject().value(u"material").toString(), u"application"_qs);
    QCOMPARE(files.at(1).toObject().value(u"material").toString(), u"id_card"_qs);
    QCOMPARE(files.at(3).toObject().value(u"role").toString(), u"use-copy"_qs);

    // 8003: the package opens with its pages (fetched in slices, digests checked here), and a
    // watermarked copy is exported with a purpose.
    m_backend.sliceBytes = 20000; // several slices per file
    ui::ArchiveViewerPage viewer(m_core);
    viewer.show();
    QSignalSpy viewerLoaded(&viewer, &ui::ArchiveViewerPage::loaded);
    viewer.openPackage(m_backend.packages.first().value(u"id").toString());
    QVERIFY2(viewerLoaded.wait(20000) || !viewerLoaded.isEmpty(), qPrintable(viewer.statusText()));
    QCOMPARE(viewerLoaded.first().at(1).toInt(), 3);
    QVERIFY(viewer.factsText().contains(u"HPF-2026-GR-000001"_qs));
    QVERIFY(!viewer.pageView()->pixmap().isNull());
    QSignalSpy exported(&viewer, &ui::ArchiveViewerPage::exported);
    const QString pdfPath = m_dir.filePath(u"export.pdf"_qs);
    viewer.exportTo(pdfPath); // no purpose: refused, nothing sent
    QVERIFY(m_backend.exportBodies.isEmpty());
    viewer.purposeEdit()->setText(u"法院调阅 2026-123"_qs);
    viewer.exportTo(pdfPath);
    QVERIFY2(exported.wait(20000) || !exported.isEmpty(), qPrintable(viewer.statusText()));
    QCOMPARE(m_backend.exportBodies.first().value(u"purpose").toString(), u"法院调阅 2026-123"_qs);
    auto exportedPages =
        imaging::pageCount(QByteArray([&] {
                               QFile f(pdfPath);
                               return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
                           }()),
                           u"application/pdf"_qs);
    QVERIFY(exportedPages.ok());
    QCOMPARE(*exportedPages, 3);
    if (!QStandardPaths::findExecutable(u"pdftotext"_qs).isEmpty()) {
        QProcess text;
        text.start(u"pdftotext"_qs, {pdfPath, u"-"_qs});
        QVERIFY(text.waitForFinished(30000));
        QVERIFY(QString::fromUtf8(text.readAllStandardOutput()).contains(u"teller1"_qs));
    }
}

void TestArchiveCapture::unknownSerialIsRefused()
{
    m_page->serialEdit()->setFocus();
    QTest::keyClicks(m_page->serialEdit(), u"YW-NOPE"_qs);
    QTest::keyClick(m_page->serialEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->statusText().isEmpty() && !m_page->statusText().contains(u"…"_qs),
                             10000);
    QVERIFY(!m_page->isRecordLoaded());
    QVERIFY(m_page->serialEdit()->hasFocus());
    QCOMPARE(m_page->strip()->count(), 0);
    // F5 without a record does nothing
    QTest::keyClick(m_page->serialEdit(), Qt::Key_F5);
    QVERIFY(!m_scanner->busy);
}

// A withdrawal's record names the materials a stored sharing answer satisfied (零要件): they are done
// without a page, the others are still asked for.
void TestArchiveCapture::sharedDataSatisfiesMaterials()
{
    m_backend.satisfiedMaterials = {u"id_card"_qs};
    QSignalSpy loaded(m_page, &ui::ArchiveCapturePage::recordLoaded);
    m_page->serialEdit()->setFocus();
    QTest::keyClicks(m_page->serialEdit(), m_backend.recordSerial);
    QTest::keyClick(m_page->serialEdit(), Qt::Key_Return);
    QVERIFY(loaded.wait(10000));
    m_backend.satisfiedMaterials.clear();
    QCOMPARE(m_page->missingMaterials(), QStringList{u"application"_qs});
    bool shown = false;
    for (int i = 0; i < m_page->checklist()->count(); ++i) {
        const QString text = m_page->checklist()->item(i)->text();
        if (text.startsWith(u"✓"_qs) && (text.contains(u"shared"_qs) || text.contains(u"共享"_qs)))
            shown = true;
    }
    QVERIFY(shown);
}

void TestArchiveCapture::searchByNameAndOpen()
{
    // Two packages on the (fake) server; 8002 finds one by the person's name, typed and sent in the
    // body only; Enter on the result asks for 8003 with its id.
    for (int i = 0; i < 2; ++i) {
        hpf::test::FakeArchive::Upload u;
        u.id = u"upload-%1"_qs.arg(i);
        u.serial = u"YW%1"_qs.arg(i);
        u.manifest = QJsonObject{{u"business"_qs, u"openings.account"_qs}, {u"files"_qs, QJsonArray()}};
        QJsonObject p = hpf::test::FakeArchive::package(u);
        p.insert(u"personName"_qs, i == 0 ? u"张三"_qs : u"李四"_qs);
        p.insert(u"archiveNumber"_qs, u"HPF-2026-GR-00000%1"_qs.arg(i + 1));
        m_backend.packages.append(p);
    }
    ui::ArchiveSearchPage page(m_core);
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QSignalSpy searched(&page, &ui::ArchiveSearchPage::searched);
    page.nameEdit()->setFocus();
    hpf::test::typeChinese(page.nameEdit(), u"张三"_qs);
    for (int i = 0; i < 8; ++i) // through every field; Enter in the last one searches
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY2(searched.wait(10000) || !searched.isEmpty(), qPrintable(page.statusText()));
    QCOMPARE(page.table()->rowCount(), 1);
    QCOMPARE(page.table()->item(0, 0)->text(), u"HPF-2026-GR-000001"_qs);
    QCOMPARE(m_backend.searches.last().value(u"name").toString(), u"张三"_qs);
    for (const auto &rq : m_server->requests())
        QVERIFY(!QUrl::fromPercentEncoding(rq.path).contains(u"张三"_qs));
    QSignalSpy open(&page, &ui::ArchiveSearchPage::openRequested);
    QVERIFY(page.table()->hasFocus());
    QTest::keyClick(page.table(), Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().at(0).toString(), m_backend.packages.first().value(u"id").toString());

    // Nothing typed: refused before anything is sent.
    page.reset();
    const qsizetype sent = m_server->requests().size();
    page.search();
    QVERIFY(!page.statusText().isEmpty());
    QCOMPARE(m_server->requests().size(), sent);
}

void TestArchiveCapture::checkReportAndSummary()
{
    ui::ArchiveCheckPage page(m_core, nullptr);
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QSignalSpy checked(&page, &ui::ArchiveCheckPage::checked);
    m_backend.failCheck = true;
    page.packageEdit()->setFocus();
    QTest::keyClicks(page.packageEdit(), u"pk-1"_qs);
    QTest::keyClick(page.packageEdit(), Qt::Key_Return);
    QVERIFY2(checked.wait(10000) || !checked.isEmpty(), qPrintable(page.statusText()));
    QCOMPARE(checked.first().at(1).toBool(), false);
    QCOMPARE(m_backend.checks, 1);
    QCOMPARE(page.report()->rowCount(), 4);
    // By aspect in the standard's order; the failed integrity item is shown as failed.
    // Checks by their names, not the server's codes.
    QCOMPARE(page.report()->item(1, 1)->text(), ui::ArchiveText::checkName(u"file.digest"_qs));
    QVERIFY(page.report()->item(1, 1)->text() != u"file.digest"_qs);
    QCOMPARE(page.report()->item(0, 0)->text(), ui::ArchiveText::tr("Authenticity"));
    QCOMPARE(page.report()->item(1, 3)->text(), page.tr("FAILED"));
    QVERIFY(page.verdictText().contains(u"HPF-2026-GR-000001"_qs));

    QSignalSpy summary(&page, &ui::ArchiveCheckPage::summaryShown);
    page.fromEdit()->setFocus();
    QTest::keyClick(page.fromEdit(), Qt::Key_Return);
    QTest::keyClick(page.toEdit(), Qt::Key_Return);
    QVERIFY2(summary.wait(10000) || !summary.isEmpty(), qPrintable(page.statusText()));
    QCOMPARE(summary.first().at(1).toInt(), 1);
    QCOMPARE(page.summary()->rowCount(), 1);
    QCOMPARE(page.summary()->item(0, 0)->text(), u"HPF-2026-GR-000009"_qs);
    QCOMPARE(page.summary()->item(0, 2)->text(), ui::ArchiveText::checkName(u"file.digest"_qs) +
                                                     page.tr(", ") +
                                                     ui::ArchiveText::checkName(u"signature"_qs));
}

// Every check the server's four-property check can report (read from its source, so a new check
// without a name here fails) has a name of its own on the check page.
void TestArchiveCapture::checkNamesCoverTheServer_data()
{
    QTest::addColumn<QString>("check");
    QFile source(QStringLiteral(HPF_SOURCE_DIR "/server/business/archive/fourchecks.cpp"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    static const QRegularExpression add(uR"re(r\.add\("(\w+)",\s*"([\w.]+)")re"_qs);
    QStringList seen;
    for (auto it = add.globalMatch(QString::fromUtf8(source.readAll())); it.hasNext();) {
        const QString check = it.next().captured(2);
        if (!seen.contains(check))
            QTest::newRow(qPrintable(check)) << check;
        seen << check;
    }
    QVERIFY2(seen.size() >= 10, "fourchecks.cpp no longer reads as expected");
}

void TestArchiveCapture::checkNamesCoverTheServer()
{
    QFETCH(QString, check);
    QVERIFY2(ui::ArchiveText::knowsCheck(check), qPrintable(check));
    QVERIFY(ui::ArchiveText::checkName(check) != check);
    QVERIFY(!ui::ArchiveText::checkName(check).isEmpty());
}

QTEST_MAIN(TestArchiveCapture)
#include "tst_archivecapture.moc"
