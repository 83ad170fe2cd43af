#include "training/trainingserver.h"

#include "base/privatefiles.h"
#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTimer>
#include <csignal>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace hpf::client {

namespace {

constexpr char kListening[] = "HPF_SERVER_LISTENING port=";
// `hpf-server serve` exits so when another server holds the database (server InstanceLock).
constexpr int kExitDatabaseInUse = 3;
constexpr int kOrphanRetries = 20;
constexpr int kOrphanRetryMs = 250;

QByteArray procFile(qint64 pid, const char *name)
{
    QFile file(QStringLiteral("/proc/%1/").arg(pid) + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qint64 parentOf(qint64 pid)
{
    // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may contain spaces and parentheses.
    const QByteArray stat = procFile(pid, "stat");
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return 0;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() : 0;
}

QString randomPassword()
{
    QByteArray bytes(18, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_qs, u"-shm"_qs, u".shared-data.json"_qs})
        QFile::remove(path + suffix);
    QDir(path + u".credit"_qs).removeRecursively(); // the TRAINING credit bureau's files
}

} // namespace

TrainingServer::TrainingServer(QObject *parent)
    : QObject(parent)
{
    m_startTimer.setSingleShot(true);
    connect(&m_startTimer, &QTimer::timeout, this, [this] {
        fail(u"the training server did not report its port within %1 ms"_qs.arg(m_startTimeoutMs));
    });
    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            qCWarning(lcTraining) << "training server ignored SIGTERM; killing it";
            m_process->kill();
        }
    });
}

TrainingServer::~TrainingServer()
{
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning)
            m_process->kill(); // the SQLite file (WAL) survives a kill
    }
}

namespace {

QString baseDirectory(const QString &dataDir)
{
    return dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : dataDir;
}

} // namespace

QString TrainingServer::databasePath() const
{
    const QDir base(baseDirectory(m_dataDir));
    if (m_center.isEmpty())
        return base.filePath(u"training.sqlite"_qs);
    return base.filePath(u"training-%1/training.sqlite"_qs.arg(m_center));
}

QString TrainingServer::peersDirectory() const
{
    return m_peersDir.isEmpty() ? QDir(baseDirectory(m_dataDir)).filePath(u"training-peers"_qs) : m_peersDir;
}

QString TrainingServer::preparingPath() const
{
    return databasePath() + u".preparing"_qs;
}

QString TrainingServer::passphrasePath() const
{
    return QFileInfo(databasePath()).dir().filePath(u"keys/training-key-passphrase"_qs);
}

QString TrainingServer::locateProgram(const QString &applicationDir)
{
    const QDir dir(applicationDir);
    for (const QString &candidate :
         {u"hpf-server"_qs, u"../server/hpf-server"_qs, u"../../server/hpf-server"_qs}) {
        const QFileInfo info(dir.filePath(candidate));
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return QStandardPaths::findExecutable(u"hpf-server"_qs);
}

qint64 TrainingServer::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void TrainingServer::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void TrainingServer::start()
{
    if (m_state == State::Preparing || m_state == State::Starting || m_state == State::Running)
        return;
    if (m_program.isEmpty() || !QFileInfo(m_program).isExecutable()) {
        setState(State::Failed);
        emit failed(u"hpf-server was not found (%1)"_qs.arg(m_program));
        return;
    }
    for (const QString &dir : {QFileInfo(databasePath()).absolutePath(), peersDirectory()}) {
        if (Status s = privatefiles::makePrivateDirectory(dir); !s)
            qCWarning(lcTraining) << "training data folder:" << s.error().detail;
    }
    m_url.clear();
    m_orphanRetries = 0;
    m_startTimer.start(m_startTimeoutMs);
    if (QFile::exists(databasePath())) {
        // A database from before issue 16 has no signing key yet: made once, then served.
        const bool haveKey = QFile::exists(passphrasePath());
        if (!haveKey)
            setState(State::Preparing);
        runStep(haveKey ? Step::Serve : Step::Keys);
    } else {
        qCInfo(lcTraining) << "first run: creating the training database" << databasePath();
        removeDatabaseFiles(preparingPath()); // a half-prepared file from an interrupted first run
        setState(State::Preparing);
        runStep(Step::Init);
    }
}

void TrainingServer::runStep(Step step)
{
    m_step = step;
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
    }
    m_process = new QProcess(this);
    m_stdout.clear();
    m_stderrTail.clear();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"HPF_DATABASE"_qs);
    QStringList args;
    switch (step) {
    case Step::Init:
        env.insert(u"HPF_ADMIN_PASSWORD"_qs, randomPassword()); // training admin: nobody signs in as it
        args = {u"init"_qs, u"--database"_qs, u"sqlite:"_qs + preparingPath()};
        break;
    case Step::Seed:
        args = {u"demo-seed"_qs, u"--database"_qs, u"sqlite:"_qs + preparingPath()};
        break;
    case Step::Keys: {
        const QString keys = QFileInfo(passphrasePath()).absolutePath();
        if (Status s = privatefiles::makePrivateDirectory(keys); !s)
            qCWarning(lcTraining) << "training keys folder:" << s.error().detail;
        m_newPassphrase = randomPassword();
        env.insert(u"HPF_KEY_PASSPHRASE"_qs, m_newPassphrase); // the environment, never the command line
        args = {u"keys"_qs,       u"generate"_qs,
                u"--database"_qs, u"sqlite:"_qs + databasePath(),
                u"--keys-dir"_qs, keys};
        break;
    }
    case Step::Serve:
        setState(State::Starting);
        args = {u"serve"_qs,    u"--database"_qs, u"sqlite:"_qs + databasePath(),
                u"--listen"_qs, u"127.0.0.1"_qs,  u"--port"_qs,
                u"0"_qs,        u"--workers"_qs,  u"4"_qs};
        // Every training center announces itself in the shared folder and finds the others there:
        // two clients, one per center, exchange cross-city transfers over loopback.
        args << u"--peers"_qs << peersDirectory() << u"--announce"_qs << peersDirectory();
        if (QFile passphrase(passphrasePath()); passphrase.open(QIODevice::ReadOnly))
            env.insert(u"HPF_KEY_PASSPHRASE"_qs, QString::fromLatin1(passphrase.readAll().trimmed()));
        break;
    }
    // The center's seed (its own units under its code) and the center it serves as; `init` and
    // `keys` do not depend on the center.
    if (!m_center.isEmpty() && (step == Step::Seed || step == Step::Serve))
        args << u"--center"_qs << m_center;
    m_process->setProcessEnvironment(env);
