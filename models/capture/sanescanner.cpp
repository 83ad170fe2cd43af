#include "capture/sanescanner.h"

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

// ---- statuses ---------------------------------------------------------------------------------

Error errorFor(SANE_Status status, const char *call)
{
    QString code;
    switch (status) {
    case SANE_STATUS_JAMMED:
        code = u"capture.jammed"_qs;
        break;
    case SANE_STATUS_COVER_OPEN:
        code = u"capture.cover_open"_qs;
        break;
    case SANE_STATUS_DEVICE_BUSY:
        code = u"capture.busy"_qs;
        break;
    case SANE_STATUS_NO_DOCS:
        code = u"capture.no_documents"_qs;
        break;
    case SANE_STATUS_CANCELLED:
        code = u"capture.cancelled"_qs;
        break;
    case SANE_STATUS_IO_ERROR: // the usual answer of a device unplugged or switched off mid-batch
        code = u"capture.device_lost"_qs;
        break;
    default: // INVAL, NO_MEM, ACCESS_DENIED, UNSUPPORTED, EOF where data was due
        code = u"capture.io"_qs;
        break;
    }
    return makeError(code, QString(),
                     QString::fromLatin1(call) + u": "_qs + QString::fromUtf8(sane_strstatus(status)));
}

// ---- options of an open device ----------------------------------------------------------------

class Device
{
public:
    explicit Device(SANE_Handle handle)
        : m_handle(handle)
    {}

    int find(const char *name) const
    {
        for (SANE_Int i = 1;; ++i) {
            const SANE_Option_Descriptor *d = sane_get_option_descriptor(m_handle, i);
            if (!d)
                return -1;
            if (d->name && qstrcmp(d->name, name) == 0)
                return i;
        }
    }
    const SANE_Option_Descriptor *descriptor(int index) const
    {
        return index < 0 ? nullptr : sane_get_option_descriptor(m_handle, index);
    }
    bool settable(const char *name) const
    {
        const SANE_Option_Descriptor *d = descriptor(find(name));
        return d && SANE_OPTION_IS_ACTIVE(d->cap) && SANE_OPTION_IS_SETTABLE(d->cap);
    }

    QStringList choices(const char *name) const
    {
        QStringList out;
        const SANE_Option_Descriptor *d = descriptor(find(name));
        if (d && d->type == SANE_TYPE_STRING && d->constraint_type == SANE_CONSTRAINT_STRING_LIST) {
            for (const SANE_String_Const *s = d->constraint.string_list; *s; ++s)
                out.append(QString::fromUtf8(*s));
        }
        return out;
    }
    QList<int> wordChoices(const char *name) const
    {
        QList<int> out;
        const SANE_Option_Descriptor *d = descriptor(find(name));
        if (d && d->constraint_type == SANE_CONSTRAINT_WORD_LIST) {
            for (SANE_Int i = 1; i <= d->constraint.word_list[0]; ++i)
                out.append(d->type == SANE_TYPE_FIXED ? qRound(SANE_UNFIX(d->constraint.word_list[i]))
                                                      : d->constraint.word_list[i]);
        }
        return out;
    }

    // Sets a scalar option from text, as its type reads it ("yes"/"no", a number, a string).
    Status set(const char *name, const QString &value)
    {
        const int index = find(name);
        const SANE_Option_Descriptor *d = descriptor(index);
        if (!d)
            return makeError(u"capture.io"_qs, QString::fromUtf8(name), u"no such option"_qs);
        if (!SANE_OPTION_IS_ACTIVE(d->cap) || !SANE_OPTION_IS_SETTABLE(d->cap))
            return makeError(u"capture.io"_qs, QString::fromUtf8(name), u"option not settable"_qs);
        SANE_Status status = SANE_STATUS_INVAL;
        SANE_Int info = 0;
        switch (d->type) {
        case SANE_TYPE_BOOL: {
            const QString v = value.toLower();
            SANE_Word w = (v == u"yes"_qs || v == u"true"_qs || v == u"1"_qs) ? SANE_TRUE : SANE_FALSE;
            status = sane_control_option(m_handle, index, SANE_ACTION_SET_VALUE, &w, &info);
            break;
        }
        case SANE_TYPE_INT: {
            SANE_Word w = SANE_Word(std::lround(value.toDouble()));
            status = sane_control_option(m_handle, index, SANE_ACTION_SET_VALUE, &w, &info);
            break;
        }
        case SANE_TYPE_FIXED: {
            SANE_Word w = SANE_FIX(value.toDouble());
            status = sane_control_option(m_handle, index, SANE_ACTION_SET_VALUE, &w, &info);
            break;
        }
        case SANE_TYPE_STRING: {
            QByteArray buffer = value.toUtf8();
            if (buffer.size() >= d->size)
                return makeError(u"capture.io"_qs, QString::fromUtf8(name), u"value too long"_qs);
            buffer.resize(d->size, '\0');
            status = sane_control_option(m_handle, index, SANE_ACTION_SET_VALUE, buffer.data(), &info);
            break;
        }
        case SANE_TYPE_BUTTON:
            status = sane_control_option(m_handle, index, SANE_ACTION_SET_VALUE, nullptr, &info);
            break;
        case SANE_TYPE_GROUP:
            break;
        }
        if (status != SANE_STATUS_GOOD) {
            Error e = errorFor(status, "sane_control_option");
            e.field = QString::fromUtf8(name);
            return e;
        }
        return {};
    }

