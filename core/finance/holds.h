#pragma once

#include "base/clock.h"
#include "base/result.h"
#include "finance/policy.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// A pure model of the holds on one provident fund account, after TigerBeetle's two-phase
// (pending) transfers: a judicial freeze is a pending hold on the balance, a deduction (扣划) posts
// it, an unfreeze (解冻) voids it, expiry times it out — by the date the caller drives, exactly once.
//
// Rules (民诉法解释 第四百八十五条; 查封扣押冻结规定 第二十六、二十七条):
//  * at most one ACTIVE judicial freeze per account; later ones wait in the 轮候 queue ordered by
//    registration time (ties by id); when the active one ends (解冻, expiry, fully deducted) the
//    head of the queue takes effect automatically; a waiting freeze whose own end date passes
//    lapses and never becomes active;
//  * the court's end date is stored as given, never derived;
//  * loan-security holds stack and are independent of judicial freezes;
//  * held = min(balance, judicial + security); available = balance − held ≥ 0.
// The caller persists the holds and replays them with restore(); every operation returns the
// events it caused, in order, so the caller can journal and audit each one.
namespace hpf::finance {

enum class HoldKind {
    JudicialAmount,       // 冻结 a stated amount
    JudicialWholeBalance, // 冻结 the whole balance (including later credits)
    LoanSecurity,         // 贷款担保 hold
};

enum class HoldState {
    Waiting, // 轮候 (judicial only)
    Active,
    Released, // 解冻 / security released; also a waiting freeze withdrawn by the court
    Expired,  // the active freeze reached its end date without renewal
    Lapsed,   // a waiting freeze whose end date passed before it took effect
    Deducted, // an amount freeze fully deducted (扣划)
};

struct Hold
{
    qint64 id = 0; // caller-assigned, unique per account, > 0
    HoldKind kind = HoldKind::JudicialAmount;
    HoldState state = HoldState::Waiting;
    qint64 amount = 0;      // fen; frozen or secured amount (0 for a whole-balance freeze)
    qint64 deducted = 0;    // fen deducted so far (judicial)
    QString court;          // 执行法院
    QString caseNumber;     // 案号
    QString documentNumber; // 协助执行通知书 文书号
    QDateTime registeredAt; // 登记时间: orders the 轮候 queue
    QDate startDate;        // court-stated (judicial)
    QDate endDate;          // court-stated, inclusive last day (judicial); invalid for security
    QDate activatedOn;      // the day it took effect
    QDate endedOn;          // the day it stopped holding
    int renewals = 0;       // 续冻 count

    bool isJudicial() const { return kind != HoldKind::LoanSecurity; }
    bool isOpen() const { return state == HoldState::Waiting || state == HoldState::Active; }
    // Frozen amount not yet deducted (amount freezes and security holds).
    qint64 remainingAmount() const { return amount - deducted; }
    bool operator==(const Hold &) const = default;
};

enum class HoldEventType {
    Registered,       // a judicial freeze was recorded (followed by Activated or Queued)
    Queued,           // it waits behind the active freeze
    Activated,        // it took effect (at once or promoted from the queue)
    Renewed,          // 续冻: amount = 0, on = today, the hold's endDate is the new one
    Released,         // 解冻 (or a waiting freeze withdrawn)
    PartReleased,     // 部分解冻: amount = fen no longer frozen; the freeze stays as it was otherwise
    Expired,          // on = the day after its end date
    Lapsed,           // a waiting freeze that never took effect; on = the day after its end date
    Deducted,         // 扣划: amount = fen taken from the balance
    FullyDeducted,    // an amount freeze ended because nothing is left to deduct
    SecurityPlaced,   // amount = secured fen
    SecurityReleased, // amount = secured fen
    Credited,         // amount = fen added to the balance
    Debited,          // amount = fen taken from the balance (ordinary withdrawal or transfer)
};

struct HoldEvent
{
    HoldEventType type = HoldEventType::Registered;
    qint64 holdId = 0; // 0 for Credited / Debited
    qint64 amount = 0;
    QDate on;
    bool operator==(const HoldEvent &) const = default;
};

using HoldEvents = QList<HoldEvent>;

struct FreezeRequest
{
    qint64 id = 0;
    bool wholeBalance = false;
    qint64 amount = 0; // fen, > 0 unless wholeBalance
    QString court;
    QString caseNumber;
    QString documentNumber;
    QDateTime registeredAt;
    QDate startDate;
    QDate endDate;
};

class AccountHolds
{
public:
    // An account with `balance` fen (≥ 0) and no holds, as of `today`.
    explicit AccountHolds(qint64 balance = 0, QDate today = {});

    // Rebuilds the model from stored state. Error hold.inconsistent (field names the problem:
    // "balance", "id", "state", "today") when the state breaks an invariant — two active judicial
    // freezes, a waiting freeze with none active, duplicate or non-positive ids, a negative balance.
    static Result<AccountHolds> restore(qint64 balance, QDate today, const QList<Hold> &holds);

