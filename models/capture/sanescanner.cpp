#include "capture/sanescanner.h"

#include "capture/saneoptions_p.h"
#include "capture/sanescanner_p.h"
#include "logging.h"

#include <QCoreApplication>
#include <QHash>
#include <QThread>
#include <QVarLengthArray>
#include <cmath>
#include <csignal>
#include <pthread.h>
#include <sane/sane.h>
#include <sane/saneopts.h>

namespace hpf::client::capture {
namespace {

constexpr int kMaxPagesPerBatch = 500; // archive::kMaxFiles: a feeder that never empties is a fault

// ---- the process-wide SANE thread ------------------------------------------------------------

struct SaneThread
{
    QThread *thread = nullptr;
    bool initialised = false;            // touched on the SANE thread only (and after it stopped)
    QHash<QString, ScannerDevice> known; // device name → vendor/model, SANE thread only
};

SaneThread *g_sane = nullptr;

void stopSaneThread()
{
    if (!g_sane)
        return;
    g_sane->thread->quit();
    g_sane->thread->wait();
    if (g_sane->initialised)
        sane_exit();
    delete g_sane->thread;
    delete g_sane;
    g_sane = nullptr;
}

Status ensureInitialised()
{
    if (g_sane->initialised)
        return {};
    // Backends read the device on threads of their own (sanei_thread) and write into a pipe that
    // sane_cancel closes: SIGPIPE would end the application. Threads started from here inherit
    // this mask, and their writes fail with EPIPE instead.
    sigset_t pipe;
    sigemptyset(&pipe);
    sigaddset(&pipe, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe, nullptr);
    SANE_Int version = 0;
    const SANE_Status status = sane_init(&version, nullptr);
    if (status != SANE_STATUS_GOOD)
        return makeError(u"capture.io"_qs, QString(),
                         u"sane_init: "_qs + QString::fromUtf8(sane_strstatus(status)));
    g_sane->initialised = true;
    qCInfo(lcCapture) << "SANE" << SANE_VERSION_MAJOR(version) << SANE_VERSION_MINOR(version)
                      << SANE_VERSION_BUILD(version) << "initialised";
    return {};
}

imaging::ColourMode modeOf(const QImage &image)
{
    if (image.format() == QImage::Format_Mono)
        return imaging::ColourMode::Bitonal;
    return image.format() == QImage::Format_Grayscale8 ? imaging::ColourMode::Grey
                                                       : imaging::ColourMode::Colour;
}

SaneFrame::Format formatOf(SANE_Frame f)
{
    switch (f) {
    case SANE_FRAME_RGB:
        return SaneFrame::Rgb;
    case SANE_FRAME_RED:
        return SaneFrame::Red;
    case SANE_FRAME_GREEN:
        return SaneFrame::Green;
    case SANE_FRAME_BLUE:
        return SaneFrame::Blue;
    default:
        return SaneFrame::Gray;
    }
}

} // namespace

QThread *saneThread()
{
    if (!g_sane) {
        g_sane = new SaneThread;
        g_sane->thread = new QThread;
        g_sane->thread->setObjectName(u"hpf-sane"_qs);
        g_sane->thread->start();
        qAddPostRoutine(stopSaneThread);
    }
    return g_sane->thread;
}

// ---- the worker (SANE thread) -----------------------------------------------------------------

void SaneWorker::listDevices()
{
    if (Status s = ensureInitialised(); !s) {
        emit devicesListed({}, s);
        return;
    }
    const SANE_Device **list = nullptr;
    const SANE_Status status = sane_get_devices(&list, SANE_FALSE);
    if (status != SANE_STATUS_GOOD) {
        emit devicesListed({}, errorFor(status, "sane_get_devices"));
        return;
    }
    QList<ScannerDevice> devices;
    for (const SANE_Device **d = list; d && *d; ++d) {
        ScannerDevice device{QString::fromUtf8((*d)->name), QString::fromUtf8((*d)->vendor),
                             QString::fromUtf8((*d)->model), QString::fromUtf8((*d)->type)};
        g_sane->known.insert(device.name, device);
        devices.append(device);
    }
    qCInfo(lcCapture) << devices.size() << "scanner(s) found";
    emit devicesListed(devices, Status());
}

void SaneWorker::scan(const ScanSettings &settings, const QList<BackendOption> &options)
{
    if (Status s = ensureInitialised(); !s) {
        emit finished(s);
        return;
    }
    if (!g_sane->known.contains(settings.device)) { // make and model for DA/T 46
        const SANE_Device **list = nullptr;
        if (sane_get_devices(&list, SANE_FALSE) == SANE_STATUS_GOOD) {
            for (const SANE_Device **d = list; d && *d; ++d)
                g_sane->known.insert(QString::fromUtf8((*d)->name),
                                     {QString::fromUtf8((*d)->name), QString::fromUtf8((*d)->vendor),
                                      QString::fromUtf8((*d)->model), QString::fromUtf8((*d)->type)});
        }
    }
    SANE_Handle handle = nullptr;
    const SANE_Status opened = sane_open(settings.device.toUtf8().constData(), &handle);
    if (opened != SANE_STATUS_GOOD) {
        Error e = errorFor(opened, "sane_open");
        if (e.code == u"capture.io"_qs) // INVAL, UNSUPPORTED: no such device (any more)
            e.code = u"capture.device_lost"_qs;
        e.field = u"device"_qs;
        qCWarning(lcCapture) << "cannot open scanner" << settings.device << e.detail;
        emit finished(e);
        return;
    }
    Device device(handle);
    configureMode(device, settings.mode);
    const int dpi = configureResolution(device, settings.dpi);
    Status status = configureSource(device, settings.source);
    const ScannerDevice identity = g_sane->known.value(settings.device);
    const int dpm = qRound(dpi / 0.0254);
    QVarLengthArray<SANE_Byte, 65536> buffer(65536);
    int delivered = 0;

    for (int page = 0; status && page < kMaxPagesPerBatch; ++page) {
        for (const BackendOption &o : options) {
            if (o.fromPage == page || (page == 0 && o.fromPage < 0)) {
                if (Status s = device.set(o.name.toUtf8().constData(), o.value); !s)
                    qCDebug(lcCapture) << "backend option" << o.name << "not set:" << s.error().detail;
            }
        }
        QList<SaneFrame> frames;
        bool lastFrame = false;
        while (status && !lastFrame) {
            const SANE_Status started = sane_start(handle);
            if (started != SANE_STATUS_GOOD) {
                // An empty feeder after at least one page ends the batch successfully.
                if (!(started == SANE_STATUS_NO_DOCS && frames.isEmpty() && page > 0))
                    status = errorFor(started, "sane_start");
                break;
            }
            SANE_Parameters p{};
            if (const SANE_Status s = sane_get_parameters(handle, &p); s != SANE_STATUS_GOOD) {
                status = errorFor(s, "sane_get_parameters");
                break;
            }
            SaneFrame frame{formatOf(p.format), p.bytes_per_line, p.pixels_per_line, p.depth, {}};
            if (p.lines > 0)
                frame.data.reserve(qint64(p.lines) * p.bytes_per_line);
            for (;;) {
                if (cancelRequested.load()) {
                    status = makeError(u"capture.cancelled"_qs, QString(), u"cancelled by the user"_qs);
                    break;
                }
                SANE_Int length = 0;
                const SANE_Status read = sane_read(handle, buffer.data(), SANE_Int(buffer.size()), &length);
                if (read == SANE_STATUS_EOF)
                    break;
                if (read != SANE_STATUS_GOOD) {
                    status = errorFor(read, "sane_read");
                    break;
                }
                frame.data.append(reinterpret_cast<const char *>(buffer.data()), length);
            }
            frames.append(std::move(frame));
            lastFrame = p.last_frame;
        }
        if (!status || frames.isEmpty() || !lastFrame)
            break; // an error, or the feeder is empty
        ScannedPage scanned;
        scanned.image = imageFromFrames(frames);
        if (scanned.image.isNull()) {
            status = makeError(u"capture.io"_qs, QString(), u"the frames do not make a page"_qs);
            break;
        }
        scanned.image.setDotsPerMeterX(dpm);
        scanned.image.setDotsPerMeterY(dpm);
        scanned.dpi = dpi;
        scanned.mode = modeOf(scanned.image);
        scanned.scannerMake = identity.vendor;
        scanned.scannerModel = identity.model;
        scanned.scannedAt = QDateTime::currentDateTimeUtc();
        ++delivered;
        emit pageScanned(scanned);
        if (settings.source != Source::Feeder)
            break;
    }
    sane_cancel(handle); // ends the batch (and stops a page being read)
    sane_close(handle);
    // NO_DOCS mid-read on a later page (a feeder running empty) is the end of the batch too.
    if (!status && status.error().code == u"capture.no_documents"_qs && delivered > 0)
        status = Status();
    if (!status)
        qCWarning(lcCapture) << "scan ended after" << delivered << "page(s):" << status.error().code
                             << status.error().detail;
    else
        qCInfo(lcCapture) << "scan finished:" << delivered << "page(s) at" << dpi << "dpi";
    emit finished(status);
}

// ---- SaneScanner (caller's thread) ------------------------------------------------------------

SaneScanner::SaneScanner(QObject *parent)
    : Scanner(parent)
{
    qRegisterMetaType<hpf::client::capture::ScannedPage>();
    m_worker = new SaneWorker;
    m_worker->moveToThread(saneThread());
    connect(m_worker, &SaneWorker::devicesListed, this, &Scanner::devicesListed);
    connect(m_worker, &SaneWorker::pageScanned, this, &Scanner::pageScanned);
    connect(m_worker, &SaneWorker::finished, this, &SaneScanner::onFinished);
}

SaneScanner::~SaneScanner()
{
    m_worker->cancelRequested = true;
    m_worker->deleteLater(); // after the job it may be running
}

void SaneScanner::listDevices()
{
    SaneWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->listDevices(); }, Qt::QueuedConnection);
}

void SaneScanner::scan(const ScanSettings &settings)
{
    if (m_busy) {
        QMetaObject::invokeMethod(
            this,
            [this] { emit finished(makeError(u"capture.busy"_qs, QString(), u"a scan is running"_qs)); },
            Qt::QueuedConnection);
        return;
    }
    m_busy = true;
    m_worker->cancelRequested = false;
    SaneWorker *worker = m_worker;
    const QList<BackendOption> options = m_options;
    QMetaObject::invokeMethod(
        worker, [worker, settings, options] { worker->scan(settings, options); }, Qt::QueuedConnection);
}

void SaneScanner::cancel()
{
    if (m_busy)
        m_worker->cancelRequested = true;
}

void SaneScanner::setBackendOption(const QString &name, const QString &value, int fromPage)
{
    m_options.append({name, value, fromPage});
}

void SaneScanner::onFinished(const Status &status)
{
    m_busy = false;
    emit finished(status);
}

} // namespace hpf::client::capture
