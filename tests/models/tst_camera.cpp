// The counter camera seam: the fed camera returns what it was fed and refuses out-of-order calls
// with their own codes; the Qt Multimedia camera on a machine without a camera (this one, and
// every CI machine) says so cleanly — an error naming the camera, no crash, nothing captured.
#include "devices/camera.h"
#include "domain/errortext.h"

#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace hpf;
using namespace hpf::client::devices;

namespace {

QImage face(QColor colour)
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(colour);
    return image;
}

QString firstCode(const QSignalSpy &spy)
{
    return spy.isEmpty() ? QString() : spy.first().first().value<Error>().code;
}

} // namespace

class TestCamera : public QObject
{
    Q_OBJECT

private slots:
    void fedCameraReturnsWhatItWasFed();
    void fedCameraRefusals_data();
    void fedCameraRefusals();
    void multimediaCameraWithoutTheDevice();
    void multimediaCameraDefaultDevice();
};

void TestCamera::fedCameraReturnsWhatItWasFed()
{
    FedImageCamera camera;
    QSignalSpy started(&camera, &LiveCamera::started);
    QSignalSpy captured(&camera, &LiveCamera::captured);
    QSignalSpy failed(&camera, &LiveCamera::failed);
    QVERIFY(camera.available());
    camera.start();
    QCOMPARE(started.count(), 0); // from the event loop, never inside the call
    QVERIFY(started.wait(2000));
    QVERIFY(camera.isActive());

    camera.feed(face(Qt::red));
    camera.capture();
    QCOMPARE(captured.count(), 0);
    QVERIFY(captured.wait(2000));
    QCOMPARE(captured.first().first().value<QImage>(), face(Qt::red));

    // A second signer steps in front of the camera.
    camera.feed(face(Qt::green));
    camera.capture();
    QVERIFY(captured.wait(2000));
    QCOMPARE(captured.at(1).first().value<QImage>(), face(Qt::green));
    QCOMPARE(failed.count(), 0);

    camera.stop();
    QVERIFY(!camera.isActive());
}

void TestCamera::fedCameraRefusals_data()
{
    QTest::addColumn<bool>("available");
    QTest::addColumn<bool>("start");
    QTest::addColumn<bool>("feed");
    QTest::addColumn<int>("captures");
    QTest::addColumn<QString>("code");
    QTest::newRow("no camera on the machine") << false << true << true << 0 << u"camera.none"_qs;
    QTest::newRow("capture before start") << true << false << true << 1 << u"camera.not_started"_qs;
    QTest::newRow("nothing fed") << true << true << false << 1 << u"camera.no_image"_qs;
    QTest::newRow("double click on 拍照") << true << true << true << 2 << u"camera.busy"_qs;
}

void TestCamera::fedCameraRefusals()
{
    QFETCH(bool, available);
    QFETCH(bool, start);
    QFETCH(bool, feed);
    QFETCH(int, captures);
    QFETCH(QString, code);

    FedImageCamera camera;
    camera.setAvailable(available);
    QSignalSpy started(&camera, &LiveCamera::started);
    QSignalSpy captured(&camera, &LiveCamera::captured);
    QSignalSpy failed(&camera, &LiveCamera::failed);
    if (feed)
        camera.feed(face(Qt::blue));
    if (start) {
        camera.start();
        QTRY_VERIFY(started.count() + failed.count() == 1);
    }
    for (int i = 0; i < captures; ++i)
        camera.capture();
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(firstCode(failed), code);
    QCOMPARE(failed.first().first().value<Error>().field, u"camera"_qs);
    QVERIFY2(errortext::knownCodes().contains(code), qPrintable(code));
    // The double click still yields the first picture, exactly once.
    QTest::qWait(20);
    QCOMPARE(captured.count(), code == u"camera.busy"_qs ? 1 : 0);
    QCOMPARE(failed.count(), 1);
}

void TestCamera::multimediaCameraWithoutTheDevice()
{
    // A configured camera that is not connected: the same on every machine.
    MultimediaCamera camera("hpf-test-no-such-camera");
    QSignalSpy started(&camera, &LiveCamera::started);
    QSignalSpy captured(&camera, &LiveCamera::captured);
    QSignalSpy failed(&camera, &LiveCamera::failed);
    QVERIFY(!camera.available());
    camera.start();
    QCOMPARE(failed.count(), 0);
    QVERIFY(failed.wait(2000));
    QCOMPARE(firstCode(failed), u"camera.none"_qs);
    QCOMPARE(failed.first().first().value<Error>().field, u"camera"_qs);
    QVERIFY(!camera.isActive());
    camera.capture();
    QVERIFY(failed.wait(2000));
    QCOMPARE(failed.at(1).first().value<Error>().code, u"camera.not_started"_qs);
    camera.stop(); // harmless when never started
    QCOMPARE(started.count(), 0);
    QCOMPARE(captured.count(), 0);
}

void TestCamera::multimediaCameraDefaultDevice()
{
    MultimediaCamera camera;
    QSignalSpy started(&camera, &LiveCamera::started);
    QSignalSpy failed(&camera, &LiveCamera::failed);
    camera.start();
    QTRY_VERIFY_WITH_TIMEOUT(started.count() + failed.count() >= 1, 5000);
    if (!camera.available()) {
        // CI machines and this build host: no video input at all.
        QCOMPARE(started.count(), 0);
        QCOMPARE(firstCode(failed), u"camera.none"_qs);
    } else if (!failed.isEmpty()) {
        // A camera is listed but refused (busy in another program, no permission): still an error
        // naming the camera, never a crash.
        QCOMPARE(failed.first().first().value<Error>().field, u"camera"_qs);
    }
    camera.stop();
}

QTEST_MAIN(TestCamera)
#include "tst_camera.moc"
