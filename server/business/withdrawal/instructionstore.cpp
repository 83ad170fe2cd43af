#include "business/withdrawal/instructionstore.h"

#include "business/withdrawal/instructionservice.h"
#include "platform/context.h"
#include "platform/jobs/jobs.h"
#include "platform/store/sql.h"

#include <QJsonDocument>

namespace hpf::server {

namespace {

const QString kColumns =
    u"SELECT i.id, i.serial, i.account_id, a.account_number, i.person_id, i.branch_id, i.status, "
    "i.status_reason, i.frequency, i.amount_fen, i.start_month, i.end_month, i.next_due, i.payee_bank, "
    "i.payee_account, i.payee_name, i.evidence, i.created_at FROM withdrawal_instructions i "
    "JOIN accounts a ON a.id = i.account_id "_qs;

InstructionRow readRow(const Query &q)
{
    InstructionRow r;
    r.id = q.int64(0);
    r.serial = q.str(1);
    r.accountId = q.int64(2);
    r.accountNumber = q.str(3);
    r.personId = q.int64(4);
    r.branchId = q.int64(5);
    r.status = q.str(6);
    r.statusReason = q.str(7);
    r.frequency = q.str(8);
    r.amountFen = q.int64(9);
    r.startMonth = q.str(10);
    r.endMonth = q.isNull(11) ? QString() : q.str(11);
    r.nextDue = q.isNull(12) ? QString() : q.str(12);
    r.payee = {q.str(13), q.str(14), q.str(15)};
    r.evidence = QJsonDocument::fromJson(q.str(16).toUtf8()).object();
    r.createdAtMs = q.int64(17);
    return r;
}

QString isoLocal(qint64 ms)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

} // namespace

Result<qint64> insertInstruction(ServiceContext &ctx, const InstructionRow &r)
{
    Query q(
        ctx.db,
        u"INSERT INTO withdrawal_instructions (serial, account_id, person_id, branch_id, status, frequency, "
        "amount_fen, start_month, end_month, next_due, payee_bank, payee_account, payee_account_masked, "
        "payee_name, evidence, created_at, updated_at) VALUES (:s, :a, :p, :b, :st, :f, :amt, :sm, :em, "
        ":nd, :pb, :pa, :pm, :pn, :e, :now, :now2) RETURNING id"_qs);
    q.bind(u":s"_qs, r.serial)
        .bind(u":a"_qs, r.accountId)
        .bind(u":p"_qs, r.personId)
        .bind(u":b"_qs, r.branchId)
        .bind(u":st"_qs, r.status)
        .bind(u":f"_qs, r.frequency)
        .bind(u":amt"_qs, r.amountFen)
        .bind(u":sm"_qs, r.startMonth)
        .bind(u":em"_qs, orNull(r.endMonth))
        .bind(u":nd"_qs, orNull(r.nextDue))
        .bind(u":pb"_qs, r.payee.bankCode)
        .bind(u":pa"_qs, r.payee.accountNumber)
        .bind(u":pm"_qs, maskBankAccount(r.payee.accountNumber))
        .bind(u":pn"_qs, r.payee.name)
        .bind(u":e"_qs, compactJson(r.evidence))
        .bind(u":now"_qs, r.createdAtMs)
        .bind(u":now2"_qs, r.createdAtMs);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"db.error"_qs, {}, u"no instruction id returned"_qs);
    const qint64 id = q.int64(0);
    q.finish();
    return id;
}

Result<InstructionRow> loadInstruction(ServiceContext &ctx, const QString &id, bool lock)
{
    bool ok = false;
    const qint64 n = id.toLongLong(&ok);
    if (!ok || n <= 0 || id.size() > 18)
        return makeError(u"instruction.not_found"_qs, u"id"_qs);
    const QString forUpdate = lock && ctx.dialect == Dialect::Postgres ? u" FOR UPDATE OF i"_qs : QString();
    Query q(ctx.db, kColumns + u"WHERE i.id = :id"_qs + forUpdate);
    q.bind(u":id"_qs, n);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"instruction.not_found"_qs, u"id"_qs);
    InstructionRow row = readRow(q);
    q.finish();
    return row;
}

