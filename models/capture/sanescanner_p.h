#pragma once

#include "capture/sanescanner.h"

#include <QByteArray>
#include <QImage>
#include <QObject>
#include <atomic>

// Private to sanescanner.cpp / saneimage.cpp (and their tests).
namespace hpf::client::capture {

// One frame as sane_get_parameters() described it and sane_read() delivered it.
struct SaneFrame
{
    enum Format { Gray, Rgb, Red, Green, Blue };
    Format format = Gray;
    int bytesPerLine = 0;
    int pixelsPerLine = 0;
    int depth = 8; // bits per sample: 1, 8 or 16
    QByteArray data;
};

// The page image of one scan: 1-bit grey → QImage::Format_Mono (1 = black, as SANE lineart),
// 8/16-bit grey → Grayscale8, RGB (interleaved, or three single-colour frames in any order) →
// RGB888; 16-bit samples (native byte order) are reduced to 8. A null image when the frames do
// not make a page (no data, a missing colour, inconsistent sizes).
QImage imageFromFrames(const QList<SaneFrame> &frames);

// Lives on the SANE thread. Every slot runs to completion there; cancel is an atomic flag the
// read loop checks between sane_read() calls.
class SaneWorker : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void listDevices();
    void scan(const hpf::client::capture::ScanSettings &settings,
              const QList<hpf::client::capture::BackendOption> &options);

    std::atomic<bool> cancelRequested{false};

signals:
    void devicesListed(const QList<hpf::client::capture::ScannerDevice> &devices, const hpf::Status &status);
    void pageScanned(const hpf::client::capture::ScannedPage &page);
    void finished(const hpf::Status &status);
};

// The process-wide SANE thread (started on first use; sane_init there once, sane_exit at exit).
QThread *saneThread();

} // namespace hpf::client::capture
