#include "outbox.h"

#include "logging.h"
#include "store/fieldcipher.h"
#include "store/localdatabase.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hpf::client {

namespace {

QString stateName(Outbox::State s)
{
    switch (s) {
    case Outbox::State::Pending:
        return u"pending"_qs;
    case Outbox::State::Done:
        return u"done"_qs;
    case Outbox::State::Failed:
        return u"failed"_qs;
    case Outbox::State::Cancelled:
        return u"cancelled"_qs;
    }
    return u"failed"_qs;
}

Outbox::State stateFromName(const QString &s)
{
    if (s == u"pending")
        return Outbox::State::Pending;
    if (s == u"cancelled")
        return Outbox::State::Cancelled;
    return s == u"done" ? Outbox::State::Done : Outbox::State::Failed;
}

QByteArray bodyContext(const QString &id)
{
    return "outbox-body|" + id.toUtf8();
}

QByteArray responseContext(const QString &id)
{
    return "outbox-response|" + id.toUtf8();
}

constexpr char kColumns[] =
    "id, owner, server, created_at, method, path, summary, sealed_body, state, attempts,"
    " last_error, request_id, response_status, sealed_response, meta_sealed";

QJsonObject envelopeOf(const Outbox::Item &item)
{
    // Everything that may name a person (the path carries account numbers, the summary is shown
    // to the teller) travels sealed; the clear columns keep only method, owner, server and state.
    QJsonObject envelope{{u"body"_qs, item.body},
                         {u"grant"_qs, item.grant},
                         {u"path"_qs, item.path},
                         {u"summary"_qs, item.summary}};
    if (item.timeoutMs > 0)
        envelope.insert(u"timeoutMs"_qs, item.timeoutMs);
    return envelope;
}

} // namespace

