#pragma once

#include <QDateTime>
#include <QList>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <optional>

namespace hpf::printing {

// A business receipt (业务回单). Built from what the server returned for the operation — never from
// the form — with personal data already masked by the caller.
struct ReceiptData
{
    struct Field
    {
        QString label;
        QString value;
    };

    QString centerName; // 住房公积金管理中心
    QString branchName; // 网点
    QString title;      // e.g. 单位开户业务回单
    QString serial;     // 业务流水号 YWLSH
    // A number the holder must quote, printed large under the title (a 联系函's 联系函编号, which
    // the other center's teller types in); empty for ordinary receipts.
    Field headline;
    QDateTime time;      // server time of the operation
    QString teller;      // 经办柜员
    QList<Field> fields; // key fields, masked
    std::optional<qint64> amountFen;
    QString amountLabel;   // e.g. 月缴存额合计
    QString qrText;        // what the QR holds: a lookup of the serial
    int reprintCount = 0;  // 补打 count; 0 for the original
    bool training = false; // printed in training mode: watermarked
};

// Paints one receipt into `page` (device units). Pure: same input, same output, on any device.
void paintReceipt(QPainter &painter, const QRectF &page, const ReceiptData &data);

} // namespace hpf::printing
