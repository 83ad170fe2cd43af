#include "business/certificates/signingkeys.h"
#include "business/transfer/crosschannel.h"
#include "business/transfer/crossflow_p.h"
#include "business/transfer/crossservice.h"
#include "platform/auth/systemuser.h"
#include "platform/context.h"
#include "platform/jobs/jobrunner.h"
#include "platform/store/sql.h"

#include <QJsonDocument>
#include <QUuid>
#include <algorithm>

// The outbox of cross-city transfers: every message to another center is stored signed and sent by
// a durable job (transfer.send) whose prepare step calls the channel outside any transaction; the
// handler applies the reply in the job's transaction, so a reply is applied exactly once with the
// job's "done". A crash after the peer answered and before that commit sends the message again
// under the same message id; the peer answers its stored reply and nothing happens twice.
namespace hpf::server {
namespace cross {

namespace {

constexpr int kMaxAttempts = 100000; // a message is never given up silently
constexpr int kMaxRetrySeconds = 60;
constexpr int kResignAfterSeconds = 60; // the receiver takes sentAt within ±10 minutes

const QString kWaiting = u"transfer.waiting"_qs;

QDateTime truncatedUtc(const QDateTime &t)
{
    return QDateTime::fromMSecsSinceEpoch(t.toMSecsSinceEpoch(), Qt::UTC);
}

Result<QJsonObject> signMessage(const ServerContext &server, const transfer::Message &m)
{
    if (!server.certificateSigner)
        return makeError(u"transfer.unavailable"_qs, {}, u"no signing key"_qs);
    QJsonObject o = transfer::toJson(m);
    o.insert(u"kid"_qs, server.certificateSigner->kid());
    return transfer::sign(o, server.certificateSigner->key());
}

// The message as the job payload holds it, signed again with a fresh sentAt when it has waited
// (an outage, a dead peer): the id stays, so the receiver still deduplicates it.
Result<QJsonObject> freshlySigned(const ServerContext &server, const QJsonObject &stored,
                                  const QDateTime &now)
{
    auto read = transfer::readMessage(stored);
    if (!read)
        return read.error();
    transfer::Message m = read.value();
    if (qAbs(m.sentAt.secsTo(now)) < kResignAfterSeconds)
        return stored;
    m.sentAt = truncatedUtc(now);
    return signMessage(server, m);
}

// Messages of one letter leave in the order they were queued (an apply before its cancel, a
// transfer-out before a resend): a message waits while an earlier one of its letter is pending.
Result<bool> earlierPending(const ServerContext &server, const QString &messageId, const QString &letter)
{
    auto conn = server.database.connection();
    if (!conn)
        return conn.error();
    Query q(*conn, u"SELECT count(*) FROM transfer_messages WHERE letter_number = :l AND state = 'pending' "
                   "AND id < (SELECT id FROM transfer_messages WHERE message_id = :m)"_qs);
    q.bind(u":l"_qs, letter).bind(u":m"_qs, messageId);
    if (Status s = q.exec(); !s)
        return s.error();
    const bool waiting = q.next() && q.int64(0) > 0;
    q.finish();
    return waiting;
}

Result<QJsonObject> deliver(ServerContext &server, const Job &job, const QDateTime &now)
{
    if (!server.transferChannel)
        return makeError(u"transfer.unavailable"_qs, {}, u"no transfer channel"_qs);
    const QJsonObject stored = job.payload.value(u"message"_qs).toObject();
    auto waiting = earlierPending(server, stored.value(u"messageId"_qs).toString(),
                                  stored.value(u"letterNumber"_qs).toString());
    if (!waiting)
        return waiting.error();
    if (*waiting)
        return makeError(kWaiting, {}, u"an earlier message of the letter is pending"_qs);
    auto message = freshlySigned(server, stored, now);
    if (!message)
        return message.error();
    auto reply = server.transferChannel->deliver(*message);
    if (!reply)
        return reply.error();
    return QJsonObject{{u"reply"_qs, transfer::toJson(*reply)}, {u"sent"_qs, *message}};
}

// The row a reply belongs to: this center sent the message, so 905 came from the sending side
// (role out) and every other type from the receiving side (role in).
QString roleOfSender(transfer::MessageType type)
{
    return type == transfer::MessageType::TransferOut ? QString::fromLatin1(kRoleOut)
                                                      : QString::fromLatin1(kRoleIn);
}

JobResult handleSend(ServerContext &server, JobContext &jc)
{
    const QJsonObject stored = jc.job.payload.value(u"message"_qs).toObject();
    const QString messageId = stored.value(u"messageId"_qs).toString();
    if (jc.prepareError) {
        const Error &e = *jc.prepareError;
        if (e.code == kWaiting)
            return JobResult::retryLater(e.code, jc.now.addSecs(1));
        const qint64 delay = std::min<qint64>(qint64(1) << std::min(jc.job.attempts, 10), kMaxRetrySeconds);
        qCInfo(lcCrossTransfer) << "message" << messageId << "not delivered:" << e.code << e.detail;
        return JobResult::retryLater(e.code + u": "_qs + e.detail, jc.now.addSecs(delay));
    }
    ServiceContext ctx(server, jc.db);
    ctx.now = jc.now;
    ctx.nowMs = jc.nowMs;
    ctx.operation = u"transfers.cross_reply"_qs;
    ctx.workstation = u"job"_qs;
    ctx.requestId = u"job-"_qs + QString::number(jc.job.id);
    auto system = systemPrincipal(jc.db, jc.nowMs);
    if (!system)
        return JobResult::retryLater(system.error().code);
    ctx.principal = *system;

    Query q(ctx.db, u"SELECT state, msg_type, letter_number FROM transfer_messages WHERE message_id = :m"_qs);
    q.bind(u":m"_qs, messageId);
    if (Status s = q.exec(); !s)
        return JobResult::retryLater(s.error().code);
    if (!q.next())
        return JobResult::fail(u"transfer message not stored"_qs);
    const QString state = q.str(0);
    const auto type = transfer::typeFromCode(q.str(1));
    const QString letter = q.str(2);
    q.finish();
    if (state != u"pending" || !type)
        return JobResult::done(); // applied already

    auto reply = transfer::readReply(jc.prepared.value(u"reply"_qs).toObject());
    if (!reply)
        return JobResult::retryLater(reply.error().code, jc.now.addSecs(kMaxRetrySeconds));
    Query upd(ctx.db, u"UPDATE transfer_messages SET state = :s, signed = :signed, reply = :r, code = :c, "
                      "updated_at = :t WHERE message_id = :m"_qs);
    upd.bind(u":s"_qs, reply->ok ? u"sent"_qs : u"refused"_qs)
        .bind(u":signed"_qs, compactJson(jc.prepared.value(u"sent"_qs).toObject()))
        .bind(u":r"_qs, compactJson(transfer::toJson(*reply)))
        .bind(u":c"_qs, reply->code)
        .bind(u":t"_qs, jc.nowMs)
        .bind(u":m"_qs, messageId);
    if (Status s = upd.exec(); !s)
        return JobResult::retryLater(s.error().code);

    auto row = load(ctx, letter, roleOfSender(*type), true);
    if (!row)
        return JobResult::retryLater(row.error().code);
    if (!*row) // cannot happen: the row and its message commit together
        return JobResult::fail(u"transfer of the message not found"_qs);
    Row r = **row;
    const Status applied =
        r.isIn() ? applyReceivingReply(ctx, r, *type, *reply) : applySendingReply(ctx, r, *type, *reply);
    if (!applied) {
        qCWarning(lcCrossTransfer) << "reply to" << messageId << "not applied:" << applied.error().code;
        return JobResult::retryLater(applied.error().code, jc.now.addSecs(kMaxRetrySeconds));
    }
    return JobResult::done();
}

} // namespace

Status checkChannel(const ServiceContext &ctx)
{
    if (!ctx.server.certificateSigner)
        return makeError(u"transfer.unavailable"_qs, {}, u"this center has no signing key"_qs);
    if (!ctx.server.transferChannel)
        return makeError(u"transfer.unavailable"_qs, {}, u"this center has no transfer channel"_qs);
    return {};
}

Result<QString> queueMessage(ServiceContext &ctx, transfer::MessageType type, const Row &row,
                             const QJsonObject &body)
{
    if (Status s = checkChannel(ctx); !s)
        return s.error();
    transfer::Message m;
    m.type = type;
    m.messageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.sender = ctx.server.policy.centerCode();
    m.receiver = row.peer();
    m.sentAt = truncatedUtc(ctx.now);
    m.letterNumber = row.letter;
    m.body = body;
    // What the receiver would refuse for good is refused here, before anything is queued.
    if (Status s = transfer::validateBody(m); !s)
        return s.error();
    auto signedMessage = signMessage(ctx.server, m);
    if (!signedMessage)
        return signedMessage.error();
    Query ins(ctx.db,
              u"INSERT INTO transfer_messages (message_id, letter_number, msg_type, receiver, signed, "
              "state, created_at, updated_at) VALUES (:m, :l, :t, :r, :s, 'pending', :c, :u)"_qs);
    ins.bind(u":m"_qs, m.messageId)
        .bind(u":l"_qs, m.letterNumber)
        .bind(u":t"_qs, transfer::typeCode(type))
        .bind(u":r"_qs, m.receiver)
        .bind(u":s"_qs, compactJson(*signedMessage))
        .bind(u":c"_qs, ctx.nowMs)
        .bind(u":u"_qs, ctx.nowMs);
    if (Status s = ins.exec(); !s)
        return s.error();
    JobRequest job;
    job.kind = QString::fromLatin1(kSendJob);
    job.payload = QJsonObject{{u"message"_qs, *signedMessage}};
    job.dedupeKey = u"transfer:"_qs + m.messageId;
    job.maxAttempts = kMaxAttempts;
    if (auto queued = enqueueJob(ctx.db, job, ctx.nowMs); !queued)
        return queued.error();
    qCInfo(lcCrossTransfer) << "queued" << transfer::typeCode(type) << "for letter" << row.letter << "to"
                            << m.receiver;
    return m.messageId;
}

QString platformMonth(const QString &month)
{
    QString m = month;
    m.remove(u'-');
    return m.left(6);
}

QString apiMonth(const QString &platformMonth)
{
    return platformMonth.size() == 6 ? platformMonth.left(4) + u'-' + platformMonth.mid(4) : platformMonth;
}

} // namespace cross

void registerTransferJobs(JobRunner &runner, ServerContext &context)
{
    runner.registerHandler(
        QString::fromLatin1(cross::kSendJob),
        [&context](JobContext &jc) { return cross::handleSend(context, jc); },
        [&context](const Job &job, const QDateTime &now) { return cross::deliver(context, job, now); });
}

} // namespace hpf::server
