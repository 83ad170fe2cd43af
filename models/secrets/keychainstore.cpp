#include "keychainstore.h"

#include "logging.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace hpf::client {

KeychainCredentialStore::KeychainCredentialStore(const QString &service, QObject *parent)
    : CredentialStore(parent)
    , m_service(service)
{}

void KeychainCredentialStore::read(const QString &key)
{
    run(Op::Read, key, {}, false);
}

void KeychainCredentialStore::write(const QString &key, const QByteArray &secret)
{
    run(Op::Write, key, secret, false);
}

void KeychainCredentialStore::remove(const QString &key)
{
    run(Op::Remove, key, {}, false);
}

void KeychainCredentialStore::run(Op op, const QString &key, const QByteArray &secret, bool isRetry)
{
    QKeychain::Job *job = nullptr;
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Op::Write: {
        auto *w = new QKeychain::WritePasswordJob(m_service, this);
        w->setBinaryData(secret);
        job = w;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
            [this, op, key, secret, isRetry](QKeychain::Job *j) { finished(j, op, key, secret, isRetry); });
    ++m_jobsStarted;
    job->start();
}

void KeychainCredentialStore::finished(QKeychain::Job *job, Op op, const QString &key,
                                       const QByteArray &secret, bool isRetry)
{
    const QKeychain::Error error = job->error();
    const bool noService = error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError ||
                           error == QKeychain::NotImplemented;
    if (noService && !isRetry) {
        qCInfo(lcKeychain) << "secret service not reachable (" << job->errorString() << "), retrying once in"
                           << m_retryDelayMs << "ms";
        QTimer::singleShot(m_retryDelayMs, this, [this, op, key, secret] { run(op, key, secret, true); });
        return;
    }
    if (noService) {
        qCWarning(lcKeychain) << "secret service unavailable:" << job->errorString();
        setState(State::Unavailable);
    } else {
        setState(State::Available);
    }

    switch (op) {
    case Op::Read: {
        const bool found = error == QKeychain::NoError;
        const QByteArray data =
            found ? static_cast<QKeychain::ReadPasswordJob *>(job)->binaryData() : QByteArray();
        emit readFinished(key, found, data);
        return;
    }
    case Op::Write:
        emit writeFinished(key, error == QKeychain::NoError);
        return;
    case Op::Remove:
        emit removeFinished(key, error == QKeychain::NoError || error == QKeychain::EntryNotFound);
        return;
    }
}

} // namespace hpf::client
