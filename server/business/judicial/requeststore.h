#pragma once

#include "base/result.h"
#include "judicial/request.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// The judicial_requests rows (judicialschema.h): every court request stored in full, whichever
// channel brought it, with its outcome (the 回执) once done.
namespace hpf::server {

struct ServiceContext;

struct StoredRequest
{
    qint64 id = 0;
    QString type;
    QString channel; // counter | online
    QString status;  // pending | done | rejected
    QString courtCode;
    QString caseNumber;
    qint64 accountId = 0;
    qint64 holdId = 0;
    QString serial;
    qint64 createdAt = 0;
    QJsonObject request; // judicial::toJson
    QJsonObject outcome; // empty until done
    QString messageId;
};

struct NewRequest
{
    judicial::Request request;
    QString channel = QStringLiteral("counter");
    QString status = QStringLiteral("pending");
    QString messageId; // online
    qint64 accountId = 0;
};
Result<qint64> insertRequest(ServiceContext &ctx, const NewRequest &row);

struct RequestDone
{
    qint64 id = 0;
    QString serial;
    qint64 accountId = 0;
    qint64 holdId = 0;
    QJsonObject outcome;
    QJsonArray riskFlags;
    QString creditorKey; // deductions: who the money goes to (riskrules: repeat creditor)
};
// Marks the request done by the current user under the current grant; an online request gets the
// next answer sequence number (the court polls for it).
Status finishRequest(ServiceContext &ctx, const RequestDone &done);
// An online request refused at the desk. Error judicial.not_pending when it is not pending.
Status rejectRequest(ServiceContext &ctx, qint64 id, const QString &reason);

// Error judicial.not_found (field "id").
Result<StoredRequest> loadRequest(ServiceContext &ctx, qint64 id, bool lock = false);

// The creditor key of a request (identity number, else the name, normalised): deductions for the
// same creditor are counted by it.
QString creditorKey(const judicial::Request &request);

} // namespace hpf::server
