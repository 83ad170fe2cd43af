#pragma once

#include "base/result.h"
#include "crypto/sm2.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QUrl>
#include <memory>
#include <optional>

// The peer centers of the cross-city transfer channel (`hpf-server serve --peers DIR`): every
// DIR/*.json is one center
//   {"code": "110100", "url": "http://127.0.0.1:8472", "publicKeys": ["-----BEGIN PUBLIC KEY-----…"]}
// (several keys while the center rotates its signing key). The folder is re-read when a file
// appears, disappears or changes mtime/size, checked at most once per `recheckMs`; a bad file is
// skipped with a warning naming the file (never its content); the own center's file is ignored, so
// every center can share one folder that `--announce` fills. docs/operations.md, "Transfer peers".
namespace hpf::server {

struct PeerCenter
{
    QString code; // 6 digits
    QUrl url;     // http or https, no query
    QList<std::shared_ptr<const crypto::Sm2Key>> publicKeys;
};

// Thread-safe: the inbound route's workers and the jobs' prepare steps read it concurrently.
class PeerDirectory
{
public:
    PeerDirectory(QString dir, QString ownCode, int recheckMs = 1000);

    std::optional<PeerCenter> peer(const QString &code) const;
    QList<QString> codes() const; // sorted
    QString ownCode() const { return m_ownCode; }
    QString dir() const { return m_dir; }

    // One file's content, strictly: code (6 digits), url (http/https with a host), publicKeys (1..8
    // SM2 public keys in PEM). Error transfer.peer_file with the bad field.
    static Result<PeerCenter> readPeerFile(const QByteArray &json);

private:
    struct FileStamp
    {
        QDateTime modified;
        qint64 size = 0;
        bool operator==(const FileStamp &) const = default;
    };
    void refreshLocked() const;

    const QString m_dir;
    const QString m_ownCode;
    const int m_recheckMs;
    mutable QMutex m_mutex;
    mutable QElapsedTimer m_sinceCheck;
    mutable QHash<QString, FileStamp> m_stamps; // file name → what was read
    mutable QHash<QString, PeerCenter> m_peers; // code → entry
};

// `--announce DIR`: writes DIR/<ownCode>.json (a temporary file renamed over it, mode 0644) with
// the center's URL and the public key of its active signing key, for the other centers' --peers.
// Error transfer.announce (the folder cannot be written).
Status announceCenter(const QString &dir, const QString &ownCode, const QUrl &url,
                      const QByteArray &publicPem);

} // namespace hpf::server
