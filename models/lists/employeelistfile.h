#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Reading a unit's employee list (清册) from the file a unit hands in: CSV in UTF-8 (with or without
// BOM) or GB18030, detected line by line, or the first sheet of an XLSX workbook. The first non-empty
// row is the header; its cells are matched to columns by Chinese or English names (see headerNames),
// other columns (序号, 备注 …) are ignored. Cells come back as text exactly as written (trimmed);
// judging them is EmployeeListValidator's work.
//
// Error codes (field = the column's API name where one is concerned; detail says where):
//   list.file_unreadable, list.file_too_large, list.format_unknown, list.empty, list.too_many_rows,
//   list.encoding_mixed (UTF-8 and GB18030 lines in one file), list.encoding_invalid,
//   list.csv_quote (a quoted field never closed), list.row_too_long (too many cells or a cell too
//   long), list.missing_column, list.duplicate_column, list.xlsx_invalid, list.xlsx_unsupported.
namespace hpf::client {

enum class ListColumn { Name, DocumentType, DocumentNumber, Mobile, WageBase };
inline constexpr int kListColumnCount = 5;

struct EmployeeListRow
{
    int line = 0;                    // where the row is in the file: CSV record line, or the sheet row
    QString cells[kListColumnCount]; // by ListColumn; empty when the column is absent
    const QString &cell(ListColumn c) const { return cells[int(c)]; }
};

struct EmployeeList
{
    enum class Format { CsvUtf8, CsvUtf8Bom, CsvGb18030, Xlsx };
    Format format = Format::CsvUtf8;
    bool present[kListColumnCount] = {};
    QString headers[kListColumnCount]; // the header text as written in the file
    QList<EmployeeListRow> rows;
    bool has(ListColumn c) const { return present[int(c)]; }
};

struct ListLimits
{
    qint64 maxFileBytes = 16 * 1024 * 1024;
    int maxRows = 20000; // data rows; the server takes at most as many in one list
    int maxCells = 64;   // per row
    int maxCellChars = 256;
    qint64 maxUnpackedBytes = 128 * 1024 * 1024; // all XLSX parts read, inflated
    // A list of leaving employees (批量市内转移) names people only: no 缴存基数 column needed.
    bool requireWageBase = true;
};

namespace employeelist {

// The API field of a column: "name", "documentType", "documentNumber", "mobile", "wageBaseFen".
QString fieldName(ListColumn column);
// Header texts that name the column (compared without spaces, '*' markers, units in brackets and
// case): 姓名/name; 证件类型/document type; 证件号码/身份证号码/document number/id number;
// 手机号码/手机/mobile; 缴存基数/月缴存基数/工资基数/wage base (in yuan).
// Required: 姓名, 证件号码, 缴存基数. Without a 证件类型 column every row is a 居民身份证 (01).
QStringList headerNames(ListColumn column);
bool isRequired(ListColumn column);

// By the file name's suffix (.csv/.txt or .xlsx), else by content (zip signature → XLSX).
Result<EmployeeList> read(const QString &path, const ListLimits &limits = {});
Result<EmployeeList> parse(const QByteArray &data, const ListLimits &limits = {});
Result<EmployeeList> parseCsv(const QByteArray &data, const ListLimits &limits = {});
Result<EmployeeList> parseXlsx(const QByteArray &data, const ListLimits &limits = {});

// The text of a CSV file: the encoding detected (UTF-8 unless some line is not valid UTF-8 and is
// valid GB18030; a file with both kinds of lines is refused). Exposed for the tests.
Result<QString> decodeText(const QByteArray &data, EmployeeList::Format *format = nullptr);

} // namespace employeelist
} // namespace hpf::client
