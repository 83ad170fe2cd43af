#pragma once

#include "base/result.h"
#include "imaging/codec.h"

#include <QDateTime>
#include <QImage>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

// A document scanner as the archive desk sees it. SaneScanner (libsane) is the real one; tests
// and the training back end use SANE's `test` backend through the same class. Every call returns
// at once; results arrive as signals on the caller's thread.
namespace hpf::client::capture {

struct ScannerDevice
{
    QString name; // SANE device name, e.g. "test:0"
    QString vendor;
    QString model;
    QString type;
};

enum class Source { Flatbed, Feeder };

struct ScanSettings
{
    QString device;
    int dpi = 300;
    imaging::ColourMode mode = imaging::ColourMode::Grey;
    Source source = Source::Flatbed;
};

struct ScannedPage
{
    QImage image; // as delivered by the scanner (1-bit, 8-bit grey or RGB)
    int dpi = 0;
    imaging::ColourMode mode = imaging::ColourMode::Grey;
    QString scannerMake; // DA/T 46 扫描仪生产商 / 型号
    QString scannerModel;
    QDateTime scannedAt;
};

class Scanner : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Lists the attached devices: devicesListed() follows.
    virtual void listDevices() = 0;
    // Scans one page from the flatbed, or every page in the feeder: pageScanned() for each page
    // as it completes, then finished(). An empty feeder at the end of a batch is success; a jam,
    // a vanished device or a cover left open ends the batch with an error (capture.jammed,
    // capture.device_lost, capture.cover_open, capture.no_documents, capture.busy,
    // capture.io) after the pages already delivered, which stay valid.
    virtual void scan(const ScanSettings &settings) = 0;
    // Stops the batch: the page being read is dropped (sane_cancel), the pages delivered before
    // stay; finished() follows with capture.cancelled.
    virtual void cancel() = 0;
    virtual bool isBusy() const = 0;

signals:
    void devicesListed(const QList<hpf::client::capture::ScannerDevice> &devices, const hpf::Status &status);
    void pageScanned(const hpf::client::capture::ScannedPage &page);
    void finished(const hpf::Status &status);
};

} // namespace hpf::client::capture

Q_DECLARE_METATYPE(hpf::client::capture::ScannedPage)
