// The center's signature block on a contract PDF: a real PDF (QPdfWriter) is signed, still opens
// in an independent reader (pdftotext) with its text, verifies with the center's key, and every
// way of changing it afterwards is caught with its own reason — one byte of the content, the
// block removed, a second block, another key, an edited or truncated block, bytes appended.
#include "crypto/pdfsignature.h"
#include "crypto/signedjson.h"
#include "crypto/sm2.h"
#include "crypto/sm3.h"
#include "crypto/trustlist.h"
#include "testsupport.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace hpf;
using namespace hpf::crypto;

namespace {

const QDateTime kSignedAt(QDate(2026, 12, 5), QTime(10, 30, 15), QTimeZone::utc());
const QDateTime kKeySince(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());

QByteArray contractPdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setTitle(u"Loan contract"_qs);
    QPainter painter(&writer);
    painter.setFont(QFont(u"Sans"_qs, 14));
    painter.drawText(72, 100, u"Loan contract HPF-2026-000123"_qs);
    painter.drawText(72, 130, u"Principal 500000.00 CNY, 360 months"_qs);
    painter.end();
    return bytes;
}

ContractSignatureFields fields()
{
    return {u"HPF-2026-000123"_qs, signaturesSm3({QByteArray(R"({"v":1,"strokes":[]})")}), kSignedAt};
}

QByteArray blockLine(const QJsonObject &json)
{
    return "%HPF-SIGNATURE " + QJsonDocument(json).toJson(QJsonDocument::Compact).toBase64();
}

// Rebuilds a signed file around another block line (the original's prefix and trailer).
QByteArray withBlockLine(const QByteArray &signedPdf, const QByteArray &line)
{
    const qsizetype at = signedPdf.lastIndexOf("%HPF-SIGNATURE ");
    const qsizetype eol = signedPdf.indexOf('\n', at);
    return signedPdf.left(at) + line + signedPdf.mid(eol);
}

} // namespace

class TestPdfSignature : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signedPdfVerifies();
    void tampering_data();
    void tampering();
    void signedPdfStillOpens();
    void appendRefusals_data();
    void appendRefusals();
    void fileWithoutFinalNewline();
    void signaturesDigest();

private:
    Sm2Key m_center;
    Sm2Key m_other;
    TrustList m_trust;
    QByteArray m_pdf;
    QByteArray m_signed;
};

void TestPdfSignature::initTestCase()
{
    m_center = Sm2Key::generate().value();
    m_other = Sm2Key::generate().value();
    QVERIFY(m_trust.add(m_center, kKeySince).ok());
    m_pdf = contractPdf();
    QVERIFY(m_pdf.startsWith("%PDF-"));
    Result<QByteArray> signedPdf = appendSignature(m_pdf, fields(), m_center);
    QVERIFY(signedPdf.ok());
    m_signed = *signedPdf;
}

void TestPdfSignature::signedPdfVerifies()
{
    // The original bytes are kept as they were, the block follows them.
    QVERIFY(m_signed.startsWith(m_pdf));
    QVERIFY(m_signed.endsWith("%%EOF\n"));
    const Result<SignatureBlock> block = readSignature(m_signed);
    QVERIFY(block.ok());
    QCOMPARE(block->prefix, m_pdf.endsWith('\n') ? m_pdf : QByteArray(m_pdf + '\n'));
    QCOMPARE(block->json.value(u"pdfSm3"_qs).toString().toLatin1(), sm3(block->prefix).toHex());
    QCOMPARE(block->json.value(u"kid"_qs).toString().toLatin1(), m_center.keyId().toHex());
    QCOMPARE(block->json.value(u"v"_qs).toInt(), 1);
    // Checkable without this code: the canonical bytes and the center's public key are enough.
    QVERIFY(verifyJson(block->json, m_center));

    const SignatureCheck check = verifySignature(m_signed, m_trust);
    QVERIFY2(check.valid, qPrintable(check.reason));
    QCOMPARE(check.reason, QString());
    QCOMPARE(check.contract, u"HPF-2026-000123"_qs);
    QCOMPARE(check.signedAt, kSignedAt);
    QCOMPARE(check.kid, m_center.keyId());
    QCOMPARE(check.signaturesSm3, fields().signaturesSm3);
}

