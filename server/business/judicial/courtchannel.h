#pragma once

#include "base/result.h"
#include "judicial/request.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// What business/judicial offers the online court channel (server/integration/court): a request
// received from a court becomes the same record as a counter registration and waits on the judicial
// desk; queries are answered at once; the desk's answers (回执 or refusal) are read back by the
// channel for the court. The channel has checked the court's signature and the replay window.
namespace hpf::server {

struct ServiceContext;

// Stores `request` (validated with judicial::validate) as a pending online request from its
// court; `messageId` is the court's message id (unique per court). Returns the request id.
// Errors: the judicial.* validation codes; judicial.duplicate_message (the court sent it before).
Result<qint64> receiveCourtRequest(ServiceContext &ctx, const judicial::Request &request,
                                   const QString &messageId);

// A 查询: what the court may see of the debtor's account(s) — state, balance, held and available
// amounts, the active freeze and the waiting queue (this court's and others' amounts, no other
// court's case details) — and nothing else. Audited. Errors: judicial.* validation codes,
// judicial.debtor_not_found (field "debtor" / "accountNumber").
Result<QJsonObject> answerCourtQuery(ServiceContext &ctx, const judicial::Request &request);

struct CourtAnswer
{
    qint64 sequence = 0; // increasing per server; the court polls with the last one it saw
    QString messageId;   // the court's message this answers
    QString status;      // "done" or "rejected"
    QJsonObject body;    // done: the 回执 (receipt JSON); rejected: {"reason": "..."}
};

// Answers for `courtCode` after `afterSequence`, oldest first, at most `limit`.
Result<QList<CourtAnswer>> courtAnswers(ServiceContext &ctx, const QString &courtCode, qint64 afterSequence,
                                        int limit = 100);

} // namespace hpf::server
