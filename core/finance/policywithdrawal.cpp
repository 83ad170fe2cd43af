// The "withdrawal" section of the policy (issue 17): the withdrawal types of 条例 第二十四条 with
// their rules by effective date, their materials and the grant threshold.
#include "domain/codetables.h"
#include "policyloader.h"

#include <QSet>

namespace hpf::finance {

namespace {

const QStringList &knownTypes()
{
    static const QStringList types{u"purchase"_qs,        u"build"_qs,  u"retirement"_qs,
                                   u"incapacity"_qs,      u"abroad"_qs, u"loan_fund"_qs,
                                   u"loan_commercial"_qs, u"rent"_qs,   u"death"_qs};
    return types;
}

bool allIn(const QStringList &values, const QStringList &allowed)
{
    for (const QString &v : values)
        if (!allowed.contains(v))
            return false;
    return true;
}

} // namespace

const WithdrawalType *WithdrawalPolicy::type(QStringView id) const
{
    for (const WithdrawalType &t : types)
        if (t.type == id)
            return &t;
    return nullptr;
}

Result<WithdrawalRule> WithdrawalType::ruleAt(QDate date) const
{
    const WithdrawalRule *found = nullptr;
    for (const WithdrawalRule &r : rows)
        if (date.isValid() && r.effectiveFrom <= date)
            found = &r;
    if (!found)
        return makeError(u"policy.not_in_effect"_qs, u"withdrawal.types"_qs,
                         type + u": no rule in effect on "_qs + date.toString(Qt::ISODate));
    return *found;
}

bool PolicyLoader::withdrawalRule(const QJsonObject &row, const QString &rp, WithdrawalRule &r)
{
    if (!checkKeys(row, rp, {"effectiveFrom", "accountStates"},
                   {"withinMonthsOfEvent", "intervalMonths", "minAgeMale", "minAgeFemale", "monthlyCap",
                    "maxShareOfEvidence", "limitEvidence", "keepBalance", "noHomeRequired", "heirRequired",
                    "loanOpenRequired"}) ||
        !dateAt(row, rp, "effectiveFrom", r.effectiveFrom) ||
        !stringListAt(row, rp, "accountStates", r.accountStates))
        return false;
    bool statesKnown = !r.accountStates.isEmpty();
    for (const QString &state : std::as_const(r.accountStates))
        statesKnown = statesKnown && codes::accountStates().contains(state);
    if (!statesKnown)
        return fail(key(rp, "accountStates"), QStringLiteral("expected codes of account_state"));
    const auto optionalInt = [&](const char *name, int &out, int maximum) {
        return !row.contains(QLatin1String(name)) || integerAt(row, rp, name, out, 0, maximum);
    };
    const auto optionalBool = [&](const char *name, bool &out) {
        const QJsonValue v = row.value(QLatin1String(name));
        if (v.isUndefined())
            return true;
        if (!v.isBool())
            return fail(key(rp, name), QStringLiteral("expected true or false"));
        out = v.toBool();
        return true;
    };
    if (!optionalInt("withinMonthsOfEvent", r.withinMonthsOfEvent, 120) ||
        !optionalInt("intervalMonths", r.intervalMonths, 120) ||
        !optionalInt("minAgeMale", r.minAgeMale, 80) || !optionalInt("minAgeFemale", r.minAgeFemale, 80) ||
        (row.contains(QLatin1String("monthlyCap")) && !moneyAt(row, rp, "monthlyCap", r.monthlyCapFen)) ||
        (row.contains(QLatin1String("keepBalance")) && !moneyAt(row, rp, "keepBalance", r.keepBalanceFen)) ||
        (row.contains(QLatin1String("maxShareOfEvidence")) &&
         !percentAt(row, rp, "maxShareOfEvidence", r.maxShareOfEvidence)) ||
        (row.contains(QLatin1String("limitEvidence")) &&
         !stringAt(row, rp, "limitEvidence", r.limitEvidence)) ||
        !optionalBool("noHomeRequired", r.noHomeRequired) || !optionalBool("heirRequired", r.heirRequired) ||
        !optionalBool("loanOpenRequired", r.loanOpenRequired))
        return false;
    if (!r.limitEvidence.isEmpty() && r.limitEvidence != u"priceFen" &&
        r.limitEvidence != u"loanOutstandingFen")
        return fail(key(rp, "limitEvidence"), QStringLiteral("expected priceFen or loanOutstandingFen"));
    if (r.limitEvidence.isEmpty() != r.maxShareOfEvidence.isZero())
        return fail(key(rp, "maxShareOfEvidence"),
                    QStringLiteral("maxShareOfEvidence and limitEvidence go together"));
    return true;
}

bool PolicyLoader::withdrawal(const QJsonObject &root, Policy &policy)
{
    if (!root.contains(QLatin1String("withdrawal"))) {
        // Older policy files: the embedded default policy's section (which has one, so this never
        // recurses further).
        auto embedded = Policy::defaults();
        if (embedded)
            policy.m_withdrawal = embedded->withdrawal();
        return true;
    }
    const QString p = QStringLiteral("withdrawal");
    const QString tp = key(p, "types");
    QJsonObject o;
    QJsonArray types;
    WithdrawalPolicy &out = policy.m_withdrawal;
    out = {};
    if (!objectAt(root, QString(), "withdrawal", o) || !checkKeys(o, p, {"grantAbove", "types"}, {"note"}) ||
        !moneyAt(o, p, "grantAbove", out.grantAboveFen) || !arrayAt(o, p, "types", types))
        return false;
    QSet<QString> seen;
    for (qsizetype i = 0; i < types.size(); ++i) {
        const QString ip = index(tp, i);
        QJsonObject row;
        QJsonArray rules;
        WithdrawalType t;
        if (!rowObject(types, i, tp, row) ||
            !checkKeys(
                row, ip,
                {"type", "reason", "name", "nameEn", "closesAccount", "closeReason", "business", "rows"},
                {"sharedSources", "frequencies"}) ||
            !stringAt(row, ip, "type", t.type) || !stringAt(row, ip, "reason", t.reason) ||
            !stringAt(row, ip, "name", t.name) || !stringAt(row, ip, "nameEn", t.nameEn) ||
            !stringAt(row, ip, "business", t.business) ||
            (row.contains(QLatin1String("sharedSources")) &&
             !stringListAt(row, ip, "sharedSources", t.sharedSources)) ||
            (row.contains(QLatin1String("frequencies")) &&
             !stringListAt(row, ip, "frequencies", t.frequencies)) ||
            !arrayAt(row, ip, "rows", rules))
            return false;
        if (!knownTypes().contains(t.type))
            return fail(key(ip, "type"), QStringLiteral("expected one of ") + knownTypes().join(u", "_qs));
        if (seen.contains(t.type))
            return fail(key(ip, "type"), QStringLiteral("listed twice"));
        seen.insert(t.type);
        if (!codes::withdrawalReasons().contains(t.reason))
            return fail(key(ip, "reason"), QStringLiteral("expected a code of withdrawal_reason"));
        const QJsonValue closes = row.value(QLatin1String("closesAccount"));
        if (!closes.isBool())
            return fail(key(ip, "closesAccount"), QStringLiteral("expected true or false"));
        t.closesAccount = closes.toBool();
        const QJsonValue reason = row.value(QLatin1String("closeReason"));
        if (!reason.isString())
            return fail(key(ip, "closeReason"), QStringLiteral("expected a string"));
        t.closeReason = reason.toString();
        if (t.closesAccount != codes::closeReasons().contains(t.closeReason))
            return fail(key(ip, "closeReason"),
                        QStringLiteral("a closing type names a close_reason code, another type \"\""));
        if (t.business != u"withdrawals."_qs + t.type)
            return fail(key(ip, "business"), QStringLiteral("expected withdrawals.") + t.type);
        if (!allIn(t.sharedSources, {u"property"_qs, u"bank_loan"_qs, u"marriage"_qs}))
            return fail(key(ip, "sharedSources"), QStringLiteral("expected property, bank_loan or marriage"));
        if (!allIn(t.frequencies, {u"monthly"_qs, u"quarterly"_qs}))
            return fail(key(ip, "frequencies"), QStringLiteral("expected monthly or quarterly"));
        if (rules.isEmpty())
            return fail(key(ip, "rows"), QStringLiteral("expected at least one row"));
        QDate previous;
        for (qsizetype j = 0; j < rules.size(); ++j) {
            const QString rp = index(key(ip, "rows"), j);
            QJsonObject r;
            WithdrawalRule rule;
            if (!rowObject(rules, j, key(ip, "rows"), r) || !withdrawalRule(r, rp, rule) ||
                !nextDate(rp, rule.effectiveFrom, previous))
                return false;
            t.rows.append(rule);
        }
        out.types.append(t);
    }
    if (out.types.isEmpty())
        return fail(tp, QStringLiteral("expected at least one type"));
    return true;
}

} // namespace hpf::finance
