// The archive desk against the REAL hpf-server (issue 14 routes, on the server branch until the
// merge): a judicial officer registers a freeze with a supervisor, presses 扫描法律文书, scans every
// material of the holds.create checklist with a fed test scanner, uploads; the server assigns the
// 档号. Then an archivist finds the package by its serial (8002), opens it (8003: every page's
// digests checked), exports a watermarked copy, and runs a 四性 check (8004) that passes.
// Needs the archive routes: it fails on the client branch alone (record lookup answers 404).
#include "archive/capturepage.h"
#include "archive/checkpage.h"
#include "archive/searchpage.h"
#include "archive/viewerpage.h"
#include "capture/scanner.h"
#include "guitest.h"
#include "judicialdesktest.h"
#include "serverfixture.h"
#include "shell/grantdialog.h"
#include "store/outbox.h"
#include "widgets/messagebox.h"

#include <QListWidget>
#include <QPainter>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTimer>

using namespace hpf;
using namespace hpf::ui;
using hpf::test::ClientUnderTest;
using hpf::test::typeText;

namespace {

class FedScanner : public client::capture::Scanner
{
public:
    using client::capture::Scanner::Scanner;
    QList<QImage> queue;
    bool busy = false;
    void listDevices() override
    {
        QTimer::singleShot(0, this, [this] {
            emit devicesListed({client::capture::ScannerDevice{u"test:0"_qs, u"Noname"_qs,
                                                               u"frontend-tester"_qs, u"virtual device"_qs}},
                               Status());
        });
    }
    void scan(const client::capture::ScanSettings &settings) override
    {
        busy = true;
        QTimer::singleShot(0, this, [this, settings] {
            for (const QImage &image : std::exchange(queue, {})) {
                client::capture::ScannedPage page;
                page.image = image;
                page.dpi = settings.dpi;
                page.mode = settings.mode;
                page.scannerMake = u"Noname"_qs;
                page.scannerModel = u"frontend-tester"_qs;
                page.scannedAt = QDateTime::currentDateTimeUtc();
                emit pageScanned(page);
            }
            busy = false;
            emit finished(Status());
        });
    }
    void cancel() override {}
    bool isBusy() const override { return busy; }
};

QImage textPage(int seed)
{
    QImage image(827, 1169, QImage::Format_Grayscale8); // A4 at 100 dpi
    image.fill(Qt::white);
    QPainter p(&image);
    for (int line = 0; line < 24; ++line)
        p.fillRect(60, 80 + line * 42, 150 + (line * 71 + seed * 137) % 500, 14, Qt::black);
    return image;
}

} // namespace

class TestArchiveServer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void freezeDocumentsToVerifiedPackage();

private:
    MainWindow *signedIn(ClientUnderTest &client, const QString &user);

    hpf::test::ServerFixture m_server;
    FedScanner *m_scanner = nullptr;
};

void TestArchiveServer::initTestCase()
{
    MessageBox::setAutoAnswer(QMessageBox::Ok);
    const QString error = m_server.prepare();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_server.start().isEmpty());
}

MainWindow *TestArchiveServer::signedIn(ClientUnderTest &client, const QString &user)
{
    client.start(client.options(m_server.url()));
    client.shell->core()->setScannerFactory([this](QObject *parent) {
        m_scanner = new FedScanner(parent);
        return m_scanner;
    });
    return hpf::test::signedIn(client, m_server.url(), user);
}

