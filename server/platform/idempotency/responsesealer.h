#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QString>
#include <memory>

// Stored idempotent responses are replayed byte for byte, so they keep what the first answer
// carried — an opening's response names the person with the full identity number. They are
// sealed at rest with SM4-GCM under a key the database does not hold (a key file, like the
// certificate-signing keys), with the user, the Idempotency-Key and the status bound as
// associated data: a sealed body copied into another row does not open there and is refused.
namespace hpf::server {

class Database;

class ResponseSealer
{
public:
    explicit ResponseSealer(QByteArray key);
    ~ResponseSealer();

    // A random key for this process only: the in-process servers of the tests and tools. After a
    // restart its rows no longer open (refused, never served in clear).
    static std::shared_ptr<const ResponseSealer> ephemeral();

    // The key file (32 hex digits): read, or created with a random key (0600, folder 0700) when
    // missing; an existing file is tightened to 0600. Error config.response_key.
    static Result<std::shared_ptr<const ResponseSealer>> fromKeyFile(const QString &path);

    // "sm4gcm1:" + Base64(nonce ‖ ciphertext ‖ tag).
    Result<QString> seal(qint64 userId, const QString &idempotencyKey, int status,
                         const QByteArray &body) const;
    // Error idempotency.unreadable when it does not open (another key, another row, tampered).
    Result<QByteArray> open(qint64 userId, const QString &idempotencyKey, int status,
                            const QString &sealed) const;

private:
    QByteArray m_key;
};

struct DatabaseConfig;

// The key file `serve` uses: `option` (--response-key), else $HPF_RESPONSE_KEY_FILE, else for an
// SQLite database "keys/idempotency-responses.key" beside it. PostgreSQL has no default (several
// instances must share one key): error config.response_key.
Result<QString> responseKeyPath(const DatabaseConfig &config, const QString &option);

// Seals the responses stored in clear before migration 7, in batches of one transaction each.
// `hpf-server serve` runs it before it listens. Returns how many rows it sealed.
Result<int> sealStoredResponses(Database &database, const ResponseSealer &sealer);

} // namespace hpf::server
