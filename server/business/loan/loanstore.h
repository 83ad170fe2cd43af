#pragma once

#include "business/accounts/accountrecords.h"
#include "business/accounts/sharedanswers.h"
#include "business/loan/loanservice.h"

#include <QDate>
#include <QJsonObject>

// Internal to business/loan: the judged application, its JSON and its rows.
namespace hpf::server {

// A request judged on a day, with what it was judged on.
struct JudgedLoan
{
    QDate appliedOn;
    QDate dueOn; // appliedOn + the policy's approvalDays (条例 第二十六条: 15)
    int borrowerIndex = -1;
    AccountRow borrowerAccount;
    QList<qint64> personIds;  // per party, 0 = unknown to the ledger
    QList<qint64> accountIds; // per party, 0 = no live account
    qint64 commercialFirstPaymentFen = 0;
    finance::LoanFacts facts;
    finance::LoanJudgement judgement;
    // issue 18: the sharing interfaces' fresh answers judged with (loanoutside.h).
    QList<StoredAnswer> sharedAnswers;
};

// Gathers the facts (borrower's account, continuity, balances, household loans) and judges.
Result<JudgedLoan> judgeRequest(ServiceContext &ctx, const LoanRequest &request);

// {"rules": [...], "eligible", "homeOrder", "priced", "rate", "ratePpm", "limit": {...},
//  "firstPaymentFen", "maxPaymentFen", "commercialFirstPaymentFen"} (openapi LoanJudgement).
QJsonObject judgementJson(const JudgedLoan &judged);
// openapi LoanSchedule.
QJsonObject scheduleJson(const finance::Schedule &schedule);
// "center_cap" | "price_ratio" | "balance_multiple" | "repayment_ability"
QString boundName(finance::LimitBound bound);

// Inserts the application (status accepted) and its parties; returns its id.
Result<qint64> storeApplication(ServiceContext &ctx, const QString &serial, const LoanRequest &request,
                                const JudgedLoan &judged);
// The application as GET /loans/applications/{serial} answers it (no branch check).
Result<QJsonObject> applicationJson(ServiceContext &ctx, const QString &serial);

} // namespace hpf::server
