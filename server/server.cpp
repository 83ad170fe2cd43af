#include "server.h"

#include "business/certificates/signingkeys.h"
#include "logging.h"
#include "platform/audit/auditchain.h"
#include "platform/audit/auditkey.h"
#include "platform/http/httpserver.h"
#include "platform/http/routes.h"
#include "platform/jobs/jobscheduler.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

namespace hpf::server {

ServerOptions optionsFromPolicy(const finance::Policy &policy, ServerOptions base)
{
    base.maxLoginFailures = policy.loginLimits().maxFailures;
    base.lockMinutes = policy.loginLimits().lockMinutes;
    base.sessionMaxSeconds = policy.loginLimits().sessionMaxHours * 3600;
    base.secondFactorRoles = policy.loginLimits().secondFactorRoles;
    base.passwordMinLength = policy.loginLimits().passwordMinLength;
    base.passwordMaxAgeDays = policy.loginLimits().passwordMaxAgeDays;
    base.passwordHistory = policy.loginLimits().passwordHistory;
    base.unlockNeedsSecondFactor = policy.loginLimits().unlockNeedsSecondFactor;
    return base;
}

Server::Server(Database &database, const Clock &clock, finance::Policy policy, ServerOptions options,
               QObject *parent)
    : QObject(parent)
    , m_context(database, clock, std::move(policy), std::move(options))
{
    registerRoutes(m_router);
    m_jobs = std::make_unique<JobRunner>(database, clock);
    m_jobScheduler = std::make_unique<JobScheduler>(*m_jobs, jobPollMilliseconds);
    m_http = std::make_unique<HttpServer>(m_context, m_router);
    m_auditChain = std::make_unique<AuditChainScheduler>(
        database, [&clock] { return clock.now().toMSecsSinceEpoch(); }, auditChainPollMilliseconds);
}

Server::~Server()
{
    m_auditChain->stop();
}

void Server::setAuditKey(std::shared_ptr<const AuditKey> key)
{
    m_context.auditKey = key;
    installAuditKey(key);
    m_auditChain->setKey(std::move(key), [this]() -> CheckpointSigner {
        const auto signer = m_context.certificateSigner; // set before listen(), read-only afterwards
        if (!signer)
            return {};
        return CheckpointSigner{signer->kid(), &signer->key(), signer};
    });
}

void Server::waitForIdle()
{
    m_http->waitForIdle();
}

Result<quint16> Server::listen(const QHostAddress &address, quint16 port, const TlsFiles &tls)
{
    HttpServer::Tls pem;
    if (!tls.certificate.isEmpty() || !tls.key.isEmpty()) {
        QFile certFile(tls.certificate);
        QFile keyFile(tls.key);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return makeError(u"server.tls"_qs, u"tls"_qs, u"cannot read the certificate or key file"_qs);
        pem.certificatePem = certFile.readAll();
        pem.keyPem = keyFile.readAll();
#if QT_CONFIG(ssl)
        // Checked here for a clear message; libmicrohttpd (GnuTLS) serves them.
        const auto certs = QSslCertificate::fromData(pem.certificatePem, QSsl::Pem);
        QSslKey key(pem.keyPem, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(pem.keyPem, QSsl::Rsa, QSsl::Pem);
        if (certs.isEmpty() || key.isNull())
            return makeError(u"server.tls"_qs, u"tls"_qs, u"the certificate or key is not valid PEM"_qs);
#endif
    }
    auto bound = m_http->listen(address, port, pem);
    if (!bound)
        return bound.error();
    qCInfo(lcHttp) << "listening on" << address.toString() << *bound;
    m_jobScheduler->start();
    m_auditChain->start();
    return *bound;
}

} // namespace hpf::server