void TestPdfSignature::tampering_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<QString>("reason"); // "" = still valid

    QTest::newRow("untouched") << u"none"_qs << QString();
    QTest::newRow("trailing line end added") << u"trailing newline"_qs << QString();
    QTest::newRow("one byte of the content") << u"content byte"_qs << u"contract.changed"_qs;
    QTest::newRow("one byte of the header") << u"header byte"_qs << u"contract.changed"_qs;
    QTest::newRow("the PDF's own %%EOF line") << u"eof byte"_qs << u"contract.changed"_qs;
    QTest::newRow("block removed") << u"remove block"_qs << u"contract.no_signature"_qs;
    QTest::newRow("empty file") << u"empty"_qs << u"contract.no_signature"_qs;
    QTest::newRow("second block appended") << u"second block"_qs << u"contract.two_signatures"_qs;
    QTest::newRow("re-signed by another key") << u"other key"_qs << u"contract.unknown_key"_qs;
    QTest::newRow("center's kid, another key's signature")
        << u"forged kid"_qs << u"contract.bad_signature"_qs;
    QTest::newRow("contract number edited in the block") << u"edited json"_qs << u"contract.bad_signature"_qs;
    QTest::newRow("signing time moved back") << u"edited time"_qs << u"contract.bad_signature"_qs;
    QTest::newRow("truncated base64") << u"truncated"_qs << u"contract.malformed"_qs;
    QTest::newRow("block not base64") << u"not base64"_qs << u"contract.malformed"_qs;
    QTest::newRow("block base64 of no JSON") << u"not json"_qs << u"contract.malformed"_qs;
    QTest::newRow("block without version") << u"no version"_qs << u"contract.malformed"_qs;
    QTest::newRow("oversized block") << u"oversized"_qs << u"contract.malformed"_qs;
    QTest::newRow("incremental update after the block") << u"appended"_qs << u"contract.changed"_qs;
    QTest::newRow("key outside its signing period") << u"key period"_qs << u"contract.key_period"_qs;
}

void TestPdfSignature::tampering()
{
    QFETCH(QString, tamper);
    QFETCH(QString, reason);

    QByteArray file = m_signed;
    TrustList trust = m_trust;
    const QJsonObject json = readSignature(m_signed)->json;
    if (tamper == u"trailing newline") {
        file += "\r\n";
    } else if (tamper == u"content byte") {
        file[m_pdf.size() / 2] = char(file[m_pdf.size() / 2] ^ 0x01);
    } else if (tamper == u"header byte") {
        file[5] = file[5] == '1' ? '2' : '1'; // %PDF-1.4 → %PDF-2.4
    } else if (tamper == u"eof byte") {
        const qsizetype eof = m_pdf.lastIndexOf("%%EOF");
        file[eof + 2] = 'e';
    } else if (tamper == u"remove block") {
        file = readSignature(m_signed)->prefix;
    } else if (tamper == u"empty") {
        file.clear();
    } else if (tamper == u"second block") {
        file += blockLine(json) + "\nstartxref\n0\n%%EOF\n";
    } else if (tamper == u"other key") {
        file = appendSignature(m_pdf, fields(), m_other).value();
    } else if (tamper == u"forged kid") {
        QJsonObject forged = json;
        forged.remove(u"signature"_qs);
        forged = signJson(forged, m_other).value(); // kid still names the center's key
        file = withBlockLine(m_signed, blockLine(forged));
    } else if (tamper == u"edited json") {
        QJsonObject edited = json;
        edited.insert(u"contract"_qs, u"HPF-2026-000124"_qs);
        file = withBlockLine(m_signed, blockLine(edited));
    } else if (tamper == u"edited time") {
        QJsonObject edited = json;
        edited.insert(u"signedAt"_qs, u"2026-12-04T10:30:15Z"_qs);
        file = withBlockLine(m_signed, blockLine(edited));
    } else if (tamper == u"truncated") {
        const QByteArray line = blockLine(json);
        file = withBlockLine(m_signed, line.left(line.size() - 7));
    } else if (tamper == u"not base64") {
        file = withBlockLine(m_signed, "%HPF-SIGNATURE {\"v\":1}");
    } else if (tamper == u"not json") {
        file = withBlockLine(m_signed, "%HPF-SIGNATURE " + QByteArray("contract signed").toBase64());
    } else if (tamper == u"no version") {
        QJsonObject edited = json;
        edited.remove(u"v"_qs);
        file = withBlockLine(m_signed, blockLine(edited));
    } else if (tamper == u"oversized") {
        file = withBlockLine(m_signed, "%HPF-SIGNATURE " + QByteArray(100000, 'A'));
    } else if (tamper == u"appended") {
        // What an editor saving "incrementally" does: new objects, new xref, new %%EOF.
        file += "5 0 obj\n<< /Length 0 >>\nstream\n\nendstream\nendobj\nstartxref\n0\n%%EOF\n";
    } else if (tamper == u"key period") {
        trust = TrustList();
        QVERIFY(trust.add(m_center, kSignedAt.addDays(1)).ok()); // key published after it signed
    } else {
        QCOMPARE(tamper, u"none"_qs);
    }

    const SignatureCheck check = verifySignature(file, trust);
    QCOMPARE(check.reason, reason);
    QCOMPARE(check.valid, reason.isEmpty());
}

void TestPdfSignature::signedPdfStillOpens()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_qs).isEmpty()) {
        if (test::componentsRequired())
            QFAIL("pdftotext is missing (poppler-utils)");
        QSKIP("pdftotext is missing (poppler-utils)");
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"signed.pdf"_qs);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(m_signed);
    f.close();
    QByteArray text;
    QByteArray errors;
    QCOMPARE(test::runProgram(u"pdftotext"_qs, {path, u"-"_qs}, {}, &text, &errors), 0);
    QVERIFY2(text.contains("Loan contract HPF-2026-000123"), text.constData());
    QVERIFY(text.contains("Principal 500000.00 CNY"));
    // A clean incremental update: Poppler does not have to repair the file to read it.
    QVERIFY2(errors.isEmpty(), errors.constData());
}

