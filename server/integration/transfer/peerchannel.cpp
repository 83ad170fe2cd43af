#include "integration/transfer/peerchannel.h"

#include "transfer/message.h"

#include <QJsonDocument>
#include <QLoggingCategory>

namespace hpf::server {

namespace {

Q_LOGGING_CATEGORY(lcPeerChannel, "hpf.server.transfer.channel")

Error replyInvalid(const QString &center, const QString &what)
{
    return makeError(u"transfer.reply_invalid"_qs, {}, u"answer of center "_qs + center + u": "_qs + what);
}

bool signedByPeer(const QJsonObject &object, const PeerCenter &peer)
{
    for (const auto &key : peer.publicKeys)
        if (transfer::verify(object, *key))
            return true;
    return false;
}

} // namespace

PeerChannel::PeerChannel(std::shared_ptr<const PeerDirectory> peers, HttpPostLimits limits)
    : m_peers(std::move(peers))
    , m_limits(limits)
{}

QList<QString> PeerChannel::peerCodes() const
{
    return m_peers->codes();
}

Result<transfer::Reply> PeerChannel::deliver(const QJsonObject &signedMessage)
{
    auto message = transfer::readMessage(signedMessage);
    if (!message)
        return message.error();
    const auto peer = m_peers->peer(message->receiver);
    if (!peer)
        return makeError(u"transfer.peer_unknown"_qs, u"receiver"_qs,
                         u"no peer entry for center "_qs + message->receiver);
    QUrl url = peer->url;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QLatin1String(kTransferMessagesPath));
    auto answer = httpPostJson(url, QJsonDocument(signedMessage).toJson(QJsonDocument::Compact), m_limits);
    if (!answer)
        return answer.error();
    const QString type = transfer::typeCode(message->type);
    if (answer->status >= 500)
        return makeError(u"transfer.peer_unreachable"_qs, {},
                         QStringLiteral("center %1 answered HTTP %2").arg(peer->code).arg(answer->status));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(answer->body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(u"transfer.peer_unreachable"_qs, {},
                         QStringLiteral("center %1 answered HTTP %2 without a JSON object")
                             .arg(peer->code)
                             .arg(answer->status));
    const QJsonObject object = doc.object();
    if (!signedByPeer(object, *peer))
        return replyInvalid(
            peer->code, QStringLiteral("HTTP %1, not signed by a key of its peer entry").arg(answer->status));
    if (answer->status != 200) {
        // The receiver refused the envelope itself (signed problem+json): it kept nothing.
        const QString code = object.value(u"code"_qs).toString();
        if (!code.startsWith(u"transfer."))
            return replyInvalid(peer->code,
                                QStringLiteral("HTTP %1 without a transfer.* code").arg(answer->status));
        qCInfo(lcPeerChannel) << type << "refused by center" << peer->code << code;
        return makeError(
            code, object.value(u"field"_qs).toString().left(60),
            QStringLiteral("center %1 refused the message (HTTP %2)").arg(peer->code).arg(answer->status));
    }
    auto reply = transfer::readReply(object);
    if (!reply)
        return replyInvalid(peer->code, u"not a reply: "_qs + reply.error().field);
    if (reply->inReplyTo != message->messageId)
        return replyInvalid(peer->code, u"a reply to another message"_qs);
    if (reply->sender != message->receiver || reply->receiver != message->sender)
        return replyInvalid(peer->code, u"sender or receiver do not match the message"_qs);
    qCInfo(lcPeerChannel) << type << "delivered to center" << peer->code << (reply->ok ? "ok" : "refused")
                          << reply->code;
    return reply;
}

void installPeerChannel(ServerContext &server, const QString &dir, int recheckMs)
{
    auto peers = std::make_shared<const PeerDirectory>(dir, server.policy.centerCode(), recheckMs);
    server.transferPeers = peers;
    server.transferChannel = std::make_shared<PeerChannel>(peers);
}

} // namespace hpf::server
