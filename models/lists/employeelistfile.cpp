#include "employeelistfile.h"

#include "lists/employeelistfile_p.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace hpf::client::employeelist {

namespace {

// One byte run without '\n'. Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool isUtf8(const uchar *p, const uchar *end)
{
    while (p < end) {
        const uchar c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int n;
        uint min;
        uint cp;
        if ((c & 0xE0) == 0xC0) {
            n = 1, min = 0x80, cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            n = 2, min = 0x800, cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            n = 3, min = 0x10000, cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= n)
            return false;
        for (int i = 1; i <= n; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = cp << 6 | (p[i] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += n + 1;
    }
    return true;
}

// GB18030 structure: ASCII; 81–FE + 40–7E/80–FE; 81–FE + 30–39 + 81–FE + 30–39.
bool isGb18030(const uchar *p, const uchar *end)
{
    while (p < end) {
        const uchar c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        if (c == 0x80 || c == 0xFF || end - p < 2)
            return false;
        const uchar c2 = p[1];
        if ((c2 >= 0x40 && c2 <= 0x7E) || (c2 >= 0x80 && c2 <= 0xFE)) {
            p += 2;
            continue;
        }
        if (c2 < 0x30 || c2 > 0x39 || end - p < 4 || p[2] < 0x81 || p[2] > 0xFE || p[3] < 0x30 || p[3] > 0x39)
            return false;
        p += 4;
    }
    return true;
}

bool isAscii(const uchar *p, const uchar *end)
{
    for (; p < end; ++p) {
        if (*p >= 0x80)
            return false;
    }
    return true;
}

} // namespace

Result<QString> decodeText(const QByteArray &data, EmployeeList::Format *format)
{
    const auto *begin = reinterpret_cast<const uchar *>(data.constData());
    const auto *end = begin + data.size();
    const bool bom = data.startsWith("\xEF\xBB\xBF");
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF"))
        return makeError(u"list.encoding_invalid"_qs, {}, u"UTF-16 text; save the list as CSV (UTF-8)"_qs);
    if (bom)
        begin += 3;
    int firstUtf8 = 0, firstGb = 0, line = 1;
    for (const uchar *p = begin; p < end; ++line) {
        const uchar *eol = static_cast<const uchar *>(memchr(p, '\n', size_t(end - p)));
        if (!eol)
            eol = end;
        if (!isAscii(p, eol)) {
            if (isUtf8(p, eol)) {
                firstUtf8 = firstUtf8 ? firstUtf8 : line;
            } else if (isGb18030(p, eol)) {
                firstGb = firstGb ? firstGb : line;
            } else {
                return makeError(u"list.encoding_invalid"_qs, {},
                                 QStringLiteral("line %1 is neither UTF-8 nor GB18030").arg(line));
            }
        }
        p = eol + 1;
    }
    if (firstGb && (firstUtf8 || bom))
        return makeError(u"list.encoding_mixed"_qs, {},
                         QStringLiteral("line %1 is UTF-8, line %2 is GB18030")
                             .arg(firstUtf8 ? firstUtf8 : 1)
                             .arg(firstGb));
    const QByteArrayView body(reinterpret_cast<const char *>(begin), end - begin);
    if (firstGb) {
        QStringDecoder gb("GB18030");
        if (!gb.isValid())
            return makeError(u"list.encoding_invalid"_qs, {}, u"no GB18030 decoder in this Qt"_qs);
        QString text = gb.decode(body);
        if (gb.hasError())
            return makeError(u"list.encoding_invalid"_qs, {}, u"GB18030 decoding failed"_qs);
        if (format)
            *format = EmployeeList::Format::CsvGb18030;
        return text;
    }
    if (format)
        *format = bom ? EmployeeList::Format::CsvUtf8Bom : EmployeeList::Format::CsvUtf8;
    return QString::fromUtf8(body);
}

Result<EmployeeList> parseCsv(const QByteArray &data, const ListLimits &limits)
{
    if (data.size() > limits.maxFileBytes)
        return makeError(u"list.file_too_large"_qs, {},
                         QStringLiteral("%1 bytes, at most %2").arg(data.size()).arg(limits.maxFileBytes));
    EmployeeList::Format format;
    auto text = decodeText(data, &format);
    if (!text)
        return text.error();
    const QString &s = *text;
    // The delimiter: a comma, or a tab when the first line has tabs and no commas (Excel "text").
    const qsizetype firstEol = s.indexOf(u'\n');
    const QStringView firstLine = QStringView(s).left(firstEol < 0 ? s.size() : firstEol);
    const QChar delimiter = !firstLine.contains(u',') && firstLine.contains(u'\t') ? u'\t' : u',';

    TableBuilder table(format, limits);
    QStringList cells;
    QString cell;
    int line = 1, recordLine = 1;
    bool quoted = false, wasQuoted = false;
    const qsizetype n = s.size();
    auto endCell = [&]() -> Status {
        if (cell.size() > limits.maxCellChars || cells.size() >= limits.maxCells)
            return makeError(u"list.row_too_long"_qs, {},
                             QStringLiteral("line %1: a cell longer than %2 characters or more than %3 cells")
                                 .arg(recordLine)
                                 .arg(limits.maxCellChars)
                                 .arg(limits.maxCells));
        cells.append(wasQuoted ? cell : cell.trimmed());
        cell.clear();
        wasQuoted = false;
        return {};
    };
    for (qsizetype i = 0; i <= n; ++i) {
        const QChar c = i < n ? s.at(i) : QChar(u'\n');
        if (quoted) {
            if (i == n)
                return makeError(
                    u"list.csv_quote"_qs, {},
                    QStringLiteral("the quote opened on line %1 is never closed").arg(recordLine));
            if (c == u'"') {
                if (i + 1 < n && s.at(i + 1) == u'"') {
                    cell.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                if (c != u'\r' || (i + 1 < n && s.at(i + 1) != u'\n'))
                    cell.append(c);
            }
            continue;
        }
        if (c == u'"' && cell.trimmed().isEmpty()) {
            quoted = true;
            wasQuoted = true;
            cell.clear();
        } else if (c == delimiter) {
            if (Status st = endCell(); !st)
                return st.error();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < n && s.at(i + 1) == u'\n')
                ++i;
            if (i >= n && cells.isEmpty() && cell.isEmpty())
                break;
            if (Status st = endCell(); !st)
                return st.error();
            if (Status st = table.addRow(recordLine, cells); !st)
                return st.error();
            cells.clear();
            recordLine = ++line;
        } else if (!wasQuoted) {
            cell.append(c);
        }
    }
    return table.finish();
}

Result<EmployeeList> read(const QString &path, const ListLimits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(u"list.file_unreadable"_qs, {}, file.errorString());
    if (file.size() > limits.maxFileBytes)
        return makeError(u"list.file_too_large"_qs, {},
                         QStringLiteral("%1 bytes, at most %2").arg(file.size()).arg(limits.maxFileBytes));
    const QByteArray data = file.readAll();
    const QString suffix = QFileInfo(path).suffix().toLower();
    auto list = suffix == u"xlsx"                      ? parseXlsx(data, limits)
                : suffix == u"csv" || suffix == u"txt" ? parseCsv(data, limits)
                                                       : parse(data, limits);
    if (list)
        qCInfo(lcLists) << "read" << list->rows.size() << "rows from" << QFileInfo(path).fileName();
    else
        qCInfo(lcLists) << "could not read" << QFileInfo(path).fileName() << list.error().code
                        << list.error().detail;
    return list;
}

Result<EmployeeList> parse(const QByteArray &data, const ListLimits &limits)
{
    if (data.startsWith("PK\x03\x04"))
        return parseXlsx(data, limits);
    if (data.startsWith("\xD0\xCF\x11\xE0"))
        return makeError(u"list.format_unknown"_qs, {}, u"an old .xls workbook; save it as .xlsx or CSV"_qs);
    return parseCsv(data, limits);
}

} // namespace hpf::client::employeelist
