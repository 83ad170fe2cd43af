#include "integration/transfer/peers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QSaveFile>
#include <algorithm>

namespace hpf::server {

namespace {

Q_LOGGING_CATEGORY(lcPeers, "hpf.server.transfer.peers")

constexpr qint64 kMaxPeerFileBytes = 64 * 1024;
constexpr int kMaxKeys = 8;

Error bad(const QString &field, const QString &detail)
{
    return makeError(u"transfer.peer_file"_qs, field, detail);
}

bool isCenterCode(const QString &code)
{
    return code.size() == 6 &&
           std::all_of(code.begin(), code.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

PeerDirectory::PeerDirectory(QString dir, QString ownCode, int recheckMs)
    : m_dir(std::move(dir))
    , m_ownCode(std::move(ownCode))
    , m_recheckMs(recheckMs)
{}

Result<PeerCenter> PeerDirectory::readPeerFile(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return bad({}, u"not a JSON object"_qs);
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key() != u"code" && it.key() != u"url" && it.key() != u"publicKeys")
            return bad(it.key().left(40), u"unknown field"_qs);
    PeerCenter peer;
    peer.code = o.value(u"code"_qs).toString();
    if (!isCenterCode(peer.code))
        return bad(u"code"_qs, u"a 6-digit center code"_qs);
    peer.url = QUrl(o.value(u"url"_qs).toString(), QUrl::StrictMode);
    if (!peer.url.isValid() || (peer.url.scheme() != u"http" && peer.url.scheme() != u"https") ||
        peer.url.host().isEmpty() || peer.url.hasQuery() || peer.url.hasFragment() ||
        !peer.url.userInfo().isEmpty())
        return bad(u"url"_qs, u"an http:// or https:// URL with a host"_qs);
    const QJsonArray keys = o.value(u"publicKeys"_qs).toArray();
    if (!o.value(u"publicKeys"_qs).isArray() || keys.isEmpty() || keys.size() > kMaxKeys)
        return bad(u"publicKeys"_qs, QStringLiteral("1 to %1 public keys").arg(kMaxKeys));
    for (qsizetype i = 0; i < keys.size(); ++i) {
        auto key = crypto::Sm2Key::fromPublicPem(keys.at(i).toString().toLatin1());
        if (!keys.at(i).isString() || !key)
            return bad(QStringLiteral("publicKeys[%1]").arg(i), u"an SM2 public key in PEM"_qs);
        peer.publicKeys.append(std::make_shared<const crypto::Sm2Key>(std::move(key).value()));
    }
    return peer;
}

void PeerDirectory::refreshLocked() const
{
    if (m_sinceCheck.isValid() && m_sinceCheck.elapsed() < m_recheckMs)
        return;
    m_sinceCheck.start();
    QHash<QString, FileStamp> stamps;
    const QFileInfoList files = QDir(m_dir).entryInfoList({u"*.json"_qs}, QDir::Files, QDir::Name);
    for (const QFileInfo &info : files)
        stamps.insert(info.fileName(), {info.lastModified(), info.size()});
    if (stamps == m_stamps)
        return;
    // Something changed: read the whole folder again (a handful of small files).
    QHash<QString, PeerCenter> peers;
    for (const QFileInfo &info : files) {
        const QString name = info.fileName();
        QFile file(info.filePath());
        if (info.size() > kMaxPeerFileBytes || !file.open(QIODevice::ReadOnly)) {
            qCWarning(lcPeers) << "peer file skipped (unreadable or larger than 64 KiB):" << info.filePath();
            continue;
        }
        auto peer = readPeerFile(file.read(kMaxPeerFileBytes));
        if (!peer) {
            qCWarning(lcPeers) << "peer file skipped:" << info.filePath() << peer.error().field
                               << peer.error().detail;
            continue;
        }
        if (peer->code == m_ownCode)
            continue;
        if (peers.contains(peer->code)) {
            qCWarning(lcPeers) << "peer file skipped: center" << peer->code
                               << "is listed by an earlier file too:" << info.filePath();
            continue;
        }
        peers.insert(peer->code, *peer);
    }
    qCInfo(lcPeers) << "peer centers" << m_dir << "now" << peers.keys();
    m_stamps = stamps;
    m_peers = peers;
}

std::optional<PeerCenter> PeerDirectory::peer(const QString &code) const
{
    QMutexLocker lock(&m_mutex);
    refreshLocked();
    const auto it = m_peers.constFind(code);
    if (it == m_peers.cend())
        return std::nullopt;
    return *it;
}

QList<QString> PeerDirectory::codes() const
{
    QMutexLocker lock(&m_mutex);
    refreshLocked();
    QList<QString> list = m_peers.keys();
    std::sort(list.begin(), list.end());
    return list;
}

Status announceCenter(const QString &dir, const QString &ownCode, const QUrl &url,
                      const QByteArray &publicPem)
{
    if (!QDir().mkpath(dir))
        return makeError(u"transfer.announce"_qs, u"announce"_qs, u"cannot create the folder "_qs + dir);
    const QJsonObject entry{{u"code"_qs, ownCode},
                            {u"url"_qs, url.toString(QUrl::FullyEncoded)},
                            {u"publicKeys"_qs, QJsonArray{QString::fromLatin1(publicPem)}}};
    const QString path = QDir(dir).filePath(ownCode + u".json"_qs);
    // Readers see the old file or the new one, never half of it.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(u"transfer.announce"_qs, u"announce"_qs, u"cannot write "_qs + path);
    file.write(QJsonDocument(entry).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return makeError(u"transfer.announce"_qs, u"announce"_qs, u"cannot write "_qs + path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    qCInfo(lcPeers) << "announced center" << ownCode << "at" << url.toString() << "in" << path;
    return {};
}

} // namespace hpf::server
