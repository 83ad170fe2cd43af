#include "devices/camera.h"

#include "logging.h"

#include <QCamera>
#include <QCameraDevice>
#include <QImageCapture>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QTimer>
#include <algorithm>

namespace hpf::client::devices {

namespace {

const QString kField = QStringLiteral("camera");

} // namespace

// ---- MultimediaCamera

MultimediaCamera::MultimediaCamera(QByteArray deviceId, QObject *parent)
    : LiveCamera(parent)
    , m_deviceId(std::move(deviceId))
{}

MultimediaCamera::~MultimediaCamera() = default;

// Every failure reaches the desk from the event loop, also when it is known at once (no camera),
// so a desk can connect after calling and never sees a signal inside its own call.
void MultimediaCamera::fail(const QString &code, const QString &detail)
{
    qCInfo(lcDevices) << "camera:" << code << detail;
    QTimer::singleShot(0, this, [this, code, detail] { emit failed(makeError(code, kField, detail)); });
}

bool MultimediaCamera::available() const
{
    const QList<QCameraDevice> inputs = QMediaDevices::videoInputs();
    if (m_deviceId.isEmpty())
        return !inputs.isEmpty();
    return std::any_of(inputs.begin(), inputs.end(),
                       [this](const QCameraDevice &d) { return d.id() == m_deviceId; });
}

void MultimediaCamera::start()
{
    if (m_camera && m_camera->isActive()) {
        QTimer::singleShot(0, this, &LiveCamera::started);
        return;
    }
    QCameraDevice device = QMediaDevices::defaultVideoInput();
    if (!m_deviceId.isEmpty()) {
        device = {};
        for (const QCameraDevice &d : QMediaDevices::videoInputs()) {
            if (d.id() == m_deviceId)
                device = d;
        }
    }
    if (device.isNull()) {
        fail(u"camera.none"_qs, m_deviceId.isEmpty() ? u"no video input on this machine"_qs
                                                     : u"the configured video input is not connected"_qs);
        return;
    }
    // A camera started again after stop(): the previous objects go first, capture before camera
    // before session, so none outlives what it is attached to.
    m_imageCapture.reset();
    m_camera.reset();
    m_session.reset();
    m_capturing = false;
    m_session = std::make_unique<QMediaCaptureSession>();
    m_camera = std::make_unique<QCamera>(device);
    m_imageCapture = std::make_unique<QImageCapture>();
    m_session->setCamera(m_camera.get());
    m_session->setImageCapture(m_imageCapture.get());
    if (m_videoOutput)
        m_session->setVideoOutput(m_videoOutput.data());
    connect(m_camera.get(), &QCamera::activeChanged, this, [this](bool active) {
        if (active)
            emit started();
    });
    connect(m_camera.get(), &QCamera::errorOccurred, this, [this](QCamera::Error, const QString &text) {
        m_capturing = false;
        fail(u"camera.failed"_qs, text);
    });
    connect(m_imageCapture.get(), &QImageCapture::imageCaptured, this, [this](int, const QImage &image) {
        m_capturing = false;
        emit captured(image);
    });
    connect(m_imageCapture.get(), &QImageCapture::errorOccurred, this,
            [this](int, QImageCapture::Error, const QString &text) {
                m_capturing = false;
                fail(u"camera.failed"_qs, text);
            });
    m_camera->start();
}

void MultimediaCamera::stop()
{
    if (m_camera)
        m_camera->stop();
    m_capturing = false;
}

bool MultimediaCamera::isActive() const
{
    return m_camera && m_camera->isActive();
}

void MultimediaCamera::capture()
{
    if (!isActive()) {
        fail(u"camera.not_started"_qs, {});
        return;
    }
    if (m_capturing || !m_imageCapture->isReadyForCapture()) {
        fail(u"camera.busy"_qs, {});
        return;
    }
    m_capturing = true;
    m_imageCapture->capture();
}

void MultimediaCamera::setVideoOutput(QObject *output)
{
    m_videoOutput = output;
    if (m_session)
        m_session->setVideoOutput(output);
}

// ---- FedImageCamera

FedImageCamera::FedImageCamera(QObject *parent)
    : LiveCamera(parent)
{}

void FedImageCamera::failLater(const QString &code)
{
    QTimer::singleShot(0, this, [this, code] { emit failed(makeError(code, kField)); });
}

void FedImageCamera::start()
{
    if (!m_available) {
        failLater(u"camera.none"_qs);
        return;
    }
    m_active = true;
    QTimer::singleShot(0, this, &LiveCamera::started);
}

void FedImageCamera::capture()
{
    if (!m_active) {
        failLater(u"camera.not_started"_qs);
        return;
    }
    if (m_capturing) {
        failLater(u"camera.busy"_qs);
        return;
    }
    if (m_image.isNull()) {
        failLater(u"camera.no_image"_qs);
        return;
    }
    m_capturing = true;
    QTimer::singleShot(0, this, [this, image = m_image] {
        m_capturing = false;
        emit captured(image);
    });
}

} // namespace hpf::client::devices
