#pragma once

#include "base/result.h"

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QString>
#include <memory>

class QCamera;
class QImageCapture;
class QMediaCaptureSession;

// The counter camera of face-to-face signing (面签): a live photo of each signer, taken beside
// the ID card's chip photo. LiveCamera is the seam the desk uses; MultimediaCamera drives a real
// camera through Qt Multimedia; FedImageCamera returns images a test or a training machine feeds
// it. Every call returns at once; results arrive as signals from the event loop.
namespace hpf::client::devices {

class LiveCamera : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Whether a camera is there to start (a desk greys out 拍照 and says why when not).
    virtual bool available() const = 0;
    // Switches the camera on: started() or failed() follows.
    virtual void start() = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;
    // Takes one still picture of the running camera: captured() or failed() follows.
    virtual void capture() = 0;

signals:
    void started();
    void captured(const QImage &image);
    // Error codes, field "camera": camera.none (no camera on this machine), camera.not_started
    // (capture before start), camera.busy (the previous picture is still being taken),
    // camera.failed (the device or its driver refused; detail says how), camera.no_image (a fed
    // camera was given nothing to return).
    void failed(const hpf::Error &error);
};

// A camera through Qt Multimedia (QCamera + QImageCapture in a QMediaCaptureSession). Uses the
// system's default video input, or the one whose QCameraDevice::id() is given.
class MultimediaCamera final : public LiveCamera
{
    Q_OBJECT
public:
    explicit MultimediaCamera(QByteArray deviceId = {}, QObject *parent = nullptr);
    ~MultimediaCamera() override;

    bool available() const override;
    void start() override;
    void stop() override;
    bool isActive() const override;
    void capture() override;

    // The live preview: a QVideoWidget or QVideoSink the desk shows (QMediaCaptureSession::
    // setVideoOutput). Kept and applied when the camera starts.
    void setVideoOutput(QObject *output);

private:
    void fail(const QString &code, const QString &detail);

    QByteArray m_deviceId;
    std::unique_ptr<QMediaCaptureSession> m_session;
    std::unique_ptr<QCamera> m_camera;
    std::unique_ptr<QImageCapture> m_imageCapture;
    QPointer<QObject> m_videoOutput;
    bool m_capturing = false;
};

// TESTS AND TRAINING MACHINES WITHOUT A CAMERA: capture() returns the image it was last fed.
// "Available" unless told otherwise, so tests can also play a machine without a camera.
class FedImageCamera final : public LiveCamera
{
    Q_OBJECT
public:
    explicit FedImageCamera(QObject *parent = nullptr);

    void feed(const QImage &image) { m_image = image; }
    void setAvailable(bool available) { m_available = available; }

    bool available() const override { return m_available; }
    void start() override;
    void stop() override { m_active = false; }
    bool isActive() const override { return m_active; }
    void capture() override;

private:
    void failLater(const QString &code);

    QImage m_image;
    bool m_available = true;
    bool m_active = false;
    bool m_capturing = false;
};

} // namespace hpf::client::devices
