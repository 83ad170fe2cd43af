// The "contribution" section of the policy (issue 17): the yearly base adjustment day, how far back
// a 补缴 may go and the longest 缓缴.
#include "policyloader.h"

namespace hpf::finance {

bool PolicyLoader::contribution(const QJsonObject &root, Policy &policy)
{
    if (!root.contains(QLatin1String("contribution"))) {
        // Older policy files: the embedded default policy's section (which has one).
        auto embedded = Policy::defaults();
        if (embedded)
            policy.m_contribution = embedded->contribution();
        return true;
    }
    const QString p = QStringLiteral("contribution");
    QJsonObject o;
    ContributionPolicy &out = policy.m_contribution;
    if (!objectAt(root, QString(), "contribution", o) ||
        !checkKeys(o, p, {"adjustmentMonth", "adjustmentDay", "backPayMaxMonths", "deferralMaxMonths"}) ||
        !integerAt(o, p, "adjustmentMonth", out.adjustmentMonth, 1, 12) ||
        !integerAt(o, p, "adjustmentDay", out.adjustmentDay, 1, 28) ||
        !integerAt(o, p, "backPayMaxMonths", out.backPayMaxMonths, 1, 600) ||
        !integerAt(o, p, "deferralMaxMonths", out.deferralMaxMonths, 1, 60))
        return false;
    return true;
}

} // namespace hpf::finance