void TestArchiveServer::freezeDocumentsToVerifiedPackage()
{
    QString serial;
    QString archiveNumber;
    {
        ClientUnderTest judicial;
        MainWindow *w = signedIn(judicial, u"judicial1"_qs);
        QVERIFY(w);
        QVERIFY(w->openCode(u"3001"_qs));
        auto *f = w->page<JudicialDeskPage>();
        QVERIFY2(hpf::test::searchAccount(f, m_server.personalAccounts().value(5)),
                 qPrintable(f->statusText()));
        f->registerButton()->setFocus();
        QTest::keyClick(f->registerButton(), Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QComboBox *>(f->form()->input(u"courtCode"_qs))->count() > 1,
                                 15000);
        const QString typed = hpf::test::typePapers(
            f, hpf::test::freezePapers(u"京0105"_qs, u"（2026）京0105执14号"_qs, u"100"_qs));
        QVERIFY2(typed.isEmpty(), qPrintable(typed));
        QTRY_VERIFY(f->grantDialog() && f->grantDialog()->isVisible());
        GrantDialog *g = f->grantDialog();
        g->supervisorEdit()->setText(u"supervisor1"_qs);
        typeText(g->passwordEdit(), u"train-supervisor1"_qs);
        QSignalSpy submitted(f, &JudicialDeskPage::submitted);
        QTest::mouseClick(g->authoriseButton(), Qt::LeftButton);
        QVERIFY(submitted.wait(15000));
        QTRY_VERIFY_WITH_TIMEOUT(f->scanDocumentsButton()->isVisible(), 15000);
        const auto item = judicial.shell->core()->outbox()->item(submitted.at(0).at(0).toString());
        QVERIFY(item);
        serial = item->response.value(u"request").toObject().value(u"serial").toString();
        QTest::mouseClick(f->scanDocumentsButton(), Qt::LeftButton);
        QTRY_COMPARE(w->currentPage(), u"8001"_qs);
        auto *page = w->page<ArchiveCapturePage>();
        QTRY_VERIFY2_WITH_TIMEOUT(page->isRecordLoaded(), qPrintable(page->statusText()), 15000);
        QVERIFY(page->checklist()->count() >= 1);
        // The grant dialog was the last active window: the main window takes the keyboard back.
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        QTRY_VERIFY(page->isAncestorOf(QApplication::focusWidget()));
        // Every material of the checklist: two pages each, by keyboard.
        int seed = 0;
        for (int row = 0; row < qMin(9, page->checklist()->count()); ++row) {
            QTest::keyClick(page->strip(), Qt::Key(Qt::Key_1 + row), Qt::ControlModifier);
            m_scanner->queue = {textPage(++seed), textPage(++seed)};
            const int before = page->strip()->count();
            QTest::keyClick(page->strip(), Qt::Key_F5);
            QTRY_VERIFY2_WITH_TIMEOUT(page->strip()->count() == before + 2, qPrintable(page->statusText()),
                                      10000);
            QTRY_VERIFY(!page->isScanning());
        }
        QVERIFY2(page->missingMaterials().isEmpty(), qPrintable(page->missingMaterials().join(u',')));
        QSignalSpy uploaded(page, &ArchiveCapturePage::uploaded);
        QTest::keyClick(page->strip(), Qt::Key_U, Qt::ControlModifier);
        QVERIFY2(uploaded.wait(60000) || !uploaded.isEmpty(), qPrintable(page->statusText()));
        archiveNumber = uploaded.first().at(1).toString();
        QVERIFY2(QRegularExpression(u"^HPF-\\d{4}-[A-Z]+-\\d{6}$"_qs).match(archiveNumber).hasMatch(),
                 qPrintable(archiveNumber));
    }

    ClientUnderTest archivist;
    MainWindow *w = signedIn(archivist, u"archivist1"_qs);
    QVERIFY(w);
    QVERIFY(w->openCode(u"8002"_qs));
    auto *search = w->page<ArchiveSearchPage>();
    QSignalSpy searched(search, &ArchiveSearchPage::searched);
    search->archiveNumberEdit()->setText(archiveNumber);
    search->search();
    QVERIFY2(searched.wait(15000) || !searched.isEmpty(), qPrintable(search->statusText()));
    QCOMPARE(search->table()->rowCount(), 1);
    search->table()->setFocus();
    QTest::keyClick(search->table(), Qt::Key_Return);
    QTRY_COMPARE(w->currentPage(), u"8003"_qs);
    auto *viewer = w->page<ArchiveViewerPage>();
    QSignalSpy loaded(viewer, &ArchiveViewerPage::loaded);
    QVERIFY2(loaded.wait(30000) || !loaded.isEmpty(), qPrintable(viewer->statusText()));
    QVERIFY(loaded.first().at(1).toInt() >= 2);
    QSignalSpy exported(viewer, &ArchiveViewerPage::exported);
    viewer->purposeEdit()->setText(u"四性检测前核对"_qs);
    viewer->exportTo(archivist.dir.filePath(u"copy.pdf"_qs));
    QVERIFY2(exported.wait(30000) || !exported.isEmpty(), qPrintable(viewer->statusText()));
    QTest::keyClick(viewer->thumbnails(), Qt::Key_T, Qt::ControlModifier);
    QTRY_COMPARE(w->currentPage(), u"8004"_qs);
    auto *check = w->page<ArchiveCheckPage>();
    QSignalSpy checked(check, &ArchiveCheckPage::checked);
    QVERIFY2(checked.wait(60000) || !checked.isEmpty(), qPrintable(check->statusText()));
    QVERIFY2(checked.first().at(1).toBool(), qPrintable(check->verdictText()));
}

QTEST_MAIN(TestArchiveServer)
#include "tst_archiveserver.moc"
