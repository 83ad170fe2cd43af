#include "business/judicial/courtchannel.h"

// TEMPORARY (branch h-jcourt only): business/judicial implements these (branch h-jserver). Until
// that is merged the channel checks, stores and answers polls, but has no desk to hand requests
// to. Delete this file when h-jserver's implementation is merged (a duplicate definition then
// stops the link, so it cannot be forgotten).
namespace hpf::server {

namespace {
Error noDesk()
{
    return makeError(u"court.unavailable"_qs, {}, u"the judicial desk is not available"_qs);
}
} // namespace

Result<qint64> receiveCourtRequest(ServiceContext &, const judicial::Request &, const QString &)
{
    return noDesk();
}

Result<QJsonObject> answerCourtQuery(ServiceContext &, const judicial::Request &)
{
    return noDesk();
}

Result<QList<CourtAnswer>> courtAnswers(ServiceContext &, const QString &, qint64, int)
{
    return QList<CourtAnswer>{}; // no desk, no answers
}

} // namespace hpf::server
