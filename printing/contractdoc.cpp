#include "contractdoc.h"

#include "imaging/signatureimage.h"
#include "paintkit.h"

#include <QBuffer>
#include <QPdfWriter>
#include <functional>
#include <vector>

namespace hpf::printing {

namespace {

// One piece of the flow: its height on this device and how to paint it at a given top-left.
struct Block
{
    double height = 0;
    std::function<void(QPainter &, const QRectF &)> paint;
};

constexpr double kMarginMm = 20;
constexpr double kFooterMm = 10;

QRectF bodyOf(const QRectF &page, const Mm &mm)
{
    return page.adjusted(mm(kMarginMm), mm(kMarginMm), -mm(kMarginMm), -mm(kMarginMm + kFooterMm));
}

double textHeight(QPainter &painter, const QFont &font, double width, const QString &text)
{
    painter.save();
    painter.setFont(font);
    const QRectF r = painter.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text);
    painter.restore();
    return r.height();
}

Block textBlock(QPainter &painter, const QFont &font, double width, const QString &text, int align,
                double gap)
{
    const double h = textHeight(painter, font, width, text);
    return {h + gap, [font, text, align, h](QPainter &p, const QRectF &r) {
                p.save();
                p.setFont(font);
                p.drawText(QRectF(r.left(), r.top(), r.width(), h), align | Qt::TextWordWrap, text);
                p.restore();
            }};
}

Block signerBlock(const Mm &mm, const ContractDocument::Signer &signer)
{
    const double height = mm(34);
    return {
        height, [mm, signer](QPainter &p, const QRectF &r) {
            p.save();
            p.setFont(documentFont(10.5));
            const QRectF label(r.left(), r.top(), mm(50), mm(8));
            p.drawText(label, Qt::AlignLeft | Qt::AlignVCenter,
                       QStringLiteral("%1（签字）：").arg(signer.role));
            p.drawText(QRectF(r.left(), r.top() + mm(9), mm(60), mm(6)), Qt::AlignLeft | Qt::AlignVCenter,
                       signer.name);
            p.setFont(documentFont(8));
            p.drawText(QRectF(r.left(), r.top() + mm(15), mm(60), mm(6)), Qt::AlignLeft | Qt::AlignVCenter,
                       QStringLiteral("证件号码：%1").arg(signer.idNumber));
            // The signature field: the ink at the device's resolution, or a line to sign on.
            const QRectF field(r.left() + mm(62), r.top(), r.width() - mm(62), mm(24));
            if (!signer.strokes.isEmpty()) {
                const QImage ink = imaging::renderSignature(signer.strokes, field.size().toSize());
                p.drawImage(field.topLeft(), ink);
            } else {
                p.setPen(QPen(Qt::black, mm(0.2)));
                p.drawLine(field.bottomLeft() - QPointF(0, mm(2)), field.bottomRight() - QPointF(0, mm(2)));
            }
            p.setFont(documentFont(8));
            const QString when = signer.signedAt.isValid()
                                     ? signer.signedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_qs)
                                     : QStringLiteral("    年   月   日");
            p.drawText(QRectF(field.left(), r.top() + mm(25), field.width(), mm(6)),
                       Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("签署时间：%1").arg(when));
            p.restore();
        }};
}

std::vector<Block> blocksOf(QPainter &painter, const QRectF &body, const ContractDocument &doc, const Mm &mm)
{
    std::vector<Block> blocks;
    const double w = body.width();
    blocks.push_back(textBlock(painter, documentFont(9), w, doc.centerName, Qt::AlignLeft, mm(2)));
    blocks.push_back(textBlock(painter, documentFont(18, true, true), w, doc.title, Qt::AlignHCenter, mm(3)));
    blocks.push_back(textBlock(painter, documentFont(10), w, QStringLiteral("合同编号：%1").arg(doc.number),
                               Qt::AlignRight, mm(5)));
    for (const ContractDocument::Term &term : doc.terms)
        blocks.push_back(textBlock(painter, documentFont(10.5), w,
                                   QStringLiteral("%1：%2").arg(term.label, term.value), Qt::AlignLeft,
                                   mm(1.5)));
    if (!blocks.empty())
        blocks.back().height += mm(4);
    for (const QString &clause : doc.clauses)
        blocks.push_back(
            textBlock(painter, documentFont(10.5, false, true), w, clause, Qt::AlignLeft, mm(2.5)));
    blocks.push_back(
        textBlock(painter, documentFont(10.5, true), w, QStringLiteral("签署"), Qt::AlignLeft, mm(3)));
    for (const ContractDocument::Signer &signer : doc.signers)
        blocks.push_back(signerBlock(mm, signer));
    return blocks;
}

// Blocks in page order; a block taller than a page gets a page of its own (and is clipped there).
std::vector<std::vector<const Block *>> paginate(const std::vector<Block> &blocks, double pageHeight)
{
    std::vector<std::vector<const Block *>> pages(1);
    double used = 0;
    for (const Block &b : blocks) {
        if (used > 0 && used + b.height > pageHeight) {
            pages.emplace_back();
            used = 0;
        }
        pages.back().push_back(&b);
        used += b.height;
    }
    return pages;
}

} // namespace

int contractPageCount(QPainter &painter, const QRectF &page, const ContractDocument &doc)
{
    const Mm mm(painter);
    const QRectF body = bodyOf(page, mm);
    return int(paginate(blocksOf(painter, body, doc, mm), body.height()).size());
}

void paintContractPage(QPainter &painter, const QRectF &page, const ContractDocument &doc, int pageIndex)
{
    const Mm mm(painter);
    const QRectF body = bodyOf(page, mm);
    const std::vector<Block> blocks = blocksOf(painter, body, doc, mm);
    const auto pages = paginate(blocks, body.height());
    if (pageIndex < 0 || size_t(pageIndex) >= pages.size())
        return;
    painter.save();
    painter.setPen(Qt::black);
    painter.setClipRect(body.adjusted(0, 0, 0, mm(1)));
    double top = body.top();
    for (const Block *b : pages[size_t(pageIndex)]) {
        b->paint(painter, QRectF(body.left(), top, body.width(), b->height));
        top += b->height;
    }
    painter.setClipping(false);
    painter.setFont(documentFont(8));
    painter.drawText(QRectF(body.left(), body.bottom() + mm(4), body.width(), mm(6)), Qt::AlignHCenter,
                     QStringLiteral("合同编号 %1　第 %2 页 共 %3 页")
                         .arg(doc.number)
                         .arg(pageIndex + 1)
                         .arg(pages.size()));
    painter.restore();
    if (doc.training)
        paintTrainingWatermark(painter, page);
}

Result<QByteArray> contractPdf(const ContractDocument &doc)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return makeError(u"pdf.open"_qs, {}, u"cannot open the buffer"_qs);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(600);
    writer.setTitle(doc.title + u' ' + doc.number);
    writer.setCreator(u"HPF Counter"_qs);
    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(u"pdf.open"_qs, {}, u"cannot paint the PDF"_qs);
    const QRectF page(0, 0, writer.width(), writer.height());
    const int pages = contractPageCount(painter, page, doc);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        paintContractPage(painter, page, doc, i);
    }
    painter.end();
    buffer.close();
    return bytes;
}

} // namespace hpf::printing
