// business/judicial's side of the online court channel (courtchannel.h).
#include "business/judicial/courtchannel.h"

#include "business/judicial/holdstore.h"
#include "business/judicial/inboxservice.h"
#include "business/judicial/outcome.h"
#include "business/judicial/requeststore.h"
#include "platform/context.h"
#include "platform/store/sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hpf::server {

Result<qint64> receiveCourtRequest(ServiceContext &ctx, const judicial::Request &request,
                                   const QString &messageId)
{
    if (Status s = judicial::validate(request, ctx.now.toLocalTime().date(), ctx.server.policy); !s)
        return s.error();
    Query dup(ctx.db, u"SELECT id FROM judicial_requests WHERE court_code = :c AND message_id = :m"_qs);
    dup.bind(u":c"_qs, request.courtCode).bind(u":m"_qs, messageId);
    if (Status s = dup.exec(); !s)
        return s.error();
    if (dup.next())
        return makeError(u"judicial.duplicate_message"_qs, u"messageId"_qs,
                         u"the court sent this message before"_qs);
    dup.finish();
    auto id = insertRequest(ctx, {request, u"online"_qs, u"pending"_qs, messageId, 0});
    if (!id)
        return id.error();
    if (Status s =
            ctx.audit(u"judicial.receive"_qs, u"judicial-request:"_qs + QString::number(*id), u"ok"_qs, {},
                      {{u"type"_qs, judicial::typeCode(request.type)}, {u"courtCode"_qs, request.courtCode}});
        !s)
        return s.error();
    return *id;
}

Result<QJsonObject> answerCourtQuery(ServiceContext &ctx, const judicial::Request &request)
{
    if (Status s = judicial::validate(request, ctx.now.toLocalTime().date(), ctx.server.policy); !s)
        return s.error();
    auto number = debtorAccountNumber(ctx, request.accountNumber, request.debtor.idNumber);
    if (!number)
        return number.error();
    auto session = HoldsSession::open(ctx, *number, false);
    if (!session)
        return session.error();
    const finance::AccountHolds &m = session->model();
    // Amounts and states of every freeze; case details only of the asking court's own.
    auto freeze = [&](const finance::Hold &h) {
        QJsonObject o{{u"state"_qs, holdStateCode(h.state)},
                      {u"wholeBalance"_qs, h.kind == finance::HoldKind::JudicialWholeBalance},
                      {u"amountFen"_qs, h.amount},
                      {u"heldFen"_qs, session->heldBy(h)},
                      {u"endDate"_qs, h.endDate.toString(Qt::ISODate)},
                      {u"queuePosition"_qs, session->queuePosition(h.id)},
                      {u"ownCourt"_qs, h.court == request.courtCode}};
        if (h.court == request.courtCode) {
            o.insert(u"caseNumber"_qs, h.caseNumber);
            o.insert(u"holdId"_qs, QString::number(h.id));
        }
        return o;
    };
    QJsonArray queue;
    for (const finance::Hold &h : m.waitingQueue())
        queue.append(freeze(h));
    const auto active = m.activeFreeze();
    const AccountRow &a = session->account();
    const QJsonObject answer{{u"accountNumber"_qs, a.accountNumber},
                             {u"personName"_qs, a.name},
                             {u"state"_qs, a.state},
                             {u"balanceFen"_qs, m.balance()},
                             {u"heldFen"_qs, m.held()},
                             {u"availableFen"_qs, m.available()},
                             {u"active"_qs, active ? QJsonValue(freeze(*active)) : QJsonValue()},
                             {u"queue"_qs, queue},
                             {u"at"_qs, ctx.now.toUTC().toString(Qt::ISODate)}};
    ctx.noteRead(u"judicial-account:"_qs + a.accountNumber);
    if (Status s = ctx.audit(u"judicial.court_query"_qs, u"account:"_qs + a.accountNumber, u"ok"_qs, {},
                             {{u"courtCode"_qs, request.courtCode}});
        !s)
        return s.error();
    return answer;
}

Result<QList<CourtAnswer>> courtAnswers(ServiceContext &ctx, const QString &courtCode, qint64 afterSequence,
                                        int limit)
{
    Query q(ctx.db,
            u"SELECT answer_seq, message_id, status, answer FROM judicial_requests WHERE court_code = :c "
            "AND channel = 'online' AND answer_seq > :after ORDER BY answer_seq LIMIT :n"_qs);
    q.bind(u":c"_qs, courtCode).bind(u":after"_qs, afterSequence).bind(u":n"_qs, qBound(1, limit, 1000));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<CourtAnswer> out;
    while (q.next())
        out.append({q.int64(0), q.str(1), q.str(2), QJsonDocument::fromJson(q.str(3).toUtf8()).object()});
    return out;
}

} // namespace hpf::server
