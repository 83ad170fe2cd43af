#pragma once

#include "base/result.h"
#include "domain/signaturestrokes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPainter>
#include <QRectF>
#include <QString>

// A contract of face-to-face signing (借款合同, 抵押合同, 保证合同) as a printed document with the
// signers' handwritten signatures embedded as ink (imaging::renderSignature). Built from the
// server's contract data, never from the form. The PDF it writes is what the center signs with
// crypto::appendSignature; its clauses flow over as many A4 pages as they need.
namespace hpf::printing {

struct ContractDocument
{
    struct Term
    {
        QString label; // e.g. 借款金额
        QString value; // e.g. 人民币 500,000.00 元
    };
    struct Signer
    {
        QString role;     // 借款人, 借款人配偶, 共同借款人, 保证人, 抵押人
        QString name;     // a contract names its parties in full
        QString idNumber; // idem: the business needs the full number here
        signing::SignatureStrokes strokes; // empty: a line to sign by hand
        QDateTime signedAt;                // invalid when not signed on screen
    };

    QString centerName;  // 住房公积金管理中心, the lender
    QString title;       // 个人住房公积金借款合同
    QString number;      // 合同编号
    QList<Term> terms;   // the key figures, in a table under the title
    QStringList clauses; // the text, one paragraph each ("第一条 …")
    QList<Signer> signers;
    bool training = false; // watermarked 培训环境 仅供练习
};

// Page layout on `painter`'s device (the measurements depend on its resolution): the number of
// pages, then each page painted by the same pure function for preview, printer and PDF.
int contractPageCount(QPainter &painter, const QRectF &page, const ContractDocument &doc);
void paintContractPage(QPainter &painter, const QRectF &page, const ContractDocument &doc, int pageIndex);

// The contract as an A4 PDF at 600 dpi, in memory (it goes on to be signed, never to disk first).
// Error codes: pdf.open.
Result<QByteArray> contractPdf(const ContractDocument &doc);

} // namespace hpf::printing