    qint64 balance() const { return m_balance; }
    qint64 judicialHeld() const;
    qint64 securityHeld() const;
    qint64 held() const;
    qint64 available() const { return m_balance - held(); }
    QDate today() const { return m_today; }

    // Every hold ever recorded, in the order recorded.
    const QList<Hold> &holds() const { return m_holds; }
    Result<Hold> hold(qint64 id) const; // hold.not_found
    std::optional<Hold> activeFreeze() const;
    QList<Hold> waitingQueue() const; // head first

    // Moves the model's date forward: expires the active freeze the day after its end date,
    // promotes the head of the queue, lapses waiting freezes whose end date passed — in date order,
    // each exactly once. A date not after today() changes nothing. Call it before each operation.
    HoldEvents advanceTo(QDate date);
    HoldEvents advance(const Clock &clock) { return advanceTo(clock.today()); }

    // Records a judicial freeze. It takes effect on registration (delivery of the documents,
    // 查封扣押冻结规定 第一条) unless another one is active; the court's start date is recorded.
    // Errors: hold.id_invalid, hold.duplicate_id, hold.amount_invalid (amount ≤ 0 or too large for an
    // amount freeze), hold.missing_field (field "court" / "caseNumber" / "documentNumber" /
    // "registeredAt"), hold.period_invalid (dates invalid or end < start), hold.period_too_long
    // (end after start + limits.maxMonthsPerPeriod months), hold.already_ended (end < today).
    Result<HoldEvents> registerFreeze(const FreezeRequest &request, const FreezeLimits &limits);

    // 续冻 an active or waiting freeze to `newEndDate`. Errors: hold.not_found, hold.not_judicial,
    // hold.already_ended (ended, or its end date is before today), hold.renew_not_later
    // (newEndDate ≤ current end), hold.renew_too_long (newEndDate after the current end +
    // limits.maxMonthsPerPeriod months).
    Result<HoldEvents> renewFreeze(qint64 id, QDate newEndDate, const FreezeLimits &limits);

    // 解冻. Releasing the active freeze promotes the head of the queue; releasing a waiting one
    // takes it out of the queue. Errors: hold.not_found, hold.not_judicial, hold.already_ended.
    Result<HoldEvents> releaseFreeze(qint64 id);
    // 部分解冻: lifts `amount` fen of the amount freeze `id` (active or waiting); lifting all that
    // remains is a whole 解冻 (releaseFreeze). Errors: those of releaseFreeze, hold.amount_invalid
    // (≤ 0), hold.unfreeze_whole_balance (a whole-balance freeze is lifted whole or not at all),
    // hold.unfreeze_exceeds_frozen (above the remaining frozen amount).
    Result<HoldEvents> releaseFreezePart(qint64 id, qint64 amount);

    // 扣划 `amount` from the active freeze `id`: reduces the balance and the frozen amount; an
    // amount freeze deducted to zero ends and promotes the next. `withdrawalConditionRecorded`: the
    // debtor meets a 第二十四条 withdrawal condition (recorded by the caller).
    // Errors: hold.not_found, hold.not_judicial, hold.already_ended, hold.not_active (waiting),
    // hold.amount_invalid (≤ 0), hold.no_withdrawal_condition, hold.deduct_exceeds_frozen (above the
    // remaining frozen amount), hold.deduct_exceeds_balance (above the balance).
    Result<HoldEvents> deduct(qint64 id, qint64 amount, bool withdrawalConditionRecorded = true);

    // Loan-security holds. Errors: hold.id_invalid, hold.duplicate_id, hold.amount_invalid,
    // hold.insufficient_available (amount > available); release: hold.not_found,
    // hold.not_security, hold.already_ended.
    Result<HoldEvents> placeSecurity(qint64 id, qint64 amount, const QDateTime &at);
    Result<HoldEvents> releaseSecurity(qint64 id);

    // Ordinary movements. Errors: hold.amount_invalid (≤ 0, or a credit beyond the money maximum),
    // hold.insufficient_available (field "amount": a debit above available).
    Status canDebit(qint64 amount) const;
    Result<HoldEvents> debit(qint64 amount);
    Result<HoldEvents> credit(qint64 amount);

private:
    qsizetype indexOf(qint64 id) const;
    qsizetype activeIndex() const;
    // The earliest-registered waiting freeze, or -1.
    qsizetype queueHead() const;
    void endActive(qsizetype index, HoldState state, QDate on, HoldEventType type, HoldEvents &events);
    void promote(QDate on, HoldEvents &events);
    Result<qsizetype> findJudicial(qint64 id) const;

    qint64 m_balance = 0;
    QDate m_today;
    QList<Hold> m_holds;
};

} // namespace hpf::finance
