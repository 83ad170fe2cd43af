#pragma once

#include "base/clock.h"
#include "base/result.h"
#include "net/apiclient.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <optional>

class QSqlQuery;

namespace hpf::client {

class FieldCipher;
class LocalDatabase;

// The outbox of state-changing operations. Every operation gets its id — which is also its
// Idempotency-Key — and is saved *before* it is sent; it is resent with the same key after a
// timeout, a lost connection or a client restart, so the server applies it at most once. A done
// item keeps the server's response, from which receipts are printed and reprinted.
//
// Bodies, responses, paths and summaries may carry personal data, so they are sealed with the
// FieldCipher (only id, owner, server, method and state are in clear). Without a key
// (no secret service) items are kept in memory only and the caller is expected to say so.
class Outbox : public QObject
{
    Q_OBJECT
public:
    enum class State { Pending, Done, Failed, Cancelled };
    Q_ENUM(State)

    struct Item
    {
        QString id; // = Idempotency-Key
        QString owner;
        QString server;
        QDateTime createdAt;
        QByteArray method;
        QString path;
        QString summary; // business label only (e.g. "单位开户"), never personal data
        QJsonObject body;
        QString grant;
        int timeoutMs = 0; // per attempt, when longer than the outbox's default (large lists)
        State state = State::Pending;
        int attempts = 0;
        QString lastError;
        QString requestId;
        int responseStatus = 0;
        QJsonObject response;
    };

    Outbox(LocalDatabase *db, const FieldCipher *cipher, ApiClient *api, const Clock &clock = Clock::system(),
           QObject *parent = nullptr);

    // The local store could not be opened (locked by another process, unreadable): the outbox
    // refuses new operations (store.unavailable) rather than keep them where a crash loses them.
    void setUnavailable(const QString &reason) { m_unavailable = reason; }
    bool isAvailable() const { return m_unavailable.isEmpty(); }

    // Items belong to one user on one server; set after sign-in.
    void setOwner(const QString &owner, const QString &server);
    void setRequestTimeoutMs(int ms) { m_timeoutMs = ms; }

    // Saves the operation, then sends it (or, with sendNow false, leaves it for resendPending()).
    // Error store.unavailable when the store could not be opened (setUnavailable()).
    // The id is returned at once; finished(id, …) follows once it was sent and answered.
    Result<QString> submit(const ApiRequest &request, const QString &summary, bool sendNow = true);
    // Withdraws a pending item that is not in flight (the teller cancelled it before it was sent).
    bool cancel(const QString &id);
    bool isInFlight(const QString &id) const { return m_inFlight.contains(id); }

    // Resends every pending item of the current owner and server (after a restart or reconnect).
    void resendPending();

    // Whether the outbox keeps an operation that ended so, to resend it with the same id (no
    // connection, timeout, expired token, the same key still in flight on the server).
    static bool willResend(const ApiResponse &response);

    // Moves the path and summary of rows written before local schema 4 (clear columns) into the
    // sealed body; needs the key, so it runs once the key is there. Returns how many were sealed.
    int sealLegacyRows();

    std::optional<Item> item(const QString &id) const;
    QList<Item> items(State state) const;
    int pendingCount() const;
    bool isPersistent() const;

signals:
    void finished(const QString &id, const hpf::client::ApiResponse &response);
    void pendingCountChanged(int count);

private:
    Status save(const Item &item);
    std::optional<Item> loadRow(const QSqlQuery &query) const;
    void send(const Item &item);
    void handle(const QString &id, const ApiResponse &response);

    LocalDatabase *m_db;
    const FieldCipher *m_cipher;
    ApiClient *m_api;
    const Clock &m_clock;
    QString m_owner;
    QString m_server;
    QHash<QString, Item> m_memory; // used when there is no cipher key
    QSet<QString> m_inFlight;
    int m_timeoutMs = 15000;
    QString m_unavailable;
};

} // namespace hpf::client
