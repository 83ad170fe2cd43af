// The clean-up of one scanned page at 300 dpi A4 (2480 × 3508, grey): skew estimate, deskew,
// content bounds, blank check, near-duplicate hash, and Otsu for a bitonal page. Baseline: a plain
// deep copy of the same image (QImage::copy), measured in the same run. Also prints milliseconds
// per page, which must stay well under a second on the counter's machine.
#include "benchsupport.h"
#include "imaging/process.h"

#include <QGuiApplication>
#include <QPainter>
#include <QRandomGenerator>

using namespace hpf;

namespace {

QImage scannedPage()
{
    QImage page(2480, 3508, QImage::Format_Grayscale8);
    page.fill(255);
    QRandomGenerator rng(42);
    {
        QPainter p(&page);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(30, 30, 30));
        for (int y = 300; y < 3200; y += 50) {
            int x = 300;
            const int end = 2180 - int(rng.bounded(600));
            while (x < end) {
                const int word = 25 * int(2 + rng.bounded(6));
                p.drawRect(x, y, qMin(word, end - x), 25);
                x += word + 12;
            }
        }
    }
    // Rotated 2.5° as a sheet fed slightly askew, with scanner noise.
    QImage skewed(page.size(), QImage::Format_Grayscale8);
    skewed.fill(255);
    {
        QPainter p(&skewed);
        p.translate(page.width() / 2.0, page.height() / 2.0);
        p.rotate(2.5);
        p.translate(-page.width() / 2.0, -page.height() / 2.0);
        p.drawImage(0, 0, page);
    }
    for (int y = 0; y < skewed.height(); ++y) {
        uchar *line = skewed.scanLine(y);
        for (int x = 0; x < skewed.width(); ++x)
            line[x] = uchar(qBound(0, line[x] + int(rng.bounded(17)) - 8, 255));
    }
    return skewed;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv); // QPainter on images; offscreen as the tests run
    const QImage page = scannedPage();
    volatile qint64 sink = 0;
    const int budget = 4000;

    const auto baseline = bench::measure(u"QImage::copy of the page (baseline)"_qs, budget, 4, [&](int n) {
        for (int i = 0; i < n; ++i)
            sink = sink + page.copy().constBits()[i];
    });
    const auto skew = bench::measure(u"estimateSkew"_qs, budget, 1, [&](int n) {
        for (int i = 0; i < n; ++i)
            sink = sink + qint64(imaging::estimateSkew(page) * 10);
    });
    const auto deskew = bench::measure(u"deskew (2.5°)"_qs, budget, 1, [&](int n) {
        for (int i = 0; i < n; ++i)
            sink = sink + imaging::deskew(page, 2.5).width();
    });
    const auto crop = bench::measure(u"autoCrop"_qs, budget, 1, [&](int n) {
        for (int i = 0; i < n; ++i)
            sink = sink + imaging::autoCrop(page, 40).width();
    });
    const auto blank = bench::measure(u"isBlank"_qs, budget, 1, [&](int n) {
        for (int i = 0; i < n; ++i)
            sink = sink + imaging::isBlank(page);
    });
    const auto hash = bench::measure(u"perceptualHash"_qs, budget, 1, [&](int n) {
        for (int i = 0; i < n; ++i)
            sink = sink + qint64(imaging::perceptualHash(page) & 0xff);
    });
    const auto otsu = bench::measure(u"toBitonal (Otsu)"_qs, budget, 1, [&](int n) {
        for (int i = 0; i < n; ++i)
            sink = sink + imaging::toBitonal(page).width();
    });
    const auto whole =
        bench::measure(u"whole clean-up: skew+deskew+crop+blank+hash"_qs, budget, 1, [&](int n) {
            for (int i = 0; i < n; ++i) {
                const QImage straight = imaging::deskew(page, imaging::estimateSkew(page));
                const QImage cropped = imaging::autoCrop(straight, 40);
                sink = sink + imaging::isBlank(cropped) + qint64(imaging::perceptualHash(cropped) & 0xff);
            }
        });
    bench::report(baseline, {skew, deskew, crop, blank, hash, otsu, whole});
    std::printf("whole clean-up of one 2480x3508 page: %.0f ms\n", 1000.0 / whole.perSecond());
    return sink < 0;
}
