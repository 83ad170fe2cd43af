#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

namespace hpf::client {

// Asynchronous secret storage (refresh tokens, the cache encryption key). Every operation answers
// with a signal; nothing blocks and nothing runs a nested event loop.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Unknown,     // nothing tried yet
        Available,   // the last operation reached the secret service
        Unavailable, // no secret service: nothing is remembered (never a plaintext fallback)
    };
    Q_ENUM(State)

    using QObject::QObject;
    State state() const { return m_state; }

    // Keys are namespaced by the caller, e.g. "refresh/<server>/<user>".
    virtual void read(const QString &key) = 0;
    virtual void write(const QString &key, const QByteArray &secret) = 0;
    virtual void remove(const QString &key) = 0;

signals:
    // found == false: no such entry (or the store is unavailable; see state()).
    void readFinished(const QString &key, bool found, const QByteArray &secret);
    void writeFinished(const QString &key, bool ok);
    void removeFinished(const QString &key, bool ok);
    void stateChanged(hpf::client::CredentialStore::State state);

protected:
    void setState(State state);

private:
    State m_state = State::Unknown;
};

// Keeps secrets in memory only: for tests, and as the explicit "remember nothing" store.
class MemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT
public:
    explicit MemoryCredentialStore(QObject *parent = nullptr);
    void read(const QString &key) override;
    void write(const QString &key, const QByteArray &secret) override;
    void remove(const QString &key) override;
    // For tests: make every following operation fail as an unavailable secret service would.
    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }

private:
    QHash<QString, QByteArray> m_secrets;
    bool m_unavailable = false;
};

} // namespace hpf::client
