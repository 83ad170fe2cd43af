#pragma once

#include "lists/employeelistfile.h"

#include <QLoggingCategory>

// Shared by the CSV and XLSX readers: rows of cells in, header matched to columns, limits checked.
namespace hpf::client {

Q_DECLARE_LOGGING_CATEGORY(lcLists)

namespace employeelist {

class TableBuilder
{
public:
    TableBuilder(EmployeeList::Format format, const ListLimits &limits);
    // The first row with any text is the header; blank rows are skipped.
    Status addRow(int line, const QStringList &cells);
    Result<EmployeeList> finish();

private:
    Status readHeader(int line, const QStringList &cells);

    ListLimits m_limits;
    EmployeeList m_list;
    int m_index[kListColumnCount];
    bool m_haveHeader = false;
};

// Header text as compared: no spaces, '*', '_' or '-', no bracketed unit, lower case.
QString normalizeHeader(QStringView text);

} // namespace employeelist
} // namespace hpf::client
