#pragma once

#include "net/apiclient.h"

#include <QJsonObject>
#include <QObject>

namespace hpf::client {
class Outbox;
}

namespace hpf::ui {

// One state change of a page at a time through the outbox: saved, then sent with its id as the
// Idempotency-Key. Answers for other operations are ignored; one the outbox will resend keeps the
// operation pending (the page must not start a second one), a final answer ends it.
class OutboxOperation : public QObject
{
    Q_OBJECT
public:
    OutboxOperation(client::Outbox *outbox, QObject *parent);

    bool isPending() const { return !m_id.isEmpty(); }
    QString id() const { return m_id; }
    // Saves and sends the request; false (after status(…, true)) when it could not be saved.
    bool submit(const client::ApiRequest &request, const QString &summary);
    void forget() { m_id.clear(); } // the page was reset; a late answer is ignored

signals:
    void status(const QString &text, bool error); // sending, not confirmed yet, could not be saved
    void succeeded(const QJsonObject &response);
    void failed(const QString &message); // refused for good (translated, with the request id)

private:
    void onFinished(const QString &id, const client::ApiResponse &response);

    client::Outbox *m_outbox;
    QString m_id;
};

} // namespace hpf::ui
