// The signature pad by synthetic pens: a mouse stroke (pressure 1, time since the first point), a
// tablet pen's pressure read from QTabletEvents, a finger on a touch screen; Delete clears; the
// empty pad shows its hint; the recording survives its JSON round trip exactly; and the rendered
// image has ink where the strokes were, wider where the pen pressed harder.
#include "domain/signaturestrokes.h"
#include "widgets/signaturepad.h"

#include <QApplication>
#include <QPointingDevice>
#include <QSignalSpy>
#include <QTabletEvent>
#include <QTest>

using namespace hpf;
using namespace hpf::signing;
using hpf::ui::SignaturePad;

namespace {

// Sends a tablet event straight to the pad, as the platform does for a pen on a tablet.
void pen(SignaturePad &pad, const QPointingDevice &device, QEvent::Type type, QPointF at, double pressure,
         quint64 timestamp = 0)
{
    const Qt::MouseButton button = type == QEvent::TabletMove ? Qt::NoButton : Qt::LeftButton;
    const Qt::MouseButtons buttons = type == QEvent::TabletRelease ? Qt::NoButton : Qt::LeftButton;
    QTabletEvent event(type, &device, at, pad.mapToGlobal(at), pressure, 0, 0, 0, 0, 0, Qt::NoModifier,
                       button, buttons);
    event.setTimestamp(timestamp);
    QApplication::sendEvent(&pad, &event);
}

// Ink pixels in the image's column x between rows y0 and y1 (the stroke's drawn width there).
int inkInColumn(const QImage &image, int x, int y0, int y1)
{
    int n = 0;
    for (int y = y0; y <= y1; ++y)
        n += qAlpha(image.pixel(x, y)) > 64 ? 1 : 0;
    return n;
}

} // namespace

class TestSignaturePad : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyPadShowsItsHint();
    void mouseStroke();
    void tabletPressure();
    void touchStroke();
    void deleteClears();
    void jsonRoundTrip();
    void restoredRecordingContinues();
    void imageHasInkWhereStrokesWere();

private:
    SignaturePad *m_pad = nullptr;
    QPointingDevice *m_stylus = nullptr;
    QPointingDevice *m_eraser = nullptr;
};

void TestSignaturePad::init()
{
    m_pad = new SignaturePad;
    m_pad->resize(600, 200);
    m_pad->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pad));
    m_pad->setFocus();
    const auto caps = QInputDevice::Capability::Position | QInputDevice::Capability::Pressure;
    m_stylus = new QPointingDevice(u"test pen"_qs, 4201, QInputDevice::DeviceType::Stylus,
                                   QPointingDevice::PointerType::Pen, caps, 1, 2, {}, {}, m_pad);
    m_eraser = new QPointingDevice(u"test pen eraser"_qs, 4202, QInputDevice::DeviceType::Stylus,
                                   QPointingDevice::PointerType::Eraser, caps, 1, 2, {}, {}, m_pad);
}

void TestSignaturePad::cleanup()
{
    delete m_pad; // owns the test devices
    m_pad = nullptr;
}

void TestSignaturePad::emptyPadShowsItsHint()
{
    QVERIFY(m_pad->isEmpty());
    QVERIFY(m_pad->strokes().isEmpty());
    QVERIFY(!requireSigned(m_pad->strokes()).ok());
    QVERIFY(!m_pad->hint().isEmpty());
    const QImage withHint = m_pad->grab().toImage();
    m_pad->setHint(QString());
    const QImage withoutHint = m_pad->grab().toImage();
    QVERIFY(withHint != withoutHint); // the hint is drawn on an empty pad …
    m_pad->setHint(u"请在此签名"_qs);
    QTest::mouseClick(m_pad, Qt::LeftButton, {}, QPoint(300, 100));
    QVERIFY(!m_pad->isEmpty());
    const QImage signed1 = m_pad->grab().toImage();
    m_pad->setHint(u"something else"_qs);
    QCOMPARE(m_pad->grab().toImage(), signed1); // … and not on a signed one
    // A click is a dot: one stroke of one point.
    QCOMPARE(m_pad->strokes().strokes.size(), 1);
    QCOMPARE(m_pad->strokes().strokes[0].points.size(), 1);
    const QImage image = m_pad->toImage(QSize(600, 200));
    QVERIFY(qAlpha(image.pixel(300, 100)) > 0);
}

