// End to end: a certificate issued through the API is painted by the client's printing code into
// a PDF, rasterised with pdftoppm at 150 dpi, decoded by zbarimg (an independent reader) and its
// signature checked by the openssl command line against the PEM key of the published trust list.
// For every type, with the longest realistic names: the payload and QR version limits, the symbol
// read by ZXing-C++ from the rendered PDF, the payload read by tests/support/hpf_cert_check.py
// (Python standard library + openssl, none of the project's code), the printed 经办人, and the
// /verify page driven as a browser submits its form.
#include "business/certificates/signingkeys.h"
#include "certificatedoc.h"
#include "certificatejson.h"
#include "crypto/base45.h"
#include "crypto/sm2.h"
#include "crypto/trustlist.h"
#include "domain/identity.h"
#include "pdfwriter.h"
#include "platform/store/sql.h"
#include "qrsymbol.h"
#include "serverfixture.h"
#include "testsupport.h"

#include <QCborArray>
#include <QCborValue>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#define ZX_USE_UTF8
#include <ZXing/ReadBarcode.h>

using namespace hpf;
using namespace hpf::test;

namespace {

// The longest realistic values where they matter: a 40-character unit name, an 18-character name.
const QString kUnitName =
    u"中国示例建设集团甘肃省兰州市城关区新材料科技研究与技术服务有限责任公司第八分公司"_qs;
const QString kPersonName = u"阿卜杜热合曼·买买提艾力江·阿卜杜拉"_qs;
const QString kTellerName = u"欧阳晓燕"_qs;

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile out(path);
    return out.open(QIODevice::WriteOnly) && out.write(data) == data.size();
}

// The QR code of a rendered page, read by ZXing-C++ directly (not through the client's reader).
QString zxingRead(const QString &png)
{
    const QImage grey = QImage(png).convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                int(grey.bytesPerLine()));
    const ZXing::Result r = ZXing::ReadBarcode(
        view, ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode).setTryHarder(true));
    return r.isValid() ? QString::fromStdString(r.text()) : QString();
}

// Runs the independent checker while this thread's event loop keeps serving the in-process server.
QJsonObject runChecker(const QStringList &args, int *exitCode)
{
    QProcess py;
    py.start(QString::fromUtf8(HPF_PYTHON),
             QStringList{sourcePath(u"tests/support/hpf_cert_check.py"_qs)} + args);
    if (!py.waitForStarted(10000) ||
        !QTest::qWaitFor([&] { return py.state() == QProcess::NotRunning; }, 120000)) {
        *exitCode = -1;
        return {};
    }
    *exitCode = py.exitCode();
    const QByteArray out = py.readAllStandardOutput();
    if (out.isEmpty())
        qWarning("checker: %s", py.readAllStandardError().constData());
    return QJsonDocument::fromJson(out).object();
}

} // namespace

