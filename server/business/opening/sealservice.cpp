#include "business/opening/sealservice.h"

#include "business/accounts/accountrecords.h"
#include "business/accounts/unitrecords.h"
#include "business/opening/openingcommon.h"
#include "domain/accountnumber.h"
#include "domain/codetables.h"
#include "domain/identity.h"
#include "platform/context.h"
#include "platform/numbering/numbering.h"
#include "platform/store/sql.h"

namespace hpf::server {

namespace {

// The state machine: what may happen to an account in `state`.
Status checkTransition(const QString &state, bool seal)
{
    if (codes::isTerminalAccountState(state))
        return makeError(u"account.closed"_qs, u"accountNumber"_qs,
                         u"the account is closed: "_qs + codes::accountStates().label(state));
    if (seal && state == u"02")
        return makeError(u"account.already_sealed"_qs, u"accountNumber"_qs);
    if (!seal && state == u"01")
        return makeError(u"account.not_sealed"_qs, u"accountNumber"_qs);
    if (state != (seal ? u"01" : u"02"))
        return makeError(u"account.state_invalid"_qs, u"accountNumber"_qs,
                         u"the account is "_qs + codes::accountStates().label(state));
    return {};
}

QJsonObject stateJson(const AccountRow &a, const QString &state)
{
    return {{u"accountNumber"_qs, a.accountNumber},
            {u"state"_qs, state},
            {u"stateLabel"_qs, codes::accountStates().label(state)},
            {u"unitAccount"_qs, a.unitAccount}};
}

Result<AccountStateChanged> changeState(ServiceContext &ctx, const SealRequest &request, bool seal)
{
    auto account = findAccount(ctx, request.accountNumber, true);
    if (!account)
        return account.error();
    if (Status s = ctx.checkBranch(account->branchId); !s)
        return s.error();
    if (Status s = checkTransition(account->state, seal); !s)
        return s.error();
    auto unit = findUnitByAccount(ctx, account->unitAccount);
    if (!unit)
        return unit.error();
    if (!seal && unit->state != u"01" && !isFlexibleUnit(ctx, unit->id))
        return makeError(u"unit.not_open"_qs, u"unitAccount"_qs,
                         u"启封 needs an open unit; the unit is "_qs +
                             codes::unitAccountStates().label(unit->state));
    const QString to = seal ? u"02"_qs : u"01"_qs;
    Query upd(ctx.db, u"UPDATE accounts SET state = :to WHERE id = :id AND state = :from"_qs);
    upd.bind(u":to"_qs, to).bind(u":id"_qs, account->id).bind(u":from"_qs, account->state);
    if (Status s = upd.exec(); !s)
        return s.error();
    if (upd.rowsAffected() != 1)
        return makeError(u"db.conflict"_qs, {}, u"the account changed meanwhile"_qs);
    const QString today = ctx.now.toLocalTime().date().toString(Qt::ISODate);
    Query prof(
        ctx.db,
        u"INSERT INTO account_profiles (account_id, kind, seal_reason, sealed_on) VALUES (:a, "
        "'employed', :r, :d) ON CONFLICT (account_id) DO UPDATE SET seal_reason = :r2, sealed_on = :d2"_qs);
    prof.bind(u":a"_qs, account->id)
        .bind(u":r"_qs, request.reason)
        .bind(u":d"_qs, seal ? today : QString())
        .bind(u":r2"_qs, request.reason)
        .bind(u":d2"_qs, seal ? today : QString());
    if (Status s = prof.exec(); !s)
        return s.error();
    auto serial = nextSerial(ctx);
    if (!serial)
        return serial.error();
    const QString memo = (seal ? u"封存 "_qs + codes::sealReasons().label(request.reason) : u"启封"_qs) +
                         (request.memo.isEmpty() ? QString() : u" "_qs + request.memo);
    if (Status s =
            postEvent(ctx, account->id, account->balanceFen, *serial, seal ? u"05"_qs : u"04"_qs, memo);
        !s)
        return s.error();
    QJsonObject after = stateJson(*account, to);
    if (seal) {
        after.insert(u"reason"_qs, request.reason);
        after.insert(u"reasonLabel"_qs, codes::sealReasons().label(request.reason));
        after.insert(u"sealedOn"_qs, today);
    }
    ReceiptDraft draft;
    draft.serial = *serial;
    draft.business = seal ? u"account_seal"_qs : u"account_unseal"_qs;
    draft.businessLabel = seal ? u"个人账户封存"_qs : u"个人账户启封"_qs;
    draft.object = u"account:"_qs + account->accountNumber;
    QJsonObject fields = after;
    fields.insert(u"name"_qs, identity::maskName(account->name));
    fields.insert(u"documentNumber"_qs, identity::maskNumber(account->documentNumber));
    fields.insert(u"unitName"_qs, unit->name);
    fields.insert(u"memo"_qs, request.memo);
    draft.fields = fields;
    draft.line(u"姓名"_qs, identity::maskName(account->name));
    draft.line(u"证件号码"_qs, identity::maskNumber(account->documentNumber));
    draft.line(u"个人账号"_qs, account->accountNumber);
    draft.line(u"单位名称"_qs, unit->name);
    draft.line(u"账户状态"_qs, after.value(u"stateLabel"_qs).toString());
    if (seal)
        draft.line(u"封存原因"_qs, codes::sealReasons().label(request.reason));
    draft.line(u"备注"_qs, request.memo);
    draft.amounts.append(amount(u"账户余额"_qs, account->balanceFen));
    auto receipt = issueReceipt(ctx, draft);
    if (!receipt)
        return receipt.error();
    if (Status s =
            ctx.audit(ctx.operation, draft.object, u"ok"_qs, stateJson(*account, account->state), after);
        !s)
        return s.error();
    qCInfo(lcOpening) << ctx.operation << account->accountNumber << account->state << "→" << to << *serial;
    return AccountStateChanged{*serial, after, account->state, *receipt};
}

} // namespace

Status checkSeal(const SealRequest &request)
{
    if (!codes::sealReasons().contains(request.reason))
        return makeError(u"seal.reason"_qs, u"reason"_qs, u"not a 封存原因 code"_qs);
    return {};
}

Result<AccountStateChanged> sealAccount(ServiceContext &ctx, const SealRequest &request)
{
    return changeState(ctx, request, true);
}

Result<AccountStateChanged> unsealAccount(ServiceContext &ctx, const SealRequest &request)
{
    return changeState(ctx, request, false);
}

} // namespace hpf::server
