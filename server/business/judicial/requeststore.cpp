#include "business/judicial/requeststore.h"

#include "platform/context.h"
#include "platform/numbering/numbering.h"
#include "platform/store/sql.h"

#include <QJsonDocument>

namespace hpf::server {

namespace {

QString compactArray(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonObject objectOf(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// The next answer sequence of this database: one counter shared by every court (the sequence row
// serialises concurrent writers).
Result<qint64> nextAnswerSequence(ServiceContext &ctx)
{
    return nextSequence(ctx, u"judicial_answers"_qs);
}

} // namespace

QString creditorKey(const judicial::Request &request)
{
    const QString id = request.creditor.idNumber.trimmed().toUpper();
    if (!id.isEmpty())
        return u"id:"_qs + id;
    QString name = request.creditor.name;
    name.remove(u' ');
    return name.isEmpty() ? QString() : u"name:"_qs + name;
}

Result<qint64> insertRequest(ServiceContext &ctx, const NewRequest &row)
{
    Query ins(ctx.db,
              u"INSERT INTO judicial_requests (type, channel, status, court_code, case_number, account_id, "
              "hold_id, teller, created_at, request, message_id, creditor_key) VALUES (:t, :ch, :st, :c, :n, "
              ":a, :h, :u, :now, :r, :m, :ck) RETURNING id"_qs);
    const judicial::Request &r = row.request;
    ins.bind(u":t"_qs, judicial::typeCode(r.type))
        .bind(u":ch"_qs, row.channel)
        .bind(u":st"_qs, row.status)
        .bind(u":c"_qs, r.courtCode)
        .bind(u":n"_qs, r.caseNumber)
        .bind(u":a"_qs, nullableId(row.accountId))
        .bind(u":h"_qs, nullableId(r.holdId))
        .bind(u":u"_qs,
              ctx.principal && row.channel != u"online" ? nullableId(ctx.user().userId) : nullableId(0))
        .bind(u":now"_qs, ctx.nowMs)
        .bind(u":r"_qs, compactJson(judicial::toJson(r)))
        .bind(u":m"_qs,
              row.messageId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(row.messageId))
        .bind(u":ck"_qs, creditorKey(r));
    if (Status s = ins.exec(); !s)
        return s.error();
    if (!ins.next())
        return makeError(u"db.error"_qs, {}, u"no id for the new request"_qs);
    const qint64 id = ins.int64(0);
    ins.finish();
    return id;
}

Status finishRequest(ServiceContext &ctx, const RequestDone &done)
{
    auto stored = loadRequest(ctx, done.id);
    if (!stored)
        return stored.error();
    QVariant seq{QMetaType(QMetaType::LongLong)};
    QString answer;
    if (stored->channel == u"online") {
        auto next = nextAnswerSequence(ctx);
        if (!next)
            return next.error();
        seq = *next;
        answer = compactJson(done.outcome.value(u"receipt"_qs).toObject());
    }
    Query upd(ctx.db,
              u"UPDATE judicial_requests SET status = 'done', serial = :s, account_id = :a, hold_id = :h, "
              "teller = :u, supervisor = :sup, done_at = :now, outcome = :o, risk_flags = :rf, "
              "answer_seq = :seq, answer = :ans WHERE id = :id AND status = 'pending'"_qs);
    upd.bind(u":s"_qs, done.serial)
        .bind(u":a"_qs, nullableId(done.accountId))
        .bind(u":h"_qs, nullableId(done.holdId))
        .bind(u":u"_qs, nullableId(ctx.user().userId))
        .bind(u":sup"_qs, ctx.grantedBy)
        .bind(u":now"_qs, ctx.nowMs)
        .bind(u":o"_qs, compactJson(done.outcome))
        .bind(u":rf"_qs, compactArray(done.riskFlags))
        .bind(u":seq"_qs, seq)
        .bind(u":ans"_qs, answer.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(answer))
        .bind(u":id"_qs, done.id);
    if (Status s = upd.exec(); !s)
        return s;
    if (upd.rowsAffected() != 1)
        return makeError(u"judicial.not_pending"_qs, u"id"_qs, u"the request was already handled"_qs);
    if (!done.creditorKey.isEmpty()) {
        Query ck(ctx.db, u"UPDATE judicial_requests SET creditor_key = :k WHERE id = :id"_qs);
        ck.bind(u":k"_qs, done.creditorKey).bind(u":id"_qs, done.id);
        if (Status s = ck.exec(); !s)
            return s;
    }
    return {};
}

Status rejectRequest(ServiceContext &ctx, qint64 id, const QString &reason)
{
    auto next = nextAnswerSequence(ctx);
    if (!next)
        return next.error();
    Query upd(ctx.db, u"UPDATE judicial_requests SET status = 'rejected', teller = :u, supervisor = :sup, "
                      "done_at = :now, reject_reason = :r, answer_seq = :seq, answer = :ans "
                      "WHERE id = :id AND status = 'pending' AND channel = 'online'"_qs);
    upd.bind(u":u"_qs, nullableId(ctx.user().userId))
        .bind(u":sup"_qs, ctx.grantedBy)
        .bind(u":now"_qs, ctx.nowMs)
        .bind(u":r"_qs, reason)
        .bind(u":seq"_qs, *next)
        .bind(u":ans"_qs, compactJson(QJsonObject{{u"reason"_qs, reason}}))
        .bind(u":id"_qs, id);
    if (Status s = upd.exec(); !s)
        return s;
    if (upd.rowsAffected() != 1)
        return makeError(u"judicial.not_pending"_qs, u"id"_qs,
                         u"the request is not a pending online request"_qs);
    return {};
}

Result<StoredRequest> loadRequest(ServiceContext &ctx, qint64 id, bool lock)
{
    Query q(ctx.db,
            u"SELECT id, type, channel, status, court_code, case_number, account_id, hold_id, serial, "
            "created_at, request, outcome, message_id FROM judicial_requests WHERE id = :id"_qs +
                (lock && ctx.dialect == Dialect::Postgres ? u" FOR UPDATE"_qs : QString()));
    q.bind(u":id"_qs, id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return makeError(u"judicial.not_found"_qs, u"id"_qs);
    StoredRequest r;
    r.id = q.int64(0);
    r.type = q.str(1);
    r.channel = q.str(2);
    r.status = q.str(3);
    r.courtCode = q.str(4);
    r.caseNumber = q.str(5);
    r.accountId = q.int64(6);
    r.holdId = q.int64(7);
    r.serial = q.str(8);
    r.createdAt = q.int64(9);
    r.request = objectOf(q.str(10));
    r.outcome = q.isNull(11) ? QJsonObject() : objectOf(q.str(11));
    r.messageId = q.str(12);
    return r;
}

} // namespace hpf::server