    // A numeric option's value, or -1.
    double number(const char *name) const
    {
        const int index = find(name);
        const SANE_Option_Descriptor *d = descriptor(index);
        if (!d || !SANE_OPTION_IS_ACTIVE(d->cap) ||
            (d->type != SANE_TYPE_INT && d->type != SANE_TYPE_FIXED) || d->size != sizeof(SANE_Word))
            return -1;
        SANE_Word w = 0;
        if (sane_control_option(m_handle, index, SANE_ACTION_GET_VALUE, &w, nullptr) != SANE_STATUS_GOOD)
            return -1;
        return d->type == SANE_TYPE_FIXED ? SANE_UNFIX(w) : double(w);
    }

private:
    SANE_Handle m_handle;
};

QString firstMatching(const QStringList &choices, std::initializer_list<const char *> wanted)
{
    for (const char *w : wanted) {
        for (const QString &c : choices) {
            if (c.compare(QLatin1StringView(w), Qt::CaseInsensitive) == 0)
                return c;
        }
    }
    return {};
}

// Mode (and depth where the device needs it) nearest to what was asked.
void configureMode(Device &device, imaging::ColourMode wanted)
{
    const QStringList modes = device.choices(SANE_NAME_SCAN_MODE);
    const QString grey = firstMatching(modes, {"Gray", "Grey"});
    const QList<int> depths = device.wordChoices(SANE_NAME_BIT_DEPTH);
    auto setDepth = [&](int depth) {
        if (depths.contains(depth) && device.settable(SANE_NAME_BIT_DEPTH))
            (void)device.set(SANE_NAME_BIT_DEPTH, QString::number(depth));
    };
    QString mode;
    int depth = 8;
    switch (wanted) {
    case imaging::ColourMode::Bitonal:
        mode = firstMatching(modes, {"Lineart", "Binary", "Black & White", "Monochrome"});
        if (mode.isEmpty()) {
            mode = grey;
            depth = depths.contains(1) ? 1 : 8; // SANE's test backend: Gray at depth 1 is lineart
        } else {
            depth = 1;
        }
        break;
    case imaging::ColourMode::Grey:
        mode = grey;
        break;
    case imaging::ColourMode::Colour:
        mode = firstMatching(modes, {"Color", "Colour", "RGB", "24bit Color"});
        if (mode.isEmpty())
            mode = grey;
        break;
    }
    if (!mode.isEmpty() && device.settable(SANE_NAME_SCAN_MODE))
        (void)device.set(SANE_NAME_SCAN_MODE, mode);
    setDepth(depth);
}

int configureResolution(Device &device, int dpi)
{
    if (device.settable(SANE_NAME_SCAN_RESOLUTION)) {
        const QList<int> allowed = device.wordChoices(SANE_NAME_SCAN_RESOLUTION);
        int value = allowed.isEmpty() ? dpi : allowed.first();
        for (int a : allowed) {
            if (qAbs(a - dpi) < qAbs(value - dpi))
                value = a;
        }
        (void)device.set(SANE_NAME_SCAN_RESOLUTION, QString::number(value)); // a range clamps
    }
    const double actual = device.number(SANE_NAME_SCAN_RESOLUTION);
    return actual > 0 ? qRound(actual) : dpi;
}

Status configureSource(Device &device, Source source)
{
    const QStringList sources = device.choices(SANE_NAME_SCAN_SOURCE);
    QString value;
    for (const QString &s : sources) {
        const bool feeder =
            s.contains(u"feeder"_qs, Qt::CaseInsensitive) || s.contains(u"ADF"_qs, Qt::CaseInsensitive);
        const bool flatbed = s.contains(u"flatbed"_qs, Qt::CaseInsensitive);
        if (value.isEmpty() &&
            ((source == Source::Feeder && feeder) || (source == Source::Flatbed && flatbed)))
            value = s;
    }
    if (value.isEmpty())
        return source == Source::Feeder ? Status(makeError(u"capture.no_feeder"_qs, u"source"_qs,
                                                           u"the device has no document feeder"_qs))
                                        : Status();
    return device.settable(SANE_NAME_SCAN_SOURCE) ? device.set(SANE_NAME_SCAN_SOURCE, value) : Status();
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
