#pragma once

#include "secrets/credentialstore.h"

namespace QKeychain {
class Job;
}

namespace hpf::client {

// CredentialStore over QtKeychain (the desktop secret service). No plaintext fallback: when the
// secret service is missing the store reports Unavailable and remembers nothing. A secret service
// that is still starting when the client starts (the autostart race) gets one delayed retry.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT
public:
    explicit KeychainCredentialStore(const QString &service = QStringLiteral("hpf-counter"),
                                     QObject *parent = nullptr);

    void read(const QString &key) override;
    void write(const QString &key, const QByteArray &secret) override;
    void remove(const QString &key) override;

    // Delay before the one retry of an operation that found no secret service.
    void setRetryDelayMs(int ms) { m_retryDelayMs = ms; }
    // For tests: how many keychain jobs were started in total.
    int jobsStarted() const { return m_jobsStarted; }

private:
    enum class Op { Read, Write, Remove };
    void run(Op op, const QString &key, const QByteArray &secret, bool isRetry);
    void finished(QKeychain::Job *job, Op op, const QString &key, const QByteArray &secret, bool isRetry);

    QString m_service;
    int m_retryDelayMs = 1500;
    int m_jobsStarted = 0;
};

} // namespace hpf::client
