#include "certificatebatch.h"
#include "certificatedoc.h"
#include "pdfwriter.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hpf::printing;

// The certificate page is rendered to PDF, rasterised with pdftoppm and its QR decoded by zbarimg
// at the resolutions a bank's scanner or a phone photo would give; plus a golden layout image.
class TestCertificateDoc : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void qrSurvivesPrinting_data();
    void qrSurvivesPrinting();
    void goldenLayout();
    void batchPaintsWhatSinglePaints_data();
    void batchPaintsWhatSinglePaints();
    void batchPdfRastersAsSinglePdf();
    void batchPdfCodesDecodePerPage();
    void batchSurvivesCancelAndEarlyDestruction();

private:
    static CertificateDocument sample(int qrChars);
    static QList<CertificateDocument> uglyDocuments();
    static QImage rasterise(const std::function<void(QPainter &, const QRectF &)> &paint);
    QTemporaryDir m_dir;
};

CertificateDocument TestCertificateDoc::sample(int qrChars)
{
    // Deterministic text in the Base45 alphabet of the length a signed certificate code has.
    static const QString alphabet = u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"_qs;
    QRandomGenerator rng(20261122);
    QString qr = u"HPF1:"_qs;
    while (qr.size() < qrChars)
        qr += alphabet.at(int(rng.bounded(alphabet.size())));

    CertificateDocument d;
    d.centerName = u"兰州住房公积金管理中心"_qs;
    d.title = u"住房公积金缴存证明"_qs;
    d.certificateNumber = u"ZM620100202611220001"_qs;
    d.fields = {{u"姓名"_qs, u"张*"_qs, {}},
                {u"证件号码"_qs, u"1101**********002X"_qs, {}},
                {u"个人账号"_qs, u"620100000123"_qs, {}},
                {u"单位名称"_qs, u"兰州某某科技有限公司"_qs, {}},
                {u"开户日期"_qs, u"2019-07-01"_qs, {}},
                {u"缴存基数"_qs, QString(), 888888},
                {u"缴存比例（单位/个人）"_qs, u"7% / 7%"_qs, {}},
                {u"月缴存额"_qs, QString(), 124444},
                {u"账户余额"_qs, QString(), 8564230},
                {u"账户状态"_qs, u"正常"_qs, {}},
                {u"缴存起止年月"_qs, u"2019-07 至 2026-10"_qs, {}}};
    d.statement =
        u"兹证明上述职工在我中心缴存住房公积金，情况属实。特此证明。本证明自开具之日起，2个月内有效。"_qs;
    d.issueDate = QDate(2026, 11, 22);
    d.validUntil = QDate(2027, 1, 22);
    d.handler = u"王*"_qs;
    d.phone = u"0931-12329"_qs;
    d.qrText = qr;
    d.verifyHint = u"核验：扫描二维码，或在中心网站“证明核验”页面输入证明编号"_qs;
    return d;
}

void TestCertificateDoc::initTestCase()
{
    for (const QString &tool : {u"pdftoppm"_qs, u"zbarimg"_qs}) {
        if (QStandardPaths::findExecutable(tool).isEmpty() && hpf::test::componentsRequired())
            QFAIL(qPrintable(tool + u" is missing"_qs));
    }
}

void TestCertificateDoc::qrSurvivesPrinting_data()
{
    QTest::addColumn<int>("qrChars");
    QTest::addColumn<int>("dpi");
    // ~200 B signed payload → ~300 Base45 characters; also a larger one.
    QTest::newRow("300 chars, 150 dpi") << 300 << 150;
    QTest::newRow("300 chars, 200 dpi") << 300 << 200;
    QTest::newRow("300 chars, 300 dpi") << 300 << 300;
    QTest::newRow("440 chars, 150 dpi") << 440 << 150;
}

