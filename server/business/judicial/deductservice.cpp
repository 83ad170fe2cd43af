// 扣划: capped at what the active freeze holds and at the balance, on a withdrawal condition or
// the court's explicit order; fraud-risk flags (judicial::evaluateRisk) are recorded, never block.
#include "business/judicial/requeststore.h"
#include "platform/context.h"
#include "platform/store/sql.h"
#include "requestflow_p.h"

namespace hpf::server::detail {

namespace {

Result<int> earlierDeductions(ServiceContext &ctx, const QString &key)
{
    if (key.isEmpty())
        return 0;
    Query q(ctx.db, u"SELECT COUNT(*) FROM judicial_requests WHERE creditor_key = :k AND type = 'deduct' "
                    "AND status = 'done'"_qs);
    q.bind(u":k"_qs, key);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? int(q.int64(0)) : 0;
}

Result<QString> unitName(ServiceContext &ctx, qint64 unitId)
{
    Query q(ctx.db, u"SELECT name FROM units WHERE id = :id"_qs);
    q.bind(u":id"_qs, unitId);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.str(0) : QString();
}

} // namespace

Result<OperationResult> applyDeduct(ServiceContext &ctx, HoldsSession &session, const OperationInput &in)
{
    const judicial::Request &r = in.request;
    // validate() refused a request with neither basis; the recorded basis is the court's order or
    // the withdrawal condition the court states.
    const bool basis = r.courtOrdered || !r.withdrawalCondition.isEmpty();
    auto events = session.model().deduct(r.holdId, r.amountFen, basis);
    if (!events)
        return judicialError(events.error());
    session.addEvents(*events);

    OperationResult out;
    out.holdId = r.holdId;
    out.requestedFen = r.amountFen;
    out.achievedFen = r.amountFen;
    out.debitFen = r.amountFen;
    out.creditorKey = creditorKey(r);
    for (const finance::HoldEvent &e : *events) {
        if (e.type == finance::HoldEventType::FullyDeducted)
            out.notes.append(u"fully_deducted"_qs);
        if (e.type == finance::HoldEventType::Activated)
            out.notes.append(u"promoted"_qs);
    }

    auto earlier = earlierDeductions(ctx, out.creditorKey);
    if (!earlier)
        return earlier.error();
    auto unit = unitName(ctx, session.account().unitId);
    if (!unit)
        return unit.error();
    judicial::RiskFacts facts;
    facts.caseCause = r.caseCause;
    facts.documentKind = r.documentKind;
    facts.filedOn = r.filedOn;
    // The ledger keeps no date on which the member first met a withdrawal condition: the rule
    // on filing soon after eligibility has no fact to work on yet (null).
    facts.earlierDeductionsForCreditor = *earlier;
    facts.creditor = r.creditor;
    facts.debtorAddress = r.debtor.address;
    facts.debtorUnitName = *unit;
    out.risk = judicial::evaluateRisk(facts, ctx.server.policy.judicial().risk);
    return out;
}

} // namespace hpf::server::detail
