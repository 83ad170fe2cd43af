#include "credentialstore.h"

#include <QTimer>

namespace hpf::client {

void CredentialStore::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

MemoryCredentialStore::MemoryCredentialStore(QObject *parent)
    : CredentialStore(parent)
{}

void MemoryCredentialStore::read(const QString &key)
{
    QTimer::singleShot(0, this, [this, key] {
        setState(m_unavailable ? State::Unavailable : State::Available);
        const bool found = !m_unavailable && m_secrets.contains(key);
        emit readFinished(key, found, found ? m_secrets.value(key) : QByteArray());
    });
}

void MemoryCredentialStore::write(const QString &key, const QByteArray &secret)
{
    QTimer::singleShot(0, this, [this, key, secret] {
        setState(m_unavailable ? State::Unavailable : State::Available);
        if (!m_unavailable)
            m_secrets.insert(key, secret);
        emit writeFinished(key, !m_unavailable);
    });
}

void MemoryCredentialStore::remove(const QString &key)
{
    QTimer::singleShot(0, this, [this, key] {
        setState(m_unavailable ? State::Unavailable : State::Available);
        if (!m_unavailable)
            m_secrets.remove(key);
        emit removeFinished(key, !m_unavailable);
    });
}

} // namespace hpf::client
