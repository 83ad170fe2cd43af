#pragma once

#include "base/clock.h"
#include "base/result.h"
#include "finance/policy.h"
#include "platform/context.h"
#include "platform/http/router.h"
#include "platform/jobs/jobrunner.h"

#include <QHostAddress>
#include <QObject>
#include <memory>

namespace hpf::server {

class AuditChainScheduler;
class AuditKey;
class HttpServer;
class JobScheduler;

struct TlsFiles
{
    QString certificate; // PEM
    QString key;         // PEM, unencrypted
};

// One running back end: routes, shared context and the HTTP listener. The database must be
// migrated; it must outlive the Server.
class Server : public QObject
{
    Q_OBJECT
public:
    Server(Database &database, const Clock &clock, finance::Policy policy, ServerOptions options,
           QObject *parent = nullptr);
    ~Server() override;

    // Binds and starts accepting; returns the bound port (port 0 picks a free one).
    // Errors: server.listen, server.tls.
    Result<quint16> listen(const QHostAddress &address, quint16 port, const TlsFiles &tls = {});

    const Router &router() const { return m_router; }
    ServerContext &context() { return m_context; }
    void waitForIdle();

    // Durable jobs (platform/jobs): register handlers before listen(); listen() starts polling.
    JobRunner &jobs() { return *m_jobs; }
    JobScheduler &jobScheduler() { return *m_jobScheduler; }
    static constexpr int jobPollMilliseconds = 1000;

    // The audit key (platform/audit/auditkey.h): set before listen(); listen() starts the chainer.
    // Without one, records are still redacted (masked, no digest) but not chained.
    void setAuditKey(std::shared_ptr<const AuditKey> key);
    AuditChainScheduler &auditChain() { return *m_auditChain; }
    static constexpr int auditChainPollMilliseconds = 250;

private:
    Router m_router;
    ServerContext m_context;
    std::unique_ptr<JobRunner> m_jobs;
    std::unique_ptr<JobScheduler> m_jobScheduler; // stopped before the runner goes
    std::unique_ptr<AuditChainScheduler> m_auditChain;
    std::unique_ptr<HttpServer> m_http;
};

// Policy and options derived from the policy (login limits).
ServerOptions optionsFromPolicy(const finance::Policy &policy, ServerOptions base = {});

} // namespace hpf::server
