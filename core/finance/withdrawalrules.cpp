#include "finance/withdrawalrules.h"

#include <algorithm>

namespace hpf::finance {

namespace {

RuleOutcome pass(const QString &rule)
{
    return {rule, true, {}, {}};
}

RuleOutcome refuse(const QString &rule, const QString &code, const QString &field)
{
    return {rule, false, code, field};
}

// evidenceFen × share, rounded down to the fen (never more than the evidence allows).
qint64 shareOf(qint64 evidenceFen, Rate share)
{
    // Split so that no product overflows: share ≤ 100% keeps both parts within qint64.
    return evidenceFen / Rate::kScale * share.ppm + evidenceFen % Rate::kScale * share.ppm / Rate::kScale;
}

} // namespace

QJsonObject RuleOutcome::toJson() const
{
    return {{u"rule"_qs, rule}, {u"passed"_qs, passed}, {u"code"_qs, code}, {u"field"_qs, field}};
}

const RuleOutcome *WithdrawalJudgement::firstFailure() const
{
    for (const RuleOutcome &r : rules)
        if (!r.passed)
            return &r;
    return nullptr;
}

int fullYears(QDate birthDate, QDate on)
{
    if (!birthDate.isValid() || !on.isValid())
        return -1;
    int years = on.year() - birthDate.year();
    // The birthday of this year; 29 February falls on 28 February in a common year.
    QDate birthday(on.year(), birthDate.month(), birthDate.day());
    if (!birthday.isValid())
        birthday = QDate(on.year(), 2, 28);
    if (on < birthday)
        --years;
    return years;
}

WithdrawalJudgement judgeWithdrawal(const WithdrawalType &type, const WithdrawalRule &rule,
                                    const WithdrawalFacts &f)
{
    WithdrawalJudgement out;
    const WithdrawalEvidence &e = f.evidence;
    qint64 limit = f.availableFen; // what the amount rules allow; narrowed below

    if (rule.accountStates.contains(f.accountState))
        out.rules.append(pass(u"account_state"_qs));
    else
        out.rules.append(refuse(u"account_state"_qs, u"account.state"_qs, u"accountNumber"_qs));

    if (rule.withinMonthsOfEvent > 0) {
        const QString field = u"evidence.eventDate"_qs;
        if (!e.eventDate.isValid())
            out.rules.append(refuse(u"event_age"_qs, u"withdrawal.evidence_required"_qs, field));
        else if (e.eventDate > f.today)
            out.rules.append(refuse(u"event_age"_qs, u"withdrawal.event_future"_qs, field));
        else if (e.eventDate.addMonths(rule.withinMonthsOfEvent) < f.today)
            out.rules.append(refuse(u"event_age"_qs, u"withdrawal.event_age"_qs, field));
        else
            out.rules.append(pass(u"event_age"_qs));
    }

    if (rule.intervalMonths > 0) {
        // Rent with a one-month interval: once per calendar month as well as a month apart.
        const bool tooSoon = f.lastOfType.isValid() && f.lastOfType.addMonths(rule.intervalMonths) > f.today;
        out.rules.append(tooSoon ? refuse(u"interval"_qs, u"withdrawal.interval"_qs, u"type"_qs)
                                 : pass(u"interval"_qs));
    }

    if (rule.minAgeMale > 0 || rule.minAgeFemale > 0) {
        const int minimum = f.sex == MemberSex::Male     ? rule.minAgeMale
                            : f.sex == MemberSex::Female ? rule.minAgeFemale
                                                         : std::max(rule.minAgeMale, rule.minAgeFemale);
        const int age = fullYears(f.birthDate, f.today);
        out.rules.append(age >= 0 && age >= minimum
                             ? pass(u"age"_qs)
                             : refuse(u"age"_qs, u"withdrawal.age"_qs, u"accountNumber"_qs));
    }

    if (rule.noHomeRequired)
        out.rules.append(f.ownHome ? refuse(u"no_home"_qs, u"withdrawal.own_home"_qs, u"sharedAnswerIds"_qs)
                                   : pass(u"no_home"_qs));

    if (rule.loanOpenRequired) {
        const bool open = f.loanOpen || (e.loanOutstandingFen && *e.loanOutstandingFen > 0);
        out.rules.append(open ? pass(u"loan_open"_qs)
                              : refuse(u"loan_open"_qs, u"withdrawal.loan_not_open"_qs,
                                       u"evidence.loanOutstandingFen"_qs));
    }

    if (!rule.limitEvidence.isEmpty()) {
        const QString field = u"evidence."_qs + rule.limitEvidence;
        const std::optional<qint64> amount =
            rule.limitEvidence == u"priceFen" ? e.priceFen : e.loanOutstandingFen;
        if (!amount) {
            out.rules.append(refuse(u"evidence_limit"_qs, u"withdrawal.evidence_required"_qs, field));
            limit = 0;
        } else {
            const qint64 allowed = shareOf(*amount, rule.maxShareOfEvidence) - f.withdrawnOnContractFen;
            limit = std::min(limit, std::max<qint64>(allowed, 0));
            out.rules.append(allowed > 0
                                 ? pass(u"evidence_limit"_qs)
                                 : refuse(u"evidence_limit"_qs, u"withdrawal.evidence_limit"_qs, field));
        }
    }

    if (rule.monthlyCapFen > 0) {
        const QString field = u"evidence.monthlyRentFen"_qs;
        if (!e.monthlyRentFen) {
            out.rules.append(refuse(u"monthly_cap"_qs, u"withdrawal.evidence_required"_qs, field));
            limit = 0;
        } else {
            const qint64 perMonth = std::min(*e.monthlyRentFen, rule.monthlyCapFen);
            limit = std::min(limit, perMonth * std::max(f.months, 1));
            out.rules.append(perMonth > 0 ? pass(u"monthly_cap"_qs)
                                          : refuse(u"monthly_cap"_qs, u"withdrawal.monthly_cap"_qs, field));
        }
    }

    if (rule.heirRequired)
        out.rules.append(e.heir ? pass(u"heir"_qs)
                                : refuse(u"heir"_qs, u"withdrawal.heir_required"_qs, u"evidence.heir"_qs));

    if (!type.closesAccount && rule.keepBalanceFen > 0) {
        const qint64 free = f.balanceFen - rule.keepBalanceFen;
        limit = std::min(limit, std::max<qint64>(free, 0));
        out.rules.append(free > 0
                             ? pass(u"keep_balance"_qs)
                             : refuse(u"keep_balance"_qs, u"withdrawal.keep_balance"_qs, u"amountFen"_qs));
    }

    // A closure takes the whole balance: never while any hold is on it (a court's freeze is named
    // account.frozen, shown as 受限); a partial withdrawal takes only the unheld balance.
    if (type.closesAccount) {
        if (f.judicialHold)
            out.rules.append(refuse(u"available"_qs, u"account.frozen"_qs, u"accountNumber"_qs));
        else if (f.anyHold)
            out.rules.append(
                refuse(u"available"_qs, u"account.insufficient_available"_qs, u"accountNumber"_qs));
        else
            out.rules.append(pass(u"available"_qs));
    } else if (f.availableFen <= 0) {
        out.rules.append(refuse(u"available"_qs,
                                f.judicialHold && f.balanceFen > 0 ? u"account.frozen"_qs
                                                                   : u"account.insufficient_available"_qs,
                                u"amountFen"_qs));
    } else {
        out.rules.append(pass(u"available"_qs));
    }

    out.eligible = out.firstFailure() == nullptr;
    if (out.eligible)
        out.maxAmountFen = type.closesAccount ? f.balanceFen + f.interestFen : std::max<qint64>(limit, 0);
    return out;
}

} // namespace hpf::finance
