#include "lists/employeelistfile_p.h"

namespace hpf::client {

Q_LOGGING_CATEGORY(lcLists, "hpf.client.lists")

namespace employeelist {

QString fieldName(ListColumn column)
{
    switch (column) {
    case ListColumn::Name:
        return u"name"_qs;
    case ListColumn::DocumentType:
        return u"documentType"_qs;
    case ListColumn::DocumentNumber:
        return u"documentNumber"_qs;
    case ListColumn::Mobile:
        return u"mobile"_qs;
    case ListColumn::WageBase:
        return u"wageBaseFen"_qs;
    }
    return {};
}

QStringList headerNames(ListColumn column)
{
    switch (column) {
    case ListColumn::Name:
        return {u"姓名"_qs, u"职工姓名"_qs, u"name"_qs};
    case ListColumn::DocumentType:
        return {u"证件类型"_qs, u"证件种类"_qs, u"document type"_qs, u"id type"_qs};
    case ListColumn::DocumentNumber:
        return {u"证件号码"_qs,        u"证件号"_qs,    u"身份证号码"_qs, u"身份证号"_qs,
                u"document number"_qs, u"id number"_qs, u"idnumber"_qs};
    case ListColumn::Mobile:
        return {u"手机号码"_qs, u"手机号"_qs, u"手机"_qs, u"mobile"_qs, u"mobile number"_qs};
    case ListColumn::WageBase:
        return {u"缴存基数"_qs, u"月缴存基数"_qs, u"个人缴存基数"_qs,
                u"工资基数"_qs, u"wage base"_qs,  u"base"_qs};
    }
    return {};
}

bool isRequired(ListColumn column)
{
    return column == ListColumn::Name || column == ListColumn::DocumentNumber ||
           column == ListColumn::WageBase;
}

QString normalizeHeader(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'(' || c == u'（' || c == u'[' || c == u'【')
            break; // "缴存基数（元）", "Wage base (yuan)"
        if (c.isSpace() || c == u'*' || c == u'＊' || c == u'_' || c == u'-' || c == QChar(0xFEFF))
            continue;
        out.append(c.toLower());
    }
    return out;
}

TableBuilder::TableBuilder(EmployeeList::Format format, const ListLimits &limits)
    : m_limits(limits)
{
    m_list.format = format;
    std::fill(std::begin(m_index), std::end(m_index), -1);
}

Status TableBuilder::readHeader(int line, const QStringList &cells)
{
    static const auto names = [] {
        QList<QStringList> all;
        for (int c = 0; c < kListColumnCount; ++c) {
            QStringList normalized;
            for (const QString &n : headerNames(ListColumn(c)))
                normalized.append(normalizeHeader(n));
            all.append(normalized);
        }
        return all;
    }();
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QString h = normalizeHeader(cells.at(i));
        for (int c = 0; c < kListColumnCount; ++c) {
            if (!names.at(c).contains(h))
                continue;
            if (m_index[c] >= 0)
                return makeError(u"list.duplicate_column"_qs, fieldName(ListColumn(c)),
                                 QStringLiteral("line %1: \"%2\" and \"%3\"")
                                     .arg(line)
                                     .arg(cells.at(m_index[c]), cells.at(i)));
            m_index[c] = int(i);
            m_list.present[c] = true;
            m_list.headers[c] = cells.at(i);
        }
    }
    for (int c = 0; c < kListColumnCount; ++c) {
        const bool optionalHere = ListColumn(c) == ListColumn::WageBase && !m_limits.requireWageBase;
        if (m_index[c] < 0 && isRequired(ListColumn(c)) && !optionalHere)
            return makeError(
                u"list.missing_column"_qs, fieldName(ListColumn(c)),
                QStringLiteral("line %1 has no column %2").arg(line).arg(headerNames(ListColumn(c)).first()));
    }
    m_haveHeader = true;
    return {};
}

Status TableBuilder::addRow(int line, const QStringList &cells)
{
    if (std::all_of(cells.cbegin(), cells.cend(), [](const QString &s) { return s.trimmed().isEmpty(); }))
        return {};
    if (cells.size() > m_limits.maxCells)
        return makeError(u"list.row_too_long"_qs, {},
                         QStringLiteral("line %1: %2 cells, at most %3")
                             .arg(line)
                             .arg(cells.size())
                             .arg(m_limits.maxCells));
    if (!m_haveHeader)
        return readHeader(line, cells);
    if (m_list.rows.size() >= m_limits.maxRows)
        return makeError(u"list.too_many_rows"_qs, {},
                         QStringLiteral("more than %1 rows (line %2)").arg(m_limits.maxRows).arg(line));
    EmployeeListRow row;
    row.line = line;
    for (int c = 0; c < kListColumnCount; ++c) {
        if (m_index[c] >= 0 && m_index[c] < cells.size())
            row.cells[c] = cells.at(m_index[c]).trimmed();
    }
    m_list.rows.append(std::move(row));
    return {};
}

Result<EmployeeList> TableBuilder::finish()
{
    if (!m_haveHeader)
        return makeError(u"list.empty"_qs, {}, u"no header row"_qs);
    if (m_list.rows.isEmpty())
        return makeError(u"list.empty"_qs, {}, u"a header row but no rows"_qs);
    return std::move(m_list);
}

} // namespace employeelist
} // namespace hpf::client