class TestE2eCertificates : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        for (const QString &tool : {u"pdftoppm"_qs, u"pdftotext"_qs, u"zbarimg"_qs, u"openssl"_qs}) {
            if (QStandardPaths::findExecutable(tool).isEmpty()) {
                if (componentsRequired())
                    QFAIL(qPrintable(tool + u" is missing (CI=true)"_qs));
                QSKIP(qPrintable(tool + u" is not installed (scripts/install-deps.sh installs it)"_qs));
            }
        }
    }

    void printedCodeVerifiesWithIndependentTools()
    {
        ServerFixture f(Backend::Sqlite);
        QVERIFY2(f.start(), qPrintable(f.error()));
        auto key = crypto::Sm2Key::generate();
        QVERIFY(key.ok());
        auto conn = f.database().connection();
        server::Query ins(*conn, u"INSERT INTO signing_keys (kid, public_pem, file_name, status, created_at) "
                                 "VALUES (:k, :p, 'test', 'active', :t)"_qs);
        ins.bind(u":k"_qs, QString::fromLatin1(key->keyId().toHex()))
            .bind(u":p"_qs, QString::fromLatin1(key->publicKeyPem()))
            .bind(u":t"_qs, f.clock().now().addDays(-1).toMSecsSinceEpoch());
        QVERIFY(ins.exec().ok());
        f.server().context().certificateSigner =
            std::make_shared<const server::CertificateSigner>(std::move(key).value(), false);

        const QString teller = f.login(u"teller1"_qs);
        const QString unit = f.createUnit(teller, 5);
        const QString account = f.openAccount(teller, unit, 60, 888888);
        QCOMPARE(f.postRemittance(teller, unit, u"2025-06"_qs, ServerFixture::newKey()).status, 201);
        const Reply r = f.post(u"/api/v1/certificates"_qs,
                               {{u"type"_qs, u"remote_loan_deposit_use"_qs},
                                {u"accountNumber"_qs, account},
                                {u"inputs"_qs, QJsonObject{{u"loanCity"_qs, u"杭州市"_qs}}}},
                               teller, ServerFixture::newKey());
        QCOMPARE(r.status, 201);
        const QJsonObject c = r.json;

        // Print exactly what the server returned, through the client's own conversion.
        const printing::CertificateDocument doc = printing::certificateDocumentFromJson(c);
        QVERIFY(doc.training == false && doc.qrText == c.value(u"code"_qs).toString());
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"cert.pdf"_qs);
        QVERIFY(
            printing::writePdf(pdf, QPageSize(QPageSize::A4), 1, [&](QPainter &p, const QRectF &page, int) {
                printing::paintCertificate(p, page, doc);
            }).ok());
        QCOMPARE(runProgram(u"pdftoppm"_qs, {u"-r"_qs, u"150"_qs, u"-png"_qs, u"-singlefile"_qs, pdf,
                                             dir.filePath(u"cert"_qs)}),
                 0);
        QByteArray scanned;
        QCOMPARE(readQrWithZbar(dir.filePath(u"cert.png"_qs), &scanned), 0);
        const QString code = QString::fromUtf8(scanned).chopped(scanned.endsWith('\n') ? 1 : 0);
        QVERIFY2(code == c.value(u"code"_qs).toString(),
                 qPrintable(u"zbarimg read:\n%1\nissued:\n%2"_qs.arg(code, c.value(u"code"_qs).toString())));

        // openssl, with the trust list's PEM and the raw r||s signature converted to DER.
        auto trust = crypto::TrustList::fromJson(f.get(u"/api/v1/certificates/trust-list"_qs).body);
        QVERIFY(trust.ok());
        auto payload = crypto::base45Decode(QStringView(code).mid(5));
        QVERIFY(payload.ok());
        const QCborArray envelope = QCborValue::fromCbor(*payload).toArray();
        const QByteArray kid = envelope.at(1).toByteArray();
        const crypto::TrustedKey *trusted = trust->find(kid);
        QVERIFY(trusted);
        const auto write = [&](const QString &name, const QByteArray &data) {
            QFile out(dir.filePath(name));
            return out.open(QIODevice::WriteOnly) && out.write(data) == data.size();
        };
        QVERIFY(write(u"pub.pem"_qs, trusted->key->publicKeyPem()));
        QVERIFY(write(u"body.bin"_qs, envelope.at(2).toByteArray()));
        QVERIFY(write(u"sig.der"_qs, crypto::signatureRawToDer(envelope.at(3).toByteArray())));
        const QStringList verifyArgs{u"pkeyutl"_qs,
                                     u"-verify"_qs,
                                     u"-pubin"_qs,
                                     u"-inkey"_qs,
                                     dir.filePath(u"pub.pem"_qs),
                                     u"-rawin"_qs,
                                     u"-digest"_qs,
                                     u"sm3"_qs,
                                     u"-in"_qs,
                                     dir.filePath(u"body.bin"_qs),
                                     u"-sigfile"_qs,
                                     dir.filePath(u"sig.der"_qs),
                                     u"-pkeyopt"_qs,
                                     u"distid:1234567812345678"_qs};
        QByteArray out, err;
        QCOMPARE(runProgram(u"openssl"_qs, verifyArgs, {}, &out, &err), 0);
        QVERIFY2(out.contains("Signature Verified Successfully"), err.constData());
        // …and openssl refuses a changed body.
        QByteArray body = envelope.at(2).toByteArray();
        body[10] = char(body.at(10) ^ 0x20);
        QVERIFY(write(u"body.bin"_qs, body));
        QVERIFY(runProgram(u"openssl"_qs, verifyArgs, {}, &out, &err) != 0);
    }

    void everyType_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("inputs");
        QTest::addColumn<int>("settledLoans"); // loan records on file, all settled

        QTest::newRow("deposit_proof") << u"deposit_proof"_qs << QJsonObject() << 0;
        QTest::newRow("remote_loan_deposit_use, 19-character city, 2 loans")
            << u"remote_loan_deposit_use"_qs
            << QJsonObject{{u"loanCity"_qs, u"新疆维吾尔自治区伊犁哈萨克自治州伊宁市"_qs}} << 2;
        QTest::newRow("no_loan_record") << u"no_loan_record"_qs << QJsonObject() << 0;
        QTest::newRow("loan_settled, 3 loans") << u"loan_settled"_qs << QJsonObject() << 3;
    }

    void everyType()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, inputs);
        QFETCH(int, settledLoans);
        QCOMPARE(kUnitName.size(), 40);

        ServerFixture f(Backend::Sqlite);
        QVERIFY2(f.start(), qPrintable(f.error()));
        auto key = crypto::Sm2Key::generate();
        QVERIFY(key.ok());
        auto conn = f.database().connection();
        server::Query ins(*conn, u"INSERT INTO signing_keys (kid, public_pem, file_name, status, created_at) "
                                 "VALUES (:k, :p, 'test', 'active', :t)"_qs);
        ins.bind(u":k"_qs, QString::fromLatin1(key->keyId().toHex()))
            .bind(u":p"_qs, QString::fromLatin1(key->publicKeyPem()))
            .bind(u":t"_qs, f.clock().now().addDays(-1).toMSecsSinceEpoch());
        QVERIFY(ins.exec().ok());
        f.server().context().certificateSigner =
            std::make_shared<const server::CertificateSigner>(std::move(key).value(), false);
        server::Query name(*conn, u"UPDATE users SET display_name = :d WHERE username = 'teller1'"_qs);
        name.bind(u":d"_qs, kTellerName);
        QVERIFY(name.exec().ok());

        const QString teller = f.login(u"teller1"_qs);
        const Reply unitReply = f.post(u"/api/v1/openings/units"_qs,
                                       f.unitOpeningBody(kUnitName, ServerFixture::validCreditCode(7)),
                                       teller, ServerFixture::newKey());
        QVERIFY2(unitReply.status == 201, unitReply.body.constData());
        const QString unit = unitReply.json.value(u"unit"_qs).toObject().value(u"unitAccount"_qs).toString();
        QJsonObject person = ServerFixture::accountOpeningBody(unit, 9, 3500000);
        person.insert(u"name"_qs, kPersonName);
        const Reply accountReply =
            f.post(u"/api/v1/openings/accounts"_qs, person, teller, ServerFixture::newKey());
        QVERIFY2(accountReply.status == 201, accountReply.body.constData());
        const QString account =
            accountReply.json.value(u"account"_qs).toObject().value(u"accountNumber"_qs).toString();
        QVERIFY(f.backdateUnitHistory(unit));
        QCOMPARE(f.postRemittance(teller, unit, u"2025-06"_qs, ServerFixture::newKey()).status, 201);
        for (int i = 0; i < settledLoans; ++i) {
            server::Query loan(*conn, u"INSERT INTO loan_records (person_id, contract_number, granted_on, "
                                      "settled_on, created_at) SELECT person_id, :c, '2010-03-01', :s, 0 "
                                      "FROM accounts WHERE account_number = :a"_qs);
            loan.bind(u":c"_qs, QStringLiteral("HT-%1").arg(i))
                .bind(u":s"_qs, QStringLiteral("20%1-12-31").arg(15 + i))
                .bind(u":a"_qs, account);
            QVERIFY(loan.exec().ok());
        }
        QJsonObject request{{u"type"_qs, type}, {u"accountNumber"_qs, account}};
        if (!inputs.isEmpty())
            request.insert(u"inputs"_qs, inputs);
        const Reply r = f.post(u"/api/v1/certificates"_qs, request, teller, ServerFixture::newKey());
        QVERIFY2(r.status == 201, r.body.constData());
        const QJsonObject c = r.json;
        const QString code = c.value(u"code"_qs).toString();

        // Size: <= 200 bytes of payload, QR version <= 13 at level Q (what is printed).
        auto payload = crypto::base45Decode(QStringView(code).mid(5));
        QVERIFY(payload.ok());
        auto symbol = printing::QrSymbol::encodeText(code, printing::QrSymbol::Level::Q);
        QVERIFY(symbol.ok());
        qInfo("%s: payload %lld B, QR text %lld characters, version %d", qPrintable(type),
              qlonglong(payload->size()), qlonglong(code.size()), symbol->version());
        QVERIFY2(payload->size() <= 200, qPrintable(QString::number(payload->size())));
        QVERIFY2(symbol->version() <= 13, qPrintable(QString::number(symbol->version())));

        // The paper: printed through the client's conversion, 经办人 is the teller's name.
        QCOMPARE(c.value(u"handler"_qs).toString(), kTellerName);
        const printing::CertificateDocument doc = printing::certificateDocumentFromJson(c);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"cert.pdf"_qs);
        QVERIFY(
            printing::writePdf(pdf, QPageSize(QPageSize::A4), 1, [&](QPainter &p, const QRectF &page, int) {
                printing::paintCertificate(p, page, doc);
            }).ok());
        QByteArray text;
        QCOMPARE(runProgram(u"pdftotext"_qs, {pdf, u"-"_qs}, {}, &text), 0);
        // NFKC: pdftotext writes some ideographs as their Kangxi radicals (⼈ for 人).
        const QString printed = QString::fromUtf8(text).normalized(QString::NormalizationForm_KC);
        const QString handlerLine =
            QString(u"经办人："_qs + kTellerName).normalized(QString::NormalizationForm_KC);
        QVERIFY2(printed.contains(handlerLine), qPrintable(printed.right(200)));
        QCOMPARE(runProgram(u"pdftoppm"_qs, {u"-r"_qs, u"150"_qs, u"-gray"_qs, u"-png"_qs, u"-singlefile"_qs,
                                             pdf, dir.filePath(u"page"_qs)}),
                 0);
        QCOMPARE(zxingRead(dir.filePath(u"page.png"_qs)), code);

        // The payload, read independently: Base45, CBOR, kid and SM2 signature by openssl.
        QVERIFY(writeFile(dir.filePath(u"code.txt"_qs), code.toUtf8()));
        QVERIFY(writeFile(dir.filePath(u"trust.json"_qs), f.get(u"/api/v1/certificates/trust-list"_qs).body));
        int exit = 0;
        const QJsonObject decoded = runChecker({u"decode"_qs, u"--trust"_qs, dir.filePath(u"trust.json"_qs),
                                                u"--code-file"_qs, dir.filePath(u"code.txt"_qs)},
                                               &exit);
        QVERIFY2(exit == 0, QJsonDocument(decoded).toJson().constData());
        QCOMPARE(decoded.value(u"version"_qs).toInt(), 2);
        QCOMPARE(decoded.value(u"payloadBytes"_qs).toInt(), int(payload->size()));
        const QJsonObject body = decoded.value(u"body"_qs).toObject();
        QCOMPARE(body.value(u"2"_qs).toString(), c.value(u"number"_qs).toString());
        QCOMPARE(body.value(u"4"_qs).toString(), identity::maskName(kPersonName));
        QCOMPARE(body.value(u"17"_qs).toString(), identity::maskNumber(account));
        // Nothing that stays on the server: full account number, unit name, opening date, base, ratios.
        for (const char16_t *k : {u"15", u"16", u"64", u"65", u"66", u"67"})
            QVERIFY2(!body.contains(QString::fromUtf16(k)), qPrintable(QString::fromUtf16(k)));
        const QByteArray bodyJson = QJsonDocument(body).toJson(QJsonDocument::Compact);
        for (const QString &secret : {account, kUnitName, kPersonName, kPersonName.left(2)})
            QVERIFY2(!QString::fromUtf8(bodyJson).contains(secret), qPrintable(secret));

        // The /verify page as a browser submits its form: spaces as '+', then as %20.
        const QJsonObject page =
            runChecker({u"page"_qs, u"--base"_qs, QStringLiteral("http://127.0.0.1:%1").arg(f.port()),
                        u"--code-file"_qs, dir.filePath(u"code.txt"_qs)},
                       &exit);
        QCOMPARE(exit, 0);
        QCOMPARE(page.value(u"plusSent"_qs).toBool(), code.contains(u' '));
        for (const char16_t *how : {u"getPlus", u"getPercent20"}) {
            const QJsonObject p = page.value(QString::fromUtf16(how)).toObject();
            QCOMPARE(p.value(u"status"_qs).toInt(), 200);
            QVERIFY2(p.value(u"outcome"_qs).toString() == u"valid",
                     QJsonDocument(p).toJson(QJsonDocument::Compact).constData());
            const QString expires = QDateTime::fromString(c.value(u"expiresAt"_qs).toString(), Qt::ISODate)
                                        .toOffsetFromUtc(8 * 3600)
                                        .toString(u"yyyy-MM-dd HH:mm:ss"_qs);
            QCOMPARE(p.value(u"times"_qs).toObject().value(u"有效期至"_qs).toString(),
                     expires + u"（北京时间）"_qs);
        }
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestE2eCertificates t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_e2e_certificates.moc"
