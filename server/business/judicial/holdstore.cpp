#include "business/judicial/holdstore.h"

#include "domain/money.h"
#include "logging.h"
#include "platform/context.h"
#include "platform/store/sql.h"

#include <QTimeZone>
#include <algorithm>

namespace hpf::server {

using finance::Hold;
using finance::HoldEventType;
using finance::HoldKind;
using finance::HoldState;

namespace {

const HoldState kStates[] = {HoldState::Waiting, HoldState::Active, HoldState::Released,
                             HoldState::Expired, HoldState::Lapsed, HoldState::Deducted};

QDate dateOf(const Query &q, int i)
{
    return q.isNull(i) ? QDate() : QDate::fromString(q.str(i), Qt::ISODate);
}

QVariant dateValue(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

QString holdStateCode(HoldState state)
{
    switch (state) {
    case HoldState::Waiting:
        return u"waiting"_qs;
    case HoldState::Active:
        return u"active"_qs;
    case HoldState::Released:
        return u"released"_qs;
    case HoldState::Expired:
        return u"expired"_qs;
    case HoldState::Lapsed:
        return u"lapsed"_qs;
    case HoldState::Deducted:
        return u"deducted"_qs;
    }
    return {};
}

QString holdEventCode(HoldEventType type)
{
    switch (type) {
    case HoldEventType::Registered:
        return u"registered"_qs;
    case HoldEventType::Queued:
        return u"queued"_qs;
    case HoldEventType::Activated:
        return u"activated"_qs;
    case HoldEventType::Renewed:
        return u"renewed"_qs;
    case HoldEventType::Released:
        return u"released"_qs;
    case HoldEventType::PartReleased:
        return u"part_released"_qs;
    case HoldEventType::Expired:
        return u"expired"_qs;
    case HoldEventType::Lapsed:
        return u"lapsed"_qs;
    case HoldEventType::Deducted:
        return u"deducted"_qs;
    case HoldEventType::FullyDeducted:
        return u"fully_deducted"_qs;
    case HoldEventType::SecurityPlaced:
        return u"security_placed"_qs;
    case HoldEventType::SecurityReleased:
        return u"security_released"_qs;
    case HoldEventType::Credited:
        return u"credited"_qs;
    case HoldEventType::Debited:
        return u"debited"_qs;
    }
    return {};
}

Result<HoldsSession> HoldsSession::open(ServiceContext &ctx, qint64 accountId, bool lock)
{
    return load(ctx, findAccountById(ctx, accountId, lock));
}

Result<HoldsSession> HoldsSession::open(ServiceContext &ctx, const QString &accountNumber, bool lock)
{
    return load(ctx, findAccount(ctx, accountNumber, lock));
}

Result<HoldsSession> HoldsSession::load(ServiceContext &ctx, Result<AccountRow> account)
{
    if (!account)
        return account.error();
    HoldsSession session;
    session.m_account = *account;
    Query q(ctx.db, u"SELECT id, kind, whole_balance, status, amount_fen, deducted_fen, court, case_number, "
                    "notice_number, registered_at, start_date, end_date, activated_on, ended_on, renewals, "
                    "serial, request_id FROM holds WHERE account_id = :a ORDER BY id"_qs);
    q.bind(u":a"_qs, account->id);
    if (Status s = q.exec(); !s)
        return s.error();
    while (q.next()) {
        Hold h;
        h.id = q.int64(0);
        const bool judicial = q.str(1) == u"judicial";
        h.kind = !judicial         ? HoldKind::LoanSecurity
                 : q.int64(2) != 0 ? HoldKind::JudicialWholeBalance
                                   : HoldKind::JudicialAmount;
        const QString status = q.str(3);
        h.state = HoldState::Released;
        for (HoldState st : kStates) {
            if (holdStateCode(st) == status)
                h.state = st;
        }
        h.amount = q.int64(4);
        h.deducted = q.int64(5);
        h.court = q.str(6);
        h.caseNumber = q.str(7);
        h.documentNumber = q.str(8);
        h.registeredAt = QDateTime::fromMSecsSinceEpoch(q.int64(9), Qt::UTC);
        h.startDate = dateOf(q, 10);
        h.endDate = dateOf(q, 11);
        h.activatedOn = dateOf(q, 12);
        h.endedOn = dateOf(q, 13);
        h.renewals = int(q.int64(14));
        session.m_serials.insert(h.id, q.str(15));
        session.m_requests.insert(h.id, q.int64(16));
        session.m_stored.append(h);
    }
    // Restored without a date, then advanced: every end up to today that no one applied yet is
    // applied now, once (the stored states already reflect the earlier ones).
    auto model = finance::AccountHolds::restore(account->balanceFen, QDate(), session.m_stored);
    if (!model) {
        qCCritical(lcJudicial) << "holds of account id" << account->id
                               << "are inconsistent:" << model.error().field;
        return model.error();
    }
    session.m_model = *model;
    session.m_events = session.m_model.advanceTo(ctx.now.toLocalTime().date());
    return session;
}

Result<qint64> HoldsSession::insertFreezeRow(ServiceContext &ctx, const NewFreeze &row)
{
    Query ins(ctx.db,
              u"INSERT INTO holds (account_id, kind, amount_fen, status, serial, created_by, created_at, "
              "whole_balance, registered_at, request_id) VALUES (:a, 'judicial', :x, 'waiting', :s, :u, "
              ":now, :w, :now2, :r) RETURNING id"_qs);
    ins.bind(u":a"_qs, m_account.id)
        .bind(u":x"_qs, row.wholeBalance ? 0 : row.amountFen)
        .bind(u":s"_qs, row.serial)
        .bind(u":u"_qs, ctx.user().userId)
        .bind(u":now"_qs, ctx.nowMs)
        .bind(u":w"_qs, row.wholeBalance ? 1 : 0)
        .bind(u":now2"_qs, ctx.nowMs)
        .bind(u":r"_qs,
              row.requestId > 0 ? QVariant(row.requestId) : QVariant(QMetaType(QMetaType::LongLong)));
    if (Status s = ins.exec(); !s)
        return s.error();
    if (!ins.next())
        return makeError(u"db.error"_qs, {}, u"no id for the new hold"_qs);
    const qint64 id = ins.int64(0);
    ins.finish();
    m_serials.insert(id, row.serial);
    m_requests.insert(id, row.requestId);
    return id;
}

int HoldsSession::queuePosition(qint64 holdId) const
{
    const QList<Hold> queue = m_model.waitingQueue();
    for (qsizetype i = 0; i < queue.size(); ++i) {
        if (queue.at(i).id == holdId)
            return int(i + 1);
    }
    return 0;
}

qint64 HoldsSession::heldBy(const Hold &hold) const
{
    return hold.isJudicial() && hold.state == HoldState::Active ? m_model.judicialHeld() : 0;
}

qint64 HoldsSession::shortfallOf(const Hold &hold) const
{
    if (hold.kind != HoldKind::JudicialAmount || hold.state != HoldState::Active)
        return 0;
    return std::max<qint64>(0, hold.remainingAmount() - m_model.judicialHeld());
}

qint64 HoldsSession::claimOf(const finance::AccountHolds &model)
{
    qint64 claim = model.securityHeld();
    if (const auto active = model.activeFreeze())
        claim +=
            active->kind == HoldKind::JudicialWholeBalance ? money::kMaximumFen : active->remainingAmount();
    return claim;
}

Status HoldsSession::save(ServiceContext &ctx)
{
    for (const Hold &h : m_model.holds()) {
        const auto before =
            std::find_if(m_stored.cbegin(), m_stored.cend(), [&](const Hold &s) { return s.id == h.id; });
        if (before != m_stored.cend() && *before == h)
            continue;
        const bool ends = !h.isOpen() && (before == m_stored.cend() || before->isOpen());
        Query upd(ctx.db,
                  u"UPDATE holds SET status = :st, amount_fen = :x, deducted_fen = :d, court = :c, "
                  "case_number = :n, notice_number = :no, start_date = :sd, end_date = :ed, ends_on = :ed2, "
                  "activated_on = :ao, ended_on = :eo, renewals = :r, registered_at = :ra"
                  "%1 WHERE id = :id"_qs.arg(ends ? u", released_by = :u, released_at = :t"_qs : QString()));
        upd.bind(u":st"_qs, holdStateCode(h.state))
            .bind(u":x"_qs, h.amount)
            .bind(u":d"_qs, h.deducted)
            .bind(u":c"_qs, h.court)
            .bind(u":n"_qs, h.caseNumber)
            .bind(u":no"_qs, h.documentNumber)
            .bind(u":sd"_qs, dateValue(h.startDate))
            .bind(u":ed"_qs, dateValue(h.endDate))
            .bind(u":ed2"_qs, dateValue(h.endDate))
            .bind(u":ao"_qs, dateValue(h.activatedOn))
            .bind(u":eo"_qs, dateValue(h.endedOn))
            .bind(u":r"_qs, h.renewals)
            .bind(u":ra"_qs, h.registeredAt.toMSecsSinceEpoch())
            .bind(u":id"_qs, h.id);
        if (ends) {
            // The expiry job acts as nobody's user: the hold keeps who registered it.
            upd.bind(u":u"_qs,
                     ctx.principal ? QVariant(ctx.user().userId) : QVariant(QMetaType(QMetaType::LongLong)));
            upd.bind(u":t"_qs, ctx.nowMs);
        }
        if (Status s = upd.exec(); !s)
            return s;
    }
    // held = min(balance, claim) as the model computes it; postJournal keeps it so on later movements.
    Query acc(ctx.db, u"UPDATE accounts SET claim_fen = :c, held_fen = :h WHERE id = :id"_qs);
    acc.bind(u":c"_qs, claimOf(m_model))
        .bind(u":h"_qs, std::min(m_account.balanceFen, m_model.held()))
        .bind(u":id"_qs, m_account.id);
    if (Status s = acc.exec(); !s)
        return s;
    for (const finance::HoldEvent &e : m_events) {
        const QJsonObject after{{u"event"_qs, holdEventCode(e.type)},
                                {u"holdId"_qs, QString::number(e.holdId)},
                                {u"amountFen"_qs, e.amount},
                                {u"on"_qs, e.on.toString(Qt::ISODate)}};
        if (Status s = ctx.audit(u"judicial.hold_event"_qs, u"hold:"_qs + QString::number(e.holdId), u"ok"_qs,
                                 {}, after);
            !s)
            return s;
    }
    m_stored = m_model.holds();
    m_account.heldFen = std::min(m_account.balanceFen, m_model.held());
    m_events.clear();
    return {};
}

} // namespace hpf::server
