#include "business/accounts/accountrecords.h"
#include "business/opening/openingcommon.h"
#include "business/transfer/crosschannel.h"
#include "business/transfer/crossflow_p.h"
#include "business/transfer/crossservice.h"
#include "domain/codetables.h"
#include "domain/identity.h"
#include "platform/context.h"
#include "platform/numbering/numbering.h"
#include "platform/store/sql.h"

// The receiving center's side of a cross-city transfer (转入地): the worker applies here, this
// center issues the contact letter (BDC901), may cancel it before the sending center accepts
// (BDC903), asks for progress (BDC904), credits the transferred funds (BDC905) and confirms or asks
// for negotiation (BDC906).
namespace hpf::server {

using namespace cross;
using transfer::MessageType;

namespace {

Error notFound(const QString &letter)
{
    return makeError(u"transfer.not_found"_qs, u"letterNumber"_qs,
                     transfer::isLetterNumber(letter) ? QString() : u"not a letter number"_qs);
}

// The transfer of a path's letter number, locked, of `role`, in the user's branch.
Result<Row> counterRow(ServiceContext &ctx, const QString &letter, const char *role)
{
    if (!transfer::isLetterNumber(letter))
        return notFound(letter);
    auto row = load(ctx, letter, {}, true);
    if (!row)
        return row.error();
    if (!*row)
        return notFound(letter);
    if (Status s = ctx.checkBranch((*row)->branchId); !s)
        return s.error();
    if ((*row)->role != QLatin1String(role))
        return makeError(u"transfer.role"_qs, u"letterNumber"_qs,
                         (*row)->isIn() ? u"this center receives this transfer"_qs
                                        : u"this center sends this transfer"_qs);
    return **row;
}

Result<QString> unitName(ServiceContext &ctx, qint64 unitId)
{
    Query q(ctx.db, u"SELECT name FROM units WHERE id = :u"_qs);
    q.bind(u":u"_qs, unitId);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.str(0) : QString();
}

Status checkDuplicate(ServiceContext &ctx, const AccountRow &account, const QString &sendingCenter)
{
    Query q(ctx.db, u"SELECT document_type, document_number, letter_number FROM cross_transfers WHERE role = "
                    "'in' AND final = 0 AND sending_center = :c"_qs);
    q.bind(u":c"_qs, sendingCenter);
    if (Status s = q.exec(); !s)
        return s;
    const QString key = identityKey(account.documentType, account.documentNumber);
    while (q.next()) {
        if (identityKey(q.str(0), q.str(1)) == key)
            return makeError(u"transfer.duplicate"_qs, u"accountNumber"_qs,
                             u"an open transfer of this person from that center exists: "_qs + q.str(2));
    }
    return {};
}

Result<QString> nextLetter(ServiceContext &ctx)
{
    const QDate today = ctx.now.toLocalTime().date();
    auto seq = nextSequence(ctx, u"letter:"_qs + today.toString(u"yyMMdd"_qs));
    if (!seq)
        return seq.error();
    if (*seq > 9999)
        return makeError(u"transfer.letters_exhausted"_qs, {}, u"9999 contact letters issued today"_qs);
    return transfer::letterNumber(ctx.server.policy.centerCode(), today, int(*seq));
}

Result<QJsonObject> letterReceipt(ServiceContext &ctx, const Row &row, const AccountRow &account)
{
    auto serial = nextSerial(ctx);
    if (!serial)
        return serial.error();
    ReceiptDraft d;
    d.serial = *serial;
    d.business = u"transfer_contact_letter"_qs;
    d.businessLabel = u"住房公积金异地转移接续联系函"_qs;
    d.object = u"transfer:"_qs + row.letter;
    d.fields = QJsonObject{{u"letterNumber"_qs, row.letter},
                           {u"sendingCenter"_qs, centerJson(ctx, row.sendingCenter)},
                           {u"receivingCenter"_qs, centerJson(ctx, row.receivingCenter)},
                           {u"name"_qs, row.personName},
                           {u"documentNumber"_qs, identity::maskNumber(row.documentNumber)},
                           {u"newAccount"_qs, identity::maskNumber(account.accountNumber)}};
    d.line(u"联系函编号"_qs, row.letter);
    d.line(u"转出中心"_qs, centerJson(ctx, row.sendingCenter).value(u"name"_qs).toString());
    d.line(u"转入中心"_qs, centerJson(ctx, row.receivingCenter).value(u"name"_qs).toString());
    d.line(u"姓名"_qs, row.personName);
    d.line(u"证件号码"_qs, identity::maskNumber(row.documentNumber));
    d.line(u"原单位名称"_qs, row.oldUnitName);
    d.line(u"原个人账号"_qs, identity::maskNumber(row.oldAccount));
    d.line(u"现单位名称"_qs, row.newUnitName);
    d.line(u"现个人账号"_qs, identity::maskNumber(account.accountNumber));
    if (const auto *own = ctx.server.policy.transfer().center(row.receivingCenter)) {
        d.line(u"转入中心收款账户"_qs, own->bankAccountName + u' ' + own->bank);
        d.line(u"转入中心联系电话"_qs, own->contact);
    }
    return issueReceipt(ctx, d);
}

Result<QJsonObject> transferOnly(ServiceContext &ctx, const Row &row)
{
    auto json = toJson(ctx, row, true);
    if (!json)
        return json.error();
    return QJsonObject{{u"transfer"_qs, *json}};
}

// Why the transferred funds cannot be credited to the new account, or empty.
QString creditProblem(const AccountRow &account, const QJsonObject &body)
{
    if (account.state != u"01")
        return u"新账户状态为"_qs + codes::accountStates().label(account.state) + u"，不能入账"_qs;
    if (identityKey(account.documentType, account.documentNumber) !=
            identityKey(body.value(u"DocType"_qs).toString(), body.value(u"IdNum"_qs).toString()) ||
        account.name != body.value(u"EmpName"_qs).toString())
        return u"转出信息的证件或姓名与新账户不符"_qs;
    return {};
}

Result<QJsonObject> creditReceipt(ServiceContext &ctx, const Row &row, const AccountRow &account,
                                  const QString &serial)
{
    ReceiptDraft d;
    d.serial = serial;
    d.business = u"transfer_in"_qs;
    d.businessLabel = u"住房公积金异地转入凭证"_qs;
    d.object = u"transfer:"_qs + row.letter;
    const qint64 principal = row.figures.value(u"principalFen"_qs).toInteger();
    const qint64 interest = row.figures.value(u"interestFen"_qs).toInteger();
    const qint64 total = row.figures.value(u"amountFen"_qs).toInteger();
    d.fields = QJsonObject{{u"letterNumber"_qs, row.letter},
                           {u"sendingCenter"_qs, centerJson(ctx, row.sendingCenter)},
                           {u"name"_qs, identity::maskName(account.name)},
                           {u"documentNumber"_qs, identity::maskNumber(account.documentNumber)},
                           {u"accountNumber"_qs, identity::maskNumber(account.accountNumber)}};
    d.amounts = QJsonArray{amount(u"本金"_qs, principal), amount(u"利息"_qs, interest),
                           amount(u"转入金额"_qs, total)};
    d.line(u"联系函编号"_qs, row.letter);
    d.line(u"转出中心"_qs, centerJson(ctx, row.sendingCenter).value(u"name"_qs).toString());
    d.line(u"姓名"_qs, identity::maskName(account.name));
    d.line(u"证件号码"_qs, identity::maskNumber(account.documentNumber));
    d.line(u"个人账号"_qs, identity::maskNumber(account.accountNumber));
    d.line(u"转入金额"_qs, amount(u"转入金额"_qs, total).value(u"text"_qs).toString() + u" ("_qs +
                               amount(u"转入金额"_qs, total).value(u"upper"_qs).toString() + u')');
    // Stored under the new account's branch, where the teller prints it, not the system user's.
    const qint64 systemBranch = ctx.principal->branchId;
    ctx.principal->branchId = account.branchId;
    auto receipt = issueReceipt(ctx, d);
    ctx.principal->branchId = systemBranch;
    return receipt;
}

Status credit(ServiceContext &ctx, Row &row, const AccountRow &account, bool afterNegotiation)
{
    auto serial = nextSerial(ctx);
    if (!serial)
        return serial.error();
    const qint64 total = row.figures.value(u"amountFen"_qs).toInteger();
    if (total > 0) {
        JournalPosting p;
        p.accountId = account.id;
        p.serial = *serial;
        p.businessType = u"08"_qs; // 外部转入
        p.amountFen = total;
        p.memo = u"异地转入 联系函"_qs + row.letter;
        if (auto posted = postJournal(ctx, p); !posted)
            return posted.error();
    }
    if (auto receipt = creditReceipt(ctx, row, account, *serial); !receipt)
        return receipt.error();
    row.reason.clear();
    if (Status s = changeStatus(
            ctx, row, afterNegotiation ? QString::fromLatin1(kNegotiated) : QString::fromLatin1(kCompleted),
            u"转入资金已入账"_qs);
        !s)
        return s;
    auto queued =
        queueMessage(ctx, MessageType::Confirm, row, {{u"ConNum"_qs, row.letter}, {u"TxFunc"_qs, u"2"_qs}});
    return queued ? Status{} : Status{queued.error()};
}

} // namespace

Result<QJsonObject> crossApply(ServiceContext &ctx, const CrossApplyInput &in)
{
    const finance::Policy &policy = ctx.server.policy;
    const QString own = policy.centerCode();
    const auto *center = policy.transfer().center(in.sendingCenter);
    if (!center)
        return makeError(u"transfer.center_unknown"_qs, u"sendingCenter"_qs);
    if (in.sendingCenter == own)
        return makeError(u"transfer.center_self"_qs, u"sendingCenter"_qs);
    if (Status s = checkChannel(ctx); !s)
        return s.error();
    if (!ctx.server.transferChannel->peerCodes().contains(in.sendingCenter))
        return makeError(u"transfer.center_not_connected"_qs, u"sendingCenter"_qs,
                         u"this center has no peer entry for the sending center"_qs);
    auto account = findAccount(ctx, in.accountNumber, true);
    if (!account)
        return account.error();
    if (Status s = ctx.checkBranch(account->branchId); !s)
        return s.error();
    if (account->state != u"01")
        return makeError(u"transfer.account_state"_qs, u"accountNumber"_qs,
                         u"the account is "_qs + codes::accountStates().label(account->state));
    if (Status s = checkDuplicate(ctx, *account, in.sendingCenter); !s)
        return s.error();
    auto letter = nextLetter(ctx);
    if (!letter)
        return letter.error();
    auto newUnit = unitName(ctx, account->unitId);
    if (!newUnit)
        return newUnit.error();

    Row row;
    row.letter = *letter;
    row.role = QString::fromLatin1(kRoleIn);
    row.status = QString::fromLatin1(kIssued);
    row.receivingCenter = own;
    row.sendingCenter = in.sendingCenter;
    row.personName = account->name;
    row.documentType = account->documentType;
    row.documentNumber = account->documentNumber;
    row.accountId = account->id;
    row.oldAccount = in.oldAccount;
    row.oldUnitName = in.oldUnitName;
    row.newUnitName = *newUnit;
    row.phone = in.phone;
    row.branchId = account->branchId;
    if (Status s = insert(ctx, row, u"联系函已开具"_qs); !s)
        return s.error();

    const auto *self = policy.transfer().center(own);
    QJsonObject body{
        {u"ConNum"_qs, row.letter},
        {u"TxFunc"_qs, u"0"_qs},
        {u"TranOutUnitNo"_qs, in.sendingCenter},
        {u"TranCenName"_qs, center->name},
        {u"EmpName"_qs, row.personName},
        {u"DocType"_qs, row.documentType},
        {u"IdNum"_qs, row.documentNumber},
        {u"SocUnitName"_qs, row.oldUnitName},
        {u"SocRefAcctNo"_qs, row.oldAccount},
        {u"TranRefAcctNo"_qs, self ? self->bankAccount : QString()},
        {u"TranRefAcctName"_qs, self ? self->bankAccountName : policy.centerName()},
        {u"TranBank"_qs, self ? self->bank : QString()},
        {u"TrenCenInfo"_qs, self ? self->contact : QString()},
        {u"GenDate"_qs, ctx.now.toLocalTime().date().toString(u"yyyyMMdd"_qs)},
    };
    if (!in.phone.isEmpty())
        body.insert(u"ContPhone"_qs, in.phone);
    if (auto queued = queueMessage(ctx, MessageType::Apply, row, body); !queued)
        return queued.error();
    auto receipt = letterReceipt(ctx, row, *account);
    if (!receipt)
        return receipt.error();
    auto json = toJson(ctx, row, true);
    if (!json)
        return json.error();
    return QJsonObject{{u"transfer"_qs, *json}, {u"letter"_qs, *receipt}};
}

Result<QJsonObject> crossCancel(ServiceContext &ctx, const QString &letter)
{
    auto loaded = counterRow(ctx, letter, kRoleIn);
    if (!loaded)
        return loaded.error();
    Row *row = &loaded.value();
    // Only before the sending center accepts (BDC903 rule): once it is known to have accepted,
    // the money is on its way.
    if (row->status == QLatin1String(kAccepted) || row->status == QLatin1String(kNegotiating) ||
        row->peerStatus == QLatin1String(kAccepted) ||
        (!row->final && row->status != QLatin1String(kIssued) && row->status != QLatin1String(kReceived)))
        return makeError(u"transfer.cancel_too_late"_qs, u"letterNumber"_qs,
                         u"the sending center has accepted the transfer"_qs);
    if (row->final)
        return stateError(*row, u"cancelling"_qs);
    if (row->cancelRequested)
        return makeError(u"transfer.status"_qs, u"letterNumber"_qs, u"cancellation already requested"_qs);
    row->cancelRequested = true;
    if (Status s = addNote(ctx, *row, u"已申请撤销"_qs); !s)
        return s.error();
    if (auto queued = queueMessage(ctx, MessageType::Cancel, *row, {{u"ConNum"_qs, row->letter}}); !queued)
        return queued.error();
    return transferOnly(ctx, *row);
}

Result<QJsonObject> crossProgress(ServiceContext &ctx, const QString &letter)
{
    auto loaded = counterRow(ctx, letter, kRoleIn);
    if (!loaded)
        return loaded.error();
    Row *row = &loaded.value();
    if (row->final)
        return stateError(*row, u"a progress query"_qs);
    if (auto queued = queueMessage(ctx, MessageType::Progress, *row, {{u"ConNum"_qs, row->letter}}); !queued)
        return queued.error();
    return transferOnly(ctx, *row);
}

namespace cross {

Result<QJsonObject> receiveTransferOut(ServiceContext &ctx, const transfer::Message &m)
{
    auto loaded = load(ctx, m.letterNumber, QString::fromLatin1(kRoleIn), true);
    if (!loaded)
        return loaded.error();
    if (!*loaded || (*loaded)->sendingCenter != m.sender)
        return makeError(u"transfer.state"_qs, u"letterNumber"_qs, u"no such transfer from the sender"_qs);
    Row row = **loaded;
    const QJsonObject &body = m.body;
    const QString result = body.value(u"TranRstCode"_qs).toString();
    const QString txFunc = body.value(u"TxFunc"_qs).toString();
    const QString st = row.status;
    const bool beforeAcceptance =
        st == QLatin1String(kIssued) || st == QLatin1String(kReceived) || st == QLatin1String(kAccepted);
    if (result == u"1") {
        const QString statusCode = body.value(u"StatusCode"_qs).toString();
        row.reason = body.value(u"Reason"_qs).toString();
        if (statusCode == QLatin1String(kRefused) && beforeAcceptance) {
            row.cancelRequested = false;
            if (Status s = changeStatus(ctx, row, statusCode, u"转出中心审核不通过"_qs); !s)
                return s.error();
        } else if (statusCode == QLatin1String(kFailed) && st == QLatin1String(kNegotiating)) {
            if (Status s = changeStatus(ctx, row, statusCode, u"转出失败，资金已退回原账户"_qs); !s)
                return s.error();
        } else {
            return makeError(u"transfer.state"_qs, u"body.StatusCode"_qs,
                             u"status "_qs + statusCode + u" does not follow "_qs + st);
        }
        return QJsonObject{{u"status"_qs, row.status}};
    }
    const bool fresh = txFunc == u"0" && beforeAcceptance;
    const bool resent = txFunc == u"1" && st == QLatin1String(kNegotiating);
    if (result != u"0" || (!fresh && !resent))
        return makeError(u"transfer.state"_qs, u"body.TxFunc"_qs,
                         u"a transfer-out does not follow status "_qs + st);
    auto principal = transfer::parseAmount(body.value(u"OrAcctAmt"_qs).toString(), u"body.OrAcctAmt"_qs);
    auto interest = transfer::parseAmount(body.value(u"Yinter"_qs).toString(), u"body.Yinter"_qs);
    auto total = transfer::parseAmount(body.value(u"TranAmt"_qs).toString(), u"body.TranAmt"_qs);
    if (!principal)
        return principal.error();
    if (!interest)
        return interest.error();
    if (!total)
        return total.error();
    if (*total != *principal + *interest)
        return makeError(u"transfer.message_invalid"_qs, u"body.TranAmt"_qs,
                         u"TranAmt ≠ OrAcctAmt + Yinter"_qs);
    row.figures = figuresFromBody(body, *principal, *interest);
    // A cancellation crossing the transfer-out came too late: the sending center's answer to it
    // clears the request; the money is credited now.
    auto account = findAccountById(ctx, row.accountId, true);
    if (!account)
        return account.error();
    if (const QString problem = creditProblem(*account, body); !problem.isEmpty()) {
        row.reason = problem;
        if (Status s = changeStatus(ctx, row, QString::fromLatin1(kNegotiating),
                                    u"无法入账，申请协商："_qs + problem);
            !s)
            return s.error();
        if (auto queued =
                queueMessage(ctx, MessageType::Confirm, row,
                             {{u"ConNum"_qs, row.letter}, {u"TxFunc"_qs, u"1"_qs}, {u"Reason"_qs, problem}});
            !queued)
            return queued.error();
        return QJsonObject{{u"status"_qs, row.status}};
    }
    if (Status s = credit(ctx, row, *account, resent || row.negotiated); !s)
        return s.error();
    return QJsonObject{{u"status"_qs, row.status}};
}

QJsonObject figuresFromBody(const QJsonObject &body, qint64 principalFen, qint64 interestFen)
{
    return {{u"principalFen"_qs, principalFen},
            {u"interestFen"_qs, interestFen},
            {u"amountFen"_qs, principalFen + interestFen},
            {u"openedMonth"_qs, apiMonth(body.value(u"OAcctDate"_qs).toString())},
            {u"lastPaidMonth"_qs, apiMonth(body.value(u"PayEndDate"_qs).toString())},
            {u"sixMonthsContinuous"_qs, body.value(u"SixMconFlag"_qs).toString() == u"1"},
            {u"loanCount"_qs, body.value(u"LoanNum"_qs).toString().toInt()},
            {u"openLoan"_qs, body.value(u"LoanEndFlag"_qs).toString() == u"1"},
            {u"fraudFlag"_qs, body.value(u"FrLoanFlag"_qs).toString() == u"1"}};
}

Status applyReceivingReply(ServiceContext &ctx, Row &row, MessageType type, const transfer::Reply &reply)
{
    const QString st = row.status;
    switch (type) {
    case MessageType::Apply:
        if (!reply.ok) {
            if (row.final || (st != QLatin1String(kIssued) && st != QLatin1String(kReceived)))
                return addNote(ctx, row, u"转出中心拒收联系函："_qs + reply.code);
            row.reason = reply.code;
            row.cancelRequested = false;
            return changeStatus(ctx, row, QString::fromLatin1(kRefused),
                                u"转出中心拒收联系函："_qs + reply.code);
        }
        if (st == QLatin1String(kIssued))
            return changeStatus(ctx, row, QString::fromLatin1(kReceived), u"转出中心已接收联系函"_qs);
        return {};
    case MessageType::Cancel: {
        row.cancelRequested = false;
        if (!reply.ok)
            return addNote(ctx, row, u"撤销申请被拒收："_qs + reply.code);
        if (reply.body.value(u"cancelled"_qs).toBool() && !row.final)
            return changeStatus(ctx, row, QString::fromLatin1(kCancelled), u"转出中心同意撤销"_qs);
        const QString peer = reply.body.value(u"status"_qs).toString();
        if (!peer.isEmpty())
            row.peerStatus = peer;
        return addNote(ctx, row, u"撤销未获同意，转出中心状态："_qs + codes::transferStatuses().label(peer));
    }
    case MessageType::Progress: {
        if (!reply.ok)
            return addNote(ctx, row, u"进度查询被拒收："_qs + reply.code);
        const QString peer = reply.body.value(u"status"_qs).toString();
        row.peerStatus = peer;
        const QString note = u"转出中心状态："_qs + codes::transferStatuses().label(peer);
        if (st == QLatin1String(kReceived) && peer == QLatin1String(kAccepted))
            return changeStatus(ctx, row, peer, note);
        return addNote(ctx, row, note);
    }
    case MessageType::Confirm:
        return reply.ok ? Status{} : addNote(ctx, row, u"确认被拒收："_qs + reply.code);
    default:
        return {};
    }
}

} // namespace cross
} // namespace hpf::server
