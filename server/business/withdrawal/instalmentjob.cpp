// The withdrawal.instalment job (租房提取委托, issue 17): each run handles one due date of one
// instruction — pays the period, or skips it (the available balance cannot pay it; the next one
// continues), or ends the instruction (account closed, no longer 01/02, past its end month), or
// suspends it (a fresh property answer, asked in the prepare step outside any transaction, shows
// an own home) — and queues the next due date. A payment row per (instruction, due date) under a
// unique key, written in the same transaction as the journal, keeps an interrupted job from paying
// twice.
#include "business/accounts/accountrecords.h"
#include "business/accounts/sharedanswers.h"
#include "business/withdrawal/instructionservice.h"
#include "business/withdrawal/instructionstore.h"
#include "domain/codetables.h"
#include "domain/identity.h"
#include "domain/money.h"
#include "platform/auth/systemuser.h"
#include "platform/context.h"
#include "platform/jobs/jobrunner.h"
#include "platform/numbering/numbering.h"
#include "platform/sharing/shareddata.h"
#include "platform/store/sql.h"

namespace hpf::server {

namespace {

// Outside any transaction: the person's property answer, when a sharing interface is configured.
Result<QJsonObject> askProperty(ServerContext &server, const Job &job, const QDateTime &)
{
    if (!server.sharedData)
        return QJsonObject();
    auto conn = server.database.connection();
    if (!conn)
        return conn.error();
    Query q(*conn, u"SELECT p.id, p.document_type, p.document_number, p.name FROM withdrawal_instructions i "
                   "JOIN persons p ON p.id = i.person_id WHERE i.id = :i"_qs);
    q.bind(u":i"_qs, job.payload.value(u"instructionId"_qs).toString().toLongLong());
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return QJsonObject();
    const SharedSubject subject{q.str(1), q.str(2), q.str(3)};
    q.finish();
    auto answer = server.sharedData->query(u"property"_qs, subject, {});
    if (!answer)
        return answer.error();
    return QJsonObject{{u"found"_qs, answer->found},
                       {u"summary"_qs, answer->summary},
                       {u"facts"_qs, answer->facts},
                       {u"provider"_qs, answer->provider}};
}

Status recordPayment(ServiceContext &ctx, qint64 instructionId, const QString &dueOn, const QString &serial,
                     qint64 amountFen, const QString &outcome, const QString &reason)
{
    Query q(ctx.db, u"INSERT INTO instruction_payments (instruction_id, due_on, serial, amount_fen, outcome, "
                    "reason, at) VALUES (:i, :d, :s, :a, :o, :r, :now)"_qs);
    q.bind(u":i"_qs, instructionId)
        .bind(u":d"_qs, dueOn)
        .bind(u":s"_qs, serial.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(serial))
        .bind(u":a"_qs, amountFen)
        .bind(u":o"_qs, outcome)
        .bind(u":r"_qs, reason)
        .bind(u":now"_qs, ctx.nowMs);
    return q.exec();
}

// Pays one period: its own serial, journal 11, the withdrawal record and receipt, the audit record.
Result<QString> pay(ServiceContext &ctx, const InstructionRow &row, const AccountRow &account,
                    const QString &dueOn)
{
    auto serial = nextSerial(ctx);
    if (!serial)
        return serial.error();
    const QString memo = u"租房提取委托 "_qs + row.serial + u" "_qs + dueOn;
    auto balance = postJournal(ctx, {account.id, *serial, u"11"_qs, -row.amountFen, {}, 0, memo});
    if (!balance)
        return balance.error();
    auto after = findAccountById(ctx, account.id);
    if (!after)
        return after.error();
    const finance::WithdrawalType *rent = ctx.server.policy.withdrawal().type(u"rent");
    ReceiptDraft draft;
    draft.serial = *serial;
    draft.business = u"rent_instalment"_qs;
    draft.businessLabel = u"租房提取（委托）"_qs;
    draft.object = u"account:"_qs + account.accountNumber;
    draft.line(u"个人账号"_qs, account.accountNumber);
    draft.line(u"提取类型"_qs, rent ? rent->name : u"租赁住房"_qs);
    draft.line(u"委托业务流水号"_qs, row.serial);
    draft.line(u"应付日期"_qs, dueOn);
    draft.line(u"收款银行"_qs, row.payee.maskedJson().value(u"bankName"_qs).toString());
    draft.line(u"收款账号"_qs, maskBankAccount(row.payee.accountNumber));
    draft.line(u"收款人"_qs, row.payee.name);
    draft.line(u"账户余额"_qs, money::format(after->balanceFen));
    draft.amounts.append(amount(u"提取金额"_qs, row.amountFen));
    const QString today = ctx.now.toLocalTime().date().toString(Qt::ISODate);
    QJsonObject body{{u"serial"_qs, *serial},
                     {u"type"_qs, u"rent"_qs},
                     {u"typeName"_qs, rent ? rent->name : u"租赁住房"_qs},
                     {u"reason"_qs, rent ? rent->reason : u"07"_qs},
                     {u"accountNumber"_qs, account.accountNumber},
                     {u"principalFen"_qs, row.amountFen},
                     {u"interestFen"_qs, 0},
                     {u"amountFen"_qs, row.amountFen},
                     {u"balanceFen"_qs, after->balanceFen},
                     {u"availableFen"_qs, after->availableFen()},
                     {u"closed"_qs, false},
                     {u"closeReason"_qs, QString()},
                     {u"valueDate"_qs, today},
                     {u"payee"_qs, row.payee.maskedJson()},
                     {u"materials"_qs, QJsonArray()}};
    draft.fields = body;
    auto receipt = issueReceipt(ctx, draft);
    if (!receipt)
        return receipt.error();
    body.insert(u"receipt"_qs, *receipt);
    WithdrawalRecord record;
    record.serial = *serial;
    record.accountId = account.id;
    record.personId = account.personId;
    record.branchId = account.branchId;
    record.type = u"rent"_qs;
    record.reason = body.value(u"reason"_qs).toString();
    record.principalFen = row.amountFen;
    record.amountFen = row.amountFen;
    record.payee = row.payee;
    record.evidence = row.evidence;
    record.instructionId = row.id;
    record.valueDate = today;
    record.body = body;
    if (Status s = storeWithdrawal(ctx, record); !s)
        return s.error();
    QJsonObject afterJson = after->toJson();
    afterJson.insert(u"serial"_qs, *serial);
    afterJson.insert(u"instruction"_qs, QString::number(row.id));
    if (Status s = ctx.audit(u"withdrawals.instalment"_qs, u"account:"_qs + account.accountNumber, u"ok"_qs,
                             account.toJson(), afterJson);
        !s)
        return s.error();
    return *serial;
}

Status endOrSuspend(ServiceContext &ctx, const InstructionRow &row, const QString &status,
                    const QString &reason)
{
    if (Status s = setInstructionStatus(ctx, row.id, status, reason, ctx.nowMs); !s)
        return s;
    return ctx.audit(u"withdrawals.instalment"_qs, u"instruction:"_qs + QString::number(row.id), u"ok"_qs,
                     instructionJson(row, false), {{u"status"_qs, status}, {u"statusReason"_qs, reason}});
}

// One due date of one instruction, inside the job's transaction.
Status handleDue(ServiceContext &ctx, const JobContext &jc)
{
    auto row = loadInstruction(ctx, jc.job.payload.value(u"instructionId"_qs).toString(), true);
    if (!row)
        return row.error().code == u"instruction.not_found" ? Status{} : Status{row.error()};
    const QString dueOn = jc.job.payload.value(u"dueOn"_qs).toString();
    // Ended, suspended, or a stale job of a date already handled: nothing to do.
    if (row->status != u"active" || row->nextDue != dueOn)
        return {};
    const QDate due = QDate::fromString(dueOn, Qt::ISODate);
    if (!row->endMonth.isEmpty() && due.toString(u"yyyy-MM"_qs) > row->endMonth)
        return endOrSuspend(ctx, *row, u"ended"_qs, u"end_month"_qs);
    auto account = findAccountById(ctx, row->accountId, true);
    if (!account)
        return account.error();
    if (account->state != u"01" && account->state != u"02")
        return endOrSuspend(ctx, *row, u"ended"_qs,
                            codes::isTerminalAccountState(account->state) ? u"account_closed"_qs
                                                                          : u"account_state"_qs);
    if (jc.prepared.value(u"found"_qs).toBool()) {
        SharedAnswer answer{true, jc.prepared.value(u"summary"_qs).toString(),
                            jc.prepared.value(u"facts"_qs).toObject(),
                            jc.prepared.value(u"provider"_qs).toString()};
        if (auto stored = storeSharedAnswer(ctx, row->personId, u"property"_qs, answer); !stored)
            return stored.error();
        if (Status s = recordPayment(ctx, row->id, dueOn, {}, row->amountFen, u"skipped"_qs, u"own_home"_qs);
            !s)
            return s;
        return endOrSuspend(ctx, *row, u"suspended"_qs, u"own_home"_qs);
    }
    if (account->availableFen() < row->amountFen) {
        if (Status s = recordPayment(ctx, row->id, dueOn, {}, row->amountFen, u"skipped"_qs,
                                     u"insufficient_available"_qs);
            !s)
            return s;
    } else {
        auto serial = pay(ctx, *row, *account, dueOn);
        if (!serial)
            return serial.error();
        if (Status s = recordPayment(ctx, row->id, dueOn, *serial, row->amountFen, u"paid"_qs, {}); !s)
            return s;
    }
    // The next period, or the end after the end month.
    const QDate next = due.addMonths(row->periodMonths());
    if (!row->endMonth.isEmpty() && next.toString(u"yyyy-MM"_qs) > row->endMonth)
        return endOrSuspend(ctx, *row, u"ended"_qs, u"end_month"_qs);
    row.value().nextDue = next.toString(Qt::ISODate);
    if (Status s = setNextDue(ctx, row->id, row->nextDue, ctx.nowMs); !s)
        return s;
    return queueInstalment(ctx.db, *row, ctx.nowMs);
}

JobResult handleInstalment(ServerContext &server, JobContext &jc)
{
    // A sharing interface that does not answer now: try again later rather than pay blind.
    if (jc.prepareError)
        return JobResult::retryLater(jc.prepareError->code, jc.now.addSecs(15 * 60));
    ServiceContext ctx(server, jc.db);
    ctx.now = jc.now;
    ctx.nowMs = jc.nowMs;
    ctx.operation = u"withdrawals.instalment"_qs;
    ctx.workstation = u"job"_qs;
    ctx.requestId = u"job-"_qs + QString::number(jc.job.id);
    auto system = systemPrincipal(jc.db, jc.nowMs);
    if (!system)
        return JobResult::retryLater(system.error().code);
    ctx.principal = *system;
    if (Status s = handleDue(ctx, jc); !s)
        return JobResult::retryLater(s.error().code + u": "_qs + s.error().detail);
    return JobResult::done();
}

} // namespace

void registerWithdrawalJobs(JobRunner &runner, ServerContext &context)
{
    runner.registerHandler(
        QString::fromLatin1(kInstalmentJob),
        [&context](JobContext &jc) { return handleInstalment(context, jc); },
        [&context](const Job &job, const QDateTime &now) { return askProperty(context, job, now); });
}

} // namespace hpf::server
