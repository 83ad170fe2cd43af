// The sections of the policy JSON; see resources/policy/default-policy.json for an example.
#include "policyloader.h"

namespace hpf::finance {

namespace {

constexpr Rate kHundredPercent{Rate::kScale};

} // namespace

bool PolicyLoader::center(const QJsonObject &root, Policy &policy)
{
    QJsonObject o;
    const QString p = QStringLiteral("center");
    return objectAt(root, QString(), "center", o) && checkKeys(o, p, {"code", "name"}) &&
           stringAt(o, p, "code", policy.m_centerCode) && stringAt(o, p, "name", policy.m_centerName);
}

bool PolicyLoader::deposit(const QJsonObject &root, Policy &policy)
{
    QJsonArray rows;
    if (!arrayAt(root, QString(), "deposit", rows))
        return false;
    QDate previous;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString p = index(QStringLiteral("deposit"), i);
        QJsonObject row;
        QJsonObject ratio;
        QJsonObject round;
        DepositPolicy d;
        const bool ok = rowObject(rows, i, QStringLiteral("deposit"), row) &&
                        checkKeys(row, p, {"effectiveFrom", "ratio", "base", "rounding"}) &&
                        dateAt(row, p, "effectiveFrom", d.effectiveFrom) &&
                        nextDate(p, d.effectiveFrom, previous) && objectAt(row, p, "ratio", ratio) &&
                        checkKeys(ratio, key(p, "ratio"), {"unit", "personal"}) &&
                        ratioRange(ratio, key(p, "ratio"), "unit", d.unitRatio) &&
                        ratioRange(ratio, key(p, "ratio"), "personal", d.personalRatio) &&
                        baseRange(row, p, "base", d.base) && objectAt(row, p, "rounding", round) &&
                        checkKeys(round, key(p, "rounding"), {"unit", "personal"}) &&
                        rounding(round, key(p, "rounding"), "unit", d.unitRounding) &&
                        rounding(round, key(p, "rounding"), "personal", d.personalRounding);
        if (!ok)
            return false;
        policy.m_deposit.append(d);
    }
    return true;
}

bool PolicyLoader::flexible(const QJsonObject &root, Policy &policy)
{
    QJsonArray rows;
    if (!arrayAt(root, QString(), "flexibleEmployment", rows))
        return false;
    QDate previous;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString p = index(QStringLiteral("flexibleEmployment"), i);
        QJsonObject row;
        FlexiblePolicy f;
        const bool ok = rowObject(rows, i, QStringLiteral("flexibleEmployment"), row) &&
                        checkKeys(row, p, {"effectiveFrom", "ratio", "base", "rounding"}) &&
                        dateAt(row, p, "effectiveFrom", f.effectiveFrom) &&
                        nextDate(p, f.effectiveFrom, previous) && ratioRange(row, p, "ratio", f.ratio) &&
                        baseRange(row, p, "base", f.base) && rounding(row, p, "rounding", f.rounding);
        if (!ok)
            return false;
        policy.m_flexible.append(f);
    }
    return true;
}

bool PolicyLoader::depositInterest(const QJsonObject &root, Policy &policy)
{
    QJsonObject o;
    QJsonArray rows;
    QString day;
    const QString p = QStringLiteral("depositInterest");
    if (!objectAt(root, QString(), "depositInterest", o) || !checkKeys(o, p, {"settlementDay", "rates"}) ||
        !stringAt(o, p, "settlementDay", day) || !arrayAt(o, p, "rates", rows))
        return false;
    // MM-DD of a common year (29 February has no settlement every year).
    const QDate probe =
        day.size() == 5 ? QDate::fromString(QStringLiteral("2001-") + day, Qt::ISODate) : QDate();
    if (!probe.isValid())
        return fail(key(p, "settlementDay"), QStringLiteral("expected MM-DD, got \"%1\"").arg(day));
    policy.m_settlementDay = SettlementDay{probe.month(), probe.day()};

    QDate previous;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString rp = index(key(p, "rates"), i);
        QJsonObject row;
        DepositRate r;
        const bool ok = rowObject(rows, i, key(p, "rates"), row) &&
                        checkKeys(row, rp, {"effectiveFrom", "annual"}) &&
                        dateAt(row, rp, "effectiveFrom", r.effectiveFrom) &&
                        nextDate(rp, r.effectiveFrom, previous) && percentAt(row, rp, "annual", r.annual);
        if (!ok)
            return false;
        policy.m_depositRates.append(r);
    }
    return true;
}

