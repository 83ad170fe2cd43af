#include "tabledoc.h"

namespace hpf::printing {

namespace {

// Layout in fractions of the page height, so preview, printer and PDF agree at any resolution.
constexpr double kMargin = 0.05;
constexpr double kTitle = 0.05;
constexpr double kFactLine = 0.022;
constexpr double kRow = 0.024;
constexpr int kMaxFacts = 6;

double headerBlock(const QRectF &page)
{
    return page.height() * (kTitle + kFactLine * kMaxFacts + kRow);
}

} // namespace

int tableDocRowsPerPage(const QRectF &page)
{
    const double usable = page.height() * (1 - 2 * kMargin - kFactLine * 2) - headerBlock(page);
    return qMax(1, int(usable / (page.height() * kRow)));
}

int tableDocPageCount(const TableDoc &doc, const QRectF &page)
{
    const int per = tableDocRowsPerPage(page);
    return qMax(1, int((doc.rows.size() + per - 1) / per));
}

void paintTableDoc(QPainter &painter, const QRectF &page, const TableDoc &doc, int pageIndex)
{
    painter.save();
    const double h = page.height();
    const QRectF body =
        page.adjusted(page.width() * kMargin, h * kMargin, -page.width() * kMargin, -h * kMargin);
    QFont font = painter.font();
    font.setPixelSize(qMax(6, int(h * kTitle * 0.5)));
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::black);
    double y = body.top();
    painter.drawText(QRectF(body.left(), y, body.width(), h * kTitle), Qt::AlignHCenter | Qt::AlignVCenter,
                     doc.title);
    y += h * kTitle;
    font.setBold(false);
    font.setPixelSize(qMax(6, int(h * kFactLine * 0.6)));
    painter.setFont(font);
    for (int i = 0; i < kMaxFacts; ++i) {
        if (pageIndex == 0 && i < doc.facts.size())
            painter.drawText(QRectF(body.left(), y, body.width(), h * kFactLine),
                             Qt::AlignLeft | Qt::AlignVCenter, doc.facts.at(i));
        y += h * kFactLine;
    }
    // Column widths.
    const int columns = int(qMax<qsizetype>(1, doc.header.size()));
    QList<int> stretch = doc.stretch;
    while (stretch.size() < columns)
        stretch.append(1);
    int total = 0;
    for (int i = 0; i < columns; ++i)
        total += stretch.at(i);
    auto drawRow = [&](const QStringList &cells, bool bold) {
        QFont f = font;
        f.setBold(bold);
        painter.setFont(f);
        double x = body.left();
        for (int c = 0; c < columns; ++c) {
            const double w = body.width() * stretch.at(c) / total;
            painter.drawText(QRectF(x + 2, y, w - 4, h * kRow), Qt::AlignLeft | Qt::AlignVCenter,
                             painter.fontMetrics().elidedText(cells.value(c), Qt::ElideRight, int(w - 4)));
            x += w;
        }
        y += h * kRow;
        painter.drawLine(QPointF(body.left(), y), QPointF(body.right(), y));
    };
    drawRow(doc.header, true);
    const int per = tableDocRowsPerPage(page);
    for (int r = pageIndex * per; r < qMin<qsizetype>(doc.rows.size(), (pageIndex + 1) * per); ++r)
        drawRow(doc.rows.at(r), false);
    painter.setFont(font);
    painter.drawText(
        QRectF(body.left(), body.bottom() - h * kFactLine, body.width(), h * kFactLine),
        Qt::AlignHCenter | Qt::AlignVCenter,
        QStringLiteral("%1   %2 / %3").arg(doc.footer).arg(pageIndex + 1).arg(tableDocPageCount(doc, page)));
    painter.restore();
}

} // namespace hpf::printing
