#pragma once

#include "base/clock.h"
#include "crypto/certcodec.h"
#include "crypto/certfacts.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

namespace hpf::client {

class ApiClient;
class ReferenceCache;

// The verdict banner of a presented certificate code: exactly one of these.
enum class CertificateBanner {
    Valid,   // signature verified, not expired, the server confirms it is valid
    Invalid, // failedStep says why: not our format, damaged, unknown key, bad signature, …
    Expired,
    Revoked,
    Superseded,
    ValidStatusUnknown, // signature verified offline, the server could not be asked (offline)
    CannotVerify,       // no trust list cached and the server unreachable: nothing can be said
};

struct CertificateOutcome
{
    CertificateBanner banner = CertificateBanner::CannotVerify;
    QString failedStep; // for Invalid: cert.prefix, cert.base45, cert.too_large, cert.cbor, cert.version,
                        // cert.unknown_kid, cert.signature, cert.key_period, cert.not_yet_valid,
                        // cert.not_found (signed, but the center has no such certificate)
    QString number;
    QString title;                      // from the server's status, when asked
    QList<crypto::DisplayField> fields; // from the verified body, or the server's stored snapshot
    QDateTime issuedAt;
    QDateTime expiresAt;
    bool statusChecked = false; // the server answered the status check
    bool training = false;
    QString detail; // English, for the log
};

// Verifies presented codes: first offline against the trust list cached in the ReferenceCache
// (works with the server down), then — when the server is reachable — its status (revoked,
// superseded, expired). Asynchronous: verify() returns at once; offlineChecked() may come first,
// finished() comes exactly once per verify(), always after verify() has returned.
class CertificateVerifier : public QObject
{
    Q_OBJECT
public:
    static constexpr char kTrustListCacheName[] = "certificates.trust-list";

    CertificateVerifier(ApiClient *api, ReferenceCache *cache, const Clock &clock = Clock::system(),
                        QObject *parent = nullptr);

    // Fetches the trust list (ETag) into the cache; trustListRefreshed(ok) follows.
    void refreshTrustList();
    void verify(const QString &code);

signals:
    void trustListRefreshed(bool ok);
    void offlineChecked(const hpf::client::CertificateOutcome &outcome);
    void finished(const hpf::client::CertificateOutcome &outcome);

private:
    void fetchTrustList(const std::function<void(bool)> &done);
    void verifyOffline(const QString &code, bool refreshedAlready);
    void askStatus(const QString &code, CertificateOutcome offline);
    void finishLater(const CertificateOutcome &outcome);

    ApiClient *m_api;
    ReferenceCache *m_cache;
    const Clock &m_clock;
};

} // namespace hpf::client

Q_DECLARE_METATYPE(hpf::client::CertificateOutcome)
