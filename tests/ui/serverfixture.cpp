#include "serverfixture.h"

#include "finance/policy.h"
#include "testsupport.h"

#include <QDate>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <csignal>
#include <sys/prctl.h>

namespace hpf::test {

ServerFixture::ServerFixture() = default;

ServerFixture::~ServerFixture()
{
    kill();
}

QString ServerFixture::program()
{
    return QStringLiteral(HPF_SERVER_BINARY);
}

QString ServerFixture::databasePath() const
{
    return m_dir.filePath(u"server.sqlite"_qs);
}

QString ServerFixture::prepare()
{
    if (!m_dir.isValid())
        return u"no temporary directory"_qs;
    const QString db = u"sqlite:"_qs + databasePath();
    const QStringList center = m_center.isEmpty() ? QStringList() : QStringList{u"--center"_qs, m_center};
    QByteArray out, err;
    if (runProgram(program(), {u"init"_qs, u"--database"_qs, db, u"--password-stdin"_qs},
                   "Test-Admin-Password-1\n", &out, &err) != 0)
        return u"init failed: "_qs + QString::fromUtf8(out + err);
    out.clear();
    err.clear();
    if (!m_peersDir.isEmpty()) {
        // A center that talks to others signs its messages: a signing key, as an operator makes one.
        if (runProgram(program(),
                       {u"keys"_qs, u"generate"_qs, u"--database"_qs, db, u"--keys-dir"_qs,
                        m_dir.filePath(u"keys"_qs), u"--passphrase-stdin"_qs},
                       "fixture-key-passphrase\n", &out, &err) != 0)
            return u"keys generate failed: "_qs + QString::fromUtf8(out + err);
        out.clear();
        err.clear();
    }
    if (runProgram(program(), QStringList{u"demo-seed"_qs, u"--database"_qs, db} + center, {}, &out, &err) !=
        0)
        return u"demo-seed failed: "_qs + QString::fromUtf8(out + err);
    static const QRegularExpression account(u"^\\s+account (\\d+) (\\S+) (\\S+)$"_qs);
    static const QRegularExpression unit(u"^unit (\\d+) "_qs);
    static const QRegularExpression courtKey(u"its private key for hpf-court: (.+)$"_qs);
    static const QRegularExpression retiree(u"^withdrawal: retiree .* (\\d+) can close"_qs);
    static const QRegularExpression duplicate(u"^一人多户: (\\d+) \\(migrated.* and (\\d+) belong"_qs);
    static const QRegularExpression unarchived(
        u"^archive: nothing archived; account opening (\\S+) of (\\d+) "_qs);
    static const QRegularExpression approvedLoan( // issue 18
        u"^loans: application (\\S+) accepted by loan1, reviewed by loan2, approved by supervisor1"_qs);
    for (const QString &line : QString::fromUtf8(out).split(u'\n')) {
        if (const auto m = account.match(line); m.hasMatch()) {
            m_accounts << m.captured(1);
            m_names.insert(m.captured(1), m.captured(2));
            m_identities.insert(m.captured(1), m.captured(3));
        } else if (const auto u = unit.match(line); u.hasMatch()) {
            m_units << u.captured(1);
        } else if (const auto k = courtKey.match(line); k.hasMatch()) {
            m_trainingCourtKey = k.captured(1).trimmed();
        } else if (const auto t = retiree.match(line); t.hasMatch()) {
            m_retiree = t.captured(1);
        } else if (const auto d = duplicate.match(line); d.hasMatch()) {
            m_legacyDuplicate = d.captured(1);
            m_legacyTwin = d.captured(2);
        } else if (const auto a = unarchived.match(line); a.hasMatch()) {
            m_unarchivedSerial = a.captured(1);
            m_unarchivedAccount = a.captured(2);
        } else if (const auto l = approvedLoan.match(line); l.hasMatch()) { // issue 18
            m_approvedLoan = l.captured(1);
        }
    }
    if (m_accounts.isEmpty() || m_units.isEmpty())
        return u"demo-seed printed no accounts: "_qs + QString::fromUtf8(out);
    return {};
}

QString ServerFixture::start(quint16 port)
{
    auto policy = finance::Policy::defaults();
    if (!policy)
        return policy.error().detail;
    QJsonObject document = policy->document();
    QJsonObject login = document.value(u"login"_qs).toObject();
    if (!m_secondFactorForced)
        login.insert(u"secondFactorRoles"_qs, QJsonArray());
    document.insert(u"login"_qs, login);
    QFile policyFile(m_dir.filePath(u"policy.json"_qs));
    if (!policyFile.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        policyFile.write(QJsonDocument(document).toJson()) < 0)
        return u"cannot write the test policy"_qs;
    policyFile.close();
    QStringList arguments{u"serve"_qs,     u"--database"_qs, u"sqlite:"_qs + databasePath(), u"--listen"_qs,
                          u"127.0.0.1"_qs, u"--port"_qs,     QString::number(port),          u"--workers"_qs,
                          u"4"_qs,         u"--policy"_qs,   policyFile.fileName()};
    if (!m_center.isEmpty())
        arguments << u"--center"_qs << m_center;
    if (!m_peersDir.isEmpty()) {
        arguments << u"--peers"_qs << m_peersDir << u"--announce"_qs << m_peersDir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HPF_KEY_PASSPHRASE"_qs, u"fixture-key-passphrase"_qs);
        m_process.setProcessEnvironment(env);
    }
    if (m_daysAhead != 0) {
        m_process.setProgram(u"faketime"_qs);
        arguments.prepend(program());
        arguments.prepend(u"+%1d"_qs.arg(m_daysAhead));
        arguments.prepend(u"-f"_qs);
    } else {
        m_process.setProgram(program());
    }
    m_process.setArguments(arguments);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // A test that crashes skips kill(): the server must not outlive it (an orphan keeps the
    // test's pipes and locks open and ctest waits for it).
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return u"cannot start hpf-server: "_qs + m_process.errorString();
    QByteArray out;
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            break;
        out += m_process.readAllStandardOutput();
        static const QRegularExpression listening(u"HPF_SERVER_LISTENING port=(\\d+)"_qs);
        if (const auto m = listening.match(QString::fromUtf8(out)); m.hasMatch()) {
            m_port = quint16(m.captured(1).toUInt());
            return waitForDueInterest();
        }
    }
    return u"hpf-server did not start listening: "_qs +
           QString::fromUtf8(out + m_process.readAllStandardError());
}

// `serve` queues the interest of the last settlement year at start and its job credits the demo
// accounts within a second or two. The suites count journal rows and balances, so they start once
// that run is done, as a center's data is after its start-up.
QString ServerFixture::waitForDueInterest() const
{
    const QString connection = u"fixture-interest-"_qs + QString::number(quintptr(this));
    const QString lastDay = QDate::currentDate().addDays(m_daysAhead - 1).toString(Qt::ISODate);
    QString error = u"the interest run queued at start did not finish within 60 s"_qs;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, connection);
        db.setDatabaseName(databasePath());
        if (!db.open())
            return u"cannot read the fixture database: "_qs + db.lastError().text();
        const QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired()) {
            QSqlQuery q(db);
            q.prepare(
                u"SELECT COUNT(*) FROM interest_runs WHERE status <> 'done' AND settlement_date <= ?"_qs);
            q.addBindValue(lastDay);
            if (q.exec() && q.next() && q.value(0).toInt() == 0) {
                error.clear();
                break;
            }
            QThread::msleep(100);
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

void ServerFixture::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(10000);
}

bool ServerFixture::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

QUrl ServerFixture::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_qs.arg(m_port));
}

} // namespace hpf::test
