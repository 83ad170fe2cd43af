#pragma once

#include "base/result.h"
#include "business/withdrawal/withdrawalservice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The rows of standing rent instructions and their payments (migration 16), shared by the routes'
// service (instructionservice.cpp) and the instalment job (instalmentjob.cpp).
namespace hpf::server {

struct InstructionRow
{
    qint64 id = 0;
    QString serial;
    qint64 accountId = 0;
    QString accountNumber;
    qint64 personId = 0;
    qint64 branchId = 0;
    QString status; // active | suspended | ended
    QString statusReason;
    QString frequency;
    qint64 amountFen = 0;
    QString startMonth;
    QString endMonth; // empty: none
    QString nextDue;  // empty: none
    Payee payee;
    QJsonObject evidence;
    qint64 createdAtMs = 0;
    int periodMonths() const { return frequency == u"quarterly" ? 3 : 1; }
};

Result<qint64> insertInstruction(ServiceContext &ctx, const InstructionRow &row);
// `id` as the path gives it. Error instruction.not_found (field id).
Result<InstructionRow> loadInstruction(ServiceContext &ctx, const QString &id, bool lock);
Result<QList<InstructionRow>> instructionsOfAccount(ServiceContext &ctx, qint64 accountId);
Result<qint64> activeInstructionCount(ServiceContext &ctx, qint64 accountId);
Status setInstructionStatus(ServiceContext &ctx, qint64 id, const QString &status, const QString &reason,
                            qint64 nowMs);
Status setNextDue(ServiceContext &ctx, qint64 id, const QString &nextDue, qint64 nowMs);
// The Instruction of the contract (payments are added by the caller when `full`).
QJsonObject instructionJson(const InstructionRow &row, bool full);
Result<QJsonArray> paymentsJson(ServiceContext &ctx, qint64 instructionId);
// Queues the withdrawal.instalment job of the row's next due date (dedupe per instruction and date).
Status queueInstalment(const QSqlDatabase &db, const InstructionRow &row, qint64 nowMs);

} // namespace hpf::server
