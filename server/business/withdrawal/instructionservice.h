#pragma once

#include "base/result.h"
#include "business/withdrawal/withdrawalservice.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

// 租房提取委托 (issue 17): a standing rent withdrawal, monthly or quarterly, that the platform's
// jobs pay (withdrawal.instalment) until it ends or the member's situation changes. The rent rule
// is judged when it is set up (the cap × the months of a period, no own home); each payment is a
// withdrawal of its own (serial, journal 11, receipt rent_instalment, audit withdrawals.instalment
// by the system user). The JSON shape is docs/api/openapi.yaml's Instruction.
namespace hpf::server {

class JobRunner;
struct ServerContext;

inline constexpr char kInstalmentJob[] = "withdrawal.instalment";

struct InstructionRequest
{
    QString accountNumber;
    QString frequency; // monthly | quarterly
    qint64 amountFen = 0;
    QString startMonth;
    QString endMonth; // empty: none
    finance::WithdrawalEvidence evidence;
    QJsonObject evidenceJson;
    QStringList sharedAnswerIds;
    Payee payee;
};

// Before the transaction: account_number.*, instruction.frequency, instruction.months, payee.*.
Status checkInstructionRequest(ServiceContext &ctx, InstructionRequest &request);
// POST /withdrawals/instructions → {"instruction", "receipt"}. Errors as withdrawals plus
// instruction.duplicate (an active one exists).
Result<QJsonObject> createInstruction(ServiceContext &ctx, const InstructionRequest &request,
                                      Refusal *refusal);
// POST /withdrawals/instructions/search → {"items"} (without payments), the account branch-checked.
Result<QJsonObject> searchInstructions(ServiceContext &ctx, const QString &accountNumber);
// GET /withdrawals/instructions/{id} → {"instruction"} with its payments. instruction.not_found.
Result<QJsonObject> getInstruction(ServiceContext &ctx, const QString &id);
// POST /withdrawals/instructions/{id}/end → {"instruction"}. instruction.status when ended already.
Result<QJsonObject> endInstruction(ServiceContext &ctx, const QString &id, const QString &reason);

// The job kind (serve registers it): each run pays (or skips, or ends on) one due date and queues
// the next.
void registerWithdrawalJobs(JobRunner &runner, ServerContext &context);

} // namespace hpf::server
