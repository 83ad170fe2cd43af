// Importing a file the teller chose instead of scanning: the four formats (sniffed from the bytes,
// never the name), pages counted and every page opened, thumbnails; and every way a file can be
// wrong refused with its own code (empty, too large, unsupported, truncated, encrypted).
#include "archive/manifest.h"
#include "capture/fileimport.h"
#include "domain/errortext.h"
#include "imaging/codec.h"

#include <QBuffer>
#include <QFile>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace hpf;
using namespace hpf::client::capture;

namespace {

QImage page(int n = 1)
{
    QImage image(620, 877, QImage::Format_RGB32); // A4 at 75 dpi
    image.fill(Qt::white);
    QPainter p(&image);
    p.setPen(Qt::black);
    p.drawRect(40, 40, 540, 797);
    p.drawText(80, 120, u"个人账户设立登记表 page %1"_qs.arg(n));
    p.end();
    return image;
}

QByteArray written(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.write(image);
    return bytes;
}

QByteArray pdfOf(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    QPainter p(&writer);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        p.drawText(100, 100, u"page %1"_qs.arg(i + 1));
    }
    p.end();
    return bytes;
}

// A small hand-made PDF (correct cross-reference table), optionally with a Standard security
// handler whose /U does not match the empty user password: a PDF that needs a password.
QByteArray handMadePdf(bool encrypted)
{
    QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    };
    if (encrypted)
        objects.append("<< /Filter /Standard /V 1 /R 2 /O <" + QByteArray(64, 'A') + "> /U <" +
                       QByteArray(64, 'B') + "> /P -4 >>");
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R";
    if (encrypted)
        pdf += " /Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]";
    pdf += " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// A bitonal page as the desk stores it: TIFF with CCITT G4.
QByteArray g4Tiff()
{
    return imaging::encodePage(page(), imaging::ColourMode::Bitonal, 300)->bytes;
}

} // namespace

