#pragma once

#include "base/clock.h"
#include "net/apiclient.h"
#include "store/fieldcipher.h"
#include "store/localdatabase.h"

#include <QObject>
#include <QSslCertificate>
#include <QTimer>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace hpf::client {

namespace capture {
class Scanner;
}
namespace archive {
class CaptureStore;
class PackageUploader;
} // namespace archive

class CredentialStore;
class DraftStore;
class LookupCache;
class Outbox;
class RecentItems;
class ReferenceCache;
class ReferenceSync;
class Session;

struct ClientOptions
{
    QString dataDirectory;                  // the local cache lives here (cache.sqlite)
    QString workstation;                    // sent as X-Workstation
    int heartbeatMs = 10000;                // health check interval; also how fast "offline" is noticed
    int outboxReportMs = 60000;             // while signed in: the outbox's state for the supervisor
    CredentialStore *credentials = nullptr; // default: the desktop keychain
    const Clock *clock = nullptr;           // default: the system clock
};

// The client's data layer put together: REST client, credential store, local database with its
// caches and outbox, session and reference data, and the connection watch. The UI and the tests
// build one of these; nothing in it knows about widgets.
class ClientCore : public QObject
{
    Q_OBJECT
public:
    explicit ClientCore(const ClientOptions &options, QObject *parent = nullptr);
    ~ClientCore() override;

    // Opens (or creates, or quarantines and recreates) the local database. Error store.locked
    // when another client holds it.
    Status openStore();
    const LocalDatabase::OpenReport &storeReport() const { return m_storeReport; }
    QString storePath() const;

    // Reads the cache key from the credential store, creating it on first use; cacheKeyReady follows.
    void loadCacheKey();
    bool hasCacheKey() const { return m_cipher.hasKey(); }

    void connectTo(const QUrl &url, const QList<QSslCertificate> &caCertificates = {});
    QUrl serverUrl() const { return m_api->baseUrl(); }
    bool isOnline() const { return m_api->isReachable(); }
    // Checks the server now (the heartbeat does this periodically).
    void checkConnection();
    // Tells the server this workstation's outbox depth and the age of its oldest item (the
    // supervisor's day view, issue 19); at sign-in and every outboxReportMs while signed in.
    void reportOutbox();

    ApiClient *api() const { return m_api; }
    CredentialStore *credentials() const { return m_credentials; }
    Session *session() const { return m_session; }
    Outbox *outbox() const { return m_outbox; }
    ReferenceSync *reference() const { return m_reference; }
    // The cached reference documents (also the certificate trust list the verifier works from).
    ReferenceCache *referenceCache() const { return m_referenceCache.get(); }
    DraftStore *drafts() const { return m_drafts.get(); }
    RecentItems *recentItems() const { return m_recent.get(); }
    const Clock &clock() const { return *m_clock; }
    QString workstation() const { return m_options.workstation; }

    // Makes the document scanner of this workstation (SANE in hpf-counter; tests set their own).
    // Without a factory the archive desk offers file import only.
    using ScannerFactory = std::function<capture::Scanner *(QObject *parent)>;
    void setScannerFactory(ScannerFactory factory) { m_scannerFactory = std::move(factory); }
    const ScannerFactory &scannerFactory() const { return m_scannerFactory; }
    // The archive desk's sealed capture store and the uploader of its packages (resumed at sign-in
    // and when the server is reachable again).
    archive::CaptureStore *captureStore() const { return m_captures.get(); }
    archive::PackageUploader *archiveUploader() const { return m_archiveUploader; }

    static QString cacheKeyName() { return QStringLiteral("cache-key/v1"); }

signals:
    void cacheKeyReady(bool persistent);
    void onlineChanged(bool online);

private:
    void onSignedIn();
    void onSignedOut(const QString &previousUser);

    ClientOptions m_options;
    ScannerFactory m_scannerFactory;
    const Clock *m_clock;
    QNetworkAccessManager *m_network;
    ApiClient *m_api;
    CredentialStore *m_credentials;
    LocalDatabase m_db;
    LocalDatabase::OpenReport m_storeReport;
    FieldCipher m_cipher;
    std::unique_ptr<ReferenceCache> m_referenceCache;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<RecentItems> m_recent;
    std::unique_ptr<LookupCache> m_lookups;
    std::unique_ptr<archive::CaptureStore> m_captures;
    Outbox *m_outbox;
    archive::PackageUploader *m_archiveUploader;
    Session *m_session;
    ReferenceSync *m_reference;
    QTimer m_heartbeat;
    bool m_heartbeatInFlight = false;
    QTimer m_outboxReport;
    QString m_user;
};

} // namespace hpf::client