void TestSignaturePad::mouseStroke()
{
    QSignalSpy changed(m_pad, &SignaturePad::changed);
    QTest::mousePress(m_pad, Qt::LeftButton, {}, QPoint(20, 50));
    QTest::mouseMove(m_pad, QPoint(120, 80), 30);
    QTest::mouseMove(m_pad, QPoint(220, 60), 30);
    QTest::mouseMove(m_pad, QPoint(220, 60), 5); // resting: not recorded twice
    QCOMPARE(changed.count(), 0);                // the stroke is not finished yet
    QVERIFY(!m_pad->isEmpty());
    QVERIFY(m_pad->strokes().isEmpty());
    QTest::mouseMove(m_pad, QPoint(900, -40), 30); // dragged past the corner: kept on the edge
    QTest::mouseRelease(m_pad, Qt::LeftButton, {}, QPoint(900, -40), 10);
    QCOMPARE(changed.count(), 1);

    const SignatureStrokes s = m_pad->strokes();
    QCOMPARE(s.width, 600.0);
    QCOMPARE(s.height, 200.0);
    QCOMPARE(s.strokes.size(), 1);
    const Stroke &stroke = s.strokes[0];
    QCOMPARE(stroke.source, PenSource::Mouse);
    QCOMPARE(stroke.points.size(), 4);
    QCOMPARE(stroke.points[0], (StrokePoint{20, 50, 0, 1}));
    QCOMPARE(stroke.points[1].x, 120.0);
    QCOMPARE(stroke.points[3].x, 600.0);
    QCOMPARE(stroke.points[3].y, 0.0);
    for (qsizetype i = 1; i < stroke.points.size(); ++i) {
        QVERIFY(stroke.points[i].t >= stroke.points[i - 1].t);
        QCOMPARE(stroke.points[i].pressure, 1.0);
    }
    QVERIFY2(stroke.points[3].t >= 80, qPrintable(QString::number(stroke.points[3].t))); // 3 × 30 ms waited

    // A right button does not write.
    QTest::mouseClick(m_pad, Qt::RightButton, {}, QPoint(300, 150));
    QCOMPARE(m_pad->strokes().strokes.size(), 1);
}

void TestSignaturePad::tabletPressure()
{
    QSignalSpy changed(m_pad, &SignaturePad::changed);
    // Timestamps as a tablet driver gives them (ms); the 4th event arrives late, stamped earlier.
    pen(*m_pad, *m_stylus, QEvent::TabletPress, {50, 100}, 0.2, 5000);
    pen(*m_pad, *m_stylus, QEvent::TabletMove, {150, 110}, 0.6, 5016);
    pen(*m_pad, *m_stylus, QEvent::TabletMove, {250, 120}, 0.9, 5033);
    pen(*m_pad, *m_stylus, QEvent::TabletMove, {251.337, 120.004}, 0.12345, 5020);
    pen(*m_pad, *m_stylus, QEvent::TabletRelease, {251.337, 120.004}, 0, 5040);
    QCOMPARE(changed.count(), 1);
    // The eraser end is not ink.
    pen(*m_pad, *m_eraser, QEvent::TabletPress, {300, 100}, 1);
    pen(*m_pad, *m_eraser, QEvent::TabletMove, {400, 100}, 1);
    pen(*m_pad, *m_eraser, QEvent::TabletRelease, {400, 100}, 0);
    QCOMPARE(changed.count(), 1);

    const SignatureStrokes s = m_pad->strokes();
    QCOMPARE(s.strokes.size(), 1);
    QCOMPARE(s.strokes[0].source, PenSource::Tablet);
    QList<double> pressures;
    for (const StrokePoint &p : s.strokes[0].points)
        pressures << p.pressure;
    QCOMPARE(pressures, (QList<double>{0.2, 0.6, 0.9, 0.123})); // rounded to the stored resolution
    QList<qint64> times;
    for (const StrokePoint &p : s.strokes[0].points)
        times << p.t;
    QCOMPARE(times, (QList<qint64>{0, 16, 33, 33})); // never backwards
    QCOMPARE(s.strokes[0].points.last().x, 251.34);
    QCOMPARE(s.strokes[0].points.last().y, 120.0);
}

void TestSignaturePad::touchStroke()
{
    QPointingDevice *screen = QTest::createTouchDevice();
    QTest::touchEvent(m_pad, screen).press(0, QPoint(10, 10));
    QTest::touchEvent(m_pad, screen).move(0, QPoint(60, 40));
    QTest::touchEvent(m_pad, screen).move(0, QPoint(110, 70));
    QTest::touchEvent(m_pad, screen).release(0, QPoint(110, 70));
    const SignatureStrokes s = m_pad->strokes();
    QCOMPARE(s.strokes.size(), 1); // not a second stroke from the mouse events Qt makes of touches
    QCOMPARE(s.strokes[0].source, PenSource::Touch);
    QCOMPARE(s.strokes[0].points.first().x, 10.0);
    QCOMPARE(s.strokes[0].points.last().x, 110.0);
    QCOMPARE(s.strokes[0].points.size(), 3);
}

void TestSignaturePad::deleteClears()
{
    QSignalSpy changed(m_pad, &SignaturePad::changed);
    QTest::mousePress(m_pad, Qt::LeftButton, {}, QPoint(20, 50));
    QTest::mouseRelease(m_pad, Qt::LeftButton, {}, QPoint(80, 50));
    QVERIFY(!m_pad->isEmpty());
    QTest::keyClick(m_pad, Qt::Key_Delete);
    QVERIFY(m_pad->isEmpty());
    QVERIFY(m_pad->strokes().isEmpty());
    QCOMPARE(changed.count(), 2);

    // The clock starts again with the next signature.
    QTest::mousePress(m_pad, Qt::LeftButton, {}, QPoint(30, 60), 50);
    QTest::mouseRelease(m_pad, Qt::LeftButton, {}, QPoint(90, 60));
    QCOMPARE(m_pad->strokes().strokes[0].points[0].t, 0);
    QTest::keyClick(m_pad, Qt::Key_Backspace);
    QVERIFY(m_pad->isEmpty());
    QTest::mouseClick(m_pad, Qt::LeftButton, {}, QPoint(10, 10));
    m_pad->clear();
    QVERIFY(m_pad->isEmpty());
    QCOMPARE(changed.count(), 6);
}

