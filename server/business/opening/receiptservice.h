#pragma once

#include "base/result.h"

#include <QJsonObject>
#include <QString>

// 业务回单 of past operations by serial (YWLSH), e.g. from the QR code printed on a receipt.
namespace hpf::server {

struct ServiceContext;

// The serial normalised: "YW" + yyyyMMdd + 8 digits (platform/numbering). Error serial.format.
Result<QString> receiptSerial(const QString &text);

struct ReceiptView
{
    QJsonObject receipt;
    qint64 reprints = 0;
    QString lastReprintAt; // ISO 8601 with offset, empty when never reprinted
};

// Errors receipt.not_found, serial.format, auth.branch_denied.
Result<ReceiptView> getReceipt(ServiceContext &ctx, const QString &serial);

// 补打: counts the reprint and audits it.
struct ReprintRequest
{
    QString serial;
    QString reason; // optional
};

struct Reprint
{
    QJsonObject receipt;
    qint64 reprintNumber = 0;
    QString reprintedAt;
    QString reprintedByUsername;
    QString reprintedByName;
};

Result<Reprint> reprintReceipt(ServiceContext &ctx, const ReprintRequest &request);

} // namespace hpf::server
