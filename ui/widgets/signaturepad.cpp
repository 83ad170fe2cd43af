#include "widgets/signaturepad.h"

#include "imaging/signatureimage.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTabletEvent>
#include <QTouchEvent>

namespace hpf::ui {

SignaturePad::SignaturePad(QWidget *parent)
    : QWidget(parent)
    , m_hint(tr("Sign here"))
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAttribute(Qt::WA_StaticContents);
    setCursor(Qt::CrossCursor);
    setAccessibleName(tr("Signature pad"));
    setAccessibleDescription(tr("Sign with the mouse, a pen or a finger; Delete clears the pad"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QByteArray SignaturePad::strokesJson() const
{
    return signing::toJsonBytes(m_signature);
}

QImage SignaturePad::toImage(QSize size) const
{
    return imaging::renderSignature(m_signature, size);
}

void SignaturePad::setHint(const QString &hint)
{
    m_hint = hint;
    update();
}

void SignaturePad::clear()
{
    m_signature = {};
    m_current = {};
    m_penDown = false;
    m_clock.invalidate();
    m_lastTime = 0;
    m_timeOffset = 0;
    update();
    emit changed();
}

void SignaturePad::setStrokes(const signing::SignatureStrokes &signature)
{
    m_signature = signature;
    m_current = {};
    m_penDown = false;
    m_useTimestamps = false;
    m_lastTime = 0;
    for (const signing::Stroke &stroke : signature.strokes) {
        if (!stroke.points.isEmpty())
            m_lastTime = std::max(m_lastTime, stroke.points.last().t);
    }
    m_timeOffset = m_lastTime;
    m_clock.start();
    update();
    emit changed();
}

signing::StrokePoint SignaturePad::pointAt(QPointF position, double pressure, quint64 timestamp)
{
    // A pen dragged past the edge stays on the pad's edge: the points are in the pad's space.
    const double x = std::clamp(position.x(), 0.0, m_signature.width);
    const double y = std::clamp(position.y(), 0.0, m_signature.height);
    qint64 t = m_timeOffset + m_clock.elapsed();
    if (m_useTimestamps)
        t = timestamp >= m_firstTimestamp ? qint64(timestamp - m_firstTimestamp) : m_lastTime;
    m_lastTime = std::clamp<qint64>(t, m_lastTime, 86'400'000 - 1);
    return {signing::roundCoordinate(x), signing::roundCoordinate(y), m_lastTime,
            signing::roundPressure(pressure)};
}

void SignaturePad::begin(QPointF position, double pressure, signing::PenSource source, quint64 timestamp)
{
    if (m_penDown)
        finish();
    if (m_signature.isEmpty()) {
        // The first point fixes the coordinate space and starts the signature's clock.
        m_timeOffset = 0;
        m_signature.width = width();
        m_signature.height = height();
        m_clock.start();
        m_useTimestamps = timestamp != 0;
        m_firstTimestamp = timestamp;
        m_lastTime = 0;
    }
    m_penDown = true;
    m_current = {source, {pointAt(position, pressure, timestamp)}};
    update();
}

void SignaturePad::extend(QPointF position, double pressure, quint64 timestamp)
{
    if (!m_penDown)
        return;
    const signing::StrokePoint p = pointAt(position, pressure, timestamp);
    // A pen resting still reports the same point many times a second; one is enough.
    if (m_current.points.last().x == p.x && m_current.points.last().y == p.y &&
        m_current.points.last().pressure == p.pressure)
        return;
    if (m_signature.pointCount() + m_current.points.size() >= signing::kMaxPoints)
        return; // the server's limit: a scribble that long is not a signature anyway
    m_current.points.append(p);
    update();
}

void SignaturePad::finish()
{
    if (!m_penDown)
        return;
    m_penDown = false;
    if (m_signature.strokes.size() < signing::kMaxStrokes)
        m_signature.strokes.append(m_current);
    m_current = {};
    update();
    emit changed();
}

bool SignaturePad::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TouchCancel: {
        // One finger signs; a second finger resting on the screen is ignored.
        auto *touch = static_cast<QTouchEvent *>(event);
        if (touch->points().isEmpty())
            return true;
        const QEventPoint &point = touch->points().first();
        const bool hasPressure =
            touch->device() && touch->device()->capabilities().testFlag(QInputDevice::Capability::Pressure);
        const double pressure = hasPressure ? point.pressure() : 1.0;
        if (event->type() == QEvent::TouchBegin)
            begin(point.position(), pressure, signing::PenSource::Touch, touch->timestamp());
        else if (event->type() == QEvent::TouchUpdate)
            extend(point.position(), pressure, touch->timestamp());
        else {
            if (event->type() == QEvent::TouchEnd)
                extend(point.position(), pressure, touch->timestamp());
            finish();
        }
        event->accept();
        return true;
    }
    default:
        return QWidget::event(event);
    }
}

// Mouse events Qt makes from touch or tablet input are dropped: those arrive in their own handlers
// with their pressure, and the same stroke must not be recorded twice.
void SignaturePad::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || event->deviceType() != QInputDevice::DeviceType::Mouse)
        return QWidget::mousePressEvent(event);
    begin(event->position(), 1.0, signing::PenSource::Mouse, event->timestamp());
}

void SignaturePad::mouseMoveEvent(QMouseEvent *event)
{
    if (event->deviceType() != QInputDevice::DeviceType::Mouse ||
        m_current.source != signing::PenSource::Mouse)
        return QWidget::mouseMoveEvent(event);
    extend(event->position(), 1.0, event->timestamp());
}

void SignaturePad::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || event->deviceType() != QInputDevice::DeviceType::Mouse ||
        m_current.source != signing::PenSource::Mouse)
        return QWidget::mouseReleaseEvent(event);
    extend(event->position(), 1.0, event->timestamp());
    finish();
}

void SignaturePad::tabletEvent(QTabletEvent *event)
{
    // The eraser end of a pen erases nothing stroke by stroke: the teller clears and the person
    // signs again, so an eraser is simply not ink.
    if (event->pointerType() == QPointingDevice::PointerType::Eraser) {
        event->accept();
        return;
    }
    switch (event->type()) {
    case QEvent::TabletPress:
        begin(event->position(), event->pressure(), signing::PenSource::Tablet, event->timestamp());
        break;
    case QEvent::TabletMove:
        if (m_penDown && m_current.source == signing::PenSource::Tablet)
            extend(event->position(), event->pressure(), event->timestamp());
        break;
    case QEvent::TabletRelease:
        if (m_penDown && m_current.source == signing::PenSource::Tablet)
            finish();
        break;
    default:
        break;
    }
    event->accept();
}

void SignaturePad::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        clear();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void SignaturePad::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    // The signing line, as on paper.
    painter.setPen(QPen(palette().mid().color(), 1, Qt::DashLine));
    const int baseline = height() * 3 / 4;
    painter.drawLine(12, baseline, width() - 12, baseline);
    if (isEmpty()) {
        painter.setPen(palette().placeholderText().color());
        painter.drawText(rect().adjusted(0, 0, 0, -height() / 4), Qt::AlignCenter, m_hint);
    } else {
        imaging::paintStrokes(painter, m_signature.strokes, palette().text().color());
        if (!m_current.points.isEmpty())
            imaging::paintStrokes(painter, {m_current}, palette().text().color());
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().highlight().color(), 2));
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

} // namespace hpf::ui
