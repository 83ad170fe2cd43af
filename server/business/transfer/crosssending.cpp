#include "business/accounts/accountrecords.h"
#include "business/accounts/interesttodate.h"
#include "business/opening/openingcommon.h"
#include "business/transfer/crossflow_p.h"
#include "business/transfer/crossservice.h"
#include "domain/codetables.h"
#include "domain/identity.h"
#include "platform/context.h"
#include "platform/numbering/numbering.h"
#include "platform/store/sql.h"

#include <QSet>

// The sending center's side of a cross-city transfer (转出地): the contact letter arrives (BDC901),
// a teller reviews it (审核) and accepts — interest to date, the whole balance into the transit
// account, the figures out with BDC905 — or refuses; the receiving center's confirmation (BDC906
// TxFunc 2) closes the old account (外部转出销户), its negotiation request (TxFunc 1) waits for a
// resend or a failure (the money back).
namespace hpf::server {

using namespace cross;
using transfer::MessageType;

namespace {

Error notFound(const QString &letter)
{
    return makeError(u"transfer.not_found"_qs, u"letterNumber"_qs,
                     transfer::isLetterNumber(letter) ? QString() : u"not a letter number"_qs);
}

Result<Row> sendingRow(ServiceContext &ctx, const QString &letter)
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
    if ((*row)->isIn())
        return makeError(u"transfer.role"_qs, u"letterNumber"_qs, u"this center receives this transfer"_qs);
    return **row;
}

Result<QJsonObject> transferOnly(ServiceContext &ctx, const Row &row)
{
    auto json = toJson(ctx, row, true);
    if (!json)
        return json.error();
    return QJsonObject{{u"transfer"_qs, *json}};
}

Result<QJsonObject> withReceipt(ServiceContext &ctx, const Row &row, const QJsonObject &receipt)
{
    auto json = toJson(ctx, row, true);
    if (!json)
        return json.error();
    return QJsonObject{{u"transfer"_qs, *json}, {u"receipt"_qs, receipt}};
}

Result<qint64> countOf(ServiceContext &ctx, const QString &sql, qint64 id)
{
    Query q(ctx.db, sql);
    q.bind(u":id"_qs, id);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.int64(0) : 0;
}

// account.frozen for any active judicial hold (money held for a court never leaves, whatever the
// amount), transfer.open_loan for a loan-security hold (the money secures a loan) or, when the
// policy says so, an unsettled fund loan of the person.
Status checkMayLeave(ServiceContext &ctx, const AccountRow &account)
{
    if (account.state == u"03" || account.state == u"04" || account.state == u"05")
        return makeError(u"transfer.source_closed"_qs, u"letterNumber"_qs,
                         u"the account is "_qs + codes::accountStates().label(account.state));
    auto judicial = countOf(ctx,
                            u"SELECT count(*) FROM holds WHERE account_id = :id AND kind = 'judicial' "
                            "AND status = 'active'"_qs,
                            account.id);
    if (!judicial)
        return judicial.error();
    if (*judicial > 0)
        return makeError(u"account.frozen"_qs, u"letterNumber"_qs,
                         u"the balance is frozen by a judicial authority"_qs);
    auto security = countOf(ctx,
                            u"SELECT count(*) FROM holds WHERE account_id = :id AND kind = "
                            "'loan_security' AND status = 'active'"_qs,
                            account.id);
    if (!security)
        return security.error();
    if (*security > 0)
        return makeError(u"transfer.open_loan"_qs, u"letterNumber"_qs, u"the balance secures a fund loan"_qs);
    if (ctx.server.policy.transfer().crossCityRefusesOpenLoan) {
        auto open =
            countOf(ctx, u"SELECT count(*) FROM loan_records WHERE person_id = :id AND settled_on IS NULL"_qs,
                    account.personId);
        if (!open)
            return open.error();
        if (*open > 0)
            return makeError(u"transfer.open_loan"_qs, u"letterNumber"_qs,
                             u"the person has an open fund loan"_qs);
    }
    return {};
}

Result<QJsonObject> sendingReceipt(ServiceContext &ctx, const Row &row, const AccountRow &account,
                                   const QString &serial, const QString &business, const QString &label)
{
    ReceiptDraft d;
    d.serial = serial;
    d.business = business;
    d.businessLabel = label;
    d.object = u"transfer:"_qs + row.letter;
    const qint64 principal = row.figures.value(u"principalFen"_qs).toInteger();
    const qint64 interest = row.figures.value(u"interestFen"_qs).toInteger();
    const qint64 total = row.figures.value(u"amountFen"_qs).toInteger();
    d.fields = QJsonObject{{u"letterNumber"_qs, row.letter},
                           {u"receivingCenter"_qs, centerJson(ctx, row.receivingCenter)},
                           {u"name"_qs, identity::maskName(account.name)},
                           {u"documentNumber"_qs, identity::maskNumber(account.documentNumber)},
                           {u"accountNumber"_qs, identity::maskNumber(account.accountNumber)}};
    d.amounts =
        QJsonArray{amount(u"本金"_qs, principal), amount(u"利息"_qs, interest), amount(u"合计"_qs, total)};
    d.line(u"联系函编号"_qs, row.letter);
    d.line(u"转入中心"_qs, centerJson(ctx, row.receivingCenter).value(u"name"_qs).toString());
    d.line(u"姓名"_qs, identity::maskName(account.name));
    d.line(u"证件号码"_qs, identity::maskNumber(account.documentNumber));
    d.line(u"个人账号"_qs, identity::maskNumber(account.accountNumber));
    const QJsonObject sum = amount(u"合计"_qs, total);
    d.line(u"合计金额"_qs,
           sum.value(u"text"_qs).toString() + u" ("_qs + sum.value(u"upper"_qs).toString() + u')');
    if (!row.reason.isEmpty())
        d.line(u"原因"_qs, row.reason);
    return issueReceipt(ctx, d);
}

Status setTransit(ServiceContext &ctx, const QString &letter, const QString &from, const QString &to)
{
    Query q(ctx.db, u"UPDATE transfer_transit SET state = :to, updated_at = :t WHERE letter_number = :l AND "
                    "state = :from"_qs);
    q.bind(u":to"_qs, to).bind(u":t"_qs, ctx.nowMs).bind(u":l"_qs, letter).bind(u":from"_qs, from);
    if (Status s = q.exec(); !s)
        return s;
    if (q.rowsAffected() != 1)
        return makeError(u"transfer.state"_qs, {}, u"no money "_qs + from + u" in transit for the letter"_qs);
    return {};
}

Status setAccountState(ServiceContext &ctx, qint64 accountId, const QString &state, bool closing)
{
    Query q(ctx.db,
            closing ? u"UPDATE accounts SET state = :s, close_reason = '07', closed_on = :d WHERE id = :id"_qs
                    : u"UPDATE accounts SET state = :s WHERE id = :id"_qs);
    q.bind(u":s"_qs, state).bind(u":id"_qs, accountId);
    if (closing)
        q.bind(u":d"_qs, ctx.now.toLocalTime().date().toString(Qt::ISODate));
    return q.exec();
}

Result<Row> inboundRow(ServiceContext &ctx, const transfer::Message &m)
{
    auto loaded = load(ctx, m.letterNumber, QString::fromLatin1(kRoleOut), true);
    if (!loaded)
        return loaded.error();
    if (!*loaded || (*loaded)->receivingCenter != m.sender)
        return makeError(u"transfer.state"_qs, u"letterNumber"_qs, u"no such transfer from the sender"_qs);
    return **loaded;
}

} // namespace

