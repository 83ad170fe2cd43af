#pragma once

#include "finance/policy.h"
#include "lists/employeelistfile.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <functional>
#include <optional>

// Judges every row of an employee list with the rules of core (the server judges them again the
// same way, and adds what only the database knows: 一人一户, names already registered):
//  - 证件类型: a code (01, 1, 03 …) or its label (居民身份证, 身份证, 护照 …); empty means 01;
//  - 证件号码: identity::parse (full-width digits, spaces and a lower-case x are normalised);
//  - 姓名: present, at most 60 characters; 手机号码: optional, mobile::parse;
//  - 缴存基数: yuan as money::parse reads it, then the policy's floor and ceiling (finance::clampBase:
//    refused, or clamped with a warning, as the policy says);
//  - list.duplicate_row for a person (证件类型 + normalised number) listed again.
namespace hpf::client {

struct ListRowIssue
{
    int row = 0;     // index into EmployeeList::rows
    int line = 0;    // line or sheet row in the file
    QString column;  // API field ("documentNumber" …); empty for the row as a whole
    QString code;    // stable code, e.g. "identity.checksum"
    QString message; // translated
    QString detail;  // developer text
    bool fromServer = false;
};

struct ListValidationOptions
{
    finance::BaseRange base{1, 9'999'999'999, finance::OutOfRangeBase::Clamp};
    QDate today;

    // The deposit base range in effect on `month` under `policy` (ReferenceSync::policy: the
    // server's); no range check when no row is in effect then (the server still checks).
    static ListValidationOptions fromPolicy(const finance::Policy &policy, QDate month);
};

struct ListValidation
{
    QList<QJsonObject> bodies;    // per row: the API row (complete when the row passes)
    QList<ListRowIssue> errors;   // in row order
    QList<ListRowIssue> warnings; // clamped bases
    QList<quint8> failing;        // per row: 1 when it has an error
    int failingRows = 0;
    bool cancelled = false;
    bool ok() const { return failingRows == 0 && !cancelled; }
};

class EmployeeListValidator
{
public:
    explicit EmployeeListValidator(const ListValidationOptions &options);

    // `progress(done)` is called every few hundred rows; returning false cancels (cancelled = true).
    ListValidation validate(const EmployeeList &list, const std::function<bool(int)> &progress = {}) const;

    // "01" for 01, 1, 居民身份证, 身份证, resident identity card …; nullopt when unknown.
    static std::optional<QString> documentTypeCode(QStringView cell);

private:
    ListValidationOptions m_options;
};

} // namespace hpf::client