bool PolicyLoader::loanRates(const QJsonObject &root, Policy &policy)
{
    QJsonObject o;
    QJsonArray rows;
    QString repricing;
    const QString p = QStringLiteral("loanRates");
    if (!objectAt(root, QString(), "loanRates", o) || !checkKeys(o, p, {"repricing", "rows"}) ||
        !stringAt(o, p, "repricing", repricing) || !arrayAt(o, p, "rows", rows))
        return false;
    if (repricing == u"next_january_1")
        policy.m_repricing = Repricing::NextJanuaryFirst;
    else if (repricing == u"immediately")
        policy.m_repricing = Repricing::Immediately;
    else
        return fail(
            key(p, "repricing"),
            QStringLiteral("expected \"next_january_1\" or \"immediately\", got \"%1\"").arg(repricing));

    QDate previous;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString rp = index(key(p, "rows"), i);
        QJsonObject row;
        QJsonObject first;
        QJsonObject second;
        LoanRates r;
        const bool ok = rowObject(rows, i, key(p, "rows"), row) &&
                        checkKeys(row, rp, {"effectiveFrom", "firstHome", "secondHome"}) &&
                        dateAt(row, rp, "effectiveFrom", r.effectiveFrom) &&
                        nextDate(rp, r.effectiveFrom, previous) && objectAt(row, rp, "firstHome", first) &&
                        checkKeys(first, key(rp, "firstHome"), {"upTo5Years", "over5Years"}) &&
                        percentAt(first, key(rp, "firstHome"), "upTo5Years", r.firstUpTo5Years) &&
                        percentAt(first, key(rp, "firstHome"), "over5Years", r.firstOver5Years) &&
                        objectAt(row, rp, "secondHome", second) &&
                        checkKeys(second, key(rp, "secondHome"), {"upTo5Years", "over5Years"}) &&
                        percentAt(second, key(rp, "secondHome"), "upTo5Years", r.secondUpTo5Years) &&
                        percentAt(second, key(rp, "secondHome"), "over5Years", r.secondOver5Years);
        if (!ok)
            return false;
        policy.m_loanRates.append(r);
    }
    return true;
}