void TestCertificateDoc::qrSurvivesPrinting()
{
    if (QStandardPaths::findExecutable(u"pdftoppm"_qs).isEmpty() ||
        QStandardPaths::findExecutable(u"zbarimg"_qs).isEmpty())
        QSKIP("pdftoppm/zbarimg not installed (scripts/install-deps.sh installs them)");
    QFETCH(int, qrChars);
    QFETCH(int, dpi);
    const CertificateDocument doc = sample(qrChars);
    const QString pdf = m_dir.filePath(u"cert-%1-%2.pdf"_qs.arg(qrChars).arg(dpi));
    QVERIFY(writePdf(pdf, QPageSize(QPageSize::A4), 1, [&](QPainter &p, const QRectF &page, int) {
                paintCertificate(p, page, doc);
            }).ok());
    const QString prefix = pdf.chopped(4);
    QCOMPARE(hpf::test::runProgram(u"pdftoppm"_qs, {u"-r"_qs, QString::number(dpi), u"-png"_qs,
                                                    u"-singlefile"_qs, pdf, prefix}),
             0);
    QByteArray out;
    QCOMPARE(hpf::test::readQrWithZbar(prefix + u".png"_qs, &out), 0);
    QCOMPARE(QString::fromUtf8(out).trimmed(), doc.qrText);
}

void TestCertificateDoc::goldenLayout()
{
    const double dpi = 90;
    QImage image(int(210 / 25.4 * dpi), int(297 / 25.4 * dpi), QImage::Format_RGB32);
    image.setDotsPerMeterX(int(dpi / 0.0254));
    image.setDotsPerMeterY(int(dpi / 0.0254));
    image.fill(Qt::white);
    {
        QPainter p(&image);
        CertificateDocument doc = sample(300);
        doc.training = true;
        paintCertificate(p, QRectF(image.rect()), doc);
    }
    const QString goldenPath = hpf::test::sourcePath(u"tests/data/golden/certificate.png"_qs);
    if (QProcessEnvironment::systemEnvironment().value(u"HPF_UPDATE_GOLDEN"_qs) == u"1")
        QVERIFY(image.save(goldenPath));
    const QImage golden = QImage(goldenPath).convertToFormat(QImage::Format_RGB32);
    QVERIFY2(!golden.isNull(), qPrintable(goldenPath));
    QCOMPARE(golden.size(), image.size());
    qint64 differing = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb a = image.pixel(x, y);
            const QRgb b = golden.pixel(x, y);
            differing += std::abs(qGray(a) - qGray(b)) > 64 || std::abs(qRed(a) - qRed(b)) > 64;
        }
    }
    const double share = double(differing) / (image.width() * image.height());
    if (share > 0.002)
        image.save(m_dir.filePath(u"certificate-actual.png"_qs));
    QVERIFY2(share <= 0.002, qPrintable(u"%1 % of pixels differ"_qs.arg(share * 100)));
}

// Documents a batch meets at its edges: long and rare-character names and units (CJK Extension B
// and later, surrogate pairs), the longest account and ID numbers, long values that wrap, no code,
// a code too long for any QR symbol, the training watermark, and distinct codes page by page.
QList<CertificateDocument> TestCertificateDoc::uglyDocuments()
{
    QList<CertificateDocument> docs;
    for (int i = 0; i < 9; ++i)
        docs.append(sample(280 + 20 * i));
    docs[0].fields[0].value = u"欧阳𠀀𪚥䶮龘*"_qs;
    docs[0].centerName = u"新疆生产建设兵团第十三师住房公积金管理中心哈密分中心"_qs;
    docs[1].fields[3].value =
        u"中国石油天然气集团有限公司兰州石化分公司第二聚烯烃联合车间后勤保障服务中心（筹）"_qs.repeated(2);
    docs[1].fields[2].value = u"62010000012345678901234567890123"_qs;
    docs[1].fields[1].value = u"91620100MA74X1234X"_qs;
    docs[2].qrText.clear();
    docs[3].qrText = u"HPF1:"_qs + QString(4000, u'Z'); // does not fit: no code is printed
    docs[4].training = true;
    docs[5].fields.clear();
    docs[5].statement.clear();
    docs[6].fields[8].amountFen = 999999999999; // the largest amount in figures and 大写
    docs[7].certificateNumber = u"ZM620100202611229999999999"_qs;
    docs[8].verifyHint = u"核验：扫描二维码 𠀀 "_qs.repeated(6);
    for (int i = 0; i < docs.size(); ++i)
        docs[i].certificateNumber += QString::number(i);
    return docs;
}

