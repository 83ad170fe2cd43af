#pragma once

#include <QList>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <QStringList>

// A plain printed table (the 四性 check report and the auditor's check summary): a title, lines
// of facts, a table with a header repeated on every page and a footer with the page number.
namespace hpf::printing {

struct TableDoc
{
    QString title;
    QStringList facts;  // lines under the title (first page)
    QStringList header; // column titles
    QList<int> stretch; // relative column widths (empty: equal)
    QList<QStringList> rows;
    QString footer; // e.g. who printed it and when
};

// Rows that fit on one page of `page` (device units) after the title block; at least 1.
int tableDocRowsPerPage(const QRectF &page);
int tableDocPageCount(const TableDoc &doc, const QRectF &page);
void paintTableDoc(QPainter &painter, const QRectF &page, const TableDoc &doc, int pageIndex);

} // namespace hpf::printing
