// Issue 14's "done when", end to end with real parts: SANE's test scanner (libsane, the same
// SaneScanner hpf-counter uses), the real hpf-server on loopback with its sealed files store, the
// real keychain. An archivist opens 8001 on the account opening demo-seed left unarchived, scans
// each required material from the flatbed by keyboard until the checklist is complete, uploads,
// finds the package by the person's name (8002), views it (8003) and runs a 四性 check (8004) that
// passes. Then one changed byte in a stored file on disk makes the next check fail, naming the
// integrity check.
#include "archive/archivetext.h"
#include "archive/capturepage.h"
#include "archive/checkpage.h"
#include "archive/searchpage.h"
#include "archive/viewerpage.h"
#include "capture/scannerfactory.h"
#include "guitest.h"
#include "serverfixture.h"
#include "widgets/messagebox.h"

#include <QDirIterator>
#include <QListWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace hpf;
using namespace hpf::ui;
using hpf::test::ClientUnderTest;

class TestArchiveDone : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void scanUploadFindViewCheckThenTamper();

private:
    hpf::test::ServerFixture m_server;
    QTemporaryDir m_sane;
};

void TestArchiveDone::initTestCase()
{
    MessageBox::setAutoAnswer(QMessageBox::Ok);
    // SANE's test backend only, A4 grid pages (what scripts/lib/sane.sh configures), whatever the
    // caller's environment; set before the first sane_init.
    QVERIFY(m_sane.isValid());
    QFile dll(m_sane.filePath(u"dll.conf"_qs));
    QVERIFY(dll.open(QIODevice::WriteOnly));
    dll.write("test\n");
    dll.close();
    QFile conf(m_sane.filePath(u"test.conf"_qs));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("number_of_devices 1\nmode Gray\ndepth 8\nresolution 300.0\ntest-picture \"Grid\"\n"
               "geometry_min 0.0\ngeometry_max 300.0\ngeometry_quant 1.0\ntl_x 0.0\ntl_y 0.0\n"
               "br_x 210.0\nbr_y 297.0\n");
    conf.close();
    qputenv("SANE_CONFIG_DIR", m_sane.path().toLocal8Bit());

    const QString error = m_server.prepare();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!m_server.unarchivedOpeningSerial().isEmpty(), "demo-seed named no unarchived account opening");
    QVERIFY(m_server.start().isEmpty());
}