QImage TestCertificateDoc::rasterise(const std::function<void(QPainter &, const QRectF &)> &paint)
{
    const double dpi = 150;
    QImage image(int(210 / 25.4 * dpi), int(297 / 25.4 * dpi), QImage::Format_RGB32);
    image.setDotsPerMeterX(int(dpi / 0.0254));
    image.setDotsPerMeterY(int(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter p(&image);
    paint(p, QRectF(image.rect()));
    return image;
}

void TestCertificateDoc::batchPaintsWhatSinglePaints_data()
{
    QTest::addColumn<int>("lookAhead");
    QTest::addColumn<bool>("reversed");
    QTest::newRow("in order, 4 ahead") << 4 << false;
    QTest::newRow("reversed (printer), 4 ahead") << 4 << true;
    QTest::newRow("in order, none ahead") << 0 << false;
    QTest::newRow("in order, more ahead than pages") << 50 << false;
}

// The batch path paints every page pixel for pixel as the single-certificate path does.
void TestCertificateDoc::batchPaintsWhatSinglePaints()
{
    QFETCH(int, lookAhead);
    QFETCH(bool, reversed);
    const QList<CertificateDocument> docs = uglyDocuments();
    CertificateBatch batch(docs, lookAhead);
    QCOMPARE(batch.pageCount(), docs.size());
    for (int n = 0; n < docs.size(); ++n) {
        const int i = reversed ? int(docs.size()) - 1 - n : n;
        const QImage single =
            rasterise([&](QPainter &p, const QRectF &page) { paintCertificate(p, page, docs.at(i)); });
        const QImage batched =
            rasterise([&](QPainter &p, const QRectF &page) { batch.paintPage(p, page, i); });
        QVERIFY2(single == batched, qPrintable(u"page %1 differs"_qs.arg(i)));
    }
    // A page painted twice (a preview repaints) is the same again.
    const QImage again = rasterise([&](QPainter &p, const QRectF &page) { batch.paintPage(p, page, 0); });
    QVERIFY(again ==
            rasterise([&](QPainter &p, const QRectF &page) { paintCertificate(p, page, docs.at(0)); }));
}

// The PDFs of both paths, rasterised by poppler, are the same image page by page.
void TestCertificateDoc::batchPdfRastersAsSinglePdf()
{
    if (QStandardPaths::findExecutable(u"pdftoppm"_qs).isEmpty())
        QSKIP("pdftoppm not installed (scripts/install-deps.sh installs it)");
    const QList<CertificateDocument> docs = uglyDocuments();
    const QString singlePdf = m_dir.filePath(u"single.pdf"_qs);
    const QString batchPdf = m_dir.filePath(u"batch.pdf"_qs);
    QVERIFY(writePdf(singlePdf, QPageSize(QPageSize::A4), int(docs.size()),
                     [&](QPainter &p, const QRectF &page, int i) { paintCertificate(p, page, docs.at(i)); })
                .ok());
    CertificateBatch batch(docs);
    QVERIFY(writePdf(batchPdf, QPageSize(QPageSize::A4), batch.pageCount(),
                     [&](QPainter &p, const QRectF &page, int i) { batch.paintPage(p, page, i); })
                .ok());
    for (const QString &pdf : {singlePdf, batchPdf})
        QCOMPARE(
            hpf::test::runProgram(u"pdftoppm"_qs, {u"-r"_qs, u"100"_qs, u"-png"_qs, pdf, pdf.chopped(4)}), 0);
    for (int i = 1; i <= docs.size(); ++i) {
        const auto page = [&](const QString &pdf) {
            QDir dir(m_dir.path());
            const QString base = QFileInfo(pdf).completeBaseName();
            for (const QString &name : dir.entryList({base + u"-*.png"_qs}))
                if (name.section(u'-', -1).chopped(4).toInt() == i)
                    return QImage(dir.filePath(name));
            return QImage();
        };
        const QImage a = page(singlePdf);
        const QImage b = page(batchPdf);
        QVERIFY2(!a.isNull() && !b.isNull(), qPrintable(u"page %1 missing"_qs.arg(i)));
        QVERIFY2(a == b, qPrintable(u"page %1 rasterises differently"_qs.arg(i)));
    }
}

// Many pages with distinct codes: every page's code decodes (zbarimg, independent of the encoder)
// to that page's text, so no symbol ends up on a neighbour's page.
void TestCertificateDoc::batchPdfCodesDecodePerPage()
{
    if (QStandardPaths::findExecutable(u"pdftoppm"_qs).isEmpty() ||
        QStandardPaths::findExecutable(u"zbarimg"_qs).isEmpty())
        QSKIP("pdftoppm/zbarimg not installed (scripts/install-deps.sh installs them)");
    QList<CertificateDocument> docs;
    for (int i = 0; i < 12; ++i) {
        CertificateDocument d = sample(300);
        d.qrText = d.qrText.left(40) + QString::number(100000 + i) + d.qrText.mid(46);
        docs.append(d);
    }
    const QString pdf = m_dir.filePath(u"many.pdf"_qs);
    CertificateBatch batch(docs);
    QVERIFY(writePdf(pdf, QPageSize(QPageSize::A4), batch.pageCount(),
                     [&](QPainter &p, const QRectF &page, int i) { batch.paintPage(p, page, i); })
                .ok());
    const QString prefix = m_dir.filePath(u"many"_qs);
    QCOMPARE(hpf::test::runProgram(u"pdftoppm"_qs, {u"-r"_qs, u"150"_qs, u"-png"_qs, pdf, prefix}), 0);
    QDir dir(m_dir.path());
    const QStringList pages = dir.entryList({u"many-*.png"_qs}, QDir::Files, QDir::Name);
    QCOMPARE(pages.size(), docs.size());
    for (const QString &name : pages) {
        const int i = name.section(u'-', -1).chopped(4).toInt() - 1;
        QByteArray out;
        QCOMPARE(hpf::test::readQrWithZbar(dir.filePath(name), &out), 0);
        QCOMPARE(QString::fromUtf8(out).trimmed(), docs.at(i).qrText);
    }
}

// Cancelling after a few pages leaves no file; a batch destroyed while it encodes ahead neither
// hangs nor touches freed memory (the asan preset checks the latter).
void TestCertificateDoc::batchSurvivesCancelAndEarlyDestruction()
{
    QList<CertificateDocument> docs;
    for (int i = 0; i < 40; ++i)
        docs.append(sample(300 + i));
    const QString pdf = m_dir.filePath(u"cancelled.pdf"_qs);
    int painted = 0;
    {
        CertificateBatch batch(docs, 8);
        const hpf::Status s = writePdf(
            pdf, QPageSize(QPageSize::A4), batch.pageCount(),
            [&](QPainter &p, const QRectF &page, int i) {
                batch.paintPage(p, page, i);
                ++painted;
            },
            [&] { return painted == 3; });
        QCOMPARE(s.error().code, u"pdf.cancelled"_qs);
    }
    QCOMPARE(painted, 3);
    QVERIFY(!QFile::exists(pdf));
    for (int round = 0; round < 20; ++round) {
        CertificateBatch batch(docs, 16);
        (void)rasterise([&](QPainter &p, const QRectF &page) { batch.paintPage(p, page, round); });
    }
    CertificateBatch batch(docs);
    (void)rasterise([&](QPainter &p, const QRectF &page) {
        batch.paintPage(p, page, -1); // out of range: nothing painted, no crash
        batch.paintPage(p, page, int(docs.size()));
    });
}

QTEST_MAIN(TestCertificateDoc)
#include "tst_certificatedoc.moc"
