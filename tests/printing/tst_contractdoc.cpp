// The contract of face-to-face signing as a PDF: its clauses flow over pages with "page n of m",
// the signers' strokes are drawn as ink in their fields, and the whole chain holds — pen strokes →
// contract PDF → the center's signature block → verified, still read by pdftotext.
#include "contractdoc.h"
#include "crypto/pdfsignature.h"
#include "crypto/sm2.h"
#include "crypto/trustlist.h"
#include "imaging/codec.h"
#include "testsupport.h"

#include <QGuiApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace hpf;
using namespace hpf::printing;

namespace {

const QDateTime kSignedAt(QDate(2026, 12, 5), QTime(2, 30, 0), QTimeZone::utc());

// A word that names clause i in letters: pdftotext drops some digits of Qt's PDFs (a digit glyph
// used a second time in a line loses its text mapping) though they print, so the text checks
// look for letters.
QString marker(int i)
{
    return u"clause"_qs + QChar(u'a' + i / 26) + QChar(u'a' + i % 26);
}

signing::SignatureStrokes zigzag()
{
    signing::SignatureStrokes s;
    s.width = 600;
    s.height = 200;
    signing::Stroke stroke{signing::PenSource::Tablet, {}};
    for (int i = 0; i <= 12; ++i)
        stroke.points.append({40.0 + i * 40, i % 2 ? 40.0 : 160.0, i * 30, 0.3 + 0.05 * i});
    s.strokes = {stroke};
    return s;
}

ContractDocument contract(int clauses)
{
    ContractDocument doc;
    doc.centerName = u"兰州住房公积金管理中心"_qs;
    doc.title = u"个人住房公积金借款合同"_qs;
    doc.number = u"HPF-2026-000123"_qs;
    doc.terms = {
        {u"借款金额"_qs, u"500,000.00"_qs}, {u"借款期限"_qs, u"360"_qs}, {u"年利率"_qs, u"2.60%"_qs}};
    for (int i = 1; i <= clauses; ++i)
        doc.clauses << u"第%1条 %2: the borrower repays the principal and the interest on the agreed day of "
                       "every month from the first month after the disbursement, as the schedule says."_qs
                           .arg(i)
                           .arg(marker(i));
    doc.signers = {{u"借款人"_qs, u"王秀英"_qs, u"11010519491231002X"_qs, zigzag(), kSignedAt},
                   {u"保证人"_qs, u"Li Ming"_qs, u"440524188001010014"_qs, {}, {}}};
    return doc;
}

QString pdftotext(const QByteArray &pdf, QByteArray *errors)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"c.pdf"_qs);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(pdf);
    f.close();
    QByteArray out;
    if (test::runProgram(u"pdftotext"_qs, {path, u"-"_qs}, {}, &out, errors) != 0)
        return {};
    return QString::fromUtf8(out);
}

} // namespace

class TestContractDoc : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesAndText();
    void signatureInkInItsField();
    void signedAndVerified();
    void trainingWatermark();
};

void TestContractDoc::initTestCase()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_qs).isEmpty()) {
        if (test::componentsRequired())
            QFAIL("pdftotext is missing (poppler-utils)");
        QSKIP("pdftotext is missing (poppler-utils)");
    }
}

void TestContractDoc::pagesAndText()
{
    const QByteArray shortPdf = contractPdf(contract(3)).value();
    QCOMPARE(imaging::pageCount(shortPdf, u"application/pdf"_qs).value(), 1);
    const QByteArray pdf = contractPdf(contract(40)).value();
    const int pages = imaging::pageCount(pdf, u"application/pdf"_qs).value();
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    QByteArray errors;
    const QString text = pdftotext(pdf, &errors);
    QVERIFY(errors.isEmpty());
    QVERIFY(text.contains(u"HPF-"_qs));
    QVERIFY(text.contains(u"500,000.00"_qs));
    for (int i : {1, 20, 40}) // every clause is printed, the last one too
        QVERIFY2(text.contains(marker(i) + u':'), qPrintable(marker(i)));
    QVERIFY(text.contains(u"Li Ming"_qs));
    // The same document lays out the same way every time.
    QCOMPARE(contractPdf(contract(40)).value().size() > 0, true);
    QCOMPARE(imaging::pageCount(contractPdf(contract(40)).value(), u"application/pdf"_qs).value(), pages);
}

void TestContractDoc::signatureInkInItsField()
{
    ContractDocument signedDoc = contract(3);
    ContractDocument unsignedDoc = contract(3);
    unsignedDoc.signers[0].strokes = {};
    const QImage withInk =
        imaging::decodePage(contractPdf(signedDoc).value(), u"application/pdf"_qs, 0, 100).value();
    const QImage without =
        imaging::decodePage(contractPdf(unsignedDoc).value(), u"application/pdf"_qs, 0, 100).value();
    QCOMPARE(withInk.size(), without.size());
    // The pixels that differ are the ink: right of the labels (the field starts 62 mm into the
    // body, 20 mm margin: 82 mm ≈ 323 px at 100 dpi), and there are plenty of them.
    int differing = 0;
    int leftOfField = 0;
    for (int y = 0; y < withInk.height(); ++y) {
        for (int x = 0; x < withInk.width(); ++x) {
            if (withInk.pixel(x, y) != without.pixel(x, y)) {
                ++differing;
                if (x < 310)
                    ++leftOfField;
            }
        }
    }
    QVERIFY2(differing > 300, qPrintable(QString::number(differing)));
    QCOMPARE(leftOfField, 0);
}

void TestContractDoc::signedAndVerified()
{
    const ContractDocument doc = contract(12);
    const QByteArray pdf = contractPdf(doc).value();
    const crypto::Sm2Key center = crypto::Sm2Key::generate().value();
    crypto::TrustList trust;
    QVERIFY(trust.add(center, kSignedAt.addYears(-1)).ok());
    const QByteArray digest = crypto::signaturesSm3({signing::toJsonBytes(doc.signers[0].strokes)});
    const QByteArray signedPdf =
        crypto::appendSignature(pdf, {doc.number, digest, kSignedAt}, center).value();
    const crypto::SignatureCheck check = crypto::verifySignature(signedPdf, trust);
    QVERIFY2(check.valid, qPrintable(check.reason));
    QCOMPARE(check.contract, doc.number);
    QCOMPARE(check.signaturesSm3, digest);
    QByteArray errors;
    QVERIFY(pdftotext(signedPdf, &errors).contains(marker(12) + u':'));
    QVERIFY2(errors.isEmpty(), errors.constData());
}

void TestContractDoc::trainingWatermark()
{
    ContractDocument doc = contract(2);
    const QImage plain = imaging::decodePage(contractPdf(doc).value(), u"application/pdf"_qs, 0, 50).value();
    doc.training = true;
    const QImage training =
        imaging::decodePage(contractPdf(doc).value(), u"application/pdf"_qs, 0, 50).value();
    QVERIFY(plain != training);
}

QTEST_MAIN(TestContractDoc)
#include "tst_contractdoc.moc"
