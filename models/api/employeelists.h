#pragma once

#include "api/call.h"
#include "api/receipts.h"
#include "ops/operation.h"

#include <QList>

namespace hpf::client {
struct ListValidation;
}

// 2004 清册开户: the server's check of an employee list (a read-only POST) and the submission of the
// list as one atomic operation (up to 8 MiB of rows).
namespace hpf::client::api {

// Time the server may take for a whole list (20,000 rows in one transaction take a while).
inline constexpr int kEmployeeListTimeoutMs = 300000;

// One problem the server found in a row; `row` indexes the rows as sent.
struct ListRowProblem
{
    int row = -1;
    QString field;
    QString code;
    QString detail;
    QString existingAccount; // 一人一户: the person's live account, when the problem is that
    static ListRowProblem read(Reader &reader);
};

struct ListCheck
{
    int willOpen = 0;
    int willUnseal = 0;
    QList<ListRowProblem> errors;
    static Result<ListCheck> fromJson(const QJsonObject &json);
};

struct ListSubmitted
{
    struct Opened
    {
        int row = -1;
        QString accountNumber;
        QString action; // "opened" or "unsealed"
    };
    QString serial;
    QList<Opened> accounts;
    QList<ListRowProblem> skipped; // the problems of every row left out
    int opened = 0;
    int unsealed = 0;
    int skippedCount = 0;
    std::optional<Receipt> receipt;
    static Result<ListSubmitted> fromJson(const QJsonObject &json);
};

// The row problems of a refused submission (empty when the refusal names no rows).
QList<ListRowProblem> listRefusalProblems(const ops::Outcome &refusal);

namespace employeelists {
// The rows of `validation` at `rows` (indexes into the list), as the server reads them.
void check(ApiClient *api, const QString &unitAccount, const ListValidation &validation,
           const QList<int> &rows, QObject *context, std::function<void(const Reply<ListCheck> &)> done);
ops::Request submit(const QString &unitAccount, const ListValidation &validation, const QList<int> &rows,
                    bool skipInvalid, const QString &summary);
} // namespace employeelists

} // namespace hpf::client::api