bool PolicyLoader::loanLimits(const QJsonObject &root, Policy &policy)
{
    QJsonArray rows;
    if (!arrayAt(root, QString(), "loanLimits", rows))
        return false;
    QDate previous;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString p = index(QStringLiteral("loanLimits"), i);
        QJsonObject row;
        QJsonObject ltv;
        LoanLimits l;
        const bool ok =
            rowObject(rows, i, QStringLiteral("loanLimits"), row) &&
            checkKeys(row, p,
                      {"effectiveFrom", "maxTermMonths", "maxAgeAtEnd", "centerCap", "balanceMultiple",
                       "maxLoanToValue", "maxRepaymentToIncome", "minContinuousDepositMonths", "amountStep"},
                      {"approvalDays", "penaltyPerDay", "reminderDays"}) &&
            dateAt(row, p, "effectiveFrom", l.effectiveFrom) && nextDate(p, l.effectiveFrom, previous) &&
            integerAt(row, p, "maxTermMonths", l.maxTermMonths, 1, 600) &&
            integerAt(row, p, "maxAgeAtEnd", l.maxAgeAtEnd, 18, 100) &&
            moneyAt(row, p, "centerCap", l.centerCap) &&
            integerAt(row, p, "balanceMultiple", l.balanceMultiple, 1, 1000) &&
            objectAt(row, p, "maxLoanToValue", ltv) &&
            checkKeys(ltv, key(p, "maxLoanToValue"), {"firstHome", "secondHome"}) &&
            percentAt(ltv, key(p, "maxLoanToValue"), "firstHome", l.maxLoanToValueFirst, kHundredPercent) &&
            percentAt(ltv, key(p, "maxLoanToValue"), "secondHome", l.maxLoanToValueSecond, kHundredPercent) &&
            percentAt(row, p, "maxRepaymentToIncome", l.maxRepaymentToIncome, kHundredPercent) &&
            integerAt(row, p, "minContinuousDepositMonths", l.minContinuousDepositMonths, 0, 600) &&
            moneyAt(row, p, "amountStep", l.amountStep) &&
            (!row.contains(QLatin1String("approvalDays")) ||
             integerAt(row, p, "approvalDays", l.approvalDays, 1, 366)) &&
            // issue 18: 罚息 per day (at most 1% a day) and the reminder thresholds.
            (!row.contains(QLatin1String("penaltyPerDay")) ||
             percentAt(row, p, "penaltyPerDay", l.penaltyPerDay, Rate::fromPpm(10'000))) &&
            (!row.contains(QLatin1String("reminderDays")) || reminderDays(row, p, l.reminderDays));
        if (!ok)
            return false;
        policy.m_loanLimits.append(l);
    }
    return true;
}

// issue 18: a non-empty, strictly ascending list of days past due (1..3650).
bool PolicyLoader::reminderDays(const QJsonObject &row, const QString &path, QList<int> &out)
{
    QJsonArray days;
    if (!arrayAt(row, path, "reminderDays", days))
        return false;
    const QString p = key(path, "reminderDays");
    if (days.size() > 10) // arrayAt refuses an empty list
        return fail(p, QStringLiteral("expected at most 10 thresholds"));
    out.clear();
    for (qsizetype i = 0; i < days.size(); ++i) {
        const QJsonValue v = days.at(i);
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != double(int(d)) || d < 1 || d > 3650 ||
            (!out.isEmpty() && int(d) <= out.last()))
            return fail(index(p, i), QStringLiteral("expected whole days 1..3650, ascending"));
        out.append(int(d));
    }
    return true;
}

bool PolicyLoader::certificates(const QJsonObject &root, Policy &policy)
{
    QJsonObject o;
    QJsonObject validity;
    const QString p = QStringLiteral("certificates");
    if (!objectAt(root, QString(), "certificates", o) || !checkKeys(o, p, {"validityMonths"}) ||
        !objectAt(o, p, "validityMonths", validity))
        return false;
    if (validity.isEmpty())
        return fail(key(p, "validityMonths"), QStringLiteral("expected at least one certificate type"));
    for (auto it = validity.begin(); it != validity.end(); ++it) {
        const QString type = it.key();
        bool codeLike = !type.isEmpty() && type.size() <= 64;
        for (const QChar c : type)
            codeLike = codeLike && ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_');
        if (!codeLike)
            return fail(key(p, "validityMonths"),
                        QStringLiteral("certificate type \"%1\" is not a code of a-z, 0-9 and _").arg(type));
        int months = 0;
        const QByteArray latin = type.toLatin1();
        if (!integerAt(validity, key(p, "validityMonths"), latin.constData(), months, 1, 120))
            return false;
        policy.m_certificateValidity.insert(type, months);
    }
    return true;
}

bool PolicyLoader::misc(const QJsonObject &root, Policy &policy)
{
    QJsonObject freeze;
    QJsonObject client;
    QJsonObject login;
    const QString fp = QStringLiteral("freeze");
    const QString cp = QStringLiteral("client");
    const QString lp = QStringLiteral("login");
    const bool ok = objectAt(root, QString(), "freeze", freeze) &&
                    checkKeys(freeze, fp, {"maxMonthsPerPeriod", "defaultMonths"}) &&
                    integerAt(freeze, fp, "maxMonthsPerPeriod", policy.m_freeze.maxMonthsPerPeriod, 1, 120) &&
                    integerAt(freeze, fp, "defaultMonths", policy.m_freeze.defaultMonths, 1,
                              policy.m_freeze.maxMonthsPerPeriod) &&
                    objectAt(root, QString(), "client", client) &&
                    checkKeys(client, cp, {"idleLockMinutes"}) &&
                    integerAt(client, cp, "idleLockMinutes", policy.m_idleLockMinutes, 1, 1440) &&
                    objectAt(root, QString(), "login", login) &&
                    checkKeys(login, lp, {"maxFailures", "lockMinutes"},
                              {"sessionMaxHours", "secondFactorRoles", "unlockNeedsSecondFactor",
                               "passwordMinLength", "passwordMaxAgeDays", "passwordHistory"}) &&
                    integerAt(login, lp, "maxFailures", policy.m_login.maxFailures, 1, 100) &&
                    integerAt(login, lp, "lockMinutes", policy.m_login.lockMinutes, 1, 10080);
    return ok && loginOptions(login, lp, policy.m_login);
}

// The optional members of "login" (older policy files do not have them: the defaults apply).
bool PolicyLoader::loginOptions(const QJsonObject &login, const QString &lp, LoginLimits &out)
{
    const auto optionalInt = [&](const char *name, int &value, int minimum, int maximum) {
        return !login.contains(QLatin1String(name)) || integerAt(login, lp, name, value, minimum, maximum);
    };
    if (!optionalInt("sessionMaxHours", out.sessionMaxHours, 1, 168) ||
        !optionalInt("passwordMinLength", out.passwordMinLength, 8, 128) ||
        !optionalInt("passwordMaxAgeDays", out.passwordMaxAgeDays, 0, 3650) ||
        !optionalInt("passwordHistory", out.passwordHistory, 0, 24))
        return false;
    if (login.contains(QLatin1String("unlockNeedsSecondFactor"))) {
        const QJsonValue v = login.value(QLatin1String("unlockNeedsSecondFactor"));
        if (!v.isBool())
            return fail(key(lp, "unlockNeedsSecondFactor"), QStringLiteral("expected true or false"));
        out.unlockNeedsSecondFactor = v.toBool();
    }
    if (login.contains(QLatin1String("secondFactorRoles"))) {
        const QJsonValue v = login.value(QLatin1String("secondFactorRoles"));
        if (!v.isArray())
            return fail(key(lp, "secondFactorRoles"), QStringLiteral("expected an array of role names"));
        out.secondFactorRoles.clear();
        const QJsonArray roles = v.toArray();
        for (qsizetype i = 0; i < roles.size(); ++i) {
            if (!roles.at(i).isString() || roles.at(i).toString().isEmpty())
                return fail(key(lp, "secondFactorRoles") + QStringLiteral("[%1]").arg(i),
                            QStringLiteral("expected a role name"));
            out.secondFactorRoles.append(roles.at(i).toString());
        }
    }
    return true;
}

} // namespace hpf::finance
