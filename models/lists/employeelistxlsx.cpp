// The first sheet of an XLSX workbook (ECMA-376, SpreadsheetML): workbook.xml names the sheets in
// order, its relationships lead to the sheet's part; shared strings, inline strings and numbers.
#include "lists/employeelistfile_p.h"
#include "lists/zipreader.h"

#include <QXmlStreamReader>

namespace hpf::client::employeelist {

namespace {

Error xmlError(const QString &part, const QXmlStreamReader &xml)
{
    return makeError(
        u"list.xlsx_invalid"_qs, {},
        QStringLiteral("%1, line %2: %3").arg(part).arg(xml.lineNumber()).arg(xml.errorString()));
}

// The text of an <si> or <is> element: every <t>, but not the phonetic runs (<rPh>).
QString readRichText(QXmlStreamReader &xml)
{
    QString text;
    int phonetic = 0;
    const QString end = xml.name().toString();
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0)
                text += xml.readElementText();
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"rPh")
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
}

Result<QStringList> readSharedStrings(ZipReader &zip)
{
    QStringList strings;
    if (!zip.contains(u"xl/sharedStrings.xml"_qs))
        return strings;
    auto data = zip.read(u"xl/sharedStrings.xml"_qs);
    if (!data)
        return data.error();
    QXmlStreamReader xml(*data);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si")
            strings.append(readRichText(xml));
    }
    if (xml.hasError())
        return xmlError(u"sharedStrings.xml"_qs, xml);
    return strings;
}

// "xl/worksheets/sheet1.xml" for the first <sheet> of the workbook.
Result<QString> firstSheetPath(ZipReader &zip)
{
    auto workbook = zip.read(u"xl/workbook.xml"_qs);
    if (!workbook)
        return workbook.error();
    QString relId;
    QXmlStreamReader xml(*workbook);
    while (!xml.atEnd() && relId.isEmpty()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"sheet") {
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                if (a.name() == u"id") // r:id, whatever the prefix
                    relId = a.value().toString();
            }
        }
    }
    if (xml.hasError())
        return xmlError(u"workbook.xml"_qs, xml);
    if (relId.isEmpty())
        return makeError(u"list.xlsx_invalid"_qs, {}, u"the workbook has no sheet"_qs);
    auto rels = zip.read(u"xl/_rels/workbook.xml.rels"_qs);
    if (!rels)
        return rels.error();
    QXmlStreamReader r(*rels);
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement || r.name() != u"Relationship" ||
            r.attributes().value(QLatin1String("Id")) != relId)
            continue;
        const QString target = r.attributes().value(QLatin1String("Target")).toString();
        return target.startsWith(u'/') ? target.mid(1) : u"xl/"_qs + target;
    }
    if (r.hasError())
        return xmlError(u"workbook.xml.rels"_qs, r);
    return makeError(u"list.xlsx_invalid"_qs, {}, u"no relationship "_qs + relId);
}

// "C12" → 2 (zero-based column); -1 when the reference has no letters.
int columnOf(QStringView ref)
{
    int col = 0, letters = 0;
    for (const QChar c : ref) {
        if (c < u'A' || c > u'Z')
            break;
        col = col * 26 + (c.unicode() - u'A' + 1);
        ++letters;
    }
    return letters ? col - 1 : -1;
}

// A number as written by a spreadsheet ("8888.8799999999992" for 8888.88): more than two decimals
// are rounded to two when that is the value meant; integers and exponents stay as written.
QString numberText(const QString &v)
{
    const qsizetype dot = v.indexOf(u'.');
    if (dot < 0 || v.contains(u'E', Qt::CaseInsensitive) || v.size() - dot - 1 <= 2)
        return v;
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok)
        return v;
    const QString rounded = QString::number(d, 'f', 2);
    return qAbs(rounded.toDouble() - d) < 1e-6 ? rounded : v;
}

} // namespace

Result<EmployeeList> parseXlsx(const QByteArray &data, const ListLimits &limits)
{
    if (data.size() > limits.maxFileBytes)
        return makeError(u"list.file_too_large"_qs, {},
                         QStringLiteral("%1 bytes, at most %2").arg(data.size()).arg(limits.maxFileBytes));
    auto opened = ZipReader::open(data, limits.maxUnpackedBytes);
    if (!opened)
        return opened.error();
    ZipReader zip = std::move(opened).value();
    auto shared = readSharedStrings(zip);
    if (!shared)
        return shared.error();
    auto path = firstSheetPath(zip);
    if (!path)
        return path.error();
    auto sheet = zip.read(*path);
    if (!sheet)
        return sheet.error();

    TableBuilder table(EmployeeList::Format::Xlsx, limits);
    QXmlStreamReader xml(*sheet);
    QStringList cells;
    int rowNumber = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"row") {
            if (Status s = table.addRow(rowNumber, cells); !s)
                return s.error();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"row") {
            const int r = xml.attributes().value(QLatin1String("r")).toInt();
            rowNumber = r > 0 ? r : rowNumber + 1;
            cells.clear();
        } else if (xml.name() == u"c") {
            const QString type = xml.attributes().value(QLatin1String("t")).toString();
            int col = columnOf(xml.attributes().value(QLatin1String("r")));
            if (col < 0)
                col = int(cells.size());
            if (col >= limits.maxCells)
                return makeError(
                    u"list.row_too_long"_qs, {},
                    QStringLiteral("row %1: more than %2 cells").arg(rowNumber).arg(limits.maxCells));
            QString value;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"v") {
                    value = xml.readElementText();
                } else if (xml.name() == u"is") {
                    value = readRichText(xml);
                } else {
                    xml.skipCurrentElement();
                }
            }
            if (type == u"s") {
                const int index = value.toInt();
                if (index < 0 || index >= shared->size())
                    return makeError(
                        u"list.xlsx_invalid"_qs, {},
                        QStringLiteral("row %1: shared string %2 does not exist").arg(rowNumber).arg(value));
                value = shared->at(index);
            } else if (type.isEmpty() || type == u"n") {
                value = numberText(value);
            }
            if (value.size() > limits.maxCellChars)
                return makeError(u"list.row_too_long"_qs, {},
                                 QStringLiteral("row %1: a cell longer than %2 characters")
                                     .arg(rowNumber)
                                     .arg(limits.maxCellChars));
            while (cells.size() <= col)
                cells.append(QString());
            cells[col] = value;
        }
    }
    if (xml.hasError())
        return xmlError(*path, xml);
    return table.finish();
}

} // namespace hpf::client::employeelist
