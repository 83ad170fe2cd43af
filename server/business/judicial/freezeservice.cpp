// 冻结: an amount or the whole balance; a freeze registered while another is active waits (轮候).
#include "platform/context.h"
#include "requestflow_p.h"

namespace hpf::server::detail {

Result<OperationResult> applyFreeze(ServiceContext &ctx, HoldsSession &session, const OperationInput &in)
{
    const judicial::Request &r = in.request;
    const QString &state = session.account().state;
    if (state == u"03" || state == u"04" || state == u"05")
        return makeError(u"account.state"_qs, u"accountNumber"_qs,
                         u"the account is closed ("_qs + state + u')');
    auto id = session.insertFreezeRow(ctx, {in.serial, in.requestId, r.wholeBalance, r.amountFen});
    if (!id)
        return id.error();
    finance::FreezeRequest fr;
    fr.id = *id;
    fr.wholeBalance = r.wholeBalance;
    fr.amount = r.wholeBalance ? 0 : r.amountFen;
    fr.court = r.courtCode;
    fr.caseNumber = r.caseNumber;
    fr.documentNumber = r.notice.number;
    fr.registeredAt = ctx.now.toUTC();
    fr.startDate = r.startDate;
    fr.endDate = r.endDate;
    auto events = session.model().registerFreeze(fr, ctx.server.policy.freezeLimits());
    if (!events)
        return judicialError(events.error());
    session.addEvents(*events);
    const finance::Hold h = *session.model().hold(*id);
    OperationResult out;
    out.holdId = *id;
    if (!r.wholeBalance)
        out.requestedFen = r.amountFen;
    out.achievedFen = session.heldBy(h);
    if (h.state == finance::HoldState::Waiting)
        out.notes.append(u"queued"_qs);
    else if (session.shortfallOf(h) > 0)
        out.notes.append(u"shortfall"_qs);
    return out;
}

} // namespace hpf::server::detail
