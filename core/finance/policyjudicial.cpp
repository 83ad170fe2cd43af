// The "judicial" section of the policy (issue 15): the courts requests are accepted from, the
// look-ahead of the expiring-freezes list and the 扣划 fraud-risk rules.
#include "policyloader.h"

#include <QSet>

namespace hpf::finance {

const Court *JudicialPolicy::court(QStringView code) const
{
    for (const Court &c : courts)
        if (c.code == code)
            return &c;
    return nullptr;
}

bool PolicyLoader::stringListAt(const QJsonObject &parent, const QString &path, const char *name,
                                QStringList &out)
{
    QJsonArray array;
    if (!arrayAt(parent, path, name, array))
        return false;
    out.clear();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString() || array.at(i).toString().trimmed().isEmpty())
            return fail(index(key(path, name), i), QStringLiteral("expected a non-empty string"));
        out.append(array.at(i).toString());
    }
    return true;
}

bool PolicyLoader::judicial(const QJsonObject &root, Policy &policy)
{
    if (!root.contains(QLatin1String("judicial"))) {
        // Older policy files: the embedded default policy's section (which has one).
        auto embedded = Policy::defaults();
        if (embedded)
            policy.m_judicial = embedded->judicial();
        return true;
    }
    const QString p = QStringLiteral("judicial");
    const QString rp = key(p, "risk");
    QJsonObject o;
    QJsonObject risk;
    QJsonArray rows;
    JudicialPolicy &out = policy.m_judicial;
    JudicialRiskRules &r = out.risk;
    if (!objectAt(root, QString(), "judicial", o) || !checkKeys(o, p, {"courts", "expiringDays", "risk"}) ||
        !integerAt(o, p, "expiringDays", out.expiringDays, 1, 366) || !arrayAt(o, p, "courts", rows) ||
        !objectAt(o, p, "risk", risk) ||
        !checkKeys(risk, rp,
                   {"privateLendingCauses", "settledDocumentKinds", "filedWithinDaysOfEligibility",
                    "sameCreditorDeductions", "sharedAddressOrUnit"}) ||
        !stringListAt(risk, rp, "privateLendingCauses", r.privateLendingCauses) ||
        !stringListAt(risk, rp, "settledDocumentKinds", r.settledDocumentKinds) ||
        !integerAt(risk, rp, "filedWithinDaysOfEligibility", r.filedWithinDaysOfEligibility, 0, 3650) ||
        !integerAt(risk, rp, "sameCreditorDeductions", r.sameCreditorDeductions, 0, 100))
        return false;
    const QJsonValue shared = risk.value(QLatin1String("sharedAddressOrUnit"));
    if (!shared.isBool())
        return fail(key(rp, "sharedAddressOrUnit"), QStringLiteral("expected true or false"));
    r.sharedAddressOrUnit = shared.toBool();
    for (qsizetype i = 0; i < r.settledDocumentKinds.size(); ++i) {
        const QString &kind = r.settledDocumentKinds.at(i);
        if (kind != u"judgment" && kind != u"mediation" && kind != u"payment_order" && kind != u"other")
            return fail(index(key(rp, "settledDocumentKinds"), i),
                        QStringLiteral("expected judgment, mediation, payment_order or other"));
    }
    out.courts.clear();
    QSet<QString> seen;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString cp = index(key(p, "courts"), i);
        QJsonObject row;
        Court c;
        if (!rowObject(rows, i, key(p, "courts"), row) || !checkKeys(row, cp, {"code", "name", "nameEn"}) ||
            !stringAt(row, cp, "code", c.code) || !stringAt(row, cp, "name", c.name) ||
            !stringAt(row, cp, "nameEn", c.nameEn))
            return false;
        if (c.code.size() > 16 || c.code.contains(u' '))
            return fail(key(cp, "code"),
                        QStringLiteral("expected the court's 法院代字 (at most 16 characters)"));
        if (seen.contains(c.code))
            return fail(key(cp, "code"), QStringLiteral("listed twice"));
        seen.insert(c.code);
        out.courts.append(c);
    }
    if (out.courts.isEmpty())
        return fail(key(p, "courts"), QStringLiteral("expected at least one court"));
    return true;
}

} // namespace hpf::finance
