// hpf_fuzz_seedexport: writes the certificate seeds of the fuzzers as the server makes them, and
// checks the route seeds against the server.
//   hpf_fuzz_seedexport <fuzz/seeds>
// Through the routes of an in-process server (serverharness.h, signing with the published seed key)
// it issues one certificate of every type and writes, per type: the code (fuzz_certdecode/*.txt),
// its binary payload (*.payload) and signed body (*.cbor), the Base45 text (fuzz_base45/), the code
// as a QR picture (fuzz_qrcode/*.png, one *.jpg) and the published trust list (fuzz_trustlist/).
// Then it runs every fuzz_routes seed and prints the status each got (a seed meant to succeed that
// does not is stale). Exit status 1 when something could not be written.
#include "business/certificates/signingkeys.h"
#include "certs/codereader.h"
#include "crypto/base45.h"
#include "crypto/certcodec.h"
#include "platform/store/sql.h"
#include "seedkey.h"
#include "serverharness.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <cstdio>

using namespace hpf;

namespace {

bool write(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

QImage qrImage(const QString &code, int moduleDots)
{
    ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
    writer.setMargin(4);
    const ZXing::BitMatrix matrix = writer.encode(code.toStdWString(), 0, 0); // one dot per module
    QImage image(matrix.width() * moduleDots, matrix.height() * moduleDots, QImage::Format_Grayscale8);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y,
                           matrix.get(x / moduleDots, y / moduleDots) ? qRgb(0, 0, 0) : qRgb(255, 255, 255));
    }
    return image;
}

QByteArray encoded(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s <fuzz/seeds>\n", argv[0]);
        return 2;
    }
    static auto *harness = new fuzz::ServerHarness; // never destroyed (see fuzz_routes.cpp)
    fuzz::ServerHarness &h = *harness;
    const QString out = QString::fromLocal8Bit(argv[1]);
    bool ok = true;

    auto conn = h.database().connection();
    auto trust = server::buildTrustList(*conn);
    if (!trust)
        return 1;
    ok &= write(out + u"/fuzz_trustlist/published.json"_qs, trust->toJson());
    crypto::TrustList retired;
    (void)retired.add(fuzz::seedKey(), QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC),
                      QDateTime(QDate(2025, 6, 30), QTime(23, 59, 59), Qt::UTC));
    retired.setPublishedAt(QDateTime(QDate(2025, 7, 1), QTime(0, 0), Qt::UTC));
    ok &= write(out + u"/fuzz_trustlist/retired.json"_qs, retired.toJson());

    const QJsonArray types =
        QJsonDocument::fromJson(h.dispatch(u"certificates.types"_qs, {}, {}, {}, {}).body)
            .object()
            .value(u"types"_qs)
            .toArray();
    bool jpeg = false;
    for (const QJsonValue &t : types) {
        const QString type = t.toObject().value(u"code"_qs).toString();
        QJsonObject inputs;
        for (const QJsonValue &input : t.toObject().value(u"inputs"_qs).toArray())
            inputs.insert(input.toObject().value(u"name"_qs).toString(), u"福州市"_qs);
        const QJsonObject body{
            {u"type"_qs, type}, {u"accountNumber"_qs, h.value(u"$account"_qs)}, {u"inputs"_qs, inputs}};
        const auto issued = h.dispatch(u"certificates.issue"_qs, u"teller"_qs, {}, {},
                                       QJsonDocument(body).toJson(QJsonDocument::Compact));
        const QString code = QJsonDocument::fromJson(issued.body).object().value(u"code"_qs).toString();
        if (issued.status != 201 || code.isEmpty()) {
            std::printf("certificate %s: not issued (%d %s)\n", qPrintable(type), issued.status,
                        issued.body.constData());
            continue;
        }
        const auto payload =
            crypto::base45Decode(QStringView(code).sliced(crypto::kCertificatePrefix.size()));
        const crypto::CertificateCheck check = crypto::verifyCertificate(code, *trust, h.clock());
        if (!payload || !check.ok()) {
            std::fprintf(stderr, "certificate %s does not verify: %s\n", qPrintable(type),
                         qPrintable(check.detail()));
            ok = false;
            continue;
        }
        const QString base = out + u'/';
        ok &= write(base + u"fuzz_certdecode/"_qs + type + u".txt"_qs, code.toUtf8());
        ok &= write(base + u"fuzz_certdecode/"_qs + type + u".payload"_qs, *payload);
        ok &= write(base + u"fuzz_certdecode/"_qs + type + u".cbor"_qs, check.body()->toCbor());
        ok &= write(base + u"fuzz_base45/"_qs + type + u".txt"_qs,
                    code.sliced(crypto::kCertificatePrefix.size()).toUtf8());
        const QImage picture = qrImage(code, 2);
        ok &= write(base + u"fuzz_qrcode/"_qs + type + u".png"_qs, encoded(picture, "PNG"));
        if (!jpeg) // a photo-like lossy copy of one code
            jpeg = write(base + u"fuzz_qrcode/"_qs + type + u".jpg"_qs, encoded(qrImage(code, 3), "JPG", 60));
        // The raw grey form fuzz_qrcode falls back to: one byte per pixel, one pixel per module.
        const QImage grey = qrImage(code, 1);
        QByteArray raw;
        for (int y = 0; y < grey.height(); ++y)
            raw.append(reinterpret_cast<const char *>(grey.constScanLine(y)), grey.width());
        ok &= write(base + u"fuzz_qrcode/"_qs + type + u".grey"_qs, raw);
        for (const QImage &image : {picture, grey}) {
            const auto read = client::CodeReader::readImage(image);
            if (!read || *read != code) {
                std::fprintf(stderr, "the QR picture of %s does not read back\n", qPrintable(type));
                ok = false;
            }
        }
        std::printf("certificate %s: %lld bytes of payload\n", qPrintable(type), qint64(payload->size()));
    }

    const QDir routes(out + u"/fuzz_routes"_qs);
    QSet<QString> unseeded;
    for (const server::Route &route : h.router().routes())
        unseeded.insert(route.operation);
    for (const QString &name : routes.entryList(QDir::Files, QDir::Name)) {
        QFile f(routes.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        const QByteArray input = f.readAll();
        unseeded.remove(QString::fromUtf8(input.left(input.indexOf('\n'))).section(u' ', 0, 0));
        const server::HttpResponse r = h.run(input);
        std::printf("route seed %-22s %d %s\n", qPrintable(name), r.status,
                    r.status >= 400
                        ? qPrintable(QJsonDocument::fromJson(r.body).object().value(u"code"_qs).toString())
                        : "");
    }
    for (const QString &operation : std::as_const(unseeded)) {
        std::printf("route %s has no seed in fuzz/make_seeds.py\n", qPrintable(operation));
        ok = false;
    }
    return ok ? 0 : 1;
}