#ifdef Q_OS_LINUX
    // The child dies with the client, however the client ends (even SIGKILL): the kernel sends it
    // SIGTERM when its parent goes. A parent that is already gone before prctl() is caught by the
    // getppid() check. Only async-signal-safe calls here (this runs between fork and exec).
    const pid_t parent = ::getpid();
    m_process->setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            ::_exit(127);
    });
#endif
    m_process->setProgram(m_program);
    m_process->setArguments(args);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &TrainingServer::onStdout);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderrTail.append(m_process->readAllStandardError());
        if (m_stderrTail.size() > 4096)
            m_stderrTail = m_stderrTail.right(4096);
    });
    connect(m_process, &QProcess::finished, this, &TrainingServer::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(u"cannot start %1: %2"_qs.arg(m_program, m_process->errorString()));
    });
    qCInfo(lcTraining) << "running" << m_program << args;
    m_process->start();
}

void TrainingServer::onStdout()
{
    m_stdout.append(m_process->readAllStandardOutput());
    if (m_step != Step::Serve || m_state != State::Starting)
        return;
    const qsizetype at = m_stdout.indexOf(kListening);
    if (at < 0)
        return;
    const qsizetype end = m_stdout.indexOf('\n', at);
    if (end < 0)
        return;
    bool ok = false;
    const int port =
        m_stdout.mid(at + qsizetype(sizeof(kListening) - 1), end - at - qsizetype(sizeof(kListening) - 1))
            .trimmed()
            .toInt(&ok);
    if (!ok || port <= 0 || port > 65535) {
        fail(u"unexpected start-up line from hpf-server: "_qs +
             QString::fromUtf8(m_stdout.mid(at, end - at)));
        return;
    }
    m_startTimer.stop();
    m_url = QUrl(u"http://127.0.0.1:%1"_qs.arg(port));
    qCInfo(lcTraining) << "training server listening on" << m_url.toString();
    setState(State::Running);
    emit ready(m_url);
}

