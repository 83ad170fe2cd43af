// The operations of AccountHolds that change holds or the balance (holds.cpp has the model,
// the queries and the clock-driven expiry).
#include "domain/money.h"
#include "holds.h"
#include "holds_p.h"

namespace hpf::finance {

using detail::holdError;
using detail::iso;

Result<HoldEvents> AccountHolds::registerFreeze(const FreezeRequest &r, const FreezeLimits &limits)
{
    if (r.id <= 0)
        return holdError("hold.id_invalid", "id", QStringLiteral("hold ids are positive"));
    if (indexOf(r.id) >= 0)
        return holdError("hold.duplicate_id", "id", QStringLiteral("hold %1 already exists").arg(r.id));
    if (!r.wholeBalance && (r.amount <= 0 || r.amount > money::kMaximumFen))
        return holdError("hold.amount_invalid", "amount",
                         QStringLiteral("the frozen amount must be above zero"));
    if (r.court.trimmed().isEmpty())
        return holdError("hold.missing_field", "court", QStringLiteral("the court is required"));
    if (r.caseNumber.trimmed().isEmpty())
        return holdError("hold.missing_field", "caseNumber", QStringLiteral("the case number is required"));
    if (r.documentNumber.trimmed().isEmpty())
        return holdError("hold.missing_field", "documentNumber",
                         QStringLiteral("the document number is required"));
    if (!r.registeredAt.isValid())
        return holdError("hold.missing_field", "registeredAt",
                         QStringLiteral("the registration time is required"));
    if (!r.startDate.isValid() || !r.endDate.isValid() || r.endDate < r.startDate)
        return holdError(
            "hold.period_invalid", "endDate",
            QStringLiteral("invalid freeze period %1..%2").arg(iso(r.startDate), iso(r.endDate)));
    if (r.endDate > r.startDate.addMonths(limits.maxMonthsPerPeriod))
        return holdError(
            "hold.period_too_long", "endDate",
            QStringLiteral("freeze period longer than %1 months").arg(limits.maxMonthsPerPeriod));
    if (m_today.isValid() && r.endDate < m_today)
        return holdError(
            "hold.already_ended", "endDate",
            QStringLiteral("the freeze ended on %1, before today %2").arg(iso(r.endDate), iso(m_today)));

    Hold h;
    h.id = r.id;
    h.kind = r.wholeBalance ? HoldKind::JudicialWholeBalance : HoldKind::JudicialAmount;
    h.state = HoldState::Waiting;
    h.amount = r.wholeBalance ? 0 : r.amount;
    h.court = r.court;
    h.caseNumber = r.caseNumber;
    h.documentNumber = r.documentNumber;
    h.registeredAt = r.registeredAt;
    h.startDate = r.startDate;
    h.endDate = r.endDate;
    m_holds.append(h);

    HoldEvents events{HoldEvent{HoldEventType::Registered, h.id, h.amount, m_today}};
    if (activeIndex() < 0)
        promote(m_today, events);
    else
        events.append(HoldEvent{HoldEventType::Queued, h.id, h.amount, m_today});
    return events;
}

Result<HoldEvents> AccountHolds::renewFreeze(qint64 id, QDate newEndDate, const FreezeLimits &limits)
{
    const Result<qsizetype> found = findJudicial(id);
    if (!found)
        return found.error();
    Hold &h = m_holds[*found];
    if (m_today.isValid() && h.endDate < m_today)
        return holdError(
            "hold.already_ended", "id",
            QStringLiteral("freeze %1 ended on %2; renew before it ends").arg(id).arg(iso(h.endDate)));
    if (!newEndDate.isValid() || newEndDate <= h.endDate)
        return holdError(
            "hold.renew_not_later", "endDate",
            QStringLiteral("the new end date %1 is not after %2").arg(iso(newEndDate), iso(h.endDate)));
    if (newEndDate > h.endDate.addMonths(limits.maxMonthsPerPeriod))
        return holdError(
            "hold.renew_too_long", "endDate",
            QStringLiteral("a renewal may add at most %1 months").arg(limits.maxMonthsPerPeriod));
    h.endDate = newEndDate;
    ++h.renewals;
    return HoldEvents{HoldEvent{HoldEventType::Renewed, id, 0, m_today}};
}

Result<HoldEvents> AccountHolds::releaseFreeze(qint64 id)
{
    const Result<qsizetype> found = findJudicial(id);
    if (!found)
        return found.error();
    HoldEvents events;
    if (m_holds[*found].state == HoldState::Active) {
        endActive(*found, HoldState::Released, m_today, HoldEventType::Released, events);
        promote(m_today, events);
    } else {
        Hold &h = m_holds[*found];
        h.state = HoldState::Released;
        h.endedOn = m_today;
        events.append(HoldEvent{HoldEventType::Released, id, 0, m_today});
    }
    return events;
}

Result<HoldEvents> AccountHolds::releaseFreezePart(qint64 id, qint64 amount)
{
    const Result<qsizetype> found = findJudicial(id);
    if (!found)
        return found.error();
    Hold &h = m_holds[*found];
    if (amount <= 0)
        return holdError("hold.amount_invalid", "amount",
                         QStringLiteral("the part lifted must be above zero"));
    if (h.kind == HoldKind::JudicialWholeBalance)
        return holdError("hold.unfreeze_whole_balance", "amount",
                         QStringLiteral("freeze %1 holds the whole balance; lift it whole").arg(id));
    if (amount > h.remainingAmount())
        return holdError("hold.unfreeze_exceeds_frozen", "amount",
                         QStringLiteral("%1 above the remaining frozen %2")
                             .arg(money::format(amount), money::format(h.remainingAmount())));
    if (amount == h.remainingAmount())
        return releaseFreeze(id);
    h.amount -= amount;
    return HoldEvents{HoldEvent{HoldEventType::PartReleased, id, amount, m_today}};
}

Result<HoldEvents> AccountHolds::deduct(qint64 id, qint64 amount, bool withdrawalConditionRecorded)
{
    const Result<qsizetype> found = findJudicial(id);
    if (!found)
        return found.error();
    Hold &h = m_holds[*found];
    if (h.state != HoldState::Active)
        return holdError("hold.not_active", "id", QStringLiteral("freeze %1 is waiting, not active").arg(id));
    if (amount <= 0)
        return holdError("hold.amount_invalid", "amount", QStringLiteral("the deduction must be above zero"));
    if (!withdrawalConditionRecorded)
        return holdError("hold.no_withdrawal_condition", "withdrawalCondition",
                         QStringLiteral("a deduction needs a recorded withdrawal condition"));
    if (h.kind == HoldKind::JudicialAmount && amount > h.remainingAmount())
        return holdError("hold.deduct_exceeds_frozen", "amount",
                         QStringLiteral("%1 above the remaining frozen %2")
                             .arg(money::format(amount), money::format(h.remainingAmount())));
    if (amount > m_balance)
        return holdError(
            "hold.deduct_exceeds_balance", "amount",
            QStringLiteral("%1 above the balance %2").arg(money::format(amount), money::format(m_balance)));
    m_balance -= amount;
    h.deducted += amount;
    HoldEvents events{HoldEvent{HoldEventType::Deducted, id, amount, m_today}};
    if (h.kind == HoldKind::JudicialAmount && h.remainingAmount() == 0) {
        endActive(*found, HoldState::Deducted, m_today, HoldEventType::FullyDeducted, events);
        promote(m_today, events);
    }
    return events;
}

Result<HoldEvents> AccountHolds::placeSecurity(qint64 id, qint64 amount, const QDateTime &at)
{
    if (id <= 0)
        return holdError("hold.id_invalid", "id", QStringLiteral("hold ids are positive"));
    if (indexOf(id) >= 0)
        return holdError("hold.duplicate_id", "id", QStringLiteral("hold %1 already exists").arg(id));
    if (amount <= 0 || amount > money::kMaximumFen)
        return holdError("hold.amount_invalid", "amount",
                         QStringLiteral("the secured amount must be above zero"));
    if (amount > available())
        return holdError("hold.insufficient_available", "amount",
                         QStringLiteral("%1 above the available %2")
                             .arg(money::format(amount), money::format(available())));
    Hold h;
    h.id = id;
    h.kind = HoldKind::LoanSecurity;
    h.state = HoldState::Active;
    h.amount = amount;
    h.registeredAt = at;
    h.activatedOn = m_today;
    m_holds.append(h);
    return HoldEvents{HoldEvent{HoldEventType::SecurityPlaced, id, amount, m_today}};
}

Result<HoldEvents> AccountHolds::releaseSecurity(qint64 id)
{
    const qsizetype i = indexOf(id);
    if (i < 0)
        return holdError("hold.not_found", "id", QStringLiteral("no hold %1 on this account").arg(id));
    Hold &h = m_holds[i];
    if (h.kind != HoldKind::LoanSecurity)
        return holdError("hold.not_security", "id",
                         QStringLiteral("hold %1 is not a loan-security hold").arg(id));
    if (h.state != HoldState::Active)
        return holdError("hold.already_ended", "id", QStringLiteral("hold %1 was already released").arg(id));
    h.state = HoldState::Released;
    h.endedOn = m_today;
    return HoldEvents{HoldEvent{HoldEventType::SecurityReleased, id, h.amount, m_today}};
}

Status AccountHolds::canDebit(qint64 amount) const
{
    if (amount <= 0)
        return holdError("hold.amount_invalid", "amount", QStringLiteral("the debit must be above zero"));
    if (amount > available())
        return holdError("hold.insufficient_available", "amount",
                         QStringLiteral("%1 above the available %2")
                             .arg(money::format(amount), money::format(available())));
    return {};
}

Result<HoldEvents> AccountHolds::debit(qint64 amount)
{
    if (Status s = canDebit(amount); !s)
        return s.error();
    m_balance -= amount;
    return HoldEvents{HoldEvent{HoldEventType::Debited, 0, amount, m_today}};
}

Result<HoldEvents> AccountHolds::credit(qint64 amount)
{
    if (amount <= 0 || amount > money::kMaximumFen - m_balance)
        return holdError("hold.amount_invalid", "amount",
                         QStringLiteral("the credit must be above zero and fit"));
    m_balance += amount;
    return HoldEvents{HoldEvent{HoldEventType::Credited, 0, amount, m_today}};
}

} // namespace hpf::finance
