#pragma once

#include "base/clock.h"
#include "base/result.h"
#include "crypto/sm2.h"
#include "crypto/trustlist.h"
#include "platform/store/database.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <memory>

// The center's certificate-signing keys: `hpf-server keys generate` writes passphrase-encrypted
// PKCS#8 files and records the public key in signing_keys; `serve` loads the newest active one.
namespace hpf::server {

// The passphrase of training keys made by demo-seed when $HPF_KEY_PASSPHRASE is not set. Not a
// secret: a training center's certificates prove nothing (and are printed as training).
inline constexpr char kTrainingKeyPassphrase[] = "hpf-training-key-not-a-secret";

class CertificateSigner
{
public:
    CertificateSigner(crypto::Sm2Key key, bool training);
    const crypto::Sm2Key &key() const { return m_key; }
    QString kid() const { return m_kid; } // 16 hex digits
    bool training() const { return m_training; }

private:
    crypto::Sm2Key m_key;
    QString m_kid;
    bool m_training = false;
};

// Loads the newest active key from its file (or from keysDir/<kid>.pem when keysDir is given)
// with `passphrase` (training keys fall back to kTrainingKeyPassphrase). Checks that the file's
// key matches the recorded public key. Errors: cert.no_signing_key (none active),
// cert.key_file (missing or unreadable), crypto.key_passphrase, cert.key_mismatch.
Result<std::shared_ptr<const CertificateSigner>> loadSigningKey(Database &database, const QString &keysDir,
                                                                const QString &passphrase);

// For demo-seed: generates a training key into keysDir (mode 0600, encrypted), records it as
// active with purpose 'training', audited. Returns the kid.
Result<QString> generateTrainingKey(Database &database, const QString &keysDir, const QString &passphrase,
                                    const Clock &clock);

// Every key ever published (active and retired), for verifiers. publishedAt = the newest change.
Result<crypto::TrustList> buildTrustList(const QSqlDatabase &db);

} // namespace hpf::server
