// Show-code certificates: pages rendered to PDF per second (one certificate per file, and a batch
// of 500 distinct certificates in one file) against an empty page rendered the same way (one per
// file; 500 per file), and the batch also against the empty page per file (the ratio issue 13
// states); in wall-clock time, in CPU time of the process and of the painting thread (the batch
// encodes QR symbols on a second thread); codes verified per second against a raw SM2
// verification. Ratios only, measured in the same run (about 30 s in all); the load average is
// printed before and after. `bench_certificates render` stops after the rendering part.
#include "benchsupport.h"
#include "certificatebatch.h"
#include "certificatedoc.h"
#include "crypto/certcodec.h"
#include "pdfwriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <ctime>

using namespace hpf;

namespace {

constexpr int kBatchPages = 500;

QString certificateNumber(int i)
{
    return QStringLiteral("ZM20250715%1").arg(i, 8, 10, QLatin1Char('0'));
}

crypto::CertificateBody sampleBody(int i)
{
    crypto::CertificateBody b;
    b.setInteger(crypto::CertificateField::Type, 2);
    b.setText(crypto::CertificateField::Number, certificateNumber(i));
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

printing::CertificateDocument document(int i, const QString &code)
{
    printing::CertificateDocument d;
    d.centerName = u"兰州住房公积金管理中心"_qs;
    d.title = u"异地贷款职工住房公积金缴存使用证明"_qs;
    d.certificateNumber = certificateNumber(i);
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

using PaintPage = std::function<void(QPainter &, const QRectF &, int)>;

struct Pair
{
    bench::Measurement baseline, subject;             // wall clock
    bench::Measurement baselineCpu, subjectCpu;       // CPU time of the process (all threads)
    bench::Measurement baselineThread, subjectThread; // CPU time of the painting thread
};

qint64 cpuNanoseconds(clockid_t clock)
{
    timespec t{};
    clock_gettime(clock, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

// Runs body(false, batch) (the baseline) and body(true, batch) (the subject) in alternating rounds
// until `budgetMs` have elapsed; each call performs `batch` operations.
Pair interleaved(const QString &baselineName, const QString &subjectName, int budgetMs, int batch,
                 const std::function<void(bool, int)> &body)
{
    body(false, std::max(1, batch / 10)); // warm-up
    body(true, std::max(1, batch / 10));
    Pair p{{baselineName},
           {subjectName},
           {baselineName + u" CPU"_qs},
           {subjectName + u" CPU"_qs},
           {baselineName + u" thread"_qs},
           {subjectName + u" thread"_qs}};
    QElapsedTimer total;
    total.start();
    while (total.elapsed() < budgetMs) {
        for (bool subject : {false, true}) {
            bench::Measurement &wall = subject ? p.subject : p.baseline;
            bench::Measurement &cpu = subject ? p.subjectCpu : p.baselineCpu;
            bench::Measurement &thread = subject ? p.subjectThread : p.baselineThread;
            QElapsedTimer t;
            const qint64 cpuStart = cpuNanoseconds(CLOCK_PROCESS_CPUTIME_ID);
            const qint64 threadStart = cpuNanoseconds(CLOCK_THREAD_CPUTIME_ID);
            t.start();
            body(subject, batch);
            wall.nanoseconds += t.nsecsElapsed();
            cpu.nanoseconds += cpuNanoseconds(CLOCK_PROCESS_CPUTIME_ID) - cpuStart;
            thread.nanoseconds += cpuNanoseconds(CLOCK_THREAD_CPUTIME_ID) - threadStart;
            wall.operations += batch;
            cpu.operations += batch;
            thread.operations += batch;
        }
    }
    return p;
}

void printLoad()
{
    QFile f(u"/proc/loadavg"_qs);
    if (f.open(QIODevice::ReadOnly))
        QTextStream(stdout) << "load average: " << f.readLine().trimmed() << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    // `bench_certificates render` runs only the rendering part (for perf record).
    const bool renderOnly = argc > 1 && qstrcmp(argv[1], "render") == 0;
    auto key = crypto::Sm2Key::generate();
    if (!key)
        return 1;
    crypto::TrustList trust;
    if (!trust.add(*key, QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC)))
        return 1;
    // Every page of a batch carries its own certificate number and signed code, as in the product.
    // The codes are signed here, before any timing: signing happens on the server at issue time and
    // is not part of rendering.
    QList<printing::CertificateDocument> docs;
    for (int i = 0; i < kBatchPages; ++i)
        docs.append(document(i + 1, *crypto::encodeCertificate(sampleBody(i + 1), *key)));
    const QString code = docs.constFirst().qrText;
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"b.pdf"_qs);
    const QPageSize a4(QPageSize::A4);
    const auto emptyPage = [](QPainter &, const QRectF &, int) {};
    const auto certificatePage = [&](QPainter &p, const QRectF &page, int index) {
        printing::paintCertificate(p, page, docs.at(index % kBatchPages));
    };

    // Baselines: an empty page rendered the same way, i.e. one per file for the single case and
    // 500 in one file for the batch (a file's fixed cost is shared by its pages in both). Baseline
    // and subject run in alternating rounds so that a colleague's build slows both alike.
    printLoad();
    const Pair single =
        interleaved(u"PDF: empty A4 page per file (baseline)"_qs, u"PDF: one certificate per file"_qs, 6000,
                    5, [&](bool subject, int n) {
                        for (int i = 0; i < n; ++i)
                            (void)printing::writePdf(
                                pdf, a4, 1, subject ? PaintPage(certificatePage) : PaintPage(emptyPage));
                    });
    // The batch as the batch page writes it: printing::CertificateBatch.
    const Pair batch = interleaved(
        u"PDF: empty A4 pages, 500 per file (per page)"_qs, u"PDF: batch of 500 in one file (per page)"_qs,
        8000, kBatchPages, [&](bool subject, int n) {
            if (!subject) {
                (void)printing::writePdf(pdf, a4, n, emptyPage);
                return;
            }
            printing::CertificateBatch pages(docs.mid(0, n));
            (void)printing::writePdf(
                pdf, a4, n, [&](QPainter &p, const QRectF &page, int i) { pages.paintPage(p, page, i); });
        });
    bench::report(single.baseline, {single.subject});
    bench::report(batch.baseline, {batch.subject});
    // The ratio issue 13 states: the batch against the empty page written one per file.
    bench::report(single.baseline, {batch.subject});
    // CPU time: all the work (process), and the painting thread alone, which is what limits the
    // wall clock when a core is free for the batch's QR encoding (the machine may be shared).
    bench::report(single.baselineCpu, {single.subjectCpu});
    bench::report(batch.baselineCpu, {batch.subjectCpu});
    bench::report(batch.baselineThread, {batch.subjectThread});
    printLoad();
    if (renderOnly)
        return 0;

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
    bench::report(rawVerify, {full});
    return 0;
}
