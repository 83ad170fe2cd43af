#pragma once

#include "base/result.h"
#include "net/apiclient.h"

#include <QJsonObject>
#include <QObject>

namespace hpf::client {
class Outbox;
struct GrantRequest;
} // namespace hpf::client

namespace hpf::client::ops {

// What one state change sends. Built only by models/api (which knows paths and keys); a page
// holds it as an opaque value and hands it to an Operation.
struct Request
{
    QByteArray method = QByteArrayLiteral("POST");
    QString path;
    QJsonObject body;
    QString summary;   // business label for the outbox (e.g. "单位开户"), never personal data
    int timeoutMs = 0; // per attempt; 0: the outbox's default (an employee list needs minutes)

    bool operator==(const Request &) const = default;
};

// The server's answer to a finished operation, as stored with its outbox item: the typed result is
// read from it (never from the form), so a print after a restart equals the original.
class Outcome
{
public:
    Outcome() = default;
    Outcome(const QString &operationId, const QString &requestId, const QJsonObject &response);

    QString operationId() const { return m_operationId; }
    QString requestId() const { return m_requestId; }
    bool isEmpty() const { return m_operationId.isEmpty(); }

    // The typed value of the response (T::fromJson), or an api.contract error naming the field.
    template<typename T>
    Result<T> as() const
    {
        return T::fromJson(m_response);
    }

private:
    QString m_operationId;
    QString m_requestId;
    QJsonObject m_response;
};

// The finished operation `id` as the outbox keeps it (after a restart too); empty when the outbox
// has no done item with that id.
Outcome storedOutcome(const Outbox *outbox, const QString &id);

// The one path for every state-changing request of a page, one at a time:
//   confirm(request)  the teller confirmed: the operation gets its id, which is its Idempotency-Key
//   [grantRequest()/setGrant()]  a supervisor grant bound to that key, when the business needs one
//   submit(mode)      saved in the outbox, then sent (Interactive) or left to the outbox (Queued)
//   succeeded(outcome) / failed(message, error) once the server's answer is final.
// An answer the outbox will resend (timeout, lost connection, expired token) keeps the operation
// pending: the outbox sends it again with the same key, so the server applies it at most once.
class Operation : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,      // nothing confirmed
        Confirmed, // id assigned, not saved or sent yet: may be cancelled
        Queued,    // saved, waiting for the outbox to send it (offline): may be cancelled
        Sending,   // saved and sent, no final answer yet
        Done,
        Failed,
    };
    Q_ENUM(State)
    enum class Mode { Interactive, Queued };

    Operation(Outbox *outbox, QObject *parent = nullptr);

    State state() const { return m_state; }
    QString id() const { return m_id; }
    // Confirmed, queued or sent without a final answer: the page must not start another.
    bool isPending() const;
    // The final answer of the last operation (its body also for a refusal, e.g. the account a
    // 409 names); empty before one arrived.
    const Outcome &outcome() const { return m_outcome; }

    // The teller confirmed `request`. False (nothing changes) while another is pending; confirming
    // the same request again (also after a refusal) keeps its id, any other request gets a new one.
    bool confirm(const Request &request);
    // What a supervisor is asked to authorise (bound to this operation's key and body).
    GrantRequest grantRequest(const QString &supervisor, const QString &password,
                              const QString &summary) const;
    void setGrant(const QString &grant);
    // Saves the confirmed operation in the outbox, then sends it now or leaves it queued. False
    // (with failed()) when it could not be saved — then nothing was sent.
    bool submit(Mode mode = Mode::Interactive);
    // confirm() + submit() for operations without a grant.
    bool start(const Request &request, Mode mode = Mode::Interactive);
    // Before it is sent: drops a confirmed operation or withdraws a queued one. False once sent.
    bool cancel();
    // The page was reset: a late answer is ignored (the outbox still records it).
    void forget();
    // While pending: asks the outbox to send its pending work again now (same ids, never a second
    // operation), e.g. when the teller presses Enter again while waiting.
    void resend();

signals:
    void stateChanged(hpf::client::ops::Operation::State state);
    // Progress for the page's status line: sending, queued, not confirmed yet, could not be saved.
    void status(const QString &text, bool error);
    void succeeded(const hpf::client::ops::Outcome &outcome);
    // Refused for good: the translated text (with the request id) and the error (its field).
    void failed(const QString &message, const hpf::Error &error);

private:
    void setState(State state);
    void onFinished(const QString &id, const ApiResponse &response);

    Outbox *m_outbox;
    State m_state = State::Idle;
    QString m_id;
    Request m_request;
    QString m_grant;
    Outcome m_outcome;
};

} // namespace hpf::client::ops
