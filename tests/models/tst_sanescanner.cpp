// SaneScanner against SANE's `test` backend (libsane1's libsane-test.so, SANE 1.2.1): the
// device list, pages of known patterns checked pixel by pixel in grey, lineart and colour
// (interleaved, three-pass, 16-bit, hand-scanner, padded lines), the feeder running to empty
// (10 sheets in 1.2.1), a failure mid-batch (read-return-value set from a later page: the
// pages before it stay delivered), every SANE status mapped to its capture.* code, cancel, a
// device that does not exist, and a scan while busy. SANE_CONFIG_DIR is set by this test
// (dll.conf = "test"), whatever the caller's environment.
#include "capture/sanescanner.h"
#include "capture/sanescanner_p.h"
#include "capture/scannerfactory.h"
#include "domain/errortext.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cstring>
#include <functional>

using namespace hpf;
using namespace hpf::client::capture;

namespace {

constexpr int kWait = 60000;

struct Batch
{
    QList<ScannedPage> pages;
    Status status;
    bool finished = false;
};

// Runs one scan to its finished() signal.
Batch runScan(SaneScanner &scanner, const ScanSettings &settings,
              const std::function<void(SaneScanner &, int)> &onPage = {})
{
    Batch batch;
    QObject context;
    QObject::connect(&scanner, &Scanner::pageScanned, &context, [&](const ScannedPage &page) {
        batch.pages.append(page);
        if (onPage)
            onPage(scanner, int(batch.pages.size()));
    });
    QObject::connect(&scanner, &Scanner::finished, &context, [&](const Status &status) {
        if (!batch.finished)
            batch.status = status;
        batch.finished = true;
    });
    scanner.scan(settings);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(batch.finished, kWait); }();
    return batch;
}

// The test backend keeps its option values from one sane_open to the next (per process): every
// test starts from the same baseline.
class TestScanner : public SaneScanner
{
public:
    TestScanner()
    {
        setBackendOption(u"test-picture"_qs, u"Solid black"_qs);
        setBackendOption(u"read-return-value"_qs, u"Default"_qs);
        setBackendOption(u"hand-scanner"_qs, u"no"_qs);
        setBackendOption(u"three-pass"_qs, u"no"_qs); // active in colour only
        setBackendOption(u"three-pass-order"_qs, u"RGB"_qs);
        setBackendOption(u"ppl-loss"_qs, u"0"_qs);
        setBackendOption(u"read-limit"_qs, u"no"_qs);
        setBackendOption(u"read-delay"_qs, u"no"_qs);
    }
};

ScanSettings settings(imaging::ColourMode mode, int dpi, Source source = Source::Flatbed)
{
    ScanSettings s;
    s.device = u"test:0"_qs;
    s.dpi = dpi;
    s.mode = mode;
    s.source = source;
    return s;
}

QString codeOf(const Status &status)
{
    return status.ok() ? QString() : status.error().code;
}

int greyAt(const QImage &image, int x, int y)
{
    return qGray(image.pixel(x, y));
}

} // namespace

Q_DECLARE_METATYPE(hpf::client::capture::SaneFrame)

class TestSaneScanner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