Result<QJsonObject> crossAccept(ServiceContext &ctx, const QString &letter)
{
    auto loaded = sendingRow(ctx, letter);
    if (!loaded)
        return loaded.error();
    Row *row = &loaded.value();
    if (row->status != QLatin1String(kReceived))
        return stateError(*row, u"accepting"_qs);
    if (Status s = checkChannel(ctx); !s)
        return s.error();
    auto account = findAccountById(ctx, row->accountId, true);
    if (!account)
        return account.error();
    if (Status s = checkMayLeave(ctx, *account); !s)
        return s.error();
    const QDate today = ctx.now.toLocalTime().date();
    auto interest = interestToDate(ctx, *account, today);
    if (!interest)
        return interest.error();
    const qint64 principal = account->balanceFen;
    if (auto posted = postInterestOwed(ctx, *account, *interest, u"转出结息"_qs); !posted)
        return posted.error();
    const qint64 total = principal + interest->interest;
    auto serial = nextSerial(ctx);
    if (!serial)
        return serial.error();
    if (total > 0) {
        if (auto posted = postJournal(
                ctx, {account->id, *serial, u"07"_qs, -total, {}, 0, u"异地转出 联系函"_qs + row->letter});
            !posted)
            return posted.error();
    }
    Query transit(ctx.db, u"INSERT INTO transfer_transit (letter_number, account_id, amount_fen, state, "
                          "created_at, updated_at) VALUES (:l, :a, :x, 'held', :c, :u)"_qs);
    transit.bind(u":l"_qs, row->letter)
        .bind(u":a"_qs, account->id)
        .bind(u":x"_qs, total)
        .bind(u":c"_qs, ctx.nowMs)
        .bind(u":u"_qs, ctx.nowMs);
    if (Status s = transit.exec(); !s)
        return s.error();
    // Sealed while the money is away: remittances post only to 01 accounts.
    row->prevState = account->state;
    if (account->state == u"01") {
        if (Status s = setAccountState(ctx, account->id, u"02"_qs, false); !s)
            return s.error();
    }
    auto platform = transferOutBody(ctx, *account, principal, interest->interest);
    if (!platform)
        return platform.error();
    row->figures = figuresFromBody(*platform, principal, interest->interest);
    row->figures.insert(u"platform"_qs, *platform);
    if (Status s = changeStatus(ctx, *row, QString::fromLatin1(kAccepted), u"转出审核通过，资金转入在途"_qs);
        !s)
        return s.error();
    if (auto queued = queueMessage(ctx, MessageType::TransferOut, *row, fundsBody(*row, u"0"_qs)); !queued)
        return queued.error();
    auto receipt =
        sendingReceipt(ctx, *row, *account, *serial, u"transfer_out"_qs, u"住房公积金异地转出凭证"_qs);
    if (!receipt)
        return receipt.error();
    return withReceipt(ctx, *row, *receipt);
}

