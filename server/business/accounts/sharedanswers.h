#pragma once

#include "base/result.h"
#include "platform/sharing/shareddata.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Stored answers of the sharing interfaces (migration 16, shared_answers): each query's answer is
// kept with who asked and when, audited as sharing.query, and may stand in for a material of the
// withdrawal's checklist (零要件) for 24 hours. Shared by the businesses that consult the sharing
// interfaces: withdrawals (issue 17) and loan applications (issue 18, business/loan/outside/loanoutside.h).
namespace hpf::server {

struct ServiceContext;

inline constexpr qint64 kSharedAnswerFreshMs = 24LL * 60 * 60 * 1000;

struct StoredAnswer
{
    qint64 id = 0;
    qint64 personId = 0;
    QString source;
    QString provider;
    bool found = false;
    QString summary;
    QJsonObject facts;
    qint64 fetchedAtMs = 0;
    // {"id" (string), "source", "provider", "found", "summary", "fetchedAt"}
    QJsonObject toJson() const;
};

// Inside the caller's write transaction: the answer row and its audit record (sharing.query,
// object person:<id>; no personal data in the record).
Result<StoredAnswer> storeSharedAnswer(ServiceContext &ctx, qint64 personId, const QString &source,
                                       const SharedAnswer &answer);
// The latest answer per source of the person fetched within kSharedAnswerFreshMs.
Result<QList<StoredAnswer>> freshAnswers(ServiceContext &ctx, qint64 personId);
// Answers named by a request (field "sharedAnswerIds[i]"): withdrawal.shared_answer when unknown,
// about another person or (when `fresh`) older than kSharedAnswerFreshMs. The archive reads a
// record's answers back with `fresh` false.
Result<QList<StoredAnswer>> answersByIds(ServiceContext &ctx, qint64 personId, const QStringList &ids,
                                         bool fresh = true);
// Marks the answers used by the business `serial`.
Status markAnswersUsed(ServiceContext &ctx, const QList<StoredAnswer> &answers, const QString &serial);
// The material codes a stored answer satisfies (零要件): an own-home record stands for the property
// certificate, no home for the no-home statement, a bank loan for the loan contract and statement.
QStringList materialsSatisfiedBy(const StoredAnswer &answer);

} // namespace hpf::server
