#include "certificatedoc.h"
#include "pdfwriter.h"
#include "testsupport.h"

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

private:
    static CertificateDocument sample(int qrChars);
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
    QCOMPARE(hpf::test::runProgram(u"zbarimg"_qs, {u"--raw"_qs, u"-q"_qs, prefix + u".png"_qs}, {}, &out), 0);
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

QTEST_MAIN(TestCertificateDoc)
#include "tst_certificatedoc.moc"
