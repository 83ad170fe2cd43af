#include "integration/court/courtservice.h"

#include "business/judicial/courtchannel.h"
#include "integration/court/courtkeys.h"
#include "judicial/courtmessage.h"
#include "judicial/request.h"
#include "platform/store/sql.h"
#include "platform/store/transaction.h"

#include <QJsonArray>
#include <QLoggingCategory>

namespace hpf::server {

namespace {

Q_LOGGING_CATEGORY(lcCourt, "hpf.server.court")

namespace court = judicial::court;

const QString kOperation = u"court.messages"_qs;

// The envelope checks that need the database but store nothing.
Status authenticate(ServiceContext &ctx, const court::Envelope &e, const QJsonObject &signedObject)
{
    auto keys = activeCourtKeys(ctx.db, e.courtCode);
    if (!keys)
        return keys.error();
    if (keys->empty())
        return makeError(u"judicial.court_unknown"_qs, u"courtCode"_qs,
                         u"no active key registered for the court"_qs);
    bool verified = false;
    for (const crypto::Sm2Key &key : std::as_const(*keys))
        verified = verified || court::verify(signedObject, key);
    if (!verified)
        return makeError(u"court.signature"_qs, u"signature"_qs,
                         u"not signed by an active key of the court"_qs);
    const qint64 skew = qAbs(ctx.now.secsTo(e.sentAt));
    if (skew > court::kMaxClockSkewSeconds)
        return makeError(u"court.stale"_qs, u"sentAt"_qs,
                         QStringLiteral("sent %1 s away from the center's clock (at most %2 s)")
                             .arg(skew)
                             .arg(court::kMaxClockSkewSeconds));
    Query seen(ctx.db, u"SELECT id FROM court_messages WHERE court_code = :c AND message_id = :m"_qs);
    seen.bind(u":c"_qs, e.courtCode).bind(u":m"_qs, e.messageId);
    if (Status s = seen.exec(); !s)
        return s;
    if (seen.next())
        return makeError(u"court.replay"_qs, u"messageId"_qs, u"this message id was received before"_qs);
    return {};
}

Status remember(ServiceContext &ctx, const court::Envelope &e, qint64 requestId)
{
    Query q(ctx.db,
            u"INSERT INTO court_messages (court_code, message_id, kind, sent_at, received_at, request_id) "
            "VALUES (:c, :m, :k, :s, :r, :q)"_qs);
    q.bind(u":c"_qs, e.courtCode)
        .bind(u":m"_qs, e.messageId)
        .bind(u":k"_qs, e.kind == court::Kind::Poll ? u"poll"_qs : u"request"_qs)
        .bind(u":s"_qs, e.sentAt.toMSecsSinceEpoch())
        .bind(u":r"_qs, ctx.nowMs)
        .bind(u":q"_qs, requestId > 0 ? QVariant(requestId) : QVariant(QMetaType(QMetaType::LongLong)));
    return q.exec();
}

Result<CourtReply> route(ServiceContext &ctx, const court::Envelope &e)
{
    if (e.kind == court::Kind::Poll) {
        auto answers = courtAnswers(ctx, e.courtCode, e.after);
        if (!answers)
            return answers.error();
        QJsonArray list;
        for (const CourtAnswer &a : std::as_const(*answers))
            list.append(QJsonObject{{u"sequence"_qs, a.sequence},
                                    {u"messageId"_qs, a.messageId},
                                    {u"status"_qs, a.status},
                                    {u"body"_qs, a.body}});
        if (Status s = remember(ctx, e, 0); !s)
            return s.error();
        if (Status s = ctx.audit(kOperation, u"court:"_qs + e.courtCode, u"ok"_qs, {},
                                 {{u"kind"_qs, u"poll"_qs}, {u"answers"_qs, list.size()}});
            !s)
            return s.error();
        return CourtReply{200, {{u"messageId"_qs, e.messageId}, {u"answers"_qs, list}}};
    }
    auto request = judicial::fromJson(e.request);
    if (!request)
        return request.error();
    if (request->courtCode != e.courtCode)
        return makeError(u"judicial.court_unknown"_qs, u"request.courtCode"_qs,
                         u"a court may only send its own requests"_qs);
    if (Status s = judicial::validate(*request, ctx.now.toLocalTime().date(), ctx.server.policy); !s)
        return s.error();
    if (request->type == judicial::RequestType::Query) {
        auto answer = answerCourtQuery(ctx, *request);
        if (!answer)
            return answer.error();
        if (Status s = remember(ctx, e, 0); !s)
            return s.error();
        if (Status s =
                ctx.audit(kOperation, u"court:"_qs + e.courtCode, u"ok"_qs, {}, {{u"kind"_qs, u"query"_qs}});
            !s)
            return s.error();
        return CourtReply{200, {{u"messageId"_qs, e.messageId}, {u"answer"_qs, *answer}}};
    }
    auto id = receiveCourtRequest(ctx, *request, e.messageId);
    if (!id)
        return id.error();
    if (Status s = remember(ctx, e, *id); !s)
        return s.error();
    if (Status s = ctx.audit(
            kOperation, u"court:"_qs + e.courtCode, u"ok"_qs, {},
            {{u"kind"_qs, judicial::typeCode(request->type)}, {u"requestId"_qs, QString::number(*id)}});
        !s)
        return s.error();
    return CourtReply{202,
                      {{u"messageId"_qs, e.messageId},
                       {u"requestId"_qs, QString::number(*id)},
                       {u"status"_qs, u"pending"_qs}}};
}

} // namespace

int courtErrorStatus(const Error &error)
{
    if (error.code == u"court.invalid")
        return 400;
    if (error.code == u"court.signature" || error.code == u"court.stale")
        return 401;
    if (error.code == u"judicial.court_unknown")
        return 403;
    if (error.code == u"court.replay" || error.code == u"judicial.duplicate_message")
        return 409;
    return 0;
}

Result<CourtReply> handleCourtMessage(ServiceContext &ctx, const QJsonObject &object)
{
    auto envelope = court::readEnvelope(object);
    if (!envelope)
        return envelope.error();
    CourtReply reply;
    std::optional<Error> refusal;
    const Status s =
        runInTransaction(ctx.db, ctx.dialect, TxMode::Write, [&](Transaction &) -> Result<TxEnd> {
            refusal.reset();
            Status checked = authenticate(ctx, *envelope, object);
            Result<CourtReply> r = checked ? route(ctx, *envelope) : Result<CourtReply>(checked.error());
            if (r) {
                reply = *r;
                return TxEnd::Commit;
            }
            if (r.error().code.startsWith(u"db."))
                return r.error();
            refusal = r.error();
            return TxEnd::Rollback;
        });
    if (!s)
        return s.error();
    if (refusal) {
        // Who tried what is kept even though nothing else is (a forged or replayed message).
        AuditRecord a = ctx.auditRecord(kOperation, u"court:"_qs + envelope->courtCode, refusal->code);
        (void)appendAuditStandalone(ctx.db, ctx.dialect, a);
        qCInfo(lcCourt) << "court message refused" << refusal->code << refusal->field;
        return *refusal;
    }
    qCInfo(lcCourt) << "court message accepted, status" << reply.status;
    return reply;
}

} // namespace hpf::server
