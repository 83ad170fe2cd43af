#include "employeelistfile.h"

#include "lists/employeelistfile_p.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <algorithm>
#include <optional>

namespace hpf::client::employeelist {

namespace {

bool isAscii(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) < 0x80; });
}

// Strict UTF-8 as Qt decodes it: overlong forms, surrogates, code points above U+10FFFF and a
// sequence cut at the end are errors (the decoder is stateless: it keeps nothing for more input).
bool isUtf8(QByteArrayView bytes)
{
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    return !utf8.hasError();
}

// GB18030 through Qt's ICU converter; stateless, so a character cut at the end is an error too
// (tst_employeelistfile's gb18030Decoder rows pin this down).
std::optional<QString> decodeGb18030(QByteArrayView bytes)
{
    QStringDecoder gb("GB18030", QStringConverter::Flag::Stateless);
    QString text = gb.decode(bytes);
    if (!gb.isValid() || gb.hasError())
        return std::nullopt;
    return text;
}

Error encodingError(const QString &detail)
{
    return makeError(u"list.encoding_invalid"_qs, {}, detail);
}

} // namespace

Result<QString> decodeText(const QByteArray &data, EmployeeList::Format *format)
{
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF"))
        return encodingError(u"UTF-16 text; save the list as CSV (UTF-8)"_qs);
    const bool bom = data.startsWith("\xEF\xBB\xBF");
    const QByteArrayView body = QByteArrayView(data).sliced(bom ? 3 : 0);
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString asUtf8 = utf8.decode(body);
    if (!utf8.hasError()) {
        if (format)
            *format = bom ? EmployeeList::Format::CsvUtf8Bom : EmployeeList::Format::CsvUtf8;
        return asUtf8;
    }
    if (!QStringDecoder("GB18030").isValid())
        return encodingError(u"no GB18030 decoder in this Qt (built without ICU?)"_qs);
    // Not UTF-8 as a whole: line by line, to name the first line that is neither encoding, or the
    // lines that show a file pasted together from both (which no single decoding reads right).
    int firstUtf8 = 0, firstGb = 0, line = 1;
    for (qsizetype at = 0; at < body.size(); ++line) {
        qsizetype eol = body.indexOf('\n', at);
        if (eol < 0)
            eol = body.size();
        const QByteArrayView text = body.sliced(at, eol - at);
        if (!isAscii(text)) {
            if (isUtf8(text))
                firstUtf8 = firstUtf8 ? firstUtf8 : line;
            else if (decodeGb18030(text))
                firstGb = firstGb ? firstGb : line;
            else
                return encodingError(QStringLiteral("line %1 is neither UTF-8 nor GB18030").arg(line));
        }
        at = eol + 1;
    }
    if (firstUtf8 || bom)
        return makeError(u"list.encoding_mixed"_qs, {},
                         QStringLiteral("line %1 is UTF-8, line %2 is GB18030")
                             .arg(firstUtf8 ? firstUtf8 : 1)
                             .arg(firstGb));
    std::optional<QString> text = decodeGb18030(body);
    if (!text)
        return encodingError(u"GB18030 decoding failed"_qs);
    if (format)
        *format = EmployeeList::Format::CsvGb18030;
    return *std::move(text);
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
