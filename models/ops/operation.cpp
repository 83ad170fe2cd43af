#include "ops/operation.h"

#include "logging.h"
#include "session/session.h"
#include "session/usertext.h"
#include "store/outbox.h"

#include <QUuid>

namespace hpf::client::ops {

Outcome::Outcome(const QString &operationId, const QString &requestId, const QJsonObject &response)
    : m_operationId(operationId)
    , m_requestId(requestId)
    , m_response(response)
{}

Outcome storedOutcome(const Outbox *outbox, const QString &id)
{
    const auto item = outbox->item(id);
    if (!item || item->state != Outbox::State::Done)
        return {};
    return Outcome(item->id, item->requestId, item->response);
}

namespace {

ApiRequest toApiRequest(const Request &request, const QString &key, const QString &grant)
{
    ApiRequest rq = ApiRequest::post(request.path, request.body, key);
    rq.method = request.method;
    rq.grant = grant;
    rq.timeoutMs = request.timeoutMs;
    return rq;
}

} // namespace

Operation::Operation(Outbox *outbox, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
{
    connect(m_outbox, &Outbox::finished, this, &Operation::onFinished);
}

bool Operation::isPending() const
{
    return m_state == State::Confirmed || m_state == State::Queued || m_state == State::Sending;
}

void Operation::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

bool Operation::confirm(const Request &request)
{
    if (m_state == State::Confirmed && request == m_request)
        return true; // the same confirmation twice (double click): one operation, one id
    if (isPending())
        return false;
    if (m_state == State::Failed && request == m_request && !m_id.isEmpty()) {
        // The same request again after a refusal keeps its id: the server answers what it already
        // decided for that key instead of applying it a second time.
        qCDebug(lcOps) << "operation" << m_id << "confirmed again after a refusal";
        m_outcome = {};
        setState(State::Confirmed);
        return true;
    }
    m_id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_request = request;
    m_outcome = {};
    m_grant.clear();
    // Not the summary: it names the person, the account and the court case.
    qCDebug(lcOps) << "operation" << m_id << "confirmed";
    setState(State::Confirmed);
    return true;
}

GrantRequest Operation::grantRequest(const QString &supervisor, const QString &password,
                                     const QString &summary) const
{
    return GrantRequest{supervisor, password, summary, toApiRequest(m_request, m_id, QString())};
}

void Operation::setGrant(const QString &grant)
{
    if (m_state == State::Confirmed)
        m_grant = grant;
}

bool Operation::submit(Mode mode)
{
    if (m_state != State::Confirmed)
        return false;
    const bool sendNow = mode == Mode::Interactive;
    auto saved = m_outbox->submit(toApiRequest(m_request, m_id, m_grant), m_request.summary, sendNow);
    if (!saved) {
        const QString message = tr("The operation could not be saved, so it was not sent: %1")
                                    .arg(usertext::describe(saved.error()));
        m_id.clear();
        setState(State::Failed);
        emit status(message, true);
        emit failed(message, saved.error());
        return false;
    }
    qCInfo(lcOps) << "operation" << m_id << (sendNow ? "saved and sent" : "saved, queued");
    // The outbox may already have answered (a synchronous failure): only move on if still ours.
    if (m_state == State::Confirmed) {
        setState(sendNow ? State::Sending : State::Queued);
        emit status(sendNow ? tr("Sending…") : tr("Saved; it will be sent when the server can be reached"),
                    false);
    }
    return true;
}

bool Operation::start(const Request &request, Mode mode)
{
    return confirm(request) && submit(mode);
}

bool Operation::cancel()
{
    if (m_state == State::Confirmed) {
        qCDebug(lcOps) << "operation" << m_id << "cancelled before it was saved";
    } else if (m_state == State::Queued && m_outbox->cancel(m_id)) {
        qCInfo(lcOps) << "operation" << m_id << "withdrawn from the outbox";
    } else {
        return false;
    }
    m_id.clear();
    m_grant.clear();
    setState(State::Idle);
    return true;
}

void Operation::forget()
{
    m_id.clear();
    m_grant.clear();
    m_request = {};
    setState(State::Idle);
}

void Operation::resend()
{
    if (m_state == State::Sending || m_state == State::Queued)
        m_outbox->resendPending();
}

void Operation::onFinished(const QString &id, const ApiResponse &response)
{
    if (id.isEmpty() || id != m_id)
        return;
    if (Outbox::willResend(response)) {
        setState(State::Sending);
        emit status(tr("Not confirmed yet; it will be resent with the same id: %1")
                        .arg(usertext::describeFailure(response)),
                    true);
        return;
    }
    m_grant.clear();
    // The typed result is read from what the outbox stored (so a print now equals a reprint after
    // a restart); the answer itself only when the outbox keeps nothing (no cache key, or a refusal).
    const Outcome stored = response.ok() ? storedOutcome(m_outbox, id) : Outcome();
    m_outcome = stored.isEmpty() ? Outcome(id, response.requestId, response.object()) : stored;
    if (response.ok()) {
        setState(State::Done);
        emit succeeded(m_outcome);
    } else {
        setState(State::Failed);
        emit failed(usertext::describeFailure(response), response.problem);
    }
}

} // namespace hpf::client::ops
