#include "business/judicial/judicialservice.h"

#include "business/accounts/accountrecords.h"
#include "business/judicial/outcome.h"
#include "business/judicial/requeststore.h"
#include "logging.h"
#include "platform/context.h"
#include "platform/numbering/numbering.h"
#include "platform/store/sql.h"
#include "requestflow_p.h"

#include <QHash>
#include <QJsonArray>

namespace hpf::server {

namespace detail {

Error judicialError(const Error &e)
{
    // finance::AccountHolds code → API code and field.
    static const QHash<QString, std::pair<QString, QString>> table = {
        {u"hold.not_found"_qs, {u"judicial.not_found"_qs, u"holdId"_qs}},
        {u"hold.not_judicial"_qs, {u"judicial.not_found"_qs, u"holdId"_qs}},
        {u"hold.already_ended"_qs, {u"judicial.already_ended"_qs, u"holdId"_qs}},
        {u"hold.not_active"_qs, {u"judicial.not_active"_qs, u"holdId"_qs}},
        {u"hold.renew_not_later"_qs, {u"judicial.renew_not_later"_qs, u"newEndDate"_qs}},
        {u"hold.renew_too_long"_qs, {u"judicial.period_too_long"_qs, u"newEndDate"_qs}},
        {u"hold.period_invalid"_qs, {u"judicial.period_invalid"_qs, u"endDate"_qs}},
        {u"hold.period_too_long"_qs, {u"judicial.period_too_long"_qs, u"endDate"_qs}},
        {u"hold.amount_invalid"_qs, {u"judicial.amount_invalid"_qs, u"amountFen"_qs}},
        {u"hold.deduct_exceeds_frozen"_qs, {u"judicial.deduct_exceeds_frozen"_qs, u"amountFen"_qs}},
        {u"hold.deduct_exceeds_balance"_qs, {u"judicial.deduct_exceeds_balance"_qs, u"amountFen"_qs}},
        {u"hold.no_withdrawal_condition"_qs,
         {u"judicial.no_withdrawal_condition"_qs, u"withdrawalCondition"_qs}},
        {u"hold.unfreeze_exceeds_frozen"_qs, {u"judicial.unfreeze_exceeds_frozen"_qs, u"amountFen"_qs}},
        {u"hold.unfreeze_whole_balance"_qs, {u"judicial.unfreeze_whole_balance"_qs, u"amountFen"_qs}},
        {u"hold.missing_field"_qs, {u"judicial.field_required"_qs, QString()}},
    };
    const auto it = table.constFind(e.code);
    if (it == table.constEnd())
        return e;
    // hold.already_ended on registration is about the end date, not a hold.
    if (e.code == u"hold.already_ended" && e.field == u"endDate")
        return Error{u"judicial.end_in_past"_qs, u"endDate"_qs, e.detail};
    return Error{it->first, it->second.isEmpty() ? e.field : it->second, e.detail};
}

} // namespace detail

namespace {

using namespace detail;

const char *operationOf(judicial::RequestType type)
{
    switch (type) {
    case judicial::RequestType::Freeze:
        return "judicial.freeze";
    case judicial::RequestType::Renew:
        return "judicial.renew";
    case judicial::RequestType::Unfreeze:
        return "judicial.unfreeze";
    case judicial::RequestType::Deduct:
        return "judicial.deduct";
    case judicial::RequestType::Query:
        break;
    }
    return "judicial.query";
}

// The account a renew / unfreeze / deduct acts on: the hold's.
Result<qint64> accountOfHold(ServiceContext &ctx, const judicial::Request &r)
{
    Query q(ctx.db,
            u"SELECT h.account_id, a.account_number FROM holds h JOIN accounts a ON a.id = h.account_id "
            "WHERE h.id = :id AND h.kind = 'judicial'"_qs);
    q.bind(u":id"_qs, r.holdId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"judicial.not_found"_qs, u"holdId"_qs, u"no judicial freeze with this id"_qs);
    if (!r.accountNumber.isEmpty() && q.str(1) != r.accountNumber)
        return makeError(u"judicial.hold_mismatch"_qs, u"accountNumber"_qs,
                         u"the freeze is on another account"_qs);
    return q.int64(0);
}

QJsonObject receiptJson(const ServiceContext &ctx, const judicial::Request &r, const HoldsSession &session,
                        const finance::Hold &h, const OperationResult &op, const Signatories &who,
                        const QString &serial)
{
    QJsonArray notes;
    for (const QString &n : op.notes)
        notes.append(n);
    return {{u"number"_qs, serial},
            {u"centerName"_qs, who.centerName},
            {u"branchName"_qs, who.branchName},
            {u"action"_qs, judicial::typeCode(r.type)},
            {u"courtName"_qs, courtName(ctx, r.courtCode)},
            {u"caseNumber"_qs, r.caseNumber},
            {u"noticeNumber"_qs, r.notice.number},
            {u"accountNumber"_qs, session.account().accountNumber},
            {u"personName"_qs, session.account().name},
            {u"requestedFen"_qs, op.requestedFen ? QJsonValue(*op.requestedFen) : QJsonValue()},
            {u"achievedFen"_qs, op.achievedFen},
            {u"shortfallFen"_qs, session.shortfallOf(h)},
            {u"state"_qs, holdStateCode(h.state)},
            {u"startDate"_qs,
             h.startDate.isValid() ? QJsonValue(h.startDate.toString(Qt::ISODate)) : QJsonValue()},
            {u"endDate"_qs, h.endDate.isValid() ? QJsonValue(h.endDate.toString(Qt::ISODate)) : QJsonValue()},
            {u"queuePosition"_qs, session.queuePosition(h.id)},
            {u"notes"_qs, notes},
            {u"at"_qs, ctx.now.toUTC().toString(Qt::ISODate)},
            {u"teller"_qs, who.teller},
            {u"supervisor"_qs, who.supervisor}};
}

// The freeze promoted by this operation, if any (not the operation's own freeze).
std::optional<finance::Hold> promotedBy(const HoldsSession &session, const finance::HoldEvents &events,
                                        qint64 own)
{
    for (const finance::HoldEvent &e : events) {
        if (e.type == finance::HoldEventType::Activated && e.holdId != own)
            return *session.model().hold(e.holdId);
    }
    return std::nullopt;
}

} // namespace

Status checkCourtRequest(const ServiceContext &ctx, const judicial::Request &request,
                         judicial::RequestType expected, qint64 pathHoldId)
{
    if (request.type != expected)
        return makeError(u"judicial.invalid"_qs, u"type"_qs,
                         u"this route takes requests of type "_qs + judicial::typeCode(expected));
    if (pathHoldId > 0 && request.holdId != 0 && request.holdId != pathHoldId)
        return makeError(u"judicial.hold_mismatch"_qs, u"holdId"_qs, u"the body names another freeze"_qs);
    judicial::Request r = request;
    if (pathHoldId > 0)
        r.holdId = pathHoldId;
    return judicial::validate(r, ctx.now.toLocalTime().date(), ctx.server.policy);
}

Result<QJsonObject> runCourtRequest(ServiceContext &ctx, const judicial::Request &request,
                                    const RequestOrigin &origin)
{
    const judicial::Request &r = request;
    if (r.type == judicial::RequestType::Query)
        return makeError(u"judicial.invalid"_qs, u"type"_qs, u"a query is answered, not registered"_qs);
    Result<HoldsSession> opened = makeError(u"internal"_qs, {});
    if (r.type == judicial::RequestType::Freeze) {
        if (r.accountNumber.isEmpty())
            return makeError(u"judicial.field_required"_qs, u"accountNumber"_qs);
        opened = HoldsSession::open(ctx, r.accountNumber);
    } else {
        auto accountId = accountOfHold(ctx, r);
        if (!accountId)
            return accountId.error();
        opened = HoldsSession::open(ctx, *accountId);
    }
    if (!opened)
        return opened.error();
    HoldsSession &session = opened.value();
    if (Status s = ctx.checkBranch(session.account().branchId); !s)
        return s.error();

    qint64 requestId = origin.requestId;
    if (requestId == 0) {
        auto inserted = insertRequest(ctx, {r, origin.channel, u"pending"_qs, {}, session.account().id});
        if (!inserted)
            return inserted.error();
        requestId = *inserted;
    }
    auto serial = nextSerial(ctx);
    if (!serial)
        return serial.error();

    const OperationInput in{r, requestId, *serial};
    Result<OperationResult> op = makeError(u"internal"_qs, {});
    switch (r.type) {
    case judicial::RequestType::Freeze:
        op = applyFreeze(ctx, session, in);
        break;
    case judicial::RequestType::Renew:
        op = applyRenew(ctx, session, in);
        break;
    case judicial::RequestType::Unfreeze:
        op = applyUnfreeze(ctx, session, in);
        break;
    case judicial::RequestType::Deduct:
        op = applyDeduct(ctx, session, in);
        break;
    case judicial::RequestType::Query:
        break;
    }
    if (!op)
        return op.error();
    const finance::HoldEvents events = session.events();
    if (Status s = session.save(ctx); !s)
        return s.error();
    if (op->debitFen > 0) {
        // After the holds are saved: held already excludes the deducted amount, so the posting's
        // own check (balance − held ≥ amount) passes exactly when the model allowed it.
        auto after = postJournal(
            ctx, {session.account().id, *serial, u"16"_qs, -op->debitFen, {}, 0, u"judicial deduct"_qs});
        if (!after)
            return after.error();
    }

    auto who = signatories(ctx);
    if (!who)
        return who.error();
    const finance::Hold h = *session.model().hold(op->holdId);
    const auto promoted = promotedBy(session, events, op->holdId);
    QJsonArray risk;
    for (const judicial::RiskFlag &f : op->risk)
        risk.append(QJsonObject{{u"code"_qs, f.code}, {u"reason"_qs, f.reason}});
    const QString channel = origin.requestId > 0 ? u"online"_qs : origin.channel;
    const QJsonObject outcome{
        {u"request"_qs, QJsonObject{{u"id"_qs, QString::number(requestId)},
                                    {u"serial"_qs, *serial},
                                    {u"type"_qs, judicial::typeCode(r.type)},
                                    {u"channel"_qs, channel},
                                    {u"status"_qs, u"done"_qs}}},
        {u"freeze"_qs, freezeJson(ctx, session, h)},
        {u"promoted"_qs, promoted ? QJsonValue(freezeJson(ctx, session, *promoted)) : QJsonValue()},
        {u"account"_qs, balancesJson(session)},
        {u"riskFlags"_qs, risk},
        {u"receipt"_qs, receiptJson(ctx, r, session, h, *op, *who, *serial)}};
    if (Status s = finishRequest(
            ctx, {requestId, *serial, session.account().id, op->holdId, outcome, risk, op->creditorKey});
        !s)
        return s.error();
    // The audit keeps ids, amounts and states; court details stay in judicial_requests.
    const QJsonObject after{
        {u"requestId"_qs, QString::number(requestId)}, {u"serial"_qs, *serial},
        {u"holdId"_qs, QString::number(op->holdId)},   {u"state"_qs, holdStateCode(h.state)},
        {u"achievedFen"_qs, op->achievedFen},          {u"riskFlags"_qs, risk.size()}};
    if (Status s = ctx.audit(QString::fromLatin1(operationOf(r.type)),
                             u"judicial-request:"_qs + QString::number(requestId), u"ok"_qs, {}, after);
        !s)
        return s.error();
    qCInfo(lcJudicial) << operationOf(r.type) << "request" << requestId << "hold" << op->holdId
                       << holdStateCode(h.state);
    return outcome;
}

} // namespace hpf::server
