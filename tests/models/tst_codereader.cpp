#include "certs/codereader.h"
#include "paintkit.h"
#include "pdfwriter.h"
#include "qrsymbol.h"
#include "testsupport.h"

#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QTransform>

using namespace hpf;
using namespace hpf::client;

// Decoding presented codes with ZXing: from images (a scan or a photo, rotated, small) and from
// PDF certificates; typed input from a USB scanner is cleaned of its Enter.
class TestCodeReader : public QObject
{
    Q_OBJECT
private slots:
    void readsImages_data();
    void readsImages();
    void readsPdf_data();
    void readsPdf();
    void failures();
    void typedInput_data();
    void typedInput();

private:
    static QImage render(const QString &text, int dpi);
    QTemporaryDir m_dir;
};

static const QString kCode =
    u"HPF1:6BFOXN*TS0BI$ZD.P9UOL97O4-2HH77HRM3DSPTLRR+%3R5KE2NDNS4NJLOXE/ZY9+M4YPB2:-0Y.9K3"_qs;

QImage TestCodeReader::render(const QString &text, int dpi)
{
    const auto symbol = printing::QrSymbol::encodeText(text);
    QImage image(int(60 / 25.4 * dpi), int(60 / 25.4 * dpi), QImage::Format_RGB32);
    image.setDotsPerMeterX(int(dpi / 0.0254));
    image.setDotsPerMeterY(int(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter p(&image);
    printing::paintQrSymbol(p, symbol.value(), QPointF(image.width() / 6.0, image.height() / 6.0), 35);
    return image;
}

void TestCodeReader::readsImages_data()
{
    QTest::addColumn<int>("dpi");
    QTest::addColumn<int>("rotation");
    QTest::newRow("300 dpi") << 300 << 0;
    QTest::newRow("150 dpi") << 150 << 0;
    QTest::newRow("rotated 90") << 200 << 90;
    QTest::newRow("rotated 180") << 200 << 180;
    QTest::newRow("tilted 7 degrees") << 300 << 7;
}

void TestCodeReader::readsImages()
{
    QFETCH(int, dpi);
    QFETCH(int, rotation);
    QImage image = render(kCode, dpi);
    if (rotation != 0) {
        image = image.transformed(QTransform().rotate(rotation), Qt::SmoothTransformation);
        QImage canvas(image.size(), QImage::Format_RGB32);
        canvas.fill(Qt::white);
        QPainter(&canvas).drawImage(0, 0, image);
        image = canvas;
    }
    const QString path = m_dir.filePath(u"code-%1-%2.png"_qs.arg(dpi).arg(rotation));
    QVERIFY(image.save(path));
    const auto text = CodeReader::readFile(path);
    QVERIFY2(text.ok(), qPrintable(text.ok() ? QString() : text.error().code));
    QCOMPARE(text.value(), kCode);
}

// PDF bytes spoiled as files arrive at a counter: the reader renders what Poppler can repair (a
// wrong xref offset or a garbled xref table: it rebuilds the table by scanning the objects) and
// refuses the rest with code.pdf_render, never with a crash.
void TestCodeReader::readsPdf_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("code"); // empty: the QR code is read
    QTest::newRow("as written") << QString() << QString();
    QTest::newRow("broken xref offset") << u"startxref"_qs << QString();
    QTest::newRow("garbled xref table") << u"xref"_qs << QString();
    QTest::newRow("cut after the header") << u"cut"_qs << u"code.pdf_render"_qs;
    QTest::newRow("not a PDF at all") << u"text"_qs << u"code.pdf_render"_qs;
    QTest::newRow("empty file") << u"empty"_qs << u"code.pdf_render"_qs;
}

void TestCodeReader::readsPdf()
{
    QFETCH(QString, damage);
    QFETCH(QString, code);
    const QString pdf = m_dir.filePath(u"certificate.pdf"_qs);
    const auto symbol = printing::QrSymbol::encodeText(kCode);
    QVERIFY(printing::writePdf(pdf, QPageSize(QPageSize::A4), 1, [&](QPainter &p, const QRectF &page, int) {
                printing::paintQrSymbol(p, symbol.value(), page.center(), 33);
            }).ok());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    if (damage == u"startxref") {
        const qsizetype at = bytes.lastIndexOf("startxref");
        QVERIFY(at > 0);
        const qsizetype eol = bytes.indexOf('\n', at + 10);
        bytes.replace(at + 10, eol - at - 10, "12345678");
    } else if (damage == u"xref") {
        const qsizetype at = bytes.lastIndexOf("\nxref");
        QVERIFY(at > 0);
        for (qsizetype i = at + 12; i < at + 200 && i < bytes.size(); ++i) {
            if (bytes[i] >= '0' && bytes[i] <= '9')
                bytes[i] = char('0' + (bytes[i] - '0' + 3) % 10);
        }
    } else if (damage == u"cut") {
        bytes.truncate(64);
    } else if (damage == u"text") {
        bytes = "definitely not a PDF, only named like one";
    } else if (damage == u"empty") {
        bytes.clear();
    }
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();
    const auto text = CodeReader::readFile(pdf);
    if (code.isEmpty()) {
        QVERIFY2(text.ok(),
                 qPrintable(text.ok() ? QString() : text.error().code + u" "_qs + text.error().detail));
        QCOMPARE(text.value(), kCode);
    } else {
        QVERIFY2(!text.ok(), "a damaged PDF gave a code");
        QCOMPARE(text.error().code, code);
    }
}

void TestCodeReader::failures()
{
    QImage blank(400, 400, QImage::Format_RGB32);
    blank.fill(Qt::white);
    QCOMPARE(CodeReader::readImage(blank).error().code, u"code.not_found"_qs);
    QCOMPARE(CodeReader::readImage(QImage()).error().code, u"code.unreadable_file"_qs);
    QCOMPARE(CodeReader::readFile(m_dir.filePath(u"missing.png"_qs)).error().code,
             u"code.unreadable_file"_qs);
    const QString notImage = m_dir.filePath(u"not-an-image.png"_qs);
    QFile f(notImage);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("definitely not a PNG");
    f.close();
    QCOMPARE(CodeReader::readFile(notImage).error().code, u"code.unreadable_file"_qs);
}

void TestCodeReader::typedInput_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("clean");
    QTest::newRow("scanner Enter") << kCode + u"\r\n"_qs << kCode;
    QTest::newRow("surrounding spaces") << u"  "_qs + kCode + u" "_qs << kCode;
    QTest::newRow("pasted over lines") << kCode.left(7) + u"\r\n"_qs + kCode.mid(7) << kCode;
    QTest::newRow("tab before") << u"\t"_qs + kCode << kCode;
    QTest::newRow("as is") << kCode << kCode;
    QTest::newRow("empty") << QString() << QString();
}

void TestCodeReader::typedInput()
{
    QFETCH(QString, typed);
    QFETCH(QString, clean);
    QCOMPARE(CodeReader::cleanTypedInput(typed), clean);
}

QTEST_MAIN(TestCodeReader)
#include "tst_codereader.moc"
