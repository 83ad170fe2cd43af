#include "server.h"

#include "logging.h"
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
    return base;
}

Server::Server(Database &database, const Clock &clock, finance::Policy policy, ServerOptions options,
               QObject *parent)
    : QObject(parent)
    , m_context{database, clock, std::move(policy), std::move(options), {}, {}, {}}
{
    registerRoutes(m_router);
    m_jobs = std::make_unique<JobRunner>(database, clock);
    m_jobScheduler = std::make_unique<JobScheduler>(*m_jobs, jobPollMilliseconds);
    m_http = std::make_unique<HttpServer>(m_context, m_router);
}

Server::~Server() = default;

void Server::waitForIdle()
{
    m_http->waitForIdle();
}

Result<quint16> Server::listen(const QHostAddress &address, quint16 port, const TlsFiles &tls)
{
    if (!tls.certificate.isEmpty() || !tls.key.isEmpty()) {
#if QT_CONFIG(ssl)
        QFile certFile(tls.certificate);
        QFile keyFile(tls.key);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return makeError(u"server.tls"_qs, u"tls"_qs, u"cannot read the certificate or key file"_qs);
        const auto certs = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        const QByteArray keyData = keyFile.readAll();
        QSslKey key(keyData, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyData, QSsl::Rsa, QSsl::Pem);
        if (certs.isEmpty() || key.isNull())
            return makeError(u"server.tls"_qs, u"tls"_qs, u"the certificate or key is not valid PEM"_qs);
        m_http->sslSetup(certs.first(), key);
#else
        return makeError(u"server.tls"_qs, u"tls"_qs, u"this Qt build has no TLS support"_qs);
#endif
    }
    const quint16 bound = m_http->listen(address, port);
    if (bound == 0)
        return makeError(u"server.listen"_qs, u"port"_qs,
                         QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(port));
    qCInfo(lcHttp) << "listening on" << address.toString() << bound;
    m_jobScheduler->start();
    return bound;
}

} // namespace hpf::server
