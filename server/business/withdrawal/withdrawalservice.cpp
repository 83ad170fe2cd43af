#include "business/withdrawal/withdrawalservice.h"

#include "business/accounts/accountrecords.h"
#include "business/accounts/debitcheck.h"
#include "business/judicial/holdstore.h"
#include "domain/codetables.h"
#include "domain/money.h"
#include "platform/context.h"
#include "platform/numbering/numbering.h"

namespace hpf::server {

QJsonObject WithdrawalResult::toJson() const
{
    return {{u"serial"_qs, serial},
            {u"accountNumber"_qs, accountNumber},
            {u"amountFen"_qs, amountFen},
            {u"balanceFen"_qs, balanceFen},
            {u"availableFen"_qs, availableFen}};
}

Status checkWithdrawal(const WithdrawalInput &input)
{
    if (!codes::withdrawalReasons().contains(input.reason))
        return makeError(u"withdrawal.reason"_qs, u"reason"_qs, u"not a 提取原因 code"_qs);
    return {};
}

Result<WithdrawalResult> withdraw(ServiceContext &ctx, const WithdrawalInput &input)
{
    const QString &accountNumber = input.accountNumber;
    const qint64 amount = input.amountFen;
    // Locks the account row and applies any judicial freeze end that nobody applied yet (a freeze
    // that ended yesterday no longer holds today's withdrawal).
    auto holds = HoldsSession::open(ctx, accountNumber);
    if (!holds)
        return holds.error();
    if (Status s = ctx.checkBranch(holds->account().branchId); !s)
        return s.error();
    if (!holds->events().isEmpty()) {
        if (Status s = holds.value().save(ctx); !s)
            return s.error();
    }
    const AccountRow *account = &holds->account();
    if (account->state != u"01" && account->state != u"02")
        return makeError(u"account.state"_qs, u"accountNumber"_qs,
                         u"withdrawals need state 01 or 02, the account is "_qs + account->state);
    if (Status s = checkDebit(ctx, *account, amount); !s)
        return s.error();
    auto serial = nextSerial(ctx);
    if (!serial)
        return serial.error();
    auto after =
        postJournal(ctx, {account->id, *serial, u"11"_qs, -amount, {}, 0, u"TQYY "_qs + input.reason});
    if (!after)
        return after.error();
    const WithdrawalResult result{*serial, accountNumber, amount, *after, *after - account->heldFen};
    if (Status s = ctx.audit(u"withdrawals.create"_qs, u"account:"_qs + accountNumber, u"ok"_qs,
                             account->toJson(), result.toJson());
        !s)
        return s.error();
    return result;
}

} // namespace hpf::server
