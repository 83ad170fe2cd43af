#pragma once

#include "base/clock.h"
#include "base/result.h"
#include "crypto/kdf.h"
#include "domain/access.h"
#include "finance/policy.h"
#include "platform/audit/audit.h"
#include "platform/store/database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>
#include <memory>
#include <optional>

namespace hpf::server {

class CertificateSigner;
class ResponseSealer;

struct ServerOptions
{
    int accessTokenSeconds = 15 * 60;
    int refreshTokenSeconds = 8 * 60 * 60;
    int grantSeconds = 120;
    int maxBodyBytes = 64 * 1024;
    int workerThreads = 8;
    crypto::ScryptParams scrypt;
    // Operations that need a supervisor grant (柜面授权): policy data, overridable per deployment.
    QSet<QString> grantRequired{QStringLiteral("holds.release"), QStringLiteral("holds.create"),
                                QStringLiteral("certificates.revoke")};
    int maxLoginFailures = 5;
    int lockMinutes = 30;
};

// Keys being executed right now in this process: a concurrent duplicate gets 409 at once instead
// of queueing behind the database lock.
class InFlightKeys
{
public:
    bool tryAcquire(const QString &key);
    void release(const QString &key);

private:
    QMutex m_mutex;
    QSet<QString> m_keys;
};

// Shared by every request; immutable after start except for the thread-safe members.
struct ServerContext
{
    Database &database;
    const Clock &clock;
    finance::Policy policy;
    ServerOptions options;
    InFlightKeys inFlight;
    // The certificate-signing key (business/certificates/signingkeys.h); null = issuing fails closed. Set
    // before listen(), read-only afterwards.
    std::shared_ptr<const CertificateSigner> certificateSigner;
    // Seals stored idempotent responses (platform/idempotency/responsesealer.h); null = a key of
    // this process only. Set before listen(), read-only afterwards.
    std::shared_ptr<const ResponseSealer> responseSealer;
};

struct Principal
{
    qint64 userId = 0;
    QString username;
    QString displayName;
    QString role;
    qint64 branchId = 0;
    QString branchCode;
    bool headOffice = false;
    qint64 sessionId = 0;
};

// What a business service runs with: the connection (inside the caller's transaction), the fixed
// `now`, who acts (principal, workstation), the operation and its idempotency key, and the
// server-wide context (policy, clock, options, signer). No HTTP: routes build one from a request
// (platform/http/requestcontext.h), the demo seed and the CLI build one directly.
struct ServiceContext
{
    ServiceContext(ServerContext &s, QSqlDatabase connection);
    virtual ~ServiceContext() = default;
    ServiceContext(const ServiceContext &) = delete;
    ServiceContext &operator=(const ServiceContext &) = delete;

    ServerContext &server;
    QSqlDatabase db;
    Dialect dialect;
    QDateTime now; // fixed when the call starts
    qint64 nowMs = 0;
    std::optional<Principal> principal;
    QString workstation;
    QString operation;
    QString idempotencyKey;
    QString requestId; // X-Request-ID, or a name for calls outside HTTP ("demo-seed")

    const Principal &user() const { return *principal; }

    // The user may act on objects of `branchId`: same branch, or a head-office user, or an
    // admin/auditor. Error auth.branch_denied.
    Status checkBranch(qint64 branchId) const;

    AuditRecord auditRecord(const QString &operation, const QString &object, const QString &outcome) const;
    // Appends to the audit chain in the current transaction.
    Status audit(const QString &operation, const QString &object, const QString &outcome,
                 const QJsonObject &before = {}, const QJsonObject &after = {});
};

QString compactJson(const QJsonObject &o);

} // namespace hpf::server
