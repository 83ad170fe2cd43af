#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <optional>

// 协助执行回执: the center's answer to a court's 协助执行通知书 (freeze, renew, unfreeze, deduct),
// printed from the receipt the server returned with the operation — never from the form. Like every
// printed document of the center it is in Chinese; the note codes become their sentences here.
namespace hpf::printing {

struct JudicialReceiptData
{
    QString number; // 回执编号 = the request's 业务流水号; the QR holds it
    QString centerName;
    QString branchName;
    QString action; // freeze | renew | unfreeze | deduct
    QString courtName;
    QString caseNumber;
    QString noticeNumber;
    QString accountNumber;
    QString personName;
    std::optional<qint64> requestedFen; // empty: the whole balance
    qint64 achievedFen = 0;
    qint64 shortfallFen = 0;
    QString state; // waiting | active | released | expired | lapsed | deducted
    QDate startDate;
    QDate endDate;
    int queuePosition = 0;
    QStringList notes; // shortfall | queued | promoted | fully_deducted …
    QDateTime at;      // server time (UTC); printed in the center's local time
    QString teller;
    QString supervisor;
    int reprintCount = 0;  // 0 for the original
    bool training = false; // watermarked
};

struct JudicialReceiptRow
{
    QString label;
    QString value;
};

// 冻结, 续行冻结, 解除冻结, 扣划 (the code itself when unknown).
QString judicialActionName(const QString &action);
// 生效, 轮候, 已解除…
QString judicialStateName(const QString &state);
// The sentence a note code stands for, e.g. shortfall →
// 余额不足部分在账户今后入账时继续冻结，以冻结金额为限。
QString judicialNoteText(const QString &code);
// The table of the receipt, in print order (the tests read it; the paint function draws it).
QList<JudicialReceiptRow> judicialReceiptRows(const JudicialReceiptData &data);

// Paints the receipt on one A4 page (device units). Pure: same input, same output, on any device.
void paintJudicialReceipt(QPainter &painter, const QRectF &page, const JudicialReceiptData &data);

} // namespace hpf::printing
