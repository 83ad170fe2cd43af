#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

namespace hpf::client {

// The local back end of training mode: an `hpf-server` child process on 127.0.0.1 with its own
// SQLite database in the user's data folder, created and filled with the demo center on first run.
// Everything is asynchronous (no waitFor* calls). A child that dies is reported through crashed()
// and left stopped: restarting is the user's decision, never an endless silent loop.
// The child is tied to the client (Linux: PR_SET_PDEATHSIG), so killing the client ends it; the
// server locks its database, and a training server orphaned by an older client is ended on start.
class TrainingServer : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Preparing, Starting, Running, Stopping, Failed };
    Q_ENUM(State)

    explicit TrainingServer(QObject *parent = nullptr);
    ~TrainingServer() override;

    void setProgram(const QString &path) { m_program = path; }
    QString program() const { return m_program; }
    // Folder of the training database; default QStandardPaths::AppDataLocation.
    void setDataDirectory(const QString &dir) { m_dataDir = dir; }
    // The training center (issue 16): empty = the policy's own center, kept where it always was;
    // another code of the transfer directory runs `demo-seed`/`serve --center CODE` on a
    // database of its own in the folder training-<code>, so two clients can exchange transfers.
    void setCenter(const QString &code) { m_center = code; }
    QString center() const { return m_center; }
    // The folder where every training server announces itself and finds the others
    // (`serve --peers D --announce D`); default: training-peers in the data folder, which all
    // training centers of this user share.
    void setPeersDirectory(const QString &dir) { m_peersDir = dir; }
    QString peersDirectory() const;
    QString databasePath() const;
    void setStartTimeoutMs(int ms) { m_startTimeoutMs = ms; }

    // Finds hpf-server next to the client or in the build tree; empty when there is none.
    static QString locateProgram(const QString &applicationDir);

    State state() const { return m_state; }
    QUrl url() const { return m_url; }
    qint64 processId() const;
    int crashCount() const { return m_crashes; }

    void start();
    // Terminates the child (killed after a grace period); stopped() follows.
    void stop();

signals:
    void stateChanged(hpf::client::TrainingServer::State state);
    void ready(const QUrl &url);
    // Preparing or starting failed; `detail` is English for the log and the details box.
    void failed(const QString &detail);
    // The running child exited without being asked to.
    void crashed(const QString &detail);
    void stopped();

private:
    enum class Step { Init, Seed, Keys, Serve };
    void setState(State state);
    void runStep(Step step);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onStdout();
    void fail(const QString &detail);
    // `serve` found the database held by another server: ends it when it is an orphan and retries.
    bool endOrphan();
    qint64 lockHolder() const;
    QString preparingPath() const;
    // The passphrase of the training center's signing key (`keys generate`): a random one per
    // training database, kept 0600 beside its keys. The key signs certificates and the transfer
    // messages to the other training centers; nothing of a training center is a secret to its user.
    QString passphrasePath() const;

    QString m_program;
    QString m_dataDir;
    QString m_center;
    QString m_peersDir;
    QString m_newPassphrase; // generated for the Keys step, saved once it succeeded
    QProcess *m_process = nullptr;
    Step m_step = Step::Serve;
    State m_state = State::Stopped;
    QUrl m_url;
    QByteArray m_stdout;
    QByteArray m_stderrTail;
    QTimer m_startTimer;
    QTimer m_killTimer;
    int m_startTimeoutMs = 60000;
    int m_crashes = 0;
    int m_orphanRetries = 0;
};

} // namespace hpf::client
