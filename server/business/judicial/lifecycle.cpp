// 续冻 and 解冻 (whole or part) of one freeze.
#include "platform/context.h"
#include "requestflow_p.h"

namespace hpf::server::detail {

Result<OperationResult> applyRenew(ServiceContext &ctx, HoldsSession &session, const OperationInput &in)
{
    const judicial::Request &r = in.request;
    auto events = session.model().renewFreeze(r.holdId, r.newEndDate, ctx.server.policy.freezeLimits());
    if (!events)
        return judicialError(events.error());
    session.addEvents(*events);
    const finance::Hold h = *session.model().hold(r.holdId);
    OperationResult out;
    out.holdId = r.holdId;
    if (h.kind == finance::HoldKind::JudicialAmount)
        out.requestedFen = h.remainingAmount();
    out.achievedFen = session.heldBy(h);
    if (h.state == finance::HoldState::Waiting)
        out.notes.append(u"queued"_qs);
    else if (session.shortfallOf(h) > 0)
        out.notes.append(u"shortfall"_qs);
    return out;
}

Result<OperationResult> applyUnfreeze(ServiceContext &, HoldsSession &session, const OperationInput &in)
{
    const judicial::Request &r = in.request;
    auto before = session.model().hold(r.holdId);
    if (!before)
        return judicialError(before.error());
    const qint64 heldBefore = session.heldBy(*before);
    auto events = r.amountFen > 0 ? session.model().releaseFreezePart(r.holdId, r.amountFen)
                                  : session.model().releaseFreeze(r.holdId);
    if (!events)
        return judicialError(events.error());
    session.addEvents(*events);
    const finance::Hold h = *session.model().hold(r.holdId);
    OperationResult out;
    out.holdId = r.holdId;
    if (r.amountFen > 0)
        out.requestedFen = r.amountFen;
    else if (before->kind == finance::HoldKind::JudicialAmount)
        out.requestedFen = before->remainingAmount();
    // What the account no longer holds for this freeze.
    out.achievedFen = heldBefore - session.heldBy(h);
    for (const finance::HoldEvent &e : *events) {
        if (e.type == finance::HoldEventType::Activated)
            out.notes.append(u"promoted"_qs);
    }
    return out;
}

} // namespace hpf::server::detail
