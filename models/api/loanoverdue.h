#pragma once

#include "api/call.h"
#include "ops/operation.h"

#include <QDate>
#include <QList>
#include <optional>

// 逾期管理 (issue 18, part F): the loans in arrears with days past due, overdue amount, 罚息 and
// the reminder state, the 逾期率 (万分之) over the loans the user may see, and a reminder (催收)
// recorded done. The only client code knowing their URLs and JSON. Shapes: server
// business/loan/loanoverdue.cpp (listOverdueLoans, completeReminder), openapi LoanOverduePage.
namespace hpf::client::api {

struct LoanReminder
{
    qint64 id = 0;
    int thresholdDays = 0;
    QString status; // open | superseded | done
    QDate queuedOn;
    QString channel; // phone | letter | sms once done, else empty
};

struct OverdueLoan
{
    QString contractNumber;
    QString status; // repaying | overdue (the job has not run yet today: repaying)
    qint64 outstandingFen = 0;
    QString branchCode;
    QString borrowerName; // masked by the server
    QDate oldestDueOn;
    int daysPastDue = 0;
    int overdueInstalments = 0;
    qint64 overdueFen = 0; // unpaid principal and interest past due
    qint64 penaltyFen = 0; // 罚息 accrued and not paid
    QString reminderState; // none | open | superseded | done
    std::optional<LoanReminder> reminder;
    // A reminder the officer can record now.
    bool reminderOpen() const { return reminder && reminder->status != u"done"; }
};

struct OverdueSummary
{
    QDate asOf;
    qint64 loans = 0;
    qint64 balanceFen = 0;
    qint64 overdueLoans = 0;
    qint64 overdueBalanceFen = 0;
    QString ratioPerTenThousand; // "8333.33" (万分之)
};

// GET /loans/overdue?page=.
struct OverduePage
{
    QList<OverdueLoan> items;
    int page = 1;
    int pageSize = 20;
    qint64 total = 0;
    OverdueSummary summary;
    static Result<OverduePage> fromJson(const QJsonObject &json);
};

// POST /loans/overdue/reminders/{id}/done.
struct ReminderRecorded
{
    qint64 id = 0;
    QString contractNumber;
    QString channel;
    int thresholdDays = 0;
    static Result<ReminderRecorded> fromJson(const QJsonObject &json);
};

namespace loanoverdue {

bool isChannel(const QString &channel); // phone | letter | sms

ApiRequest listRequest(int page);
void list(ApiClient *api, int page, QObject *context, std::function<void(const Reply<OverduePage> &)> done);
// Answer: ReminderRecorded. 404 loan.reminder_not_found, 409 loan.reminder_done, 403
// auth.branch_denied. The note is trimmed; it travels in the body.
ops::Request recordReminder(qint64 id, const QString &channel, const QString &note, const QString &summary);

} // namespace loanoverdue

} // namespace hpf::client::api
