#include "processes.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>
#include <QUrl>
#include <algorithm>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace hpf::bench {

namespace {

void dieWithParent(QProcess &process)
{
#ifdef Q_OS_LINUX
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#else
    Q_UNUSED(process);
#endif
}

QString tail(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes.right(600)).trimmed();
}

} // namespace

Result<QString> runCommand(const QString &program, const QStringList &args, int timeoutMs,
                           const QProcessEnvironment &environment, const QString &workingDirectory)
{
    QProcess process;
    dieWithParent(process);
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, args);
    const QString what = QDir(program).dirName() + u' ' + args.value(0);
    if (!process.waitForStarted(10000))
        return makeError(u"bench.command"_qs, what, process.errorString());
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return makeError(u"bench.command"_qs, what,
                         QStringLiteral("no exit within %1 s").arg(timeoutMs / 1000));
    }
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return makeError(u"bench.command"_qs, what,
                         QStringLiteral("exit %1: %2 %3").arg(process.exitCode()).arg(tail(out), tail(err)));
    return QString::fromUtf8(out);
}

HpfServer::HpfServer(QString program, QString databaseUrl, QString logPath)
    : m_program(std::move(program))
    , m_databaseUrl(std::move(databaseUrl))
    , m_logPath(std::move(logPath))
{}

HpfServer::~HpfServer()
{
    stop();
}

Status HpfServer::initAndSeed()
{
    QProcessEnvironment env = m_environment;
    const QByteArray password =
        QByteArray::number(QRandomGenerator::system()->generate64(), 16) + "-bench-admin";
    env.insert(u"HPF_ADMIN_PASSWORD"_qs, QString::fromLatin1(password));
    auto init = runCommand(m_program, {u"init"_qs, u"--database"_qs, m_databaseUrl}, 120000, env);
    if (!init)
        return init.error();
    auto seed =
        runCommand(m_program, QStringList{u"demo-seed"_qs, u"--database"_qs, m_databaseUrl} + m_seedArgs,
                   300000, m_environment);
    if (!seed)
        return seed.error();
    return {};
}

Result<quint16> HpfServer::start(int workers)
{
    stop();
    m_process = std::make_unique<QProcess>();
    dieWithParent(*m_process);
    m_process->setProcessEnvironment(m_environment);
    m_process->setStandardErrorFile(m_logPath, QIODevice::Append);
    m_process->start(
        m_program,
        QStringList{u"serve"_qs, u"--database"_qs, m_databaseUrl, u"--listen"_qs, u"127.0.0.1"_qs,
                    u"--port"_qs, u"0"_qs, u"--workers"_qs, QString::number(workers), u"--response-key"_qs,
                    QFileInfo(m_logPath).absoluteDir().filePath(u"idempotency-responses.key"_qs)} +
            m_serveArgs);
    if (!m_process->waitForStarted(10000))
        return makeError(u"bench.server_start"_qs, {}, m_process->errorString());
    static const QRegularExpression listening(u"HPF_SERVER_LISTENING port=(\\d+)"_qs);
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        if (m_process->canReadLine() || m_process->waitForReadyRead(500)) {
            out += m_process->readAll();
            const auto m = listening.match(QString::fromUtf8(out));
            if (m.hasMatch())
                return quint16(m.captured(1).toUInt());
        }
        if (m_process->state() == QProcess::NotRunning)
            break;
    }
    const QString detail = QStringLiteral("hpf-server serve did not report its port (exit %1): %2; see %3")
                               .arg(m_process->exitCode())
                               .arg(tail(out), m_logPath);
    stop();
    return makeError(u"bench.server_start"_qs, {}, detail);
}

void HpfServer::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

Result<QString> HpfServer::auditVerify()
{
    auto r = runCommand(m_program, {u"audit"_qs, u"verify"_qs, u"--database"_qs, m_databaseUrl}, 120000,
                        m_environment);
    if (!r)
        return r.error();
    return r->trimmed();
}

