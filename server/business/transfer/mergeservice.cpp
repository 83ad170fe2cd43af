#include "business/transfer/mergeservice.h"

#include "business/transfer/transferschema.h"
#include "domain/accountnumber.h"
#include "domain/codetables.h"
#include "domain/identity.h"
#include "platform/context.h"
#include "platform/numbering/numbering.h"
#include "platform/store/sql.h"

namespace hpf::server {

namespace {

struct MergeNumbers
{
    QString keep;
    QString merge;
};

Result<MergeNumbers> validMerge(const MergeRequest &request)
{
    auto keep = accountnumber::parse(request.keepAccount, accountnumber::Kind::Personal, u"keepAccount"_qs);
    if (!keep)
        return keep.error();
    auto merge =
        accountnumber::parse(request.mergeAccount, accountnumber::Kind::Personal, u"mergeAccount"_qs);
    if (!merge)
        return merge.error();
    if (keep->number == merge->number)
        return makeError(u"transfer.same_account"_qs, u"mergeAccount"_qs);
    return MergeNumbers{keep->number, merge->number};
}

Result<AccountRow> named(ServiceContext &ctx, const QString &number, const QString &field)
{
    auto a = findAccount(ctx, number);
    if (!a && a.error().code == u"account.not_found")
        return makeError(a.error().code, field);
    return a;
}

} // namespace

Status checkMerge(ServiceContext &, const MergeRequest &request)
{
    auto n = validMerge(request);
    return n ? Status{} : Status{n.error()};
}

Result<InCityResult> mergeAccounts(ServiceContext &ctx, const MergeRequest &request)
{
    auto numbers = validMerge(request);
    if (!numbers)
        return numbers.error();
    auto keepSeen = named(ctx, numbers->keep, u"keepAccount"_qs);
    if (!keepSeen)
        return keepSeen.error();
    auto mergeSeen = named(ctx, numbers->merge, u"mergeAccount"_qs);
    if (!mergeSeen)
        return mergeSeen.error();
    // Both rows locked in id order, as every in-city business does: no deadlock on PostgreSQL.
    const bool keepFirst = keepSeen->id < mergeSeen->id;
    auto first = findAccountById(ctx, keepFirst ? keepSeen->id : mergeSeen->id, true);
    if (!first)
        return first.error();
    auto second = findAccountById(ctx, keepFirst ? mergeSeen->id : keepSeen->id, true);
    if (!second)
        return second.error();
    const AccountRow keep = keepFirst ? *first : *second;
    const AccountRow source = keepFirst ? *second : *first;
    if (identityKey(keep.documentType, keep.documentNumber) !=
        identityKey(source.documentType, source.documentNumber))
        return makeError(u"transfer.not_same_person"_qs, u"mergeAccount"_qs,
                         u"the two accounts belong to different identity documents"_qs);
    if (Status s = ctx.checkBranch(keep.branchId); !s)
        return makeError(s.error().code, u"keepAccount"_qs, s.error().detail);
    if (codes::isTerminalAccountState(keep.state))
        return makeError(u"account.closed"_qs, u"keepAccount"_qs,
                         u"the account to keep is "_qs + codes::accountStates().label(keep.state));
    if (Status s = checkSource(ctx, source, u"mergeAccount"_qs); !s)
        return s.error();
    auto fromUnit = findUnitByAccount(ctx, source.unitAccount);
    if (!fromUnit)
        return fromUnit.error();
    auto toUnit = findUnitByAccount(ctx, keep.unitAccount);
    if (!toUnit)
        return toUnit.error();
    auto serial = nextSerial(ctx);
    if (!serial)
        return serial.error();
    Move move;
    move.kind = MoveKind::Merge;
    move.serial = *serial;
    move.keep = &keep;
    auto moved = moveAccount(ctx, source, move);
    if (!moved)
        return moved.error();

    InCityResult result{*serial,   u"merge"_qs, *moved,
                        *fromUnit, *toUnit,     ctx.now.toLocalTime().date().toString(Qt::ISODate),
                        {}};
    ReceiptDraft draft;
    draft.serial = *serial;
    draft.business = u"merge"_qs;
    draft.businessLabel = u"个人合并"_qs;
    draft.object = u"account:"_qs + keep.accountNumber;
    draft.fields = QJsonObject{{u"name"_qs, identity::maskName(keep.name)},
                               {u"documentNumber"_qs, identity::maskNumber(keep.documentNumber)},
                               {u"mergeAccount"_qs, source.accountNumber},
                               {u"keepAccount"_qs, keep.accountNumber},
                               {u"principalFen"_qs, moved->principalFen},
                               {u"interestFen"_qs, moved->interestFen},
                               {u"amountFen"_qs, moved->amountFen}};
    addMoveLines(draft, *moved, *fromUnit, *toUnit);
    draft.line(u"销户原因"_qs, codes::closeReasons().label(u"05"_qs));
    draft.amounts.append(amount(u"并入本金"_qs, moved->principalFen));
    draft.amounts.append(amount(u"并入利息"_qs, moved->interestFen));
    draft.amounts.append(amount(u"并入金额合计"_qs, moved->amountFen));
    auto receipt = issueReceipt(ctx, draft);
    if (!receipt)
        return receipt.error();
    result.receipt = *receipt;
    if (Status s = storeTransfer(ctx, *serial, result.kind, keep.branchId, result.toJson()); !s)
        return s.error();
    return result;
}

Result<MergeCandidates> mergeCandidates(ServiceContext &ctx, const QString &accountNumber)
{
    auto n = accountnumber::parse(accountNumber, accountnumber::Kind::Personal, u"accountNumber"_qs);
    if (!n)
        return n.error();
    auto account = findAccount(ctx, n->number);
    if (!account)
        return account.error();
    if (Status s = ctx.checkBranch(account->branchId); !s)
        return s.error();
    Query q(ctx.db, accountColumnsSql() + u"WHERE "_qs + identityKeySql(u"p"_qs) +
                        u" = :k AND a.id <> :id AND a.state NOT IN ('03', '04', '05') ORDER BY a.id"_qs);
    q.bind(u":k"_qs, identityKey(account->documentType, account->documentNumber))
        .bind(u":id"_qs, account->id);
    if (Status s = q.exec(); !s)
        return s.error();
    MergeCandidates out{account->accountNumber, {}};
    while (q.next()) {
        const AccountRow a = readAccountRow(q);
        if (ctx.checkBranch(a.branchId).ok())
            out.items.append(a);
    }
    return out;
}

Result<QJsonObject> getTransfer(ServiceContext &ctx, const QString &serial)
{
    auto stored = loadTransfer(ctx, serial);
    if (!stored)
        return stored.error();
    if (Status s = ctx.checkBranch(stored->branchId); !s)
        return s.error();
    return stored->body;
}

} // namespace hpf::server
