#pragma once

#include "domain/signaturestrokes.h"

#include <QElapsedTimer>
#include <QImage>
#include <QWidget>

// The signature pad of face-to-face signing (面签): one signer signs one document with a mouse, a
// finger on a touch screen or a pen on a tablet. It records every point with its time (ms since
// the first point) and pressure (signing::SignatureStrokes), draws the ink as it goes, and hands
// the recording on as a typed value or as its JSON for the server. Delete or Backspace clears it
// (the teller's "重签"); an empty pad shows where to sign.
namespace hpf::ui {

class SignaturePad : public QWidget
{
    Q_OBJECT
public:
    explicit SignaturePad(QWidget *parent = nullptr);

    bool isEmpty() const { return m_signature.isEmpty() && m_current.points.isEmpty(); }
    // The finished strokes (a stroke still being drawn is not part of it yet).
    signing::SignatureStrokes strokes() const { return m_signature; }
    // signing::toJsonBytes(strokes()): what the signing session sends and the contract digests.
    QByteArray strokesJson() const;
    // The signature as ink on a transparent image of `size` (imaging::renderSignature).
    QImage toImage(QSize size) const;

    // The text shown on an empty pad (defaults to "Sign here").
    void setHint(const QString &hint);
    QString hint() const { return m_hint; }

    QSize sizeHint() const override { return {600, 200}; }
    QSize minimumSizeHint() const override { return {240, 100}; }

    // Puts back a recording kept in the local store (a desk resuming a session after a crash).
    // Strokes added afterwards continue its clock. Replaces what the pad holds; changed() follows.
    void setStrokes(const signing::SignatureStrokes &signature);

public slots:
    void clear();

signals:
    // After each finished stroke and after clear(): a desk enables "确认签名" on !isEmpty().
    void changed();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void tabletEvent(QTabletEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void begin(QPointF position, double pressure, signing::PenSource source, quint64 timestamp);
    void extend(QPointF position, double pressure, quint64 timestamp);
    void finish();
    signing::StrokePoint pointAt(QPointF position, double pressure, quint64 timestamp);

    signing::SignatureStrokes m_signature;
    signing::Stroke m_current; // the stroke the pen is drawing; no points when the pen is up
    bool m_penDown = false;
    // Time: the input events' own timestamps (when the pen moved, not when the event was handled)
    // relative to the signature's first point; a clock started at that point for input without
    // timestamps. Never running backwards, so a recording always passes the server's check.
    QElapsedTimer m_clock;
    bool m_useTimestamps = false;
    quint64 m_firstTimestamp = 0;
    qint64 m_lastTime = 0;
    qint64 m_timeOffset = 0; // the restored recording's last time (setStrokes)
    QString m_hint;
};

} // namespace hpf::ui
