#include "business/accounts/debitcheck.h"

#include "domain/money.h"
#include "platform/context.h"
#include "platform/store/sql.h"

namespace hpf::server {

Status checkDebit(ServiceContext &ctx, const AccountRow &account, qint64 amountFen)
{
    if (amountFen <= account.availableFen())
        return {};
    const QString detail = QStringLiteral("available %1, requested %2")
                               .arg(money::format(account.availableFen()), money::format(amountFen));
    if (amountFen <= account.balanceFen) {
        Query q(ctx.db, u"SELECT COUNT(*) FROM holds WHERE account_id = :a AND kind = 'judicial' "
                        "AND status = 'active'"_qs);
        q.bind(u":a"_qs, account.id);
        if (Status s = q.exec(); !s)
            return s;
        if (q.next() && q.int64(0) > 0)
            return makeError(u"account.frozen"_qs, u"amountFen"_qs,
                             u"part of the balance is frozen by a judicial authority; "_qs + detail);
    }
    return makeError(u"account.insufficient_available"_qs, u"amountFen"_qs, detail);
}

} // namespace hpf::server