Result<QJsonObject> crossRefuse(ServiceContext &ctx, const QString &letter, const QString &reason)
{
    auto loaded = sendingRow(ctx, letter);
    if (!loaded)
        return loaded.error();
    Row *row = &loaded.value();
    if (row->status != QLatin1String(kReceived))
        return stateError(*row, u"refusing"_qs);
    if (Status s = checkChannel(ctx); !s)
        return s.error();
    row->reason = reason;
    if (Status s = changeStatus(ctx, *row, QString::fromLatin1(kRefused), u"转出审核不通过"_qs); !s)
        return s.error();
    if (auto queued = queueMessage(ctx, MessageType::TransferOut, *row, endBody(*row, row->status, reason));
        !queued)
        return queued.error();
    return transferOnly(ctx, *row);
}

Result<QJsonObject> crossResend(ServiceContext &ctx, const QString &letter)
{
    auto loaded = sendingRow(ctx, letter);
    if (!loaded)
        return loaded.error();
    Row *row = &loaded.value();
    if (row->status != QLatin1String(kNegotiating))
        return stateError(*row, u"resending"_qs);
    if (Status s = checkChannel(ctx); !s)
        return s.error();
    row->reason.clear();
    if (Status s = changeStatus(ctx, *row, QString::fromLatin1(kAccepted), u"协商后重新转出"_qs); !s)
        return s.error();
    if (auto queued = queueMessage(ctx, MessageType::TransferOut, *row, fundsBody(*row, u"1"_qs)); !queued)
        return queued.error();
    return transferOnly(ctx, *row);
}

