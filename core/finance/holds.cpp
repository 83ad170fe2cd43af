#include "holds.h"

#include "domain/money.h"
#include "holds_p.h"

#include <algorithm>

namespace hpf::finance {

namespace {

using detail::holdError;

Error inconsistent(const char *field, const QString &detail)
{
    return holdError("hold.inconsistent", field, detail);
}

// 轮候 order: registration time, then id.
bool queuedBefore(const Hold &a, const Hold &b)
{
    if (a.registeredAt != b.registeredAt)
        return a.registeredAt < b.registeredAt;
    return a.id < b.id;
}

} // namespace

AccountHolds::AccountHolds(qint64 balance, QDate today)
    : m_balance(std::max<qint64>(0, balance))
    , m_today(today)
{}

Result<AccountHolds> AccountHolds::restore(qint64 balance, QDate today, const QList<Hold> &holds)
{
    if (balance < 0 || balance > money::kMaximumFen)
        return inconsistent("balance", QStringLiteral("balance out of range: %1").arg(balance));
    int active = 0;
    int waiting = 0;
    for (qsizetype i = 0; i < holds.size(); ++i) {
        const Hold &h = holds[i];
        if (h.id <= 0)
            return inconsistent("id", QStringLiteral("hold id %1 is not positive").arg(h.id));
        for (qsizetype j = 0; j < i; ++j) {
            if (holds[j].id == h.id)
                return inconsistent("id", QStringLiteral("hold id %1 appears twice").arg(h.id));
        }
        if (h.amount < 0 || h.deducted < 0 ||
            (h.kind != HoldKind::JudicialWholeBalance && h.deducted > h.amount))
            return inconsistent("amount", QStringLiteral("hold %1 has impossible amounts").arg(h.id));
        if (!h.isJudicial() && h.state != HoldState::Active && h.state != HoldState::Released)
            return inconsistent("state", QStringLiteral("security hold %1 in a judicial state").arg(h.id));
        if (h.isJudicial() && h.state == HoldState::Active)
            ++active;
        if (h.isJudicial() && h.state == HoldState::Waiting)
            ++waiting;
    }
    if (active > 1)
        return inconsistent("state", QStringLiteral("%1 active judicial freezes").arg(active));
    if (waiting > 0 && active == 0)
        return inconsistent("state", QStringLiteral("waiting freezes but none active"));
    AccountHolds model(balance, today);
    model.m_holds = holds;
    return model;
}

qint64 AccountHolds::judicialHeld() const
{
    const qsizetype i = activeIndex();
    if (i < 0)
        return 0;
    const Hold &h = m_holds[i];
    if (h.kind == HoldKind::JudicialWholeBalance)
        return m_balance;
    return std::clamp<qint64>(h.remainingAmount(), 0, m_balance);
}

qint64 AccountHolds::securityHeld() const
{
    qint64 sum = 0;
    for (const Hold &h : m_holds) {
        if (h.kind == HoldKind::LoanSecurity && h.state == HoldState::Active)
            sum += h.amount;
    }
    return sum;
}

qint64 AccountHolds::held() const
{
    return std::min(m_balance, judicialHeld() + securityHeld());
}

Result<Hold> AccountHolds::hold(qint64 id) const
{
    const qsizetype i = indexOf(id);
    if (i < 0)
        return holdError("hold.not_found", "id", QStringLiteral("no hold %1 on this account").arg(id));
    return m_holds[i];
}

std::optional<Hold> AccountHolds::activeFreeze() const
{
    const qsizetype i = activeIndex();
    return i < 0 ? std::nullopt : std::optional<Hold>(m_holds[i]);
}

QList<Hold> AccountHolds::waitingQueue() const
{
    QList<Hold> queue;
    for (const Hold &h : m_holds) {
        if (h.isJudicial() && h.state == HoldState::Waiting)
            queue.append(h);
    }
    std::sort(queue.begin(), queue.end(), queuedBefore);
    return queue;
}

qsizetype AccountHolds::indexOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_holds.size(); ++i) {
        if (m_holds[i].id == id)
            return i;
    }
    return -1;
}

qsizetype AccountHolds::activeIndex() const
{
    for (qsizetype i = 0; i < m_holds.size(); ++i) {
        if (m_holds[i].isJudicial() && m_holds[i].state == HoldState::Active)
            return i;
    }
    return -1;
}

qsizetype AccountHolds::queueHead() const
{
    qsizetype head = -1;
    for (qsizetype i = 0; i < m_holds.size(); ++i) {
        const Hold &h = m_holds[i];
        if (h.isJudicial() && h.state == HoldState::Waiting && (head < 0 || queuedBefore(h, m_holds[head])))
            head = i;
    }
    return head;
}

void AccountHolds::endActive(qsizetype index, HoldState state, QDate on, HoldEventType type,
                             HoldEvents &events)
{
    const qint64 wasHeld = judicialHeld();
    Hold &h = m_holds[index];
    h.state = state;
    h.endedOn = on;
    events.append(HoldEvent{type, h.id, wasHeld, on});
}

void AccountHolds::promote(QDate on, HoldEvents &events)
{
    // 第二十六条: the earliest-registered waiting freeze takes effect; one whose own end date has
    // passed lapses instead and never becomes active.
    for (qsizetype head = queueHead(); head >= 0; head = queueHead()) {
        Hold &h = m_holds[head];
        if (on.isValid() && h.endDate < on) {
            h.state = HoldState::Lapsed;
            h.endedOn = h.endDate.addDays(1);
            events.append(HoldEvent{HoldEventType::Lapsed, h.id, 0, h.endedOn});
            continue;
        }
        h.state = HoldState::Active;
        h.activatedOn = on;
        events.append(HoldEvent{HoldEventType::Activated, h.id, judicialHeld(), on});
        return;
    }
}

Result<qsizetype> AccountHolds::findJudicial(qint64 id) const
{
    const qsizetype i = indexOf(id);
    if (i < 0)
        return holdError("hold.not_found", "id", QStringLiteral("no hold %1 on this account").arg(id));
    if (!m_holds[i].isJudicial())
        return holdError("hold.not_judicial", "id",
                         QStringLiteral("hold %1 is not a judicial freeze").arg(id));
    if (!m_holds[i].isOpen())
        return holdError("hold.already_ended", "id", QStringLiteral("freeze %1 has already ended").arg(id));
    return i;
}

HoldEvents AccountHolds::advanceTo(QDate date)
{
    HoldEvents events;
    if (!date.isValid() || (m_today.isValid() && date <= m_today))
        return events;
    // Process the ends in date order: each open freeze ends the day after its end date.
    for (;;) {
        qsizetype pick = -1;
        QDate when;
        for (qsizetype i = 0; i < m_holds.size(); ++i) {
            const Hold &h = m_holds[i];
            if (!h.isJudicial() || !h.isOpen() || !h.endDate.isValid())
                continue;
            const QDate end = h.endDate.addDays(1);
            if (end <= date && (pick < 0 || end < when)) {
                pick = i;
                when = end;
            }
        }
        if (pick < 0)
            break;
        if (m_holds[pick].state == HoldState::Active) {
            endActive(pick, HoldState::Expired, when, HoldEventType::Expired, events);
            promote(when, events);
        } else {
            Hold &h = m_holds[pick];
            h.state = HoldState::Lapsed;
            h.endedOn = when;
            events.append(HoldEvent{HoldEventType::Lapsed, h.id, 0, when});
        }
    }
    m_today = date;
    return events;
}

} // namespace hpf::finance
