#pragma once

#include "api/call.h"
#include "ops/operation.h"

#include <QDateTime>
#include <QList>

// 业务回单: the receipt object the server returns with every operation (and GET /receipts/{serial}),
// and 补打 (reprint) as an operation.
namespace hpf::client::api {

struct Receipt
{
    struct Line
    {
        QString label;
        QString value;
        bool operator==(const Line &) const = default;
    };
    struct Amount
    {
        QString label;
        QString text; // as the server formatted it, e.g. "1,234.56"
        qint64 fen = 0;
        bool operator==(const Amount &) const = default;
    };

    QString serial;        // 业务流水号 YW…
    QString business;      // e.g. "employee_list", "seal"
    QString businessLabel; // e.g. 单位开户
    QString centerName;
    QString branchName;
    QString tellerUsername;
    QString tellerName;
    QDateTime at;
    QList<Line> lines;
    QList<Amount> amounts; // the last one is the total

    bool isEmpty() const { return serial.isEmpty(); }
    bool operator==(const Receipt &) const = default;
    static Result<Receipt> fromJson(const QJsonObject &json);
    static Receipt read(Reader &reader); // the nested "receipt" of a response
};

// GET /api/v1/receipts/{serial}: the receipt and how often it was reprinted.
struct ReceiptRecord
{
    Receipt receipt;
    qint64 reprints = 0;
    QDateTime lastReprintAt; // invalid before the first reprint
    static Result<ReceiptRecord> fromJson(const QJsonObject &json);
};

// The answer to a reprint operation.
struct ReceiptReprint
{
    Receipt receipt;
    int reprintNumber = 0;
    QDateTime reprintedAt;
    static Result<ReceiptReprint> fromJson(const QJsonObject &json);
};

namespace receipts {
void fetch(ApiClient *api, const QString &serial, QObject *context,
           std::function<void(const Reply<ReceiptRecord> &)> done);
// 补打 of `serial`: counted and audited by the server before the print.
ops::Request reprint(const QString &serial, const QString &summary);
} // namespace receipts

} // namespace hpf::client::api
