#pragma once

#include "base/clock.h"
#include "base/result.h"
#include "crypto/kdf.h"
#include "domain/access.h"
#include "finance/policy.h"
#include "platform/audit/audit.h"
#include "platform/audit/readaudit.h"
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

class AuditKey;
class BlobStore;
class CertificateSigner;
class CreditBureau; // issue 18
class PeerDirectory;
class ResponseSealer;
class SharedDataSource;
class TransferChannel;

struct ServerOptions
{
    int accessTokenSeconds = 15 * 60;
    int refreshTokenSeconds = 8 * 60 * 60;
    int grantSeconds = 120;
    int maxBodyBytes = 64 * 1024; // a route may allow more (Route::maxBodyBytes)
    int workerThreads = 8;        // dispatcher threads, each with its database connection
    // The HTTP front (platform/http/httpserver.h; docs/operations.md lists the switches).
    int maxHeaderBytes = 64 * 1024;    // request line and headers of one request (431 beyond)
    int maxConnections = 1000;         // open connections in total; more are closed at once
    int maxConnectionsPerIp = 200;     // per client address; 0 = no limit (behind a reverse proxy)
    int connectionTimeoutSeconds = 60; // a connection idle this long is closed
    int ioThreads = 2;                 // threads reading and writing sockets
    crypto::ScryptParams scrypt;
    // Operations that need a supervisor grant (柜面授权): policy data, overridable per deployment.
    QSet<QString> grantRequired{
        QStringLiteral("holds.release"),       QStringLiteral("holds.create"),
        QStringLiteral("certificates.revoke"), QStringLiteral("judicial.freeze"),
        QStringLiteral("judicial.renew"),      QStringLiteral("judicial.unfreeze"),
        QStringLiteral("judicial.deduct"),     QStringLiteral("judicial.handle"),
        QStringLiteral("judicial.reject"),     QStringLiteral("transfers.merge"),
        QStringLiteral("remittances.defer"),   QStringLiteral("loans.disburse")}; // issue 18: 贷款发放
    // Operations where the business decides (e.g. a withdrawal above the policy's amount): a grant
    // presented with the request is checked and consumed like above; without one the handler runs
    // with `grantedBy` empty and refuses with ServiceContext::requireGrant() when the rule needs it.
    QSet<QString> grantConditional{QStringLiteral("withdrawals.create"), // the policy's amount
                                   QStringLiteral("persons.change")};    // a name change (issue 17)
    int maxLoginFailures = 5;
    int lockMinutes = 30;
    // Sign-in policy (policy "login", optionsFromPolicy): no session outlives sessionMaxSeconds
    // however often it is refreshed; roles that must use a second factor and the password's
    // maximum age in days (0 = none) are the policy's (supervisor, judicial, auditor; 90), nothing
    // forced without a policy; password rules for the server's users.
    int sessionMaxSeconds = 12 * 60 * 60;
    QStringList secondFactorRoles;
    int passwordMinLength = 10;
    int passwordMaxAgeDays = 0;
    int passwordHistory = 5;
    bool unlockNeedsSecondFactor = false; // unlocking an idle-locked counter screen
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
    // The members after `options` start empty and are set before listen().
    ServerContext(Database &db, const Clock &c, finance::Policy p, ServerOptions o = {})
        : database(db)
        , clock(c)
        , policy(std::move(p))
        , options(std::move(o))
    {}

    Database &database;
    const Clock &clock;
    finance::Policy policy;
    ServerOptions options;
    InFlightKeys inFlight;
    // Commits the records of audited reads in batches (platform/audit/readaudit.h).
    ReadAuditWriter readAudit;
    // The certificate-signing key (business/certificates/signingkeys.h); null = issuing fails closed. Set
    // before listen(), read-only afterwards.
    std::shared_ptr<const CertificateSigner> certificateSigner;
    // The audit trail's key (platform/audit/auditkey.h), outside the database; null = not chained.
    std::shared_ptr<const AuditKey> auditKey;
    // The 16-byte SM4 key that seals TOTP secrets (platform/auth/secondfactor.h), read from a file
    // beside the signing keys, never stored in the database; empty = enrolment fails closed. Set
    // before listen(), read-only afterwards.
    QByteArray secondFactorKey;
    // Seals stored idempotent responses (platform/idempotency/responsesealer.h); null = a key of
    // this process only. Set before listen(), read-only afterwards.
    std::shared_ptr<const ResponseSealer> responseSealer;
    // Where archived files live (platform/blobstore/blobstore.h): files under --archive-dir or the
    // database table; null = archive commits and file reads fail closed. Set before listen().
    std::shared_ptr<BlobStore> archiveStore;
    // How cross-city transfer messages reach other centers (business/transfer/crosschannel.h;
    // integration/transfer's peer channel); null = cross-city transfers fail closed
    // (transfer.unavailable). Set before listen().
    std::shared_ptr<TransferChannel> transferChannel;
    // The peer centers whose messages the inbound transfer route accepts (integration/transfer/
    // peers.h, `serve --peers`); null = every message is refused (transfer.peer_unknown).
    std::shared_ptr<const PeerDirectory> transferPeers;
    // The sharing interfaces (platform/sharing/shareddata.h: property, bank loans, marriage);
    // integration/sharing's training implementation under `serve --shared-data`; null = queries are
    // refused (sharing.unavailable) and withdrawals go on with scanned materials. Set before listen().
    std::shared_ptr<const SharedDataSource> sharedData;
    // issue 18: the credit system (platform/credit/creditbureau.h: credit reports, the monthly
    // 征信报送); integration/credit's TRAINING bureau under `serve --credit-dir`; null = reports and
    // submissions are refused (credit.unavailable). Set before listen().
    std::shared_ptr<const CreditBureau> creditBureau;
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
    QString grantedBy; // the supervisor whose grant authorised this operation (user name), if any

    const Principal &user() const { return *principal; }

    // For an operation of ServerOptions::grantConditional: ok when a supervisor's grant authorised
    // this request, else grant.required naming `field` (what made the grant necessary, e.g.
    // "amountFen") with `detail` for the log.
    Status requireGrant(const QString &field, const QString &detail) const;

    // The user may act on objects of `branchId`: same branch, or a head-office user, or an
    // admin/auditor. Error auth.branch_denied.
    Status checkBranch(qint64 branchId) const;

    AuditRecord auditRecord(const QString &operation, const QString &object, const QString &outcome) const;
    // Makes this read request audited (platform/audit/readaudit.h) with `object` as what was read
    // (e.g. "archive:<id>"); the dispatcher writes the record after the read transaction.
    void noteRead(const QString &object) { readObject = object; }
    QString readObject;
    // Appends to the audit chain in the current transaction.
    Status audit(const QString &operation, const QString &object, const QString &outcome,
                 const QJsonObject &before = {}, const QJsonObject &after = {});
};

QString compactJson(const QJsonObject &o);

} // namespace hpf::server