private slots:
    void initTestCase()
    {
        // The backend must be there: libsane1 ships it; a missing one fails (never skipped).
        QVERIFY2(QFile::exists(u"/usr/lib/x86_64-linux-gnu/sane/libsane-test.so.1"_qs),
                 "SANE's test backend (libsane1) is not installed");
        QVERIFY(m_config.isValid());
        QFile dll(m_config.filePath(u"dll.conf"_qs));
        QVERIFY(dll.open(QIODevice::WriteOnly));
        dll.write("test\n");
        dll.close();
        QFile test(m_config.filePath(u"test.conf"_qs));
        QVERIFY(test.open(QIODevice::WriteOnly));
        test.write("number_of_devices 2\nmode Gray\ndepth 8\nresolution 50.0\ntest-picture \"Solid black\"\n"
                   "br_x 80.0\nbr_y 100.0\n");
        test.close();
        qputenv("SANE_CONFIG_DIR", m_config.path().toLocal8Bit()); // before the first sane_init
    }

    void listsTheTestDevices()
    {
        TestScanner scanner;
        QSignalSpy listed(&scanner, &Scanner::devicesListed);
        scanner.listDevices();
        QVERIFY(listed.wait(kWait));
        const auto devices = listed.first().at(0).value<QList<ScannerDevice>>();
        QVERIFY(listed.first().at(1).value<Status>().ok());
        QStringList names;
        for (const ScannerDevice &d : devices)
            names.append(d.name);
        QVERIFY2(names.contains(u"test:0"_qs), qPrintable(names.join(u',')));
        QVERIFY(names.contains(u"test:1"_qs));
        QCOMPARE(devices.first().vendor, u"Noname"_qs);
        QCOMPARE(devices.first().model, u"frontend-tester"_qs);
        QCOMPARE(devices.first().type, u"virtual device"_qs);
    }

    // The "Grid" picture is a 10 mm chequerboard starting white at the top left: at 300 dpi a
    // square is 118 pixels. The same grid in every mode.
    void flatbedGrid_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("dpi");
        QTest::addColumn<int>("expectedMode");
        QTest::addColumn<int>("format");
        QTest::newRow("grey 300") << int(imaging::ColourMode::Grey) << 300 << int(imaging::ColourMode::Grey)
                                  << int(QImage::Format_Grayscale8);
        QTest::newRow("lineart 300") << int(imaging::ColourMode::Bitonal) << 300
                                     << int(imaging::ColourMode::Bitonal) << int(QImage::Format_Mono);
        QTest::newRow("colour 300") << int(imaging::ColourMode::Colour) << 300
                                    << int(imaging::ColourMode::Colour) << int(QImage::Format_RGB888);
        QTest::newRow("grey 200") << int(imaging::ColourMode::Grey) << 200 << int(imaging::ColourMode::Grey)
                                  << int(QImage::Format_Grayscale8);
    }
    void flatbedGrid()
    {
        QFETCH(int, mode);
        QFETCH(int, dpi);
        QFETCH(int, expectedMode);
        QFETCH(int, format);
        TestScanner scanner;
        scanner.setBackendOption(u"test-picture"_qs, u"Grid"_qs);
        const Batch batch = runScan(scanner, settings(imaging::ColourMode(mode), dpi));
        QVERIFY2(batch.status.ok(), qPrintable(codeOf(batch.status)));
        QCOMPARE(batch.pages.size(), 1);
        const ScannedPage &page = batch.pages.first();
        QCOMPARE(page.dpi, dpi);
        QCOMPARE(int(page.mode), expectedMode);
        QCOMPARE(int(page.image.format()), format);
        QCOMPARE(page.scannerMake, u"Noname"_qs);
        QCOMPARE(page.scannerModel, u"frontend-tester"_qs);
        QVERIFY(page.scannedAt.isValid());
        QCOMPARE(qRound(page.image.dotsPerMeterX() * 0.0254), dpi);
        // 80 × 100 mm
        QVERIFY(qAbs(page.image.width() - qRound(80 / 25.4 * dpi)) <= 1);
        QVERIFY(qAbs(page.image.height() - qRound(100 / 25.4 * dpi)) <= 1);
        const int square = qRound(10 / 25.4 * dpi);
        const int q = square / 2;
        for (int row = 0; row < 5; ++row) {
            for (int col = 0; col < 5; ++col) {
                const int x = col * square + q, y = row * square + q;
                const int expected = (row + col) % 2 == 0 ? 255 : 0;
                QVERIFY2(
                    greyAt(page.image, x, y) == expected,
                    qPrintable(u"square %1,%2 is %3"_qs.arg(col).arg(row).arg(greyAt(page.image, x, y))));
            }
        }
    }

    void solidPictures_data()
    {
        QTest::addColumn<QString>("picture");
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("grey");
        QTest::newRow("black grey") << u"Solid black"_qs << int(imaging::ColourMode::Grey) << 0;
        QTest::newRow("white grey") << u"Solid white"_qs << int(imaging::ColourMode::Grey) << 255;
        QTest::newRow("black lineart") << u"Solid black"_qs << int(imaging::ColourMode::Bitonal) << 0;
        QTest::newRow("white lineart") << u"Solid white"_qs << int(imaging::ColourMode::Bitonal) << 255;
        QTest::newRow("black colour") << u"Solid black"_qs << int(imaging::ColourMode::Colour) << 0;
        QTest::newRow("white colour") << u"Solid white"_qs << int(imaging::ColourMode::Colour) << 255;
    }
    void solidPictures()
    {
        QFETCH(QString, picture);
        QFETCH(int, mode);
        QFETCH(int, grey);
        TestScanner scanner;
        scanner.setBackendOption(u"test-picture"_qs, picture);
        const Batch batch = runScan(scanner, settings(imaging::ColourMode(mode), 75));
        QVERIFY2(batch.status.ok(), qPrintable(codeOf(batch.status)));
        QCOMPARE(batch.pages.size(), 1);
        const QImage &image = batch.pages.first().image;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 5)
                QCOMPARE(greyAt(image, x, y), grey);
        }
    }

    // Frame layouts a backend may deliver: each must give the same grid as the plain grey/colour scan.
    void frameLayouts_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QStringList>("options"); // name=value
        QTest::addColumn<QString>("picture");
        // The colour pattern differs between 8 and 16 bits; the grid is the same in every mode.
        const QString grid = u"Grid"_qs, pattern = u"Color pattern"_qs;
        QTest::newRow("16-bit grey") << int(imaging::ColourMode::Grey) << QStringList{u"depth=16"_qs} << grid;
        QTest::newRow("16-bit colour")
            << int(imaging::ColourMode::Colour) << QStringList{u"depth=16"_qs} << grid;
        QTest::newRow("three-pass RGB")
            << int(imaging::ColourMode::Colour) << QStringList{u"three-pass=yes"_qs} << pattern;
        QTest::newRow("three-pass BGR")
            << int(imaging::ColourMode::Colour)
            << QStringList{u"three-pass=yes"_qs, u"three-pass-order=BGR"_qs} << pattern;
        QTest::newRow("three-pass GRB")
            << int(imaging::ColourMode::Colour)
            << QStringList{u"three-pass=yes"_qs, u"three-pass-order=GRB"_qs} << pattern;
        QTest::newRow("padded lines")
            << int(imaging::ColourMode::Grey) << QStringList{u"ppl-loss=7"_qs} << pattern;
        QTest::newRow("small reads") << int(imaging::ColourMode::Colour)
                                     << QStringList{u"read-limit=yes"_qs, u"read-limit-size=7"_qs} << pattern;
    }
    void frameLayouts()
    {
        QFETCH(int, mode);
        QFETCH(QStringList, options);
        QFETCH(QString, picture);
        const auto colourMode = imaging::ColourMode(mode);
        TestScanner plain;
        plain.setBackendOption(u"test-picture"_qs, picture);
        const Batch reference = runScan(plain, settings(colourMode, 50));
        QVERIFY(reference.status.ok());
        TestScanner scanner;
        scanner.setBackendOption(u"test-picture"_qs, picture);
        for (const QString &o : options)
            scanner.setBackendOption(o.section(u'=', 0, 0), o.section(u'=', 1));
        const Batch batch = runScan(scanner, settings(colourMode, 50));
        QVERIFY2(batch.status.ok(), qPrintable(batch.status.ok() ? QString() : batch.status.error().detail));
        QCOMPARE(batch.pages.size(), 1);
        const QImage a = reference.pages.first().image.convertToFormat(QImage::Format_RGB888);
        const QImage b = batch.pages.first().image.convertToFormat(QImage::Format_RGB888);
        const int width = qMin(a.width(), b.width()); // ppl-loss narrows the picture
        QVERIFY(width > a.width() - 10);
        QCOMPARE(b.height(), a.height());
        int different = 0;
        for (int y = 0; y < a.height(); ++y) {
            for (int x = 0; x < width - 8; ++x) {
                const QRgb pa = a.pixel(x, y), pb = b.pixel(x, y);
                if (qAbs(qRed(pa) - qRed(pb)) > 2 || qAbs(qGreen(pa) - qGreen(pb)) > 2 ||
                    qAbs(qBlue(pa) - qBlue(pb)) > 2)
                    ++different;
            }
        }
        // ppl-loss shifts nothing but the right edge; everything else is the same picture.
        QVERIFY2(different < a.height() * 2, qPrintable(QString::number(different)));
    }

    void handScannerWithoutHeight()
    {
        TestScanner scanner;
        scanner.setBackendOption(u"hand-scanner"_qs, u"yes"_qs);
        scanner.setBackendOption(u"test-picture"_qs, u"Solid black"_qs);
        const Batch batch = runScan(scanner, settings(imaging::ColourMode::Grey, 50));
        QVERIFY(batch.status.ok());
        QCOMPARE(batch.pages.size(), 1);
        QVERIFY(batch.pages.first().image.height() > 0);
        QCOMPARE(greyAt(batch.pages.first().image, 3, 3), 0);
    }

    // SANE 1.2.1's test feeder holds 10 sheets; the empty feeder ends the batch successfully.
    void feederRunsToEmpty()
    {
        TestScanner scanner;
        const Batch batch = runScan(scanner, settings(imaging::ColourMode::Grey, 50, Source::Feeder));
        QVERIFY2(batch.status.ok(), qPrintable(codeOf(batch.status)));
        QCOMPARE(batch.pages.size(), 10);
        // A second batch opens the device again: the feeder is full again.
        const Batch again = runScan(scanner, settings(imaging::ColourMode::Grey, 50, Source::Feeder));
        QVERIFY(again.status.ok());
        QCOMPARE(again.pages.size(), 10);
    }

    void flatbedIsOnePage()
    {
        TestScanner scanner;
        const Batch batch = runScan(scanner, settings(imaging::ColourMode::Grey, 50));
        QVERIFY(batch.status.ok());
        QCOMPARE(batch.pages.size(), 1);
    }

    // sane_read answers the status from page `from` on: the pages before stay delivered.
    void failures_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("source");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("pages");
        const int feeder = int(Source::Feeder), flatbed = int(Source::Flatbed);
        QTest::newRow("jam on sheet 4")
            << u"SANE_STATUS_JAMMED"_qs << 3 << feeder << u"capture.jammed"_qs << 3;
        QTest::newRow("jam on sheet 1")
            << u"SANE_STATUS_JAMMED"_qs << 0 << feeder << u"capture.jammed"_qs << 0;
        QTest::newRow("cover open") << u"SANE_STATUS_COVER_OPEN"_qs << 2 << feeder << u"capture.cover_open"_qs
                                    << 2;
        QTest::newRow("device busy") << u"SANE_STATUS_DEVICE_BUSY"_qs << 0 << flatbed << u"capture.busy"_qs
                                     << 0;
        QTest::newRow("vanished (I/O error)")
            << u"SANE_STATUS_IO_ERROR"_qs << 5 << feeder << u"capture.device_lost"_qs << 5;
        QTest::newRow("invalid") << u"SANE_STATUS_INVAL"_qs << 0 << flatbed << u"capture.io"_qs << 0;
        QTest::newRow("no memory") << u"SANE_STATUS_NO_MEM"_qs << 1 << feeder << u"capture.io"_qs << 1;
        QTest::newRow("access denied")
            << u"SANE_STATUS_ACCESS_DENIED"_qs << 0 << flatbed << u"capture.io"_qs << 0;
        QTest::newRow("cancelled by device")
            << u"SANE_STATUS_CANCELLED"_qs << 0 << flatbed << u"capture.cancelled"_qs << 0;
        QTest::newRow("empty feeder first")
            << u"SANE_STATUS_NO_DOCS"_qs << 0 << feeder << u"capture.no_documents"_qs << 0;
        QTest::newRow("feeder empty later") << u"SANE_STATUS_NO_DOCS"_qs << 4 << feeder << QString() << 4;
    }
    void failures()
    {
        QFETCH(QString, status);
        QFETCH(int, from);
        QFETCH(int, source);
        QFETCH(QString, code);
        QFETCH(int, pages);
        TestScanner scanner;
        scanner.setBackendOption(u"read-return-value"_qs, status, from);
        const Batch batch = runScan(scanner, settings(imaging::ColourMode::Grey, 50, Source(source)));
        QCOMPARE(codeOf(batch.status), code);
        QVERIFY(code.isEmpty() || errortext::knownCodes().contains(code));
        QCOMPARE(batch.pages.size(), pages);
        for (const ScannedPage &p : batch.pages)
            QVERIFY(!p.image.isNull());
        // The scanner is usable again after a failure.
        scanner.setBackendOption(u"read-return-value"_qs, u"Default"_qs, 0);
        const Batch next = runScan(scanner, settings(imaging::ColourMode::Grey, 50));
        QVERIFY(next.status.ok());
        QCOMPARE(next.pages.size(), 1);
    }

    void cancelBeforeTheFirstPage()
    {
        TestScanner scanner;
        QSignalSpy finished(&scanner, &Scanner::finished);
        QSignalSpy pages(&scanner, &Scanner::pageScanned);
        scanner.scan(settings(imaging::ColourMode::Grey, 50, Source::Feeder));
        QVERIFY(scanner.isBusy());
        scanner.cancel();
        QVERIFY(finished.wait(kWait));
        QCOMPARE(codeOf(finished.first().first().value<Status>()), u"capture.cancelled"_qs);
        QCOMPARE(pages.size(), 0);
        QVERIFY(!scanner.isBusy());
    }

    void cancelMidBatch()
    {
        TestScanner scanner;
        // Slow pages: 1 KiB reads, 20 ms each.
        scanner.setBackendOption(u"read-limit"_qs, u"yes"_qs);
        scanner.setBackendOption(u"read-limit-size"_qs, u"1024"_qs);
        scanner.setBackendOption(u"read-delay"_qs, u"yes"_qs);
        scanner.setBackendOption(u"read-delay-duration"_qs, u"20000"_qs);
        const Batch batch = runScan(scanner, settings(imaging::ColourMode::Grey, 50, Source::Feeder),
                                    [](SaneScanner &s, int delivered) {
                                        if (delivered == 2)
                                            s.cancel();
                                    });
        QCOMPARE(codeOf(batch.status), u"capture.cancelled"_qs);
        QVERIFY2(batch.pages.size() >= 2 && batch.pages.size() < 10,
                 qPrintable(QString::number(batch.pages.size())));
    }

    void deviceThatDoesNotExist_data()
    {
        QTest::addColumn<QString>("device");
        QTest::newRow("unknown backend") << u"nosuchbackend:0"_qs;
        QTest::newRow("unknown test device") << u"test:7"_qs;
        QTest::newRow("empty name") << QString();
    }
    void deviceThatDoesNotExist()
    {
        QFETCH(QString, device);
        TestScanner scanner;
        ScanSettings s = settings(imaging::ColourMode::Grey, 50);
        s.device = device;
        const Batch batch = runScan(scanner, s);
        QCOMPARE(codeOf(batch.status), u"capture.device_lost"_qs);
        QCOMPARE(batch.status.error().field, u"device"_qs);
        QVERIFY(batch.pages.isEmpty());
    }

    // The factory main.cpp gives ClientCore: a SANE scanner owned by the parent.
    void systemScannerIsSane()
    {
        QObject parent;
        Scanner *scanner = createSystemScanner(&parent);
        QVERIFY(qobject_cast<SaneScanner *>(scanner));
        QCOMPARE(scanner->parent(), &parent);
        QVERIFY(!scanner->isBusy());
    }

    void scanWhileBusy()
    {
        TestScanner scanner;
        QSignalSpy finished(&scanner, &Scanner::finished);
        scanner.scan(settings(imaging::ColourMode::Grey, 50, Source::Feeder));
        scanner.scan(settings(imaging::ColourMode::Grey, 50));
        QVERIFY(finished.wait(kWait));
        QCOMPARE(codeOf(finished.first().first().value<Status>()), u"capture.busy"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kWait);
        QVERIFY(finished.at(1).first().value<Status>().ok());
    }

    // Frames the backend could deliver but that make no page.
    void badFrames_data()
    {
        QTest::addColumn<QList<SaneFrame>>("frames");
        QTest::newRow("no frames") << QList<SaneFrame>{};
        QTest::newRow("no data") << QList<SaneFrame>{SaneFrame{SaneFrame::Gray, 4, 4, 8, {}}};
        QTest::newRow("line shorter than pixels")
            << QList<SaneFrame>{SaneFrame{SaneFrame::Gray, 3, 4, 8, QByteArray(12, 0)}};
        QTest::newRow("depth 12") << QList<SaneFrame>{
            SaneFrame{SaneFrame::Gray, 6, 4, 12, QByteArray(12, 0)}};
        QTest::newRow("rgb too narrow")
            << QList<SaneFrame>{SaneFrame{SaneFrame::Rgb, 8, 4, 8, QByteArray(16, 0)}};
        QTest::newRow("two colours") << QList<SaneFrame>{
            SaneFrame{SaneFrame::Red, 4, 4, 8, QByteArray(16, 0)},
            SaneFrame{SaneFrame::Green, 4, 4, 8, QByteArray(16, 0)}};
        QTest::newRow("red twice") << QList<SaneFrame>{
            SaneFrame{SaneFrame::Red, 4, 4, 8, QByteArray(16, 0)},
            SaneFrame{SaneFrame::Red, 4, 4, 8, QByteArray(16, 0)},
            SaneFrame{SaneFrame::Blue, 4, 4, 8, QByteArray(16, 0)}};
        QTest::newRow("planes of different heights")
            << QList<SaneFrame>{SaneFrame{SaneFrame::Red, 4, 4, 8, QByteArray(16, 0)},
                                SaneFrame{SaneFrame::Green, 4, 4, 8, QByteArray(12, 0)},
                                SaneFrame{SaneFrame::Blue, 4, 4, 8, QByteArray(16, 0)}};
        QTest::newRow("lone red plane")
            << QList<SaneFrame>{SaneFrame{SaneFrame::Red, 4, 4, 8, QByteArray(16, 0)}};
    }
    void badFrames()
    {
        QFETCH(QList<SaneFrame>, frames);
        QVERIFY(imageFromFrames(frames).isNull());
    }

    void sixteenBitUsesTheHighByte()
    {
        QByteArray data(4, 0);
        const quint16 v = 0xABCD; // native order, as SANE delivers
        std::memcpy(data.data(), &v, 2);
        std::memcpy(data.data() + 2, &v, 2);
        const QImage image = imageFromFrames({SaneFrame{SaneFrame::Gray, 4, 2, 16, data}});
        QCOMPARE(image.size(), QSize(2, 1));
        QCOMPARE(qGray(image.pixel(0, 0)), 0xAB);
    }
};

QTEST_GUILESS_MAIN(TestSaneScanner)
#include "tst_sanescanner.moc"
