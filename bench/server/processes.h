#pragma once

// The benchmark's child processes: hpf-server (its CLI for init, demo-seed and audit verify, and
// `serve`) and pgbench. On Linux each child is sent SIGTERM when this process dies, so a killed
// benchmark leaves no server behind.

#include "base/result.h"
#include "loadrunner.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <memory>

namespace hpf::bench {

// Runs `program args` to completion and returns its standard output. Error bench.command with the
// tail of both output streams on a non-zero exit, a crash or a timeout.
Result<QString> runCommand(const QString &program, const QStringList &args, int timeoutMs,
                           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                           const QString &workingDirectory = {});

// One hpf-server database: `init` (random administrator password) + `demo-seed`, then `serve` on
// 127.0.0.1 with port 0. The access log (stderr) goes to `logPath`.
class HpfServer
{
public:
    HpfServer(QString program, QString databaseUrl, QString logPath);
    ~HpfServer();
    HpfServer(const HpfServer &) = delete;
    HpfServer &operator=(const HpfServer &) = delete;

    // For every command of this server (init, demo-seed, serve, audit verify): key files shared by
    // several instances (HPF_AUDIT_KEY_FILE, HPF_RESPONSE_KEY_FILE, HPF_KEY_PASSPHRASE …).
    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    // Extra arguments of `demo-seed` (e.g. --keys-dir) and of `serve` (e.g. --keys-dir, --port).
    void setSeedArguments(const QStringList &args) { m_seedArgs = args; }
    void setServeArguments(const QStringList &args) { m_serveArgs = args; }

    Status initAndSeed();
    // Starts `serve` and waits for "HPF_SERVER_LISTENING port=N"; returns N.
    Result<quint16> start(int workers);
    void stop();
    // `hpf-server audit verify`, after stop(): its one-line verdict.
    Result<QString> auditVerify();

private:
    QString m_program;
    QString m_databaseUrl;
    QString m_logPath;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QStringList m_seedArgs;
    QStringList m_serveArgs;
    std::unique_ptr<QProcess> m_process;
};

// pgbench on a PostgreSQL URL (postgresql://user@host:port/db), initialised at scale 1 once.
class Pgbench
{
public:
    Pgbench(QString program, const QString &databaseUrl, QString workdir);

    Status initialise();
    // `pgbench <script> -M prepared` for `seconds` with `clients` connections; `script` is "-S"
    // (select only), "-N" (TPC-B-like without the branch and teller updates) or empty (TPC-B-like).
    // Stats::requests is the transaction count and Stats::perSecond() pgbench's own tps (without
    // connection time); the percentiles come from the per-transaction log (-l).
    Result<Stats> run(const QString &script, int clients, int seconds);
    Result<Stats> selectOnly(int clients, int seconds) { return run(u"-S"_qs, clients, seconds); }

private:
    QStringList connectionArgs() const;

    QString m_program;
    QString m_host;
    QString m_port;
    QString m_user;
    QString m_database;
    QString m_workdir;
};

} // namespace hpf::bench
