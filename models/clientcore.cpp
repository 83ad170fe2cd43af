#include "clientcore.h"

#include "api/supervision.h"
#include "archive/capturestore.h"
#include "archive/uploader.h"
#include "crypto/sm3.h"
#include "logging.h"
#include "reference/referencesync.h"
#include "secrets/keychainstore.h"
#include "session/session.h"
#include "store/cachetables.h"
#include "store/lookupcache.h"
#include "store/outbox.h"

#include <QDir>
#include <QNetworkAccessManager>

namespace hpf::client {

ClientCore::ClientCore(const ClientOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(options.clock ? options.clock : &Clock::system())
    , m_network(new QNetworkAccessManager(this))
    , m_api(new ApiClient(m_network, this))
    , m_credentials(options.credentials ? options.credentials
                                        : new KeychainCredentialStore(u"hpf-counter"_qs, this))
{
    m_api->setWorkstation(options.workstation);
    m_referenceCache = std::make_unique<ReferenceCache>(&m_db, *m_clock);
    m_drafts = std::make_unique<DraftStore>(&m_db, &m_cipher, *m_clock);
    m_recent = std::make_unique<RecentItems>(&m_db, &m_cipher, *m_clock);
    m_lookups = std::make_unique<LookupCache>(&m_db, &m_cipher, *m_clock);
    // The archive desk's record and checklist too, so capture goes on while the server is away.
    m_lookups->setCachedPrefixes({u"/api/v1/persons"_qs, u"/api/v1/accounts/"_qs, u"/api/v1/units/"_qs,
                                  u"/api/v1/archive/records/"_qs, u"/api/v1/archive/materials"_qs});
    m_api->setResponseCache(m_lookups.get());
    m_outbox = new Outbox(&m_db, &m_cipher, m_api, *m_clock, this);
    m_captures = std::make_unique<archive::CaptureStore>(&m_db, &m_cipher, *m_clock);
    m_archiveUploader =
        new archive::PackageUploader(&m_db, &m_cipher, m_outbox, m_api, m_captures.get(), *m_clock, this);
    m_session = new Session(m_api, m_credentials, this);
    m_reference = new ReferenceSync(m_api, m_referenceCache.get(), this);

    connect(m_session, &Session::signedIn, this, &ClientCore::onSignedIn);
    connect(m_session, &Session::stateChanged, this, [this](Session::State state) {
        if (state == Session::State::SignedOut && !m_user.isEmpty())
            onSignedOut(std::exchange(m_user, QString()));
    });
    connect(m_reference, &ReferenceSync::updated, this, [this](const QString &name) {
        if (name == u"policy")
            m_session->setIdleTimeoutMs(m_reference->idleLockMinutes() * 60'000);
    });
    connect(m_api, &ApiClient::reachabilityChanged, this, [this](bool online) {
        qCInfo(lcApi) << "server" << (online ? "reachable again" : "unreachable");
        if (online) {
            if (m_session->isSignedIn()) {
                m_outbox->resendPending();
                m_archiveUploader->resumeAll(m_user);
            }
            m_reference->sync();
        }
        emit onlineChanged(online);
    });
    connect(m_credentials, &CredentialStore::readFinished, this,
            [this](const QString &key, bool found, const QByteArray &secret) {
                if (key != cacheKeyName())
                    return;
                if (found && secret.size() == 16) {
                    m_cipher.setKey(secret);
                    // A key of its own for the lookup cache's digests, derived from the same secret.
                    m_api->setLookupDigestKey(crypto::sm3(QByteArray("hpf lookup digest|" + secret)));
                    m_outbox->sealLegacyRows();
                    emit cacheKeyReady(true);
                } else if (m_credentials->state() == CredentialStore::State::Unavailable) {
                    qCWarning(lcStore) << "no secret service: personal data stays in memory only";
                    emit cacheKeyReady(false);
                } else {
                    m_credentials->write(cacheKeyName(), FieldCipher::generateKey());
                }
            });
    connect(m_credentials, &CredentialStore::writeFinished, this, [this](const QString &key, bool ok) {
        if (key != cacheKeyName())
            return;
        if (ok)
            m_credentials->read(cacheKeyName()); // adopt exactly what the keychain holds
        else
            emit cacheKeyReady(false);
    });

    m_heartbeat.setInterval(qMax(100, options.heartbeatMs));
    connect(&m_heartbeat, &QTimer::timeout, this, &ClientCore::checkConnection);
    m_outboxReport.setInterval(qMax(100, options.outboxReportMs));
    connect(&m_outboxReport, &QTimer::timeout, this, &ClientCore::reportOutbox);
}

ClientCore::~ClientCore()
{
    m_cipher.clear();
}

QString ClientCore::storePath() const
{
    return QDir(m_options.dataDirectory).filePath(u"cache.sqlite"_qs);
}

Status ClientCore::openStore()
{
    auto report = m_db.open(storePath(), *m_clock);
    if (!report) {
        // Never transact around a store that is locked or unreadable (reliability.md T8).
        m_outbox->setUnavailable(report.error().code + u": "_qs + report.error().detail);
        return report.error();
    }
    m_outbox->setUnavailable(QString());
    m_storeReport = *report;
    return {};
}

void ClientCore::loadCacheKey()
{
    m_credentials->read(cacheKeyName());
}

void ClientCore::connectTo(const QUrl &url, const QList<QSslCertificate> &caCertificates)
{
    m_api->setBaseUrl(url);
    m_api->setTrustedCaCertificates(caCertificates);
    m_session->setServerKey(Session::serverKeyFor(url));
    m_session->setIdleTimeoutMs(m_reference->idleLockMinutes() * 60'000);
    m_reference->sync();
    m_heartbeat.start();
}

void ClientCore::checkConnection()
{
    if (m_heartbeatInFlight || !m_api->baseUrl().isValid())
        return;
    m_heartbeatInFlight = true;
    ApiRequest rq = ApiRequest::get(u"/api/v1/health"_qs);
    rq.authenticated = false;
    rq.timeoutMs = 3000;
    connect(m_api->send(rq), &ApiCall::finished, this,
            [this](const ApiResponse &) { m_heartbeatInFlight = false; });
}

void ClientCore::reportOutbox()
{
    // Without a workstation id there is nothing the server could file the report under.
    if (!m_session->isSignedIn() || m_options.workstation.isEmpty() || !m_api->baseUrl().isValid())
        return;
    const QList<Outbox::Item> pending = m_outbox->items(Outbox::State::Pending);
    std::optional<qint64> oldest;
    for (const Outbox::Item &item : pending) {
        const qint64 age = qMax<qint64>(0, item.createdAt.secsTo(m_clock->now()));
        oldest = qMax(oldest.value_or(0), age);
    }
    connect(m_api->send(api::supervision::reportRequest(pending.size(), oldest)), &ApiCall::finished, this,
            [](const ApiResponse &response) {
                if (!response.ok())
                    qCDebug(lcApi) << "outbox report not taken:" << response.problem.code;
            });
}

void ClientCore::onSignedIn()
{
    m_user = m_session->user().username;
    m_lookups->setOwner(m_user);
    m_outbox->setOwner(m_user, m_session->serverKey());
    m_outbox->resendPending();
    m_archiveUploader->resumeAll(m_user);
    reportOutbox();
    m_outboxReport.start();
}

void ClientCore::onSignedOut(const QString &previousUser)
{
    // Lookups of the session are personal data: gone at sign-out. Drafts stay, sealed and bound
    // to their owner, so unfinished work is not lost when a locked screen is signed out.
    if (Status s = m_recent->purgeOwner(previousUser); !s)
        qCWarning(lcStore) << "cannot purge recent items:" << s.error().detail;
    m_lookups->setOwner(QString());
    if (Status s = m_lookups->purgeOwner(previousUser); !s)
        qCWarning(lcStore) << "cannot purge cached lookups:" << s.error().detail;
    m_outbox->setOwner(QString(), QString());
    m_outboxReport.stop();
}

} // namespace hpf::client