class TestFileImport : public QObject
{
    Q_OBJECT

private slots:
    void goodFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mediaType");
        QTest::addColumn<int>("pages");
        QTest::newRow("png") << written(page(), "png") << u"image/png"_qs << 1;
        QTest::newRow("jpeg") << written(page(), "jpeg") << u"image/jpeg"_qs << 1;
        QTest::newRow("jpeg padded with NULs")
            << written(page(), "jpeg") + QByteArray(16, '\0') << u"image/jpeg"_qs << 1;
        QTest::newRow("grey jpeg (scanner)")
            << imaging::encodePage(page(), imaging::ColourMode::Grey, 300)->bytes << u"image/jpeg"_qs << 1;
        QTest::newRow("tiff g4") << g4Tiff() << u"image/tiff"_qs << 1;
        QTest::newRow("pdf one page") << pdfOf(1) << u"application/pdf"_qs << 1;
        QTest::newRow("pdf six pages") << pdfOf(6) << u"application/pdf"_qs << 6;
        QTest::newRow("hand-made pdf") << handMadePdf(false) << u"application/pdf"_qs << 1;
        QTest::newRow("pdf ending in CRLF") << pdfOf(1) + "\r\n" << u"application/pdf"_qs << 1;
    }
    void goodFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mediaType);
        QFETCH(int, pages);
        auto result = importBytes(bytes);
        QVERIFY2(result.ok(),
                 qPrintable(result.ok() ? QString() : result.error().code + u' ' + result.error().detail));
        QCOMPARE(result->mediaType, mediaType);
        QCOMPARE(result->pages, pages);
        QCOMPARE(result->bytes, bytes); // archived unchanged
        QCOMPARE(result->form, u"import"_qs);
        QCOMPARE(result->thumbnails.size(), qMin(pages, 4));
        for (const QImage &t : result->thumbnails) {
            QVERIFY(!t.isNull());
            QVERIFY(qMax(t.width(), t.height()) <= 160);
        }
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        const QByteArray png = written(page(), "png");
        const QByteArray jpeg = written(page(), "jpeg");
        const QByteArray tiff = g4Tiff();
        const QByteArray pdf = pdfOf(3);
        QTest::newRow("empty") << QByteArray() << u"capture.empty_file"_qs;
        QTest::newRow("gif") << QByteArray("GIF89a\x01\x00\x01\x00\x00\x00\x00;", 13)
                             << u"capture.unsupported_format"_qs;
        QTest::newRow("docx (a zip)") << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + QByteArray(200, 'x')
                                      << u"capture.unsupported_format"_qs;
        QTest::newRow("bmp") << written(page(), "bmp") << u"capture.unsupported_format"_qs;
        QTest::newRow("text") << QByteArray("身份证 110105199001011234\n")
                              << u"capture.unsupported_format"_qs;
        QTest::newRow("html") << QByteArray("<html><body>%PDF-1.4</body></html>")
                              << u"capture.unsupported_format"_qs;
        QTest::newRow("one NUL byte") << QByteArray(1, '\0') << u"capture.unsupported_format"_qs;
        QTest::newRow("truncated jpeg") << jpeg.left(jpeg.size() / 2) << u"capture.corrupt_file"_qs;
        QTest::newRow("jpeg header only") << jpeg.left(3) << u"capture.corrupt_file"_qs;
        QTest::newRow("jpeg with a damaged body")
            << jpeg.left(20) + QByteArray(jpeg.size() - 22, '\x00') + "\xFF\xD9"
            << u"capture.corrupt_file"_qs;
        QTest::newRow("truncated png") << png.left(png.size() / 2) << u"capture.corrupt_file"_qs;
        QTest::newRow("truncated tiff") << tiff.left(tiff.size() / 2) << u"capture.corrupt_file"_qs;
        QTest::newRow("tiff header only") << tiff.left(8) << u"capture.corrupt_file"_qs;
        QTest::newRow("truncated pdf") << pdf.left(pdf.size() / 2) << u"capture.corrupt_file"_qs;
        QTest::newRow("pdf cut before %%EOF")
            << pdf.left(pdf.lastIndexOf("%%EOF")) << u"capture.corrupt_file"_qs;
        QTest::newRow("pdf signature only") << QByteArray("%PDF-1.7\n%%EOF\n") << u"capture.corrupt_file"_qs;
        QTest::newRow("encrypted pdf") << handMadePdf(true) << u"capture.encrypted_pdf"_qs;
    }
    void badFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        auto result = importBytes(bytes);
        QVERIFY2(!result.ok(), "accepted");
        QCOMPARE(result.error().code, code);
        QCOMPARE(result.error().field, u"file"_qs);
        QVERIFY2(errortext::knownCodes().contains(code), qPrintable(code)); // the teller reads a sentence
    }

    // The name says nothing: a zip named .pdf is refused, a PDF named .jpg is a PDF.
    void namesAreIgnored()
    {
        QTemporaryDir dir;
        QFile zip(dir.filePath(u"scan.pdf"_qs));
        QVERIFY(zip.open(QIODevice::WriteOnly));
        zip.write(QByteArray("PK\x03\x04", 4) + QByteArray(100, 'z'));
        zip.close();
        QCOMPARE(importFile(zip.fileName()).error().code, u"capture.unsupported_format"_qs);
        QFile pdf(dir.filePath(u"photo.jpg"_qs));
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        pdf.write(pdfOf(2));
        pdf.close();
        auto result = importFile(pdf.fileName());
        QVERIFY(result.ok());
        QCOMPARE(result->mediaType, u"application/pdf"_qs);
        QCOMPARE(result->pages, 2);
    }

    void limits()
    {
        QTemporaryDir dir;
        // A sparse file one byte over the limit: refused from its size, never read.
        QFile big(dir.filePath(u"big.pdf"_qs));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(archive::kMaxFileBytes + 1));
        big.close();
        QCOMPARE(importFile(big.fileName()).error().code, u"capture.file_too_large"_qs);
        QByteArray over(archive::kMaxFileBytes + 1, '\0');
        over.replace(0, 4, "%PDF");
        QCOMPARE(importBytes(over).error().code, u"capture.file_too_large"_qs);
        QFile empty(dir.filePath(u"empty.png"_qs));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QCOMPARE(importFile(empty.fileName()).error().code, u"capture.empty_file"_qs);
        QCOMPARE(importFile(dir.filePath(u"missing.png"_qs)).error().code, u"capture.file_unreadable"_qs);
        QCOMPARE(importFile(dir.path()).error().code, u"capture.file_unreadable"_qs); // a folder
    }

    // The imaging layer names a password-protected PDF (the server's usability check reports it).
    void encryptedPdfInImaging()
    {
        const QByteArray locked = handMadePdf(true);
        QVERIFY(imaging::isEncryptedPdf(locked));
        QVERIFY(!imaging::isEncryptedPdf(handMadePdf(false)));
        QVERIFY(!imaging::isEncryptedPdf(pdfOf(1)));
        QCOMPARE(imaging::pageCount(locked, u"application/pdf"_qs).error().code, u"imaging.encrypted"_qs);
        QCOMPARE(imaging::decodePage(locked, u"application/pdf"_qs).error().code, u"imaging.encrypted"_qs);
        QVERIFY(errortext::knownCodes().contains(u"imaging.encrypted"_qs));
    }

    void thumbnailCount()
    {
        auto result = importBytes(pdfOf(7), ImportOptions{2, 64});
        QVERIFY(result.ok());
        QCOMPARE(result->pages, 7);
        QCOMPARE(result->thumbnails.size(), 2);
        QVERIFY(qMax(result->thumbnails.first().width(), result->thumbnails.first().height()) <= 64);
    }
};

QTEST_MAIN(TestFileImport)
#include "tst_fileimport.moc"