Pgbench::Pgbench(QString program, const QString &databaseUrl, QString workdir)
    : m_program(std::move(program))
    , m_workdir(std::move(workdir))
{
    const QUrl url(databaseUrl);
    m_host = url.host().isEmpty() ? u"127.0.0.1"_qs : url.host();
    m_port = QString::number(url.port(5432));
    m_user = url.userName();
    m_database = url.path().mid(1);
}

QStringList Pgbench::connectionArgs() const
{
    QStringList args{u"-h"_qs, m_host, u"-p"_qs, m_port};
    if (!m_user.isEmpty())
        args << u"-U"_qs << m_user;
    return args;
}

Status Pgbench::initialise()
{
    auto r = runCommand(m_program,
                        QStringList{u"-i"_qs, u"-s"_qs, u"1"_qs, u"-q"_qs} + connectionArgs() << m_database,
                        300000, QProcessEnvironment::systemEnvironment(), m_workdir);
    if (!r)
        return r.error();
    return {};
}

Result<Stats> Pgbench::run(const QString &script, int clients, int seconds)
{
    const QString prefix = u"pgbench"_qs + QString(script).remove(u'-') + u"_c"_qs + QString::number(clients);
    QDir dir(m_workdir);
    for (const QString &old : dir.entryList({prefix + u".*"_qs}, QDir::Files))
        dir.remove(old);
    const int threads = std::max(1, std::min(clients, QThread::idealThreadCount()));
    // -j must divide -c for an even spread; fall back to one thread when it does not.
    const int jobs = clients % threads == 0 ? threads : 1;
    QStringList args = script.isEmpty() ? QStringList() : QStringList{script};
    args += QStringList{u"-M"_qs,
                        u"prepared"_qs,
                        u"-n"_qs,
                        u"-c"_qs,
                        QString::number(clients),
                        u"-j"_qs,
                        QString::number(jobs),
                        u"-T"_qs,
                        QString::number(seconds),
                        u"-l"_qs,
                        u"--log-prefix="_qs + prefix} +
            connectionArgs();
    args << m_database;
    auto r = runCommand(m_program, args, (seconds + 60) * 1000, QProcessEnvironment::systemEnvironment(),
                        m_workdir);
    if (!r)
        return r.error();
    static const QRegularExpression tpsLine(u"tps = ([0-9.]+) \\(without initial connection time\\)"_qs);
    static const QRegularExpression failedLine(u"number of failed transactions: (\\d+)"_qs);
    const auto m = tpsLine.match(*r);
    if (!m.hasMatch())
        return makeError(u"bench.pgbench_output"_qs, {}, r->right(600));
    const double tps = m.captured(1).toDouble();

    Stats stats;
    stats.connects = clients;
    if (const auto f = failedLine.match(*r); f.hasMatch())
        stats.errors = f.captured(1).toLongLong();
    // Per-transaction log lines: client_id transaction_no time_us script_no epoch epoch_us
    for (const QString &name : dir.entryList({prefix + u".*"_qs}, QDir::Files)) {
        QFile log(dir.filePath(name));
        if (!log.open(QIODevice::ReadOnly))
            return makeError(u"bench.pgbench_log"_qs, name, log.errorString());
        while (!log.atEnd()) {
            const QList<QByteArray> fields = log.readLine().split(' ');
            bool ok = false;
            const qint64 us = fields.value(2).toLongLong(&ok);
            if (ok && fields.size() >= 6)
                stats.latenciesNs.append(us * 1000);
        }
        log.close();
        dir.remove(name);
    }
    std::sort(stats.latenciesNs.begin(), stats.latenciesNs.end());
    stats.requests = stats.latenciesNs.size();
    stats.elapsedNs = tps > 0 ? qint64(double(stats.requests) * 1e9 / tps) : 0;
    return stats;
}

} // namespace hpf::bench
