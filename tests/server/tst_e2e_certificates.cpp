// End to end: a certificate issued through the API is painted by the client's printing code into
// a PDF, rasterised with pdftoppm at 150 dpi, decoded by zbarimg (an independent reader) and its
// signature checked by the openssl command line against the PEM key of the published trust list.
#include "business/certificates/signingkeys.h"
#include "certificatedoc.h"
#include "certificatejson.h"
#include "crypto/base45.h"
#include "crypto/sm2.h"
#include "crypto/trustlist.h"
#include "pdfwriter.h"
#include "platform/store/sql.h"
#include "serverfixture.h"
#include "testsupport.h"

#include <QCborArray>
#include <QCborValue>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hpf;
using namespace hpf::test;

class TestE2eCertificates : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        for (const QString &tool : {u"pdftoppm"_qs, u"zbarimg"_qs, u"openssl"_qs}) {
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
        QCOMPARE(
            runProgram(u"zbarimg"_qs, {u"--raw"_qs, u"-q"_qs, dir.filePath(u"cert.png"_qs)}, {}, &scanned),
            0);
        const QString code = QString::fromUtf8(scanned).chopped(scanned.endsWith('\n') ? 1 : 0);
        QCOMPARE(code, c.value(u"code"_qs).toString());

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
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestE2eCertificates t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_e2e_certificates.moc"