Result<QList<InstructionRow>> instructionsOfAccount(ServiceContext &ctx, qint64 accountId)
{
    Query q(ctx.db, kColumns + u"WHERE i.account_id = :a ORDER BY i.id DESC"_qs);
    q.bind(u":a"_qs, accountId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<InstructionRow> out;
    while (q.next())
        out.append(readRow(q));
    return out;
}

Result<qint64> activeInstructionCount(ServiceContext &ctx, qint64 accountId)
{
    Query q(ctx.db,
            u"SELECT COUNT(*) FROM withdrawal_instructions WHERE account_id = :a AND status = 'active'"_qs);
    q.bind(u":a"_qs, accountId);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.int64(0) : 0;
}

Status setInstructionStatus(ServiceContext &ctx, qint64 id, const QString &status, const QString &reason,
                            qint64 nowMs)
{
    Query q(ctx.db,
            u"UPDATE withdrawal_instructions SET status = :s, status_reason = :r, updated_at = :now"_qs +
                (status == u"active" ? QString() : u", next_due = NULL"_qs) + u" WHERE id = :id"_qs);
    q.bind(u":s"_qs, status).bind(u":r"_qs, reason).bind(u":now"_qs, nowMs).bind(u":id"_qs, id);
    return q.exec();
}

Status setNextDue(ServiceContext &ctx, qint64 id, const QString &nextDue, qint64 nowMs)
{
    Query q(ctx.db, u"UPDATE withdrawal_instructions SET next_due = :d, updated_at = :now WHERE id = :id"_qs);
    q.bind(u":d"_qs, orNull(nextDue)).bind(u":now"_qs, nowMs).bind(u":id"_qs, id);
    return q.exec();
}

QJsonObject instructionJson(const InstructionRow &r, bool)
{
    const auto nullable = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return {{u"id"_qs, QString::number(r.id)},
            {u"accountNumber"_qs, r.accountNumber},
            {u"status"_qs, r.status},
            {u"statusReason"_qs, r.statusReason},
            {u"frequency"_qs, r.frequency},
            {u"amountFen"_qs, r.amountFen},
            {u"startMonth"_qs, r.startMonth},
            {u"endMonth"_qs, nullable(r.endMonth)},
            {u"nextDue"_qs, nullable(r.nextDue)},
            {u"payee"_qs, r.payee.maskedJson()},
            {u"createdAt"_qs, isoLocal(r.createdAtMs)}};
}

Result<QJsonArray> paymentsJson(ServiceContext &ctx, qint64 instructionId)
{
    Query q(ctx.db, u"SELECT due_on, serial, amount_fen, outcome, reason, at FROM instruction_payments "
                    "WHERE instruction_id = :i ORDER BY due_on"_qs);
    q.bind(u":i"_qs, instructionId);
    if (Status s = q.exec(); !s)
        return s.error();
    QJsonArray out;
    while (q.next())
        out.append(QJsonObject{{u"dueOn"_qs, q.str(0)},
                               {u"serial"_qs, q.isNull(1) ? QJsonValue() : QJsonValue(q.str(1))},
                               {u"amountFen"_qs, q.int64(2)},
                               {u"outcome"_qs, q.str(3)},
                               {u"reason"_qs, q.str(4)},
                               {u"at"_qs, isoLocal(q.int64(5))}});
    return out;
}

Status queueInstalment(const QSqlDatabase &db, const InstructionRow &row, qint64 nowMs)
{
    if (row.nextDue.isEmpty())
        return {};
    JobRequest job;
    job.kind = QString::fromLatin1(kInstalmentJob);
    job.payload = {{u"instructionId"_qs, QString::number(row.id)}, {u"dueOn"_qs, row.nextDue}};
    // Local midnight of the due date (at once when it has passed).
    job.runAt = QDateTime(QDate::fromString(row.nextDue, Qt::ISODate), QTime(0, 0));
    job.dedupeKey = u"instalment:"_qs + QString::number(row.id) + u':' + row.nextDue;
    job.maxAttempts = 10;
    auto queued = enqueueJob(db, job, nowMs);
    return queued ? Status{} : Status{queued.error()};
}

} // namespace hpf::server
