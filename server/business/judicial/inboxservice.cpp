#include "business/judicial/inboxservice.h"

#include "business/judicial/judicialservice.h"
#include "business/judicial/requeststore.h"
#include "platform/context.h"
#include "platform/store/sql.h"

namespace hpf::server {

Result<QString> debtorAccountNumber(ServiceContext &ctx, const QString &accountNumber,
                                    const QString &idNumber)
{
    if (!accountNumber.isEmpty()) {
        Query q(ctx.db, u"SELECT account_number FROM accounts WHERE account_number = :n"_qs);
        q.bind(u":n"_qs, accountNumber);
        if (Status s = q.exec(); !s)
            return s.error();
        if (!q.next())
            return makeError(u"judicial.debtor_not_found"_qs, u"accountNumber"_qs);
        return q.str(0);
    }
    Query q(ctx.db, u"SELECT a.account_number FROM accounts a JOIN persons p ON p.id = a.person_id "
                    "WHERE p.document_number = :d AND a.state NOT IN ('03', '04', '05') ORDER BY a.id"_qs);
    q.bind(u":d"_qs, idNumber.trimmed().toUpper());
    if (Status s = q.exec(); !s)
        return s.error();
    if (idNumber.trimmed().isEmpty() || !q.next())
        return makeError(u"judicial.debtor_not_found"_qs, u"debtor.idNumber"_qs);
    return q.str(0);
}

Result<QJsonObject> handleInboxRequest(ServiceContext &ctx, qint64 id)
{
    auto stored = loadRequest(ctx, id, true);
    if (!stored)
        return stored.error();
    if (stored->status != u"pending" || stored->channel != u"online")
        return makeError(u"judicial.not_pending"_qs, u"id"_qs,
                         u"the request is not a pending online request"_qs);
    auto parsed = judicial::fromJson(stored->request);
    if (!parsed)
        return parsed.error();
    judicial::Request request = *parsed;
    if (Status s = judicial::validate(request, ctx.now.toLocalTime().date(), ctx.server.policy); !s)
        return s.error();
    if (request.type == judicial::RequestType::Freeze) {
        auto account = debtorAccountNumber(ctx, request.accountNumber, request.debtor.idNumber);
        if (!account)
            return account.error();
        request.accountNumber = *account;
    }
    return runCourtRequest(ctx, request, {u"online"_qs, id});
}

Result<QJsonObject> rejectInboxRequest(ServiceContext &ctx, qint64 id, const QString &reason)
{
    auto stored = loadRequest(ctx, id, true);
    if (!stored)
        return stored.error();
    if (Status s = rejectRequest(ctx, id, reason); !s)
        return s.error();
    if (Status s = ctx.audit(u"judicial.reject"_qs, u"judicial-request:"_qs + QString::number(id), u"ok"_qs);
        !s)
        return s.error();
    return QJsonObject{{u"id"_qs, QString::number(id)}, {u"status"_qs, u"rejected"_qs}};
}

} // namespace hpf::server
