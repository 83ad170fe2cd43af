#include "integration/transfer/inbound.h"

#include "business/certificates/signingkeys.h"
#include "business/transfer/crosschannel.h"
#include "integration/transfer/peers.h"
#include "platform/auth/systemuser.h"
#include "platform/store/sql.h"
#include "platform/store/transaction.h"
#include "transfer/message.h"

#include <QJsonDocument>
#include <QLoggingCategory>

namespace hpf::server {

namespace {

Q_LOGGING_CATEGORY(lcInbound, "hpf.server.transfer.inbound")

// Checks that need neither the database nor state: who sent it, signed by whom, to whom.
Status authenticate(const ServiceContext &ctx, const transfer::Message &m, const QJsonObject &signedObject)
{
    const auto &peers = ctx.server.transferPeers;
    const std::optional<PeerCenter> peer = peers ? peers->peer(m.sender) : std::nullopt;
    if (!peer)
        return makeError(u"transfer.peer_unknown"_qs, u"sender"_qs,
                         u"no peer entry for the sending center"_qs);
    bool verified = false;
    for (const auto &key : peer->publicKeys)
        verified = verified || transfer::verify(signedObject, *key);
    if (!verified)
        return makeError(u"transfer.signature"_qs, u"signature"_qs,
                         u"not signed by a key of the sending center's peer entry"_qs);
    if (m.receiver != ctx.server.policy.centerCode())
        return makeError(u"transfer.wrong_receiver"_qs, u"receiver"_qs, u"addressed to another center"_qs);
    return {};
}

// The checks of a message not seen before (a repeat is answered whatever its age).
Status acceptable(const ServiceContext &ctx, const transfer::Message &m)
{
    const qint64 skew = qAbs(ctx.now.secsTo(m.sentAt));
    if (skew > transfer::kMaxClockSkewSeconds)
        return makeError(u"transfer.stale"_qs, u"sentAt"_qs,
                         QStringLiteral("sent %1 s away from this center's clock (at most %2 s)")
                             .arg(skew)
                             .arg(transfer::kMaxClockSkewSeconds));
    return transfer::validateBody(m);
}

// BDC909: the directory entry of the center asked about (this one unless UnitNo names another).
Result<QJsonObject> answerCenterLookup(const ServiceContext &ctx, const transfer::Message &m)
{
    const QString code = m.body.value(u"UnitNo"_qs).toString(ctx.server.policy.centerCode());
    const finance::TransferCenter *c = ctx.server.policy.transfer().center(code);
    if (!c)
        return makeError(u"transfer.center_unknown"_qs, u"body.UnitNo"_qs, u"not in the center directory"_qs);
    return QJsonObject{{u"UnitNo"_qs, c->code},
                       {u"TranCenName"_qs, c->name},
                       {u"TranBank"_qs, c->bank},
                       {u"TranRefAcctNo"_qs, c->bankAccount},
                       {u"TranRefAcctName"_qs, c->bankAccountName},
                       {u"TrenCenInfo"_qs, c->contact}};
}

Result<QByteArray> storedReply(const ServiceContext &ctx, const transfer::Message &m)
{
    Query q(ctx.db, u"SELECT reply FROM transfer_inbox WHERE sender = :s AND message_id = :m"_qs);
    q.bind(u":s"_qs, m.sender).bind(u":m"_qs, m.messageId);
    if (Status s = q.exec(); !s)
        return s.error();
    const QByteArray reply = q.next() ? q.str(0).toUtf8() : QByteArray();
    q.finish();
    return reply;
}

Result<QByteArray> signedReply(const ServiceContext &ctx, const transfer::Message &m,
                               const Result<QJsonObject> &answer)
{
    transfer::Reply reply;
    reply.inReplyTo = m.messageId;
    reply.sender = ctx.server.policy.centerCode();
    reply.receiver = m.sender;
    reply.sentAt = ctx.now.toUTC();
    reply.ok = answer.ok();
    if (answer)
        reply.body = *answer;
    else
        reply.code = answer.error().code;
    const auto &signer = ctx.server.certificateSigner;
    QJsonObject object = transfer::toJson(reply);
    object.insert(u"kid"_qs, signer->kid());
    auto signedObject = transfer::sign(object, signer->key());
    if (!signedObject)
        return signedObject.error();
    return QJsonDocument(*signedObject).toJson(QJsonDocument::Compact);
}

Result<QByteArray> answerNew(ServiceContext &ctx, Transaction &tx, const transfer::Message &m)
{
    auto principal = systemPrincipal(ctx.db, ctx.nowMs);
    if (!principal)
        return principal.error();
    ctx.principal = *principal;
    if (Status s = tx.savepoint(u"message"_qs); !s)
        return s.error();
    Result<QJsonObject> answer = m.type == transfer::MessageType::CenterLookup
                                     ? answerCenterLookup(ctx, m)
                                     : handleTransferMessage(ctx, m);
    if (!answer) {
        if (answer.error().code.startsWith(u"db."))
            return answer.error();
        // A definitive refusal: its effects go, the answer stays (stored and audited below).
        if (Status s = tx.rollbackTo(u"message"_qs); !s)
            return s.error();
    }
    auto bytes = signedReply(ctx, m, answer);
    if (!bytes)
        return bytes.error();
    Query insert(ctx.db,
                 u"INSERT INTO transfer_inbox (sender, message_id, msg_type, letter_number, received_at, "
                 "result, reply) VALUES (:s, :m, :t, :l, :r, :o, :y)"_qs);
    insert.bind(u":s"_qs, m.sender)
        .bind(u":m"_qs, m.messageId)
        .bind(u":t"_qs, transfer::typeCode(m.type))
        .bind(u":l"_qs, m.letterNumber)
        .bind(u":r"_qs, ctx.nowMs)
        .bind(u":o"_qs, answer ? u"ok"_qs : answer.error().code)
        .bind(u":y"_qs, QString::fromUtf8(*bytes));
    if (Status s = insert.exec(); !s)
        return s.error();
    const QString object =
        m.letterNumber.isEmpty() ? u"center:"_qs + m.sender : u"transfer:"_qs + m.letterNumber;
    QJsonObject after{{u"msgType"_qs, transfer::typeCode(m.type)}, {u"sender"_qs, m.sender}};
    if (!answer)
        after.insert(u"code"_qs, answer.error().code);
    if (Status s = ctx.audit(QLatin1String(kTransferMessageOperation), object,
                             answer ? u"ok"_qs : u"refused"_qs, {}, after);
        !s)
        return s.error();
    qCInfo(lcInbound) << transfer::typeCode(m.type) << "from center" << m.sender
                      << (answer ? QStringLiteral("ok") : answer.error().code);
    return bytes;
}

QString senderOf(const QJsonObject &object)
{
    const QString sender = object.value(u"sender"_qs).toString();
    const bool code = sender.size() == 6 && std::all_of(sender.begin(), sender.end(),
                                                        [](QChar c) { return c >= u'0' && c <= u'9'; });
    return code ? sender : u"unknown"_qs;
}

} // namespace

Migration transferInboxMigration()
{
    return Migration{
        15,
        u"cross-city transfer channel inbox (issue 16)"_qs,
        {
            // One row per message taken from another center: reply = the signed reply exactly as
            // sent (compact JSON), answered again to a repeat; result = ok or the refusal's code.
            uR"(CREATE TABLE transfer_inbox (
            id {{PK}}, sender TEXT NOT NULL, message_id TEXT NOT NULL, msg_type TEXT NOT NULL,
            letter_number TEXT NOT NULL DEFAULT '', received_at BIGINT NOT NULL, result TEXT NOT NULL,
            reply TEXT NOT NULL, UNIQUE (sender, message_id)))"_qs,
            uR"(CREATE INDEX transfer_inbox_letter ON transfer_inbox(letter_number))"_qs,
        }};
}

