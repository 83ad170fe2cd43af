#include "widgets/outboxoperation.h"

#include "session/usertext.h"
#include "store/outbox.h"

namespace hpf::ui {

OutboxOperation::OutboxOperation(client::Outbox *outbox, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
{
    connect(m_outbox, &client::Outbox::finished, this, &OutboxOperation::onFinished);
}

bool OutboxOperation::submit(const client::ApiRequest &request, const QString &summary)
{
    auto id = m_outbox->submit(request, summary);
    if (!id) {
        emit status(tr("The operation could not be saved, so it was not sent: %1")
                        .arg(client::usertext::describe(id.error())),
                    true);
        return false;
    }
    m_id = *id;
    emit status(tr("Sending…"), false);
    return true;
}

void OutboxOperation::onFinished(const QString &id, const client::ApiResponse &response)
{
    if (id.isEmpty() || id != m_id)
        return;
    if (client::Outbox::willResend(response)) {
        emit status(tr("Not confirmed yet; it will be resent with the same id: %1")
                        .arg(client::usertext::describeFailure(response)),
                    true);
        return;
    }
    m_id.clear();
    if (response.ok())
        emit succeeded(response.object());
    else
        emit failed(client::usertext::describeFailure(response));
}

} // namespace hpf::ui