Outbox::Outbox(LocalDatabase *db, const FieldCipher *cipher, ApiClient *api, const Clock &clock,
               QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_cipher(cipher)
    , m_api(api)
    , m_clock(clock)
{}

void Outbox::setOwner(const QString &owner, const QString &server)
{
    m_owner = owner;
    m_server = server;
    emit pendingCountChanged(pendingCount());
}

bool Outbox::isPersistent() const
{
    return m_cipher->hasKey() && m_db->isOpen();
}

Result<QString> Outbox::submit(const ApiRequest &request, const QString &summary, bool sendNow)
{
    if (!m_unavailable.isEmpty())
        return makeError(u"store.unavailable"_qs, QString(), m_unavailable);
    Item item;
    item.id = request.idempotencyKey.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                               : request.idempotencyKey;
    item.owner = m_owner;
    item.server = m_server;
    item.createdAt = m_clock.now();
    item.method = request.method;
    item.path = request.path;
    item.summary = summary;
    item.body = request.body;
    item.grant = request.grant;
    item.timeoutMs = request.timeoutMs > ApiRequest{}.timeoutMs ? request.timeoutMs : 0;
    if (Status s = save(item); !s)
        return s.error(); // not saved → not sent: nothing can be lost or doubled
    emit pendingCountChanged(pendingCount());
    if (sendNow)
        send(item);
    return item.id;
}

bool Outbox::cancel(const QString &id)
{
    if (m_inFlight.contains(id))
        return false;
    std::optional<Item> stored = item(id);
    if (!stored || stored->state != State::Pending)
        return false;
    stored->state = State::Cancelled;
    stored->lastError = u"cancelled"_qs;
    if (Status s = save(*stored); !s) {
        qCWarning(lcOutbox) << "cannot withdraw" << id << ":" << s.error().detail;
        return false;
    }
    qCInfo(lcOutbox) << "outbox item" << id << "withdrawn before it was sent";
    emit pendingCountChanged(pendingCount());
    return true;
}

Status Outbox::save(const Item &item)
{
    if (!isPersistent()) {
        m_memory.insert(item.id, item);
        return {};
    }
    auto sealedBody =
        m_cipher->seal(QJsonDocument(envelopeOf(item)).toJson(QJsonDocument::Compact), bodyContext(item.id));
    if (!sealedBody)
        return sealedBody.error();
    QByteArray sealedResponse;
    if (!item.response.isEmpty()) {
        auto r = m_cipher->seal(QJsonDocument(item.response).toJson(QJsonDocument::Compact),
                                responseContext(item.id));
        if (!r)
            return r.error();
        sealedResponse = r.value();
    }
    QSqlQuery q(m_db->database());
    q.prepare(u"INSERT INTO outbox (%1, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
              " ON CONFLICT (id) DO UPDATE SET state = excluded.state, attempts = excluded.attempts,"
              " last_error = excluded.last_error, request_id = excluded.request_id,"
              " response_status = excluded.response_status, sealed_response = excluded.sealed_response,"
              " updated_at = excluded.updated_at"_qs.arg(QLatin1String(kColumns)));
    for (const QVariant &v :
         {QVariant(item.id), QVariant(item.owner), QVariant(item.server),
          QVariant(item.createdAt.toUTC().toString(Qt::ISODateWithMs)),
          QVariant(QString::fromLatin1(item.method)), QVariant(QString(u""_qs)), QVariant(QString(u""_qs)),
          QVariant(sealedBody.value()), QVariant(stateName(item.state)), QVariant(item.attempts),
          QVariant(item.lastError), QVariant(item.requestId), QVariant(item.responseStatus),
          QVariant(sealedResponse), QVariant(1), QVariant(m_clock.now().toUTC().toString(Qt::ISODateWithMs))})
        q.addBindValue(v);
    if (!q.exec())
        return makeError(u"store.write"_qs, QString(), q.lastError().text());
    return {};
}

std::optional<Outbox::Item> Outbox::loadRow(const QSqlQuery &q) const
{
    Item item;
    item.id = q.value(0).toString();
    item.owner = q.value(1).toString();
    item.server = q.value(2).toString();
    item.createdAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    item.method = q.value(4).toString().toLatin1();
    item.path = q.value(5).toString();
    item.summary = q.value(6).toString();
    const auto body = m_cipher->open(q.value(7).toByteArray(), bodyContext(item.id));
    if (!body) {
        qCWarning(lcOutbox) << "outbox item" << item.id << "cannot be opened with the current key";
        return std::nullopt;
    }
    const QJsonObject envelope = QJsonDocument::fromJson(body.value()).object();
    item.body = envelope.value(u"body").toObject();
    item.grant = envelope.value(u"grant").toString();
    if (q.value(14).toInt() == 1) {
        item.path = envelope.value(u"path").toString();
        item.summary = envelope.value(u"summary").toString();
    } // else a row from before schema 4: clear columns until sealLegacyRows()
    item.timeoutMs = envelope.value(u"timeoutMs").toInt();
    item.state = stateFromName(q.value(8).toString());
    item.attempts = q.value(9).toInt();
    item.lastError = q.value(10).toString();
    item.requestId = q.value(11).toString();
    item.responseStatus = q.value(12).toInt();
    const QByteArray sealedResponse = q.value(13).toByteArray();
    if (!sealedResponse.isEmpty()) {
        const auto response = m_cipher->open(sealedResponse, responseContext(item.id));
        if (response)
            item.response = QJsonDocument::fromJson(response.value()).object();
    }
    return item;
}

std::optional<Outbox::Item> Outbox::item(const QString &id) const
{
    if (!isPersistent()) {
        const auto it = m_memory.constFind(id);
        return it == m_memory.constEnd() ? std::nullopt : std::optional<Item>(it.value());
    }
    QSqlQuery q(m_db->database());
    q.prepare(u"SELECT %1 FROM outbox WHERE id = ?"_qs.arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return loadRow(q);
}

QList<Outbox::Item> Outbox::items(State state) const
{
    QList<Item> result;
    if (!isPersistent()) {
        for (const Item &i : m_memory) {
            if (i.state == state && i.owner == m_owner && i.server == m_server)
                result.append(i);
        }
        return result;
    }
    QSqlQuery q(m_db->database());
    q.prepare(
        u"SELECT %1 FROM outbox WHERE state = ? AND owner = ? AND server = ? ORDER BY created_at"_qs.arg(
            QLatin1String(kColumns)));
    q.addBindValue(stateName(state));
    q.addBindValue(m_owner);
    q.addBindValue(m_server);
    if (q.exec()) {
        while (q.next()) {
            if (auto i = loadRow(q))
                result.append(*i);
        }
    }
    return result;
}

int Outbox::sealLegacyRows()
{
    if (!isPersistent())
        return 0;
    QSqlDatabase db = m_db->database();
    QSqlQuery select(db);
    if (!select.exec(u"SELECT %1 FROM outbox WHERE meta_sealed = 0"_qs.arg(QLatin1String(kColumns))))
        return 0;
    QList<Item> legacy;
    while (select.next()) {
        if (auto i = loadRow(select))
            legacy.append(*i);
    }
    select.finish();
    int sealed = 0;
    for (const Item &item : std::as_const(legacy)) {
        auto body = m_cipher->seal(QJsonDocument(envelopeOf(item)).toJson(QJsonDocument::Compact),
                                   bodyContext(item.id));
        if (!body)
            break;
        QSqlQuery update(db);
        update.prepare(u"UPDATE outbox SET sealed_body = ?, path = '', summary = '', meta_sealed = 1"
                       " WHERE id = ? AND meta_sealed = 0"_qs);
        update.addBindValue(body.value());
        update.addBindValue(item.id);
        if (!update.exec()) {
            qCWarning(lcOutbox) << "cannot seal outbox item" << item.id << update.lastError().text();
            break;
        }
        ++sealed;
    }
    if (sealed > 0) {
        // The clear values must not survive in the WAL either (secure_delete zeroes the pages).
        QSqlQuery checkpoint(db);
        (void)checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_qs);
        qCInfo(lcOutbox) << sealed << "outbox items from before schema 4 sealed";
    }
    return sealed;
}

int Outbox::pendingCount() const
{
    return int(items(State::Pending).size());
}

void Outbox::resendPending()
{
    const QList<Item> pending = items(State::Pending);
    for (const Item &i : pending)
        send(i);
}

void Outbox::send(const Item &item)
{
    if (m_inFlight.contains(item.id))
        return;
    m_inFlight.insert(item.id);
    ApiRequest rq;
    rq.method = item.method;
    rq.path = item.path;
    rq.body = item.body;
    rq.hasBody = true;
    rq.idempotencyKey = item.id;
    rq.grant = item.grant;
    rq.timeoutMs = qMax(m_timeoutMs, item.timeoutMs);
    ApiCall *call = m_api->send(rq);
    const QString id = item.id;
    connect(call, &ApiCall::finished, this, [this, id](const ApiResponse &r) { handle(id, r); });
}

void Outbox::handle(const QString &id, const ApiResponse &response)
{
    m_inFlight.remove(id);
    std::optional<Item> stored = item(id);
    if (!stored)
        return;
    Item i = *stored;
    i.attempts += response.attempts;
    i.requestId = response.requestId;
    i.responseStatus = response.status;
    if (response.ok()) {
        i.state = State::Done;
        i.response = response.object();
        i.lastError.clear();
    } else if (willResend(response)) {
        i.state = State::Pending;
        i.lastError = response.problem.code;
    } else {
        i.state = State::Failed;
        i.lastError = response.problem.code;
        i.response = response.object();
    }
    if (Status s = save(i); !s)
        qCCritical(lcOutbox) << "cannot record the outcome of" << id << ":" << s.error().detail;
    qCInfo(lcOutbox) << "outbox item" << id << "→" << stateName(i.state) << response.status
                     << response.problem.code << "request" << response.requestId;
    emit finished(id, response);
    emit pendingCountChanged(pendingCount());
}

bool Outbox::willResend(const ApiResponse &response)
{
    return !response.ok() &&
           (response.failure == FailureClass::Transient || response.failure == FailureClass::Auth ||
            response.problem.code == u"idempotency.in_flight");
}

} // namespace hpf::client
