// Show-code certificates: pages rendered to PDF per second (one certificate per file, and a batch
// of 500 in one file) against rendering an empty page; codes verified per second against a raw
// SM2 verification. Ratios only, measured in the same run (about 40 s in all).
#include "benchsupport.h"
#include "certificatedoc.h"
#include "crypto/certcodec.h"
#include "pdfwriter.h"

#include <QGuiApplication>
#include <QTemporaryDir>

using namespace hpf;

namespace {

crypto::CertificateBody sampleBody(int i)
{
    crypto::CertificateBody b;
    b.setInteger(crypto::CertificateField::Type, 2);
    b.setText(crypto::CertificateField::Number,
              QStringLiteral("ZM20250715%1").arg(i, 8, 10, QLatin1Char('0')));
    b.setText(crypto::CertificateField::Center, u"620100"_qs);
    b.setText(crypto::CertificateField::MaskedName, u"张*"_qs);
    b.setText(crypto::CertificateField::MaskedIdNumber, u"1101**********002X"_qs);
    b.setText(crypto::CertificateField::MaskedAccountNumber, u"1000*****0123"_qs);
    b.setInteger(crypto::CertificateField::BalanceFen, 8564230);
    b.setInteger(crypto::CertificateField::MonthlyDepositFen, 124444);
    b.setInteger(crypto::CertificateField::AccountState, 1);
    b.setInteger(crypto::CertificateField::DepositFrom, 201907);
    b.setInteger(crypto::CertificateField::DepositTo, 202506);
    b.setInteger(crypto::CertificateField::LoanRecord, 0);
    b.setText(crypto::CertificateField::LoanCity, u"杭州市"_qs);
    b.setIssuedAt(QDateTime(QDate(2025, 7, 15), QTime(10, 0), Qt::UTC));
    b.setExpiresAt(QDateTime(QDate(2025, 9, 15), QTime(10, 0), Qt::UTC));
    return b;
}

printing::CertificateDocument document(const QString &code)
{
    printing::CertificateDocument d;
    d.centerName = u"兰州住房公积金管理中心"_qs;
    d.title = u"异地贷款职工住房公积金缴存使用证明"_qs;
    d.certificateNumber = u"ZM2025071500000001"_qs;
    d.fields = {{u"姓名"_qs, u"张*"_qs, {}},
                {u"证件号码"_qs, u"1101**********002X"_qs, {}},
                {u"账户余额"_qs, QString(), 8564230},
                {u"月缴存额"_qs, QString(), 124444},
                {u"缴存起止年月"_qs, u"2019-07 至 2025-06"_qs, {}},
                {u"拟贷款城市"_qs, u"杭州市"_qs, {}}};
    d.statement = u"本证明自开具之日起，2个月内有效。"_qs;
    d.issueDate = QDate(2025, 7, 15);
    d.validUntil = QDate(2025, 9, 15);
    d.qrText = code;
    d.verifyHint = u"核验：扫描二维码"_qs;
    return d;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    auto key = crypto::Sm2Key::generate();
    if (!key)
        return 1;
    crypto::TrustList trust;
    if (!trust.add(*key, QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC)))
        return 1;
    const QString code = *crypto::encodeCertificate(sampleBody(1), *key);
    const printing::CertificateDocument doc = document(code);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"b.pdf"_qs);
    const QPageSize a4(QPageSize::A4);

    const auto emptyPage = bench::measure(u"PDF: empty A4 page (baseline)"_qs, 4000, 5, [&](int n) {
        for (int i = 0; i < n; ++i)
            (void)printing::writePdf(pdf, a4, 1, [](QPainter &, const QRectF &, int) {});
    });
    const auto single = bench::measure(u"PDF: one certificate per file"_qs, 6000, 5, [&](int n) {
        for (int i = 0; i < n; ++i)
            (void)printing::writePdf(pdf, a4, 1, [&](QPainter &p, const QRectF &page, int) {
                printing::paintCertificate(p, page, doc);
            });
    });
    const auto batch = bench::measure(u"PDF: batch of 500 in one file (per page)"_qs, 1, 500, [&](int n) {
        (void)printing::writePdf(pdf, a4, n, [&](QPainter &p, const QRectF &page, int) {
            printing::paintCertificate(p, page, doc);
        });
    });
    bench::report(emptyPage, {single, batch});

    const auto payload = *crypto::encodeCertificatePayload(sampleBody(1), *key);
    const QByteArray body = sampleBody(1).toCbor();
    const QByteArray signature = *key->signRaw(body);
    const ManualClock clock(QDateTime(QDate(2025, 8, 1), QTime(0, 0), Qt::UTC));
    const auto rawVerify = bench::measure(u"SM2 verify of the body (baseline)"_qs, 4000, 50, [&](int n) {
        for (int i = 0; i < n; ++i)
            (void)key->verifyRaw(body, signature);
    });
    const auto full = bench::measure(u"verify HPF1 code (Base45+CBOR+SM2+expiry)"_qs, 4000, 50, [&](int n) {
        for (int i = 0; i < n; ++i)
            (void)crypto::verifyCertificate(code, trust, clock).ok();
    });
    (void)payload;
    bench::report(rawVerify, {full});
    return 0;
}