Result<QJsonObject> crossFail(ServiceContext &ctx, const QString &letter, const QString &reason)
{
    auto loaded = sendingRow(ctx, letter);
    if (!loaded)
        return loaded.error();
    Row *row = &loaded.value();
    if (row->status != QLatin1String(kNegotiating))
        return stateError(*row, u"failing"_qs);
    if (Status s = checkChannel(ctx); !s)
        return s.error();
    auto account = findAccountById(ctx, row->accountId, true);
    if (!account)
        return account.error();
    if (Status s = setTransit(ctx, row->letter, u"held"_qs, u"returned"_qs); !s)
        return s.error();
    const qint64 total = row->figures.value(u"amountFen"_qs).toInteger();
    auto serial = nextSerial(ctx);
    if (!serial)
        return serial.error();
    if (total > 0) {
        if (auto posted = postJournal(
                ctx, {account->id, *serial, u"07"_qs, total, {}, 0, u"转出失败退回 联系函"_qs + row->letter});
            !posted)
            return posted.error();
    }
    if (!row->prevState.isEmpty() && row->prevState != account->state) {
        if (Status s = setAccountState(ctx, account->id, row->prevState, false); !s)
            return s.error();
    }
    row->reason = reason;
    if (Status s = changeStatus(ctx, *row, QString::fromLatin1(kFailed), u"转出失败，资金退回原账户"_qs); !s)
        return s.error();
    if (auto queued = queueMessage(ctx, MessageType::TransferOut, *row, endBody(*row, row->status, reason));
        !queued)
        return queued.error();
    auto refreshed = findAccountById(ctx, account->id);
    if (!refreshed)
        return refreshed.error();
    auto receipt = sendingReceipt(ctx, *row, *refreshed, *serial, u"transfer_out_return"_qs,
                                  u"住房公积金异地转出失败退回凭证"_qs);
    if (!receipt)
        return receipt.error();
    return withReceipt(ctx, *row, *receipt);
}

