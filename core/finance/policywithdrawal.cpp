// The "withdrawal" section of the policy (issue 17): the withdrawal types of 条例 第二十四条 with
// their rules by effective date, their materials and the grant threshold.
#include "policyloader.h"

namespace hpf::finance {

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

bool PolicyLoader::withdrawal(const QJsonObject &root, Policy &policy)
{
    // GROUNDWORK: the withdrawal engineer reads the section here (strictly, like "transfer") and
    // gives the embedded default policy one, so that files without it get the embedded default's.
    (void)root;
    (void)policy;
    return true;
}

} // namespace hpf::finance