int transferRefusalStatus(const Error &error)
{
    if (error.code == u"transfer.signature")
        return 401;
    if (error.code == u"transfer.peer_unknown")
        return 403;
    if (error.code == u"request.too_large")
        return 413;
    if (error.code == u"transfer.unavailable")
        return 503;
    return 400;
}

Result<QByteArray> receiveTransferMessage(ServiceContext &ctx, const QJsonObject &object, qint64 bodyBytes)
{
    // Without the center's key no answer could be trusted by the sender: fail closed.
    if (!ctx.server.certificateSigner)
        return makeError(u"transfer.unavailable"_qs, {}, u"the center has no active signing key"_qs);
    std::optional<transfer::Message> message;
    Status checked;
    if (bodyBytes > transfer::kMaxMessageBytes) {
        checked = makeError(
            u"request.too_large"_qs, {},
            QStringLiteral("a transfer message has at most %1 bytes").arg(transfer::kMaxMessageBytes));
    } else if (auto read = transfer::readMessage(object); !read) {
        checked = read.error();
    } else {
        message = *read;
        checked = authenticate(ctx, *message, object);
    }
    QByteArray reply;
    std::optional<Error> refusal = checked ? std::nullopt : std::optional<Error>(checked.error());
    if (!refusal) {
        const Status s =
            runInTransaction(ctx.db, ctx.dialect, TxMode::Write, [&](Transaction &tx) -> Result<TxEnd> {
                refusal.reset();
                ctx.principal.reset();
                auto stored = storedReply(ctx, *message);
                if (!stored)
                    return stored.error();
                if (!stored->isEmpty()) {
                    reply = *stored; // a repeat: the same answer, nothing else
                    return TxEnd::Rollback;
                }
                if (Status ok = acceptable(ctx, *message); !ok) {
                    refusal = ok.error();
                    return TxEnd::Rollback;
                }
                auto answered = answerNew(ctx, tx, *message);
                if (!answered)
                    return answered.error();
                reply = *answered;
                return TxEnd::Commit;
            });
        if (!s)
            return s.error();
    }
    if (refusal) {
        // Who tried what is kept though nothing else is (a forged, misdirected or stale message).
        ctx.principal.reset();
        AuditRecord a =
            ctx.auditRecord(QLatin1String(kTransferRefusedOperation),
                            u"center:"_qs + (message ? message->sender : senderOf(object)), refusal->code);
        (void)appendAuditStandalone(ctx.db, ctx.dialect, a);
        qCInfo(lcInbound) << "transfer message refused" << refusal->code << refusal->field;
        return *refusal;
    }
    return reply;
}

} // namespace hpf::server