void TestSignaturePad::jsonRoundTrip()
{
    QTest::mousePress(m_pad, Qt::LeftButton, {}, QPoint(20, 50));
    QTest::mouseMove(m_pad, QPoint(120, 80), 10);
    QTest::mouseRelease(m_pad, Qt::LeftButton, {}, QPoint(130, 90), 10);
    pen(*m_pad, *m_stylus, QEvent::TabletPress, {300.123, 100.456}, 0.3333);
    pen(*m_pad, *m_stylus, QEvent::TabletMove, {400.5, 150.25}, 0.77777);
    pen(*m_pad, *m_stylus, QEvent::TabletRelease, {400.5, 150.25}, 0);

    const QByteArray json = m_pad->strokesJson();
    const Result<SignatureStrokes> back = fromJsonBytes(json);
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().code + u' ' + back.error().field));
    QCOMPARE(*back, m_pad->strokes());
    QCOMPARE(toJsonBytes(*back), json);
    QCOMPARE(back->strokes.size(), 2);
    QCOMPARE(back->strokes[1].points[0], (StrokePoint{300.12, 100.46, back->strokes[1].points[0].t, 0.333}));
    QVERIFY(requireSigned(*back).ok());
}

void TestSignaturePad::restoredRecordingContinues()
{
    // What the desk kept in its local store before the client died: restored on a fresh pad.
    SignatureStrokes kept;
    kept.width = 600;
    kept.height = 200;
    kept.strokes = {{PenSource::Tablet, {{10, 10, 0, 0.5}, {20, 20, 700, 0.6}}}};
    QSignalSpy changed(m_pad, &SignaturePad::changed);
    m_pad->setStrokes(kept);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!m_pad->isEmpty());
    QCOMPARE(m_pad->strokes(), kept);
    QVERIFY(qAlpha(m_pad->toImage(QSize(600, 200)).pixel(15, 15)) > 0);

    // The signer adds a stroke: its time follows the restored one, the recording stays valid.
    pen(*m_pad, *m_stylus, QEvent::TabletPress, {100, 100}, 0.4);
    pen(*m_pad, *m_stylus, QEvent::TabletRelease, {100, 100}, 0);
    const SignatureStrokes s = m_pad->strokes();
    QCOMPARE(s.strokes.size(), 2);
    QVERIFY(s.strokes[1].points[0].t >= 700);
    QVERIFY(fromJsonBytes(m_pad->strokesJson()).ok());
}

void TestSignaturePad::imageHasInkWhereStrokesWere()
{
    QVERIFY(m_pad->toImage(QSize(300, 100)).isNull() == false);
    const QImage blank = m_pad->toImage(QSize(300, 100));
    for (int y = 0; y < blank.height(); y += 7)
        for (int x = 0; x < blank.width(); x += 7)
            QCOMPARE(qAlpha(blank.pixel(x, y)), 0);

    // A light line across the top half, a heavy one across the bottom half.
    pen(*m_pad, *m_stylus, QEvent::TabletPress, {50, 50}, 0.05);
    pen(*m_pad, *m_stylus, QEvent::TabletMove, {550, 50}, 0.05);
    pen(*m_pad, *m_stylus, QEvent::TabletRelease, {550, 50}, 0);
    pen(*m_pad, *m_stylus, QEvent::TabletPress, {50, 150}, 1.0);
    pen(*m_pad, *m_stylus, QEvent::TabletMove, {550, 150}, 1.0);
    pen(*m_pad, *m_stylus, QEvent::TabletRelease, {550, 150}, 0);

    const QImage image = m_pad->toImage(QSize(1200, 400)); // twice the pad: lines at y 100 and 300
    QCOMPARE(image.size(), QSize(1200, 400));
    QVERIFY(qAlpha(image.pixel(600, 100)) > 200);
    QVERIFY(qAlpha(image.pixel(600, 300)) > 200);
    QCOMPARE(qAlpha(image.pixel(600, 200)), 0); // nothing between the lines
    QCOMPARE(qAlpha(image.pixel(20, 20)), 0);
    const int light = inkInColumn(image, 600, 60, 140);
    const int heavy = inkInColumn(image, 600, 260, 340);
    QVERIFY2(heavy >= 2 * light, qPrintable(u"light %1 px, heavy %2 px"_qs.arg(light).arg(heavy)));
    QVERIFY(light >= 1);
}

QTEST_MAIN(TestSignaturePad)
#include "tst_signaturepad.moc"