namespace cross {

Result<QJsonObject> receiveApply(ServiceContext &ctx, const transfer::Message &m)
{
    const QJsonObject &b = m.body;
    const QString own = ctx.server.policy.centerCode();
    // The letter number is the receiving center's: its code comes first.
    if (m.sender == own || !m.letterNumber.startsWith(m.sender) ||
        b.value(u"ConNum"_qs).toString() != m.letterNumber)
        return makeError(u"transfer.state"_qs, u"letterNumber"_qs, u"not a letter of the sender"_qs);
    auto existing = load(ctx, m.letterNumber, QString::fromLatin1(kRoleOut), true);
    if (!existing)
        return existing.error();
    if (*existing)
        return makeError(u"transfer.state"_qs, u"letterNumber"_qs, u"the letter is known already"_qs);
    auto account = findAccount(ctx, b.value(u"SocRefAcctNo"_qs).toString(), true);
    // One code for an unknown account and for a mismatch: the answer tells nothing about whose
    // account a number is.
    const Error unknown = makeError(u"transfer.account_unknown"_qs, u"body.SocRefAcctNo"_qs);
    if (!account)
        return account.error().code == u"account.not_found" ? unknown : account.error();
    if (identityKey(account->documentType, account->documentNumber) !=
            identityKey(b.value(u"DocType"_qs).toString(), b.value(u"IdNum"_qs).toString()) ||
        account->name != b.value(u"EmpName"_qs).toString())
        return unknown;
    // One open transfer-out per account: a second letter for it waits until the first has ended.
    auto open = countOf(ctx,
                        u"SELECT count(*) FROM cross_transfers WHERE role = 'out' AND final = 0 AND "
                        "account_id = :id"_qs,
                        account->id);
    if (!open)
        return open.error();
    if (*open > 0)
        return makeError(u"transfer.duplicate"_qs, u"body.SocRefAcctNo"_qs,
                         u"an open transfer of this account exists"_qs);
    Row row;
    row.letter = m.letterNumber;
    row.role = QString::fromLatin1(kRoleOut);
    row.status = QString::fromLatin1(kReceived);
    row.receivingCenter = m.sender;
    row.sendingCenter = own;
    row.personName = account->name;
    row.documentType = account->documentType;
    row.documentNumber = account->documentNumber;
    row.accountId = account->id;
    row.oldAccount = account->accountNumber;
    row.oldUnitName = b.value(u"SocUnitName"_qs).toString();
    row.branchId = account->branchId;
    if (Status s = insert(ctx, row, u"收到联系函，待审核"_qs); !s)
        return s.error();
    return QJsonObject{{u"status"_qs, row.status}};
}

Result<QJsonObject> receiveCancel(ServiceContext &ctx, const transfer::Message &m)
{
    auto loaded = inboundRow(ctx, m);
    if (!loaded)
        return loaded.error();
    Row *row = &loaded.value();
    if (row->status == QLatin1String(kReceived)) {
        if (Status s = changeStatus(ctx, *row, QString::fromLatin1(kCancelled), u"转入中心撤销申请"_qs); !s)
            return s.error();
    }
    if (row->status == QLatin1String(kCancelled))
        return QJsonObject{{u"cancelled"_qs, true}, {u"status"_qs, row->status}};
    if (Status s = addNote(ctx, *row, u"转入中心申请撤销，已无法撤销"_qs); !s)
        return s.error();
    return QJsonObject{{u"cancelled"_qs, false},
                       {u"status"_qs, row->status},
                       {u"statusLabel"_qs, codes::transferStatuses().label(row->status)}};
}

Result<QJsonObject> receiveProgress(ServiceContext &ctx, const transfer::Message &m)
{
    auto loaded = inboundRow(ctx, m);
    if (!loaded)
        return loaded.error();
    Row *row = &loaded.value();
    return QJsonObject{{u"status"_qs, row->status},
                       {u"statusLabel"_qs, codes::transferStatuses().label(row->status)}};
}

Result<QJsonObject> receiveConfirm(ServiceContext &ctx, const transfer::Message &m)
{
    auto loaded = inboundRow(ctx, m);
    if (!loaded)
        return loaded.error();
    Row *row = &loaded.value();
    const QString txFunc = m.body.value(u"TxFunc"_qs).toString();
    if (row->status != QLatin1String(kAccepted) || (txFunc != u"1" && txFunc != u"2"))
        return makeError(u"transfer.state"_qs, u"body.TxFunc"_qs,
                         u"a confirmation does not follow status "_qs + row->status);
    if (txFunc == u"1") {
        row->reason = m.body.value(u"Reason"_qs).toString();
        if (Status s = changeStatus(ctx, *row, QString::fromLatin1(kNegotiating), u"转入中心申请协商"_qs); !s)
            return s.error();
        return QJsonObject{{u"status"_qs, row->status}};
    }
    // Completed: the money left the transit account for good and the old account is closed.
    if (Status s = setTransit(ctx, row->letter, u"held"_qs, u"released"_qs); !s)
        return s.error();
    if (Status s = setAccountState(ctx, row->accountId, u"04"_qs, true); !s)
        return s.error();
    if (Status s = changeStatus(ctx, *row, QString::fromLatin1(row->negotiated ? kNegotiated : kCompleted),
                                u"转入中心确认入账，原账户外部转出销户"_qs);
        !s)
        return s.error();
    return QJsonObject{{u"status"_qs, row->status}};
}

Status applySendingReply(ServiceContext &ctx, Row &row, MessageType, const transfer::Reply &reply)
{
    if (reply.ok)
        return {};
    return addNote(ctx, row, u"转入中心拒收转出信息："_qs + reply.code);
}

} // namespace cross
} // namespace hpf::server
