#pragma once

#include "qrsymbol.h"

#include <QDate>
#include <QList>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <optional>

namespace hpf::printing {

// A personal certificate (个人证明, e.g. 住房公积金缴存证明) as printed: the fields the server stored
// and signed at issue time, its number in plain text, the signed QR code (HPF1:…) and one line on
// how to verify it. Built only from what the server returned, never from a form.
struct CertificateDocument
{
    struct Field
    {
        QString label;
        QString value;
        std::optional<qint64> amountFen; // shown in figures and in 大写 when set
    };

    QString centerName;
    QString title;             // e.g. 住房公积金缴存证明
    QString certificateNumber; // 证明编号
    QList<Field> fields;
    QString statement; // e.g. 特此证明。本证明自开具之日起，2个月内有效。
    QDate issueDate;
    QDate validUntil;
    QString handler;    // 经办人
    QString phone;      // 联系电话
    QString qrText;     // HPF1:… exactly as signed
    QString verifyHint; // one line: how to verify
    bool training = false;
};

// Paints one certificate on an A4 page (device units). Pure.
void paintCertificate(QPainter &painter, const QRectF &page, const CertificateDocument &doc);

// The same page with the QR symbol of doc.qrText already encoded (certificateSymbol), so a batch
// can encode it ahead on another thread; nullptr prints no code, as when the text cannot be encoded.
void paintCertificate(QPainter &painter, const QRectF &page, const CertificateDocument &doc,
                      const QrSymbol *symbol);

// The symbol paintCertificate prints for the document: doc.qrText at level Q, or none when it is
// empty or does not fit. Pure and thread-safe.
std::optional<QrSymbol> certificateSymbol(const CertificateDocument &doc);

} // namespace hpf::printing