void TestArchiveDone::scanUploadFindViewCheckThenTamper()
{
    const QString serial = m_server.unarchivedOpeningSerial();
    const QString name = m_server.nameOf(m_server.unarchivedOpeningAccount());
    QVERIFY(!name.isEmpty());

    ClientUnderTest archivist;
    archivist.start(archivist.options(m_server.url()));
    archivist.shell->core()->setScannerFactory(&client::capture::createSystemScanner);
    MainWindow *w = hpf::test::signedIn(archivist, m_server.url(), u"archivist1"_qs);
    QVERIFY(w);

    // 8001: the record by its serial, typed and confirmed with Enter.
    QVERIFY(w->openCode(u"8001"_qs));
    auto *capture = w->page<ArchiveCapturePage>();
    capture->serialEdit()->setFocus();
    QTest::keyClicks(capture->serialEdit(), serial);
    QTest::keyClick(capture->serialEdit(), Qt::Key_Return);
    QTRY_VERIFY2_WITH_TIMEOUT(capture->isRecordLoaded(), qPrintable(capture->statusText()), 15000);
    QVERIFY2(capture->recordText().contains(name), qPrintable(capture->recordText()));
    const QStringList missing = capture->missingMaterials();
    QVERIFY2(missing.contains(u"id_card"_qs) && missing.contains(u"application"_qs),
             qPrintable(missing.join(u',')));
    QTRY_VERIFY(capture->isAncestorOf(QApplication::focusWidget()));

    // Each material from SANE's flatbed (F5, one page a press) until it leaves the missing list;
    // at most two pages for a material that was not missing (optional).
    for (int row = 0;
         row < capture->checklist()->count() && row < 9 && !capture->missingMaterials().isEmpty(); ++row) {
        QTest::keyClick(capture->strip(), Qt::Key(Qt::Key_1 + row), Qt::ControlModifier);
        const qsizetype missingBefore = capture->missingMaterials().size();
        for (int press = 0; press < 4 && capture->missingMaterials().size() == missingBefore; ++press) {
            const int pages = capture->strip()->count();
            QTest::keyClick(capture->strip(), Qt::Key_F5);
            QTRY_VERIFY2_WITH_TIMEOUT(capture->strip()->count() == pages + 1,
                                      qPrintable(capture->statusText()), 60000);
            // The page shows before the scanner reports the end of the batch; F5 until then is
            // refused as "still busy" (on a slow machine that is the next press).
            QTRY_VERIFY2_WITH_TIMEOUT(!capture->isScanning(), qPrintable(capture->statusText()), 60000);
        }
    }
    QVERIFY2(capture->missingMaterials().isEmpty(), qPrintable(capture->missingMaterials().join(u',')));

    QSignalSpy uploaded(capture, &ArchiveCapturePage::uploaded);
    QTest::keyClick(capture->strip(), Qt::Key_U, Qt::ControlModifier);
    QVERIFY2(uploaded.wait(120000) || !uploaded.isEmpty(), qPrintable(capture->statusText()));
    QCOMPARE(uploaded.first().at(0).toString(), serial);
    const QString archiveNumber = uploaded.first().at(1).toString();
    QVERIFY2(archiveNumber.startsWith(u"HPF-"_qs), qPrintable(archiveNumber));

    // 8002: by the person's name; Enter on the row opens the viewer.
    QVERIFY(w->openCode(u"8002"_qs));
    auto *search = w->page<ArchiveSearchPage>();
    QSignalSpy searched(search, &ArchiveSearchPage::searched);
    search->nameEdit()->setFocus();
    search->nameEdit()->setText(name); // Chinese comes from the input method, not key by key
    // Enter moves through the fields (FormNavigator) and searches from the last one.
    QTest::keyClick(search->toEdit(), Qt::Key_Return);
    QVERIFY2(searched.wait(15000) || !searched.isEmpty(), qPrintable(search->statusText()));
    int row = -1;
    for (int r = 0; r < search->table()->rowCount(); ++r) {
        for (int c = 0; c < search->table()->columnCount(); ++c) {
            if (search->table()->item(r, c) && search->table()->item(r, c)->text() == archiveNumber)
                row = r;
        }
    }
    QVERIFY2(row >= 0, "the package is not among the results for the person's name");
    search->table()->setFocus();
    search->table()->setCurrentCell(row, 0);
    QTest::keyClick(search->table(), Qt::Key_Return);
    QTRY_COMPARE(w->currentPage(), u"8003"_qs);

    // 8003: every page fetched and checked against its digests.
    auto *viewer = w->page<ArchiveViewerPage>();
    QSignalSpy loaded(viewer, &ArchiveViewerPage::loaded);
    QVERIFY2(loaded.wait(60000) || !loaded.isEmpty(), qPrintable(viewer->statusText()));
    QVERIFY(loaded.first().at(1).toInt() >= 3);

    // 8004 from the viewer: the check passes.
    auto *check = w->page<ArchiveCheckPage>();
    QSignalSpy checked(check, &ArchiveCheckPage::checked);
    QTest::keyClick(viewer->thumbnails(), Qt::Key_T, Qt::ControlModifier);
    QTRY_COMPARE(w->currentPage(), u"8004"_qs);
    QVERIFY2(checked.wait(60000) || !checked.isEmpty(), qPrintable(check->statusText()));
    QVERIFY2(checked.last().at(1).toBool(), qPrintable(check->verdictText()));

    // One changed byte in a stored file on disk.
    QStringList blobs;
    QDirIterator it(m_server.archiveDirectory(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        blobs << it.next();
    QVERIFY2(!blobs.isEmpty(), qPrintable(m_server.archiveDirectory()));
    blobs.sort();
    QFile blob(blobs.first());
    QVERIFY(blob.open(QIODevice::ReadWrite));
    QVERIFY(blob.seek(blob.size() / 2));
    char byte = 0;
    QVERIFY(blob.getChar(&byte));
    QVERIFY(blob.seek(blob.size() / 2));
    QVERIFY(blob.putChar(char(byte ^ 0x01)));
    blob.close();

    const qsizetype before = checked.size();
    check->runCheck();
    QTRY_VERIFY_WITH_TIMEOUT(checked.size() > before, 60000);
    QVERIFY2(!checked.last().at(1).toBool(), qPrintable(check->verdictText()));
    // Report rows: aspect, check (by its name), file, verdict, detail. The signature still holds; the changed
    // file's digest does not.
    auto cell = [&](int r, int c) {
        return check->report()->item(r, c) ? check->report()->item(r, c)->text() : QString();
    };
    QString passedText;
    for (int r = 0; r < check->report()->rowCount(); ++r) {
        if (cell(r, 1) == ui::ArchiveText::checkName(u"signature"_qs))
            passedText = cell(r, 3);
    }
    QVERIFY(!passedText.isEmpty());
    bool integrityFailed = false;
    for (int r = 0; r < check->report()->rowCount(); ++r) {
        if (cell(r, 1) == ui::ArchiveText::checkName(u"file.digest"_qs) && cell(r, 3) != passedText)
            integrityFailed = true;
    }
    QVERIFY2(integrityFailed, qPrintable(check->verdictText()));
}

QTEST_MAIN(TestArchiveDone)
#include "tst_archivedone.moc"