void TrainingServer::onFinished(int exitCode, QProcess::ExitStatus status)
{
    const QString detail = u"hpf-server %1 (exit code %2): %3"_qs.arg(
        status == QProcess::CrashExit ? u"crashed"_qs : u"exited"_qs, QString::number(exitCode),
        QString::fromUtf8(m_stderrTail.trimmed().right(600)));
    switch (m_step) {
    case Step::Init:
    case Step::Seed:
        if (m_state == State::Stopping) {
            removeDatabaseFiles(preparingPath());
            setState(State::Stopped);
            emit stopped();
            return;
        }
        if (status != QProcess::NormalExit || exitCode != 0) {
            removeDatabaseFiles(preparingPath());
            fail(detail);
            return;
        }
        if (m_step == Step::Init) {
            runStep(Step::Seed);
            return;
        }
        // Only a fully seeded file takes the real name, so an interrupted first run starts over.
        // The demo seed's shared-data file (the training sharing interfaces) moves with it.
        for (const QString &suffix : {u"-wal"_qs, u"-shm"_qs, u".shared-data.json"_qs}) {
            if (QFile::exists(preparingPath() + suffix))
                QFile::rename(preparingPath() + suffix, databasePath() + suffix);
        }
        // And the TRAINING credit bureau's directory (reports read, 征信报送 files written).
        if (QDir(preparingPath() + u".credit"_qs).exists())
            QDir().rename(preparingPath() + u".credit"_qs, databasePath() + u".credit"_qs);
        if (!QFile::rename(preparingPath(), databasePath())) {
            fail(u"cannot move the prepared training database into place"_qs);
            return;
        }
        runStep(Step::Keys);
        return;
    case Step::Keys:
        if (m_state == State::Stopping) {
            setState(State::Stopped);
            emit stopped();
            return;
        }
        if (status != QProcess::NormalExit || exitCode != 0) {
            fail(detail);
            return;
        }
        if (QFile file(passphrasePath()); !file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
                                          file.write(m_newPassphrase.toLatin1()) < 0) {
            fail(u"cannot keep the training key's passphrase"_qs);
            return;
        }
        (void)privatefiles::tightenFile(passphrasePath());
        m_newPassphrase.clear();
        runStep(Step::Serve);
        return;
    case Step::Serve:
        m_killTimer.stop();
        if (m_state == State::Stopping) {
            qCInfo(lcTraining) << "training server stopped";
            setState(State::Stopped);
            emit stopped();
            return;
        }
        if (m_state == State::Starting) {
            if (status == QProcess::NormalExit && exitCode == kExitDatabaseInUse && endOrphan())
                return;
            fail(detail);
            return;
        }
        ++m_crashes;
        qCCritical(lcTraining) << "training server ended unexpectedly:" << detail;
        setState(State::Failed);
        emit crashed(detail);
        return;
    }
}

bool TrainingServer::endOrphan()
{
    // Another hpf-server holds the training database. If it is the training server of a client that
    // was killed before the child could be tied to it (an orphan), end it and start ours; if another
    // running HPF Counter owns it, leave it alone and fail with a clear message.
    if (m_orphanRetries >= kOrphanRetries)
        return false;
    const qint64 pid = lockHolder();
    if (pid <= 0) {
        ++m_orphanRetries; // the holder is exiting or has not written its pid yet
    } else {
        const QByteArray cmdline = procFile(pid, "cmdline");
        if (!cmdline.contains("serve") || !cmdline.contains(QFile::encodeName(databasePath())))
            return false; // not a training server of this folder: never touch it
        const qint64 parent = parentOf(pid);
        const QByteArray ourExe = QFile::encodeName(QFileInfo(u"/proc/self/exe"_qs).symLinkTarget());
        if (parent > 1 &&
            QFile::encodeName(QFileInfo(QStringLiteral("/proc/%1/exe").arg(parent)).symLinkTarget()) ==
                ourExe)
            return false; // a running client's own training server
        qCWarning(lcTraining) << "ending the orphaned training server, pid" << pid;
        ::kill(pid_t(pid), m_orphanRetries < kOrphanRetries / 2 ? SIGTERM : SIGKILL);
        ++m_orphanRetries;
    }
    QTimer::singleShot(kOrphanRetryMs, this, [this] {
        if (m_state == State::Starting)
            runStep(Step::Serve);
    });
    return true;
}

qint64 TrainingServer::lockHolder() const
{
    QFile file(databasePath() + u".lock"_qs);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = file.read(64).trimmed();
    return text.startsWith("pid=") ? text.mid(4).toLongLong() : 0;
}

void TrainingServer::fail(const QString &detail)
{
    m_startTimer.stop();
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->kill();
    }
    qCCritical(lcTraining) << "training server failed:" << detail;
    setState(State::Failed);
    emit failed(detail);
}

void TrainingServer::stop()
{
    m_startTimer.stop();
    if (!m_process || m_process->state() == QProcess::NotRunning) {
        if (m_state != State::Failed)
            setState(State::Stopped);
        emit stopped();
        return;
    }
    setState(State::Stopping);
    if (m_step != Step::Serve) {
        // Interrupting init/seed leaves only the ".preparing" file, redone on the next start.
        m_process->kill();
        return;
    }
    m_process->terminate();
    m_killTimer.start(3000);
}

} // namespace hpf::client
