// libFuzzer target: an employee list (清册) file as a unit hands it in — CSV in UTF-8 or GB18030, or
// an XLSX workbook (chosen by content, as the import does) — read and then judged row by row. It must
// never crash; what the reader accepts respects the limits, and the validator gives every row a
// verdict.
#include "finance/policy.h"
#include "lists/employeelistfile.h"
#include "lists/employeelistvalidator.h"

#include <QByteArray>
#include <cstdint>
#include <cstdlib>

using namespace hpf::client;

namespace {

const EmployeeListValidator &validator()
{
    static const EmployeeListValidator v = [] {
        auto policy = hpf::finance::Policy::defaults();
        if (!policy)
            std::abort();
        ListValidationOptions options = ListValidationOptions::fromPolicy(*policy, QDate(2025, 7, 1));
        options.today = QDate(2025, 7, 15);
        return EmployeeListValidator(options);
    }();
    return v;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ListLimits limits;
    limits.maxFileBytes = 1024 * 1024;
    limits.maxRows = 500;
    limits.maxUnpackedBytes = 4 * 1024 * 1024;
    const auto list = employeelist::parse(bytes, limits);
    if (!list) {
        if (list.error().code.isEmpty())
            std::abort();
        return 0;
    }
    if (list->rows.size() > limits.maxRows)
        std::abort();
    for (const EmployeeListRow &row : list->rows) {
        for (const QString &cell : row.cells) {
            if (cell.size() > limits.maxCellChars)
                std::abort();
        }
    }
    for (int c = 0; c < kListColumnCount; ++c) {
        if (employeelist::isRequired(ListColumn(c)) && !list->present[c])
            std::abort(); // a list without a required column must be refused
    }
    const ListValidation v = validator().validate(*list);
    if (v.bodies.size() != list->rows.size() || v.failing.size() != list->rows.size())
        std::abort();
    int failing = 0;
    for (quint8 f : v.failing)
        failing += f;
    if (failing != v.failingRows)
        std::abort();
    for (const ListRowIssue &issue : v.errors) {
        if (issue.code.isEmpty() || issue.row < 0 || issue.row >= list->rows.size() ||
            !v.failing.at(issue.row))
            std::abort();
    }
    return 0;
}