void TestPdfSignature::appendRefusals_data()
{
    QTest::addColumn<QByteArray>("pdf"); // "" = the test PDF
    QTest::addColumn<QString>("contract");
    QTest::addColumn<QByteArray>("digest"); // "" = a good one
    QTest::addColumn<bool>("signedAtValid");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    const QByteArray notPdf("PK\x03\x04 a zip file %%EOF\n");
    QTest::newRow("not a PDF") << notPdf << u"C1"_qs << QByteArray() << true << u"contract.not_pdf"_qs
                               << u"file"_qs;
    QTest::newRow("PDF without %%EOF") << QByteArray("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n") << u"C1"_qs
                                       << QByteArray() << true << u"contract.not_pdf"_qs << u"file"_qs;
    QTest::newRow("PDF without startxref") << QByteArray("%PDF-1.4\n%%EOF\n") << u"C1"_qs << QByteArray()
                                           << true << u"contract.not_pdf"_qs << u"file"_qs;
    QTest::newRow("signed already") << QByteArray("signed") << u"C1"_qs << QByteArray() << true
                                    << u"contract.already_signed"_qs << u"file"_qs;
    QTest::newRow("no contract number")
        << QByteArray() << u"  "_qs << QByteArray() << true << u"contract.fields"_qs << u"contract"_qs;
    QTest::newRow("oversized contract number") << QByteArray() << QString(65, u'9') << QByteArray() << true
                                               << u"contract.fields"_qs << u"contract"_qs;
    QTest::newRow("contract number with a line end") << QByteArray() << u"C1\nstartxref"_qs << QByteArray()
                                                     << true << u"contract.fields"_qs << u"contract"_qs;
    QTest::newRow("digest too short") << QByteArray() << u"C1"_qs << QByteArray(63, 'a') << true
                                      << u"contract.fields"_qs << u"signaturesSm3"_qs;
    QTest::newRow("digest upper case") << QByteArray() << u"C1"_qs << QByteArray(64, 'A') << true
                                       << u"contract.fields"_qs << u"signaturesSm3"_qs;
    QTest::newRow("no signing time") << QByteArray() << u"C1"_qs << QByteArray() << false
                                     << u"contract.fields"_qs << u"signedAt"_qs;
}

void TestPdfSignature::appendRefusals()
{
    QFETCH(QByteArray, pdf);
    QFETCH(QString, contract);
    QFETCH(QByteArray, digest);
    QFETCH(bool, signedAtValid);
    QFETCH(QString, code);
    QFETCH(QString, field);

    if (pdf.isEmpty())
        pdf = m_pdf;
    else if (pdf == "signed")
        pdf = m_signed;
    ContractSignatureFields f = fields();
    f.contract = contract;
    if (!digest.isEmpty())
        f.signaturesSm3 = digest;
    if (!signedAtValid)
        f.signedAt = {};
    const Result<QByteArray> result = appendSignature(pdf, f, m_center);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
    QCOMPARE(result.error().field, field);
    // A public key cannot sign.
    const Sm2Key publicOnly = Sm2Key::fromPublicPem(m_center.publicKeyPem()).value();
    QCOMPARE(appendSignature(m_pdf, fields(), publicOnly).error().code, u"crypto.no_private_key"_qs);
}

void TestPdfSignature::fileWithoutFinalNewline()
{
    QByteArray pdf = m_pdf;
    while (pdf.endsWith('\n') || pdf.endsWith('\r'))
        pdf.chop(1);
    const QByteArray signedPdf = appendSignature(pdf, fields(), m_center).value();
    QVERIFY(signedPdf.startsWith(QByteArray(pdf + "\n%HPF-SIGNATURE ")));
    QVERIFY(verifySignature(signedPdf, m_trust).valid);
    // Any fractional second is dropped before signing: the block's time is what the check reports.
    ContractSignatureFields f = fields();
    f.signedAt = kSignedAt.addMSecs(250).toTimeZone(QTimeZone(8 * 3600));
    const SignatureCheck check = verifySignature(appendSignature(pdf, f, m_center).value(), m_trust);
    QVERIFY(check.valid);
    QCOMPARE(check.signedAt, kSignedAt);
}

void TestPdfSignature::signaturesDigest()
{
    const QByteArray a(R"({"v":1,"strokes":[1]})");
    const QByteArray b(R"({"v":1,"strokes":[2]})");
    QCOMPARE(signaturesSm3({a, b}), sm3(QByteArray(a + '\n' + b + '\n')).toHex());
    QVERIFY(signaturesSm3({a, b}) != signaturesSm3({b, a}));              // signing order matters
    QVERIFY(signaturesSm3({QByteArray(a + b)}) != signaturesSm3({a, b})); // signers cannot be merged
    QCOMPARE(signaturesSm3({}).size(), 64);
}

QTEST_MAIN(TestPdfSignature)
#include "tst_pdfsignature.moc"
